package action

import (
	"os"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/fileread"
	"github.com/jobdesc/jobdesc/internal/usage"
)

// Layers are the built-in catalogue with the user's folders over it,
// later ones winning: the config file's roles_dir, then dirs (--roles-dir).
func (e *Env) Layers(dirs []string) ([]catalog.Layer, error) {
	layers := []catalog.Layer{{Dir: "roles", FS: e.Roles, Shipped: true, Decoded: e.RolesDecoded, Embedded: e.RolesDecoded != nil,
		IDAliases: e.RoleIDAliases}}
	if e.configFile != "" {
		if err := e.Exists("config file", e.configFile); err != nil {
			return nil, err
		}
	}
	configured, err := config.RolesDirs(config.Options{ConfigFile: e.configFile, Dir: e.WorkDir, UserConfigDir: e.ConfigDir})
	if err != nil {
		return nil, usage.Wrap(err)
	}
	for _, dir := range configured {
		layers = append(layers, catalog.Layer{Dir: dir, FS: fileread.Dir(dir)})
	}
	for _, dir := range dirs {
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			return nil, usage.NotFound("roles folder", dir)
		}
		// Confined: a link out of the folder is refused, not followed.
		layers = append(layers, catalog.Layer{Dir: dir, FS: fileread.Dir(dir)})
	}
	return layers, nil
}

// withConfig is the environment of a run given --config: its roles_dir
// is the one read, not the working folder's jobdesc.yaml.
func (e *Env) withConfig(file string) *Env {
	if file == "" {
		return e
	}
	c := *e
	c.configFile = file
	return &c
}

// LoadCatalog loads every role and skill.
func (e *Env) LoadCatalog(dirs []string) (*catalog.Catalog, error) {
	layers, err := e.Layers(dirs)
	if err != nil {
		return nil, err
	}
	return catalog.Load(layers...)
}

// LoadRoles loads only what showing the roles ids needs (the roles they
// extend and name in their reporting lines), after checking each id is a
// plain name and names a role.
func (e *Env) LoadRoles(dirs []string, ids ...string) (*catalog.Catalog, error) {
	for _, id := range ids {
		if err := catalog.CheckID(id); err != nil {
			return nil, err
		}
	}
	layers, err := e.Layers(dirs)
	if err != nil {
		return nil, err
	}
	c, err := catalog.LoadRoles(ids, layers...)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		if _, err := c.Role(id); err != nil {
			return nil, err
		}
	}
	return c, nil
}
