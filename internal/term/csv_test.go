package term

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

func TestCSVCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Community manager", "Community manager"},
		{"", ""},
		{"3", "3"},
		{`=HYPERLINK("https://evil.test","Click")`, `'=HYPERLINK("https://evil.test","Click")`},
		{"+33 1 23", "'+33 1 23"},
		{"-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"},
		{"@SUM(A1:A2)", "'@SUM(A1:A2)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"a=1", "a=1"},
		{"'quoted", "'quoted"},
	}
	for _, tt := range tests {
		if got := CSVCell(tt.in); got != tt.want {
			t.Errorf("CSVCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestExportCSVNeutralisesFormulas(t *testing.T) {
	ios, _, out, _ := Test(nil)
	tab := &Table{Columns: []Column{{Key: "id"}, {Key: "title"}}, Rows: [][]string{{"x", "=1+1"}, {"y", "@cmd"}}}
	if err := ios.Export(FormatCSV, tab); err != nil {
		t.Fatal(err)
	}
	if want := "id,title\nx,'=1+1\ny,'@cmd\n"; out.String() != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

// FuzzCSVWriter checks that whatever the cells, the file reads back as
// the same number of rows and fields, and no cell starts a formula.
func FuzzCSVWriter(f *testing.F) {
	for _, s := range [][2]string{{"a", "b"}, {"=1+1", "x"}, {"\t@", "\r\n=2"}, {`"q"`, "-1"}, {"", "+"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		var buf bytes.Buffer
		w := NewCSVWriter(&buf)
		for _, rec := range [][]string{{a, b}, {b, a, "end"}} {
			if err := w.Write(rec); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(&buf)
		r.FieldsPerRecord = -1
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("written CSV does not read back: %v\n%q", err, buf.String())
		}
		if len(recs) != 2 || len(recs[0]) != 2 || len(recs[1]) != 3 {
			t.Fatalf("read back %q", recs)
		}
		for _, rec := range recs {
			for _, cell := range rec {
				if cell != "" && strings.IndexByte("=+-@\t\r", cell[0]) >= 0 {
					t.Errorf("cell %q starts a formula", cell)
				}
			}
		}
	})
}
