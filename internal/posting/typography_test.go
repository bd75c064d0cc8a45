package posting

import (
	"strings"
	"testing"
)

func TestTypography(t *testing.T) {
	tests := []struct{ in, lang, want string }{
		{"Outils : Canva ; Figma ? Oui !", "fr", "Outils\u00a0: Canva\u202f; Figma\u202f? Oui\u202f!"},
		{"« Bienvenue »", "fr", "«\u00a0Bienvenue\u00a0»"},
		{"Outils\u00a0: ok\u00a0!", "fr", "Outils\u00a0: ok\u202f!"},
		{"https://example.fr/a?b=c à 10:30", "fr", "https://example.fr/a?b=c à 10:30"},
		{"Tools : yes !", "en", "Tools : yes !"},
		{"Sans ponctuation", "fr", "Sans ponctuation"},
		// numbers typed get the spaces of the numbers jobdesc writes
		{"120 000 personnes, 70 % pris en charge", "fr", "120\u202f000 personnes, 70\u00a0% pris en charge"},
		{"1 234 567 clients et 500 €", "fr", "1\u202f234\u202f567 clients et 500\u00a0€"},
		{"1\u00a0200 salariés", "fr", "1\u202f200 salariés"},
		{"70\u202f% et 12\u00a0€", "fr", "70\u00a0% et 12\u00a0€"},
		{"en 2026 300 recrues, au 04 72 10 20 30, 70%", "fr", "en 2026 300 recrues, au 04 72 10 20 30, 70%"},
		{"12 0000 et 38 000,50 €", "fr", "12 0000 et 38\u202f000,50\u00a0€"},
		{"120 000 people, 70 %", "en", "120 000 people, 70 %"},
		{"38\u202f000\u00a0€ – 45\u202f000\u00a0€", "fr", "38\u202f000\u00a0€ – 45\u202f000\u00a0€"},
		{"5\u202f$, 3 £ et 1\u00a0000\u202f€", "fr", "5\u00a0$, 3\u00a0£ et 1\u202f000\u00a0€"},
		// a number and the unit word it counts stay on one line
		{"3 mois d'essai, 218 jours, 2 ans, 5 semaines, 30 minutes, 1 an", "fr", "3\u00a0mois d'essai, 218\u00a0jours, 2\u00a0ans, 5\u00a0semaines, 30\u00a0minutes, 1\u00a0an"},
		{"2 jours de télétravail et 35 h", "fr", "2\u00a0jours de télétravail et 35\u00a0h"},
		{"3 annonces, 2 hôtes, 12 mars, 4 salariés", "fr", "3 annonces, 2 hôtes, 12 mars, 4 salariés"},
		{"3 months, 2 days", "en", "3 months, 2 days"},
	}
	for _, tt := range tests {
		if got := Typography(tt.in, tt.lang); got != tt.want {
			t.Errorf("Typography(%q, %s) = %q, want %q", tt.in, tt.lang, got, tt.want)
		}
	}
}

// The regular expressions run only where a rule can change something:
// never on the amounts jobdesc writes itself.
func TestSpacedNumber(t *testing.T) {
	tests := []struct {
		in            string
		groups, units bool
	}{
		{"38\u202f000\u00a0€ brut par an", false, false},
		{"120 000 personnes", true, false},
		{"1\u00a0200 salariés", true, false},
		{"70 %", false, true},
		{"70\u202f%", false, true},
		{"70\u00a0%", false, false},
		{"12 £ et 4 000", true, true},
		{"en 2026", false, false},
	}
	for _, tt := range tests {
		if g, u := spacedNumber(tt.in); g != tt.groups || u != tt.units {
			t.Errorf("spacedNumber(%q) = %v, %v; want %v, %v", tt.in, g, u, tt.groups, tt.units)
		}
	}
}

// highPunctuation finds what strings.ContainsAny finds, and only that: a
// « or » split from its lead byte, or another character that shares one,
// is no mark.
func TestHighPunctuation(t *testing.T) {
	for _, s := range []string{"", "a", "Outils : x", "a;b", "?", "fin !", "«x", "x»", "\u00a0\u00ab", "\xc2", "\xab", "x\xc2", "\u00e9\u00e0\u00a0\u202f", "\u00aa\u00ba", "\u2019\u00c2\u00bb"} {
		if got, want := highPunctuation(s), strings.ContainsAny(s, ":;?!«»"); got != want {
			t.Errorf("highPunctuation(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzHighPunctuation(f *testing.F) {
	f.Add("« Bienvenue » : oui")
	f.Add("\xc2\xab\xc3\xbb")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := highPunctuation(s), strings.ContainsAny(s, ":;?!«»"); got != want {
			t.Errorf("highPunctuation(%q) = %v, want %v", s, got, want)
		}
	})
}

// Date words an ISO date, leaves what does not read as one as it is, and
// says nothing of no date.
func TestDate(t *testing.T) {
	for _, tt := range []struct{ iso, lang, want string }{
		{"2027-03-01", "fr", "1er mars 2027"},
		{"2027-03-02", "en", "2 March 2027"},
		{"", "fr", ""},
		{"", "en", ""},
		{"2027-13-01", "fr", "2027-13-01"},
	} {
		if got := Date(tt.iso, tt.lang); got != tt.want {
			t.Errorf("Date(%q, %s) = %q, want %q", tt.iso, tt.lang, got, tt.want)
		}
	}
}

// No date and no working time cost no allocation: most postings give
// neither, and a parse of "" allocates its error.
func TestNoDateAllocatesNothing(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { Date("", "fr") }); n != 0 {
		t.Errorf("Date of no date: %v allocations", n)
	}
}

// TestTitleCase: an English title line as job boards list it, names and
// small words kept.
func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{
		"Head of digital":                                "Head of Digital",
		"Paid social specialist":                         "Paid Social Specialist",
		"Group head of social media":                     "Group Head of Social Media",
		"Recruiter and employer brand specialist":        "Recruiter and Employer Brand Specialist",
		"SEO manager for iOS and LinkedIn":               "SEO Manager for iOS and LinkedIn",
		"Junior web editor – the website":                "Junior Web Editor – The Website",
		"a team of the best":                             "A Team of the Best",
		"Talent acquisition specialist (employer brand)": "Talent Acquisition Specialist (Employer Brand)",
		"Web editor (a fixed term)":                      "Web Editor (A Fixed Term)",
		"SEO lead (iOS)":                                 "SEO Lead (iOS)",
	} {
		if got := TitleCase(in); got != want {
			t.Errorf("TitleCase(%q) = %q, want %q", in, got, want)
		}
	}
}
