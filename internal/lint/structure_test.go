package lint

import (
	"strings"
	"testing"
)

// TestWiderGrounds holds the grounds whose words were widened to the ways
// postings put them: a career stage, a graduation year, worship as a duty,
// gender expression, political activity, a bank's place, a couple or a
// single person, the same background, a figure or a bearing, and idioms
// coded one way or the other. Each class has wordings of its own and
// traps that share its words.
func TestWiderGrounds(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a career stage as an age, fr": {category: "age", lang: "fr",
			flagged: []string{"Idéalement en début de carrière, pour grandir avec nous.", "Profil en milieu de carrière souhaité.",
				"Ce poste conviendrait à quelqu'un en début de carrière.", "Nous recherchons un profil dans ses premières années de carrière."},
			clean: []string{"Profils en début de carrière bienvenus, comme les confirmés.", "Vous accompagnerez des salariés en début de carrière.",
				"Nous formons chaque année des techniciens en début de carrière."}},
		"a career stage as an age, en": {category: "age", lang: "en",
			flagged: []string{"Ideal for someone early in their career.", "This role suits a candidate at the start of their working life.",
				"We are looking for an early-career engineer.", "Perfect for someone in the first decade of their career."},
			clean: []string{"Our early-career programme trains twelve graduates a year.", "You will mentor colleagues early in their career.",
				"Early-career and experienced applicants are equally welcome."}},
		"a graduation year as a bound": {category: "age", lang: "fr",
			flagged: []string{"Diplôme obtenu en 2019 ou après.", "Licence obtenue récemment (2022 ou après).", "Master obtenu après 2017 uniquement."},
			clean:   []string{"Diplôme obtenu en 2015 ou avant, peu importe.", "Notre atelier a obtenu en 2019 le label Entreprise du patrimoine vivant."}},
		"a graduation year as a bound, en": {category: "age", lang: "en",
			flagged: []string{"Degree earned in 2019 or later.", "Qualification obtained after 2018 only.", "Bachelor's completed in 2020 or after."},
			clean:   []string{"The company obtained its ISO certification in 2019.", "Founded in 2018, we have grown to 40 staff."}},
		"generational renewal as a hiring aim": {category: "age", lang: "fr",
			flagged: []string{"Nous recrutons dans une logique de renouvellement générationnel.", "Ce recrutement doit rajeunir l'équipe.",
				"Vous participerez au rajeunissement de l'équipe : nous recherchons un profil junior."},
			clean: []string{"Nous accompagnons nos clients dans la transmission intergénérationnelle de leur entreprise.",
				"Le rajeunissement du parc de machines est prévu en 2027."}},
		"worship as a condition or a duty, en": {category: "religion", lang: "en",
			flagged: []string{"Team leads lead a short prayer before each shift.", "You will be expected to attend worship on Sundays.",
				"Applicants must be observant and keep the Sabbath."},
			clean: []string{"A prayer room is available to all staff.", "Applicants need not be members of the parish.",
				"The chapel hosts weddings for families of all faiths."}},
		"worship as a condition, fr": {category: "religion", lang: "fr",
			flagged: []string{"Disponible le dimanche, sans contraintes liées à un culte.", "Vous animerez la prière du matin avec l'équipe.",
				"Vous êtes pratiquante et partagez nos valeurs."},
			clean: []string{"Un lieu de culte se trouve à deux rues de l'entrepôt.", "Notre marque culte fête ses 50 ans.",
				"Prière de nous envoyer votre CV avant le 15 mars.", "Vous êtes pratiquant d'un sport de combat ? Un plus pour la sécurité."}},
		"gender expression as a condition": {category: "orientation", lang: "fr",
			flagged: []string{"Tenue classique exigée, sans ambiguïté de genre.", "Merci d'éviter les looks androgynes.",
				"Pas de tenues « ni homme ni femme » en boutique."},
			clean: []string{"Nous accueillons les personnes non-binaires et adaptons les vestiaires.", "Nos uniformes existent en coupe droite ou ajustée, au choix."}},
		"gender expression as a condition, en": {category: "orientation", lang: "en",
			flagged: []string{"No androgynous looks on the shop floor.", "Gender-fluid presentation is not suitable for this client.",
				"Staff must avoid a non-binary presentation."},
			clean: []string{"We welcome non-binary applicants and offer gender-neutral changing rooms.", "Uniforms come in two cuts; choose either."}},
		"political activity, fr": {category: "union", lang: "fr",
			flagged: []string{"On préfère des gens qui ne font pas de politique.", "Vous n'êtes pas militant d'un parti.",
				"Aucun engagement en politique ne sera accepté."},
			clean: []string{"Vous rédigez des notes sur la politique tarifaire.", "Vous organisez la campagne de dons de fin d'année.",
				"Vous citez toujours la source d'origine des articles."}},
		"political activity, en": {category: "union", lang: "en",
			flagged: []string{"We do not hire people active in political campaigns.", "Candidates involved in politics need not apply.",
				"You must not be politically engaged."},
			clean: []string{"You will join our campaign team for the spring fundraising appeal.", "We are a non-political office open to all."}},
		"a bank's place as a condition": {category: "other-ground", lang: "fr",
			flagged: []string{"Compte bancaire domicilié en France exigé.", "Vous devez être titulaire d'un compte domicilié en métropole.",
				"Compte domicilié au Luxembourg obligatoire."},
			clean: []string{"Le salaire est versé sur le compte de votre choix.", "Vous domiciliez les factures de nos clients sur leur compte."}},
		"a couple or a single person sought": {category: "family", lang: "fr",
			flagged: []string{"Le logement de fonction est réservé à une personne seule.", "Le poste conviendrait à un couple.",
				"Idéal pour un couple sans enfant."},
			clean: []string{"Un couple de clients fidèles tient la boutique voisine.", "Le studio peut accueillir une personne seule ou un couple, au choix."}},
		"a couple or a single person sought, en": {category: "family", lang: "en",
			flagged: []string{"The cottage suits a couple.", "Ideal for a single person with no ties.", "Accommodation reserved for a couple."},
			clean:   []string{"It takes a couple of weeks to learn the routes.", "A couple of regulars run the farm shop next door."}},
		"the same background sought": {category: "origin", lang: "en",
			flagged: []string{"We want someone from the same background as our crew.", "Ideally someone of the same culture as our clients.",
				"Candidates from the same community preferred."},
			clean: []string{"Someone with the same background in logistics would settle in fast.", "We serve a community of 4,000 households."}},
		"a figure or a bearing, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Vous avez une silhouette fine et soignée.", "Ton physique est ta carte de visite.", "Votre allure doit refléter la marque."},
			clean:   []string{"Vous roulez à allure modérée sur le site.", "Vous entretenez votre condition physique grâce à nos cours offerts."}},
		"a figure or a bearing, en": {category: "appearance", lang: "en",
			flagged: []string{"You must keep a slim figure.", "Salon-fresh nails are expected at all times.", "Your physique must fit the brand image."},
			clean:   []string{"You will sell our nail care products to salons.", "Physical stamina for a ten-hour shift on your feet."}},
		"care coded as a mother's, both": {category: "gender-coded", lang: "fr",
			flagged: []string{"Vous avez une douceur presque maternelle avec les enfants.", "Vous avez une chaleur très maternelle.", "On attend de vous une patience toute maternelle."},
			clean:   []string{"L'école maternelle est à deux pas.", "Vous accompagnez les familles en deuil avec douceur et tact."}},
		"care coded as a mother's, en": {category: "gender-coded", lang: "en",
			flagged: []string{"Warm, nurturing energy with every guest.", "You bring a motherly sort of warmth to residents.", "You bring a nurturing presence to the ward."},
			clean:   []string{"We run a nurturing environment for apprentices.", "Maternal health is the focus of the clinic."}},
		"fight coded as a man's": {category: "gender-coded", lang: "fr",
			flagged: []string{"Vous avez un esprit guerrier.", "Un instinct de chasseur pour trouver de nouveaux clients.", "Une personnalité alpha, vous menez l'équipe."},
			clean:   []string{"Le chasseur de têtes qui vous a contacté travaille pour nous.", "Notre escape game « L'esprit guerrier » ouvre en mai."}},
		"fight coded as a man's, en": {category: "gender-coded", lang: "en",
			flagged: []string{"You have a warrior mindset.", "A hunter mentality for new business.", "An alpha personality who runs the floor."},
			clean:   []string{"Ask at the Hunter Street depot when you arrive.", "The alpha release ships in May."}},
		"a sex sought through a request or a colleague": {category: "sex", lang: "fr",
			flagged: []string{"L'équipe souhaite accueillir une nouvelle collègue.", "Nous recherchons une coéquipière pour compléter l'équipe.",
				"Les parents demandent une collègue femme pour ce secteur."},
			clean: []string{"Vous serez formé·e par une collègue expérimentée.", "Notre nouvelle collègue Julie vous présentera l'atelier."}},
		"a sex sought through a request, en": {category: "sex", lang: "en",
			flagged: []string{"Parents mostly request lady tutors for the younger classes.", "Ladies, this one's probably not for you.", "Clients prefer lady drivers for night runs."},
			clean:   []string{"The Lady Chapel is open to visitors.", "Ask for Sarah, our lead driver, on arrival."}},
	})
}

// TestSoughtByStructure holds what a posting seeks by where it says it:
// a list item that opens with a partitive under a heading that names what
// is sought, and the opening paragraph, which presents the employer and
// the people it serves.
func TestSoughtByStructure(t *testing.T) {
	cases := []struct {
		name, lang, text, want string
		line                   int
	}{
		{"a partitive item, fr", "fr", "# Chauffeur·se\n\n## Ce qu'on cherche\n\n- De la poigne et du caractère\n", "gender-coded", 5},
		{"a partitive item under what is expected, fr", "fr", "# Auxiliaire\n\n## Ce que nous attendons\n\n- De la douceur maternelle avec les tout-petits\n", "gender-coded", 5},
		{"a partitive item, en", "en", "# Driver\n\n## What we're after\n\n- Some killer instinct on the phones\n", "gender-coded", 5},
		{"a heading on what is sought, en", "en", "# Host\n\n## What we want\n\n- Christian, ideally\n", "religion", 5},
		{"the public served in the opening paragraph", "en", "# Youth worker\n\nOur centre is a safe place for 12–25 year-olds to get a meal.\n\n## About you\n\n- Youth work experience\n", "", 3},
		{"the public served in the opening paragraph, fr", "fr", "# Animateur·rice\n\nNotre foyer accueille des jeunes de 16 à 25 ans.\n\n## Votre profil\n\n- BPJEPS\n", "", 3},
		{"a criterion in the opening paragraph", "en", "# Barista\n\nWe are looking for someone aged 18 to 25 to join our café.\n\n## About you\n\n- Latte art\n", "age", 3},
		{"a young team in the opening paragraph", "fr", "# Serveur·se\n\nNous sommes une équipe jeune et dynamique.\n\n## Votre profil\n\n- Service en salle\n", "age", 3},
		{"the title is no presentation", "en", "# Barista – Men Only\n\nA friendly pub in Leeds.\n\n## About you\n\n- Bar experience\n", "sex", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := strings.Join(scoredAt(t, c.lang, Markdown, c.text, c.line), " ")
			switch {
			case c.want == "" && got != "":
				t.Errorf("line %d: findings %v, want none", c.line, got)
			case c.want != "" && !strings.Contains(got, c.want+"("):
				t.Errorf("line %d: findings %v, want one of category %s", c.line, got, c.want)
			}
		})
	}
}
