package values

import (
	_ "embed"
	"strings"
)

//go:embed countries.tsv
var countriesTSV string

// country returns the names of code, French then English, from its line
// of countries.tsv. A run names one or two countries: finding their lines
// costs it less than a map of every country would.
func country(code string) ([2]string, bool) {
	if code == "" || strings.ContainsAny(code, "\t\n#") {
		return [2]string{}, false
	}
	i := strings.Index(countriesTSV, "\n"+code+"\t")
	if i < 0 {
		return [2]string{}, false
	}
	line := countriesTSV[i+1:]
	if e := strings.IndexByte(line, '\n'); e >= 0 {
		line = line[:e]
	}
	_, names, _ := strings.Cut(line, "\t")
	fr, en, ok := strings.Cut(names, "\t")
	if !ok || strings.Contains(en, "\t") {
		return [2]string{}, false
	}
	return [2]string{fr, en}, true
}

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
