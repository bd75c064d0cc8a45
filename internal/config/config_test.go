package config

import (
	"errors"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/jobdesc/jobdesc/internal/finding"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/strictyaml"
	"github.com/jobdesc/jobdesc/internal/usage"
	"github.com/jobdesc/jobdesc/internal/values"
)

// layer names, lowest precedence first: the run's files, a batch's
// defaults and entry, then the run's command line.
var layers = []string{"config", "file1", "file2", "defaults", "entry", "env", "set", "flag"}

// run is one run's layers: what each says of the values.
type run struct {
	t     *testing.T
	dir   string
	env   map[string]string
	o     Options
	batch map[string]string // YAML of the batch's defaults and entry
}

func newRun(t *testing.T) *run {
	dir := t.TempDir()
	r := &run{t: t, dir: dir, env: map[string]string{}, batch: map[string]string{}}
	r.o = Options{Dir: dir, Getenv: func(k string) string { return r.env[k] }, Flags: map[string]string{}}
	return r
}

// give makes layer say yaml (for files and batch layers) or key=text
// (environment, --set, flags) of one key.
func (r *run) give(layer, key, text, yaml string) {
	r.t.Helper()
	write := func(name string) string {
		path := filepath.Join(r.dir, name)
		if err := os.WriteFile(path, []byte(yaml+"\n"), 0o644); err != nil {
			r.t.Fatal(err)
		}
		return path
	}
	switch layer {
	case "config":
		write(FileName)
	case "file1", "file2":
		r.o.ValueFiles = append(r.o.ValueFiles, write(layer+".yaml"))
	case "defaults", "entry":
		r.batch[layer] = yaml
	case "env":
		r.env[EnvName(key)] = text
	case "set":
		r.o.Sets = append(r.o.Sets, key+"="+text)
	case "flag":
		r.o.Flags[key] = text
	}
}

// values loads the run and applies the batch's layers.
func (r *run) values() (values.Set, error) {
	r.t.Helper()
	c, err := Load(r.o)
	if err != nil {
		return values.Set{}, err
	}
	var ls []values.Layer
	for _, name := range []string{"defaults", "entry"} {
		if text, ok := r.batch[name]; ok {
			var doc yaml.Node
			if err := yaml.Unmarshal([]byte(text), &doc); err != nil {
				r.t.Fatal(err)
			}
			l, err := values.YAMLLayer(doc.Content[0], func(path string) finding.Location { return finding.Location{File: "batch.yaml: " + name} })
			if err != nil {
				r.t.Fatal(err)
			}
			ls = append(ls, l)
		}
	}
	v, ps := c.Apply(ls...)
	if len(ps) > 0 {
		return v, Err(ps)
	}
	return v, nil
}

// TestPrecedence checks every pair of layers: the higher one wins, and
// wins too when it clears the value, whatever the lower one said.
func TestPrecedence(t *testing.T) {
	clear := map[string][2]string{ // how each layer clears company.name: text, YAML
		"config": {"", "company: {name: null}"}, "file1": {"", "company:\n  name:"}, "file2": {"", "company: {name: ~}"},
		"defaults": {"", `company: {name: ""}`}, "entry": {"", "company: {name: null}"},
		"env": {"null", ""}, "set": {"", ""}, "flag": {"", ""},
	}
	for i, low := range layers {
		for _, high := range layers[i+1:] {
			t.Run(low+"<"+high, func(t *testing.T) {
				r := newRun(t)
				r.give(low, "company.name", low, "company: {name: "+low+"}")
				r.give(high, "company.name", high, "company: {name: "+high+"}")
				v, err := r.values()
				if err != nil || v.Company.Name != high {
					t.Errorf("company.name = %q, %v; want %q", v.Company.Name, err, high)
				}
			})
			t.Run(low+"<"+high+" clearing", func(t *testing.T) {
				r := newRun(t)
				r.give(low, "company.name", low, "company: {name: "+low+", size: small}")
				r.give(high, "company.name", clear[high][0], clear[high][1])
				v, err := r.values()
				if err != nil || v.Company.Name != "" {
					t.Errorf("company.name = %q, %v; want it cleared", v.Company.Name, err)
				}
			})
		}
	}
}

// TestSalaryFlagInABatch: --salary with one amount gives "from" inside a
// batch whose defaults set a maximum, exactly as for one posting.
func TestSalaryFlagInABatch(t *testing.T) {
	flags, err := ParseSalary("40000 EUR/year")
	if err != nil {
		t.Fatal(err)
	}
	for _, layer := range []string{"config", "defaults", "entry"} {
		r := newRun(t)
		r.give(layer, "", "", "salary: {min: 38000, max: 45000, currency: EUR, period: year}")
		r.o.Flags = flags
		v, err := r.values()
		if err != nil || v.Salary.Min != 40000 || v.Salary.Max != 0 || v.Salary.Currency != "EUR" {
			t.Errorf("%s: salary %+v, %v", layer, v.Salary, err)
		}
	}
}

// TestNewValuesInEveryLayer: each value a real posting needs is read from
// every layer, in its own shape.
func TestNewValuesInEveryLayer(t *testing.T) {
	tests := []struct {
		key, text, yaml string
		ok              func(v values.Set) bool
	}{
		{"company.about", "Nous faisons des outils", "company: {about: Nous faisons des outils}",
			func(v values.Set) bool { return v.Company.About.All == "Nous faisons des outils" }},
		{"company.about.en", "We make tools", "company: {about: {en: We make tools}}",
			func(v values.Set) bool { return v.Company.About.ByLang["en"] == "We make tools" }},
		{"benefits", "Mutuelle, Tickets", "benefits: [Mutuelle, Tickets]",
			func(v values.Set) bool { return slices.Equal(v.Benefits.All, []string{"Mutuelle", "Tickets"}) }},
		{"benefits.fr", "Mutuelle", "benefits: {fr: [Mutuelle]}",
			func(v values.Set) bool { return slices.Equal(v.Benefits.ByLang["fr"], []string{"Mutuelle"}) }},
		{"location.remote_days", "2", "location: {remote_days: 2}",
			func(v values.Set) bool { return v.Location.RemoteDays == 2 }},
		{"team.size", "6", "team: {size: 6}", func(v values.Set) bool { return v.Team.Size == 6 }},
		{"team.with", "le marketing", "team: {with: le marketing}", func(v values.Set) bool { return v.Team.With.All == "le marketing" }},
		{"contract.status", "Agent de maîtrise", "contract: {status: agent de maîtrise}",
			func(v values.Set) bool { return v.Contract.Status == "agent-de-maitrise" }},
		{"contract.agreement", "Syntec", "contract: {agreement: Syntec}", func(v values.Set) bool { return v.Contract.Agreement == "Syntec" }},
		{"contract.type", "CDI", "contract: {type: cdi}", func(v values.Set) bool { return v.Contract.Type == "permanent" }},
		{"salary.period", "mois", "salary: {period: mois}", func(v values.Set) bool { return v.Salary.Period == "month" }},
		{"salary.min", "38k€", "salary: {min: 38000}", func(v values.Set) bool { return v.Salary.Min == 38000 }},
		{"process", "Appel, Entretien", "process: [Appel, Entretien]",
			func(v values.Set) bool { return slices.Equal(v.Process.All, []string{"Appel", "Entretien"}) }},
		{"process.en", "Call", "process: {en: [Call]}", func(v values.Set) bool { return slices.Equal(v.Process.ByLang["en"], []string{"Call"}) }},
		{"title_suffix", "(F/H)", "title_suffix: (F/H)", func(v values.Set) bool { return v.TitleSuffix.All == "(F/H)" }},
	}
	for _, tt := range tests {
		for _, layer := range layers {
			t.Run(tt.key+"/"+layer, func(t *testing.T) {
				r := newRun(t)
				r.give(layer, tt.key, tt.text, tt.yaml)
				// What goes with it: a currency for amounts, hybrid for days.
				r.o.Sets = append(r.o.Sets, "salary.currency=EUR", "location.remote=hybrid")
				v, err := r.values()
				if err != nil || !tt.ok(v) {
					t.Errorf("%+v, %v", v, err)
				}
			})
		}
	}
}

// TestUnknownEnvironmentVariable: a JOBDESC_* variable that names no
// value is a warning with the closest name, not an error.
func TestUnknownEnvironmentVariable(t *testing.T) {
	env := []string{"JOBDESC_SALARY_MINN=1", "JOBDESC_COMPANY_ABOUT_EN=x", "JOBDESC_ZZZZZZZZZZZZ=1", "JOBDESC_EMPTY=", "HOME=/x"}
	c, err := Load(Options{Dir: t.TempDir(), Getenv: func(string) string { return "" }, Environ: env})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"JOBDESC_SALARY_MINN matches no value; did you mean JOBDESC_SALARY_MIN?",
		"JOBDESC_ZZZZZZZZZZZZ matches no value; run 'jobdesc init' to see every key",
	}
	var got []string
	for _, w := range c.Warnings {
		if w.Rule != "config" || w.Severity != finding.Warning || w.At() != (finding.Location{}) {
			t.Errorf("warning %+v: want rule config, a warning, no place", w)
		}
		got = append(got, w.Message)
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings %q", got)
	}
}

func TestUserConfigFolder(t *testing.T) {
	dir, user := t.TempDir(), t.TempDir()
	os.MkdirAll(filepath.Join(user, "jobdesc"), 0o755)
	os.WriteFile(filepath.Join(user, "jobdesc", "config.yaml"), []byte("lang: fr\n"), 0o644)
	c, err := Load(Options{Dir: dir, UserConfigDir: user, Getenv: func(string) string { return "" }})
	if err != nil || c.Values.Lang != "fr" {
		t.Fatalf("user config not read: %v %+v", err, c)
	}
	os.WriteFile(filepath.Join(dir, FileName), []byte("lang: en\n"), 0o644)
	c, err = Load(Options{Dir: dir, UserConfigDir: user, Getenv: func(string) string { return "" }})
	if err != nil || c.Values.Lang != "en" {
		t.Fatalf("working folder config does not win: %v %+v", err, c)
	}
}

// TestConfigSearchSeesOnlyItsFile: the search finds jobdesc.yaml, not a
// jobdesc.yml, .json or .toml beside it, nor the user folder's name in the
// working folder, nor a folder with the file's name.
func TestConfigSearchSeesOnlyItsFile(t *testing.T) {
	dir, user := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(dir, "jobdesc.yml"), []byte("lang: fr\n"), 0o644)
	os.MkdirAll(filepath.Join(user, "jobdesc", "config.yaml"), 0o755)
	os.WriteFile(filepath.Join(dir, "jobdesc.json"), []byte(`{"lang": "fr"}`), 0o644)
	os.WriteFile(filepath.Join(dir, "jobdesc.toml"), []byte("lang = 'fr'\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "config.yaml"), []byte("lang: fr\n"), 0o644)
	c, err := Load(Options{Dir: dir, UserConfigDir: user, Getenv: func(string) string { return "" }})
	if err != nil || c.File != "" || c.Values.Lang != "en" {
		t.Fatalf("read a file it should not: %v %q %q", err, c.File, c.Values.Lang)
	}
	os.WriteFile(filepath.Join(dir, FileName), []byte("lang: fr\n"), 0o644)
	c, err = Load(Options{Dir: dir, UserConfigDir: user, Getenv: func(string) string { return "" }})
	if err != nil || c.File != filepath.Join(dir, FileName) || c.Values.Lang != "fr" {
		t.Fatalf("jobdesc.yaml not found: %v %q %q", err, c.File, c.Values.Lang)
	}
}

func TestDefaults(t *testing.T) {
	env := map[string]string{"LANG": "fr_FR.UTF-8", "SOURCE_DATE_EPOCH": "1795132800"}
	c, err := Load(Options{Dir: t.TempDir(), Getenv: func(k string) string { return env[k] }})
	if err != nil {
		t.Fatal(err)
	}
	if c.Values.Lang != "fr" || c.Values.Posted != "2026-11-20" || c.Values.Seniority != "" {
		t.Errorf("defaults: %+v", c.Values)
	}
	delete(env, "SOURCE_DATE_EPOCH")
	c, _ = Load(Options{Dir: t.TempDir(), Getenv: func(k string) string { return env[k] }, Now: func() time.Time { return time.Date(2027, 1, 15, 23, 0, 0, 0, time.UTC) }})
	if c.Values.Posted != "2027-01-15" {
		t.Errorf("posted = %q, want today", c.Values.Posted)
	}
}

func TestLocaleLang(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{}, "en"},
		{map[string]string{"LANG": "fr_FR.UTF-8"}, "fr"},
		{map[string]string{"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_ALL": "fr_CA.UTF-8"}, "fr"},
		{map[string]string{"LANG": "C"}, "en"},
	}
	for _, tt := range tests {
		if got := LocaleLang(func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("LocaleLang(%v) = %q, want %q", tt.env, got, tt.want)
		}
	}
}

func TestValueTypesFromEveryLayer(t *testing.T) {
	env := map[string]string{"JOBDESC_SALARY_MIN": "38000", "JOBDESC_BENEFITS": "Mutuelle,Tickets restaurant"}
	c, err := Load(Options{Dir: t.TempDir(), Getenv: func(k string) string { return env[k] },
		Sets: []string{"salary.max=45000", "salary.currency=EUR", "location.country=FR"}})
	if err != nil {
		t.Fatal(err)
	}
	v := c.Values
	if v.Salary.Min != 38000 || v.Salary.Max != 45000 || !slices.Equal(v.Benefits.All, []string{"Mutuelle", "Tickets restaurant"}) {
		t.Errorf("values: %+v", v)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name  string
		file  string // contents of values.yaml, passed with -f
		sets  []string
		flags map[string]string
		env   map[string]string
		want  string
	}{
		{name: "unknown key in a file", file: "company:\n  name: A\ncompnay:\n  name: B\n", want: `values.yaml:3:1: unknown key "compnay"; did you mean "company"?`},
		{name: "set without =", sets: []string{"company.name"}, want: `invalid --set "company.name": write key.path=value, e.g. company.name=Acme`},
		{name: "set unknown key", sets: []string{"compnay.name=A"}, want: `unknown key "compnay.name"; did you mean "company.name"?`},
		{name: "enum in a file", file: "contract:\n  type: cdx\n", want: `values.yaml:2:9: invalid contract.type "cdx": use one of permanent, fixed-term, freelance, internship, apprenticeship`},
		{name: "enum from a flag", flags: map[string]string{"location.remote": "sometimes"}, want: `--remote: invalid location.remote "sometimes": use one of onsite, hybrid, remote`},
		{name: "salary min above max", file: "salary: {min: 50000, max: 40000, currency: EUR}\n", want: "values.yaml:1:15: salary min 50000 is above max 40000; swap them"},
		{name: "unknown currency", sets: []string{"salary.min=1", "salary.currency=EUX"}, want: `--set salary.currency: unknown currency "EUX": use an ISO 4217 code like EUR, USD or GBP`},
		{name: "min above max across layers", file: "salary: {max: 40000, currency: EUR}\n", sets: []string{"salary.min=50000"}, want: "--set salary.min: salary min 50000 is above max 40000; swap them"},
		{name: "no currency across layers", file: "salary: {min: 40000}\n", want: "values.yaml:1:9: salary has no currency; set salary.currency, e.g. EUR"},
		{name: "a number from the environment", env: map[string]string{"JOBDESC_SALARY_MIN": "abc"}, want: `JOBDESC_SALARY_MIN: expected a number, got "abc"`},
		{name: "a number from --set", sets: []string{"salary.min=abc"}, want: `--set salary.min: expected a number, got "abc"`},
		{name: "days from --set", sets: []string{"location.remote=hybrid", "location.remote_days=7"}, want: "--set location.remote_days: expected 1 to 5 days a week, got 7"},
		{name: "days from the environment", env: map[string]string{"JOBDESC_LOCATION_REMOTE_DAYS": "2"}, want: "JOBDESC_LOCATION_REMOTE_DAYS: location.remote_days goes with location.remote: hybrid (it is not set)"},
		{name: "days in a file", file: "location: {remote: hybrid, remote_days: 0.5}\n", want: "values.yaml:1:41: location.remote_days: expected a whole number, got the number 0.5"},
		{name: "team size in a file", file: "team: {size: -3}\n", want: "values.yaml:1:14: team.size: expected a number of people from 1 to 100000, got -3"},
		{name: "team shape", file: "team: six\n", want: `values.yaml:1:7: team: expected a mapping, got "six"`},
		{name: "about shape", file: "company: {about: [a]}\n", want: "values.yaml:1:18: company.about: expected text or a map of texts by language ({fr: …, en: …}), got a list"},
		{name: "benefits shape", file: "benefits: Mutuelle\n", want: `values.yaml:1:11: benefits: expected a list or a map of lists by language ({fr: […], en: […]}), got "Mutuelle"`},
		{name: "unknown language in a file", file: "company: {about: {fr: a, de: b}}\n", want: `values.yaml:1:30: company.about: unknown language "de"; use fr or en`},
		{name: "status from --set", sets: []string{"contract.status=chef"}, want: `--set contract.status: invalid contract.status "chef": use one of cadre, non-cadre, agent-de-maitrise`},
		{name: "unknown language key", sets: []string{"company.about.de=x"}, want: `unknown key "company.about.de"`},
		{name: "unknown country", file: "location: {country: FRA}\n", want: `values.yaml:1:21: unknown country code "FRA": use an ISO 3166 alpha-2 code like FR, BE or CA`},
		{name: "invalid date", sets: []string{"start=2027-02-30"}, want: `--set start: invalid date start "2027-02-30": write it as YYYY-MM-DD, e.g. 2027-01-15`},
		{name: "valid_through before posted", file: "posted: 2027-01-15\nvalid_through: 2027-01-01\n", want: "values.yaml:2:16: valid_through 2027-01-01 is before the posted date 2027-01-15"},
		{name: "javascript url", sets: []string{"company.url=javascript:alert(1)"}, want: `--set company.url: invalid company.url "javascript:alert(1)": use a full http(s) address`},
		{name: "bad epoch", env: map[string]string{"SOURCE_DATE_EPOCH": "yesterday"}, want: `invalid SOURCE_DATE_EPOCH "yesterday": use seconds since 1970`},
		{name: "NaN from the environment", env: map[string]string{"JOBDESC_SALARY_MIN": "NaN", "JOBDESC_SALARY_CURRENCY": "EUR"}, want: "JOBDESC_SALARY_MIN: expected a finite positive amount below 1,000,000,000, got NaN"},
		{name: "Inf from --set", sets: []string{"salary.max=Inf", "salary.currency=EUR"}, want: "--set salary.max: expected a finite positive amount below 1,000,000,000, got +Inf"},
		{name: "past 2^63 from --set", sets: []string{"salary.min=1e19", "salary.currency=EUR"}, want: "--set salary.min: expected a finite positive amount below 1,000,000,000, got 1e+19"},
		{name: ".nan in a file", file: "salary: {min: .nan, currency: EUR}\n", want: "values.yaml:1:15: salary.min: expected a finite positive amount below 1,000,000,000, got NaN"},
		{name: "-.inf in a file", file: "salary: {max: -.inf, currency: EUR}\n", want: "values.yaml:1:15: salary.max: expected a finite positive amount below 1,000,000,000, got -Inf"},
		{name: "empty lang", flags: map[string]string{"lang": ""}, want: `--lang: invalid lang "": use one of fr, en`},
		{name: "empty lang in a file", file: "lang: ''\n", want: `values.yaml:1:7: invalid lang "": use one of fr, en`},
		{name: "lang cleared in a file", file: "company: {name: Acme}\nlang:\n", want: `values.yaml:2:6: invalid lang "": use one of fr, en`},
		{name: "code on the amount against the currency", sets: []string{"salary.min=12 JPY", "salary.currency=EUR"}, want: "--set salary.min: salary.min 12 JPY is not in salary.currency EUR (--set salary.currency); use one currency, or give the amount without its code"},
		{name: "code on the amount against a file", file: "salary: {currency: EUR}\n", sets: []string{"salary.max=45000 USD"}, want: "--set salary.max: salary.max 45000 USD is not in salary.currency EUR (values.yaml:1:20); use one currency"},
		{name: "dot before three digits", sets: []string{"salary.min=38.000", "salary.currency=EUR"}, want: `--set salary.min: ambiguous amount "38.000": a dot before three digits groups thousands in French or German and marks decimals in English; write 38000, or 38 000`},
		{name: "underflow from --set", sets: []string{"salary.min=1e-400", "salary.currency=EUR"}, want: `--set salary.min: amount "1e-400" is too small to be a salary; check the exponent`},
		{name: "underflow in a file", file: "salary: {min: 1e-400, currency: EUR}\n", want: "values.yaml:1:15: salary.min: 1e-400 is too small for a number; check the exponent"},
		{name: "invalid UTF-8 from a flag", flags: map[string]string{"location.city": "Lyon\xff"}, want: "--city: invalid UTF-8 byte 0xFF in location.city; remove it"},
		{name: "tag characters from --set", sets: []string{"company.name=Acme\U000E0041"}, want: "--set company.name: invisible character U+E0041 TAG CHARACTER in company.name; remove it"},
		{name: "hangul filler from --set", sets: []string{"company.name=\uFFA0"}, want: "--set company.name: invisible character U+FFA0 HALFWIDTH HANGUL FILLER in company.name; remove it"},
		{name: "mailto query", sets: []string{"apply.email=jobs@example.com?bcc=spy%40evil.test"}, want: `--set apply.email: invalid apply.email "jobs@example.com?bcc=spy%40evil.test": use a plain address like jobs@example.com`},
		{name: "line break from a flag", flags: map[string]string{"location.city": "Lyon\n\n    rm -rf /"}, want: "--city: line break in location.city: it is a one-line value; write it on one line"},
		{name: "unknown seniority section", file: "seniorities:\n  junor: {reference: J}\n", want: `values.yaml:2:10: seniorities: unknown seniority "junor"; did you mean "junior"?`},
		{name: "unknown key in a role section", file: "roles:\n  webmaster: {salry: {min: 1}}\n", want: `values.yaml:2:15: unknown key "salry"; did you mean "salary"?`},
		{name: "unknown key in a role's seniority", file: "roles:\n  webmaster: {seniorities: {junior: {refrence: J}}}\n", want: `values.yaml:2:38: unknown key "refrence"; did you mean "reference"?`},
		{name: "lang in a section", file: "seniorities:\n  junior: {lang: en}\n", want: `values.yaml:2:18: seniorities.junior.lang: a section cannot set the language`},
		{name: "role in a section", file: "roles:\n  webmaster: {role: seo}\n", want: `values.yaml:2:15: unknown key "role"`},
		{name: "seniority in a seniority section", file: "seniorities:\n  junior: {seniority: senior}\n", want: `values.yaml:2:23: seniorities.junior.seniority: a seniority section cannot set the seniority`},
		{name: "enum in a role section", file: "roles:\n  webmaster: {contract: {status: chef}}\n", want: `values.yaml:2:34: invalid contract.status "chef"`},
		{name: "min above max in a role section", file: "salary: {min: 30000, max: 40000, currency: EUR}\nroles:\n  webmaster: {salary: {min: 50000}}\n", want: "values.yaml:3:29: salary min 50000 is above max 40000; swap them"},
		{name: "many bad benefits", sets: []string{"benefits=" + strings.Repeat("\x1b,", 200)}, want: "--set benefits: control character U+001B in benefits[0]; remove it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			o := Options{Dir: dir, Sets: tt.sets, Flags: tt.flags, Getenv: func(k string) string { return tt.env[k] },
				FlagNames: map[string]string{"location.remote": "--remote", "location.city": "--city", "lang": "--lang"}}
			if tt.file != "" {
				path := filepath.Join(dir, "values.yaml")
				os.WriteFile(path, []byte(tt.file), 0o644)
				o.ValueFiles = []string{path}
			}
			_, err := Load(o)
			if err == nil {
				t.Fatal("no error")
			}
			got := strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "")
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestValueProblemsCapped: a list of values with a problem in each item
// gives MaxProblems messages and a count.
func TestValueProblemsCapped(t *testing.T) {
	env := map[string]string{"JOBDESC_BENEFITS": strings.Repeat("\x1b,", 200)}
	_, err := Load(Options{Dir: t.TempDir(), Getenv: func(k string) string { return env[k] }})
	if err == nil {
		t.Fatal("no error")
	}
	if n := strings.Count(err.Error(), "control character"); n != strictyaml.MaxProblems || !strings.HasSuffix(err.Error(), "… and 150 more problems") {
		t.Errorf("%d messages: %.200s…", n, err)
	}
}

// TestListItemsTrimmed: benefits=a, b,,c is three items, trimmed.
func TestListItemsTrimmed(t *testing.T) {
	for _, in := range []string{"a, b,,c", " a ,b,c, ", "a,,,b,c"} {
		c, err := Load(Options{Dir: t.TempDir(), Sets: []string{"benefits=" + in}, Getenv: func(string) string { return "" }})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(c.Values.Benefits.All, "|"); got != "a|b|c" {
			t.Errorf("benefits=%q: %q", in, got)
		}
	}
}

func TestConfigFileMustExist(t *testing.T) {
	_, err := Load(Options{Dir: t.TempDir(), ConfigFile: "nope.yaml", Getenv: func(string) string { return "" }})
	if err == nil || err.Error() != "config file nope.yaml not found" || !usage.Is(err) {
		t.Fatalf("got %v", err)
	}
}

func TestParseSalary(t *testing.T) {
	year := func(min, max string) map[string]string {
		return map[string]string{"salary.min": min, "salary.max": max, "salary.currency": "EUR", "salary.period": "year"}
	}
	tests := []struct {
		in   string
		want map[string]string
	}{
		{"38000-45000 EUR/year", year("38000", "45000")},
		{"500 eur/day", map[string]string{"salary.min": "500", "salary.max": "", "salary.currency": "EUR", "salary.period": "day"}},
		{"38k-45k €/an", year("38000", "45000")},
		{"38k€-45k€/an", year("38000", "45000")},
		{"38-45k €/an", year("38000", "45000")},
		{"38 000 € – 45 000 €/an", year("38000", "45000")},
		{"38\u202f000\u00a0€ à 45\u202f000\u00a0€ / an", year("38000", "45000")},
		{"38 k€/an", year("38000", "")},
		{"€38,000 - €45,000/year", year("38000", "45000")},
		{"2 500 €/mois", map[string]string{"salary.min": "2500", "salary.max": "", "salary.currency": "EUR", "salary.period": "month"}},
		{"15,50 €/heure", map[string]string{"salary.min": "15.5", "salary.max": "", "salary.currency": "EUR", "salary.period": "hour"}},
		{"45000 CHF", map[string]string{"salary.min": "45000", "salary.max": "", "salary.currency": "CHF"}},
		{"45000", nil},
		{"a-b EUR", nil},
		{"38000- EUR", nil},
		{"NaN EUR", nil},
		{"0 EUR", nil},
		{"38000-Inf EUR", nil},
		{"1e19 EUR", nil},
		{"-5 EUR", nil},
		{"38k €/fortnight", nil},
		{"38k € - 45k $", nil},
		{"1-2-3 EUR", nil},
		{"38.000-45.000 EUR/year", nil},
		{"38.000 €", nil},
		{"1e-400 EUR", nil},
		{"38.000,50 €/an", map[string]string{"salary.min": "38000.5", "salary.max": "", "salary.currency": "EUR", "salary.period": "year"}},
	}
	for _, tt := range tests {
		got, err := ParseSalary(tt.in)
		if tt.want == nil {
			if err == nil {
				t.Errorf("ParseSalary(%q) accepted: %v", tt.in, got)
			}
			continue
		}
		if err != nil || len(got) != len(tt.want) {
			t.Errorf("ParseSalary(%q) = %v, %v", tt.in, got, err)
		}
		for k, v := range tt.want {
			if got[k] != v {
				t.Errorf("ParseSalary(%q)[%s] = %q, want %q", tt.in, k, got[k], v)
			}
		}
	}
}

// The config file's lint section reaches Config.Lint with its positions;
// a values file (-f) holds values only.
func TestLintSection(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, FileName)
	data := "company: {name: Acme}\nlint:\n  rules:\n    pay-range: error\n    readability: off\n  pay_transparency: [eu-2023-970]\n  max_words: 800\n"
	if err := os.WriteFile(cfg, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := Load(Options{Dir: dir, Getenv: func(string) string { return "" }})
	if err != nil {
		t.Fatal(err)
	}
	l := c.Lint
	if l.Rules["pay-range"] != "error" || l.Rules["readability"] != "off" || len(l.PayTransparency) != 1 || l.MaxWords != 800 || c.Values.Company.Name != "Acme" {
		t.Errorf("lint section: %+v, values %+v", l, c.Values.Company)
	}
	if got, want := c.LintAt("rules.pay-range"), (finding.Location{File: cfg, Line: 4, Col: 16}); got != want {
		t.Errorf("LintAt = %q, want %q", got, want)
	}
	if got, want := c.LintAt("rules.nothing"), (finding.Location{File: cfg, Line: 4, Col: 5}); got != want {
		t.Errorf("LintAt of an unwritten key = %q, want %q", got, want)
	}
	values := filepath.Join(dir, "values.yaml")
	if err := os.WriteFile(values, []byte("lint: {rules: {pay-range: error}}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(Options{Dir: t.TempDir(), ValueFiles: []string{values}, Getenv: func(string) string { return "" }}); err == nil || !strings.Contains(err.Error(), `unknown key "lint"`) {
		t.Errorf("lint in a values file: %v", err)
	}
}

// TestNoSearchLibrary: two fixed paths are found with os.Stat; no
// configuration library (viper, and the file-system shim it needed) is
// imported for them.
func TestNoSearchLibrary(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil || len(files) == 0 {
		t.Fatal(err, files)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		ast, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range ast.Imports {
			if p := strings.Trim(imp.Path.Value, `"`); strings.HasPrefix(p, "github.com/spf13/") {
				t.Errorf("%s imports %s", f, p)
			}
		}
	}
}

// TestProblemsArePlacedInFields: a bad relation between values is placed
// as fields (file, line, column) where the value was written, and for the
// command line by the flag that gave it, never as a string to parse back.
func TestProblemsArePlacedInFields(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "v.yaml")
	if err := os.WriteFile(f, []byte("company: {name: A}\nsalary: {min: 50000, max: 40000, currency: EUR}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		sets []string
		want finding.Location
	}{
		{nil, finding.Location{File: f, Line: 2, Col: 15}},
		{[]string{"salary.min=60000"}, finding.Location{File: "--set salary.min"}},
	} {
		_, err := Load(Options{Dir: dir, ValueFiles: []string{f}, Sets: tt.sets, Getenv: func(string) string { return "" }})
		var ps values.Problems
		if !errors.As(err, &ps) || len(ps) != 1 || ps[0].At != tt.want {
			t.Errorf("--set %v: %#v, want one problem at %+v", tt.sets, err, tt.want)
		}
	}
}

func TestEnvName(t *testing.T) {
	for key, want := range map[string]string{
		"company.name":     "JOBDESC_COMPANY_NAME",
		"company.about.en": "JOBDESC_COMPANY_ABOUT_EN",
		"valid-through":    "JOBDESC_VALID_THROUGH",
		"lang":             "JOBDESC_LANG",
	} {
		if got := EnvName(key); got != want {
			t.Errorf("EnvName(%q) = %q, want %q", key, got, want)
		}
	}
}

// TestSections: a file's sections apply over its own values in the
// order roles, seniorities, a role's seniorities, file after file, under
// the command line; the seniority that picks a section may come from any
// layer, a flag included.
func TestSections(t *testing.T) {
	const file1 = `reference: base
seniorities:
  junior: {reference: junior, contract: {status: non-cadre}}
roles:
  webmaster:
    reference: webmaster
    salary: {min: 30000, currency: EUR}
    seniorities:
      junior: {reference: webmaster-junior}
  digital-manager: {seniority: senior}
`
	tests := []struct {
		name, file2 string
		role        string
		flags       map[string]string
		sets        []string
		ref, status string
		min         float64
	}{
		{name: "no role", ref: "base"},
		{name: "a role", role: "webmaster", ref: "webmaster", min: 30000},
		{name: "a seniority over a role", role: "seo", flags: map[string]string{"seniority": "junior"}, ref: "junior", status: "non-cadre"},
		{name: "a role's seniority last", role: "webmaster", flags: map[string]string{"seniority": "junior"}, ref: "webmaster-junior", status: "non-cadre", min: 30000},
		{name: "the role's seniority picks none", role: "digital-manager", ref: "base"},
		{name: "a role hired senior only takes the senior section", role: "digital-manager", file2: "seniorities: {senior: {reference: senior}}\n", ref: "senior"},
		{name: "a later file's own values win", role: "webmaster", file2: "reference: file2\n", ref: "file2", min: 30000},
		{name: "a later file's section", role: "webmaster", file2: "roles: {webmaster: {salary: {min: 31000}}}\n", ref: "webmaster", min: 31000},
		{name: "--set wins", role: "webmaster", flags: map[string]string{"seniority": "junior"}, sets: []string{"reference=set"}, ref: "set", status: "non-cadre", min: 30000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			o := Options{Dir: dir, Sets: tt.sets, Flags: tt.flags, Getenv: func(string) string { return "" }}
			for i, text := range []string{file1, tt.file2} {
				if text == "" {
					continue
				}
				path := filepath.Join(dir, "v"+string(rune('1'+i))+".yaml")
				os.WriteFile(path, []byte(text), 0o644)
				o.ValueFiles = append(o.ValueFiles, path)
			}
			c, err := Load(o)
			if err != nil {
				t.Fatal(err)
			}
			if err := c.CheckRoles([]string{"webmaster", "seo", "digital-manager"}); err != nil {
				t.Fatal(err)
			}
			var ro *role.Role
			if tt.role != "" {
				ro = &role.Role{ID: tt.role}
				if tt.role == "digital-manager" {
					ro.Seniorities = []string{"senior"}
				}
			}
			if err := c.UseRole(ro); err != nil {
				t.Fatal(err)
			}
			v := c.Values
			if v.Reference != tt.ref || v.Contract.Status != tt.status || v.Salary.Min != tt.min {
				t.Errorf("reference %q, status %q, min %v; want %q, %q, %v", v.Reference, v.Contract.Status, v.Salary.Min, tt.ref, tt.status, tt.min)
			}
		})
	}
	t.Run("unknown role", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "v.yaml")
		os.WriteFile(path, []byte("roles:\n  webmastr: {reference: x}\n"), 0o644)
		c, err := Load(Options{Dir: dir, ValueFiles: []string{path}, Getenv: func(string) string { return "" }})
		if err != nil {
			t.Fatal(err)
		}
		err = c.CheckRoles([]string{"webmaster", "seo"})
		want := `v.yaml:2:13: roles: unknown role "webmastr"; did you mean "webmaster"?`
		if err == nil || !strings.HasSuffix(err.Error(), want) {
			t.Errorf("got %v, want %s", err, want)
		}
	})
}
