package role

import "slices"

// Shape is a role as it stands in an organisation of one size, for a hire
// of one seniority: its reporting line, its missions and its tools.
type Shape struct {
	// Unsuitable is set when the role does not exist at this size.
	Unsuitable *Unsuitable
	ReportsTo  string // a role id, or "" when the line leads outside the catalogue
	Reporting  Text   // who the post reports to when ReportsTo is ""
	Manages    []string
	Missions   []Mission // every mission kept, the role's first, then the size's, then the seniority's
	Tools      Texts
}

// ShapeAt returns the role at an organisation size ("" for the role as
// written, which describes a medium-size company) and a seniority ("" or
// "confirmed" for the role as written).
func (r *Role) ShapeAt(size, seniority string) Shape {
	s := Shape{ReportsTo: r.ReportsTo, Reporting: r.Reporting, Manages: r.Manages, Tools: r.Tools}
	var drop []string
	var added []Mission
	if c, ok := r.Contexts[size]; ok {
		s.Unsuitable = c.Unsuitable
		if c.ReportsTo != nil {
			s.ReportsTo = *c.ReportsTo
			s.Reporting = nil
		}
		if c.Reporting != nil {
			s.Reporting = c.Reporting
		}
		if c.Manages != nil {
			s.Manages = c.Manages
		}
		if c.Tools != nil {
			s.Tools = c.Tools
		}
		drop = append(drop, c.Drop...)
		added = append(added, c.Missions...)
	}
	var v Variant
	switch seniority {
	case "junior":
		v = r.Seniority.Junior
	case "senior":
		v = r.Seniority.Senior
	}
	drop = append(drop, v.Drop...)
	added = append(added, v.Missions...)
	for _, m := range r.Missions {
		if !slices.Contains(drop, m.ID) {
			s.Missions = append(s.Missions, m)
		}
	}
	for _, m := range added {
		if !slices.Contains(drop, m.ID) {
			s.Missions = append(s.Missions, m)
		}
	}
	return s
}

// KeyMissions returns the missions the standard posting shows; a role
// that marks none shows them all.
func KeyMissions(ms []Mission) []Mission {
	var key []Mission
	for _, m := range ms {
		if m.Key {
			key = append(key, m)
		}
	}
	if key == nil {
		return ms
	}
	return key
}

// KeySkills returns the skills the standard posting shows; a role that
// marks none shows them all.
func KeySkills(ss []SkillRef) []SkillRef {
	var key []SkillRef
	for _, s := range ss {
		if s.Key {
			key = append(key, s)
		}
	}
	if key == nil {
		return ss
	}
	return key
}
