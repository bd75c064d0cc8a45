package preview

import (
	"os"
	"strings"
	"testing"
)

func TestSanitize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain *md*", "plain *md*"},
		{"esc\x1b[2Jx", "esc[2Jx"},
		{"osc52 \x1b]52;c;aGk=\x07", "osc52 ]52;c;aGk="},
		{"c1 \u009b31m", "c1 31m"},
		{"refs &#27; &#x1B; &#X9b; &#0000027; &#7;", "refs \uFFFD \uFFFD \uFFFD \uFFFD \uFFFD"},
		{"no semicolon X&#27]52;c;aGVsbG8=&#27\\ Y &#x1b[2J", "no semicolon X\uFFFD]52;c;aGVsbG8=\uFFFD\\ Y \uFFFD[2J"},
		{"wraps &#4294967323; &#x10000001b;", "wraps \uFFFD \uFFFD"},
		{"nested &&#27;#27;", "nested &\uFFFD#27;"},
		{"kept &#233; &amp; &#10; &#x2014;", "kept &#233; &amp; &#10; &#x2014;"},
		{"cr\r\nlf\ttab", "cr\nlf\ttab"},
		{"out of range &#99999999999;", "out of range \uFFFD"},
	}
	for _, tt := range tests {
		if got := Sanitize(tt.in); got != tt.want {
			t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNoEscapeCodesWithoutColor(t *testing.T) {
	for _, style := range []string{"dark", "light", "notty"} {
		r, err := New(Options{Style: style, Width: 60, Color: false})
		if err != nil {
			t.Fatal(err)
		}
		out, err := r.Render("# Title\n\n**bold** and *it* and `code` and [a link](https://example.com)\n\n- item\n\n&#27;]52;c;aGk=&#7;\n")
		if err != nil {
			t.Fatal(err)
		}
		if strings.ContainsAny(out, "\x1b\x07") {
			t.Errorf("style %s without color: escape codes in %q", style, out)
		}
	}
}

func TestColorWithStyle(t *testing.T) {
	r, err := New(Options{Style: "dark", Width: 60, Color: true})
	if err != nil {
		t.Fatal(err)
	}
	out, _ := r.Render("# Title\n\ntext &#27;]52;c;aGk=&#7;\n")
	if !strings.Contains(out, "\x1b[") {
		t.Error("no color with color on")
	}
	if strings.Contains(out, "\x1b]") || strings.Contains(out, "\x07") {
		t.Errorf("an OSC sequence reached the output: %q", out)
	}
}

func FuzzSanitize(f *testing.F) {
	f.Add("&#27;]52;c;aGk=&#7;")
	f.Add("\x1b[31mred\x1b[0m")
	f.Add("&#x9b;&#155;")
	f.Fuzz(func(t *testing.T, s string) {
		out := Sanitize(s)
		for _, r := range out {
			if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r < 0xa0 {
				t.Fatalf("control character %U survives in %q", r, out)
			}
		}
		if again := Sanitize(out); strings.Count(again, "&#") > strings.Count(out, "&#") {
			t.Fatalf("not stable: %q -> %q", out, again)
		}
	})
}

// BenchmarkPreview lays out one posting, the community manager's in
// French, for an 80-column terminal.
func BenchmarkPreview(b *testing.B) {
	data, err := os.ReadFile("../../testdata/golden/community-manager.fr.md")
	if err != nil {
		b.Fatal(err)
	}
	md := string(data)
	r, err := New(Options{Style: "dark", Width: 80, Color: true})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Render(md); err != nil {
			b.Fatal(err)
		}
	}
}

func TestTerminal(t *testing.T) {
	tests := []struct{ in, want string }{
		{"\x1b[38;5;252mtext\x1b[0m\n", "\x1b[38;5;252mtext\x1b[m\n"},
		{"\x1b[38:2:1:2:3mrgb\x1b[m", "\x1b[38:2:1:2:3mrgb\x1b[m"},
		{"osc \x1b]52;c;aGk=\x07 end", "osc  end"},
		{"osc st \x1b]0;title\x1b\\ end", "osc st  end"},
		{"osc8 \x1b]8;;https://x.example\x1b\\link\x1b]8;;\x1b\\ end", "osc8 link end"},
		{"open osc \x1b]2;text", "open osc 2;text"},
		{"clear \x1b[2J\x1b[H\x1b[?25l\x1b[6n", "clear"},
		{"dcs \x1bPq\x1b\\ c1 \u009b2J \u009d0;t\u009c", "dcs  c1 2J 0;t"},
		{"bare \x1b", "bare"},
		{"cut \x1b[31", "cut"},
		{"bell\a del\x7f cr\r tab\t", "bell del cr tab\t"},
		{"keep é — 👩🏽‍💻", "keep é — 👩🏽‍💻"},
	}
	for _, tt := range tests {
		if got := Terminal(tt.in, true); got != tt.want {
			t.Errorf("Terminal(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBreakWords(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"short words stay", 10, "short words stay"},
		{strings.Repeat("x", 25), 10, "xxxxxxxxxx xxxxxxxxxx xxxxx"},
		{"a " + strings.Repeat("é", 12) + "\nb", 10, "a éééééééééé éé\nb"},
		{strings.Repeat("y", 9) + `\*z`, 10, strings.Repeat("y", 9) + `\* z`},
	}
	for _, tt := range tests {
		if got := BreakWords(tt.in, tt.width); got != tt.want {
			t.Errorf("BreakWords(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
	}
}

// TestWidthCapped: a huge $COLUMNS lays out at MaxWidth, not at a width
// that would make glamour allocate gigabytes.
func TestWidthCapped(t *testing.T) {
	r, err := New(Options{Style: "notty", Width: 100_000_000, Color: false})
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.Render(strings.Repeat("word ", 200))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(out, "\n") {
		if n := len([]rune(line)); n > MaxWidth {
			t.Fatalf("a line of %d columns, over %d", n, MaxWidth)
		}
	}
}

func TestWrap(t *testing.T) {
	long := strings.Repeat("word ", 8) + "https://example.com/" + strings.Repeat("x", 50)
	got := Wrap("Title\n\n- "+long+"\n12. "+strings.Repeat("step ", 6)+"\n", 24)
	want := "Title\n\n- word word word word\n  word word word word\n  https://example.com/" + strings.Repeat("x", 50) + "\n12. step step step step\n    step step\n"
	if got != want {
		t.Errorf("Wrap =\n%s\nwant\n%s", got, want)
	}
}

// BenchmarkLayer is preview's own work around glamour: sanitizing the
// Markdown, breaking long words, filtering glamour's output.
func BenchmarkLayer(b *testing.B) {
	data, err := os.ReadFile("../../testdata/golden/community-manager.fr.md")
	if err != nil {
		b.Fatal(err)
	}
	md := string(data)
	r, err := New(Options{Style: "dark", Width: 80, Color: true})
	if err != nil {
		b.Fatal(err)
	}
	out, err := r.tr.Render(md)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		BreakWords(Sanitize(md), 78)
		Terminal(out, true)
	}
}
