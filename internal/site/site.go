// Package site writes the parts of a static careers site that list
// postings: an index per language (paginated, with a page per place,
// contract and role family), sitemap.xml, a job feed in the XML format
// Indeed documents for publishers, an Atom feed and robots.txt. The
// postings' own pages are written by the batch runner; this package gets
// one small Record per posting and streams every file it writes, so its
// memory grows with the records only (a few hundred bytes each), never
// with the descriptions, which wait in a spool file.
package site

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"html/template"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/jobdesc/jobdesc/internal/posting"
)

// PerPage is how many postings an index page lists before the next page.
const PerPage = 50

// Template is the index template's file name, looked up like the others.
const Template = "site-index.html.tmpl"

// Layout: where each file of the site goes, relative to its root.
const (
	JobsDir   = "jobs" // the postings' pages, JobsDir/<name>.html
	Sitemap   = "sitemap.xml"
	JobFeed   = "jobs.xml"  // the Indeed-format feed
	AtomFeed  = "feed.atom" // the Atom feed
	Robots    = "robots.txt"
	RootIndex = "index.html"
)

// Record is what the site's lists say of one posting.
type Record struct {
	Name      string // page name, without .html
	Lang      string
	Reference string
	Title     string // the heading: title and suffix
	Company   string
	Place     string // the city, else the region, country or remote work, worded
	City      string
	Region    string
	Country   string // ISO code
	Contract  string // worded in the posting's language
	JobType   string // Indeed's words: fulltime, parttime, contract, internship…
	Pay       string // worded, "" when not given
	Family    string
	Posted    string // YYYY-MM-DD, the date the page shows
	Updated   string // YYYY-MM-DD, when the page's content last changed
	desc      spoolRef
}

// URL is the record's page address under base (which ends with a slash).
func (r *Record) URL(base string) string { return base + JobsDir + "/" + r.Name + ".html" }

// Spool keeps the postings' descriptions on disk until the feeds are
// written, so they do not stay in memory.
type Spool struct {
	f   *os.File
	w   *bufio.Writer
	off int64
}

type spoolRef struct{ off, n int64 }

// NewSpool opens a spool in dir, removed by Close.
func NewSpool(dir string) (*Spool, error) {
	f, err := os.CreateTemp(dir, ".jobdesc-spool-*")
	if err != nil {
		return nil, fmt.Errorf("cannot create a temporary file in %s: %w", dir, errors.Unwrap(err))
	}
	os.Remove(f.Name()) // unlinked: nothing is left behind, whatever happens
	return &Spool{f: f, w: bufio.NewWriterSize(f, 64<<10)}, nil
}

// Put keeps the description of r.
func (s *Spool) Put(r *Record, desc string) error {
	n, err := s.w.WriteString(desc)
	r.desc = spoolRef{off: s.off, n: int64(n)}
	s.off += int64(n)
	return err
}

func (s *Spool) get(r *Record, buf []byte) ([]byte, error) {
	if err := s.w.Flush(); err != nil {
		return buf, err
	}
	buf = slices.Grow(buf[:0], int(r.desc.n))[:r.desc.n]
	_, err := s.f.ReadAt(buf, r.desc.off)
	return buf, err
}

// Close removes the spool.
func (s *Spool) Close() error { return s.f.Close() }

// Site is a careers site being written.
type Site struct {
	// Base is the site's address, ending with a slash.
	Base  string
	Brand posting.Brand
	// Langs are the index languages, in order; the first is the root
	// index's.
	Langs []string
	// Index is the parsed index template.
	Index *template.Template
	// Updated is the date the lists take when they list no posting.
	Updated string
	// Files writes the lists; the batch runner's, in a run, so that its
	// manifest records them like the postings' pages.
	Files Files
}

// Write writes every list of the open postings recs (sorted here, newest
// first) and the descriptions spool holds.
func (s *Site) Write(recs []*Record, spool *Spool) error {
	slices.SortStableFunc(recs, func(a, b *Record) int {
		return cmp.Or(cmp.Compare(b.Posted, a.Posted), cmp.Compare(a.Title, b.Title), cmp.Compare(a.Name, b.Name))
	})
	var urls []sitemapURL
	byLang := map[string][]*Record{}
	for _, r := range recs {
		byLang[r.Lang] = append(byLang[r.Lang], r)
	}
	for _, lang := range s.Langs {
		u, err := s.writeLang(lang, byLang[lang])
		if err != nil {
			return err
		}
		urls = append(urls, u...)
	}
	root := s.page(s.Langs[0], "", nil)
	root.Title = s.Brand.Name
	root.Canonical = s.Base
	for _, lang := range s.Langs {
		root.Choose = append(root.Choose, posting.Alternate{Lang: lang, URL: lang + "/index.html"})
	}
	if err := s.file(RootIndex, func(w io.Writer) error { return s.Index.Execute(w, root) }); err != nil {
		return err
	}
	urls = append([]sitemapURL{{Loc: s.Base, Lastmod: newest(recs, s.Updated)}}, urls...)
	for _, r := range recs {
		urls = append(urls, sitemapURL{Loc: r.URL(s.Base), Lastmod: r.Updated})
	}
	if err := s.file(Sitemap, func(w io.Writer) error { return writeSitemap(w, urls) }); err != nil {
		return err
	}
	if err := s.file(JobFeed, func(w io.Writer) error { return s.writeJobFeed(w, recs, spool) }); err != nil {
		return err
	}
	if err := s.file(AtomFeed, func(w io.Writer) error { return s.writeAtom(w, recs, spool) }); err != nil {
		return err
	}
	return s.file(Robots, func(w io.Writer) error {
		_, err := fmt.Fprintf(w, "User-agent: *\nAllow: /\n\nSitemap: %s%s\n", s.Base, Sitemap)
		return err
	})
}

func newest(recs []*Record, none string) string {
	d := ""
	for _, r := range recs {
		d = max(d, r.Updated)
	}
	return cmp.Or(d, none)
}

// facet is one way to narrow the list: by place, contract or role family.
type facet struct {
	key  string // the folder of its pages
	name func(w Words) string
	of   func(r *Record) string
}

var facets = []facet{
	{key: "place", name: func(w Words) string { return w.Place }, of: func(r *Record) string { return r.Place }},
	{key: "contract", name: func(w Words) string { return w.Contract }, of: func(r *Record) string { return r.Contract }},
	{key: "family", name: func(w Words) string { return w.Family }, of: func(r *Record) string { return r.Family }},
}

// writeLang writes the index of one language, its pages and the pages of
// each facet's values, and returns the sitemap entries of their first pages.
func (s *Site) writeLang(lang string, recs []*Record) ([]sitemapURL, error) {
	w := WordsOf(lang)
	home := lang + "/"
	var groups []Group
	type list struct {
		path, title string
		recs        []*Record
	}
	var lists []list
	for _, f := range facets {
		g := Group{Name: f.name(w)}
		by := map[string][]*Record{}
		for _, r := range recs {
			if v := f.of(r); v != "" {
				by[v] = append(by[v], r)
			}
		}
		values := make([]string, 0, len(by))
		for v := range by {
			values = append(values, v)
		}
		slices.Sort(values)
		used := map[string]bool{}
		for _, v := range values {
			slug := Slug(v)
			for n := 2; used[slug]; n++ {
				slug = Slug(v) + "-" + strconv.Itoa(n)
			}
			used[slug] = true
			path := home + f.key + "/" + slug
			g.Values = append(g.Values, Link{Name: v, URL: path, Count: len(by[v])})
			lists = append(lists, list{path: path, title: g.Name + w.Colon + v, recs: by[v]})
		}
		if len(g.Values) > 0 {
			groups = append(groups, g)
		}
	}
	lists = append([]list{{path: home + "index", recs: recs}}, lists...)
	var urls []sitemapURL
	for _, l := range lists {
		pages := max(1, (len(l.recs)+PerPage-1)/PerPage)
		for n := 1; n <= pages; n++ {
			p := s.page(lang, strings.Repeat("../", strings.Count(l.path, "/")), groups)
			p.Title = w.Jobs
			if l.title != "" {
				p.Title = l.title
				p.All = p.Root + home + "index.html"
			}
			p.Total = len(l.recs)
			p.Postings = l.recs[(n-1)*PerPage : min(len(l.recs), n*PerPage)]
			if pages > 1 {
				for _, i := range pageWindow(n, pages) {
					if i == 0 {
						p.Pages = append(p.Pages, Link{Name: "…"})
						continue
					}
					p.Pages = append(p.Pages, Link{Name: strconv.Itoa(i), URL: p.Root + pagePath(l.path, i), Count: boolInt(i == n)})
				}
			}
			if n > 1 {
				p.Prev = p.Root + pagePath(l.path, n-1)
			}
			if n < pages {
				p.Next = p.Root + pagePath(l.path, n+1)
			}
			p.Canonical = s.Base + pagePath(l.path, n)
			if l.path == home+"index" && n == 1 {
				p.Canonical = s.Base + home
				for _, other := range s.Langs {
					p.Alternates = append(p.Alternates, posting.Alternate{Lang: other, URL: s.Base + other + "/"})
				}
			}
			if err := s.file(pagePath(l.path, n), func(out io.Writer) error { return s.Index.Execute(out, p) }); err != nil {
				return nil, err
			}
			if n == 1 {
				urls = append(urls, sitemapURL{Loc: p.Canonical, Lastmod: newest(l.recs, s.Updated)})
			}
		}
	}
	return urls, nil
}

// Window is how many pages either side of the current one the page links
// to directly, besides the first and the last.
const Window = 2

// pageWindow lists the pages page n of a list of pages links to: the
// first, the last, and Window either side of n, with 0 for a gap. Every
// page linking to every other would make a site's lists grow with the
// square of its postings.
func pageWindow(n, pages int) []int {
	var out []int
	for i := 1; i <= pages; i++ {
		switch {
		case i == 1 || i == pages || i >= n-Window && i <= n+Window:
			out = append(out, i)
		case i < n-Window:
			out = append(out, 0)
			i = n - Window - 1
		default:
			out = append(out, 0)
			i = pages - 1
		}
	}
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// pagePath is the file of page n of a list: index.html, index-2.html.
func pagePath(path string, n int) string {
	if n == 1 {
		return path + ".html"
	}
	return path + "-" + strconv.Itoa(n) + ".html"
}

// Page is what the index template receives.
type Page struct {
	Lang  string
	Words Words
	Brand posting.Brand
	// Title is the page's heading.
	Title     string
	Canonical string
	// Home is the language's index, All too when the page lists part of
	// it; these and the links below are relative to the page.
	Home, All  string
	Alternates []posting.Alternate
	// Choose lists the languages' indexes, on the root page only.
	Choose []posting.Alternate
	Groups []Group
	// Total is how many postings the list has, over all its pages.
	Total    int
	Postings []*Record
	// Pages links to the first and last pages of the list and to those
	// around this one (Count 1 for this one); a Link without URL stands
	// for the pages left out. Prev and Next are "" at the ends.
	Pages      []Link
	Prev, Next string
	// Feeds are the site's feeds' addresses.
	JobFeed, AtomFeed string
	// Root is the way from the page up to the site's root, "../" or "":
	// links between the site's pages are relative, so the site can be
	// opened from its folder before it is published.
	Root string
}

// Group is one facet's values.
type Group struct {
	Name   string
	Values []Link
}

// Link is a named address, with a count.
type Link struct {
	Name  string
	URL   string
	Count int
}

func (s *Site) page(lang, root string, groups []Group) *Page {
	return &Page{Lang: lang, Words: WordsOf(lang), Brand: s.Brand, Home: root + lang + "/index.html", Groups: groups,
		JobFeed: root + JobFeed, AtomFeed: root + AtomFeed, Root: root}
}

// Slug is a value as a file name: lower-case ASCII letters and digits
// separated by dashes ("Saint-Étienne" gives "saint-etienne").
func Slug(v string) string {
	var b strings.Builder
	dash := false
	for _, c := range norm.NFD.String(v) {
		switch {
		case unicode.Is(unicode.Mn, c):
			continue
		case c < 128 && (unicode.IsLetter(c) || unicode.IsDigit(c)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(c))
		default:
			dash = true
		}
	}
	return cmp.Or(b.String(), "x")
}

// file writes name, a slash-separated path under the site's folder,
// through fill.
func (s *Site) file(name string, fill func(w io.Writer) error) error {
	_, err := s.Files.Write(name, fill)
	return err
}

// Files writes the site's files.
type Files interface {
	// Write writes name, a slash-separated path under the site's
	// folder, with what fill writes, and says whether its bytes changed.
	Write(name string, fill func(w io.Writer) error) (bool, error)
}
