package posting

import (
	"github.com/jobdesc/jobdesc/internal/values"
	"math"
	"strconv"
	"strings"
	"time"
)

// Amount writes n the way lang writes money amounts, rounded to scale
// decimals: "38 000" in French, "38,000" in English; decimals only when
// there are some ("1,234,567.50").
func Amount(n float64, scale int, lang string) string {
	sep, dec := ",", "."
	if lang == "fr" {
		sep, dec = narrow, ","
	}
	// Check keeps amounts below values.MaxAmount, so units fit an int64 at any
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
	scale, known := values.Scale(cur)
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
	if iso == "" { // no date, most valid_through: not parsed for an error
		return ""
	}
	t, err := time.Parse(values.DateLayout, iso)
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
