package preview

import (
	"strings"
	"unicode/utf8"
)

// Wrap breaks every line of text longer than width at spaces, for the
// plain text a terminal without colour shows (the text format itself is
// never wrapped: forms wrap it). A list item ("- ", "1. ") continues under
// its text; a word longer than the width (an address) stays whole on its
// own line. A no-break space (French typography, "38 000 €") holds its
// words together.
func Wrap(text string, width int) string {
	var out strings.Builder
	out.Grow(len(text) + len(text)/40)
	for line := range strings.Lines(text) {
		line = strings.TrimRight(line, "\n")
		body := strings.TrimLeft(line, " ")
		indent := line[:len(line)-len(body)]
		hang := indent + strings.Repeat(" ", itemMark(body))
		col, first := 0, true
		for word := range strings.FieldsFuncSeq(body, func(r rune) bool { return r == ' ' || r == '\t' }) {
			n := utf8.RuneCountInString(word)
			switch {
			case first:
				out.WriteString(indent)
				col, first = len(indent), false
			case col+1+n > width:
				out.WriteByte('\n')
				out.WriteString(hang)
				col = len(hang)
			default:
				out.WriteByte(' ')
				col++
			}
			out.WriteString(word)
			col += n
		}
		out.WriteByte('\n')
	}
	return out.String()
}

// itemMark is the width of a list item's mark ("- ", "12. "), 0 for a
// line that is not an item.
func itemMark(s string) int {
	if strings.HasPrefix(s, "- ") {
		return 2
	}
	digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
	if digits > 0 && strings.HasPrefix(s[digits:], ". ") {
		return digits + 2
	}
	return 0
}
