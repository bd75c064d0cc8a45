package cli

import (
	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/explore"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/internal/usage"
)

// CompareOptions are the inputs of jobdesc compare.
type CompareOptions struct {
	IO      *term.IO
	Env     *action.Env
	Catalog catalogOptions
	Display displayOptions
	IDs     []string
	Lang    string
	Size    string
	Format  string
}

// NewCompareCmd builds jobdesc compare.
func NewCompareCmd(f *Factory, runF func(*CompareOptions) error) *cobra.Command {
	o := &CompareOptions{IO: f.IO, Env: &f.Env}
	cmd := &cobra.Command{
		Use:               "compare ROLE ROLE [ROLE...]",
		Args:              f.args(2, -1),
		ValidArgsFunction: o.Catalog.completeRoles(f),
		RunE: func(cmd *cobra.Command, a []string) error {
			o.IDs = a
			return hookOr(runF, runCompare, o)
		},
	}
	o.Catalog.addFlags(cmd)
	o.Display.addFlags(cmd)
	langFlag(cmd, &o.Lang)
	sizeFlag(cmd, &o.Size, "the size the roles are compared at (default: the config's company.size)")
	formatFlag(cmd, &o.Format, term.FormatMarkdown, term.FormatMarkdown, term.FormatJSON)
	return cmd
}

func runCompare(o *CompareOptions) error {
	if len(o.IDs) < 2 {
		return usage.Errorf("name two roles or more to compare")
	}
	if err := chooseFormat(&o.Format, term.FormatMarkdown, term.FormatJSON); err != nil {
		return err
	}
	p, err := prefs(o.IO, o.Env, o.Lang, o.Size)
	if err != nil {
		return err
	}
	c, err := o.Env.LoadRoles(o.Catalog.RolesDirs, o.IDs...)
	if err != nil {
		return err
	}
	cmp, err := explore.Compare(c, o.IDs, p.Lang, p.Size)
	if err != nil {
		return usage.Wrap(err)
	}
	return o.Display.showDocument(o.IO, p, o.Format, cmp)
}
