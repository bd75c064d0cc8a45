package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/explore"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/term"
)

// ListOptions are the inputs of jobdesc list.
type ListOptions struct {
	IO      *term.IO
	Env     *action.Env
	Catalog catalogOptions
	Family  string
	Format  string
	JSON    bool
	Lang    string
}

// NewListCmd builds jobdesc list.
func NewListCmd(f *Factory, runF func(*ListOptions) error) *cobra.Command {
	o := &ListOptions{IO: f.IO, Env: &f.Env}
	cmd := &cobra.Command{
		Use:  "list",
		Args: f.args(0, 0),
		RunE: func(cmd *cobra.Command, _ []string) error { return hookOr(runF, runList, o) },
	}
	o.Catalog.addFlags(cmd)
	familyFlag(f, cmd, &o.Family, &o.Catalog)
	formatFlag(cmd, &o.Format, term.FormatTable, term.TableFormats()...)
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print JSON for scripts (same as --format json)")
	langFlag(cmd, &o.Lang)
	return cmd
}

// listedRole is one role in list --format json.
type listedRole struct {
	ID        string     `json:"id"`
	Family    string     `json:"family"`
	Title     role.Text  `json:"title"`
	Aliases   role.Texts `json:"aliases,omitempty"`
	ReportsTo string     `json:"reports_to,omitempty"`
	Manages   []string   `json:"manages,omitempty"`
	// File is the role file of a user's role; a built-in role has none
	// on disk ('jobdesc new ID --from ROLE' writes a copy).
	File    string `json:"file,omitempty"`
	BuiltIn bool   `json:"built_in"`
}

func runList(o *ListOptions) error {
	if o.JSON {
		o.Format = term.FormatJSON
	}
	if err := chooseFormat(&o.Format, term.TableFormats()...); err != nil {
		return err
	}
	c, p, err := familyCatalog(o.IO, o.Env, &o.Catalog, o.Family, o.Lang)
	if err != nil {
		return err
	}
	msg := o.Env.Msg
	t := &term.Table{Columns: []term.Column{
		{Key: "id", Title: msg.T("cli.list.col.id")},
		{Key: "title", Title: msg.T("cli.list.col.title"), Shrink: true},
		{Key: "family", Title: msg.T("cli.list.col.family"), Drop: 1},
		{Key: "reports_to", Title: msg.T("cli.list.col.reports_to"), Shrink: true, Drop: 2},
	}}
	listed := []listedRole{}
	for _, id := range c.IDs() {
		e, _ := c.Entry(id)
		r := e.Role
		if o.Family != "" && r.Family != o.Family {
			continue
		}
		boss := ""
		if r.ReportsTo != "" {
			boss = title(c, r.ReportsTo, p.Lang)
		}
		if boss == "" && o.Format == term.FormatTable && o.IO.IsOutTTY() {
			boss = "-"
		}
		// The family is the id --family takes, in every language: a
		// translated name ("Ressources humaines") would not fit the
		// terminals the table is made for, nor say what to type.
		t.Rows = append(t.Rows, []string{r.ID, title(c, r.ID, p.Lang), r.Family, boss})
		lr := listedRole{ID: r.ID, Family: r.Family, Title: r.Title, Aliases: r.Aliases, ReportsTo: r.ReportsTo, Manages: r.Manages, BuiltIn: e.Shipped}
		if !e.Shipped {
			lr.File = e.File
		}
		listed = append(listed, lr)
	}
	t.JSON = listed
	return o.IO.Export(o.Format, t)
}

// title is a role's title in lang, else in the other language, else its id.
func title(c *catalog.Catalog, id, lang string) string {
	r, err := c.Role(id)
	if err != nil {
		return id
	}
	if t := r.Title.In(lang); t != "" {
		return t
	}
	for _, l := range role.Languages() {
		if t := r.Title.In(l); t != "" {
			return t
		}
	}
	return id
}

// familyCatalog loads the whole catalogue for a command that shows a
// family of it, checks the family, and decides the language.
func familyCatalog(ios *term.IO, env *action.Env, co *catalogOptions, family, lang string) (*catalog.Catalog, action.Prefs, error) {
	c, err := env.LoadCatalog(co.RolesDirs)
	if err != nil {
		return nil, action.Prefs{}, err
	}
	if family != "" {
		if err := action.OneOf("family", family, explore.Families(c)); err != nil {
			return nil, action.Prefs{}, err
		}
	}
	p, err := prefs(ios, env, lang, "")
	return c, p, err
}

// familyFlag adds --family, completed with the catalogue's families and
// listing them in the help, read when the help is shown rather than at
// every start.
func familyFlag(f *Factory, cmd *cobra.Command, p *string, co *catalogOptions) {
	cmd.Flags().StringVar(p, "family", "", "only roles of this family")
	_ = cmd.RegisterFlagCompletionFunc("family", co.completeFamilies(f))
	help := cmd.HelpFunc()
	cmd.SetHelpFunc(func(c *cobra.Command, a []string) {
		f.helpTexts() // the list goes over the flag's text, not under it
		if cat, err := f.LoadCatalog(co.RolesDirs); err == nil {
			c.Flags().Lookup("family").Usage = f.Msg.T("cli.flag.family_list", strings.Join(explore.Families(cat), ", "))
		}
		help(c, a)
	})
}
