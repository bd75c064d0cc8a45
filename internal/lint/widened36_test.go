package lint

import "testing"

// TestBasesInTheParagraph: an occupational requirement named as such
// justifies a condition anywhere in its paragraph; a port's security
// permit is a statute's condition; young horses are no age sought, nor
// the brides a bridal shop dresses a family situation. Each
// beside the wording that stays a problem.
func TestBasesInTheParagraph(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"an occupational requirement two sentences on": {lang: "en", category: "sex",
			flagged: []string{"Post 2 is open to women only. It covers our Sunday sessions. We think families prefer it."},
			clean:   []string{"Post 2 is open to women only. It covers our women-and-girls-only sessions. We rely on the occupational requirement exception in Schedule 9 of the Equality Act 2010."}},
		"a port security permit": {lang: "en", category: "other-ground",
			flagged: []string{"Shortlisted candidates must have no criminal record."},
			clean:   []string{"Shortlisted candidates will undergo a criminal record check, as this position requires a port security permit under the ISPS Code."}},
		"the brides a shop dresses": {lang: "fr", category: "family",
			flagged: []string{"Candidates mariées de préférence."},
			clean:   []string{"Vous accompagnez avec patience des mariées souvent très stressées."}},
		"young horses": {lang: "en", category: "age",
			flagged: []string{"We want a young groom who fits our team."},
			clean:   []string{"You'll help with the backing and schooling of young horses."}},
	})
}
