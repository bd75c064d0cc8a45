// Package templates embeds the shipped output templates and the section
// labels they use in each language.
package templates

import (
	"embed"
	"io/fs"
)

//go:generate go run gensnapshot.go

//go:embed *.tmpl labels.yaml jobdesc.yaml jobdesc.fr.yaml
var files embed.FS

// ConfigSample is the commented config file jobdesc init writes, with
// its comments in English.
const ConfigSample = "jobdesc.yaml"

// ConfigSampleIn is the config sample commented in lang: French or English.
func ConfigSampleIn(lang string) string {
	if lang == "fr" {
		return "jobdesc.fr.yaml"
	}
	return ConfigSample
}

// FS returns the shipped templates.
func FS() fs.FS { return files }
