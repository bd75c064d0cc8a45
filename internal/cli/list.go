package cli

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/term"
)

// ListOptions are the inputs of jobdesc list.
type ListOptions struct {
	IO      *term.IO
	Catalog catalogOptions
	Family  string
	JSON    bool
	Lang    string
}

// NewListCmd builds jobdesc list.
func NewListCmd(ios *term.IO) *cobra.Command {
	o := &ListOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "Show the role catalogue",
		Example: `  jobdesc list
  jobdesc list --family community --lang fr
  jobdesc list --json | jq -r '.[].id'`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error { return runList(o) },
	}
	o.Catalog.addFlags(cmd.Flags())
	cmd.Flags().StringVar(&o.Family, "family", "", "only roles of this family")
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print JSON for scripts")
	cmd.Flags().StringVar(&o.Lang, "lang", "", "language of the titles: fr or en")
	return cmd
}

// listedRole is one role in list --json.
type listedRole struct {
	ID        string     `json:"id"`
	Family    string     `json:"family"`
	Title     role.Text  `json:"title"`
	Aliases   role.Texts `json:"aliases,omitempty"`
	ReportsTo string     `json:"reports_to,omitempty"`
	Manages   []string   `json:"manages,omitempty"`
	File      string     `json:"file"`
}

func runList(o *ListOptions) error {
	c, err := o.Catalog.load()
	if err != nil {
		return err
	}
	var rows []listedRole
	families := map[string]bool{}
	for _, id := range c.IDs() {
		e, _ := c.Entry(id)
		r := e.Role
		families[r.Family] = true
		if o.Family != "" && r.Family != o.Family {
			continue
		}
		rows = append(rows, listedRole{ID: r.ID, Family: r.Family, Title: r.Title, Aliases: r.Aliases, ReportsTo: r.ReportsTo, Manages: r.Manages, File: e.File})
	}
	if o.Family != "" && !families[o.Family] {
		return &term.BadValueError{Flag: "family", Value: o.Family, Allowed: role.SortedKeys(families)}
	}
	if o.JSON {
		enc := json.NewEncoder(o.IO.Out)
		enc.SetIndent("", "  ")
		if rows == nil {
			rows = []listedRole{}
		}
		return enc.Encode(rows)
	}
	lang, err := listLang(o)
	if err != nil {
		return err
	}
	title := func(r listedRole) string {
		if t := r.Title.In(lang); t != "" {
			return t
		}
		for _, l := range role.Languages() {
			if t := r.Title.In(l); t != "" {
				return t
			}
		}
		return ""
	}
	if !o.IO.IsOutTTY() {
		// Scripts get one tab-separated line per role, no header.
		for _, r := range rows {
			fmt.Fprintf(o.IO.Out, "%s\t%s\t%s\t%s\n", r.ID, title(r), r.Family, r.ReportsTo)
		}
		return nil
	}
	// Titles were checked free of control characters when loaded; they
	// are shortened so that each row fits on one line of the terminal.
	others := len("REPORTS TO")
	idw, famw := len("ID"), len("FAMILY")
	for _, r := range rows {
		idw, famw, others = max(idw, len(r.ID)), max(famw, len(r.Family)), max(others, len(r.ReportsTo))
	}
	room := max(o.IO.Width()-idw-famw-others-3*2, 12)
	tw := tabwriter.NewWriter(o.IO.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tTITLE\tFAMILY\tREPORTS TO")
	for _, r := range rows {
		reports := r.ReportsTo
		if reports == "" {
			reports = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, shorten(title(r), room), r.Family, reports)
	}
	return tw.Flush()
}

// listLang is --lang, else the config's lang, else the locale's.
func listLang(o *ListOptions) (string, error) {
	if o.Lang != "" {
		if err := checkLang(o.Lang); err != nil {
			return "", err
		}
		return o.Lang, nil
	}
	cfg, err := (&valueOptions{}).load(o.IO)
	if err != nil {
		return "", err
	}
	return cfg.Values.Lang, nil
}

func checkLang(lang string) error {
	for _, l := range role.Languages() {
		if l == lang {
			return nil
		}
	}
	return &term.BadValueError{Flag: "lang", Value: lang, Allowed: role.Languages()}
}

// shorten cuts s to at most n characters, marking the cut with an ellipsis.
func shorten(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n-1]) + "…"
}
