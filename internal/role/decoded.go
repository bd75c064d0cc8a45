package role

import "github.com/jobdesc/jobdesc/internal/snapshot"

// Decoded is one file of the catalogue as a snapshot holds it: its
// values, decoded from YAML when the program was built, and the bytes
// they were decoded from. The loader takes them only while the file it
// reads is still those bytes.
type Decoded struct {
	snapshot.File
	// Role builds a role file's values, Skills skills.yaml's.
	Role   func() *Role
	Skills func() []Skill
}
