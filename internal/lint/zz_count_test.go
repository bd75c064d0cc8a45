package lint

import (
	"os"
	"testing"
)

func TestZZCount(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		src, _ := os.ReadFile("testdata/bench." + lang + ".md")
		d, _ := ParseMarkdown("b.md", lang, src)
		a := analyse(d.low, lang, nil)
		rules := map[string]int{}
		for _, h := range a.hits {
			rules[phrases().all[h.phrase].rule]++
		}
		t.Logf("%s: %d bytes, %d words, %d hits %v, blocks?", lang, len(d.low), len(a.words), len(a.hits), rules)
	}
}
