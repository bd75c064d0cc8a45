package messages

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// Translate gives an English text that was built outside the catalogue
// (a domain package's error, a library's) in the Localizer's language.
// The catalogue's text.* messages are the English forms it knows, as
// gettext keys a translation by its English text: a text that matches
// one, after an optional location ("file:line:col: ", "--set key: ",
// "JOBDESC_X: "), is written with the translation, each of its
// arguments translated in turn; a text made of parts joined by "; " is
// translated part by part. What matches nothing stays as it is.
func (l *Localizer) Translate(s string) string {
	if l == nil || l.lang == English {
		return s
	}
	l.once.Do(l.compile)
	loc, rest := "", s
	if m := location.FindStringSubmatch(s); m != nil {
		loc, rest = m[1], s[len(m[1]):]
	}
	return loc + l.translate(rest, 0)
}

// location is the place an error names before its message.
var location = regexp.MustCompile(`^((?:[^\s"]+:\d+(?::\d+)?|--[a-z][a-z-]*(?: [a-z0-9_.\[\]]+)?|-f|JOBDESC_[A-Z0-9_]+|[^\s":]+\.(?:yaml|yml|csv|md|txt|html|tmpl|json)): )`)

// quotedValue is an argument that is a value quoted as typed: never
// translated.
var quotedValue = regexp.MustCompile(`^"(?:[^"\\]|\\.)*"$`)

// pattern is an English form of the catalogue as a regular expression,
// with the translation it gets.
type pattern struct {
	re   *regexp.Regexp
	into string // the translation, its verbs all %[n]s
}

func (l *Localizer) compile() {
	var forms []*i18n.Message
	for i := range l.en { // read by New
		if strings.HasPrefix(l.en[i].ID, "text.") {
			forms = append(forms, &l.en[i])
		}
	}
	// Longer forms first: "unknown key %q; did you mean %q?" before
	// "unknown key %q".
	slices.SortStableFunc(forms, func(a, b *i18n.Message) int { return len(b.Other) - len(a.Other) })
	for _, m := range forms {
		re, err := regexp.Compile("^" + formRegexp(m.Other) + "$")
		if err != nil {
			continue
		}
		l.patterns = append(l.patterns, pattern{re: re, into: indexed(l.lookup(m.ID, nil))})
	}
}

// translate is s in the Localizer's language, depth the nesting of
// arguments already translated.
func (l *Localizer) translate(s string, depth int) string {
	if depth == 0 && strings.Contains(s, "; ") {
		parts := strings.Split(s, "; ")
		for i, part := range parts {
			// A part may name its own place ("--set salary.currency: …"),
			// as joined errors of several values do.
			loc := ""
			if i > 0 {
				if m := location.FindStringSubmatch(part); m != nil {
					loc, part = m[1], part[len(m[1]):]
				}
			}
			parts[i] = loc + l.translate(part, depth+1)
		}
		if strings.Join(parts, "; ") == s {
			return s // nothing known: not even the joints are ours to change
		}
		out := parts[0]
		for _, part := range parts[1:] {
			out = l.T("text.join", out, part)
		}
		return out
	}
	for _, p := range l.patterns {
		m := p.re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		args := make([]any, len(m)-1)
		for i, a := range m[1:] {
			if depth < 3 && !quotedValue.MatchString(a) {
				a = l.translate(a, depth+1)
			}
			args[i] = a
		}
		return fmt.Sprintf(p.into, args...)
	}
	return s
}

// verbs are the formatting verbs of a message.
var verbs = regexp.MustCompile(`%(\[(\d+)\])?[-+# 0]*\d*(\.\d+)?([a-zA-Z%])`)

// formRegexp is an English message as a regular expression: each verb a
// group that matches what it prints.
func formRegexp(form string) string {
	var b strings.Builder
	last := 0
	for _, m := range verbs.FindAllStringSubmatchIndex(form, -1) {
		b.WriteString(regexp.QuoteMeta(form[last:m[0]]))
		last = m[1]
		switch form[m[8]:m[9]] {
		case "%":
			b.WriteString("%")
		case "q":
			b.WriteString(`("(?:[^"\\]|\\.)*")`)
		case "d":
			b.WriteString(`(-?[0-9]+)`)
		default:
			b.WriteString(`(.+?)`)
		}
	}
	b.WriteString(regexp.QuoteMeta(form[last:]))
	return b.String()
}

// indexed rewrites a translation's verbs as %[n]s, n the argument each
// prints, for arguments that are text already.
func indexed(form string) string {
	next := 1
	return verbs.ReplaceAllStringFunc(form, func(v string) string {
		m := verbs.FindStringSubmatch(v)
		if m[4] == "%" {
			return "%%"
		}
		n := next
		if m[2] != "" {
			n, _ = strconv.Atoi(m[2])
		}
		next = n + 1
		return "%[" + strconv.Itoa(n) + "]s"
	})
}
