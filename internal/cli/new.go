package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/explore"
	"github.com/jobdesc/jobdesc/internal/render"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/internal/usage"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

// NewOptions are the inputs of jobdesc new.
type NewOptions struct {
	IO      *term.IO
	Env     *action.Env
	Catalog catalogOptions
	ID      string
	From    string
	Extends string
	Dir     string
	Force   bool
}

// NewNewCmd builds jobdesc new.
func NewNewCmd(f *Factory, runF func(*NewOptions) error) *cobra.Command {
	o := &NewOptions{IO: f.IO, Env: &f.Env}
	cmd := &cobra.Command{
		Use:  "new ID [--from ROLE | --extends ROLE] [-o DIR]",
		Args: f.args(1, 1),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return nil, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, a []string) error {
			o.ID = a[0]
			return hookOr(runF, runNew, o)
		},
	}
	o.Catalog.addFlags(cmd)
	cmd.Flags().StringVar(&o.From, "from", "", "copy this role under the new id")
	cmd.Flags().StringVar(&o.Extends, "extends", "", "write a role that extends this one")
	cmd.Flags().StringVarP(&o.Dir, "output", "o", ".", "folder to write ID.yaml in (made if missing)")
	cmd.Flags().BoolVar(&o.Force, "force", false, "replace an existing file")
	for _, flag := range []string{"from", "extends"} {
		_ = cmd.RegisterFlagCompletionFunc(flag, o.Catalog.completeRoles(f))
	}
	_ = cmd.RegisterFlagCompletionFunc("output", completeDirs)
	return cmd
}

// ownFiles are the files, named like ID.yaml, that jobdesc reads as
// something other than a role: a roles folder's skills catalogue, the
// config file of the working folder (where new writes by default), and the
// labels of a templates folder.
var ownFiles = map[string]string{
	catalog.SkillsFile: "the skills catalogue of a roles folder",
	config.FileName:    "the config file jobdesc reads in the working folder",
	render.LabelsFile:  "the section labels of a templates folder",
}

func runNew(o *NewOptions) error {
	if o.From != "" && o.Extends != "" {
		return usage.Errorf("--from and --extends cannot go together; copy a role with --from, or build on it with --extends")
	}
	if err := catalog.CheckID(o.ID); err != nil {
		return err
	}
	if what, ok := ownFiles[o.ID+".yaml"]; ok {
		return usage.Wrap(&catalog.InvalidIDError{Err: fmt.Errorf("role id %s would write %s.yaml, %s; choose another id, like %s", usertext.Quote(o.ID), o.ID, what, usertext.Quote(o.ID+"-lead"))})
	}
	base := o.From + o.Extends
	var c *catalog.Catalog
	var err error
	if base != "" {
		c, err = o.Env.LoadRoles(o.Catalog.RolesDirs, base)
	} else {
		c, err = o.Env.LoadCatalog(o.Catalog.RolesDirs)
	}
	if err != nil {
		return err
	}
	dir := o.Dir
	if dir == "" {
		dir = "."
	}
	opts := explore.ScaffoldOptions{From: o.From, Extends: o.Extends, Msg: o.Env.Msg}
	if info, err := os.Stat(filepath.Join(dir, explore.SchemaFile)); err == nil && info.Mode().IsRegular() {
		opts.Schema = explore.SchemaFile
	}
	data, err := explore.Scaffold(c, o.ID, opts)
	if err != nil {
		return usage.Wrap(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cannot make the folder %s: %w", dir, errors.Unwrap(err))
	}
	path := filepath.Join(dir, o.ID+".yaml")
	if _, err := atomicfile.Write(path, data, 0o644, o.Force); err != nil {
		return err
	}
	msg := o.Env.Msg
	fmt.Fprintln(o.IO.ErrOut, msg.T("cli.new.wrote", path, o.ID, dir))
	if opts.Schema != "" {
		fmt.Fprintln(o.IO.ErrOut, msg.T("cli.new.schema_beside", explore.SchemaFile))
	} else {
		fmt.Fprintln(o.IO.ErrOut, msg.T("cli.new.schema_github", filepath.Join(dir, explore.SchemaFile)))
	}
	if _, err := c.Role(o.ID); err == nil && base != o.ID {
		fmt.Fprintln(o.IO.ErrOut, msg.T("cli.new.replaces", dir, path))
	}
	return nil
}
