package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"regexp"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/templates"
)

// langLine is the sample's lang: value, which init sets to the postings'
// language.
var langLine = regexp.MustCompile(`(?m)^(lang: )[a-z]+$`)

// InitOptions are the inputs of jobdesc init.
type InitOptions struct {
	IO  *term.IO
	Env *action.Env
	// Lang is the postings' language the file sets: "" for the
	// locale's. The comments are in the interface language.
	Lang string
}

// NewInitCmd builds jobdesc init.
func NewInitCmd(f *Factory, runF func(*InitOptions) error) *cobra.Command {
	o := &InitOptions{IO: f.IO, Env: &f.Env}
	cmd := &cobra.Command{
		Use:  "init",
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
	// The comments are for the person who fills the file in: in the
	// interface language. lang is the postings' language, the file's
	// lang: value.
	sample, err := fs.ReadFile(o.Env.Templates, templates.ConfigSampleIn(o.Env.Msg.Lang()))
	if err != nil {
		return err
	}
	sample = langLine.ReplaceAll(sample, []byte("${1}"+lang))
	path := filepath.Join(o.Env.WorkDir, config.FileName)
	if _, err := atomicfile.Write(path, sample, 0o644, false); err != nil {
		if errors.Is(err, atomicfile.ErrExists) {
			return o.Env.Msg.Err("cli.init.exists", config.FileName)
		}
		return err
	}
	fmt.Fprintln(o.IO.ErrOut, o.Env.Msg.T("cli.init.wrote", config.FileName))
	return nil
}
