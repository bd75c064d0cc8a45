package lint

import (
	"regexp/syntax"
	"slices"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/finding"
)

func TestPositions(t *testing.T) {
	cases := []struct {
		name   string
		format Format
		src    string
		word   string // the finding's quote
		line   int
		col    int
	}{
		{"markdown emphasis and list", Markdown, "# Titre\n\nNous cherchons :\n\n- un **ninja** du code\n", "ninja", 5, 8},
		{"markdown link text", Markdown, "Voir [notre gourou](https://x.fr) demain\n", "gourou", 1, 13},
		{"markdown after accents", Markdown, "Équipe énergique, été : ninja\n", "ninja", 1, 25},
		{"plain text bullet", Text, "Offre\n\n• Profil ninja\n", "ninja", 3, 10},
		{"html entities and tags", HTML, "<p>D&eacute;j&agrave; <b>un</b>\n  <i>ninja</i></p>", "ninja", 2, 6},
		{"html skips scripts", HTML, "<script>var ninja = 1;</script>\n<p>Un gourou.</p>", "gourou", 2, 7},
		{"crlf line ends", Text, "Offre\r\n\r\nUn ninja.\r\n", "ninja", 3, 4},
	}
	l, _ := New(Config{})
	for _, c := range cases {
		d, err := Parse("p", "fr", c.format, []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range l.Lint(d).Findings {
			if f.Rule == "cliche" && strings.Contains(f.Message, c.word) {
				found = true
				if f.Line != c.line || f.Col != c.col {
					t.Errorf("%s: %q at %d:%d, want %d:%d", c.name, c.word, f.Line, f.Col, c.line, c.col)
				}
			}
		}
		if !found {
			t.Errorf("%s: no finding for %q", c.name, c.word)
		}
	}
}

func TestHTMLStructure(t *testing.T) {
	d, err := Parse("p.html", "en", HTML, []byte(completeHTML))
	if err != nil {
		t.Fatal(err)
	}
	if d.title != "Community manager" || len(d.headings) != 5 || len(d.items) != 3 || len(d.links) != 1 {
		t.Errorf("title %q, %d headings, %d items, %d links", d.title, len(d.headings), len(d.items), len(d.links))
	}
	if strings.Contains(d.text, "<") || strings.Contains(d.text, "doctype") {
		t.Errorf("markup left in the text: %q", d.text)
	}
}

func TestBadInput(t *testing.T) {
	if _, err := Parse("x.md", "de", Markdown, []byte("x")); err == nil || !strings.Contains(err.Error(), "use fr or en") {
		t.Errorf("unknown language: %v", err)
	}
	if _, err := Parse("x.md", "fr", Markdown, []byte("caf\xe9")); err == nil || !strings.Contains(err.Error(), "x.md: not UTF-8") {
		t.Errorf("Latin-1 input: %v", err)
	}
	if _, err := FormatOf("offer.docx"); err == nil || !strings.Contains(err.Error(), `".docx"`) {
		t.Errorf("unknown extension: %v", err)
	}
	for name, want := range map[string]Format{"a.MD": Markdown, "b.markdown": Markdown, "c.txt": Text, "d.htm": HTML, "e.html": HTML} {
		if got, err := FormatOf(name); err != nil || got != want {
			t.Errorf("FormatOf(%q) = %v, %v", name, got, err)
		}
	}
	// Empty, markup-only and byte-order-marked documents lint without a panic.
	l, _ := New(Config{})
	for _, src := range []string{"", "\ufeff# Titre\n", "<html></html>", "```\ncode\n```", "# \n\n#\n", "[](", "<a href=x>"} {
		for _, f := range []Format{Text, Markdown, HTML} {
			d, err := Parse("x", "fr", f, []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			l.Lint(d)
		}
	}
}

// A hostile posting cannot put control characters into a report line.
func TestMessagesDropControlCharacters(t *testing.T) {
	l, _ := New(Config{})
	d, _ := Parse("x.html", "fr", HTML, []byte("<h1>Chargé&#27;[2J de com</h1><p>Un ninja&#7;.</p>"))
	for _, f := range l.Lint(d).Findings {
		if strings.ContainsAny(f.Message+f.Suggestion, "\x1b\x07") {
			t.Errorf("control character in %q", f.Message)
		}
	}
}

func TestConfig(t *testing.T) {
	for _, c := range []struct {
		cfg  Config
		want string
	}{
		{Config{Rules: map[string]string{"pay-rang": "error"}}, `unknown lint rule "pay-rang"; did you mean "pay-range"?`},
		{Config{Rules: map[string]string{"zzz-nothing-like": "off"}}, `unknown lint rule "zzz-nothing-like"; use one of age-limit, applicant-fee, batch`},
		{Config{Rules: map[string]string{"cliche": "fatal"}}, `lint rule "cliche": unknown level "fatal"; use error, warning, info or off`},
		{Config{PayTransparency: []string{"us-ny"}}, `unknown pay-transparency profile "us-ny"; use eu-2023-970 or fr-draft-2026`},
		{Config{MaxWords: -1}, "lint max words is -1"},
		{Config{MinWords: 800}, "lint min words (800) is above max words (700)"},
	} {
		if _, err := New(c.cfg); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: %v, want %q", c.cfg, err, c.want)
		}
	}
	l, err := New(Config{Rules: map[string]string{"cliche": "off", "length": "error"}, PayTransparency: []string{"eu-2023-970", "eu-2023-970"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range l.Rules() {
		if r.ID == "cliche" {
			t.Error("a rule set off still runs")
		}
		if r.ID == "length" && r.Severity != Error {
			t.Errorf("length reports at %s, want error", r.Severity)
		}
	}
	if len(l.profiles) != 1 {
		t.Errorf("a profile named twice applies %d times", len(l.profiles))
	}
}

// TestRenamedRules: the ids that named France for rules of every
// jurisdiction are still read, in the configuration and in ignore lists,
// each with a warning that names the new id.
func TestRenamedRules(t *testing.T) {
	for _, c := range []struct {
		rules   map[string]string
		off     string // the rule the configuration turns off
		level   string // the level it sets, else
		renamed int
	}{
		{map[string]string{"fr-discrimination": "off"}, "discrimination", "", 1},
		{map[string]string{"fr-age-limit": "warning"}, "", "age-limit", 1},
		{map[string]string{"fr-applicant-fee": "info", "fr-forbidden-request": "off"}, "forbidden-request", "applicant-fee", 2},
		{map[string]string{"discrimination": "off"}, "discrimination", "", 0},
		// Both ids: the current one decides, the former still warns.
		{map[string]string{"discrimination": "warning", "fr-discrimination": "off"}, "", "discrimination", 1},
	} {
		l, err := New(Config{Rules: c.rules})
		if err != nil {
			t.Fatalf("%v: %v", c.rules, err)
		}
		for _, r := range l.Rules() {
			if r.ID == c.off {
				t.Errorf("%v: %s still runs", c.rules, r.ID)
			}
			if r.ID == c.level && r.Severity == Error {
				t.Errorf("%v: %s keeps its default level", c.rules, r.ID)
			}
		}
		deps := l.Deprecations(func(key string) finding.Location { return finding.Location{File: "jobdesc.yaml", Line: 3, Col: 5} })
		if len(deps) != c.renamed {
			t.Errorf("%v: %d deprecation warnings, want %d", c.rules, len(deps), c.renamed)
		}
		for _, d := range deps {
			if d.Severity != Warning || d.Rule != "values" || d.File != "jobdesc.yaml" || d.Line != 3 ||
				!strings.Contains(d.Message, "by its former id; write \"") || strings.Contains(d.Message, "\n") {
				t.Errorf("%v: deprecation %+v", c.rules, d)
			}
		}
	}
	// An ignore list naming a former id silences the rule.
	for _, ig := range [][]string{{"fr-discrimination"}, {"discrimination"}, {"cliche"}} {
		d, err := Parse("p.md", "en", Markdown, []byte("# Waiter\n\nMale candidates only.\n"))
		if err != nil {
			t.Fatal(err)
		}
		d.Ignore = ig
		l, _ := New(Config{})
		got := slices.ContainsFunc(l.Lint(d).Findings, func(f Finding) bool { return f.Rule == "discrimination" })
		if want := ig[0] == "cliche"; got != want {
			t.Errorf("ignore %v: discrimination reported %v, want %v", ig, got, want)
		}
	}
	if RenamedTo("fr-language") != "" || RenamedTo("fr-discrimination") != "discrimination" {
		t.Error("fr-language is French law only and keeps its id")
	}
	// The title rule runs on English titles too: its former id still
	// silences it.
	d, err := Parse("p.md", "en", Markdown, []byte("# Barmaid\n\nPour pints.\n"))
	if err != nil {
		t.Fatal(err)
	}
	d.Ignore = []string{"fr-inclusive-title"}
	l, _ := New(Config{})
	if slices.ContainsFunc(l.Lint(d).Findings, func(f Finding) bool { return f.Rule == "inclusive-title" }) {
		t.Error("ignore fr-inclusive-title: inclusive-title still reported")
	}
	if RenamedTo("fr-inclusive-title") != "inclusive-title" {
		t.Error("fr-inclusive-title is not read as inclusive-title")
	}
}

func TestRegistry(t *testing.T) {
	rs := Rules()
	if len(rs) != 28 {
		t.Errorf("%d rules", len(rs))
	}
	for i, r := range rs {
		if i > 0 && rs[i-1].ID >= r.ID {
			t.Errorf("rules out of order at %s", r.ID)
		}
		if r.Severity == 0 || r.Summary == "" || len(r.Help) < 60 {
			t.Errorf("rule %s lacks a level, a summary, a help text or a check", r.ID)
		}
		if strings.HasPrefix(r.ID, "fr-") && r.ID != "fr-masculine-candidate" && !strings.Contains(r.Help, "Code du travail L") {
			t.Errorf("rule %s does not quote the article it applies", r.ID)
		}
	}
	rs[0].ID = "changed"
	if Rules()[0].ID == "changed" {
		t.Error("Rules hands out the registry itself")
	}
}

func TestFailOn(t *testing.T) {
	fs := []Finding{{Severity: Info}, {Severity: Warning}}
	for _, c := range []struct {
		level string
		fails bool
	}{{"error", false}, {"warning", true}, {"info", true}, {"never", false}} {
		f, err := ParseFailOn(c.level)
		if err != nil {
			t.Fatal(err)
		}
		if f.Fails(fs) != c.fails {
			t.Errorf("--fail-on %s: fails %v, want %v", c.level, !c.fails, c.fails)
		}
	}
	if f, _ := ParseFailOn("info"); f.Fails(nil) {
		t.Error("no finding fails")
	}
	if _, err := ParseFailOn("warn"); err == nil || !strings.Contains(err.Error(), "use error, warning, info or never") {
		t.Errorf("bad level: %v", err)
	}
}

func TestDataFiles(t *testing.T) {
	ps, err := parsePhrases(phrasesTSV, nil)
	if err != nil {
		t.Fatal(err)
	}
	rules := map[string]bool{}
	for _, r := range Rules() {
		rules[r.ID] = true
	}
	for i := range ps.n {
		p := ps.at(i)
		if !rules[p.rule] || (p.lang != "fr" && p.lang != "en") || p.what == "" {
			t.Errorf("phrase %q: rule %q, lang %q, what %q", p.pattern, p.rule, p.lang, p.what)
		}
		if _, err := p.patterns(); err != nil {
			t.Error(err)
		}
		// Past 500 instructions the regexp package drops its backtracker
		// for the NFA, several times slower on the short windows lint
		// tries: split such a pattern in two lines.
		re, err := syntax.Parse(`^(?:`+expr(p.pattern)+`)`, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if prog, err := syntax.Compile(re.Simplify()); err != nil || len(prog.Inst) > 500 {
			t.Errorf("phrase %q: more than 500 instructions (%v)", clip(p.pattern, 40), err)
		}
	}
	if _, err := parsePhrases("cliche\ten\tcliche\tab\tab\t-\t-\tx\t-\n", nil); err == nil {
		t.Error("a key shorter than the index prefix is accepted")
	}
	bad, err := parsePhrases("cliche\ten\tcliche\tabc\t(\t-\t-\tx\t-\n", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bad.at(0).patterns(); err == nil || !strings.HasPrefix(err.Error(), "data/phrases.tsv:1:") {
		t.Errorf("bad pattern: %v", err)
	}
	for word, n := range frTitles() {
		if n.inclusive == "" || !strings.Contains(n.inclusive, "·") && !strings.Contains(n.inclusive, " ou ") || (word != n.masculine && word != n.feminine) {
			t.Errorf("fr-titles.tsv: %q has entry %+v", word, n)
		}
	}
}
