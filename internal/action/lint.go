package action

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/jobdesc/jobdesc/internal/batch"
	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/fileread"
	"github.com/jobdesc/jobdesc/internal/finding"
	"github.com/jobdesc/jobdesc/internal/lint"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/render"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/strictyaml"
	"github.com/jobdesc/jobdesc/internal/usage"
	"github.com/jobdesc/jobdesc/internal/usertext"
	"github.com/jobdesc/jobdesc/internal/values"
)

// LintRequest is what jobdesc lint checks.
type LintRequest struct {
	RolesDirs []string
	Values    ValueSources
	// Lang, when set, is the one language role postings are checked in,
	// and the language of postings written elsewhere; else roles are
	// checked in every language they carry and files in the run's.
	Lang string
	// Country, when set, is the job's country of postings written
	// elsewhere (ISO 3166-1 alpha-2); else the values' location.country,
	// else what the posting's text tells.
	Country   string
	Roles     []string // role ids
	RoleFiles []string // role files: their folder goes over the catalogue
	Postings  []string // postings written elsewhere: .md, .txt, .html
	All       bool
	Batch     string
	// Encoding is the batch file's and the postings' (--encoding); ""
	// for UTF-8.
	Encoding string
	Workers  int // 0: one per core
	// AllowUnsuitable checks roles at company sizes where they do not
	// exist instead of reporting them as errors.
	AllowUnsuitable bool
}

// Lint checks what req names and returns the report: every finding of
// every file, never stopping at the first. It writes nothing. An error is
// a run that could not check (a usage error, an unreadable batch file),
// not a finding.
func (e *Env) Lint(ctx context.Context, req LintRequest) (*lint.Report, error) {
	if err := CheckEncoding(req.Encoding); err != nil {
		return nil, err
	}
	for _, f := range req.Postings {
		if err := e.Exists("posting", f); err != nil {
			return nil, err
		}
		if _, err := lint.FormatOf(f); err != nil {
			return nil, usage.Wrap(err)
		}
	}
	for _, f := range req.RoleFiles {
		if err := e.Exists("role file", f); err != nil {
			return nil, err
		}
	}
	if req.Batch != "" {
		if err := e.Exists("batch file", req.Batch); err != nil {
			return nil, err
		}
	}
	if req.Lang != "" {
		if err := CheckLang(req.Lang); err != nil {
			return nil, err
		}
	}
	if req.Country != "" {
		if len(req.Country) > 40 {
			req.Country = req.Country[:40]
		}
		c := strings.ToUpper(req.Country)
		// Two letters that name no country ("ZZ", "UK") would check the
		// posting against no law while the report claims one.
		if !values.IsCountry(c) {
			return nil, usage.Errorf("--country %q is not a country code; use two letters (ISO 3166-1), such as FR, GB or US", req.Country)
		}
		req.Country = c
	}
	rep := &lint.Report{}
	cfg, err := e.LoadConfig(req.Values)
	switch {
	case err == nil:
	case located(err):
		// A values file that does not read: its problems are findings,
		// and the postings are checked with no values at all.
		rep.Files = append(rep.Files, defaultLinter().Problems("values", req.Values.ConfigFile, err)...)
		if cfg, err = e.DefaultConfig(); err != nil {
			return nil, err
		}
	default:
		return nil, err
	}
	l, err := NewLinter(cfg)
	if err != nil {
		return nil, err
	}
	rep.Rules = l.Rules()
	rep.Files = append(rep.Files, l.Deprecations(cfg.LintAt)...)
	lr := &linting{ctx: ctx, env: e, req: req, cfg: cfg, l: l, rep: rep}
	if req.All || len(req.Roles) > 0 || len(req.RoleFiles) > 0 || req.Batch != "" {
		if err := lr.load(); err != nil {
			return nil, err
		}
		rep.Files = append(rep.Files, l.Problems("values", req.Values.ConfigFile, cfg.CheckRoles(lr.c.Known()))...)
		if err := lr.roles(); err != nil {
			return nil, err
		}
		if req.Batch != "" {
			if err := lr.batch(ctx); err != nil {
				return nil, err
			}
		}
	}
	for _, f := range req.Postings {
		if err := lr.file(f); err != nil {
			return nil, err
		}
	}
	lint.Sort(rep.Files)
	return rep, nil
}

// located says whether err is a problem of a file, at its place: a
// finding, not a failure of the run.
func located(err error) bool {
	var problems strictyaml.Errors
	var one *strictyaml.Error
	return errors.As(err, &problems) || errors.As(err, &one)
}

// defaultLinter is the linter of no configuration, for the problems found
// before the configuration could be read.
func defaultLinter() *lint.Linter {
	l, _ := lint.New(lint.Config{})
	return l
}

// NewLinter is the linter the config file's lint section asks for; what
// it refuses is a usage error placed in the config file.
func NewLinter(cfg *config.Config) (*lint.Linter, error) {
	c := cfg.Lint
	l, err := lint.New(lint.Config{Rules: c.Rules, PayTransparency: c.PayTransparency, MinWords: c.MinWords,
		MaxWords: c.MaxWords, MaxSentenceWords: c.MaxSentenceWords, MinReadingEase: c.MinReadingEase})
	if err != nil {
		return nil, usage.Wrap(&finding.LocatedError{At: cfg.LintAt(""), Err: err})
	}
	return l, nil
}

// linting is one lint run.
type linting struct {
	ctx context.Context // the run's: a posting being rendered is abandoned when it ends
	env *Env
	req LintRequest
	cfg *config.Config
	l   *lint.Linter
	rep *lint.Report
	c   *catalog.Catalog
	rd  *render.Renderer
}

// load reads the catalogue, collecting its problems as findings, and the
// Markdown template postings are checked in.
func (lr *linting) load() error {
	layers, err := lr.env.withConfig(lr.req.Values.ConfigFile).Layers(lr.req.RolesDirs)
	if err != nil {
		return err
	}
	for _, f := range lr.req.RoleFiles {
		dir := filepath.Dir(f)
		// The shipped catalogue's layer is named "roles" too: a user's
		// ./roles folder is another layer, not that one.
		if !slices.ContainsFunc(layers, func(l catalog.Layer) bool { return !l.Shipped && filepath.Clean(l.Dir) == dir }) {
			layers = append(layers, catalog.Layer{Dir: dir, FS: fileread.Dir(dir)})
		}
	}
	c, problems := catalog.LoadAll(layers...)
	lr.c = c
	for _, p := range problems {
		lr.rep.Files = append(lr.rep.Files, lr.l.Problems("role-schema", p.File, p)...)
	}
	lr.rd, err = lr.env.Renderer(lr.cfg, Output{Format: "markdown"})
	return err
}

// roles checks the roles asked for: each role file, then the posting it
// renders in each language.
func (lr *linting) roles() error {
	var ids []string
	// --all checks the postings of the roles that exist at the company's
	// size; a role named explicitly at a size it lacks is an error.
	catalogue := map[string]bool{}
	if lr.req.All {
		ids = lr.c.IDs()
		for _, id := range ids {
			catalogue[id] = true
		}
		lr.rep.Files = append(lr.rep.Files, lr.l.LintSkills(lr.c)...)
	}
	for _, id := range lr.req.Roles {
		if role.CheckID(id) != nil || !slices.Contains(lr.c.IDs(), id) {
			_, err := lr.c.Entry(id)
			return err
		}
		ids = append(ids, id)
	}
	for _, f := range lr.req.RoleFiles {
		id := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		if !role.ValidID(id) || !slices.Contains(lr.c.IDs(), id) {
			continue // the loader reported the file name
		}
		ids = append(ids, id)
	}
	for _, id := range lr.req.Roles {
		delete(catalogue, id)
	}
	res := posting.Resolver{Catalog: lr.c, Words: lr.rd.Words(), AllowUnsuitable: lr.req.AllowUnsuitable}
	var skipped, notHired []string
	defer func() {
		if len(skipped) > 0 {
			lr.rep.Notices = append(lr.rep.Notices, fmt.Sprintf("checked no posting of the %s a %s company does not have: %s",
				usertext.Count(len(skipped), "role", "roles"), lr.cfg.Values.Company.Size, strings.Join(skipped, ", ")))
		}
		if len(notHired) > 0 {
			lr.rep.Notices = append(lr.rep.Notices, fmt.Sprintf("checked no posting of the %s not hired at %s level: %s",
				usertext.Count(len(notHired), "role", "roles"), lr.cfg.Values.Seniority, strings.Join(notHired, ", ")))
		}
	}()
	var buf bytes.Buffer
	for _, id := range ids {
		e, err := lr.c.Entry(id)
		if err != nil {
			continue // broken: its problems are findings already
		}
		lr.rep.Files = append(lr.rep.Files, lr.l.LintRole(lr.c, e)...)
		own, ps := lr.cfg.ApplyFor(e.Role)
		if len(ps) > 0 {
			lr.rep.Files = append(lr.rep.Files, lr.l.Problems("values", id, ps)...)
			continue
		}
		if u := res.Unsuitable(id, own); u != nil && catalogue[id] && !lr.req.AllowUnsuitable {
			skipped = append(skipped, id)
			continue
		}
		if catalogue[id] && !e.Role.HiredAt(own.Seniority) {
			notHired = append(notHired, id)
			continue
		}
		langs := []string{lr.req.Lang}
		if lr.req.Lang == "" {
			langs = nil
			for _, lang := range role.Languages() {
				if e.Role.Title.In(lang) != "" {
					langs = append(langs, lang)
				}
			}
		}
		for _, lang := range langs {
			v := own
			v.Lang = lang
			if v.Posted == "" {
				v.Posted = lr.cfg.Today
			}
			file := id + "." + lang + ".md"
			p, err := res.Resolve(id, v)
			err = placeRefusal(lr.cfg, e.Role, err)
			if err == nil {
				buf.Reset()
				err = lr.rd.Render(lr.ctx, &buf, p)
			}
			if cause := context.Cause(lr.ctx); cause != nil {
				return cause
			}
			if err != nil {
				lr.rep.Files = append(lr.rep.Files, lr.l.Problems("values", file, err)...)
				continue
			}
			d, err := lint.FromPosting(file, p, buf.Bytes())
			if err != nil {
				return err
			}
			d.Facts.FrenchVersion = slices.Contains(langs, "fr")
			d.Ignore = ignored(e.Role)
			lr.rep.Results = append(lr.rep.Results, lr.l.Lint(d))
		}
	}
	return nil
}

// PostingErrors lints a posting render is about to write, in the Markdown
// the run's templates give, and returns its error-level findings: render
// warns about them, or refuses with --strict. rendered is what the run's
// renderer made of p, or nil: a Markdown run's is linted as it is, not
// rendered a second time.
func (e *Env) PostingErrors(ctx context.Context, l *Loaded, p *posting.Posting, rendered []byte) ([]lint.Finding, error) {
	li, err := NewLinter(l.Config)
	if err != nil {
		return nil, err
	}
	md := l.Renderer
	if md.Format().Name != "markdown" {
		if md, err = e.Renderer(l.Config, Output{Format: "markdown"}); err != nil {
			return nil, err
		}
		rendered = nil
	}
	if rendered == nil {
		var buf bytes.Buffer
		if err := md.Render(ctx, &buf, p); err != nil {
			return nil, err
		}
		rendered = buf.Bytes()
	}
	d, err := lint.FromPosting(p.RoleID+"."+p.Lang+".md", p, rendered)
	if err != nil {
		return nil, err
	}
	d.Ignore = ignored(l.Role)
	var out []lint.Finding
	for _, f := range li.Lint(d).Findings {
		if f.Severity == lint.Error {
			out = append(out, f)
		}
	}
	return out, nil
}

// ignored lists the rules a role silences.
func ignored(r *role.Role) []string {
	out := make([]string, len(r.Lint.Ignore))
	for i, ig := range r.Lint.Ignore {
		out[i] = ig.Rule
	}
	return out
}

// file checks a posting written elsewhere.
func (lr *linting) file(f string) error {
	src, err := fileread.ReadAs(f, fileread.MaxSize, fileread.Charset{Name: lr.req.Encoding, Flag: true})
	if err != nil {
		return err
	}
	format, _ := lint.FormatOf(f)
	// Without --lang, the posting's own text tells its language: the
	// locale's says nothing about a file written elsewhere.
	d, err := lint.Parse(f, lr.req.Lang, format, src)
	if err != nil {
		return usage.Wrap(err)
	}
	d.Country = cmp.Or(lr.req.Country, lr.cfg.Values.Location.Country)
	lr.rep.Results = append(lr.rep.Results, lr.l.Lint(d))
	return nil
}

// jobFinding is the finding of a batch entry that cannot render, at the
// entry's place: the file, line and column of the value at fault.
func (lr *linting) jobFinding(j batch.Job, err error) []lint.Finding {
	fs := lr.l.Problems("batch", lr.req.Batch, err)
	if j.At != (finding.Location{}) {
		for i := range fs {
			fs[i].Locate(j.At)
		}
	}
	return fs
}

// batch checks every posting a batch file would render, on the runner
// render --batch uses, and writes nothing. Results keep the batch's order.
func (lr *linting) batch(ctx context.Context) error {
	src, err := openBatch(lr.req.Batch, lr.req.Encoding, lr.c, lr.cfg)
	if err != nil {
		if located(err) {
			lr.rep.Files = append(lr.rep.Files, lr.l.Problems("batch", lr.req.Batch, err)...)
			return nil
		}
		return err
	}
	ck := &batchLint{lr: lr, french: map[string]bool{}}
	r := &batch.Runner{Catalog: lr.c, Renderer: lr.rd, Check: ck, Workers: lr.req.Workers, AllowUnsuitable: lr.req.AllowUnsuitable, Today: lr.cfg.Today}
	_, err = r.Run(ctx, src)
	if err != nil {
		if !located(err) {
			return err
		}
		lr.rep.Files = append(lr.rep.Files, lr.l.Problems("batch", lr.req.Batch, err)...)
	}
	slices.SortFunc(ck.done, func(a, b linted) int { return a.seq - b.seq })
	for _, d := range ck.done {
		if d.res != nil && !d.french && d.ref != "" && ck.french[d.ref] {
			lint.WithFrenchVersion(d.res)
		}
		lr.rep.Files = append(lr.rep.Files, d.files...)
		if d.res != nil {
			lr.rep.Results = append(lr.rep.Results, *d.res)
		}
	}
	return nil
}

// openBatch opens a batch file as a stream of jobs, merged with the run's
// values and checked against the catalogue: an entry that cannot render
// carries its error, at its place, and the others go on. render --batch
// and lint --batch read batches through it.
func openBatch(file, encoding string, c *catalog.Catalog, cfg *config.Config) (batch.Source, error) {
	return batch.Open(file, batchOptions(encoding, c, cfg))
}

// batchOptions read a batch's postings with the run's values and roles.
func batchOptions(encoding string, c *catalog.Catalog, cfg *config.Config) batch.Options {
	return batch.Options{
		Encoding: encoding,
		Merge: func(id string, keys []string, layers ...values.Layer) (values.Set, values.Problems) {
			ro, _ := c.Role(id) // an unknown id is refused by Role below, first
			return cfg.ApplyKeysFor(ro, keys, layers...)
		},
		Role: func(id string) error {
			_, err := c.Role(id)
			return err
		},
	}
}

// linted is what lint found in one posting of a batch.
type linted struct {
	seq   int
	res   *lint.Result
	files []lint.Finding
	// ref is the entry's reference, and french whether the entry is a
	// French version of it, which res was linted knowing.
	ref    string
	french bool
}

// batchLint is the step lint puts in the batch runner: check the posting
// render --batch would write, named as it would be in Markdown.
//
// Entries that share a reference are versions of one posting (jobdesc
// site links them): a version in another language whose French one is in
// the batch is published beside it, as Code du travail L5331-4 allows.
// Which references have a French entry is known only once the whole batch
// is read, so each posting is linted knowing whether it is itself French,
// and the others the batch gives a French version are corrected at the
// end: the batch is read once, not once more first for its references.
type batchLint struct {
	lr *linting
	mu sync.Mutex
	// french are the references of the batch's French entries read so
	// far; an entry that cannot be read is not one.
	french map[string]bool
	done   []linted
}

func (b *batchLint) Check(j batch.Job, p *posting.Posting, md []byte, err error) {
	ref := j.Values.Reference
	d := linted{seq: j.Seq, ref: ref, french: j.Err == nil && ref != "" && cmp.Or(j.Values.Lang, b.lr.cfg.Values.Lang) == "fr"}
	if err == nil {
		var doc *lint.Document
		if doc, err = lint.FromPosting(j.Name+".md", p, md); err == nil {
			if r, rerr := b.lr.c.Role(j.Role); rerr == nil {
				doc.Ignore = ignored(r)
			}
			doc.Facts.FrenchVersion = d.french
			res := b.lr.l.Lint(doc)
			d.res = &res
		}
	}
	if err != nil {
		d.files = b.lr.jobFinding(j, err)
	}
	b.mu.Lock()
	if d.french {
		b.french[ref] = true
	}
	b.done = append(b.done, d)
	b.mu.Unlock()
}
