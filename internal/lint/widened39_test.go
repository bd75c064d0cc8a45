package lint

import "testing"

// A union stance whose match runs past its sentence's end (a list item
// with no full stop) is quoted as matched: it once crashed the linter.
func TestUnionStanceAtAnItemsEnd(t *testing.T) {
	text := "# Locksmith\n\nA few other things:\n- You must hold a licence\n- We're not a union shop and never will be\n\nIf you love a puzzle, write to jobs@example.com.\n"
	var found bool
	for _, f := range lintText(t, "en", Markdown, text, nil) {
		if f.Category == "union" {
			found = true
		}
	}
	if !found {
		t.Fatal("no union finding on \"We're not a union shop and never will be\"")
	}
}
