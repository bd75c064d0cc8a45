package posting

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/values"
	"github.com/jobdesc/jobdesc/templates"
)

// TestConditionsWords: the working time, a fixed term's reason and what
// follows it, and the on-call duty with its compensation, worded in each
// language; the duty is left out without its compensation.
func TestConditionsWords(t *testing.T) {
	r := resolver(t)
	fixed := values.Contract{Type: "fixed-term", Reason: values.ValueText{ByLang: map[string]string{"fr": "remplacement d'un congé maternité", "en": "maternity cover"}},
		After: values.ValueText{ByLang: map[string]string{"fr": "CDI envisagé", "en": "a permanent post is planned"}}}
	onCall := func(c values.Contract, pay string) values.Contract {
		c.OnCall = values.ValueText{ByLang: map[string]string{"fr": "soir et week-end", "en": "evenings and weekends"}}
		if pay != "" {
			c.OnCallPay = values.PlainText(pay)
		}
		return c
	}
	tests := []struct {
		name, lang string
		c          values.Contract
		want       map[string]string // condition key -> label|value; "" for absent
	}{
		{"35 hours fr", "fr", values.Contract{WorkingTime: "35h"}, map[string]string{"working_time": "Temps de travail|35\u00a0h par semaine"}},
		{"status and hours fr", "fr", values.Contract{WorkingTime: "35h", Status: "non-cadre"}, map[string]string{"working_time": "Statut et temps de travail|non-cadre, 35\u00a0h par semaine", "status": ""}},
		{"status and forfait en", "en", values.Contract{WorkingTime: "forfait jours", Status: "cadre"}, map[string]string{"working_time": "Working time|218 days a year under a days-based arrangement (forfait jours), no fixed hours, about 10 extra days off (RTT)", "status": ""}},
		{"35 hours en", "en", values.Contract{WorkingTime: "35 h"}, map[string]string{"working_time": "Working time|35 hours a week"}},
		{"part-time hours fr", "fr", values.Contract{Hours: "part-time", WorkingTime: "24,5h"}, map[string]string{"working_time": "Temps de travail|24,5\u00a0h par semaine"}},
		{"forfait fr", "fr", values.Contract{WorkingTime: "forfait jours"}, map[string]string{"working_time": "Temps de travail|forfait de 218\u00a0jours (environ 10\u00a0jours de RTT)"}},
		{"forfait en, days given", "en", values.Contract{WorkingTime: "forfait-jours", DaysPerYear: 210},
			map[string]string{"working_time": "Working time|210 days a year under a days-based arrangement (forfait jours), no fixed hours, about 18 extra days off (RTT)"}},
		// The trial period is a term of the contract, on its line, not a perk.
		{"probation and relocation, each in its languages", "en", values.Contract{Type: "permanent", Probation: values.PlainText("4 months"), Relocation: values.ValueText{ByLang: map[string]string{"en": "moving costs paid"}}},
			map[string]string{"contract": "Contract|permanent, with a probationary period of 4 months", "probation": "", "relocation": "Relocation|moving costs paid"}},
		{"relocation given in English only", "fr", values.Contract{Type: "permanent", Probation: values.ValueText{ByLang: map[string]string{"fr": "4 mois", "en": "4 months"}}, Relocation: values.ValueText{ByLang: map[string]string{"en": "moving costs paid"}}},
			map[string]string{"contract": "Contrat|CDI (période d'essai : 4\u00a0mois)", "probation": "", "relocation": ""}},
		{"probation given in English only", "fr", values.Contract{Type: "permanent", Probation: values.ValueText{ByLang: map[string]string{"en": "4 months"}}},
			map[string]string{"contract": "Contrat|CDI"}},
		{"fixed term fr", "fr", fixed, map[string]string{"reason": "Motif du CDD|remplacement d'un congé maternité", "after": "À l'issue du contrat|CDI envisagé"}},
		{"fixed term en", "en", fixed, map[string]string{"reason": "Reason for the fixed term|maternity cover", "after": "After the contract|a permanent post is planned"}},
		{"paid on-call", "fr", onCall(values.Contract{}, "150 € brut la semaine"), map[string]string{"on_call": "Astreintes|soir et week-end\u202f; 150\u00a0€ brut la semaine", "on_call_duty": "Pendant l'astreinte|vous restez joignable pour remettre le site en ligne après un incident"}},
		{"unpaid on-call left out", "en", onCall(values.Contract{}, ""), map[string]string{"on_call": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := values.Set{Lang: tt.lang, Contract: tt.c}
			v.Normalize()
			if ps := v.Check(); len(ps) > 0 {
				t.Fatal(ps)
			}
			p, err := r.Resolve("webmaster", v)
			if err != nil {
				t.Fatal(err)
			}
			for key, want := range tt.want {
				// Working time and status are key facts; the rest conditions.
				if got := item(append(slices.Clone(p.Facts), p.Conditions...), key); got != want {
					t.Errorf("%s = %q, want %q", key, got, want)
				}
			}
		})
	}
}

// TestAgreementAbroad: a French job's collective agreement is named in
// French; in English only with the note that says what it is, the name
// alone telling a reader abroad nothing.
func TestAgreementAbroad(t *testing.T) {
	r := resolver(t)
	note := values.ValueText{ByLang: map[string]string{"en": "IT and consulting"}}
	for _, tt := range []struct {
		lang, country string
		note          values.ValueText
		want          string
	}{
		{"fr", "FR", values.ValueText{}, "Convention collective|Syntec"},
		{"en", "FR", values.ValueText{}, ""},
		{"en", "FR", note, "Collective agreement|Syntec (IT and consulting)"},
		{"en", "", values.ValueText{}, "Collective agreement|Syntec"},
	} {
		v := values.Set{Lang: tt.lang, Location: values.Location{City: "Lyon", Country: tt.country}, Contract: values.Contract{Agreement: "Syntec", AgreementNote: tt.note}}
		v.Normalize()
		p, err := r.Resolve("webmaster", v)
		if err != nil {
			t.Fatal(err)
		}
		if got := item(p.Conditions, "agreement"); got != tt.want {
			t.Errorf("%s, %q: agreement = %q, want %q", tt.lang, tt.country, got, tt.want)
		}
	}
}

// TestOnCallNeedsTheRolesDuty: the company's paid rota shows with what
// the role does on call, among the key facts under the working time, and
// not at all for a role that says it does nothing on call.
func TestOnCallNeedsTheRolesDuty(t *testing.T) {
	r := resolver(t)
	for _, tt := range []struct{ role, want, duty string }{
		{"webmaster", "On-call|one week in six; €150 a week", "When on call|you get the site back online after an outage"},
		{"content-curator", "", ""},
	} {
		v := values.Set{Lang: "en", Contract: values.Contract{OnCall: values.PlainText("one week in six"), OnCallPay: values.PlainText("€150 a week")}}
		v.Normalize()
		p, err := r.Resolve(tt.role, v)
		if err != nil {
			t.Fatal(err)
		}
		if got := item(p.Facts, "on_call"); got != tt.want || item(p.Conditions, "on_call") != "" {
			t.Errorf("%s: on_call = %q, want %q", tt.role, got, tt.want)
		}
		// A duty among the conditions would read as a benefit.
		if got := item(p.Facts, "on_call_duty"); got != tt.duty || item(p.Conditions, "on_call_duty") != "" {
			t.Errorf("%s: on_call_duty = %q, want %q", tt.role, got, tt.duty)
		}
	}
}

// TestClosingLines: the why-join-us text, the inclusion line and the
// candidate-data notice, the company's own or the defaults, per language.
func TestClosingLines(t *testing.T) {
	r := resolver(t)
	tests := []struct {
		name                    string
		v                       values.Set
		why, inclusion, privacy string
	}{
		// The CNIL is named for a job in France only: elsewhere a candidate
		// complains to another authority.
		{"defaults fr, a job in France", values.Set{Lang: "fr", Company: values.Company{Name: "Exemple SA"}, Location: values.Location{Country: "FR"}, Apply: values.Apply{Email: "jobs@example.fr"}}, "",
			"Poste ouvert aux personnes en situation de handicap\u00a0: pour adapter les entretiens ou le poste, écrivez-nous à jobs@example.fr.",
			"Exemple SA conserve vos données de candidature deux ans après notre dernier échange. Vous pouvez saisir la CNIL."},
		{"defaults fr, a job in Belgium", values.Set{Lang: "fr", Company: values.Company{Name: "Exemple SA"}, Location: values.Location{Country: "BE"}}, "",
			"Poste ouvert aux personnes en situation de handicap\u00a0: dites-nous comment adapter les entretiens ou le poste.",
			"Exemple SA conserve vos données de candidature deux ans après notre dernier échange."},
		{"defaults en, a job in France", values.Set{Lang: "en", Location: values.Location{Country: "FR"}}, "",
			"Need any adjustments to the process (for example for a disability)? Tell us and we'll arrange them.",
			"We keep your application for two years after our last contact. You can also complain to the CNIL, France's data protection authority."},
		{"defaults en, no name nor address nor country", values.Set{Lang: "en"}, "",
			"Need any adjustments to the process (for example for a disability)? Tell us and we'll arrange them.",
			"We keep your application for two years after our last contact."},
		{"the company's own", values.Set{Lang: "fr", Company: values.Company{
			WhyJoin:   values.ValueText{ByLang: map[string]string{"fr": "Une équipe de 6 personnes et 120 000 usagers.", "en": "A team of six."}},
			Inclusion: values.PlainText("Handi-accueillant : nous adaptons les entretiens."),
			Privacy:   values.PlainText("Le cabinet RH traite les candidatures ; DPO : dpo@example.fr."),
		}}, "Une équipe de 6 personnes et 120\u202f000 usagers.", "Handi-accueillant\u00a0: nous adaptons les entretiens.",
			"Le cabinet RH traite les candidatures\u202f; DPO\u00a0: dpo@example.fr."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := r.Resolve("community-manager", tt.v)
			if err != nil {
				t.Fatal(err)
			}
			// the authority to complain to closes the notice, after whom to ask
			privacy := strings.TrimSpace(p.Privacy + " " + p.PrivacyComplaint)
			if p.WhyJoin != tt.why || p.Inclusion != tt.inclusion || privacy != tt.privacy {
				t.Errorf("got\n%q\n%q\n%q\nwant\n%q\n%q\n%q", p.WhyJoin, p.Inclusion, privacy, tt.why, tt.inclusion, tt.privacy)
			}
			// the default notice sends candidates to the application address
			if want := map[bool]string{true: tt.v.Apply.Email}[tt.v.Company.Privacy.IsZero()]; p.PrivacyEmail != want {
				t.Errorf("PrivacyEmail = %q, want %q", p.PrivacyEmail, want)
			}
		})
	}
}

// TestWorkingLanguage: a posting in another language than the team's says
// the languages the job works in, each with its level: the team's, given
// or taken from a country with one, then the English the role needs. A
// posting in the team's language for a role that needs no English, or for
// a country with several languages, says nothing. The line is a key fact,
// never a line of the profile.
func TestWorkingLanguage(t *testing.T) {
	r := resolver(t)
	const cur, cm = "content-curator", "community-manager" // English B2 at every size; none
	tests := []struct {
		name, role, lang, country, given string
		want                             string // "" for absent
	}{
		{"english posting in France", cur, "en", "FR", "", "Working language|French (C1), for colleagues in every department; English B2, to read trade press and research"},
		{"english posting in France, no English asked", cm, "en", "FR", "", "Working language|French (C1), to write for our followers and reply to them every day"},
		{"french posting in France", cur, "fr", "FR", "", "Langues|anglais B2 (lecture d'études anglophones)"},
		{"french posting in France, no English asked", cm, "fr", "FR", "", ""},
		{"french posting in the UK", cur, "fr", "GB", "", "Langue de travail|anglais courant (C1), pour les collègues de toutes les directions"},
		{"Belgium is not guessed", cur, "en", "BE", "", "Languages|English B2, to read trade press and research"},
		{"Belgium is not guessed, no English asked", cm, "en", "BE", "", ""},
		{"Belgium given French", cur, "en", "BE", "fr", "Working language|French (C1), for colleagues in every department; English B2, to read trade press and research"},
		{"given English in France", cur, "en", "FR", "en", ""},
		{"no country", cm, "en", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := values.Set{Lang: tt.lang, Location: values.Location{Country: tt.country}, Company: values.Company{WorkingLanguage: tt.given}}
			v.Normalize()
			if ps := v.Check(); len(ps) > 0 {
				t.Fatal(ps)
			}
			p, err := r.Resolve(tt.role, v)
			if err != nil {
				t.Fatal(err)
			}
			if got := item(p.Facts, "working_language"); got != tt.want {
				t.Errorf("working_language = %q, want %q", got, tt.want)
			}
			for _, key := range []string{"working_language", "english"} {
				if got := item(p.Profile, key); got != "" {
					t.Errorf("%s also in the profile: %q", key, got)
				}
			}
		})
	}
	v := values.Set{Lang: "en", Company: values.Company{WorkingLanguage: "de"}}
	if ps := v.Check(); len(ps) != 1 || !strings.Contains(ps[0].Msg, "company.working_language") {
		t.Errorf("an unknown working language is not refused: %v", ps)
	}
}

// TestWorkPermit: a candidate abroad learns from the key facts whether
// they must bring the right to work or the employer sponsors the visa,
// right after the languages, and nothing is said when the value is not
// given. French says a required right to work as a French employer
// does, in a sentence of the application section, not as a header fact.
func TestWorkPermit(t *testing.T) {
	r := resolver(t)
	tests := []struct{ lang, given, want, sentence string }{
		{"en", "required", "Right to work|you must already have the right to work in France; no visa sponsorship", ""},
		{"en", "sponsored", "Right to work|we sponsor the visa and work permit", ""},
		{"fr", "required", "", "Autorisation de travail en France requise."},
		{"fr", "sponsored", "Autorisation de travail|nous prenons en charge les démarches de visa et d'autorisation de travail", ""},
		{"en", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.given, func(t *testing.T) {
			v := values.Set{Lang: tt.lang, Location: values.Location{Country: "FR"}, Contract: values.Contract{WorkPermit: tt.given}}
			v.Normalize()
			if ps := v.Check(); len(ps) > 0 {
				t.Fatal(ps)
			}
			p, err := r.Resolve("social-media-manager", v)
			if err != nil {
				t.Fatal(err)
			}
			if got := item(p.Facts, "work_permit"); got != tt.want {
				t.Errorf("work_permit = %q, want %q", got, tt.want)
			}
			if p.WorkPermit != tt.sentence {
				t.Errorf("work permit sentence = %q, want %q", p.WorkPermit, tt.sentence)
			}
			if tt.want != "" && p.Facts[len(p.Facts)-1].Key != "work_permit" {
				t.Errorf("the right to work is not the last key fact: %v", p.Facts)
			}
		})
	}
	v := values.Set{Lang: "en", Contract: values.Contract{WorkPermit: "maybe"}}
	if ps := v.Check(); len(ps) != 1 || !strings.Contains(ps[0].Msg, "contract.work_permit") {
		t.Errorf("an unknown work_permit is not refused: %v", ps)
	}
}

// TestHeadingCarriesTheMarker: every French heading given the gender
// marker reads the same way, the title as the role writes it (inclusive
// where French has two forms) then the suffix, whatever else the suffix
// says; an English heading is left as it is.
func TestHeadingCarriesTheMarker(t *testing.T) {
	r := resolver(t)
	tests := []struct{ role, suffix, want string }{
		{"content-curator", "(F/H)", "Chargé·e de veille stratégique (F/H)"},
		{"content-curator", "H/F", "Chargé·e de veille stratégique H/F"},
		{"content-curator", "(F/H) – CDI", "Chargé·e de veille stratégique (F/H) – CDI"},
		{"content-curator", "(H/F/X)", "Chargé·e de veille stratégique (H/F/X)"},
		{"content-curator", "– CDI", "Chargé·e de veille stratégique – CDI"},
		{"corporate-social-strategist", "(F/H)", "Directeur·rice des réseaux sociaux du groupe (F/H)"},
		{"community-manager", "(F/H)", "Community manager (F/H)"},
		{"community-manager", "(F/H) – CDI", "Community manager (F/H) – CDI"},
	}
	for _, tt := range tests {
		t.Run(tt.role+"/"+tt.suffix, func(t *testing.T) {
			v := values.Set{Lang: "fr", TitleSuffix: values.PlainText(tt.suffix)}
			v.Normalize()
			p, err := r.Resolve(tt.role, v)
			if err != nil {
				t.Fatal(err)
			}
			if p.Heading != tt.want {
				t.Errorf("heading %q, want %q", p.Heading, tt.want)
			}
		})
	}
}

// TestProcessManager: a recruitment step's {manager} names the post the
// candidate will meet as the team paragraph does, "notre responsable
// réseaux sociaux", a post of the catalogue or one outside it (a managing
// director, the executive committee): "your future manager" would not say
// who leads the interview. The older bracketed form still gives the
// post's bare name.
func TestProcessManager(t *testing.T) {
	r := resolver(t)
	tests := []struct {
		role, size, lang, step, want string
	}{
		{"social-media-marketer", "medium", "fr", "Entretien avec {manager}, à Lyon", "Entretien avec notre responsable réseaux sociaux, à Lyon"},
		{"social-media-marketer", "medium", "en", "An interview with {manager}", "An interview with our social media manager"},
		{"community-manager", "small", "fr", "Entretien avec {manager}", "Entretien avec la direction générale"},
		{"digital-manager", "small", "en", "An interview with {manager}", "An interview with the managing director"},
		{"digital-manager", "medium", "fr", "Entretien avec {manager}", "Entretien avec la direction générale"},
		{"webmaster", "medium", "en", "An interview with {manager}", "An interview with our head of digital"},
		{"social-media-marketer", "medium", "fr", "Entretien avec votre responsable ({manager})",
			"Entretien avec votre responsable (Responsable réseaux sociaux)"},
	}
	for _, tt := range tests {
		v := values.Set{Lang: tt.lang, Company: values.Company{Size: tt.size}, Process: values.PlainList(tt.step)}
		p, err := r.Resolve(tt.role, v)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Process) != 1 || p.Process[0] != tt.want {
			t.Errorf("%s %s %s: %q, want %q", tt.role, tt.size, tt.lang, p.Process, tt.want)
		}
	}
}

// TestWithArticle: a post's title with the definite article, in its
// grammar (the reporting line).
func TestWithArticle(t *testing.T) {
	for _, tt := range []struct {
		title, lang, want string
	}{
		{"Responsable digital", "fr", "la ou le responsable digital"},
		{"Directrice / Directeur des réseaux sociaux groupe", "fr", "la directrice ou le directeur des réseaux sociaux groupe"},
		{"Assistante / Assistant RH", "fr", "l'assistante ou l'assistant RH"},
		{"Webmaster", "fr", "la ou le webmaster"},
		{"DRH", "fr", "la ou le DRH"},
		{"Head of digital", "en", "the head of digital"},
		{"SEO manager", "en", "the SEO manager"},
		{"Chargé·e de veille stratégique", "fr", "la ou le chargé·e de veille stratégique"},
		// An article cannot agree with "directeur·rice": both forms, spelt out.
		{"Directeur·rice des réseaux sociaux du groupe", "fr", "la directrice ou le directeur des réseaux sociaux du groupe"},
		{"Éditeur·rice web", "fr", "l'éditrice ou l'éditeur web"},
	} {
		if got := withArticle(tt.title, tt.lang); got != tt.want {
			t.Errorf("withArticle(%q, %s) = %q, want %q", tt.title, tt.lang, got, tt.want)
		}
	}
}

// TestTeamParagraph: "Votre équipe / Your team" is one paragraph a
// recruiter would write: the team joined with its head count in words and
// the post reported to in one sentence, named with "notre"/"our" or by
// its office, never "à la ou au" nor "la directrice ou au directeur"; a
// junior is told whom they work with, not that they manage nobody; the
// head of the team leads it rather than joins it; "rattaché·e" stands
// by "vous", never after the team's name, where it read as the team's.
func TestTeamParagraph(t *testing.T) {
	r := resolver(t)
	r.AllowUnsuitable = true
	digital := values.Team{Name: values.ValueText{ByLang: map[string]string{"fr": "l'équipe digitale", "en": "the digital team"}}, Size: 6}
	for _, tt := range []struct {
		id, lang, size, seniority string
		team                      values.Team
		want                      []string
		not                       []string
	}{
		{"content-curator", "fr", "", "", digital,
			[]string{"Rattaché·e à notre responsable digital, vous rejoignez l'équipe digitale (six personnes en vous comptant). Vous travaillez avec notre "}, []string{"personne."}},
		{"content-curator", "en", "", "", digital,
			[]string{"You'll join the digital team of six, reporting to our head of digital. Your colleagues include our "}, []string{"No direct reports"}},
		{"content-curator", "fr", "", "", values.Team{Size: 6},
			[]string{"Rattaché·e à notre responsable digital, vous rejoignez une équipe de six personnes (vous compris)."}, nil},
		{"content-curator", "fr", "", "", values.Team{},
			[]string{"Vous êtes rattaché·e à notre responsable digital."}, nil},
		{"community-manager", "fr", "", "junior", values.Team{},
			[]string{"Vous travaillez avec notre chargé·e de publicité réseaux sociaux."}, []string{"personne"}},
		{"community-manager", "en", "", "junior", values.Team{},
			[]string{"Your colleagues include our paid social specialist."}, []string{"No direct reports"}},
		{"social-media-manager", "fr", "large", "", values.Team{},
			[]string{"Vous êtes rattaché·e à la direction des réseaux sociaux du groupe."}, nil},
		// a size that says whom the post works with names them, not the
		// other posts its manager leads
		{"webmaster", "fr", "large", "", values.Team{},
			[]string{"Vous travaillez avec les équipes marketing et recrutement qui publient sur vos sites."}, []string{"veille"}},
		{"webmaster", "en", "large", "junior", values.Team{},
			[]string{"You'll work closely with the marketing and recruitment teams who publish on your sites."}, []string{"analyst", "colleagues"}},
		{"webmaster", "fr", "large", "senior", values.Team{},
			[]string{"Poste sans encadrement\u202f; vous travaillez avec les équipes marketing et recrutement qui publient sur vos sites."}, []string{"veille"}},
		{"internal-community-manager", "fr", "", "", values.Team{},
			[]string{"Vous êtes rattaché·e à notre responsable de la communication."}, nil},
		{"digital-manager", "fr", "large", "", values.Team{},
			[]string{"Vous êtes rattaché·e à la direction générale du groupe"}, nil},
		// the head of the team joined leads it
		{"digital-manager", "fr", "", "", digital,
			[]string{"Rattaché·e à la direction générale, vous dirigez l'équipe digitale (six personnes en vous comptant). Vous encadrez "}, []string{"rejoignez"}},
		{"digital-manager", "en", "", "", digital,
			[]string{"Reporting to the chief executive, you'll lead the digital team of five."}, []string{"join"}},
		// a team the hire builds is said with the head count it will reach
		{"digital-manager", "fr", "", "", values.Team{Name: values.PlainText("l'équipe digitale"), GrowsTo: 6},
			[]string{"vous dirigez l'équipe digitale, que vous portez à six personnes."}, []string{"vous compris"}},
		{"digital-manager", "en", "", "", values.Team{Name: values.PlainText("the digital team"), GrowsTo: 6},
			[]string{"you'll lead the digital team, which you will grow to six."}, []string{"of six"}},
	} {
		p, err := r.Resolve(tt.id, values.Set{Lang: tt.lang, Seniority: tt.seniority, Company: values.Company{Size: tt.size}, Team: tt.team})
		if err != nil {
			t.Fatalf("%s %s: %v", tt.id, tt.lang, err)
		}
		text := p.Reporting.Text
		for _, want := range tt.want {
			if !strings.Contains(text, want) {
				t.Errorf("%s %s %s %s: %q, want %q", tt.id, tt.size, tt.seniority, tt.lang, text, want)
			}
		}
		for _, not := range append(tt.not, "la ou au", "ou au directeur", "compris·e") {
			if strings.Contains(text, not) {
				t.Errorf("%s %s %s %s: %q says %q", tt.id, tt.size, tt.seniority, tt.lang, text, not)
			}
		}
	}
}

// TestLanguagesSayWhat: the team's language comes with whom the role works
// with in it (the role's language_use, over the company's word) in a
// posting in another language, and a role's English with its
// use; a size's use replaces the role's.
func TestLanguagesSayWhat(t *testing.T) {
	r := resolver(t)
	tests := []struct{ role, lang, size, want string }{
		{"content-curator", "en", "medium", "Working language|French (C1), for colleagues in every department; English B2, to read trade press and research"},
		{"content-curator", "fr", "medium", "Langues|anglais B2 (lecture d'études anglophones)"},
		{"webmaster", "fr", "large", "Langues|anglais B2 (échanges avec l'équipe web internationale du groupe et les agences)"},
		{"webmaster", "fr", "medium", ""},
	}
	for _, tt := range tests {
		v := values.Set{Lang: tt.lang, Location: values.Location{Country: "FR"}, Company: values.Company{Size: tt.size,
			WorkingLanguageUse: values.ValueText{ByLang: map[string]string{"en": "with colleagues and French customers"}}}}
		v.Normalize()
		p, err := r.Resolve(tt.role, v)
		if err != nil {
			t.Fatal(err)
		}
		if got := item(p.Facts, "working_language"); got != tt.want {
			t.Errorf("%s %s %s: %q, want %q", tt.role, tt.lang, tt.size, got, tt.want)
		}
	}
}

// TestJuniorEducation: a junior posting, which asks for no experience,
// never offers "equivalent experience" beside the degree: every role's
// clause becomes the beginner's alternative, in both languages, and the
// confirmed posting keeps it.
func TestJuniorEducation(t *testing.T) {
	r := resolver(t)
	for _, lang := range []string{"fr", "en"} {
		for _, seniority := range []string{"junior", ""} {
			v := values.Set{Lang: lang, Seniority: seniority}
			v.Normalize()
			p, err := r.Resolve("social-recruiting-assistant", v)
			if err != nil {
				t.Fatal(err)
			}
			got := item(p.Profile, "education")
			hasExp := strings.Contains(got, "expérience équivalente") || strings.Contains(got, "equivalent experience")
			if hasExp != (seniority == "") {
				t.Errorf("%s %q education: %q", lang, seniority, got)
			}
		}
	}
}

// TestPaidLeaveIsACondition: paid holiday is a term of the contract, on
// its own line first among the conditions.
func TestPaidLeaveIsACondition(t *testing.T) {
	r := resolver(t)
	v := values.Set{Lang: "fr", Contract: values.Contract{PaidLeave: values.ValueText{All: "5 semaines"}}}
	v.Normalize()
	p, err := r.Resolve("webmaster", v)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Conditions) == 0 || p.Conditions[0].Key != "paid_leave" || item(p.Conditions, "paid_leave") != "Congés payés|5\u00a0semaines" {
		t.Errorf("conditions: %+v", p.Conditions)
	}
}

// TestTravelIsAKeyFact: the travel a job asks is a key fact of its own,
// under the working time and before the start date, in each language's
// words; a language the values do not give leaves it out.
func TestTravelIsAKeyFact(t *testing.T) {
	r := resolver(t)
	travel := values.ValueText{ByLang: map[string]string{"fr": "deux jours par mois à Lille", "en": "two days a month in Lille"}}
	for lang, want := range map[string]string{"fr": "Déplacements|deux jours par mois à Lille", "en": "Travel|two days a month in Lille"} {
		v := values.Set{Lang: lang, Start: "2027-05-03", Contract: values.Contract{WorkingTime: "35h", Travel: travel}}
		p, err := r.Resolve("digital-manager", v)
		if err != nil {
			t.Fatal(err)
		}
		var keys []string
		for _, it := range p.Facts {
			keys = append(keys, it.Key)
		}
		if got := item(p.Facts, "travel"); got != want || len(keys) < 3 || !slices.Equal(keys[:3], []string{"working_time", "travel", "start"}) {
			t.Errorf("%s: %q in %v, want %q between the working time and the start", lang, got, keys, want)
		}
	}
}

// TestSyntecETAM: under the Syntec agreement a non-cadre is shown as the
// agreement names the grade, ETAM; elsewhere as non-cadre.
func TestSyntecETAM(t *testing.T) {
	r := resolver(t)
	for agreement, want := range map[string]string{"Syntec": "non-cadre (ETAM), 35\u00a0h par semaine", "HCR": "non-cadre, 35\u00a0h par semaine"} {
		v := values.Set{Lang: "fr", Contract: values.Contract{Status: "non-cadre", WorkingTime: "35h", Agreement: agreement}}
		p, err := r.Resolve("webmaster", v)
		if err != nil {
			t.Fatal(err)
		}
		if got := item(p.Facts, "working_time"); got != "Statut et temps de travail|"+want {
			t.Errorf("%s: %q, want %q", agreement, got, want)
		}
	}
}

// TestBeginnerAloneRefused: a small firm's one communications post is no
// job for a beginner, whom nobody there could train: the junior level is
// refused there and the confirmed one advised; a medium company's junior
// community manager, in a team, is not refused.
func TestBeginnerAloneRefused(t *testing.T) {
	r := resolver(t)
	_, err := r.Resolve("community-manager", values.Set{Lang: "fr", Seniority: "junior", Company: values.Company{Size: "small"}})
	var u *UnsuitableError
	if !errors.As(err, &u) || !strings.Contains(err.Error(), "--seniority confirmed") {
		t.Fatalf("got %v, want the junior level refused with the confirmed one advised", err)
	}
	for _, v := range []values.Set{{Lang: "fr", Company: values.Company{Size: "small"}}, {Lang: "fr", Seniority: "junior", Company: values.Company{Size: "medium"}}} {
		if _, err := r.Resolve("community-manager", v); err != nil {
			t.Errorf("%s %s: %v", v.Company.Size, v.Seniority, err)
		}
	}
}

// TestStepNamesThePostAsTheTeamDoes: a recruitment step's {manager}, for
// a post outside the catalogue, is the post as the team paragraph names
// it, never « le ou la » nor « la directrice ou le directeur ».
func TestStepNamesThePostAsTheTeamDoes(t *testing.T) {
	r := resolver(t)
	for _, tt := range []struct{ id, size, want string }{
		{"internal-community-manager", "", "Entretien avec notre responsable de la communication"},
		{"digital-manager", "large", "Entretien avec la direction générale du groupe"},
	} {
		p, err := r.Resolve(tt.id, values.Set{Lang: "fr", Company: values.Company{Size: tt.size}, Process: values.PlainList("Entretien avec {manager}")})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Process) != 1 || !strings.HasPrefix(p.Process[0], tt.want) {
			t.Errorf("%s: %q, want %q", tt.id, p.Process, tt.want)
		}
	}
}

// TestOfficeOf: a director's post is named by its office, and an
// adjective written inclusive agrees with « direction ».
func TestOfficeOf(t *testing.T) {
	for in, want := range map[string]string{
		"Directeur des réseaux sociaux du groupe": "la direction des réseaux sociaux du groupe",
		"Directeur digital·e du groupe":           "la direction digitale du groupe",
		"directeur":                               "la direction",
	} {
		if got, ok := officeOf(in); !ok || got != want {
			t.Errorf("officeOf(%q) = %q, %v, want %q", in, got, ok, want)
		}
	}
	if _, ok := officeOf("Responsable digital"); ok {
		t.Error("a responsable is named as an office")
	}
}

// A colleague named in a sentence is named without the bracket a title
// carries for job-board searchers; a title with none, or with a bracket
// inside it, is left as it is.
func TestPostName(t *testing.T) {
	for title, want := range map[string]string{
		"Community Manager (Social Media)":                         "Community Manager",
		"Community manager (social media, website and newsletter)": "Community manager",
		"Head of digital":          "Head of digital",
		"Chargé·e (F/H) de veille": "Chargé·e (F/H) de veille",
		"(Interim)":                "(Interim)",
	} {
		if got := postName(title); got != want {
			t.Errorf("postName(%q) = %q, want %q", title, got, want)
		}
	}
}

// A labels file written before the authority to complain to closed the
// notice, with {complaint} inside privacy_default, keeps it there, once.
func TestPrivacyComplaintInline(t *testing.T) {
	r := resolver(t)
	data, err := fs.ReadFile(templates.FS(), "labels.yaml")
	if err != nil {
		t.Fatal(err)
	}
	old := strings.Replace(string(data), `privacy_default: "{company} conserve vos données de candidature deux ans après notre dernier échange."`,
		`privacy_default: "{company} conserve vos données deux ans{complaint}."`, 1)
	old = strings.Replace(old, `privacy_complaint: "Vous pouvez saisir la CNIL."`, `privacy_complaint: " ; vous pouvez saisir la CNIL"`, 1)
	if old == string(data) {
		t.Fatal("the shipped notice changed: update the test")
	}
	if r.Words, err = ParseLabels("labels.yaml", []byte(old)); err != nil {
		t.Fatal(err)
	}
	p, err := r.Resolve("community-manager", values.Set{Lang: "fr", Company: values.Company{Name: "Exemple SA"}, Location: values.Location{Country: "FR"}})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Exemple SA conserve vos données deux ans\u202f; vous pouvez saisir la CNIL."; p.Privacy != want || p.PrivacyComplaint != "" {
		t.Errorf("notice %q, complaint %q; want %q and none", p.Privacy, p.PrivacyComplaint, want)
	}
}
