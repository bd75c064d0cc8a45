package lint

import "testing"

// TestGeneralDetectors checks the general mechanisms on wordings written
// apart from the terms: a filler inside a term, a ground said of the
// reader outside the profile section, exclusions in other words, the
// metaphors of gender-coded wording, and the traps each must not fire on
// (the sector, a place, the employer's offer).
func TestGeneralDetectors(t *testing.T) {
	classes := map[string]classCase{
		"gender-coded metaphors, en": {category: "gender-coded", lang: "en",
			flagged: []string{"You'll need nerves of steel to survive month-end.", "Someone with a thick skin and the balls to say no to partners.",
				"You take no prisoners in a negotiation.", "A steely closer who goes for the jugular.", "You have the guts to cold-call a CEO.",
				"You crush your quota every quarter.", "It's a man's world out on site, so you need a thick skin.",
				"You'll have the hide of a rhino and the guts to tell clients bad news."},
			clean: []string{"You will operate the crusher at our quarry.", "We crush and bottle grapes from our own vineyard.",
				"Steel fabrication experience is useful.", "You'll rewrite the guts of our billing engine."}},
		"gender-coded metaphors, fr": {category: "gender-coded", lang: "fr",
			flagged: []string{"Vous avez des nerfs d'acier face aux clients difficiles.", "Il faut avoir la peau dure dans ce métier.",
				"Vous n'avez pas froid aux yeux en prospection.", "Vous avez la gnaque et aimez écraser la concurrence.",
				"Un mental d'acier est indispensable.", "Vous avez les reins solides pour tenir la cadence."},
			clean: []string{"Nous fabriquons des charpentes en acier.", "Vous écrasez les raisins à la main pendant les vendanges.",
				"La concurrence est forte sur notre marché."}},
		"care pictured as a mother's": {category: "gender-coded", lang: "fr",
			flagged: []string{"Vous avez la fibre maternelle.", "Un instinct maternel développé est un plus pour ce poste.", "Vous êtes une vraie mère poule, avec l'âme de mère."},
			clean:   []string{"Nous offrons un cadre bienveillant.", "Vous accompagnez les jeunes mères dans leur parcours."}},
		"nurturing as the reader's nature, en": {category: "gender-coded", lang: "en",
			flagged: []string{"You're nurturing by nature.", "We need a mother hen for the office.", "Someone with a gentle touch and a maternal instinct."},
			clean:   []string{"A nurturing environment where you can grow.", "You'll create a nurturing setting for the toddlers in our nursery."}},
		"a filler inside the wording, residence": {category: "residence", lang: "fr",
			flagged: []string{"Idéalement, vous habitez déjà à Annecy.", "Vous vivez impérativement à Bruxelles.", "Vous résidez actuellement dans le Val-de-Marne, de préférence."},
			clean:   []string{"Vous vivez une expérience unique au cœur d'Annecy.", "Nous vous aidons à trouver un logement à Bruxelles."}},
		"residence as a bar, en": {category: "residence", lang: "en",
			flagged: []string{"Residents of Fingal preferred.", "Only applicants with a home address in Surrey will be shortlisted.",
				"Applicants must currently live in the Inner West.", "We won't consider commuters from outside the valley."},
			clean: []string{"The office is in Surrey, with free parking.", "On call, you must reach the plant within 20 minutes.",
				"We cover your commute with a travel pass."}},
		"the reader said to have no family": {category: "family", lang: "fr",
			flagged: []string{"Vous êtes libre de toute attache.", "Vous êtes célibataire, idéalement.", "Ce poste est incompatible avec une vie de famille.",
				"Une vie familiale chargée n'est pas compatible avec nos déplacements."},
			clean: []string{"Des horaires compatibles avec une vie de famille.", "Mutuelle famille prise en charge à 60 %.",
				"Nous respectons l'équilibre entre vie professionnelle et vie familiale."}},
		"family life ruled out, en": {category: "family", lang: "en",
			flagged: []string{"This role is not for anyone with a busy family life.", "You'll need to put family commitments aside during peak season.",
				"Travel is constant, so the job is hard to combine with family life."},
			clean: []string{"We protect your family life with no weekend work.", "Flexible hours that respect family commitments."}},
		"an origin by a name's sound": {category: "origin", lang: "en",
			flagged: []string{"Candidates with an English-sounding name preferred for phone work.", "Ideally a Western-sounding name, as clients are traditional."},
			clean:   []string{"Please give the name you want us to use.", "We sell French-sounding brand names to retailers."}},
		"an age said of the reader, en": {category: "age", lang: "en",
			flagged: []string{"Candidates must be under 40.", "You should ideally be under thirty.", "We want new blood on the team."},
			clean:   []string{"Delivery must be under 30 minutes.", "The site is under 40 miles from Leeds.", "Apprentices must be aged 16 or over, as the law requires."}},
		"exclusions in other words": {category: "origin", lang: "en",
			flagged: []string{"Non-native speakers won't be considered.", "We cannot consider applicants with a foreign accent."},
			clean:   []string{"Applications after 1 May won't be considered.", "We cannot consider CVs sent by post."}},
	}
	checkClasses(t, classes)
}

// TestTitleGenderByForm checks that a French title's gender is read
// through a compound first word, a prefix and an adjective that agrees
// with an epicene noun, and that inclusive and epicene titles pass.
func TestTitleGenderByForm(t *testing.T) {
	for title, want := range map[string]bool{
		"Téléconseillère – Service client":      true,
		"Aide-soignante qualifiée":              true,
		"Comptable confirmé – Fiduciaire":       true,
		"Secrétaire médicale expérimentée":      true,
		"Comptable confirmé·e":                  false,
		"Aide-soignant·e de nuit":               false,
		"Téléconseiller·ère":                    false,
		"Gestionnaire de paie":                  false,
		"Assistant(e) comptable débutant(e)":    false,
		"Télépilote de drone":                   false,
		"Responsable qualité et sécurité":       false,
		"Comptable confirmé ou confirmée (H/F)": false,
		"Préposé aux bénéficiaires – CHSLD":     true,
		"Adjointe administrative":               true,
		"Analyste financier":                    true,
		"Responsable du contrôle financier":     false,
		"Barmaid – Plateau Mont-Royal":          true,
		"Sage-femme de garde":                   false,
		"Sous-directrice d'agence":              true,
		"Contremaître de chantier":              true,
		"Préposé·e aux bénéficiaires":           false,
	} {
		_, _, _, got := inclusiveTitle(title)
		if got != want {
			t.Errorf("%q: one gender %v, want %v", title, got, want)
		}
	}
}

// TestEconomicAndRecordGrounds checks the economic situation, employment
// status, housing and a criminal record as a bar, and what they are not:
// the people a job serves, a check a law requires for the post, a
// request for the record (personal data, found as such).
func TestEconomicAndRecordGrounds(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"economic situation or record as a bar, en": {category: "other-ground", lang: "en",
			flagged: []string{"We cannot consider anyone who has been declared bankrupt.", "Long-term unemployed candidates will not be considered.",
				"Applicants who are currently out of work need not apply.", "You must be a homeowner.", "People with convictions need not apply.",
				"You must not be in receipt of benefits."},
			clean: []string{"We support people on benefits back into work.", "You will help clients manage their debts.",
				"We welcome applicants with convictions and follow Ban the Box.", "You'll advise homeowners on insulation grants.",
				"A DBS check is required by law for this regulated role with children."}},
		"economic situation or record as a bar, fr": {category: "other-ground", lang: "fr",
			flagged: []string{"Les personnes bénéficiant du RSA ne seront pas retenues.", "Les demandeurs d'emploi de longue durée s'abstenir.",
				"Vous n'avez jamais été condamné.", "Casier judiciaire vierge exigé.", "Vous devez être propriétaire de votre logement.",
				"Pas de personnes au chômage depuis plus d'un an."},
			clean: []string{"Vous accompagnez les bénéficiaires du RSA vers l'emploi.", "Nous accompagnons les personnes en situation de surendettement.",
				"Un extrait de casier judiciaire est exigé par la réglementation pour ce poste de convoyeur de fonds.",
				"Vous conseillez les propriétaires sur leurs travaux de rénovation."}},
	})
}

// TestForeignLanguagePublication checks L5331-4's exemption of postings
// published in a foreign-language publication, and that a job writing
// in English for a newsletter is not one.
func TestForeignLanguagePublication(t *testing.T) {
	for text, want := range map[string]bool{
		"This advertisement is published in The Riviera Times, an English-language monthly printed in Nice.": true,
		"Annonce publiée dans un hebdomadaire en langue anglaise distribué en Provence.":                     true,
		"Ad published in the weekly Connexion, an English-language newspaper for France.":                    true,
		"You will write our English-language monthly newsletter.":                                            false,
		"Published on our website. English language skills required for the weekly calls.":                   false,
	} {
		if got := foreignPublication(fold(text)); got != want {
			t.Errorf("%q: foreign-language publication %v, want %v", text, got, want)
		}
	}
}

// TestHairTextureIsAppearance checks that a rule against the hair styles of
// afro-textured hair is read as the appearance rule and race proxy it is
// (the finding says both), and that a hygiene rule on hair or a salon's
// trade is not.
func TestHairTextureIsAppearance(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"hair texture, en": {category: "appearance", lang: "en",
			flagged: []string{"Dreads and braids are not accepted.", "No cornrows or twists at client meetings.", "Locs are not permitted under our grooming policy."},
			clean:   []string{"Hair must be tied back and covered in the kitchen for food safety.", "Our salon specialises in braids and natural hair care for clients."}},
		"hair texture, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Les tresses africaines ne sont pas acceptées.", "Pas de dreadlocks en boutique."},
			clean:   []string{"Cheveux attachés et charlotte obligatoires en production, pour l'hygiène."}},
	})
}

// TestCareerStageAndSelectedPublic checks a career stage read as an age,
// people a selection word names read as the candidates (not a public
// served), and on-call duty as a reason only with its response time.
func TestCareerStageAndSelectedPublic(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"career stage, en": {category: "age", lang: "en",
			flagged: []string{"This is not a job for someone winding down towards retirement.", "We want someone with a long career still ahead of them.",
				"Ideal for a graduate in their first few years out of university.", "Applicants should have left school no more than five years ago."},
			clean: []string{"We offer a generous retirement plan.", "You will advise clients approaching retirement on their pensions.",
				"You will take over from a colleague near retirement, with a six-month handover."}},
		"career stage, fr": {category: "age", lang: "fr",
			flagged: []string{"Profil en fin de carrière s'abstenir.", "Vous avez terminé vos études il y a moins de trois ans.",
				"Vous avez toute votre carrière devant vous, idéalement.", "Idéalement, vous avez encore de longues années devant vous."},
			clean: []string{"Vous accompagnez des salariés en fin de carrière dans leur départ à la retraite.", "Stage de fin d'études de six mois."}},
		"people a selection word names": {category: "residence", lang: "en",
			flagged: []string{"We are only considering people living in the Eastern Suburbs.", "We'll only interview people who live in the postcode area.",
				"You must live close to the depot to cover call-outs."},
			clean: []string{"We serve people living in the Eastern Suburbs.", "On call, you must live close enough to reach the depot within 30 minutes."}},
	})
}

// TestJobInOneGenderOnce checks that a text repeating the one gender its
// title names is one problem, the title's, and that under an inclusive
// title the text saying one gender is a problem of its own.
func TestJobInOneGenderOnce(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"# Vendeuse confirmée – Boutique\n\nNous recrutons une vendeuse pour notre boutique.\n", false},
		{"# Serveuse – Brasserie du port\n\nNous cherchons une serveuse pour la saison.\n", false},
		{"# Auxiliaire de puériculture (F/H) – Crèche\n\nNous recrutons une auxiliaire de puériculture.\n", true},
		{"# Vendeur·se – Boutique\n\nNous recrutons une vendeuse pour notre boutique.\n", true},
	} {
		got := false
		for _, f := range scoredAt(t, "fr", Markdown, c.text, 3) {
			got = got || f == "sex(discrimination)"
		}
		if got != c.want {
			t.Errorf("%q: a sex finding in the text %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRecordCheckTheLawRequires checks that a criminal-record condition
// with the law that requires it named is the post's, in the phrases'
// wordings as in the concepts'.
func TestRecordCheckTheLawRequires(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"record check named by law": {category: "other-ground", lang: "en",
			flagged: []string{"No felony convictions.", "Applicants with a criminal record need not apply."},
			clean: []string{"No felony convictions, as state law requires for armed guard licensing.",
				"Applicants with a criminal record cannot be licensed: this is a legal requirement of the Private Security Act."}},
	})
}

// TestAgeFloorAfterTheAge checks that an age of majority written with
// the word that makes it a floor after it is not an age limit.
func TestAgeFloorAfterTheAge(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"age floor, fr": {category: "age", lang: "fr",
			flagged: []string{"Vous devez avoir moins de 30 ans.", "Vous avez 25 ans maximum."},
			clean:   []string{"Vous devez avoir 18 ans révolus (vente d'alcool).", "Vous avez 18 ans accomplis, pour le travail de nuit."}},
	})
}
