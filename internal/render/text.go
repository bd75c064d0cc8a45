package render

import (
	"bytes"
	"strings"
	"text/template"
)

func textFormat() Format {
	return Format{Name: "text", Ext: ".txt", Template: "posting.txt.tmpl", build: textTemplate(textFuncs, Tidy)}
}

func textFuncs() template.FuncMap {
	return template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"dict":  dict,
		"inc":   inc,
	}
}

// Tidy drops trailing spaces and turns runs of blank lines into one. It
// never wraps: the text format is pasted into applicant-tracking forms and
// e-mails, which wrap it themselves, and a hard break in a paragraph
// would stay there as a broken line.
func Tidy(text []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(text))
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
		out.WriteString(line)
		out.WriteByte('\n')
	}
	return out.Bytes()
}
