package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jobdesc/jobdesc/internal/strictyaml"
)

// layer names, lowest precedence first.
var layers = []string{"default", "config", "file1", "file2", "env", "set", "flag"}

// setup writes what each layer up to top says of company.name, and returns
// the options to load them.
func setup(t *testing.T, active map[string]bool) Options {
	t.Helper()
	dir := t.TempDir()
	env := map[string]string{}
	o := Options{Dir: dir, Getenv: func(k string) string { return env[k] }, Flags: map[string]string{}}
	write := func(name, value string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte("company:\n  name: "+value+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	if active["config"] {
		write(FileName, "config")
	}
	if active["file1"] {
		o.ValueFiles = append(o.ValueFiles, write("one.yaml", "file1"))
	}
	if active["file2"] {
		o.ValueFiles = append(o.ValueFiles, write("two.yaml", "file2"))
	}
	if active["env"] {
		env["JOBDESC_COMPANY_NAME"] = "env"
	}
	if active["set"] {
		o.Sets = []string{"company.name=set"}
	}
	if active["flag"] {
		o.Flags["company.name"] = "flag"
	}
	return o
}

// TestPrecedence checks every pair of layers: the higher one wins.
func TestPrecedence(t *testing.T) {
	for i, low := range layers {
		for _, high := range layers[i+1:] {
			t.Run(low+"<"+high, func(t *testing.T) {
				o := setup(t, map[string]bool{low: true, high: true})
				c, err := Load(o)
				if err != nil {
					t.Fatal(err)
				}
				if got := c.Values.Company.Name; got != high {
					t.Errorf("company.name = %q, want %q", got, high)
				}
			})
		}
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

func TestDefaults(t *testing.T) {
	env := map[string]string{"LANG": "fr_FR.UTF-8", "SOURCE_DATE_EPOCH": "1795132800"}
	c, err := Load(Options{Dir: t.TempDir(), Getenv: func(k string) string { return env[k] }})
	if err != nil {
		t.Fatal(err)
	}
	if c.Values.Lang != "fr" || c.Values.Posted != "2026-11-20" || c.Values.Seniority != "confirmed" {
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
	if v.Salary.Min != 38000 || v.Salary.Max != 45000 || len(v.Benefits) != 2 || v.Benefits[1] != "Tickets restaurant" {
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
		{name: "enum in a file", file: "contract:\n  type: cdi\n", want: `values.yaml:2:9: invalid contract.type "cdi": use one of permanent, fixed-term, freelance, internship, apprenticeship`},
		{name: "enum from a flag", flags: map[string]string{"location.remote": "sometimes"}, want: `invalid location.remote "sometimes": use one of onsite, hybrid, remote`},
		{name: "salary min above max", file: "salary: {min: 50000, max: 40000, currency: EUR}\n", want: "values.yaml:1:15: salary min 50000 is above max 40000; swap them"},
		{name: "unknown currency", sets: []string{"salary.min=1", "salary.currency=EUX"}, want: `unknown currency "EUX": use an ISO 4217 code like EUR, USD or GBP`},
		{name: "unknown country", file: "location: {country: FRA}\n", want: `values.yaml:1:21: unknown country code "FRA": use an ISO 3166 alpha-2 code like FR, BE or CA`},
		{name: "invalid date", sets: []string{"start=2027-02-30"}, want: `invalid date start "2027-02-30": write it as YYYY-MM-DD, e.g. 2027-01-15`},
		{name: "valid_through before posted", file: "posted: 2027-01-15\nvalid_through: 2027-01-01\n", want: "values.yaml:2:16: valid_through 2027-01-01 is before the posted date 2027-01-15"},
		{name: "javascript url", sets: []string{"company.url=javascript:alert(1)"}, want: `invalid company.url "javascript:alert(1)": use a full http(s) address`},
		{name: "number where text", env: map[string]string{"JOBDESC_SALARY_MIN": "lots"}, want: "invalid value: "},
		{name: "bad epoch", env: map[string]string{"SOURCE_DATE_EPOCH": "yesterday"}, want: `invalid SOURCE_DATE_EPOCH "yesterday": use seconds since 1970`},
		{name: "NaN from the environment", env: map[string]string{"JOBDESC_SALARY_MIN": "NaN", "JOBDESC_SALARY_CURRENCY": "EUR"}, want: "salary.min: expected a finite positive amount below 1,000,000,000, got NaN"},
		{name: "Inf from --set", sets: []string{"salary.max=Inf", "salary.currency=EUR"}, want: "salary.max: expected a finite positive amount below 1,000,000,000, got +Inf"},
		{name: "past 2^63 from --set", sets: []string{"salary.min=1e19", "salary.currency=EUR"}, want: "salary.min: expected a finite positive amount below 1,000,000,000, got 1e+19"},
		{name: ".nan in a file", file: "salary: {min: .nan, currency: EUR}\n", want: "values.yaml:1:15: salary.min: expected a finite positive amount below 1,000,000,000, got NaN"},
		{name: "-.inf in a file", file: "salary: {max: -.inf, currency: EUR}\n", want: "values.yaml:1:15: salary.max: expected a finite positive amount below 1,000,000,000, got -Inf"},
		{name: "empty lang", flags: map[string]string{"lang": ""}, want: `invalid lang "": use one of fr, en`},
		{name: "line break from a flag", flags: map[string]string{"location.city": "Lyon\n\n    rm -rf /"}, want: "line break in location.city: it is a one-line value; write it on one line"},
		{name: "many bad benefits", sets: []string{"benefits=" + strings.Repeat("\x1b,", 200)}, want: "control character U+001B in benefits[0]; remove it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			o := Options{Dir: dir, Sets: tt.sets, Flags: tt.flags, Getenv: func(k string) string { return tt.env[k] }}
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
		if got := strings.Join(c.Values.Benefits, "|"); got != "a|b|c" {
			t.Errorf("benefits=%q: %q", in, got)
		}
	}
}

func TestConfigFileMustExist(t *testing.T) {
	_, err := Load(Options{Dir: t.TempDir(), ConfigFile: "nope.yaml", Getenv: func(string) string { return "" }})
	if err == nil || err.Error() != "config file nope.yaml not found; check the --config path or run 'jobdesc init'" {
		t.Fatalf("got %v", err)
	}
}

func TestParseSalary(t *testing.T) {
	tests := []struct {
		in   string
		want map[string]string
	}{
		{"38000-45000 EUR/year", map[string]string{"salary.min": "38000", "salary.max": "45000", "salary.currency": "EUR", "salary.period": "year"}},
		{"500 eur/day", map[string]string{"salary.min": "500", "salary.max": "0", "salary.currency": "EUR", "salary.period": "day"}},
		{"45000", nil},
		{"a-b EUR", nil},
		{"38000- EUR", nil},
		{"NaN EUR", nil},
		{"0 EUR", nil},
		{"38000-Inf EUR", nil},
		{"1e19 EUR", nil},
		{"-5 EUR", nil},
	}
	for _, tt := range tests {
		got, err := ParseSalary(tt.in)
		if tt.want == nil {
			if err == nil {
				t.Errorf("ParseSalary(%q) accepted", tt.in)
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
	if got, want := c.LintAt("rules.pay-range"), cfg+":4:16"; got != want {
		t.Errorf("LintAt = %q, want %q", got, want)
	}
	if got, want := c.LintAt("rules.nothing"), cfg+":4:5"; got != want {
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
