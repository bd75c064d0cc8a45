package values

import (
	"strings"
	"testing"
)

// TestCountries reads countries.tsv line by line and checks that the
// look-up, which searches the file for a code's line, finds each code's
// names, once, and nothing else.
func TestCountries(t *testing.T) {
	seen := map[string]bool{}
	for i, line := range strings.Split(strings.TrimSuffix(countriesTSV, "\n"), "\n") {
		if i == 0 && strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || len(f[0]) != 2 || strings.Trim(f[0], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" || f[1] == "" || f[2] == "" {
			t.Fatalf("countries.tsv line %d: %q is not CODE<tab>French<tab>English", i+1, line)
		}
		if seen[f[0]] {
			t.Fatalf("countries.tsv line %d: %s twice", i+1, f[0])
		}
		seen[f[0]] = true
		if !IsCountry(f[0]) || CountryName(f[0], "fr") != f[1] || CountryName(f[0], "en") != f[2] {
			t.Errorf("%s: got %q, %q, want %q, %q", f[0], CountryName(f[0], "fr"), CountryName(f[0], "en"), f[1], f[2])
		}
	}
	if len(seen) < 240 {
		t.Errorf("%d countries, want the ISO 3166 list", len(seen))
	}
	for _, code := range []string{"", "F", "FRA", "fr", "#", "# ISO 3166 alpha-2 code", "FR\tFrance", "\nFR", "ZZ"} {
		if IsCountry(code) || CountryName(code, "en") != code {
			t.Errorf("IsCountry(%q) = true, CountryName = %q", code, CountryName(code, "en"))
		}
	}
}
