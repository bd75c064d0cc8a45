package lint

import (
	"fmt"
	"strings"

	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/values"
)

// The French minimum wage (SMIC) in force on 1 January 2026: 12,02 € gross
// an hour, 1 823,03 € a month for 35 hours a week, in mainland France and
// the overseas departments but Mayotte. Source: Décret n° 2025-1228 du 17
// décembre 2025 portant relèvement du salaire minimum de croissance
// (Journal officiel of 18 December 2025), article 1. Update it with the
// next decree or arrêté that raises it.
const (
	smicHourly = 12.02
	smicSource = "Décret n° 2025-1228 du 17 décembre 2025"
	smicFrom   = "1 January 2026"
)

const minimumWageHelp = "Code du travail L3231-2: no employee in France is paid below the SMIC, " +
	"12,02 € gross an hour from 1 January 2026 (" + smicSource + "), 1 823,03 € a month for " +
	"35 hours a week; part-time pay is pro-rated on the hours, and hours past 35 are paid 25 % more " +
	"(50 % past 43). The rule reads the posting's values: a salary in EUR for a job in France, on an " +
	"employee's contract (not an internship, an apprenticeship or a freelance rate), against the weekly " +
	"hours of contract.working_time, else 35 for full time."

const statusHelp = "In France the status (cadre or non-cadre) follows the job's autonomy and " +
	"responsibility under the collective agreement: a junior post that manages nobody is seldom cadre, " +
	"and a head-of post that sets a strategy and leads a team is seldom non-cadre. A status that does " +
	"not fit the role misleads candidates on pay, pension and working time (forfait jours is for cadres)."

const onCallHelp = "On-call duty (astreinte) must be compensated, in money or time off " +
	"(Code du travail L3121-9), and candidates ask what it pays before anything else about it. " +
	"A posting jobdesc renders shows contract.on_call only with contract.on_call_pay."

const onCallDutyHelp = "A rota with nothing to do on it is the candidate's first question. A posting jobdesc " +
	"renders shows contract.on_call only for a role that says what is done on call (its on_call_duty, " +
	"shown with the line), and never for a junior, who is not put on call alone; for any other posting " +
	"the line is left out and this rule says so."

// paidHours are the hours a week a worker of hours is paid at the minimum,
// overtime counted at its legal premium (L3121-36).
func paidHours(hours float64) float64 {
	return min(hours, 35) + 1.25*max(min(hours, 43)-35, 0) + 1.5*max(hours-43, 0)
}

// MinimumWage returns the least a French employee of hours a week may be
// paid a period (hour, day, week, month, year), gross, in euros; ok is
// false for a period it cannot say (a day of a part-time job, an unknown
// period).
func MinimumWage(period string, hours float64) (float64, bool) {
	week := smicHourly * paidHours(hours)
	switch period {
	case "hour":
		return smicHourly, true
	case "day":
		return week / 5, hours >= values.LegalWeeklyHours
	case "week":
		return week, true
	case "month":
		return week * 52 / 12, true
	case "year":
		return week * 52, true
	}
	return 0, false
}

func checkMinimumWage(r *run) {
	f := r.d.Facts
	if f == nil || f.Pay == nil || r.d.Country != "FR" || f.Pay.Currency != "EUR" || f.Pay.Basis != posting.BasisGross {
		return
	}
	switch f.Terms.Type {
	case "internship", "apprenticeship", values.Freelance: // paid by their own scales, not the SMIC
		return
	}
	hours := f.Terms.WeeklyHours
	switch {
	case hours == 0 && f.Terms.Hours == "part-time" && f.Pay.Period != "hour":
		return // part time of unknown hours: nothing to pro-rate on
	case hours == 0:
		hours = values.LegalWeeklyHours // full time, or a forfait jours
	}
	least, ok := MinimumWage(f.Pay.Period, hours)
	low := f.Pay.Min
	if low == 0 {
		low = f.Pay.Max
	}
	if !ok || low >= least-0.005 {
		return
	}
	money := func(n float64) string { return posting.Money(n, "EUR", "en") }
	per := "a " + f.Pay.Period
	if f.Pay.Period == "hour" {
		per = "an hour"
	}
	time := trimZero(hours) + " hours a week"
	if f.Terms.WorkingTime == values.ForfaitJours {
		time = "full time (a forfait jours)"
	}
	r.add(whole, 0, fmt.Sprintf("salary %s %s is below the French minimum wage for %s, %s gross %s (SMIC of %s an hour from %s, %s)",
		money(low), per, time, money(least), per, money(smicHourly), smicFrom, smicSource),
		fmt.Sprintf("raise salary.min to %s or more, or check salary.period and contract.working_time", money(least)))
}

func trimZero(n float64) string { return strings.TrimSuffix(fmt.Sprintf("%.1f", n), ".0") }

func checkStatus(r *run) {
	f := r.d.Facts
	if f == nil || !r.french() {
		return
	}
	switch {
	case f.Terms.Status == "cadre" && f.Seniority == "junior" && !f.Manages && !f.Lead:
		r.add(whole, 0, "status cadre for a junior post that manages nobody; candidates and the agreement's grid will read it as a senior post",
			"check contract.status: non-cadre fits most junior posts, cadre needs the autonomy and the grade the agreement sets for it")
	case f.Terms.Status == "non-cadre" && f.Lead:
		r.add(whole, 0, "status non-cadre for a head-of post; candidates for a post that leads a team and sets a strategy expect cadre",
			"set contract.status to cadre, or check the role and seniority")
	}
}

// checkOnCallDuty: the company's rota is not every role's. Values that
// set on-call for a role giving no on_call_duty are common (one company
// file for every posting), so the posting leaves the line out and this
// says why, as information, not as a fault of the values.
func checkOnCallDuty(r *run) {
	f := r.d.Facts
	switch {
	case f == nil || f.Terms.OnCall == "" || f.Terms.OnCallPay == "" || f.Terms.OnCallDuty != "":
	case f.Seniority == "junior":
		r.add(whole, 0, "contract.on_call is set for a junior posting, and a junior is never put on call alone, so the posting leaves the on-call line out",
			"clear contract.on_call for junior postings (seniorities: {junior: {contract: {on_call: null}}})")
	default:
		r.add(whole, 0, "contract.on_call is set for a role that says no on-call duty, so the posting leaves the on-call line out",
			"say what the role does on call in its on_call_duty, or clear contract.on_call for this posting")
	}
}

// onCallWords name on-call duty; onCallPaid say what it pays.
var (
	onCallWords = []string{"astreinte", "on-call", "on call"}
	onCallPaid  = []string{"indemnis", "rémunér", "remuner", "prime", "compens", "majorat", "récupér", "repos",
		"paid", "pay", "allowance", "bonus", "time off", "€", "£", "$"}
)

func checkOnCall(r *run) {
	if f := r.d.Facts; f != nil {
		if f.Terms.OnCall != "" && f.Terms.OnCallPay == "" {
			r.add(whole, 0, "contract.on_call has no compensation, so the posting leaves the on-call duty out",
				"set contract.on_call_pay (e.g. \"prime de 150 € brut par semaine d'astreinte\")")
			return
		}
		if f.Terms.OnCallPay != "" {
			return // the conditions say what the duty pays
		}
	}
	low := r.d.low
	// One walk over the posting's words finds them all; each word's
	// places are then weighed in the list's order.
	var places [][]int
	for at, k := range r.a.wordsAt(low, onCallWords) {
		if w := onCallWords[k]; w != "astreinte" && !boundary(low, at+len(w)) {
			continue // "coaching on calls": the calls taken, not a duty
		}
		if places == nil {
			places = make([][]int, len(onCallWords))
		}
		places[k] = append(places[k], at)
	}
	for k, w := range onCallWords {
		if places == nil {
			break
		}
		for _, at := range places[k] {
			s := r.a.sentenceAt(at)
			if s.end <= s.start {
				s = span{at, at + len(w)}
			}
			if containsAny(low[s.start:s.end], onCallPaid) {
				continue
			}
			sug := "say what the on-call duty pays (contract.on_call and contract.on_call_pay), or leave it out"
			if r.d.Lang == "fr" {
				sug = "dites ce que rapportent les astreintes (contract.on_call et contract.on_call_pay), ou retirez-les"
			}
			r.add(at, 0, fmt.Sprintf("%q mentions on-call duty without its compensation", r.quote(span{at, at + len(w)})), sug)
			return // once a posting: the fix is one value
		}
	}
}
