package action

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The harness page holds the page under test in an iframe of the width
// asked: headless Chromium does not make its window narrower than 500
// pixels, and an iframe's viewport is what its page's media queries and
// layout see. The page posts its results up; the harness writes them
// into its DOM, which --dump-dom prints.
const harnessHTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>harness</title></head>
<body style="margin:0">
<iframe id="page" style="border:0;display:block"></iframe>
<script>
const q = new URLSearchParams(location.search);
const f = document.getElementById('page');
f.width = q.get('w'); f.height = q.get('h');
addEventListener('message', e => {
  const pre = document.createElement('pre');
  pre.id = 'jd-results';
  pre.textContent = JSON.stringify(e.data);
  document.body.appendChild(pre);
});
f.src = q.get('page');
</script></body></html>`

// checkJS is added to every page the test server sends: it measures the
// layout, runs axe-core, follows the links to postings (an index's) and
// reads their JSON-LD, and posts all of it to the harness.
const checkJS = `(async () => {
  const doc = document.documentElement;
  const box = s => { const e = document.querySelector(s); if (!e) return null; const r = e.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  const out = {url: location.pathname, width: doc.clientWidth, scrollWidth: doc.scrollWidth, facets: box('.facets'), main: box('main'), links: [], postings: []};
  try {
    const r = await axe.run(document, {resultTypes: ['violations']});
    out.violations = r.violations.map(v => v.id + ' (' + v.help + '): ' + v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary.replace(/\s+/g, ' ')).join('; '));
  } catch (e) { out.error = 'axe: ' + e; }
  for (const a of document.querySelectorAll('.jobs a')) {
    out.links.push(a.getAttribute('href'));
    try {
      const res = await fetch(a.href);
      const page = new DOMParser().parseFromString(await res.text(), 'text/html');
      out.postings.push({url: new URL(a.href).pathname, status: res.status, jsonld: [...page.querySelectorAll('script[type="application/ld+json"]')].map(s => s.textContent)});
    } catch (e) { out.error = 'fetch ' + a.href + ': ' + e; }
  }
  parent.postMessage(out, '*');
})();`

// browserResult is what checkJS posts.
type browserResult struct {
	URL         string
	Width       float64
	ScrollWidth float64
	Facets      *rect
	Main        *rect
	Links       []string
	Postings    []struct {
		URL    string
		Status int
		JSONLD []string
	}
	Violations []string
	Error      string
}

type rect struct{ Left, Right, Top, Bottom float64 }

var resultsRe = regexp.MustCompile(`(?s)<pre id="jd-results">(.*?)</pre>`)

// moduleRoot is the folder of go.mod, above the test's working folder:
// node_modules (npm ci) is there.
func moduleRoot(t *testing.T) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Fatal("go.mod not found above the test's folder")
		}
		dir = up
	}
}

// needTool skips the test when a tool is missing, and fails it under CI,
// which must run it.
func needTool(t *testing.T, missing bool, what, install string) {
	t.Helper()
	if !missing {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is missing; CI must run the browser test (%s)", what, install)
	}
	t.Skipf("%s not found: the browser test is skipped; %s", what, install)
}

// TestSiteInChromium opens a careers site the way a candidate does, in a
// real browser (Debian's headless chromium), served over HTTP on the
// loopback: the index at phone and desktop widths, then the page of a
// posting it links to. Each page passes axe-core's rules and does not
// scroll sideways; the phone layout stacks the lists, the desktop one puts
// them side by side; every posting the index links to carries a JobPosting
// JSON-LD with the properties Google for Jobs requires.
func TestSiteInChromium(t *testing.T) {
	browser, err := exec.LookPath("chromium")
	needTool(t, err != nil, "chromium", "apt-get install chromium")
	axeJS := filepath.Join(moduleRoot(t), "node_modules", "axe-core", "axe.min.js")
	_, err = os.Stat(axeJS)
	needTool(t, err != nil, axeJS, "run npm ci at the module's root")
	axeSrc, err := os.ReadFile(axeJS)
	if err != nil {
		t.Fatal(err)
	}

	env := fakeEnv(t)
	dir := buildSite(t, env, browserBatch, "")
	srv := httptest.NewServer(testServer(dir, axeSrc))
	defer srv.Close()

	open := func(t *testing.T, page string, w, h int) browserResult {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
		defer cancel()
		prof := t.TempDir()
		url := srv.URL + "/__harness.html?w=" + strconv.Itoa(w) + "&h=" + strconv.Itoa(h) + "&page=" + page
		cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--window-size="+strconv.Itoa(w+40)+","+strconv.Itoa(h+40), "--virtual-time-budget=30000",
			"--user-data-dir="+prof, "--dump-dom", url)
		cmd.Env = append(os.Environ(), "HOME="+prof, "XDG_CONFIG_HOME="+prof, "XDG_CACHE_HOME="+prof)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("chromium: %v\n%s", err, stderr.Bytes())
		}
		m := resultsRe.FindSubmatch(out)
		if m == nil {
			t.Fatalf("%s at %dpx: the page posted no result; the DOM:\n%.2000s", page, w, out)
		}
		var res browserResult
		if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &res); err != nil {
			t.Fatalf("%s: %v", page, err)
		}
		if res.Error != "" {
			t.Fatalf("%s at %dpx: %s", page, w, res.Error)
		}
		for _, v := range res.Violations {
			t.Errorf("%s at %dpx: axe: %s", page, w, v)
		}
		if res.ScrollWidth > res.Width {
			t.Errorf("%s at %dpx: the page scrolls sideways (%v px of content in %v)", page, w, res.ScrollWidth, res.Width)
		}
		return res
	}

	var first string
	for _, size := range []struct {
		name  string
		w, h  int
		phone bool
	}{{"phone", 375, 800, true}, {"desktop", 1280, 900, false}} {
		t.Run("index/"+size.name, func(t *testing.T) {
			res := open(t, "/en/index.html", size.w, size.h)
			if res.Facets == nil || res.Main == nil {
				t.Fatalf("the index lacks its lists (.facets) or main")
			}
			stacked := res.Main.Top >= res.Facets.Bottom
			beside := res.Main.Left >= res.Facets.Right && res.Main.Top < res.Facets.Bottom
			if size.phone && !stacked {
				t.Errorf("at %dpx the lists are not stacked above the postings: facets %+v, main %+v", size.w, *res.Facets, *res.Main)
			}
			if !size.phone && !beside {
				t.Errorf("at %dpx the lists are not beside the postings: facets %+v, main %+v", size.w, *res.Facets, *res.Main)
			}
			if len(res.Links) != 3 || len(res.Postings) != len(res.Links) {
				t.Fatalf("the English index links to %d postings (%q), %d followed; want 3", len(res.Links), res.Links, len(res.Postings))
			}
			for _, p := range res.Postings {
				checkJobPosting(t, p.URL, p.Status, p.JSONLD)
			}
			first = res.Links[0]
		})
	}
	if first == "" {
		t.FailNow()
	}
	// The index's first link, followed from the index's folder.
	posting := "/en/" + first
	for _, size := range []struct{ w, h int }{{375, 800}, {1280, 900}} {
		t.Run("posting/"+strconv.Itoa(size.w), func(t *testing.T) { open(t, posting, size.w, size.h) })
	}
	for _, page := range []string{"/index.html", "/fr/index.html", "/fr/place/lyon.html"} {
		t.Run(page, func(t *testing.T) { open(t, page, 375, 800) })
	}
}

// testServer serves the site in dir, with axe-core and checkJS added to
// each HTML page, and the harness.
func testServer(dir string, axeSrc []byte) http.Handler {
	files := http.FileServer(http.Dir(dir))
	inject := []byte(`<script src="/__axe.js"></script><script src="/__check.js"></script></body>`)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		serve := func(typ string, b []byte) {
			w.Header().Set("Content-Type", typ)
			w.Write(b)
		}
		switch p := r.URL.Path; {
		case p == "/__harness.html":
			serve("text/html; charset=utf-8", []byte(harnessHTML))
		case p == "/__axe.js":
			serve("text/javascript", axeSrc)
		case p == "/__check.js":
			serve("text/javascript", []byte(checkJS))
		case strings.HasSuffix(p, ".html") && r.Header.Get("Sec-Fetch-Dest") == "iframe":
			b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(p, "/"))))
			if err != nil {
				http.NotFound(w, r)
				return
			}
			serve("text/html; charset=utf-8", bytes.Replace(b, []byte("</body>"), inject, 1))
		default:
			files.ServeHTTP(w, r)
		}
	})
}

// checkJobPosting checks the JSON-LD of a posting page: one JobPosting
// with what Google for Jobs requires, and what it asks when the posting
// has it (validThrough, baseSalary, remote work's location requirements).
func checkJobPosting(t *testing.T, url string, status int, scripts []string) {
	t.Helper()
	if status != http.StatusOK {
		t.Errorf("%s: status %d", url, status)
		return
	}
	if len(scripts) != 1 {
		t.Errorf("%s: %d JSON-LD scripts, want 1", url, len(scripts))
		return
	}
	var jp map[string]any
	if err := json.Unmarshal([]byte(scripts[0]), &jp); err != nil {
		t.Errorf("%s: the JSON-LD does not parse: %v", url, err)
		return
	}
	if jp["@type"] != "JobPosting" {
		t.Errorf("%s: @type %v, want JobPosting", url, jp["@type"])
	}
	for _, key := range []string{"title", "description", "datePosted", "employmentType", "validThrough", "baseSalary"} {
		if v, ok := jp[key]; !ok || v == "" || v == nil {
			t.Errorf("%s: the JobPosting has no %s", url, key)
		}
	}
	if org, _ := jp["hiringOrganization"].(map[string]any); org == nil || org["name"] == "" || org["name"] == nil {
		t.Errorf("%s: the JobPosting has no hiringOrganization name: %v", url, jp["hiringOrganization"])
	}
	if s, _ := jp["baseSalary"].(map[string]any); s != nil {
		if v, _ := s["value"].(map[string]any); v == nil || v["unitText"] == nil || s["currency"] == nil {
			t.Errorf("%s: baseSalary lacks its currency, value or unit: %v", url, s)
		}
	}
	remote := jp["jobLocationType"] == "TELECOMMUTE"
	switch {
	case remote && jp["applicantLocationRequirements"] == nil:
		t.Errorf("%s: a remote JobPosting without applicantLocationRequirements", url)
	case !remote && jp["jobLocation"] == nil:
		t.Errorf("%s: the JobPosting has neither jobLocation nor jobLocationType TELECOMMUTE", url)
	}
	if strings.HasSuffix(url, "remote-en.html") != remote {
		t.Errorf("%s: jobLocationType %v", url, jp["jobLocationType"])
	}
}

// browserBatch is the site of the browser test: three English postings
// (one remote), their French versions, each with an end date and pay.
const browserBatch = `role,name,lang,reference,location.city,location.remote,salary.min,salary.max,salary.currency,salary.period,posted,valid_through
webmaster,web-fr,fr,WEB-1,Lyon,hybrid,38000,45000,EUR,year,2026-11-01,2027-01-31
webmaster,web-en,en,WEB-1,Lyon,hybrid,38000,45000,EUR,year,2026-11-01,2027-01-31
community-manager,cm-fr,fr,CM-1,Paris,onsite,35000,40000,EUR,year,2026-11-10,2027-02-28
community-manager,cm-en,en,CM-1,Paris,onsite,35000,40000,EUR,year,2026-11-10,2027-02-28
content-curator,remote-en,en,CC-1,,remote,36000,42000,EUR,year,2026-11-12,2027-03-31
`
