package render

import (
	"bytes"
	"cmp"
	"html/template"
	"strings"

	"github.com/jobdesc/jobdesc/internal/posting"
)

// The shipped HTML page template, written out in Go, as the Markdown one
// is (markdown_shipped.go): html/template spends most of a page's CPU in
// reflection and in calling its escapers through reflect. The Go writer
// escapes each value as html/template does where the template puts it
// (text, attribute, URL, the JSON-LD script block, CSS), byte for byte;
// the offer (missions and profile) is the template's own "offer",
// executed once per base. Only the shipped template's exact bytes take
// it; and a posting whose site colours are not plain #hex values, which
// html/template's CSS filter would look into, renders through the
// template. TestShippedHTMLIsTheTemplate holds the two to the same bytes.

// htmlPageFile is the shipped page template's name.
const htmlPageFile = "posting.html.tmpl"

// shippedHTMLSum is the SHA-256 of templates/posting.html.tmpl: the test
// holds the embedded template to it, so that the template cannot change
// without this file.
const shippedHTMLSum = "e6f7c89ae636e93b4b77d524d4f09e10949af1e8c1ea3363ca6641d0a5819152"

// isShippedHTML says whether a page is the shipped template whose
// JSON-LD is described by the shipped description: Go code or shipped
// templates, bounded in time.
func isShippedHTML(src, desc []byte) bool {
	return isShipped(htmlPageFile, src) && isShipped(DescriptionFile, desc)
}

// htmlBuild writes the shipped page in Go, and any other through
// html/template.
func htmlBuild(name string, src []byte, d *describer) (writeFunc, error) {
	t, write, err := htmlTemplate(name, src, d)
	if err != nil || !isShipped(htmlPageFile, src) {
		return write, err
	}
	st, ok := templateStyle(src)
	if !ok {
		return write, nil
	}
	return shippedHTML(t, write, d, st), nil
}

// shippedHTML returns the Go writer of the shipped page; t is the parsed
// template, for its offer, and viaTemplate its writer, for the postings
// the Go writer leaves to it.
func shippedHTML(t *template.Template, viaTemplate writeFunc, d *describer, st styleSheet) writeFunc {
	cache := &sharedCache{}
	return func(o *output, p *posting.Posting) error {
		if !PlainColour(p.Page.Site.Accent) || !PlainColour(p.Page.Site.AccentText) {
			return viaTemplate(o, p)
		}
		offer, err := cache.get("offer", p, func(buf *bytes.Buffer) error { return t.ExecuteTemplate(buf, "offer", p) })
		if err != nil {
			return templateError(err)
		}
		jp, err := d.shippedPageJSONLD(p)
		if err != nil {
			return pageError(err)
		}
		o.buf.Grow(len(offer) + 12<<10)
		if err := writePage(&o.buf, &st, p, offer, jp, d); err != nil {
			// html/template writes what encoding/json could not
			// marshal into the page as a comment: the template says how.
			o.buf.Reset()
			return viaTemplate(o, p)
		}
		if o.buf.Len() > o.max {
			o.buf.Reset()
			return errOutputLimit
		}
		return nil
	}
}

// PlainColour says whether html/template's CSS value filter leaves s as
// it is for a reason the Go writer can see: "#" and hexadecimal digits
// only (or nothing, for a page outside a site).
func PlainColour(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '#' && !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// HTMLText writes s escaped as html/template escapes a string in text, an
// attribute value in quotes or RCDATA (<title>): its
// htmlReplacementTable. The bytes it replaces are ASCII, which no byte
// of a multi-byte UTF-8 sequence is, so a byte scan finds what its rune
// scan finds; invalid UTF-8 passes through, as there.
func HTMLText(b *bytes.Buffer, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var r string
		switch s[i] {
		case 0:
			r = "\uFFFD"
		case '"':
			r = "&#34;"
		case '&':
			r = "&amp;"
		case '\'':
			r = "&#39;"
		case '+':
			r = "&#43;"
		case '<':
			r = "&lt;"
		case '>':
			r = "&gt;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(r)
		last = i + 1
	}
	b.WriteString(s[last:])
}

// HTMLURL writes s as html/template writes a value that is a whole URL
// attribute (href="{{.}}"): its urlFilter (a scheme other than http,
// https or mailto becomes #ZgotmplZ), urlNormalizer, then the attribute
// escaper.
func HTMLURL(b *bytes.Buffer, s string) {
	if scheme, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(scheme, "/") &&
		!strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto") {
		s = "#ZgotmplZ"
	}
	htmlURLPart(b, s)
}

// htmlURLPart writes s as html/template writes a value after a URL's
// scheme (href="mailto:{{.}}"): urlNormalizer, which percent-encodes
// what is not a URL's own character and keeps valid escapes, then the
// attribute escaper, of which only & and + are left to replace.
func htmlURLPart(b *bytes.Buffer, s string) {
	const hex = "0123456789abcdef"
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '&':
			b.WriteString("&amp;")
			continue
		case '+':
			b.WriteString("&#43;")
			continue
		case '!', '#', '$', '*', ',', '/', ':', ';', '=', '?', '@', '[', ']', '-', '.', '_', '~':
			b.WriteByte(c)
			continue
		case '%':
			if i+2 < len(s) && isHexDigit(s[i+1]) && isHexDigit(s[i+2]) {
				b.WriteByte(c)
				continue
			}
		default:
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				b.WriteByte(c)
				continue
			}
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// htmlParagraphs is {{range paragraphs .}}<p>{{.}}</p>, each on a line.
func htmlParagraphs(b *bytes.Buffer, s string) {
	if s == "" {
		return
	}
	for _, para := range Paragraphs(s) {
		b.WriteString("\n<p>")
		HTMLText(b, para)
		b.WriteString("</p>")
	}
}

// htmlItems is the template "items": label/value pairs as a list, opened
// by ul.
func htmlItems(b *bytes.Buffer, ul string, items []posting.Item, l *posting.Labels) {
	if len(items) == 0 {
		return
	}
	b.WriteString(ul)
	for _, it := range items {
		b.WriteString("\n<li><strong>")
		HTMLText(b, it.Label)
		b.WriteString("</strong>")
		HTMLText(b, l.Colon)
		HTMLText(b, it.Value)
		b.WriteString("</li>")
	}
	b.WriteString("\n</ul>")
}

// htmlSection opens a section: its id and heading.
func htmlSection(b *bytes.Buffer, id, heading string) {
	b.WriteString("\n<section id=\"")
	b.WriteString(id)
	b.WriteString("\">\n<h2>")
	HTMLText(b, heading)
	b.WriteString("</h2>")
}

// styleSheet is the page's style sheet as the shipped template writes
// it, taken from the template's own text so that the rules live in one
// place: before the site's colours, the site's rules around its two
// colours, and after.
type styleSheet struct{ before, accent, text, rest, after string }

// templateStyle cuts the style element out of the page template's source
// at its actions, trimming around them as {{- and -}} do; ok is false
// when the element does not have the shape the Go writer follows (with,
// the accent, the text colour, end).
func templateStyle(src []byte) (st styleSheet, ok bool) {
	s := string(src)
	i, j := strings.Index(s, "\n<style>"), strings.Index(s, "</style>")
	if i < 0 || j < i {
		return st, false
	}
	text := s[i : j+len("</style>")]
	var parts []string
	for {
		k := strings.Index(text, "{{")
		if k < 0 {
			parts = append(parts, text)
			break
		}
		before := text[:k]
		if strings.HasPrefix(text[k:], "{{-") {
			before = strings.TrimRight(before, " \t\r\n")
		}
		parts = append(parts, before)
		e := strings.Index(text[k:], "}}")
		if e < 0 {
			return st, false
		}
		action := text[k : k+e+2]
		text = text[k+e+2:]
		if strings.HasSuffix(action, "-}}") {
			text = strings.TrimLeft(text, " \t\r\n")
		}
	}
	if len(parts) != 5 {
		return st, false
	}
	return styleSheet{parts[0], parts[1], parts[2], parts[3], parts[4]}, true
}

// writePage is the shipped page template; offer is its "offer" and ld
// the JSON-LD block's (nil for none), its description written by d. It
// fails only when ld does not marshal.
func writePage(b *bytes.Buffer, st *styleSheet, p *posting.Posting, offer string, ld *JSONLD, d *describer) error {
	l := &p.Labels
	pg := &p.Page
	b.WriteString("<!DOCTYPE html>\n<html lang=\"")
	HTMLText(b, p.Lang)
	b.WriteString("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	HTMLText(b, p.Heading)
	if p.Company.Name != "" {
		b.WriteString(" – ")
		HTMLText(b, p.Company.Name)
	}
	b.WriteString("</title>")
	if pg.Canonical != "" {
		b.WriteString("\n<link rel=\"canonical\" href=\"")
		HTMLURL(b, pg.Canonical)
		b.WriteString("\">")
	}
	for _, a := range pg.Alternates {
		b.WriteString("\n<link rel=\"alternate\" hreflang=\"")
		HTMLText(b, a.Lang)
		b.WriteString("\" href=\"")
		HTMLURL(b, a.URL)
		b.WriteString("\">")
	}
	b.WriteString(st.before)
	if pg.Site.Accent != "" {
		// Plain colours (PlainColour): the CSS filter leaves them be.
		b.WriteString(st.accent)
		b.WriteString(pg.Site.Accent)
		b.WriteString(st.text)
		b.WriteString(pg.Site.AccentText)
		b.WriteString(st.rest)
	}
	b.WriteString(st.after)
	if ld != nil {
		// html/template's JavaScript escaper writes json.Marshal's bytes
		// as they are for an object (which escapes <, >, &, U+2028 and
		// U+2029 already): writeJSONLD writes the same bytes.
		b.WriteString("\n<script type=\"application/ld+json\">")
		if err := d.writeJSONLD(b, p, ld); err != nil {
			return err
		}
		b.WriteString("</script>")
	}
	b.WriteString("\n</head>\n<body>")
	if pg.Index != "" {
		b.WriteString("\n<header class=\"site\"><a href=\"")
		HTMLURL(b, pg.Index)
		b.WriteString("\">")
		if pg.Site.Logo != "" {
			b.WriteString("<img src=\"")
			HTMLURL(b, pg.Site.Logo)
			b.WriteString("\" alt=\"\">")
		}
		if pg.Site.Name != "" {
			HTMLText(b, pg.Site.Name)
		} else {
			HTMLText(b, p.Company.Name)
		}
		b.WriteString("</a>")
		for _, a := range pg.Alternates {
			if a.Lang == p.Lang {
				continue
			}
			b.WriteString(" · <a href=\"")
			HTMLURL(b, a.URL)
			b.WriteString("\" hreflang=\"")
			HTMLText(b, a.Lang)
			b.WriteString("\" lang=\"")
			HTMLText(b, a.Lang)
			b.WriteString("\">")
			HTMLText(b, a.Lang)
			b.WriteString("</a>")
		}
		b.WriteString("</header>")
	}
	b.WriteString("\n<main>\n<article>\n<header>\n<h1>")
	HTMLText(b, p.Heading)
	b.WriteString("</h1>")
	if len(p.Aliases) > 0 {
		b.WriteString("\n<p class=\"aliases\">")
		HTMLText(b, l.Also)
		HTMLText(b, l.Colon)
		HTMLText(b, strings.Join(p.Aliases, ", "))
		b.WriteString("</p>")
	}
	htmlItems(b, "\n<ul class=\"facts\">", p.Facts, l)
	b.WriteString("\n</header>")
	if c := &p.Company; c.About != "" || c.Site != "" {
		htmlSection(b, "company", cmp.Or(c.Heading, c.Name, l.About))
		htmlParagraphs(b, c.About)
		if c.Site != "" {
			b.WriteString("\n<p>")
			htmlLabelledLink(b, l.Website, l.Colon, c.Site)
			b.WriteString("</p>")
		}
		b.WriteString("\n</section>")
	}
	if c := p.Client; c != nil && (c.Name != "" || c.About != "") {
		htmlSection(b, "client", l.Client)
		if c.Name != "" {
			b.WriteString("\n<h3>")
			HTMLText(b, c.Name)
			b.WriteString("</h3>")
		}
		htmlParagraphs(b, c.About)
		b.WriteString("\n</section>")
	}
	htmlSection(b, "role", l.Role)
	htmlParagraphs(b, p.Pitch)
	htmlParagraphs(b, p.Scope)
	htmlParagraphs(b, p.Context)
	b.WriteString("\n</section>")
	if r := &p.Reporting; r.Text != "" || r.Note != "" {
		htmlSection(b, "reporting", l.Reporting)
		htmlParagraphs(b, r.Text)
		htmlParagraphs(b, r.Note)
		b.WriteString("\n</section>")
	}
	b.WriteByte('\n')
	b.WriteString(offer)
	if p.WhyJoin != "" {
		htmlSection(b, "why-join", l.WhyJoin)
		htmlParagraphs(b, p.WhyJoin)
		b.WriteString("\n</section>")
	}
	if len(p.Conditions) > 0 {
		htmlSection(b, "conditions", l.Conditions)
		htmlItems(b, "\n<ul>", p.Conditions, l)
		b.WriteString("\n</section>")
	}
	if len(p.Process) > 0 {
		htmlSection(b, "process", l.Process)
		b.WriteString("\n<ol>")
		for _, s := range p.Process {
			b.WriteString("\n<li>")
			HTMLText(b, s)
			b.WriteString("</li>")
		}
		b.WriteString("\n</ol>")
		htmlParagraphs(b, p.ProcessNote)
		b.WriteString("\n</section>")
	}
	if pg.Closed {
		b.WriteString("\n<p class=\"closed\" role=\"status\">")
		if p.Lang == "fr" {
			b.WriteString("Cette offre est close : elle n’accepte plus de candidatures.")
		} else {
			b.WriteString("This position is closed: it no longer takes applications.")
		}
		b.WriteString("</p>")
	}
	if a := &p.Apply; a.URL != "" || a.Email != "" || a.Reference != "" || a.Posted != "" || a.ValidThrough != "" {
		htmlSection(b, "apply", l.Apply)
		b.WriteString("\n<ul>")
		if !pg.Closed {
			if a.URL != "" {
				b.WriteString("\n<li>")
				lead := cmp.Or(a.Lead, l.ApplyURL)
				if a.Note != "" { // "Apply with your CV in French or English: <link>"
					lead += " " + a.Note
				}
				htmlLabelledLink(b, lead, l.Colon, a.URL)
				b.WriteString("</li>")
			} else if a.Email != "" { // one channel: the address is for data requests when there is a form
				b.WriteString("\n<li>")
				HTMLText(b, cmp.Or(a.Lead, l.ApplyEmail))
				b.WriteString(" ")
				htmlMailto(b, a.Email)
				htmlApplyNote(b, a.Note)
				b.WriteString("</li>")
			}
		}
		// label, separator, value
		for _, it := range [...][3]string{{l.Reference, l.Colon, a.Reference}, {l.Posted, " ", a.Posted}, {l.ValidThrough, " ", a.ValidThrough}} {
			if it[2] != "" {
				b.WriteString("\n<li>")
				HTMLText(b, it[0])
				HTMLText(b, it[1])
				HTMLText(b, it[2])
				b.WriteString("</li>")
			}
		}
		b.WriteString("\n</ul>\n</section>")
	}
	b.WriteString("\n<footer>")
	if p.WorkPermit != "" {
		b.WriteString("\n<p>")
		HTMLText(b, p.WorkPermit)
		b.WriteString("</p>")
	}
	b.WriteString("\n<p>")
	HTMLText(b, l.Equal)
	b.WriteString("</p>")
	if p.Inclusion != "" {
		b.WriteString("\n<p>")
		HTMLText(b, p.Inclusion)
		b.WriteString("</p>")
	}
	if p.Privacy != "" {
		b.WriteString("\n<p>")
		HTMLText(b, p.Privacy)
		if p.PrivacyEmail != "" {
			b.WriteByte(' ')
			HTMLText(b, l.PrivacyContact)
			b.WriteByte(' ')
			htmlMailto(b, p.PrivacyEmail)
			b.WriteByte('.')
		}
		if p.PrivacyComplaint != "" {
			b.WriteByte(' ')
			HTMLText(b, p.PrivacyComplaint)
		}
		b.WriteString("</p>")
	}
	b.WriteString("\n</footer>\n</article>\n</main>\n</body>\n</html>\n")
	return nil
}

// htmlLabelledLink is {{label}}{{colon}}<a href="{{url}}">{{url}}</a>.
func htmlLabelledLink(b *bytes.Buffer, label, colon, url string) {
	HTMLText(b, label)
	HTMLText(b, colon)
	HTMLLink(b, url, "", url)
}

// HTMLLink writes <a href="{{url}}" rel="rel">{{text}}</a>, escaped as
// html/template escapes them there; no rel attribute when rel is "".
func HTMLLink(b *bytes.Buffer, url, rel, text string) {
	b.WriteString("<a href=\"")
	HTMLURL(b, url)
	if rel != "" {
		b.WriteString("\" rel=\"")
		b.WriteString(rel)
	}
	b.WriteString("\">")
	HTMLText(b, text)
	b.WriteString("</a>")
}

// htmlMailto is <a href="mailto:{{.}}">{{.}}</a>.
func htmlMailto(b *bytes.Buffer, email string) {
	b.WriteString("<a href=\"mailto:")
	htmlURLPart(b, email)
	b.WriteString("\">")
	HTMLText(b, email)
	b.WriteString("</a>")
}

// htmlApplyNote is what an application may be written in, after the
// address when there is no link: " (…)".
func htmlApplyNote(b *bytes.Buffer, note string) {
	if note != "" {
		b.WriteString(" (")
		HTMLText(b, note)
		b.WriteByte(')')
	}
}
