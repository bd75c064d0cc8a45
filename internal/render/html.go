package render

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"strings"
	"text/template/parse"

	"github.com/jobdesc/jobdesc/internal/posting"
)

// The html format is a standalone page built with html/template, which
// escapes every value for where it stands: text, attribute, URL, and the
// JSON-LD script block.
//
// A page carries its posting's JSON-LD, which is what job boards read:
// when the values lack a property JSON-LD requires, the page is refused,
// naming the value, as the jsonld format does. withJSONLD false leaves
// the block out, for those who ask.
func htmlFormat(withJSONLD bool) Format {
	f := Format{Name: "html", Ext: ".html", Template: "posting.html.tmpl"}
	f.configure = func(o Options) Format { return htmlFormat(!o.NoJSONLD) }
	pageJSONLD := func(p *posting.Posting) (*JSONLD, error) {
		if !withJSONLD {
			return nil, nil
		}
		return JobPosting(p)
	}
	f.build = func(name string, src []byte) (writeFunc, error) {
		var t *template.Template
		cache := &sharedCache{}
		t, err := template.New(name).Option("missingkey=error").Funcs(template.FuncMap{
			// html/template has escaped what the shared template wrote.
			"shared": func(name string, p *posting.Posting) (template.HTML, error) {
				s, err := cache.get(name, p, func(buf *bytes.Buffer) error { return t.ExecuteTemplate(buf, name, p) })
				return template.HTML(s), err
			},
			"paragraphs": Paragraphs,
			"jsonld":     pageJSONLD,
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
		return func(buf *bytes.Buffer, p *posting.Posting) error {
			if err := t.Execute(buf, p); err != nil {
				if me := (*MissingError)(nil); errors.As(err, &me) {
					return &PageJSONLDError{Missing: me}
				}
				return templateError(err)
			}
			return nil
		}, nil
	}
	return f
}

// PageJSONLDError is a page refused because its JSON-LD lacks a property
// job boards require.
type PageJSONLDError struct{ Missing *MissingError }

func (e *PageJSONLDError) Error() string {
	return fmt.Sprintf("the page's JSON-LD needs %s: set %s", e.Missing.What, e.Missing.Set)
}

func (e *PageJSONLDError) Unwrap() error { return e.Missing }

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
