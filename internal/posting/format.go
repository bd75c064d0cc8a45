package posting

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"
)

// number writes n with no trailing zeros and no thousands separator.
func number(n float64) string { return strconv.FormatFloat(n, 'f', -1, 64) }

// Amount writes n the way lang writes money amounts, rounded to scale
// decimals: "38 000" in French, "38,000" in English; decimals only when
// there are some ("1,234,567.50").
func Amount(n float64, scale int, lang string) string {
	sep, dec := ",", "."
	if lang == "fr" {
		sep, dec = narrow, ","
	}
	// Check keeps amounts below MaxAmount, so units fit an int64 at any
	// currency's scale.
	unit := int64(math.Pow10(scale))
	units := int64(math.Round(n * float64(unit)))
	whole, frac := units/unit, units%unit
	digits := strconv.FormatInt(whole, 10)
	var b strings.Builder
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(d)
	}
	if frac > 0 {
		b.WriteString(dec)
		b.WriteString(strconv.FormatInt(unit+frac, 10)[1:])
	}
	return b.String()
}

// Money writes an amount with its currency: "38 000 €", "€38,000",
// "45 000 CHF", "CHF 45,000".
func Money(n float64, cur, lang string) string {
	sym, ok := symbol(cur)
	scale, known := Scale(cur)
	if !known {
		scale = 2
	}
	a := Amount(n, scale, lang)
	if lang == "fr" {
		return a + nbsp + sym
	}
	if ok {
		return sym + a
	}
	return sym + " " + a
}

func symbol(cur string) (string, bool) {
	switch cur {
	case "EUR":
		return "€", true
	case "USD":
		return "$", true
	case "GBP":
		return "£", true
	case "JPY":
		return "¥", true
	}
	return cur, false
}

var (
	monthsFR = [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	monthsEN = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// Date writes an ISO date the way lang writes it: "15 janvier 2027",
// "1er mars 2027", "15 January 2027". A date that does not parse is
// returned as is; Check reports it.
func Date(iso, lang string) string {
	t, err := time.Parse(DateLayout, iso)
	if err != nil {
		return iso
	}
	day := strconv.Itoa(t.Day())
	if lang == "fr" && t.Day() == 1 {
		day = "1er"
	}
	month := monthsEN[t.Month()-1]
	if lang == "fr" {
		month = monthsFR[t.Month()-1]
	}
	return day + " " + month + " " + strconv.Itoa(t.Year())
}

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

// Country names an ISO 3166 alpha-2 code in lang: "FR" is "France".
func Country(code, lang string) string {
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
