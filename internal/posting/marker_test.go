package posting

import (
	"regexp"
	"testing"
)

// frenchMarker reads what the regular expression of the marker matches,
// on titles' suffixes, their neighbours and their near misses.
func TestFrenchMarker(t *testing.T) {
	rx := regexp.MustCompile(`(?i)(^|[^\pL])[fh]\s*/\s*[fh](?:\s*/\s*[xn])?($|[^\pL])`)
	bases := []string{"F/H", "H/F", "f/h", "F / H", "F/H/X", "H/F/N", "f /h/ x", "F/Hx", "F/H/Xy", "eF/H", "éF/H", "F/H é", "F/Hé",
		"F/", "/H", "F//H", "F-H", "H/F/", "F/H/X/", "F\t/\nH", "ch/fr", "h/fr", "the F/H line", "bof/h", "F/H/Z", "(F/H)", "[H/F]",
		"F/H·", "ÉF/H", "F/ÉH", "FH", "", "f", "H/F —", "F/H/XÉ", "F/H/X é"}
	for _, b := range bases {
		for _, s := range []string{b, "Senior " + b, b + " CDI", "(" + b + ")", "x" + b, b + "x"} {
			if got, want := frenchMarker(s), rx.MatchString(s); got != want {
				t.Errorf("frenchMarker(%q) = %v, want %v", s, got, want)
			}
		}
	}
}
