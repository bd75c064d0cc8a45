package lint

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

var update = flag.Bool("update", false, "rewrite the golden reports in testdata")

// base stands for the folder a CI run works in; the postings are read from
// testdata but reported under it, so the goldens do not depend on the machine.
const base = "/srv/repo"

func sampleReport(t *testing.T) Report {
	t.Helper()
	l, err := New(Config{PayTransparency: []string{"eu-2023-970"}})
	if err != nil {
		t.Fatal(err)
	}
	var rep Report
	for _, s := range []struct {
		file, lang, country string
	}{{"offre.md", "fr", "FR"}, {"posting.html", "en", "GB"}, {"posting.txt", "en", ""}} {
		src, err := os.ReadFile(filepath.Join("testdata", s.file))
		if err != nil {
			t.Fatal(err)
		}
		f, err := FormatOf(s.file)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(filepath.Join(base, "postings", s.file), s.lang, f, src)
		if err != nil {
			t.Fatal(err)
		}
		d.Country = s.country
		rep.Results = append(rep.Results, l.Lint(d))
	}
	rep.Rules, rep.Base, rep.Version = l.Rules(), base, "1.0.0"
	return rep
}

func TestGoldenReports(t *testing.T) {
	rep := sampleReport(t)
	for _, format := range []string{FormatText, FormatJSON, FormatGitHub, FormatSARIF} {
		var buf bytes.Buffer
		if err := rep.Write(&buf, format); err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", "report."+format)
		if *update {
			if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./internal/lint -update to write it)", err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s report differs from %s; if the change is meant, run go test ./internal/lint -update and review the diff\n%s", format, golden, buf.String())
		}
	}
}

func TestSARIFValidatesAgainstTheSchema(t *testing.T) {
	var buf bytes.Buffer
	if err := sampleReport(t).WriteSARIF(&buf); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	schemaDoc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	if err := c.AddResource(url, schemaDoc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Errorf("the SARIF log is not valid SARIF 2.1.0: %v", err)
	}
	// The schema check itself must catch a broken log.
	broken, _ := jsonschema.UnmarshalJSON(strings.NewReader(`{"version": "2.1.0", "runs": [{"results": []}]}`))
	if schema.Validate(broken) == nil {
		t.Error("the schema accepts a run without a tool")
	}
}

func TestSARIFPathsAreRelative(t *testing.T) {
	var buf bytes.Buffer
	if err := sampleReport(t).WriteSARIF(&buf); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), base) || !strings.Contains(buf.String(), `"uri": "postings/offre.md"`) {
		t.Error("SARIF artifact paths are not relative to the base folder")
	}
	for _, c := range []struct{ base, path, want string }{
		{"/a", "/a/b/c.md", "b/c.md"}, {"/a", "/elsewhere/c.md", "/elsewhere/c.md"}, {"", "x/y.md", "x/y.md"}, {"/a", "rel.md", "rel.md"},
	} {
		if got := relative(c.base, c.path); got != c.want {
			t.Errorf("relative(%q, %q) = %q, want %q", c.base, c.path, got, c.want)
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	rep := Report{Results: []Result{{Findings: []Finding{{Rule: "cliche", Severity: Info, File: "a,b:c%.md", Line: 2, Col: 3,
		Message: "100% \"ninja\"\r\nnext: line, and more"}}}}}
	var buf bytes.Buffer
	if err := rep.WriteGitHub(&buf); err != nil {
		t.Fatal(err)
	}
	want := "::notice file=a%2Cb%3Ac%25.md,line=2,col=3,title=cliche::100%25 \"ninja\"%0D%0Anext: line, and more\n"
	if buf.String() != want {
		t.Errorf("got  %q\nwant %q", buf.String(), want)
	}
}

// A file name or a message with escape sequences, C1 controls or line
// breaks reaches neither the terminal nor the runner's log as such, and
// cannot forge a line of the report.
func TestReportsEscapeControls(t *testing.T) {
	rep := Report{Results: []Result{{Findings: []Finding{{Rule: "cliche", Severity: Error, File: "r/\x1b]2;pwned\a.md\nfake.md:1:1: error x", Line: 2, Col: 3,
		Message: "say \u009b2J \x1b[2J"}}}}}
	for _, tt := range []struct{ format, want string }{
		{FormatText, `r/\x1b]2;pwned\a.md\nfake.md:1:1: error x:2:3: error cliche: say \u009b2J \x1b[2J` + "\n"},
		{FormatGitHub, `::error file=r/\x1b]2;pwned\a.md%0Afake.md%3A1%3A1%3A error x,line=2,col=3,title=cliche::say \u009b2J \x1b[2J` + "\n"},
	} {
		var buf bytes.Buffer
		if err := rep.Write(&buf, tt.format); err != nil {
			t.Fatal(err)
		}
		// The text report's first line is the finding; its summary follows.
		if got, _, _ := strings.Cut(buf.String(), "\n"); got+"\n" != tt.want {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.format, buf.String(), tt.want)
		}
		if strings.ContainsAny(buf.String(), "\x1b\x07\u009b") {
			t.Errorf("%s: a control character reached the report: %q", tt.format, buf.String())
		}
	}
}

func TestTextAndJSONWithNoFinding(t *testing.T) {
	var buf bytes.Buffer
	// A clean run still says what ran.
	if err := (Report{}).WriteText(&buf); err != nil || buf.String() != "summary: 0 postings checked; 0 errors, 0 warnings, 0 info\n" {
		t.Errorf("text report of nothing: %q, %v", buf.String(), err)
	}
	if err := (Report{}).WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"findings": []`) || !strings.Contains(buf.String(), `"documents": []`) {
		t.Errorf("JSON report of nothing: %s", buf.String())
	}
	if err := (Report{}).Write(&buf, "xml"); err == nil || !strings.Contains(err.Error(), "use text, json, sarif or github") {
		t.Errorf("unknown format: %v", err)
	}
}
