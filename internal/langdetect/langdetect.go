// Package langdetect tells French from English text by its function
// words: the share of its words that are the commonest articles,
// pronouns and prepositions of each language. Function words are what
// every text, on any subject, is made of; a posting's jargon (English
// tech words in a French posting) does not shift them much. Lint reads
// postings with it, and values are checked against the posting's
// language with it, so both agree on what a text is written in.
package langdetect

import (
	"iter"
	"strings"
	"sync"
	"unicode"
)

// functionWords are each language's function words, each with its
// languages: French, English or both, as bits of one map's values, so a
// word costs one look-up, and none when it is longer than every one of
// them (most words of a text).
type functionWords struct {
	langs   map[string]uint8
	longest int
}

const (
	french  = 1 << iota // a French function word
	english             // an English function word
)

var function = sync.OnceValue(func() functionWords {
	fw := functionWords{langs: map[string]uint8{}}
	for _, w := range strings.Fields(`le la les un une des du de et ou est sont vous nous votre vos notre nos
		pour dans avec sur par au aux ce cette ces qui que dont pas ne plus être avoir sera serez êtes avez
		en son sa ses leur leurs il elle ils elles chez entre sans sous
		tu te ton ta tes toi`) {
		fw.langs[w] |= french
	}
	for _, w := range strings.Fields(`the a an and or is are you we your our for in with on by at this that these
		who which of to be will have has not from as it its they their he she his her would should can
		into about than`) {
		fw.langs[w] |= english
	}
	// shared spellings ("en", "a", "on") tell nothing either way
	fw.langs["en"] &^= french
	for w := range fw.langs {
		fw.longest = max(fw.longest, len(w))
	}
	return fw
})

// Scores counts the French and the English function words among words,
// which must be lower case.
func Scores(words iter.Seq[string]) (fr, en int) {
	fw := function()
	for w := range words {
		if len(w) > fw.longest {
			continue
		}
		l := fw.langs[w]
		fr += int(l & french)
		en += int(l&english) >> 1
	}
	return fr, en
}

// MinWords is how many function words a text needs before its language
// is told: below it, a text is too short to tell ("Mutuelle", "Lyon").
const MinWords = 2

// Detect says whether text reads as French ("fr") or English ("en"), or
// "" when it is too short to tell or mixes both: at least MinWords
// function words, and twice as many of one language as of the other.
func Detect(text string) string {
	words := strings.FieldsFuncSeq(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	fr, en := Scores(words)
	switch {
	case fr+en < MinWords:
		return ""
	case fr > 2*en:
		return "fr"
	case en > 2*fr:
		return "en"
	}
	return ""
}

// Name is a language's English name, for messages: "French".
func Name(lang string) string {
	switch lang {
	case "fr":
		return "French"
	case "en":
		return "English"
	}
	return lang
}
