package lint

import (
	"strings"
	"testing"
)

// infoAbout lints text and says whether a finding of category stands at
// info level, as a requirement to check.
func infoAbout(t *testing.T, lang, text, category string) bool {
	t.Helper()
	l, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse("posting", lang, Text, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	d.Facts = &Facts{Missions: 3, Profile: true, Conditions: true, Apply: true, Location: true, Contract: true, ApplyChannel: true}
	for _, f := range l.Lint(d).Findings {
		if f.Severity == Info && f.Category == category && strings.Contains(f.Message, "genuine and determining") {
			return true
		}
	}
	return false
}

// TestOccupationalRequirements: a ground condition stated with a reason
// the law accepts is information to check; the same condition with no
// reason stays a warning or an error.
func TestOccupationalRequirements(t *testing.T) {
	type c struct{ lang, category, justified, bare string }
	for _, k := range []c{
		{"en", "sex", "Because residents of our women's refuge are survivors of domestic abuse, the support worker must be a woman.",
			"The support worker must be a woman."},
		{"en", "sex", "The post involves intimate personal care for female residents, so applicants must be female.",
			"Applicants must be female."},
		{"en", "sex", "For the part of the father in our touring play, the actor we need is a man.",
			"We are looking for a male receptionist."},
		{"en", "religion", "The chaplain will lead worship and prayers in the school chapel, so must be a practising Anglican.",
			"Applicants must be practising Anglicans."},
		{"en", "age", "Drivers must be 21 years old, as the law requires for an HGV licence.",
			"You must be 21 or younger."},
		{"fr", "sex", "Le poste consiste à assurer les soins intimes des résidentes : nous recrutons une femme.",
			"Pour l'accueil, nous recrutons une femme."},
		{"fr", "sex", "Pour interpréter le rôle de la mère dans la pièce, nous recherchons une femme.",
			"Pour ce poste de vendeur, nous recherchons une femme."},
		{"fr", "religion", "Vous animerez la catéchèse et la liturgie de la paroisse : vous êtes catholique pratiquant.",
			"Vous êtes catholique pratiquant."},
		{"en", "other-ground", "Clean criminal record required, as the law requires for all security staff (SIA licence).",
			"Clean criminal record required."},
		{"fr", "other-ground", "Casier judiciaire vierge exigé : le poste est au contact de mineurs (article L133-6 du Code de l'action sociale).",
			"Casier judiciaire vierge exigé."},
		{"en", "origin", "You will teach English to adults; native English speaker preferred.",
			"Native English speaker preferred."},
		{"fr", "origin", "Interprète français-arabe : arabe langue maternelle exigée.",
			"Arabe langue maternelle exigée."},
	} {
		if got := scored(t, k.lang, k.justified); strings.Contains(strings.Join(got, " "), k.category+"(") {
			t.Errorf("%q: findings %v, want %s at info only", k.justified, got, k.category)
		}
		if !infoAbout(t, k.lang, k.justified, k.category) {
			t.Errorf("%q: no info finding on %s asking to check the requirement", k.justified, k.category)
		}
		if got := scored(t, k.lang, k.bare); !strings.Contains(strings.Join(got, " "), k.category+"(") {
			t.Errorf("%q: findings %v, want one of category %s", k.bare, got, k.category)
		}
	}
}

// TestGroundsOfTheEmployer: a ground word that describes the employer,
// the service, a place or a date is not a criterion about the candidate.
func TestGroundsOfTheEmployer(t *testing.T) {
	for _, k := range []struct{ lang, text string }{
		{"en", "Our faith school is a Catholic community rooted in the Gospel."},
		{"en", "Interviews will be held after Eid, on 14 April."},
		{"en", "The office is a converted church in Leith."},
		{"en", "A gay-owned bar with a loyal LGBT clientele in Soho."},
		{"en", "Our day centre serves older people and their carers."},
		{"en", "The clinic offers a women-only service on Tuesdays."},
		{"fr", "Nous accompagnons des femmes victimes de violences."},
		{"fr", "Les entretiens auront lieu après Pâques."},
		{"fr", "Le poste est basé dans une ancienne église réhabilitée."},
		{"fr", "Notre école catholique accueille 400 élèves."},
		{"fr", "Service d'aide à domicile pour personnes âgées."},
		{"fr", "Un bar gay du Marais, à la clientèle fidèle."},
		{"fr", "Le salon est réservé aux femmes."},
		{"en", "Our gym offers sessions reserved for women."},
		{"en", "The service supports young mothers under 25."},
		{"en", "Our founder, a devout Sikh, started the firm in 1985."},
		{"fr", "Notre fondatrice, catholique pratiquante, a créé la maison en 1990."},
		{"en", "An occupational health questionnaire is sent after a conditional offer."},
		{"en", "Ride operators must meet the manufacturer's minimum height of 1.5 m to reach the controls safely."},
	} {
		if got := scored(t, k.lang, k.text); len(got) > 0 {
			t.Errorf("%q: findings %v, want none", k.text, got)
		}
	}
}

// TestGroundsOfTheJob: the same words said of the job or whom it hires
// stay findings.
func TestGroundsOfTheJob(t *testing.T) {
	for _, k := range []struct{ lang, category, text string }{
		{"en", "sex", "This role is only for women."},
		{"fr", "sex", "Le poste est réservé aux hommes."},
		{"en", "sex", "The gym is looking for a female instructor."},
		{"en", "sex", "Parents mostly request lady tutors for the younger classes."},
		// a reason of another ground's class does not justify this one
		{"en", "health", "No history of mental illness, as you will work with children."},
		{"fr", "age", "Moins de 30 ans, pour le travail de nuit."},
		{"en", "religion", "Applicants must be practising Christians, as our café is run by a church."},
		{"en", "health", "Please complete the health questionnaire with your application."},
		{"en", "appearance", "Security officers must be at least 1.80 m tall."},
	} {
		if got := scored(t, k.lang, k.text); !strings.Contains(strings.Join(got, " "), k.category+"(") {
			t.Errorf("%q: findings %v, want one of category %s", k.text, got, k.category)
		}
	}
}
