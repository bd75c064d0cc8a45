package action

import (
	"cmp"
	"context"
	"fmt"
	"html/template"
	"io/fs"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/jobdesc/jobdesc/internal/batch"
	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/fileread"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/site"
	"github.com/jobdesc/jobdesc/internal/usage"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

// StateFolder is the folder, beside the site's, that keeps its manifest,
// journal and lock when --state does not name one: DIR/../.jobdesc-site.
const StateFolder = ".jobdesc-site"

// Site is one jobdesc site request: a batch file's postings published as
// a static careers site in the folder To.
type Site struct {
	RolesDirs []string
	Values    ValueSources
	Batch     string
	// Encoding is the batch file's ("" to detect it).
	Encoding string
	To       string
	// State is the folder of the pages' manifest; "" for StateFolder
	// beside To.
	State   string
	Force   bool
	Prune   bool
	Workers int
}

// SiteResult is what a site run made.
type SiteResult struct {
	// Pages is the summary of the postings' pages.
	Pages *batch.Summary
	// Open and Closed count the postings listed and those past their
	// valid_through; Lists and ListsUnchanged the other files.
	Open, Closed          int
	Lists, ListsUnchanged int
	State                 string
}

var accentRe = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// Run builds the site in three steps: the postings' names, languages,
// references and closing dates are read to know every page's address,
// language versions and state; the batch runner writes the pages; the
// lists, sitemap and feeds are streamed last, of the pages that exist,
// through the runner, whose manifest lists every file of the site.
func (s *Site) Run(ctx context.Context, env *Env) (*SiteResult, error) {
	if err := env.Exists("batch file", s.Batch); err != nil {
		return nil, err
	}
	c, err := env.LoadCatalog(s.RolesDirs)
	if err != nil {
		return nil, err
	}
	cfg, err := env.LoadConfig(s.Values)
	if err != nil {
		return nil, err
	}
	if err := checkRoles(cfg, c); err != nil {
		return nil, err
	}
	base, brand, err := siteConfig(cfg)
	if err != nil {
		return nil, err
	}
	today, err := config.Today(env.Getenv, env.Now)
	if err != nil {
		return nil, usage.Wrap(err)
	}
	rd, err := env.Renderer(cfg, Output{Format: "html"})
	if err != nil {
		return nil, err
	}
	index, shipped, err := indexTemplate(env, cfg)
	if err != nil {
		return nil, err
	}
	state := s.State
	if state == "" {
		state = filepath.Join(filepath.Dir(filepath.Clean(s.To)), StateFolder)
	}
	if inside(state, s.To) {
		return nil, usage.Errorf("--state %s is inside the site folder %s, which is published; choose a folder beside it", state, s.To)
	}
	if err := os.MkdirAll(s.To, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create %s: %w", s.To, err)
	}
	res := &SiteResult{State: state}
	tab, err := site.NewTable(s.To)
	if err != nil {
		return nil, err
	}
	defer tab.Close()

	// First pass, reading only the values the table needs: every page's
	// address, language versions and state, which each page needs before
	// it is rendered. Each posting is decoded in full once, by the runner.
	first := batchOptions(s.Encoding, c, cfg)
	first.Keys = []string{"lang", "reference", "valid_through", "posted", "seniority"}
	src, err := batch.Open(s.Batch, first)
	if err != nil {
		return nil, err
	}
	err = batch.Each(ctx, src, s.Workers, func(j *batch.Job) error {
		if j.Err == nil && batch.CheckName(j.Name) == nil { // else the runner reports it
			vt := j.Values.ValidThrough
			tab.Add(j.Name, cmp.Or(j.Values.Lang, cfg.Values.Lang), j.Values.Reference, vt != "" && vt < today)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	tab.Seal() // a repeated name keeps its first posting; the runner reports the others

	// Second pass: the pages, through the runner and its manifest.
	if src, err = openBatch(s.Batch, s.Encoding, c, cfg); err != nil {
		return nil, err
	}
	pages := batch.WithPages(src, func(j *batch.Job) (*posting.Page, bool) {
		i, ok := tab.Find(j.Name)
		if !ok || s.Prune && tab.Closed(i) {
			return nil, !ok
		}
		url := tab.URL(i, base)
		return &posting.Page{Canonical: url, Index: "../" + tab.Lang(i) + "/index.html", Closed: tab.Closed(i), Site: brand, Alternates: tab.Versions(i, base)}, true
	})
	// Each open posting's record, from the posting the runner resolved for
	// its page, with the dates the page shows: the first publication the
	// manifest keeps, and the day the page's bytes last changed. Called
	// once per job, from the runner's goroutines.
	// The lists' writer, whose index template renders each posting's
	// entry in the lists as the runner records it, on its goroutines.
	lists := &site.Site{Base: base, Brand: brand, Index: index, RootInHref: shipped, Updated: today}
	listed := func(j *batch.Job, p *posting.Posting, posted, changed string) {
		i, ok := tab.Find(j.Name)
		if !ok || tab.Closed(i) {
			return
		}
		r := record(c, p)
		r.Name, r.Reference, r.Posted, r.Updated = j.Name, j.Values.Reference, posted, changed
		entries, err := lists.Entries(r)
		if err != nil {
			tab.Fail(fmt.Errorf("cannot list %s: %w", j.Name, err))
			return
		}
		desc := site.Description{Text: func() string { return description(p) }}
		if b := p.Base(); b != nil {
			desc.Key = b
		}
		tab.List(i, r, entries, desc)
	}
	// Last, inside the run so that its manifest records them too: the
	// lists of the open postings whose page is there.
	finish := func(f *batch.Files) error {
		res.Open, res.Closed = tab.Count()
		lists.Files, lists.Langs = f, siteLangs(cfg.Values.Lang, tab.Langs())
		err := lists.Write(tab)
		res.Lists, res.ListsUnchanged = f.Wrote, f.Unchanged
		return err
	}
	run := &batch.Runner{Catalog: c, Renderer: rd, Dir: s.To, Sub: site.JobsDir, StateDir: state, Ext: ".html", Force: s.Force, Prune: s.Prune, Workers: s.Workers,
		Today: cfg.Today, Finish: finish, Listed: listed}
	sum, err := run.Run(ctx, pages)
	res.Pages = &sum
	return res, err
}

// siteLangs are the index languages: the run's first, then the others of
// the postings, in the catalogue's order.
func siteLangs(first string, seen map[string]bool) []string {
	out := []string{first}
	for _, l := range role.Languages() {
		if l != first && seen[l] {
			out = append(out, l)
		}
	}
	return out
}

// inside says whether dir is to or a folder under it.
func inside(dir, to string) bool {
	a, err1 := filepath.Abs(dir)
	b, err2 := filepath.Abs(to)
	if err1 != nil || err2 != nil {
		return false
	}
	rel, err := filepath.Rel(b, a)
	return err == nil && filepath.IsLocal(rel) || rel == "."
}

// siteConfig checks the config's site section: the base address is
// required, absolute http(s), and taken with a final slash.
func siteConfig(cfg *config.Config) (string, posting.Brand, error) {
	s := cfg.Site
	where := cfg.File
	if where == "" {
		where = config.FileName
	}
	if s.BaseURL == "" {
		return "", posting.Brand{}, usage.Errorf("%s: site.base_url is required for jobdesc site; add \"site: {base_url: https://jobs.example.com/}\" with the address the site is served at", where)
	}
	u, err := url.Parse(s.BaseURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return "", posting.Brand{}, usage.Errorf("%s: invalid site.base_url %s: use an absolute http(s) address such as https://jobs.example.com/", cfg.SiteAt("base_url"), usertext.Quote(s.BaseURL))
	}
	base := strings.TrimSuffix(s.BaseURL, "/") + "/"
	accent := s.Accent
	if accent == "" {
		accent = "#0b3d91"
	}
	if !accentRe.MatchString(accent) {
		return "", posting.Brand{}, usage.Errorf("%s: invalid site.accent %s: use a colour written #rrggbb, e.g. \"#0b5cad\"", cfg.SiteAt("accent"), usertext.Quote(accent))
	}
	if s.Logo != "" {
		if u, err := url.Parse(s.Logo); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return "", posting.Brand{}, usage.Errorf("%s: invalid site.logo %s: use an absolute http(s) address of the image", cfg.SiteAt("logo"), usertext.Quote(s.Logo))
		}
	}
	name := s.Name
	if name == "" {
		name = cfg.Values.Company.Name
	}
	return base, posting.Brand{Name: name, Logo: s.Logo, Accent: strings.ToLower(accent), AccentText: textOn(accent)}, nil
}

// textOn is black or white, whichever contrasts more with the colour
// #rrggbb (WCAG relative luminance): one of them always reaches 4.5:1.
func textOn(hex string) string {
	lum := 0.0
	for i, w := range []float64{0.2126, 0.7152, 0.0722} {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		c := float64(v) / 255
		if c <= 0.04045 {
			c /= 12.92
		} else {
			c = math.Pow((c+0.055)/1.055, 2.4)
		}
		lum += w * c
	}
	if (lum+0.05)/0.05 >= 1.05/(lum+0.05) {
		return "#000000"
	}
	return "#ffffff"
}

// indexTemplate parses the index template: the shipped one, or the
// config's templates folder's; shipped says which.
func indexTemplate(env *Env, cfg *config.Config) (t *template.Template, shipped bool, err error) {
	name := site.Template
	src, err := fs.ReadFile(env.Templates, name)
	shipped = true
	if cfg.Templates != "" {
		if b, uerr := fs.ReadFile(fileread.Dir(cfg.Templates), name); uerr == nil {
			src, err, name, shipped = b, nil, filepath.Join(cfg.Templates, name), false
		}
	}
	if err != nil {
		return nil, false, err
	}
	t, err = template.New(filepath.Base(name)).Option("missingkey=error").Parse(string(src))
	if err != nil {
		return nil, false, fmt.Errorf("%s: %w", name, err)
	}
	return t, shipped, nil
}

// record is what the site's lists say of posting p.
func record(c *catalog.Catalog, p *posting.Posting) *site.Record {
	r := &site.Record{Lang: p.Lang, Title: p.Heading, Company: p.Company.Name, City: p.Data.Location.City, Region: p.Data.Location.Region,
		Country: p.Data.Location.Country, JobType: jobType(p.Data.Contract)}
	for _, f := range p.Facts {
		switch f.Key {
		case "contract":
			r.Contract = f.Value
		case "salary":
			r.Pay = f.Value
		}
	}
	r.Place = cmp.Or(r.City, r.Region)
	if ro, err := c.Role(p.RoleID); err == nil {
		r.Family = ro.Family
	}
	return r
}

// jobType is Indeed's job type for the contract.
func jobType(t posting.Terms) string {
	switch t.Type {
	case "internship":
		return "internship"
	case "freelance", "fixed-term":
		return "contract"
	case "apprenticeship":
		return "apprenticeship"
	}
	switch t.Hours {
	case "part-time":
		return "parttime"
	case "full-time":
		return "fulltime"
	}
	return ""
}

// description is the posting as plain text for the feeds: its opening and
// its missions, alike in the postings of one base.
func description(p *posting.Posting) string {
	var b strings.Builder
	b.WriteString(p.Pitch)
	for _, m := range p.Missions {
		b.WriteString("\n\n")
		b.WriteString(m.Title)
		for _, a := range m.Activities {
			b.WriteString("\n- ")
			b.WriteString(a)
		}
	}
	return b.String()
}
