package lint

import "testing"

// TestWordings26: a feminine adjective set before "vous" as the
// candidate's description, and the candidate as the subject of a
// possessive in one sex, permanent residents only (an immigration
// status, not a place of residence); each beside the wording closest to it that is
// not the problem.
func TestWordings26(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a feminine adjective describing the reader": {lang: "fr", category: "sex",
			flagged: []string{"Douce et à l'écoute, vous accueillez nos clients.", "Rigoureuse dans la tenue des stocks, vous tenez la caisse.", "- Souriante et dynamique, vous accueillez la clientèle du magasin."},
			clean: []string{"Rigoureuse ou rigoureux, vous tenez la caisse.", "Rigoureux·se, vous tenez la caisse.",
				"Notre équipe est patiente et souriante, vous verrez.", "Curieux ou curieuse, vous aimez apprendre."}},
		"the candidate's possessive in one sex": {lang: "en", category: "sex",
			flagged: []string{"The ideal candidate knows his perennials from his annuals.", "The successful applicant will bring her expertise to the team."},
			clean: []string{"The new hire will shadow her for two weeks.", "Each candidate and his or her referees will be contacted.",
				"The postholder reports to the manager and supports her team.", "The successful applicant will bring their own ideas."}},
		"permanent residents only": {lang: "en", category: "origin",
			flagged: []string{"- HK permanent residents only", "Applicants must be permanent residents of Hong Kong."},
			clean:   []string{"Open to permanent residents or anyone with a valid work visa.", "We sponsor visas; permanent residency is not required."}},
	})
}
