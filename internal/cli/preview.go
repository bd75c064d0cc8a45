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
less -R) when stdout is a terminal, at most 100 columns wide. With NO_COLOR
set, --color never, TERM=dumb or stdout not a terminal, it shows the plain
text format instead, with no escape codes and no Markdown markers. With
--format, it shows that format's output as is.

The style is --style, else $GLAMOUR_STYLE, else the config file's
preview.style, else dark.`,
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

// maxPreviewWidth keeps lines readable on a wide terminal.
const maxPreviewWidth = 100

func runPreview(o *PreviewOptions) error {
	color, err := o.IO.ColorEnabled(o.Color)
	if err != nil {
		return err
	}
	flagStyle := o.Style
	if flagStyle == "" && o.IO.Getenv("GLAMOUR_STYLE") == "" {
		cfg, err := o.Values.load(o.IO)
		if err != nil {
			return err
		}
		flagStyle = cfg.PreviewStyle
	}
	style, err := o.IO.Style(flagStyle, color)
	if err != nil {
		return err
	}
	glamour := !o.Values.changed("format")
	if glamour && !color {
		// Without colour the terminal gets the plain text format: no
		// Markdown markers, no padding glamour would add.
		o.Values.Format, glamour = "text", false
	}
	posting, err := buildPosting(o.IO, &o.Catalog, &o.Values, o.Role)
	if err != nil {
		return err
	}
	out := preview.Sanitize(string(posting))
	if glamour {
		pr, err := preview.New(preview.Options{Style: style, Width: min(o.IO.Width(), maxPreviewWidth), Color: color})
		if err != nil {
			return err
		}
		if out, err = pr.Render(out); err != nil {
			return err
		}
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
