package lint

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/jobdesc/jobdesc/internal/finding"
	"github.com/jobdesc/jobdesc/internal/strictyaml"
)

// Rule is one check of a posting.
type Rule struct {
	ID       string
	Severity Severity // the level when the configuration does not change it
	Summary  string   // one line: what it finds
	Help     string   // why it matters, quoting the law where the law is the reason
	// Category is the kind of problem its findings are about (a ground of
	// discrimination, pay-range, cliche…); a rule of phrases may serve
	// several grounds, each phrase naming its own. Empty for advice.
	Category string
	// check runs the rule on a document; nil for the rules of role files
	// (role.go) and of loading problems (Problems).
	check func(*run)
	// texts: the rule also runs on every text a role file writes.
	texts bool
}

// Profile is a pay-transparency regime a posting can be held to.
type Profile struct {
	ID      string
	Name    string
	Draft   bool // not law yet: its findings warn and say so
	Article string
}

var profiles = sync.OnceValue(func() []Profile {
	return []Profile{
		{ID: "eu-2023-970", Name: "Directive (EU) 2023/970 on pay transparency",
			Article: "Directive (EU) 2023/970 Art. 5"},
		{ID: "fr-draft-2026", Name: "France's draft transposition of Directive (EU) 2023/970 (March and June 2026 drafts)", Draft: true,
			Article: "the French drafts of March and June 2026 transposing Directive (EU) 2023/970 Art. 5 (not yet law)"},
	}
})

// Rules lists every rule, in id order.
func Rules() []Rule { return slices.Clone(registry()) }

// Config is what a user can change: a rule's level or "off", the
// pay-transparency profiles, the length bounds. Zero values mean defaults.
type Config struct {
	Rules            map[string]string // rule id -> error | warning | info | off
	PayTransparency  []string          // profile ids
	MinWords         int               // default 300
	MaxWords         int               // default 700
	MaxSentenceWords int               // default 35
	MinReadingEase   int               // default 30 (Flesch, Kandel–Moles)
}

// Linter runs the rules a configuration keeps.
type Linter struct {
	rules    []Rule
	override map[string]Severity // levels the configuration sets
	profiles []Profile
	minWords, maxWords,
	maxSentenceWords, minEase int
	seen *seen
	// renamed are the former ids the configuration used, each with the
	// id it now has, for a deprecation warning.
	renamed []Rename
}

// Rename is a rule id that changed: Old is still read, New is the id.
type Rename struct{ Old, New string }

// renames are the ids that named France for rules that run under every
// jurisdiction; configurations and role files written with them still work.
func renames() []Rename {
	return []Rename{{"fr-age-limit", "age-limit"}, {"fr-applicant-fee", "applicant-fee"},
		{"fr-discrimination", "discrimination"}, {"fr-forbidden-request", "forbidden-request"}, {"fr-inclusive-title", "inclusive-title"}}
}

// RenamedTo is the id a former rule id now has; "" for an id that did not change.
func RenamedTo(id string) string {
	for _, r := range renames() {
		if r.Old == id {
			return r.New
		}
	}
	return ""
}

// DeprecatedMessage is the one-line warning for a former rule id where
// is the setting that names it ("lint.rules", "lint.ignore").
func DeprecatedMessage(where, old, new string) string {
	return fmt.Sprintf("%s names rule %q by its former id; write %q instead", where, old, new)
}

// Deprecations are warnings, of the values rule, for each former rule id
// the configuration named; at places a key of lint.rules ("rules.fr-discrimination").
func (l *Linter) Deprecations(at func(key string) finding.Location) []Finding {
	sev, ok := l.level("values", Warning)
	if !ok {
		return nil
	}
	var out []Finding
	for _, rn := range l.renamed {
		loc := at("rules." + rn.Old)
		out = append(out, Finding{Rule: "values", Severity: sev, File: loc.File, Line: max(loc.Line, 1), Col: max(loc.Col, 1),
			Message: DeprecatedMessage("lint.rules", rn.Old, rn.New), Suggestion: fmt.Sprintf("rename the key to %s", rn.New)})
	}
	return out
}

// New checks a configuration and returns a linter for it.
func New(cfg Config) (*Linter, error) {
	l := &Linter{override: map[string]Severity{}, seen: &seen{}, minWords: 300, maxWords: 700, maxSentenceWords: 35, minEase: 30}
	all := registry()
	off := map[string]bool{}
	for _, key := range slices.Sorted(maps.Keys(cfg.Rules)) {
		id := key
		if n := RenamedTo(key); n != "" {
			l.renamed = append(l.renamed, Rename{key, n})
			if _, both := cfg.Rules[n]; both {
				continue // the current id says what is wanted
			}
			id = n
		}
		if !slices.ContainsFunc(all, func(r Rule) bool { return r.ID == id }) {
			return nil, fmt.Errorf("unknown lint rule %q%s", id, didYouMean(id, ruleIDs(all)))
		}
		v := cfg.Rules[key]
		if v == "off" {
			off[id] = true
			continue
		}
		sev, err := ParseSeverity(v)
		if err != nil {
			return nil, fmt.Errorf("lint rule %q: unknown level %q; use error, warning, info or off", id, v)
		}
		l.override[id] = sev
	}
	for _, r := range all {
		if !off[r.ID] {
			l.rules = append(l.rules, r)
		}
	}
	for _, id := range cfg.PayTransparency {
		i := slices.IndexFunc(profiles(), func(p Profile) bool { return p.ID == id })
		if i < 0 {
			ids := make([]string, 0, len(profiles()))
			for _, p := range profiles() {
				ids = append(ids, p.ID)
			}
			return nil, fmt.Errorf("unknown pay-transparency profile %q; use %s", id, strings.Join(ids, " or "))
		}
		if !slices.ContainsFunc(l.profiles, func(p Profile) bool { return p.ID == id }) {
			l.profiles = append(l.profiles, profiles()[i])
		}
	}
	for _, b := range []struct {
		name string
		v    int
		to   *int
	}{{"min words", cfg.MinWords, &l.minWords}, {"max words", cfg.MaxWords, &l.maxWords},
		{"max sentence words", cfg.MaxSentenceWords, &l.maxSentenceWords}, {"min reading ease", cfg.MinReadingEase, &l.minEase}} {
		if b.v < 0 {
			return nil, fmt.Errorf("lint %s is %d; use a positive number, or leave it out for the default", b.name, b.v)
		}
		if b.v > 0 {
			*b.to = b.v
		}
	}
	if l.minWords > l.maxWords {
		return nil, fmt.Errorf("lint min words (%d) is above max words (%d); lower the minimum or raise the maximum", l.minWords, l.maxWords)
	}
	return l, nil
}

// Rules returns the rules this linter runs, each at the level it reports.
func (l *Linter) Rules() []Rule {
	out := slices.Clone(l.rules)
	for i := range out {
		if s, ok := l.override[out[i].ID]; ok {
			out[i].Severity = s
		}
	}
	return out
}

// Result is what linting one document found, with the measures the JSON
// report publishes.
type Result struct {
	File string `json:"file"`
	Lang string `json:"lang"`
	// LangDetected: Lang was read from the text, not given.
	LangDetected bool `json:"lang_detected,omitempty"`
	// Country is the job's country the findings are read under, and
	// CountryFrom what in the text it was inferred from, when it was.
	Country      string        `json:"country,omitempty"`
	CountryFrom  string        `json:"country_from,omitempty"`
	Jurisdiction string        `json:"jurisdiction"`
	Words        int           `json:"words"`
	Sentences    int           `json:"sentences"`
	Readability  Readability   `json:"readability"`
	Gender       *GenderReport `json:"gender,omitempty"` // English and French postings
	Findings     []Finding     `json:"-"`
}

// Readability is a reading-ease score: Flesch for English, Kandel–Moles
// for French; higher is easier, below 30 is very hard.
type Readability struct {
	Formula string  `json:"formula"`
	Score   float64 `json:"score"`
}

// Lint runs every kept rule on a document, but those the document's role
// silences.
func (l *Linter) Lint(d *Document) Result {
	if d.Country == "" && d.CountryFrom == "" && !d.countryGiven {
		d.Country, d.CountryFrom = inferCountry(d.text, d.low)
	}
	// The first document is checked without the memos: a linter that
	// checks one posting (render's check of what it wrote) would fill
	// them for nothing, and a batch misses one posting's worth of reuse.
	var mem *seen
	var blocks *memo[blockKey, *analysis]
	if l.seen.docs.Add(1) > 1 {
		mem, blocks = l.seen, &l.seen.blocks
	}
	a := analyse(d.low, d.Lang, blocks)
	res := Result{File: d.File, Lang: d.Lang, LangDetected: d.LangDetected, Country: d.Country, CountryFrom: d.CountryFrom,
		Jurisdiction: d.jurisdiction().Name, Words: len(a.words), Sentences: len(a.sentences)}
	res.Readability = readability(a, d.Lang)
	r := &run{l: l, d: d, a: a, res: &res, seen: mem}
	for i := range l.rules {
		if l.rules[i].check == nil || ignores(d.Ignore, l.rules[i].ID) {
			continue
		}
		r.rule = &l.rules[i]
		r.checkSafely()
	}
	r.oneRequestPerSentence()
	r.oncePerSentence()
	a.release()
	Sort(res.Findings)
	return res
}

// checkSafely runs the current rule's check. A check that fails on some
// text reports it as an error naming the rule, and the other rules still
// run: a batch of thousands does not stop on one posting with a stack
// trace, and nothing passes unchecked without saying so.
func (r *run) checkSafely() {
	defer func() {
		if v := recover(); v != nil {
			r.addAbout("", span{whole, whole}, Error, fmt.Sprintf("rule %s could not check this posting (%v), so it is not checked for it; please report the posting", r.rule.ID, v), "")
		}
	}()
	r.rule.check(r)
}

// level is the severity a finding of rule id reports when the rule asks
// for sev (0: its default level); false when the configuration turns the
// rule off.
func (l *Linter) level(id string, sev Severity) (Severity, bool) {
	i := slices.IndexFunc(l.rules, func(r Rule) bool { return r.ID == id })
	if i < 0 {
		return 0, false
	}
	if s, ok := l.override[id]; ok {
		return s, true
	}
	if sev == 0 {
		sev = l.rules[i].Severity
	}
	return sev, true
}

// run is one document going through the rules.
type run struct {
	l    *Linter
	d    *Document
	a    *analysis
	res  *Result
	rule *Rule
	hits []hit // phrase keys at word starts, found on first use
	// needed is the set of the literals of needs() the document holds,
	// made on first use from the analysis
	needed []uint64
	// offs are the text spans of res.Findings, one each (start whole for
	// the posting as a whole), for the findings' sentences.
	offs []span
	// seen are the linter's memos, or nil for a run that goes without.
	seen *seen
	// at, when set, places a finding instead of the document's own
	// positions: a text of a role file is placed in that file.
	at func(t int) (file string, line, col int)

	// the gender-decoder verdict, shared by the two gender rules, and
	// the coded words it counts
	gender    *GenderReport
	masc, fem []codedWord
	// excluding is whether sentence s turns people away, as excludes
	// last found it.
	excluding struct {
		s   span
		yes bool
	}
}

// whole is the text offset of findings about the whole posting: they
// point at line 1, column 1.
const whole = -1

// add reports a finding of the current rule at text offset t. sev is the
// level the rule asks for this finding (0: its default); a level the
// configuration sets wins over both.
func (r *run) add(t int, sev Severity, msg, suggestion string) {
	r.addAbout(r.rule.Category, span{t, t}, sev, msg, suggestion)
}

// addAbout reports a finding of the current rule about span at of the
// text (its start places it), of category cat.
func (r *run) addAbout(cat string, at span, sev Severity, msg, suggestion string) {
	t := at.start
	if s, ok := r.l.override[r.rule.ID]; ok {
		sev = s
	} else if sev == 0 {
		sev = r.rule.Severity
	}
	file, line, col := r.d.File, 1, 1
	switch {
	case r.at != nil:
		file, line, col = r.at(t)
	case t != whole:
		line, col = r.d.position(t)
	}
	r.res.Findings = append(r.res.Findings, Finding{Rule: r.rule.ID, Severity: sev, File: file,
		Line: line, Col: col, Message: msg, Suggestion: suggestion, Category: cat})
	r.offs = append(r.offs, at)
}

// requestGrounds are the grounds a request for data may reveal.
var requestGrounds = []string{"personal-data", "family", "origin", "religion", "age", "sex", "health", "orientation", "union", "other-ground"}

// oneRequestPerSentence merges a list of data asked ("state your race,
// religion and marital status", "photo, date de naissance et état civil")
// into one finding: one list is one problem, filed as personal data, or
// under its ground when every item reveals the same one. Items are a list
// when only a comma, "and" or "et" and a few words part them; requests
// apart in a sentence ("…du livret de famille et lettre de recommandation
// du prêtre de votre paroisse") stay apart. The finding quotes the list
// from its first item to its last, at the highest level of its items.
func (r *run) oneRequestPerSentence() {
	fs := r.res.Findings
	if r.at != nil || len(r.offs) != len(fs) {
		return
	}
	var items []int
	for i, f := range fs {
		if f.Severity >= Warning && r.offs[i].start != whole && slices.Contains(requestGrounds, f.Category) &&
			(f.Rule == "forbidden-request" || f.Rule == "discrimination") {
			items = append(items, i)
		}
	}
	if len(items) < 2 {
		return
	}
	slices.SortFunc(items, func(a, b int) int { return r.offs[a].start - r.offs[b].start })
	drop := make([]bool, len(fs))
	for k := 0; k < len(items); {
		e := k + 1
		for e < len(items) && r.a.sentenceAt(r.offs[items[e-1]].start) == r.a.sentenceAt(r.offs[items[e]].start) &&
			listed(r.d.low, r.offs[items[e-1]], r.offs[items[e]]) {
			e++
		}
		r.mergeList(items[k:e], drop)
		k = e
	}
	r.dropFindings(drop)
}

// quotes says whether finding i opens with the quote of its own span.
func (r *run) quotes(i int) bool {
	at := r.offs[i]
	return at.end > at.start && strings.HasPrefix(r.res.Findings[i].Message, strconv.Quote(r.quote(at)))
}

// requote makes finding i, which quotes its span, quote span to instead,
// placed at to's first word.
func (r *run) requote(i int, to span) {
	f := &r.res.Findings[i]
	f.Message = strconv.Quote(r.quote(to)) + strings.TrimPrefix(f.Message, strconv.Quote(r.quote(r.offs[i])))
	f.Line, f.Col = r.d.position(to.start)
	r.offs[i] = to
}

// dropFindings removes the findings drop marks, with their spans.
func (r *run) dropFindings(drop []bool) {
	out, offs := r.res.Findings[:0], r.offs[:0]
	for i, f := range r.res.Findings {
		if !drop[i] {
			out, offs = append(out, f), append(offs, r.offs[i])
		}
	}
	r.res.Findings, r.offs = out, offs
}

// listed says whether the text between two findings' spans makes them
// items of one list: a comma, "and", "et", "ou", a few short words, no
// clause break.
func listed(low string, a, b span) bool {
	if b.start < a.end {
		return true // overlapping
	}
	gap := low[a.end:b.start]
	return len(gap) <= 16 && !strings.ContainsAny(gap, ":;.!?()\n")
}

// mergeList merges the findings of one list (indexes into the findings,
// in text order) into its first request for data.
func (r *run) mergeList(list []int, drop []bool) {
	if len(list) < 2 {
		return // most items stand alone: nothing to merge, nothing to allocate
	}
	fs := r.res.Findings
	lead := -1
	cats := map[string]bool{}
	for _, i := range list {
		cats[fs[i].Category] = true
		if lead < 0 && fs[i].Rule == "forbidden-request" {
			lead = i
		}
	}
	if lead < 0 || !r.quotes(lead) {
		return
	}
	to, sev := r.offs[lead], fs[lead].Severity
	for _, i := range list {
		to = span{min(to.start, r.offs[i].start), max(to.end, r.offs[i].end)}
		sev = max(sev, fs[i].Severity)
		if i != lead {
			drop[i] = true
		}
	}
	fs[lead].Severity = sev
	a, b := r.offs[list[0]], r.offs[list[len(list)-1]]
	switch {
	case len(list) == 2 && b.start < a.end && !cats["personal-data"]:
		// one item read twice under two grounds ("your family medical
		// history"): the longer reading is the more precise
		if b.end-b.start > a.end-a.start {
			fs[lead].Category = fs[list[1]].Category
		} else {
			fs[lead].Category = fs[list[0]].Category
		}
	case len(cats) == 2 && cats["personal-data"] && len(list) == 2 && complement(r.d.low, a, b):
		// one document and what it states ("un certificat médical de
		// bonne santé"): the ground it reveals
		for c := range cats {
			if c != "personal-data" {
				fs[lead].Category = c
			}
		}
	case len(cats) > 1:
		fs[lead].Category = "personal-data"
	}
	r.requote(lead, to)
}

// complement says whether the second span completes the first ("a
// medical certificate of good health"): they overlap, or "de", "d'" or
// "of" joins them.
func complement(low string, a, b span) bool {
	if b.start < a.end {
		return true
	}
	gap := strings.TrimSpace(low[a.end:b.start])
	return gap == "de" || gap == "d'" || gap == "of" || gap == "d’"
}

// oncePerSentence merges the warnings of a sentence into one finding of
// their category there: the error, when one is ("Applicants must be under
// 30: recent grads adapt best" is one age problem), else the first
// warning that quotes its words; the finding quotes the sentence's words
// from the first of them to the last. A second finding on one problem
// says nothing the user must fix apart.
func (r *run) oncePerSentence() {
	fs := r.res.Findings
	if r.at != nil || len(r.offs) != len(fs) {
		return
	}
	type key struct {
		sentence int
		category string
	}
	var lead map[key]int
	keyOf := func(i int) key { return key{r.a.sentenceAt(r.offs[i].start).start, fs[i].Category} }
	for i, f := range fs {
		if f.Severity < Warning || f.Category == "" || r.offs[i].start == whole {
			continue
		}
		if lead == nil {
			lead = map[key]int{}
		}
		k := keyOf(i)
		l, ok := lead[k]
		switch {
		case !ok && (f.Severity == Error || r.quotes(i)):
			lead[k] = i
		case ok && f.Severity == Error && fs[l].Severity < Error:
			lead[k] = i
		}
	}
	if lead == nil {
		return
	}
	drop := make([]bool, len(fs))
	for i, f := range fs {
		if f.Severity != Warning || r.offs[i].start == whole {
			continue
		}
		e, ok := lead[keyOf(i)]
		if !ok || e == i {
			continue
		}
		drop[i] = true
		// The lead quotes the words of both, when it quotes its own.
		at, to := r.offs[e], span{min(r.offs[e].start, r.offs[i].start), max(r.offs[e].end, r.offs[i].end)}
		if to != at && r.quotes(e) {
			r.requote(e, to)
		}
	}
	r.dropFindings(drop)
}

// sentenceAround is the sentence holding span s, or, where no sentence
// holds it (a title, a table cell), the text a window either side of it.
func (r *run) sentenceAround(s span) span {
	if sent := r.a.sentenceAt(s.start); sent.end > sent.start {
		return sent
	}
	low := r.d.low
	// A sign before a sentence's first word ("$31.62 per hour") is that
	// sentence's.
	ss := r.a.sentences
	if i := sort.Search(len(ss), func(i int) bool { return ss[i].start > s.start }); i < len(ss) &&
		ss[i].start-s.start <= 8 && !strings.Contains(low[s.start:ss[i].start], "\n") {
		return span{s.start, ss[i].end}
	}
	// Otherwise the words around it, within its block: a list item or a
	// paragraph before a blank line says nothing of it.
	from, to := runeStart(low, max(0, s.start-window)), runeStart(low, min(len(low), s.end+window))
	if b := strings.LastIndex(low[from:s.start], "\n\n"); b >= 0 {
		from += b + 2
	}
	if b := strings.Index(low[s.end:to], "\n\n"); b >= 0 {
		to = s.end + b
	}
	return span{from, to}
}

// french says whether French law applies: a job in France, or a French
// posting whose country nothing tells (not one for Québec or Geneva).
func (r *run) french() bool { return r.d.jurisdiction() == jurFrance }

// ignores says whether a list of ignored rules names id, by its id or
// a former one.
func ignores(list []string, id string) bool {
	return slices.ContainsFunc(list, func(s string) bool { return s == id || RenamedTo(s) == id })
}

func ruleIDs(rs []Rule) []string {
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	return ids
}

// didYouMean suggests the closest known name when it is a typo away.
func didYouMean(s string, known []string) string {
	if best := strictyaml.Closest(s, known); best != "" {
		return fmt.Sprintf("; did you mean %q?", best)
	}
	return "; use one of " + strings.Join(known, ", ")
}
