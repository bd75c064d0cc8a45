package site

import (
	"bufio"
	"encoding/xml"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jobdesc/jobdesc/internal/values"
)

type sitemapURL struct{ Loc, Lastmod string }

// writeSitemap writes the sitemaps.org urlset, one url a line: the lists'
// urls, then the open postings' pages.
func (s *Site) writeSitemap(w io.Writer, urls []sitemapURL, t *Table, open []int32) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	put := func(u sitemapURL) {
		bw.WriteString("<url><loc>")
		escape(bw, u.Loc)
		bw.WriteString("</loc>")
		if u.Lastmod != "" {
			bw.WriteString("<lastmod>" + u.Lastmod + "</lastmod>")
		}
		bw.WriteString("</url>\n")
	}
	for _, u := range urls {
		put(u)
	}
	for _, i := range open {
		put(sitemapURL{Loc: t.URL(i, s.Base), Lastmod: t.words[t.ent(i).updated]})
	}
	bw.WriteString("</urlset>\n")
	return bw.Flush()
}

// writeJobFeed writes the XML feed Indeed documents for publishers: a
// source, one job per open posting, every text in CDATA.
func (s *Site) writeJobFeed(w io.Writer, t *Table, open []int32) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString("<source>\n")
	element(bw, "publisher", s.Brand.Name)
	element(bw, "publisherurl", s.Base)
	element(bw, "lastBuildDate", rfc1123(t.newest(open, s.Updated)))
	rd := t.reader()
	for _, i := range open {
		r, err := rd.record(i)
		if err != nil {
			return err
		}
		desc, err := rd.description(i, func(d string) string {
			var b strings.Builder
			element(&b, "description", d)
			return b.String()
		})
		if err != nil {
			return err
		}
		bw.WriteString("<job>\n")
		element(bw, "title", r.Title)
		element(bw, "date", rfc1123(r.Posted))
		element(bw, "referencenumber", ReferenceNumber(r))
		element(bw, "url", r.URL(s.Base))
		element(bw, "company", r.Company)
		element(bw, "city", r.City)
		element(bw, "state", r.Region)
		element(bw, "country", r.Country)
		bw.WriteString(desc)
		element(bw, "salary", r.Pay)
		element(bw, "jobtype", r.JobType)
		bw.WriteString("</job>\n")
	}
	bw.WriteString("</source>\n")
	return bw.Flush()
}

// ReferenceNumber is the job's id in the feed, unique per job as Indeed
// asks: the reference and the language when the posting has a reference
// (its versions share it), else the page name.
func ReferenceNumber(r *Record) string {
	if r.Reference != "" {
		return r.Reference + "-" + r.Lang
	}
	return r.Name
}

// textWriter is where the feeds' texts are written: the feed, or a
// description's text the feed repeats.
type textWriter interface {
	WriteString(s string) (int, error)
	WriteByte(c byte) error
}

// element writes <name><![CDATA[text]]></name>: no entity to decode, as
// job boards expect, and a "]]>" in the text split across two sections.
func element(w textWriter, name, text string) {
	w.WriteByte('<')
	w.WriteString(name)
	w.WriteString("><![CDATA[")
	cdata(w, text)
	w.WriteString("]]></")
	w.WriteString(name)
	w.WriteString(">\n")
}

// cdata writes s as CDATA content: xmlChars, then each "]]>" split, with
// no copy of a text XML allows as it is (a feed writes every posting's
// description).
func cdata(w textWriter, s string) {
	if !xmlClean(s) {
		s = xmlChars(s)
	}
	for {
		k := strings.Index(s, "]]>")
		if k < 0 {
			w.WriteString(s)
			return
		}
		w.WriteString(s[:k])
		w.WriteString("]]]]><![CDATA[>")
		s = s[k+3:]
	}
}

// xmlClean says whether xmlChars would leave s as it is.
func xmlClean(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return false
			}
			i++
			continue
		}
		r, width := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && width == 1 || !xmlChar(r) {
			return false
		}
		i += width
	}
	return true
}

// xmlChars drops the characters XML 1.0 does not allow.
func xmlChars(s string) string {
	return strings.Map(func(r rune) rune {
		if xmlChar(r) {
			return r
		}
		return -1
	}, s)
}

// xmlChar says whether XML 1.0 allows r.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// escape writes s as XML character data: xmlChars, then xml.EscapeText,
// in one pass without copies (a feed escapes every posting's
// description).
func escape(w textWriter, s string) {
	last := 0
	for i := 0; i < len(s); {
		c, width := s[i], 1
		var esc string
		switch {
		case c == '"':
			esc = "&#34;"
		case c == '\'':
			esc = "&#39;"
		case c == '&':
			esc = "&amp;"
		case c == '<':
			esc = "&lt;"
		case c == '>':
			esc = "&gt;"
		case c == '\t':
			esc = "&#x9;"
		case c == '\n':
			esc = "&#xA;"
		case c == '\r':
			esc = "&#xD;"
		case c < 0x20: // not allowed in XML: dropped
		case c < utf8.RuneSelf:
			i++
			continue
		default:
			var r rune
			r, width = utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && width == 1:
				esc = "\uFFFD" // as strings.Map reads a byte that is not UTF-8
			case xmlChar(r):
				i += width
				continue
			}
		}
		w.WriteString(s[last:i])
		w.WriteString(esc)
		i += width
		last = i
	}
	w.WriteString(s[last:])
}

func rfc1123(date string) string {
	t, err := time.Parse(values.DateLayout, date)
	if err != nil {
		return ""
	}
	return t.UTC().Format("Mon, 02 Jan 2006 15:04:05 GMT")
}

func rfc3339(date string) string {
	t, err := time.Parse(values.DateLayout, date)
	if err != nil {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// writeAtom writes an Atom feed (RFC 4287) of the open postings.
func (s *Site) writeAtom(w io.Writer, t *Table, open []int32) error {
	bw := bufio.NewWriter(w)
	text := func(name, v string) {
		bw.WriteString("<" + name + ">")
		escape(bw, v)
		bw.WriteString("</" + name + ">\n")
	}
	bw.WriteString(xml.Header)
	bw.WriteString(`<feed xmlns="http://www.w3.org/2005/Atom">` + "\n")
	text("id", s.Base+AtomFeed)
	text("title", strings.TrimSpace(s.Brand.Name+" "+WordsOf(s.Langs[0]).Jobs))
	text("updated", rfc3339(t.newest(open, s.Updated)))
	bw.WriteString(`<link rel="self" href="`)
	escape(bw, s.Base+AtomFeed)
	bw.WriteString(`"/>` + "\n" + `<link rel="alternate" href="`)
	escape(bw, s.Base)
	bw.WriteString(`"/>` + "\n<author>")
	text("name", s.Brand.Name)
	bw.WriteString("</author>\n")
	rd := t.reader()
	for _, i := range open {
		r, err := rd.record(i)
		if err != nil {
			return err
		}
		// An Atom summary is a short abstract (RFC 4287 §4.2.13), and
		// the page is one link away: the offer's opening paragraph, not
		// the whole posting, which would make a feed readers poll
		// several times a day as heavy as every page together.
		summary, err := rd.description(i, func(d string) string {
			d, _, _ = strings.Cut(d, "\n\n")
			var b strings.Builder
			b.WriteString("<summary>")
			escape(&b, d)
			b.WriteString("</summary>\n")
			return b.String()
		})
		if err != nil {
			return err
		}
		bw.WriteString(`<entry xml:lang="` + r.Lang + `">` + "\n")
		text("id", r.URL(s.Base))
		text("title", r.Title)
		text("published", rfc3339(r.Posted))
		text("updated", rfc3339(r.Updated))
		bw.WriteString(`<link rel="alternate" type="text/html" href="`)
		escape(bw, r.URL(s.Base))
		bw.WriteString(`"/>` + "\n")
		if r.Company != "" {
			bw.WriteString("<author>")
			text("name", r.Company)
			bw.WriteString("</author>\n")
		}
		bw.WriteString(summary)
		bw.WriteString("</entry>\n")
	}
	bw.WriteString("</feed>\n")
	return bw.Flush()
}

// Words are the site's fixed words in one language.
type Words struct {
	Jobs, All, Filter, Place, Contract, Family, Posted, Pages, Previous, Next, None, Feeds, Languages, Skip, Closed, Apply, Colon string
	// Count words "3 open positions".
	One, Many string
	// Name of each language in itself.
	LangNames map[string]string
}

var langNames = map[string]string{"fr": "Français", "en": "English"}

// WordsOf returns the words of lang, English for a language without its own.
func WordsOf(lang string) Words {
	if lang == "fr" {
		return Words{Jobs: "Offres d’emploi", All: "Toutes les offres", Filter: "Affiner la liste", Place: "Lieu", Contract: "Contrat",
			Family: "Métier", Posted: "Publiée le", Pages: "Pages", Previous: "Page précédente", Next: "Page suivante",
			None: "Aucune offre ouverte pour le moment.", Feeds: "Flux des offres", Languages: "Langues", Skip: "Aller aux offres",
			Closed: "Cette offre est pourvue ou close : elle n’accepte plus de candidatures.", Apply: "Postuler", Colon: " : ",
			One: "offre ouverte", Many: "offres ouvertes", LangNames: langNames}
	}
	return Words{Jobs: "Open positions", All: "All positions", Filter: "Narrow the list", Place: "Place", Contract: "Contract",
		Family: "Role family", Posted: "Posted on", Pages: "Pages", Previous: "Previous page", Next: "Next page",
		None: "No open position at the moment.", Feeds: "Job feeds", Languages: "Languages", Skip: "Skip to the positions",
		Closed: "This position is closed: it no longer takes applications.", Apply: "Apply", Colon: ": ",
		One: "open position", Many: "open positions", LangNames: langNames}
}
