// Package catalog loads roles and skills from layered folders (the user's
// over the shipped ones), resolves extends and skill references, and turns
// every problem into a file:line:col error.
package catalog

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/strictyaml"
	"github.com/jobdesc/jobdesc/internal/usage"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

// SkillsFile is the name of the skills catalogue in every layer.
const SkillsFile = "skills.yaml"

// Layer is one folder of role files.
type Layer struct {
	// Dir names the folder in errors ("roles", "./my-roles").
	Dir string
	FS  fs.FS
	// Shipped layers must carry every language in every text.
	Shipped bool
	// Decoded holds files already decoded, by name (a snapshot): a file
	// still equal to its snapshot is not parsed.
	Decoded map[string]role.Decoded
	// Embedded says FS is the files Decoded was made of, built into the
	// program: a file of the size its snapshot was made from is taken
	// from it unread (the roles package's test keeps the bytes the same),
	// and read only when a message quotes it or a batch fingerprints the
	// catalogue.
	Embedded bool
	// IDAliases are other names a user may type for a role id, as the
	// French slug of its title ("responsable-reseaux-sociaux"): name to id.
	IDAliases map[string]string
}

// Entry is a loaded role and where it came from.
type Entry struct {
	Role    *role.Role // extends resolved
	File    string
	Shipped bool
	raw     *role.Role
	pos     *positions
	id      string // its file's name
	src     *content
	parent  *Entry // the role it extends, resolved
	broken  bool   // its extends chain is broken: the problem is already reported
	// decoded: its values come from a snapshot, which was checked when
	// it was made.
	decoded bool
}

// Catalog is the set of roles and skills available to a run.
type Catalog struct {
	read     []readFile      // every file read, in order, for Fingerprint
	sum      func() string   // Fingerprint, made on first use
	known    map[string]bool // every role file's id, read or not
	bad      map[string]bool // ids of the roles LoadAll found a problem in
	roles    map[string]*Entry
	ids      []string
	alias    map[string]string // another name of a role id, to the id
	skills   map[string]*skill
	skillIDs []string
	skillAt  map[string]skillAt
	dirs     []string // the user's folders, in the order read
}

// UnknownRoleError is returned, marked as a usage error, for a role id
// the catalogue does not have.
type UnknownRoleError struct {
	ID         string
	Suggestion string
	// Dirs are the user's folders jobdesc looked in, besides the
	// built-in catalogue.
	Dirs []string
}

func (e *UnknownRoleError) Error() string {
	if e.Suggestion != "" {
		return fmt.Sprintf("unknown role %q; did you mean %q?", e.ID, e.Suggestion)
	}
	if len(e.Dirs) == 0 {
		return fmt.Sprintf("unknown role %s in the built-in catalogue; run 'jobdesc list' to see it, or name your roles' folder with roles_dir: in jobdesc.yaml", usertext.Quote(e.ID))
	}
	return fmt.Sprintf("unknown role %s in the built-in catalogue and %s; run 'jobdesc list' to see the catalogue", usertext.Quote(e.ID), strings.Join(e.Dirs, ", "))
}

// BrokenRoleError is returned for a role LoadAll found a problem in: the
// rest of the catalogue is usable, that role is not.
type BrokenRoleError struct{ ID string }

func (e *BrokenRoleError) Error() string {
	return fmt.Sprintf("role %q has problems; run 'jobdesc lint %s' to see them", e.ID, e.ID)
}

// InvalidIDError is returned, marked as a usage error, for a role id
// that is not a plain name.
type InvalidIDError struct{ Err error }

func (e *InvalidIDError) Error() string { return e.Err.Error() }

// Load reads the layers, lowest precedence first: a role in a later layer
// replaces the role of the same id in an earlier one, and skills merge by
// id the same way. Every problem in every file is returned at once.
func Load(layers ...Layer) (*Catalog, error) {
	c, errs := load(layers, nil)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// LoadAll is Load for a run that reports problems rather than stops on
// them (lint): it returns the catalogue with every role that has no
// problem, and every problem of every file. Asking the catalogue for a
// role with a problem gives a BrokenRoleError.
func LoadAll(layers ...Layer) (*Catalog, strictyaml.Errors) { return load(layers, nil) }

// LoadRoles is Load for a run that needs only some roles: it reads the
// skills, those roles, what they extend and the roles their reporting
// lines name, and checks those roles as Load would. The ids of every role
// file are known, for suggestions, but only the roles read can be asked for.
func LoadRoles(ids []string, layers ...Layer) (*Catalog, error) {
	if ids == nil {
		ids = []string{}
	}
	c, errs := load(layers, ids)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// source is where a role's file is.
type source struct {
	layer Layer
	name  string
}

func load(layers []Layer, want []string) (*Catalog, strictyaml.Errors) {
	l := &loader{c: &Catalog{roles: map[string]*Entry{}, skills: map[string]*skill{}, known: map[string]bool{}, bad: map[string]bool{}}}
	skillPos := map[string]skillAt{}
	l.c.skillAt = skillPos
	l.c.sum = sync.OnceValue(l.c.fingerprint)
	index := map[string]source{}
	for _, layer := range layers {
		l.layer(layer, skillPos, index)
		if !layer.Shipped {
			l.c.dirs = append(l.c.dirs, layer.Dir)
		}
	}
	c := l.c
	c.ids = role.SortedKeys(index)
	for _, id := range c.ids {
		c.known[id] = true
	}
	c.alias = map[string]string{}
	for _, layer := range layers {
		for name, id := range layer.IDAliases {
			if _, ok := index[id]; ok && !c.known[name] { // a role file of that name wins
				c.alias[name] = id
			}
		}
	}
	if want != nil {
		want = slices.Clone(want)
		for i, id := range want {
			want[i] = c.canonical(id)
		}
	}
	checked := want
	if want == nil {
		checked = c.ids
		for _, id := range c.ids {
			l.read(index[id], id)
		}
	} else {
		l.readClosure(want, index)
	}
	for _, id := range role.SortedKeys(c.roles) {
		l.resolve(c.roles[id], nil)
	}
	for _, id := range c.skillIDs {
		at := skillPos[id]
		if at.decoded {
			continue
		}
		for _, p := range role.ValidateSkill(c.Skill(id), at.path, at.shipped) {
			l.problem(at.file, at.pos.get(), p)
		}
	}
	for _, id := range checked {
		if e, ok := c.roles[id]; ok {
			l.check(e)
		}
	}
	for id, e := range c.roles {
		if e.broken {
			c.bad[id] = true
		}
	}
	l.errs = dedupe(l.errs)
	l.errs.Sort()
	return c, l.errs
}

// dedupe drops a problem reported twice at one place: a role that
// extends another meets the problems of what it inherits where the
// parent reports them.
func dedupe(errs strictyaml.Errors) strictyaml.Errors {
	seen := map[string]bool{}
	out := errs[:0]
	for _, e := range errs {
		if k := e.Error(); !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	return out
}

// readClosure reads the wanted roles, their extends chains, and the roles
// their reporting lines name at any size (with their own extends chains).
func (l *loader) readClosure(want []string, index map[string]source) {
	var need func(id string, neighbours bool)
	need = func(id string, neighbours bool) {
		src, ok := index[id]
		if !ok {
			return
		}
		e, done := l.c.roles[id]
		if !done {
			e = l.read(src, id)
		}
		if e == nil {
			return
		}
		if e.raw.Extends != "" && l.c.roles[e.raw.Extends] == nil {
			need(e.raw.Extends, false)
		}
		if neighbours {
			if e.Role == nil && e.raw.Extends != "" {
				l.resolve(e, nil)
			}
			r := e.raw
			if e.Role != nil {
				r = e.Role
			}
			for _, other := range r.Neighbours() {
				if l.c.roles[other] == nil {
					need(other, false)
				}
			}
		}
	}
	for _, id := range want {
		need(id, true)
	}
	// A posting names the posts worked beside: the others its manager
	// leads at each size. Read them too, so a role rendered alone says
	// what it says in a whole catalogue.
	for _, id := range want {
		e := l.c.roles[id]
		if e == nil {
			continue
		}
		r := e.raw
		if e.Role != nil {
			r = e.Role
		}
		for _, size := range role.Sizes() {
			boss := l.c.roles[r.ShapeAt(size, "").ReportsTo]
			if boss == nil {
				continue
			}
			b := boss.raw
			if boss.Role != nil {
				b = boss.Role
			}
			for _, m := range b.ShapeAt(size, "").Manages {
				need(m, false)
			}
		}
	}
}

type skillAt struct {
	file    string
	path    string
	shipped bool
	pos     *positions
	src     *content
	decoded bool // from a snapshot, checked when it was made
}

type loader struct {
	c    *Catalog
	errs strictyaml.Errors
}

func (l *loader) add(err error) {
	var list strictyaml.Errors
	var one *strictyaml.Error
	switch {
	case errors.As(err, &list):
		l.errs = append(l.errs, list...)
	case errors.As(err, &one):
		l.errs = append(l.errs, one)
	default:
		l.errs = append(l.errs, &strictyaml.Error{Msg: err.Error()})
	}
}

func (l *loader) problem(file string, pos strictyaml.Positions, p role.Problem) {
	at := pos.Lookup(p.Path)
	l.errs = append(l.errs, &strictyaml.Error{File: file, Line: at.Line, Col: at.Col, Msg: p.Msg})
}

// roleProblem reports a problem of a resolved role where its file (or the
// file of the role it extends, for what it inherits) has the value, and
// marks the role broken for LoadAll.
func (l *loader) roleProblem(e *Entry, path, msg string) {
	file, at, _ := e.locate(path)
	l.errs = append(l.errs, &strictyaml.Error{File: file, Line: at.Line, Col: at.Col, Msg: msg})
	l.c.bad[e.id] = true
}

// layer reads a layer's skills and indexes its role files; a role file
// of a later layer replaces the earlier one of the same id.
func (l *loader) layer(layer Layer, skillPos map[string]skillAt, index map[string]source) {
	names, err := fs.Glob(layer.FS, "*.yaml")
	if err != nil {
		l.add(&strictyaml.Error{File: layer.Dir, Msg: err.Error()})
		return
	}
	sort.Strings(names)
	for _, name := range names {
		file := path.Join(layer.Dir, name)
		if name != SkillsFile {
			if stem := strings.TrimSuffix(name, ".yaml"); role.ValidID(stem) {
				index[stem] = source{layer: layer, name: name}
			} else {
				l.add(&strictyaml.Error{File: file, Msg: "file name is not a plain role id; rename it like community-manager.yaml"})
			}
			continue
		}
		if src, snap := l.readFile(layer, name); src != nil {
			l.skillFile(layer, file, src, snap, skillPos)
		}
	}
}

// readFile reads one file of a layer, adding it to the fingerprint.
// The snapshot of the file is returned too, while the file is still its
// bytes (Skill or Role nil otherwise). An embedded file of its
// snapshot's size is not read until its bytes are asked for.
func (l *loader) readFile(layer Layer, name string) (*content, role.Decoded) {
	file := path.Join(layer.Dir, name)
	snap, ok := layer.Decoded[name]
	if ok && layer.Embedded {
		if info, err := fs.Stat(layer.FS, name); err == nil && info.Size() == int64(snap.Size) {
			src := &content{read: func() []byte {
				// through the one guarded reader, as the text a snapshot
				// is only made of (SnapshotSource)
				data, _ := strictyaml.ReadFileKnown(layer.FS, name, file, strictyaml.MaxSize, func([]byte) bool { return true })
				return data
			}}
			l.c.read = append(l.c.read, readFile{file, src})
			return src, snap
		}
	}
	// A file still the bytes of its snapshot is text: the snapshot is
	// only made of files that are (SnapshotSource).
	var known func([]byte) bool
	matched := false
	if ok {
		known = func(data []byte) bool {
			matched = snap.Matches(data)
			return matched
		}
	}
	data, err := strictyaml.ReadFileKnown(layer.FS, name, file, strictyaml.MaxSize, known)
	if !matched {
		snap = role.Decoded{}
	}
	if err != nil {
		l.add(err)
		return nil, role.Decoded{}
	}
	src := loaded(data)
	l.c.read = append(l.c.read, readFile{file, src})
	return src, snap
}

// read parses the role file of id; nil when it is broken.
func (l *loader) read(src source, id string) *Entry {
	data, snap := l.readFile(src.layer, src.name)
	var e *Entry
	if data != nil {
		e = l.roleFile(src.layer, path.Join(src.layer.Dir, src.name), id, data, snap)
	}
	if e == nil {
		l.c.bad[id] = true
	}
	return e
}

// ParseRole decodes one role file. It is the loader's entry point for a
// single file, shared with the fuzz target.
func ParseRole(file string, data []byte) (*role.Role, strictyaml.Positions, error) {
	doc, err := strictyaml.Parse(file, data)
	if err != nil {
		return nil, nil, err
	}
	r := &role.Role{}
	pos, err := strictyaml.Decode(file, doc, r)
	if err != nil {
		return nil, nil, err
	}
	return r, pos, nil
}

func (l *loader) roleFile(layer Layer, file, stem string, data *content, d role.Decoded) *Entry {
	var r *role.Role
	var pos *positions
	if d.Role != nil {
		r, pos = d.Role(), &positions{file: file, src: data, into: func() any { return &role.Role{} }}
	} else {
		var known strictyaml.Positions
		var err error
		if r, known, err = ParseRole(file, data.bytes()); err != nil {
			l.add(err)
			return nil
		}
		pos = parsed(known)
	}
	if r.ID != "" && r.ID != stem {
		l.problem(file, pos.get(), role.Problem{Path: "id", Msg: fmt.Sprintf("id %s does not match the file name %q; rename one of them", usertext.Quote(r.ID), path.Base(file))})
		return nil
	}
	e := &Entry{id: stem, File: file, Shipped: layer.Shipped, raw: r, pos: pos, src: data, decoded: pos.into != nil}
	l.c.roles[stem] = e
	return e
}

func (l *loader) skillFile(layer Layer, file string, data *content, d role.Decoded, at map[string]skillAt) {
	var ids []string
	var pos *positions
	var skills []role.Skill
	if d.Skill != nil {
		ids, pos = d.SkillIDs, &positions{file: file, src: data, into: func() any { return &role.SkillFile{} }}
	} else {
		var sf role.SkillFile
		doc, err := strictyaml.Parse(file, data.bytes())
		if err != nil {
			l.add(err)
			return
		}
		known, err := strictyaml.Decode(file, doc, &sf)
		if err != nil {
			l.add(err)
			return
		}
		pos, skills = parsed(known), sf.Skills
		ids = make([]string, len(skills))
		for i := range skills {
			ids[i] = skills[i].ID
		}
	}
	shipped := layer.Shipped
	seen := make(map[string]bool, len(ids))
	for i, id := range ids {
		p := "skills[" + strconv.Itoa(i) + "]"
		if seen[id] {
			l.problem(file, pos.get(), role.Problem{Path: p + ".id", Msg: fmt.Sprintf("skill %s defined twice", usertext.Quote(id))})
			continue
		}
		seen[id] = true
		if _, ok := l.c.skills[id]; !ok {
			l.c.skillIDs = append(l.c.skillIDs, id)
		}
		k := &skill{from: d.Skill, i: i}
		if skills != nil {
			k.s = &skills[i]
		}
		l.c.skills[id] = k
		at[id] = skillAt{file: file, path: p, shipped: shipped, pos: pos, src: data, decoded: pos.into != nil}
	}
}

// skill is a skill of the catalogue: decoded with its file, or built from
// its snapshot the first time it is asked for.
type skill struct {
	once sync.Once
	from func(i int) role.Skill
	i    int
	s    *role.Skill
}

func (k *skill) get() *role.Skill {
	k.once.Do(func() {
		if k.s == nil {
			s := k.from(k.i)
			k.s = &s
		}
	})
	return k.s
}

// resolve fills e.Role from its parents; chain holds the ids being resolved
// so that a cycle is reported instead of recursing forever.
func (l *loader) resolve(e *Entry, chain []string) *role.Role {
	if e.Role != nil {
		return e.Role
	}
	r := e.raw
	if r.Extends == "" {
		e.Role = r
		return r
	}
	chain = append(chain, r.ID)
	if slices.Contains(chain[:len(chain)-1], r.ID) || slices.Contains(chain, r.Extends) {
		l.problem(e.File, e.pos.get(), role.Problem{Path: "extends", Msg: fmt.Sprintf("extends cycle: %s -> %s; remove one extends", strings.Join(chain, " -> "), r.Extends)})
		e.Role, e.broken = r, true
		return r
	}
	parent, ok := l.c.roles[r.Extends]
	if !ok && l.c.known[r.Extends] {
		e.Role, e.broken = r, true // the parent is broken, and reported
		return r
	}
	if !ok {
		l.problem(e.File, e.pos.get(), role.Problem{Path: "extends", Msg: l.c.unknown(r.Extends, "extends").Error()})
		e.Role, e.broken = r, true
		return r
	}
	e.Role = role.Extend(l.resolve(parent, chain), r)
	e.parent, e.broken = parent, parent.broken
	return e.Role
}

// check validates a resolved role and its references to the rest of the
// catalogue.
func (l *loader) check(e *Entry) {
	if e.broken {
		return
	}
	r := e.Role
	report := func(path, msg string) { l.roleProblem(e, path, msg) }
	if !e.checkedWhenDecoded() {
		for _, p := range role.Validate(r, e.Shipped) {
			report(p.Path, p.Msg)
		}
	}
	for i, s := range r.Skills {
		if _, ok := l.c.skills[s.ID]; !ok && s.ID != "" {
			msg := fmt.Sprintf("unknown skill %s", usertext.Quote(s.ID))
			if near := strictyaml.Closest(s.ID, l.c.skillIDs); near != "" {
				msg += fmt.Sprintf("; did you mean %q?", near)
			} else {
				msg += "; add it to skills.yaml"
			}
			report(fmt.Sprintf("skills[%d].id", i), msg)
		}
	}
	// The lines join roles: a snapshot's roles, checked together when it
	// was taken, need no check again unless a folder of the user's may
	// have replaced the role at the other end.
	if e.checkedWhenDecoded() && len(l.c.dirs) == 0 {
		return
	}
	// A line problem the same at every size is reported once, without
	// naming a size.
	type found struct{ path, msg string }
	var order []found
	sizes := map[found][]string{}
	for _, size := range role.Sizes() {
		l.checkLines(e, size, func(path, msg string) {
			f := found{path, msg}
			if sizes[f] == nil {
				order = append(order, f)
			}
			sizes[f] = append(sizes[f], size)
		})
	}
	for _, f := range order {
		if len(sizes[f]) == len(role.Sizes()) {
			report(f.path, strings.ReplaceAll(f.msg, atSize, ""))
			continue
		}
		for _, size := range sizes[f] {
			report(f.path, strings.ReplaceAll(f.msg, atSize, " in a "+size+" organisation"))
		}
	}
}

// checkedWhenDecoded says the role and every role it extends come from a
// snapshot: the snapshot was made only of a catalogue that validates, and
// validation depends on nothing else.
func (e *Entry) checkedWhenDecoded() bool {
	for x := e; x != nil; x = x.parent {
		if !x.decoded {
			return false
		}
	}
	return true
}

// atSize marks where a line problem names the organisation size.
const atSize = "\x00size\x00"

// checkLines checks the role's reporting lines at one organisation size:
// each end of a line names the other, at that size, and a role replaced
// at that size names a real role. A problem repeated at several sizes is
// reported once.
func (l *loader) checkLines(e *Entry, size string, report func(path, msg string)) {
	r := e.Role
	s := r.ShapeAt(size, "")
	ctx, hasCtx := r.Contexts[size]
	at := func(field string, overridden bool) string {
		if hasCtx && overridden {
			return "contexts." + size + "." + field
		}
		return field
	}
	// A refusal at some seniorities only leaves the size's lines to check
	// for the others, but its replacement must exist all the same.
	if u := ctx.Unsuitable; hasCtx && u != nil && role.ValidID(u.Instead) && u.Instead != r.ID && !l.c.known[u.Instead] {
		report(at("unsuitable.instead", true), l.c.unknown(u.Instead, "instead").Error())
	}
	if s.Unsuitable != nil {
		return
	}
	other := func(id string) (*Entry, bool) {
		o, ok := l.c.roles[id]
		return o, ok && o.Role != nil && !o.broken
	}
	if s.ReportsTo != "" && s.ReportsTo != r.ID {
		path := at("reports_to", ctx.ReportsTo != nil)
		boss, ok := other(s.ReportsTo)
		switch {
		case !l.c.known[s.ReportsTo]:
			report(path, l.c.unknown(s.ReportsTo, "reports_to").Error())
		case !ok:
			// Not read by this run, or broken and reported as such.
		case l.c.reportingCycle(r.ID, size) != "":
			report(path, "reporting cycle: "+l.c.reportingCycle(r.ID, size))
		case e.Shipped && boss.Shipped:
			// The shipped catalogue keeps both ends of each line; a
			// user's role may report to a shipped one without editing it.
			bs := boss.Role.ShapeAt(size, "")
			switch {
			case bs.Unsuitable != nil:
				report(path, fmt.Sprintf("reports to %s%s, where %s says that role does not exist", usertext.Quote(s.ReportsTo), atSize, boss.File))
			case !slices.Contains(bs.Manages, r.ID):
				report(path, fmt.Sprintf("reports to %s%s, but %s does not list it under manages; add it there", usertext.Quote(s.ReportsTo), atSize, boss.File))
			}
		}
	}
	for i, m := range s.Manages {
		path := fmt.Sprintf("%s[%d]", at("manages", ctx.Manages != nil), i)
		sub, ok := other(m)
		if !l.c.known[m] {
			report(path, l.c.unknown(m, "manages").Error())
			continue
		}
		if !ok {
			continue
		}
		ss := sub.Role.ShapeAt(size, "")
		switch {
		case ss.Unsuitable != nil && e.Shipped && sub.Shipped:
			report(path, fmt.Sprintf("manages %s%s, where %s says that role does not exist", usertext.Quote(m), atSize, sub.File))
		case ss.Unsuitable != nil:
		case ss.ReportsTo != "" && ss.ReportsTo != r.ID:
			report(path, fmt.Sprintf("manages %s%s, but %s says it reports to %s; make the two agree", usertext.Quote(m), atSize, sub.File, usertext.Quote(ss.ReportsTo)))
		case e.Shipped && sub.Shipped && ss.ReportsTo == "":
			report(path, fmt.Sprintf("manages %s%s, but %s has no reports_to; set it to %q", usertext.Quote(m), atSize, sub.File, r.ID))
		}
	}
}

// reportingCycle returns "a -> b -> a" when following reports_to from id
// at an organisation size comes back to id.
func (c *Catalog) reportingCycle(id, size string) string {
	chain := []string{id}
	for cur := id; ; {
		e, ok := c.roles[cur]
		if !ok || e.Role == nil {
			return ""
		}
		if cur = e.Role.ShapeAt(size, "").ReportsTo; cur == "" {
			return ""
		}
		chain = append(chain, cur)
		if cur == id {
			return strings.Join(chain, " -> ")
		}
		if len(chain) > len(c.roles)+1 {
			return "" // a cycle above id, reported on its own members
		}
	}
}

func (c *Catalog) unknown(id, field string) error {
	err := &UnknownRoleError{ID: id, Suggestion: strictyaml.Closest(id, append(c.IDs(), role.SortedKeys(c.alias)...)), Dirs: c.dirs}
	if field == "" {
		return usage.Wrap(err)
	}
	return fmt.Errorf("%s names no role: %w", field, err)
}

// Fingerprint identifies the content of every file the catalogue was
// loaded from: equal fingerprints, equal catalogues.
// It is hashed when first asked for: a single render never asks, and
// hashing every file it read cost it more than reading them.
func (c *Catalog) Fingerprint() string { return c.sum() }

// readFile is a file the catalogue read, as Fingerprint hashes it.
type readFile struct {
	name string
	data *content
}

func (c *Catalog) fingerprint() string {
	sum := sha256.New()
	for _, f := range c.read {
		data := f.data.bytes()
		fmt.Fprintf(sum, "%s\x00%d\x00", f.name, len(data))
		sum.Write(data)
	}
	return hex.EncodeToString(sum.Sum(nil))
}

// Known returns the id of every role file, read or not, sorted.
func (c *Catalog) Known() []string { return role.SortedKeys(c.known) }

// IDs returns the role ids, sorted.
func (c *Catalog) IDs() []string { return slices.Clone(c.ids) }

// CheckID refuses, as a usage error, a role id that is not a plain name.
func CheckID(id string) error {
	if err := role.CheckID(id); err != nil {
		return usage.Wrap(&InvalidIDError{Err: err})
	}
	return nil
}

// Entry returns the role of that id with where it came from.
func (c *Catalog) Entry(id string) (*Entry, error) {
	if err := CheckID(id); err != nil {
		return nil, err
	}
	id = c.canonical(id)
	if c.bad[id] {
		return nil, &BrokenRoleError{ID: id}
	}
	e, ok := c.roles[id]
	if !ok || e.Role == nil {
		return nil, c.unknown(id, "")
	}
	return e, nil
}

// canonical is the role id a name stands for: the id itself, or the id
// an alias names.
func (c *Catalog) canonical(name string) string {
	if id, ok := c.alias[name]; ok {
		return id
	}
	return name
}

// Source is the role file's content, for pointing at a word inside a text.
func (e *Entry) Source() []byte { return e.src.bytes() }

// Parent is the entry of the role this one extends, or nil.
func (e *Entry) Parent() *Entry { return e.parent }

// OwnPos is where a field of the role as its file writes it (Own) stands.
func (e *Entry) OwnPos(path string) strictyaml.Pos {
	at, _ := lookup(e.pos.get(), path)
	return at
}

// Own is the role as its file writes it, before extends.
func (e *Entry) Own() *role.Role { return e.raw }

// Locate returns the file and position of a field of the resolved role
// ("skills[3].id"): in the role's own file for what it sets, in the file
// of the role it extends for what it inherits.
func (e *Entry) Locate(path string) (string, strictyaml.Pos) {
	file, at, _ := e.locate(path)
	return file, at
}

// locate is Locate, with how many bytes of the path matched a position.
// Missions and skills are merged by id, so an index of the resolved role
// is mapped to the index of the entry that gave it; any other field is
// found where the longer part of its path is written.
func (e *Entry) locate(path string) (string, strictyaml.Pos, int) {
	if e.parent == nil || e.Role == nil {
		at, n := lookup(e.pos.get(), path)
		return e.File, at, n
	}
	for _, list := range []string{"missions", "skills"} {
		rest, ok := strings.CutPrefix(path, list+"[")
		if !ok {
			continue
		}
		end := strings.IndexByte(rest, ']')
		i, err := strconv.Atoi(rest[:max(end, 0)])
		if end < 0 || err != nil {
			break
		}
		tail := rest[end+1:]
		id := itemID(e.Role, list, i)
		if j := indexOf(e.raw, list, id); j >= 0 {
			at, n := lookup(e.pos.get(), fmt.Sprintf("%s[%d]%s", list, j, tail))
			return e.File, at, n
		}
		if j := indexOf(e.parent.Role, list, id); j >= 0 {
			return e.parent.locate(fmt.Sprintf("%s[%d]%s", list, j, tail))
		}
		at, n := lookup(e.pos.get(), list)
		return e.File, at, n
	}
	at, n := lookup(e.pos.get(), path)
	if n < len(path) {
		if pf, pat, pn := e.parent.locate(path); pn > n {
			return pf, pat, pn
		}
	}
	return e.File, at, n
}

// lookup is Positions.Lookup with the length of the path it found.
func lookup(pos strictyaml.Positions, path string) (strictyaml.Pos, int) {
	for p := path; ; {
		if at, ok := pos[p]; ok {
			return at, len(p)
		}
		i := strings.LastIndexAny(p, ".[")
		if i < 0 {
			return pos[""], 0
		}
		p = p[:i]
	}
}

// itemID is the id of the i-th mission or skill of r; "" when there is none.
func itemID(r *role.Role, list string, i int) string {
	switch {
	case i < 0:
	case list == "missions" && i < len(r.Missions):
		return r.Missions[i].ID
	case list == "skills" && i < len(r.Skills):
		return r.Skills[i].ID
	}
	return "\x00" // matches no entry
}

// indexOf is the index of the mission or skill of that id in r, or -1.
func indexOf(r *role.Role, list, id string) int {
	if list == "missions" {
		return slices.IndexFunc(r.Missions, func(m role.Mission) bool { return m.ID == id })
	}
	return slices.IndexFunc(r.Skills, func(s role.SkillRef) bool { return s.ID == id })
}

// Role returns the resolved role of that id.
func (c *Catalog) Role(id string) (*role.Role, error) {
	e, err := c.Entry(id)
	if err != nil {
		return nil, err
	}
	return e.Role, nil
}

// Skill returns a skill of the catalogue, or nil.
func (c *Catalog) Skill(id string) *role.Skill {
	if k := c.skills[id]; k != nil {
		return k.get()
	}
	return nil
}

// SkillSource says where a skill is defined: its file, the file's
// content, the positions of its fields and the skill's path in them
// ("skills[3]").
func (c *Catalog) SkillSource(id string) (file string, src []byte, pos strictyaml.Positions, path string) {
	at := c.skillAt[id]
	return at.file, at.src.bytes(), at.pos.get(), at.path
}

// SkillIDs returns skill ids in catalogue order.
func (c *Catalog) SkillIDs() []string { return slices.Clone(c.skillIDs) }
