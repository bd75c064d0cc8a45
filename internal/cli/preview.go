package cli

import (
	"context"
	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/preview"
	"github.com/jobdesc/jobdesc/internal/term"
)

// PreviewOptions are the inputs of jobdesc preview.
type PreviewOptions struct {
	IO      *term.IO
	Env     *action.Env
	Catalog catalogOptions
	Values  valueOptions
	Display displayOptions
	Role    string
}

// NewPreviewCmd builds jobdesc preview.
func NewPreviewCmd(f *Factory, runF func(*PreviewOptions) error) *cobra.Command {
	o := &PreviewOptions{IO: f.IO, Env: &f.Env}
	cmd := &cobra.Command{
		Use:               "preview ROLE",
		Args:              f.args(1, 1),
		ValidArgsFunction: firstArg(o.Catalog.completeRoles(f)),
		RunE: func(cmd *cobra.Command, a []string) error {
			o.Role = a[0]
			return hookOr(runF, func(o *PreviewOptions) error { return runPreview(cmd.Context(), o) }, o)
		},
	}
	o.Catalog.addFlags(cmd)
	o.Values.addFlags(cmd)
	o.Display.addFlags(cmd)
	return cmd
}

func runPreview(ctx context.Context, o *PreviewOptions) error {
	values, err := o.Values.values()
	if err != nil {
		return err
	}
	t, err := o.Display.decide(o.IO, func() (string, error) {
		cfg, err := o.Env.LoadConfig(values)
		if err != nil {
			return "", err
		}
		return cfg.PreviewStyle, nil
	})
	if err != nil {
		return err
	}
	glamour := !o.Values.given("format", o.Values.Format)
	plain := glamour && !t.color
	if plain {
		// Without colour the terminal gets the plain text format: no
		// Markdown markers, no padding glamour would add.
		o.Values.Format, glamour = "text", false
	}
	req := &action.Render{RolesDirs: o.Catalog.RolesDirs, Values: values, Output: o.Values.output(), Role: o.Role}
	res, err := req.Run(ctx, o.Env)
	if res != nil {
		warn(o.IO, o.Env.Msg, res.Warnings...)
	}
	if err != nil {
		return err
	}
	out := preview.Sanitize(string(res.Data))
	if plain {
		// The text format is one line a paragraph, for forms; on a
		// terminal it is read, at a width a page has.
		out = preview.Wrap(out, min(o.IO.Width(), maxPreviewWidth))
	}
	if glamour {
		if out, err = glamourize(o.IO, t.style, t.color, out); err != nil {
			return err
		}
	}
	return page(o.IO, out)
}
