package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/batch"
	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/term"
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
	Workers int
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
folder -o DIR; with --batch FILE, render the postings a batch file lists.
Postings render in parallel; each file is written atomically; files this
command wrote before are replaced (or left untouched when nothing changed),
any other file is never replaced without --force.`,
		Example: `  jobdesc render community-manager
  jobdesc render webmaster --lang en -o webmaster.md
  jobdesc render webmaster --format html -o webmaster.html
  jobdesc render digital-manager --company "Acme" --city Lyon --salary "55000-65000 EUR/year"
  jobdesc render --all -o postings/
  jobdesc render --batch postings.yaml -o out/`,
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
			return run(runF, runRender, o)
		},
	}
	o.Catalog.addFlags(cmd)
	o.Values.addFlags(cmd)
	cmd.Flags().StringVarP(&o.Output, "output", "o", "", "write to this file (a folder with --all and --batch) instead of stdout")
	cmd.Flags().BoolVar(&o.Force, "force", false, "replace an existing output file")
	cmd.Flags().BoolVar(&o.All, "all", false, "render every role of the catalogue in each language into -o DIR")
	cmd.Flags().StringVar(&o.Batch, "batch", "", "render the postings listed in this batch file into -o DIR")
	return cmd
}

func runRender(o *RenderOptions) error {
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
	case o.Role == "" && o.Output == "":
		return usageErrorf("--all and --batch write files: pass -o DIR")
	case o.Role == "":
		return runMany(o)
	}
	out, err := buildPosting(o.IO, o.Env, &o.Catalog, &o.Values, o.Role)
	if err != nil {
		return err
	}
	if o.Output == "" || o.Output == "-" {
		_, err := o.IO.Out.Write(out)
		return err
	}
	_, err = atomicfile.Write(o.Output, out, 0o644, o.Force)
	return err
}

// buildPosting renders one role's posting with this run's values in the
// format vo names.
func buildPosting(ios *term.IO, env *action.Env, co *catalogOptions, vo *valueOptions, id string) ([]byte, error) {
	values, err := vo.values()
	if err != nil {
		return nil, err
	}
	r, err := env.RenderPosting(action.Posting{RolesDirs: co.RolesDirs, Values: values, Output: vo.output(), Role: id})
	if err != nil {
		return nil, err
	}
	if r.Warning != "" {
		fmt.Fprintln(ios.ErrOut, "jobdesc: warning: "+r.Warning)
	}
	return r.Data, nil
}

// runMany renders --all or --batch into the output folder.
func runMany(o *RenderOptions) error {
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
	rd, err := o.Env.Renderer(cfg, o.Values.output())
	if err != nil {
		return err
	}
	var jobs []batch.Job
	if o.All {
		jobs = allJobs(c, cfg, o.Values.given("lang", o.Values.Lang))
	} else if jobs, err = batchJobs(o.Batch, c, cfg); err != nil {
		return err
	}
	r := &batch.Runner{Catalog: c, Renderer: rd, Dir: o.Output, Force: o.Force, Workers: o.Workers}
	stop := progress(o.IO, &r.Done, len(jobs))
	s, err := r.Run(jobs)
	stop()
	for _, e := range s.Errors {
		fmt.Fprintln(o.IO.ErrOut, "jobdesc: "+e.Error())
	}
	if err != nil {
		return err
	}
	noun := "postings"
	if len(jobs) == 1 {
		noun = "posting"
	}
	fmt.Fprintf(o.IO.ErrOut, "%d %s in %s: %d written, %d unchanged, %d failed\n", len(jobs), noun, o.Output, s.Written, s.Unchanged, s.Failed)
	if s.Failed > 0 {
		return errSilent
	}
	return nil
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

// batchJobs reads a batch file into jobs; an entry that cannot render
// carries its error, located at its line, and the others go on.
func batchJobs(file string, c *catalog.Catalog, cfg *config.Config) ([]batch.Job, error) {
	f, pos, err := batch.Read(file)
	if err != nil {
		return nil, err
	}
	where := func(i int, path string) string {
		at := pos.Lookup(fmt.Sprintf("postings[%d]%s", i, path))
		return fmt.Sprintf("%s:%d: posting %d", file, at.Line, i+1)
	}
	if ps := f.Defaults.Check(); len(ps) > 0 {
		at := pos.Lookup("defaults." + ps[0].Path)
		return nil, fmt.Errorf("%s:%d: defaults: %s", file, at.Line, ps[0].Msg)
	}
	jobs := make([]batch.Job, len(f.Postings))
	for i, e := range f.Postings {
		j := &jobs[i]
		j.Role, j.Where = e.Role, where(i, "")
		j.Name = e.Name
		if j.Name == "" {
			j.Name = fmt.Sprintf("%s-%d", e.Role, i+1)
		}
		if e.Role == "" {
			j.Err = fmt.Errorf("no role; add role: ID to the entry")
			continue
		}
		if _, err := c.Role(e.Role); err != nil {
			j.Where, j.Err = where(i, ".role"), err
			continue
		}
		j.Values = cfg.Apply(f.Defaults, e.Values)
		if ps := j.Values.Check(); len(ps) > 0 {
			msgs := make([]string, len(ps))
			for k, p := range ps {
				msgs[k] = p.Msg
			}
			j.Where, j.Err = where(i, "."+ps[0].Path), fmt.Errorf("%s", strings.Join(msgs, "; "))
		}
	}
	return jobs, nil
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
