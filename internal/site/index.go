package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"html/template"
	"io"
	"strconv"
	"text/template/parse"

	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/render"
)

// The shipped index template's pages, written out in Go like its entry
// (entry.go): a site of 10,000 postings has some 800 list pages, and
// html/template's reflection cost them as much as the postings' own pages.
// It stands only for the index whose parse tree hashes to
// shippedIndexSum, with the shipped entry; and a page whose colours are
// not plain #hex values renders through the template, whose CSS filter
// looks into them. TestShippedIndexIsTheTemplate renders whole sites both
// ways and fails when the template changes without this file.

// shippedIndexSum is the SHA-256 of the parse tree (its String form) of
// the shipped index template's page.
const shippedIndexSum = "b92b8b325fa301d15701e628521685117de2a516ef912138661b85e013459cb3"

// decide says, once and before the index template first runs (html/template
// rewrites the parse trees it escapes), which of its parts are the
// shipped ones, written in Go.
func (s *Site) decide() {
	s.once.Do(func() {
		s.goEntry = s.isShippedEntry()
		s.goIndex = s.goEntry && s.Index.Tree != nil && s.Index.Tree.Root != nil && treeSum(s.Index.Tree.Root.String()) == shippedIndexSum
		if s.goIndex {
			// The style sheet after the site's colours, up to the skip link.
			s.indexStyle, s.goIndex = templateText(s.Index, "{{.Brand.AccentText}}")
		}
	})
}

// treeSum is the SHA-256 of a parse tree's String form, in hexadecimal.
func treeSum(tree string) string {
	sum := sha256.Sum256([]byte(tree))
	return hex.EncodeToString(sum[:])
}

// index writes the index page p.
func (s *Site) index(w io.Writer, p *Page) error {
	s.decide()
	if !s.goIndex || !render.PlainColour(p.Brand.Accent) || !render.PlainColour(p.Brand.AccentText) {
		return s.Index.Execute(w, p)
	}
	var b bytes.Buffer
	b.Grow(16 << 10)
	writeShippedIndex(&b, p, s.indexStyle)
	_, err := w.Write(b.Bytes())
	return err
}

// templateText returns the text the parsed template writes right after
// its action {{after}} at the top level: the Go writer takes the style
// sheet from the template itself, so that its rules live in one place.
func templateText(t *template.Template, after string) (string, bool) {
	if t == nil || t.Tree == nil || t.Tree.Root == nil {
		return "", false
	}
	nodes := t.Tree.Root.Nodes
	for i, n := range nodes {
		if n.Type() == parse.NodeAction && n.String() == after && i+1 < len(nodes) {
			if tn, ok := nodes[i+1].(*parse.TextNode); ok {
				return string(tn.Text), true
			}
		}
	}
	return "", false
}

// langLinks writes the links to the languages' versions, as items.
func langLinks(b *bytes.Buffer, alts []posting.Alternate, names map[string]string) {
	for _, a := range alts {
		b.WriteString("\n<li><a href=\"")
		render.HTMLURL(b, a.URL)
		b.WriteString("\" hreflang=\"")
		render.HTMLText(b, a.Lang)
		b.WriteString("\" lang=\"")
		render.HTMLText(b, a.Lang)
		b.WriteString("\">")
		render.HTMLText(b, names[a.Lang])
		b.WriteString("</a></li>")
	}
}

// writeShippedIndex writes p as the shipped index template does, its
// colours plain.
func writeShippedIndex(b *bytes.Buffer, p *Page, style string) {
	w := &p.Words
	b.WriteString("<!DOCTYPE html>\n<html lang=\"")
	render.HTMLText(b, p.Lang)
	b.WriteString("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	render.HTMLText(b, p.Title)
	if p.Brand.Name != "" {
		b.WriteString(" – ")
		render.HTMLText(b, p.Brand.Name)
	}
	b.WriteString("</title>\n<link rel=\"canonical\" href=\"")
	render.HTMLURL(b, p.Canonical)
	b.WriteString("\">")
	for _, a := range p.Alternates {
		b.WriteString("\n<link rel=\"alternate\" hreflang=\"")
		render.HTMLText(b, a.Lang)
		b.WriteString("\" href=\"")
		render.HTMLURL(b, a.URL)
		b.WriteString("\">")
	}
	b.WriteString("\n<link rel=\"alternate\" type=\"application/atom+xml\" href=\"")
	render.HTMLURL(b, p.AtomFeed)
	b.WriteString("\">\n<style>\n:root { color-scheme: light; --accent: ")
	b.WriteString(p.Brand.Accent)
	b.WriteString("; --on-accent: ")
	b.WriteString(p.Brand.AccentText)
	b.WriteString(style)
	render.HTMLText(b, w.Skip)
	b.WriteString("</a>\n<header>\n<a class=\"brand\" href=\"")
	render.HTMLURL(b, p.Root)
	b.WriteString("index.html\">")
	if p.Brand.Logo != "" {
		b.WriteString("<img src=\"")
		render.HTMLURL(b, p.Brand.Logo)
		b.WriteString("\" alt=\"\">")
	}
	render.HTMLText(b, p.Brand.Name)
	b.WriteString("</a>")
	if len(p.Alternates) > 0 {
		b.WriteString("\n<nav aria-label=\"")
		render.HTMLText(b, w.Languages)
		b.WriteString("\" style=\"display:inline\">\n<ul class=\"langs\">")
		langLinks(b, p.Alternates, w.LangNames)
		b.WriteString("\n</ul>\n</nav>")
	}
	b.WriteString("\n</header>")
	if len(p.Choose) > 0 {
		b.WriteString("\n<main id=\"content\" class=\"wrap\">\n<h1>")
		render.HTMLText(b, w.Jobs)
		b.WriteString("</h1>\n<ul>")
		langLinks(b, p.Choose, w.LangNames)
		b.WriteString("\n</ul>\n</main>")
	} else {
		writeLists(b, p)
	}
	b.WriteString("\n<footer>\n<p>")
	render.HTMLText(b, w.Feeds)
	render.HTMLText(b, w.Colon)
	b.WriteString("<a href=\"")
	render.HTMLURL(b, p.JobFeed)
	b.WriteString("\">XML</a> · <a href=\"")
	render.HTMLURL(b, p.AtomFeed)
	b.WriteString("\">Atom</a></p>\n</footer>\n</body>\n</html>\n")
}

// writeLists writes a list page's facets, postings and pages.
func writeLists(b *bytes.Buffer, p *Page) {
	w := &p.Words
	b.WriteString("\n<div class=\"wrap lists\">")
	if len(p.Groups) > 0 {
		b.WriteString("\n<nav class=\"facets\" aria-labelledby=\"facets-title\">\n<h2 id=\"facets-title\">")
		render.HTMLText(b, w.Filter)
		b.WriteString("</h2>")
		if p.All != "" {
			b.WriteString("\n<p>")
			render.HTMLLink(b, p.All, "", w.All)
			b.WriteString("</p>")
		}
		for _, g := range p.Groups {
			b.WriteString("\n<h3>")
			render.HTMLText(b, g.Name)
			b.WriteString("</h3>\n<ul>")
			for _, v := range g.Values {
				b.WriteString("\n<li><a href=\"")
				render.HTMLURL(b, p.Root)
				render.HTMLURL(b, v.URL)
				b.WriteString(".html\">")
				render.HTMLText(b, v.Name)
				b.WriteString("</a> (")
				b.WriteString(strconv.Itoa(v.Count))
				b.WriteString(")</li>")
			}
			b.WriteString("\n</ul>")
		}
		b.WriteString("\n</nav>")
	}
	b.WriteString("\n<main id=\"content\">\n<h1>")
	render.HTMLText(b, p.Title)
	b.WriteString("</h1>\n<p>")
	b.WriteString(strconv.Itoa(p.Total))
	b.WriteByte(' ')
	if p.Total == 1 {
		render.HTMLText(b, w.One)
	} else {
		render.HTMLText(b, w.Many)
	}
	b.WriteString("</p>")
	if len(p.Postings) > 0 {
		b.WriteString("\n<ol class=\"jobs\">")
		for _, e := range p.Entries {
			b.WriteByte('\n')
			b.WriteString(string(e))
		}
		b.WriteString("\n</ol>")
	} else {
		b.WriteString("\n<p>")
		render.HTMLText(b, w.None)
		b.WriteString("</p>")
	}
	if len(p.Pages) > 0 {
		b.WriteString("\n<nav class=\"pages\" aria-label=\"")
		render.HTMLText(b, w.Pages)
		b.WriteString("\">\n<ul>")
		if p.Prev != "" {
			b.WriteString("\n<li>")
			render.HTMLLink(b, p.Prev, "prev", w.Previous)
			b.WriteString("</li>")
		}
		for _, l := range p.Pages {
			b.WriteString("\n<li>")
			if l.URL != "" {
				b.WriteString("<a href=\"")
				render.HTMLURL(b, l.URL)
				b.WriteString("\"")
				if l.Count != 0 {
					b.WriteString(" aria-current=\"page\"")
				}
				b.WriteString(">")
				render.HTMLText(b, l.Name)
				b.WriteString("</a>")
			} else {
				b.WriteString("<span aria-hidden=\"true\">")
				render.HTMLText(b, l.Name)
				b.WriteString("</span>")
			}
			b.WriteString("</li>")
		}
		if p.Next != "" {
			b.WriteString("\n<li>")
			render.HTMLLink(b, p.Next, "next", w.Next)
			b.WriteString("</li>")
		}
		b.WriteString("\n</ul>\n</nav>")
	}
	b.WriteString("\n</main>\n</div>")
}
