package lint

import "testing"

// TestWordings32: wordings read by their meaning, each beside the
// wording closest to it that is not the problem: a team of one sex, an
// all-Vietnamese team, a faith's character, born and bred, Pride pins
// banned, alternative lifestyles, a farm's values on marriage, like
// family, party politics, a firm that deals with no union; and positive
// action (an interview offered to disabled applicants, women encouraged
// to apply), time for worship built into the rota, a course the client
// pays for, which are no criterion.
func TestWordings32(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a team of one sex": {lang: "en", category: "sex",
			flagged: []string{"We're a ladies-only team, so you'll fit right in."},
			clean:   []string{"We run ladies-only swim sessions on Tuesdays."}},
		"an all-Vietnamese team": {lang: "en", category: "origin",
			flagged: []string{"We're an all-Vietnamese team, so you'll fit right in."},
			clean:   []string{"Our team speaks Vietnamese and English with clients."}},
		"a faith's character": {lang: "en", category: "religion",
			flagged: []string{"- Good moral and Islamic character"},
			clean:   []string{"- Good moral character and a clean driving record"}},
		"born and bred": {lang: "en", category: "origin",
			flagged: []string{"- Ideally a born-and-bred Guern"},
			clean:   []string{"- Knowledge of the island's roads"}},
		"Pride pins banned, alternative lifestyles": {lang: "en", category: "orientation",
			flagged: []string{"- No rainbow lanyards or Pride pins on shift", "Please leave alternative-lifestyle statements at home.", "Our client is a Christian family farm with traditional values on marriage."},
			clean:   []string{"- We march in the Pride parade every June"}},
		"Pride banned, fr": {lang: "fr", category: "orientation",
			flagged: []string{"Ici, pas de « trucs de la Gay Pride » à l'atelier."},
			clean:   []string{"L'atelier ferme le jour de la Gay Pride, où l'équipe défile."}},
		"like family": {lang: "en", category: "cliche",
			flagged: []string{"We're like family here."},
			clean:   []string{"We're a family-run winery."}},
		"party politics": {lang: "en", category: "union",
			flagged: []string{"Persons active in party politics need not apply.", "The firm doesn't deal with unions."},
			clean:   []string{"We recognise the union for collective bargaining."}},
		"positive action": {lang: "en", category: "health",
			flagged: []string{"Applicants must have no disability."},
			clean:   []string{"We offer an interview to disabled applicants who meet the essential criteria."}},
		"positive action, fr": {lang: "fr", category: "sex",
			flagged: []string{"Nous recrutons uniquement des hommes."},
			clean:   []string{"Les candidatures féminines sont vivement encouragées : nos équipes comptent 30 % de femmes."}},
		"time for worship built in": {lang: "en", category: "religion",
			flagged: []string{"Staff must attend Sunday worship."},
			clean:   []string{"If you need time for worship on another day, tell us and we'll build the rota around it."}},
		"a course the client pays for": {lang: "en", category: "fee",
			flagged: []string{"A registration fee of $50 is charged to applicants."},
			clean:   []string{"- P endorsement, or willing to obtain it; the client pays for the course and NZTA fees"}},
	})
}

// TestHeAfterThings: capitalised subjects, products and qualifications
// are no one "he" stands for, and in English "he" never stands for a
// thing French calls "elle" ("certification").
func TestHeAfterThings(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"he after things": {lang: "en", category: "sex",
			flagged: []string{"CXC passes including Mathematics and Physics or Electrical Technology. He must be able to work late shows.",
				"The right candidate knows audio. Pro Tools certification is an asset. He must be able to take direction."},
			clean: []string{"Our founder Maria Lopez runs the bakery. She will show you round on your first day."}},
	})
}
