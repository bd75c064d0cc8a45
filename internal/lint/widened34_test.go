package lint

import "testing"

// TestWordings34: wordings read by their meaning, each beside the
// wording closest to it that is not the problem: a size worn, a healthy
// bank balance, a medical certificate of no back trouble, a marriage
// certificate, a kit to buy yourself, a look or skin sought, a body for
// the camera, a retiree preferred, years of residence, a local-only base,
// marriage as God designed it, nationals preferred, a sex before the job noun, the school one went to, an outdoorsman, a sex
// mark after the job, locks, a lifestyle fit for a family brand, born and
// raised, born in a region; and a shop's European designers, a weight
// limit each horse carries, a job named in both forms with a compound,
// workers' allotments, which are no criterion.
func TestWordings34(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a size worn": {lang: "fr", category: "appearance",
			flagged: []string{"- Vous portez le 36/38"},
			clean:   []string{"- Vous portez les robes jusqu'à la cabine d'essayage"}},
		"a healthy bank balance": {lang: "fr", category: "other-ground",
			flagged: []string{"- Situation bancaire saine exigée"},
			clean:   []string{"- Vous suivez la situation bancaire des clients"}},
		"a medical certificate of no back trouble": {lang: "fr", category: "health",
			flagged: []string{"- Un certificat médical attestant l'absence de problèmes de dos"},
			clean:   []string{"- La visite médicale d'embauche est organisée par la médecine du travail"}},
		"a marriage certificate": {lang: "fr", category: "personal-data",
			flagged: []string{"- Certificat de mariage le cas échéant"},
			clean:   []string{"- Un CV et une lettre de motivation"}},
		"a kit to buy yourself": {lang: "fr", category: "fee",
			flagged: []string{"- La tenue de boutique (robe noire, 145 €) est à acquérir par vos soins"},
			clean:   []string{"- La tenue de boutique est fournie par la maison"}},
		"a look sought": {lang: "fr", category: "origin",
			flagged: []string{"- Type asiatique apprécié pour l'authenticité du concept"},
			clean:   []string{"- Une cuisine de type asiatique, ouverte sur la salle"}},
		"a skin sought": {lang: "en", category: "origin",
			flagged: []string{"- Naturally olive skin tone is a plus"},
			clean:   []string{"- Match each client's skin tone to the right tan shade"}},
		"a body for the camera": {lang: "fr", category: "appearance",
			flagged: []string{"- Un physique qui accroche la caméra"},
			clean:   []string{"- À l'aise face à la caméra pour nos vidéos"}},
		"a retiree preferred": {lang: "fr", category: "age",
			flagged: []string{"- Un·e retraité·e dynamique serait idéal·e"},
			clean:   []string{"- Les jardiniers retraités de l'association vous épaulent"}},
		"years of residence": {lang: "fr", category: "residence",
			flagged: []string{"Candidatures réservées aux personnes domiciliées à Nîmes depuis au moins trois ans."},
			clean:   []string{"L'association anime les jardins de Nîmes depuis trente ans."}},
		"a local-only base": {lang: "en", category: "residence",
			flagged: []string{"Truro-based applicants only, please."},
			clean:   []string{"We're a Truro-based tyre centre with two vans."}},
		"marriage as God designed it": {lang: "en", category: "orientation",
			flagged: []string{"We celebrate marriage as God designed it."},
			clean:   []string{"We dress brides for every kind of wedding."}},
		"nationals preferred": {lang: "en", category: "origin",
			flagged: []string{"- Japanese nationals preferred for the sushi counter"},
			clean:   []string{"- Japanese knife skills are a plus"}},
		"a sex before the job noun": {lang: "en", category: "sex",
			flagged: []string{"- Lady teachers preferred for primary classes"},
			clean:   []string{"- Teachers preferred for primary classes hold a diploma"}},
		"the school one went to": {lang: "en", category: "other-ground",
			flagged: []string{"- Past pupils of leading Colombo schools preferred"},
			clean:   []string{"- You'll teach pupils of several Colombo schools"}},
		"an outdoorsman": {lang: "en", category: "sex",
			flagged: []string{"You're a true outdoorsman at heart."},
			clean:   []string{"You love the outdoors and know the trails."}},
		"a sex mark after the job": {lang: "en", category: "sex",
			flagged: []string{"- Cellar hand (male), vintage season"},
			clean:   []string{"- Cellar hand (vintage season)"}},
		"locks": {lang: "en", category: "appearance",
			flagged: []string{"- Neat appearance: no locks or coloured extensions"},
			clean:   []string{"- Fit and service locks for our clients"}},
		"a lifestyle fit for a family brand": {lang: "en", category: "orientation",
			flagged: []string{"We need staff whose personal lifestyle fits a family brand."},
			clean:   []string{"We run a family-friendly brand of escape rooms."}},
		"born and raised": {lang: "en", category: "origin",
			flagged: []string{"- Born-and-raised Northerners preferred"},
			clean:   []string{"- Knowledge of the North's trails"}},
		"born in a region": {lang: "fr", category: "origin",
			flagged: []string{"- Né·e en Savoie de préférence"},
			clean:   []string{"- Connaissance des massifs de Savoie"}},
		"a shop's European designers": {lang: "fr", category: "origin",
			flagged: []string{"Profil européen exigé."},
			clean:   []string{"Nous présentons une quarantaine de créateurs européens."}},
		"a weight limit each horse carries": {lang: "en", category: "appearance",
			flagged: []string{"- Weight limit of 90 kg for applicants"},
			clean:   []string{"- Check riders against our weight limit for each horse"}},
		"both forms with a compound": {lang: "fr", category: "sex",
			flagged: []string{"Nous cherchons une technicienne-dentiste pour l'atelier."},
			clean:   []string{"Nous cherchons une technicienne-dentiste ou un technicien-dentiste."}},
	})
}

// TestWorkersAllotments: "jardins ouvriers" names gardens, not workers:
// the title names the job in both forms.
func TestWorkersAllotments(t *testing.T) {
	if _, _, _, ok := genderedTitle(fold("Gardien·ne-animateur·rice des jardins ouvriers – CDI 35 h – Nîmes")); ok {
		t.Error("the title names a job in one gender")
	}
	if _, _, _, ok := genderedTitle(fold("Ouvriers agricoles – Nîmes")); !ok {
		t.Error("a title in the masculine only is not read as one")
	}
}

// TestPayToChatAbout: pay left to a chat stands where the pay should be.
func TestPayToChatAbout(t *testing.T) {
	for text, want := range map[string]bool{
		"# Tanning artist\n\n## Pay\n\nChat to us about pay when you come in.\n":    true,
		"# Tanning artist\n\n## Pay\n\n$24–$28 an hour. Chat to us about shifts.\n": false,
	} {
		got := false
		for _, f := range lintText(t, "en", Markdown, text, nil) {
			if f.Rule == "pay-range" && f.Severity >= Warning {
				got = true
			}
		}
		if got != want {
			t.Errorf("%q: pay-range warning %v, want %v", text, got, want)
		}
	}
}
