package render

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/jobdesc/jobdesc/internal/role"
)

// entity matches HTML character references, which Markdown renderers
// decode: "&#27;" would otherwise become a raw ESC in a terminal.
var entity = regexp.MustCompile(`^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// EscapeMarkdown makes s print as itself in Markdown: characters that
// would start emphasis, links, HTML, code or tables are backslash-escaped,
// so are those that start a block at the beginning of a line, character
// references are neutralised, and control characters are dropped. Plain
// prose ("R&D", "Chargé·e", "38 000 €") is left readable.
func EscapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	lineStart := true
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= 0x80 {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case role.IsControl(r) || r == '\r':
		case strings.ContainsRune("\\`*_[]<>|~", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '&' && entity.MatchString(s[i:]):
			b.WriteString(`\&`)
		case lineStart && strings.ContainsRune("#+-=!", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case lineStart && r >= '0' && r <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			b.WriteString(s[i:j])
			if j < len(s) && (s[j] == '.' || s[j] == ')') {
				b.WriteByte('\\')
			}
			i = j
			lineStart = false
			continue
		default:
			b.WriteRune(r)
		}
		switch {
		case r == '\n':
			lineStart = true
		case r != ' ' && r != '\t':
			lineStart = false
		}
		i += size
	}
	return b.String()
}
