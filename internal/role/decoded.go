package role

// Decoded is one file of the catalogue as a snapshot holds it: its values,
// decoded from YAML when the program was built, and what identifies the
// bytes they were decoded from. The loader takes them instead of parsing
// the file only when the file it reads is still those bytes, so a
// snapshot that is out of date costs time, never a wrong role.
type Decoded struct {
	Size int
	CRC  uint32 // crc32 (Castagnoli) of the file
	// Role builds a role file's values, Skills skills.yaml's.
	Role   func() *Role
	Skills func() []Skill
}
