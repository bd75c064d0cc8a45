package cli

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/explore"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/internal/usage"
)

// CardOptions are the inputs of jobdesc card.
type CardOptions struct {
	IO      *term.IO
	Env     *action.Env
	Catalog catalogOptions
	Display displayOptions
	IDs     []string
	All     bool
	Lang    string
	Size    string
	Format  string
}

// NewCardCmd builds jobdesc card.
func NewCardCmd(f *Factory, runF func(*CardOptions) error) *cobra.Command {
	o := &CardOptions{IO: f.IO, Env: &f.Env}
	cmd := &cobra.Command{
		Use:               "card ROLE... | --all",
		Args:              f.args(0, -1),
		ValidArgsFunction: o.Catalog.completeRoles(f),
		RunE: func(cmd *cobra.Command, a []string) error {
			o.IDs = a
			return hookOr(runF, runCard, o)
		},
	}
	o.Catalog.addFlags(cmd)
	o.Display.addFlags(cmd)
	cmd.Flags().BoolVar(&o.All, "all", false, "show the card of every role")
	langFlag(cmd, &o.Lang)
	sizeFlag(cmd, &o.Size, "the size the reporting line and missions are for (default: the config's company.size)")
	formatFlag(cmd, &o.Format, term.FormatMarkdown, term.FormatMarkdown, term.FormatJSON)
	return cmd
}

func runCard(o *CardOptions) error {
	switch {
	case len(o.IDs) == 0 && !o.All:
		return usage.Errorf("name a role, or pass --all; run 'jobdesc list' to see the roles")
	case len(o.IDs) > 0 && o.All:
		return usage.Errorf("pass roles or --all, not both")
	}
	if err := chooseFormat(&o.Format, term.FormatMarkdown, term.FormatJSON); err != nil {
		return err
	}
	p, err := prefs(o.IO, o.Env, o.Lang, o.Size)
	if err != nil {
		return err
	}
	var c *catalog.Catalog
	if o.All {
		if c, err = o.Env.LoadCatalog(o.Catalog.RolesDirs); err != nil {
			return err
		}
		o.IDs = c.IDs()
	} else if c, err = o.Env.LoadRoles(o.Catalog.RolesDirs, o.IDs...); err != nil {
		return err
	}
	cards := make(cardList, len(o.IDs))
	for i, id := range o.IDs {
		if cards[i], err = explore.Card(c, id, p.Lang, p.Size); err != nil {
			return err
		}
	}
	return o.Display.showDocument(o.IO, p, o.Format, cards)
}

// cardList is several cards as one document: Markdown cards one after
// the other, a rule between them; JSON, an object for one card and an
// array for several.
type cardList []*explore.CardData

func (l cardList) Markdown(w io.Writer, opts explore.Options) error {
	for i, c := range l {
		if i > 0 {
			if _, err := io.WriteString(w, "\n---\n\n"); err != nil {
				return err
			}
		}
		if err := c.Markdown(w, opts); err != nil {
			return err
		}
	}
	return nil
}

func (l cardList) JSON(w io.Writer) error {
	if len(l) == 1 {
		return l[0].JSON(w)
	}
	return writeJSON(w, l)
}
