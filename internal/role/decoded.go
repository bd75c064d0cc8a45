package role

import "github.com/jobdesc/jobdesc/internal/snapshot"

// Decoded is one file of the catalogue as a snapshot holds it: its
// values, decoded from YAML when the program was built, and the bytes
// they were decoded from. The loader takes them only while the file it
// reads is still those bytes.
type Decoded struct {
	snapshot.File
	// Role builds a role file's values.
	Role func() *Role
	// SkillIDs are skills.yaml's skill ids, in the file's order, and
	// Skill builds the skill of SkillIDs[i]: a run builds the skills its
	// roles name, not every skill of the catalogue.
	SkillIDs []string
	Skill    func(i int) Skill
}

// Skills builds every skill of a skills.yaml snapshot, in order.
func (d Decoded) Skills() []Skill {
	out := make([]Skill, len(d.SkillIDs))
	for i := range out {
		out[i] = d.Skill(i)
	}
	return out
}
