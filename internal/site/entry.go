package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"

	"github.com/jobdesc/jobdesc/internal/render"
)

// The shipped index template's entry ("posting"), written out in Go. Every
// posting's entry is rendered when it is recorded, and html/template's
// reflection and escapers cost several times the entry's own bytes; the
// same markup written as code costs a fraction. It stands only for the
// entry whose parse tree hashes to shippedEntrySum: an entry a user
// changed renders through the template. TestShippedEntryIsTheTemplate
// renders hostile records both ways and fails when the template's entry
// changes without this file.

// shippedEntrySum is the SHA-256 of the parse tree (its String form) of
// the shipped template's "posting".
const shippedEntrySum = "bfdaccd68d23787dcc070064f1b4ae345c8e88ebd12f1024c7cf33fd790e14d5"

// isShippedEntry says whether the index template's entry is the shipped
// one. It reads the parse tree, which html/template rewrites when it
// first escapes the template: it is called before any execution.
func (s *Site) isShippedEntry() bool {
	t := s.Index.Lookup(EntryTemplate)
	if t == nil || t.Tree == nil || t.Tree.Root == nil {
		return false
	}
	sum := sha256.Sum256([]byte(t.Tree.Root.String()))
	return hex.EncodeToString(sum[:]) == shippedEntrySum
}

// entryNameOK says whether name goes into an href unchanged by
// html/template's URL normaliser and attribute escaper: the batch's page
// names are letters, digits, dots, dashes and underscores.
func entryNameOK(name string) bool {
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// writeShippedEntry writes r's entry as the shipped template does, with
// root the way up from the list page and posted the word before the
// date.
func writeShippedEntry(b *bytes.Buffer, r *Record, root, posted string) {
	b.WriteString("<li>\n<h2><a href=\"")
	b.WriteString(root)
	b.WriteString("jobs/")
	b.WriteString(r.Name)
	b.WriteString(".html\">")
	render.HTMLText(b, r.Title)
	b.WriteString("</a></h2>")
	entryLine(b, r.Company, r.Place)
	entryLine(b, r.Contract, r.Pay)
	b.WriteString("\n<p>")
	render.HTMLText(b, posted)
	b.WriteString(" <time datetime=\"")
	render.HTMLText(b, r.Posted)
	b.WriteString("\">")
	render.HTMLText(b, r.Posted)
	b.WriteString("</time></p>\n</li>")
}

// entryLine writes the paragraph of two words joined by a dot, or of the
// one given, or nothing.
func entryLine(b *bytes.Buffer, first, second string) {
	if first == "" && second == "" {
		return
	}
	b.WriteString("\n<p>")
	render.HTMLText(b, first)
	if first != "" && second != "" {
		b.WriteString(" · ")
	}
	render.HTMLText(b, second)
	b.WriteString("</p>")
}
