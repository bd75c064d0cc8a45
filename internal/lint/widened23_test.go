package lint

import "testing"

// TestExperienceCapWithAPublic: years of experience are the candidate's,
// whoever the experience was gained with; the public a job serves is not
// read into a cap on them.
func TestExperienceCapWithAPublic(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"capped customer experience": {lang: "en", category: "age",
			flagged: []string{"## About you\n\n- Customer service experience, but no more than 5 years",
				"## About you\n\n- Customer experience, but no more than 5 years"},
			clean: []string{"## About you\n\n- Customer service experience, at least 2 years"}},
	})
}

// TestContributionAsked: a hire asked to contribute a sum towards their
// kit pays for it; an employer that contributes pays for the hire.
func TestContributionAsked(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"contribution towards kit": {lang: "en", category: "fee",
			flagged: []string{"New starters contribute £45 towards their apron and knife roll.",
				"New starters contribute £1,500 towards their training course.",
				"You will need to contribute towards the cost of your uniform."},
			clean: []string{"We contribute £200 towards your uniform.", "The company contributes £200 towards your boots.",
				"Staff contribute £10 a month towards the social fund.", "You will contribute to training new staff towards their NVQ."}},
	})
}
