package cli

import (
	"os"
	"strings"
	"time"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/internal/written"
	"github.com/jobdesc/jobdesc/roles"
	"github.com/jobdesc/jobdesc/templates"
)

// Factory is everything a command depends on besides its flags: the
// streams, and the Env the action layer runs in (working folder, config
// folder, clock, environment, the built-in catalogue and templates). It is
// built once, by Run, and passed down; tests build their own.
// Env.Msg, the interface language, is chosen by RunFactory when nil.
type Factory struct {
	IO *term.IO
	action.Env
	// texts, when set, gives the command tree its help texts, which a
	// run makes only when it first shows help (see lazyTexts).
	texts func()
}

// helpTexts gives the command tree its help texts if it has none yet: a
// help function that changes a text calls it first.
func (f *Factory) helpTexts() {
	if f.texts != nil {
		f.texts()
	}
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

// uiLang is the run's interface language (config.UILang), with --config
// read from args before cobra parses them: the help itself is in it.
func (f *Factory) uiLang(args []string) string {
	return config.UILang(f.Getenv, configArg(args), f.WorkDir, f.ConfigDir)
}

// configArg is the value of --config in args, "" when absent; the last
// one wins, as the flag's own parsing has it.
func configArg(args []string) string {
	file := ""
	for i, a := range args {
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--config="); ok {
			file = v
		} else if a == "--config" && i+1 < len(args) {
			file = args[i+1]
		}
	}
	return file
}
