// Package usertext owns what characters text from users (values, role and
// skills files) may carry, and how such text is quoted back in messages.
// Control characters rewrite a terminal; bidirectional overrides and
// zero-width characters make a posting read differently from what it
// says (a reversed salary, a hidden word in a title).
package usertext

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsControl reports whether r is a C0 or C1 control character other than
// tab and newline.
func IsControl(r rune) bool {
	return r != '\n' && r != '\t' && unicode.IsControl(r)
}

// invisible names the bidirectional controls and zero-width characters
// refused in text: they change how text reads without being seen.
var invisible = map[rune]string{
	0x061C: "ARABIC LETTER MARK",
	0x200B: "ZERO WIDTH SPACE",
	0x200C: "ZERO WIDTH NON-JOINER",
	0x200D: "ZERO WIDTH JOINER",
	0x200E: "LEFT-TO-RIGHT MARK",
	0x200F: "RIGHT-TO-LEFT MARK",
	0x202A: "LEFT-TO-RIGHT EMBEDDING",
	0x202B: "RIGHT-TO-LEFT EMBEDDING",
	0x202C: "POP DIRECTIONAL FORMATTING",
	0x202D: "LEFT-TO-RIGHT OVERRIDE",
	0x202E: "RIGHT-TO-LEFT OVERRIDE",
	0x2060: "WORD JOINER",
	0x2066: "LEFT-TO-RIGHT ISOLATE",
	0x2067: "RIGHT-TO-LEFT ISOLATE",
	0x2068: "FIRST STRONG ISOLATE",
	0x2069: "POP DIRECTIONAL ISOLATE",
	0xFEFF: "ZERO WIDTH NO-BREAK SPACE",
	// Hangul fillers draw nothing outside a Korean syllable: they make
	// names and titles that look empty, or look like another.
	0x115F: "HANGUL CHOSEONG FILLER",
	0x1160: "HANGUL JUNGSEONG FILLER",
	0x3164: "HANGUL FILLER",
	0xFFA0: "HALFWIDTH HANGUL FILLER",
}

// Tag characters (U+E0000–U+E007F) are invisible; they spell hidden text
// ("ASCII smuggling") that a reader never sees but a program does.
const tagFirst, tagLast = 0xE0000, 0xE007F

// Invisible returns "U+202E RIGHT-TO-LEFT OVERRIDE" for a refused
// invisible character, "" for any other.
func Invisible(r rune) string {
	if name, ok := invisible[r]; ok {
		return fmt.Sprintf("%U %s", r, name)
	}
	if r >= tagFirst && r <= tagLast {
		return fmt.Sprintf("%U TAG CHARACTER", r)
	}
	return ""
}

// LineBreak is what Problem returns for a line break in one-line text.
const LineBreak = "line break"

// Problem names the first character s may not carry, "" when it is clean:
// "control character U+001B", "invisible character U+202E RIGHT-TO-LEFT
// OVERRIDE", "invalid UTF-8 byte 0xFF", or LineBreak when s must hold one
// line.
func Problem(s string, oneLine bool) string {
	for i, r := range s {
		if ' ' <= r && r < 0x7f {
			continue // printable ASCII, most of any text: no check applies
		}
		if r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			// A byte that is not UTF-8 (from a flag or a variable) would
			// reach the HTML and text outputs as is.
			return fmt.Sprintf("invalid UTF-8 byte 0x%02X", s[i])
		}
		if p := problem(r, oneLine); p != "" {
			return p
		}
	}
	return ""
}

// problem names what is wrong with r in text, "" for nothing.
func problem(r rune, oneLine bool) string {
	switch {
	case oneLine && isLineBreak(r):
		return LineBreak
	case IsControl(r):
		return fmt.Sprintf("control character %U", r)
	case Invisible(r) != "":
		return "invisible character " + Invisible(r)
	}
	return ""
}

func isLineBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == 0x85 || r == 0x2028 || r == 0x2029
}

// Escape makes s safe to print as one line of a terminal or of a report
// other programs read (lint's text and GitHub workflow commands): every
// character Problem refuses in one-line text, and every byte that is not
// UTF-8, is written as its Go escape (\x1b, \n, \u202e), so a file name
// or a template cannot move the cursor, set the clipboard, retitle the
// window or forge another line. Clean text is returned as it is.
func Escape(s string) string {
	if utf8.ValidString(s) && Problem(s, true) == "" {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case problem(r, true) != "":
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// excerptRunes is how much of a text a message quotes.
const excerptRunes = 40

// Quote quotes s for a one-line message: escaped like a Go string (no
// control or invisible character reaches the terminal) and cut to a short
// excerpt, so an error never prints the whole of a file it should not
// have been shown.
func Quote(s string) string {
	if utf8.RuneCountInString(s) <= excerptRunes {
		return strconv.Quote(s)
	}
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == excerptRunes {
			break
		}
		b.WriteRune(r)
		n++
	}
	q := strconv.Quote(b.String())
	return q[:len(q)-1] + `…"`
}

// Count is n and the noun for n: "1 role", "3 roles".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// OrList names the values a message or help text offers: "a, b or c".
func OrList(values []string) string {
	if len(values) < 2 {
		return strings.Join(values, "")
	}
	return strings.Join(values[:len(values)-1], ", ") + " or " + values[len(values)-1]
}
