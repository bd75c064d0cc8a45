package lint

import (
	"slices"
	"strings"
	"testing"
)

// TestPronounsForTheHolder: whom "he", "she", "il" or "elle" stands for.
// A pronoun assumes who holds the job, so an intimate-care duty beside
// it states no requirement; a plural public ("guests", "residents") is
// no antecedent of a singular pronoun; a phrase opening the sentence
// about the job ("Reporting to…, he'll", "Rattaché au…, il") describes
// the pronoun; an adverb before it ("Idéalement, il a déjà…") does not
// hide it; the employer's service as its sentence's subject is what
// "il" stands for, and the job the title names is the holder.
func TestPronounsForTheHolder(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"pronoun, en": {category: "sex", lang: "en",
			flagged: []string{"She will assist residents with bathing, dressing, grooming and meals.",
				"Many of our guests arrive from late flights, and he will be the first face they see.",
				"Reporting to the Football Operations Manager, he'll work closely with the coaching staff."},
			clean: []string{"Our founder Maria Lopez opened the shop in 1990. She will train you on every machine.",
				"Female carer required: this is an occupational requirement under the Equality Act 2010, as the role involves intimate personal care. She will assist residents with bathing."}},
		"pronoun, fr": {category: "sex", lang: "fr",
			flagged: []string{"Une première expérience en déménagement. Idéalement, il a déjà travaillé avec un monte-meubles.",
				"Rattaché au conducteur de travaux, il organise le chantier.", "Rattachée à la directrice, elle gère les plannings.",
				"Au quotidien, il assurera la relation client.", "Idéalement, elle maîtrise Excel.",
				"Le candidat retenu rejoindra le pôle achats ; il pilotera les appels d'offres."},
			clean: []string{"Le service des publics du musée conçoit les visites. Il dispose d'un budget de 180 000 €.",
				"Notre atelier existe depuis 1985 ; il a formé plus de 200 apprentis.", "Le salon est ouvert depuis 2010 et il a été rénové.",
				"Certification AMF souhaitée ; à défaut, elle sera préparée et financée par la Banque.",
				"Au sein de l'équipe, il y a six personnes."}},
	})
}

// TestWidenedGrounds17: wordings a blind read found unread, each beside
// the lawful wording closest to it.
func TestWidenedGrounds17(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"graduation window, en": {category: "age", lang: "en",
			flagged: []string{"Diploma or degree in any discipline; graduated between 2017 and 2021.",
				"The firm would particularly welcome someone from the 2024 or 2025 graduating cohort."},
			clean: []string{"Our graduate programme has run since 2017.", "Send us a short video (under 60 seconds) of you coaching a lift."}},
		"job holder's own, en": {category: "sex", lang: "en",
			flagged: []string{"The machinist we hire will run his own cell of two machining centers.", "Each therapist buys her own starter kit."},
			clean:   []string{"Each client brings her own towel."}},
		"residence, en": {category: "residence", lang: "en",
			flagged: []string{"Paris intra-muros residents only, due to late closings on Thursdays."}},
		"headwear, en": {category: "religion", lang: "en",
			flagged: []string{"No other headwear may be worn on shift, for a consistent look."},
			clean:   []string{"Hard hats must be worn on site at all times."}},
		"sex on an identity document, en": {category: "orientation", lang: "en",
			flagged: []string{"Staff wear the version of the uniform that matches the sex on their passport."}},
		"clothing sizes, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Nos uniformes sont disponibles du 36 au 40.", "La tenue existe du 36 au 40."},
			clean:   []string{"Tenues disponibles du 34 au 56."}},
		"health, fr": {category: "health", lang: "fr",
			flagged: []string{"Fiable : pas d'absentéisme pour maladie ces deux dernières années.",
				"Un certificat médical attestant d'une santé parfaite.", "Une santé de fer est indispensable."}},
		"sex, fr": {category: "sex", lang: "fr",
			flagged: []string{"La candidate retenue travaillera un week-end sur deux.",
				"Dextérité et minutie : des qualités que l'on trouve surtout chez les femmes.",
				"Les rondes de nuit sont confiées à nos agents masculins.",
				"Nous recherchons notre future hôtesse d'accueil, véritable ambassadrice de la maison."},
			clean: []string{"La candidate ou le candidat retenu travaillera un week-end sur deux."}},
		"finances, fr": {category: "other-ground", lang: "fr",
			flagged: []string{"Situation financière stable exigée.", "Aucun enregistrement à la Centrale des crédits aux particuliers."}},
		"politics, fr": {category: "union", lang: "fr",
			flagged: []string{"Une sensibilité de gauche et un engagement militant sont un vrai plus."}},
		"couple, fr": {category: "orientation", lang: "fr",
			flagged: []string{"Logement possible pour un couple homme/femme travaillant tous les deux sur l'exploitation."},
			clean:   []string{"Logement possible pour un couple travaillant tous les deux sur l'exploitation."}},
		"coded wording, fr": {category: "gender-coded", lang: "fr",
			flagged: []string{"Une personnalité pétillante et douce, qui met nos clientes à l'aise.", "Une mentalité de gagnant dans la vente."}},
		"a minimum age the law sets, en": {category: "age", lang: "en",
			clean: []string{"Optional weekly team tastings for staff aged 21 and over, in line with California law."}},
		"a document, not a decree, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"Adresser une lettre de motivation, le dernier arrêté de situation administrative et une copie de la carte Vitale à Monsieur le Maire."}},
		"harvest crush, en": {category: "gender-coded", lang: "en",
			flagged: []string{"You will crush the competition every quarter."},
			clean:   []string{"Five to six days a week during crush, overtime paid."}},
	})
}

// TestPlaceQualified: a state or province code after a town says which
// town it is, and the town named again is in the same country.
func TestPlaceQualified(t *testing.T) {
	text := "# Care Aide\n\nVictoria, BC – serving Saanich and Oak Bay\n\nClients live across the Greater Victoria area.\n"
	if got, from := inferCountry(text, fold(text)); got != "CA" {
		t.Errorf("Victoria, BC: country %q (from %s), want CA", got, from)
	}
	text = "# Barista\n\nMelbourne, Victoria. Our café is in Fitzroy.\n"
	if got, _ := inferCountry(text, fold(text)); got != "AU" {
		t.Errorf("Melbourne, Victoria: country %q, want AU", got)
	}
	for text, want := range map[string]string{
		"# Soigneur animalier - Granby (QC)\n\nLe Parc zoologique accueille 650 000 visiteurs.\n": "CA",
		"# Sawmill Operative\n\nSlieve Bloom Timber Ltd, Kinnitty Road, Birr, Co. Offaly\n":       "IE",
	} {
		if got, from := inferCountry(text, fold(text)); got != want {
			t.Errorf("%q: country %q (from %s), want %s", text, got, from, want)
		}
	}
}

// TestSectionsByLabel: a posting laid out with bold or capital labels,
// emoji bullets or prose has the sections it shows, and a phone number or
// a shop to come by is a way to apply.
func TestSectionsByLabel(t *testing.T) {
	for name, doc := range map[string]string{
		"bold labels": "# Warehouse Associate\n\n**Acme Logistics, Chicago IL 60632**\n\n💵 **Pay:** $19.50 an hour, temp-to-hire\n\n" +
			"**What you'll be doing**\n\n✅ Picking orders with an RF scanner\n✅ Packing boxes for shipping\n✅ Loading trucks at the dock\n\n" +
			"**What you need**\n\n✅ Steel-toe boots\n✅ Six months of warehouse work\n\n" +
			"HOW TO APPLY\n\nInterested? Text ROOF to (312) 555-0187 or come by the depot with your CV.\n",
		"prose": "# Aide-boucher – Liège\n\nBoucherie artisanale au centre de Liège, nous cherchons un·e aide-boucher·ère en CDI à temps plein. " +
			"Au quotidien, vous préparez les commandes, découpez les viandes et servez nos clients au comptoir. " +
			"Vous avez une première expérience en boucherie. Salaire : 2 300 € brut par mois.\n\n" +
			"Intéressé·e ? Passe à la boutique avec ton CV, rue Puits-en-Sock, ou appelle Marc au 04 000 00 00.\n",
	} {
		lang := "en"
		if name == "prose" {
			lang = "fr"
		}
		for _, f := range lintMarkdown(t, lang, doc) {
			if f.Rule == "completeness" && strings.Contains(f.Message, "has no") {
				t.Errorf("%s: %s", name, f.Message)
			}
		}
	}
}

// TestPayLeftToTheInterview: a posting that leaves its pay to the
// interview gives none, where a law asks for it in the posting.
func TestPayLeftToTheInterview(t *testing.T) {
	for lang, text := range map[string]string{
		"en": "Seattle, WA 98101. Pay: Starting wage discussed at interview.",
		"fr": "Lyon. Salaire : à discuter lors de l'entretien.",
	} {
		var got []string
		for _, f := range lintText(t, lang, Text, text, nil) {
			if f.Rule == "pay-range" && f.Severity >= Warning && strings.Contains(f.Message, "stands where the pay should be") {
				got = append(got, f.Message)
			}
		}
		if len(got) == 0 {
			t.Errorf("%s: %q: no finding that the pay is left vague", lang, text)
		}
	}
}

// TestContextWithinItsBlock: the words that qualify a match are read in
// its own paragraph or list item. The item before it ("Un CAP
// esthétique", which ends in "que") does not make "Elle sait gérer…"
// a clause of it.
func TestContextWithinItsBlock(t *testing.T) {
	for _, doc := range []string{
		"# Prothésiste ongulaire H/F\n\n## Profil\n\n- Un CAP esthétique\n- Elle sait gérer plusieurs clientes à la suite\n",
		"# Prothésiste ongulaire H/F\n\nVous avez un CAP esthétique\n\nElle sait gérer plusieurs clientes à la suite.\n",
	} {
		if !sexFinding(t, "fr", doc, "Elle sait") {
			t.Errorf("no finding on \"Elle sait\" in\n%s", doc)
		}
	}
}

// TestWidenedGrounds17b: wordings a second blind read found unread.
func TestWidenedGrounds17b(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"presentable": {category: "appearance", lang: "en",
			flagged: []string{"Smart, presentable look for the front desk.", "Polished, presentable appearance for in-home sessions."},
			clean:   []string{"You will keep the rooms presentable between guests."}},
		"présentable": {category: "appearance", lang: "fr",
			flagged: []string{"Présentable et souriant·e."},
			clean:   []string{"Vous rendez les chambres présentables avant midi."}},
		"age, en": {category: "age", lang: "en",
			flagged: []string{"Young and trendy, you love nail art.", "We are looking for a young graduate to join the studio."}},
		"health and family, en": {category: "health", lang: "en",
			flagged: []string{"In peak physical condition: the wall is 15 metres high."}},
		"the public's taste, en": {category: "sex", lang: "en",
			flagged: []string{"Our customers trust a gentleman behind the wheel."},
			clean:   []string{"Our customers trust our drivers to be on time."}},
		"the public's taste for looks, en": {category: "appearance", lang: "en",
			flagged: []string{"Our audience responds to attractive faces."}},
		"single, en": {category: "family", lang: "en",
			flagged: []string{"Single guys do best out here: the farm is remote."}},
		"coded, en": {category: "gender-coded", lang: "en",
			flagged: []string{"A competitive, assertive personality."}},
		"strong blokes wanted": {category: "sex", lang: "en",
			flagged: []string{"HighRise Access is a Perth scaffolding contractor.\n\nStrong blokes wanted who don't mind an early start.\n\n## The work\n\n- Erecting scaffolds"}},
		"fee, fr": {category: "fee", lang: "fr",
			flagged: []string{"Pour la tenue, une retenue de 45 € sera faite sur la première paie."},
			clean:   []string{"Le prélèvement de l'impôt se fait par retenue à la source."}},
		"clichés, fr": {category: "cliche", lang: "fr",
			flagged: []string{"Nos journées ne ressemblent pas à du 9h-18h.", "Ici, on ne compte pas ses heures."},
			clean:   []string{"Horaires : 9h-18h du lundi au vendredi."}},
		"coded, fr": {category: "gender-coded", lang: "fr",
			flagged: []string{"Des doigts de fée pour le sertissage.", "Souriante, pétillante et toujours de bonne humeur."},
			clean:   []string{"Vous servez vins et boissons pétillantes au bar."}},
		"sex, fr": {category: "sex", lang: "fr",
			flagged: []string{"Elle est à l'aise avec un travail de précision.",
				"Nous recherchons un couple : Monsieur à la maintenance, Madame à l'accueil."}},
		"identity documents, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"Joignez une copie de votre carte d'identité.", "Envoyez votre CV avec votre carte d'identité."}},
		"photo, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"Envoyez une lettre de motivation avec photo."}},
		"residence, not a bank, fr": {category: "other-ground", lang: "fr",
			clean: []string{"Notre entreprise est domiciliée dans le 13e arrondissement de Marseille."}},
	})
}

// TestWidenedGrounds17c: wordings a third blind read found unread, and
// the lawful wordings it showed flagged.
func TestWidenedGrounds17c(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"union stance shared": {category: "union", lang: "en",
			flagged: []string{"Shares our union-free philosophy and our direct way of working."},
			clean:   []string{"We have been a union-free site since 1998."}},
		"costs the employer bears, fr": {category: "fee", lang: "fr",
			clean: []string{"Recyclage SSIAP et MAC SST à la charge de l'entreprise.", "Logement sur place dans un studio, loyer de 120 € par mois."}},
		"a minimum age a law sets": {category: "age", lang: "en",
			clean: []string{"Must be 18 or older (federal child labor rules bar anyone under 18 from operating forklifts)."}},
		"graduation cohort": {category: "age", lang: "en",
			flagged: []string{"Graduates from the 2025/2026 cohort with a Diploma in Accountancy."}},
		"credit": {category: "other-ground", lang: "en",
			flagged: []string{"Excellent personal credit, as the role involves handling client funds."},
			clean:   []string{"You will handle good credit card terms with our suppliers."}},
		"appearance": {category: "appearance", lang: "en",
			flagged: []string{"A polished, conservative appearance; our families are traditional."}},
		"younger": {category: "age", lang: "en",
			flagged: []string{"The night shift suits a younger technician."}},
		"pay history, ch": {category: "pay-history", lang: "fr",
			flagged: []string{"Merci d'adresser votre dossier (CV, diplômes, dernier certificat de salaire)."}},
		"a lady sought, fr": {category: "sex", lang: "fr",
			flagged: []string{"Pour un siège d'entreprise, nous recherchons une dame de confiance."}},
		"native, fr": {category: "origin", lang: "fr",
			flagged: []string{"Anglais et allemand courants, idéalement natif pour l'allemand."}},
		"bank account, fr": {category: "other-ground", lang: "fr",
			flagged: []string{"Compte bancaire ouvert dans une agence en France obligatoire (versement des salaires)."}},
	})
}

// TestPronounInAListItem: a list item speaks of the job holder on its
// own; a place named in the item before it is no one "she" stands for.
func TestPronounInAListItem(t *testing.T) {
	doc := "# Accounts Associate\n\n## Who we're looking for\n\n- Able to travel to Johor Bahru up to twice a month\n" +
		"- She will report to our Senior Accountant\n"
	if !sexFinding(t, "en", doc, "") {
		t.Errorf("no finding on \"She will report\" in\n%s", doc)
	}
}

// TestFighterTraits: "un vrai chasseur", "un vrai meneur", "un commercial
// dans l'âme" picture the ideal candidate as a fighter or a hunter: every
// blind reader filed them as wording coded masculine (three corpora), none
// as a man sought, so they are reported as coded wording; "un vrai homme"
// stays a man sought.
func TestFighterTraits(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"fighter traits, fr": {category: "gender-coded", lang: "fr",
			flagged: []string{"Nous cherchons un vrai chasseur.", "Un vrai commercial dans l'âme.", "Un vrai guerrier de l'atelier.", "Un vrai meneur d'hommes."}},
		"a man, fr": {category: "sex", lang: "fr",
			flagged: []string{"Il nous faut un vrai homme pour ce poste."}},
	})
}

// TestWidenedGrounds17d: wordings a fourth blind read found unread, and
// the lawful ones it showed flagged.
func TestWidenedGrounds17d(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"graduation, en": {category: "age", lang: "en",
			flagged: []string{"Open to applicants graduating in 2024 or 2025.", "Please give your high school graduation year.",
				"A PhD obtained within the last 3 years.", "Leaving Cert completed within the last few years."}},
		"graduation, fr": {category: "age", lang: "fr",
			flagged: []string{"Esthéticienne diplômée de 2023 ou 2024.", "Vous avez obtenu votre diplôme en 2022 ou après."}},
		"age-coded, en": {category: "age", lang: "en",
			flagged: []string{"We're not looking for someone too set in their ways.", "The average age here is 27."}},
		"family, en": {category: "family", lang: "en",
			flagged: []string{"The role isn't suited to someone juggling school pick-ups."},
			clean:   []string{"Flexible hours around school pick-up."}},
		"union, en": {category: "union", lang: "en",
			flagged: []string{"We're a non-union lab and like to keep it that way."}},
		"origin, en": {category: "origin", lang: "en",
			flagged: []string{"Native-level English is essential."}},
		"religion, en": {category: "religion", lang: "en",
			flagged: []string{"Our uniform doesn't accommodate head coverings."}},
		"appearance, en": {category: "appearance", lang: "en",
			flagged: []string{"A polished, trim appearance."}},
		"appearance, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Une silhouette en accord avec l'image du spa.", "Les tatouages visibles et piercings ne sont pas acceptés."}},
		"membership fee, fr": {category: "fee", lang: "fr",
			flagged: []string{"L'adhésion à l'association (30 € par an) est demandée à l'embauche."}},
		"sailing, fr": {category: "religion", lang: "fr",
			clean: []string{"Moniteur·rice de voile – animation jeunesse.", "Association affiliée à la Fédération française de voile."}},
		"public service nationality, fr": {category: "origin", lang: "fr",
			clean: []string{"Conditions d'accès à la fonction publique, dont la nationalité française ou d'un État membre de l'UE ou de l'EEE."}},
		"border agents, fr": {category: "residence", lang: "fr",
			clean: []string{"Communications avec les agents frontaliers en Ontario et aux États-Unis."}},
		"cliché, en": {category: "cliche", lang: "en",
			flagged: []string{"Join a team that's basically family."}},
	})
}

// TestWidenedGrounds17e: wordings a fifth blind read found unread, and
// the lawful ones beside them.
func TestWidenedGrounds17e(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"handle himself": {category: "sex", lang: "en",
			flagged: []string{"Door work needs the ability to handle himself calmly."}},
		"gentle hands": {category: "gender-coded", lang: "en",
			flagged: []string{"Delicate, patient hands and a gentle manner."}},
		"age of the pupils": {category: "age", lang: "en",
			flagged: []string{"We want teachers close to their own age."}},
		"physique, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Un physique en harmonie avec l'image de l'établissement."}},
		"just graduated, fr": {category: "age", lang: "fr",
			flagged: []string{"Vous êtes tout juste diplômé·e et motivé·e."},
			clean:   []string{"Les candidats tout juste diplômés sont les bienvenus, comme les confirmés."}},
		"passport photo": {category: "personal-data", lang: "en",
			flagged: []string{"Send your CV with a recent passport photograph."}},
		"work well done, fr": {category: "appearance", lang: "fr",
			clean: []string{"On cherche quelqu'un de solide qui aime le travail bien fait."}},
	})
	// A pronoun in the company's story before the first section is the
	// job holder all the same.
	doc := "# Chocolate Production Assistant – Seattle\n\nWe're a bean-to-bar chocolate maker. We're looking for a production assistant. " +
		"She'll work alongside our head chocolatier four days a week.\n\n## What you'll be doing\n\n- Tempering\n- Packing\n- Cleaning\n"
	if !sexFinding(t, "en", doc, "") {
		t.Errorf("no finding on \"She'll work\" in\n%s", doc)
	}
}

// TestLawfulAgesAndBonuses: an age limit the text denies ("Il n'y a pas
// d'âge maximum pour…"), a minimum age an ordinance sets, and a bonus for
// finishing the season, which is no pay, so the floor beside it is read.
func TestLawfulAgesAndBonuses(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"ages, fr": {category: "age", lang: "fr",
			flagged: []string{"Âge maximum : 30 ans."},
			clean: []string{"Il n'y a pas d'âge maximum pour les personnes reconnues travailleurs handicapés.",
				"Âge minimum : 18 ans révolus (travaux dangereux interdits aux jeunes, OLT 5)."}},
	})
	var got []string
	for _, f := range lintText(t, "en", Text, "Denver, CO 80202.\n\nStarting at $19/hr, with a $2/hr end-of-season bonus if you complete your contract.\n", nil) {
		if f.Rule == "pay-range" && f.Severity >= Warning {
			got = append(got, f.Message)
		}
	}
	if len(got) == 0 {
		t.Error("a floor with an end-of-season bonus beside it: no pay-range finding")
	}
}

// sexFinding says whether doc, a Markdown posting in lang, gets a finding
// on sex at warning or above whose message holds quote.
func sexFinding(t *testing.T, lang, doc, quote string) bool {
	t.Helper()
	return slices.ContainsFunc(lintMarkdown(t, lang, doc), func(f Finding) bool {
		return f.Category == "sex" && f.Severity >= Warning && strings.Contains(f.Message, quote)
	})
}
