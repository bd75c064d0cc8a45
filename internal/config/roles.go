package config

import (
	"fmt"
	"os"
	"path/filepath"

	"go.yaml.in/yaml/v3"

	"github.com/jobdesc/jobdesc/internal/strictyaml"
)

// RolesKey is the config file's list of folders of the user's role files.
const RolesKey = "roles_dir"

// RolesDirs returns the folders the config file's roles_dir lists,
// relative to the file, each checked to exist: a recruiter's own roles,
// named once instead of --roles-dir on every command. It reads roles_dir
// only, before the catalogue loads, so that the rest of a config file a
// command does not need cannot stop it. No config file, or no roles_dir,
// gives none.
func RolesDirs(o Options) ([]string, error) {
	file, err := findConfig(o)
	if err != nil || file == "" {
		return nil, err
	}
	// A file that does not read or parse is Load's to report, or, for a
	// command that only shows the catalogue, to warn it is not used.
	fsys, name := strictyaml.OSFile(file)
	data, err := strictyaml.ReadFile(fsys, name, file, strictyaml.MaxSize)
	if err != nil {
		return nil, nil
	}
	doc, err := strictyaml.Parse(file, data)
	if err != nil {
		return nil, nil
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil, nil // Load says what is wrong with it
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		if top.Content[i].Value != RolesKey {
			continue
		}
		node := top.Content[i+1]
		if node.Kind != yaml.SequenceNode {
			return nil, &strictyaml.Error{File: file, Line: node.Line, Col: node.Column, Msg: "roles_dir: expected a list of folders, e.g. [roles]"}
		}
		var dirs []string
		for _, item := range node.Content {
			if item.Kind != yaml.ScalarNode || item.Tag == "!!null" || item.Value == "" {
				return nil, &strictyaml.Error{File: file, Line: item.Line, Col: item.Column, Msg: "roles_dir: expected a folder name, e.g. roles"}
			}
			dir := item.Value
			if !filepath.IsAbs(dir) {
				dir = filepath.Join(filepath.Dir(file), dir)
			}
			if info, err := os.Stat(dir); err != nil || !info.IsDir() {
				return nil, &strictyaml.Error{File: file, Line: item.Line, Col: item.Column, Msg: fmt.Sprintf("roles folder %q not found; create it or fix roles_dir", item.Value)}
			}
			dirs = append(dirs, dir)
		}
		return dirs, nil
	}
	return nil, nil
}
