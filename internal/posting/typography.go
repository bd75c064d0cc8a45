package posting

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

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

// Numbers a recruiter types take the spaces of the numbers jobdesc
// writes (Amount, Money): a narrow no-break space between groups of
// thousands ("120 000 personnes"), a no-break space before a unit sign
// ("70 %", "500 €"). A group is three digits after one to three: "2026
// 300" and "04 72 10 20 30" are not grouped numbers and stay as typed.
// The expressions are compiled on first use, not at start: a command
// that typesets nothing pays nothing for them.
var (
	digitGroups = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\b\d{1,3}(?:[ \x{00a0}]\d{3})+\b`) })
	unitSpace   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(\d)[ \x{202f}]([%€$£])`) })
	groupSpace  = strings.NewReplacer(" ", narrow, nbsp, narrow)
)

// Typography returns s with the spacing rules of lang applied. Only
// spaces already typed are changed: "https://x", "10:30" and "70%" stay
// as they are.
func Typography(s, lang string) string {
	if lang != "fr" {
		return s
	}
	if highPunctuation(s) {
		s = frenchSpaces.Replace(s)
	}
	groups, units := spacedNumber(s)
	if groups {
		s = digitGroups().ReplaceAllStringFunc(s, groupSpace.Replace)
	}
	if units {
		s = unitSpace().ReplaceAllString(s, "${1}"+nbsp+"${2}")
	}
	return unitWords(s)
}

// unitWordList are the unit words a number keeps on its line: "3 mois",
// "218 jours", "5 semaines", "2 ans", "30 minutes", "35 h".
var unitWordList = []string{"mois", "jours", "jour", "ans", "an", "semaines", "semaine", "heures", "heure", "minutes", "minute", "h"}

// unitWords puts a no-break space between a number and the unit word
// after it; the word must end there ("2 hôtes", "3 annonces" are not
// units). A scan, not a regular expression: it runs on every text of a
// French posting, in every posting of a batch, and returns a text with
// no such number as it is.
func unitWords(s string) string {
	var b strings.Builder
	last := 0
	for i := 1; i+1 < len(s); i++ {
		if s[i] != ' ' || s[i-1] < '0' || s[i-1] > '9' {
			continue
		}
		rest := s[i+1:]
		for _, w := range unitWordList {
			if !strings.HasPrefix(rest, w) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(rest[len(w):]); len(rest) > len(w) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				continue
			}
			b.WriteString(s[last:i])
			b.WriteString(nbsp)
			last = i + 1
			break
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// highPunctuation says whether s has one of : ; ? ! « », the marks
// frenchSpaces changes the spaces around. It is strings.ContainsAny
// spelt out: with « and » in its set ContainsAny looks up every rune of s
// in the set, and that was a fifth of resolving a batch's posting.
func highPunctuation(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ':', ';', '?', '!':
			return true
		case 0xc2: // « is C2 AB, » is C2 BB
			if i+1 < len(s) && (s[i+1] == 0xab || s[i+1] == 0xbb) {
				return true
			}
		}
	}
	return false
}

// typeset applies the language's typography to the role part of a
// posting: the part a Base caches.
func typeset(p *Posting) {
	if p.Lang != "fr" {
		return
	}
	t := func(s *string) { *s = Typography(*s, p.Lang) }
	for _, s := range []*string{&p.Title, &p.Summary, &p.Pitch, &p.Context, &p.Reporting.Text, &p.Reporting.Note} {
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

// spacedNumber reports which number rules can change s: groups when it
// has a digit, an ordinary or no-break space and a digit; units when it
// has a digit, an ordinary or narrow space and a unit sign. It spares
// the regular expressions the texts with neither, most of them, and the
// amounts jobdesc writes itself ("38 000 €", already spaced right).
func spacedNumber(s string) (groups, units bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		rest := s[i+1:]
		for _, sp := range []string{" ", nbsp, narrow} {
			after, ok := strings.CutPrefix(rest, sp)
			if !ok || after == "" {
				continue
			}
			if sp != narrow && after[0] >= '0' && after[0] <= '9' {
				groups = true
			}
			if sp != nbsp && (after[0] == '%' || after[0] == '$' || strings.HasPrefix(after, "€") || strings.HasPrefix(after, "£")) {
				units = true
			}
		}
	}
	return groups, units
}

// minorWords stay lower-case inside an English title, as UK and US job
// boards write "Head of Digital".
var minorWords = map[string]bool{"a": true, "an": true, "and": true, "as": true, "at": true, "by": true, "for": true,
	"in": true, "of": true, "on": true, "or": true, "the": true, "to": true, "with": true}

// TitleCase writes an English job title as UK and US job boards list it:
// "Head of Digital", "Paid Social Specialist". A word already holding a
// capital past its first letter ("SEO", "LinkedIn", "iOS") is a name and
// stays as written, and so does a word of another script or with a
// digit; small words after the first stay lower-case. A word after an
// opening bracket or quote is cased as a title's first word: "(Employer
// Brand)".
func TitleCase(s string) string {
	words := strings.Split(s, " ")
	for i, word := range words {
		open := strings.TrimLeft(word, "([\"“‘'")
		lead := word[:len(word)-len(open)]
		r, n := utf8.DecodeRuneInString(open)
		switch {
		case open == "" || !unicode.IsLower(r) || strings.ToLower(open) != open:
		case i > 0 && lead == "" && minorWords[word] && !strings.HasSuffix(words[i-1], ":") && words[i-1] != "–":
		default:
			words[i] = lead + string(unicode.ToUpper(r)) + open[n:]
		}
	}
	return strings.Join(words, " ")
}
