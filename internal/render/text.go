package render

import (
	"bytes"
	"strings"
	"text/template"
	"unicode/utf8"
)

// TextWidth is the column the text format wraps at.
const TextWidth = 80

func textFormat() Format {
	return Format{Name: "text", Ext: ".txt", Template: "posting.txt.tmpl", build: textTemplate(textFuncs, func(b []byte) []byte { return Wrap(b, TextWidth) })}
}

func textFuncs() template.FuncMap {
	return template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"dict":  dict,
	}
}

// Wrap breaks every line of text longer than width at spaces. A line
// starting with "- " (after any indent) continues under its text; a word
// longer than the width (an address) stays whole on its own line. No line
// keeps trailing spaces, and runs of blank lines become one.
func Wrap(text []byte, width int) []byte {
	var out bytes.Buffer
	out.Grow(len(text) + len(text)/40)
	blank := false // a blank line is written only once the next text comes
	for line := range strings.Lines(string(text)) {
		line = strings.TrimRight(line, " \t\r\n")
		if line == "" {
			blank = out.Len() > 0
			continue
		}
		if blank {
			out.WriteByte('\n')
			blank = false
		}
		wrapLine(&out, line, width)
	}
	return out.Bytes()
}

func wrapLine(out *bytes.Buffer, line string, width int) {
	body := strings.TrimLeft(line, " ")
	indent := line[:len(line)-len(body)]
	hang := indent
	if strings.HasPrefix(body, "- ") {
		hang += "  "
	}
	col := 0
	first := true
	// Lines break at ordinary spaces only: a no-break space (French
	// typography, "38 000 €") holds its words together.
	for word := range strings.FieldsFuncSeq(body, func(r rune) bool { return r == ' ' || r == '\t' }) {
		n := utf8.RuneCountInString(word)
		switch {
		case first:
			out.WriteString(indent)
			out.WriteString(word)
			col = len(indent) + n
			first = false
			continue
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
