package lint

import (
	"strings"
	"testing"
)

// TestLawfulContexts: wordings that name a ground but select no one: the
// public a job serves, an age a law sets and names, the age of majority
// as a floor, a thing's age, a list whose verb is denied, a pronoun that
// stands for a person named before. Each beside the same ground used as
// a criterion, which stays a finding.
func TestLawfulContexts(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"the public served, one or many": {category: "age", lang: "en",
			flagged: []string{"Ideal for young professionals who want to grow with us.", "You must be under 30.",
				"Applicants under 30 preferred.", "We're hiring someone under 30 to front the bar."},
			clean: []string{"Check ID for every guest who looks under 30.", "Ask any customer who looks under 25 for proof of age.",
				"Our regular crowd ranges from retired dockers to young professionals.",
				"A patron who appears under 21 must show photo ID before being served."}},
		"an age a named law sets": {category: "age", lang: "en",
			flagged: []string{"You must be at least 21 years old.", "Applicants must be 21 to 35 years old."},
			clean: []string{"You must be at least 21 years old: California law (Business & Professions Code) requires bartenders to be 21.",
				"Drivers must be 21 years old, as the federal motor carrier law requires for interstate routes.",
				"Minimum age 21: Nevada gaming law requires dealers to be 21 or older."}},
		"the age of majority as a floor": {category: "age", lang: "en",
			flagged: []string{"You must be aged 18 to 25.", "Applicants must be no older than 18.", "You must be aged 19 or over.",
				"You must be aged under 18 for this youth ambassador role."},
			clean: []string{"You must be aged 18 or over at the date of appointment.", "Applicants must be at least 18 years old.",
				"Candidates aged 16 or older are welcome.", "You must be 18+ on your start date."}},
		"the age of majority as a floor, fr": {category: "age", lang: "fr",
			flagged: []string{"Vous avez entre 18 et 25 ans.", "Vous avez moins de 18 ans."},
			clean:   []string{"Vous devez avoir au moins 18 ans à la prise de poste."}},
		"a thing's age": {category: "age", lang: "en",
			flagged: []string{"We're looking for a 25-year-old to join the crew.", "Perfect for a 30-year-old graduate."},
			clean: []string{"We still feed the same 40-year-old mother dough every morning.", "Our 100-year-old building has just been restored.",
				"The 60-year-old tradition of the Friday market continues."}},
		"a list whose verb is denied": {category: "personal-data", lang: "en",
			flagged: []string{"Send your CV, a recent photo and your date of birth.", "No cover letter needed, send your date of birth."},
			clean: []string{"Please submit a cover letter and résumé; do not include a photo, date of birth or SIN.",
				"Don't send a photo, your date of birth or your marital status."}},
		"a pronoun that stands for a person named": {category: "sex", lang: "en",
			flagged: []string{"The new manager will be trained by the team; give him time to settle.", "We will support her as she learns the role."},
			clean: []string{"Send your CV to Dave Marsh at dave@example.com, or give him a ring on the number above.",
				"Questions? Email Sarah Jones or give her a call."}},
	})
}

// TestCountryFromAddress: a postal address with a US ZIP code places the
// job more surely than places the prose names.
func TestCountryFromAddress(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"# Sales Associate\n\n112 Greene Street, New York, NY 10012\n\nA Paris-born label with boutiques in Paris and London; our Paris design studio sends the collection.", "US"},
		{"# Barista\n\n1820 Polk Street, San Francisco, CA 94109-2210\n\nOur beans come from Lyon and our founder from Paris; we opened in Paris too.", "US"},
		{"# Barista\n\nA café in Paris, with beans roasted in Lyon. Call us in Paris.", "FR"},
		// a town of one name in two countries: the department number and
		// the pay in euros say which
		{"# Professeur·e de mathématiques – Laval (53)\n\nCollège privé sous contrat.", "FR"},
		{"# Magasinier·ère – Laval\n\nEntrepôt de pièces détachées. Salaire : 2 100 € brut par mois.\n\nPoste basé en Mayenne.", "FR"},
		{"# Préposé·e à l'entrepôt – Laval\n\nCentre de distribution. Salaire : 22 $ de l'heure.", "CA"},
		{"# Agent·e d'accueil – Bastia (2B)\n\nCDI.", "FR"},
		{"# Sales lead (2 roles) – Toronto\n\nBase salary C$90,000.", "CA"},
	} {
		low := strings.ToLower(c.text)
		if got, from := inferCountry(c.text, low); got != c.want {
			t.Errorf("%q: country %q (from %s), want %s", c.text[:40], got, from, c.want)
		}
	}
}

// TestPayBesidePerks: an amount that is a perk, or a company's money in
// millions and billions, is not the pay; vague pay wording beside them
// is still found.
func TestPayBesidePerks(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{rule: "pay-range", lang: "en", country: "US", text: "Full time, Seattle, WA. Salary commensurate with experience, plus a $1,000 gear stipend every year.", want: true},
		{rule: "pay-range", lang: "en", country: "US", text: "Full time, Brooklyn, NY. We raised $14M in 2025. Our platform processes over $2B in transactions a year. Competitive base, DOE.", want: true},
		{rule: "pay-range", lang: "en", country: "US", text: "Full time, Seattle, WA. Salary $120,000–$140,000, plus a $1,000 gear stipend.", want: false},
		{rule: "pay-range", lang: "en", country: "US", text: "Full time, Brooklyn, NY. Base pay $150,000 to $175,000.", want: false},
	})
}

// TestGroundsInWordsNotListed: grounds in wordings the lists lacked: a lean
// toward one sex, a demonym given priority, an age bracket or bound, a
// clothing size, a marriage model hyphenated, a treatment that bars, a
// course the applicant funds. Each beside a lawful near miss.
func TestGroundsInWordsNotListed(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a sex leaned toward": {category: "sex", lang: "en",
			flagged: []string{"We lean toward hiring ladies for this role.", "We tend to hire women for the front desk.",
				"Leaning towards male applicants for the night shift."},
			clean: []string{"We are hiring men and women for the warehouse.", "We're hiring for our women's collection.",
				"We lean toward hiring people with care experience."}},
		"origin given priority": {category: "origin", lang: "en",
			flagged: []string{"True-blue Aussies get first look.", "We've had enough of agency Europeans.", "Priority to Asians for this role."},
			clean: []string{"We serve Aussies and tourists alike.", "Our clients are mostly Europeans on holiday.",
				"Priority goes to applicants with a forklift licence."}},
		"an age bracket or bound": {category: "age", lang: "en",
			flagged: []string{"We're targeting the 35 to 45 bracket.", "An early-career profile, up to 28 years old.",
				"Ideal age group 25-35 age bracket."},
			clean: []string{"You will lift up to 25 lbs, and bring 2 years of warehouse experience.", "Shifts of up to 30 hours a week; you have 3 years in retail.",
				"You will manage up to 40 people across two sites."}},
		"a clothing size": {category: "appearance", lang: "en",
			flagged: []string{"You should fit a sample size 0–4.", "Dress size 8 to 10 required."},
			clean:   []string{"We supply samples in every size."}},
		"a marriage model, hyphenated": {category: "orientation", lang: "en",
			flagged: []string{"We expect staff to share traditional one-man-one-woman values."},
			clean:   []string{"We welcome staff of every family model and sexual orientation."}},
		"a treatment that bars": {category: "health", lang: "en",
			flagged: []string{"Insulin users won't be considered.", "Not suitable for insulin-dependent applicants."},
			clean:   []string{"You will help residents who are insulin users manage their doses.", "You will administer insulin to patients."}},
		"a course the applicant funds": {category: "fee", lang: "en",
			flagged: []string{"All new drivers fund their own Driver CPC refresher and ADR course.", "Applicants self-fund the SIA licence."},
			clean:   []string{"We fund your Driver CPC refresher course.", "The ADR course is paid by the company."}},
	})
}

// TestUnionStatusDescribed: an employer saying it has no union is not a
// finding; refusing, questioning or warning off people for union
// activity, or telling applicants the place will stay so, still is.
func TestUnionStatusDescribed(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a union status described": {category: "union", lang: "en",
			flagged: []string{"We run a non-union site and don't hire people who've been shop stewards.",
				"We only hire people who will keep this a union-free shop.", "We are a union-free site and intend to stay that way.",
				"Union reps need not apply."},
			clean: []string{"We're proud to have stayed union-free for 20 years.", "We run a non-union site.",
				"We're a small non-union workshop, so you'll talk to the owner directly about pay."}},
	})
}

// TestProblemWhereTheSentenceStatesIt: when a sentence's problem is said
// twice, the finding is where it is first said; a fee's finding quotes
// the price with what it is charged for, to its last words.
func TestProblemWhereTheSentenceStatesIt(t *testing.T) {
	l, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, quote string }{
		{"There is a $150 charge for your starter kit (uniform and induction), deducted from your first pay.", `"$150 charge for your starter kit (uniform and induction), deducted from your first pay"`},
		{"An early-career profile, up to 28 years old, to match our youthful team.", `"up to 28"`},
	} {
		d, err := Parse("p", "en", Text, []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		first := ""
		for _, f := range l.Lint(d).Findings {
			if f.Severity >= Warning && f.Category != "" && f.Rule != "pay-range" {
				first = f.Message
				break
			}
		}
		if !strings.HasPrefix(first, c.quote) {
			t.Errorf("%q: first finding %q, want it on %s", c.text, first, c.quote)
		}
	}
}

// TestBankDomiciliationIsNotResidence: an account "domicilié" in a
// French bank is the bank domiciliation ground, not the candidate's home:
// found under its own ground, not as residence.
func TestBankDomiciliationIsNotResidence(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"bank domiciliation, residence": {category: "residence", lang: "fr",
			flagged: []string{"Candidat domicilié dans le 93 exclu.", "Vous devez être domicilié en Gironde."},
			clean: []string{"Salaire versé sur un compte domicilié en France, dans la banque de votre choix.",
				"Paie versée sur un compte domicilié dans la banque de votre choix."}},
		"bank domiciliation, its ground": {category: "other-ground", lang: "fr",
			flagged: []string{"Les candidats dont le compte bancaire n'est pas domicilié dans une banque française ne pourront pas être retenus."}},
	})
}
