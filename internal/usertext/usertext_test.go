package usertext

import (
	"strings"
	"testing"
)

func TestProblem(t *testing.T) {
	tests := []struct {
		in      string
		oneLine bool
		want    string
	}{
		{"Lyon", true, ""},
		{"Café crème 👩🏽", true, ""},
		{"two\nparagraphs", false, ""},
		{"Lyon\n\n    rm -rf /", true, LineBreak},
		{"Lyon\r", true, LineBreak},
		{"a\u2028b", true, LineBreak},
		{"esc\x1b[2J", false, "control character U+001B"},
		{"pay \u202e000 83", false, "invisible character U+202E RIGHT-TO-LEFT OVERRIDE"},
		{"a\u200bb", true, "invisible character U+200B ZERO WIDTH SPACE"},
		{"\ufeffAcme", true, "invisible character U+FEFF ZERO WIDTH NO-BREAK SPACE"},
		{"\u2066x\u2069", false, "invisible character U+2066 LEFT-TO-RIGHT ISOLATE"},
		{"\u061c", false, "invisible character U+061C ARABIC LETTER MARK"},
	}
	for _, tt := range tests {
		if got := Problem(tt.in, tt.oneLine); got != tt.want {
			t.Errorf("Problem(%q, %v) = %q, want %q", tt.in, tt.oneLine, got, tt.want)
		}
	}
}

func TestQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"titel", `"titel"`},
		{"a\x1b]52;\u202e", `"a\x1b]52;\u202e"`},
		{strings.Repeat("s", 100), `"` + strings.Repeat("s", 40) + `…"`},
		{"root:$6$" + strings.Repeat("x", 80) + ":19000:0:99999:7:::", `"root:$6$` + strings.Repeat("x", 32) + `…"`},
	}
	for _, tt := range tests {
		if got := Quote(tt.in); got != tt.want {
			t.Errorf("Quote(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
