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
		{"refs &#27; &#x1B; &#X9b; &#0000027; &#7;", "refs     "},
		{"kept &#233; &amp; &#10; &#x2014;", "kept &#233; &amp; &#10; &#x2014;"},
		{"cr\r\nlf\ttab", "cr\nlf\ttab"},
		{"not a reference &#99999999999;", "not a reference &#99999999999;"},
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
