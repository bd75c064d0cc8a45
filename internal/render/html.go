package render

import (
	"bytes"
	"html/template"
	"strings"
	"text/template/parse"

	"github.com/jobdesc/jobdesc/internal/posting"
)

// The html format is a standalone page built with html/template, which
// escapes every value for where it stands: text, attribute, URL, and the
// JSON-LD script block.
func htmlFormat() Format {
	return Format{Name: "html", Ext: ".html", Template: "posting.html.tmpl", describes: true, build: func(name string, src []byte, d *describer) (writeFunc, error) {
		var t *template.Template
		cache := &sharedCache{}
		t, err := template.New(name).Option("missingkey=error").Funcs(template.FuncMap{
			// html/template has escaped what the shared template wrote.
			"shared": func(name string, p *posting.Posting) (template.HTML, error) {
				s, err := cache.get(name, p, func(buf *bytes.Buffer) error { return t.ExecuteTemplate(buf, name, p) })
				return template.HTML(s), err
			},
			"paragraphs": Paragraphs,
			"jsonld":     d.pageJSONLD,
			"dict":       dict,
			"join":       strings.Join,
		}).Parse(string(src))
		if err != nil {
			return nil, templateError(err)
		}
		var names []string
		for _, x := range t.Templates() {
			names = append(names, x.Name())
		}
		lookup := func(name string) *parse.Tree {
			if x := t.Lookup(name); x != nil {
				return x.Tree
			}
			return nil
		}
		if err := checkShared(lookup, names); err != nil {
			return nil, err
		}
		return func(o *output, p *posting.Posting) error {
			if err := t.Execute(o, p); err != nil {
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
