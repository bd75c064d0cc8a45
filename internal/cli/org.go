package cli

import (
	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/explore"
	"github.com/jobdesc/jobdesc/internal/term"
)

// OrgOptions are the inputs of jobdesc org.
type OrgOptions struct {
	IO      *term.IO
	Env     *action.Env
	Catalog catalogOptions
	Display displayOptions
	Lang    string
	Size    string
	Format  string
}

// Formats of jobdesc org, the default first.
var orgFormats = []string{"text", term.FormatMarkdown, "mermaid", "mermaid-raw", term.FormatJSON}

// NewOrgCmd builds jobdesc org.
func NewOrgCmd(f *Factory, runF func(*OrgOptions) error) *cobra.Command {
	o := &OrgOptions{IO: f.IO, Env: &f.Env}
	cmd := &cobra.Command{
		Use:  "org",
		Args: f.args(0, 0),
		RunE: func(cmd *cobra.Command, _ []string) error { return hookOr(runF, runOrg, o) },
	}
	o.Catalog.addFlags(cmd)
	o.Display.addFlags(cmd)
	langFlag(cmd, &o.Lang)
	sizeFlag(cmd, &o.Size, "the size the reporting tree is for (default: the config's company.size, else medium)")
	formatFlag(cmd, &o.Format, "text", orgFormats...)
	return cmd
}

func runOrg(o *OrgOptions) error {
	if err := chooseFormat(&o.Format, orgFormats...); err != nil {
		return err
	}
	c, err := o.Env.LoadCatalog(o.Catalog.RolesDirs)
	if err != nil {
		return err
	}
	p, err := prefs(o.IO, o.Env, o.Lang, o.Size)
	if err != nil {
		return err
	}
	chart, err := explore.Org(c, p.Lang, p.Size)
	if err != nil {
		return err
	}
	switch o.Format {
	case term.FormatJSON:
		return chart.JSON(o.IO.Out)
	case "mermaid":
		return chart.MermaidBlock(o.IO.Out)
	case "mermaid-raw":
		return chart.Mermaid(o.IO.Out)
	case term.FormatMarkdown:
		t, err := o.Display.decide(o.IO, func() (string, error) { return p.Style, nil })
		if err != nil {
			return err
		}
		return t.show(o.IO, chart.Markdown)
	}
	return chart.Text(o.IO.Out, explore.Options{ASCII: !o.IO.Unicode()})
}
