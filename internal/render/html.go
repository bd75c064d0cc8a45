package render

import (
	"bytes"
	"html/template"
	"strings"

	"github.com/jobdesc/jobdesc/internal/posting"
)

// The html format is a standalone page built with html/template, which
// escapes every value for where it stands: text, attribute, URL, and the
// JSON-LD script block.
func htmlFormat() Format {
	return Format{Name: "html", Ext: ".html", Template: "posting.html.tmpl", describes: true, build: func(name string, src []byte, d *describer) (writeFunc, error) {
		t, err := template.New(name).Option("missingkey=error").Funcs(template.FuncMap{
			"paragraphs": Paragraphs,
			"jsonld":     d.pageJSONLD,
			"dict":       dict,
			"join":       strings.Join,
		}).Parse(string(src))
		if err != nil {
			return nil, templateError(err)
		}
		return func(buf *bytes.Buffer, p *posting.Posting) error {
			if err := t.Execute(buf, p); err != nil {
				return templateError(err)
			}
			return nil
		}, nil
	}}
}

// pageJSONLD is the posting's JobPosting for a page's script block, or nil
// when the values lack what JSON-LD requires: the page is still worth
// having, and the jsonld format says what is missing.
func (d *describer) pageJSONLD(p *posting.Posting) (*JSONLD, error) {
	j, err := d.JobPosting(p)
	if _, missing := err.(*MissingError); missing {
		return nil, nil
	}
	return j, err
}

// Paragraphs splits a text at its blank lines.
func Paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
