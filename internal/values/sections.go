package values

import (
	"fmt"
	"sort"
	"strings"

	"github.com/jobdesc/jobdesc/internal/finding"
	"github.com/jobdesc/jobdesc/internal/role"
)

// The sections of a values file that apply to some postings only: a pay
// range, a reference or a working time is seldom the same for the head of
// digital and for a junior community manager.
//
//	roles:
//	  digital-manager: {salary: {min: 60000, max: 75000}}
//	  community-manager:
//	    reference: EX-2027-014-CM
//	    seniorities:
//	      junior: {salary: {min: 30000, max: 34000}}
//	seniorities:
//	  junior: {contract: {status: non-cadre, working_time: 35h}}
const (
	RolesKey       = "roles"
	SenioritiesKey = "seniorities"
)

// ForPosting is what the layers say of a posting of role ro (nil for
// none): each layer's own values, then, over them and in this order, its
// roles.ROLE section, its seniorities.LEVEL section and its
// roles.ROLE.seniorities.LEVEL section, layer after layer, so a higher
// layer (a later file, the command line) still wins over a lower one's
// sections. LEVEL is the seniority the posting is written at: the one the
// layers and their role sections give, else the role's own level
// (role.LevelOr: a head-of role is senior). from maps each layer returned
// to the index of the layer it comes from.
func ForPosting(ro *role.Role, layers []Layer) (out []Layer, from []int) {
	roleID := ""
	if ro != nil {
		roleID = ro.ID
	}
	roleSection := func(l Layer) map[string]any {
		if roleID == "" {
			return nil
		}
		roles, _ := l.Values[RolesKey].(map[string]any)
		m, _ := roles[roleID].(map[string]any)
		return m
	}
	// The seniority first, as the layers and their role sections give it,
	// a key cleared by a higher layer staying cleared.
	level := ""
	for _, l := range layers {
		for _, m := range []map[string]any{l.Values, roleSection(l)} {
			if s, ok := m["seniority"]; ok {
				level, _ = s.(string)
			}
		}
	}
	if ro != nil {
		level = ro.LevelOr(level)
	} else if level == "" {
		level = role.DefaultSeniority
	}
	add := func(i int, m map[string]any, prefix string) {
		if len(m) == 0 {
			return
		}
		_, roles := m[RolesKey]
		if _, levels := m[SenioritiesKey]; !roles && !levels && prefix == "" {
			out = append(out, layers[i]) // most layers have no section: no copy
			from = append(from, i)
			return
		}
		own := make(map[string]any, len(m))
		for k, v := range m {
			if k != RolesKey && k != SenioritiesKey {
				own[k] = v
			}
		}
		l := Layer{Values: own, Usage: layers[i].Usage}
		if where := layers[i].Where; where != nil {
			l.Where = func(path string) finding.Location { return where(prefix + path) }
		}
		out = append(out, l)
		from = append(from, i)
	}
	out, from = make([]Layer, 0, len(layers)), make([]int, 0, len(layers))
	for i, l := range layers {
		add(i, l.Values, "")
		// Most layers have no sections: their prefixes are not spelled out.
		rs := roleSection(l)
		if len(rs) > 0 {
			add(i, rs, RolesKey+"."+roleID+".")
		}
		levels, _ := l.Values[SenioritiesKey].(map[string]any)
		if m, _ := levels[level].(map[string]any); len(m) > 0 {
			add(i, m, SenioritiesKey+"."+level+".")
		}
		levels, _ = rs[SenioritiesKey].(map[string]any)
		if m, _ := levels[level].(map[string]any); len(m) > 0 {
			add(i, m, RolesKey+"."+roleID+"."+SenioritiesKey+"."+level+".")
		}
	}
	return out, from
}

// SectionRoles are the role ids the roles section of layer names, sorted.
func SectionRoles(l Layer) []string {
	roles, _ := l.Values[RolesKey].(map[string]any)
	ids := make([]string, 0, len(roles))
	for id := range roles {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// CheckSection refuses what a section may not set: the language is the
// posting's, and a seniority section cannot change the seniority it
// applies to (a section has no role key to set: the role is the
// posting's). path is the section's key path ("roles.community-manager",
// "seniorities.junior"); its other values are checked as a file's are
// (CheckFields), and located under path.
func CheckSection(path string, v *Set, level bool) []role.Problem {
	var out []role.Problem
	if v.Lang != "" {
		out = append(out, role.Problem{Path: path + ".lang", Msg: fmt.Sprintf("%s.lang: a section cannot set the language; set lang at the top of the file, or pass --lang", path)})
	}
	if v.Seniority != "" && level {
		out = append(out, role.Problem{Path: path + ".seniority", Msg: fmt.Sprintf("%s.seniority: a seniority section cannot set the seniority; set it at the top of the file or in a role's section", path)})
	}
	for _, p := range v.CheckFields() {
		p.Path = path + "." + p.Path
		out = append(out, p)
	}
	return out
}

// sectionKey is the value key a key path of a section names:
// "roles.digital-manager.seniorities.senior.salary.min" is salary.min.
func sectionKey(path string) string {
	if rest, ok := strings.CutPrefix(path, RolesKey+"."); ok {
		_, path, _ = strings.Cut(rest, ".")
	}
	if rest, ok := strings.CutPrefix(path, SenioritiesKey+"."); ok {
		_, path, _ = strings.Cut(rest, ".")
	}
	return path
}
