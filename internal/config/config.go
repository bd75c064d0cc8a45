// Package config gathers the posting values of a run from every place they
// can come from, lowest precedence first: built-in defaults, the config
// file, each -f values file in order, JOBDESC_* environment variables,
// --set key.path=value, and the dedicated flags. It is the only importer of
// viper, and it uses one instance per run.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/viper"

	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/strictyaml"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

// FileName is the config file looked for in the working folder, and as
// jobdesc/config.yaml in the user config folder.
const FileName = "jobdesc.yaml"

// Options say where to look.
type Options struct {
	ConfigFile    string            // --config: must exist
	ValueFiles    []string          // -f, in order
	Sets          []string          // --set key.path=value
	Flags         map[string]string // dedicated flags that were set, by key path
	Getenv        func(string) string
	Dir           string // working folder
	UserConfigDir string // "" when unknown
	Now           func() time.Time
}

// Config is the result of a run's layers.
type Config struct {
	Values posting.Values
	// Templates is a folder whose files replace the shipped templates of
	// the same name; "" for none.
	Templates string
	// File is the config file read, "" for none.
	File string
	// PreviewStyle is the config file's preview.style, "" for none.
	PreviewStyle string
	// Overrides holds what the environment, --set and the flags said:
	// they win over a batch file's values too.
	Overrides posting.Values
	// Lint is the config file's lint section; lint checks its rule ids,
	// levels and profiles, and LintAt places what it refuses.
	Lint    Lint
	lintPos strictyaml.Positions
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
// ("rules.pay-range"), or of the nearest key above it, as
// "file:line:col", for messages about it.
func (c *Config) LintAt(key string) string {
	at := c.lintPos.Lookup("lint." + key)
	if c.File == "" || at.Line == 0 {
		return c.File
	}
	return fmt.Sprintf("%s:%d:%d", c.File, at.Line, at.Col)
}

// fileFormat is the config file: values plus settings of the tool.
type fileFormat struct {
	posting.Values `yaml:",inline"`
	Templates      string `yaml:"templates"`
	Preview        struct {
		Style string `yaml:"style"`
	} `yaml:"preview"`
	Lint Lint `yaml:"lint"`
}

// UsageError is a value given on the command line that cannot be used.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// Keys returns every value key path ("company.name"), sorted.
func Keys() []string {
	var keys []string
	var walk func(t reflect.Type, prefix string)
	walk = func(t reflect.Type, prefix string) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name := f.Tag.Get("mapstructure")
			if f.Type.Kind() == reflect.Struct {
				walk(f.Type, prefix+name+".")
				continue
			}
			keys = append(keys, prefix+name)
		}
	}
	walk(reflect.TypeOf(posting.Values{}), "")
	sort.Strings(keys)
	return keys
}

// EnvName is the variable that sets key: JOBDESC_COMPANY_NAME.
func EnvName(key string) string {
	return "JOBDESC_" + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(key))
}

// Load merges the layers into one set of values and checks them.
func Load(o Options) (*Config, error) {
	v := viper.New()
	keys := Keys()
	now := time.Now
	if o.Now != nil {
		now = o.Now
	}
	posted, err := today(o.Getenv, now)
	if err != nil {
		return nil, err
	}
	v.SetDefault("lang", LocaleLang(o.Getenv))
	v.SetDefault("seniority", "confirmed")
	v.SetDefault("posted", posted)
	c := &Config{}

	file, err := findConfig(o)
	if err != nil {
		return nil, err
	}
	if file != "" {
		var ff fileFormat
		m, pos, err := readValues(file, &ff, &ff.Values)
		if err != nil {
			return nil, err
		}
		delete(m, "templates")
		delete(m, "preview")
		delete(m, "lint")
		c.Lint, c.lintPos = ff.Lint, pos
		switch ff.Preview.Style {
		case "", "dark", "light", "notty":
			c.PreviewStyle = ff.Preview.Style
		default:
			return nil, fmt.Errorf("%s: invalid preview.style %q: use one of dark, light, notty", file, ff.Preview.Style)
		}
		if err := v.MergeConfigMap(m); err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		c.File = file
		if ff.Templates != "" {
			c.Templates = ff.Templates
			if !filepath.IsAbs(c.Templates) {
				c.Templates = filepath.Join(filepath.Dir(file), c.Templates)
			}
			if info, err := os.Stat(c.Templates); err != nil || !info.IsDir() {
				return nil, fmt.Errorf("%s: templates folder %q not found; create it or fix the path", file, ff.Templates)
			}
		}
	}
	for _, f := range o.ValueFiles {
		var vals posting.Values
		m, _, err := readValues(f, &vals, &vals)
		if err != nil {
			return nil, err
		}
		if err := v.MergeConfigMap(m); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
	}
	env, high := map[string]any{}, map[string]any{}
	for _, k := range keys {
		if val := o.Getenv(EnvName(k)); val != "" {
			setPath(env, k, val)
			setPath(high, k, val)
		}
	}
	if err := v.MergeConfigMap(env); err != nil {
		return nil, err
	}
	for _, s := range o.Sets {
		key, val, err := ParseSet(s)
		if err != nil {
			return nil, err
		}
		v.Set(key, val)
		setPath(high, key, val)
	}
	for _, k := range role.SortedKeys(o.Flags) {
		v.Set(k, o.Flags[k])
		setPath(high, k, o.Flags[k])
	}
	if err := decode(v.AllSettings(), &c.Values); err != nil {
		return nil, err
	}
	if err := decode(high, &c.Overrides); err != nil {
		return nil, err
	}
	if ps := c.Values.Check(); len(ps) > 0 {
		return nil, problems(ps)
	}
	if c.Values.Lang == "" {
		// Set, but to nothing: the language cannot fall back to a default.
		return nil, &UsageError{Msg: fmt.Sprintf("invalid lang \"\": use one of %s", strings.Join(role.Languages(), ", "))}
	}
	return c, nil
}

// Apply returns the run's values with the layers of a batch file over
// them, lowest first, and the environment, --set and flags over all.
func (c *Config) Apply(layers ...posting.Values) posting.Values {
	return posting.Overlay(c.Values, append(layers, c.Overrides)...)
}

// decode reads merged settings into Values.
func decode(settings map[string]any, into *posting.Values) error {
	dc := &mapstructure.DecoderConfig{
		Result:           into,
		WeaklyTypedInput: true,
		ErrorUnused:      true,
		DecodeHook:       splitList,
	}
	dec, err := mapstructure.NewDecoder(dc)
	if err != nil {
		return err
	}
	if err := dec.Decode(settings); err != nil {
		return &UsageError{Msg: "invalid value: " + cleanDecodeError(err)}
	}
	return nil
}

// splitList reads a list given as one string (--set benefits=a,b, an
// environment variable) as comma-separated items, trimmed, with no empty
// item: "a, b,,c" is [a b c].
func splitList(from, to reflect.Type, data any) (any, error) {
	s, ok := data.(string)
	if !ok || from.Kind() != reflect.String || to.Kind() != reflect.Slice {
		return data, nil
	}
	items := []string{}
	for _, item := range strings.Split(s, ",") {
		if item = strings.TrimSpace(item); item != "" {
			items = append(items, item)
		}
	}
	return items, nil
}

func cleanDecodeError(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, "error(s) decoding:"); i >= 0 {
		msg = strings.TrimSpace(msg[i+len("error(s) decoding:"):])
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(msg, "* ", "")), " ")
}

func problems(ps []role.Problem) error {
	msgs := make([]string, len(ps))
	for i, p := range ps {
		msgs[i] = p.Msg
	}
	return &UsageError{Msg: strings.Join(strictyaml.Limit(msgs, 0), "; ")}
}

// findConfig returns the config file to read: --config (which must exist),
// else jobdesc.yaml in the working folder, else the user's.
func findConfig(o Options) (string, error) {
	if o.ConfigFile != "" {
		if _, err := os.Stat(o.ConfigFile); err != nil {
			return "", fmt.Errorf("config file %s not found; check the --config path or run 'jobdesc init'", o.ConfigFile)
		}
		return o.ConfigFile, nil
	}
	candidates := []string{filepath.Join(o.Dir, FileName)}
	if o.UserConfigDir != "" {
		candidates = append(candidates, filepath.Join(o.UserConfigDir, "jobdesc", "config.yaml"))
	}
	for _, f := range candidates {
		if _, err := os.Stat(f); err == nil {
			return f, nil
		}
	}
	return "", nil
}

// readValues decodes a values file strictly into into (whose values part
// is vals), checks the values with file:line positions, and returns the
// keys it sets as a nested map for merging, with where each key stands.
func readValues(file string, into any, vals *posting.Values) (map[string]any, strictyaml.Positions, error) {
	fsys, name := strictyaml.OSFile(file)
	data, err := strictyaml.ReadFile(fsys, name, file, strictyaml.MaxSize)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, fmt.Errorf("%s: file not found; check the path", file)
	}
	if err != nil {
		return nil, nil, err
	}
	doc, err := strictyaml.Parse(file, data)
	if err != nil {
		return nil, nil, err
	}
	pos, err := strictyaml.Decode(file, doc, into)
	if err != nil {
		return nil, nil, err
	}
	var errs strictyaml.Errors
	for _, p := range vals.Check() {
		at := pos.Lookup(p.Path)
		errs = append(errs, &strictyaml.Error{File: file, Line: at.Line, Col: at.Col, Msg: p.Msg})
	}
	if err := errs.Err(); err != nil {
		return nil, nil, err
	}
	m := map[string]any{}
	// The document passed the strict decode, so aliases are bounded.
	if err := doc.Decode(&m); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", file, err)
	}
	return m, pos, nil
}

// ParseSet splits "company.name=Acme" and checks the key.
func ParseSet(s string) (key, value string, err error) {
	key, value, ok := strings.Cut(s, "=")
	key = strings.TrimSpace(key)
	if !ok {
		return "", "", &UsageError{Msg: fmt.Sprintf("invalid --set %q: write key.path=value, e.g. company.name=Acme", s)}
	}
	if err := CheckKey(key); err != nil {
		return "", "", err
	}
	return key, value, nil
}

// CheckKey refuses a key path that names no value.
func CheckKey(key string) error {
	keys := Keys()
	if slices.Contains(keys, key) {
		return nil
	}
	msg := fmt.Sprintf("unknown key %q", key)
	if near := strictyaml.Closest(key, keys); near != "" {
		msg += fmt.Sprintf("; did you mean %q?", near)
	} else {
		msg += "; run 'jobdesc init' to see every key"
	}
	return &UsageError{Msg: msg}
}

func setPath(m map[string]any, key string, val any) {
	parts := strings.Split(key, ".")
	for _, p := range parts[:len(parts)-1] {
		sub, ok := m[p].(map[string]any)
		if !ok {
			sub = map[string]any{}
			m[p] = sub
		}
		m = sub
	}
	m[parts[len(parts)-1]] = val
}

// LocaleLang is French when the locale says so, else English.
func LocaleLang(getenv func(string) string) string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			if strings.HasPrefix(v, "fr") {
				return "fr"
			}
			return "en"
		}
	}
	return "en"
}

// today is SOURCE_DATE_EPOCH's date when set, so CI output is
// reproducible, else the clock's.
func today(getenv func(string) string, now func() time.Time) (string, error) {
	if s := getenv("SOURCE_DATE_EPOCH"); s != "" {
		secs, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return "", &UsageError{Msg: fmt.Sprintf("invalid SOURCE_DATE_EPOCH %q: use seconds since 1970", s)}
		}
		return time.Unix(secs, 0).UTC().Format(posting.DateLayout), nil
	}
	return now().Format(posting.DateLayout), nil
}

// ParseSalary reads the --salary flag: "38000-45000 EUR/year", "45000 EUR",
// "500 EUR/day"; it returns the value keys it sets.
func ParseSalary(s string) (map[string]string, error) {
	bad := &UsageError{Msg: fmt.Sprintf("invalid --salary %s: write MIN[-MAX] CURRENCY[/PERIOD], e.g. \"38000-45000 EUR/year\"", usertext.Quote(s))}
	fields := strings.Fields(s)
	if len(fields) != 2 {
		return nil, bad
	}
	out := map[string]string{}
	lo, hi, isRange := strings.Cut(fields[0], "-")
	for _, n := range []struct{ key, val string }{{"salary.min", lo}, {"salary.max", hi}} {
		if n.val == "" {
			continue
		}
		f, err := strconv.ParseFloat(n.val, 64)
		if err != nil {
			return nil, bad
		}
		if msg := posting.CheckAmount(n.key, f); msg != "" {
			return nil, &UsageError{Msg: fmt.Sprintf("invalid --salary %s: %s", usertext.Quote(s), msg)}
		}
		out[n.key] = n.val
	}
	if isRange && hi == "" || lo == "" {
		return nil, bad
	}
	if !isRange {
		out["salary.max"] = "0" // one amount: no maximum, whatever a file said
	}
	cur, period, hasPeriod := strings.Cut(fields[1], "/")
	out["salary.currency"] = strings.ToUpper(cur)
	if hasPeriod {
		out["salary.period"] = period
	}
	return out, nil
}
