package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/site"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/internal/usage"
)

// SiteOptions are the inputs of jobdesc site.
type SiteOptions struct {
	IO       *term.IO
	Env      *action.Env
	Catalog  catalogOptions
	Values   valueOptions
	Batch    string
	Encoding string
	Output   string
	State    string
	Force    bool
	Prune    bool
	Workers  int
}

// NewSiteCmd builds jobdesc site; runF, when not nil, runs instead of
// runSite.
func NewSiteCmd(f *Factory, runF func(*SiteOptions) error) *cobra.Command {
	o := &SiteOptions{IO: f.IO, Env: &f.Env}
	cmd := &cobra.Command{
		Use:  "site --batch FILE -o DIR",
		Long: f.Msg.T("cli.site.long", site.PerPage, action.StateFolder),
		Args: f.args(0, 0),
		RunE: func(cmd *cobra.Command, a []string) error {
			return hookOr(runF, func(o *SiteOptions) error { return runSite(cmd.Context(), o) }, o)
		},
	}
	o.Catalog.addFlags(cmd)
	o.Values.addValueFlags(cmd)
	cmd.Flags().StringVar(&o.Batch, "batch", "", "the batch file of the postings to publish (YAML, or CSV with a header row of value keys)")
	encodingFlag(cmd, &o.Encoding, "encoding of the --batch file")
	cmd.Flags().StringVarP(&o.Output, "output", "o", "", "the site's folder")
	cmd.Flags().StringVar(&o.State, "state", "", "folder of the pages' manifest, journal and lock (default DIR/../"+action.StateFolder+")")
	cmd.Flags().BoolVar(&o.Force, "force", false, "replace existing pages jobdesc did not write")
	cmd.Flags().BoolVar(&o.Prune, "prune", false, "remove the pages of closed postings and of postings no longer in the batch, and the lists they leave empty")
	return cmd
}

func runSite(ctx context.Context, o *SiteOptions) error {
	switch {
	case o.Batch == "":
		return usage.Errorf("pass --batch FILE: the postings to publish")
	case o.Output == "" || o.Output == "-":
		return usage.Errorf("jobdesc site writes a folder: pass -o DIR")
	}
	values, err := o.Values.values()
	if err != nil {
		return err
	}
	req := &action.Site{RolesDirs: o.Catalog.RolesDirs, Values: values, Batch: o.Batch, Encoding: o.Encoding, To: o.Output, State: o.State,
		Force: o.Force, Prune: o.Prune, Workers: o.Workers}
	res, err := req.Run(ctx, o.Env)
	if res == nil || res.Pages == nil {
		return err
	}
	if rerr := reportBatch(&RenderOptions{IO: o.IO, Env: o.Env, Output: o.Output + "/" + site.JobsDir}, res.Pages, err); rerr != nil {
		return rerr
	}
	fmt.Fprintln(o.IO.ErrOut, o.Env.Msg.T("cli.site.summary", o.Output, res.Open, res.Closed, res.Lists, res.ListsUnchanged, res.State))
	return err
}
