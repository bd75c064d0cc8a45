// Package config gathers the posting values of a run from every place they
// can come from, lowest precedence first: built-in defaults, the config
// file, each -f values file in order, JOBDESC_* environment variables,
// --set key.path=value, and the dedicated flags. It is the one place that
// finds the config file and binds the environment and the flags to value
// keys; each source becomes a
// values.Layer, and values.Merge is the one rule that merges them, here
// and in batches.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/jobdesc/jobdesc/internal/finding"
	"github.com/jobdesc/jobdesc/internal/messages"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/strictyaml"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/internal/usage"
	"github.com/jobdesc/jobdesc/internal/usertext"
	"github.com/jobdesc/jobdesc/internal/values"
)

// FileName is the config file looked for in the working folder, and as
// jobdesc/config.yaml in the user config folder.
const FileName = "jobdesc.yaml"

// Options say where to look.
type Options struct {
	ConfigFile string            // --config: must exist
	ValueFiles []string          // -f, in order
	Sets       []string          // --set key.path=value
	Flags      map[string]string // dedicated flags that were set, by key path; "" clears
	// FlagNames names the flag that set each key of Flags, as typed
	// ("--city"), for messages; a key it lacks is named by its path.
	FlagNames map[string]string
	Getenv    func(string) string
	// Environ is the environment as "NAME=value": a JOBDESC_* variable
	// that names no value gets a warning. Nil skips the check.
	Environ       []string
	Dir           string // working folder
	UserConfigDir string // "" when unknown
	Now           func() time.Time
}

// Config is the result of a run's layers.
type Config struct {
	Values values.Set
	// Templates is a folder whose files replace the shipped templates of
	// the same name; "" for none.
	Templates string
	// File is the config file read, "" for none.
	File string
	// PreviewStyle is the config file's preview.style, "" for none.
	PreviewStyle string
	// Today is the run's date (SOURCE_DATE_EPOCH's when set): the posted
	// date of a posting no value dates and no record dated before.
	Today string
	// PostedGiven says a layer of the run gave Values.Posted; else it is
	// Today. Apply leaves posted empty when no layer gives it, so that a
	// batch takes the date a posting was first published from its
	// manifest.
	PostedGiven bool
	// NoJSONLD is the config file's render.jsonld: false, which leaves
	// the JSON-LD block out of HTML pages.
	NoJSONLD bool
	// Warnings are what the run should say besides its output:
	// environment variables that name no value.
	Warnings []finding.Finding
	// Lint is the config file's lint section; lint checks its rule ids,
	// levels and profiles, and LintAt places what it refuses.
	Lint Lint
	// Site is the config file's site section, for jobdesc site; SiteAt
	// places what it refuses.
	Site Site
	// lintPos are the positions of the config file's keys.
	lintPos strictyaml.Positions
	// files are the defaults, the config file and -f files; command the
	// environment, --set and flags. A batch's layers go between them.
	files, command []values.Layer
}

// Lint is how jobdesc lint checks postings, as a config file sets it:
//
//	lint:
//	  rules: {pay-range: error, readability: off}
//	  pay_transparency: [eu-2023-970]
type Lint struct {
	Rules            map[string]string `yaml:"rules"` // rule id -> error | warning | info | off
	PayTransparency  []string          `yaml:"pay_transparency"`
	MinWords         int               `yaml:"min_words"`
	MaxWords         int               `yaml:"max_words"`
	MaxSentenceWords int               `yaml:"max_sentence_words"`
	MinReadingEase   int               `yaml:"min_reading_ease"`
}

// LintAt is where a key of the config file's lint section is written
// ("rules.pay-range"), or the nearest key above it, for messages about
// it; the file alone when the section is not written, zero without a
// config file.
func (c *Config) LintAt(key string) finding.Location { return c.at("lint." + key) }

// SiteAt is LintAt for the site section.
func (c *Config) SiteAt(key string) finding.Location { return c.at("site." + key) }

func (c *Config) at(path string) finding.Location {
	if c.File == "" {
		return finding.Location{}
	}
	at := c.lintPos.Lookup(path)
	return finding.Location{File: c.File, Line: at.Line, Col: at.Col}
}

// fileFormat is the config file: values plus settings of the tool.
type fileFormat struct {
	values.Set `yaml:",inline"`
	Sections   `yaml:",inline"`
	Templates  string `yaml:"templates"`
	// RolesDir is read by RolesDirs, before the catalogue loads.
	RolesDir []string `yaml:"roles_dir"`
	Preview  struct {
		Style string `yaml:"style"`
	} `yaml:"preview"`
	Lint   Lint `yaml:"lint"`
	Site   Site `yaml:"site"`
	Render struct {
		JSONLD *bool `yaml:"jsonld"`
	} `yaml:"render"`
	// UILang is read by UILang, before the commands are built; Load
	// only checks it.
	UILang string `yaml:"ui_lang"`
}

// Sections are the parts of a values file that apply to some postings
// only, over the file's own values (values.ForPosting): values by role,
// by seniority, and by seniority within a role.
type Sections struct {
	Roles       map[string]RoleSection `yaml:"roles"`
	Seniorities map[string]values.Set  `yaml:"seniorities"`
}

// RoleSection is the values of one role's postings, and of its postings
// at one seniority.
type RoleSection struct {
	values.Set  `yaml:",inline"`
	Seniorities map[string]values.Set `yaml:"seniorities"`
}

// valuesFile is a -f file: values and their sections.
type valuesFile struct {
	values.Set `yaml:",inline"`
	Sections   `yaml:",inline"`
}

// Site is the careers site jobdesc site writes, as a config file sets it:
//
//	site:
//	  base_url: https://jobs.example.fr/
//	  name: Exemple SA
//	  logo: https://example.fr/logo.svg
//	  accent: "#0b5cad"
type Site struct {
	BaseURL string `yaml:"base_url"`
	Name    string `yaml:"name"`
	Logo    string `yaml:"logo"`
	Accent  string `yaml:"accent"`
}

// EnvName is the variable that sets key: JOBDESC_COMPANY_NAME.
func EnvName(key string) string {
	// strings.Map, not a Replacer: a Replacer is built for every call, and
	// every run names every key (envKeys).
	return "JOBDESC_" + strings.ToUpper(strings.Map(func(r rune) rune {
		if r == '.' || r == '-' {
			return '_'
		}
		return r
	}, key))
}

// envKeys maps each JOBDESC_* variable to the key it sets: every key, and
// each language of the per-language ones (JOBDESC_COMPANY_ABOUT_EN).
func envKeys() map[string]string {
	m := map[string]string{}
	for _, k := range values.Keys() {
		m[EnvName(k)] = k
		if values.PerLanguage(k) {
			for _, lang := range role.Languages() {
				m[EnvName(k+"."+lang)] = k + "." + lang
			}
		}
	}
	return m
}

// Load reads every layer of the run and merges them by the one rule
// (values.Merge), lowest first: built-in defaults, the config file, each
// -f file, JOBDESC_* variables, --set, the dedicated flags.
func Load(o Options) (*Config, error) {
	defaults, today, err := defaultLayer(o)
	if err != nil {
		return nil, err
	}
	c := &Config{Today: today}
	c.files = append(c.files, defaults)

	file, err := findConfig(o)
	if err != nil {
		return nil, err
	}
	if file != "" {
		var ff fileFormat
		l, pos, err := readLayer(file, &ff, &ff.Set, &ff.Sections)
		if err != nil {
			return nil, err
		}
		delete(l.Values, "templates")
		delete(l.Values, RolesKey)
		delete(l.Values, "preview")
		delete(l.Values, "lint")
		delete(l.Values, "render")
		delete(l.Values, UILangKey)
		if ff.UILang != "" && !slices.Contains(messages.Languages(), ff.UILang) {
			at := pos.Lookup(UILangKey)
			return nil, usage.Errorf("%s:%d:%d: invalid ui_lang %s: use one of %s", file, at.Line, at.Col, usertext.Quote(ff.UILang), strings.Join(messages.Languages(), ", "))
		}
		c.NoJSONLD = ff.Render.JSONLD != nil && !*ff.Render.JSONLD
		delete(l.Values, "site")
		c.Lint, c.Site, c.lintPos = ff.Lint, ff.Site, pos
		if s := ff.Preview.Style; s != "" && !slices.Contains(term.Styles(), s) {
			return nil, fmt.Errorf("%s: invalid preview.style %s: use one of %s", file, usertext.Quote(s), strings.Join(term.Styles(), ", "))
		}
		c.PreviewStyle = ff.Preview.Style
		c.files = append(c.files, l)
		c.File = file
		if ff.Templates != "" {
			c.Templates = ff.Templates
			if !filepath.IsAbs(c.Templates) {
				c.Templates = filepath.Join(filepath.Dir(file), c.Templates)
			}
			if info, err := os.Stat(c.Templates); err != nil || !info.IsDir() {
				return nil, fmt.Errorf("%s: templates folder %s not found; create it or fix the path", file, usertext.Quote(ff.Templates))
			}
		}
	}
	for _, f := range o.ValueFiles {
		var vals valuesFile
		l, _, err := readLayer(f, &vals, &vals.Set, &vals.Sections)
		if err != nil {
			return nil, err
		}
		c.files = append(c.files, l)
	}
	env, warnings, err := envLayer(o.Getenv, o.Environ)
	if err != nil {
		return nil, err
	}
	for _, w := range warnings {
		c.Warnings = append(c.Warnings, finding.Finding{Rule: "config", Severity: finding.Warning, Message: w})
	}
	sets, err := setLayer(o.Sets)
	if err != nil {
		return nil, err
	}
	flags, err := flagLayer(o.Flags, o.FlagNames)
	if err != nil {
		return nil, err
	}
	c.command = []values.Layer{env, sets, flags}
	var ps values.Problems
	if c.Values, ps = c.Apply(); len(ps) > 0 {
		return nil, Err(ps)
	}
	// A role's section is checked with the rest of the run's values now,
	// not when a posting of that role is rendered: a range whose minimum
	// is above its maximum is the file's fault whatever is rendered.
	for _, l := range c.files {
		for _, id := range values.SectionRoles(l) {
			if _, ps := c.ApplyFor(&role.Role{ID: id}); len(ps) > 0 {
				return nil, Err(ps)
			}
		}
	}
	c.date()
	if c.Values.Lang == "" {
		// Cleared: the language cannot fall back to a default. Say which
		// file or flag cleared it, since it may be a config file found on
		// its own.
		msg := fmt.Sprintf("invalid lang \"\": use one of %s", strings.Join(role.Languages(), ", "))
		return nil, usage.Wrap(&finding.LocatedError{At: c.giver("lang"), Err: errors.New(msg)})
	}
	return c, nil
}

// Defaults is the configuration of a run that reads no file, no
// environment and no flag: the built-in defaults alone, for a command that
// goes on when the configuration does not read.
func Defaults(o Options) (*Config, error) {
	defaults, today, err := defaultLayer(o)
	if err != nil {
		return nil, err
	}
	c := &Config{Today: today, files: []values.Layer{defaults}}
	var ps values.Problems
	if c.Values, ps = c.Apply(); len(ps) > 0 {
		return nil, Err(ps)
	}
	c.date()
	return c, nil
}

// date dates the run's values: the posted date given, else today.
func (c *Config) date() {
	c.PostedGiven = c.Values.Posted != ""
	if !c.PostedGiven {
		c.Values.Posted = c.Today
	}
}

// defaultLayer is the lowest layer: the built-in defaults, the one place
// they are written. The posted date is today, or SOURCE_DATE_EPOCH's.
func defaultLayer(o Options) (values.Layer, string, error) {
	now := time.Now
	if o.Now != nil {
		now = o.Now
	}
	posted, err := today(o.Getenv, now)
	if err != nil {
		return values.Layer{}, "", err
	}
	// No posted date: a value that gives none is dated by the manifest
	// of the folder it is written to, else today (Config.date).
	return values.Layer{Values: map[string]any{
		"lang": LocaleLang(o.Getenv),
	}}, posted, nil
}

// Apply returns the values of the run with layers (a batch's defaults and
// entry) between its files and its command line: config file < -f files <
// layers < environment < --set < flags, one rule for all. Each problem
// names the layer and place that gave a bad value; its Layer is the index
// in layers of the one that gave it, -1 for the run's own. The files'
// seniorities sections apply, not their roles sections: ApplyFor.
func (c *Config) Apply(layers ...values.Layer) (values.Set, values.Problems) {
	return c.ApplyFor(nil, layers...)
}

// ApplyFor is Apply for a posting of role ro: the sections each file
// gives for that role and the posting's seniority apply over the file's
// own values, under the layers above it (values.MergeFor).
func (c *Config) ApplyFor(ro *role.Role, layers ...values.Layer) (values.Set, values.Problems) {
	return c.ApplyKeysFor(ro, nil, layers...)
}

// ApplyKeysFor is ApplyFor of the top-level keys given only, all of them
// when keys is nil (values.MergeKeysFor).
func (c *Config) ApplyKeysFor(ro *role.Role, keys []string, layers ...values.Layer) (values.Set, values.Problems) {
	all := make([]values.Layer, 0, len(c.files)+len(layers)+len(c.command))
	all = append(append(append(all, c.files...), layers...), c.command...)
	v, ps := values.MergeKeysFor(ro, keys, all...)
	for i := range ps {
		if ps[i].Layer -= len(c.files); ps[i].Layer < 0 || ps[i].Layer >= len(layers) {
			ps[i].Layer = -1
		}
	}
	return v, ps
}

// UseRole makes Values the values of a posting of role ro, dated as Load
// dates the run's: the files' sections for that role and its seniority
// apply (ApplyFor).
func (c *Config) UseRole(ro *role.Role) error {
	v, ps := c.ApplyFor(ro)
	if len(ps) > 0 {
		return Err(ps)
	}
	c.Values = v
	c.date()
	return nil
}

// CheckRoles refuses a roles section of a values file that names a role
// not in ids (the catalogue's), at its place, with the closest id.
func (c *Config) CheckRoles(ids []string) error {
	known := make(map[string]bool, len(ids))
	for _, id := range ids {
		known[id] = true
	}
	var errs strictyaml.Errors
	for _, l := range c.files {
		for _, id := range values.SectionRoles(l) {
			if known[id] || l.Where == nil {
				continue
			}
			at := l.Where(values.RolesKey + "." + id)
			msg := fmt.Sprintf("%s: unknown role %s", values.RolesKey, usertext.Quote(id)) +
				strictyaml.Suggest(id, ids, "; run 'jobdesc list' to see the role ids")
			errs = append(errs, &strictyaml.Error{File: at.File, Line: at.Line, Col: at.Col, Msg: msg})
		}
	}
	return errs.Err()
}

// WhereFor is where the values of a posting of role ro took key path
// from: a file's line, a flag, a variable; zero for a built-in default.
func (c *Config) WhereFor(ro *role.Role, path string) finding.Location {
	return values.WhereFor(ro, path, append(append([]values.Layer{}, c.files...), c.command...)...)
}

// giver is the place that gave key last, over every layer of the run
// (jobdesc.yaml:3:7, --lang); zero when none did.
func (c *Config) giver(key string) finding.Location {
	all := append(append([]values.Layer{}, c.files...), c.command...)
	for i := len(all) - 1; i >= 0; i-- {
		if _, ok := all[i].Values[key]; ok && all[i].Where != nil {
			return all[i].Where(key)
		}
	}
	return finding.Location{}
}

// Err is the error of problems: a usage error when they all come from the
// command line or the environment, a failure when a file is at fault.
func Err(ps values.Problems) error {
	if ps.Usage() {
		return usage.Wrap(ps)
	}
	return ps
}

// textLayer builds a layer from key paths and the texts given for them
// (environment, --set, flags): "" and "null" clear a key. where names the
// source of a key in messages.
func textLayer(texts map[string]string, where func(key string) string) (values.Layer, error) {
	l := values.Layer{Values: map[string]any{}, Usage: true, Where: func(path string) finding.Location { return finding.Location{File: where(keyOf(path, texts))} }}
	for _, key := range role.SortedKeys(texts) {
		var val any
		if text := texts[key]; text != "" {
			var err error
			if val, err = values.ParseText(key, text); err != nil {
				return values.Layer{}, usage.Errorf("%s: %w", where(key), err)
			}
		}
		l.Set(key, val)
	}
	return l, nil
}

// keyOf is the key of texts a value path falls under: "benefits[2]" is
// benefits, "company.about" may be company.about.fr.
func keyOf(path string, texts map[string]string) string {
	path = path[:indexOr(path, '[')]
	if _, ok := texts[path]; ok {
		return path
	}
	for _, k := range role.SortedKeys(texts) {
		if strings.HasPrefix(k, path+".") || strings.HasPrefix(path, k+".") {
			return k
		}
	}
	return path
}

func indexOr(s string, c byte) int {
	if i := strings.IndexByte(s, c); i >= 0 {
		return i
	}
	return len(s)
}

// envLayer reads the JOBDESC_* variables. An empty variable counts as
// unset (shells and CI systems export empty variables for what they
// lack); JOBDESC_X=null clears a value. A variable that names no value
// gets a warning with the closest name.
func envLayer(getenv func(string) string, environ []string) (values.Layer, []string, error) {
	if environ != nil && !slices.ContainsFunc(environ, valueVariable) {
		// No variable to read or warn about: naming every key (envKeys)
		// and asking for each was most of what reading values cost.
		l, err := textLayer(nil, EnvName)
		return l, nil, err
	}
	keys := envKeys()
	texts := map[string]string{}
	for name, key := range keys {
		if val := getenv(name); val != "" {
			texts[key] = val
		}
	}
	var warnings []string
	names := role.SortedKeys(keys)
	for _, kv := range environ {
		name, val, _ := strings.Cut(kv, "=")
		if _, known := keys[name]; known || name == UILangEnv || !strings.HasPrefix(name, "JOBDESC_") || val == "" {
			continue
		}
		msg := fmt.Sprintf("%s matches no value", name)
		if near := strictyaml.Closest(name, names); near != "" {
			msg += fmt.Sprintf("; did you mean %s?", near)
		} else {
			msg += "; run 'jobdesc init' to see every key"
		}
		warnings = append(warnings, msg)
	}
	sort.Strings(warnings)
	l, err := textLayer(texts, EnvName)
	return l, warnings, err
}

// valueVariable says whether kv, a NAME=value of the environment, is a
// non-empty JOBDESC_* variable that may set a value: one envLayer reads
// or warns about.
func valueVariable(kv string) bool {
	name, val, _ := strings.Cut(kv, "=")
	return strings.HasPrefix(name, "JOBDESC_") && name != UILangEnv && val != ""
}

// setLayer reads --set key.path=value, later ones winning; key= clears.
func setLayer(sets []string) (values.Layer, error) {
	texts := map[string]string{}
	for _, s := range sets {
		key, val, err := ParseSet(s)
		if err != nil {
			return values.Layer{}, err
		}
		texts[key] = val
	}
	return textLayer(texts, func(key string) string { return "--set " + key })
}

func flagLayer(flags, names map[string]string) (values.Layer, error) {
	return textLayer(flags, func(key string) string {
		if n, ok := names[key]; ok {
			return n
		}
		return key
	})
}

// readLayer decodes a values file strictly into into (whose values part
// is vals), checks each value on its own with file:line:col positions, and
// returns the keys it gives as a layer; a key given no value (null, ~ or
// nothing) is kept, to clear what lower layers said.
func readLayer(file string, into any, vals *values.Set, secs *Sections) (values.Layer, strictyaml.Positions, error) {
	fsys, name := strictyaml.OSFile(file)
	data, err := strictyaml.ReadFile(fsys, name, file, strictyaml.MaxSize)
	if errors.Is(err, fs.ErrNotExist) {
		return values.Layer{}, nil, fmt.Errorf("%s: file not found; check the path", file)
	}
	if err != nil {
		return values.Layer{}, nil, err
	}
	doc, err := strictyaml.Parse(file, data)
	if err != nil {
		return values.Layer{}, nil, err
	}
	return fileLayer(file, doc, into, vals, secs)
}

// fileLayer decodes a parsed values document strictly into into, checks
// each value of vals with its position, and returns the document as a
// layer of the merge rule and where each key stands.
func fileLayer(file string, doc *yaml.Node, into any, vals *values.Set, secs *Sections) (values.Layer, strictyaml.Positions, error) {
	pos, err := strictyaml.Decode(file, doc, into)
	if err != nil {
		return values.Layer{}, nil, err
	}
	vals.Normalize()
	var errs strictyaml.Errors
	for _, p := range append(vals.CheckFields(), secs.check()...) {
		at := pos.Lookup(p.Path)
		errs = append(errs, &strictyaml.Error{File: file, Line: at.Line, Col: at.Col, Msg: p.Msg})
	}
	if err := errs.Err(); err != nil {
		return values.Layer{}, nil, err
	}
	l, err := values.YAMLLayer(doc, func(path string) finding.Location {
		at := pos.Lookup(path)
		return finding.Location{File: file, Line: at.Line, Col: at.Col}
	})
	if err != nil {
		return values.Layer{}, nil, fmt.Errorf("%s: %w", file, err)
	}
	return l, pos, nil
}

// check checks each section as a file's values are checked, and the
// seniorities it names.
func (s *Sections) check() []role.Problem {
	if s == nil {
		return nil
	}
	var ps []role.Problem
	levels := func(prefix string, m map[string]values.Set) {
		for _, level := range role.SortedKeys(m) {
			path := prefix + values.SenioritiesKey + "." + level
			if !slices.Contains(role.Seniorities(), level) {
				msg := fmt.Sprintf("%s: unknown seniority %s", values.SenioritiesKey, usertext.Quote(level)) +
					strictyaml.Suggest(level, role.Seniorities(), "; use one of "+strings.Join(role.Seniorities(), ", "))
				ps = append(ps, role.Problem{Path: path, Msg: msg})
				continue
			}
			v := m[level]
			v.Normalize()
			ps = append(ps, values.CheckSection(path, &v, true)...)
		}
	}
	levels("", s.Seniorities)
	for _, id := range role.SortedKeys(s.Roles) {
		r := s.Roles[id]
		r.Normalize()
		path := values.RolesKey + "." + id
		ps = append(ps, values.CheckSection(path, &r.Set, false)...)
		levels(path+".", r.Seniorities)
	}
	return ps
}

// ParseSet splits "company.name=Acme" and checks the key.
func ParseSet(s string) (key, value string, err error) {
	key, value, ok := strings.Cut(s, "=")
	key = strings.TrimSpace(key)
	if !ok {
		return "", "", usage.Errorf("invalid --set %s: write key.path=value, e.g. company.name=Acme", usertext.Quote(s))
	}
	if err := CheckKey(key); err != nil {
		return "", "", err
	}
	return key, value, nil
}

// CheckKey refuses, as a usage error, a key path that names no value.
func CheckKey(key string) error { return usage.Wrap(values.UnknownKey(key)) }

// LocaleLang is French when the locale says so, else English.
func LocaleLang(getenv func(string) string) string {
	if strings.HasPrefix(locale(getenv), "fr") {
		return "fr"
	}
	return "en"
}

// Today is the date a run takes for today, YYYY-MM-DD: SOURCE_DATE_EPOCH's
// when set, else the clock's.
func Today(getenv func(string) string, now func() time.Time) (string, error) {
	return today(getenv, now)
}

// today is SOURCE_DATE_EPOCH's date when set, so CI output is
// reproducible, else the clock's.
func today(getenv func(string) string, now func() time.Time) (string, error) {
	if s := getenv("SOURCE_DATE_EPOCH"); s != "" {
		secs, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return "", usage.Errorf("invalid SOURCE_DATE_EPOCH %s: use seconds since 1970", usertext.Quote(s))
		}
		return time.Unix(secs, 0).UTC().Format(values.DateLayout), nil
	}
	return now().Format(values.DateLayout), nil
}

// ParseSalary reads the --salary flag, written the English or the French
// way: "38000-45000 EUR/year", "45000 EUR", "500 EUR/day", "38k-45k €/an",
// "38 000 € – 45 000 €/an", "2 500 €/mois". It returns the value keys it
// sets; one amount clears the maximum ("" clears), whatever a file said.
func ParseSalary(s string) (map[string]string, error) {
	bad := usage.Errorf("invalid --salary %s: write MIN[-MAX] CURRENCY[/PERIOD], e.g. \"38000-45000 EUR/year\" or \"38k-45k €/an\"", usertext.Quote(s))
	text, per, hasPeriod := strings.Cut(s, "/")
	out := map[string]string{}
	if hasPeriod {
		period, ok := values.PeriodCode(per)
		if !ok {
			return nil, usage.Errorf("invalid --salary %s: unknown period %s; use year, month, week, day or hour (an, mois, semaine, jour, heure)", usertext.Quote(s), usertext.Quote(strings.TrimSpace(per)))
		}
		out["salary.period"] = period
	}
	text = strings.NewReplacer("–", "-", "—", "-", " à ", "-", " to ", "-").Replace(text)
	parts := strings.Split(text, "-")
	if len(parts) > 2 {
		return nil, bad
	}
	amounts := make([]values.TypedAmount, len(parts))
	cur := ""
	for i, part := range parts {
		a, err := values.ParseAmount(part)
		var refused *values.AmountError
		if errors.As(err, &refused) {
			return nil, usage.Errorf("invalid --salary %s: %s", usertext.Quote(s), refused.Msg)
		}
		if err != nil || strings.TrimSpace(part) == "" {
			return nil, bad
		}
		if a.Currency != "" && cur != "" && a.Currency != cur {
			return nil, usage.Errorf("invalid --salary %s: two currencies, %s and %s; use one", usertext.Quote(s), cur, a.Currency)
		}
		if a.Currency != "" {
			cur = a.Currency
		}
		amounts[i] = a
	}
	if cur == "" {
		return nil, bad
	}
	// "38-45k €": the thousands of the maximum are the minimum's too.
	if len(amounts) == 2 && amounts[1].Thousands && !amounts[0].Thousands && amounts[0].Value < 1000 {
		amounts[0].Value *= 1000
	}
	keys := []string{"salary.min", "salary.max"}
	for i, a := range amounts {
		if msg := values.CheckAmount(keys[i], a.Value); msg != "" {
			return nil, usage.Errorf("invalid --salary %s: %s", usertext.Quote(s), msg)
		}
		out[keys[i]] = strconv.FormatFloat(a.Value, 'f', -1, 64)
	}
	if len(amounts) == 1 {
		out["salary.max"] = "" // one amount: no maximum, whatever a file said
	}
	out["salary.currency"] = cur
	return out, nil
}
