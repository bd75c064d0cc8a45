package lint

import "testing"

// TestWordings42 holds the causes of a twentieth blind reading, each
// beside the wording closest to it that is not the problem.
func TestWordings42(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a little family": {lang: "en", category: "cliche",
			flagged: []string{"We're like a little family here."},
			clean:   []string{"We're a small shop in the old town."}},
		"tough as nails": {lang: "en", category: "gender-coded",
			flagged: []string{"Tough-as-nails attitude required.", "An aggressive, target-driven self-motivator."},
			clean:   []string{"A calm attitude under pressure."}},
		"born somewhere, ideally": {lang: "en", category: "origin",
			flagged: []string{"Ideally Jersey-born."},
			clean:   []string{"Ideally experienced in cider making."}},
		"an age not to exceed": {lang: "en", category: "age",
			flagged: []string{"Applicants should not be above 35 years of age."},
			clean:   []string{"Loads should not be above 35 kg."}},
		"parents' names": {lang: "en", category: "personal-data",
			flagged: []string{"Send your CV with the names of your parents."},
			clean:   []string{"Send your CV with the names of two referees."}},
		"views on marriage": {lang: "en", category: "orientation",
			flagged: []string{"We want staff who share our views on marriage."},
			clean:   []string{"We want staff who share our views on service."}},
		"current earnings": {lang: "en", category: "pay-history",
			flagged: []string{"Tell us what you're currently earning."},
			clean:   []string{"Tell us what you'd like to earn."}},
		"a nice look": {lang: "en", category: "appearance",
			flagged: []string{"We want someone with a nice look for the counter."},
			clean:   []string{"We want someone with a nice manner at the counter."}},
		"a birth year": {lang: "en", category: "age",
			flagged: []string{"Applicants born 1980 or later.", "Candidates born in 1985 or later."},
			clean:   []string{"Our shop opened in 1985."}},
		"a devotional all join": {lang: "en", category: "religion",
			flagged: []string{"We start with a team devotional that all staff join."},
			clean:   []string{"We start with a team briefing that all staff join."}},
		"a family-values school": {lang: "en", category: "orientation",
			flagged: []string{"We are a traditional, family-values school."},
			clean:   []string{"We are a traditional ballet school."}},
		"the host community": {lang: "en", category: "origin",
			flagged: []string{"Preference will be given to applicants from the host community."},
			clean:   []string{"We run outreach for the host community."}},
		"owners who are a couple": {lang: "en", category: "orientation",
			flagged: []string{"We're looking for a husband-and-wife team to run the site."},
			clean:   []string{"Jean and Alasdair, the husband-and-wife team who took the place over in 2009, still do the rounds."}},
		"under-21s on their age band": {lang: "en", category: "age",
			flagged: []string{"No under-21s, please."},
			clean:   []string{"Under-21s are paid the national minimum wage rate for their age band."}},
		"a state's name": {lang: "en", category: "origin",
			flagged: []string{"Indian applicants preferred."},
			clean:   []string{"Hosts must hold an Indiana employee alcohol permit."}},
		"a couple without children, fr": {lang: "fr", category: "family",
			flagged: []string{"Le logement est idéal pour un couple sans enfants."},
			clean:   []string{"Le logement est idéal pour un séjour court."}},
		"a metropolitan profile, fr": {lang: "fr", category: "origin",
			flagged: []string{"Profil métropolitain apprécié par notre clientèle."},
			clean:   []string{"Profil polyvalent apprécié par notre clientèle."}},
		"feminine elegance, fr": {lang: "fr", category: "gender-coded",
			flagged: []string{"Élégance féminine et douceur.", "Féminine, douce et souriante."},
			clean:   []string{"Élégance et rigueur."}},
		"available during a fast, fr": {lang: "fr", category: "religion",
			flagged: []string{"Vous êtes disponible aussi pendant le ramadan."},
			clean:   []string{"Vous êtes disponible aussi pendant les vacances."}},
		"a weight ceiling, fr": {lang: "fr", category: "appearance",
			flagged: []string{"85 kg maximum, pour le harnais."},
			clean:   []string{"Port de charges de 25 kg maximum."}},
		"training charged, fr": {lang: "fr", category: "fee",
			flagged: []string{"Formation interne facturée 450 DT."},
			clean:   []string{"Formation interne offerte."}},
		"the TikTok generation, fr": {lang: "fr", category: "age",
			flagged: []string{"Tu fais partie de la génération TikTok."},
			clean:   []string{"Tu connais TikTok et Instagram."}},
		"a district told to abstain, fr": {lang: "fr", category: "residence",
			flagged: []string{"Candidats de la Côte-sous-le-Vent s'abstenir."},
			clean:   []string{"Candidats sans permis s'abstenir."}},
		"macho, fr": {lang: "fr", category: "sex",
			flagged: []string{"L'équipe est un peu macho sur les bords."},
			clean:   []string{"L'équipe est un peu bruyante sur les bords."}},
		"a traditional couple, fr": {lang: "fr", category: "orientation",
			flagged: []string{"Nous partageons une vision traditionnelle du couple."},
			clean:   []string{"Nous partageons une vision exigeante du service."}},
		"a diploma year, fr": {lang: "fr", category: "age",
			flagged: []string{"Bac obtenu en 2021 ou après."},
			clean:   []string{"Diplôme obtenu en 2015 ou avant, peu importe.", "DEA obtenu en 2024 ou en cours."}},
		"sweat, fr": {lang: "fr", category: "cliche",
			flagged: []string{"Vous n'avez pas peur de mouiller la chemise.", "Motivé à 200 % !"},
			clean:   []string{"Vous n'avez pas peur des horaires décalés."}},
		"a family of traders, fr": {lang: "fr", category: "origin",
			flagged: []string{"Issu de préférence d'une famille de commerçants haoussas."},
			clean:   []string{"Vous avez travaillé dans le commerce."}},
		"women encouraged to apply, fr": {lang: "fr", category: "sex",
			flagged: []string{"Candidatures féminines uniquement."},
			clean:   []string{"LCT encourage les candidatures féminines."}},
		"the sellers a business buys from": {lang: "en", category: "sex",
			flagged: []string{"Women preferred."},
			clean:   []string{"Most of the market women we collect from prefer Fante."}},
		"the children a check protects, fr": {lang: "fr", category: "family",
			flagged: []string{"Avez-vous des enfants ?"},
			clean:   []string{"Extrait de casier judiciaire modèle 2, exigé pour toute personne travaillant au contact d'enfants."}},
		"a patient base by age, fr": {lang: "fr", category: "age",
			flagged: []string{"Vous avez entre 30 et 45 ans."},
			clean:   []string{"Notre patientèle, majoritairement des femmes de 30 à 45 ans, vient pour des soins."}},
	})
}

// The second part of a compound written for everyone is written for
// everyone too; a compound in the masculine only is not.
func TestCompoundTitleForEveryone(t *testing.T) {
	for title, want := range map[string]bool{"Entraîneur·euse-chef — programme jeunesse": false, "Entraîneur-chef — programme jeunesse": true} {
		var got bool
		for _, f := range lintText(t, "fr", Markdown, "# "+title+"\n\nTexte.\n", nil) {
			got = got || f.Rule == "inclusive-title"
		}
		if got != want {
			t.Errorf("%q: inclusive-title finding %v, want %v", title, got, want)
		}
	}
}

// TestWordings43 holds the near-misses a twenty-first blind reading
// warned, beside the wording that is the problem.
func TestWordings43(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a clinic's name": {lang: "en", category: "origin",
			flagged: []string{"We want a Northern accent for the ads, ideally."},
			clean:   []string{"Northern Voices is a private clinic in Sudbury.", "Northern Voices Speech & Language Clinic · 120 Cedar Street"}},
		"a tan asked, fr": {lang: "fr", category: "appearance",
			flagged: []string{"Teint hâlé toute l'année souhaité."},
			clean:   []string{"Conseils pour un teint hâlé sans risque."}},
		"the services a job refers to, fr": {lang: "fr", category: "family",
			flagged: []string{"Indiquez votre état civil."},
			clean:   []string{"Vous orientez les personnes vers les services de santé, d'état civil et d'éducation."}},
		"a check for work with children": {lang: "en", category: "other-ground",
			flagged: []string{"A Police Certificate of Character is required for all staff."},
			clean:   []string{"A Certificate of Good Conduct, in line with our child safeguarding policy for all child-facing staff."}},
		"makeup experience": {lang: "en", category: "appearance",
			flagged: []string{"Full makeup required at all times."},
			clean:   []string{"At least 6 months of airbrush tanning, makeup or esthetics experience."}},
		"photos of one's trade": {lang: "en", category: "personal-data",
			flagged: []string{"Send your resume with a photo."},
			clean:   []string{"Email your resume with a few photos of your tanning work."}},
	})
}

// TestWordings44 holds what a twenty-second blind reading warned wrongly,
// and the one cause it added, beside their near misses.
func TestWordings44(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"an animal's look": {lang: "en", category: "appearance",
			flagged: []string{"No bearded staff, please."},
			clean:   []string{"We keep bearded dragons, leopard geckos and royal pythons."}},
		"a duty adjusted for a pregnancy": {lang: "en", category: "family",
			flagged: []string{"We can't take anyone planning a pregnancy this year."},
			clean:   []string{"- If you're pregnant or planning a pregnancy, tell us whenever you're ready and we'll adjust your duties around anaesthetic gases."}},
		"a verb, not a bank": {lang: "en", category: "other-ground",
			flagged: []string{"Your pay must go into a Chase account."},
			clean:   []string{"- Someone who'll chase new accounts."}},
		"a record of union activity": {lang: "en", category: "union",
			flagged: []string{"- Applicants with a record of involvement in industrial action will not be considered"}},
		"discreet about private lives": {lang: "en", category: "orientation",
			flagged: []string{"We ask our hosts to stay discreet about their private lives."},
			clean:   []string{"We ask our hosts to stay discreet about guests' bookings."}},
		"photos of recent work": {lang: "en", category: "personal-data",
			flagged: []string{"Email your resume with a recent photo."},
			clean:   []string{"Email your resume and a few photos of your recent work."}},
	})
}

// TestWordings45 holds what a twenty-third blind reading warned wrongly,
// beside the wording that is the problem.
func TestWordings45(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"members by age, fr": {lang: "fr", category: "age",
			flagged: []string{"Vous avez entre 55 et 74 ans."},
			clean:   []string{"Notre programme Masters, suivi par une quarantaine de membres de 55 à 74 ans."}},
		"a shark risk, fr": {lang: "fr", category: "gender-coded",
			flagged: []string{"Un vrai requin de la vente."},
			clean:   []string{"La baignade est encadrée par arrêté préfectoral (risque requin)."}},
		"a share of costs with a sum, fr": {lang: "fr", category: "fee",
			flagged: []string{"Une participation de 5 000 FCFA aux frais est demandée."}},
	})
}

// School pick-ups a nanny does are no age.
func TestSchoolPickUps(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"school pick-ups, fr": {lang: "fr", category: "age",
			flagged: []string{"Profil sortie d'école accepté, idéalement jeune."},
			clean:   []string{"- Sorties d'école et de crèche, trajets vers les activités", "Un couple de médecins a besoin de sorties d'école quotidiennes."}},
	})
}

// TestWordings46 holds misses of the twenty-first blind reading, beside
// their near misses.
func TestWordings46(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"our girls at the bar": {lang: "en", category: "sex",
			flagged: []string{"You'll work with our girls behind the bar."},
			clean:   []string{"You'll work with our team behind the bar."}},
		"a school year as a bound": {lang: "en", category: "age",
			flagged: []string{"High school diploma (2010 or later).", "Ideally you finished school in the last few years."},
			clean:   []string{"High school diploma or equivalent."}},
		"a fair appearance": {lang: "en", category: "appearance",
			flagged: []string{"Pleasant and fair appearance."},
			clean:   []string{"Pleasant and fair manner with guests."}},
		"an ethnic team to fit": {lang: "en", category: "origin",
			flagged: []string{"You'll fit in with our mostly Chinese team."},
			clean:   []string{"You'll fit in with our small, friendly team."}},
		"a boss babe": {lang: "en", category: "gender-coded",
			flagged: []string{"Be a total boss babe."},
			clean:   []string{"Be a confident host."}},
		"a conventional lifestyle": {lang: "en", category: "orientation",
			flagged: []string{"A conventional lifestyle is expected."},
			clean:   []string{"A conventional pension scheme is offered."}},
		"race asked with an ID number": {lang: "en", category: "personal-data",
			flagged: []string{"Send your CV with your IC number, race and religion."},
			clean:   []string{"Send your CV and a cover letter."}},
	})
}

// TestWordings47 holds misses of the twenty-second and twenty-third blind
// readings, beside their near misses.
func TestWordings47(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a side of a road lived on": {lang: "en", category: "residence",
			flagged: []string{"Ideally you live west of I-35."},
			clean:   []string{"Our yard is west of I-35."}},
		"an experience cap, please": {lang: "en", category: "age",
			flagged: []string{"Carpet cleaning experience: no more than 5 years, please."},
			clean:   []string{"Carpet cleaning experience: 2 years, please."}},
		"an ID copy": {lang: "en", category: "personal-data",
			flagged: []string{"Send a copy of your IC with your CV."},
			clean:   []string{"Send a copy of your certificate with your CV."}},
		"English like a local": {lang: "en", category: "origin",
			flagged: []string{"Speak English like a local."},
			clean:   []string{"Speak clear English."}},
		"a lean body": {lang: "en", category: "appearance",
			flagged: []string{"Lean, toned and camera-ready.", "Lean and visibly fit."},
			clean:   []string{"Lean manufacturing experience."}},
		"a current rate": {lang: "en", category: "pay-history",
			flagged: []string{"Tell us your current per-class rate at other studios.", "Tell us what your current gym is paying you."},
			clean:   []string{"Tell us your rate expectations."}},
		"a deposit refunded later": {lang: "en", category: "fee",
			flagged: []string{"Uniform deposit: $40, refunded after two months."},
			clean:   []string{"Uniform provided free."}},
		"funny lifestyles": {lang: "en", category: "orientation",
			flagged: []string{"No funny lifestyles on site."},
			clean:   []string{"No funny business with the till."}},
		"union business kept out": {lang: "en", category: "union",
			flagged: []string{"Keep politics and union business out of the yard."},
			clean:   []string{"Keep phones out of the yard."}},
		"misdemeanor charges": {lang: "en", category: "other-ground",
			flagged: []string{"Disclose any misdemeanor marijuana charges."}},
		"a clean bill of health": {lang: "en", category: "health",
			flagged: []string{"You'll need a clean bill of health."},
			clean:   []string{"You'll need a clean driving licence."}},
		"alpha energy": {lang: "en", category: "gender-coded",
			flagged: []string{"Alpha energy and a hard-charging attitude."},
			clean:   []string{"Calm energy and a steady attitude."}},
		"good men": {lang: "en", category: "sex",
			flagged: []string{"We need good men who can handle a sofa."},
			clean:   []string{"We need good movers who can handle a sofa."}},
		"an island family": {lang: "en", category: "origin",
			flagged: []string{"Ideally from a long-established Island family."},
			clean:   []string{"Ideally from a hospitality background."}},
		"a view of marriage": {lang: "en", category: "orientation",
			flagged: []string{"A traditional outlook on marriage and family life."},
			clean:   []string{"A traditional outlook on cooking."}},
		"dependants' details": {lang: "en", category: "family",
			flagged: []string{"Give details of any dependants."},
			clean:   []string{"Give details of any allergies our kitchen should know."}},
		"a birth date bound": {lang: "en", category: "age",
			flagged: []string{"Applicants born after 1 January 1990."},
			clean:   []string{"The company was founded after 1990."}},
		"a good height": {lang: "en", category: "appearance",
			flagged: []string{"Attractive, with a good height."},
			clean:   []string{"A good head for figures."}},
	})
}

// TestWordings48 holds what a twenty-fourth blind reading warned wrongly
// and missed, beside the near misses.
func TestWordings48(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a rider's weight": {lang: "en", category: "appearance",
			flagged: []string{"Body weight under 80 kg."},
			clean:   []string{"Please note that our rider weight limit of 95 kg applies to clients, for the welfare of our horses."}},
		"a photo as a task": {lang: "en", category: "personal-data",
			flagged: []string{"Send your CV and photo."},
			clean:   []string{"- Leaving site clean, snagging, and photo sign-off through the client's app"}},
		"a clinic's field": {lang: "en", category: "health",
			flagged: []string{"No musculoskeletal conditions, please."},
			clean:   []string{"Join our musculoskeletal and sports team of physiotherapists."}},
		"contact with children": {lang: "en", category: "family",
			flagged: []string{"Do you have children?"},
			clean:   []string{"Pass a background study before you have direct contact with children, as state law requires."}},
		"raised locally": {lang: "en", category: "origin",
			flagged: []string{"A local, Saskatoon-raised candidate is preferred."},
			clean:   []string{"A local candidate with a driving licence is preferred."}},
		"banking details": {lang: "en", category: "personal-data",
			flagged: []string{"Send your CV and your banking info."},
			clean:   []string{"We'll ask for your banking info after an offer, for payroll."}},
		"a motherly lady": {lang: "en", category: "sex",
			flagged: []string{"We need a motherly lady for the toddler room."},
			clean:   []string{"We need a patient carer for the toddler room."}},
		"a neighbourhood only": {lang: "en", category: "residence",
			flagged: []string{"Candidates staying in Bayan Lepas area only."},
			clean:   []string{"The job is in the Bayan Lepas area."}},
		"waitresses counted": {lang: "en", category: "sex",
			flagged: []string{"We're hiring 3 cocktail waitresses.", "Guys, this one's for you."},
			clean:   []string{"We're hiring 3 cocktail servers."}},
		"a beach body": {lang: "en", category: "appearance",
			flagged: []string{"Beach-body ready, always.", "Slim, glam and camera-ready."},
			clean:   []string{"Beach safety trained, always."}},
		"what you're on now": {lang: "en", category: "pay-history",
			flagged: []string{"Tell us what you're on now."},
			clean:   []string{"Tell us what you'd like to earn."}},
	})
}

// TestWordings49 holds French misses of the twenty-second and
// twenty-third blind readings, beside their near misses.
func TestWordings49(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"full health, fr": {lang: "fr", category: "health",
			flagged: []string{"Vous êtes en pleine santé."},
			clean:   []string{"Vous êtes en pleine saison dès juin."}},
		"a young woman, fr": {lang: "fr", category: "sex",
			flagged: []string{"Jeune femme dynamique recherchée."},
			clean:   []string{"Personne dynamique recherchée."}},
		"a blessing to attend, fr": {lang: "fr", category: "religion",
			flagged: []string{"Vous participerez à la bénédiction du troupeau."},
			clean:   []string{"Vous participerez à la transhumance du troupeau."}},
		"tattoos to avoid, fr": {lang: "fr", category: "appearance",
			flagged: []string{"Tatouages et piercings visibles à éviter."},
			clean:   []string{"Crème solaire fournie."}},
		"a height and weight, fr": {lang: "fr", category: "appearance",
			flagged: []string{"1,80 m et 85 kg minimum."},
			clean:   []string{"Permis C minimum."}},
		"shoes bought from us, fr": {lang: "fr", category: "fee",
			flagged: []string{"Chaussures de sécurité à acheter chez nous."},
			clean:   []string{"Chaussures de sécurité fournies."}},
		"a private life kept quiet, fr": {lang: "fr", category: "orientation",
			flagged: []string{"La discrétion sur votre vie privée est de rigueur."},
			clean:   []string{"La discrétion sur les dossiers des clients est de rigueur."}},
		"women only greeted, fr": {lang: "fr", category: "sex",
			flagged: []string{"Bonjour à toutes !"},
			clean:   []string{"Bonjour à toutes et à tous !"}},
		"a hourly rate now, fr": {lang: "fr", category: "pay-history",
			flagged: []string{"Indiquez votre taux horaire actuel."},
			clean:   []string{"Indiquez le taux horaire souhaité."}},
		"a father and a mother, fr": {lang: "fr", category: "orientation",
			flagged: []string{"Notre conception de la famille : un père, une mère."},
			clean:   []string{"Les familles nous confient leurs enfants."}},
		"prices in francs, fr": {lang: "fr", category: "age",
			flagged: []string{"Vous vous souvenez des prix en francs ?"},
			clean:   []string{"Vous connaissez les prix du marché."}},
		"a spiritual path, fr": {lang: "fr", category: "religion",
			flagged: []string{"Vous partagez notre chemin spirituel."},
			clean:   []string{"Vous partagez notre goût du yoga."}},
		"a silhouette, fr": {lang: "fr", category: "appearance",
			flagged: []string{"Une silhouette en accord avec nos valeurs bien-être."},
			clean:   []string{"Une approche en accord avec nos valeurs bien-être."}},
		"a size only, fr": {lang: "fr", category: "appearance",
			flagged: []string{"Tenue fournie en taille S ou M uniquement."},
			clean:   []string{"Tenue fournie dans toutes les tailles."}},
		"no debts attested, fr": {lang: "fr", category: "other-ground",
			flagged: []string{"Attestation bancaire de non-endettement à fournir."},
			clean:   []string{"Attestation de travail à fournir."}},
	})
}
