package messages

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// forms are the texts of a message, by plural form name.
func forms(m *i18n.Message) map[string]string {
	f := map[string]string{}
	for name, s := range map[string]string{"zero": m.Zero, "one": m.One, "two": m.Two, "few": m.Few, "many": m.Many, "other": m.Other} {
		if s != "" {
			f[name] = s
		}
	}
	return f
}

var verbRe = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// verbs are a text's formatting verbs, sorted, without their argument
// indexes: a translation may reorder arguments, not change them.
func verbsOf(s string) []string {
	var vs []string
	for _, v := range verbRe.FindAllString(s, -1) {
		vs = append(vs, regexp.MustCompile(`\[\d+\]`).ReplaceAllString(v, ""))
	}
	slices.Sort(vs)
	return vs
}

// TestCataloguesMatch fails on a message that one language has and the
// other lacks, on plural forms that differ, and on a translation whose
// formatting verbs are not the original's.
func TestCataloguesMatch(t *testing.T) {
	en, err := Catalogue("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range Languages()[1:] {
		other, err := Catalogue(lang)
		if err != nil {
			t.Fatal(err)
		}
		for id, m := range en {
			o, ok := other[id]
			if !ok {
				t.Errorf("%s: %q is in en.yaml, not in %s.yaml", lang, id, lang)
				continue
			}
			ef, of := forms(m), forms(o)
			if (len(ef) > 1) != (len(of) > 1) {
				t.Errorf("%s: %q has plural forms in one catalogue only", lang, id)
			}
			if !slices.Equal(verbsOf(ef["other"]), verbsOf(of["other"])) {
				t.Errorf("%s: %q formats %v, en.yaml %v", lang, id, verbsOf(of["other"]), verbsOf(ef["other"]))
			}
		}
		for id := range other {
			if _, ok := en[id]; !ok {
				t.Errorf("%s: %q is in %s.yaml, not in en.yaml", lang, id, lang)
			}
		}
	}
}

var idPattern = regexp.MustCompile(`^[a-z0-9_-]+(\.[a-z0-9_-]+)+$`)

// usedIDs are the constant message ids the module's Go code passes to a
// Localizer's T, N or Err, with where each is used.
func usedIDs(t *testing.T, root string) map[string]string {
	t.Helper()
	ids := map[string]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && path != root) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || !slices.Contains([]string{"T", "N", "Err"}, sel.Sel.Name) {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			id, err := strconv.Unquote(lit.Value)
			if err == nil && idPattern.MatchString(id) {
				ids[id] = fset.Position(lit.Pos()).String()
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

// TestUsedIDsExist fails on a message id the code shows that no
// catalogue has.
func TestUsedIDsExist(t *testing.T) {
	ids := usedIDs(t, "../..")
	if len(ids) < 10 {
		t.Fatalf("found %d message ids in the code; the scan is broken", len(ids))
	}
	en, err := Catalogue("en")
	if err != nil {
		t.Fatal(err)
	}
	for id, at := range ids {
		if _, ok := en[id]; !ok {
			t.Errorf("%s: message %q is not in catalog/en.yaml", at, id)
		}
	}
}

func TestPlural(t *testing.T) {
	for _, tc := range []struct {
		lang string
		n    int
		want string
	}{
		{"en", 1, "1 posting"},
		{"en", 2, "2 postings"},
		{"en", 0, "0 postings"},
		{"fr", 0, "0 annonce"},
		{"fr", 1, "1 annonce"},
		{"fr", 2, "2 annonces"},
	} {
		if got := New(tc.lang).N("postings.count", tc.n, tc.n); got != tc.want {
			t.Errorf("%s %d: got %q, want %q", tc.lang, tc.n, got, tc.want)
		}
	}
}

func TestFrench(t *testing.T) {
	for in, want := range map[string]string{
		"clé inconnue : %s":             "clé inconnue\u00a0: %s",
		"%s:%d:%d: clé inconnue":        "%s:%d:%d: clé inconnue",
		"vouliez-vous dire %q ?":        "vouliez-vous dire %q\u00a0?",
		"a ; b ! https://x.fr:8080/a?b": "a\u00a0; b\u00a0! https://x.fr:8080/a?b",
		"déjà\u00a0: rien à faire":      "déjà\u00a0: rien à faire",
	} {
		if got := French(in); got != want {
			t.Errorf("French(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFrenchCatalogueTypography checks the French catalogue as loaded:
// no plain space before high punctuation.
func TestFrenchCatalogueTypography(t *testing.T) {
	fr, err := Catalogue("fr")
	if err != nil {
		t.Fatal(err)
	}
	for id, m := range fr {
		for _, s := range forms(m) {
			if regexp.MustCompile(` [:;?!]`).MatchString(s) {
				t.Errorf("%s: plain space before punctuation in %q", id, s)
			}
		}
	}
}

func TestChoose(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{nil, "en"},
		{[]string{"", "", "fr_FR.UTF-8"}, "fr"},
		{[]string{"en", "fr", "fr_FR.UTF-8"}, "en"},
		{[]string{"de", "", "fr_CA.UTF-8"}, "fr"},
		{[]string{"", "", "C"}, "en"},
		{[]string{"", "", "POSIX"}, "en"},
		{[]string{"FR"}, "fr"},
		{[]string{"fr-BE"}, "fr"},
		{[]string{"de_DE@euro"}, "en"},
	} {
		if got := Choose(tc.in...); got != tc.want {
			t.Errorf("Choose(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFallback(t *testing.T) {
	if got := New("de").Lang(); got != "en" {
		t.Errorf("New(de).Lang() = %q, want en", got)
	}
	if got := New("fr").T("no.such.id"); got != "no.such.id" {
		t.Errorf("unknown id gives %q, want the id", got)
	}
}
