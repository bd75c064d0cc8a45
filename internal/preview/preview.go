// Package preview shows a Markdown posting in the terminal through
// glamour, with a style chosen by the caller. Control characters are
// removed from the input, and glamour's output is checked again after it
// has decoded everything: only the colour sequences it writes itself
// reach the terminal.
package preview

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"

	"github.com/jobdesc/jobdesc/internal/role"
)

// Options of one preview.
type Options struct {
	Style string // dark, light or notty
	Width int    // columns to wrap at
	Color bool   // false: no escape code at all in the output
}

// Renderer renders Markdown for the terminal. Build it once per run.
type Renderer struct {
	tr    *glamour.TermRenderer
	width int  // columns of text, where words are broken
	color bool // false: not even glamour's colour sequences
}

// New builds a renderer; it never calls glamour's auto style, which probes
// the terminal.
func New(opts Options) (*Renderer, error) {
	var style glamour.TermRendererOption
	switch {
	case !opts.Color:
		// Only the notty style is free of bold and underline codes.
		style = glamour.WithStyles(styles.NoTTYStyleConfig)
	case opts.Style == "dark" || opts.Style == "light":
		style = glamour.WithStandardStyle(opts.Style)
	case opts.Style == "notty":
		style = glamour.WithStyles(styles.NoTTYStyleConfig)
	default:
		return nil, fmt.Errorf("unknown style %q; use dark, light or notty", opts.Style)
	}
	width := opts.Width
	if width <= 0 {
		width = 80
	}
	// Past a page's width lines are no easier to read, and glamour's
	// buffers grow with the width it is given.
	width = min(width, MaxWidth)
	tr, err := glamour.NewTermRenderer(style, glamour.WithWordWrap(width-2))
	if err != nil {
		return nil, err
	}
	return &Renderer{tr: tr, width: width - 2, color: opts.Color}, nil
}

// MaxWidth caps the columns a preview is laid out in, whatever the
// terminal or $COLUMNS says.
const MaxWidth = 120

// Render returns md laid out for the terminal.
func (r *Renderer) Render(md string) (string, error) {
	out, err := r.tr.Render(BreakWords(Sanitize(md), r.width))
	if err != nil {
		return "", fmt.Errorf("preview: %w", err)
	}
	return Terminal(out, r.color), nil
}

// controlRef matches numeric character references, with or without the
// closing semicolon: html.UnescapeString, which glamour calls, decodes
// both.
var controlRef = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?`)
})

// Sanitize removes C0 and C1 control characters (tab and newline kept)
// and replaces character references that decode to one, or to nothing
// valid (html.UnescapeString wraps overflowing numbers: &#4294967323; is
// ESC), with U+FFFD (a removal could join the text around it into a new
// reference), so
// nothing in a role or a template can send an escape sequence (cursor
// moves, OSC 52 clipboard writes) to the user's terminal.
func Sanitize(s string) string {
	s = strings.Map(func(r rune) rune {
		if role.IsControl(r) || r == '\r' {
			return -1
		}
		return r
	}, s)
	return controlRef().ReplaceAllStringFunc(s, func(ref string) string {
		m := controlRef().FindStringSubmatch(ref)
		var n uint64
		var err error
		if m[1] != "" {
			n, err = strconv.ParseUint(m[1], 16, 32)
		} else {
			n, err = strconv.ParseUint(m[2], 10, 32)
		}
		if err == nil && n <= 0x10FFFF && n != 0 && !role.IsControl(rune(n)) && n != '\r' {
			return ref
		}
		return "\uFFFD"
	})
}

// Terminal keeps of glamour's output only what may reach a terminal:
// printable text, newline, tab, and SGR sequences (ESC [ digits ; m),
// which set colours and are all glamour writes. Every other escape or
// control sequence is dropped (CSI of other kinds, OSC, DCS and the like
// whole), as is every other C0 or C1 control.
// It runs after the last decoding step, so no decoder upstream can
// smuggle a control byte past it. Without color, SGR goes too: glamour v2
// writes its styles whatever the terminal, leaving the caller to strip
// what the terminal cannot show. With color, the sequences kept are
// compacted.
func Terminal(s string, color bool) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c == 0x1b {
			n, keep := escape(s[i:])
			if keep && color {
				b.WriteString(s[i : i+n])
			}
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\n' || r == '\t' || !role.IsControl(r) && r != '\r' {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	if color {
		return compact(b.String())
	}
	return b.String()
}

// escape measures the escape sequence s starts with and says whether it
// is an SGR sequence to keep.
func escape(s string) (n int, keep bool) {
	if len(s) < 2 {
		return len(s), false
	}
	switch s[1] {
	case '[':
	case ']', 'P', '_', '^', 'X':
		// A string sequence (OSC, DCS, APC, PM, SOS): dropped with its
		// payload up to the terminator, BEL or ESC \; without one, only
		// the introducer goes and the rest shows as text.
		for i := 2; i < len(s); i++ {
			switch {
			case s[i] == 0x07:
				return i + 1, false
			case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
				return i + 2, false
			}
		}
		return 2, false
	default:
		return 2, false // ESC and the one character it introduces
	}
	params := true
	for i := 2; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x40 && c <= 0x7e:
			return i + 1, c == 'm' && params
		case c >= '0' && c <= '9', c == ';', c == ':':
		case c >= 0x20 && c <= 0x3f:
			params = false // private or intermediate bytes: not plain SGR
		default:
			return i, false // broken sequence: drop what came so far
		}
	}
	return len(s), false
}

// BreakWords inserts a space into every run of more than width
// non-space characters, every width characters, so no word is wider than
// a line. Laying out one unbroken word costs glamour time quadratic in
// its length; broken, the cost is linear. A backslash escape is never
// split from what it escapes.
func BreakWords(s string, width int) string {
	width = max(width, 8)
	var b strings.Builder
	b.Grow(len(s) + len(s)/width)
	run, prev := 0, rune(0)
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			run = 0
		case run >= width && prev != '\\':
			b.WriteByte(' ')
			run = 1
		default:
			run++
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}
