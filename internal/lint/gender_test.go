package lint

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// The cases of gender-decoder's own tests.py, which our splitting and
// scoring must reproduce.
func TestGenderDecoderCases(t *testing.T) {
	cases := []struct {
		text   string
		masc   []string
		fem    []string
		coding string
	}{
		{"Ambition:competition–decisiveness, empathy&kindness", []string{"ambition", "competition", "decisiveness"}, []string{"empathy", "kindness"}, "masculine-coded"},
		{"empathy&kindness", nil, []string{"empathy", "kindness"}, "feminine-coded"},
		{"empathy irrelevant words kindness", nil, []string{"empathy", "kindness"}, "feminine-coded"},
		{"irrelevant words", nil, nil, "empty"},
		{"sharing versus aggression", []string{"aggression"}, []string{"sharing"}, "neutral"},
		{"Ambition:competition–decisiveness, other words", []string{"ambition", "competition", "decisiveness"}, nil, "masculine-coded"},
		{"Ambition:competition–decisiveness&leadership, other words", []string{"ambition", "competition", "decisiveness", "leadership"}, nil, "strongly masculine-coded"},
		{"Ambition:competition–decisiveness&leadership, decisiveness, stubborness, sharing and empathy",
			[]string{"ambition", "competition", "decisiveness", "leadership", "decisiveness", "stubborness"}, []string{"sharing", "empathy"}, "strongly masculine-coded"},
		{"Ambition:competition, empathy&kindness, co-operation", []string{"ambition", "competition"}, []string{"empathy", "kindness", "co-operation"}, "feminine-coded"},
		{"empathy&kindness, co-operation, trust and other words", nil, []string{"empathy", "kindness", "co-operation", "trust"}, "strongly feminine-coded"},
		{"Ambition:competition, empathy&kindness and responsibility, co-operation, honesty, trust and other words",
			[]string{"ambition", "competition"}, []string{"empathy", "kindness", "responsibility", "co-operation", "honesty", "trust"}, "strongly feminine-coded"},
		{"Sharing: ambition\tkindness&empathy(never more than frou) Who is Connect@HBS? leader-supporter-follower aggresive/responsible;understand? connect",
			[]string{"ambition", "leader"}, []string{"sharing", "kindness", "empathy", "connect", "supporter", "responsible", "understand", "connect"}, "strongly feminine-coded"},
		// Splitting: quotes, brackets, slashes, ampersands, dashes.
		{"“Lead” ‘Developer’ v good! Sharing/ambitious Sharing—ambitious [leader] <leader> (leader)", []string{"lead", "ambitious", "ambitious", "leader", "leader", "leader"}, []string{"sharing", "sharing"}, "strongly masculine-coded"},
		// The project's false positive, and ours.
		{"SharePoint and Google Analytics", nil, nil, "empty"},
	}
	for _, c := range cases {
		rep := GenderDecode(c.text)
		if !slices.Equal(rep.MasculineCodedWords, orEmpty(c.masc)) || !slices.Equal(rep.FeminineCodedWords, orEmpty(c.fem)) || rep.Coding != c.coding {
			t.Errorf("%q: got %v / %v %q, want %v / %v %q", c.text, rep.MasculineCodedWords, rep.FeminineCodedWords, rep.Coding, c.masc, c.fem, c.coding)
		}
		if rep.MasculineWordCount != len(c.masc) || rep.FeminineWordCount != len(c.fem) {
			t.Errorf("%q: counts %d/%d", c.text, rep.MasculineWordCount, rep.FeminineWordCount)
		}
	}
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func TestGenderVerdictBoundaries(t *testing.T) {
	for _, c := range []struct {
		m, f int
		want string
	}{{0, 0, "empty"}, {2, 2, "neutral"}, {0, 1, "feminine-coded"}, {0, 3, "feminine-coded"}, {0, 4, "strongly feminine-coded"},
		{1, 0, "masculine-coded"}, {3, 0, "masculine-coded"}, {4, 0, "strongly masculine-coded"}, {4, 1, "masculine-coded"}, {5, 1, "strongly masculine-coded"}} {
		rep := genderReport(make([]codedWord, c.m), make([]codedWord, c.f))
		if rep.Coding != c.want {
			t.Errorf("%d masculine, %d feminine: %q, want %q", c.m, c.f, rep.Coding, c.want)
		}
	}
}

// A word that starts with two stems of one list counts once.
func TestGenderWordCountsOnce(t *testing.T) {
	if rep := GenderDecode("dominant interpersonal"); rep.MasculineWordCount != 1 || rep.FeminineWordCount != 1 {
		t.Errorf("got %+v", rep)
	}
}

func TestGenderReportJSONKeys(t *testing.T) {
	b, err := json.Marshal(GenderDecode("an ambitious leader"))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"masculine_word_count":2,"feminine_word_count":0,"masculine_coded_words":["ambitious","leader"],"feminine_coded_words":[],"coding":"masculine-coded"}`
	if string(b) != want {
		t.Errorf("got %s\nwant %s", b, want)
	}
}

func TestGenderListsAreTheProjects(t *testing.T) {
	g := genderData("en")
	n := func(m *[256][]string) int {
		c := 0
		for _, v := range m {
			c += len(v)
		}
		return c
	}
	if n(g.masculine) != 52 || n(g.feminine) != 50 || len(g.hyphenated) != 7 || !g.exceptions["sharepoint"] {
		t.Errorf("lists: %d masculine, %d feminine, %d hyphenated", n(g.masculine), n(g.feminine), len(g.hyphenated))
	}
	if !strings.Contains(genderTXT, "lovedaybrooke/gender-decoder") {
		t.Error("the word list does not credit its source")
	}
}
