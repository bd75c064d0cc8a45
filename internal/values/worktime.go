package values

import (
	"strconv"
	"strings"
)

// ForfaitJours is the working-time code of a forfait jours: a cadre's
// pay counted in days worked a year, not hours.
const ForfaitJours = "forfait-jours"

// Working-time bounds. ForfaitDays is the ceiling Code du travail
// L3121-64 sets when the agreement names none, and what a forfait jours
// is read as when the values give no count; MaxForfaitDays is the most an
// employee may work by giving up rest days (L3121-66). MaxWeeklyHours is
// the absolute weekly maximum of L3121-20.
const (
	ForfaitDays    = 218
	MaxForfaitDays = 235
	MaxWeeklyHours = 48
)

// LegalWeeklyHours is France's legal working week (L3121-27): full time.
const LegalWeeklyHours = 35

// WorkingTime is a working-time value read: hours a week, or a forfait
// jours.
type WorkingTime struct {
	Hours   float64 // hours a week; 0 for a forfait jours
	Forfait bool
}

// ParseWorkingTime reads contract.working_time: "forfait-jours" (also
// "forfait jours"), or hours a week as "35h", "35 h", "24,5h" or "35";
// ok is false for anything else, and for hours outside 1 to
// MaxWeeklyHours.
func ParseWorkingTime(s string) (w WorkingTime, ok bool) {
	f := fold(s)
	if f == ForfaitJours || f == "forfait jours" || f == "forfait" {
		return WorkingTime{Forfait: true}, true
	}
	f = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(f, "/semaine"), "/week"))
	f = strings.TrimSpace(strings.TrimSuffix(f, "h"))
	if f == "" || f[0] < '0' || f[0] > '9' {
		return WorkingTime{}, false // no number: ParseFloat's error would be an allocation for every posting without hours
	}
	n, err := strconv.ParseFloat(strings.Replace(f, ",", ".", 1), 64)
	if err != nil || n < 1 || n > MaxWeeklyHours || strings.ContainsAny(f, "eEnNxX_+-") {
		return WorkingTime{}, false
	}
	return WorkingTime{Hours: n}, true
}

// Code is the working time as values hold it once normalised: "35h",
// "24.5h", "forfait-jours".
func (w WorkingTime) Code() string {
	if w.Forfait {
		return ForfaitJours
	}
	return Number(w.Hours) + "h"
}

// Number writes n with no trailing zeros and no thousands separator, as
// values and messages quote a number: 38000, 24.5.
func Number(n float64) string { return strconv.FormatFloat(n, 'f', -1, 64) }
