package lint

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// equalOpportunity marks a sentence that states the employer does not
// discriminate ("sans distinction d'âge, de sexe, de handicap") or talks
// about discrimination ("écarter toute mention discriminatoire (âge,
// situation de famille…)"): the grounds it lists are not criteria.
var equalOpportunity = []string{"sans distinction", "quel que soit", "quels que soient", "quelle que soit", "quelles que soient",
	"sans considération", "sans égard", "ouvert à tous", "ouverte à tous", "ouvert à toutes", "ouverte à toutes", "non-discrimination",
	"non discrimination", "égalité des chances", "indépendamment d", "handi-accueillant", "handiaccueillant", "avec ou sans",
	"discrimin", "regardless of", "whatever your", "whatever their", "no matter your", "no matter their", "without regard", "irrespective of", "equal opportunit", "not discriminate", "all backgrounds", "we welcome",
	"need not be", "do not need to be", "don't need to be", "not required to be", "no need to be", "pas besoin d'être", "pas besoin d’être",
	"need not share", "do not need to share", "don't need to share", "do not have to share", "don't have to share", "not required to share",
	"pas besoin de partager", "n'avez pas à partager", "n’avez pas à partager", "n'êtes pas tenu", "n’êtes pas tenu",
	// a ground said not to be asked: "aucune pratique religieuse n'est attendue"
	"n'est attendu", "n’est attendu", "n'est exigé", "n’est exigé", "n'est requis", "n’est requis", "n'est demandé", "n’est demandé",
	"n'est pas attendu", "n’est pas attendu", "n'est pas exigé", "n’est pas exigé", "n'est pas requis", "n’est pas requis",
	"is not required", "are not required", "is not expected", "are not expected", "is not a requirement", "not a condition",
	// positive action: an interview guaranteed to disabled applicants who meet the criteria
	"guarantee an interview", "guaranteed interview", "guarantee interviews", "entretien garanti", "disability confident",
	"offer an interview to", "offer interviews to", "interview all disabled", "encourage applications from", "particularly encourage",
	// positive action for the sex under-represented: "Les candidatures
	// féminines sont vivement encouragées" (L1142-4)
	"sont encouragées", "sont vivement encouragées", "sont particulièrement encouragées", "encourageons les candidatures",
	"encourage les candidatures", "encourage vivement les candidatures", "encourage particulièrement les candidatures",
	"are encouraged to apply", "are strongly encouraged", "are particularly encouraged"}

// lawRule runs a rule whose phrases are in data/phrases.tsv, on every
// posting: the grounds of discrimination are near-universal, and the
// jurisdiction decides the article cited and the level. format says what
// the phrase does ("%q sets %s"); the citation completes it.
func lawRule(rule, format string, exceptEqual bool) func(*run) {
	return func(r *run) {
		j := r.d.jurisdiction()
		// One fee per sentence: its purchase, amount and deduction ("buy
		// the kit…, deducted from your first pay") are one charge, quoted
		// from its first words to its last. Other requests are not merged:
		// a list of requests is several problems.
		type said struct {
			sentence int
			category string
		}
		var seen []said
		var sentenceGround map[said]found // made at a rule's first finding: most postings have none
		ms := r.withConcepts(rule, r.find(rule))
		for _, m := range ms {
			k := said{r.a.sentenceAt(m.start).start, m.p.category}
			if rule == "forbidden-request" && k.category == "origin" && slices.ContainsFunc(ms, func(o match) bool {
				return o.p.category == "personal-data" && r.a.sentenceAt(o.start).start == k.sentence
			}) {
				continue // a nationality in a list of personal data asked is one request: "a photo, date of birth and nationality"
			}
			if exceptEqual {
				s := r.a.sentenceAt(m.start)
				if s.start < s.end && equalOpportunityIn(r.d.low[s.start:s.end]) && !hasAnyWord(r.d.low[m.start:m.end], exclusives) {
					continue
				}
			}
			if r.notACriterion(m) || r.negated(m) || r.otherReferent(m) {
				continue
			}
			if r.d.Lang == "en" && strings.Contains(m.p.what, "a job name in one gender") && (r.inTitle(m.start) || r.titleNames(m)) {
				continue // the title's job name, here or again in the text: the inclusive-title rule reads it
			}
			if r.d.Lang == "en" && m.p.category == "sex" && r.inTitle(m.start) && r.titleJobWordIn(m) {
				continue // "Moving Men Wanted": the title's job name, which inclusive-title reads
			}
			ground := m.p.category
			if strings.HasPrefix(m.p.what, "political") {
				ground = "political" // filed with union activity, cited from its own law
			}
			if rule == "data-retention" {
				ground = "retention" // personal data, cited from the law on keeping it
			}
			cite, sev := citation(j, ground)
			if strings.Contains(m.p.what, "proxy") {
				sev = Warning // a proxy is evidence to weigh, not a ground named
			}
			// A deprived area turned away ("pas de QPV") stays a place of
			// residence, the ground L1132-1 names, whatever others it proxies.
			category := m.p.category
			if rule == "forbidden-request" && category != "personal-data" {
				// A request cites the ground it reveals and the data rule. A
				// date of birth is an identity document's datum, named by the
				// data rule beside the photo and the social security number,
				// so it is filed as personal data; an age, a marital status or
				// children asked state the ground itself and are filed under it.
				also, s := citation(j, "personal-data")
				cite, sev = cite+" and "+also, max(sev, s)
				if m.p.what == "the date of birth" {
					category = "personal-data"
				}
			}
			at := r.stanceSpan(m)
			if m.p.category == "fee" {
				at = r.feeQuote(at)
			}
			msg := fmt.Sprintf(format, r.quote(at), m.p.what) + "; " + cite
			b := r.basisOf(m)
			if b != nil && r.assumedSex(m, ms) {
				b = nil
			}
			if b != nil {
				// A condition stated with a reason the law accepts (the
				// service, the role, the post's religious duties, a
				// statute or licence): a requirement to check, not a fault.
				seen = append(seen, k)
				sug := "keep it only if the job truly requires it, and name the law in the posting"
				if r.d.Lang == "fr" {
					sug = "ne la gardez que si le poste l'exige vraiment, et citez le texte dans l'annonce"
				}
				r.addAbout(category, m.span, Info, fmt.Sprintf(basisNote, r.quote(m.span), m.p.what, b.name, b.citeIn(j), j.Name), sug)
				continue
			}
			switch m.p.category {
			case "appearance", "health":
				if rule == "forbidden-request" {
					break // health data asked before an offer: no reason makes the request lawful
				}
				// A genuine occupational requirement (a hygiene rule, a
				// regulatory fitness test) is lawful when it is stated with
				// its reason: these findings ask for the reason.
				sev = Warning
				msg += "; " + justifyNote
			}
			seen = append(seen, k)
			if one, ok := sentenceGround[k]; ok && (rule == "discrimination" || k.category == "fee") && r.at == nil {
				// One ground named twice in a sentence ("Bonne santé, pas
				// d'arrêt maladie sur les trois dernières années") is one
				// problem, and so is one fee: its finding quotes the
				// sentence's words from the first to the last.
				f := &r.res.Findings[one.i]
				to := span{one.at.start, max(one.at.end, at.end)}
				f.Severity = max(f.Severity, sev)
				r.requote(one.i, to)
				one.at = to
				sentenceGround[k] = one
				continue
			}
			if sentenceGround == nil {
				sentenceGround = map[said]found{}
			}
			sentenceGround[k] = found{i: len(r.res.Findings), at: at}
			r.addAbout(category, at, sev, msg, m.p.suggest)
		}
	}
}

// assumedSex says whether match m is the job holder named "he" or "she"
// where no other match of ms states the sex as a requirement with its
// reason: a pronoun assumes who holds the job, it states no requirement,
// so an intimate-care duty beside it ("She will assist residents with
// bathing") does not make it one.
func (r *run) assumedSex(m match, ms []match) bool {
	low := r.d.low
	if m.p.category != "sex" || !holdsPronoun(low[m.start:m.end]) {
		return false
	}
	return !slices.ContainsFunc(ms, func(o match) bool {
		return o.p.category == "sex" && !holdsPronoun(low[o.start:o.end]) && r.basisOf(o) != nil
	})
}

// feeQuote is what a fee's finding quotes: its match, stretched to the
// sum its clause names when the match holds none ("une participation de
// 150 € … sera retenue sur le premier salaire"), else to the clause's end,
// which says what is asked ("Tenue de la saison…, à acheter avec 30 % de
// remise").
func (r *run) feeQuote(at span) span {
	low := r.d.low
	cl := clauseOf(low, r.sentenceAround(at), at)
	// a match may run past the clause read around it ("Formation interne
	// (parcours lagon…) sur une semaine, avec une participation de 15 000
	// XPF demandée à l'inscription"): nothing of the clause follows it
	cl.end = max(cl.end, at.end)
	if strings.ContainsAny(low[at.start:at.end], "0123456789") {
		// The sum, then who pays it ("The course costs $350, which
		// successful applicants pay up front"): the payer is the fault.
		rest := strings.TrimLeft(low[at.end:cl.end], " ")
		if rel := strings.TrimPrefix(rest, ","); rel != rest && hasAnyWordStart(firstWords(rel, 1), relativeWords) && hasAnyWordStart(firstWords(rel, 4), payerWords) {
			at.end = max(at.end, trimEnd(low, at.start, cl.end))
		}
		return at
	}
	if at = withSum(low, cl, at); !strings.ContainsAny(low[at.start:at.end], "0123456789") {
		at.end = max(at.end, trimEnd(low, at.start, cl.end))
	}
	return at
}

// relativeWords open a clause about the thing before them; payerWords
// name who pays in it.
var (
	relativeWords = []string{"which", "that", "qui", "que", "dont"}
	payerWords    = []string{"applicant", "candidate", "you", "vous", "successful", "new", "starter", "hire", "recrue", "lauréat", "retenu"}
)

// firstWords is the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// found is a finding a rule made, by its index and span.
type found struct {
	i  int
	at span
}

// stanceSpan is what a finding quotes: for a workplace without a union,
// from the match to the stance its sentence takes ("a union-free site, and
// we intend to keep it that way"), the stance being what selects; for a
// residence, the place it names (placeSpan); the match's own span
// otherwise.
func (r *run) stanceSpan(m match) span {
	if m.p.category == "residence" {
		return r.placeSpan(m)
	}
	if m.p.category != "union" || !containsAny(r.d.low[m.start:m.end], siteWords) {
		return m.span
	}
	s := r.a.sentenceAt(m.start)
	if s.end <= m.end {
		return m.span // nothing of its sentence follows the match
	}
	end := m.end
	for _, k := range keepWords {
		if i := strings.LastIndex(r.d.low[m.end:s.end], k); i >= 0 {
			end = max(end, m.end+i+len(k))
		}
	}
	return span{m.start, end}
}

// placeSpan is a residence requirement quoted with the place it names:
// a match that ends on its preposition ("Résider à") runs on to the end
// of its clause ("Résider à Cotonou, dans les quartiers Akpakpa,
// Cadjehoun ou Fidjrossè"), a few words at most.
func (r *run) placeSpan(m match) span {
	low := r.d.low
	w := strings.TrimSpace(low[m.start:m.end])
	last := w[strings.LastIndexByte(w, ' ')+1:]
	if !slices.Contains(placePrepositions, last) {
		return m.span
	}
	s := r.a.sentenceAt(m.start)
	end := min(len(low), m.end+90)
	if s.start < s.end {
		end = min(end, s.end)
	}
	for from := m.end; ; {
		i := strings.IndexAny(low[from:end], ";:\n(")
		if i < 0 {
			break
		}
		// an aside that excludes a place is the condition itself: "tu
		// habites Perpignan ou la côte (hors quartier Saint-Jacques…)"
		if aside := strings.TrimLeft(low[from+i+1:end], " "); low[from+i] == '(' && slices.ContainsFunc(placeExclusions, func(w string) bool { return strings.HasPrefix(aside, w) }) {
			if j := strings.IndexByte(low[from+i:end], ')'); j >= 0 {
				from += i + j + 1
				continue
			}
		}
		end = from + i
		break
	}
	end = runeStart(low, end)
	for end > m.end && strings.ContainsRune(" ,.–-", rune(low[end-1])) {
		end--
	}
	if end <= m.end {
		return m.span
	}
	return span{m.start, end}
}

// placePrepositions end a residence match before the place it names, as
// a verb of living does ("tu habites").
var placePrepositions = []string{"à", "a", "dans", "en", "sur", "au", "aux", "in", "within", "near", "around",
	"habite", "habites", "habitez", "habitent", "résides", "résidez", "live", "lives", "reside", "resides"}

// placeExclusions open an aside that takes a place out of the one named.
var placeExclusions = []string{"hors ", "sauf ", "except ", "excluding ", "not ", "pas "}

const (
	ageHelp = "Code du travail L5331-2 forbids publishing a job offer that sets an upper age limit, " +
		"unless a law imposes it (an apprenticeship, for example: then name the contract, not an age). " +
		"An age range sets one too."
	discriminationHelp = "Code du travail L1132-1 forbids excluding anyone from a recruitment because of their " +
		"origin, sex, morals, sexual orientation, gender identity, age, family situation or pregnancy, " +
		"genetic characteristics, economic vulnerability, ethnicity, nation or so-called race, political " +
		"opinions, union or mutualist activity, elected office, religion, physical appearance, surname, " +
		"place of residence or bank domiciliation, state of health, loss of autonomy or disability, ability " +
		"to speak a language other than French, or whistle-blower status. A posting that names one as a " +
		"criterion is evidence of discrimination (L1134-1); sentences stating that the employer does not " +
		"discriminate are not flagged."
	requestHelp = "Code du travail L1221-6: what is asked of a candidate may only serve to judge their " +
		"ability to do the job and must have a direct and necessary link with it. A photo, the date of " +
		"birth, the marital status, the social security number or health information do not."
	feeHelp = "Code du travail L5331-1 forbids selling a job offer, and L5321-3 forbids asking job " +
		"seekers for any payment, direct or indirect, for placement: applying must be free."
	retentionHelp = "GDPR Art. 5(1)(e) (and the UK GDPR, PIPEDA, the Australian Privacy Principles, Singapore's PDPA and " +
		"Switzerland's data protection act alike): applicants' data is kept only as long as the recruitment needs it. " +
		"State the period (the CNIL's guidance: two years after the last contact for an application not retained)."
	undatedHelp = "Code du travail L5332-1: a job offer published in France must be dated, so readers " +
		"and the labour inspectorate can tell whether it is current."
	languageHelp = "Code du travail L5331-4: the text of a job offer for a job in France is written in " +
		"French; a version in another language may go beside it. Publish the French posting (jobdesc " +
		"renders it with --lang fr)."
)

// months are the month names a written date may use, French and English,
// with and without accents, and their usual abbreviations.
var months = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`janvier février fevrier mars avril mai juin juillet août aout septembre octobre
		novembre décembre decembre janv févr fevr avr juil sept oct nov déc dec january february march april may june
		july august september october november december jan feb mar apr jun jul aug sep`) {
		m[w] = true
	}
	return m
})

// hasDate looks for a written date around each year of this century:
// 2026-03-14, 14/03/2026, 14.03.2026, 14 mars 2026, 1er mars 2026,
// mars 2026, March 14, 2026, 14th March 2026.
func hasDate(low string) bool {
	digit := func(i int) bool { return i >= 0 && i < len(low) && '0' <= low[i] && low[i] <= '9' }
	for at := range occurrences(low, "20") {
		if digit(at-1) || !digit(at+2) || !digit(at+3) || digit(at+4) {
			continue
		}
		if at+10 <= len(low) && low[at+4] == '-' && digit(at+5) && digit(at+6) && low[at+7] == '-' && digit(at+8) && digit(at+9) {
			return true
		}
		if sep := at - 1; sep >= 0 && (low[sep] == '/' || low[sep] == '.') {
			k := sep
			for digit(k - 1) {
				k--
			}
			if n := sep - k; n >= 1 && n <= 2 && k >= 1 && (low[k-1] == '/' || low[k-1] == '.') {
				return true
			}
			continue
		}
		w, rest := wordBefore(low, at)
		if months()[strings.TrimSuffix(w, ".")] {
			return true
		}
		if d := strings.TrimRight(w, "stndrh"); d != "" && len(d) <= 2 && strings.Trim(d, "0123456789") == "" {
			if m, _ := wordBefore(low, rest); months()[strings.TrimSuffix(m, ".")] {
				return true
			}
		}
	}
	return false
}

// wordBefore returns the word that ends before offset i, past spaces and a
// comma, and where it starts.
func wordBefore(low string, i int) (string, int) {
	for i > 0 && (low[i-1] == ' ' || low[i-1] == ',' || low[i-1] == '\n') {
		i--
	}
	e := i
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(low[:i])
		if !isWordRune(r) && r != '.' {
			break
		}
		i -= size
	}
	return low[i:e], i
}

// deniedRequirements, right before a ground, say it is not asked: "we do
// not require Canadian work experience".
var deniedRequirements = []string{"do not require", "don't require", "does not require", "doesn't require", "we never require",
	"no need for", "not ask for", "not asking for", "never asks for", "never ask for", "doesn't ask", "does not ask", "don't ask", "do not ask", "won't ask", "will not ask", "n'exigeons pas", "n’exigeons pas", "n'exigeons aucun", "ne demandons pas", "ne demandons aucun"}

// requirementDenied says whether the words right before offset at, in
// sentence s's clause, deny that what follows is required.
func requirementDenied(low string, s span, at int) bool {
	// a denial reaches across the list it opens: "doesn't ask for your
	// age, date of birth or graduation dates"
	from := runeStart(low, max(0, at-80))
	if s.start < s.end && s.start > from {
		from = s.start
	}
	before := low[from:at]
	if i := strings.LastIndexAny(before, ";:"); i >= 0 {
		before = before[i+1:]
	}
	return containsAny(before, deniedRequirements)
}

// barredWords name people before an age a law keeps them from work at:
// "bar anyone under 18", "no one under 16".
var barredWords = []string{"anyone", "nobody", "one", "minors", "persons", "employees", "workers", "staff"}

// selectsInOwnStory says whether m selects people even where the
// employer tells its own story or benefits: a stance against unions
// ("We're a non-union shop and we like it that way"), a pronoun for the
// job holder ("We're looking for a production assistant. She'll work
// alongside…").
func selectsInOwnStory(low string, m match) bool {
	return m.p.category == "union" && strings.HasPrefix(m.p.what, "union") || m.p.category == "sex" && holdsPronoun(low[m.start:m.end])
}

// provisionWords say the employer supplies what follows them.
var provisionWords = []string{"fourni", "disponible", "proposé", "existe", "available", "provided", "supplied", "comes in", "come in", "stocked"}

// sizesProvided says whether m, a clothing size, is the range of sizes
// the employer's uniform comes in, wide enough to clothe most people
// ("Tenues disponibles du 34 au 56"). A narrow one ("uniformes
// disponibles du 36 au 40") keeps out whoever it does not fit.
func sizesProvided(low string, m match) bool {
	if !strings.Contains(m.p.what, "clothing size") || !containsAny(low[max(0, m.start-40):m.start], provisionWords) {
		return false
	}
	return sizeRange(low[m.start:m.end]) >= 10
}

// sizeRange is how many sizes apart the highest and lowest figures of s
// are, -1 when s has fewer than two: "36 to 38" is a narrow range, one
// that keeps out whoever it does not fit.
func sizeRange(s string) int {
	var sizes []int
	for _, w := range strings.FieldsFunc(s, func(c rune) bool { return !isDigit(byte(c)) || c > 127 }) {
		if n, err := strconv.Atoi(w); err == nil {
			sizes = append(sizes, n)
		}
	}
	if len(sizes) < 2 {
		return -1
	}
	return slices.Max(sizes) - slices.Min(sizes)
}

// adornments are what a dress rule bans and an open employer welcomes:
// body art, facial hair, a hairstyle.
var adornments = []string{"tattoo", "tatou", "piercing", "beard", "barbe", "dreadlock", "braids", "tresse", "facial hair", "hairstyle", "coiffure"}

// welcoming words say an adornment is no obstacle.
var welcoming = []string{"welcome", "bienvenu", "fine", "no problem", "not a problem", "no issue", "not an issue", "aucun problème", "aucun souci",
	"pas de problème", "pas de souci", "pas un problème", "sans problème", "love", "adore", "happy", "ok ", "okay", "encouraged", "embraced"}

// adornmentWelcomed says m, an appearance match, names an adornment the
// same clause welcomes ("visible tattoos obviously welcome", "tatouages
// et piercings : aucun souci"): the opposite of a rule on it, unless the
// words before it turn it away ("no tattoos").
func adornmentWelcomed(low string, m match) bool {
	if !containsAny(low[m.start:m.end], adornments) {
		return false
	}
	if w, _ := wordBefore(low, m.start); w == "no" || w == "sans" || w == "without" || w == "pas" || w == "de" || w == "aucun" || w == "aucune" {
		return false
	}
	// word starts: "look" holds "ok "
	return startsAny(low[m.end:clauseEnd(low, m.end)], welcoming) || containsAny(low[runeStart(low, max(0, m.start-20)):m.start], welcomingBefore)
}

// clauseEnd is where the clause that goes on at offset at ends: a
// sentence's punctuation, a line's end, or 48 bytes on.
func clauseEnd(low string, at int) int {
	e := at
	for e < len(low) && e-at < 48 && strings.IndexByte(".;!?\n", low[e]) < 0 {
		e++
	}
	return e
}

// welcomingBefore, right before an adornment, welcome it: "on aime les
// tatouages", "we love tattoos".
var welcomingBefore = []string{"on aime les ", "nous aimons les ", "on adore les ", "nous adorons les ", "we love ", "we like ",
	"bienvenue aux ", "welcome "}

func checkUndated(r *run) {
	if !r.french() {
		return
	}
	if r.d.Facts != nil {
		if !r.d.Facts.Posted {
			r.add(whole, 0, "the posting has no publication date; Code du travail L5332-1 requires a job offer to be dated", datedSuggestion(r.d.Lang))
		}
		return
	}
	if !hasDate(r.d.low) {
		r.add(whole, 0, "no date found in the posting; Code du travail L5332-1 requires a job offer to be dated", datedSuggestion(r.d.Lang))
	}
}

func datedSuggestion(lang string) string {
	if lang == "fr" {
		return "ajoutez « Publiée le 14 mars 2026 » (la date de publication)"
	}
	return `add "Posted on 14 March 2026" (the publication date)`
}

func checkLanguage(r *run) {
	if r.d.Facts != nil && r.d.Facts.FrenchVersion {
		return
	}
	if r.d.Country == "FR" && r.d.Lang != "fr" && !foreignPublication(r.d.low) {
		r.add(whole, 0, "the job is in France but the posting is not in French; Code du travail L5331-4 requires the French text",
			"publish the French version (render with --lang fr); the English one may go beside it")
	}
	if r.d.Country == "FR" && r.d.Lang == "fr" {
		// A French posting may quote a product or a motto in English, not
		// give whole paragraphs in another language only.
		ps := foreignParagraphs(r.d.low, r.langs())
		if len(ps) > 0 {
			ps[0] = r.withEnglishHeading(ps[0])
			msg := fmt.Sprintf("%q is written in English in a posting for a job in France; Code du travail L5331-4 requires the French text", clip(r.quote(ps[0]), 40))
			if len(ps) > 1 {
				msg += fmt.Sprintf(" (%d paragraphs)", len(ps))
			}
			r.addAbout("language", ps[0], 0, msg, "traduisez ces paragraphes ; une version anglaise peut figurer à côté")
		}
	}
}

// withEnglishHeading is paragraph p from the heading above it, when that
// heading has no French word ("Why join us?"): a heading is too short to
// be judged alone, but it opens the part written in English.
func (r *run) withEnglishHeading(p span) span {
	low := r.d.low
	e := p.start
	for e > 0 && low[e-1] == '\n' {
		e--
	}
	s := strings.LastIndexByte(low[:e], '\n') + 1
	if s >= e || !r.d.isHeading(s) {
		return p
	}
	if fr, _, _ := langCount(low[s:e]); fr == 0 {
		return span{s, p.end}
	}
	return p
}

// titleJobWordIn says whether match m holds a word of the English
// title's job name that names the job in one gender ("Men" of "Moving Men
// Wanted – Winnipeg"), which inclusive-title reports; not a word after
// the name ("Barista – Men Only" seeks a sex).
func (r *run) titleJobWordIn(m match) bool {
	s, ok := r.englishTitle()
	if !ok {
		return false
	}
	name := jobName(r.d.low[s.start:s.end])
	var buf, mbuf [8]span
	low := r.d.low[m.start:m.end]
	for _, w := range nameWords(low, mbuf[:0]) {
		word := low[w.start:w.end]
		if oneGenderJobWord(word) == 0 {
			continue
		}
		for _, n := range nameWords(name, buf[:0]) {
			if name[n.start:n.end] == word {
				return true
			}
		}
	}
	return false
}

// oneGenderTitle returns the folded job word of a French title of the
// posting, other than the one holding m, that inclusive-title reports as
// naming one gender only.
func (r *run) oneGenderTitle(m span) (string, bool) {
	for _, s := range r.d.titles() {
		t := r.d.title
		if s.start >= 0 {
			if m.start < s.end && s.start < m.end {
				continue // the title itself
			}
			t = r.d.text[s.start:s.end]
		}
		if _, _, _, ok := inclusiveTitle(t); ok {
			w, _, _, _ := genderedTitle(fold(t))
			return w, true
		}
	}
	return "", false
}

// titleOneGender says whether match m repeats the job name of a title in
// one gender, which inclusive-title reports: the English title's
// ("Roofing Foreman … our foremen"), or a French title's ("Vendeuse …
// une vendeuse"); another word ("nous cherchons sa remplaçante") says the
// sex sought once more, a problem of its own.
func (r *run) titleOneGender(m span) bool {
	switch r.d.Lang {
	case "en":
		w := r.englishTitleWord()
		return w != "" && !r.inTitle(m.start) && strings.HasPrefix(r.d.low[m.start:m.end], w[:max(4, len(w)-3)])
	case "fr":
		w, ok := r.oneGenderTitle(m)
		return ok && strings.Contains(fold(r.d.low[m.start:m.end]), w)
	}
	return false
}

// foreignPublication says whether the posting says it is published in a
// publication written in a foreign language, which L5331-4 exempts from
// the French text: a foreign-language marker and a publication in one
// sentence that says the posting is published there ("published in The
// Dordogne Dispatch, an English-language monthly"), not a newsletter the
// job writes.
func foreignPublication(low string) bool {
	// Only the sentences that say "published" are read: most postings
	// have none, and every English posting for a job in France asks. One
	// pass over the p's finds them all.
	for at := 0; ; at++ {
		i := strings.IndexByte(low[at:], 'p')
		if i < 0 {
			return false
		}
		at += i
		if !strings.HasPrefix(low[at:], "publi") && !strings.HasPrefix(low[at:], "parution") && !strings.HasPrefix(low[at:], "paraît") {
			continue
		}
		from := strings.LastIndexAny(low[:at], ".\n") + 1
		to := strings.IndexAny(low[at:], ".\n")
		if to < 0 {
			to = len(low) - at
		}
		s := low[from : at+to]
		if containsAny(s, foreignLanguageWords) && containsAny(s, publicationWords) {
			return true
		}
	}
}

var foreignLanguageWords = []string{"english-language", "english language", "anglophone", "langue anglaise", "en anglais",
	"german-language", "spanish-language", "italian-language", "foreign-language", "en langue étrangère"}

var publicationWords = []string{"newspaper", "magazine", "periodical", "publication", "journal", "monthly", "weekly", "gazette",
	"revue", "hebdomadaire", "mensuel", "quotidien", "bulletin"}

// WithFrenchVersion makes res, linted from a document whose Facts said
// no French version is published beside it, what linting it with one
// gives: fr-language, the one rule that reads the fact, finds nothing.
// A batch learns which postings have a French version only once every
// entry is read; lint --batch corrects the few it linted before.
func WithFrenchVersion(res *Result) {
	res.Findings = slices.DeleteFunc(res.Findings, func(f Finding) bool { return f.Rule == "fr-language" })
}

// lawRules are the rules of French law on job offers.
func lawRules() []Rule {
	return []Rule{
		{ID: "age-limit", Category: "age", Severity: Error, Summary: "an upper age limit or an age range",
			Help: ageHelp, check: lawRule("age-limit", "%q sets %s", false), texts: true},
		{ID: "discrimination", Category: "other-ground", Severity: Error, Summary: "a criterion among the grounds of discrimination (L1132-1, Equality Act 2010, Title VII, EU directives)",
			Help: discriminationHelp, check: lawRule("discrimination", "%q selects candidates on %s, a ground of discrimination", true), texts: true},
		{ID: "forbidden-request", Category: "personal-data", Severity: Error, Summary: "a request for information L1221-6 does not allow",
			Help: requestHelp, check: lawRule("forbidden-request", "%q asks for %s, which has no direct and necessary link with the job", true), texts: true},
		{ID: "applicant-fee", Category: "fee", Severity: Error, Summary: "a payment asked of applicants",
			Help: feeHelp, check: lawRule("applicant-fee", "%q asks applicants for %s; applying must be free", false), texts: true},
		{ID: "data-retention", Category: "personal-data", Severity: Warning, Summary: "applicants' data kept with no time limit",
			Help: retentionHelp, check: lawRule("data-retention", "%q keeps %s; data may be kept only as long as the recruitment needs it", false), texts: true},
		{ID: "fr-undated", Severity: Error, Summary: "a posting with no publication date",
			Help: undatedHelp, check: checkUndated},
		{ID: "fr-language", Category: "language", Severity: Error, Summary: "a job in France advertised in another language than French",
			Help: languageHelp, check: checkLanguage},
		{ID: "inclusive-title", Category: "inclusive-title", Severity: Error, Summary: "a job title in one gender only",
			Help: inclusiveHelp, check: checkInclusiveTitle},
		{ID: "fr-masculine-candidate", Category: "sex", Severity: Warning, Summary: "the candidate referred to in the masculine",
			Help: candidateHelp, check: checkMasculineCandidate, texts: true},
	}
}

// mention reports a phrase-list rule with its own messages.
func mention(rule string) func(*run) {
	return func(r *run) {
		for _, m := range r.withConcepts(rule, r.find(rule)) {
			if r.notACriterion(m) {
				continue
			}
			r.addAbout(m.p.category, m.span, 0, fmt.Sprintf("%q: %s", r.quote(m.span), m.p.what), m.p.suggest)
		}
	}
}

// justifyNote completes an appearance or health finding: the law accepts
// a requirement the job genuinely needs, stated with its reason.
const justifyNote = "if the job genuinely requires it, state the reason (a hygiene or safety rule, a regulatory test)"

// reasonWords state why a physical or health requirement is needed: a
// hygiene or safety rule, a regulation, protective equipment.
var reasonWords = []string{"food safety", "food hygiene", "hygiene", "hygiène", "haccp", "sécurité alimentaire",
	"for safety", "safety reason", "safety requirement", "safety rule", "safety regulation", "health and safety",
	"raisons de sécurité", "raison de sécurité", "règles de sécurité", "consignes de sécurité", "regulat", "réglementa",
	"statutory", "required by law", "imposé par la loi", "imposée par la loi", "prévu par la loi", "arrêté", "décret",
	"respirator", "fit test", "fit-test", "équipement de protection", "protective equipment",
	"cleanroom", "salle blanche",
	// a lawful source named ("the infection control policy", "the police
	// entry test", "le protocole du masque"); a brand's own standards are not one
	"by law", "legal requirement", "obligation légale", "la loi", "safety policy", "site safety", "entry test", "physical test",
	"fitness test", "test physique", "épreuves physiques", "épreuve physique", "protocole", "infection control", "contrôle des infections"}

// justified says whether the sentence of a match gives the reason for
// the requirement it states.
func (r *run) justified(m match) bool {
	s := r.sentenceAround(m.span)
	low := r.d.low[s.start:s.end]
	// a uniform provided answers a rule on clothing sizes, not one on
	// make-up or looks ("uniforme fourni, maquillage discret"), unless it
	// comes in a few sizes only ("uniform provided; our uniforms are cut
	// in sizes 36 to 38"): then it is the rule
	if strings.Contains(m.p.what, "clothing") && containsAny(low, uniformProvided) {
		return sizeRange(r.d.low[m.start:m.end]) < 0 || sizeRange(r.d.low[m.start:m.end]) >= 10
	}
	// what the public likes is no reason, whatever reason stands beside
	// it ("for hygiene reasons … no visible tattoos: our customers are a
	// traditional crowd")
	if publicTaste(low) {
		return false
	}
	// the reason is in the words around the requirement, not in it: the
	// "arrêté" of "jamais arrêté pour le dos" is no decree
	for _, around := range []string{r.d.low[s.start:max(s.start, m.start)], r.d.low[min(s.end, m.end):s.end]} {
		if containsAny(around, reasonWords) || hasAnyWord(around, reasonTerms) {
			return true
		}
	}
	return false
}

// uniformProvided say the employer provides the clothes the job needs.
var uniformProvided = []string{"uniform provided", "uniforme fourni", "tenue fournie", "tenue de travail fournie"}

// reasonTerms are reasons written as short words, matched whole.
var reasonTerms = []string{"ppe", "epi", "epis", "haccp", "hse", "osha"}

// negations say that what follows is not so: "les frais ne sont pas à
// votre charge", "costs are not at your expense".
var negations = []string{"not", "n't", "never", "no", "ne", "n'", "pas", "aucun", "aucune", "aucuns", "jamais", "sans", "nullement", "without", "ni", "nor", "neither"}

// requestVerbs open a phrase that asks the candidate for something:
// "provide your medical history", "indiquez vos traitements".
var requestVerbs = []string{"list", "disclose", "declare", "state", "tell", "provide", "give", "indicate", "mention", "detail",
	"report", "submit", "send", "attach", "include", "share", "enclose", "joindre", "joignez", "fournir", "fournissez", "transmettre",
	"transmettez", "indiquer", "indiquez", "préciser", "précisez", "déclarer", "déclarez", "mentionner", "mentionnez", "lister",
	"listez", "communiquer", "communiquez", "signaler", "signalez", "envoyer", "envoyez", "ajouter", "ajoutez"}

// notDenials are words that, after a negation, turn it into an
// instruction to do the thing: "don't forget to attach a photo",
// "n'hésitez pas à joindre".
var notDenials = []string{"forget", "hesitate", "oubli", "hésit", "manquez pas"}

// denials deny a request when they stand before it: "inutile de
// joindre une photo", "there is no need to state your age".
var denials = []string{"inutile", "pas besoin", "no need", "not necessary", "unnecessary", "optional", "facultati"}

// negated says whether a match that asks something of the candidate (a
// payment, a piece of information, a document) is denied in its clause:
// a negation in the words before it, back to the last comma or sentence
// start, or the verb right after it ("the photo is not required"). A
// phrase that states a criterion ("no children") is not read this way:
// its negation is the criterion.
func (r *run) negated(m match) bool {
	// An invitation to leave data out covers the whole list after it,
	// whatever the rule: "you may remove or redact information that
	// identifies your age, date of birth or dates of attendance", "you
	// don't need to include your school graduation dates".
	// Not when the sentence refuses the applications that leave it out:
	// "applications that do not include your salary history will not be
	// considered" asks for it.
	if s := r.a.sentenceAt(m.start); s.start < s.end && containsAny(r.d.low[s.start:m.start], leaveOut) &&
		!(containsAny(r.d.low[s.start:m.start], lackingIt) && containsAny(r.d.low[s.start:s.end], applicationRefused)) {
		return true
	}
	first, _, _ := strings.Cut(r.d.low[m.start:m.end], " ")
	if m.p.category != "fee" && m.p.rule != "forbidden-request" && m.p.rule != "pay-history" && !slices.Contains(requestVerbs, first) {
		return false
	}
	low := r.d.low
	from := runeStart(low, max(0, m.start-48))
	if s := r.a.sentenceAt(m.start); s.start < s.end && s.start > from {
		from = s.start
	}
	clause := low[from:m.start]
	if i := strings.LastIndexAny(clause, ",;:"); i >= 0 {
		// An item of a list shares the verb that opens it: "do not
		// include a photo, date of birth or SIN". Items are short and
		// have no verb of their own; the list is read from its verb when
		// that verb is denied.
		for k, end := i, len(clause); k >= 0 && clause[k] == ','; {
			if item := clause[k+1 : end]; len(strings.Fields(item)) > 6 || hasAnyWord(item, requestVerbs) {
				break
			}
			end, k = k, strings.LastIndexAny(clause[:k], ",;:")
			if slices.ContainsFunc(apostropheWords(clause[k+1:end]), negation) {
				i = k
				break
			}
		}
		clause = clause[i+1:]
	}
	if containsAny(clause, notDenials) {
		return false
	}
	if s := r.a.sentenceAt(m.start); s.start < s.end {
		// "Applications without salary history will not be considered":
		// an application refused without it is one that must give it.
		// Unless it refuses those that give it: "do not include a photo;
		// applications with one will not be considered".
		if containsAny(low[s.start:s.end], applicationRefused) && !containsAny(low[s.start:s.end], givingIt) {
			return false
		}
	}
	if containsAny(clause, denials) {
		return true
	}
	// The clause before the match and the match itself ("the uniform fee
	// is not deducted from your pay")…
	denied := clause
	if m.p.category == "fee" {
		denied += " " + low[m.start:m.end]
	}
	if slices.ContainsFunc(apostropheWords(denied), negation) {
		return true
	}
	// …and the verb right after it ("les frais ne sont jamais à la charge
	// du candidat", "costs are not passed on").
	after := apostropheWords(low[m.end:runeStart(low, min(len(low), m.end+24))])
	if len(after) > 0 && (after[0] == "ne" || negation(after[0]) && after[0] != "no") {
		return true
	}
	// "photo non requise" denies the request; "frais non remboursables"
	// qualifies the fee.
	if len(after) > 1 && after[0] == "non" && slices.Contains(notAskedWords, after[1]) {
		return true
	}
	return len(after) > 1 && slices.Contains([]string{"is", "are", "will", "shall", "would", "est", "sont", "sera", "seront"}, after[0]) &&
		(negation(after[1]) || after[1] == "pas")
}

// apostropheWords splits text into words, keeping apostrophes inside
// them ("n'est", "don't"), with one apostrophe.
func apostropheWords(s string) []string {
	ws := strings.FieldsFunc(s, func(c rune) bool { return !isWordRune(c) && c != '\'' && c != '’' })
	for i := range ws {
		ws[i] = strings.ReplaceAll(ws[i], "’", "'")
	}
	return ws
}

// negation says whether w denies what follows it.
func negation(w string) bool {
	return slices.Contains(negations, w) || strings.HasSuffix(w, "n't") || strings.HasPrefix(w, "n'")
}

// publicWords name the people a job serves: an age or a health condition
// right after one ("young people aged 11 to 19", "personnes en perte
// d'autonomie") describes them, not the candidate.
var publicWords = []string{"people", "persons", "children", "kids", "pupils", "students", "patients", "residents", "clients",
	"customers", "users", "learners", "adults", "teenagers", "youth", "families", "participants", "jeunes", "enfants",
	"personnes", "élèves", "étudiants", "résidents", "usagers", "bénéficiaires", "public", "publics", "adolescents",
	"mineurs", "aînés", "seniors", "familles", "adultes", "boys", "girls", "teens", "pupils", "guests", "visitors",
	"ados", "collégiens", "lycéens", "écoliers", "tweens", "jeunesse", "adolescentes", "swimmers", "players", "athletes", "juniors",
	"nageurs", "joueurs", "joueuses", "sportifs", "sportives", "supporters", "fans", "spectateurs", "spectators",
	"members", "tenants", "patrons", "filles", "garçons", "clientèle", "clientes", "patientes", "résidentes", "femmes", "hommes", "women", "men",
	// the volunteers an organisation already has, described
	"bénévoles", "volunteers",
	// the buyers a gallery or a shop sells to: "nos collectionneurs sont étrangers"
	"collectionneurs", "collectionneuses", "collectors", "acheteurs", "acheteuses", "buyers",
	// one of the public ("every guest who looks under 30"), and the public
	// as a whole ("a crowd that ranges from retirees to young professionals")
	"guest", "customer", "client", "patient", "patron", "visitor", "diner", "diners", "shopper", "shoppers", "crowd", "clientele",
	"regulars", "audience", "audiences", "readers", "listeners", "viewers", "fans", "auditoire", "auditeurs", "auditrices",
	"cible", "lectorat", "téléspectateurs", "client·e·s", "cliente", "patiente", "usager", "usagère",
	// people a service is for, named by their situation
	"mothers", "fathers", "parents", "mums", "dads", "mères", "pères", "mamans", "papas", "survivors", "victims", "victimes", "carers",
	"aidants", "tourists", "touristes", "travellers", "voyageurs", "passengers", "passagers", "pensioners", "retraités", "veterans",
	"refugees", "réfugiés", "migrants", "offenders", "detainees", "détenus", "détenues", "prisoners", "inmates", "couples", "babies",
	"bébés", "toddlers", "infants", "mourners", "widows", "veuves", "claimants", "jobseekers", "patientèle", "membres", "adhérents", "adhérentes",
	// who a sports or leisure business serves: "a loyal crew of climbers in their sixties"
	"climbers", "grimpeurs", "grimpeuses", "golfers", "golfeurs", "cyclists", "cyclistes", "walkers", "hikers", "randonneurs",
	"skiers", "skieurs", "surfers", "divers", "plongeurs", "skaters", "patineurs", "bowlers", "paddlers", "sailors", "gym-goers",
	// the people a campaign or a product aims at: "notre campagne vise en
	// priorité les 18-35 ans, qui représentent moins de 10 % de nos donateurs"
	"donateurs", "donatrices", "donors", "abonnés", "subscribers", "followers", "consommateurs", "consumers", "acheteurs",
	"buyers", "prospects", "campagne", "campaign",
	// a programme or a publication made for them: "le magazine destiné aux 15-25 ans"
	"magazine", "émission", "podcast", "newsletter", "rubrique", "show"}

// candidateWords name the candidate: looking back for the public served
// stops at one ("pour nos clients, vous avez moins de 30 ans").
var candidateWords = []string{"vous", "you", "your", "votre", "you're", "you’re", "you'll", "you’ll", "candidat", "candidate", "candidates", "candidats", "candidate·s",
	"applicant", "applicants", "must", "devez", "doit", "should", "profil", "profile", "recherchons", "cherchons", "seeking", "looking", "seek",
	// a hiring verb: what follows it is the person hired
	"recrutons", "recrute", "recrutent", "recherche", "cherche", "seeks", "need", "needs", "embauchons", "embauche", "hiring", "hire", "hires", "recruiting", "recruit", "employ", "employing",
	// a preference or a selection the employer states: "nous privilégions les personnes…"
	"préférons", "privilégions", "privilégie", "privilégient", "favorisons", "favorise", "retenons", "retiendrons", "retiendra",
	// the public's preference is the criterion: "our clients prefer women"
	"prefer", "prefers", "préfèrent", "préfère", "feel", "feels", "comfortable", "confient", "rather", "want", "wants", "veulent",
	"request", "requests", "requested", "demandent", "expect", "expects", "attendent", "trust", "trusts", "deserve",
	"deserves", "respond", "responds", "font confiance", "apprécient", "love", "loves", "aiment", "adorent",
	// a selection verb or bound: what follows it is who is selected
	"considering", "consider", "interview", "interviewing", "shortlist", "shortlisting", "accept", "accepting", "only", "uniquement",
	// a call for people: "Strong blokes wanted", "Serveuse demandée"
	"wanted", "needed", "required", "sought", "demandé", "demandée", "recherché", "recherchée", "recherchés", "recherchées"}

// servedBefore says whether the words just before offset at, in its
// sentence, name the public the job serves ("un public de trentenaires
// et de quadragénaires", "a club for boys aged 11 to 16"): eight words
// back at most (a public may be listed: "from retired dockers to young
// professionals"), and none naming the candidate on the way.
func (r *run) servedBefore(at int) bool {
	low := r.d.low
	s := r.a.sentenceAt(at)
	from := max(s.start, at-60)
	if s.end <= s.start {
		from = max(0, at-60)
	}
	before := strings.Fields(low[runeStart(low, from):at])
	for i := len(before) - 1; i >= 0 && i >= len(before)-8; i-- {
		if i < len(before)-1 && strings.Contains(before[i], ")") {
			return false // an aside closed before the words: "(10 cots, children 3 months to 3), we hire a…"
		}
		if i < len(before)-1 && strings.ContainsAny(before[i], ":;") {
			// another clause ("l'énergie de nos voyageurs : on a tous moins
			// de 30 ans"), unless a label names the public before the colon
			// ("Notre cible : les 18-30 ans")
			w := strings.TrimRight(before[i], ":;")
			if w == "" && i > 0 {
				w = before[i-1]
			}
			return slices.Contains(audienceWords, strings.Trim(w, ",.()'’"))
		}
		w := strings.Trim(strings.TrimSuffix(strings.TrimSuffix(before[i], "'s"), "’s"), ",.:;()'’")
		if slices.Contains(publicWords, w) {
			// "only considering people living in…", "nous recrutons des
			// personnes…": people a selection word names are the ones hired.
			for j := i - 1; j >= 0 && j >= i-2; j-- {
				if w := strings.Trim(before[j], ",.:;()'’"); slices.Contains(candidateWords, w) || slices.Contains(suitsWords, w) ||
					slices.Contains(reservedWords, w) && j > 0 && slices.Contains(reservedPosts, strings.Trim(before[j-1], ",.:;()'’")) ||
					w == "on" && j > 0 && before[j-1] == "take" {
					return false // "we can only take on people with…", "idéal pour étudiants de 18 à 25 ans"
				}
			}
			return true
		}
		if slices.Contains(candidateWords, w) {
			return false
		}
	}
	return false
}

// suitsWords, just before the people they name, say whom the job suits
// or whose applications it takes: "Idéal pour étudiants…", "perfect for
// students…", "des candidatures de personnes qui…".
var suitsWords = []string{"idéal", "idéale", "ideal", "parfait", "parfaite", "perfect", "suits", "suited", "best", "candidatures",
	"applications"}

// leaveOut invite applicants to leave data out of what they send.
var leaveOut = []string{"may remove", "may redact", "may omit", "need not include", "do not include", "don't include",
	"don't need to include", "do not need to include", "no need to include", "don't have to include", "do not have to include",
	"vous pouvez omettre", "vous pouvez retirer", "n'indiquez pas", "ne pas indiquer"}

// lackingIt describe an application by what it leaves out.
var lackingIt = []string{"that do not include", "that don't include", "which do not include", "which don't include",
	"that does not include", "that doesn't include", "which does not include", "which doesn't include"}

// givingIt describe an application by what it includes.
var givingIt = []string{"applications with ", "applications that include", "applications including", "applications containing",
	"cvs with ", "resumes with ", "résumés with ", "candidatures avec ", "candidatures comportant", "candidatures contenant", "cv avec "}

// applicationRefused say an application lacking something is refused.
var applicationRefused = []string{"will not be considered", "won't be considered", "not be considered", "will be rejected",
	"will not be processed", "ne seront pas étudiées", "ne seront pas examinées", "ne seront pas traitées", "ne seront pas retenues",
	"ne sera pas étudiée", "ne sera pas examinée", "ne sera pas retenue"}

// equalOpportunityIn and exclusionIn say whether text holds one of
// equalOpportunity, one of exclusionWords: lists of a hundred words or so,
// which the law rules look for in the sentence of every term they find,
// read in one pass of their tries rather than word after word.
func equalOpportunityIn(text string) bool { return equalOpportunityTrie().in(text) }
func exclusionIn(text string) bool        { return exclusionTrie().in(text) }

// The tries are built at `go generate` (tries_snapshot.go): a run that
// lints reads them where they lie, where building them cost every render
// about a tenth of a millisecond.
func equalOpportunityTrie() *trie { return &equalOpportunitySnapshot }
func exclusionTrie() *trie        { return &exclusionSnapshot }

// exclusionWords turn people away: a sentence holding one is about who may
// apply, even when it names them as a public would ("les bénéficiaires
// d'une RQTH ne pourront pas être retenus").
var exclusionWords = []string{"ne pourront", "ne seront", "ne sont pas", "pas retenu", "s'abstenir", "s’abstenir", "passez votre chemin",
	"non adapté aux", "non adaptée aux", "pas adapté aux", "pas adaptée aux", "non accessible aux", "pas accessible aux",
	"passe ton chemin",
	// a preference among applicants selects as a refusal does
	"priorité aux personnes", "priorité aux candidat", "priorité sera donnée", "priorité donnée aux", "préférence sera donnée",
	"priority will be given", "priority given to", "priority to applicants", "priority to candidates", "priority to people",
	"preference will be given", "preference given to",
	"need not apply", "not for you", "pas pour vous", "pas pour toi", "not the job for", "not a job for", "will not be considered", "not accepted", "cannot be accepted", "not eligible", "not suitable", "unsuitable", "not suited to", "not suited for", "isn't a role for", "is not a role for", "not a role for",
	// "If you're …, this isn't the crew for you"
	"isn't the job for", "isn't the crew for", "isn't the team for", "isn't the place for", "isn't the role for", "isn’t the job for", "isn’t the crew for", "isn’t the team for", "isn’t the place for", "isn’t the role for", "not the crew for", "not the team for", "not the place for",
	"won't consider", "will not consider", "cannot consider", "can't consider", "unable to consider", "not able to consider", "unable to accept", "not be considered", "won't be considered",
	"not be shortlisted", "non acceptée", "non accepté", "non retenue", "non retenu", "ne sera pas", "ne seront pas", "n'est pas compatible",
	"n’est pas compatible", "incompatible avec", "not compatible with", "no room for", "pas de place pour",
	// "… ne peuvent pas postuler", "… may not apply": applying refused
	"ne peuvent pas postuler", "ne peut pas postuler", "ne peuvent postuler", "ne pas postuler", "pas la peine de postuler",
	"inutile de postuler", "cannot apply", "can't apply", "may not apply", "should not apply", "shouldn't apply", "do not apply",
	"please don't apply", "not able to apply",
	// a group preferred turns the others away: "les personnes sans enfants
	// seront privilégiées", "people with no ties will be given priority"
	"seront privilégié", "sera privilégié", "seront préféré", "sera préféré", "seront prioritaire", "auront la priorité",
	"retenus en priorité", "retenues en priorité", "will be preferred", "will be favoured", "will be favored",
	"will be prioritised", "will be prioritized", "will be given priority", "will be given preference", "given preference"}

// excludes says whether the sentence at offset at turns people away: an
// exclusion said, or a sentence that opens with "no" ("No gypsies or
// travellers, sorry", "Pas de syndicalistes").
// The answer is kept for the last sentence asked about: a sentence's
// terms are read one after the other.
func (r *run) excludes(at int) bool {
	s := r.a.sentenceAt(at)
	if s.start >= s.end {
		return false
	}
	// A clause of the sentence may open with the refusal: "petite
	// précision : pas de personnes hébergées en foyer".
	if k := strings.LastIndexAny(r.d.low[s.start:at], ",;:"); k >= 0 && refusal(strings.TrimLeft(r.d.low[s.start+k+1:s.end], " ")) {
		return true
	}
	if s == r.excluding.s {
		return r.excluding.yes
	}
	text := r.d.low[s.start:s.end]
	yes := exclusionIn(text) || excluding(text) || refusal(text)
	r.excluding.s, r.excluding.yes = s, yes
	return yes
}

// refusal says whether text opens by turning people away ("no …", "pas
// de …"); "pas de limite d'âge pour …", "no upper age limit for …" lift a
// bound for the people named, the opposite.
func refusal(text string) bool {
	lifted := strings.HasPrefix(text, "pas de limite") || strings.HasPrefix(text, "no limit") || strings.HasPrefix(text, "no upper") ||
		strings.HasPrefix(text, "no age limit")
	return !lifted && (strings.HasPrefix(text, "no ") || strings.HasPrefix(text, "pas de ") ||
		strings.HasPrefix(text, "pas d'") || strings.HasPrefix(text, "pas d’"))
}

// excluding says whether text turns people away with a form of "exclude"
// ("exclu·es", "excluded", "exclure"): "exclusion" and "exclusive" name
// what the public lives through ("exclusion from school") or a
// contract, not a refusal.
func excluding(text string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], "exclu")
		if k < 0 {
			return false
		}
		i += k + len("exclu")
		before, _ := utf8.DecodeLastRuneInString(text[:i-len("exclu")])
		if !isWordRune(before) && !strings.HasPrefix(text[i:], "si") {
			return true
		}
	}
}

// housingWords name a home the job comes with.
var housingWords = []string{"logement", "logé", "appartement", "maison de fonction", "housing", "accommodation", "cottage", "flat ", "apartment"}

// tenancyCosts are the running costs of a home, right before the words
// that leave them to the tenant.
var tenancyCosts = []string{"charges", "loyer", "utilities", "electricity", "électricité", "chauffage", "heating", "rent "}

// employerPays, before a fee in its sentence, make it the employer's to
// pay, or the applicant's to be paid.
var employerPays = []string{"we pay", "we also pay", "we'll also pay", "also pay for", "we'll pay", "we’ll pay", "we will pay", "we cover", "we fund", "we reimburse", "will reimburse", "reimburses", "'ll reimburse", "’ll reimburse", "'ll cover", "’ll cover", "we refund", "will refund", "'ll refund", "’ll refund", "covers the", "covers your", "paid by us",
	"at our expense", "at no cost to you", "nous payons", "nous prenons en charge", "nous remboursons", "à nos frais", "à notre charge",
	"pris en charge par l'employeur", "paid one-day", "paid trial", "paid test", "paid assessment", "paid task",
	"test rémunéré", "essai rémunéré", "journée d'essai rémunérée", "at the company's expense", "paid by the company",
	"company-paid", "employer-paid",
	// "la prise en charge des cours et des frais d'inscription au Barreau"
	"prise en charge des", "prise en charge de", "prise en charge du", "coverage of",
	// "the firm will sponsor the application fee"
	"will sponsor", "we sponsor", "sponsors the", "sponsors your", "nous finançons", "finance votre", "financera",
	// "the firm pays registration and exam fees"
	"firm pays", "company pays", "employer pays", "practice pays", "business pays", "club pays", "school pays", "council pays",
	"trust pays", "hospital pays", "agency pays", "bank pays", "group pays"}

// minors says whether text names people under 18 or younger as a group
// ("under-18s", "under 16s").
func minors(text string) bool {
	i := strings.Index(text, "under")
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(text[i+len("under"):], " -")
	d := 0
	for d < len(rest) && isDigit(rest[d]) {
		d++
	}
	if d == 0 || d > 2 || d >= len(rest) || rest[d] != 's' && !strings.HasPrefix(rest[d:], "'s") {
		return false
	}
	n, _ := strconv.Atoi(rest[:d])
	return n <= 18
}

// paidByOthers, after a fee in its sentence, say someone other than the
// applicant pays it.
var paidByOthers = []string{"pris en charge", "prise en charge", "intégralement financé", "financé par", "financée par",
	"financés par", "payé par l'employeur", "payés par l'employeur", "paid by the employer", "paid by us", "funded by the",
	"aucun frais pour", "at no cost to", "sans frais pour", "is on us", "are on us",
	// "à la charge de l'entreprise": the cost named, then who bears it
	"de l'entreprise", "de l’entreprise", "de l'employeur", "de l’employeur", "de la société", "de notre société", "de l'agence",
	"of the company", "of the employer",
	// "your registration fee and indemnity paid by the practice"
	"paid by the practice", "paid by the clinic", "paid by the hospital", "paid by the school", "paid by the club",
	"paid by the firm", "paid by the company", "paid by the trust", "paid by the council", "paid by the agency",
	"payés par la clinique", "payé par la clinique", "payée par la clinique", "payées par la clinique", "payés par le cabinet",
	"payé par le cabinet", "payés par l'entreprise", "payé par l'entreprise", "payés par la société", "payés par nous", "payé par nous",
	"payés par l'employeur", "payées par l'employeur", "payée par l'employeur"}

// payerNamed name who pays, inside a fee read to its sum.
var payerNamed = []string{"pris en charge par", "prise en charge par", "financé par", "financée par", "financés par", "financées par",
	"funded by"}

// candidatePays name the applicant as the payer.
var candidatePays = []string{"par le candidat", "par la candidate", "par les candidat", "par vous", "par le salarié", "par la salariée",
	"by the candidate", "by the applicant", "by you", "by the employee"}

// foreignWords name applicants from abroad.
var foreignWords = []string{"foreign", "étranger", "étrangère", "overseas", "international", "non-eu", "non-uk", "non-us", "expat"}

// lawfulNationality mark a sentence where nationality is a way to hold the
// right to work, or a condition the law sets for the post.
// sponsorRefused refuse to obtain a permit: beside a nationality asked
// ("Nationalité française ou européenne exigée, nous ne faisons pas les
// démarches de titre de séjour"), those who hold one already are turned
// away too, unless the sentence asks for the right to work itself.
var sponsorRefused = []string{"ne faisons pas les démarches", "ne faisons aucune démarche", "pas de démarches", "ne parrainons pas",
	"no sponsorship", "not sponsor", "cannot sponsor", "can't sponsor", "won't sponsor", "unable to sponsor", "don't sponsor", "do not sponsor", "does not sponsor"}

// rightToWork ask for the right to work, which any holder of it has.
var rightToWork = []string{"right to work", "right-to-work", "eligible to work", "entitled to work", "authorised to work", "authorized to work",
	"droit de travailler", "autorisé à travailler", "autorisée à travailler", "autorisé·e à travailler", "autorisé(e) à travailler",
	"autorisation de travail", "work authori"}

// lawfulNationality make a condition on nationality lawful: the right to
// work, a permit, a post the law reserves.
var lawfulNationality = slices.Concat(rightToWork, []string{"allowed to work", "residence permit", "permit that allows",
	"allows salaried work", "eu/eea", "eea or swiss", "eu/efta", "ue/aele", "work permit", "permis de travail", "permis de séjour",
	"condition légale", "required by law", "exigée par la loi", "imposée par la loi", "prévue par la loi", "statut de la fonction publique",
	"security clearance", "habilitation", "fonction publique", "fonctionnaire", "civil service", "public service",
	// the pass or visa a foreign national needs to work
	"employment pass", "work pass", "s pass", "work visa", "visa sponsorship", "sponsor", "skilled worker visa",
	// the permit procedures the employer takes on: "notre service se charge des démarches auprès de la préfecture"
	"se charge des démarches", "nous chargeons des démarches", "nous nous chargeons des démarches",
	"titre de séjour", "autorisation de séjour et de travail", "permis unique", "employment permit", "stamp 4",
	// the condition lifted ("ces conditions ne s'appliquent pas, pour la nationalité, au recrutement contractuel")
	"ne s'appliquent pas", "ne s'applique pas", "do not apply", "does not apply",
	// export control keeps some technical data to a country's own people
	"itar", "export control", "export-control", "traffic in arms", "deemed export", "limited by federal law",
	// a priority the law of the place sets, cited (Monaco's Loi n° 629 of 1957)
	"priorité légal", "ordre de priorité légal", "priorité d'embauche légale", "legal order of priority", "statutory priority"})

// personCondition, in a sentence, make what it names a condition on the
// person sought, even among the job's duties.
var personCondition = []string{"only", "must be", "should be", "need to be", "needs to be", "considered", "candidat", "applicant",
	"you are", "you're", "you’re", "uniquement", "seul", "doit être", "devez être", "vous êtes", "tu es", "retenu", "postul"}

// legalSource names a law as the reason for a condition: an age the law
// sets (alcohol service, a driving licence class, night work of minors).
var legalSource = []string{"âge légal", "legal age", "legal minimum", "minimum légal", "required by law", "by law", "imposé par la loi",
	"imposée par la loi", "prévu par la loi", "prévue par la loi", "code de la route", "code du travail", "code de la santé", "licensing act",
	"licensing law", "state law", "federal law", "statutory", "federal minimum", " cfr ", "réglementation", "réglementaire", "regulation", "décret", "arrêté du", "arrêté ministériel", "arrêté préfectoral", "arrêté royal", "art. r", "art. l",
	"child labor", "child labour", " act 19", " act 20", "(employment) act", "exigences prudentielles", "prudential", "honorabilité professionnelle", "fit and proper",
	"as required under", "required under the", "driver authorisation", "driver authorization",
	// any law named as what requires it: "California law (Business &
	// Professions Code) requires bartenders to be 21"
	"law requires", "laws require", "law) requires", "code) requires", "act requires", "legally required", "legal requirement",
	"required by the", "as required by", "la loi impose", "la loi exige", "obligation légale", "exigé par la loi", "exigée par la loi",
	// a statute cited by its section: "C.R.S. § 22-32-109.8", "42 U.S.C. 12112"
	"§", "u.s.c.", "c.r.s.", "rcw ",
	// a Swiss or Belgian ordinance, the protection of young workers
	"ordonnance", "olt 5", "travaux dangereux", "jeunes travailleurs"}

// afterOffer says a request comes once the job is offered.
var afterOffer = []string{"after an offer", "after the offer", "conditional offer", "offer of employment", "post-offer", "once an offer",
	"after offer", "offer has been made", "offer is made", "after we make", "promesse d'embauche", "offre conditionnelle", "once hired", "once you are hired", "once you're hired", "on your first day",
	"on your start date", "at onboarding", "during onboarding", "part of onboarding", "as part of your onboarding", "after you accept", "après l'embauche", "après l’embauche",
	"après votre embauche", "une fois embauché", "le jour de votre arrivée", "lors de votre intégration", "après acceptation",
	"au stade de l'embauche", "au moment de l'embauche", "at the hiring stage", "at the point of hire", "au stade de l'offre",
	"à l'étape de l'offre", "au moment de l'offre", "au candidat retenu", "à la personne retenue", "at offer stage", "at the offer stage"}

// recordChecks name a check of the applicant's record or debts.
var recordChecks = []string{"poursuite", "casier", "record", "antécédent", "credit", "crédit", "background", "faillite", "bankrupt"}

// offered says whether a sentence places its request once the job is
// offered: "before an offer is made" places it before.
func offered(sentence string) bool {
	return containsAny(sentence, afterOffer) && !containsAny(sentence, beforeOffer)
}

// beforeOffer place a request before the job is offered.
var beforeOffer = []string{"before an offer", "before the offer", "before any offer", "prior to an offer", "prior to the offer",
	"prior to any offer", "avant l'offre", "avant toute offre", "avant la promesse d'embauche", "avant l'embauche"}

// jobsWork say a sentence describes the work the job does for others.
var jobsWork = []string{"laborato", "our lab ", "notre labo", "vous accompagnez", "vous accompagnerez", "you will support", "you support",
	"accompagner les", "accompagner des", "accompagnement des", "you will help", "you help", "vous aidez", "vous conseillez",
	"you will advise", "you advise", "for hospitals", "pour les hôpitaux", "for patients", "pour les patients", "for our patients",
	"auprès des habitants", "auprès des familles", "auprès des bénéficiaires", "with residents", "with tenants",
	// files the job handles: "vous instruisez les dossiers de surendettement"
	"vous analysez", "vous analyserez", "vous instruisez", "vous traitez", "vous traiterez", "vous étudiez", "you will assess",
	"you assess", "you will review", "you review", "you will process", "you process", "you will handle", "you handle"}

// feesHandled say the job collects or handles a fee others pay.
var feesHandled = []string{"vous encaissez", "vous collectez", "vous traitez", "vous gérez", "you will collect", "you collect",
	"you will process", "you process", "you will handle", "you handle", "you will manage", "you manage", "from customers",
	"from clients", "from students", "from tenants", "from members", "des clients", "des élèves", "des locataires", "des adhérents",
	"de nos clients", "of our customers", "our customers'", "clients'"}

// recordWords name a criminal record.
var recordWords = []string{"criminal", "conviction", "felon", "casier", "condamn", "antécédents judiciaires", "offender"}

// apprenticeContracts name a contract whose age conditions the law sets,
// not the people it hires ("mentor apprentices on the crew").
var apprenticeContracts = []string{"apprentissage", "apprenticeship", "alternance", "contrat de professionnalisation"}

// notAskedWords, after "non", deny a request: "photo non requise".
var notAskedWords = []string{"requis", "requise", "requises", "obligatoire", "obligatoires", "exigé", "exigée", "exigés", "exigées",
	"demandé", "demandée", "demandés", "demandées", "nécessaire", "nécessaires", "souhaité", "souhaitée", "required", "needed"}

// apprenticeshipsServed name an apprenticeship the candidate completed,
// a qualification asked, not the contract offered: "une attestation de
// libération d'apprentissage".
var apprenticeshipsServed = strings.NewReplacer("libération d'apprentissage", "", "fin d'apprentissage", "",
	"certificat d'apprentissage", "", "completed apprenticeship", "", "completed an apprenticeship", "",
	"completed your apprenticeship", "", "served an apprenticeship", "", "served your apprenticeship", "", "apprenticeship completed", "")

// apprenticeWords name the contract or the person it hires.
var apprenticeWords = slices.Concat([]string{"apprenti", "apprentice"}, apprenticeContracts)

// apprenticeship says whether the job is an apprenticeship, the contract
// whose age bounds and pay the law sets: the contract named in the
// posting, or an apprentice named in its title or in the sentence at
// offset at (-1 for none). A posting whose hire will mentor apprentices
// hires no apprentice.
func (r *run) apprenticeship(at int) bool {
	low := r.d.low
	if containsAny(low, apprenticeContracts) && containsAny(apprenticeshipsServed.Replace(low), apprenticeContracts) {
		return true
	}
	for _, t := range r.d.titles() {
		if t.start >= 0 && containsAny(low[t.start:t.end], apprenticeWords) {
			return true
		}
	}
	if at < 0 {
		return false
	}
	s := r.sentenceAround(span{at, at})
	return containsAny(low[s.start:s.end], apprenticeWords)
}

// audienceAfter says whether the clause after offset end names the
// audience a medium or a brand aims at: the ages before it are theirs.
func audienceAfter(low string, end int) bool {
	return containsAny(low[end:clauseEnd(low, end)], audienceWords)
}

// audienceWords name the audience a medium or a brand aims at.
var audienceWords = []string{"cible", "target audience", "target market", "our audience", "notre audience", "nos auditeurs",
	"our listeners", "our readers", "nos lecteurs", "our viewers", "nos téléspectateurs", "notre lectorat", "our readership"}

// ownGrounds are the grounds an employer names about itself or what it
// offers ("mutuelle famille", "our founders' faith"); an appearance named
// among the benefits ("uniforms in sizes 6 to 12") still selects people.
var ownGrounds = []string{"age", "sex", "origin", "health", "family", "religion", "union", "residence", "orientation", "other-ground"}

// notACriterion says whether a phrase match describes something other
// than the candidate: the public the job serves, an age condition the law
// sets for the contract the posting names, a proper name ("Young & Co").
func (r *run) notACriterion(m match) bool {
	low := r.d.low
	// Among the missions, a verb that would ask the candidate for data is
	// the job's task ("signalez les allergies et régimes particuliers"):
	// what it handles is the public's, not the candidate's.
	if m.p.rule == "forbidden-request" && (m.p.category == "health" || m.p.category == "family") && r.d.sectionAt(m.start) == missionsSection {
		return true
	}
	// "Female applicants must not be pregnant": the women named are
	// those the pregnancy question is put to, a finding of its own (family).
	if m.p.category == "sex" && m.p.rule == "discrimination" {
		if s := r.a.sentenceAt(m.start); s.end > s.start && containsAny(low[s.start:s.end], pregnancyWords) && containsAny(low[m.start:m.end], []string{"female", "women", "femme", "ladies"}) {
			return true
		}
	}
	switch m.p.category {
	case "age", "health", "sex", "family", "appearance", "residence", "other-ground":
		// A pronoun ("…de cinq personnes, elle saura conseiller") stands
		// for a person, never for the public before it.
		// Years of experience are the candidate's, whoever the
		// experience was with ("customer experience, but no more than 5
		// years").
		// A dress code by sex names whom it dresses ("suits for the men,
		// skirts for the ladies"): staff, not a public before it.
		if r.servedBefore(m.start) && !r.excludes(m.start) && !holdsPronoun(low[m.start:m.end]) && !selectsFirst(low[m.start:m.end]) &&
			!preferredAfter(low, m.end) && !experienceCap(m) && m.p.what != dressCodeBySex && m.p.what != jobBySex {
			return true
		}
	}
	if m.p.category == "age" && strings.ContainsAny(low[m.start:m.end], "0123456789") && audienceAfter(low, m.end) {
		return true // "une voix qui parle aux 18-30 ans, cœur de cible de notre antenne"
	}
	if m.p.category == "age" {
		// "a BMI under 30", "trucks under 26,001 lbs", "§ 22-32-109": the
		// figure measures something else
		if w, _ := wordBefore(low, m.start); w == "bmi" || w == "imc" || inThousands(low, m.end) || statuteAfter(low, m.end) {
			return true
		}
		// "under-18s may not drive": minors kept from what the law keeps
		// them from, a minimum age, not a maximum; so is "federal child
		// labor rules bar anyone under 18 from operating forklifts"
		if minors(low[m.start:m.end]) {
			return true
		}
		first, _, _ := strings.Cut(low[m.start:m.end], " ")
		if w, _ := wordBefore(low, m.start); slices.Contains(barredWords, w) || slices.Contains(barredWords, first) {
			if s := r.a.sentenceAt(m.start); s.start < s.end && containsAny(low[s.start:s.end], legalSource) {
				return true
			}
		}
	}
	if m.p.category == "appearance" && (adornmentWelcomed(low, m) || sizesProvided(low, m)) {
		return true
	}
	if requirementDenied(low, r.a.sentenceAt(m.start), m.start) {
		return true
	}
	if m.p.category == "origin" && strings.Contains(m.p.what, "mother tongue") {
		// "des élèves de langue maternelle arabe": the mother tongue of
		// the public the job serves, named first, is not the candidate's.
		first, _, _ := strings.Cut(low[m.start:m.end], " ")
		before, at := wordBefore(low, m.start)
		if slices.Contains(publicWords, first) || slices.Contains(publicWords, before) && !strings.ContainsAny(low[at:m.start], "\n.;:") {
			return true
		}
	}
	if slices.Contains(ownGrounds, m.p.category) && !selectsInOwnStory(low, m) && r.employersOwn(m) {
		return true
	}
	// A faith named among the job's duties ("Lead the children in the
	// midday prayer", "teach the foundations of religious practice") is
	// the work, not the person's faith, unless the sentence turns people
	// away.
	if m.p.category == "religion" && r.d.sectionAt(m.start) == missionsSection && !r.excludes(m.start) {
		if s := r.a.sentenceAt(m.start); s.start < s.end && !containsAny(low[s.start:s.end], personCondition) {
			return true
		}
	}
	if s := r.a.sentenceAt(m.start); s.start < s.end {
		if containsAny(low[s.start:s.end], positiveAction) && !hasAnyWord(low[m.start:m.end], exclusives) {
			return true // encouraging a group the workforce lacks to apply; not "only men are encouraged"
		}
		if m.p.category == "fee" && containsAny(low[s.start:s.end], housingWords) && containsAny(low[runeStart(low, max(s.start, m.start-12)):m.end], tenancyCosts) {
			// "logement de fonction gratuit (charges à votre charge)": the
			// running costs of a home the job comes with, paid by whoever
			// lives in it, not a fee to apply
			return true
		}
		// (the payer may be named inside a match read to its sum:
		// "équipement professionnel financé par l'OPCO jusqu'à 500 €")
		if m.p.category == "fee" && (containsAny(low[s.start:m.start], employerPays) || containsAny(low[min(m.end, s.end):s.end], paidByOthers) ||
			containsAny(low[m.start:m.end], payerNamed) && !containsAny(low[m.start:s.end], candidatePays)) {
			// "we pay your annual registration fee", "a paid one-day test
			// edit (€250)", "frais de formation pris en charge par l'OPCO"
			return true
		}
		if m.p.category == "residence" && lawfulFor(m.p.rule, m.p.category, low[s.start:s.end]) {
			// A distance the job needs, with its reason (on-call
			// response, travel time): what the concepts know of it holds
			// for the phrases' wordings too. Other grounds' lawful
			// contexts are read with their own cues, not alone.
			return true
		}
	}
	if m.p.what == "nationality" || m.p.category == "origin" && containsAny(low[m.start:m.end], foreignWords) {
		// Nationality named among the ways to hold the right to work, or
		// as the condition a law sets for the post (police, army); foreign
		// applicants told the pass they need ("will require an
		// Employment Pass").
		if s := r.a.sentenceAt(m.start); s.start < s.end && containsAny(low[s.start:s.end], lawfulNationality) &&
			!(containsAny(low[s.start:s.end], sponsorRefused) && !containsAny(low[s.start:s.end], rightToWork)) {
			return true
		}
	}
	if m.p.category == "personal-data" || m.p.category == "health" && containsAny(low[m.start:m.end], []string{"question", "medical", "médical", "health", "santé"}) {
		// Asked once the job is offered, for payroll or a contract, the
		// data is the employer's to hold, not a condition of applying;
		// a medical questionnaire after a conditional offer is what the
		// ADA and the Equality Act s.60 allow.
		if s := r.a.sentenceAt(m.start); s.start < s.end && offered(low[s.start:s.end]) {
			return true
		}
	}
	if m.p.category == "other-ground" && containsAny(low[m.start:m.end], recordChecks) {
		// A record or a debt register checked once the job is offered is
		// the check the law allows; one a law requires before is a
		// requirement to check (occupational.go).
		if s := r.a.sentenceAt(m.start); s.start < s.end && offered(low[s.start:s.end]) {
			return true
		}
	}
	if m.p.category == "union" && !strings.HasPrefix(m.p.what, "political") && m.p.what != antiUnion && r.selfDescribed(m) {
		return true
	}
	if m.p.category == "residence" && strings.Contains(low[m.start:m.end], "domicili") {
		// "un compte domicilié dans une banque française": the account's
		// bank, a ground of its own (bank domiciliation, L1132-1), not
		// where the candidate lives.
		if s := r.a.sentenceAt(m.start); s.start < s.end && containsAny(low[s.start:s.end], []string{"bancaire", "banque", "bank", "salaire", "salary", "compte", "account"}) {
			return true
		}
	}
	if m.p.category == "union" && !strings.HasPrefix(m.p.what, "political") {
		// "pas de militants politiques": the political ground, found as such
		after := low[m.end:runeStart(low, min(len(low), m.end+40))]
		if (strings.HasPrefix(after, " politique") || strings.HasPrefix(after, " political")) && !strings.Contains(after, "syndic") && !strings.Contains(after, "union") {
			return true
		}
	}
	switch m.p.category {
	case "other-ground", "residence", "health":
		// What the job does for others ("vous accompagnez les habitants
		// des quartiers prioritaires", "our lab runs genetic tests for
		// hospitals") is its work, unless the sentence turns people away.
		if s := r.a.sentenceAt(m.start); s.start < s.end && containsAny(low[s.start:s.end], jobsWork) && !r.excludes(m.start) {
			return true
		}
	}
	if m.p.category == "fee" {
		// A fee the job takes from others ("vous encaissez les frais de
		// dossier des clients") is the customers', not the candidate's.
		if s := r.a.sentenceAt(m.start); s.start < s.end && containsAny(low[s.start:s.end], feesHandled) {
			return true
		}
	}
	if s := r.a.sentenceAt(m.start); s.start < s.end && welcomesEvery(low[s.start:s.end]) {
		return true
	}
	if m.p.category == "sex" && m.p.what != tasksBySex && bothSexes(low, m) {
		return true
	}
	if m.p.what == "sex (a job name in one gender)" && (r.someoneElsesPost(m.start) || withCounterpart(low, m)) {
		return true
	}
	// Tasks split by sex ("des hommes pour le gaulage et des femmes pour
	// le tri") name what each sex is for, not a service for them.
	if (m.p.category == "sex" || m.p.category == "age" || m.p.category == "orientation" || m.p.category == "religion") && m.p.what != tasksBySex && r.serviceFor(m) {
		return true
	}
	if m.p.rule == "discrimination" && r.employersPerson(m) {
		return true
	}
	if m.p.what == "sex (a woman or a man described)" && r.d.Lang == "fr" {
		// "Assistante en détatouage … Vous êtes diplômée": the candidate
		// agrees with the title's gender, which inclusive-title reports
		if _, ok := r.oneGenderTitle(m.span); ok {
			return true
		}
	}
	if (m.p.what == "sex (the job in one gender)" || m.p.what == "sex (a job name in one gender)") && r.titleOneGender(m.span) {
		// "Vendeuse confirmée … nous recrutons une vendeuse": the title
		// already names one gender, and the text repeats it; one problem,
		// the title's. Under an inclusive title the text alone says it.
		return true
	}
	if m.p.category == "age" && (r.ageFloor(m) || r.thingsAge(m) || countsThings(low, m)) {
		return true
	}
	if m.p.category == "age" && r.apprenticeship(m.start) {
		// The apprenticeship's own bounds (16 to 29 in France, with
		// exceptions): every age the match states lies within 15 to 30.
		return agesWithin(low[m.start:m.end], 15, 30) > 0
	}
	// A capitalised single word inside a sentence is a name; one in
	// capitals only is an acronym ("RIB", "NIR"), which means what it says.
	q := r.d.text[m.start:m.end]
	if first, _ := utf8.DecodeRuneInString(q); m.p.category == "age" && unicode.IsUpper(first) && lawTitleAfter(r.d.text[m.end:min(len(r.d.text), m.end+40)]) {
		return true // a statute's name: "the Protection of Young Persons (Employment) Act 1996"
	}
	if (m.p.category == "religion" || m.p.category == "origin") && r.d.Lang == "en" &&
		(!r.personName(m.start, m.end) || m.end < len(r.d.text) && r.d.text[m.end] == ',') {
		// English writes a faith or a people with a capital: "a practising
		// Christian", "ideally Muslim, like the team" (a comma after it
		// ends a clause, not a name)
		return false
	}
	if m.p.what == "bank domiciliation" {
		return false // a bank is named with capitals: "a Barclays account"
	}
	// French capitalises a title's or a heading's first word only: a
	// cliché whose words are capitalised further in names something ("Les
	// Doigts de Fée", a nail salon); a name the cliché is made of stays
	// one ("un vrai MacGyver").
	if first, _ := utf8.DecodeRuneInString(q); m.p.rule == "cliche" && r.d.Lang == "fr" && unicode.IsUpper(first) && midSentence(low, m.start) &&
		strings.ToUpper(q) != q && laterCapital(q) {
		return true
	}
	// A title or a heading capitalises its words ("Customer Care
	// Rockstar", "## Sales Ninja Wanted"): a capital there names no one.
	if capitalised(q) && m.start > 0 && strings.ToUpper(q) != q &&
		!r.inTitle(m.start) && !r.onHeading(m.start) && midSentence(low, m.start) {
		return true
	}
	return false
}

// midSentence says whether offset at of low is inside a sentence, not at
// the start of one, a line or an item (markup aside): a capital there
// names something.
func midSentence(low string, at int) bool {
	i := at
	for i > 0 && (low[i-1] == ' ' || low[i-1] == '*' || low[i-1] == '_') {
		i--
	}
	return i > 0 && !strings.ContainsRune(".!?:;\n-–—•|#(\"«", rune(low[i-1]))
}

// lawTitleAfter says whether the text after a match ends a statute's
// name ("(Employment) Act 1996", " Regulations 1999").
func lawTitleAfter(after string) bool {
	for _, w := range []string{" Act ", " Act,", ") Act", " Regulations", " Ordinance", " Order 19", " Order 20"} {
		if strings.Contains(after, w) {
			return true
		}
	}
	return false
}

// pregnancyWords name a pregnancy, asked about or barred.
var pregnancyWords = []string{"pregnan", "expecting a baby", "planning a baby", "enceinte", "grossesse"}

// laterCapital says whether a word of q after its first starts with a
// capital, an acronym ("ADN") aside.
func laterCapital(q string) bool {
	for i, w := range strings.Fields(q) {
		if c, _ := utf8.DecodeRuneInString(w); i > 0 && unicode.IsUpper(c) && strings.ToUpper(w) != w {
			return true
		}
	}
	return false
}

// capitalised says whether q is one word with a capital, as a name is
// ("Guru"); a run of capitalised words is as often a term the posting
// gives its capitals ("Social Insurance Number").
func capitalised(q string) bool {
	c, _ := utf8.DecodeRuneInString(q)
	return unicode.IsUpper(c) && !strings.ContainsAny(q, " -")
}

// onHeading says whether text offset t is on one of the posting's
// headings, a sentence's full stop aside (a text's first line is read as
// its title whatever it is).
func (r *run) onHeading(t int) bool {
	if !r.d.isHeading(t) {
		return false
	}
	line, _, _ := strings.Cut(r.d.text[t:], "\n")
	return !strings.HasSuffix(strings.TrimSpace(line), ".")
}

// floorBefore and floorAfter, around an age, make it a lower bound: "at least
// 18", "aged 18 or over", "18+", "au moins 18 ans".
var floorBefore = []string{"at least", "minimum age", "minimum of", "over", "au moins", "plus de", "minimum", "âge minimum", "age minimum"}
var floorAfter = []string{"or over", "or older", "and over", "and older", "or above", "+", "ans minimum", "ans ou plus", "ans révolus", "révolus", "accomplis", "ou plus", "et plus", "minimum"}

// personWords name people a clause could select: with none, a clause
// about a union describes the employer ("we're not a union site", "we
// have stayed union-free for 20 years"), which the law lets it say (NLRA
// s.8(c)); refusing or questioning people for their union activity is
// what it forbids.
var personWords = []string{"you", "your", "people", "person", "anyone", "someone", "candidate", "candidates", "applicant", "applicants",
	"staff", "workers", "worker", "employees", "members", "member", "reps", "rep", "representatives", "stewards", "activists",
	"hire", "hires", "hiring", "recruit", "recruiting", "employ", "vous", "votre", "candidats", "candidat", "personnes", "salariés",
	"recrutons", "embauchons", "adhérents", "militants", "délégués", "who", "qui", "those"}

// selfDescribed says whether a union match says a place has no union, in
// a clause that names no one it could select and no stance to keep it
// so in its sentence: the clause runs between commas, semicolons, "and"
// and "but".
func (r *run) selfDescribed(m match) bool {
	low := r.d.low
	s := r.a.sentenceAt(m.start)
	if s.end <= s.start {
		return false
	}
	from, to := s.start, max(s.end, m.end) // a match may run past its sentence
	for _, sep := range []string{",", ";", ":", " and ", " but ", " et ", " mais "} {
		if i := strings.LastIndex(low[from:m.start], sep); i >= 0 {
			from += i + len(sep)
		}
		if i := strings.Index(low[m.end:to], sep); i >= 0 {
			to = m.end + i
		}
	}
	clause := low[from:to]
	return containsAny(clause, siteWords) && !hasAnyWord(clause, personWords) && !containsAny(low[s.start:s.end], keepWords)
}

// welcomesEvery says whether a sentence welcomes every path it lists
// ("Whether you're a school leaver, a parent returning to work or
// changing career, we'll train you"): the stages named are no criterion.
// A question put to the applicant ("tell us whether you are…") is none.
func welcomesEvery(sentence string) bool {
	for _, w := range []string{"whether you're ", "whether you are ", "que vous soyez ", "que tu sois "} {
		i := strings.Index(sentence, w)
		if i < 0 {
			continue
		}
		rest, before := sentence[i+len(w):], sentence[:i]
		return (strings.Contains(rest, " or ") || strings.Contains(rest, " ou ")) &&
			!containsAny(before, []string{"tell us", "let us know", "indicate", "state", "confirm", "précisez", "indiquez", "dites-nous"})
	}
	return false
}

// These are what the phrases of a dress code and of tasks that differ by
// sex find, and those of a job with its sex and a workplace without a
// union, which the checks on the public served and on the employer's own
// story do not excuse.
const (
	dressCodeBySex = "physical appearance (a dress code by sex)"
	tasksBySex     = "sex (tasks split by sex)"
	// a job noun with the sex it is to be held by: "un barbier homme"
	jobBySex = "sex (a job named with a sex)"
	// a workplace said to have no union: the employer's own stance, held
	// against whoever would join one
	antiUnion = "union activity (an anti-union statement)"
)

// reservedWords keep a post for the people they name: "candidatures
// réservées aux personnes domiciliées à Nîmes".
var reservedWords = []string{"réservées", "réservée", "réservés", "réservé", "reserved", "restricted", "limited", "limitées", "limitée"}

// reservedPosts, before a reservedWords, say it is the post or its
// applications that are kept, not a clientele.
var reservedPosts = []string{"candidatures", "candidature", "poste", "postes", "offre", "recrutement", "applications", "job", "position", "role", "vacancy"}

// exclusives make an encouragement a bar: "only male candidates are
// encouraged to apply" turns the others away.
var exclusives = []string{"only", "uniquement", "exclusivement", "seulement", "seuls", "seules"}

// siteWords say a union match is about a place being without a union.
var siteWords = []string{"union-free", "non-union", "nonunion", "union site", "union shop", "union workplace"}

// keepWords, in the sentence, turn a description into a stance
// applicants are told to share: "…and we intend to keep it that way".
var keepWords = []string{"keep it", "keep this", "stay that way", "intend", "remain so", "that way",
	// dealing without a union asked of the hire: "we value people who
	// deal with management directly rather than through a third party"
	"third party", "third-party", "directly with management", "with management directly",
	// "ne sont pas syndiqués et nous tenons à ce que cela continue"
	"continue", "reste ainsi", "rester ainsi", "keep that",
	// a philosophy the candidate must share: "Shares our union-free philosophy"
	"share", "embrace", "believe in", "buy into", "committed to", "aligned with", "partag", "adhér"}

// bothSexes says whether a sex match names everyone ("hiring men and
// women") or a thing made for one sex ("hiring for our women's
// collection"), not a person of one sex sought.
func bothSexes(low string, m match) bool {
	if strings.HasPrefix(low[m.end:], "'s") || strings.HasPrefix(low[m.end:], "’s") {
		return true
	}
	said := low[m.start:m.end]
	return hasAnyWord(said, []string{"men", "man", "male", "males", "boys", "guys", "hommes", "homme"}) &&
		hasAnyWord(said, []string{"women", "woman", "female", "females", "girls", "ladies", "femmes", "femme"})
}

// agesWithin is how many numbers s states, in figures or in words, 0
// when one lies outside lo to hi.
func agesWithin(s string, lo, hi int) int {
	ns := statedNumbers(s)
	for _, n := range ns {
		if n < lo || n > hi {
			return 0
		}
	}
	return len(ns)
}

// ageFloor says whether an age match is a floor of 18 or less: the age
// of majority, below which the law itself restricts work (night work,
// alcohol, licences), so asking for it selects no one on age.
func (r *run) ageFloor(m match) bool {
	low := r.d.low
	if agesWithin(low[m.start:m.end], 14, 18) != 1 {
		return false
	}
	if minorsBarred(low, m) {
		return true
	}
	before := strings.TrimRight(low[runeStart(low, max(0, m.start-16)):m.start], " ")
	said := before + " " + low[m.start:m.end]
	if hasAnyWord(said, []string{"not", "no", "under", "below", "maximum", "max", "than"}) || containsAny(said, []string{"moins de", "pas plus"}) {
		return false // an upper bound: "not over 18", "no more than 18"
	}
	after := strings.TrimLeft(low[m.end:runeStart(low, min(len(low), m.end+24))], " ")
	after = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(after, "years old"), "years of age"), " ")
	for _, w := range floorBefore {
		if strings.HasSuffix(before, w) || strings.Contains(low[m.start:m.end], w+" ") {
			return true
		}
	}
	for _, w := range floorAfter {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// barWords say that what follows is not allowed: "the law does not allow
// young workers under 18 to work at night", "we can't employ anyone
// under 16": the minors the rule bars, a lower bound.
var barWords = []string{"not allow", "n't allow", "not permit", "n't permit", "prohibit", "forbid", "cannot employ", "n't hire", "not hire", "no one", "nobody",
	"can't employ", "may not employ", "not employ", "n'autorise pas", "n'autorisent pas", "interdit", "ne peut pas employer",
	"ne pouvons pas employer", "ne peuvent pas travailler", "ne peut pas travailler"}

// minorsBarred says whether an age match ("under 18", "moins de 18 ans")
// names the minors a bar excludes, said in the words before it.
func minorsBarred(low string, m match) bool {
	q := low[m.start:m.end]
	if !strings.Contains(q, "under") && !strings.Contains(q, "moins de") && !strings.Contains(q, "below") {
		return false
	}
	before := low[runeStart(low, max(0, m.start-60)):m.start]
	if i := strings.LastIndexAny(before, ".;:!?\n"); i >= 0 {
		before = before[i+1:]
	}
	return containsAny(before, barWords)
}

// countsThings says whether the number an age match ends on counts
// something else, by the word after it ("under 60 cm", "up to 30
// covers"): the concepts' ageAfter, read after a phrase's match too.
func countsThings(low string, m match) bool {
	if m.end == m.start || low[m.end-1] < '0' || low[m.end-1] > '9' {
		return false
	}
	after := low[m.end:runeStart(low, min(len(low), m.end+24))]
	for _, w := range ageAfter {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// thingsAge says whether an age ("40-year-old") is a thing's the posting
// already has ("the same 40-year-old mother dough", "our 100-year-old
// building"): a definite or possessive word before it, and no one sought
// in the sentence.
func (r *run) thingsAge(m match) bool {
	low := r.d.low
	if !strings.Contains(low[m.start:m.end], "year") {
		return false
	}
	w, _ := wordBefore(low, m.start)
	if !slices.Contains([]string{"the", "same", "our", "its", "this", "that", "their"}, w) {
		return false
	}
	s := r.a.sentenceAt(m.start)
	if s.end <= s.start {
		return false
	}
	return !hasAnyWord(low[s.start:s.end], []string{"you", "your", "candidate", "candidates", "applicant", "applicants", "hire", "someone", "person", "ideal", "seeking", "looking"})
}

// clip cuts s to n runes, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// pronouns may stand for the job holder, or for someone named before them.
var pronouns = []string{"he", "she", "his", "her", "him", "he'll", "she'll", "he’ll", "she’ll", "il", "elle"}

// otherReferents name whom a pronoun stands for when it is not the job
// holder: the employer, the people it serves, their owner.
var otherReferents = []string{"company", "firm", "business", "shop", "store", "agency", "brand", "founder", "owner", "client",
	"customer", "patient", "resident", "guest", "child", "pupil", "student", "user", "tenant", "visitor", "member",
	"entreprise", "société", "agence", "boutique", "structure", "marque", "enseigne", "association", "fondatrice", "fondateur",
	"propriétaire", "cliente", "patiente", "résidente", "résident", "enfant", "élève", "usager", "usagère", "bénéficiaire",
	"locataire", "visiteuse", "visiteur", "mairie", "commune", "clinique", "mutuelle", "banque", "startup", "start-up",
	"unité", "université", "école", "fondation", "fédération", "collectivité", "ville", "région", "institution",
	"organisation", "coopérative", "plateforme", "university", "school", "foundation", "council", "charity"}

// institutions are otherReferents English calls "it", never "he" or
// "she": "…a counter girl to run the shop. She'll be first in" speaks of
// the hire.
var institutions = []string{"company", "firm", "business", "shop", "store", "agency", "brand", "university", "school", "foundation", "council", "charity"}

// subjectReferents are what "il" stands for in French as often as a
// person, when they are the subject of their sentence: the employer's
// service, premises or group ("Le service des publics conçoit… Il
// dispose d'un budget"); the job holder joins them as an object ("Le
// candidat retenu rejoindra le pôle achats ; il pilotera…").
var subjectReferents = []string{"service", "musée", "atelier", "groupe", "cabinet", "restaurant", "hôtel", "magasin", "club", "centre", "laboratoire",
	"établissement", "réseau", "théâtre", "hôpital", "salon", "domaine", "garage", "commerce", "foyer", "ehpad", "collège",
	"lycée", "département", "pôle", "studio", "festival", "parc", "camping", "siège", "cinéma", "supermarché", "entrepôt",
	// and what "elle" stands for as often: "Certification AMF souhaitée ;
	// à défaut, elle sera préparée…", "Votre candidature… elle sera étudiée"
	"certification", "formation", "habilitation", "prime", "rémunération", "mission", "période", "visite", "attestation",
	"licence", "équipe", "offre", "annonce", "candidature",
	// and the firms French names with a feminine noun: "Sa pharmacie…
	// compte huit préparateur·rices. Elle gère…"
	"pharmacie", "boulangerie", "pâtisserie", "librairie", "crèche", "maison", "ferme", "brasserie", "cuisine", "direction",
	"fromagerie", "biscuiterie", "menuiserie", "imprimerie", "station", "salle", "médiathèque", "bibliothèque", "résidence",
	"concession", "pension", "laverie", "cordonnerie", "épicerie", "usine", "exploitation", "compagnie", "filiale", "cave"}

// holderWords name the job holder.
var holderWords = []string{"candidate", "applicant", "successful", "hire", "postholder", "jobholder", "appointee", "recruit", "someone", "somebody", "soul", "quelqu'un", "future", "futur", "new", "nouvelle", "nouveau",
	"candidat", "recrutée", "recruté", "retenu", "retenue", "titulaire", "collaborateur", "collaboratrice", "recrue", "you", "your", "vous", "votre"}

// otherReferent says whether a match that holds a pronoun ("she will",
// "elle sera", "give him") stands for someone other than the job holder: the
// nearest person named before it, in its sentence or the one before, is
// the company, a client or patient, or a person by name.
func (r *run) otherReferent(m match) bool {
	low := r.d.low
	// The pronoun may open the match ("she will") or close it ("give
	// him a ring"): either way whom it stands for is named before.
	if !holdsPronoun(low[m.start:m.end]) {
		return false
	}
	s := r.a.sentenceAt(m.start)
	if s.start < s.end && holderOpening(low[s.start:m.start]) {
		return false
	}
	from := max(0, m.start-160)
	if s.start < s.end {
		from = s.start
		k := s.start
		for k > 0 && strings.ContainsRune(" \n\t.!?", rune(low[k-1])) {
			k--
		}
		if k > 0 {
			if p := r.a.sentenceAt(k - 1); p.start < p.end && p.start < s.start {
				from = p.start
			}
		}
	}
	from = runeStart(low, max(from, m.start-240))
	// A list item speaks of the job holder on its own: the item before
	// it ("Able to travel to Johor Bahru…") names no one "she" stands for.
	if b := strings.LastIndex(low[:m.start], "\n\n") + 2; b > from && r.d.itemAt(b) {
		from = b
	}
	other, holder := -1, -1
	otherWord := ""
	jobFirst, jobLast, title := r.titleJob()
	for i := from; i < m.start; {
		c, size := utf8.DecodeRuneInString(low[i:])
		if !isWordRune(c) {
			i += size
			continue
		}
		j := i
		for j < m.start {
			c, size := utf8.DecodeRuneInString(low[j:])
			if !isWordRune(c) && c != '-' {
				break
			}
			j += size
		}
		w := strings.TrimSuffix(low[i:j], "s")
		switch {
		// a plural ("réunit 38 collaborateurs") is not whom "il" stands for
		case slices.Contains(holderWords, low[i:j]) || slices.Contains(holderWords, w) && !pluralBefore(low[from:i]):
			holder = i
		// The job the title names ("Le musée recrute un médiateur. Il…"),
		// in the plural too, as a job description names its holders
		// ("Lift Operators load guests. He'll be…"), capitals and all.
		// French counts them apart ("compte huit préparateur·rices.
		// Elle gère…" speaks of the pharmacy).
		case (low[i:j] == jobFirst || low[i:j] == jobLast || w == jobLast) && (i < title.start || i >= title.end) && !slices.Contains(subjectReferents, low[i:j]) &&
			!(r.d.Lang == "fr" && pluralBefore(low[from:i])):
			holder = i
		case slices.Contains(otherReferents, low[i:j]) && !(r.d.Lang == "en" && slices.Contains(institutions, low[i:j])) ||
			r.personName(i, j) && !r.titleOrPlace(low[i:j], m.start):
			// "guests" or "residents" are not whom "he" or "she"
			// stands for: only a referent in the singular is.
			other, otherWord = i, low[i:j]
		case r.d.Lang == "fr" && slices.Contains(subjectReferents, low[i:j]) && r.opensSentence(i):
			// what "il" or "elle" stands for; "he" and "she" stand for a
			// person ("Pro Tools certification is an asset. He must…")
			other, otherWord = i, low[i:j]
		}
		i = j
	}
	if other > holder && s.start < s.end && m.end <= s.end && hasWord(low[m.end:s.end], otherWord+"s") {
		// "…a client sees that day. She will support our clients": the
		// pronoun acts on the people it would stand for, so it is not
		// one of them.
		return false
	}
	return other > holder
}

// pluralDeterminers, before a noun, make it plural; a number does too
// (pluralBefore).
var pluralDeterminers = []string{"les", "des", "nos", "vos", "ses", "leurs", "ces", "plusieurs", "the", "our", "their", "several", "many"}

// pluralBefore says whether the last word of s makes the noun after it
// plural: a determiner, or a number in figures or in words ("onze
// collaborateurs", the written numbers numberword.go reads, and those
// below fifteen).
func pluralBefore(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[len(f)-1], ",.;:()")
	if w == "" || isDigit(w[0]) || slices.Contains(pluralDeterminers, w) {
		return w != ""
	}
	if n, e := numberWord(w, 0); e == len(w) && n > 1 {
		return true
	}
	for _, u := range numberUnits {
		if u.word == w && u.n > 1 {
			return true
		}
	}
	return slices.Contains([]string{"ten", "eleven", "twelve", "thirteen", "fourteen", "dix", "onze", "douze", "treize", "quatorze", "hundred", "cent"}, w)
}

// opensSentence says whether the word at offset i is its sentence's
// subject by place: at most two words ("Le", "Notre nouveau") before it.
func (r *run) opensSentence(i int) bool {
	s := r.a.sentenceAt(i)
	if s.end <= s.start {
		return false
	}
	from := max(s.start, strings.LastIndexByte(r.d.low[:i], '\n')+1) // a heading above runs into the sentence
	if c := strings.LastIndexByte(r.d.low[from:i], ','); c >= 0 {
		from += c + 1 // after an opening phrase: "Fondé en 1991, le cabinet…"
	}
	return len(strings.Fields(r.d.low[from:i])) <= 2
}

// holderOpenings open a sentence with a phrase about the job holder
// ("Reporting to the Head Chef, she will…", "Rattachée à la direction,
// elle…"): the pronoun after its comma is the subject the phrase
// describes, whoever the phrase names.
var holderOpenings = []string{"reporting", "working", "based", "under", "as", "alongside", "within", "supported", "managed",
	"rattaché", "rattachée", "placé", "placée", "sous", "au sein", "en lien", "en binôme", "aux côtés", "en tant que", "intégré", "intégrée"}

// holderOpening says whether before, a sentence's words up to a
// pronoun, is such a phrase closed by a comma.
func holderOpening(before string) bool {
	before = strings.TrimSpace(before)
	if !strings.HasSuffix(before, ",") || strings.Count(before, ",") > 1 {
		return false
	}
	return slices.ContainsFunc(holderOpenings, func(o string) bool {
		return strings.HasPrefix(before, o+" ")
	})
}

// statuteAfter says whether the figure ending at offset i of low is a
// title of a code: "under 49 C.F.R. 391.41", "29 U.S.C. 623".
func statuteAfter(low string, i int) bool {
	rest := strings.TrimLeft(low[i:], " ")
	for _, c := range []string{"c.f.r", "cfr", "u.s.c", "usc"} {
		if strings.HasPrefix(rest, c) {
			return true
		}
	}
	return false
}

// calendarWords are the days and months English capitalises.
var calendarWords = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
	"march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// selectsFirst says whether a match opens with a word that selects the
// person hired ("recherchons de préférence une intervenante"): what it
// names is the candidate, whatever public was named before.
func selectsFirst(s string) bool {
	first, _, _ := strings.Cut(s, " ")
	return slices.Contains(candidateWords, first)
}

// preferredAfter says whether the words right after a match make the
// people before it the ones sought ("Étudiants de 18 à 25 ans de
// préférence"): a public the job serves is not preferred.
func preferredAfter(low string, end int) bool {
	rest := strings.TrimLeft(low[end:], " ,")
	return slices.ContainsFunc(preferredWords, func(w string) bool { return strings.HasPrefix(rest, w) })
}

// preferredWords, right after people, say they are the ones sought.
var preferredWords = []string{"de préférence", "preferred", "preferably", "only", "uniquement", "exclusivement", "souhaité",
	"privilégié", "idéalement", "ideally", "wanted", "welcome to apply", "recherché", "bienvenu"}

// holdsPronoun says whether a match's words hold a personal pronoun.
func holdsPronoun(s string) bool {
	return slices.ContainsFunc(strings.Fields(s), func(w string) bool { return slices.Contains(pronouns, w) })
}

// titleNames says whether the posting's title holds the words of match m
// ("Site Foreman" in the title, "3+ years as a foreman" in the text): the
// title's finding stands for them.
func (r *run) titleNames(m match) bool {
	t, ok := r.englishTitle()
	if !ok {
		return false
	}
	return strings.Contains(r.d.low[t.start:t.end], strings.TrimRight(r.d.low[m.start:m.end], "s"))
}

// openingWords open a sentence before a capitalised name that is not a
// person's ("Our Leeds Depot", "The Grand Hotel", "Notre Groupe").
var openingWords = []string{"our", "the", "a", "an", "at", "in", "on", "for", "from", "with", "we", "this", "these", "your",
	"their", "its", "join", "about", "welcome", "notre", "nos", "le", "la", "les", "un", "une", "au", "aux", "chez", "dans",
	"pour", "avec", "votre", "vos", "rejoignez", "bienvenue"}

// titleOrPlace says whether a capitalised word is one of the posting's
// job title or a place: "an experienced Legal Secretary", "Seattle
// Police" name the job or a town, not a person a pronoun could stand for.
// A title that holds the pronoun too is a line of text, not a title.
func (r *run) titleOrPlace(w string, at int) bool {
	if _, ok := places()[w]; ok {
		return true
	}
	t, _ := r.d.mainTitle()
	if len(w) < 3 || t.start < 0 || t.start <= at && at < t.end {
		return false
	}
	for _, tw := range strings.FieldsFunc(r.d.low[t.start:t.end], func(c rune) bool { return !isWordRune(c) }) {
		if tw == w {
			return true
		}
	}
	return false
}

// titleJob is the first and last words of the job the posting's title
// names ("Médiateur culturel", "Chocolate Production Assistant"), where
// the job noun stands, not the field beside it ("sécurité" in "Agent de
// sécurité incendie"), and the title's span; "" for a word shorter than
// three letters or no title.
func (r *run) titleJob() (first, last string, title span) {
	t, _ := r.d.mainTitle()
	if t.start < 0 {
		return "", "", t
	}
	ws := strings.FieldsFunc(jobName(r.d.low[t.start:t.end]), func(c rune) bool { return !isWordRune(c) })
	if len(ws) > 0 {
		first, last = ws[0], ws[len(ws)-1]
	}
	if len(first) < 3 {
		first = ""
	}
	if len(last) < 3 {
		last = ""
	}
	return first, last, t
}

// personName says whether the word at [i, j) of the text is a name: it
// is capitalised, not in capitals only, not the sentence's first word, and
// next to another capitalised word or a comma ("Claire Martin", "Maria,").
func (r *run) personName(i, j int) bool {
	t := r.d.text
	c, _ := utf8.DecodeRuneInString(t[i:])
	if !unicode.IsUpper(c) || strings.ToUpper(t[i:j]) == t[i:j] || strings.IndexFunc(t[i:j], func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	if slices.Contains(calendarWords, strings.TrimSuffix(r.d.low[i:j], "s")) {
		return false // "Monday to Friday, some Saturdays"
	}
	// The next word, when it decides, is capitalised and written in letters.
	next := func() bool {
		if j+1 >= len(t) || t[j] != ' ' {
			return false
		}
		e := j + 1
		for e < len(t) && t[e] != ' ' && t[e] != ',' && t[e] != '.' {
			e++
		}
		w := t[j+1 : e]
		c, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(c) && strings.ToUpper(w) != w && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
	}
	if r.namesAThing(i, j) {
		return false
	}
	k := i
	for k > 0 && t[k-1] == ' ' {
		k--
	}
	if k == 0 || strings.ContainsRune(".!?:;\n-–—•|#(\"«", rune(t[k-1])) {
		// A first word is a name only when another capitalised word
		// follows, and it is not a word a sentence opens with ("Our
		// Leeds depot", "Le Groupe Martin").
		return next() && !slices.Contains(openingWords, strings.ToLower(t[i:j]))
	}
	return j < len(t) && t[j] == ',' || next()
}

// namesAThing says whether the capitalised words around low[i:j] name a
// subject, a product or a qualification rather than a person: a run
// introduced by "including" or "such as" ("passes including Mathematics
// and Physics or Electrical Technology"), or followed by what one learns
// or uses ("Pro Tools certification").
func (r *run) namesAThing(i, j int) bool {
	t, low := r.d.text, r.d.low
	upper := func(at int) bool { c, _ := utf8.DecodeRuneInString(t[at:]); return unicode.IsUpper(c) }
	s, e := i, j
	for { // the list of capitalised words holding low[i:j]: "Mathematics and Physics or Electrical Technology"
		w, at := wordBefore(low, s)
		if w == "and" || w == "or" || w == "et" || w == "ou" {
			if w2, at2 := wordBefore(low, at); w2 != "" && upper(at2) {
				w, at = w2, at2
			}
		}
		if w == "" || !upper(at) || strings.ContainsAny(t[at+len(w):s], ".;:\n") {
			break
		}
		s = at
	}
	for e+1 < len(t) && t[e] == ' ' && upper(e+1) {
		n := e + 1
		for n < len(t) {
			c, size := utf8.DecodeRuneInString(t[n:])
			if !isWordRune(c) {
				break
			}
			n += size
		}
		e = n
	}
	if w, _ := wordBefore(low, s); slices.Contains([]string{"including", "incl", "notamment", "dont"}, w) || strings.HasSuffix(strings.TrimSpace(low[max(0, s-9):s]), "such as") {
		return true
	}
	after := strings.Fields(low[e:min(len(low), e+40)])
	return len(after) > 0 && slices.Contains(thingWords, strings.Trim(after[0], ",.;:()"))
}

// thingWords, after a capitalised name, make it a product or a
// qualification's: "Pro Tools certification", "Adobe Premiere skills".
var thingWords = []string{"certification", "certificate", "software", "skills", "experience", "knowledge", "passes", "qualification",
	"course", "licence", "license", "equipment", "training", "certified", "expertise", "suite", "platform", "app", "diploma"}

// someoneElsesPost says whether the job name at offset at is a post the
// job holder works with, not the job advertised: "report to the
// foreman", "alongside our headmaster".
func (r *run) someoneElsesPost(at int) bool {
	dets := []string{"the", "our", "your", "their", "his", "her"}
	det, i := wordBefore(r.d.low, at)
	if !slices.Contains(dets, det) {
		// a word naming the post's place may stand between: "take
		// direction from the site foreman"
		if det, i = wordBefore(r.d.low, i); !slices.Contains(dets, det) {
			return false
		}
	}
	rel, _ := wordBefore(r.d.low, i)
	return slices.Contains(relationWords, rel)
}

// relationWords, before a job name, make it a colleague's or a client's
// post: "report to the foreman", "work with our chairman".
var relationWords = []string{"to", "with", "alongside", "by", "from", "under", "beside", "assist", "assisting", "support", "supporting",
	"for", "and", "or", "including"}

// serviceWords name a place or a service the employer runs: "le salon
// est réservé aux femmes", "women-only swimming sessions".
var serviceWords = append([]string{"salon", "salons", "gym", "spa", "hammam", "sauna", "piscine", "pool", "salle", "espace", "space",
	"room", "rooms", "vestiaire", "vestiaires", "changing", "boutique", "shop", "clinic", "clinique", "hostel", "refuge", "shelter",
	"prison", "hôpital", "hospital", "cours", "classes", "séances", "sessions", "activités", "activities", "services",
	"résidence", "residence", "hébergement", "accommodation", "helpline", "ligne", "bar", "venue", "établissement", "lieu"}, groupWords...)

// staffWords name the job or the people it hires.
var staffWords = []string{"vous", "you", "your", "votre", "tu", "ton", "candidat", "candidate", "candidats", "candidates", "applicant",
	"applicants", "recrutons", "recrute", "recruiting", "recruit", "hire", "hiring", "embauchons", "staff", "employee", "employees",
	"worker", "workers", "salarié", "salariés", "team", "équipe", "poste", "role", "job", "post", "personnel", "collègue", "colleague",
	"collaborateur", "collaboratrice", "profil", "profile", "must", "devez", "doit", "looking", "seeking", "seek", "recherche",
	"recherchons", "cherche", "cherchons", "need", "needs", "wanted", "requires", "require", "souhaite", "souhaitons"}

// serviceFor says whether match m names whom a place or a service the
// employer runs is for: its sentence names the place or the service,
// the match follows a word that reserves it ("réservé aux", "for",
// "only"), and nothing in the sentence names the job or whom it hires.
func (r *run) serviceFor(m match) bool {
	s := r.a.sentenceAt(m.start)
	if s.end <= s.start {
		return false
	}
	low := r.d.low
	text := low[s.start:s.end]
	if !hasAnyWord(text, serviceWords) || hasAnyWord(text, staffWords) || r.excludes(m.start) {
		return false
	}
	// the word that reserves it stands right before the match, or in it:
	// "réservé aux femmes", "open only to women"
	before := low[runeStart(low, max(s.start, m.start-24)):m.end]
	return containsAny(before, []string{"réservé", "reserved", "dédié", "dedicated", "only", "uniquement", "exclusively",
		"exclusivement", "open to", "ouvert aux", "ouverte aux", "ouverts aux", "ouvertes aux", "accueille", "welcomes", "serves", "serve "})
}

// ownerWords name a person of the employer's: "our founder, a devout
// Sikh", "la gérante, elle-même maman".
var ownerWords = []string{"founder", "founders", "co-founder", "owner", "owners", "ceo", "boss", "chairman", "chairwoman", "fondateur",
	"fondatrice", "fondateurs", "cofondateur", "cofondatrice", "propriétaire", "propriétaires", "patron", "patronne", "gérant", "gérante", "pdg"}

// employersPerson says whether match m describes a person of the
// employer's named just before it, in a sentence that names no one hired.
func (r *run) employersPerson(m match) bool {
	s := r.a.sentenceAt(m.start)
	if s.end <= s.start {
		return false
	}
	low := r.d.low
	before := low[runeStart(low, max(s.start, m.start-40)):m.start]
	if !hasAnyWord(before, ownerWords) {
		return false
	}
	return !hasAnyWord(low[s.start:s.end], staffWords) && !r.excludes(m.start)
}

// genderedPairs are English job names in one gender and the other's.
var genderedPairs = [][2]string{{"barman", "barmaid"}, {"barmen", "barmaids"}, {"waiter", "waitress"}, {"waiters", "waitresses"},
	{"steward", "stewardess"}, {"stewards", "stewardesses"}, {"host", "hostess"}, {"hosts", "hostesses"}, {"salesman", "saleswoman"},
	{"salesmen", "saleswomen"}, {"chairman", "chairwoman"}, {"headmaster", "headmistress"}, {"foreman", "forewoman"},
	{"manager", "manageress"}, {"landlord", "landlady"}, {"actor", "actress"}, {"actors", "actresses"}}

// withCounterpart says whether a job name in one gender is named with
// its counterpart beside it: "Barman / Barmaid", "waiter or waitress".
func withCounterpart(low string, m match) bool {
	w := low[m.start:m.end]
	around := low[runeStart(low, max(0, m.start-24)):runeStart(low, min(len(low), m.end+24))]
	for _, p := range genderedPairs {
		switch w {
		case p[0]:
			if hasWord(around, p[1]) {
				return true
			}
		case p[1]:
			if hasWord(around, p[0]) {
				return true
			}
		}
	}
	return false
}
