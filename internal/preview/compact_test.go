package preview

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cells is what a terminal shows for s: each line's characters with the
// SGR sequences in force for each (since the last reset, as written),
// blanks that show nothing dropped from the end of every line. It is an
// SGR state machine of its own, so compact is checked against it rather
// than against itself.
func cells(s string) [][]string {
	var out [][]string
	var line []string
	style := ""
	for i := 0; i < len(s); {
		switch {
		case s[i] == 0x1b:
			n := strings.IndexByte(s[i:], 'm') + 1
			if p := strings.Trim(s[i+2:i+n-1], "0;"); p == "" {
				style = ""
			} else {
				style += s[i : i+n]
			}
			i += n
		case s[i] == '\n':
			out = append(out, line)
			line = nil
			i++
		default:
			line = append(line, style+"|"+s[i:i+1])
			i++
		}
		if i == len(s) || s[i] == '\n' {
			for len(line) > 0 && strings.HasSuffix(line[len(line)-1], "| ") && invisibleBlank(strings.TrimSuffix(line[len(line)-1], "| ")) {
				line = line[:len(line)-1]
			}
		}
	}
	return append(out, line)
}

// TestCompactKeepsTheLook lays out every shipped posting in both styles
// and checks that compact changes no visible cell, and saves most bytes.
func TestCompactKeepsTheLook(t *testing.T) {
	files, err := filepath.Glob("../../testdata/golden/*.md")
	if err != nil || len(files) == 0 {
		t.Fatal("no golden postings", err)
	}
	for _, style := range []string{"dark", "light"} {
		r, err := New(Options{Style: style, Width: 100, Color: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			md, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			full, err := r.tr.Render(string(md))
			if err != nil {
				t.Fatal(err)
			}
			kept := keepSGR(full)
			got := compact(kept)
			want := cells(kept)
			if g := cells(got); !equalCells(g, want) {
				t.Errorf("%s, %s: compact changes what the terminal shows", style, filepath.Base(f))
			}
			if len(got)*3 > len(kept) {
				t.Errorf("%s, %s: compact kept %d of %d bytes", style, filepath.Base(f), len(got), len(kept))
			}
			if plain := Terminal(got, false); strings.TrimSpace(plain) == "" || !sameWords(plain, Terminal(full, false)) {
				t.Errorf("%s, %s: the text changed", style, filepath.Base(f))
			}
		}
	}
}

// keepSGR is Terminal's filter without compact: what glamour wrote, SGR
// sequences kept.
func keepSGR(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			n, keep := escape(s[i:])
			if keep {
				b.WriteString(s[i : i+n])
			}
			i += n
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

func equalCells(a, b [][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if strings.Join(a[i], "\x00") != strings.Join(b[i], "\x00") {
			return false
		}
	}
	return true
}

func sameWords(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}

func TestCompact(t *testing.T) {
	tests := []struct{ in, want string }{
		// padding styled space by space goes; the words' runs merge
		{"\x1b[38;5;252mword\x1b[m\x1b[38;5;252m more\x1b[m\x1b[38;5;252m \x1b[m\x1b[38;5;252m \x1b[m", "\x1b[38;5;252mword more\x1b[m"},
		// a background shows on a blank cell: kept
		{"\x1b[48;5;236mcode \x1b[m\x1b[48;5;236m \x1b[m", "\x1b[48;5;236mcode  \x1b[m"},
		// colour 4 of a 256-colour foreground is not an underline
		{"a\x1b[38;5;4m  \x1b[0m", "a"},
		{"a\x1b[4m  \x1b[0m", "a\x1b[4m  \x1b[m"},
		{"a\x1b[7m \x1b[m", "a\x1b[7m \x1b[m"},
		// a style left open runs into the next line, which reopens it
		{"\x1b[1mbold\nstill\x1b[m plain  ", "\x1b[1mbold\x1b[m\n\x1b[1mstill\x1b[m plain"},
		{"\x1b[0m\x1b[94;1m\x1b[0m\x1b[94;1m## Title\x1b[0m", "\x1b[94;1m## Title\x1b[m"},
		{"no style   \n\n", "no style\n\n"},
	}
	for _, tt := range tests {
		if got := compact(tt.in); got != tt.want {
			t.Errorf("compact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
