package render

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jobdesc/jobdesc/internal/role"
)

// entity matches HTML character references, which Markdown renderers
// decode: "&#27;" would otherwise become a raw ESC in a terminal.
var entity = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)
})

// EscapeMarkdown makes s print as itself in Markdown: characters that
// would start emphasis, links, HTML, code or tables are backslash-escaped,
// so are those that start a block at the beginning of a line, character
// references are neutralised, and control characters are dropped. Plain
// prose ("R&D", "Chargé·e", "38 000 €") is left readable.
func EscapeMarkdown(s string) string {
	if plain(s) {
		return s
	}
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
		case r == '&' && entity().MatchString(s[i:]):
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

// special reports the ASCII bytes EscapeMarkdown may change anywhere in a
// line: Markdown punctuation, '&', and control characters but tab and
// newline.
func special(c byte) bool {
	switch c {
	case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', 0x7f:
		return true
	}
	return c < 0x20 && c != '\n' && c != '\t'
}

// Byte classes of plain's scan.
const (
	prose     byte = iota // nothing to escape
	escaped               // escaped wherever it stands
	opener                // escaped at the start of a line: # + - = ! and digits
	newline               // starts a line
	blank                 // space or tab: the line has not started
	multibyte             // a UTF-8 sequence starts: looked at whole
)

// byteClasses is the class of each byte for plain: a table, looked up
// once a byte, as plain reads the whole of every text of every posting.
func byteClasses() (t [256]byte) {
	for c := range 256 {
		switch b := byte(c); {
		case b >= 0x80:
			t[c] = multibyte
		case special(b):
			t[c] = escaped
		case b == '#' || b == '+' || b == '-' || b == '=' || b == '!' || b >= '0' && b <= '9':
			t[c] = opener
		case b == '\n':
			t[c] = newline
		case b == ' ' || b == '\t':
			t[c] = blank
		}
	}
	return t
}

// classes is byteClasses, computed once; it is never written.
var classes = byteClasses()

// plain reports whether EscapeMarkdown would return s unchanged, without
// allocating: most of a posting's text is plain prose.
func plain(s string) bool {
	lineStart := true
	for i := 0; i < len(s); i++ {
		switch classes[s[i]] {
		case prose:
			lineStart = false
		case escaped:
			return false
		case opener:
			if lineStart {
				return false
			}
		case newline:
			lineStart = true
		case multibyte:
			// Invalid UTF-8 and C1 controls (U+0080-U+009F) are rewritten.
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || r < 0xA0 {
				return false
			}
			i += size - 1
			lineStart = false
		}
	}
	return true
}
