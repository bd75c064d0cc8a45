// Package messages owns the interface's words: the message catalogues
// (catalog/en.yaml, catalog/fr.yaml, one file per language, embedded),
// their plural forms, French typography, and the choice of the interface
// language. The posting's language (--lang) is another matter: a French
// recruiter may write an English posting and still read French messages.
//
// A message is a format for fmt (%s, %q, %d, %[2]s, %w), looked up by id.
// French typography is applied to the catalogue's own text when it loads,
// never to the values put into it: a space before ":", ";", "?" or "!" in
// fr.yaml becomes a no-break space (U+00A0). The no-break space, not the
// narrow one (U+202F), because it is what French typesetting rules name
// for the colon and what every terminal font draws; a location
// "file:line:col:" is always an argument, so it never gets one.
package messages

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/jobdesc/jobdesc/internal/snapshot"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
)

//go:generate go run gensnapshot.go

//go:embed catalog/*.yaml
var files embed.FS

// English is the language of a run that names none it knows.
const English = "en"

// Languages are the interface languages, each with a catalogue.
func Languages() []string { return []string{"en", "fr"} }

// Localizer gives the messages of one language. It is built once per run
// and passed down; a nil Localizer speaks English, so that a command built
// without one (in a test) still has its words.
type Localizer struct {
	lang string
	// msgs are lang's messages sorted by id, then English's for those it
	// lacks: a message without a count is read from them as it is. Sorted
	// slices, not maps: a run looks up a few dozen messages, and filling
	// maps of two thousand cost it more than the lookups.
	msgs, en []i18n.Message
	// l gives the plural forms, by go-i18n's rules for the language, made
	// on the first message with a count: its bundle prepares every
	// message of both catalogues, which cost each run more than the rest
	// of its start.
	plural   sync.Once
	l        *i18n.Localizer
	pluralOK bool
	// patterns are the English forms Translate knows, made on first use.
	once     sync.Once
	patterns []pattern
}

// New is the Localizer for lang, English when lang has no catalogue. It
// panics when an embedded catalogue does not parse, which the package's
// tests rule out.
func New(lang string) *Localizer {
	if !slices.Contains(Languages(), lang) {
		lang = English
	}
	l := &Localizer{lang: lang}
	var err error
	if l.en, err = parse(English); err != nil {
		panic(err)
	}
	l.msgs = l.en
	if lang != English {
		if l.msgs, err = parse(lang); err != nil {
			panic(err)
		}
	}
	return l
}

// Lang is the Localizer's language: "en" or "fr".
func (l *Localizer) Lang() string {
	if l == nil {
		return English
	}
	return l.lang
}

// T is message id formatted with args, as fmt.Sprintf does.
func (l *Localizer) T(id string, args ...any) string {
	return sprintf(l.lookup(id, nil), args)
}

// N is message id in the plural form count takes ("1 annonce", "2
// annonces"), formatted with args; count is not among args unless the
// message prints it.
func (l *Localizer) N(id string, count int, args ...any) string {
	return sprintf(l.lookup(id, count), args)
}

// Err is message id formatted with args as an error, as fmt.Errorf does:
// %w keeps the cause reachable.
func (l *Localizer) Err(id string, args ...any) error {
	return fmt.Errorf(l.lookup(id, nil), args...)
}

// Has reports whether id is in the catalogue.
func (l *Localizer) Has(id string) bool {
	if l == nil {
		l = New(English)
	}
	return l.message(id) != nil
}

// message is id's message in the Localizer's language, else in English;
// nil when neither catalogue has it.
func (l *Localizer) message(id string) *i18n.Message {
	if m := find(l.msgs, id); m != nil {
		return m
	}
	return find(l.en, id)
}

// find is id's message in msgs, sorted by id; nil when it has none.
func find(msgs []i18n.Message, id string) *i18n.Message {
	i := sort.Search(len(msgs), func(i int) bool { return msgs[i].ID >= id })
	if i < len(msgs) && msgs[i].ID == id {
		return &msgs[i]
	}
	return nil
}

func sprintf(format string, args []any) string {
	if len(args) == 0 {
		return strings.ReplaceAll(format, "%%", "%")
	}
	return fmt.Sprintf(format, args...)
}

// lookup is the text of id, in the Localizer's language, else in
// English, else the id itself (which the catalogue test rules out); in
// the plural form count takes, when count is not nil.
func (l *Localizer) lookup(id string, count any) string {
	if l == nil {
		l = New(English)
	}
	m := l.message(id)
	switch {
	case m == nil:
		return id
	case count == nil:
		return m.Other
	}
	l.plural.Do(func() {
		if b, err := l.bundle(); err == nil {
			l.l, l.pluralOK = i18n.NewLocalizer(b, l.lang, English), true
		}
	})
	if !l.pluralOK {
		return m.Other
	}
	s, err := l.l.Localize(&i18n.LocalizeConfig{MessageID: id, PluralCount: count})
	if err != nil && s == "" {
		return m.Other
	}
	return s
}

// Choose is the interface language: the first of the candidates, in
// order, that has a catalogue (JOBDESC_UI_LANG, the config's ui_lang,
// the locale's language), else English. A candidate may be a locale
// name ("fr_FR.UTF-8") or a tag ("fr-CA").
func Choose(candidates ...string) string {
	for _, c := range candidates {
		if l := Base(c); l != "" {
			return l
		}
	}
	return English
}

// Base is the language of a locale name or tag that has a catalogue,
// "" for any other (and for "C" and "POSIX").
func Base(name string) string {
	name, _, _ = strings.Cut(name, ".")
	name, _, _ = strings.Cut(name, "@")
	name = strings.ToLower(strings.ReplaceAll(name, "_", "-"))
	base, _, _ := strings.Cut(name, "-")
	if slices.Contains(Languages(), base) {
		return base
	}
	return ""
}

// Catalogue is the messages of one language as the file holds them, by
// id, after typography: for tests and tools that compare catalogues.
func Catalogue(lang string) (map[string]*i18n.Message, error) {
	msgs, err := parse(lang)
	if err != nil {
		return nil, err
	}
	msgs = slices.Clone(msgs) // the snapshot's tables are read only
	m := make(map[string]*i18n.Message, len(msgs))
	for i := range msgs {
		m[msgs[i].ID] = &msgs[i]
	}
	return m, nil
}

// bundle holds the Localizer's catalogues, its language's and, for the
// messages it lacks, English's: only those, as another language's is
// never looked up.
func (l *Localizer) bundle() (*i18n.Bundle, error) {
	b := i18n.NewBundle(language.English)
	add := func(lang string, msgs []i18n.Message) error {
		ptrs := make([]*i18n.Message, len(msgs))
		for i := range msgs {
			ptrs[i] = &msgs[i]
		}
		if err := b.AddMessages(language.Make(lang), ptrs...); err != nil {
			return fmt.Errorf("catalog/%s.yaml: %w", lang, err)
		}
		return nil
	}
	if err := add(l.lang, l.msgs); err != nil {
		return nil, err
	}
	if l.lang != English {
		if err := add(English, l.en); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// parse is the messages of lang's catalogue: the snapshot's while the
// embedded file has the size it was made of (TestSnapshotIsCurrent
// checks the bytes), else the file parsed. The file is not read for
// the snapshot: copying and summing it cost every command 170 KB.
func parse(lang string) ([]i18n.Message, error) {
	name := "catalog/" + lang + ".yaml"
	if info, err := fs.Stat(files, name); err == nil {
		if msgs, ok := catalogSnapshot()[lang].TakeEmbedded(int(info.Size())); ok {
			return msgs, nil
		}
	}
	data, err := files.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return decode(name, lang, data, catalogSnapshot()[lang])
}

// decode is the messages of a catalogue: the snapshot's while data is
// still its bytes, else data parsed.
func decode(name, lang string, data []byte, d snapshot.Decoded[[]i18n.Message]) ([]i18n.Message, error) {
	if msgs, ok := d.Take(data); ok {
		return msgs, nil
	}
	return parseFile(name, lang, data)
}

// parseFile parses a catalogue's bytes and sets French typography in
// the French one; the messages are sorted by id.
func parseFile(name, lang string, data []byte) ([]i18n.Message, error) {
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("yaml", yaml.Unmarshal)
	mf, err := b.ParseMessageFileBytes(data, name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if lang == "fr" {
		for _, m := range mf.Messages {
			for _, s := range []*string{&m.Zero, &m.One, &m.Two, &m.Few, &m.Many, &m.Other} {
				*s = French(*s)
			}
		}
	}
	msgs := make([]i18n.Message, len(mf.Messages))
	for i, m := range mf.Messages {
		msgs[i] = *m
	}
	slices.SortFunc(msgs, func(a, b i18n.Message) int { return strings.Compare(a.ID, b.ID) })
	return msgs, nil
}

// French puts a no-break space before the high punctuation of a French
// text (":", ";", "?", "!") where the text has a plain space; it leaves
// "a:b" (a location, a URL) as it is.
func French(s string) string { return frenchSpaces().Replace(s) }

// frenchSpaces is made once: building a Replacer costs far more than
// running it, and a catalogue has thousands of texts.
var frenchSpaces = sync.OnceValue(func() *strings.Replacer {
	return strings.NewReplacer(" :", "\u00a0:", " ;", "\u00a0;", " ?", "\u00a0?", " !", "\u00a0!")
})

// Or writes values as a list for a sentence: "a, b or c", "a, b ou c".
func (l *Localizer) Or(values []string) string {
	if len(values) < 2 {
		return strings.Join(values, "")
	}
	return l.T("list.or", strings.Join(values[:len(values)-1], ", "), values[len(values)-1])
}
