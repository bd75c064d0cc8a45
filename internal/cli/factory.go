package cli

import (
	"os"
	"time"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/internal/written"
	"github.com/jobdesc/jobdesc/roles"
	"github.com/jobdesc/jobdesc/templates"
)

// Factory is everything a command depends on besides its flags: the
// streams, and the Env the action layer runs in (working folder, config
// folder, clock, environment, the built-in catalogue and templates). It is
// built once, by Run, and passed down; tests build their own.
type Factory struct {
	IO *term.IO
	action.Env
}

// NewFactory is the process's Factory over ios.
func NewFactory(ios *term.IO) *Factory {
	wd, err := os.Getwd()
	if err != nil {
		wd = "."
	}
	configDir, _ := os.UserConfigDir()
	return &Factory{
		IO: ios,
		Env: action.Env{
			WorkDir:       wd,
			ConfigDir:     configDir,
			Getenv:        ios.Getenv,
			Environ:       ios.Environ,
			Now:           time.Now,
			Roles:         roles.FS(),
			RolesDecoded:  roles.Snapshot(),
			RoleIDAliases: roles.IDAliases(),
			LabelsDecoded: templates.LabelsSnapshot(),
			Templates:     templates.FS(),
			StateDir:      written.Dir(ios.Getenv),
			Version:       buildID(),
		},
	}
}
