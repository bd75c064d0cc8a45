package values

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed countries.tsv
var countriesTSV string

// countries maps each ISO 3166 alpha-2 code to its names, French then
// English; read on first use.
var countries = sync.OnceValue(func() map[string][2]string {
	m := make(map[string][2]string, 256)
	for _, line := range strings.Split(countriesTSV, "\n") {
		f := strings.Split(line, "\t")
		if len(f) == 3 && !strings.HasPrefix(line, "#") {
			m[f[0]] = [2]string{f[1], f[2]}
		}
	}
	return m
})

// IsCountry reports whether code is an ISO 3166 alpha-2 country code.
func IsCountry(code string) bool {
	_, ok := countries()[code]
	return ok
}

// CountryName names an ISO 3166 alpha-2 code in lang: "FR" is "France".
func CountryName(code, lang string) string {
	names, ok := countries()[code]
	switch {
	case !ok:
		return code
	case lang == "fr":
		return names[0]
	default:
		return names[1]
	}
}
