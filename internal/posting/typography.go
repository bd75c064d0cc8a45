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
