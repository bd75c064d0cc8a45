package explore

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMatrixHasEveryRoleAndSkill checks every role is a column and every
// skill a role asks is a row, at the level the role asks.
func TestMatrixHasEveryRoleAndSkill(t *testing.T) {
	c := load(t)
	m, err := Matrix(c, "fr", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Roles) != len(c.IDs()) {
		t.Fatalf("%d columns, %d roles", len(m.Roles), len(c.IDs()))
	}
	row := map[string]SkillRow{}
	for _, s := range m.Rows {
		row[s.ID] = s
	}
	for i, ref := range m.Roles {
		r, _ := c.Role(ref.ID)
		asked := 0
		for _, s := range r.Skills {
			if l := row[s.ID].Levels[i]; l == nil || *l != s.Level {
				t.Errorf("%s asks %s at %d, the matrix says %v", r.ID, s.ID, s.Level, l)
			}
		}
		for _, s := range m.Rows {
			if s.Levels[i] != nil {
				asked++
			}
		}
		if asked != len(r.Skills) {
			t.Errorf("%s: %d cells filled, %d skills", r.ID, asked, len(r.Skills))
		}
	}
	// Rows come grouped by kind: each kind is one run.
	seen := map[string]bool{}
	for i, s := range m.Rows {
		if i > 0 && m.Rows[i-1].Kind != s.Kind && seen[s.Kind] {
			t.Errorf("kind %s comes back at %s", s.Kind, s.ID)
		}
		seen[s.Kind] = true
	}
	var b bytes.Buffer
	if err := m.CSV(&b); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil || len(recs) != len(m.Rows)+1 || len(recs[0]) != len(m.Roles)+3 {
		t.Errorf("CSV is %d×%d (%v), want %d×%d", len(recs), len(recs[0]), err, len(m.Rows)+1, len(m.Roles)+3)
	}
}

func TestMatrixFamily(t *testing.T) {
	c := load(t)
	m, err := Matrix(c, "en", "web")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range m.Roles {
		if got, _ := c.Role(r.ID); got.Family != "web" {
			t.Errorf("%s is in family %s", r.ID, got.Family)
		}
	}
	for family, want := range map[string]string{
		"comunity": `unknown family "comunity"; did you mean "community"?`,
		"xyz":      `unknown family "xyz"; use one of community, hr, management, marketing, strategy, web`,
	} {
		if _, err := Matrix(c, "en", family); err == nil || err.Error() != want {
			t.Errorf("Matrix(%q) = %v, want %q", family, err, want)
		}
	}
}

// TestMatrixTerminalFits: at every width, no line is wider than the
// terminal unless it is one word, and every skill name is there whole.
func TestMatrixTerminalFits(t *testing.T) {
	c := load(t)
	m, err := Matrix(c, "fr", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{30, 80, 120} {
		var b strings.Builder
		if err := m.Terminal(&b, width); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, line := range strings.Split(out, "\n") {
			if n := utf8.RuneCountInString(line); n > width && strings.Contains(strings.TrimSpace(line), " ") {
				t.Errorf("width %d: line of %d columns: %q", width, n, line)
			}
		}
		joined := strings.Join(strings.Fields(out), " ")
		for _, s := range m.Rows {
			if !strings.Contains(joined, s.Name) {
				t.Errorf("width %d: skill %q cut or broken", width, s.Name)
			}
		}
	}
}
