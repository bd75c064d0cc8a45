package render

import (
	"testing"
	"unicode/utf8"
)

// plainByBytes is plain as it was first written, a comparison a byte:
// the table-driven plain must give its answers.
func plainByBytes(s string) bool {
	lineStart := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || r < 0xA0 {
				return false
			}
			i += size - 1
			lineStart = false
		case special(c):
			return false
		case lineStart && (c == '#' || c == '+' || c == '-' || c == '=' || c == '!' || c >= '0' && c <= '9'):
			return false
		case c == '\n':
			lineStart = true
		case c != ' ' && c != '\t':
			lineStart = false
		}
	}
	return true
}

var plainCases = []string{
	"", "Community manager", "Lyon, France", "  # not a title? it is", "a # b", "\n- item", "x\n1. one", "x\n  2", "x 2",
	"Gestionnaire de communauté", "50 % télétravail", "a_b", "a*b", "<b>", "a & b", "tab\there", "\t+1", "café\u0085", "\xff", "é\n!",
	"x\r\ny", "salaire : 38 000 €", "=", "a=b", "\u00a0#",
}

func TestPlainTable(t *testing.T) {
	for _, s := range plainCases {
		if got, want := plain(s), plainByBytes(s); got != want {
			t.Errorf("plain(%q) = %v, want %v", s, got, want)
		}
		if plain(s) && EscapeMarkdown(s) != s {
			t.Errorf("plain(%q) but EscapeMarkdown changes it", s)
		}
	}
}

func FuzzPlain(f *testing.F) {
	for _, s := range plainCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := plain(s), plainByBytes(s); got != want {
			t.Errorf("plain(%q) = %v, want %v", s, got, want)
		}
	})
}
