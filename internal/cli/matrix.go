package cli

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/explore"
	"github.com/jobdesc/jobdesc/internal/messages"
	"github.com/jobdesc/jobdesc/internal/preview"
	"github.com/jobdesc/jobdesc/internal/term"
)

// MatrixOptions are the inputs of jobdesc matrix.
type MatrixOptions struct {
	IO      *term.IO
	Env     *action.Env
	Catalog catalogOptions
	Display displayOptions
	Family  string
	Lang    string
	Format  string
}

// Formats of jobdesc matrix, the default first.
var matrixFormats = []string{term.FormatMarkdown, term.FormatTable, term.FormatCSV, term.FormatJSON}

// NewMatrixCmd builds jobdesc matrix.
func NewMatrixCmd(f *Factory, runF func(*MatrixOptions) error) *cobra.Command {
	o := &MatrixOptions{IO: f.IO, Env: &f.Env}
	cmd := &cobra.Command{
		Use:  "matrix",
		Args: f.args(0, 0),
		RunE: func(cmd *cobra.Command, _ []string) error { return hookOr(runF, runMatrix, o) },
	}
	o.Catalog.addFlags(cmd)
	o.Display.addFlags(cmd)
	familyFlag(f, cmd, &o.Family, &o.Catalog)
	langFlag(cmd, &o.Lang)
	formatFlag(cmd, &o.Format, "", matrixFormats...)
	return cmd
}

func runMatrix(o *MatrixOptions) error {
	// With no --format, a terminal gets the matrix laid out to its width;
	// a pipe gets Markdown.
	fitted := o.Format == "" && o.IO.IsOutTTY()
	if err := chooseFormat(&o.Format, matrixFormats...); err != nil {
		return err
	}
	c, p, err := familyCatalog(o.IO, o.Env, &o.Catalog, o.Family, o.Lang)
	if err != nil {
		return err
	}
	m, err := explore.Matrix(c, p.Lang, o.Family)
	if err != nil {
		return err
	}
	if fitted {
		var b strings.Builder
		if err := m.Terminal(&b, o.IO.Width()); err != nil {
			return err
		}
		return page(o.IO, preview.Sanitize(b.String()))
	}
	if o.Format == term.FormatMarkdown {
		t, err := o.Display.decide(o.IO, func() (string, error) { return p.Style, nil })
		if err != nil {
			return err
		}
		return t.show(o.IO, m.Markdown)
	}
	return o.IO.Export(o.Format, matrixTable(o.Env.Msg, m))
}

// matrixTable is the matrix for the exporter: on a terminal the skill's
// name and a narrow column per role, numbered, with the roles in a legend
// below; CSV names the role columns by id.
func matrixTable(msg *messages.Localizer, m *explore.SkillMatrix) *term.Table {
	t := &term.Table{
		Columns: []term.Column{
			{Key: "kind", Title: msg.T("cli.matrix.col.kind"), Drop: 2},
			{Key: "skill", Title: msg.T("cli.matrix.col.skill"), Drop: 1},
			{Key: "name", Title: msg.T("cli.matrix.col.name"), Shrink: true},
		},
		JSON: m,
	}
	for i, r := range m.Roles {
		n := strconv.Itoa(i + 1)
		t.Columns = append(t.Columns, term.Column{Key: r.ID, Title: n})
		t.Legend = append(t.Legend, fmt.Sprintf("%2s  %s (%s)", n, r.Title, r.ID))
	}
	for _, s := range m.Rows {
		row := []string{s.Kind, s.ID, s.Name}
		for _, l := range s.Levels {
			cell := ""
			if l != nil {
				cell = strconv.Itoa(*l)
			}
			row = append(row, cell)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}
