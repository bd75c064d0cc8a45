package posting

import (
	"strconv"
	"strings"

	"github.com/jobdesc/jobdesc/internal/values"
)

// words words the working time in lang: "35 h par semaine", "forfait
// jours (218 jours)", "35 hours a week".
func (b *Base) workingTime(wt values.WorkingTime, days int) string {
	lang := b.p.Lang
	if wt.Forfait {
		if days == 0 {
			days = values.ForfaitDays
		}
		return strings.Replace(b.word("forfait_days"), "{days}", strconv.Itoa(days), 1)
	}
	h := values.Number(wt.Hours)
	if lang == "fr" {
		h = strings.Replace(h, ".", ",", 1)
	}
	return strings.Replace(b.word("hours_a_week"), "{hours}", h, 1)
}

// privacy words the default candidate-data notice: who processes the
// application (the company, by name when the values give it) and how
// long it is kept; the template adds whom to ask, PrivacyEmail.
func (b *Base) privacy(company string) string {
	if company == "" {
		company = b.word("privacy_company")
	}
	return strings.Replace(b.word("privacy_default"), "{company}", company, 1)
}
