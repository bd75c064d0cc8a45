package lint

import (
	"strings"
	"testing"
)

// TestWordings33: wordings read by their meaning, each beside the
// wording closest to it that is not the problem: an age not to have
// passed, a birth decade, the team's age bracket, a job for students,
// born here, a home village asked, a job noun with its sex, only men
// encouraged, a guest treated like her own, a spouse of the other sex
// only, a union-free relationship, a faith-centred team, freedom from
// illness, a body weight, the camera's look, recent grads, mother-hen
// care, a police certificate; and a firm born in 1987, a couple of
// workers, a barber's beards, a festival bonus by faith, a load's weight,
// which are no criterion.
func TestWordings33(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"an age not to have passed": {lang: "fr", category: "age",
			flagged: []string{"- N'ayant pas dépassé 25 ans", "Âge ne dépassant pas 30 ans."},
			clean:   []string{"Trajets n'excédant pas 30 km.", "Missions ne dépassant pas 35 heures par semaine."}},
		"a birth decade": {lang: "fr", category: "age",
			flagged: []string{"- Idéalement né·e dans les années 2000, comme notre communauté"},
			clean:   []string{"Notre imprimerie est née en 1987 à Lomé.", "L'escalade est née dans les Alpes."}},
		"a birth decade, en": {lang: "en", category: "age",
			flagged: []string{"Ideally born in the 90s, like the rest of the crew."},
			clean:   []string{"The brewery was born in a garage in 2011."}},
		"the team's age bracket": {lang: "fr", category: "age",
			flagged: []string{"Vous êtes idéalement dans la même tranche d'âge que l'équipe."},
			clean:   []string{"Nous accueillons des enfants de toute tranche d'âge."}},
		"born here": {lang: "fr", category: "origin",
			flagged: []string{"- Un vrai Ardennais, né ici de préférence"},
			clean:   []string{"- Une bonne connaissance des Ardennes et de leurs bières"}},
		"born here, en": {lang: "en", category: "origin",
			flagged: []string{"Jersey-born or long-term islanders preferred.", "We've had bad luck training someone from away."},
			clean:   []string{"Our first-born store opened in 1998.", "Our founder was born in St Helier."}},
		"a home village asked": {lang: "fr", category: "origin",
			flagged: []string{"- Une fiche indiquant votre colline et commune d'origine"},
			clean:   []string{"- Une fiche indiquant votre adresse et un numéro de téléphone"}},
		"a job noun with its sex": {lang: "fr", category: "sex",
			flagged: []string{"Nos clients sont plus à l'aise avec un barbier homme."},
			clean:   []string{"Nos clients apprécient nos barbiers, hommes et femmes."}},
		"only men encouraged": {lang: "en", category: "sex",
			flagged: []string{"- Only male candidates are encouraged to apply"},
			clean:   []string{"- Female candidates are encouraged to apply: women are under-represented in our pharmacy team."}},
		"a guest treated like her own": {lang: "en", category: "sex",
			flagged: []string{"We need someone who treats every guest like her own."},
			clean:   []string{"Our owner Mary treats every guest like her own, and so will you."}},
		"a spouse of the other sex only": {lang: "en", category: "orientation",
			flagged: []string{"- Health insurance for employee and spouse (husband or wife only)"},
			clean:   []string{"- Health insurance for you and your husband, wife or partner"}},
		"a union-free relationship": {lang: "en", category: "union",
			flagged: []string{"We deal with our crew directly – no third parties.", "This is not a union site."},
			clean:   []string{"We don't use third-party recruiters.", "Our crew is covered by the union agreement."}},
		"a faith-centred team": {lang: "en", category: "religion",
			flagged: []string{"We're a Christ-centered team."},
			clean:   []string{"We close on Christmas Day."}},
		"freedom from illness": {lang: "en", category: "health",
			flagged: []string{"- Free from any illness"},
			clean:   []string{"- Keep the reptiles free from disease with daily checks"}},
		"a body weight": {lang: "en", category: "appearance",
			flagged: []string{"- Under 180 lbs, so you can test our anchors"},
			clean:   []string{"- Able to lift loads under 150 lbs with a hoist", "- Move boxes of no more than 100 lbs"}},
		"the camera's look": {lang: "en", category: "appearance",
			flagged: []string{"You'll film our reels, so a good look on camera matters."},
			clean:   []string{"You'll film our reels on the shop's camera."}},
		"recent grads": {lang: "en", category: "age",
			flagged: []string{"Great first job for recent high school grads."},
			clean:   []string{"High school diploma or GED required."}},
		"mother-hen care": {lang: "fr", category: "gender-coded",
			flagged: []string{"Vous avez une âme de maman poule."},
			clean:   []string{"- De la patience avec les chats anxieux"}},
		"a police certificate": {lang: "en", category: "other-ground",
			flagged: []string{"A Police Certificate of Character is required for all staff."},
			clean:   []string{"We check references before an offer."}},
		"a couple of workers": {lang: "en", category: "family",
			flagged: []string{"The cottage suits a couple, and is offered to a couple only."},
			clean:   []string{"We're looking for a couple of strong pairs of hands."}},
		"a barber's beards": {lang: "en", category: "appearance",
			flagged: []string{"Staff must be clean-shaven, no beards."},
			clean:   []string{"You'll do fades, tapers, lineups and beard sculpting in our barber shop."}},
		"a festival bonus by faith": {lang: "en", category: "religion",
			flagged: []string{"Please state your faith on the form."},
			clean:   []string{"- Two festival bonuses a year, paid at Eid, Durga Puja or Christmas according to your faith"}},
	})
}

// TestPayScaleFloor: a floor on a published pay scale is the starting
// pay; a bare floor is not.
func TestPayScaleFloor(t *testing.T) {
	l, err := New(Config{PayTransparency: []string{"eu-2023-970"}})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]bool{
		"# Barman\n\n## Conditions\n\n- Salaire selon le barème de la commission paritaire 118, à partir de 2 450 € brut par mois\n": false,
		"# Barman\n\n## Conditions\n\n- Salaire à partir de 2 450 € brut par mois\n":                                                 true,
		"# Laveur\n\n## Rémunération\n\n- Salaire fixe : 8 500 MRU par mois\n":                                                       false,
		"# Animatrice\n\n## Rémunération\n\n- Salaire mensuel de 2 500 000 GNF\n":                                                    false,
	} {
		d, err := ParseMarkdown("p.md", "fr", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		d.Country = "BE"
		got := false
		for _, f := range l.Lint(d).Findings {
			if f.Rule == "pay-range" && f.Severity >= Warning {
				got = true
			}
		}
		if got != want {
			t.Errorf("%q: pay-range warning %v, want %v", strings.SplitN(text, "\n", 5)[4], got, want)
		}
	}
}
