package lint

import "testing"

// TestWordings37: wordings read by their meaning, each beside the
// wording closest to it that is not the problem: pay asked as a rate, who
// grew up or trained where, school runs to juggle, a look that matters,
// the under-25s, a college left within years, clock-watchers, private
// lives kept traditional, alpha types, an age guessed, a nationality by
// birth, a back X-ray, a band of years in the trade, a
// uniform's small sizes, her own eye, a petite presence, she sets the
// tone, no two nights alike.
func TestWordings37(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"pay asked as a rate": {lang: "en", category: "pay-history",
			flagged: []string{"Tell us your current or most recent hourly rate."},
			clean:   []string{"Our current hourly rate for overtime is time and a half."}},
		"who grew up or trained where": {lang: "en", category: "origin",
			flagged: []string{"Ideally you grew up in Hong Kong or Guangzhou.", "You learned threading back home in India."},
			clean:   []string{"Ideally you know Cantonese cooking well."}},
		"school runs to juggle": {lang: "en", category: "family",
			flagged: []string{"Ideal if you won't have school pick-ups to juggle."},
			clean:   []string{"Shifts end at 2.30 pm, in time for school pick-ups."}},
		"a look that matters": {lang: "en", category: "appearance",
			flagged: []string{"You'll be on our posters, so a fit, surfy look matters."},
			clean:   []string{"You'll be on our posters, so a friendly manner matters."}},
		"the under-25s": {lang: "en", category: "age",
			flagged: []string{"Perfect for uni students and under-25s."},
			clean:   []string{"You'll coach our under-12s on Saturdays."}},
		"a college left within years": {lang: "en", category: "age",
			flagged: []string{"You left agricultural college within the last five years."},
			clean:   []string{"You hold a college certificate in dairy farming."}},
		"clock-watchers": {lang: "en", category: "cliche",
			flagged: []string{"No clock-watchers, please."},
			clean:   []string{"Shifts are logged on the clock in the dairy."}},
		"private lives kept traditional": {lang: "en", category: "orientation",
			flagged: []string{"We expect staff to keep their private lives traditional.", "Keep the lifestyle stuff at home."},
			clean:   []string{"We respect staff's private lives."}},
		"alpha types": {lang: "en", category: "gender-coded",
			flagged: []string{"Competitive, aggressive alpha types will love it here."},
			clean:   []string{"Referees keep every game fair and safe."}},
		"an age guessed": {lang: "en", category: "age",
			flagged: []string{"You're probably 18 to 24 and love the outdoors."},
			clean:   []string{"You're probably the first face our players see."}},
		"a nationality by birth": {lang: "en", category: "origin",
			flagged: []string{"Applicants should be Guyanese by birth."},
			clean:   []string{"Applicants must have the right to work in Guyana."}},
		"a back X-ray": {lang: "en", category: "health",
			flagged: []string{"A pre-hire medical including lumbar X-ray."},
			clean:   []string{"You'll read X-ray plans of the building's wiring."}},
		"a band of years in the trade": {lang: "en", category: "age",
			flagged: []string{"Between 8 and 15 years in the trade."},
			clean:   []string{"At least 8 years in the trade."}},
		"a uniform's small sizes": {lang: "en", category: "appearance",
			flagged: []string{"You must fit our size S–M uniforms."},
			clean:   []string{"We provide uniforms in every size."}},
		"her own eye": {lang: "en", category: "sex",
			flagged: []string{"The seamstress will bring her own eye for detail."},
			clean:   []string{"You'll bring your own eye for detail."}},
		"a petite presence": {lang: "en", category: "appearance",
			flagged: []string{"A polished, petite presence on the shop floor."},
			clean:   []string{"We stock petite sizes for our customers."}},
		"she sets the tone": {lang: "en", category: "sex",
			flagged: []string{"Our host is the first face guests see; she sets the tone for the whole evening."},
			clean:   []string{"Our host is the first face guests see and sets the tone for the whole evening."}},
		"no two nights alike": {lang: "en", category: "cliche",
			flagged: []string{"No two nights are ever the same."},
			clean:   []string{"Two nights a week are karaoke nights."}},
	})
}
