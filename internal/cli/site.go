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
		Use:   "site --batch FILE -o DIR",
		Short: "Publish a batch of postings as a static careers site",
		Long: fmt.Sprintf(`Write the postings a batch file lists as a static careers site in DIR, ready
for any static host: a page per posting (HTML with its JSON-LD, canonical
address, links between the language versions of one reference), an index
per language, newest first, %d postings a page, with lists by place,
contract and role family, sitemap.xml, an Indeed-format job feed (jobs.xml),
an Atom feed (feed.atom) and robots.txt.

The site's address is site.base_url in jobdesc.yaml (required); site.name,
site.logo and site.accent brand it. A posting whose valid_through has passed
leaves the lists and feeds and its page says it is closed; --prune removes
its page instead. The pages' manifest, journal and lock live outside DIR,
in DIR/../%s unless --state names another folder: keep that folder
between runs (commit it or cache it in CI) so unchanged pages stay as they
are.`, site.PerPage, action.StateFolder),
		Example: `  jobdesc site --batch postings.csv -o public/
  jobdesc site --batch postings.yaml -o public/ --state .jobdesc-state --prune`,
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
	cmd.Flags().BoolVar(&o.Prune, "prune", false, "remove the pages of closed postings and of postings no longer in the batch")
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
	if rerr := reportBatch(&RenderOptions{IO: o.IO, Output: o.Output + "/" + site.JobsDir}, res.Pages, err); rerr != nil {
		return rerr
	}
	fmt.Fprintf(o.IO.ErrOut, "site in %s: %d open, %d closed postings; %d lists and feeds written, %d unchanged; state in %s\n",
		o.Output, res.Open, res.Closed, res.Lists, res.ListsUnchanged, res.State)
	return err
}
