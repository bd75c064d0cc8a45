// Package roles embeds the shipped catalogue: one YAML file per role and the
// shared skills catalogue, skills.yaml.
package roles

import (
	"embed"
	"io/fs"
)

//go:generate go run gensnapshot.go

//go:embed *.yaml
var files embed.FS

// FS returns the shipped role files.
func FS() fs.FS { return files }
