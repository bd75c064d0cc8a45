package main

import (
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"
)

var linkRe = regexp.MustCompile(`(?:href|src)="([^"]*)"`)

// sitecheck DIR BASE checks a site jobdesc site wrote in DIR for the
// address BASE: every link of every page resolves to a file of the site,
// sitemap.xml is valid against the sitemaps.org schema (xmllint, skipped
// when absent unless CI is set), jobs.xml has every element Indeed asks
// of each job in CDATA with no entity, and feed.atom is an Atom feed with
// the elements RFC 4287 requires.
func sitecheck(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: sitecheck DIR BASE")
	}
	dir, base := ts.MkAbs(args[0]), args[1]
	pages := 0
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		pages++
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range linkRe.FindAllStringSubmatch(string(data), -1) {
			link := strings.ReplaceAll(m[1], "&amp;", "&")
			var target string
			switch {
			case strings.HasPrefix(link, "#"):
				if !strings.Contains(string(data), `id="`+link[1:]+`"`) {
					ts.Fatalf("%s links to %s, which is not on the page", path, link)
				}
				continue
			case strings.HasPrefix(link, base):
				target = filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(link, base)))
			case strings.Contains(link, ":"):
				continue // mailto:, the apply address, the company's site
			default:
				target = filepath.Join(filepath.Dir(path), filepath.FromSlash(link))
			}
			if strings.HasSuffix(link, "/") {
				target = filepath.Join(target, "index.html")
			}
			if _, err := os.Stat(target); err != nil {
				ts.Fatalf("%s links to %s, which is not a file of the site", path, link)
			}
		}
		return nil
	})
	ts.Check(err)
	if pages == 0 {
		ts.Fatalf("no page in %s", dir)
	}

	sitemap := filepath.Join(dir, "sitemap.xml")
	xsd := filepath.Join(ts.Getenv("REPO"), "node_modules", "sitemap", "schema", "sitemap.xsd")
	if _, err := exec.LookPath("xmllint"); err != nil || fileMissing(xsd) {
		if os.Getenv("CI") != "" {
			ts.Fatalf("xmllint or %s missing: CI installs libxml2-utils and runs npm ci", xsd)
		}
		ts.Logf("xmllint or the sitemap XSD missing: the schema check is skipped")
	} else if out, err := exec.Command("xmllint", "--noout", "--schema", xsd, sitemap).CombinedOutput(); err != nil {
		ts.Fatalf("sitemap.xml is not valid: %s", out)
	}

	feed, err := os.ReadFile(filepath.Join(dir, "jobs.xml"))
	ts.Check(err)
	for _, entity := range []string{"&amp;", "&lt;", "&gt;", "&quot;", "&#"} {
		if strings.Contains(string(feed), entity) {
			ts.Fatalf("jobs.xml holds the entity %s; texts go in CDATA", entity)
		}
	}
	var src struct {
		XMLName xml.Name `xml:"source"`
		Jobs    []struct {
			Inner []struct {
				XMLName xml.Name
				Text    string `xml:",chardata"`
			} `xml:",any"`
		} `xml:"job"`
	}
	ts.Check(xml.Unmarshal(feed, &src))
	if len(src.Jobs) == 0 {
		ts.Fatalf("jobs.xml lists no job")
	}
	for i, j := range src.Jobs {
		got := map[string]string{}
		for _, e := range j.Inner {
			got[e.XMLName.Local] = e.Text
		}
		for _, want := range []string{"title", "date", "referencenumber", "url", "company", "city", "country", "description", "salary", "jobtype"} {
			if v, ok := got[want]; !ok || v == "" {
				ts.Fatalf("jobs.xml: job %d has no %s", i+1, want)
			}
		}
	}
	if !strings.Contains(string(feed), "<title><![CDATA[") {
		ts.Fatalf("jobs.xml: texts are not in CDATA")
	}

	atom, err := os.ReadFile(filepath.Join(dir, "feed.atom"))
	ts.Check(err)
	type link struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	}
	var f struct {
		XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
		ID      string   `xml:"id"`
		Title   string   `xml:"title"`
		Updated string   `xml:"updated"`
		Entries []struct {
			ID      string `xml:"id"`
			Title   string `xml:"title"`
			Updated string `xml:"updated"`
			Links   []link `xml:"link"`
		} `xml:"entry"`
	}
	ts.Check(xml.Unmarshal(atom, &f))
	if f.ID == "" || f.Title == "" || f.Updated == "" || len(f.Entries) != len(src.Jobs) {
		ts.Fatalf("feed.atom: id %q, title %q, updated %q, %d entries for %d jobs", f.ID, f.Title, f.Updated, len(f.Entries), len(src.Jobs))
	}
	for i, e := range f.Entries {
		if e.ID == "" || e.Title == "" || e.Updated == "" || len(e.Links) == 0 || !strings.HasPrefix(e.Links[0].Href, base) {
			ts.Fatalf("feed.atom: entry %d lacks id, title, updated or a link into the site", i+1)
		}
	}
}

func fileMissing(p string) bool {
	_, err := os.Stat(p)
	return err != nil
}
