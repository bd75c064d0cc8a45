package term

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Formats every listing command offers with --format.
const (
	FormatTable    = "table"
	FormatJSON     = "json"
	FormatCSV      = "csv"
	FormatMarkdown = "markdown"
)

// TableFormats lists the --format values of a listing.
func TableFormats() []string {
	return []string{FormatTable, FormatJSON, FormatCSV, FormatMarkdown}
}

// Column is one column of a listing.
type Column struct {
	Key   string // the CSV header and the JSON key
	Title string // the table and Markdown header
	// Shrink lets a terminal table cut the column's cells, with an
	// ellipsis, to fit the width.
	Shrink bool
	// Drop is the order columns go in when a terminal table does not fit
	// even shrunk: the highest first; 0 never goes.
	Drop int
	// Min is the narrowest a shrinking column gets, its title cut too;
	// 0 keeps the whole title, and at least 8 columns.
	Min int
}

// Table is what a listing command prints; Export writes it in a format.
type Table struct {
	Columns []Column
	Rows    [][]string
	// JSON is what --format json writes; nil writes the rows as objects
	// keyed by column.
	JSON any
	// Legend lines follow a table laid out for a terminal, to explain
	// short column titles.
	Legend []string
}

// Export writes t to Out in format: "table" is aligned and fitted to the
// width on a terminal and tab-separated (no header) when piped, for cut
// and awk; "csv" has a header row of keys; "markdown" is a pipe table.
// Cells are the caller's to keep free of control characters.
func (s *IO) Export(format string, t *Table) error {
	switch format {
	case FormatTable, "":
		if !s.IsOutTTY() {
			return writeTSV(s.Out, t)
		}
		return writeAligned(s.Out, t, s.Width())
	case FormatJSON:
		return writeJSONTable(s.Out, t)
	case FormatCSV:
		return writeCSV(s.Out, t)
	case FormatMarkdown:
		return writeMarkdown(s.Out, t)
	}
	return BadValue("format", format, TableFormats())
}

func writeTSV(w io.Writer, t *Table) error {
	var b strings.Builder
	for _, row := range t.Rows {
		for i, cell := range row {
			if i > 0 {
				b.WriteByte('\t')
			}
			b.WriteString(strings.NewReplacer("\t", " ", "\n", " ").Replace(cell))
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeCSV(w io.Writer, t *Table) error {
	cw := NewCSVWriter(w)
	head := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		head[i] = c.Key
	}
	_ = cw.Write(head)
	for _, row := range t.Rows {
		_ = cw.Write(row)
	}
	return cw.Flush()
}

func writeJSONTable(w io.Writer, t *Table) error {
	v := t.JSON
	if v == nil {
		rows := make([]map[string]string, len(t.Rows))
		for i, row := range t.Rows {
			rows[i] = map[string]string{}
			for j, c := range t.Columns {
				if j < len(row) {
					rows[i][c.Key] = row[j]
				}
			}
		}
		v = rows
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func writeMarkdown(w io.Writer, t *Table) error {
	esc := strings.NewReplacer(`\`, `\\`, "|", `\|`, "\n", " ")
	var b strings.Builder
	line := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" " + esc.Replace(c) + " |")
		}
		b.WriteByte('\n')
	}
	head := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		head[i] = c.Title
	}
	line(head)
	b.WriteString("|" + strings.Repeat(" --- |", len(t.Columns)) + "\n")
	for _, row := range t.Rows {
		line(row)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// gap is the space between two columns of an aligned table.
const gap = 2

// writeAligned lays the table out in width columns: columns that may
// shrink are cut first, then droppable columns go, so no line wraps.
func writeAligned(w io.Writer, t *Table, width int) error {
	n := len(t.Columns)
	widths := make([]int, n)
	for i, c := range t.Columns {
		widths[i] = ansi.StringWidth(c.Title)
	}
	for _, row := range t.Rows {
		for i := range min(n, len(row)) {
			widths[i] = max(widths[i], ansi.StringWidth(row[i]))
		}
	}
	shown := make([]bool, n)
	for i := range shown {
		shown[i] = true
	}
	total := func() int {
		sum, k := 0, 0
		for i, on := range shown {
			if on {
				sum += widths[i]
				k++
			}
		}
		return sum + gap*max(k-1, 0)
	}
	// Columns go, in their Drop order, until the rest fits with the
	// shrinking ones at a readable width; then the widest shrinking
	// column loses a column at a time until the table fits.
	for !fits(t.Columns, widths, shown, width) && dropOne(t.Columns, shown) {
	}
	for total() > width && shrinkOne(t.Columns, widths, shown) {
	}
	var b strings.Builder
	line := func(cells []string) {
		var parts []string
		for i := range n {
			if !shown[i] {
				continue
			}
			cell := ""
			if i < len(cells) {
				cell = ansi.Truncate(cells[i], widths[i], "…")
			}
			parts = append(parts, cell+strings.Repeat(" ", widths[i]-ansi.StringWidth(cell)))
		}
		b.WriteString(strings.TrimRight(strings.Join(parts, strings.Repeat(" ", gap)), " "))
		b.WriteByte('\n')
	}
	head := make([]string, n)
	for i, c := range t.Columns {
		head[i] = c.Title
	}
	line(head)
	for _, row := range t.Rows {
		line(row)
	}
	if len(t.Legend) > 0 {
		b.WriteByte('\n')
		for _, l := range t.Legend {
			b.WriteString(ansi.Truncate(l, width, "…") + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// minShrunk is the narrowest a shrinking column gets.
func minShrunk(c Column) int {
	if c.Min > 0 {
		return c.Min
	}
	return max(ansi.StringWidth(c.Title), 8)
}

// readable is the width a shrinking column keeps before other columns
// are dropped.
const readable = 16

// fits reports whether the shown columns fit width with every shrinking
// column cut to a readable width.
func fits(cols []Column, widths []int, shown []bool, width int) bool {
	sum, k := 0, 0
	for i, c := range cols {
		if !shown[i] {
			continue
		}
		w := widths[i]
		if c.Shrink {
			w = min(w, max(readable, minShrunk(c)))
			if c.Min > 0 {
				w = min(widths[i], c.Min)
			}
		}
		sum += w
		k++
	}
	return sum+gap*max(k-1, 0) <= width
}

// shrinkOne narrows the widest shrinkable column by one; false when none
// can give more.
func shrinkOne(cols []Column, widths []int, shown []bool) bool {
	best := -1
	for i, c := range cols {
		if shown[i] && c.Shrink && widths[i] > minShrunk(c) && (best < 0 || widths[i] > widths[best]) {
			best = i
		}
	}
	if best < 0 {
		return false
	}
	widths[best]--
	return true
}

// dropOne hides the shown column with the highest Drop; false when none
// may go.
func dropOne(cols []Column, shown []bool) bool {
	best := -1
	for i, c := range cols {
		if shown[i] && c.Drop > 0 && (best < 0 || c.Drop > cols[best].Drop) {
			best = i
		}
	}
	if best < 0 {
		return false
	}
	shown[best] = false
	return true
}
