package lint

import (
	"fmt"
	"strings"
	"testing"
)

// classCase is one class of problem a lawyer or a reviewer flags, with
// phrasings that must be flagged (several wordings, most not the ones the
// patterns were written from) and sentences that look alike but are not
// about the candidate, or are lawful.
type classCase struct {
	category string
	lang     string
	flagged  []string
	clean    []string
}

// scored lints one sentence and returns the categories of its findings at
// warning or above, from the rules the corpus scores.
func scored(t *testing.T, lang, text string) []string {
	t.Helper()
	return scoredAt(t, lang, Text, text, 0)
}

// scoredAt lints a posting and returns the categories of its findings at
// warning or above, from the rules the corpus scores, on line (0: any).
func scoredAt(t *testing.T, lang string, f Format, text string, line int) []string {
	t.Helper()
	var out []string
	for _, f := range lintText(t, lang, f, text, &Facts{Missions: 3, Profile: true, Conditions: true, Apply: true, Location: true, Contract: true, ApplyChannel: true}) {
		if f.Severity >= Warning && f.Category != "" && (line == 0 || f.Line == line) && f.Rule != "pay-range" && f.Rule != "fr-undated" && f.Rule != "inclusive-title" {
			out = append(out, fmt.Sprintf("%s(%s)", f.Category, f.Rule))
		}
	}
	return out
}

// lintText lints text as a posting of lang in format f, with the facts
// given (nil: read from the text).
func lintText(t *testing.T, lang string, f Format, text string, facts *Facts) []Finding {
	t.Helper()
	l, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse("posting", lang, f, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	d.Facts = facts
	return l.Lint(d).Findings
}

func TestClasses(t *testing.T) {
	classes := map[string]classCase{
		"age bracket by decade or generation, fr": {category: "age", lang: "fr",
			flagged: []string{"Profil trentenaire recherché pour renforcer l'équipe.", "Idéalement, vous avez la trentaine.",
				"Vous êtes quadragénaire et dynamique ?", "Candidat·e de moins de trente ans.", "Vous avez entre vingt-cinq et trente-cinq ans.",
				"Profil junior, idéalement de la génération Z.", "Vous avez grandi avec un smartphone dans la main."},
			clean: []string{"L'entreprise fête ses trente ans cette année.", "Nos résidents, souvent octogénaires, apprécient le calme.",
				"Animation pour un public de trentenaires et de quadragénaires.", "Vous avez trente ans d'histoire à raconter avec nous."}},
		"age bracket by decade or generation, en": {category: "age", lang: "en",
			flagged: []string{"Ideal for someone in their mid-twenties.", "You'll be in your late 20s or early 30s.", "Perfect for a twenty-something graduate.",
				"You grew up with a smartphone in your hand.", "Suits a thirty-something professional.", "We want someone who was raised on social media."},
			clean: []string{"We have served customers in their eighties for decades.", "The company was founded in the twenties.",
				"A club for teenagers in their late teens.", "Our building dates from the 1930s."}},
		"experience cap, fr": {category: "age", lang: "fr",
			flagged: []string{"Trois ans d'expérience au plus.", "Vous justifiez de 2 ans d'expérience maximum.", "Pas plus de cinq années d'expérience.",
				"Une expérience inférieure à 4 ans est attendue.", "Expérience : 5 ans max.", "Moins de trois ans d'expérience professionnelle."},
			clean: []string{"Au moins trois ans d'expérience.", "Une première expérience de 2 ans minimum.", "Vous avez 5 ans d'expérience ou plus."}},
		"experience cap, en": {category: "age", lang: "en",
			flagged: []string{"No more than 5 years of experience.", "A maximum of two years' experience in retail.", "Less than 4 years of professional experience.",
				"You will have 0-3 years of experience, no more.", "Experience: 5 years max.", "Up to three years of post-qualification experience only."},
			clean: []string{"At least 5 years of experience.", "Three or more years of experience in logistics.", "A minimum of two years' experience."}},
		"body measurement, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Tailles du 36 au 40 pour les tenues de défilé.", "Vous mesurez 1,80 m minimum.", "Taille minimale : 1m70.",
				"Poids inférieur à 75 kg.", "Vous faites du 38 ou du 40.", "Une stature d'au moins 1,75 m est exigée."},
			clean: []string{"Port de charges jusqu'à 25 kg.", "Réunion du 12 au 16 mars.", "Rayonnages de 1,80 m de haut.", "Tenue fournie du 36 au 56."}},
		"body measurement, en": {category: "appearance", lang: "en",
			flagged: []string{"Models must be size 8–12.", "Minimum height 1.75 m.", "You must be at least 5'9\" tall.", "Dress size 10 or under.",
				"Applicants should weigh less than 80 kg."},
			clean: []string{"Able to lift loads of up to 25 kg.", "Class sizes of 8-12 pupils.", "Shelving up to 1.8 m high.", "Uniform provided in all sizes."}},
		"candidate described by a gendered noun, fr": {category: "sex", lang: "fr",
			flagged: []string{"On cherche des gars costauds pour le déménagement.", "Deux bons gaillards pour le chantier.", "Nous recrutons des filles souriantes pour l'accueil.",
				"Une nana dynamique pour la boutique.", "Des mecs motivés pour l'équipe de nuit."},
			clean: []string{"Atelier de couture pour les filles et les garçons de 8 à 12 ans.", "Les Filles du Calvaire, notre boutique rue de Bretagne."}},
		"candidate described by a gendered noun, en": {category: "sex", lang: "en",
			flagged: []string{"Looking for a strong lad to join the yard.", "Calling all girls who love fashion!", "We need a couple of big fellas for removals.",
				"Great job for a handy chap.", "Ideal for a young mum returning to work.", "The right guy will get a van."},
			clean: []string{"Coaching girls' football on Saturdays.", "A mentoring scheme for boys aged 11 to 16.", "We sell menswear and ladies' fashion."}},
		"fee supplied at the candidate's cost, fr": {category: "fee", lang: "fr",
			flagged: []string{"Tenue et chaussures de sécurité à fournir par vos soins.", "La formation initiale est à votre charge.", "Le badge d'accès reste à la charge du candidat.",
				"Kit de démarrage à acheter par vos soins (150 €).", "Les frais de certification sont à régler par le candidat."},
			clean: []string{"Tenue fournie par l'entreprise.", "La formation est entièrement prise en charge par nos soins.", "Vos frais de déplacement sont remboursés."}},
		"fee supplied at the candidate's cost, en": {category: "fee", lang: "en",
			flagged: []string{"Your DBS check is at your own expense.", "Safety boots to be bought at your own cost.", "Training is self-funded.",
				"Candidates cover the cost of their own certification.", "The uniform fee will be deducted from your first pay."},
			clean: []string{"We pay for your DBS check.", "Uniform provided at no cost to you.", "Travel costs are reimbursed by the company."}},
		"current pay asked, fr": {category: "pay-history", lang: "fr",
			flagged: []string{"Merci d'indiquer votre rémunération actuelle.", "Précisez votre salaire brut annuel actuel.", "Joignez vos trois derniers bulletins de paie.",
				"Indiquez ce que vous gagnez aujourd'hui.", "Votre package actuel et vos prétentions."},
			clean: []string{"La grille salariale actuelle s'applique.", "Indiquez vos prétentions salariales.", "Salaire : 38 000 € brut annuel."}},
		"current pay asked, en": {category: "pay-history", lang: "en",
			flagged: []string{"Please state your last drawn salary.", "Include your current package and notice period.", "Tell us what you currently earn.",
				"Send your current and expected CTC.", "Let us know your existing base salary."},
			clean: []string{"Our current pay range is £30,000 to £34,000.", "Tell us your salary expectations.", "The current salary bands are published."}},
		"family organisation, fr": {category: "family", lang: "fr",
			flagged: []string{"Poste adapté à une personne dont l'organisation familiale le permet.", "Vous êtes libre de toute contrainte familiale.",
				"Votre situation familiale doit vous permettre des déplacements fréquents.", "Sans attaches familiales, vous êtes mobile."},
			clean: []string{"Des horaires qui respectent votre vie de famille.", "Une mutuelle familiale prise en charge à 60 %."}},
		"family organisation, en": {category: "family", lang: "en",
			flagged: []string{"Suits someone whose family situation allows long trips.", "You must be free of family commitments.",
				"Ideal for someone without caring responsibilities.", "No childcare commitments that would limit overtime."},
			clean: []string{"Flexible hours to fit around your family.", "We support carers with paid leave."}},
		"bank or credit condition": {category: "other-ground", lang: "fr",
			flagged: []string{"Ne pas être inscrit au fichier de la Banque de France.", "Absence d'inscription au FICP exigée.", "Vous n'êtes pas interdit de chéquier."},
			clean:   []string{"Notre client, la Banque de France, recrute un analyste."}},
		"bank or credit condition, en": {category: "other-ground", lang: "en",
			flagged: []string{"Subject to a satisfactory credit check.", "No CCJs or bankruptcies.", "A clean credit history is essential."},
			clean:   []string{"You will manage credit control for our clients.", "Experience of credit risk models."}},
		"union or political neutrality, fr": {category: "union", lang: "fr",
			flagged: []string{"Stricte neutralité syndicale exigée.", "Nous attendons une neutralité politique et syndicale totale.", "Aucune activité syndicale passée."},
			clean:   []string{"Vous respecterez le dialogue avec les représentants syndicaux."}},
		"union or political neutrality, en": {category: "union", lang: "en",
			flagged: []string{"We are a union-free workplace and intend to stay that way.", "Candidates must be politically neutral and not union members.", "No history of union activity."},
			clean:   []string{"We recognise Unite for collective bargaining.", "Union representatives are welcome at interviews."}},
		"health history or condition, en": {category: "health", lang: "en",
			flagged: []string{"No history of back problems.", "Applicants with pre-existing injuries or conditions need not apply.",
				"You must be free from chronic illness.", "Never had a musculoskeletal disorder.", "Previous knee injuries will not be considered."},
			clean: []string{"We support colleagues with long-term conditions.", "A care home for residents with chronic conditions.", "No previous experience needed."}},
		"health or disability excluded, fr": {category: "health", lang: "fr",
			flagged: []string{"Les bénéficiaires d'une RQTH ne pourront pas être retenus.", "Les personnes handicapées ne seront pas retenues.",
				"Aucun antécédent de maladie chronique."},
			clean: []string{"Accompagnement des bénéficiaires d'une RQTH vers l'emploi.", "Poste ouvert aux personnes en situation de handicap."}},
		"an origin preferred, en": {category: "origin", lang: "en",
			flagged: []string{"Chinese preferred.", "British or Irish passport holders preferred.", "Filipino applicants only.", "Malay candidates preferred.", "Local nationals only."},
			clean:   []string{"Languages: English required, Mandarin or Chinese preferred.", "We serve Chinese and Malay customers.", "Right to work in the UK required."}},
		"residence required, fr": {category: "residence", lang: "fr",
			flagged: []string{"La résidence sur le territoire de l'agglomération est exigée.", "Vous devez résider dans le département.", "Domicile à moins de 20 km du site exigé."},
			clean:   []string{"Le poste est basé à Lyon, sur le site de Gerland.", "Une aide au logement pour vous installer près du site."}},
		"cliché variants, fr": {category: "cliche", lang: "fr",
			flagged: []string{"Vous êtes un vrai couteau suisse.", "Une ambiance start-up et des locaux neufs.", "Motivé(e) et passionné(e), vous aimez le terrain.",
				"Passionnée et motivée, tu rejoins l'équipe.", "Notre culture startup vous plaira.", "Aucune journée ne se ressemble."},
			clean: []string{"Vous aimez la cuisine suisse.", "Une équipe de 12 personnes à Lyon."}},
		"cliché variants, en": {category: "cliche", lang: "en",
			flagged: []string{"You're a Swiss Army knife of marketing.", "A fast-paced environment with a startup vibe.", "Motivated and passionate, you love customers.",
				"No two days are ever the same.", "A jack of all trades."},
			clean: []string{"You will manage the Swiss office.", "Our warehouse in Leeds."}},
	}
	checkClasses(t, classes)
}

// checkClasses lints each class's sentences one by one: every flagged one
// must give a finding of the class's category, no clean one any finding.
func checkClasses(t *testing.T, classes map[string]classCase) {
	for name, c := range classes {
		t.Run(name, func(t *testing.T) {
			for _, s := range c.flagged {
				got := scored(t, c.lang, s)
				if !strings.Contains(strings.Join(got, " "), c.category+"(") {
					t.Errorf("%q: findings %v, want one of category %s", s, got, c.category)
				}
			}
			for _, s := range c.clean {
				if got := scored(t, c.lang, s); len(got) > 0 {
					t.Errorf("%q: findings %v, want none", s, got)
				}
			}
		})
	}
}
