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

var functionWords = sync.OnceValue(func() map[string]map[string]bool {
	m := map[string]map[string]bool{"fr": {}, "en": {}}
	for _, w := range strings.Fields(`le la les un une des du de et ou est sont vous nous votre vos notre nos
		pour dans avec sur par au aux ce cette ces qui que dont pas ne plus être avoir sera serez êtes avez
		en son sa ses leur leurs il elle ils elles chez entre sans sous
		tu te ton ta tes toi`) {
		m["fr"][w] = true
	}
	for _, w := range strings.Fields(`the a an and or is are you we your our for in with on by at this that these
		who which of to be will have has not from as it its they their he she his her would should can
		into about than`) {
		m["en"][w] = true
	}
	// shared spellings ("en", "a", "on") tell nothing either way
	delete(m["fr"], "en")
	return m
})

// Scores counts the French and the English function words among words,
// which must be lower case.
func Scores(words iter.Seq[string]) (fr, en int) {
	fw := functionWords()
	for w := range words {
		if fw["fr"][w] {
			fr++
		}
		if fw["en"][w] {
			en++
		}
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
