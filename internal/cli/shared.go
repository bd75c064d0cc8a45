package cli

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/fileread"
	"github.com/jobdesc/jobdesc/internal/render"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/roles"
	"github.com/jobdesc/jobdesc/templates"
)

// catalogOptions say where roles come from.
type catalogOptions struct {
	RolesDirs []string
}

func (o *catalogOptions) addFlags(fs *pflag.FlagSet) {
	fs.StringArrayVar(&o.RolesDirs, "roles-dir", nil, "folder of role files over the built-in catalogue (repeatable; later wins)")
}

// load reads the embedded catalogue with the user's folders over it.
func (o *catalogOptions) load() (*catalog.Catalog, error) {
	layers, err := o.layers()
	if err != nil {
		return nil, err
	}
	return catalog.Load(layers...)
}

// loadRole reads only what rendering one role needs.
func (o *catalogOptions) loadRole(id string) (*catalog.Catalog, error) {
	layers, err := o.layers()
	if err != nil {
		return nil, err
	}
	return catalog.LoadRoles([]string{id}, layers...)
}

func (o *catalogOptions) layers() ([]catalog.Layer, error) {
	layers := []catalog.Layer{{Dir: "roles", FS: roles.FS(), Shipped: true}}
	for _, dir := range o.RolesDirs {
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			return nil, usageErrorf("roles folder %q not found; check the --roles-dir path", dir)
		}
		// Confined: a link out of the folder is refused, not followed.
		layers = append(layers, catalog.Layer{Dir: dir, FS: fileread.Dir(dir)})
	}
	return layers, nil
}

// completeRoles offers role ids, from the same folders the command reads.
func (o *catalogOptions) completeRoles(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	c, err := o.load()
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return c.IDs(), cobra.ShellCompDirectiveNoFileComp
}

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
	Format     string
	flags      *pflag.FlagSet
}

func (o *valueOptions) addFlags(fs *pflag.FlagSet) {
	o.flags = fs
	fs.StringVar(&o.Lang, "lang", "", "language of the posting: fr or en")
	fs.StringVar(&o.ConfigFile, "config", "", "config file (default: ./jobdesc.yaml, else the user's jobdesc/config.yaml)")
	fs.StringArrayVarP(&o.Files, "values", "f", nil, "values file (repeatable; later wins)")
	fs.StringArrayVar(&o.Sets, "set", nil, "set a value: key.path=value (repeatable)")
	fs.StringVar(&o.Company, "company", "", "company name")
	fs.StringVar(&o.City, "city", "", "city of the job")
	fs.StringVar(&o.Remote, "remote", "", "onsite, hybrid or remote")
	fs.StringVar(&o.Contract, "contract", "", "permanent, fixed-term, freelance, internship or apprenticeship (or cdi, cdd, stage, alternance)")
	fs.StringVar(&o.Salary, "salary", "", `pay range, e.g. "38000-45000 EUR/year" or "38k-45k €/an"`)
	fs.StringVar(&o.Seniority, "seniority", "", "junior, confirmed or senior")
	fs.StringVar(&o.Size, "company-size", "", "small, medium or large")
	fs.StringVar(&o.Length, "length", "", "standard (the offer: key missions and skills) or full (the role's whole reference, for internal use)")
	fs.StringVar(&o.Date, "date", "", "posted date, YYYY-MM-DD (default: today, or SOURCE_DATE_EPOCH)")
	fs.StringVar(&o.Template, "template", "", "template file replacing the chosen format's built-in one (posting.md.tmpl, posting.html.tmpl, posting.txt.tmpl)")
	fs.StringVar(&o.Format, "format", "markdown", "output format: "+strings.Join(render.Names(), ", "))
}

// flagKeys maps each dedicated flag to the value key it sets.
var flagKeys = [][2]string{
	{"lang", "lang"}, {"company", "company.name"}, {"city", "location.city"}, {"remote", "location.remote"},
	{"contract", "contract.type"}, {"seniority", "seniority"}, {"company-size", "company.size"}, {"date", "posted"},
	{"length", "length"},
}

// changed reports whether a dedicated flag was given; options built
// without flags (in tests) have none.
func (o *valueOptions) changed(name string) bool {
	return o.flags != nil && o.flags.Changed(name)
}

// load merges every layer of values for this run.
func (o *valueOptions) load(ios *term.IO) (*config.Config, error) {
	flags, names := map[string]string{}, map[string]string{}
	for _, fk := range flagKeys {
		if o.changed(fk[0]) {
			flags[fk[1]], names[fk[1]] = o.flags.Lookup(fk[0]).Value.String(), "--"+fk[0]
		}
	}
	if o.changed("salary") {
		s, err := config.ParseSalary(o.Salary)
		if err != nil {
			return nil, err
		}
		for k, v := range s {
			flags[k], names[k] = v, "--salary"
		}
	}
	var environ []string
	if ios.Environ != nil {
		environ = ios.Environ()
	}
	userDir, _ := os.UserConfigDir()
	cfg, err := config.Load(config.Options{
		ConfigFile:    o.ConfigFile,
		ValueFiles:    o.Files,
		Sets:          o.Sets,
		Flags:         flags,
		FlagNames:     names,
		Getenv:        ios.Getenv,
		Environ:       environ,
		Dir:           workDir(),
		UserConfigDir: userDir,
	})
	if err != nil {
		return nil, err
	}
	for _, w := range cfg.Warnings {
		fmt.Fprintln(ios.ErrOut, "jobdesc: warning: "+w)
	}
	return cfg, nil
}

// renderer parses the chosen format's template: the built-in one, the
// config's folder over it, and --template over both.
func (o *valueOptions) renderer(cfg *config.Config) (*render.Renderer, error) {
	format := o.Format
	if format == "" {
		format = "markdown"
	}
	f, err := render.Lookup(format)
	if err != nil {
		return nil, err
	}
	if o.Template != "" && f.Template == "" {
		return nil, usageErrorf("--template does not apply to the %s format, which has no template", f.Name)
	}
	layers := []render.Layer{{Dir: "templates", FS: templates.FS()}}
	if cfg.Templates != "" {
		layers = append(layers, render.Layer{Dir: cfg.Templates, FS: fileread.Dir(cfg.Templates)})
	}
	return render.New(render.Options{Format: format, Layers: layers, TemplateFile: o.Template, Version: buildID()})
}
