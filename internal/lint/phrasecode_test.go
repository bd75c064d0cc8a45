package lint

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// data/phrases.tsv or conceptlist.go edited without `go generate` fails
// here (a run would still be right, only slower or with the old concepts).
func TestSnapshotsAreCurrent(t *testing.T) {
	for file, source := range map[string]func() ([]byte, error){
		"phrases_snapshot.go":  PhrasesSnapshotSource,
		"concepts_snapshot.go": ConceptsSnapshotSource,
	} {
		want, err := source()
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("internal/lint/%s is out of date: run go generate ./internal/lint", file)
		}
	}
}

// The snapshot is the parse of data/phrases.tsv: the same phrases and
// key indexes, and each phrase's programs those compiling gives it, the
// first bytes and the shared class of letters included.
func TestPhrasesSnapshotEqualsTheParse(t *testing.T) {
	snap, ok := phrasesSnapshot().Take([]byte(phrasesTSV))
	if !ok {
		t.Fatal("the snapshot is not of data/phrases.tsv")
	}
	parsed, err := parsePhrases(phrasesTSV, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(snap.keys, parsed.keys) {
		t.Error("the snapshot's key indexes differ from the parse's")
	}
	if snap.rules != parsed.rules || !reflect.DeepEqual(snap.ruleNames, parsed.ruleNames) {
		t.Error("the snapshot's rules of the phrases differ from the parse's")
	}
	if snap.n != parsed.n {
		t.Fatalf("%d phrases in the snapshot, %d in the file", snap.n, parsed.n)
	}
	for i := range parsed.n {
		want, err := parsed.at(i).patterns()
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodePhrase(snap.at(i).prog)
		if err != nil {
			t.Fatalf("phrase %q: %v", clip(parsed.at(i).pattern, 40), err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("phrase %q: the snapshot's programs differ from the compiled ones", clip(parsed.at(i).pattern, 40))
		}
		s, p := snap.at(i).phrase, parsed.at(i).phrase
		s.prog, s.needs, p.keys = "", "", nil
		if !reflect.DeepEqual(s, p) {
			t.Errorf("phrase %q: the snapshot's phrase differs from the file's:\n%+v\n%+v", clip(p.pattern, 40), s, p)
		}
	}
}

// A phrases file that is not the snapshot's size is parsed and its
// patterns compiled; a program that does not decode is compiled.
func TestPhrasesSnapshotStale(t *testing.T) {
	snap, _ := phrasesSnapshot().Take([]byte(phrasesTSV))
	first, err := parsePhrases(phrasesTSV, nil)
	if err != nil {
		t.Fatal(err)
	}
	old := first.at(0).pattern
	edited := strings.Replace(phrasesTSV, "\t"+old+"\t", "\tzzz "+old+"\t", 1)
	for tsv, want := range map[string]int{phrasesTSV: -1, edited: len("zzz moins de 30 ans")} {
		ps, err := phrasesOf(tsv, phrasesSnapshot())
		if err != nil {
			t.Fatal(err)
		}
		rx, err := ps.at(0).patterns()
		if err != nil {
			t.Fatal(err)
		}
		if got := rx.anchored.matchAt("zzz moins de 30 ans"); got != want {
			t.Errorf("edited %v: the first pattern matches up to %d, want %d", tsv != phrasesTSV, got, want)
		}
	}
	progs := []string{"!"}
	for i := 1; i < snap.n; i++ {
		progs = append(progs, snap.at(i).prog)
	}
	ps, err := parsePhrases(phrasesTSV, progs)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ps.at(0).patterns()
	want, _ := first.at(0).patterns()
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("a program that does not decode: %v", err)
	}
}

// The phrases a run takes from the snapshot are made once, whichever
// goroutines ask for them first.
func TestPhrasesSnapshotMadeOnce(t *testing.T) {
	snap, ok := phrasesSnapshot().Take([]byte(phrasesTSV))
	if !ok {
		t.Fatal("the snapshot is not of data/phrases.tsv")
	}
	got := make([]*madePhrase, 8)
	var wg sync.WaitGroup
	for g := range got {
		wg.Go(func() { got[g] = snap.at(snap.n - 1) })
	}
	wg.Wait()
	for _, m := range got {
		if m != got[0] {
			t.Fatal("one phrase made twice")
		}
	}
	if p := snap.at(0); p.rule == "" || p.pattern == "" || p.line == 0 {
		t.Errorf("the first phrase is %+v", p.phrase)
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
