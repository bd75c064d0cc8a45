package lint

import (
	"strings"
	"testing"
)

// TestPronounAfterTheJobsName: a pronoun after the job's own name or a
// place ("an experienced Night Porter…", "Leeds City Council…") stands
// for the job holder; after a person's name it stands for that person.
func TestPronounAfterTheJobsName(t *testing.T) {
	for _, c := range []struct {
		doc  string
		want bool
	}{
		{"# Night Porter – Harrogate\n\nWe are looking for a reliable Night Porter for our spa hotel. He will lock up, check the fire panel and greet late guests.", true},
		{"# Site Administrator\n\nOur Sheffield Depot needs an organised Site Administrator. She'll be the first point of contact for drivers.", true},
		{"# Site Administrator\n\nYou will work beside our office manager, Priya Shah. She will train you on the booking system.", false},
	} {
		got := strings.Join(scoredAt(t, "en", Markdown, c.doc, 0), " ")
		if strings.Contains(got, "sex(") != c.want {
			t.Errorf("%q: findings %v, want a sex finding: %v", c.doc, got, c.want)
		}
	}
}

// TestResidenceInMinutes: a home within so many minutes of the site is a
// residence condition; the minutes are a response time only beside an
// on-call word.
func TestResidenceInMinutes(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"residence in minutes, fr": {category: "residence", lang: "fr",
			flagged: []string{"Domicile à moins de 15 minutes de l'entrepôt exigé.", "Vous habitez impérativement à moins de 25 minutes de l'agence."},
			clean:   []string{"Astreinte une semaine sur cinq : domicile à moins de 30 minutes de l'usine exigé pour intervenir.", "L'agence est à 10 minutes à pied de la gare."}},
		"residence in minutes, en": {category: "residence", lang: "en",
			flagged: []string{"You must live within 15 minutes of the store.", "Home within 20 minutes of the depot is essential."},
			clean:   []string{"On-call rota: you must live within 30 minutes of the hospital to respond to emergencies.", "The depot is 20 minutes from the city centre by bus."}},
	})
}
