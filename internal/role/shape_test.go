package role

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestShapeAt(t *testing.T) {
	outside := ""
	r := &Role{
		ID: "cm", ReportsTo: "dm", Manages: []string{"intern"},
		Tools:    Texts{"en": {"Hootsuite"}},
		Profile:  Profile{English: "B1"},
		Missions: []Mission{{ID: "animate", Key: true}, {ID: "lead"}, {ID: "seo", Key: true}},
		Seniority: Seniority{
			Junior: Variant{Drop: []string{"lead"}, Missions: []Mission{{ID: "learn"}}},
			Senior: Variant{Missions: []Mission{{ID: "mentor", Key: true}}},
		},
		Contexts: map[string]Context{
			"small": {ReportsTo: &outside, Reporting: Text{"en": "the owner"}, Manages: []string{}, Drop: []string{"seo"},
				Missions: []Mission{{ID: "admin"}}, Tools: Texts{"en": {"Canva"}}},
			"large":  {Unsuitable: &Unsuitable{Instead: "smm"}},
			"medium": {English: "B2"},
		},
	}
	ids := func(ms []Mission) []string {
		var out []string
		for _, m := range ms {
			out = append(out, m.ID)
		}
		return out
	}
	tests := []struct {
		size, seniority string
		reportsTo       string
		manages         []string
		missions        []string
		tool            string
	}{
		{"medium", "confirmed", "dm", []string{"intern"}, []string{"animate", "lead", "seo"}, "Hootsuite"},
		// a junior learns the job as the confirmed posting has it: its own missions last
		{"", "junior", "dm", []string{"intern"}, []string{"animate", "seo", "learn"}, "Hootsuite"},
		// a senior candidate reads the first block as the heart of the job
		{"medium", "senior", "dm", []string{"intern"}, []string{"mentor", "animate", "lead", "seo"}, "Hootsuite"},
		{"small", "junior", "", []string{}, []string{"animate", "admin", "learn"}, "Canva"},
	}
	for _, tt := range tests {
		s := r.ShapeAt(tt.size, tt.seniority)
		if s.ReportsTo != tt.reportsTo || !slices.Equal(s.Manages, tt.manages) || !slices.Equal(ids(s.Missions), tt.missions) || s.Tools["en"][0] != tt.tool {
			t.Errorf("%s/%s: got %q %v %v %v", tt.size, tt.seniority, s.ReportsTo, s.Manages, ids(s.Missions), s.Tools)
		}
	}
	// a rewritten block takes the place of the one it replaces, one placed
	// after another follows it, and only the unplaced go to the end
	placed := *r
	placed.Seniority.Junior = Variant{Missions: []Mission{
		{ID: "basics", Replaces: "lead"}, {ID: "first", After: "animate"}, {ID: "then", After: "animate"}, {ID: "learn"}}}
	placed.Seniority.Senior = Variant{Drop: []string{"seo"}, Missions: []Mission{{ID: "strategy", Replaces: "animate"}, {ID: "mentor"}, {ID: "coach", After: "seo"}}}
	for _, tt := range []struct {
		size, seniority string
		missions        []string
	}{
		{"medium", "junior", []string{"animate", "first", "then", "basics", "seo", "learn"}},
		// a size that drops a mission leaves its place to what follows it
		{"small", "junior", []string{"animate", "first", "then", "basics", "admin", "learn"}},
		// unplaced senior missions still lead; a mission placed after a dropped one takes its place
		{"medium", "senior", []string{"mentor", "strategy", "lead", "coach"}},
	} {
		if got := ids(placed.ShapeAt(tt.size, tt.seniority).Missions); !slices.Equal(got, tt.missions) {
			t.Errorf("%s/%s placed: got %v, want %v", tt.size, tt.seniority, got, tt.missions)
		}
	}
	// a size's English level replaces the role's; elsewhere the role's holds
	if m, s := r.ShapeAt("medium", "senior"), r.ShapeAt("small", ""); m.English != "B2" || s.English != "B1" {
		t.Errorf("english: medium %q, small %q; want B2, B1", m.English, s.English)
	}
	if s := r.ShapeAt("small", ""); s.Reporting.In("en") != "the owner" {
		t.Errorf("small reporting %v", s.Reporting)
	}
	if s := r.ShapeAt("large", ""); s.Unsuitable == nil || s.Unsuitable.Instead != "smm" {
		t.Errorf("large: %+v", s.Unsuitable)
	}
	if got := ids(r.ShapeAt("medium", "senior").KeyMissions()); !slices.Equal(got, []string{"mentor", "animate", "seo"}) {
		t.Errorf("key missions %v", got)
	}
	crowded := &Role{Missions: []Mission{{ID: "a", Key: true}, {ID: "b", Key: true}, {ID: "c", Key: true}, {ID: "d", Key: true}, {ID: "e"}},
		Contexts:  map[string]Context{"large": {Missions: []Mission{{ID: "desk", Key: true}}}},
		Seniority: Seniority{Senior: Variant{Missions: []Mission{{ID: "lead", Key: true}}}}}
	if got := ids(crowded.ShapeAt("large", "senior").KeyMissions()); !slices.Equal(got, []string{"lead", "a", "b", "c", "desk"}) {
		t.Errorf("a posting shows at most %d key missions, the size's and seniority's kept, the senior's first: got %v", MaxKeyMissions, got)
	}
	// a role hired senior only (a head-of) has no confirmed posting to follow
	crowded.Seniorities = []string{"senior"}
	if got := ids(crowded.ShapeAt("large", "senior").KeyMissions()); !slices.Equal(got, []string{"a", "b", "c", "desk", "lead"}) {
		t.Errorf("a senior-only role keeps its own missions first: got %v", got)
	}
	if got := ids((&Role{Missions: []Mission{{ID: "x"}, {ID: "y"}}}).ShapeAt("", "").KeyMissions()); len(got) != 2 {
		t.Errorf("a role marking no key mission shows them all, got %v", got)
	}
	if got := KeySkills([]SkillRef{{ID: "a"}, {ID: "b"}}); len(got) != 2 {
		t.Errorf("a role marking no key skill shows them all, got %v", got)
	}
}

// A seniority drops a block a size adds as it drops one of the role's:
// the group's senior recruiter leaves the students to a colleague. The
// block goes wherever the size placed it, its place is left to what
// follows it, and the other sizes and levels keep theirs.
func TestSeniorityDropsASizesMission(t *testing.T) {
	r := &Role{
		Missions: []Mission{{ID: "ads", Key: true}, {ID: "brand", Key: true}, {ID: "data"}},
		Seniority: Seniority{Senior: Variant{Drop: []string{"campus", "fairs", "alumni"},
			Missions: []Mission{{ID: "lead", Key: true, Replaces: "ads"}}}},
		Contexts: map[string]Context{
			"large": {Missions: []Mission{{ID: "campus", Key: true, Replaces: "brand"},
				{ID: "fairs", After: "campus"}, {ID: "follow", After: "fairs"}, {ID: "alumni"}, {ID: "desk"}}},
			"small": {Missions: []Mission{{ID: "site", After: "ads"}}},
		},
	}
	ids := func(ms []Mission) []string {
		var out []string
		for _, m := range ms {
			out = append(out, m.ID)
		}
		return out
	}
	for _, tt := range []struct {
		size, seniority string
		missions        []string
	}{
		// the replaced block stays gone with the block that replaced it
		{"large", "senior", []string{"lead", "follow", "data", "desk"}},
		{"large", "confirmed", []string{"ads", "campus", "fairs", "follow", "data", "alumni", "desk"}},
		{"large", "junior", []string{"ads", "campus", "fairs", "follow", "data", "alumni", "desk"}},
		// a size without the block: the drop names nothing there
		{"small", "senior", []string{"lead", "site", "brand", "data"}},
	} {
		if got := ids(r.ShapeAt(tt.size, tt.seniority).Missions); !slices.Equal(got, tt.missions) {
			t.Errorf("%s/%s: got %v, want %v", tt.size, tt.seniority, got, tt.missions)
		}
	}
	if got := ids(r.ShapeAt("large", "senior").KeyMissions()); !slices.Equal(got, []string{"lead"}) {
		t.Errorf("key missions: got %v, want [lead]", got)
	}
}

// A size's tools replace the role's in every mission line, whole names
// only and in one pass, and the role's own missions are left as written.
func TestShapeSwapsTheSizesTools(t *testing.T) {
	own := Mission{ID: "listen", Title: Text{"en": "Listen in Mention"}, Activities: []Text{
		{"en": "Track mentions in Mention, then report in Looker Studio", "fr": "Suivre les mentions dans Mention"},
	}}
	r := &Role{ID: "cm", Missions: []Mission{own}, Contexts: map[string]Context{
		"large": {SwapTools: map[string]string{"Mention": "Talkwalker", "Looker Studio": "Power BI", "Talkwalker": "Brandwatch"}},
	}}
	for _, seniority := range []string{"", "junior", "senior"} {
		m := r.ShapeAt("large", seniority).Missions[0]
		if got, want := m.Activities[0]["en"], "Track mentions in Talkwalker, then report in Power BI"; got != want {
			t.Errorf("%s: %q, want %q", seniority, got, want)
		}
		if got, want := m.Activities[0]["fr"], "Suivre les mentions dans Talkwalker"; got != want {
			t.Errorf("%s: %q, want %q", seniority, got, want)
		}
		if m.Title["en"] != "Listen in Talkwalker" {
			t.Errorf("%s: title %q", seniority, m.Title["en"])
		}
	}
	if r.Missions[0].Activities[0]["en"] != "Track mentions in Mention, then report in Looker Studio" {
		t.Errorf("the role's own mission changed: %q", r.Missions[0].Activities[0]["en"])
	}
	if got := r.ShapeAt("medium", "").Missions[0].Title["en"]; got != "Listen in Mention" {
		t.Errorf("medium: %q", got)
	}
}

// The pitch names the size's tools too: "You run WordPress" over missions
// and a tools list naming Adobe Experience Manager would contradict them.
func TestShapeSwapsTheToolsInThePitch(t *testing.T) {
	r := &Role{ID: "web", Pitch: Text{"en": "You run WordPress.", "fr": "Vous administrez WordPress."},
		Seniority: Seniority{Junior: Variant{Pitch: Text{"en": "You update WordPress."}}},
		Contexts:  map[string]Context{"large": {SwapTools: map[string]string{"WordPress": "Adobe Experience Manager"}}}}
	if got := r.ShapeAt("large", "").Pitch; got["en"] != "You run Adobe Experience Manager." || got["fr"] != "Vous administrez Adobe Experience Manager." {
		t.Errorf("large: %v", got)
	}
	if got := r.ShapeAt("large", "junior").Pitch["en"]; got != "You update Adobe Experience Manager." {
		t.Errorf("large junior: %q", got)
	}
	if got := r.ShapeAt("medium", "").Pitch["en"]; got != "You run WordPress." {
		t.Errorf("medium: %q", got)
	}
	if r.Pitch["en"] != "You run WordPress." {
		t.Errorf("the role's own pitch changed: %q", r.Pitch["en"])
	}
}

// TestSwapNamesReadsWordsAsRegexpDoes: the scan replaces what
// \b(?:longest|…|shortest)\b would, leftmost first, in one pass.
func TestSwapNamesReadsWordsAsRegexpDoes(t *testing.T) {
	swap := map[string]string{"Mention": "Talkwalker", "Looker Studio": "Power BI", "GA4": "Piano Analytics", "Looker": "X", "Power BI": "never again"}
	names := SortedKeys(swap)
	slices.SortStableFunc(names, func(a, b string) int { return len(b) - len(a) })
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = regexp.QuoteMeta(n)
	}
	re := regexp.MustCompile(`\b(?:` + strings.Join(quoted, "|") + `)\b`)
	for _, s := range []string{
		"", "Mention", "mentions in Mention", "Mentions", "Mention_x", "(Mention)", "Mention.", "xMention",
		"Build it in Looker Studio, then Looker", "GA4 and GA44 and 3GA4", "Looker Studio Pro", "Power BI from Looker Studio",
		"Suivre les mentions dans Mention et les résultats dans Looker Studio", "é Mention é", "Mentioné",
	} {
		want := re.ReplaceAllStringFunc(s, func(n string) string { return swap[n] })
		if got := swapNames(s, names, swap); got != want {
			t.Errorf("swapNames(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSizeNamesTheManager: at a size whose manager is named, the pitch
// and missions say whom, whole words only; elsewhere they are as written.
func TestSizeNamesTheManager(t *testing.T) {
	r := &Role{
		Pitch: Text{"fr": "Avec l'appui de votre responsable.", "en": "With your manager's support."},
		Missions: []Mission{{ID: "a", Title: Text{"fr": "Voir"},
			Activities: []Text{{"fr": "Alerter votre responsable", "en": "Alert your managers and your manager"}}}},
		Contexts: map[string]Context{"small": {Manager: Text{"fr": "la direction", "en": "the managing director"}}},
	}
	s := r.ShapeAt("small", "junior")
	if got := s.Pitch["fr"] + " " + s.Pitch["en"]; got != "Avec l'appui de la direction. With the managing director's support." {
		t.Errorf("pitch %q", got)
	}
	if got := s.Missions[0].Activities[0]; got["fr"] != "Alerter la direction" || got["en"] != "Alert your managers and the managing director" {
		t.Errorf("activity %q", got)
	}
	if got := r.ShapeAt("medium", "junior").Pitch["fr"]; got != "Avec l'appui de votre responsable." {
		t.Errorf("medium pitch %q", got)
	}
}

// A block's profile line and tools stand while the block does: the
// group's students' block asks for ease with schools over the size's own
// line and uses a students' job board, and a senior posting that drops
// the block drops both with it.
func TestBlockCarriesItsProfileLineAndTools(t *testing.T) {
	schools := Text{"en": "You're at ease with students and schools."}
	r := &Role{
		Missions:  []Mission{{ID: "ads", Key: true}, {ID: "brand", Key: true}},
		Seniority: Seniority{Senior: Variant{Drop: []string{"campus"}}},
		Contexts: map[string]Context{
			"large": {Offers: map[string]Text{"writing": {"en": "You write for a group."}, "relational": {"en": "You talk to many."}},
				Tools: Texts{"en": {"Workday", "Canva"}},
				Missions: []Mission{{ID: "campus", Key: true, Replaces: "brand", Offers: map[string]Text{"relational": schools},
					Tools: Texts{"en": {"JobTeaser", "Canva"}}}}},
		},
	}
	for _, tt := range []struct {
		seniority, relational string
		tools                 []string
	}{
		{"confirmed", schools["en"], []string{"Workday", "Canva", "JobTeaser"}},
		{"junior", schools["en"], []string{"Workday", "Canva", "JobTeaser"}},
		{"senior", "You talk to many.", []string{"Workday", "Canva"}},
	} {
		s := r.ShapeAt("large", tt.seniority)
		if got := s.Offers["relational"].In("en"); got != tt.relational {
			t.Errorf("%s: relational line %q, want %q", tt.seniority, got, tt.relational)
		}
		if got := s.Tools["en"]; !slices.Equal(got, tt.tools) {
			t.Errorf("%s: tools %v, want %v", tt.seniority, got, tt.tools)
		}
		if got := s.Offers["writing"].In("en"); got != "You write for a group." {
			t.Errorf("%s: the size's other line is %q", tt.seniority, got)
		}
	}
	// the size's own lines and tools are not written over
	if got := r.Contexts["large"].Offers["relational"].In("en"); got != "You talk to many." {
		t.Errorf("the size's line became %q", got)
	}
	if got := r.Contexts["large"].Tools["en"]; !slices.Equal(got, []string{"Workday", "Canva"}) {
		t.Errorf("the size's tools became %v", got)
	}
}
