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
		{"Acme\U000E0041\U000E0042", true, "invisible character U+E0041 TAG CHARACTER"},
		{"\U000E007F", true, "invisible character U+E007F TAG CHARACTER"},
		{"\u3164", true, "invisible character U+3164 HANGUL FILLER"},
		{"x\uffa0", true, "invisible character U+FFA0 HALFWIDTH HANGUL FILLER"},
		{"\u115f\u1160", true, "invisible character U+115F HANGUL CHOSEONG FILLER"},
		{"\u1160", true, "invisible character U+1160 HANGUL JUNGSEONG FILLER"},
		{"한국", true, ""},
		{"Lyon\xff", true, "invalid UTF-8 byte 0xFF"},
		{"caf\xc3", true, "invalid UTF-8 byte 0xC3"},
		{"a \ufffd b", true, ""},
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

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"roles/community-manager.yaml", "roles/community-manager.yaml"},
		{"Café\ttab 👩🏽", "Café\ttab 👩🏽"},
		{"r/\x1b]2;pwned\a.yaml", `r/\x1b]2;pwned\a.yaml`},
		{"a\nb.yaml:1:1: error forged", `a\nb.yaml:1:1: error forged`},
		{"cr\r\u0085\u2028", `cr\r\u0085\u2028`},
		{"c1 \u009b2J", `c1 \u009b2J`},
		{"raw \x9b2J", `raw \x9b2J`},
		{"bidi \u202egpj.exe", `bidi \u202egpj.exe`},
		{"\ufffd stays", "\ufffd stays"},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
