package lint

import "testing"

// TestBreadth holds wordings of the weak classes written from the law
// (Equality Act 2010, Title VII, ADEA, ADA, L1132-1, the EU directives)
// rather than from the corpus: each class in several wordings, both
// languages, with lawful near misses.
func TestBreadth(t *testing.T) {
	classes := map[string]classCase{
		"job holder as he or she, en": {category: "sex", lang: "en",
			flagged: []string{"He will be responsible for the night shift.", "She will greet guests at reception.",
				"The successful candidate will report to the head chef; he will also order stock.",
				"She must be available on weekends.", "He should have a full driving licence.", "She'll be the first point of contact.",
				"The new hire will join in May and he will lead the team."},
			clean: []string{"Our founder, Maria, started the shop in 2009; she still runs the tastings.",
				"You will support the patient while he recovers at home.", "Anna, our head of sales, will train you; she has led the team since 2015.",
				"The client decides what he needs; you advise.", "He or she", "Each resident chooses how she spends her day."}},
		"job holder as il or elle, fr": {category: "sex", lang: "fr",
			flagged: []string{"Il sera rattaché au directeur d'agence.", "Elle sera chargée de l'accueil des clients.",
				"Elle devra maîtriser Excel.", "Il assurera le suivi des chantiers.", "La personne recrutée rejoindra l'équipe ; elle sera formée sur place."},
			clean: []string{"Notre fondatrice, Claire, a ouvert la boutique en 2010 ; elle y assure encore les dégustations.",
				"L'entreprise est implantée à Lyon ; elle compte 40 salariés.", "La société a été créée en 1998 et elle emploie 30 personnes.",
				"Vous accompagnez le patient pendant qu'il se rétablit."}},
		"couples sought, en": {category: "family", lang: "en",
			flagged: []string{"We are looking for a couple to manage the lodge.", "Ideal for a couple: live-in caretakers.", "Couples preferred for this live-in role.",
				"A working couple is sought for the campsite."},
			clean: []string{"A couple of years of experience.", "We run a couple of events each month.", "Rooms for couples and families."}},
		"couples sought, fr": {category: "family", lang: "fr",
			flagged: []string{"Nous recherchons un couple pour tenir le camping.", "Poste idéal pour un couple.", "Recrutons un couple motivé pour la résidence.",
				"Recrutement d'un couple pour la gestion du gîte."},
			clean: []string{"Un couple moteur-réducteur à régler.", "Chambres pour couples et familles.", "Salaire de 2 600 $ par mois pour le couple.",
				// A joint post the trade knows by that name; "couple marié" is flagged.
				"Nous cherchons un couple de gardiens pour la résidence."}},
		"not suitable for children, en": {category: "family", lang: "en",
			flagged: []string{"The staff cottage is not suitable for children.", "Accommodation is unsuitable for young families.",
				"The flat is not suitable for families with kids.", "Not suitable for those with young children."},
			clean: []string{"The venue is not suitable for wheelchairs? Ask us.", "This product is not suitable for children under 3."}},
		"not suitable for children, fr": {category: "family", lang: "fr",
			flagged: []string{"Le logement de fonction ne convient pas à des enfants.", "Logement non adapté aux familles avec enfants.",
				"Logement de fonction inadapté aux jeunes enfants."},
			clean: []string{"Activités adaptées aux enfants de 6 à 12 ans.", "Jeux non adaptés aux enfants de moins de 3 ans."}},
		"age as ideal bracket or team average, en": {category: "age", lang: "en",
			flagged: []string{"The ideal candidate is 25-35 years old.", "Ideal age: 25 to 35.", "Our team's average age is 27.",
				"You'll join a team with an average age of 28.", "Preferred age range 20-30."},
			clean: []string{"Our customers' average age is 45.", "Students aged 11 to 16 attend the school.", "Average ticket size of 25 to 35 dollars."}},
		"age as ideal bracket or team average, fr": {category: "age", lang: "fr",
			flagged: []string{"Âge idéal : entre 25 et 35 ans.", "Tranche d'âge souhaitée : 25-35 ans.", "L'équipe a une moyenne d'âge de 28 ans.",
				"Idéalement âgé de 25 à 30 ans."},
			clean: []string{"Nos clients ont en moyenne 45 ans.", "Les élèves ont entre 11 et 15 ans."}},
		"cap on years of experience, en": {category: "age", lang: "en",
			flagged: []string{"No more than 5 years of experience.", "Applicants with over 10 years' experience will not be considered.",
				"Maximum 3 years of relevant experience.", "Candidates with more than eight years of experience need not apply.",
				"Up to 4 years experience max."},
			clean: []string{"At least 5 years of experience.", "5+ years of experience.", "Experience: 3 to 5 years, or equivalent skills."}},
		"cap on years of experience, fr": {category: "age", lang: "fr",
			flagged: []string{"5 ans d'expérience maximum.", "Pas plus de 3 ans d'expérience.", "Expérience : 2 ans maximum.",
				"Les profils de plus de 10 ans d'expérience ne seront pas retenus."},
			clean: []string{"5 ans d'expérience minimum.", "Au moins 3 ans d'expérience.", "Une expérience de 2 à 5 ans."}},
		"health records, en": {category: "health", lang: "en",
			flagged: []string{"Please list any medical conditions.", "Disclose any medication you take.", "Applicants must provide their sick leave record.",
				"How many sick days did you take last year?", "Please declare any past workers' comp claims.", "No history of mental illness.",
				"Provide your medical history with your application."},
			clean: []string{"You will keep patients' medical history up to date.", "Sick leave: 10 days a year on full pay.", "You will file workers' comp claims for clients."}},
		"health records, fr": {category: "health", lang: "fr",
			flagged: []string{"Merci de joindre vos arrêts maladie des deux dernières années.", "Indiquez vos traitements médicaux en cours.",
				"Aucun arrêt maladie ces trois dernières années.", "Sans antécédents médicaux."},
			clean: []string{"Vous tenez à jour le dossier médical des patients.", "Maintien de salaire en cas d'arrêt maladie."}},
		"height and weight, en": {category: "appearance", lang: "en",
			flagged: []string{"Minimum height 1.75 m.", "You must be at least 5'9\" tall.", "Weight under 80 kg.", "Applicants must be between 170 and 185 cm tall.",
				"Height: 175 cm minimum."},
			clean: []string{"Working at height, harness provided.", "Loads up to 25 kg."}},
		"height and weight, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Taille minimum 1,70 m.", "Vous mesurez au moins 1m75.", "Poids inférieur à 80 kg.", "Taille : 1,75 m minimum."},
			clean:   []string{"Travail en hauteur, harnais fourni.", "Port de charges jusqu'à 25 kg."}},
		"bank domiciliation, en": {category: "other-ground", lang: "en",
			flagged: []string{"You must hold an account with a French bank.", "Salary paid only into a UK bank account.",
				"A local bank account is required."},
			clean: []string{"Salary paid monthly by bank transfer.", "Experience with bank reconciliations."}},
		"bank domiciliation, fr": {category: "other-ground", lang: "fr",
			flagged: []string{"Compte bancaire en France obligatoire.", "Vous devez avoir un compte à la Société Générale.", "Salaire versé uniquement sur un compte français."},
			clean:   []string{"Salaire versé par virement bancaire.", "Rapprochements bancaires mensuels."}},
	}
	// A pronoun that stands for the company, a client, a patient or a
	// named person is not the job holder.
	for _, c := range []classCase{
		{category: "sex", lang: "en",
			flagged: []string{"The successful applicant joins a team of six and he will take over the accounts.", "Reporting to our CFO, she will own the monthly close."},
			clean: []string{"Our founder Maria opened the shop in 2009 and she will still host the tastings.", "The client sets the brief and he will approve each draft.",
				"Each patient has a care plan; she will need help with meals.", "Tom Baker leads the depot. He will train you in your first week.",
				"Every guest is welcomed by name. She will expect her room ready."}},
		{category: "sex", lang: "fr",
			flagged: []string{"La personne recrutée intègre une équipe de six ; elle sera chargée de la paie.", "Le candidat retenu rejoindra le pôle achats ; il pilotera les appels d'offres."},
			clean: []string{"L'agence ouvrira en mai ; elle sera située à Nantes.", "La cliente choisit son menu ; elle pourra demander conseil.",
				"Notre directrice, Claire Martin, pilote l'équipe ; elle sera votre tutrice.", "Le client valide le devis ; il pourra demander des modifications.",
				"La société a doublé ses ventes ; elle développera deux nouvelles gammes en 2027.", "Le patient est suivi à domicile ; il devra être accompagné pour ses soins."}},
	} {
		classes["pronoun referents, "+c.lang] = c
	}
	checkClasses(t, classes)
}

// TestBreadthPerGround: each ground in other words than the phrases were
// written from, both languages, with lawful near misses: a legal age with
// its law, the right to work, the public the job serves.
func TestBreadthPerGround(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"en age": {category: "age", lang: "en", flagged: []string{
			"Candidates should be no older than 35.", "This role suits someone at the start of their career, ideally under 30.", "Applicants must be 18-25.",
			"Perfect for a recent school leaver.", "We're a young team looking for a young person to match.", "You'll be aged between 21 and 30.",
			"Graduated within the last 3 years.", "Experience: 2-4 years maximum.", "Over 50s need not apply.", "Must be under the age of 40.",
			"Looking for a junior with no more than two years in the industry.", "Retirees need not apply.", "Digital native preferred."},
			clean: []string{"Must be 18 or over to serve alcohol, as required by the Licensing Act 2003.", "Staff must be at least 18 under state law to operate the forklift.",
				"Our clients are aged 65 and over.", "Five years of experience or more."}},
		"fr age": {category: "age", lang: "fr", flagged: []string{
			"Vous avez moins de 35 ans.", "Idéalement entre 25 et 30 ans.", "Jeune diplômé de moins de 26 ans.", "Profil junior (2 ans d'expérience max).",
			"Candidats de plus de 50 ans s'abstenir.", "Âgé(e) de 20 à 30 ans.", "Vous êtes jeune retraité ?", "Pas plus de 40 ans."},
			clean: []string{"Vous devez avoir 18 ans révolus (vente d'alcool, Code de la santé publique).", "Contrat d'apprentissage : moins de 30 ans, conformément au Code du travail.",
				"Au moins 5 ans d'expérience."}},
		"en origin": {category: "origin", lang: "en", flagged: []string{
			"English must be your first language.", "Must be a British citizen.", "Native-level English speakers only.", "We prefer local candidates born in the UK.",
			"US citizens only.", "No foreign accents please."},
			clean: []string{"You must have the right to work in the UK.", "Fluent English (C1) required.", "Security clearance requires British citizenship under the Official Secrets Act."}},
		"fr origin": {category: "origin", lang: "fr", flagged: []string{
			"Français langue maternelle exigé.", "De nationalité française uniquement.", "Profil européen souhaité.", "Vous êtes de langue maternelle anglaise."},
			clean: []string{"Autorisation de travail en France requise.", "Anglais courant (C1)."}},
		"en family": {category: "family", lang: "en", flagged: []string{
			"No young children at home please.", "Must not have family commitments.", "Not planning a family in the next two years.", "Single applicants preferred.",
			"Ideal for someone without kids.", "Applicants with childcare responsibilities will struggle with this rota."},
			clean: []string{"Family-friendly hours: 9:30 to 3.", "We support working parents with flexible hours."}},
		"fr family": {category: "family", lang: "fr", flagged: []string{
			"Sans enfant à charge.", "Pas de projet de grossesse à court terme.", "Célibataire de préférence.", "Disponibilité totale, donc pas d'enfants en bas âge."},
			clean: []string{"Horaires compatibles avec une vie de famille.", "Crèche d'entreprise pour les enfants des salariés."}},
		"en health": {category: "health", lang: "en", flagged: []string{
			"Must be in excellent physical health.", "No disabilities.", "Applicants must not suffer from any mental health conditions.", "Must be free of any chronic illness.",
			"Must be able-bodied.", "No history of depression or anxiety."},
			clean: []string{"Must be able to lift 25 kg, in line with our manual handling assessment.", "We welcome applicants with disabilities.", "You will support people with mental health conditions."}},
		"fr health": {category: "health", lang: "fr", flagged: []string{
			"Aucun problème de santé.", "Pas de maladie chronique.", "Vous êtes en parfaite santé.", "Pas de handicap.", "Sans antécédents de dépression."},
			clean: []string{"Poste ouvert aux personnes en situation de handicap.", "Vous accompagnez des personnes atteintes de maladies chroniques.",
				"Visite médicale d'aptitude à l'embauche (médecine du travail)."}},
		"en religion": {category: "religion", lang: "en", flagged: []string{"Must be a practising Christian.", "Christian applicants preferred.", "Must be able to work every Saturday, so no Sabbath observers."},
			clean: []string{"We cater for Christian, Jewish and Muslim weddings."}},
		"fr religion": {category: "religion", lang: "fr", flagged: []string{"Candidat catholique pratiquant souhaité.", "Pas de signe religieux ostentatoire.", "Pas de port du voile."},
			clean: []string{"Nous organisons des mariages de toutes confessions."}},
		"en orientation": {category: "orientation", lang: "en", flagged: []string{"Straight candidates only.", "Gay or lesbian applicants not wanted."},
			clean: []string{"We are proud to support LGBTQ+ employees."}},
		"en sex": {category: "sex", lang: "en", flagged: []string{"Female bar staff wanted.", "Ideal for a strong man.", "We need a girl for front of house.", "Suits a female applicant.",
			"Looking for a handyman.", "We'd like a woman for this role."},
			clean: []string{"Women's football club seeks a coach.", "Female changing rooms on site."}},
		"fr sex": {category: "sex", lang: "fr", flagged: []string{"Poste réservé aux femmes.", "Nous recherchons une hôtesse souriante.", "Profil féminin exigé.",
			"Homme de préférence pour le port de charges."},
			clean: []string{"Poste ouvert aux femmes et aux hommes.", "Vous accueillez les femmes enceintes en consultation."}},
		"en residence": {category: "residence", lang: "en", flagged: []string{"Must live within 5 miles of the store.", "Local applicants only.", "Applicants must reside in the borough."},
			clean: []string{"The store is 5 miles from the station."}},
		"fr residence": {category: "residence", lang: "fr", flagged: []string{"Vous devez habiter à moins de 10 km.", "Candidats résidant dans le 93 uniquement.", "Résider à proximité du site est impératif."},
			clean: []string{"Le site est à 10 km de Lyon."}},
		"en appearance": {category: "appearance", lang: "en", flagged: []string{"Must be well groomed and attractive.", "No visible tattoos.", "Slim build preferred.", "Must fit a size 10 uniform."},
			clean: []string{"Uniform provided.", "Hairnets must be worn in production areas for food safety."}},
		"fr appearance": {category: "appearance", lang: "fr", flagged: []string{"Physique agréable exigé.", "Pas de tatouage visible.", "Taille 38 maximum.", "Belle présentation indispensable."},
			clean: []string{"Port de la charlotte obligatoire en production pour des raisons d'hygiène.", "Tenue fournie."}},
	})
}
