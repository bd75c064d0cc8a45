package lint

import (
	"testing"
)

// TestGroundClasses holds the classes of wording an employment lawyer
// flags that the first phrase lists missed, each in several wordings
// (inflections, word order, a word inserted) and both languages, with
// near misses that are lawful or not about the candidate.
func TestGroundClasses(t *testing.T) {
	classes := map[string]classCase{
		"clothing size as a condition, en": {category: "appearance", lang: "en",
			flagged: []string{"Sizes 36 to 40 only.", "Candidates must fit a size 8 uniform.", "You must wear a size small or medium.",
				"Applicants should be a UK size 10-14.", "Only sizes XS to M considered."},
			clean: []string{"Uniform provided in sizes 6 to 24.", "Team size 8 to 12 people.", "Batch sizes of 10-20 units."}},
		"clothing size as a condition, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Taille 36 à 40 uniquement.", "Vous devez pouvoir porter du 38.", "Taille S ou M exigée pour porter nos tenues."},
			clean:   []string{"Tenues disponibles du 34 au 56.", "Équipe de 36 à 40 personnes."}},
		"body type and grooming, en": {category: "appearance", lang: "en",
			flagged: []string{"An athletic build is essential.", "You have a slim, toned body type.", "Hair must be a natural colour and make-up worn at all times.",
				"Female staff must wear full make-up.", "Immaculate grooming required at all times.", "Men must be clean-shaven."},
			clean: []string{"Hair tied back and no jewellery in the kitchen, for food safety.", "Smart business dress; we provide the uniform.",
				"You will build athletic programmes for our members."}},
		"body type and grooming, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Vous avez une silhouette athlétique.", "Morphologie sportive exigée.", "Maquillage obligatoire et cheveux attachés en chignon pour les femmes.",
				"Un physique athlétique est indispensable.", "Carrure imposante souhaitée."},
			clean: []string{"Tenue soignée ; uniforme fourni.", "Charlotte et cheveux attachés en cuisine, pour les règles d'hygiène (HACCP).",
				"Vous animerez les cours de préparation physique."}},
		"medication, injuries and attendance, en": {category: "health", lang: "en",
			flagged: []string{"You must not be on any ongoing medication.", "Applicants taking prescription drugs will not be considered.",
				"No previous shoulder injuries.", "A history of back or knee injuries will disqualify you.", "A perfect attendance record in your last job is required.",
				"You must never have made a workers' compensation claim.", "No previous CNESST claims.", "Have you ever filed a WorkSafe claim? If so, do not apply."},
			clean: []string{"We record attendance at training sessions.", "Good attendance and timekeeping matter to the team.", "You will process workers' compensation claims for our clients.",
				"You will dispense prescription medication to patients.", "The pharmacy manages repeat prescriptions."}},
		"medication, injuries and attendance, fr": {category: "health", lang: "fr",
			flagged: []string{"Aucun traitement médical en cours.", "Vous ne suivez pas de traitement de longue durée.", "Pas d'antécédents de blessure au dos ou à l'épaule.",
				"Aucun accident du travail déclaré dans vos emplois précédents.", "Vous n'avez jamais fait de réclamation à la CNESST.",
				"Assiduité exigée : aucune absence pour maladie.", "Un historique d'absences vierge."},
			clean: []string{"Vous préparez les traitements médicaux des résidents.", "Vous déclarez les accidents du travail auprès de la CPAM.",
				"Vous gérez les dossiers CNESST de nos clients."}},
		"age proxies, en": {category: "age", lang: "en",
			flagged: []string{"The average age of our team is 26, so you'll fit right in.", "Our crew's average age is 24.",
				"Candidates with more than 10 years of experience will not be considered.", "Over 8 years' experience? This role is not for you.",
				"Perfect for someone fresh out of university.", "Ideal if you are fresh out of high school.", "You will join a young brigade.",
				"Please include your date of birth."},
			clean: []string{"The average age of our fleet is 3 years.", "More than 10 years of experience is welcome.",
				"We run workshops for people fresh out of prison.", "Our clients are young families."}},
		"age proxies, fr": {category: "age", lang: "fr",
			flagged: []string{"La moyenne d'âge de l'équipe est de 27 ans.", "Âge moyen de nos équipes : 25 ans.",
				"Les candidats ayant plus de 10 ans d'expérience ne seront pas retenus.", "Plus de 8 ans d'expérience : s'abstenir.",
				"Idéal pour un profil tout juste sorti d'école.", "Vous êtes fraîchement diplômé du lycée.", "Vous intégrerez une jeune brigade.",
				"Merci d'indiquer votre date de naissance."},
			clean: []string{"L'âge moyen de notre parc de véhicules est de 3 ans.", "Plus de 10 ans d'expérience est un atout.",
				"Vous accompagnez de jeunes publics."}},
		"sex by noun or pronoun, en": {category: "sex", lang: "en",
			flagged: []string{"We are looking for the right man for the job.", "He runs the yard and reports to the director.",
				"She manages the housekeeping team and greets guests.", "A real gentleman behind the bar.", "Husband-and-wife team wanted for the lodge.",
				"The successful candidate will be a true salesman at heart."},
			clean: []string{"She joined us in 2015 and will be your mentor.", "Our founder, he started the shop in 1990.",
				"Couples' therapy sessions are part of the service."}},
		"sex by noun or pronoun, fr": {category: "sex", lang: "fr",
			flagged: []string{"Nous cherchons un vrai chasseur.", "Un vrai commercial dans l'âme.", "Un homme de terrain avant tout.",
				"Elle assure l'accueil des clients et gère le standard."},
			clean: []string{"Elle a fondé la maison en 1998.", "Un couple de clients fidèles depuis vingt ans."}},
		"family, en": {category: "family", lang: "en",
			flagged: []string{"This role is not suitable for people with children.", "The hours may not suit those with young families.",
				"Not ideal for parents of young kids.", "Please state your marital status.", "Marital status: single or married?",
				"Ideal for a married couple.", "Married couples preferred for the live-in post."},
			clean: []string{"A couple of days a week in the office.", "Our hours suit families who visit at weekends."}},
		"family, fr": {category: "family", lang: "fr",
			flagged: []string{"Poste peu adapté aux parents de jeunes enfants.", "Ne convient pas à une personne ayant des enfants en bas âge.",
				"Précisez votre état civil.", "Situation de famille à indiquer dans le CV.",
				"Couple marié recherché pour la loge.", "Vous êtes en couple et mariés ?"},
			clean: []string{"Activité adaptée aux familles avec enfants.", "Couple de concierges pour un immeuble de 48 logements.", "Spectacle déconseillé aux enfants de moins de 10 ans."}},
		"anti-union, en": {category: "union", lang: "en",
			flagged: []string{"We have never needed a union here.", "We've never needed unions and never will.", "Unions have no place in our business.",
				"We don't believe in unions.", "Our team has no need for a union."},
			clean: []string{"We work with the union on rotas.", "We have never needed overtime bans."}},
		"anti-union, fr": {category: "union", lang: "fr",
			flagged: []string{"Nous n'avons jamais eu besoin de syndicat.", "Les syndicats n'ont pas leur place chez nous.",
				"Ici, pas besoin de syndicats.", "Nous ne voulons pas de syndicalistes."},
			clean: []string{"Nous négocions avec les syndicats chaque année."}},
		"personal data at application, en": {category: "personal-data", lang: "en",
			flagged: []string{"Send your CV with your IBAN.", "Include your bank account number so we can set up payroll.", "Please provide your SIN with your application.",
				"Enter your SSN on the form.", "List any arrests, even without conviction.", "Have you ever been arrested? Please give details."},
			clean: []string{"You will verify client IBANs.", "Clear communication skills."}},
		"personal data at application, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"Joignez votre RIB à votre candidature.", "Envoyez votre CV et votre IBAN.", "Indiquez votre NIR.",
				"Votre numéro de sécurité sociale avec le CV.", "Votre NAS est demandé dès la candidature."},
			clean: []string{"Vous contrôlez les IBAN des fournisseurs."}},
		"equipment bought from the employer, en": {category: "fee", lang: "en",
			flagged: []string{"You must purchase your uniform from us.", "Staff buy their own toolkit from the company store.",
				"New starters are required to buy the starter kit from the company.", "The uniform must be bought from the employer before your first shift."},
			clean: []string{"We buy all equipment from local suppliers.", "You will purchase supplies from approved vendors."}},
		"equipment bought from the employer, fr": {category: "fee", lang: "fr",
			flagged: []string{"Tenue à acheter auprès de l'entreprise.", "Vous achetez votre outillage auprès de notre boutique.", "L'achat de la tenue auprès de l'employeur est obligatoire."},
			clean:   []string{"Vous achetez les fournitures auprès de nos fournisseurs."}},
		"clichés, en": {category: "cliche", lang: "en",
			flagged: []string{"You graft hard and love it.", "You'll juggle a dozen hats.", "Juggling many hats is normal here.",
				"We work hard and play harder.", "Work hard, party hard."},
			clean: []string{"You will juggle priorities with care.", "Hard hats provided."}},
		"clichés, fr": {category: "cliche", lang: "fr",
			flagged: []string{"On bosse dur et on fait la fête.", "Vous jonglez avec plusieurs casquettes.", "Vous portez de multiples casquettes."},
			clean:   []string{"Casquettes et t-shirts fournis pour la saison."}},
		"macho wording, en": {category: "gender-coded", lang: "en",
			flagged: []string{"You are an alpha.", "A warrior mentality.", "Aggressive in negotiation.", "You're aggressive when negotiating deals.",
				"A true warrior on the sales floor."},
			clean: []string{"Alpha testing of new releases.", "Aggressive tumours are treated here.", "Warrior pose in yoga classes."}},
		"macho wording, fr": {category: "gender-coded", lang: "fr",
			flagged: []string{"Un tempérament de guerrier.", "Agressif en négociation.", "Vous êtes un guerrier.", "Une âme de conquérant."},
			clean:   []string{"Les Guerriers du Nord, club partenaire."}},
		"bank domiciliation": {category: "other-ground", lang: "fr",
			flagged: []string{"Domiciliation bancaire du salaire à la Caisse d'Épargne obligatoire.", "Vous devez avoir un compte au Crédit Mutuel pour le versement du salaire."},
			clean:   []string{"Vous conseillez nos clients sur leur domiciliation bancaire."}},
		"negated fees": {category: "fee", lang: "en",
			clean: []string{"Training costs are not at your expense.", "The uniform is not at your own cost.", "No fees are charged at any stage."}},
		"negated fees, fr": {category: "fee", lang: "fr",
			clean: []string{"Les frais ne sont pas à votre charge.", "La formation n'est pas à votre charge.", "Aucun frais n'est à votre charge."}},
		"genuine occupational requirements": {category: "appearance", lang: "en",
			clean: []string{"No piercings or nail varnish, for food safety.", "No visible piercings in the kitchen (food hygiene regulations).",
				"Fitness test required by the airport security regulations.", "Clean-shaven for a tight-fitting respirator seal, a safety requirement."}},
		"genuine occupational requirements, fr": {category: "appearance", lang: "fr",
			clean: []string{"Sans piercing ni bijoux en production, pour l'hygiène alimentaire.", "Tenue soignée exigée (uniforme fourni).",
				"Test d'aptitude physique réglementaire des sapeurs-pompiers."}},
	}
	checkClasses(t, classes)
}

// TestPayRangeWhereTheLawAsks: a missing range warns where a law asks for
// it (the EU, France, the US states and Canadian provinces that do), and
// is advice elsewhere; an apprenticeship paid on the legal scale states
// its pay; an open-ended figure is pay.
func TestPayRangeWhereTheLawAsks(t *testing.T) {
	noPay := "Warehouse operative. Join our team on the night shift."
	checkRuleCases(t, []ruleCase{
		{rule: "pay-range", lang: "fr", country: "FR", text: "Préparateur de commandes, équipe de nuit.", want: true, sev: Warning, has: "2023/970"},
		{rule: "pay-range", lang: "en", country: "IE", text: noPay, want: true, sev: Warning, has: "2023/970"},
		{rule: "pay-range", lang: "en", country: "GB", text: noPay, want: true, sev: Info, has: "no UK law"},
		{rule: "pay-range", lang: "en", country: "CH", text: noPay, want: true, sev: Info, has: "Switzerland"},
		{rule: "pay-range", lang: "en", country: "US", text: noPay + " Based in Austin, TX.", want: true, sev: Info, has: "no federal law"},
		{rule: "pay-range", lang: "en", country: "US", text: noPay + " Based in Albany, NY.", want: true, sev: Warning, has: "New York Labor Law"},
		{rule: "pay-range", lang: "en", country: "US", text: noPay + " Our Denver depot.", want: true, sev: Warning, has: "Colorado"},
		{rule: "pay-range", lang: "en", country: "CA", text: noPay + " Our Toronto depot.", want: true, sev: Warning, has: "Ontario"},
		{rule: "pay-range", lang: "en", country: "CA", text: noPay + " Our Calgary depot.", want: true, sev: Info},
		{rule: "pay-range", lang: "en", country: "GB", cfg: Config{PayTransparency: []string{"eu-2023-970"}}, text: noPay, want: true, sev: Error},
		{rule: "pay-range", lang: "en", country: "GB", text: "Competitive salary for the right person.", want: true, sev: Info},
		{rule: "pay-range", lang: "en", country: "US", text: "Compensation package: $95,000+ plus equity. New York, NY.", want: false},
		{rule: "pay-range", lang: "en", country: "US", text: "Base salary from $60,000 and up, with a kitchen budget.", want: false},
		{rule: "pay-range", lang: "fr", country: "FR", text: "Contrat d'apprentissage de 2 ans. Rémunération selon la grille légale de l'apprentissage (% du SMIC selon l'âge).", want: false},
		{rule: "pay-range", lang: "en", country: "FR", text: "Apprenticeship contract. Pay follows the legal scale: a percentage of the SMIC set by law.", want: false},
		{rule: "pay-range", lang: "fr", country: "FR", text: "CDI. Rémunération selon la grille de l'entreprise.", want: true, sev: Warning},
	})
}

// TestGroundFindings: the level and citation of the new classes.
func TestGroundFindings(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		// The date of birth and the marital status are filed under the
		// ground they reveal, citing both laws.
		{rule: "fr-forbidden-request", lang: "fr", country: "FR", text: "Indiquez votre date de naissance.", want: true, has: "L5331-2 and L1132-1 (France) and Code du travail L1221-6", sev: Error},
		{rule: "fr-forbidden-request", lang: "en", country: "GB", text: "State your marital status.", want: true, has: "Equality Act 2010 s.8", sev: Error},
		// Appearance and health ask for the reason, at warning; a reason given silences them.
		{rule: "fr-discrimination", lang: "en", country: "GB", text: "No visible tattoos or piercings.", want: true, has: "state the reason", sev: Warning},
		{rule: "fr-discrimination", lang: "fr", country: "FR", text: "Vous êtes en bonne santé.", want: true, has: "state the reason", sev: Warning},
		{rule: "fr-discrimination", lang: "en", country: "GB", text: "No visible piercings, in line with our food hygiene rules.", want: false},
		{rule: "fr-discrimination", lang: "fr", country: "FR", text: "Pas de piercing visible en cuisine (HACCP).", want: false},
		// Bank domiciliation is its own ground, not residence.
		{rule: "fr-discrimination", lang: "fr", country: "FR", text: "Domiciliation bancaire à la Banque Postale exigée.", want: true, has: "bank domiciliation"},
		// Slang is advice; macho wording is a warning; a word count is advice.
		{rule: "cliche", lang: "en", text: "You are a coding ninja.", want: true, has: "slang", sev: Info},
		{rule: "cliche", lang: "fr", text: "Un vrai ninja du front-end.", want: true, sev: Info},
		{rule: "cliche", lang: "en", text: "You have an alpha mindset.", want: true, has: "gender-coded", sev: Warning},
		{rule: "gender-coded", lang: "en", text: "We want an ambitious, competitive, dominant leader who is decisive, assertive and active.", want: true, sev: Info},
		// A compound title in the masculine only, with and without H/F.
		{rule: "fr-inclusive-title", lang: "fr", format: Markdown, text: "# Charpentier-menuisier\n", want: true, has: "charpentier", sev: Error},
		{rule: "fr-inclusive-title", lang: "fr", format: Markdown, text: "# Plombier chauffagiste (H/F)\n", want: true, has: "guidance tolerates", sev: Warning},
		{rule: "fr-inclusive-title", lang: "fr", format: Markdown, text: "# Charpentier·ère-menuisier·ère\n", want: false},
		{rule: "fr-inclusive-title", lang: "fr", format: Markdown, text: "# Opérateur sur fraiseuse numérique\n", want: true, has: "opérateur"},
		{rule: "fr-inclusive-title", lang: "fr", format: Markdown, text: "# Conducteur routier\n", want: true, has: "conducteur"},
	})
}
