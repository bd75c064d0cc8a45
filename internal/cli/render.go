package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/batch"
	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/lint"
	"github.com/jobdesc/jobdesc/internal/preview"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/term"
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
	// Strict refuses to write a posting with an error-level lint finding.
	Strict bool
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
posting, .json) or text (plain, wrapped at 80 columns, .txt).

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
  jobdesc render webmaster --format html -o webmaster.html
  jobdesc render digital-manager --company "Acme" --city Lyon --salary "55000-65000 EUR/year"
  jobdesc render --all -o postings/
  jobdesc render --batch postings.yaml -o out/
  jobdesc render --batch postings.csv -o out/ --prune`,
		Args: args(cobra.MaximumNArgs(1)),
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
			return run(runF, func(o *RenderOptions) error { return runRender(cmd.Context(), o) }, o)
		},
	}
	o.Catalog.addFlags(cmd)
	o.Values.addFlags(cmd)
	cmd.Flags().StringVarP(&o.Output, "output", "o", "", "write to this file (a folder with --all and --batch) instead of stdout")
	cmd.Flags().BoolVar(&o.Force, "force", false, "replace an existing output file")
	cmd.Flags().BoolVar(&o.All, "all", false, "render every role of the catalogue in each language into -o DIR")
	cmd.Flags().StringVar(&o.Batch, "batch", "", "render the postings listed in this batch file (YAML, or CSV with a header row of value keys) into -o DIR")
	cmd.Flags().BoolVar(&o.Prune, "prune", false, "remove files of earlier runs that this run did not produce (--all and --batch)")
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
		return usageErrorf("name a role, or pass --all or --batch FILE; run 'jobdesc list' to see the roles")
	case modes > 1:
		return usageErrorf("pass one of ROLE, --all and --batch")
	case o.Strict && o.Role == "":
		return usageErrorf("--strict works with one ROLE; check --all and --batch with 'jobdesc lint'")
	case o.Role == "" && o.Output == "":
		return usageErrorf("--all and --batch write files: pass -o DIR")
	case o.Role == "" && o.Output == "-":
		return usageErrorf("--all and --batch write files: pass -o DIR, not -")
	case o.Prune && o.Role != "":
		return usageErrorf("--prune works with --all and --batch only")
	case o.Role == "":
		return runMany(ctx, o)
	case o.Output == "" || o.Output == "-":
		out, err := buildPosting(ctx, o.IO, o.Env, &o.Catalog, &o.Values, o.Role, lintPolicy{check: true, strict: o.Strict})
		if err != nil {
			return err
		}
		if o.IO.IsOutTTY() {
			// A template (--template, a templates folder) may hold escape
			// sequences: they reach a file as written, never the terminal.
			out = []byte(preview.Sanitize(string(out)))
		}
		_, err = o.IO.Out.Write(out)
		return err
	}
	return renderFile(ctx, o)
}

// renderFile writes one posting to -o FILE with the batches' rule: a file
// the folder's manifest says jobdesc wrote is replaced, any other regular
// file only with --force, and nothing else ever.
func renderFile(ctx context.Context, o *RenderOptions) error {
	if err := atomicfile.CheckReplaceable(o.Output); err != nil {
		return err
	}
	dir, name := filepath.Split(o.Output)
	if dir == "" {
		dir = "."
	}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return fmt.Errorf("cannot write %s: folder %s not found; create it first", o.Output, dir)
	}
	l, err := loadOne(o.Env, &o.Catalog, &o.Values, o.Role)
	if err != nil {
		return err
	}
	warn(o.IO, l.Config.Warnings...)
	warn(o.IO, l.Warning())
	errs, err := o.Env.LoadedErrors(ctx, l)
	if err != nil {
		return err
	}
	if err := (lintPolicy{check: true, strict: o.Strict}).apply(o.IO, o.Role, errs); err != nil {
		return err
	}
	run := &batch.Runner{Catalog: l.Catalog, Renderer: l.Renderer, Dir: dir, Force: o.Force, Named: true, Workers: 1}
	s, err := run.Run(ctx, batch.Jobs([]batch.Job{{Name: name, Role: l.Role.ID, Values: l.Config.Values}}))
	if len(s.Errors) > 0 {
		return s.Errors[0]
	}
	return err
}

// buildPosting renders one role's posting with this run's values in the
// format vo names.
func buildPosting(ctx context.Context, ios *term.IO, env *action.Env, co *catalogOptions, vo *valueOptions, id string, lp lintPolicy) ([]byte, error) {
	values, err := vo.values()
	if err != nil {
		return nil, err
	}
	r, err := env.RenderPosting(ctx, action.Posting{RolesDirs: co.RolesDirs, Values: values, Output: vo.output(), Role: id, Lint: lp.check})
	if err != nil {
		return nil, err
	}
	warn(ios, r.ConfigWarnings...)
	warn(ios, r.Warning)
	if err := lp.apply(ios, id, r.Errors); err != nil {
		return nil, err
	}
	return r.Data, nil
}

// lintPolicy says what render does with a posting's error-level lint
// findings: check them and warn, and with strict refuse the posting.
type lintPolicy struct{ check, strict bool }

// apply warns on one line about a posting's lint errors, naming the
// first rule; strict turns the warning into the run's failure.
func (lp lintPolicy) apply(ios *term.IO, id string, errs []lint.Finding) error {
	if len(errs) == 0 {
		return nil
	}
	f := errs[0]
	line := fmt.Sprintf("%s %s: %s", f.Severity, f.Rule, f.Message)
	if len(errs) > 1 {
		line += fmt.Sprintf(" (and %d more; run 'jobdesc lint %s')", len(errs)-1, id)
	}
	if lp.strict {
		return fmt.Errorf("not written: lint %s", line)
	}
	warn(ios, "lint "+line)
	return nil
}

// warn says on stderr what the user should know about a posting that
// rendered: that the role does not exist at the company's size, and which
// role to hire instead; that a JOBDESC_* variable names no value.
func warn(ios *term.IO, ws ...string) {
	for _, w := range ws {
		if w != "" {
			fmt.Fprintln(ios.ErrOut, "jobdesc: warning: "+usertext.Escape(w))
		}
	}
}

// loadOne loads what rendering one role needs.
func loadOne(env *action.Env, co *catalogOptions, vo *valueOptions, id string) (*action.Loaded, error) {
	values, err := vo.values()
	if err != nil {
		return nil, err
	}
	return env.LoadPosting(action.Posting{RolesDirs: co.RolesDirs, Values: values, Output: vo.output(), Role: id})
}

// runMany renders --all or --batch into the output folder.
func runMany(ctx context.Context, o *RenderOptions) error {
	if o.Batch != "" {
		if err := o.Env.Exists("--batch", "batch file", o.Batch); err != nil {
			return err
		}
	}
	c, err := o.Env.LoadCatalog(o.Catalog.RolesDirs)
	if err != nil {
		return err
	}
	values, err := o.Values.values()
	if err != nil {
		return err
	}
	cfg, err := o.Env.LoadConfig(values)
	if err != nil {
		return err
	}
	warn(o.IO, cfg.Warnings...)
	rd, err := o.Env.Renderer(cfg, o.Values.output())
	if err != nil {
		return err
	}
	var src batch.Source
	if o.All {
		src = batch.Jobs(allJobs(c, cfg, o.Values.given("lang", o.Values.Lang)))
	} else if src, err = batchSource(o.Batch, c, cfg); err != nil {
		return err
	}
	r := &batch.Runner{Catalog: c, Renderer: rd, Dir: o.Output, Ext: rd.Format().Ext, Force: o.Force, Prune: o.Prune, Workers: o.Workers}
	stop := progress(o.IO, &r.Done, src.Len())
	s, err := r.Run(ctx, src)
	stop()
	for _, e := range s.Errors {
		fmt.Fprintln(o.IO.ErrOut, "jobdesc: "+usertext.Escape(e.Error()))
	}
	if more := s.Failed - len(s.Errors); more > 0 {
		fmt.Fprintf(o.IO.ErrOut, "jobdesc: and %s more failed postings\n", count(more))
	}
	for _, p := range s.Pruned {
		fmt.Fprintf(o.IO.ErrOut, "removed %s\n", usertext.Escape(p))
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
	line := fmt.Sprintf("%d %s in %s: %d written, %d unchanged, %d failed", s.Postings, noun, o.Output, s.Written, s.Unchanged, s.Failed)
	switch {
	case len(s.Pruned) > 0:
		line += fmt.Sprintf(", %d removed", len(s.Pruned))
	case s.Stale == 1:
		line += "; 1 file from an earlier run remains, pass --prune to remove it"
	case s.Stale > 1:
		line += fmt.Sprintf("; %d files from earlier runs remain, pass --prune to remove them", s.Stale)
	}
	fmt.Fprintln(o.IO.ErrOut, line)
	if s.Failed > 0 {
		return errSilent
	}
	return nil
}

// count writes n with thousands separators: 2,624.
func count(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// allJobs is every role in each language, or in --lang's only.
func allJobs(c *catalog.Catalog, cfg *config.Config, oneLang bool) []batch.Job {
	langs := role.Languages()
	if oneLang {
		langs = []string{cfg.Values.Lang}
	}
	var jobs []batch.Job
	for _, id := range c.IDs() {
		for _, lang := range langs {
			v := cfg.Values
			v.Lang = lang
			jobs = append(jobs, batch.Job{Name: id + "." + lang, Role: id, Values: v, Where: id + " (" + lang + ")"})
		}
	}
	return jobs
}

// batchSource opens a batch file as a stream of jobs; an entry that cannot
// render carries its error, located at its line, and the others go on.
func batchSource(file string, c *catalog.Catalog, cfg *config.Config) (batch.Source, error) {
	return batch.Open(file, batch.Options{
		Merge: cfg.Apply,
		Role: func(id string) error {
			_, err := c.Role(id)
			return err
		},
	})
}

// progress draws a bar on stderr while jobs run, only when stderr is a
// terminal; the returned function erases it.
func progress(ios *term.IO, done interface{ Load() int64 }, total int) func() {
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
