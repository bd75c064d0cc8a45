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
		Use:   "render ROLE | --all -o DIR | --batch FILE -o DIR",
		Short: "Render job postings as Markdown, HTML, JSON-LD, JSON or text",
		Long: `Render the posting of ROLE to stdout, or to a file with -o, in the format
--format names: markdown (.md), html (a standalone page, .html), jsonld
(schema.org JobPosting for job boards, .jsonld), json (the resolved
posting, .json) or text (plain, a line per paragraph, .txt). With -o FILE
and no --format, the format is the file's extension's; a --format the
extension contradicts, or an extension no format writes (.docx), is refused.
-o creates the file's folder when it does not exist.

With --all, render every role of the catalogue in each language into the
folder -o DIR; with --batch FILE, render the postings a batch file lists
(YAML, or CSV with a header row of value keys). Postings render in
parallel; each file is written atomically. Files jobdesc wrote before, as
the folder's .jobdesc-manifest.json records, are replaced (or left
untouched when nothing changed); any other file is never replaced without
--force, and only regular files ever are. --prune removes files of earlier
runs that this run did not produce. Ctrl-C stops a batch cleanly: run the
same command again to finish it.`,
		Example: `  jobdesc render community-manager
  jobdesc render webmaster --lang en -o webmaster.md
  jobdesc render webmaster -o annonces/webmaster.html
  jobdesc render digital-manager --company "Acme" --city Lyon --salary "55000-65000 EUR/year"
  jobdesc render --all -o postings/
  jobdesc render --batch postings.yaml -o out/
  jobdesc render --batch postings.csv -o out/ --prune`,
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
		warn(o.IO, res.Warnings...)
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
			fmt.Fprintf(o.IO.ErrOut, "jobdesc: skipped %s a %s company does not have: %s; name one to see which role to hire instead\n",
				usertext.Count(n, "role", "roles"), size, strings.Join(bySize, ", "))
		}
		if n := len(bySeniority); n > 0 {
			fmt.Fprintf(o.IO.ErrOut, "jobdesc: skipped %s not hired at %s level: %s; name one to see the levels it is hired at\n",
				usertext.Count(n, "role", "roles"), seniority, strings.Join(bySeniority, ", "))
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
		return fmt.Errorf("not written: lint %s", lintLine(o.Role, res.Lint))
	}
	if err != nil {
		// One posting has another way out than a file: stdout.
		var nr *atomicfile.NotRegularError
		if errors.As(err, &nr) {
			return &hinted{msg: err.Error() + ": name another file, or omit -o to write to stdout", err: err}
		}
		return err
	}
	if len(res.Lint) > 0 {
		fmt.Fprintln(o.IO.ErrOut, "jobdesc: warning: lint "+lintLine(o.Role, res.Lint))
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
func lintLine(id string, errs []finding.Finding) string {
	f := errs[0]
	line := fmt.Sprintf("%s %s: %s", f.Severity, f.Rule, f.Message)
	if len(errs) > 1 {
		line += fmt.Sprintf(" (and %d more; run 'jobdesc lint %s')", len(errs)-1, id)
	}
	return line
}

// warn says on stderr what the user should know about a posting that
// rendered: that the role does not exist at the company's size, and which
// role to hire instead; that a JOBDESC_* variable names no value.
func warn(ios *term.IO, fs ...finding.Finding) {
	for _, f := range fs {
		msg := f.Message
		if at := f.At().String(); at != "" {
			msg = at + ": " + msg
		}
		fmt.Fprintln(ios.ErrOut, "jobdesc: warning: "+usertext.Escape(msg))
	}
}

// reportBatch says on stderr what --all or --batch did.
func reportBatch(o *RenderOptions, s *batch.Summary, err error) error {
	for _, e := range s.Errors {
		fmt.Fprintln(o.IO.ErrOut, "jobdesc: "+usertext.Escape(withHint(e).Error()))
	}
	if more := s.Failed + s.Refused - len(s.Errors); more > 0 {
		fmt.Fprintf(o.IO.ErrOut, "jobdesc: and %s more failed postings\n", count(more))
	}
	for _, p := range s.Pruned {
		fmt.Fprintf(o.IO.ErrOut, "removed %s\n", usertext.Escape(p))
	}
	for _, p := range s.Left {
		fmt.Fprintf(o.IO.ErrOut, "left %s\n", p)
	}
	var ie *InterruptedError
	if errors.As(err, &ie) {
		fmt.Fprintf(o.IO.ErrOut, "interrupted: %s written, %s partial\n", count(s.Written), count(s.Partial))
		return silent(err)
	}
	if err != nil {
		if s.Postings > 0 {
			fmt.Fprintf(o.IO.ErrOut, "stopped after %s postings: %s written, %s unchanged, %s failed\n", count(s.Postings), count(s.Written), count(s.Unchanged), count(s.Failed))
		}
		return err
	}
	noun := "postings"
	if s.Postings == 1 {
		noun = "posting"
	}
	line := fmt.Sprintf("%d %s in %s: %d written, %d unchanged, %d failed, %d refused", s.Postings, noun, o.Output, s.Written, s.Unchanged, s.Failed, s.Refused)
	if s.Kept > 0 {
		what := "their files"
		if s.Kept == 1 {
			what = "its file"
		}
		line += fmt.Sprintf(" (%d kept %s from an earlier run)", s.Kept, what)
	}
	switch {
	case s.NotPruned != "":
		line += fmt.Sprintf("; nothing removed: %s; fix it and run again", s.NotPruned)
	case len(s.Pruned) > 0 || len(s.Left) > 0:
		line += fmt.Sprintf(", %d removed", len(s.Pruned))
		if len(s.Left) > 0 {
			line += fmt.Sprintf(", %d left in place", len(s.Left))
		}
	case s.Stale == 1:
		line += "; 1 file from an earlier run remains, pass --prune to remove it"
	case s.Stale > 1:
		line += fmt.Sprintf("; %d files from earlier runs remain, pass --prune to remove them", s.Stale)
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
