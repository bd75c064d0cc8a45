package site

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/templates"
)

// memFiles keeps the site's files in memory; read it once Write is done.
type memFiles map[string]string

// memFilesMu guards every memFiles: a site writes its streams and its
// lists at the same time.
var memFilesMu sync.Mutex

func (m memFiles) Write(name string, fill func(w io.Writer) error) (bool, error) {
	var b bytes.Buffer
	if err := fill(&b); err != nil {
		return false, err
	}
	memFilesMu.Lock()
	defer memFilesMu.Unlock()
	changed := m[name] != b.String()
	m[name] = b.String()
	return changed, nil
}

func newSite(t testing.TB, langs ...string) (*Site, memFiles) {
	t.Helper()
	src, err := fs.ReadFile(templates.FS(), Template)
	if err != nil {
		t.Fatal(err)
	}
	index := template.Must(template.New(Template).Option("missingkey=error").Parse(string(src)))
	files := memFiles{}
	return &Site{Files: files, Base: "https://jobs.example.fr/", Brand: posting.Brand{Name: "Exemple SA", Accent: "#0b5cad", AccentText: "#ffffff"},
		Langs: langs, Index: index, Updated: "2026-11-20"}, files
}

// records makes n records in lang, posted on successive days, in Lyon
// for even i and Paris for odd.
func records(lang string, n int) []*Record {
	var recs []*Record
	for i := range n {
		r := &Record{Name: fmt.Sprintf("job-%s-%03d", lang, i), Lang: lang, Title: fmt.Sprintf("Job %03d", i), Company: "Exemple SA",
			Place: []string{"Lyon", "Paris"}[i%2], City: []string{"Lyon", "Paris"}[i%2], Country: "FR", Contract: "Permanent", JobType: "fulltime",
			Family: "web", Posted: fmt.Sprintf("2026-%02d-%02d", 1+i/28%12, 1+i%28), Updated: "2026-11-20"}
		recs = append(recs, r)
	}
	return recs
}

// table is a table of recs, each listed with a description that names
// its title.
func table(t *testing.T, recs []*Record) *Table {
	t.Helper()
	tab, err := NewTable(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tab.Close() })
	for _, r := range recs {
		tab.Add(r.Name, r.Lang, r.Reference, false)
	}
	tab.Seal()
	s, _ := newSite(t)
	for _, r := range recs {
		i, ok := tab.Find(r.Name)
		if !ok {
			t.Fatalf("%s not found", r.Name)
		}
		entries, err := s.Entries(r)
		if err != nil {
			t.Fatal(err)
		}
		tab.List(i, r, entries, Text("Description of <job> "+r.Title+" ]]> & more"))
	}
	return tab
}

var listedRe = regexp.MustCompile(`<h2><a href="[^"]*jobs/(job-[a-z]+-[0-9]+)\.html">`)

func listed(page string) []string {
	var names []string
	for _, m := range listedRe.FindAllStringSubmatch(page, -1) {
		names = append(names, m[1])
	}
	return names
}

func TestPagination(t *testing.T) {
	for _, tt := range []struct {
		n     int
		pages []int // postings on each page of the language's index
	}{
		{0, []int{0}},
		{1, []int{1}},
		{PerPage, []int{PerPage}},
		{PerPage + 1, []int{PerPage, 1}},
		{2*PerPage + 7, []int{PerPage, PerPage, 7}},
	} {
		t.Run(fmt.Sprint(tt.n), func(t *testing.T) {
			s, files := newSite(t, "en")
			if err := s.Write(table(t, records("en", tt.n))); err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			last := ""
			for i, want := range tt.pages {
				name := pagePath("en/index", i+1)
				page, ok := files[name]
				if !ok {
					t.Fatalf("no %s", name)
				}
				got := listed(page)
				if len(got) != want {
					t.Errorf("%s lists %d postings, want %d", name, len(got), want)
				}
				for _, n := range got {
					if seen[n] {
						t.Errorf("%s is listed twice", n)
					}
					seen[n] = true
				}
				// Newest first, across pages.
				for _, n := range got {
					if last != "" && n > last {
						t.Errorf("%s comes after %s, which is older", n, last)
					}
					last = n
				}
				if current := strings.Count(page, `aria-current="page">`+fmt.Sprint(i+1)+`<`); len(tt.pages) > 1 && current != 1 {
					t.Errorf("%s: %d links to itself marked current, want 1", name, current)
				}
				hasPrev, hasNext := strings.Contains(page, `rel="prev"`), strings.Contains(page, `rel="next"`)
				if hasPrev != (i > 0) || hasNext != (i < len(tt.pages)-1) {
					t.Errorf("%s: previous link %v, next link %v", name, hasPrev, hasNext)
				}
			}
			if len(seen) != tt.n {
				t.Errorf("%d postings listed, want %d", len(seen), tt.n)
			}
			if _, ok := files[pagePath("en/index", len(tt.pages)+1)]; ok {
				t.Errorf("a page past the last")
			}
			// The lists by place page too: half the postings each.
			if tt.n > 2*PerPage {
				if _, ok := files["en/place/lyon-2.html"]; !ok {
					t.Error("the list by place is not paginated")
				}
			}
		})
	}
}

func TestFeeds(t *testing.T) {
	s, files := newSite(t, "fr", "en")
	recs := append(records("fr", 3), records("en", 2)...)
	recs[0].Reference, recs[3].Reference = "WEB-1", "WEB-1"
	if err := s.Write(table(t, recs)); err != nil {
		t.Fatal(err)
	}
	var src struct {
		Jobs []struct {
			Title       string `xml:"title"`
			Date        string `xml:"date"`
			Reference   string `xml:"referencenumber"`
			Description string `xml:"description"`
		} `xml:"job"`
	}
	if err := xml.Unmarshal([]byte(files[JobFeed]), &src); err != nil {
		t.Fatal(err)
	}
	if len(src.Jobs) != 5 {
		t.Fatalf("%d jobs, want 5", len(src.Jobs))
	}
	refs := map[string]bool{}
	for _, j := range src.Jobs {
		if refs[j.Reference] {
			t.Errorf("reference number %s given twice", j.Reference)
		}
		refs[j.Reference] = true
		if !strings.HasPrefix(j.Description, "Description of <job> "+j.Title+" ]]> & more") {
			t.Errorf("%s: description %q, not the spooled one", j.Title, j.Description)
		}
	}
	if !refs["WEB-1-fr"] || !refs["WEB-1-en"] {
		t.Errorf("versions of one reference not numbered by language: %v", refs)
	}
	if strings.Contains(files[JobFeed], "&lt;") || strings.Contains(files[JobFeed], "&amp;") {
		t.Error("the job feed holds entities")
	}
	if err := xml.Unmarshal([]byte(files[AtomFeed]), new(struct{})); err != nil {
		t.Errorf("feed.atom: %v", err)
	}
	if got := files[Robots]; got != "User-agent: *\nAllow: /\n\nSitemap: https://jobs.example.fr/sitemap.xml\n" {
		t.Errorf("robots.txt: %q", got)
	}
	for _, f := range []string{RootIndex, "fr/index.html", "en/index.html", "fr/place/lyon.html", "en/family/web.html", Sitemap} {
		if _, ok := files[f]; !ok {
			t.Errorf("no %s", f)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Saint-Étienne":        "saint-etienne",
		"CDI · temps plein":    "cdi-temps-plein",
		"  Île de France  ":    "ile-de-france",
		"京都":                   "x",
		"Permanent, full-time": "permanent-full-time",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPageWindow(t *testing.T) {
	for _, tt := range []struct {
		n, pages int
		want     string
	}{
		{1, 2, "[1 2]"},
		{1, 5, "[1 2 3 0 5]"},
		{3, 5, "[1 2 3 4 5]"},
		{5, 5, "[1 0 3 4 5]"},
		{50, 100, "[1 0 48 49 50 51 52 0 100]"},
		{100, 100, "[1 0 98 99 100]"},
	} {
		if got := fmt.Sprint(pageWindow(tt.n, tt.pages)); got != tt.want {
			t.Errorf("pageWindow(%d, %d) = %s, want %s", tt.n, tt.pages, got, tt.want)
		}
	}
}

// TestEntriesRenderedOnce checks that a posting's entry is rendered once
// per depth of the pages that list it, not once per page, and that the
// pages splice it; a template without the entry template still lists
// .Postings.
func TestEntriesRenderedOnce(t *testing.T) {
	const page = `{{define "posting"}}{{count}}<li>{{.Root}}{{.Posting.Name}}</li>{{end}}{{range .Entries}}{{.}}{{end}}`
	for _, tc := range []struct {
		name, src string
		renders   int // per posting
	}{
		{"entry template", page, Depths},
		{"postings only", `{{range .Postings}}{{count}}<li>{{$.Root}}{{.Name}}</li>{{end}}`, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var n atomic.Int64 // pages are rendered on every core
			index := template.Must(template.New(Template).Funcs(template.FuncMap{"count": func() string { n.Add(1); return "" }}).Option("missingkey=error").Parse(tc.src))
			s, files := newSite(t, "fr")
			s.Index = index
			recs := records("fr", 120)
			tab, err := NewTable(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			defer tab.Close()
			for _, r := range recs {
				tab.Add(r.Name, r.Lang, r.Reference, false)
			}
			tab.Seal()
			for _, r := range recs {
				i, _ := tab.Find(r.Name)
				entries, err := s.Entries(r)
				if err != nil {
					t.Fatal(err)
				}
				tab.List(i, r, entries, Text(""))
			}
			if err := s.Write(tab); err != nil {
				t.Fatal(err)
			}
			// Each posting is on its language's index, its place's, its
			// contract's and its family's pages.
			if want := tc.renders * len(recs); int(n.Load()) != want {
				t.Errorf("the entry markup ran %d times for %d postings, want %d", n.Load(), len(recs), want)
			}
			for path, want := range map[string]string{"fr/index.html": "<li>../job-fr-119</li>", "fr/place/lyon.html": "<li>../../job-fr-118</li>", "fr/family/web-3.html": "<li>../../job-fr-019</li>"} {
				if !strings.Contains(files[path], want) {
					t.Errorf("%s lacks %s:\n%.300s", path, want, files[path])
				}
			}
		})
	}
}

// With the shipped index template, a posting's entry is rendered once and
// spliced into the deeper pages: the bytes are those rendered at each
// depth, whatever the values hold.
func TestEntriesSplicedAtDepth(t *testing.T) {
	plain, _ := newSite(t)
	once, _ := newSite(t)
	once.RootInHref = true
	base := records("fr", 1)[0]
	for _, tc := range []struct {
		name string
		edit func(r *Record)
	}{
		{"plain", func(*Record) {}},
		{"href in the title", func(r *Record) { r.Title = `<a href="../jobs/x.html">x</a> href="../` }},
		{"quotes and dots", func(r *Record) { r.Company, r.Place, r.Pay = `"../"`, `'../../'`, `../ & ../` }},
		{"nothing but the title", func(r *Record) { r.Company, r.Place, r.Contract, r.Pay = "", "", "", "" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := *base
			tc.edit(&r)
			want, err := plain.Entries(&r)
			if err != nil {
				t.Fatal(err)
			}
			got, err := once.Entries(&r)
			if err != nil {
				t.Fatal(err)
			}
			for d := range want {
				if !bytes.Equal(got[d], want[d]) {
					t.Errorf("depth %d:\ngot  %s\nwant %s", d+1, got[d], want[d])
				}
			}
			if !bytes.Contains(got[1], []byte(`href="../../jobs/`)) {
				t.Errorf("the deeper entry does not go up two folders: %s", got[1])
			}
		})
	}
}

// escape writes what xml.EscapeText writes of the text xmlChars keeps.
func TestEscape(t *testing.T) {
	for _, s := range []string{
		"", "plain text", `<a href="x">'b' & c</a>`, "tab\tnew\nline\r\n", "ctl\x00\x01\x1f\x7f end",
		"accents: Saint-Étienne, développeur·euse", "bad \xff\xfe utf-8 \xe2\x82", "kept \uFFFD, dropped \uFFFE\uFFFF",
		"astral 😀 \U0010FFFF", "]]> &amp; &#34;",
	} {
		var want bytes.Buffer
		xml.EscapeText(&want, []byte(xmlChars(s)))
		var got bytes.Buffer
		w := bufio.NewWriter(&got)
		escape(w, s)
		w.Flush()
		if got.String() != want.String() {
			t.Errorf("escape(%q) = %q, want %q", s, got.String(), want.String())
		}
	}
}

// cdata writes what the feed's CDATA held before it was streamed: the
// text xmlChars keeps, each "]]>" split across two sections.
func TestCDATA(t *testing.T) {
	for _, s := range []string{
		"", "plain text", `<a href="x">'b' & c</a>`, "tab\tnew\nline\r\n", "ctl\x00\x01\x1f\x7f end",
		"bad \xff\xfe utf-8 \xe2\x82", "kept \uFFFD, dropped \uFFFE\uFFFF", "]]> a ]]]>> b ]]", "]]\x01> joined once dropped",
	} {
		want := strings.ReplaceAll(xmlChars(s), "]]>", "]]]]><![CDATA[>")
		var got bytes.Buffer
		w := bufio.NewWriter(&got)
		cdata(w, s)
		w.Flush()
		if got.String() != want {
			t.Errorf("cdata(%q) = %q, want %q", s, got.String(), want)
		}
	}
}
