package action

import (
	"context"
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// siteConfigYAML is the jobdesc.yaml of the site tests.
const siteConfigYAML = `company: {name: Exemple SA, url: "https://example.fr", about: {fr: "Nous faisons des sites.", en: "We make websites."}}
location: {country: FR, remote: hybrid}
contract: {type: permanent, hours: full-time}
apply: {url: "https://example.fr/apply"}
site:
  base_url: https://jobs.example.fr
  name: Exemple SA
  logo: https://example.fr/logo.svg
  accent: "#0b5cad"
`

// buildSite writes the batch csv and the config (siteConfigYAML, or
// config when given) into env's working folder and builds the site in its
// public folder, which it returns.
func buildSite(t *testing.T, env *Env, csv, config string, opts ...func(*Site)) string {
	t.Helper()
	if config == "" {
		config = siteConfigYAML
	}
	write(t, filepath.Join(env.WorkDir, "jobdesc.yaml"), config)
	batch := filepath.Join(env.WorkDir, "postings.csv")
	write(t, batch, csv)
	dir := filepath.Join(env.WorkDir, "public")
	req := &Site{Batch: batch, To: dir}
	for _, o := range opts {
		o(req)
	}
	res, err := req.Run(context.Background(), env)
	if err != nil {
		t.Fatalf("site: %v", err)
	}
	if res.Pages.Failed+res.Pages.Refused != 0 {
		t.Fatalf("site: %d postings failed, %d refused: %v", res.Pages.Failed, res.Pages.Refused, res.Pages.Errors)
	}
	return dir
}

// read returns the file at path under dir, failing the test without it.
func read(t *testing.T, dir, path string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(path)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// atDay sets env's SOURCE_DATE_EPOCH (and clock) to the given day.
func atDay(env *Env, day string) {
	d, err := time.Parse(time.DateOnly, day)
	if err != nil {
		panic(err)
	}
	epoch := strconv.FormatInt(d.Unix(), 10)
	env.Getenv = func(k string) string {
		switch k {
		case "HOME":
			return env.WorkDir
		case "SOURCE_DATE_EPOCH":
			return epoch
		}
		return ""
	}
	env.Now = func() time.Time { return d }
}

// feedJob is a job of jobs.xml, by the elements the tests read.
type feedJob struct {
	Date string `xml:"date"`
	URL  string `xml:"url"`
}

func feedJobs(t *testing.T, dir string) []feedJob {
	t.Helper()
	var src struct {
		Jobs []feedJob `xml:"job"`
	}
	if err := xml.Unmarshal([]byte(read(t, dir, "jobs.xml")), &src); err != nil {
		t.Fatal(err)
	}
	return src.Jobs
}

var datePostedRe = regexp.MustCompile(`"datePosted":"([0-9-]+)"`)

// datePosted is the date a posting's page shows, from its JSON-LD.
func datePosted(t *testing.T, dir, name string) string {
	t.Helper()
	m := datePostedRe.FindStringSubmatch(read(t, dir, "jobs/"+name+".html"))
	if m == nil {
		t.Fatalf("%s: no datePosted", name)
	}
	return m[1]
}

// tree reads every file under dir, by path.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

const twoLangs = `role,name,lang,reference,location.city,salary.min,salary.max,salary.currency,salary.period,posted,valid_through
webmaster,web-fr,fr,WEB-1,Lyon,38000,45000,EUR,year,2026-11-01,
webmaster,web-en,en,WEB-1,Lyon,38000,45000,EUR,year,2026-11-01,
community-manager,cm-en,en,CM-1,Paris,35000,40000,EUR,year,2026-11-10,2026-12-31
content-curator,cc-en,en,,Nantes,36000,42000,EUR,year,,
webmaster,old-en,en,OLD-1,Lille,40000,50000,EUR,year,2026-01-10,2026-02-01
`

func TestSite(t *testing.T) {
	for name, tt := range map[string]struct {
		csv, config string
		prune       bool
		// wantErr, when set, is the start of the run's error.
		wantErr string
		check   func(t *testing.T, env *Env, dir string)
	}{
		"a posting past its valid_through leaves the lists, its page says closed": {
			csv: twoLangs,
			check: func(t *testing.T, env *Env, dir string) {
				for _, f := range []string{"en/index.html", "en/place/lille.html", "sitemap.xml", "jobs.xml", "feed.atom"} {
					if _, err := os.Stat(filepath.Join(dir, f)); err == nil && strings.Contains(read(t, dir, f), "old-en") {
						t.Errorf("%s lists the closed posting", f)
					}
				}
				page := read(t, dir, "jobs/old-en.html")
				if !strings.Contains(page, "This position is closed") || strings.Contains(page, "https://example.fr/apply") {
					t.Errorf("the closed posting's page does not say it is closed, or still links to the application")
				}
				if !strings.Contains(read(t, dir, "en/index.html"), "jobs/cm-en.html") {
					t.Error("a posting valid until later is not listed")
				}
			},
		},
		"--prune removes a closed posting's page": {
			csv:   twoLangs,
			prune: true,
			check: func(t *testing.T, env *Env, dir string) {
				if _, err := os.Stat(filepath.Join(dir, "jobs/old-en.html")); err == nil {
					t.Error("the closed posting's page is still there")
				}
				if _, err := os.Stat(filepath.Join(dir, "jobs/web-en.html")); err != nil {
					t.Error("an open posting's page was removed")
				}
			},
		},
		"entries that share a reference link to each other, the others to none": {
			csv: twoLangs,
			check: func(t *testing.T, env *Env, dir string) {
				for name, want := range map[string][]string{
					"web-fr": {`<link rel="alternate" hreflang="en" href="https://jobs.example.fr/jobs/web-en.html">`, `<link rel="alternate" hreflang="fr" href="https://jobs.example.fr/jobs/web-fr.html">`},
					"web-en": {`<link rel="alternate" hreflang="fr" href="https://jobs.example.fr/jobs/web-fr.html">`},
					"cm-en":  nil,
					"cc-en":  nil,
				} {
					page := read(t, dir, "jobs/"+name+".html")
					for _, w := range want {
						if !strings.Contains(page, w) {
							t.Errorf("%s lacks %s", name, w)
						}
					}
					if n := strings.Count(page, "hreflang="); want == nil && n != 0 {
						t.Errorf("%s, the only version of its posting, has %d hreflang links", name, n)
					}
				}
			},
		},
		"the feeds' and the index's date is the page's": {
			csv: twoLangs,
			check: func(t *testing.T, env *Env, dir string) {
				jobs := feedJobs(t, dir)
				if len(jobs) != 4 {
					t.Fatalf("%d jobs in the feed, want the 4 open ones", len(jobs))
				}
				for _, j := range jobs {
					name := strings.TrimSuffix(j.URL[strings.LastIndexByte(j.URL, '/')+1:], ".html")
					d, err := time.Parse(time.RFC1123, j.Date)
					if err != nil {
						t.Fatalf("%s: date %q: %v", name, j.Date, err)
					}
					page := datePosted(t, dir, name)
					if got := d.Format(time.DateOnly); got != page {
						t.Errorf("%s: the feed dates it %s, its page %s", name, got, page)
					}
					index := read(t, dir, name[len(name)-2:]+"/index.html")
					if !strings.Contains(index, `jobs/`+name+`.html">`) || !strings.Contains(index, `<time datetime="`+page+`">`) {
						t.Errorf("%s: the index does not list it dated %s", name, page)
					}
				}
				// The undated posting is dated the day of the run.
				if d := datePosted(t, dir, "cc-en"); d != "2026-11-20" {
					t.Errorf("the undated posting is dated %s, want the run's day", d)
				}
			},
		},
		"an undated posting keeps its first publication date on later runs": {
			csv: twoLangs,
			check: func(t *testing.T, env *Env, dir string) {
				atDay(env, "2026-11-27")
				buildSite(t, env, twoLangs, "")
				if d := datePosted(t, dir, "cc-en"); d != "2026-11-20" {
					t.Errorf("a week on, the undated posting is dated %s, want the day it was first published", d)
				}
				for _, j := range feedJobs(t, dir) {
					if strings.HasSuffix(j.URL, "/cc-en.html") && j.Date != "Fri, 20 Nov 2026 00:00:00 GMT" {
						t.Errorf("a week on, the feed dates the undated posting %s", j.Date)
					}
				}
			},
		},
		"the same inputs give the same bytes": {
			csv: twoLangs,
			check: func(t *testing.T, env *Env, dir string) {
				other := fakeEnv(t)
				again := tree(t, buildSite(t, other, twoLangs, ""))
				first := tree(t, dir)
				if len(first) != len(again) || len(first) < 20 {
					t.Errorf("%d files, then %d", len(first), len(again))
				}
				for name, b := range first {
					if again[name] != b {
						t.Errorf("%s differs from one build to the next", name)
					}
				}
				m1 := read(t, filepath.Dir(dir), ".jobdesc-site/.jobdesc-manifest.json")
				m2 := read(t, other.WorkDir, ".jobdesc-site/.jobdesc-manifest.json")
				if m1 != m2 {
					t.Error("the manifests differ")
				}
			},
		},
		"an unchanged page is not rewritten": {
			csv: twoLangs,
			check: func(t *testing.T, env *Env, dir string) {
				old := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
				for name := range tree(t, dir) {
					if err := os.Chtimes(filepath.Join(dir, name), old, old); err != nil {
						t.Fatal(err)
					}
				}
				atDay(env, "2026-11-21")
				buildSite(t, env, strings.Replace(twoLangs, "Paris,35000", "Paris,36000", 1), "")
				rewritten := map[string]bool{}
				for name := range tree(t, dir) {
					info, _ := os.Stat(filepath.Join(dir, name))
					rewritten[name] = !info.ModTime().Equal(old)
				}
				for name, want := range map[string]bool{"jobs/cm-en.html": true, "en/index.html": true, "jobs.xml": true, "jobs/web-en.html": false, "jobs/web-fr.html": false, "fr/index.html": false, "robots.txt": false} {
					if rewritten[name] != want {
						t.Errorf("%s rewritten: %v, want %v", name, rewritten[name], want)
					}
				}
				if !strings.Contains(read(t, dir, "sitemap.xml"), "<loc>https://jobs.example.fr/jobs/cm-en.html</loc><lastmod>2026-11-21</lastmod>") ||
					!strings.Contains(read(t, dir, "sitemap.xml"), "<loc>https://jobs.example.fr/jobs/web-en.html</loc><lastmod>2026-11-20</lastmod>") {
					t.Errorf("lastmod is not the day each page last changed:\n%s", read(t, dir, "sitemap.xml"))
				}
			},
		},
		"branding: name, logo and accent, with the text colour that reads on it": {
			csv:    twoLangs,
			config: strings.Replace(strings.Replace(siteConfigYAML, "name: Exemple SA\n", "name: Exemple Carrières\n", 1), `"#0b5cad"`, `"#FFCC00"`, 1),
			check: func(t *testing.T, env *Env, dir string) {
				for _, f := range []string{"en/index.html", "index.html", "jobs/web-en.html"} {
					page := read(t, dir, f)
					for _, want := range []string{"Exemple Carrières", `<img src="https://example.fr/logo.svg" alt="">`, "#ffcc00", "#000000"} {
						if !strings.Contains(page, want) {
							t.Errorf("%s lacks %s", f, want)
						}
					}
				}
				if !strings.Contains(read(t, dir, "en/index.html"), "--accent: #ffcc00; --on-accent: #000000;") {
					t.Error("the index's accent or its text colour is not the config's")
				}
			},
		},
		"a dark accent gets white text": {
			csv:    twoLangs,
			config: strings.Replace(siteConfigYAML, `"#0b5cad"`, `"#102030"`, 1),
			check: func(t *testing.T, env *Env, dir string) {
				if !strings.Contains(read(t, dir, "en/index.html"), "--accent: #102030; --on-accent: #ffffff;") {
					t.Error("white text is not chosen on a dark accent")
				}
			},
		},
		"a colour that is not #rrggbb is refused, the key named": {
			csv:     twoLangs,
			config:  strings.Replace(siteConfigYAML, `"#0b5cad"`, `teal`, 1),
			wantErr: `jobdesc.yaml:9:11: invalid site.accent "teal": use a colour written #rrggbb`,
		},
		"a logo that is not an absolute address is refused, the key named": {
			csv:     twoLangs,
			config:  strings.Replace(siteConfigYAML, `https://example.fr/logo.svg`, `logo.svg`, 1),
			wantErr: `jobdesc.yaml:8:9: invalid site.logo "logo.svg"`,
		},
		"the site's address is required": {
			csv:     twoLangs,
			config:  strings.Replace(siteConfigYAML, "  base_url: https://jobs.example.fr\n", "", 1),
			wantErr: `jobdesc.yaml: site.base_url is required for jobdesc site`,
		},
	} {
		t.Run(name, func(t *testing.T) {
			env := fakeEnv(t)
			if tt.wantErr != "" {
				config := tt.config
				write(t, filepath.Join(env.WorkDir, "jobdesc.yaml"), config)
				write(t, filepath.Join(env.WorkDir, "p.csv"), tt.csv)
				dir := filepath.Join(env.WorkDir, "public")
				_, err := (&Site{Batch: filepath.Join(env.WorkDir, "p.csv"), To: dir}).Run(context.Background(), env)
				if err == nil || !strings.HasPrefix(strings.TrimPrefix(err.Error(), env.WorkDir+"/"), tt.wantErr) {
					t.Fatalf("error %v, want one starting %q", err, tt.wantErr)
				}
				if _, err := os.Stat(dir); err == nil {
					t.Error("the site's folder was created")
				}
				return
			}
			dir := buildSite(t, env, tt.csv, tt.config, func(s *Site) { s.Prune = tt.prune })
			tt.check(t, env, dir)
		})
	}
}
