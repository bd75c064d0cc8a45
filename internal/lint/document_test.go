package lint

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// foldRune is fold one code point at a time, as it was written before
// it copied runs of lower-case ASCII whole: the reference fold keeps to.
func foldRune(s string) string {
	var b []byte
	for _, r := range s {
		switch {
		case r == '\u00a0':
			b = append(b, "  "...)
		case r == '\u202f' || r == '\u2009' || r == '\u2007':
			b = append(b, "   "...)
		default:
			l := unicode.ToLower(r)
			if utf8.RuneLen(l) != utf8.RuneLen(r) {
				l = r
			}
			b = utf8.AppendRune(b, l)
		}
	}
	return string(b)
}

func TestFold(t *testing.T) {
	cases := []string{
		"", "abc", "ABC", "Équipe Énergique, ÉTÉ : Ninja", "prix\u00a0: 40\u202f000\u2009€\u2007",
		"İstanbul ẞ Ω K", // lower cases of another length stay as they are
		"x\xffY",         // not UTF-8: as the rune loop reads it
		strings.Repeat("Mot ", 300), "àâçéèêëîïôùûüÿ ÀÂÇÉÈÊËÎÏÔÙÛÜŸ ×÷ßÞþ", "\xc3", "a\xc3\xa0\xc3",
	}
	for _, c := range cases {
		got := fold(c)
		if want := foldRune(c); got != want {
			t.Errorf("fold(%q) = %q, want %q", c, got, want)
		}
		if utf8.ValidString(c) && len(got) != len(c) {
			t.Errorf("fold(%q) is %d bytes, want %d", c, len(got), len(c))
		}
	}
}

// index counts the lines, and countRunes the code points before every
// runeStep bytes, as a walk over every byte does.
func TestIndex(t *testing.T) {
	for _, src := range []string{"", "a", "a\n", "\n\nb", strings.Repeat("é\nà ", 700), strings.Repeat("x", runeStep) + "€\n"} {
		d := &Document{src: src}
		d.index()
		d.countRunes()
		lines, runes, n := []int{0}, []int{}, 0
		for i := 0; i < len(src); i++ {
			if i%runeStep == 0 {
				runes = append(runes, n)
			}
			if utf8.RuneStart(src[i]) {
				n++
			}
			if src[i] == '\n' {
				lines = append(lines, i+1)
			}
		}
		if !slices.Equal(d.lines, lines) || !slices.Equal(d.runes, runes) {
			t.Errorf("%.20q: lines %v runes %v, want %v %v", src, d.lines, d.runes, lines, runes)
		}
	}
}

// position counts a column over its line, short or longer than runeStep,
// as a walk from the line's start does.
func TestPositionColumns(t *testing.T) {
	src := "é court\n" + strings.Repeat("àb ", runeStep) + "\n" + strings.Repeat("x", 2*runeStep) + "é fin\n"
	d, err := Parse("p.txt", "fr", Text, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []int{0, 3, 9, 9 + runeStep, 9 + 3*runeStep, len(src) - 6, len(src) - 1} {
		start := strings.LastIndexByte(src[:s], '\n') + 1
		wantLine, wantCol := strings.Count(src[:s], "\n")+1, utf8.RuneCountInString(src[start:s])+1
		// the text offset of source byte s, by the document's anchors
		t0 := -1
		for _, a := range d.anchors {
			if a.s <= s {
				t0 = a.t + s - a.s
			}
		}
		if line, col := d.position(t0); line != wantLine || col != wantCol {
			t.Errorf("byte %d: %d:%d, want %d:%d", s, line, col, wantLine, wantCol)
		}
	}
}
