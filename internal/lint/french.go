package lint

import (
	"cmp"
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/fr-titles.tsv
var frTitlesTSV string

type titleNoun struct {
	masculine, feminine, inclusive string
	first                          bool // a noun only as the title's first word
	second                         bool // an adjective read only right after the title's first word
	isFeminine                     bool // this entry is looked up by its feminine form
	// rareFeminine: the feminine is seldom in use ("coffreuse"), so the
	// masculine with "H/F" is the form guidance accepts, not a fault.
	rareFeminine bool
}

var frTitles = sync.OnceValue(func() map[string]titleNoun {
	m := make(map[string]titleNoun, 2*strings.Count(frTitlesTSV, "\n"))
	for line := range strings.SplitSeq(frTitlesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		var n titleNoun
		var rest string
		n.masculine, rest, _ = strings.Cut(line, "\t")
		n.feminine, rest, _ = strings.Cut(rest, "\t")
		n.inclusive, rest, _ = strings.Cut(rest, "\t")
		for flag := range strings.SplitSeq(rest, "\t") {
			switch flag {
			case "first":
				n.first = true
			case "second":
				n.second = true
			case "rare":
				n.rareFeminine = true
			}
		}
		m[n.masculine] = n
		n.isFeminine = true
		m[n.feminine] = n
	}
	return m
})

// inclusiveMarks may join a masculine and a feminine ending: chargé·e,
// chargé.e, chargé-e, directeur/trice, chargé(e).
const inclusiveMarks = "·⋅•.-/("

// inclusiveAfter says whether the word that ends at e in title carries a
// feminine ending the lexicon's feminine form ends with.
func inclusiveAfter(title string, e int, n titleNoun) bool {
	r, size := utf8.DecodeRuneInString(title[e:])
	if size == 0 || !strings.ContainsRune(inclusiveMarks, r) {
		return false
	}
	rest := title[e+size:]
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	suffix := rest[:end]
	other := n.feminine
	if n.isFeminine {
		other = n.masculine
	}
	return suffix != "" && (strings.HasSuffix(other, suffix) || suffix == other)
}

func hasWord(s, w string) bool {
	for at := range occurrences(s, w) {
		if boundary(s, at) && boundary(s, at+len(w)) {
			return true
		}
	}
	return false
}

// announces says whether a folded title part only announces a vacancy
// ("offre d'emploi", "on recrute"), naming no job.
func announces(part string) bool {
	part = strings.TrimSpace(strings.TrimRightFunc(part, func(r rune) bool { return !unicode.IsLetter(r) }))
	return slices.Contains(announcements, part)
}

var announcements = []string{"offre d'emploi", "offre d’emploi", "offre", "on recrute", "nous recrutons", "recrutement", "recrute",
	"recrutement urgent", "urgent recrutement", "poste", "intitulé du poste", "intitulé", "job offer", "we're hiring", "we are hiring",
	"hiring", "now hiring", "urgent hiring", "urgently hiring", "now recruiting", "recruiting", "urgent", "urgently", "vacancy",
	"job title", "position", "role", "job", "job opening", "opening", "job vacancy", "job vacancies", "vacancy notice", "job advert", "job ad",
	"poste à pourvoir", "postes à pourvoir", "avis de recrutement", "avis de vacance",
	"vacancies", "offres", "offres d'emploi", "postes", "positions", "roles", "jobs", "job openings", "openings", "careers", "carrières",
	"job advertisement", "advertisement", "job posting", "job announcement", "position vacant", "positions vacant", "situation vacant",
	"situations vacant", "employment opportunity", "job opportunity", "career opportunity", "opportunity", "annonce", "appel à candidatures"}

// genderedTitle returns the first word of a folded title that names one
// gender only, its entry and its offset. A title that names both genders
// with two nouns ("Hôtesse / Steward") names everyone. Plurals are read
// as their singular ("Préparateurs de commandes").
func genderedTitle(title string) (word string, n titleNoun, at int, found bool) {
	lex := frTitles()
	// The job's name is the title's first part: what follows a dash or a
	// bar is a place, a company or a diploma ("– CAP Équipier…").
	// A second job name after the dash is the job's too ("Caviste –
	// Conseiller de vente"): the name runs on while a part opens with one.
	for _, sep := range []string{" – ", " — ", " | ", " - "} {
		from := 0
		for {
			i := strings.Index(title[from:], sep)
			if i < 0 {
				break
			}
			i += from
			// "Pépinières Les Jeunes Pousses – Offre d'emploi": what
			// comes before the announcement is the employer's name.
			if announces(title[i+len(sep):]) {
				return "", titleNoun{}, 0, false
			}
			if !opensWithJobNoun(title[i+len(sep):], lex) {
				title = title[:i]
				break
			}
			from = i + len(sep)
		}
	}
	// A name that says the sex in words ("femme de ménage") names one
	// gender whatever other name stands beside it ("Agent d'entretien /
	// Femme de ménage"), unless its counterpart does.
	for _, m := range markedTitles {
		if i := strings.Index(title, m.name); i >= 0 && !hasWord(title, m.counterpart) {
			return m.name, titleNoun{masculine: m.counterpart, feminine: m.name, inclusive: m.inclusive, isFeminine: m.feminine}, i, true
		}
	}
	first, second := true, false
	var masc, fem, doublet bool
	prev := ""
	for i := 0; i < len(title); {
		r, size := utf8.DecodeRuneInString(title[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		e := i + strings.IndexFunc(title[i:], func(r rune) bool { return !unicode.IsLetter(r) })
		if e < i {
			e = len(title)
		}
		w := title[i:e]
		entry, ok := lex[w]
		// After a noun naming no person, a job word is its adjective:
		// "production fromagère", "industrie laitière", "jardins ouvriers",
		// in the plural too.
		afterThing := thingNouns[prev]
		prev = w
		if !ok && len(w) > 3 && (w[len(w)-1] == 's' || w[len(w)-1] == 'x') {
			entry, ok = lex[w[:len(w)-1]]
		}
		for _, p := range titlePrefixes {
			// "téléconseillère" is "conseillère" with a prefix that has no gender.
			if !ok && strings.HasPrefix(w, p) && len(w) > len(p)+4 {
				entry, ok = lex[w[len(p):]]
			}
		}
		if !ok && first {
			entry, ok = regularNoun(strings.TrimSuffix(w, "s"))
		}
		if afterThing {
			ok = false
		}
		// The second part of a compound whose first is written for
		// everyone ("Entraîneur·euse-chef") is written for everyone too.
		if tok := title[strings.LastIndexByte(title[:i], ' ')+1 : i]; ok && strings.HasSuffix(tok, "-") && strings.Contains(tok, "·") {
			ok = false
		}
		if ok && (!entry.first || first) && (!entry.second || second) && !inclusiveAfter(title, e, entry) {
			other := entry.feminine
			if entry.isFeminine {
				other = entry.masculine
			}
			// After a doublet ("Éducatrice ou éducateur spécialisé"), an
			// adjective agrees with the nearer noun, as guidance allows.
			if hasWord(title, other) || hasWord(title, other+"s") {
				doublet = true
			} else if !doublet {
				if entry.isFeminine {
					fem = true
				} else {
					masc = true
				}
				if !found {
					word, n, at, found = w, entry, i, true
				}
			}
		}
		// The parts of a compound first word after "aide-", "sous-"… are
		// all its first word: "aide-soignante", "sous-directeur".
		wasFirst := first
		first = first && e < len(title) && title[e] == '-' && slices.Contains(compoundHeads, w)
		second = wasFirst && !first
		i = e
	}
	if masc && fem {
		return "", titleNoun{}, 0, false
	}
	return word, n, at, found
}

// markedTitles are job names that state the sex in words, with the word
// of the counterpart that would make a doublet ("Valet ou femme de
// chambre") and a name for everyone.
var markedTitles = []struct {
	name, counterpart, inclusive string
	feminine                     bool
}{
	{"hôtesse de l'air", "steward", "agent·e de bord", true},
	{"femme de ménage", "homme", "agent·e d'entretien", true},
	{"femme de chambre", "valet", "employé·e d'étage", true},
	{"femme de service", "homme", "agent·e de service", true},
	{"homme d'entretien", "femme", "agent·e d'entretien", false},
	{"homme à tout faire", "femme", "agent·e polyvalent·e", false},
}

// thingNouns name no person: the job word after one agrees with it.
var thingNouns = map[string]bool{"production": true, "industrie": true, "filière": true, "ligne": true, "fabrication": true,
	"transformation": true, "cuisine": true, "chaîne": true, "unité": true, "coopérative": true, "entreprise": true, "usine": true,
	"exploitation": true, "ferme": true, "cave": true, "plateforme": true, "boutique": true, "boulangerie": true, "salle": true,
	"activité": true, "pâtisserie": true, "restauration": true, "hôtellerie": true, "assemblage": true, "montage": true,
	"conditionnement": true, "emballage": true, "maintenance": true, "jardins": true, "jardin": true, "cités": true, "cité": true,
	"quartiers": true, "quartier": true, "logements": true, "logement": true, "syndicats": true, "mouvement": true, "classe": true}

// compoundHeads open a compound job title whose second part is its noun.
var compoundHeads = []string{"aide", "sous", "vice", "co"}

// titlePrefixes join a job noun into one word without changing its gender.
var titlePrefixes = []string{"télé", "co"}

// notJobNouns end like job nouns but name no person: a title starting
// with one names its job further on.
var notJobNouns = map[string]bool{"premier": true, "dernier": true, "atelier": true, "chantier": true, "cahier": true,
	"dossier": true, "métier": true, "quartier": true, "courrier": true, "papier": true, "fichier": true, "calendrier": true,
	"janvier": true, "février": true, "entier": true, "particulier": true, "cashier": true, "courier": true, "frontier": true,
	// things and qualities in -eur, no person
	"secteur": true, "moteur": true, "compteur": true, "extérieur": true, "intérieur": true, "supérieur": true, "inférieur": true,
	"honneur": true, "bonheur": true, "valeur": true, "couleur": true, "chaleur": true, "hauteur": true, "longueur": true,
	"largeur": true, "profondeur": true, "vapeur": true, "ordinateur": true, "accélérateur": true, "réacteur": true, "tracteur": true}

// regularNoun reads a title's first word the lexicon does not list by
// the regular French endings of person nouns: -ier, -ière (façadier,
// façadière); -icien, -icienne (acousticien); -eur (affûteur), whose
// feminine is -rice after -at- or -ct- (animatrice, conductrice) and
// -euse mostly elsewhere (affûteuse). That the title names the masculine
// only is certain; an -eur with an irregular feminine (sculptrice,
// ambassadrice) would get a wrong inclusive form, which is why the lexicon
// lists the common ones.
func regularNoun(w string) (titleNoun, bool) {
	if utf8.RuneCountInString(w) < 6 || notJobNouns[w] {
		return titleNoun{}, false
	}
	switch {
	case strings.HasSuffix(w, "ier"):
		return titleNoun{masculine: w, feminine: strings.TrimSuffix(w, "ier") + "ière", inclusive: w + "·ère"}, true
	case strings.HasSuffix(w, "ière"):
		m := strings.TrimSuffix(w, "ière") + "ier"
		return titleNoun{masculine: m, feminine: w, inclusive: m + "·ère", isFeminine: true}, true
	case strings.HasSuffix(w, "icien"):
		return titleNoun{masculine: w, feminine: w + "ne", inclusive: w + "·ne"}, true
	case strings.HasSuffix(w, "icienne"):
		m := strings.TrimSuffix(w, "ne")
		return titleNoun{masculine: m, feminine: w, inclusive: m + "·ne", isFeminine: true}, true
	case strings.HasSuffix(w, "ateur") || strings.HasSuffix(w, "cteur"):
		return titleNoun{masculine: w, feminine: strings.TrimSuffix(w, "eur") + "rice", inclusive: w + "·rice"}, true
	case strings.HasSuffix(w, "eur"):
		return titleNoun{masculine: w, feminine: strings.TrimSuffix(w, "eur") + "euse", inclusive: w + "·euse"}, true
	}
	return titleNoun{}, false
}

// mainTitle is where the text holds the title the caller gives, else its
// first top heading; {-1, -1} when the text does not hold it, and found
// false when the caller's title is not in the text.
func (d *Document) mainTitle() (t span, found bool) {
	if d.Facts != nil && d.Facts.Title != "" {
		if i := strings.Index(d.low, fold(d.Facts.Title)); i >= 0 {
			return span{i, i + len(d.Facts.Title)}, true
		}
		return span{-1, -1}, false
	}
	top := slices.IndexFunc(d.headings, func(h heading) bool { return h.level == 1 })
	if top < 0 && (len(d.headings) == 0 || d.headings[0].t > d.leadStart()) {
		// No heading names the job, and the posting opens with a line
		// of its own: the title, as plain-text and bold-line postings
		// put it ("Accordeur de pianos – CDI – Lyon"); a heading further
		// down names a section.
		if t, ok := d.leadLine(); ok {
			return t, true
		}
	}
	if len(d.headings) > 0 {
		h := d.headings[max(top, 0)]
		return span{h.t, h.end(d)}, true
	}
	return span{-1, -1}, true
}

// leadStart is where the text's first line starts.
func (d *Document) leadStart() int {
	return len(d.text) - len(strings.TrimLeft(d.text, " \t\n"))
}

// leadLine is the text's first line when it stands alone as a title
// does: a paragraph of one line, of a few words, that does not end as a
// sentence or a greeting does ("Bonjour à tous,").
func (d *Document) leadLine() (span, bool) {
	s := d.leadStart()
	e := strings.IndexByte(d.text[s:], '\n')
	if e < 0 || !titleLike(d.text[s:s+e]) {
		return span{}, false
	}
	// A header block, as plain-text postings open: the title, then a
	// line or two for the employer and the place ("Lift Operator – Winter
	// Season\nSummit Peak Resort · Summit County, Colorado").
	rest := d.text[s+e:]
	for range 3 {
		if strings.HasPrefix(rest, "\n\n") {
			return span{s, s + len(strings.TrimRight(d.text[s:s+e], " \t"))}, true
		}
		next, after, ok := strings.Cut(rest[1:], "\n")
		if !ok || !titleLike(next) {
			break
		}
		rest = "\n" + after
	}
	return span{}, false
}

// titleLike says whether line could be a title: a few words, not ending
// as a sentence or a greeting does ("Bonjour à tous,").
func titleLike(line string) bool {
	line = strings.TrimSpace(line)
	return len(line) >= 3 && len(line) <= 120 && len(strings.Fields(line)) <= 14 && !strings.ContainsAny(line[len(line)-1:], ".,;:!?")
}

// titles returns where the document names the job: the title the caller
// gives, else the first top heading (or the page title), plus any
// "Intitulé du poste : …" line.
func (d *Document) titles() []span {
	var out []span
	add := func(s span) {
		for _, o := range out {
			if d.low[o.start:o.end] == d.low[s.start:s.end] {
				return
			}
		}
		if s.end > s.start {
			out = append(out, s)
		}
	}
	t, found := d.mainTitle()
	if d.Facts != nil && d.Facts.Title != "" && !found {
		// Not in the text: check it where the posting starts.
		return []span{t}
	}
	if t.start < 0 && d.title != "" {
		// Only the page title names the job: check it where the page starts.
		out = append(out, t)
	} else {
		add(t)
	}
	for _, label := range []string{"intitulé du poste", "intitulé de poste", "titre du poste", "job title"} {
		if i := strings.Index(d.low, label); i >= 0 {
			s := i + len(label)
			rest := d.low[s:]
			j := strings.IndexByte(rest, ':')
			if j < 0 || strings.TrimSpace(rest[:j]) != "" {
				continue
			}
			s += j + 1
			e := strings.IndexByte(d.low[s:], '\n')
			if e < 0 {
				e = len(d.low) - s
			}
			for s < s+e && d.low[s] == ' ' {
				s, e = s+1, e-1
			}
			add(span{s, s + e})
		}
	}
	return out
}

const inclusiveHelp = "Code du travail L1142-1 forbids mentioning the sex of the candidate sought in a job offer. " +
	"A title in the masculine (or the feminine) only does that, and adding \"H/F\" after it does not " +
	"change the title itself. Write both forms (\"chargé ou chargée\"), the median dot (\"chargé·e\") " +
	"or an epicene title (\"responsable\", \"gestionnaire\")."

func checkInclusiveTitle(r *run) {
	if r.d.Lang == "en" {
		checkEnglishTitle(r)
		return
	}
	if r.d.Lang != "fr" {
		return
	}
	for _, s := range r.d.titles() {
		orig := r.d.title
		if r.d.Facts != nil && r.d.Facts.Title != "" {
			orig = r.d.Facts.Title
		}
		if s.start >= 0 {
			orig = r.d.text[s.start:s.end]
		}
		msg, suggestion, i, ok := inclusiveTitle(orig)
		if !ok {
			continue
		}
		sev := Severity(0)
		if strings.Contains(msg, "guidance tolerates") {
			// The most common French title form, which official guidance
			// tolerates: the inclusive wording is better, not required.
			sev = Warning
		}
		pos := s.start + i
		if s.start < 0 {
			pos = whole
		} else if b := r.basisIn(match{span{pos, pos + 1}, &phrase{category: "sex"}}, []span{{s.start, s.end}}); b != nil {
			// A role written for a woman or a man (R1142-1: the artists
			// called to play it, models), said in the title itself, not
			// by a company that calls itself an "acteur" of its trade: a
			// requirement to check.
			r.titleWithReason(r.rule.Category, pos, orig, b)
			continue
		}
		r.add(pos, sev, msg, suggestion)
	}
}

// opensWithJobNoun says whether a folded title part starts with a job
// noun of the lexicon, singular or plural.
func opensWithJobNoun(part string, lex map[string]titleNoun) bool {
	e := strings.IndexFunc(part, func(r rune) bool { return !unicode.IsLetter(r) })
	if e < 0 {
		e = len(part)
	}
	w := part[:e]
	if _, ok := lex[w]; ok {
		return true
	}
	_, ok := lex[strings.TrimRight(w, "sx")]
	return ok && len(w) > 3
}

// inclusiveTitle says why a French job title names one gender only, and
// how to reword it; at is where the word is in the title.
func inclusiveTitle(orig string) (msg, suggestion string, at int, ok bool) {
	title := fold(orig)
	w, n, i, ok := genderedTitle(title)
	if !ok {
		return "", "", 0, false
	}
	form := "masculine"
	if n.isFeminine {
		form = "feminine"
	}
	msg = fmt.Sprintf("job title %q names the %s form %q only; Code du travail L1142-1 forbids stating the sex of the candidate sought",
		clean(orig), form, w)
	if slices.ContainsFunc(bothSexesMarks, func(m string) bool { return hasWord(title, m) }) {
		switch {
		case n.isFeminine:
			msg += "; \"H/F\" after a feminine form does not make the title inclusive"
		case n.rareFeminine:
			return "", "", 0, false
		default:
			msg = fmt.Sprintf("job title %q names the masculine form %q with %q, which guidance tolerates; the inclusive form names everyone (Code du travail L1142-1)",
				clean(orig), w, cmp.Or(sexesMark().FindString(orig), "H/F"))
		}
	}
	return msg, clean(orig[:i] + matchCase(orig[i:i+len(w)], n.inclusive) + orig[i+len(w):]), i, true
}

// bothSexesMarks say after a title that the job is open to both sexes:
// France's "H/F", Belgium's and Luxembourg's "M/F", Germany's "m/w/d", and
// the forms that add a third.
var bothSexesMarks = []string{"h/f", "f/h", "m/f", "f/m", "h/f/x", "f/h/x", "h/f/d", "m/f/x", "m/f/d", "m/w/d", "w/m/d", "h/f/n"}

// sexesMark finds one of bothSexesMarks as the title writes it ("H/F",
// "m/f/d"), for the message to quote; the longer marks are tried first.
var sexesMark = sync.OnceValue(func() *regexp.Regexp {
	marks := slices.Clone(bothSexesMarks)
	slices.SortStableFunc(marks, func(a, b string) int { return len(b) - len(a) })
	for i, m := range marks {
		marks[i] = regexp.QuoteMeta(m)
	}
	return regexp.MustCompile(`(?i)\b(?:` + strings.Join(marks, "|") + `)\b`)
})

// matchCase gives repl the capital of orig's first letter.
func matchCase(orig, repl string) string {
	r, _ := utf8.DecodeRuneInString(orig)
	if unicode.IsUpper(r) {
		f, size := utf8.DecodeRuneInString(repl)
		return string(unicode.ToUpper(f)) + repl[size:]
	}
	return repl
}

const candidateHelp = "A posting that calls the reader \"le candidat\" or \"il\" pictures a man in the job " +
	"(Code du travail L1142-1 forbids stating the sex of the candidate sought). Address the reader as " +
	"\"vous\": it includes everyone and reads as an invitation."

func checkMasculineCandidate(r *run) {
	if r.d.Lang != "fr" {
		return
	}
	for _, m := range r.find("fr-masculine-candidate") {
		if r.otherReferent(m) {
			continue
		}
		q := r.quote(m.span)
		sug := m.p.suggest
		if sug == "=vous" {
			sug = vousFuture(q)
		}
		// "Il" for the job holder pictures a man in the job; a noun or an
		// adjective in the masculine ("le candidat retenu", "vous êtes
		// rigoureux") is the grammar's default, which is advice, not a
		// criterion a lawyer would flag.
		sev := Info
		if w := strings.Fields(strings.ToLower(q)); slices.Contains(w, "il") || slices.Contains(w, "celui-ci") {
			sev = 0 // "Il a déjà travaillé", "Idéalement, il a déjà travaillé"
		}
		r.addAbout(m.p.category, m.span, sev, fmt.Sprintf("%q %s", q, m.p.what), sug)
	}
}

// vousFuture rewrites "il sera" as "vous serez", and "Ensuite, il
// sera" as "Ensuite, vous serez": every verb the phrase list gives after
// "il" is in the future tense.
func vousFuture(q string) string {
	f := strings.Fields(q)
	n := len(f)
	if n < 2 || !slices.Contains([]string{"il", "celui-ci"}, strings.ToLower(f[n-2])) {
		return "vous"
	}
	return strings.Join(append(f[:n-2:n-2], "vous", strings.TrimSuffix(f[n-1], "a")+"ez"), " ")
}

// checkEnglishTitle reports an English job title whose job name is in one
// gender ("Litho Pressman", "Cabin Stewardess", "Moving Men Wanted"): the
// title is what every applicant reads first, and a job name in one gender
// tells the other sex the job is not for them (Equality Act 2010 s.13 and
// the EHRC's code, para. 16.43; Title VII as the EEOC reads help-wanted
// notices, 42 U.S.C. 2000e-3(b)). Only the job name is read: the title's
// part before a dash, a bar or a bracket, where a place or an employer's
// name ("Chapman & Co") does not stand. A title that names both forms
// ("Barman / Barmaid", "Waiter or Waitress") is inclusive.
func checkEnglishTitle(r *run) {
	if s, ok := r.englishTitle(); ok {
		if r.titleSexMark(s) {
			return
		}
		name := jobName(r.d.low[s.start:s.end])
		// the name's offsets are in the title from where the name starts
		// (after a label: "Vacancy: Removals Foreman")
		s.start += strings.Index(r.d.low[s.start:s.end], name)
		at, male, female := -1, false, false
		var buf [8]span
		words := nameWords(name, buf[:0])
		for _, w := range words {
			word := name[w.start:w.end]
			g := oneGenderJobWord(word)
			if g == 0 || w.end < len(name) && (name[w.end] == '\'' || strings.HasPrefix(name[w.end:], "’")) {
				continue // "Men's Outfitters": a department, not the job
			}
			if licensedTrade(word, name[w.end:]) {
				continue // "Journeyman Electrician": the licence's name in the state's law
			}
			if at < 0 {
				at = w.start
			}
			male, female = male || g > 0, female || g < 0
			// "Waiter or Waitress", "Steward/Stewardess": the feminine
			// beside the word it is made from names both
			if g > 0 || len(word) < 6 {
				continue
			}
			stem := word[:max(4, len(word)-4)]
			for _, o := range words {
				if ow := name[o.start:o.end]; ow != word && len(ow) >= 4 && strings.HasPrefix(ow, stem[:min(len(stem), len(ow))]) && oneGenderJobWord(ow) == 0 {
					male = true
				}
			}
		}
		if at < 0 || male && female {
			return
		}
		e := at
		for e < len(name) && isWordRune(rune(name[e])) {
			e++
		}
		word := r.d.text[s.start+at : s.start+e]
		// The title's sex is cited from the law on sex; the finding is
		// filed with the other titles in one gender, French or English.
		cite, _ := citation(r.d.jurisdiction(), "sex")
		r.addAbout("inclusive-title", span{s.start + at, s.start + at}, Warning, fmt.Sprintf("job title %q names the job in one gender (%q): it tells applicants of the other sex the job is not for them; %s",
			clean(r.d.text[s.start:s.end]), word, cite), "use a neutral job name in the title (press operator, cabin steward, crew member, wardrobe supervisor)")
	}
}

// licensedTrade says whether word, followed by rest, names a licence a
// state's law gives that name ("journeyman electrician", "journeyman
// plumber"): the title a licensed hire must hold, not a choice of words.
func licensedTrade(word, rest string) bool {
	if word != "journeyman" {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(rest, " -–"), " ")
	return slices.Contains([]string{"electrician", "plumber", "pipefitter", "lineman", "wireman", "sprinkler", "steamfitter",
		"ironworker", "boilermaker", "hvac", "carpenter", "millwright", "elevator", "refrigeration", "gasfitter"}, next)
}

// englishTitleWord is the word of the English title's job name that
// names the job in one gender ("groundsman" in "Cemetery Groundsman –
// Kumasi"), folded, or "" when the name names everyone.
func (r *run) englishTitleWord() string {
	s, ok := r.englishTitle()
	if !ok {
		return ""
	}
	name := jobName(r.d.low[s.start:s.end])
	var buf [8]span
	for _, w := range nameWords(name, buf[:0]) {
		if word := name[w.start:w.end]; oneGenderJobWord(word) != 0 && len(word) >= 5 {
			return word
		}
	}
	return ""
}

// titleSexMark reports a mark of one sex after the job in English title
// s ("Locksmith (m)", where German postings write "(m/w/d)" for all),
// and says whether there was one: information when the posting states
// its reason anywhere (a refuge's "Under Schedule 9, … must be a
// woman"), else an error.
func (r *run) titleSexMark(s span) bool {
	for _, mark := range oneSexMarks {
		i := strings.Index(r.d.low[s.start:s.end], mark)
		if i < 0 {
			continue
		}
		at, title := s.start+i, r.d.text[s.start:s.end]
		around := []span{s}
		for _, st := range r.a.sentences {
			around = append(around, st.span)
		}
		if b := r.basisIn(match{span{at, at + 1}, &phrase{category: "sex"}}, around); b != nil {
			r.titleWithReason("sex", at, title, b)
			return true
		}
		cite, _ := citation(r.d.jurisdiction(), "sex")
		r.addAbout("sex", span{at, at}, Error, fmt.Sprintf("job title %q marks the job for one sex (%q); %s",
			clean(title), strings.TrimSpace(r.d.text[at:at+len(mark)]), cite), "mark the title for everyone (m/f/d), or leave the mark out")
		return true
	}
	return false
}

// titleWithReason reports, at information level, a title in one gender
// whose reason b the posting states: a requirement to check.
func (r *run) titleWithReason(category string, pos int, title string, b *requirementBasis) {
	r.addAbout(category, span{pos, pos}, Info, fmt.Sprintf("job title %q names one gender, with its reason (%s): check the role truly requires it; cite %s (%s)",
		clean(title), b.name, b.citeIn(r.d.jurisdiction()), r.d.jurisdiction().Name), "")
}

// oneSexMarks, in a title, restrict the job to one sex.
var oneSexMarks = []string{" (m)", " (male)", " (men)", " (men only)", " (f)", " (female)", " (women)", " (women only)", " (w)"}

// jobName is the job a title names: its part before a dash, a bar, a
// bracket, a comma or a colon, where a place or an employer's name
// ("Chapman & Co", "– Lyon") does not stand.
func jobName(title string) string {
	// "Vacancy: Removals Foreman": a label says what the line is
	if label, rest, ok := strings.Cut(title, ":"); ok && announces(label) {
		title = strings.TrimSpace(rest)
	}
	for _, sep := range []string{" – ", " — ", " - ", " | ", "(", ",", ":"} {
		if i := strings.Index(title, sep); i > 0 {
			title = title[:i]
		}
	}
	return title
}

// oneGenderJobWord says whether an English word names a job in one gender:
// 1 masculine (a "-man" compound, "men"), -1 feminine (a "-woman"
// compound, "-ess", "-maid", "-ette" job names), 0 neither.
func oneGenderJobWord(w string) int {
	switch {
	case slices.Contains(notGenderedMan, w):
		return 0
	case strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "women"):
		return -1
	case strings.HasSuffix(w, "man") || strings.HasSuffix(w, "men"):
		return 1
	case slices.Contains(feminineJobWords, w) || strings.HasSuffix(w, "maid") || strings.HasSuffix(w, "maids") ||
		strings.HasSuffix(w, "lady") || strings.HasSuffix(w, "ladies") || strings.HasSuffix(w, "girl") || strings.HasSuffix(w, "girls"):
		return -1
	case slices.Contains(masculineJobWords, w):
		return 1
	}
	return 0
}

var (
	// notGenderedMan end in "man" or "men" and name no man.
	notGenderedMan = []string{"human", "humans", "german", "germans", "roman", "romans", "ottoman", "shaman", "shamans", "talisman",
		"caiman", "cayman", "oman", "amman", "yemen", "abdomen", "specimen", "specimens", "regimen", "regimens", "acumen", "stamen", "omen",
		"omens", "hymen", "dolmen", "cyclamen", "bitumen", "albumen", "lumen", "rumen", "ramen", "semen", "germen", "catechumen", "amen"}
	// feminineJobWords are job names in the feminine that no suffix tells.
	feminineJobWords = []string{"stewardess", "stewardesses", "waitress", "waitresses", "hostess", "hostesses", "actress", "actresses",
		"seamstress", "seamstresses", "mistress", "mistresses", "headmistress", "manageress", "governess", "laundress", "proprietress",
		"usherette", "usherettes", "jillaroo", "jillaroos", "masseuse", "masseuses",
		// "Cleaning Lady", "Shop Girl": the woman named for the job
		"lady", "ladies", "girl", "girls"}
	// masculineJobWords are job names in the masculine that no suffix tells.
	masculineJobWords = []string{"jackaroo", "jackaroos", "busboy", "busboys", "bellboy", "bellboys", "paperboy", "stableboy", "stableboys",
		"boy", "boys", "lad", "lads"}
)

// englishTitle is the main title in the text of a posting that has more
// than its title: a text of one line is a sentence, not a title.
// Only the main title is read: looking for a labelled title line
// ("Intitulé du poste :") costs a search of the whole text per label, and
// English postings do not use one.
func (r *run) englishTitle() (span, bool) {
	t, _ := r.d.mainTitle()
	return t, t.start >= 0 && t.end <= len(r.d.low) && strings.TrimSpace(r.d.low[t.end:]) != ""
}

// inTitle says whether text offset t is in one of the posting's titles.
func (r *run) inTitle(t int) bool {
	s, ok := r.englishTitle()
	return ok && s.start <= t && t < s.end
}

// nameWords appends to out the words of a title's job name, as many as
// out has room for: the caller's array, so reading a title allocates
// nothing.
func nameWords(name string, out []span) []span {
	for i := 0; i < len(name) && len(out) < cap(out); {
		r, n := utf8.DecodeRuneInString(name[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		j := i
		for j < len(name) {
			r, n := utf8.DecodeRuneInString(name[j:])
			if !isWordRune(r) {
				break
			}
			j += n
		}
		out = append(out, span{i, j})
		i = j
	}
	return out
}
