package role

import (
	"slices"
	"strings"
	"testing"
)

func TestValidID(t *testing.T) {
	for id, want := range map[string]bool{
		"community-manager": true, "a1": true, "x": true,
		"": false, "-a": false, "a-": false, "a--b": false, "A": false, "a/b": false, "../x": false, "a.yaml": false, "é": false,
	} {
		if got := ValidID(id); got != want {
			t.Errorf("ValidID(%q) = %v, want %v", id, got, want)
		}
	}
}

func TestExtend(t *testing.T) {
	three, five := 3, 5
	parent := &Role{
		ID: "p", Title: Text{"fr": "Parent", "en": "Parent"}, Summary: Text{"en": "P"},
		Missions: []Mission{{ID: "a", Title: Text{"en": "A"}}, {ID: "b", Title: Text{"en": "B"}}},
		Skills:   []SkillRef{{ID: "seo", Level: 2}},
		Profile:  Profile{Experience: Experience{Confirmed: &three}},
	}
	child := &Role{
		ID: "c", Extends: "p", Title: Text{"en": "Child"},
		Missions: []Mission{{ID: "b", Title: Text{"en": "B2"}}, {ID: "c", Title: Text{"en": "C"}}},
		Skills:   []SkillRef{{ID: "writing", Level: 3}},
		Profile:  Profile{Experience: Experience{Senior: &five}},
	}
	r := Extend(parent, child)
	if r.ID != "c" || r.Title["en"] != "Child" || r.Title["fr"] != "Parent" || r.Summary["en"] != "P" {
		t.Errorf("texts: %+v", r)
	}
	if len(r.Missions) != 3 || r.Missions[1].Title["en"] != "B2" || r.Missions[2].ID != "c" {
		t.Errorf("missions merge by id: %+v", r.Missions)
	}
	if len(r.Skills) != 2 || *r.Profile.Experience.Confirmed != 3 || *r.Profile.Experience.Senior != 5 {
		t.Errorf("skills or experience: %+v %+v", r.Skills, r.Profile)
	}
	if parent.Title["en"] != "Parent" || len(parent.Missions) != 2 {
		t.Error("Extend changed the parent")
	}
}

// A key skill is shown by its offer line: a role that lacks the line in a
// language it is written in is refused, naming the skill.
func TestKeySkillNeedsOfferLine(t *testing.T) {
	base := func(skills ...SkillRef) *Role {
		return &Role{ID: "r", Title: Text{"fr": "Titre"}, Summary: Text{"fr": "Résumé"},
			Missions: []Mission{{ID: "m", Title: Text{"fr": "M"}, Activities: []Text{{"fr": "Faire"}}}}, Skills: skills}
	}
	for _, tc := range []struct {
		name  string
		skill SkillRef
		want  string
	}{
		{"key without a line", SkillRef{ID: "seo", Level: 2, Key: true}, `key skill "seo" has no fr offer line`},
		{"key with an English line only", SkillRef{ID: "seo", Level: 2, Key: true, Offer: Text{"en": "You can"}}, `key skill "seo" has no fr offer line`},
		{"key with its line", SkillRef{ID: "seo", Level: 2, Key: true, Offer: Text{"fr": "Vous savez"}}, ""},
		{"not key", SkillRef{ID: "seo", Level: 2}, ""},
	} {
		var got string
		for _, p := range Validate(base(tc.skill), false) {
			if p.Path == "skills[0].offer" || p.Path == "skills[0].offer.en" {
				got += p.Msg
			}
		}
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%s: problems %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestSizeTextInEveryLanguage: a size's title and opening are given in
// every language the role's own are, or the posting in the missing one
// would carry the title or open on the pitch the size replaces.
func TestSizeTextInEveryLanguage(t *testing.T) {
	for _, tc := range []struct {
		field       string
		one, both   Context
		missingLang string
	}{
		{"title", Context{Title: Text{"en": "Group webmaster"}}, Context{Title: Text{"en": "Group webmaster", "fr": "Webmaster groupe"}}, "fr"},
		{"pitch", Context{Pitch: Text{"fr": "Vous tenez les sites du groupe."}}, Context{Pitch: Text{"fr": "Vous tenez les sites du groupe.", "en": "You run the group's sites."}}, "en"},
	} {
		r := &Role{ID: "x", Title: Text{"fr": "Webmaster", "en": "Webmaster"}, Pitch: Text{"fr": "Vous tenez le site.", "en": "You run the site."},
			Contexts: map[string]Context{"large": tc.one}}
		path := "contexts.large." + tc.field
		found := false
		for _, p := range Validate(r, false) {
			if p.Path == path && strings.Contains(p.Msg, "add "+path+"."+tc.missingLang) {
				found = true
			}
		}
		if !found {
			t.Errorf("a size %s in one language is not refused: %v", tc.field, Validate(r, false))
		}
		r.Contexts["large"] = tc.both
		for _, p := range Validate(r, false) {
			if p.Path == path {
				t.Errorf("a size %s in both languages is refused: %s", tc.field, p.Msg)
			}
		}
	}
}

// TestSizePitchOpensAtItsSize: a size's pitch opens the postings at that
// size, whatever the seniority, and no other.
func TestSizePitchOpensAtItsSize(t *testing.T) {
	r := &Role{ID: "x", Pitch: Text{"en": "You run the site."}, Seniority: Seniority{Senior: Variant{Pitch: Text{"en": "You lead web projects."}}},
		Contexts: map[string]Context{"large": {Pitch: Text{"en": "You run the group's sites."}}}}
	if s := r.ShapeAt("large", "senior"); s.Pitch.In("en") != "You run the group's sites." {
		t.Errorf("the size's pitch does not open the posting at that size: %q", s.Pitch.In("en"))
	}
	if s := r.ShapeAt("medium", "senior"); s.Pitch.In("en") != "You lead web projects." {
		t.Errorf("the size's pitch opens the posting at another size: %q", s.Pitch.In("en"))
	}
}

func TestTitleAt(t *testing.T) {
	r := &Role{Title: Text{"fr": "Webmaster", "en": "Webmaster"}, Titles: Titles{Senior: Text{"fr": "Chef·fe de projet web"}},
		Contexts: map[string]Context{"large": {Title: Text{"fr": "Webmaster groupe", "en": "Group webmaster"}}}}
	for _, tc := range []struct{ size, seniority, lang, want string }{
		{"", "senior", "fr", "Chef·fe de projet web"}, {"", "senior", "en", "Webmaster"}, {"", "junior", "fr", "Webmaster"}, {"", "", "fr", "Webmaster"},
		// the size's title, under the level's own
		{"large", "confirmed", "en", "Group webmaster"}, {"large", "senior", "en", "Group webmaster"}, {"large", "senior", "fr", "Chef·fe de projet web"},
		{"medium", "confirmed", "fr", "Webmaster"},
	} {
		if got := r.TitleAt(tc.size, tc.seniority, tc.lang); got != tc.want {
			t.Errorf("TitleAt(%q, %q, %q) = %q, want %q", tc.size, tc.seniority, tc.lang, got, tc.want)
		}
	}
}

// Years of experience follow one scale, and a role says which
// seniorities it is hired at.
func TestSeniorityScale(t *testing.T) {
	y := func(n int) *int { return &n }
	for _, tc := range []struct {
		name string
		r    Role
		want string
	}{
		{"on the scale", Role{Profile: Profile{Experience: Experience{Junior: y(0), Confirmed: y(3), Senior: y(6)}}}, ""},
		{"junior with 3 years", Role{Profile: Profile{Experience: Experience{Junior: y(3), Confirmed: y(4)}}}, "profile.experience.junior"},
		{"confirmed with 7 years", Role{Profile: Profile{Experience: Experience{Confirmed: y(7)}}}, "profile.experience.confirmed"},
		{"unknown seniority", Role{Seniorities: []string{"expert"}}, "seniorities[0]"},
		{"junior variant without junior", Role{Seniorities: []string{"senior"}, Seniority: Seniority{Junior: Variant{Drop: []string{}}}}, "seniority.junior"},
	} {
		var got string
		for _, p := range Validate(&tc.r, false) {
			if strings.HasPrefix(p.Path, "profile.experience") || strings.HasPrefix(p.Path, "seniorit") {
				got = p.Path
			}
		}
		if got != tc.want {
			t.Errorf("%s: problem at %q, want %q", tc.name, got, tc.want)
		}
	}
	r := Role{Seniorities: []string{"confirmed", "senior"}}
	if r.HiredAt("junior") || !r.HiredAt("senior") || !r.HiredAt("") || !(&Role{}).HiredAt("junior") {
		t.Error("HiredAt")
	}
}

// A seniority may drop a mission a size adds; a drop naming a mission
// neither the role nor any size has is refused, and a size may drop only
// the role's own. A block's profile lines reword skills the role lists.
func TestVariantDrops(t *testing.T) {
	campus := Mission{ID: "campus", Title: Text{"en": "Campus"}, Activities: []Text{{"en": "Run fairs"}},
		Offers: map[string]Text{"seo": {"en": "You know search"}, "fairs": {"en": "You like fairs"}}}
	r := &Role{
		ID: "r", Title: Text{"en": "R"}, Summary: Text{"en": "S"},
		Missions: []Mission{{ID: "ads", Title: Text{"en": "Ads"}, Activities: []Text{{"en": "Post"}}}},
		Skills:   []SkillRef{{ID: "seo", Level: 2}},
		Seniority: Seniority{
			Senior: Variant{Drop: []string{"campus", "ads"}},
			Junior: Variant{Drop: []string{"campsu"}},
		},
		Contexts: map[string]Context{
			"large": {Missions: []Mission{campus}},
			"small": {Drop: []string{"campus"}},
		},
	}
	var got []string
	for _, p := range Validate(r, false) {
		got = append(got, p.Path+": "+p.Msg)
	}
	want := []string{
		`seniority.junior.drop[0]: drop names "campsu", which is neither a mission of the role nor one a size adds`,
		`contexts.large.missions[0].offers.fairs: the role asks no skill "fairs": only the line of a skill the role lists can be reworded`,
		`contexts.small.drop[0]: drop names "campus", which is not a mission of the role`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A size swaps a tool only for one its tools list names.
func TestSwapToolsNamesAListedTool(t *testing.T) {
	r := &Role{ID: "cm", Tools: Texts{"en": {"Agorapulse"}}, Contexts: map[string]Context{
		"large": {Tools: Texts{"en": {"Sprinklr", "Europresse (French press database)"}},
			SwapTools: map[string]string{"Agorapulse": "Sprinklr", "Mention": "Talkwalker", "Factiva": "Europresse", "Canva": "Canva"}},
	}}
	var got []string
	for _, p := range Validate(r, false) {
		if strings.Contains(p.Path, "swap_tools") {
			got = append(got, p.Path)
		}
	}
	if want := []string{"contexts.large.swap_tools.Canva", "contexts.large.swap_tools.Mention"}; !slices.Equal(got, want) {
		t.Errorf("problems at %v, want %v", got, want)
	}
}

// TestJuniorEducationOffersNoExperience: a role that welcomes a first job
// at junior level and offers "equivalent experience" beside the degree
// is refused until its junior variant writes its own education line,
// which a junior posting then shows.
func TestJuniorEducationOffersNoExperience(t *testing.T) {
	zero := 0
	r := &Role{
		ID: "r", Title: Text{"fr": "R", "en": "R"}, Summary: Text{"fr": "S", "en": "S"},
		Missions: []Mission{{ID: "a", Title: Text{"fr": "A", "en": "A"}, Activities: []Text{{"fr": "a", "en": "a"}}}},
		Skills:   []SkillRef{{ID: "seo", Level: 2}},
		Profile: Profile{Experience: Experience{Junior: &zero},
			Education: Text{"fr": "Bac+3 en communication, ou expérience équivalente", "en": "A degree in communications, or equivalent experience"}},
	}
	var paths []string
	for _, p := range Validate(r, false) {
		if strings.Contains(p.Msg, "first job") {
			paths = append(paths, p.Path)
		}
	}
	if !slices.Equal(paths, []string{"profile.education.en", "profile.education.fr"}) {
		t.Fatalf("problems at %v, want profile.education.en and .fr", paths)
	}
	r.Seniority.Junior.Education = Text{"fr": "Bac+3 en communication, ou parcours équivalent", "en": "A degree in communications, or projects that show the same skills"}
	for _, p := range Validate(r, false) {
		if strings.Contains(p.Msg, "first job") {
			t.Errorf("with a junior line: %s: %s", p.Path, p.Msg)
		}
	}
	if got := r.EducationAt("junior")["fr"]; got != "Bac+3 en communication, ou parcours équivalent" {
		t.Errorf("junior education %q", got)
	}
	if got := r.EducationAt("senior")["fr"]; got != r.Profile.Education["fr"] {
		t.Errorf("senior education %q, want the role's", got)
	}
}
