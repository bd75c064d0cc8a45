// Package site writes the parts of a static careers site that list
// postings: an index per language (paginated, with a page per place,
// contract and role family), sitemap.xml, a job feed in the XML format
// Indeed documents for publishers, an Atom feed and robots.txt. The
// postings' own pages are written by the batch runner; this package keeps
// a fixed-size entry per posting in a Table (some tens of bytes), the
// rest of each posting's record and its description in a spool file, and
// streams the sitemap and feeds: its memory stays flat in the size of the
// site.
package site

import (
	"bytes"
	"cmp"
	"fmt"
	"html/template"
	"io"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/jobdesc/jobdesc/internal/posting"
)

// PerPage is how many postings an index page lists before the next page.
const PerPage = 50

// Template is the index template's file name, looked up like the others.
const Template = "site-index.html.tmpl"

// EntryTemplate is the template the index template may define for one
// posting's entry in a list. A posting is listed on about four pages (its
// language's index, its place's, its contract's and its family's): with
// it, the entry is rendered once per depth of those pages, when the
// posting is recorded, and the pages splice it (Page.Entries) instead of
// executing the same markup on every page.
const EntryTemplate = "posting"

// Depths is how deep under the site's root list pages are: a language's
// index (fr/index.html) at 1, a facet's pages (fr/place/lyon.html) at 2.
const Depths = 2

// Entries are a posting's list entries, one per depth of the pages that
// list it, rendered by the entry template; nil without one.
type Entries [][]byte

// Entry is what the entry template receives.
type Entry struct {
	Lang  string
	Words Words
	// Root is the way from the list pages up to the site's root, "../"
	// or "../../".
	Root    string
	Posting *Record
}

// Entries renders r's list entries, nil when the index template defines
// no entry template. It may be called from several goroutines.
func (s *Site) Entries(r *Record) (Entries, error) {
	if s.Index.Lookup(EntryTemplate) == nil {
		return nil, nil
	}
	s.decide()
	out := make(Entries, Depths)
	var b bytes.Buffer
	if s.goEntry && entryNameOK(r.Name) {
		posted := WordsOf(r.Lang).Posted
		for d := range out {
			b.Reset()
			writeShippedEntry(&b, r, strings.Repeat("../", d+1), posted)
			out[d] = bytes.Clone(b.Bytes())
		}
		return out, nil
	}
	for d := range out {
		root := strings.Repeat("../", d+1)
		if d > 0 && s.RootInHref {
			// A " in the posting's values is escaped: only the template's
			// own text writes href=" followed by the way up.
			out[d] = bytes.ReplaceAll(out[0], []byte(`href="../`), []byte(`href="`+root))
			continue
		}
		b.Reset()
		e := Entry{Lang: r.Lang, Words: WordsOf(r.Lang), Root: root, Posting: r}
		if err := s.Index.ExecuteTemplate(&b, EntryTemplate, e); err != nil {
			return nil, err
		}
		out[d] = bytes.Clone(b.Bytes())
	}
	return out, nil
}

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
}

// URL is the record's page address under base (which ends with a slash).
func (r *Record) URL(base string) string { return base + JobsDir + "/" + r.Name + ".html" }

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
	// RootInHref says the entry template writes Root only at the start of
	// an href="…" (the shipped one does), so a posting's entry is
	// rendered once and the deeper pages' entries are that one with a
	// longer way up; a template of the user's is rendered at every depth.
	RootInHref bool
	// Updated is the date the lists take when they list no posting.
	Updated string
	// Files writes the lists; the batch runner's, in a run, so that its
	// manifest records them like the postings' pages.
	Files Files

	// goEntry and goIndex say the index template's entry and page are
	// the shipped ones, which Entries and Write write in Go; decided
	// once, before the template first runs.
	once             sync.Once
	goEntry, goIndex bool
	// indexStyle is the shipped index's text after the site's colours,
	// taken from the template for the Go writer.
	indexStyle string
}

// Write writes every list of the open postings of t, newest first, and
// the feeds with the descriptions t spooled. The index pages are rendered
// on every core and written in order; the sitemap and the feeds are
// streamed, a posting at a time.
func (s *Site) Write(t *Table) error {
	open, err := t.open()
	if err != nil {
		return err
	}
	var items []item
	byLang := map[string][]int32{}
	for _, i := range open {
		l := t.words[t.ent(i).listLang]
		byLang[l] = append(byLang[l], i)
	}
	var urls []sitemapURL
	for _, lang := range s.Langs {
		urls = append(urls, s.writeLang(t, lang, byLang[lang], &items)...)
	}
	root := s.page(s.Langs[0], "", nil)
	root.Title = s.Brand.Name
	root.Canonical = s.Base
	for _, lang := range s.Langs {
		root.Choose = append(root.Choose, posting.Alternate{Lang: lang, URL: lang + "/index.html"})
	}
	items = append(items, item{name: RootIndex, render: func(w io.Writer) error { return s.index(w, root) }})
	urls = append([]sitemapURL{{Loc: s.Base, Lastmod: t.newest(open, s.Updated)}}, urls...)
	items = append(items,
		item{name: Sitemap, stream: true, render: func(w io.Writer) error { return s.writeSitemap(w, urls, t, open) }},
		item{name: JobFeed, stream: true, render: func(w io.Writer) error { return s.writeJobFeed(w, t, open) }},
		item{name: AtomFeed, stream: true, render: func(w io.Writer) error { return s.writeAtom(w, t, open) }},
		item{name: Robots, stream: true, render: func(w io.Writer) error {
			_, err := fmt.Fprintf(w, "User-agent: *\nAllow: /\n\nSitemap: %s%s\n", s.Base, Sitemap)
			return err
		}})
	return s.writeItems(items)
}

// item is a file of the site to write: rendered ahead on any core into
// memory (an index page, a few tens of kilobytes), or, when stream is
// set, written as it is made (the sitemap and feeds, which grow with the
// site).
type item struct {
	name   string
	stream bool
	render func(w io.Writer) error
}

// writeItems writes items: the pages rendered ahead on every core, at
// most twice as many as cores waiting in memory, and written in their
// order; the streams (the sitemap and feeds, which grow with the site)
// written as they are made, each on its own goroutine beside the pages.
func (s *Site) writeItems(items []item) error {
	cores := max(1, runtime.GOMAXPROCS(0))
	type result struct {
		b   []byte
		err error
	}
	done := make([]chan result, len(items))
	for k, it := range items {
		if it.stream {
			done[k] = make(chan result, 1)
			go func() { done[k] <- result{err: s.file(it.name, it.render)} }()
		}
	}
	// A stream's error is reported in the items' order, after the pages
	// before it; every stream is waited for before returning, so none
	// writes into the run once it has ended.
	var first error
	fail := func(err error) {
		if first == nil {
			first = err
		}
	}
	running := make(chan struct{}, cores)
	next := 0
	for k, it := range items {
		for ; first == nil && next < len(items) && next <= k+2*cores; next++ {
			if items[next].stream {
				continue
			}
			done[next] = make(chan result, 1)
			go func(it item, out chan<- result) {
				running <- struct{}{}
				defer func() { <-running }()
				var b bytes.Buffer
				err := it.render(&b)
				out <- result{b.Bytes(), err}
			}(items[next], done[next])
		}
		if done[k] == nil {
			continue // not started: an earlier item failed
		}
		r := <-done[k]
		switch {
		case it.stream:
			if r.err != nil {
				fail(r.err)
			}
		case r.err != nil:
			fail(fmt.Errorf("cannot write %s: %w", it.name, r.err))
		case first == nil:
			if err := s.file(it.name, func(w io.Writer) error { _, err := w.Write(r.b); return err }); err != nil {
				fail(err)
			}
		}
	}
	return first
}

// newest is the latest date a posting of idx changed, or none.
func (t *Table) newest(idx []int32, none string) string {
	var d uint32
	for _, i := range idx {
		if u := t.ent(i).updated; t.words[u] > t.words[d] {
			d = u
		}
	}
	return cmp.Or(t.words[d], none)
}

// facet is one way to narrow the list: by place, contract or role family.
type facet struct {
	key  string // the folder of its pages
	name func(w Words) string
	of   func(e *entry) uint32
}

var facets = []facet{
	{key: "place", name: func(w Words) string { return w.Place }, of: func(e *entry) uint32 { return e.place }},
	{key: "contract", name: func(w Words) string { return w.Contract }, of: func(e *entry) uint32 { return e.contract }},
	{key: "family", name: func(w Words) string { return w.Family }, of: func(e *entry) uint32 { return e.family }},
}

// writeLang adds the index of one language, its pages and the pages of
// each facet's values to items, and returns the sitemap entries of their
// first pages. A page reads back only the postings it lists.
func (s *Site) writeLang(t *Table, lang string, idx []int32, items *[]item) []sitemapURL {
	w := WordsOf(lang)
	home := lang + "/"
	var groups []Group
	type list struct {
		path, title string
		idx         []int32
	}
	var lists []list
	for _, f := range facets {
		g := Group{Name: f.name(w)}
		by := map[uint32][]int32{}
		for _, i := range idx {
			if v := f.of(t.ent(i)); v != 0 {
				by[v] = append(by[v], i)
			}
		}
		values := make([]uint32, 0, len(by))
		for v := range by {
			values = append(values, v)
		}
		slices.SortFunc(values, func(a, b uint32) int { return cmp.Compare(t.words[a], t.words[b]) })
		used := map[string]bool{}
		for _, id := range values {
			v := t.words[id]
			slug := Slug(v)
			for n := 2; used[slug]; n++ {
				slug = Slug(v) + "-" + strconv.Itoa(n)
			}
			used[slug] = true
			path := home + f.key + "/" + slug
			g.Values = append(g.Values, Link{Name: v, URL: path, Count: len(by[id])})
			lists = append(lists, list{path: path, title: g.Name + w.Colon + v, idx: by[id]})
		}
		if len(g.Values) > 0 {
			groups = append(groups, g)
		}
	}
	lists = append([]list{{path: home + "index", idx: idx}}, lists...)
	var urls []sitemapURL
	for _, l := range lists {
		pages := max(1, (len(l.idx)+PerPage-1)/PerPage)
		for n := 1; n <= pages; n++ {
			// The page's data is made when it is rendered, and dropped once
			// written: a site holds a page's records only while it writes it.
			*items = append(*items, item{name: pagePath(l.path, n), render: func(out io.Writer) error {
				p := s.listPage(lang, home, l.path, l.title, n, pages, len(l.idx), groups)
				depth := strings.Count(l.path, "/")
				rd := t.reader()
				for _, i := range l.idx[(n-1)*PerPage : min(len(l.idx), n*PerPage)] {
					r, entry, err := rd.read(i, depth)
					if err != nil {
						return err
					}
					p.Postings = append(p.Postings, r)
					if t.ent(i).flags&flagEntries != 0 {
						p.Entries = append(p.Entries, template.HTML(entry))
					}
				}
				return s.index(out, p)
			}})
			if n == 1 {
				urls = append(urls, sitemapURL{Loc: s.canonical(home, l.path, n), Lastmod: t.newest(l.idx, s.Updated)})
			}
		}
	}
	return urls
}

// listPage is page n of pages of the list at path (titled title, "" for
// the language's index), of total postings, without them.
func (s *Site) listPage(lang, home, path, title string, n, pages, total int, groups []Group) *Page {
	w := WordsOf(lang)
	p := s.page(lang, strings.Repeat("../", strings.Count(path, "/")), groups)
	p.Title = w.Jobs
	if title != "" {
		p.Title = title
		p.All = p.Root + home + "index.html"
	}
	p.Total = total
	if pages > 1 {
		for _, i := range pageWindow(n, pages) {
			if i == 0 {
				p.Pages = append(p.Pages, Link{Name: "…"})
				continue
			}
			p.Pages = append(p.Pages, Link{Name: strconv.Itoa(i), URL: p.Root + pagePath(path, i), Count: boolInt(i == n)})
		}
	}
	if n > 1 {
		p.Prev = p.Root + pagePath(path, n-1)
	}
	if n < pages {
		p.Next = p.Root + pagePath(path, n+1)
	}
	p.Canonical = s.canonical(home, path, n)
	if path == home+"index" && n == 1 {
		for _, other := range s.Langs {
			p.Alternates = append(p.Alternates, posting.Alternate{Lang: other, URL: s.Base + other + "/"})
		}
	}
	return p
}

// canonical is the address of page n of the list at path: the
// language's folder for the first page of its index.
func (s *Site) canonical(home, path string, n int) string {
	if path == home+"index" && n == 1 {
		return s.Base + home
	}
	return s.Base + pagePath(path, n)
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
	// Entries are the Postings' entries as the entry template rendered
	// them for this page, when the index template defines one.
	Entries []template.HTML
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

// Files writes the site's files; Write may be called from several
// goroutines at once.
type Files interface {
	// Write writes name, a slash-separated path under the site's
	// folder, with what fill writes, and says whether its bytes changed.
	Write(name string, fill func(w io.Writer) error) (bool, error)
}
