package term

import (
	"encoding/csv"
	"io"
	"strings"
)

// CSVWriter writes the CSV files jobdesc produces. Every cell that a
// spreadsheet would read as a formula is neutralised, because role titles,
// skill names and ids come from files anyone can hand over: a title
// "=HYPERLINK(…)" must reach the sheet as text, not as a formula.
type CSVWriter struct{ w *csv.Writer }

// NewCSVWriter returns a CSVWriter writing to w.
func NewCSVWriter(w io.Writer) *CSVWriter { return &CSVWriter{w: csv.NewWriter(w)} }

// Write writes one record, each cell through CSVCell.
func (c *CSVWriter) Write(record []string) error {
	cells := make([]string, len(record))
	for i, s := range record {
		cells[i] = CSVCell(s)
	}
	return c.w.Write(cells)
}

// Flush writes what is buffered and returns the first error met.
func (c *CSVWriter) Flush() error {
	c.w.Flush()
	return c.w.Error()
}

// CSVCell neutralises a cell a spreadsheet would read as a formula, as
// OWASP's CSV injection advice says: a cell starting with =, +, -, @, tab
// or carriage return gets a leading single quote, which spreadsheets show
// as text and do not evaluate. Other cells are left as they are.
func CSVCell(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}
