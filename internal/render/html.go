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
// naming the value, as the jsonld format does; a renderer built with
// NoJSONLD leaves the block out, for those who ask.
func htmlFormat() Format {
	return Format{Name: "html", Ext: ".html", Template: "posting.html.tmpl", describes: true, build: htmlBuild, bounded: isShippedHTML}
}

// htmlTemplate parses a page template; write executes it.
func htmlTemplate(name string, src []byte, d *describer) (t *template.Template, write writeFunc, err error) {
	t, err = template.New(name).Option("missingkey=error").Funcs(template.FuncMap{
		"shared":     sharedFunc(func() *template.Template { return t }),
		"paragraphs": Paragraphs,
		"jsonld":     d.pageJSONLD,
		"dict":       dict,
		"join":       strings.Join,
	}).Parse(string(src))
	if err != nil {
		return nil, nil, templateError(err)
	}
	if err := checkTemplateShared(t); err != nil {
		return nil, nil, err
	}
	return t, func(o *output, p *posting.Posting) error {
		if err := t.Execute(o, p); err != nil {
			return pageError(err)
		}
		return nil
	}, nil
}

// pageError is a page's template error as Render returns it: a JSON-LD
// property missing is a refusal.
func pageError(err error) error {
	if me := (*MissingError)(nil); errors.As(err, &me) {
		return &PageJSONLDError{Missing: me}
	}
	return templateError(err)
}

// sharedFunc is the shared function of an html/template set, which
// set gives once parsed: {{shared "name" .}} executes the set's
// template "name" once per base, and html/template has escaped what it
// wrote.
func sharedFunc(set func() *template.Template) func(string, *posting.Posting) (template.HTML, error) {
	cache := &sharedCache{}
	return func(name string, p *posting.Posting) (template.HTML, error) {
		s, err := cache.get(name, p, func(buf *bytes.Buffer) error { return set().ExecuteTemplate(buf, name, p) })
		return template.HTML(s), err
	}
}

// checkTemplateShared is checkShared of an html/template set's trees.
func checkTemplateShared(t *template.Template) error {
	var trees []*parse.Tree
	for _, x := range t.Templates() {
		trees = append(trees, x.Tree)
	}
	return checkShared(trees)
}

// pageJSONLD is the posting's JobPosting for a page's script block, or
// nil when the page is asked without it.
func (d *describer) pageJSONLD(p *posting.Posting) (*JSONLD, error) {
	if d.noJSONLD {
		return nil, nil
	}
	return d.JobPosting(p)
}

// PageJSONLDError is a page refused because its JSON-LD lacks a property
// job boards require.
type PageJSONLDError struct{ Missing *MissingError }

// Refused marks a refusal: the posting would be wrong, not broken.
func (e *PageJSONLDError) Refused() {}

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
