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
