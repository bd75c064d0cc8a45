// Package action holds the steps the commands share below cobra: load the
// catalogue, the config and the posting values; resolve a posting; render
// it to a format; decide the language and organisation size of a run. It
// returns results and errors, never prints, and knows nothing of flags:
// the commands copy their flags into the request types here.
package action

import (
	"errors"
	"io/fs"
	"os"
	"time"

	"github.com/jobdesc/jobdesc/internal/messages"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/usage"
)

// Env is what a run may depend on outside its arguments, given once by
// the program's entry point so that nothing below reads the process's
// state (working folder, clock, environment) on its own.
type Env struct {
	// WorkDir is the folder jobdesc.yaml is looked for in. Paths given
	// on the command line are the process's to resolve, so errors name
	// them as they were typed.
	WorkDir string
	// ConfigDir is the user's config folder ("" when unknown): its
	// jobdesc/config.yaml is the config file when the working folder has none.
	ConfigDir string
	Getenv    func(string) string
	// Environ lists the environment as NAME=value, as Getenv sees it; nil
	// skips the warning for JOBDESC_* variables that name no value.
	Environ func() []string
	Now     func() time.Time
	// Roles and Templates are the built-in catalogue and templates.
	Roles     fs.FS
	Templates fs.FS
	// StateDir is jobdesc's state folder ($XDG_STATE_HOME/jobdesc), where
	// the record of single files it wrote is kept.
	StateDir string
	// RolesDecoded is the built-in catalogue decoded at build time, from
	// the files Roles embeds: a run takes it instead of parsing the files
	// of the size it was made from, without reading them.
	RolesDecoded map[string]role.Decoded
	// RoleIDAliases are other names of the built-in roles' ids (their
	// French slugs), name to id.
	RoleIDAliases map[string]string
	// LabelsDecoded is the built-in labels file decoded at build time.
	LabelsDecoded posting.DecodedLabels
	// Version names this build in the batch manifest's hashes.
	Version string
	// Msg speaks the interface language (JOBDESC_UI_LANG, the config's
	// ui_lang, the locale); nil speaks English.
	Msg *messages.Localizer
	// configFile is --config, set by withConfig for the run that names
	// one: the config file whose roles_dir the catalogue reads.
	configFile string
}

// Exists refuses, as a usage error, a path the run was given that does
// not exist; what is at the path is checked by whoever reads it. what
// names the file in the message ("template", "batch file"), and the
// command the flag to check.
func (e *Env) Exists(what, p string) error {
	if _, err := os.Stat(p); errors.Is(err, fs.ErrNotExist) {
		return usage.NotFound(what, p)
	}
	return nil
}
