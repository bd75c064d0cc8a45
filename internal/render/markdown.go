package render

import (
	"bytes"
	"fmt"
	"strings"
	"text/template"
	"text/template/parse"

	"github.com/jobdesc/jobdesc/internal/posting"
)

func markdownFormat() Format {
	return Format{Name: "markdown", Ext: ".md", Template: "posting.md.tmpl", build: markdownBuild, bounded: func(src, _ []byte) bool { return isShippedMarkdown(src) }}
}

// markdownFuncs escape at output: md for text, link and mail for
// addresses, which must stay addresses.
func markdownFuncs() template.FuncMap {
	return template.FuncMap{
		"md":   MarkdownText,
		"link": MarkdownLink,
		"mail": MarkdownMail,
		"join": strings.Join,
		"dict": dict,
		"inc":  inc,
	}
}

// inc numbers the items of a list from 1: a numbered list pasted raw into
// a job board's form reads "1. 2. 3.", not "1. 1. 1.".
func inc(i int) int { return i + 1 }

// textTemplate builds a format from a text/template with funcs; after,
// when set, rewrites the template's output.
func textTemplate(funcs func() template.FuncMap, after func([]byte) []byte) func(string, []byte, *describer) (writeFunc, error) {
	return func(name string, src []byte, _ *describer) (writeFunc, error) {
		var t *template.Template
		cache := &sharedCache{}
		fm := funcs()
		fm["shared"] = func(name string, p *posting.Posting) (string, error) {
			return cache.get(name, p, func(buf *bytes.Buffer) error { return t.ExecuteTemplate(buf, name, p) })
		}
		t, err := template.New(name).Option("missingkey=error").Funcs(fm).Parse(string(src))
		if err != nil {
			return nil, templateError(err)
		}
		var trees []*parse.Tree
		for _, x := range t.Templates() {
			trees = append(trees, x.Tree)
		}
		if err := checkShared(trees); err != nil {
			return nil, err
		}
		return func(o *output, p *posting.Posting) error {
			if err := t.Execute(o, p); err != nil {
				return templateError(err)
			}
			if after != nil {
				o.replace(after(o.buf.Bytes()))
			}
			return nil
		}, nil
	}
}

// MarkdownText escapes s for Markdown (see EscapeMarkdown) and tidies its
// lines: no trailing spaces, no run of blank lines, none at either end.
// A text of one line is left as it is: labels such as " : " carry their
// spaces.
func MarkdownText(s string) string {
	s = escapeWithMail(s)
	if !strings.Contains(s, "\n") {
		return s
	}
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := true // drops leading blank lines
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			if !blank {
				out = append(out, l)
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}

// escapeWithMail is EscapeMarkdown, but for the e-mail addresses in s,
// which it writes as autolinks: a bare address is plain text to
// CommonMark, so readers could not click it and Markdown linters flag it
// ("Email jobs@example.fr." in a sentence of a label). An address here
// has a local part, an @ and a domain with a dot; a dot or dash that ends
// the sentence is not the domain's.
func escapeWithMail(s string) string {
	if strings.IndexByte(s, '@') < 0 {
		return EscapeMarkdown(s)
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '@' {
			continue
		}
		start := i
		for start > last && (alnum(s[start-1]) || strings.IndexByte("._%+-", s[start-1]) >= 0) {
			start--
		}
		end := i + 1
		for end < len(s) && (alnum(s[end]) || s[end] == '.' || s[end] == '-') {
			end++
		}
		for end > i+1 && (s[end-1] == '.' || s[end-1] == '-') {
			end--
		}
		e := s[start:end]
		if start == i || !strings.Contains(s[i+1:end], ".") || !isEmailAutolink(e) {
			continue
		}
		b.WriteString(EscapeMarkdown(s[last:start]))
		b.WriteString("<" + e + ">")
		last, i = end, end-1
	}
	b.WriteString(EscapeMarkdown(s[last:]))
	return b.String()
}

// MarkdownLink writes an address as an autolink, <https://…>, which
// Markdown takes byte for byte: no backslash escape inside, so underscores
// survive. The few bytes an autolink cannot hold (spaces, angle brackets,
// controls) are percent-encoded.
func MarkdownLink(u string) string {
	var b strings.Builder
	b.Grow(len(u) + 2)
	b.WriteByte('<')
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c <= ' ' || c == '<' || c == '>' || c == 0x7f {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	b.WriteByte('>')
	return b.String()
}

// isEmailAutolink says whether CommonMark reads <e> as an e-mail
// autolink: ^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@ then dot-separated labels
// of 1 to 63 letters, digits and inner dashes. Written out, it costs a
// batch a fiftieth of the regular expression it stands for (the test
// holds the two to the same answers).
func isEmailAutolink(e string) bool {
	at := strings.IndexByte(e, '@')
	if at <= 0 {
		return false
	}
	for i := 0; i < at; i++ {
		if c := e[i]; !alnum(c) && !strings.ContainsRune(".!#$%&'*+/=?^_`{|}~-", rune(c)) {
			return false
		}
	}
	for label := range strings.SplitSeq(e[at+1:], ".") {
		n := len(label)
		if n == 0 || n > 63 || !alnum(label[0]) || !alnum(label[n-1]) {
			return false
		}
		for i := 1; i < n-1; i++ {
			if c := label[i]; !alnum(c) && c != '-' {
				return false
			}
		}
	}
	return true
}

// alnum reports an ASCII letter or digit.
func alnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// MarkdownMail writes an e-mail address as an autolink, <jobs_fr@…>, when
// Markdown can take it as one, else as escaped text.
func MarkdownMail(e string) string {
	if isEmailAutolink(e) {
		return "<" + e + ">"
	}
	return EscapeMarkdown(e)
}
