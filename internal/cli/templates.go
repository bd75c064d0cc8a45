package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/templates"
)

// TemplatesOptions are the inputs of jobdesc templates export.
type TemplatesOptions struct {
	IO    *term.IO
	Env   *action.Env
	Dir   string
	Force bool
}

// NewTemplatesCmd builds jobdesc templates and its export subcommand.
func NewTemplatesCmd(f *Factory, runF func(*TemplatesOptions) error) *cobra.Command {
	cmd := &cobra.Command{
		Use:  "templates",
		Args: f.args(0, 0),
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	o := &TemplatesOptions{IO: f.IO, Env: &f.Env}
	export := &cobra.Command{
		Use:  "export DIR",
		Args: f.args(1, 1),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return nil, cobra.ShellCompDirectiveFilterDirs
		},
		RunE: func(cmd *cobra.Command, a []string) error {
			o.Dir = a[0]
			return hookOr(runF, runTemplatesExport, o)
		},
	}
	export.Flags().BoolVar(&o.Force, "force", false, "replace existing regular files")
	cmd.AddCommand(export)
	return cmd
}

// exported are the files templates export writes, by the name they are
// written under.
func exported(tmpl fs.FS, lang string) (map[string]string, error) {
	files := map[string]string{"labels.yaml": "labels.yaml", config.FileName: templates.ConfigSampleIn(lang)}
	names, err := fs.Glob(tmpl, "*.tmpl")
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		files[n] = n
	}
	return files, nil
}

func runTemplatesExport(o *TemplatesOptions) error {
	files, err := exported(o.Env.Templates, config.LocaleLang(o.Env.Getenv))
	if err != nil {
		return err
	}
	// Every target is checked before any is written: a refusal leaves the
	// folder as it was.
	var there []string
	for _, name := range role.SortedKeys(files) {
		path := filepath.Join(o.Dir, name)
		if err := atomicfile.CheckReplaceable(path); err != nil {
			return err
		}
		if _, err := os.Lstat(path); err == nil {
			there = append(there, name)
		}
	}
	if len(there) > 0 && !o.Force {
		return fmt.Errorf("%s already holds %s; pass --force to replace them, or choose another folder", o.Dir, strings.Join(there, ", "))
	}
	if err := os.MkdirAll(o.Dir, 0o755); err != nil {
		return fmt.Errorf("cannot make the folder %s: %w", o.Dir, errors.Unwrap(err))
	}
	for _, name := range role.SortedKeys(files) {
		data, err := fs.ReadFile(o.Env.Templates, files[name])
		if err != nil {
			return err
		}
		if _, err := atomicfile.Write(filepath.Join(o.Dir, name), data, 0o644, o.Force); err != nil {
			return err
		}
	}
	fmt.Fprintln(o.IO.ErrOut, o.Env.Msg.N("cli.templates.export.wrote", len(files), len(files), o.Dir, o.Dir))
	return nil
}
