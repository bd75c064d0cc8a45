package lint

import (
	"strconv"
	"strings"
)

// An age is as often written out as in figures ("under thirty-five",
// "moins de trente ans", "aged twenty-five to forty"): the concept terms'
// "#" reads both, so every age wording has one spelling in the lists.

// numberTens are the tens a written age starts with, English and French.
var numberTens = []struct {
	word string
	n    int
}{{"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70},
	{"vingt", 20}, {"trente", 30}, {"quarante", 40}, {"cinquante", 50}, {"soixante", 60}}

// numberTeens are the written numbers below twenty an age limit uses.
var numberTeens = []struct {
	word string
	n    int
}{{"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
	{"quinze", 15}, {"seize", 16}, {"dix-sept", 17}, {"dix-huit", 18}, {"dix-neuf", 19}}

// numberUnits follow a ten: "thirty-five", "trente-cinq", "vingt et un".
var numberUnits = []struct {
	word string
	n    int
}{{"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9},
	{"un", 1}, {"deux", 2}, {"trois", 3}, {"quatre", 4}, {"cinq", 5}, {"six", 6}, {"sept", 7}, {"huit", 8}, {"neuf", 9}}

// numberWord reads a number from fifteen to seventy-nine written in words
// at offset i of low, a word start: it returns the number and where its
// words end, or -1 when none is there.
func numberWord(low string, i int) (int, int) {
	if i >= len(low) || !strings.ContainsRune("tfsevqcdn", rune(low[i])) {
		return 0, -1 // no written number starts with another letter
	}
	// Every word goes through here: a number's first letter is compared
	// before its whole word.
	rest, c := low[i:], low[i]
	for _, t := range numberTeens {
		if t.word[0] == c && strings.HasPrefix(rest, t.word) && boundary(low, i+len(t.word)) {
			return t.n, i + len(t.word)
		}
	}
	for _, t := range numberTens {
		if t.word[0] != c || !strings.HasPrefix(rest, t.word) {
			continue
		}
		e := i + len(t.word)
		for _, join := range []string{"-et-", " et ", "-", " "} {
			if !strings.HasPrefix(low[e:], join) {
				continue
			}
			for _, u := range numberUnits {
				if k := e + len(join); strings.HasPrefix(low[k:], u.word) && boundary(low, k+len(u.word)) {
					return t.n + u.n, k + len(u.word)
				}
			}
		}
		if boundary(low, e) {
			return t.n, e
		}
	}
	return 0, -1
}

// statedNumbers is the numbers s states, in figures or in words; a
// figure too long to be an age is -1.
func statedNumbers(s string) []int {
	var out []int
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			k := i
			for k < len(s) && '0' <= s[k] && s[k] <= '9' {
				k++
			}
			n, err := strconv.Atoi(s[i:k])
			if err != nil || k-i > 6 {
				n = -1
			}
			out = append(out, n)
			i = k
		case i == 0 || !isWordRune(rune(s[i-1])):
			if n, e := numberWord(s, i); e > 0 {
				out = append(out, n)
				i = e
				continue
			}
			i++
		default:
			i++
		}
	}
	return out
}

// writtenNumber says whether an age written in words starts at offset i
// of low.
func writtenNumber(low string, i int) bool {
	n, e := numberWord(low, i)
	return e > 0 && n >= 15 && n <= 75
}
