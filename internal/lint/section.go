package lint

import (
	"slices"
	"sort"
	"strings"
)

// sectionKind is what a part of a posting is about, read from its
// heading: where a ground word stands says whose it is. In the profile
// it is a condition put on the candidate ("Under thirty-five", "Male,
// to match the team"); among the benefits or in the employer's own
// presentation it is what the employer offers or is ("family health
// cover", "founded by two brothers").
type sectionKind int

const (
	otherSection    sectionKind = iota
	profileSection              // what the candidate brings
	offerSection                // what the employer offers
	aboutSection                // who the employer is
	missionsSection             // what the job does
)

// sectionAt is the kind of the section that holds text offset t, by the
// last heading before it. The title, the text's first line, heads none,
// but the paragraphs between it and the first heading are, in a posting
// that has headings, the employer presenting itself.
func (d *Document) sectionAt(t int) sectionKind {
	k := sort.Search(len(d.headings), func(i int) bool { return d.headings[i].t > t }) - 1
	if k < 0 {
		return otherSection
	}
	if d.headings[k].t == 0 {
		if nl := strings.IndexByte(d.low, '\n'); k+1 < len(d.headings) && nl >= 0 && t > nl {
			return aboutSection
		}
		return otherSection
	}
	return sectionKindOf(d.headings[k].text, d.Lang)
}

// sectionKindOf is the kind of section a folded heading names in lang.
func sectionKindOf(h, lang string) sectionKind {
	p := sections()[lang]
	if p == nil {
		return otherSection
	}
	switch {
	case containsAny(h, p.profile):
		return profileSection
	case containsAny(h, p.benefits):
		return offerSection
	case containsAny(h, p.about):
		return aboutSection
	case containsAny(h, p.missions):
		return missionsSection
	}
	return otherSection
}

// sections are the spans of the text from each heading to the next, and
// before the first.
func (d *Document) sections() []span {
	out := make([]span, 0, len(d.headings)+1)
	at := 0
	for _, h := range d.headings {
		if h.t > at {
			out = append(out, span{at, h.t})
		}
		at = h.t
	}
	return append(out, span{at, len(d.low)})
}

// leadWords may stand before the trait a requirement names: "a", "être",
// "you are".
var leadWords = []string{"a", "an", "un", "une", "be", "being", "être", "you", "are", "you're", "you’re", "vous", "êtes", "tu", "es", "is", "est",
	"de", "préférence", "si", "possible", "naturally", "naturellement",
	// a partitive opens a list item that names a quality sought: "De la poigne", "Du caractère", "Some grit"
	"la", "du", "des", "d'", "d’", "some"}

// profileTrait says whether the ground term at h is what a line of the
// profile asks for: the line is in the profile section and opens with the
// term, or with the term after an article, "you are" or a label ("Sexe :
// féminin"). A term further in is often someone else ("experience
// supporting women in recovery").
//
// Anywhere else, a sentence that says the term of the reader ("Vous êtes
// libre de toute attache", "Ideally, you're a native speaker") asks it
// of them as well.
func (r *run) profileTrait(h span, s span) bool {
	if s.end <= s.start {
		return false
	}
	inProfile := r.d.sectionAt(h.start) == profileSection
	lead := r.d.low[s.start:h.start]
	if i := strings.LastIndexByte(lead, ':'); inProfile && i >= 0 && strings.Count(strings.TrimSpace(lead[:i]), " ") <= 2 {
		lead = lead[i+1:] // a label of a word or three: "Sexe :", "Marital status:"
	}
	reader := false
	for _, w := range strings.Fields(lead) {
		w = strings.Trim(w, "-–—•*:,")
		switch {
		case w == "":
		case slices.Contains(readerWords, w):
			reader = true
		case !slices.Contains(leadWords, w) && !slices.Contains(fillerWords, w):
			return false
		}
	}
	return inProfile || reader
}

// readerWords are the lead words that say the sentence is about the reader.
var readerWords = []string{"you", "you're", "you’re", "vous", "tu"}

// employersOwn says whether match m stands in the benefits or the
// employer's presentation, in a sentence that neither names the applicant
// nor turns anyone away: there a ground word is the employer's ("mutuelle
// famille", "founded by two women", "a youth club for teenagers").
func (r *run) employersOwn(m match) bool {
	switch r.d.sectionAt(m.start) {
	case offerSection, aboutSection:
	default:
		return false
	}
	s := r.a.sentenceAt(m.start)
	if s.end <= s.start {
		return false
	}
	text := r.d.low[s.start:s.end]
	// "une équipe jeune et dynamique": the team the candidate joins,
	// described, is who is sought; a duty put on the staff ("staff are
	// expected to join our Monday morning devotions") is put on the hire
	return !hasAnyWord(text, candidateWords) && !exclusionIn(text) && !hasAnyWord(text, teamWords) && !hasAnyWord(text, dutyWords)
}

// teamWords name the team a candidate joins.
var teamWords = []string{"team", "teams", "équipe", "équipes", "crew", "crews", "colleagues", "collègues", "staff", "employees", "salariés", "personnel"}

// dutyWords put a duty on whom the sentence names.
var dutyWords = []string{"expected", "required", "obliged", "tenus", "tenues", "obligatoire", "obligatoires", "doivent"}

// itemAt says whether a list item starts at text offset t.
func (d *Document) itemAt(t int) bool {
	i := sort.Search(len(d.items), func(i int) bool { return d.items[i].t >= t })
	return i < len(d.items) && d.items[i].t == t
}

// itemWithin says whether a list item starts inside text span (s, e]: a
// phrase that runs from one item into the next ("…General Sale List
// products" then "Conduct medication reviews…") joins two lines the
// posting keeps apart.
func (d *Document) itemWithin(s, e int) bool {
	i := sort.Search(len(d.items), func(i int) bool { return d.items[i].t > s })
	return i < len(d.items) && d.items[i].t < e
}

// listLead is the line that introduces the list holding text offset t,
// when it ends with a colon ("Send us a cover letter that includes:",
// "Must have:"), and ok false when t is in no list item or the list has
// no such line: what it asks or requires, it asks of every item.
func (d *Document) listLead(t int) (lead span, ok bool) {
	k := sort.Search(len(d.items), func(i int) bool { return d.items[i].t > t }) - 1
	if k < 0 || strings.Contains(d.low[d.items[k].t:t], "\n\n") {
		return span{}, false
	}
	// The items of a list follow one another, a block each: step back
	// over them to the block before the first.
	for ; ; k-- {
		end := strings.TrimRight(d.low[:d.items[k].t], "\n")
		start := 0
		if p := strings.LastIndex(end, "\n\n"); p >= 0 {
			start = p + len("\n\n")
		}
		if k > 0 && d.items[k-1].t == start {
			continue
		}
		if start >= len(end) || !strings.HasSuffix(strings.TrimSpace(end[start:]), ":") {
			return span{}, false
		}
		return span{start, len(end)}, true
	}
}

// isHeading says whether text offset t is on a heading's line.
func (d *Document) isHeading(t int) bool {
	k := sort.Search(len(d.headings), func(i int) bool { return d.headings[i].t > t }) - 1
	return k >= 0 && !strings.Contains(d.low[d.headings[k].t:t], "\n")
}
