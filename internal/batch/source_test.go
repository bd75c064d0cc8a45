package batch

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/jobdesc/jobdesc/internal/finding"
	"github.com/jobdesc/jobdesc/internal/posting"
)

func readAll(t *testing.T, path string) ([]Job, error) {
	t.Helper()
	src, err := Open(path, Options{})
	if err != nil {
		return nil, err
	}
	var js []Job
	for {
		j, err := src.Next()
		if err == io.EOF {
			return js, nil
		}
		if err != nil {
			return js, err
		}
		js = append(js, j)
	}
}

func write(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A long YAML batch is read a chunk at a time; the postings, names and
// lines are those of the whole file, and a file that cannot be cut (an
// anchor) reads the same.
func TestYAMLChunksReadAsAWhole(t *testing.T) {
	n := 3*chunkSize + 7
	var cut, tree strings.Builder
	for _, b := range []*strings.Builder{&cut, &tree} {
		b.WriteString("# postings\ndefaults:\n  company: {name: Acme}\npostings:\n")
	}
	tree.WriteString("  - &first {role: webmaster, lang: en}\n")
	cut.WriteString("  - {role: webmaster, lang: en}\n")
	for i := 1; i < n; i++ {
		entry := fmt.Sprintf("  - role: webmaster\n    # a comment\n    location:\n      city: \"City %d\"\n", i)
		cut.WriteString(entry)
		tree.WriteString(entry)
	}
	cut.WriteString("# the end\n")
	a, err := readAll(t, write(t, "cut.yaml", cut.String()))
	if err != nil {
		t.Fatal(err)
	}
	b, err := readAll(t, write(t, "tree.yaml", tree.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != n || len(b) != n {
		t.Fatalf("%d and %d postings, want %d", len(a), len(b), n)
	}
	for i := range a {
		a[i].At.File, b[i].At.File = "", ""
	}
	if !reflect.DeepEqual(a, b) {
		t.Fatal("a cut file and a whole file read differently")
	}
	last := a[n-1]
	if want := (finding.Location{Line: 5 + 4*(n-2) + 1, Entry: n}); last.At != want || last.Name != fmt.Sprintf("webmaster-%d", n) || last.Values.Location.City != fmt.Sprintf("City %d", n-1) || last.Values.Company.Name != "Acme" {
		t.Fatalf("last posting: %+v, want %s", last, want)
	}
}

// A mistake in a later chunk is located in the file, and stops the batch
// there; one in the first chunk stops it before anything runs.
func TestYAMLErrorsAreLocated(t *testing.T) {
	var b strings.Builder
	b.WriteString("postings:\n")
	for i := range chunkSize + 10 {
		if i == chunkSize+5 {
			b.WriteString("  - {role: webmaster, rol: x}\n")
			continue
		}
		b.WriteString("  - {role: webmaster}\n")
	}
	js, err := readAll(t, write(t, "late.yaml", b.String()))
	if len(js) != chunkSize || err == nil || !strings.HasSuffix(err.Error(), fmt.Sprintf("late.yaml:%d:23: unknown key \"rol\"; did you mean \"role\"?", chunkSize+7)) {
		t.Fatalf("%d postings, %v", len(js), err)
	}
	for name, tt := range map[string]struct{ content, want string }{
		"early":    {"postings:\n  - role: webmaster\n  - rol: x\n", `early.yaml:3:5: unknown key "rol"`},
		"none":     {"defaults: {lang: en}\n", "none.yaml: no postings; list them under postings:"},
		"empty":    {"postings: []\n", "empty.yaml: no postings"},
		"not list": {"postings: {role: x}\n", "not list.yaml:1:11: postings: expected a list of postings"},
		"syntax":   {"postings:\n  - {role: webmaster\n", "syntax.yaml:"},
		"defaults": {"defaults: {lang: xx}\npostings:\n  - role: webmaster\n", `defaults.yaml:1:18: defaults: invalid lang "xx"`},
		"twice":    {"postings:\n  - role: webmaster\npostings:\n  - role: webmaster\n", `twice.yaml:3:1: duplicate key "postings"`},
	} {
		_, err := Open(write(t, name+".yaml", tt.content), Options{})
		if err == nil || !strings.Contains(err.Error(), "/"+tt.want) {
			t.Errorf("%s: %v, want %s…", name, err, tt.want)
		}
	}
}

// Aliases that expand a small file into a huge one are refused.
func TestYAMLAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("defaults: {benefits: &a [x, x, x, x, x, x, x, x, x, x]}\npostings:\n")
	for range 5000 {
		b.WriteString("  - {role: webmaster, benefits: *a}\n")
	}
	// Each alias costs ten nodes: 50,000 in all, over the budget.
	_, err := Open(write(t, "bomb.yaml", b.String()), Options{})
	if err == nil || !strings.Contains(err.Error(), "too many nodes through aliases") {
		t.Fatalf("%v", err)
	}
}

// Postings may share anchored defaults past what the whole file may
// expand to (2,000 postings of 2 KB each, 4 MB from a 90 KB file): the
// bound holds a chunk at a time. A chunk that repeats too much fails at
// its alias.
func TestYAMLExpansionIsBoundedPerChunk(t *testing.T) {
	about := strings.Repeat("x", 2000)
	var b strings.Builder
	b.WriteString("defaults:\n  lang: en\n  company: &co {name: Acme, about: " + about + "}\npostings:\n")
	for i := range 2000 {
		fmt.Fprintf(&b, "  - {role: webmaster, name: p%d, company: *co}\n", i)
	}
	js, err := readAll(t, write(t, "shared.yaml", b.String()))
	if err != nil || len(js) != 2000 {
		t.Fatalf("shared defaults: got %d jobs, %v", len(js), err)
	}
	bomb := "defaults: {company: {about: &a " + about + "}}\npostings:\n  - {role: webmaster, name: p0, benefits: [" + strings.Repeat("*a, ", 600) + "*a]}\n"
	_, err = readAll(t, write(t, "bomb.yaml", bomb))
	if err == nil || !strings.Contains(err.Error(), "bomb.yaml:3:") || !strings.Contains(err.Error(), "aliases expand this document past 1048576 bytes") {
		t.Fatalf("%v", err)
	}
}

func TestLimits(t *testing.T) {
	var b strings.Builder
	b.WriteString("role\n")
	for range MaxPostings + 1 {
		b.WriteString("w\n")
	}
	_, err := Open(write(t, "big.csv", b.String()), Options{})
	if err == nil || !strings.Contains(err.Error(), "1000001 rows, over the limit of 1000000 postings") {
		t.Errorf("csv: %v", err)
	}
	y := strings.Replace(strings.ReplaceAll(b.String(), "w\n", "- {role: w}\n"), "role\n", "postings:\n", 1)
	_, err = Open(write(t, "big.yaml", y), Options{})
	if err == nil || !strings.Contains(err.Error(), "1000001 postings, over the limit of 1000000") {
		t.Errorf("yaml: %v", err)
	}
	for _, path := range []string{"/dev/zero", "/dev/urandom"} {
		if _, err := Open(path, Options{}); err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("%s: %v", path, err)
		}
	}
}

func TestCSV(t *testing.T) {
	js, err := readAll(t, write(t, "p.csv", "\ufeffrole;name;salary.min;benefits\r\nwebmaster;w;38000;\"a, b;c\"\r\n\r\nwebmaster;;;\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(js) != 2 || js[0].Name != "w" || js[0].Values.Salary.Min != 38000 || !reflect.DeepEqual(js[0].Values.Benefits.All, []string{"a", "b;c"}) || js[1].Name != "webmaster-2" || filepath.Base(js[1].At.File) != "p.csv" || js[1].At.Line != 4 || js[1].At.Entry != 2 {
		t.Fatalf("%+v", js)
	}
	for name, tt := range map[string]struct{ content, want string }{
		"dup":    {"role,lang,lang\nw,en,en\n", `dup.csv:1:11: header: column "lang" is also column 2; keep one`},
		"nan":    {"role,salary.min,salary.currency\nw,NaN,EUR\n", `nan.csv:2:3: posting 1: salary.min: expected a finite positive amount below 1,000,000,000, got NaN`},
		"number": {"role,salary.min\nw,lots\n", `number.csv:2:3: posting 1: salary.min: expected a number, got "lots"`},
		"days":   {"role,location.remote,location.remote_days\nw,hybrid,9\n", `days.csv:2:10: posting 1: location.remote_days: expected 1 to 5 days a week, got 9`},
		"lang":   {"role,company.about.de\nw,x\n", `lang.csv:1:6: header: unknown key "company.about.de"; did you mean "company.about"?`},
	} {
		js, err := readAll(t, write(t, name+".csv", tt.content))
		if err == nil && len(js) > 0 {
			err = js[0].Err
			if err != nil {
				at := js[0].At
				at.File = filepath.Base(at.File)
				err = &finding.LocatedError{At: at, Err: err}
			}
		}
		if err == nil || !strings.HasSuffix(err.Error(), tt.want) {
			t.Errorf("%s: %v, want …%s", name, err, tt.want)
		}
	}
}

// TestBatchLayers: an entry's values go over the file's defaults by the
// one rule (a key given wins, null clears, maps merge key by key), in
// YAML and CSV alike, with every value a posting needs.
func TestBatchLayers(t *testing.T) {
	yaml := `defaults:
  company: {name: Acme, about: {fr: Bonjour, en: Hello}}
  salary: {min: 38000, max: 45000, currency: EUR, period: an}
  location: {remote: hybrid, remote_days: 2}
  team: {size: 6}
postings:
  - role: webmaster
    salary: {max: null}
    company: {about: {en: Hi}}
    contract: {type: cdi, status: cadre, agreement: Syntec}
    title_suffix: (F/H)
    process: {fr: [Appel], en: [Call]}
    benefits: [Mutuelle]
  - role: webmaster
    location: {remote: onsite, remote_days: ~}
    team: {with: {fr: avec le marketing}}
`
	js, err := readAll(t, write(t, "b.yaml", yaml))
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range js {
		if j.Err != nil {
			t.Fatalf("%s: %v", j.At, j.Err)
		}
	}
	a, b := js[0].Values, js[1].Values
	if a.Salary.Max != 0 || a.Salary.Min != 38000 || a.Salary.Period != "year" || a.Company.Name != "Acme" ||
		a.Company.About.ByLang["fr"] != "Bonjour" || a.Company.About.ByLang["en"] != "Hi" ||
		a.Contract.Type != "permanent" || a.Contract.Status != "cadre" || a.Contract.Agreement != "Syntec" ||
		a.TitleSuffix.All != "(F/H)" || a.Process.ByLang["en"][0] != "Call" || a.Benefits.All[0] != "Mutuelle" ||
		a.Location.RemoteDays != 2 || a.Team.Size != 6 {
		t.Errorf("first posting: %+v", a)
	}
	if b.Location.Remote != "onsite" || b.Location.RemoteDays != 0 || b.Salary.Max != 45000 || b.Team.Size != 6 || b.Team.With.ByLang["fr"] != "avec le marketing" {
		t.Errorf("second posting: %+v", b)
	}

	csv := "role,company.about.en,benefits.fr,location.remote,location.remote_days,team.size,team.with,contract.type,contract.status,contract.agreement,process,title_suffix,salary.min,salary.currency,salary.period\n" +
		"webmaster,Hello,\"Mutuelle, Tickets\",hybrid,3,4,le marketing,CDD,non cadre,Syntec,\"Appel, Entretien\",(F/H),38k€,EUR,mois\n" +
		"webmaster,,,,,,,,,,,,,,\n"
	js, err = readAll(t, write(t, "b.csv", csv))
	if err != nil {
		t.Fatal(err)
	}
	c := js[0].Values
	if js[0].Err != nil || c.Company.About.ByLang["en"] != "Hello" || !reflect.DeepEqual(c.Benefits.ByLang["fr"], []string{"Mutuelle", "Tickets"}) ||
		c.Location.RemoteDays != 3 || c.Team.Size != 4 || c.Team.With.All != "le marketing" || c.Contract.Type != "fixed-term" ||
		c.Contract.Status != "non-cadre" || c.Contract.Agreement != "Syntec" || !reflect.DeepEqual(c.Process.All, []string{"Appel", "Entretien"}) ||
		c.TitleSuffix.All != "(F/H)" || c.Salary.Min != 38000 || c.Salary.Period != "month" {
		t.Errorf("csv posting: %+v %v", c, js[0].Err)
	}
	if e := js[1].Values; js[1].Err != nil || !e.Benefits.IsZero() || !e.Company.About.IsZero() || e.Salary.Min != 0 || e.Contract.Type != "" {
		t.Errorf("an empty row gives no value: %+v %v", js[1].Values, js[1].Err)
	}
}

// TestBatchProblemsAreLocated: a bad value of an entry is located at its
// line; one between the defaults and an entry too.
func TestBatchProblemsAreLocated(t *testing.T) {
	yaml := "defaults:\n  salary: {max: 40000, currency: EUR}\npostings:\n  - role: w\n    salary: {min: 50000}\n  - role: w\n    location: {remote_days: 2}\n  - role: w\n    salary: {min: null}\n"
	js, err := readAll(t, write(t, "p.yaml", yaml))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"p.yaml:5: posting 1: salary min 50000 is above max 40000; swap them",
		"p.yaml:7: posting 2: location.remote_days goes with location.remote: hybrid (it is not set); set remote to hybrid or drop remote_days",
		"",
	}
	for i, j := range js {
		got := ""
		if j.Err != nil {
			at := j.At
			at.File = filepath.Base(at.File)
			got = at.String() + ": " + j.Err.Error()
		}
		if got != want[i] {
			t.Errorf("posting %d: %q, want %q", i+1, got, want[i])
		}
	}
}

// checked keeps what a run hands its Checker.
type checked struct {
	mu   sync.Mutex
	jobs []Job
	errs map[int]string
}

func (c *checked) Check(j Job, _ *posting.Posting, _ []byte, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.jobs = append(c.jobs, j)
	if err != nil {
		c.errs[j.Seq] = err.Error()
	}
}

// TestWorkersDecodeAsTheReaderDid: the runner's reader only cuts a batch
// file into postings and its workers decode them; each posting is what
// reading the file alone gives (its values, and a bad value's error at
// its cell or line), whatever the order the workers finish in.
func TestWorkersDecodeAsTheReaderDid(t *testing.T) {
	for name, content := range map[string]string{
		"b.csv": "role,name,salary.min,location.remote,location.remote_days\n" +
			"webmaster,a,38000,,\nwebmaster,b,lots,,\ncommunity-manager,c,,hybrid,9\nwebmaster,d,40000,hybrid,2\n" +
			"webmaster,e,1,2\n",
		"b.yaml": "defaults:\n  lang: en\npostings:\n  - role: webmaster\n    name: a\n" +
			"  - role: webmaster\n    name: b\n    salary:\n      min: -3\n" +
			"  - role: community-manager\n    name: c\n    location: {remote: hybrid, remote_days: 9}\n" +
			"  - role: webmaster\n    name: d\n",
	} {
		t.Run(name, func(t *testing.T) {
			path := write(t, name, content)
			want, err := readAll(t, path)
			if err != nil {
				t.Fatal(err)
			}
			src, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			ck := &checked{errs: map[int]string{}}
			r := runner(t, t.TempDir())
			r.Check, r.Workers, r.Today = ck, 2, "2026-11-20"
			s, err := r.Run(context.Background(), src)
			if err != nil {
				t.Fatal(err)
			}
			slices.SortFunc(ck.jobs, func(a, b Job) int { return a.Seq - b.Seq })
			if len(ck.jobs) != len(want) || s.Postings != len(want) {
				t.Fatalf("%d postings checked, %d counted, want %d", len(ck.jobs), s.Postings, len(want))
			}
			bad := 0
			for i, j := range ck.jobs {
				w := want[i]
				if w.Err == nil && w.Values.Posted == "" {
					w.Values.Posted = r.Today // as a checked posting is dated
				}
				if j.Seq != w.Seq || j.Name != w.Name || j.At != w.At || !reflect.DeepEqual(j.Values, w.Values) || fmt.Sprint(j.Err) != fmt.Sprint(w.Err) {
					t.Errorf("posting %d: %+v\nwant %+v", i+1, j, w)
				}
				if w.Err != nil {
					bad++
					if got := ck.errs[j.Seq]; got != w.Err.Error() {
						t.Errorf("posting %d: checked with %q, want %q", i+1, got, w.Err)
					}
				}
			}
			if bad < 2 || len(s.Errors) != bad {
				t.Errorf("%d bad postings, %d errors: %v", bad, len(s.Errors), s.Errors)
			}
		})
	}
}

// With Keys, a posting's other values are neither read nor checked, in
// both formats, and the kept ones are merged with the file's defaults as
// a full read merges them.
func TestKeysReadOnlyThoseValues(t *testing.T) {
	files := map[string]string{
		"p.csv":  "role,name,lang,reference,salary.min,salary.period\nwebmaster,a,fr,R-1,lots,year\nwebmaster,b,,R-2,40000,fortnight\n",
		"p.yaml": "defaults:\n  lang: en\npostings:\n  - {role: webmaster, name: a, lang: fr, reference: R-1, salary: {period: fortnight}}\n  - {role: webmaster, name: b, reference: R-2, salary: {min: 40000}}\n",
	}
	for name, content := range files {
		path := write(t, name, content)
		src, err := Open(path, Options{Keys: []string{"lang", "reference"}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for {
			j, err := src.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			if j.Err != nil {
				t.Errorf("%s: %s: %v, though salary is not read", name, j.Name, j.Err)
			}
			if s := j.Values.Salary; s.Min != 0 || s.Period != "" {
				t.Errorf("%s: %s: salary %+v read", name, j.Name, s)
			}
			got = append(got, j.Name+" "+j.Values.Lang+" "+j.Values.Reference)
		}
		want := []string{"a fr R-1", "b  R-2"}
		if strings.HasSuffix(name, ".yaml") {
			want[1] = "b en R-2"
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: got %q, want %q", name, got, want)
		}
		// Read in full, the bad values are refused.
		js, err := readAll(t, path)
		if err != nil || len(js) != 2 || js[0].Err == nil || strings.HasSuffix(name, ".csv") && js[1].Err == nil {
			t.Errorf("%s: read in full, the bad salary is not refused: %v", name, err)
		}
	}
}
