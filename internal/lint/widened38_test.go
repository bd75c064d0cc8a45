package lint

import "testing"

// TestWordings38: wordings read by their meaning, each beside the
// wording closest to it that is not the problem: an accent a plus, a
// union background, an all-ladies team, the successful girl, public
// assistance, applicants who cover a cost, flamboyant types, an ethnic
// group sought, without a young baby, a form fee, a ZIP code lived in.
func TestWordings38(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"an accent a plus": {lang: "en", category: "origin",
			flagged: []string{"A Kiwi accent is a plus."},
			clean:   []string{"A friendly manner is a plus."}},
		"a union background": {lang: "en", category: "union",
			flagged: []string{"Candidates with a union background will not be put forward."},
			clean:   []string{"We respect your union background."}},
		"an all-ladies team": {lang: "en", category: "sex",
			flagged: []string{"Join our all-ladies team."},
			clean:   []string{"Join our friendly team of stylists."}},
		"the successful girl": {lang: "en", category: "sex",
			flagged: []string{"The successful girl will live on site."},
			clean:   []string{"The successful applicant will live on site."}},
		"public assistance": {lang: "en", category: "other-ground",
			flagged: []string{"We cannot hire anyone on MFIP or county assistance."},
			clean:   []string{"You'll teach visitors about animal welfare."}},
		"applicants who cover a cost": {lang: "en", category: "fee",
			flagged: []string{"Applicants cover the $75 cost of the background check."},
			clean:   []string{"We cover the $75 cost of the background check."}},
		"flamboyant types": {lang: "en", category: "orientation",
			flagged: []string{"A quiet kitchen: no flamboyant types."},
			clean:   []string{"A quiet kitchen with flamboyant desserts."}},
		"an ethnic group sought": {lang: "en", category: "origin",
			flagged: []string{"Candidates must be Sinhalese.", "We prefer applicants from the Yao community."},
			clean:   []string{"Candidates must speak Sinhala and English."}},
		"without a young baby": {lang: "en", category: "family",
			flagged: []string{"The early shift suits someone without a young baby."},
			clean:   []string{"The early shift starts at 6 am."}},
		"a form fee": {lang: "en", category: "fee",
			flagged: []string{"Collect the application form for a form fee of UGX 20,000."},
			clean:   []string{"Collect the application form at reception, free of charge."}},
		"a ZIP code lived in": {lang: "en", category: "residence",
			flagged: []string{"Living in the 35203 or 35204 zip codes is required."},
			clean:   []string{"Our farm is in the 35203 zip code."}},
	})
}
