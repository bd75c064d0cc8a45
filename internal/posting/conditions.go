package posting

import (
	"strconv"
	"strings"

	"github.com/jobdesc/jobdesc/internal/values"
)

// forfaitWorkable is the days a year a forfait jours could count: 365,
// less 104 weekend days, 25 days of paid leave and about 8 public holidays
// on weekdays. The 218 days of the legal ceiling leave about 10 rest days.
const forfaitWorkable = 228

// workingTime words the working time in lang: "35 h par semaine", "forfait
// jours (218 jours…)", "35 hours a week".
func (b *Base) workingTime(wt values.WorkingTime, days int) string {
	lang := b.p.Lang
	if wt.Forfait {
		if days == 0 {
			days = values.ForfaitDays
		}
		// The rest days are part of the working time, not a benefit: the
		// days left once weekends, the five weeks of paid leave and the
		// weekday public holidays are off, less the days worked.
		return strings.NewReplacer("{days}", strconv.Itoa(days), "{rest}", strconv.Itoa(max(forfaitWorkable-days, 0))).Replace(b.word("forfait_days"))
	}
	h := values.Number(wt.Hours)
	if lang == "fr" {
		h = strings.Replace(h, ".", ",", 1)
	}
	return strings.Replace(b.word("hours_a_week"), "{hours}", h, 1)
}

// privacy words the default candidate-data notice: who processes the
// application (the company, by name when the values give it) and how
// long it is kept; the template adds the rights and whom to ask
// (PrivacyEmail), then complaint, for a job in France the authority a
// candidate may complain to, last, after the rights it backs. Elsewhere
// the authority is another, which the notice does not guess. A labels
// file that still places {complaint} inside the notice keeps it there.
func (b *Base) privacy(company, country string) (notice, complaint string) {
	if company == "" {
		company = b.word("privacy_company")
	}
	if country == "FR" {
		complaint = b.word("privacy_complaint")
	}
	notice = b.word("privacy_default")
	if strings.Contains(notice, "{complaint}") {
		return strings.NewReplacer("{company}", company, "{complaint}", complaint).Replace(notice), ""
	}
	return strings.ReplaceAll(notice, "{company}", company), complaint
}
