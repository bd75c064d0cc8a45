package cli

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/preview"
	"github.com/jobdesc/jobdesc/internal/term"
)

// PreviewOptions are the inputs of jobdesc preview.
type PreviewOptions struct {
	IO      *term.IO
	Catalog catalogOptions
	Values  valueOptions
	Role    string
	Style   string
	Color   string
}

// NewPreviewCmd builds jobdesc preview.
func NewPreviewCmd(ios *term.IO) *cobra.Command {
	o := &PreviewOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "preview ROLE",
		Short: "Show the posting in the terminal",
		Long: `Show the posting formatted for the terminal, through a pager ($PAGER, else
less -R) when stdout is a terminal. With NO_COLOR set, --color never, or
stdout not a terminal, the output carries no escape codes.`,
		Example: `  jobdesc preview community-manager
  jobdesc preview webmaster --style light
  NO_COLOR=1 jobdesc preview digital-manager | less`,
		Args:              args(cobra.ExactArgs(1)),
		ValidArgsFunction: o.Catalog.completeRoles,
		RunE: func(cmd *cobra.Command, a []string) error {
			o.Role = a[0]
			return runPreview(o)
		},
	}
	o.Catalog.addFlags(cmd.Flags())
	o.Values.addFlags(cmd.Flags())
	cmd.Flags().StringVar(&o.Style, "style", "", "dark, light or notty (default: $GLAMOUR_STYLE, else dark)")
	cmd.Flags().StringVar(&o.Color, "color", term.ColorAuto, "auto, always or never")
	return cmd
}

func runPreview(o *PreviewOptions) error {
	color, err := o.IO.ColorEnabled(o.Color)
	if err != nil {
		return err
	}
	style, err := o.IO.Style(o.Style, color)
	if err != nil {
		return err
	}
	md, err := buildMarkdown(o.IO, &o.Catalog, &o.Values, o.Role)
	if err != nil {
		return err
	}
	pr, err := preview.New(preview.Options{Style: style, Width: o.IO.Width(), Color: color})
	if err != nil {
		return err
	}
	out, err := pr.Render(string(md))
	if err != nil {
		return err
	}
	if err := o.IO.StartPager(); err != nil {
		return err
	}
	_, err = io.WriteString(o.IO.Out, out)
	if stopErr := o.IO.StopPager(); err == nil {
		err = stopErr
	}
	return err
}
