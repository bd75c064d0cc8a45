package lint

import (
	"strings"
	"testing"
)

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

// TestContributionAsked: a hire asked to contribute a sum towards their
// kit pays for it; an employer that contributes pays for the hire.
func TestContributionAsked(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"contribution towards kit": {lang: "en", category: "fee",
			flagged: []string{"New starters contribute £45 towards their apron and knife roll.",
				"New starters contribute £1,500 towards their training course.",
				"You will need to contribute towards the cost of your uniform."},
			clean: []string{"We contribute £200 towards your uniform.", "The company contributes £200 towards your boots.",
				"Staff contribute £10 a month towards the social fund.", "You will contribute to training new staff towards their NVQ."}},
	})
}

// TestApprenticesMentored: a hire who mentors apprentices is no
// apprentice; only the apprenticeship contract, or an apprentice the
// title or the sentence hires, carries the bounds the law sets.
func TestApprenticesMentored(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"age beside apprentices mentored": {lang: "en", category: "age",
			flagged: []string{"## The job\n\n- Mentor apprentices and labourers on the crew\n\n## What you need\n\n- Would suit someone under 30 who's keen to climb and earn"}},
		"apprenticeship bounds": {lang: "fr", category: "age",
			clean: []string{"# Apprenti·e boulanger·ère (F/H)\n\nLe poste est ouvert aux personnes de 16 à 29 ans.",
				"Contrat d'apprentissage de deux ans, ouvert aux moins de 30 ans."}},
	})
}

// TestTurnedAwayByCondition: "if you are X, this isn't the job for you"
// turns X away; a hyphenated trade-union and political affiliations a
// few words apart name the grounds.
func TestTurnedAwayByCondition(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"union turned away": {lang: "en", category: "union",
			flagged: []string{"If you're involved with the CFMEU, this probably isn't the crew for you.",
				"If you're a union member, this isn't the job for you.",
				"Candidates with political or trade-union affiliations need not apply."},
			clean: []string{"You will cover political and economic affiliations of the parties in our reports.",
				"If you dislike early starts, this isn't the crew for you."}},
		"age turned away": {lang: "en", category: "age",
			flagged: []string{"If you are over 50, this isn't the job for you."}},
	})
}

// TestCountriesFurtherAfield: India, Kenya, Malta and French-speaking
// Africa are read from their places, phone prefixes, currencies and
// domains, so a French posting in Casablanca is not held to French law
// and a job in Nairobi not to the EU directive's pay rule; a sum in their
// currency is pay.
func TestCountriesFurtherAfield(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"# Audit Associate\n\nSalary ₹6–8 lakh a year. Walk-in interviews in Mumbai.", "IN"},
		{"# Removals Foreman – Nairobi\n\nCall +254 712 345678.", "KE"},
		{"# Property Manager – Sliema\n\nApply to jobs@example.com.mt", "MT"},
		{"# Comptable (H/F) – Casablanca\n\nPoste en CDI à Casablanca.", "MA"},
		{"# Chargé·e de clientèle\n\nPoste basé à Abidjan (Cocody).", "CI"},
		{"# Commercial·e terrain – Dakar\n\nEnvoyez votre CV à rh@exemple.sn", "SN"},
		// a mad rush is no dirham, and Paris stays in France
		{"# Barista – Paris\n\nA mad rush at 8 every morning. CDI.", "FR"},
	} {
		if got, _ := inferCountry(c.text, fold(c.text)); got != c.want {
			t.Errorf("%q: country %q, want %q", c.text, got, c.want)
		}
	}
	checkClasses(t, map[string]classCase{
		"pay in other currencies": {lang: "en", category: "pay-range",
			clean: []string{"# Barista – Vancouver, BC\n\nPay: CAD 45,000–52,000 a year.",
				"# Removals Foreman – Nairobi\n\nNo pay stated here.",
				"# Property Manager – Sliema, Malta\n\nSalary: EUR 32,000–36,000 a year."}},
	})
}

// TestHeaderBlockTitle: a plain-text posting that opens with its title,
// then a line for the employer and the place, has that first line for
// its title; the title's job, in the plural, is whom a pronoun stands
// for.
func TestHeaderBlockTitle(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"pronoun after a header block": {lang: "en", category: "sex",
			flagged: []string{"Lift Operator – Winter Season 2025/26\nSummit Peak Resort · Summit County, Colorado\n\nThe role\nLift Operators load and unload guests. He'll be the first face guests see each morning."}},
		"a programme's millions": {lang: "en", category: "fee",
			clean: []string{"We maintain signalling equipment for the Core Valley Lines, part of a £120 million modernisation programme."}},
	})
	found := false
	for _, f := range lintText(t, "en", Text, "Barman – Taproom\nBrouwerij Kanal · Ghent\n\nWe pour our own beers.", nil) {
		found = found || f.Rule == "inclusive-title" && f.Line == 1
	}
	if !found {
		t.Error("a title in a header block: no title finding")
	}
}

// TestHolderAndYouthBySuit: the job holder's own way, judgement or skills
// as his or hers; a job said to suit the young.
func TestHolderAndYouthBySuit(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"holder's own as his or hers": {lang: "en", category: "sex",
			flagged: []string{"The right stylist will know her way around balayage.", "The successful candidate will use his judgement."},
			clean:   []string{"You will support the manager as she makes her way through the backlog.", "Our founder built the firm using her experience in retail."}},
		"suits the young": {lang: "en", category: "age",
			flagged: []string{"This job would suit young ski bums who want to spend a winter on the mountain.",
				"This job would suit young people who want a winter on the mountain."},
			clean: []string{"The role suits someone who enjoys working with young people.",
				"Our programme is ideal for young people aged 16 to 24 who are out of work; you will coach them.",
				"Our flats suit young professional tenants."}},
	})
}

// TestRequestsListed: each item of a list of data asked is a request,
// read in one finding with the others; a health test asked is health
// data, a statement of one's money personal data.
func TestRequestsListed(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"health test asked": {lang: "en", category: "health",
			flagged: []string{"Send your CV and your HIV status."}},
		"money records asked": {lang: "en", category: "personal-data",
			flagged: []string{"Send your CV, a medical certificate including HIV test result and a copy of your M-Pesa statement for the last six months.",
				"On the application form, please provide your IRD number."},
			clean: []string{"We will run a credit check after an offer, as FCA rules require for this role."}},
	})
}

// TestFrenchResidenceAndWelcome: a residence bar by department, address,
// city or postcode; young graduates welcomed beside the experienced, a
// retention period and a report on a tablet are no problem.
func TestFrenchResidenceAndWelcome(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"residence, fr": {lang: "fr", category: "residence",
			flagged: []string{"Pas de candidatures hors 59.", "Seules les candidatures avec une adresse dans les Hautes-Alpes seront étudiées.",
				"Candidatures bordelaises uniquement.", "Codes postaux H1 à H4 uniquement."},
			clean: []string{"Les candidatures hors délai ne seront pas étudiées."}},
		"welcomed, kept, reported, fr": {lang: "fr", category: "age",
			clean: []string{"- Jeunes diplômé·es comme pharmacien·nes expérimenté·es : toutes les candidatures sont les bienvenues.",
				"Vos données sont supprimées au bout de deux ans au maximum.",
				"- Renseigner les comptes rendus d'intervention sur tablette."}},
	})
}

// TestBuildKillerAndFrenchClichés: a build or a job of one sex, a killer
// said plainly, English and French clichés in a French posting; a fee
// named apart from its sum is quoted to the sum.
func TestBuildKillerAndFrenchClichés(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a man's build": {lang: "fr", category: "sex",
			flagged: []string{"Le port du cercueil demande une carrure d'homme."}},
		"a man's job": {lang: "en", category: "sex",
			flagged: []string{"This is a man's job: heavy lifting all day."}},
		"clichés, fr": {lang: "fr", category: "cliche",
			flagged: []string{"Vous êtes prêt·e à mouiller le maillot.", "Vous êtes un véritable self-starter."},
			clean:   []string{"La chemise mouillée ne nous fait pas peur."}},
		"killer, fr": {lang: "fr", category: "gender-coded",
			flagged: []string{"Vous êtes un vrai killer sur les clôtures."}},
	})
	for _, f := range lintText(t, "fr", Text, "Tenue fournie ; une participation de 150 € à l'achat de la tenue sera retenue sur le premier salaire.", nil) {
		if f.Rule == "applicant-fee" && !strings.Contains(f.Message, "150 €") {
			t.Errorf("a fee quoted without its sum: %s", f.Message)
		}
	}
	// French law's date rule is not a Québec posting's
	for _, f := range lintText(t, "fr", Text, "# Animateur·rice radio – Sudbury (Ontario)\n\nPoste à temps plein.", nil) {
		if f.Rule == "fr-undated" {
			t.Errorf("a posting for Ontario held to French law: %s", f.Message)
		}
	}
}

// TestFrenchSexAndIdentity: a feminine job noun sought, women "born
// women", clothes by one's sex, collective action turned away, a photo in
// a list of documents to send; a model's look asked is no model hired.
func TestFrenchSexAndIdentity(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"feminine job sought": {lang: "fr", category: "sex",
			flagged: []string{"Nous recherchons une animatrice pour la matinale.", "Notre animateur étant un homme, nous recherchons une co-animatrice."}},
		"identity, fr": {lang: "fr", category: "orientation",
			flagged: []string{"- Les candidates doivent être des femmes nées femmes.", "Tenue professionnelle conforme à ton sexe."},
			clean:   []string{"Les patientes nées femmes sont suivies par notre équipe."}},
		"collective action, fr": {lang: "fr", category: "union",
			flagged: []string{"- Nous cherchons des profils qui privilégient le dialogue direct avec l'encadrement plutôt que les mouvements collectifs."},
			clean:   []string{"Vous accompagnez les actions collectives de prévention avec le CSE."}},
		"documents listed, fr": {lang: "fr", category: "personal-data",
			flagged: []string{"CV, lettre de motivation, une photo et votre état civil complet à recrutement@reuterklein.lu."}},
		"a model's look, fr": {lang: "fr", category: "age",
			flagged: []string{"- Entre 20 et 28 ans, physique de mannequin, taille 36-38 exigée."}},
	})
}

// TestChildcareAndLooks: childcare to have in place, a way to mind one's
// children, looking the part as conditions.
func TestChildcareAndLooks(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"childcare as a condition": {lang: "en", category: "family",
			flagged: []string{"- As Saturday cover is essential, your childcare arrangements will need to be in place before you start"},
			clean:   []string{"We offer childcare vouchers and flexible hours."}},
		"garde as a condition": {lang: "fr", category: "family",
			flagged: []string{"Vous devez avoir une solution de garde pour vos enfants le samedi."},
			clean:   []string{"Nous aidons à trouver un mode de garde grâce à notre crèche partenaire."}},
		"looking the part": {lang: "en", category: "appearance",
			flagged: []string{"You need to look the part."},
			clean:   []string{"We need the shop to look smart."}},
	})
}

// TestSocialOriginAndDiet: the family one comes from and a faith's diet
// as conditions; candidates from all backgrounds are welcomed.
func TestSocialOriginAndDiet(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"social origin": {lang: "en", category: "other-ground",
			flagged: []string{"- Candidates from a reputed family background will be given preference",
				"Email your resume with details of father's occupation to hr@mk.in."},
			clean: []string{"We welcome applicants whatever your background.", "We hire candidates from all backgrounds."}},
		"social origin, fr": {lang: "fr", category: "other-ground",
			flagged: []string{"- Issu·e d'un milieu qui connaît les codes du luxe."}},
		"diet": {lang: "en", category: "religion",
			flagged: []string{"- Pure vegetarian candidates only, in keeping with our office pantry policy"},
			clean:   []string{"Our canteen has vegetarian options for vegetarians only if they ask."}},
	})
}

// TestCriminalRecordAsked: a criminal record asked at application is
// filed under its own ground, as readers label it, the data rule cited
// beside it; an arrest asked stays personal data.
func TestCriminalRecordAsked(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"record asked": {lang: "en", category: "other-ground",
			flagged: []string{"List any criminal convictions.", "Please list any criminal convictions in the application form.",
				"Have you ever been convicted of a felony?"}},
		"record asked, fr": {lang: "fr", category: "other-ground",
			flagged: []string{"Un extrait de casier judiciaire est demandé avec le CV.", "Envoie ton CV avec un extrait de ton casier judiciaire."}},
		// an arrest record is filed with the criminal record, as readers file it
		"arrest asked": {lang: "en", category: "other-ground",
			flagged: []string{"Have you ever been arrested?", "List any arrests, even without conviction.", "Have you ever been arrested? Please give details."}},
	})
}

// TestFurtherEnglishProxies: a settled address (Ireland's Travellers), a
// skin colour, full fitness, a range the team's youth explains, a cap on
// experience in brackets; right to work is no nationality asked.
func TestFurtherEnglishProxies(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"origin proxies": {lang: "en", category: "origin",
			flagged: []string{"- A fixed, settled address for at least the past three years", "- Fair complexion is an added advantage"},
			clean: []string{"We do not ask for a fixed address.", "Wear sunscreen: fair skin burns fast.",
				"- Legally allowed to work in the Philippines and holding a valid passport"}},
		"fitness": {lang: "en", category: "health",
			flagged: []string{"- 100% physically fit – you'll be on your feet all day"}},
		"age by range or cap": {lang: "en", category: "age",
			flagged: []string{"- Ideally between 25 and 35, to fit our dynamic team",
				"- 3–7 years of commercial lines sales experience (no more than 7, please)"},
			clean: []string{"Our dynamic team serves between 25 and 35 covers a night."}},
	})
	found := false
	for _, f := range lintText(t, "en", Markdown, "# URGENT: Sales Girl Needed at a Lekki Boutique\n\nWe sell shoes.", nil) {
		found = found || f.Rule == "inclusive-title"
	}
	if !found {
		t.Error("a title after a label ('URGENT:'): no title finding")
	}
}

// TestNewZealandProxies: born in the country, past accident claims and
// benefits turned away, in a profile section.
func TestNewZealandProxies(t *testing.T) {
	for _, c := range []struct{ line, category string }{
		{"- Kiwi-born, with a can-do attitude", "origin"},
		{"- No ACC claims history", "health"},
		{"- No WINZ beneficiaries please", "other-ground"},
	} {
		text := "# Removalist\n\nWe move homes.\n\n## What we are after\n\n" + c.line + "\n"
		found := false
		for _, f := range lintText(t, "en", Markdown, text, nil) {
			found = found || f.Category == c.category && f.Severity >= Warning
		}
		if !found {
			t.Errorf("%q: no %s finding", c.line, c.category)
		}
	}
}

// TestFrenchProxies54: a skin tone or a mother tongue from birth, a build
// coded as a man's, a district, a graduation year after a diploma, the
// staff's children preferred, a credit register, family values, a long
// absence planned, a uniform to buy; an aquarium's sharks are animals.
func TestFrenchProxies54(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"origin, fr": {lang: "fr", category: "origin",
			flagged: []string{"Teint clair de préférence.", "Créolophone de naissance."},
			clean:   []string{"Crème solaire fournie pour les peaux claires."}},
		"coded, fr": {lang: "fr", category: "gender-coded",
			flagged: []string{"- Un profil costaud et dur au mal.", "Pas de place pour les chochottes."},
			clean:   []string{"Rénovation du bassin des requins."}},
		"residence after les, fr": {lang: "fr", category: "residence",
			flagged: []string{"Les candidatures hors secteur Douaisis ne seront pas étudiées."}},
		"year after a diploma, fr": {lang: "fr", category: "age",
			flagged: []string{"- Titulaire d'un BTS obtenu après 2018."},
			clean:   []string{"- Diplôme d'État d'ambulancier ; les titulaires du diplôme obtenu en 2024 ou 2025 sont bienvenu·es"}},
		"staff's children, fr": {lang: "fr", category: "other-ground",
			flagged: []string{"À compétences égales, priorité est donnée aux enfants de salariés du terminal.",
				"Vous n'êtes pas enregistré·e à la Centrale des crédits aux particuliers : c'est une condition."}},
		"family values, fr": {lang: "fr", category: "orientation",
			flagged: []string{"- Un mode de vie compatible avec les valeurs familiales traditionnelles de nos clients"}},
		"long absence, fr": {lang: "fr", category: "family",
			flagged: []string{"Pas d'absence longue prévue dans les 18 prochains mois."}},
		"union, fr": {lang: "fr", category: "union",
			flagged: []string{"- Vous êtes éloigné(e) de toute culture revendicative."}},
	})
}

// TestRetentionOnce: data kept with no limit is one finding.
func TestRetentionOnce(t *testing.T) {
	n := 0
	for _, f := range lintText(t, "en", Text, "We keep your CV on file indefinitely.", nil) {
		if f.Rule == "data-retention" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d data-retention findings, want 1", n)
	}
}

// TestStrikeFreeClimate: a climate kept free of strikes is no climate
// activism; a fee with no sum is quoted through its clause.
func TestStrikeFreeClimate(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"strike-free climate, fr": {lang: "fr", category: "union",
			flagged: []string{"- Vous êtes éloigné(e) de toute culture revendicative : notre terminal n'a connu aucun jour de grève depuis son ouverture et nous tenons à préserver ce climat."}},
	})
	for _, f := range lintText(t, "fr", Text, "- Tenue de la saison en cours obligatoire en boutique, à acheter avec 30 % de remise supplémentaire lors de votre arrivée.", nil) {
		if f.Rule == "applicant-fee" && !strings.Contains(f.Message, "à acheter") {
			t.Errorf("a fee quoted without what is asked: %s", f.Message)
		}
	}
}

// TestClientsTasteIsNoReason: what clients expect, given as the reason,
// makes no condition lawful; clients served stay the public.
func TestClientsTasteIsNoReason(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"clients' taste, en": {lang: "en", category: "appearance",
			flagged: []string{"- Our clients are high-end and expect a polished look, so you need to look the part"},
			clean:   []string{"Our clients love our stylists' colour work; you will do clients' nails and lashes."}},
		"clients' taste, fr": {lang: "fr", category: "orientation",
			flagged: []string{"- Pour nos mandats en écoles confessionnelles, un mode de vie compatible avec les valeurs familiales traditionnelles que nos clients attendent"}},
	})
}

// TestProxies55: a faith's ritual or its absence preferred, effort in
// percent, experience capped by refusal, a fee in cedis, a credit score,
// social movements; pay in training and the rites one respects are no
// problem.
func TestProxies55(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"religion, en": {lang: "en", category: "religion",
			flagged: []string{"- Non-Muslim preferred as you will serve beer at the rooftop bar", "- Willingness to join our Monday morning devotion"},
			clean: []string{"Prayer room available; joining our morning prayers is optional.",
				"You will not be asked to take part in any religious observance, but you will need to respect the rites of the families we serve, for example Hindu and Sikh funerals."}},
		"110%": {lang: "en", category: "cliche",
			flagged: []string{"- A true team player who gives 110% every shift"}},
		"cap by refusal": {lang: "en", category: "age",
			flagged: []string{"- 3 to 6 years of public accounting experience; we are not considering candidates with more than 6 years in the profession"}},
		"fees": {lang: "en", category: "fee",
			flagged: []string{"Shortlisted applicants will pay GH₵250 for the practical editing test."},
			clean:   []string{"£30,104 during training, rising to £34,980 once you are qualified."}},
		"fee, fr": {lang: "fr", category: "fee",
			flagged: []string{"Nous demandons une participation aux frais de 150 € à l'inscription."}},
		"union, fr": {lang: "fr", category: "union",
			flagged: []string{"Vos collègues ne se mêlent pas des mouvements sociaux du port."}},
		"citizens or permits": {lang: "en", category: "origin",
			clean: []string{"- You must be an EU/EEA or Swiss citizen, or hold a residence permit that allows salaried work in Luxembourg"}},
	})
	for _, c := range []struct{ text, want string }{
		{"# Hostel Receptionist – Kuala Lumpur\n\nSalary RM 2,500.", "MY"},
		{"# Storage Assistant – Athens\n\nCall +30 210 555 0100.", "GR"},
	} {
		if got, _ := inferCountry(c.text, fold(c.text)); got != c.want {
			t.Errorf("%q: country %q, want %q", c.text, got, c.want)
		}
	}
}

// TestFrench55: natives of a place preferred, operational from day one,
// past commissions asked, an eccentric look barred; guides born in the
// region the visitors tour are no condition.
func TestFrench55(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"natives, fr": {lang: "fr", category: "origin",
			flagged: []string{"- Priorité aux candidats natifs de La Réunion"},
			clean:   []string{"Nos guides, natifs de la région, vous font découvrir le parc."}},
		"day one, fr": {lang: "fr", category: "cliche",
			flagged: []string{"- Vous êtes opérationnel dès le jour 1, sans besoin d'encadrement"}},
		"past commissions, fr": {lang: "fr", category: "pay-history",
			flagged: []string{"Envoyez le détail de vos commissions brutes des deux dernières années."}},
		"eccentric look, fr": {lang: "fr", category: "appearance",
			flagged: []string{"- Pas de look excentrique, c'est une exigence."}},
	})
}
