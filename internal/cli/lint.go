package cli

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/lint"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/internal/usage"
)

// LintOptions are the inputs of jobdesc lint.
type LintOptions struct {
	IO      *term.IO
	Env     *action.Env
	Catalog catalogOptions
	Values  valueOptions
	Args    []string // role ids, role files, postings written elsewhere
	All     bool
	Batch   string
	// Country is the job's country for postings written elsewhere: it
	// decides the law findings cite (FR, GB, US; others: EU law).
	Country string
	// Encoding is the batch file's and the postings'.
	Encoding string
	Format   string // text, json, sarif, github
	FailOn   string // one of lint.FailOnLevels
	Workers  int
	// AllowUnsuitable checks a role at a company size where it does not
	// exist.
	AllowUnsuitable bool
}

// NewLintCmd builds jobdesc lint; runF, when not nil, runs instead of
// runLint, so tests can check what the flags set.
func NewLintCmd(f *Factory, runF func(*LintOptions) error) *cobra.Command {
	o := &LintOptions{IO: f.IO, Env: &f.Env}
	cmd := &cobra.Command{
		Use:               "lint [ROLE | ROLE.yaml | POSTING.md|.txt|.html]… | --all | --batch FILE",
		ValidArgsFunction: o.Catalog.completeRoles(f),
		RunE: func(cmd *cobra.Command, a []string) error {
			o.Args = a
			return hookOr(runF, func(o *LintOptions) error { return runLint(cmd, o) }, o)
		},
	}
	o.Catalog.addFlags(cmd)
	o.Values.addValueFlags(cmd)
	cmd.Flags().BoolVar(&o.All, "all", false, "check every role of the catalogue, the skills, and their postings in each language")
	cmd.Flags().BoolVar(&o.AllowUnsuitable, "allow-unsuitable", false, "check a role even at a company size where it does not exist (an error by default)")
	cmd.Flags().StringVar(&o.Batch, "batch", "", "check every posting this batch file (YAML, or CSV with a header row) would render")
	encodingFlag(cmd, &o.Encoding, "encoding of the --batch file and of the postings to check")
	cmd.Flags().StringVar(&o.Country, "country", "", "the job's country for postings written elsewhere (ISO code: FR, GB, US…); by default the values' location.country, else inferred from the text")
	formatFlag(cmd, &o.Format, lint.FormatText, lint.Formats()...)
	cmd.Flags().StringVar(&o.FailOn, "fail-on", lint.FailOnLevels()[0], "exit 1 when a finding at or above this level exists: "+orList(lint.FailOnLevels()))
	enum(cmd, "fail-on", lint.FailOnLevels()...)
	return cmd
}

// lintRequest sorts the arguments into role ids, role files and postings
// by their extension.
func (o *LintOptions) lintRequest() (action.LintRequest, error) {
	values, err := o.Values.values()
	if err != nil {
		return action.LintRequest{}, err
	}
	req := action.LintRequest{RolesDirs: o.Catalog.RolesDirs, Values: values, Lang: o.Values.Lang, Country: o.Country, All: o.All, Batch: o.Batch, Encoding: o.Encoding, Workers: o.Workers, AllowUnsuitable: o.AllowUnsuitable}
	for _, a := range o.Args {
		switch strings.ToLower(filepath.Ext(a)) {
		case ".yaml", ".yml":
			req.RoleFiles = append(req.RoleFiles, a)
		case "":
			req.Roles = append(req.Roles, a)
		default:
			req.Postings = append(req.Postings, a)
		}
	}
	return req, nil
}

func runLint(cmd *cobra.Command, o *LintOptions) error {
	if err := chooseFormat(&o.Format, lint.Formats()...); err != nil {
		return err
	}
	failOn, err := lint.ParseFailOn(o.FailOn)
	if err != nil {
		return term.BadValue("fail-on", o.FailOn, lint.FailOnLevels())
	}
	if len(o.Args) == 0 && !o.All && o.Batch == "" {
		return usage.Errorf("name a role, a role file or a posting, or pass --all or --batch FILE")
	}
	req, err := o.lintRequest()
	if err != nil {
		return err
	}
	ctx := cmd.Context()
	if ctx == nil {
		ctx = context.Background()
	}
	rep, err := o.Env.Lint(ctx, req)
	if err != nil {
		return err
	}
	rep.Base, rep.Version, rep.Msg = o.Env.WorkDir, version(), o.Env.Msg
	for _, n := range rep.Notices {
		fmt.Fprintln(o.IO.ErrOut, "jobdesc: "+o.Env.Msg.Translate(n))
	}
	if err := rep.Write(o.IO.Out, o.Format); err != nil {
		return err
	}
	if failOn.Fails(rep.Findings()) {
		return errSilent
	}
	return nil
}
