package render

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/values"
)

// inclusiveFaults are the forms French postings do not mix with the one
// convention they follow: the point médian with « ·rice(s) » after -teur
// (« directeur·rice », « créateur·rices »), « candidat·e(s) », and never a
// masculine plural agreed with an inclusive word (« les responsables
// digitaux… rattaché·es »).
var inclusiveFaults = []struct {
	re   *regexp.Regexp
	want string
}{
	{regexp.MustCompile(`(?i)·trices?\b`), "« ·rice » after -teur: « directeur·rice »"},
	{regexp.MustCompile(`(?i)·ices?\b`), "« ·rice(s) »: « créateur·rices », « utilisateur·rices »"},
	{regexp.MustCompile(`(?i)\bpersonnes? candidates?\b`), "« candidat·e(s) »"},
	// a masculine plural, then an inclusive plural in the same clause
	{regexp.MustCompile(`\b\p{L}+(?:aux|eurs)\b[^.;:!?()]{0,80}?\p{L}+·es\b`), "one gender form in a clause: « les responsables du digital… rattaché·es »"},
}

// thingsPlural are plurals in -aux or -eurs that name things, not people:
// they agree with nothing inclusive.
var thingsPlural = []string{"réseaux", "travaux", "bureaux", "canaux", "journaux", "tableaux", "locaux", "niveaux", "visuels", "secteurs", "indicateurs", "serveurs", "erreurs", "valeurs", "couleurs", "moteurs", "ailleurs", "plusieurs", "leurs", "meilleurs", "sociaux", "nationaux", "internationaux", "principaux", "médiaux", "régionaux", "animaux", "hauteurs", "formats"}

// TestInclusiveWriting reads every posting the catalogue renders, at every
// size and seniority, in both languages, with the three complete values
// files, for the inclusive forms the French convention rules out.
func TestInclusiveWriting(t *testing.T) {
	c := shippedCatalog(t)
	r := renderer(t, "text")
	for _, file := range []struct{ name, size string }{{"complete", ""}, {"complete-large", "large"}, {"complete-small", "small"}} {
		cfg := valuesConfig(t, file.name)
		for _, id := range c.IDs() {
			ro, _ := c.Role(id)
			for _, size := range role.Sizes() {
				if file.size != "" && size != file.size {
					continue
				}
				for _, seniority := range values.Seniorities {
					if ro.ShapeAt(size, seniority).Unsuitable != nil || !ro.HiredAt(seniority) {
						continue
					}
					v := valuesAt(t, cfg, ro, size, seniority)
					v.Lang = "fr"
					out := render(t, r, resolve(t, c, r, id, v))
					for _, f := range inclusiveFaults {
						for _, at := range f.re.FindAllStringIndex(out, -1) {
							m := out[at[0]:at[1]]
							if f.want[0] != 'o' { // the words before, to find the line
								words := strings.Fields(out[strings.LastIndexByte(out[:at[0]], '\n')+1 : at[1]])
								m = strings.Join(words[max(len(words)-6, 0):], " ")
							}
							if first, _, _ := strings.Cut(m, " "); f.want[0] == 'o' && slices.Contains(thingsPlural, strings.ToLower(first)) {
								continue
							}
							t.Errorf("%s (%s, %s, %s): %q: write %s", id, file.name, size, seniority, m, f.want)
						}
					}
				}
			}
		}
	}
}
