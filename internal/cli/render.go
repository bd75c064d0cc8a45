package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/batch"
	"github.com/jobdesc/jobdesc/internal/finding"
	"github.com/jobdesc/jobdesc/internal/messages"
	"github.com/jobdesc/jobdesc/internal/preview"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/internal/usage"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

// RenderOptions are the inputs of jobdesc render.
type RenderOptions struct {
	IO      *term.IO
	Env     *action.Env
	Catalog catalogOptions
	Values  valueOptions
	Role    string
	All     bool
	Batch   string
	Output  string
	Force   bool
	Prune   bool
	Workers int
	// Encoding is the batch file's.
	Encoding string
	// Strict refuses to write a posting with an error-level lint finding.
	Strict bool
	// AllowUnsuitable renders a role at a company size where it does not
	// exist.
	AllowUnsuitable bool
	// Repost dates postings without a posted value today, not as the
	// manifest kept them.
	Repost bool
	// Summary is how --all and --batch report their figures: text on
	// stderr, or json on stdout as well, for CI.
	Summary string
}

// NewRenderCmd builds jobdesc render; runF, when not nil, runs instead of
// runRender, so tests can check what the flags set.
func NewRenderCmd(f *Factory, runF func(*RenderOptions) error) *cobra.Command {
	o := &RenderOptions{IO: f.IO, Env: &f.Env}
	cmd := &cobra.Command{
		Use:  "render ROLE | --all -o DIR | --batch FILE -o DIR",
		Args: f.args(0, 1),
		ValidArgsFunction: func(cmd *cobra.Command, a []string, toComplete string) ([]string, cobra.ShellCompDirective) {
			if len(a) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return o.Catalog.completeRoles(f)(cmd, a, toComplete)
		},
		RunE: func(cmd *cobra.Command, a []string) error {
			if len(a) == 1 {
				o.Role = a[0]
			}
			return hookOr(runF, func(o *RenderOptions) error { return runRender(cmd.Context(), o) }, o)
		},
	}
	o.Catalog.addFlags(cmd)
	o.Values.addFlags(cmd)
	cmd.Flags().StringVarP(&o.Output, "output", "o", "", "write to this file (a folder with --all and --batch) instead of stdout")
	cmd.Flags().BoolVar(&o.Force, "force", false, "replace an existing output file")
	cmd.Flags().BoolVar(&o.All, "all", false, "render every role of the catalogue in each language into -o DIR")
	cmd.Flags().StringVar(&o.Batch, "batch", "", "render the postings listed in this batch file (YAML, or CSV with a header row of value keys) into -o DIR")
	cmd.Flags().BoolVar(&o.Prune, "prune", false, "remove files of earlier runs that this run did not produce (--all and --batch)")
	cmd.Flags().StringVar(&o.Summary, "summary", "text", "how --all and --batch report their figures: text (stderr) or json (stdout too, for CI)")
	enum(cmd, "summary", summaryFormats...)
	cmd.Flags().BoolVar(&o.Values.NoJSONLD, "no-jsonld", false, "leave the JSON-LD block out of HTML pages (else a page lacking what JSON-LD requires is refused)")
	cmd.Flags().BoolVar(&o.Repost, "repost", false, "date the postings that give no posted date today, as new publications, not as first published (--all and --batch)")
	cmd.Flags().BoolVar(&o.AllowUnsuitable, "allow-unsuitable", false, "render a role even at a company size where it does not exist (refused by default)")
	encodingFlag(cmd, &o.Encoding, "encoding of the --batch file")
	cmd.Flags().BoolVar(&o.Strict, "strict", false, "fail, writing nothing, when the posting has an error-level lint finding (one ROLE)")
	return cmd
}

func runRender(ctx context.Context, o *RenderOptions) error {
	modes := 0
	for _, set := range []bool{o.Role != "", o.All, o.Batch != ""} {
		if set {
			modes++
		}
	}
	switch {
	case modes == 0:
		return usage.Errorf("name a role, or pass --all or --batch FILE; run 'jobdesc list' to see the roles")
	case modes > 1:
		return usage.Errorf("pass one of ROLE, --all and --batch")
	case o.Strict && o.Role == "":
		return usage.Errorf("--strict works with one ROLE; check --all and --batch with 'jobdesc lint'")
	case o.Role == "" && o.Output == "":
		return usage.Errorf("--all and --batch write files: pass -o DIR")
	case o.Role == "" && o.Output == "-":
		return usage.Errorf("--all and --batch write files: pass -o DIR, not -")
	case o.Prune && o.Role != "":
		return usage.Errorf("--prune works with --all and --batch only")
	case o.Repost && o.Role != "":
		return usage.Errorf("--repost works with --all and --batch only; for one posting, set --date")
	case o.Summary != "" && !slices.Contains(summaryFormats, o.Summary):
		return term.BadValue("summary", o.Summary, summaryFormats)
	}
	values, err := o.Values.values()
	if err != nil {
		return err
	}
	req := &action.Render{
		RolesDirs: o.Catalog.RolesDirs, Values: values, Output: o.Values.output(),
		Role: o.Role, All: o.All, Batch: o.Batch, To: o.Output, OneLang: o.Values.given("lang", o.Values.Lang),
		Force: o.Force, Prune: o.Prune, Workers: o.Workers, Encoding: o.Encoding, Lint: o.Role != "", Strict: o.Strict,
		AllowUnsuitable: o.AllowUnsuitable, Repost: o.Repost,
		Progress: func(done *atomic.Int64, total int) func() { return progress(o.IO, done, total) },
	}
	res, err := req.Run(ctx, o.Env)
	if res != nil {
		warn(o.IO, o.Env.Msg, res.Warnings...)
		var bySize, bySeniority []string
		var size, seniority string
		for _, sk := range res.Skipped {
			if sk.Seniority != "" {
				bySeniority, seniority = append(bySeniority, sk.Role), sk.Seniority
			} else {
				bySize, size = append(bySize, sk.Role), sk.Size
			}
		}
		if n := len(bySize); n > 0 {
			fmt.Fprintln(o.IO.ErrOut, "jobdesc: "+o.Env.Msg.N("cli.render.skipped_size", n, n, o.Env.Msg.T("cli.size."+size), strings.Join(bySize, ", ")))
		}
		if n := len(bySeniority); n > 0 {
			fmt.Fprintln(o.IO.ErrOut, "jobdesc: "+o.Env.Msg.N("cli.render.skipped_seniority", n, n, seniority, strings.Join(bySeniority, ", ")))
		}
	}
	if res != nil && res.Batch != nil {
		err = reportBatch(o, res.Batch, err)
		if o.Summary == "json" {
			if jerr := writeFigures(o.IO.Out, res); jerr != nil && err == nil {
				err = jerr
			}
		}
		return err
	}
	if errors.Is(err, action.ErrRefused) {
		return o.Env.Msg.Err("cli.render.not_written", lintLine(o.Env.Msg, o.Role, res.Lint))
	}
	if err != nil {
		// One posting has another way out than a file: stdout.
		var nr *atomicfile.NotRegularError
		if errors.As(err, &nr) {
			return &hinted{msg: translateLines(o.Env.Msg, err.Error()) + o.Env.Msg.T("hint.not_regular_stdout"), err: err}
		}
		return err
	}
	if len(res.Lint) > 0 {
		fmt.Fprintln(o.IO.ErrOut, "jobdesc: "+o.Env.Msg.T("cli.warning", o.Env.Msg.T("cli.render.lint", lintLine(o.Env.Msg, o.Role, res.Lint))))
	}
	if res.Data != nil {
		out := res.Data
		if o.IO.IsOutTTY() {
			// A template (--template, a templates folder) may hold escape
			// sequences: they reach a file as written, never the terminal.
			out = []byte(preview.Sanitize(string(out)))
		}
		_, err = o.IO.Out.Write(out)
	}
	return err
}

// lintLine says on one line what is wrong with a posting, naming the
// first rule and how to see the others.
func lintLine(msg *messages.Localizer, id string, errs []finding.Finding) string {
	f := errs[0]
	line := fmt.Sprintf("%s %s: %s", f.Severity, f.Rule, msg.Translate(f.Message))
	if len(errs) > 1 {
		line += msg.N("cli.render.lint_more", len(errs)-1, len(errs)-1, id)
	}
	return line
}

// warn says on stderr what the user should know about a posting that
// rendered: that the role does not exist at the company's size, and which
// role to hire instead; that a JOBDESC_* variable names no value.
func warn(ios *term.IO, msg *messages.Localizer, fs ...finding.Finding) {
	for _, f := range fs {
		text := msg.Translate(f.Message)
		if at := f.At().String(); at != "" {
			text = at + ": " + text
		}
		fmt.Fprintln(ios.ErrOut, "jobdesc: "+msg.T("cli.warning", usertext.Escape(text)))
	}
}

// reportBatch says on stderr what --all or --batch did.
func reportBatch(o *RenderOptions, s *batch.Summary, err error) error {
	msg := o.Env.Msg
	for _, e := range s.Errors {
		fmt.Fprintln(o.IO.ErrOut, "jobdesc: "+usertext.Escape(withHint(o.Env.Msg, e).Error()))
	}
	if more := s.Failed + s.Refused - len(s.Errors); more > 0 {
		fmt.Fprintln(o.IO.ErrOut, "jobdesc: "+msg.N("cli.render.more_failed", more, count(more)))
	}
	for _, p := range s.Pruned {
		fmt.Fprintln(o.IO.ErrOut, msg.T("cli.render.removed", usertext.Escape(p)))
	}
	for _, p := range s.Left {
		fmt.Fprintln(o.IO.ErrOut, msg.T("cli.render.left", p))
	}
	var ie *InterruptedError
	if errors.As(err, &ie) {
		fmt.Fprintln(o.IO.ErrOut, msg.T("cli.render.interrupted", count(s.Written), count(s.Partial)))
		return silent(err)
	}
	if err != nil {
		if s.Postings > 0 {
			fmt.Fprintln(o.IO.ErrOut, msg.N("cli.render.stopped", s.Postings, count(s.Postings), count(s.Written), count(s.Unchanged), count(s.Failed)))
		}
		return err
	}
	line := msg.N("cli.render.summary", s.Postings, s.Postings, o.Output, s.Written, s.Unchanged, s.Failed, s.Refused)
	if s.Kept > 0 {
		line += msg.N("cli.render.kept", s.Kept, s.Kept)
	}
	switch {
	case s.NotPruned != "":
		line += msg.T("cli.render.not_pruned", msg.Translate(s.NotPruned))
	case len(s.Pruned) > 0 || len(s.Left) > 0:
		line += msg.T("cli.render.pruned", len(s.Pruned))
		if len(s.Left) > 0 {
			line += msg.T("cli.render.left_in_place", len(s.Left))
		}
	case s.Stale > 0:
		line += msg.N("cli.render.stale", s.Stale, s.Stale)
	}
	fmt.Fprintln(o.IO.ErrOut, line)
	if s.Failed > 0 || s.Refused > 0 {
		return errSilent
	}
	return nil
}

// summaryFormats are the values of --summary, the default first.
var summaryFormats = []string{"text", "json"}

// figures are a batch's figures as --summary json prints them: every kind
// of outcome, zero included, so a CI script reads each without guessing.
type figures struct {
	Postings    int      `json:"postings"`
	Written     int      `json:"written"`
	Unchanged   int      `json:"unchanged"`
	Failed      int      `json:"failed"`
	Refused     int      `json:"refused"`
	Kept        int      `json:"kept"`
	Stale       int      `json:"stale"`
	Pruned      int      `json:"pruned"`
	Skipped     []string `json:"skipped"`
	Interrupted bool     `json:"interrupted"`
}

// writeFigures prints the run's figures as one JSON object.
func writeFigures(w io.Writer, res *action.RenderResult) error {
	s := res.Batch
	f := figures{Postings: s.Postings, Written: s.Written, Unchanged: s.Unchanged, Failed: s.Failed, Refused: s.Refused,
		Kept: s.Kept, Stale: s.Stale, Pruned: len(s.Pruned), Skipped: []string{}, Interrupted: s.Interrupted}
	for _, sk := range res.Skipped {
		f.Skipped = append(f.Skipped, sk.Role)
	}
	enc := json.NewEncoder(w)
	return enc.Encode(f)
}

// count writes n with thousands separators: 2,624.
func count(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// progress draws a bar on stderr while jobs run, only when stderr is a
// terminal; the returned function erases it.
func progress(ios *term.IO, done *atomic.Int64, total int) func() {
	if !ios.IsErrTTY() || total < 2 {
		return func() {}
	}
	quit, finished := make(chan struct{}), make(chan struct{})
	draw := func() {
		n := int(done.Load())
		const width = 30
		filled := width * n / total
		fmt.Fprintf(ios.ErrOut, "\r[%s%s] %d/%d", strings.Repeat("#", filled), strings.Repeat(" ", width-filled), n, total)
	}
	go func() {
		defer close(finished)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-quit:
				fmt.Fprint(ios.ErrOut, "\r\x1b[K")
				return
			case <-tick.C:
				draw()
			}
		}
	}()
	return func() { close(quit); <-finished }
}
