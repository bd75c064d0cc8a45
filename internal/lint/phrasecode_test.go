package lint

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"
)

// data/phrases.tsv edited without `go generate` fails here (a run would
// still be right, only slower).
func TestPhrasesSnapshotIsCurrent(t *testing.T) {
	want, err := PhrasesSnapshotSource()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("phrases_snapshot.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("internal/lint/phrases_snapshot.go is out of date: run go generate ./internal/lint")
	}
}

// The snapshot gives each phrase the programs compiling gives it, the
// first bytes and the shared class of letters included.
func TestPhrasesSnapshotEqualsTheCompile(t *testing.T) {
	progs, ok := phrasesSnapshot().Take([]byte(phrasesTSV))
	if !ok {
		t.Fatal("the snapshot is not of data/phrases.tsv")
	}
	compiled, err := parsePhrases(phrasesTSV, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) != len(compiled.all) {
		t.Fatalf("%d programs for %d phrases", len(progs), len(compiled.all))
	}
	for i := range compiled.all {
		want, err := compiled.all[i].rx()
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodePhrase(progs[i][0])
		if err != nil {
			t.Fatalf("phrase %q: %v", clip(compiled.all[i].pattern, 40), err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("phrase %q: the snapshot's programs differ from the compiled ones", clip(compiled.all[i].pattern, 40))
		}
	}
}

// A phrases file that is not the snapshot's bytes has its patterns
// compiled; a program that does not decode is compiled.
func TestPhrasesSnapshotStale(t *testing.T) {
	progs, _ := phrasesSnapshot().Take([]byte(phrasesTSV))
	first, err := parsePhrases(phrasesTSV, nil)
	if err != nil {
		t.Fatal(err)
	}
	old := first.all[0].pattern
	edited := strings.Replace(phrasesTSV, "\t"+old+"\t", "\tzzz "+old+"\t", 1)
	for tsv, want := range map[string]int{phrasesTSV: -1, edited: len("zzz moins de 30 ans")} {
		ps, err := phrasesOf(tsv, phrasesSnapshot())
		if err != nil {
			t.Fatal(err)
		}
		rx, err := ps.all[0].rx()
		if err != nil {
			t.Fatal(err)
		}
		if got := rx.anchored.matchAt("zzz moins de 30 ans"); got != want {
			t.Errorf("edited %v: the first pattern matches up to %d, want %d", tsv != phrasesTSV, got, want)
		}
	}
	broken := append([][]string{{"!"}}, progs[1:]...)
	ps, err := parsePhrases(phrasesTSV, broken)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ps.all[0].rx()
	want, _ := first.all[0].rx()
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("a program that does not decode: %v", err)
	}
}

// Every match of a pattern holds each literal needed gives: a literal
// under an alternation or an optional part is not needed.
func TestNeeded(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`wear\p{L}* (?:many|several) hats`, "hats; many several; wear"},
		{`(?:de |d'un )?moins de \d{2} ans`, "ans; de; moins"},
		{`rock ?stars?|killer`, "killer rock"},
		{`rock ?stars?|killer|\d+ years`, "killer rock years"},
		{`rock ?stars?|(?:killer)?`, ""},
		{`(?:no|without) (?:history of )?back`, "back; no without"},
		{`(?:very )+old`, "old; very"},
		{`(?:very ){0,2}old`, "old"},
		{`(?i)hello world`, ""},
	} {
		re, err := parsePattern(expr(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		var clauses []string
		for _, c := range needed(re) {
			clauses = append(clauses, strings.Join(c, " "))
		}
		if got := strings.Join(clauses, "; "); got != tc.want {
			t.Errorf("needed(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}
