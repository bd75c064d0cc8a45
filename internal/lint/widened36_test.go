package lint

import "testing"

// TestBasesInTheParagraph: an occupational requirement named as such
// justifies a condition anywhere in its paragraph; a port's security
// permit is a statute's condition; young horses are no age sought, nor
// the brides a bridal shop dresses a family situation; an observant cat
// person, an accreditation's own check and a certification the employer
// also pays for were warned in clean postings. Each
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
		"an observant cat person": {lang: "en", category: "religion",
			flagged: []string{"Applicants should be observant Christians."},
			clean:   []string{"We're after a calm, observant cat person to join our team of four."}},
		"an accreditation's check": {lang: "en", category: "other-ground",
			flagged: []string{"Applicants must have no criminal history."},
			clean:   []string{"Driver trainer accreditation from the Department of Transport and Main Roads, which requires a criminal history check carried out by the department"}},
		"a certification we also pay for": {lang: "en", category: "fee",
			flagged: []string{"You pay for your CPR certification during your first month."},
			clean:   []string{"We also pay for and schedule your CPR and First Aid certification during your first month."}},
		"young horses": {lang: "en", category: "age",
			flagged: []string{"We want a young groom who fits our team."},
			clean:   []string{"You'll help with the backing and schooling of young horses."}},
	})
}
