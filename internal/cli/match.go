package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/explore"
	"github.com/jobdesc/jobdesc/internal/messages"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/internal/usage"
)

// MatchOptions are the inputs of jobdesc match.
type MatchOptions struct {
	IO      *term.IO
	Env     *action.Env
	Catalog catalogOptions
	Display displayOptions
	Skills  []string
	Mission string
	Lang    string
	Size    string
	Format  string
}

// Formats of jobdesc match, the default first.
var matchFormats = []string{term.FormatMarkdown, term.FormatTable, term.FormatJSON}

// NewMatchCmd builds jobdesc match.
func NewMatchCmd(f *Factory, runF func(*MatchOptions) error) *cobra.Command {
	o := &MatchOptions{IO: f.IO, Env: &f.Env}
	cmd := &cobra.Command{
		Use:  "match --skill ID[:LEVEL]... [--mission TEXT]",
		Long: f.Msg.T("cli.match.long", explore.DefaultAskLevel),
		Args: f.args(0, 0),
		RunE: func(cmd *cobra.Command, _ []string) error { return hookOr(runF, runMatch, o) },
	}
	o.Catalog.addFlags(cmd)
	o.Display.addFlags(cmd)
	stringsFlag(cmd.Flags(), &o.Skills, "skill", "", "a skill asked, as ID or ID:LEVEL (repeatable)")
	_ = cmd.RegisterFlagCompletionFunc("skill", o.Catalog.completeSkills(f))
	cmd.Flags().StringVar(&o.Mission, "mission", "", "what the job is about, in a few words")
	langFlag(cmd, &o.Lang)
	sizeFlag(cmd, &o.Size, "roles that do not exist at that size are left out (default: the config's company.size)")
	formatFlag(cmd, &o.Format, term.FormatMarkdown, matchFormats...)
	return cmd
}

func runMatch(o *MatchOptions) error {
	if err := chooseFormat(&o.Format, matchFormats...); err != nil {
		return err
	}
	c, err := o.Env.LoadCatalog(o.Catalog.RolesDirs)
	if err != nil {
		return err
	}
	asks, err := explore.ParseAsks(c, o.Skills)
	if err != nil {
		return usage.Wrap(err)
	}
	p, err := prefs(o.IO, o.Env, o.Lang, o.Size)
	if err != nil {
		return err
	}
	res, err := explore.Match(c, asks, o.Mission, p.Lang, p.Size)
	if errors.Is(err, explore.ErrNothingToMatch) {
		return usage.Errorf("%w; ask for skills with --skill ID[:LEVEL] or describe the work with --mission TEXT", err)
	}
	if err != nil {
		return usage.Wrap(err)
	}
	if o.Format == term.FormatTable {
		return o.IO.Export(o.Format, matchTable(o.Env.Msg, res))
	}
	return o.Display.showDocument(o.IO, p, o.Format, res)
}

// matchTable is the ranking one line a role.
func matchTable(msg *messages.Localizer, res *explore.MatchResult) *term.Table {
	t := &term.Table{Columns: []term.Column{
		{Key: "id", Title: msg.T("cli.match.col.id"), Drop: 2},
		{Key: "title", Title: msg.T("cli.match.col.role"), Shrink: true},
		{Key: "score", Title: msg.T("cli.match.col.covers")},
		{Key: "missed", Title: msg.T("cli.match.col.misses"), Shrink: true, Drop: 1},
	}, JSON: res}
	for _, r := range res.Ranked {
		var missed []string
		for _, cv := range append(append([]explore.Coverage{}, r.Missed...), r.Partly...) {
			missed = append(missed, cv.Skill)
		}
		t.Rows = append(t.Rows, []string{r.ID, r.Title, fmt.Sprintf("%.0f%%", r.Score*100), strings.Join(missed, ", ")})
	}
	return t
}
