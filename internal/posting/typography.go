package posting

import "strings"

// French typography wants a space that never breaks a line before the
// high punctuation marks and inside guillemets: a narrow one (U+202F)
// before ; ? ! and a full one (U+00A0) before : and inside « ». A
// recruiter types an ordinary space, or none; both become the right one.
const (
	nbsp   = "\u00a0"
	narrow = "\u202f"
)

var frenchSpaces = strings.NewReplacer(
	" :", nbsp+":", " ;", narrow+";", " ?", narrow+"?", " !", narrow+"!",
	narrow+":", nbsp+":", nbsp+";", narrow+";", nbsp+"?", narrow+"?", nbsp+"!", narrow+"!",
	"« ", "«"+nbsp, " »", nbsp+"»", "«"+narrow, "«"+nbsp, narrow+"»", nbsp+"»",
)

// Typography returns s with the spacing rules of lang applied. Only
// spaces already typed are changed: "https://x" and "10:30" stay as
// they are.
func Typography(s, lang string) string {
	if lang != "fr" || !strings.ContainsAny(s, ":;?!«»") {
		return s
	}
	return frenchSpaces.Replace(s)
}

// typeset applies the language's typography to the role part of a
// posting: the part a Base caches.
func typeset(p *Posting) {
	if p.Lang != "fr" {
		return
	}
	t := func(s *string) { *s = Typography(*s, p.Lang) }
	for _, s := range []*string{&p.Title, &p.Summary, &p.Pitch, &p.Context, &p.Reporting.Note} {
		t(s)
	}
	for i := range p.Aliases {
		t(&p.Aliases[i])
	}
	for i := range p.Missions {
		t(&p.Missions[i].Title)
		for j := range p.Missions[i].Activities {
			t(&p.Missions[i].Activities[j])
		}
	}
	for _, group := range [][]Skill{p.Skills.KnowHow, p.Skills.Soft, p.Skills.Knowledge} {
		for i := range group {
			t(&group[i].Name)
			t(&group[i].Description)
			t(&group[i].Line)
		}
	}
	typesetItems(p.Reporting.Items, p.Lang)
	typesetItems(p.Profile, p.Lang)
}

func typesetItems(items []Item, lang string) {
	for i := range items {
		items[i].Value = Typography(items[i].Value, lang)
	}
}
