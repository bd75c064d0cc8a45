package values

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed countries.tsv
var countriesTSV string

// country returns the names of code, French then English, from its line
// of countries.tsv.
func country(code string) ([2]string, bool) {
	names, ok := countries()[code]
	return names, ok
}

// countries are the lines of countries.tsv by code, read once: a batch
// checks a country for each of its postings.
var countries = sync.OnceValue(func() map[string][2]string {
	m := make(map[string][2]string, strings.Count(countriesTSV, "\n"))
	for line := range strings.SplitSeq(countriesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		code, names, _ := strings.Cut(line, "\t")
		fr, en, ok := strings.Cut(names, "\t")
		if ok && code != "" && !strings.Contains(en, "\t") {
			m[code] = [2]string{fr, en}
		}
	}
	return m
})

// IsCountry reports whether code is an ISO 3166 alpha-2 country code.
func IsCountry(code string) bool {
	_, ok := country(code)
	return ok
}

// CountryName names an ISO 3166 alpha-2 code in lang: "FR" is "France".
func CountryName(code, lang string) string {
	names, ok := country(code)
	switch {
	case !ok:
		return code
	case lang == "fr":
		return names[0]
	default:
		return names[1]
	}
}
