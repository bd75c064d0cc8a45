package lint

import (
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/posting"
)

type ruleCase struct {
	rule    string
	lang    string
	country string
	facts   *Facts
	cfg     Config
	format  Format
	text    string
	want    bool   // a finding of rule is expected
	has     string // the finding's message or suggestion contains it
	sev     Severity
}

func lintCase(t *testing.T, c ruleCase) []Finding {
	t.Helper()
	l, err := New(c.cfg)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse("posting", c.lang, c.format, []byte(c.text))
	if err != nil {
		t.Fatal(err)
	}
	d.Country, d.Facts = c.country, c.facts
	var out []Finding
	for _, f := range l.Lint(d).Findings {
		if f.Rule == c.rule {
			out = append(out, f)
		}
	}
	return out
}

func TestRules(t *testing.T) {
	eu := Config{PayTransparency: []string{"eu-2023-970"}}
	draft := Config{PayTransparency: []string{"fr-draft-2026"}}
	cases := []ruleCase{
		// gender-coded (English only)
		{rule: "gender-coded", lang: "en", text: "We want an ambitious, competitive, dominant leader who is decisive and assertive.", want: true, has: "strongly masculine-coded"},
		{rule: "gender-coded", lang: "en", text: "A competitive and ambitious team.", want: true, has: "masculine-coded wording: 2"},
		{rule: "gender-coded", lang: "en", text: "We share knowledge and support each other; you are ambitious.", want: false},
		{rule: "gender-coded", lang: "en", text: "We use SharePoint and Google Analytics daily.", want: false},
		{rule: "gender-coded", lang: "fr", text: "Un leader ambitieux, compétitif, dominant, décidé, assertif.", want: true, has: "masculine-coded"},
		{rule: "gender-coded-word", lang: "en", text: "An ambitious person.", want: true, has: `"ambitious" is masculine-coded (stem "ambitio")`},
		{rule: "gender-coded-word", lang: "en", text: "Google Analytics and SharePoint.", want: false},
		{rule: "gender-coded-word", lang: "en", text: "A servant-leader.", want: true, has: `"leader"`},
		{rule: "gender-coded-word", lang: "en", text: "A co-operative, self-reliant person.", want: true, has: `"self-reliant"`},

		// inclusive-title
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Chargé de communication H/F\n", want: true, has: "guidance tolerates", sev: Warning},
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Hôtesse d'accueil H/F\n", want: true, has: `"H/F" after a feminine form`, sev: Error},
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Préparateurs de commandes\n", want: true, has: "préparateur", sev: Error},
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Hôtesse de l'air / Steward\n", want: false},
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Chargé de communication\n", want: true, has: "Chargé·e de communication"},
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Assistante de direction\n", want: true, has: "feminine form"},
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Directeur marketing (H/F)\n", want: true, has: "Directeur·rice marketing"},
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Commercial terrain\n", want: true},
		{rule: "inclusive-title", lang: "fr", text: "Offre\n\nIntitulé du poste : Chef de projet web\n", want: true, has: "Chef·fe de projet web"},
		{rule: "inclusive-title", lang: "fr", facts: &Facts{Title: "Développeur web"}, text: "Rejoignez-nous.", want: true},
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Chargé·e de communication\n", want: false},
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Chargé ou chargée de communication\n", want: false},
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Chargé/chargée de communication\n", want: false},
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Directeur·rice digital·e\n", want: false},
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Directrice ou directeur digital\n", want: false},
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Chargé(e) de mission\n", want: false},
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Responsable marketing H/F\n", want: false},
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Gestionnaire de paie\n", want: false},
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Community manager\n", want: false},
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Responsable de la politique commerciale\n", want: false},
		{rule: "inclusive-title", lang: "fr", format: Markdown, text: "# Développeur/Data engineer\n", want: true},
		{rule: "inclusive-title", lang: "en", format: Markdown, text: "# Assistant manager\n", want: false},

		// fr-masculine-candidate
		{rule: "fr-masculine-candidate", lang: "fr", text: "Le candidat idéal maîtrise Excel.", want: true, has: "vous"},
		{rule: "fr-masculine-candidate", lang: "fr", text: "Il sera rattaché au directeur.", want: true, has: "vous serez rattaché·e"},
		{rule: "fr-masculine-candidate", lang: "fr", text: "Il devra gérer les réseaux.", want: true, has: "vous devrez"},
		{rule: "fr-masculine-candidate", lang: "fr", text: "Vous êtes rigoureux et organisé.", want: true, has: "diplômé·e"},
		{rule: "fr-masculine-candidate", lang: "fr", text: "Vous êtes rigoureux·se et organisé·e.", want: false},
		{rule: "fr-masculine-candidate", lang: "fr", text: "Le candidat ou la candidate retenue rejoindra l'équipe.", want: false},
		{rule: "fr-masculine-candidate", lang: "fr", text: "Le ou la candidate·e retenu·e.", want: false},
		{rule: "fr-masculine-candidate", lang: "fr", text: "Le candidat·e retenu·e.", want: false},
		{rule: "fr-masculine-candidate", lang: "fr", text: "Il s'agit d'un poste clé. Le profil sera étudié.", want: false},
		{rule: "fr-masculine-candidate", lang: "en", text: "Le candidat idéal.", want: false},

		// age-limit
		{rule: "age-limit", lang: "fr", text: "Profil de moins de 30 ans.", want: true, has: "L5331-2"},
		{rule: "data-retention", lang: "fr", text: "Votre CV sera conservé sans limite de durée dans notre vivier.", want: true, has: "5(1)(e)", sev: Warning},
		{rule: "data-retention", lang: "en", text: "We keep your CV on file indefinitely.", want: true, has: "storage limitation"},
		{rule: "data-retention", lang: "en", text: "We will permanently delete your data two years after our last contact.", want: false},
		{rule: "data-retention", lang: "fr", text: "Contrat à durée indéterminée ; vos données sont conservées deux ans.", want: false},
		{rule: "age-limit", lang: "fr", text: "Vous êtes âgé de 25 à 30 ans.", want: true},
		{rule: "age-limit", lang: "fr", text: "Âgé(e) de 25 à 30 ans.", want: true},
		{rule: "age-limit", lang: "fr", text: "Vous avez entre 25 et 35 ans.", want: true},
		{rule: "age-limit", lang: "fr", text: "Âge maximum : 40 ans.", want: true},
		{rule: "age-limit", lang: "fr", text: "Entre 10 et 15 ans d'expérience.", want: false},
		{rule: "age-limit", lang: "fr", text: "Moins de 10 ans d’expérience.", want: true, has: "cap on experience", sev: Warning},
		{rule: "age-limit", lang: "fr", text: "Au moins 10 ans d’expérience.", want: false},
		{rule: "age-limit", lang: "fr", text: "Le contrat d'apprentissage est ouvert aux personnes âgées de 16 à 29 ans.", want: false},
		{rule: "age-limit", lang: "en", text: "We work with young people aged 11 to 19.", want: false},
		{rule: "age-limit", lang: "en", text: "Applicants aged 18 to 24 only.", want: true},
		{rule: "age-limit", lang: "fr", text: "Une entreprise de moins de 50 salariés.", want: false},
		{rule: "age-limit", lang: "en", country: "FR", text: "Candidates under 30 years old.", want: true},
		{rule: "age-limit", lang: "en", country: "FR", text: "Aged 25-35.", want: true},
		{rule: "age-limit", lang: "en", text: "Candidates under 30 years old.", want: true, has: "Directive 2000/78/EC"},
		{rule: "age-limit", lang: "en", country: "US", text: "Candidates under 30 years old.", want: true, has: "Age Discrimination in Employment Act"},
		{rule: "age-limit", lang: "en", country: "GB", text: "Candidates under 30 years old.", want: true, has: "Equality Act 2010 s.5"},
		{rule: "age-limit", lang: "en", text: "Under 30 minutes from the station.", want: false},
		{rule: "age-limit", lang: "en", country: "FR", text: "Under 10 minutes from the station.", want: false},

		// discrimination
		{rule: "discrimination", lang: "fr", text: "Bonne présentation exigée.", want: true, has: "physical appearance"},
		{rule: "discrimination", lang: "fr", text: "Nationalité française exigée.", want: true, has: "nationality"},
		{rule: "discrimination", lang: "fr", text: "Sans enfants de préférence.", want: true, has: "family situation"},
		{rule: "discrimination", lang: "fr", text: "Non-fumeur.", want: true, has: "health"},
		{rule: "discrimination", lang: "fr", text: "Habitant à Lyon ou proche banlieue.", want: true, has: "place of residence"},
		{rule: "discrimination", lang: "fr", text: "Anglais langue maternelle.", want: true},
		{rule: "discrimination", lang: "fr", text: "Vous êtes en bonne santé.", want: true},
		{rule: "discrimination", lang: "fr", text: "Profil masculin souhaité.", want: true, has: "sex"},
		{rule: "discrimination", lang: "fr", text: "Nous recrutons sans distinction d'origine, de handicap, de religion ou de nationalité.", want: false},
		{rule: "discrimination", lang: "fr", text: "Poste ouvert aux personnes en situation de handicap.", want: false},
		{rule: "discrimination", lang: "fr", text: "L'entreprise est en bonne santé financière.", want: false},
		{rule: "discrimination", lang: "fr", text: "Poste basé à Lyon, anglais courant.", want: false},
		{rule: "discrimination", lang: "en", country: "FR", text: "Native English speaker required.", want: true},
		{rule: "discrimination", lang: "en", country: "FR", text: "Fluent English required.", want: false},

		// forbidden-request
		{rule: "forbidden-request", lang: "fr", text: "Envoyez votre CV avec photo.", want: true, has: "a photo"},
		{rule: "forbidden-request", lang: "fr", text: "Merci d'indiquer votre date de naissance.", want: true},
		{rule: "forbidden-request", lang: "fr", text: "Précisez votre situation familiale.", want: true},
		{rule: "forbidden-request", lang: "fr", text: "Numéro de sécurité sociale à fournir.", want: true},
		{rule: "forbidden-request", lang: "fr", text: "Joindre un certificat médical.", want: true},
		{rule: "forbidden-request", lang: "fr", text: "Retouche photo et montage vidéo, shooting photo des produits.", want: false},
		{rule: "forbidden-request", lang: "fr", text: "Quelle que soit votre situation familiale, vous êtes bienvenue.", want: false},
		{rule: "forbidden-request", lang: "fr", text: "Relire chaque annonce pour en écarter toute mention discriminatoire (âge, sexe, situation de famille…).", want: false},
		{rule: "forbidden-request", lang: "en", country: "FR", text: "Please send your CV with a recent photo.", want: true},
		{rule: "forbidden-request", lang: "en", country: "FR", text: "Edit photo and video content.", want: false},

		// fr-undated
		{rule: "fr-undated", lang: "fr", text: "Une offre sans date.", want: true},
		{rule: "fr-undated", lang: "fr", text: "Publiée le 14 mars 2026.", want: false},
		{rule: "fr-undated", lang: "fr", text: "Publiée le 2026-03-14.", want: false},
		{rule: "fr-undated", lang: "fr", text: "Publiée le 14/03/2026.", want: false},
		{rule: "fr-undated", lang: "fr", facts: &Facts{Posted: true}, text: "Une offre.", want: false},
		{rule: "fr-undated", lang: "fr", facts: &Facts{}, text: "Publiée le 14 mars 2026.", want: true},
		{rule: "fr-undated", lang: "en", text: "An undated posting.", want: false},
		{rule: "fr-undated", lang: "en", country: "FR", text: "An undated posting.", want: true},
		{rule: "fr-undated", lang: "en", country: "FR", text: "Posted on March 14, 2026.", want: false},

		// applicant-fee
		{rule: "applicant-fee", lang: "fr", text: "Des frais de dossier de 50 € sont demandés.", want: true, has: "L5331-1"},
		{rule: "applicant-fee", lang: "fr", text: "Vous devrez payer un kit de démarrage.", want: true},
		{rule: "applicant-fee", lang: "fr", text: "Frais de formation pris en charge.", want: false},
		{rule: "applicant-fee", lang: "fr", text: "Aucun frais de dossier.", want: false},
		{rule: "applicant-fee", lang: "en", country: "FR", text: "A registration fee of 30 EUR applies.", want: true},
		{rule: "applicant-fee", lang: "en", country: "FR", text: "No application fee.", want: false},

		// fr-language
		{rule: "fr-language", lang: "en", country: "FR", text: "A job in Lyon.", want: true, has: "L5331-4"},
		{rule: "fr-language", lang: "fr", country: "FR", text: "Un poste à Lyon.", want: false},
		{rule: "fr-language", lang: "en", country: "GB", text: "A job in Leeds.", want: false},
		{rule: "fr-language", lang: "fr", country: "FR", text: "Un poste à Lyon, dans une équipe de six.\n\nWe ship every day, we own our mistakes and we celebrate our wins together.", want: true, has: "written in English"},
		{rule: "fr-language", lang: "fr", country: "FR", text: "Un poste à Lyon : vous travaillerez sur « The Good Plate », notre application.", want: false},

		// pay-range
		{rule: "pay-range", lang: "fr", text: "Un poste.", want: true, has: "no salary", sev: Warning},
		{rule: "pay-range", lang: "en", text: "£95,000 – £115,000 depending on experience, plus bonus.", want: false},
		{rule: "pay-range", lang: "en", text: "Salary: 85k–100k, plus an incentive.", want: false},
		{rule: "pay-range", lang: "en", text: "You will manage a turnover of £2m a year.", want: true, has: "no salary"},
		{rule: "pay-range", lang: "en", text: "A portfolio of €50m. A $10,000 sign-on bonus.", want: true, has: "no salary"},
		{rule: "pay-range", lang: "fr", text: "Un budget formation de 1 500 € par an.", want: true, has: "no salary"},
		{rule: "pay-range", lang: "fr", text: "Salaire selon profil.", want: true, has: `"Salaire selon profil"`},
		{rule: "pay-range", lang: "fr", text: "Rémunération attractive.", want: true},
		{rule: "pay-range", lang: "en", text: "Competitive salary and benefits.", want: true, has: `"Competitive salary"`},
		{rule: "pay-range", lang: "en", cfg: eu, text: "A job.", want: true, has: "Directive (EU) 2023/970 Art. 5 requires", sev: Error},
		{rule: "pay-range", lang: "fr", cfg: draft, text: "Un poste.", want: true, has: "not yet law", sev: Warning},
		{rule: "pay-range", lang: "fr", cfg: Config{Rules: map[string]string{"pay-range": "error"}}, text: "Un poste.", want: true, sev: Error},
		{rule: "pay-range", lang: "en", cfg: eu, text: "We work in a competitive market. Salary: €40,000–€48,000 a year.", want: false},
		{rule: "pay-range", lang: "fr", text: "Rémunération : 38 000 – 45 000 € brut annuel.", want: false},
		{rule: "pay-range", lang: "fr", text: "Salaire : 45k€.", want: false},
		{rule: "pay-range", lang: "fr", text: "Mission freelance. TJM : 450 € HT.", want: false},
		{rule: "pay-range", lang: "en", text: "A freelance mission. Day rate: €450, excl. VAT.", want: false},
		{rule: "pay-range", lang: "en", facts: &Facts{Salary: true}, text: "A job.", want: false},
		{rule: "pay-range", lang: "en", cfg: Config{Rules: map[string]string{"pay-range": "off"}}, text: "A job.", want: false},

		// pay-history
		{rule: "pay-history", lang: "fr", text: "Merci d'indiquer votre salaire actuel.", want: true, sev: Warning},
		{rule: "pay-history", lang: "fr", cfg: eu, text: "Joignez vos trois derniers bulletins de salaire.", want: true, sev: Error},
		{rule: "pay-history", lang: "en", cfg: draft, text: "Please include your current salary.", want: true, has: "not yet law", sev: Warning},
		{rule: "pay-history", lang: "en", text: "Send your last three payslips.", want: true},
		{rule: "pay-history", lang: "en", text: "Salary expectations welcome.", want: false},
		{rule: "pay-history", lang: "fr", text: "Vos prétentions salariales.", want: false},
		{rule: "pay-history", lang: "en", text: "You will prepare payslips for 200 staff.", want: false},

		// cliche
		{rule: "cliche", lang: "fr", text: "Rejoignez une équipe jeune et dynamique !", want: true, has: "équipe curieuse"},
		{rule: "cliche", lang: "fr", text: "Idéal pour un jeune diplômé.", want: true, has: "débutant"},
		{rule: "cliche", lang: "fr", text: "Tu es un vrai ninja du code.", want: true},
		{rule: "cliche", lang: "fr", text: "Vous êtes digital native.", want: true},
		{rule: "cliche", lang: "fr", text: "Notre jeune pousse lyonnaise recrute.", want: false},
		{rule: "cliche", lang: "fr", text: "Nous sommes une jeune entreprise innovante.", want: false},
		{rule: "cliche", lang: "fr", text: "Vous accompagnerez les jeunes en insertion.", want: false},
		{rule: "cliche", lang: "fr", text: "Un service d'aide à la jeunesse.", want: false},
		{rule: "cliche", lang: "fr", text: "Vous êtes jeune et motivé.", want: true},
		{rule: "cliche", lang: "en", text: "We wear many different hats here.", want: true},
		{rule: "cliche", lang: "en", text: "You will be wearing lots of hats.", want: true},
		{rule: "cliche", lang: "en", text: "We're looking for a rockstar developer.", want: true},
		{rule: "cliche", lang: "en", text: "A young and energetic team.", want: true},
		{rule: "cliche", lang: "en", text: "Work hard, play hard.", want: true},
		{rule: "cliche", lang: "en", text: "Content for young audiences.", want: false},
		{rule: "cliche", lang: "en", text: "A competitive market, a youngish brand.", want: false},

		// readability, sentence-length, length
		{rule: "readability", lang: "en", text: strings.Repeat("Notwithstanding organisational considerations, the incumbent's responsibilities encompass comprehensive administrative, operational, institutional and interdepartmental coordination activities. ", 10), want: true, has: "Flesch"},
		{rule: "readability", lang: "fr", text: strings.Repeat("Nonobstant les considérations organisationnelles, les responsabilités institutionnelles comprennent une coordination administrative, opérationnelle et interdépartementale particulièrement approfondie. ", 10), want: true, has: "Kandel"},
		{rule: "readability", lang: "en", text: strings.Repeat("You write posts. You talk to people. You help them. ", 20), want: false},
		{rule: "sentence-length", lang: "en", text: strings.Repeat("word ", 40) + ".", want: true, has: "40 words"},
		{rule: "sentence-length", lang: "en", text: strings.Repeat("word ", 20) + ".", want: false},
		{rule: "sentence-length", lang: "fr", cfg: Config{MaxSentenceWords: 10}, text: strings.Repeat("mot ", 20) + ".", want: true},
		{rule: "length", lang: "en", text: strings.Repeat("word ", 50), want: true, has: "fewer than 300"},
		{rule: "length", lang: "en", text: strings.Repeat("word ", 400), want: false},
		{rule: "length", lang: "fr", text: strings.Repeat("mot ", 800), want: true, has: "more than 700"},
		{rule: "length", lang: "fr", cfg: Config{MinWords: 10, MaxWords: 60}, text: strings.Repeat("mot ", 50), want: false},

		// fr-minimum-wage, cadre-status, on-call: from the values of a resolved posting
		{rule: "fr-minimum-wage", lang: "fr", country: "FR", text: "x", facts: &Facts{Pay: &posting.Pay{Min: 1500, Currency: "EUR", Period: "month", Basis: posting.BasisGross}}, want: true, has: "1,823.03"},
		{rule: "fr-minimum-wage", lang: "fr", country: "FR", text: "x", facts: &Facts{Pay: &posting.Pay{Min: 1900, Currency: "EUR", Period: "month", Basis: posting.BasisGross}}, want: false},
		{rule: "status-mismatch", lang: "fr", text: "x", facts: &Facts{Seniority: "junior", Terms: posting.Terms{Status: "cadre"}}, want: true, has: "junior"},
		{rule: "status-mismatch", lang: "fr", text: "x", facts: &Facts{Seniority: "senior", Lead: true, Terms: posting.Terms{Status: "cadre"}}, want: false},
		{rule: "on-call", lang: "fr", text: "Vous participez aux astreintes du week-end.", want: true},
		{rule: "on-call", lang: "fr", text: "Vous participez aux astreintes du week-end, indemnisées 150 € la semaine.", want: false},
		{rule: "on-call-duty", lang: "en", text: "x", facts: &Facts{Terms: posting.Terms{OnCall: "one week in six", OnCallPay: "€150 a week"}}, want: true, has: "no on-call duty"},
		{rule: "on-call-duty", lang: "en", text: "x", facts: &Facts{Terms: posting.Terms{OnCall: "one week in six", OnCallPay: "€150 a week", OnCallDuty: "restore the site"}}, want: false},

		// completeness
		{rule: "completeness", lang: "fr", text: "Une offre sans rien.", want: true, has: "missions"},
		{rule: "completeness", lang: "fr", format: Markdown, text: completeFR, want: false},
		{rule: "completeness", lang: "en", format: Markdown, text: completeEN, want: false},
		{rule: "completeness", lang: "en", format: HTML, text: completeHTML, want: false},
		{rule: "completeness", lang: "fr", format: Markdown, text: strings.Replace(completeFR, "- Animer la communauté\n", "", 1), want: true, has: "2 missions"},
		{rule: "completeness", lang: "fr", format: Markdown, text: strings.Replace(completeFR, "jobs@example.fr", "nous", 1), want: true, has: "e-mail"},
		{rule: "completeness", lang: "fr", facts: &Facts{Missions: 4, Profile: true, Conditions: true, Apply: true, Location: true, Contract: true, ApplyChannel: true}, text: "x", want: false},
		{rule: "completeness", lang: "en", facts: &Facts{Missions: 4, Profile: true, Conditions: true, Apply: true, Location: true, Contract: true}, text: "x", want: true, has: "link to apply"},
	}
	seen := checkRuleCases(t, cases)
	// Every rule has a case that fires and one that must not; the rules
	// of role files, loading problems and job boards have theirs in
	// role_test.go and posting_test.go.
	for _, r := range Rules() {
		if r.check == nil || r.ID == "jsonld" {
			continue
		}
		ok := false
		for _, lang := range []string{"fr", "en"} {
			n := seen[r.ID+"/"+lang]
			ok = ok || n[0] > 0 && n[1] > 0
		}
		if !ok {
			t.Errorf("rule %s lacks a positive and a negative case", r.ID)
		}
	}
}

const completeFR = `# Responsable de communauté

## Vos missions

- Animer la communauté
- Publier les contenus
- Mesurer les résultats

## Votre profil

Deux ans d'expérience.

## Conditions

CDI à temps plein, basé à Lyon, 38 000 – 45 000 € brut par an.

## Pour postuler

Écrivez à jobs@example.fr.
`

const completeEN = `# Community manager

## What you will do

### Run the community
### Write the posts
### Measure and report

## What you bring

Two years of experience.

## What we offer

Permanent, full-time, based in Leeds. £38,000–£45,000 a year.

## How to apply

Apply at https://example.com/jobs.
`

const completeHTML = `<!doctype html>
<html><head><title>Community manager</title></head>
<body>
<h1>Community manager</h1>
<h2>Responsibilities</h2>
<ul><li>Run the community</li><li>Write the posts</li><li>Measure</li></ul>
<h2>Requirements</h2><p>Two years.</p>
<h2>Benefits</h2><p>Permanent contract, hybrid, Leeds.</p>
<h2>Apply</h2><p><a href="mailto:jobs@example.com">Send us a note</a></p>
</body></html>
`

// checkRuleCases runs rule cases: a finding expected or not, its message
// and its level. It counts, by rule and language, the cases that passed
// expecting a finding and those expecting none.
func checkRuleCases(t *testing.T, cases []ruleCase) map[string][2]int {
	t.Helper()
	seen := map[string][2]int{}
	for _, c := range cases {
		got := lintCase(t, c)
		if (len(got) > 0) != c.want {
			t.Errorf("%s (%s, %s) on %q: got %v, want a finding: %v", c.rule, c.lang, c.country, c.text, got, c.want)
			continue
		}
		n := seen[c.rule+"/"+c.lang]
		if c.want {
			n[0]++
		} else {
			n[1]++
		}
		seen[c.rule+"/"+c.lang] = n
		for _, f := range got {
			if c.has != "" && !strings.Contains(f.Message+" "+f.Suggestion, c.has) {
				continue
			}
			if c.sev != 0 && f.Severity != c.sev {
				t.Errorf("%s on %q: severity %s, want %s", c.rule, c.text, f.Severity, c.sev)
			}
			c.has = ""
		}
		if c.has != "" {
			t.Errorf("%s on %q: no finding says %q: %v", c.rule, c.text, c.has, got)
		}
	}
	return seen
}
