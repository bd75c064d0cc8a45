package cli

import (
	"bytes"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/term"
)

// RenderOptions are the inputs of jobdesc render.
type RenderOptions struct {
	IO      *term.IO
	Catalog catalogOptions
	Values  valueOptions
	Role    string
	Output  string
	Force   bool
}

// NewRenderCmd builds jobdesc render.
func NewRenderCmd(ios *term.IO) *cobra.Command {
	o := &RenderOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "render ROLE",
		Short: "Render a job posting as Markdown",
		Example: `  jobdesc render community-manager
  jobdesc render webmaster --lang en -o webmaster.md
  jobdesc render digital-manager --company "Acme" --city Lyon --salary "55000-65000 EUR/year"`,
		Args:              args(cobra.ExactArgs(1)),
		ValidArgsFunction: o.Catalog.completeRoles,
		RunE: func(cmd *cobra.Command, a []string) error {
			o.Role = a[0]
			return runRender(o)
		},
	}
	o.Catalog.addFlags(cmd.Flags())
	o.Values.addFlags(cmd.Flags())
	cmd.Flags().StringVarP(&o.Output, "output", "o", "", "write to this file instead of stdout")
	cmd.Flags().BoolVar(&o.Force, "force", false, "replace an existing output file")
	return cmd
}

func runRender(o *RenderOptions) error {
	md, err := buildMarkdown(o.IO, &o.Catalog, &o.Values, o.Role)
	if err != nil {
		return err
	}
	if o.Output == "" || o.Output == "-" {
		_, err := o.IO.Out.Write(md)
		return err
	}
	return atomicfile.Write(o.Output, md, 0o644, o.Force)
}

// buildMarkdown renders one role's posting with this run's values.
func buildMarkdown(ios *term.IO, co *catalogOptions, vo *valueOptions, id string) ([]byte, error) {
	c, err := co.load()
	if err != nil {
		return nil, err
	}
	r, err := c.Role(id)
	if err != nil {
		return nil, err
	}
	cfg, err := vo.load(ios)
	if err != nil {
		return nil, err
	}
	rd, err := vo.renderer(cfg)
	if err != nil {
		return nil, err
	}
	p, err := posting.Resolve(c, r, cfg.Values, cfg.Values.Lang)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := rd.Markdown(&buf, p); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
