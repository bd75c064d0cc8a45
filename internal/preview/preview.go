// Package preview shows a Markdown posting in the terminal through
// glamour, with a style chosen by the caller and every control character
// of the input removed first.
package preview

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/glamour/styles"
	"github.com/muesli/termenv"

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
	tr *glamour.TermRenderer
}

// New builds a renderer; it never calls glamour's auto style, which probes
// the terminal.
func New(opts Options) (*Renderer, error) {
	profile := termenv.TrueColor
	if !opts.Color {
		profile = termenv.Ascii
	}
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
	tr, err := glamour.NewTermRenderer(style, glamour.WithColorProfile(profile), glamour.WithWordWrap(width-2))
	if err != nil {
		return nil, err
	}
	return &Renderer{tr: tr}, nil
}

// Render returns md laid out for the terminal.
func (r *Renderer) Render(md string) (string, error) {
	out, err := r.tr.Render(Sanitize(md))
	if err != nil {
		return "", fmt.Errorf("preview: %w", err)
	}
	return out, nil
}

// controlRef matches character references, which goldmark decodes.
var controlRef = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));`)
})

// Sanitize removes C0 and C1 control characters (tab and newline kept) and
// character references that decode to one, so nothing in a role or a
// template can send an escape sequence (cursor moves, OSC 52 clipboard
// writes) to the user's terminal.
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
		if err != nil || n > 0x10FFFF || n == 0 || role.IsControl(rune(n)) || n == '\r' {
			return ""
		}
		return ref
	})
}
