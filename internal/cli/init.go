package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/templates"
)

// InitOptions are the inputs of jobdesc init.
type InitOptions struct {
	IO  *term.IO
	Env *action.Env
	// Lang is the language of the file's comments: "" for the locale's.
	Lang string
}

// NewInitCmd builds jobdesc init.
func NewInitCmd(f *Factory, runF func(*InitOptions) error) *cobra.Command {
	o := &InitOptions{IO: f.IO, Env: &f.Env}
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write a jobdesc.yaml with your company's facts to fill in",
		Long: `Write a commented jobdesc.yaml in the current folder: the company profile
and defaults every posting starts from, commented in the language of your
locale (French for a fr_* locale, else English) or of --lang. An existing
jobdesc.yaml is never replaced.`,
		Example: `  jobdesc init
  jobdesc init --lang fr`,
		Args: f.args(0, 0),
		RunE: func(cmd *cobra.Command, _ []string) error { return hookOr(runF, runInit, o) },
	}
	langFlag(cmd, &o.Lang)
	cmd.Flags().Lookup("lang").Usage = "language of the comments and of the postings: fr or en (default: the locale's)"
	return cmd
}

func runInit(o *InitOptions) error {
	lang := o.Lang
	if lang == "" {
		lang = config.LocaleLang(o.Env.Getenv)
	}
	if err := action.CheckLang(lang); err != nil {
		return err
	}
	sample, err := fs.ReadFile(o.Env.Templates, templates.ConfigSampleIn(lang))
	if err != nil {
		return err
	}
	path := filepath.Join(o.Env.WorkDir, config.FileName)
	if _, err := atomicfile.Write(path, sample, 0o644, false); err != nil {
		if errors.Is(err, atomicfile.ErrExists) {
			return fmt.Errorf("%s already exists; edit it, or remove it and run 'jobdesc init' again", config.FileName)
		}
		return err
	}
	fmt.Fprintf(o.IO.ErrOut, "wrote %s: fill in your company's facts, then run 'jobdesc render ROLE'\n", config.FileName)
	return nil
}
