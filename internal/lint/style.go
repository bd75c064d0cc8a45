package lint

import (
	"fmt"
	"math"
)

func readability(a *analysis, lang string) Readability {
	rd := Readability{Formula: "flesch"}
	if lang == "fr" {
		rd.Formula = "kandel-moles"
	}
	if len(a.words) == 0 || len(a.sentences) == 0 {
		return rd
	}
	wps := float64(len(a.words)) / float64(len(a.sentences))
	spw := float64(a.syllables) / float64(len(a.words))
	if lang == "fr" {
		rd.Score = 207 - 1.015*wps - 73.6*spw
	} else {
		rd.Score = 206.835 - 1.015*wps - 84.6*spw
	}
	rd.Score = math.Round(rd.Score*10) / 10
	return rd
}

const readabilityHelp = "Reading ease by Flesch's formula (English) or Kandel and Moles' French adaptation " +
	"(1958): 100 is very easy, below 30 is very hard, the level of legal or academic text. Syllables are " +
	"counted by groups of vowels, a close approximation. Shorter sentences and shorter words raise the score."

// minReadabilityWords: below it a score says little.
const minReadabilityWords = 100

func checkReadability(r *run) {
	rd := r.res.Readability
	if r.res.Words < minReadabilityWords || rd.Score >= float64(r.l.minEase) {
		return
	}
	name := "Flesch reading ease"
	if rd.Formula == "kandel-moles" {
		name = "Kandel–Moles reading ease"
	}
	r.add(whole, 0, fmt.Sprintf("%s is %.1f, below %d: the posting is hard to read", name, rd.Score, r.l.minEase),
		"shorten the sentences and prefer everyday words")
}

func checkSentenceLength(r *run) {
	for _, s := range r.a.sentences {
		if s.words > r.l.maxSentenceWords {
			r.add(s.start, 0, fmt.Sprintf("sentence of %d words (more than %d)", s.words, r.l.maxSentenceWords),
				"split it in two")
		}
	}
}

func checkLength(r *run) {
	n := r.res.Words
	switch {
	case n < r.l.minWords:
		r.add(whole, 0, fmt.Sprintf("the posting has %d words, fewer than %d: say more about the missions and conditions", n, r.l.minWords), "")
	case n > r.l.maxWords:
		r.add(whole, 0, fmt.Sprintf("the posting has %d words, more than %d: readers skim long postings", n, r.l.maxWords),
			"keep the key missions and skills; the full role reference stays internal")
	}
}

const clicheHelp = "Clichés (\"rockstar\", \"ninja\", \"work hard, play hard\") say little about the job and " +
	"put off applicants who do not see themselves that way, more often women. Age-coded words " +
	"(\"jeune et dynamique\", \"digital native\", \"young\") tell older applicants they are not wanted, " +
	"and age is a ground of discrimination under Code du travail L1132-1."
