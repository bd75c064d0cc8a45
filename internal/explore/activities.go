package explore

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/jobdesc/jobdesc/internal/role"
)

// Two activities of different roles are close when the words that carry
// their meaning overlap: the Jaccard index of their stems (shared stems
// over all stems) is at least closeJaccard, with at least closeShared
// stems in common.
//
// The thresholds come from reading every cross-role pair of the shipped
// French catalogue, ranked by the index: activities are short (four to
// ten stems once the common ones are gone), so one stem in common is
// chance ("suivre", "organiser"); from 0.25 up with two stems the pairs
// are the same work ("Mesurer les résultats de la marque" / "Écouter la
// communauté et mesurer les résultats", 0.5; answering private messages,
// 0.38; negotiating agency contracts, 0.3), while between 0.2 and 0.25
// they share a subject, not a task ("community managers" and
// "campagnes" in a hiring task and a briefing task, 0.21).
const (
	closeJaccard = 0.25
	closeShared  = 2
)

// stemLen is how many letters of a word stand for it: five-letter
// truncation is a crude stemmer that works for French and English alike
// ("mesurer", "mesure" and "mesures" are "mesur"; "results" and
// "résultats" differ, and are not meant to meet across languages).
const stemLen = 5

// ActivityRef is one activity of one compared role, or the title of one
// of its missions: a title names the work in a few words, and two titles
// that share them ("Mesurer les résultats de la marque", "Écouter la
// communauté et mesurer les résultats") are close work too.
type ActivityRef struct {
	Role    string `json:"role"`
	Mission string `json:"mission"`
	// Title is set when Text is the mission's title.
	Title bool   `json:"mission_title,omitempty"`
	Text  string `json:"text"`
}

// ActivityGroup is activities of several roles that do close work.
type ActivityGroup struct {
	Activities []ActivityRef `json:"activities"`
}

// activity is an activity with what the comparison needs of it.
type activity struct {
	ref   ActivityRef
	index int // the role's place in the comparison
	stems map[string]bool
}

// closeActivities groups the activities of different roles that do close
// work. A group holds the activities linked to each other pair by pair
// (two activities close to a third join its group), each listed once.
// Groups come in the order of their first activity.
func closeActivities(roles []string, missions [][]role.Mission, lang string) []ActivityGroup {
	var acts []activity
	for i, ms := range missions {
		for _, m := range ms {
			t := text(m.Title, lang)
			acts = append(acts, activity{ActivityRef{roles[i], m.ID, true, t}, i, stems(t)})
			// What a posting shows: a reader checks close work against
			// the postings, not against the reference's longer lists.
			for _, a := range m.Activities[:min(len(m.Activities), role.PostingActivities)] {
				t := text(a, lang)
				acts = append(acts, activity{ActivityRef{roles[i], m.ID, false, t}, i, stems(t)})
			}
		}
	}
	// Union-find over the activities, linking only across roles.
	parent := make([]int, len(acts))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	for a := range acts {
		for b := a + 1; b < len(acts); b++ {
			if acts[a].index != acts[b].index && close(acts[a].stems, acts[b].stems) {
				if ra, rb := find(a), find(b); ra != rb {
					parent[max(ra, rb)] = min(ra, rb)
				}
			}
		}
	}
	members := map[int][]int{}
	var roots []int
	for a := range acts {
		r := find(a)
		if members[r] == nil {
			roots = append(roots, r)
		}
		members[r] = append(members[r], a)
	}
	groups := []ActivityGroup{}
	for _, r := range roots {
		ms := members[r]
		if len(ms) < 2 {
			continue
		}
		var g ActivityGroup
		for _, a := range ms {
			g.Activities = append(g.Activities, acts[a].ref)
		}
		groups = append(groups, g)
	}
	return groups
}

// close reports whether two activities' stems overlap enough.
func close(a, b map[string]bool) bool {
	shared := 0
	for s := range a {
		if _, ok := b[s]; ok {
			shared++
		}
	}
	union := len(a) + len(b) - shared
	return shared >= closeShared && union > 0 && float64(shared)/float64(union) >= closeJaccard
}

// stems are the stems of the words of s worth matching, less the words
// every role of the catalogue writes whatever its work: the brand, the
// team, the network, how often.
func stems(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range missionWords(s) {
		if st := stem(w); !commonStems()[st] {
			out[st] = true
		}
	}
	return out
}

// commonStems are stems of words too common in role files to say two
// activities do the same work.
var commonStems = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`marque brand reseau network equipe team media sociaux social ligne online
		mois month semaine week
		trimestre quarter annee annuel year jour faire make tenir keep puis then votre your
		selon avant apres afin aussi`) {
		for _, mw := range missionWords(w) {
			m[stem(mw)] = true
		}
	}
	return m
})

// stem folds a word's accents and keeps its first stemLen letters.
func stem(w string) string {
	var r []rune
	for _, c := range norm.NFD.String(w) {
		if !unicode.Is(unicode.Mn, c) {
			r = append(r, c)
		}
	}
	return string(r[:min(len(r), stemLen)])
}
