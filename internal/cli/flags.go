package cli

import (
	"encoding/csv"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/explore"
	"github.com/jobdesc/jobdesc/internal/fileread"
	"github.com/jobdesc/jobdesc/internal/render"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/internal/usertext"
	"github.com/jobdesc/jobdesc/internal/values"
)

// catalogOptions say where roles come from.
type catalogOptions struct {
	RolesDirs []string
}

func (o *catalogOptions) addFlags(cmd *cobra.Command) {
	stringsFlag(cmd.Flags(), &o.RolesDirs, "roles-dir", "", "folder of role files over the built-in catalogue (repeatable; later wins)")
	_ = cmd.RegisterFlagCompletionFunc("roles-dir", completeDirs)
}

// completeRoles offers role ids, from the same folders the command reads
// (the --roles-dir flags already on the command line); an id already
// given is not offered again.
func (o *catalogOptions) completeRoles(f *Factory) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
		c, err := f.LoadCatalog(o.RolesDirs)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var ids []cobra.Completion
		for _, id := range c.IDs() {
			if slices.Contains(args, id) {
				continue
			}
			// The shell shows the role's title beside its id, in the
			// interface language.
			ids = append(ids, cobra.CompletionWithDesc(id, title(c, id, f.Msg.Lang())))
		}
		return ids, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeSkills offers skill ids.
func (o *catalogOptions) completeSkills(f *Factory) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		c, err := f.LoadCatalog(o.RolesDirs)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return c.SkillIDs(), cobra.ShellCompDirectiveNoFileComp
	}
}

// completeFamilies offers the catalogue's families.
func (o *catalogOptions) completeFamilies(f *Factory) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		c, err := f.LoadCatalog(o.RolesDirs)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return explore.Families(c), cobra.ShellCompDirectiveNoFileComp
	}
}

// completeDirs offers folders only, for flags that name one.
func completeDirs(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return nil, cobra.ShellCompDirectiveFilterDirs
}

// enum registers the values a flag takes, for completion. values come
// from the package that checks them, and the flag's help text lists them
// with orList, so the three cannot drift apart.
func enum(cmd *cobra.Command, flag string, values ...string) {
	_ = cmd.RegisterFlagCompletionFunc(flag, cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.Flags().SetAnnotation(flag, choicesAnnotation, values)
}

// choicesAnnotation holds a flag's values, for its help text in the
// interface language (see localize.go).
const choicesAnnotation = "jobdesc_choices"

// orList writes values for a help text: "a, b or c".
var orList = usertext.OrList

// valueOptions say where posting values come from.
type valueOptions struct {
	ConfigFile string
	Files      []string
	Sets       []string
	Lang       string
	Company    string
	City       string
	Remote     string
	Contract   string
	Salary     string
	Seniority  string
	Size       string
	Length     string
	Date       string
	Template   string
	// NoJSONLD leaves the JSON-LD block out of HTML pages (render only).
	NoJSONLD bool
	Format   string
	// set names the flags given on the command line, filled as they are
	// parsed: a flag given empty (--lang "") must reach the checks, and a
	// non-empty field counts without it, so tests build options directly.
	set map[string]bool
}

// dedicatedFlag is a flag that sets one value key; choices, when not nil,
// are the values it takes, listed in its help text and offered by
// completion.
type dedicatedFlag struct {
	name, key, usage string
	value            *string
	choices          []string
}

func (o *valueOptions) dedicated() []dedicatedFlag {
	return []dedicatedFlag{
		{"lang", "lang", "language of the posting: " + orList(role.Languages()), &o.Lang, role.Languages()},
		{"company", "company.name", "company name", &o.Company, nil},
		{"city", "location.city", "city of the job", &o.City, nil},
		{"remote", "location.remote", orList(values.RemoteModes), &o.Remote, values.RemoteModes},
		{"contract", "contract.type", orList(values.ContractSpellings()), &o.Contract, values.ContractSpellings()},
		{"seniority", "seniority", orList(role.Seniorities()), &o.Seniority, role.Seniorities()},
		{"company-size", "company.size", orList(role.Sizes()), &o.Size, role.Sizes()},
		{"length", "length", orList(values.Lengths) + ": the offer (key missions and skills), or the role's whole reference, for internal use", &o.Length, values.Lengths},
		{"date", "posted", "posted date, YYYY-MM-DD (default: today, or SOURCE_DATE_EPOCH)", &o.Date, nil},
	}
}

func (o *valueOptions) addFlags(cmd *cobra.Command) {
	o.addValueFlags(cmd)
	fs := cmd.Flags()
	fs.StringVar(&o.Template, "template", "", "template file replacing the chosen format's built-in one (posting.md.tmpl, posting.html.tmpl, posting.txt.tmpl)")
	fs.Var(&trackedString{p: &o.Format, name: "format", set: o.set}, "format", "output format: "+orList(render.Names())+` (default "markdown")`)
	enum(cmd, "format", render.Names()...)
}

// addValueFlags adds the flags that set values, without the output
// format and template (lint has a --format of its own).
func (o *valueOptions) addValueFlags(cmd *cobra.Command) {
	fs := cmd.Flags()
	o.set = map[string]bool{}
	for _, d := range o.dedicated() {
		fs.Var(&trackedString{p: d.value, name: d.name, set: o.set}, d.name, d.usage)
		if d.choices != nil {
			enum(cmd, d.name, d.choices...)
		}
	}
	fs.StringVar(&o.ConfigFile, "config", "", "config file (default: ./jobdesc.yaml, else the user's jobdesc/config.yaml)")
	stringsFlag(fs, &o.Files, "values", "f", "values file (repeatable; later wins)")
	stringsFlag(fs, &o.Sets, "set", "", "set a value: key.path=value (repeatable)")
	fs.Var(&trackedString{p: &o.Salary, name: "salary", set: o.set}, "salary", `pay range, e.g. "38000-45000 EUR/year" or "38k-45k €/an"`)
	_ = cmd.RegisterFlagCompletionFunc("set", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		var keys []string
		for _, k := range values.Keys() {
			keys = append(keys, k+"=")
		}
		return keys, cobra.ShellCompDirectiveNoSpace | cobra.ShellCompDirectiveNoFileComp
	})
}

// given reports whether a flag counts: set on the command line, or its
// field filled in.
func (o *valueOptions) given(name string, value string) bool {
	return value != "" || o.set[name]
}

// values turns the flags into what the action layer reads.
func (o *valueOptions) values() (action.ValueSources, error) {
	flags, names := map[string]string{}, map[string]string{}
	for _, d := range o.dedicated() {
		if o.given(d.name, *d.value) {
			flags[d.key], names[d.key] = *d.value, "--"+d.name
		}
	}
	if o.given("salary", o.Salary) {
		s, err := config.ParseSalary(o.Salary)
		if err != nil {
			return action.ValueSources{}, err
		}
		for k, v := range s {
			flags[k], names[k] = v, "--salary"
		}
	}
	return action.ValueSources{ConfigFile: o.ConfigFile, Files: o.Files, Sets: o.Sets, Flags: flags, FlagNames: names}, nil
}

// output is the format and template the posting renders with.
func (o *valueOptions) output() action.Output {
	return action.Output{Format: o.Format, Template: o.Template, NoJSONLD: o.NoJSONLD}
}

// trackedString is a string flag that records, as it is parsed, that it
// was given.
type trackedString struct {
	p    *string
	name string
	set  map[string]bool
}

func (t *trackedString) Set(s string) error {
	*t.p = s
	t.set[t.name] = true
	return nil
}

func (t *trackedString) String() string {
	if t.p == nil {
		return ""
	}
	return *t.p
}

func (t *trackedString) Type() string { return "string" }

var _ pflag.Value = (*trackedString)(nil)

// stringsValue is a repeatable flag collecting its values in order, as
// pflag's StringArray does, without writing its default through a CSV
// writer: pflag's allocates 4 KB for each such flag of every command,
// over 100 KB a run, whatever the command run.
type stringsValue struct{ p *[]string }

// stringsFlag adds the repeatable flag name (shorthand "" for none).
func stringsFlag(fs *pflag.FlagSet, p *[]string, name, shorthand, usage string) {
	fs.VarP(stringsValue{p}, name, shorthand, usage)
}

func (v stringsValue) Set(s string) error {
	*v.p = append(*v.p, s)
	return nil
}

// String is the values as pflag's StringArray writes them; "" for none,
// which help shows as no default.
func (v stringsValue) String() string {
	if len(*v.p) == 0 {
		return ""
	}
	var b strings.Builder
	w := csv.NewWriter(&b)
	_ = w.Write(*v.p)
	w.Flush()
	return "[" + strings.TrimSuffix(b.String(), "\n") + "]"
}

func (v stringsValue) Type() string { return "stringArray" }

// Append, Replace and GetSlice make it a pflag.SliceValue, as
// StringArray is, for shell completion.
func (v stringsValue) Append(s string) error { return v.Set(s) }

func (v stringsValue) Replace(ss []string) error {
	*v.p = slices.Clone(ss)
	return nil
}

func (v stringsValue) GetSlice() []string { return slices.Clone(*v.p) }

var _ pflag.SliceValue = stringsValue{}

// encodingFlag adds --encoding, for the files a spreadsheet exports.
func encodingFlag(cmd *cobra.Command, p *string, usage string) {
	cmd.Flags().StringVar(p, "encoding", "", usage+": "+orList(fileread.Encodings)+` (default utf-8; a UTF-16 byte-order mark is recognised without it)`)
	enum(cmd, "encoding", fileread.Encodings...)
}

// langFlag adds --lang to a command that shows the catalogue.
func langFlag(cmd *cobra.Command, p *string) {
	cmd.Flags().StringVar(p, "lang", "", "language: "+orList(role.Languages())+" (default: the config's, else the locale's)")
	enum(cmd, "lang", role.Languages()...)
}

// sizeFlag adds --company-size to a command that shows roles at a size;
// usage says what the size changes, after the sizes.
func sizeFlag(cmd *cobra.Command, p *string, usage string) {
	cmd.Flags().StringVar(p, "company-size", "", orList(role.Sizes())+": "+usage)
	enum(cmd, "company-size", role.Sizes()...)
}

// formatFlag adds --format with its values.
func formatFlag(cmd *cobra.Command, p *string, def string, values ...string) {
	cmd.Flags().StringVar(p, "format", def, "output format: "+orList(values))
	enum(cmd, "format", values...)
}

// chooseFormat is format, the first of values when empty (options built
// without flags); a format outside values is refused.
func chooseFormat(format *string, values ...string) error {
	if *format == "" {
		*format = values[0]
	}
	if slices.Contains(values, *format) {
		return nil
	}
	return term.BadValue("format", *format, values)
}
