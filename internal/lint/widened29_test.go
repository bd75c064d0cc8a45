package lint

import (
	"slices"
	"strings"
	"testing"
)

// TestWordings29: wordings read by their meaning, each beside the
// wording closest to it that is not the problem: a faith background, a
// petite build, small children at home, a clean injury record, past
// injury claims, a sample size worn, someone of the clients' own age, a
// recent graduate, a current employer called before consent, a soft
// voice, experience from one country, headwear banned outright; in
// French, never being ill, a student or a school-leaver wanted, mothers
// of young children, a wage garnishment, a climber's build, only men
// taken in, a bride already married, a team player, born and raised in
// the region, the public's taste given as a reason; and the employer's
// own chapel family and family business, which are no criterion.
func TestWordings29(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a faith background": {lang: "en", category: "religion",
			flagged: []string{"A bit of chapel background would help you fit in.", "A Christian upbringing is a plus."},
			clean:   []string{"We welcome applicants of any religious background."}},
		"a petite build": {lang: "en", category: "appearance",
			flagged: []string{"Petite is a plus, as the counter is narrow."},
			clean:   []string{"We stock petite and plus sizes."}},
		"small children at home": {lang: "en", category: "family",
			flagged: []string{"This works best for someone with no little ones to get to school.", "Saturdays may not suit moms with little ones."},
			clean:   []string{"You'll run classes for parents with toddlers.", "You'll talk with the moms with little ones who come to story time."}},
		"a clean injury record and past claims": {lang: "en", category: "health",
			flagged: []string{"- Injury-free for at least a year", "Please include details of any previous ACC claims."},
			clean:   []string{"We keep an injury-free workplace through training."}},
		"a sample size worn": {lang: "en", category: "appearance",
			flagged: []string{"- Able to wear our sample sizes (0–8) for trunk shows"},
			clean:   []string{"- Steam and store our sample dresses after each fitting"}},
		"someone of the clients' own age, a recent graduate": {lang: "en", category: "age",
			flagged: []string{"Our brides relate best to someone their own age.", "This role is perfect for a recent college grad."},
			clean:   []string{"This role is open to recent graduates and career changers alike."}},
		"a current employer called before consent": {lang: "en", category: "personal-data",
			flagged: []string{"We'll call your current manager before interview."},
			clean:   []string{"We'll only contact your current employer with your consent, once we make an offer."}},
		"a soft voice": {lang: "en", category: "gender-coded",
			flagged: []string{"- A soft, soothing voice on the phone"},
			clean:   []string{"- A clear, calm manner on the phone"}},
		"experience from one country": {lang: "en", category: "origin",
			flagged: []string{"Kiwi work experience is essential."},
			clean:   []string{"Work experience from anywhere counts."}},
		"headwear banned outright": {lang: "en", category: "religion",
			flagged: []string{"- No headwear of any kind on the salon floor"},
			clean:   []string{"- Hairnets are provided for the kitchen"}},
		"never ill": {lang: "fr", category: "health",
			flagged: []string{"On veut des gens jamais malades.", "Jamais en arrêt maladie depuis cinq ans."},
			clean:   []string{"Vos arrêts maladie sont maintenus à 100 % par la mutuelle."}},
		"a student or a school-leaver wanted": {lang: "fr", category: "age",
			flagged: []string{"Idéal si tu es étudiant·e, nos plannings s'adaptent.", "Tout juste sorti·e des études ? Ce poste est pour toi."},
			clean:   []string{"Nos plannings s'adaptent aux études comme aux autres contraintes."}},
		"mothers of young children": {lang: "fr", category: "family",
			flagged: []string{"Soyons honnêtes, nos horaires conviennent mal aux mamans de jeunes enfants."},
			clean:   []string{"Vous accueillez les mamans de jeunes enfants à l'atelier d'éveil."}},
		"a wage garnishment": {lang: "fr", category: "other-ground",
			flagged: []string{"- Absence de saisie ou de cession sur salaire"},
			clean:   []string{"- Saisie des heures dans notre logiciel de paie"}},
		"a climber's build": {lang: "fr", category: "appearance",
			flagged: []string{"Idéalement un physique de grimpeur, sec et affûté."},
			clean:   []string{"Le poste demande une activité physique d'extérieur."}},
		"only men taken in": {lang: "fr", category: "sex",
			flagged: []string{"Le chantier ne peut accueillir que des hommes."},
			clean:   []string{"Nos vestiaires accueillent hommes et femmes séparément."}},
		"a bride already married": {lang: "fr", category: "family",
			flagged: []string{"Vous-même mariée ou fiancée, vous comprenez nos clientes."},
			clean:   []string{"Vous accompagnez les futures mariées jusqu'à l'essayage final."}},
		"a team player": {lang: "fr", category: "cliche",
			flagged: []string{"Tu es un vrai team player."},
			clean:   []string{"Tu travailles en équipe de trois."}},
		"born and raised in the region": {lang: "fr", category: "origin",
			flagged: []string{"- Né·e et élevé·e dans la région, idéalement"},
			clean:   []string{"- Vous connaissez la région ou souhaitez la découvrir"}},
		"the public's taste given as the reason": {lang: "fr", category: "appearance",
			flagged: []string{"Côté tenue : tablier fourni, c'est l'hygiène qui le veut. Pas de piercing au visage ni de cheveux colorés, notre clientèle est plutôt traditionnelle."},
			clean:   []string{"Cheveux attachés et charlotte : l'hygiène l'impose au laboratoire."}},
		"the employer's own chapel family and family business": {lang: "en", category: "cliche",
			flagged: []string{"We're a close-knit family here."},
			clean:   []string{"We're a chapel family and we close on Sundays."}},
	})
	checkClasses(t, map[string]classCase{
		"the employer's own family business": {lang: "en", category: "other-ground",
			flagged: []string{"Applicants from a respectable family only."},
			clean:   []string{"We are a respectable family business in the heart of town."}},
	})
}

// TestPronounForTheHire: in English "she" stands for a person, never
// for the shop the hire runs.
func TestPronounForTheHire(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"she after a shop": {lang: "en", category: "sex",
			flagged: []string{"We're after a cheerful person to run the shop front. She'll be first in at 6.30am."},
			clean:   []string{"Our founder Ann runs the shop front. She'll be first in to show you round."}},
	})
}

// TestStaffDutyInTheEmployersPresentation: a duty the employer's own
// presentation puts on its staff is put on the hire.
func TestStaffDutyInTheEmployersPresentation(t *testing.T) {
	posting := func(about string) string {
		return "# Nursery hand\n\nTotara Grove is a family-owned nursery near Christchurch.\n\n" + about + "\n\n## How to apply\n\nEmail jobs@example.nz.\n"
	}
	if got := scoredAt(t, "en", Markdown, posting("We're a Christian business, and staff are expected to join our Monday morning devotions before work."), 0); !slices.Contains(got, "religion(discrimination)") {
		t.Errorf("a duty on staff: got %v, want religion", got)
	}
	if got := scoredAt(t, "en", Markdown, posting("We're a Christian business, and our Monday morning devotions are open to anyone who wishes."), 0); len(got) > 0 {
		t.Errorf("devotions open to all: got %v, want none", got)
	}
}

// TestPostalAddressNamesNoGround: a church or a priest named in the
// address an application goes to is no criterion; a count is no street.
func TestPostalAddressNamesNoGround(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       bool
	}{
		{"en", "Send a letter and résumé to the Parish Administrator, St. Columba's Episcopal Church, 2880 N. High St., Columbus, OH 43202.", false},
		{"fr", "Lettre de motivation et CV à adresser au père Bernard Olivieri, curé, Presbytère des Chartreux, 21 place Edmond-Audran, 13004 Marseille.", false},
		{"en", "You must attend church, 3 times a week, and pray with the team.", true},
	} {
		got := scoredAt(t, c.lang, Text, c.text, 0)
		if has := slices.Contains(got, "religion(discrimination)"); has != c.want {
			t.Errorf("%q: got %v, want religion %v", c.text, got, c.want)
		}
	}
}

// TestEnglishSectionFromItsHeading: a part of a French posting written
// in English is reported from its heading, which opens it.
func TestEnglishSectionFromItsHeading(t *testing.T) {
	text := "# Coursier·e à vélo cargo (H/F) – Lyon\n\nNous livrons les commerces du 7e arrondissement de Lyon depuis 2019.\n\n" +
		"## Why you'll love riding with us\n\nWe're a fast-growing crew with free coffee at the hub, monthly group rides and a team that has your back.\n\n" +
		"## Ce qu'on t'offre\n\n12,50 € brut de l'heure, publiée le 3 mars 2026.\n"
	for _, f := range lintText(t, "fr", Markdown, text, nil) {
		if f.Rule == "fr-language" {
			if f.Line != 5 || !strings.Contains(f.Message, "Why you'll love") {
				t.Errorf("fr-language at line %d: %s; want the heading, line 5", f.Line, f.Message)
			}
			return
		}
	}
	t.Error("no fr-language finding")
}

// TestNonRefundableFee: a fee "non remboursable" is a fee kept, not one
// given back.
func TestNonRefundableFee(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a fee never refunded": {lang: "fr", category: "fee",
			flagged: []string{"- Le reçu de paiement des frais d'étude de dossier (5 000 FCFA, non remboursables)."},
			clean:   []string{"- Les frais de formation sont remboursés par l'employeur."}},
	})
}
