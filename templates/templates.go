// Package templates embeds the shipped output templates and the section
// labels they use in each language.
package templates

import (
	"embed"
	"io/fs"
)

//go:embed *.tmpl labels.yaml jobdesc.yaml
var files embed.FS

// ConfigSample is the commented config file jobdesc init writes.
const ConfigSample = "jobdesc.yaml"

// FS returns the shipped templates.
func FS() fs.FS { return files }
