package action

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/batch"
	"github.com/jobdesc/jobdesc/internal/finding"
	"github.com/jobdesc/jobdesc/internal/written"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/fileread"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/render"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/usage"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

// Output says how postings are written: a format, and a template file
// replacing that format's built-in one.
type Output struct {
	Format   string // "" for markdown
	Template string
	// NoJSONLD leaves the JSON-LD block out of HTML pages, as the
	// config's render.jsonld: false does.
	NoJSONLD bool
}

// ForFile decides the format of the file path: the extension's when
// --format is not given, so that -o cm.html is a page, never Markdown in a
// .html file. A --format the extension contradicts, or an extension no
// format has, is a usage error; a name without an extension takes
// --format, else markdown.
func (out Output) ForFile(path string) (Output, error) {
	if out.Format != "" {
		if _, err := render.Lookup(out.Format); err != nil {
			return out, err
		}
	}
	ext := filepath.Ext(path)
	if ext == "" {
		return out, nil
	}
	f, ok := render.ByExt(ext)
	switch {
	case !ok:
		return out, usage.Errorf("cannot tell the format of %s: no format writes %s files; name the file for one of %s", path, usertext.Quote(ext), strings.Join(render.Exts(), ", "))
	case out.Format != "" && out.Format != f.Name:
		return out, usage.Errorf("--format %s contradicts %s, a %s file name; drop --format, or name the file %s", out.Format, path, f.Name, strings.TrimSuffix(path, ext)+formatExt(out.Format))
	}
	out.Format = f.Name
	return out, nil
}

// formatExt is the extension of a format known to exist.
func formatExt(name string) string {
	f, _ := render.Lookup(name)
	return f.Ext
}

// Renderer parses the format's template: the built-in one, the config's
// templates folder over it, and the template file over both.
func (e *Env) Renderer(cfg *config.Config, out Output) (*render.Renderer, error) {
	name := out.Format
	if name == "" {
		name = "markdown"
	}
	f, err := render.Lookup(name)
	if err != nil {
		return nil, err
	}
	if out.Template != "" {
		if f.Template == "" {
			return nil, usage.Wrap(&render.NoTemplateError{Format: f.Name})
		}
		if err := e.Exists("template", out.Template); err != nil {
			return nil, err
		}
	}
	layers := []render.Layer{{Dir: "templates", FS: e.Templates}}
	if cfg.Templates != "" {
		layers = append(layers, render.Layer{Dir: cfg.Templates, FS: fileread.Dir(cfg.Templates)})
	}
	return render.New(render.Options{Format: name, Layers: layers, TemplateFile: out.Template, Version: e.Version, Labels: e.LabelsDecoded,
		NoJSONLD: out.NoJSONLD || cfg.NoJSONLD})
}

// PostingRequest asks for one posting: the role, where its values come
// from, and the output it is rendered to.
type PostingRequest struct {
	RolesDirs []string
	Values    ValueSources
	Output    Output
	Role      string
	// Lint asks for the posting's error-level lint findings (Rendered.Errors).
	Lint bool
}

// Loaded is what rendering one posting needs.
type Loaded struct {
	Catalog  *catalog.Catalog
	Role     *role.Role
	Config   *config.Config
	Renderer *render.Renderer
	// AllowUnsuitable renders the role even at a company size where it
	// does not exist.
	AllowUnsuitable bool
}

// LoadPosting loads what role p.Role needs, the run's values and the
// format's template, in that order, so the first error is about the role.
func (e *Env) LoadPosting(p PostingRequest) (*Loaded, error) {
	c, err := e.withConfig(p.Values.ConfigFile).LoadRoles(p.RolesDirs, p.Role)
	if err != nil {
		return nil, err
	}
	r, err := c.Role(p.Role)
	if err != nil {
		return nil, err
	}
	cfg, err := e.LoadConfig(p.Values)
	if err != nil {
		return nil, err
	}
	if err := checkRoles(cfg, c); err != nil {
		return nil, err
	}
	if err := cfg.UseRole(r); err != nil {
		return nil, usage.Wrap(err)
	}
	rd, err := e.Renderer(cfg, p.Output)
	if err != nil {
		return nil, err
	}
	return &Loaded{Catalog: c, Role: r, Config: cfg, Renderer: rd}, nil
}

// placeRefusal is err, a posting of ro refused for a value it names
// (team.size, company.about), placed at the file and line that gave the
// value, so that the user knows which file to open; err as it is when a
// flag or a variable gave the value, which the message's key names.
func placeRefusal(cfg *config.Config, ro *role.Role, err error) error {
	var keyed interface{ ValueKey() string }
	if !errors.As(err, &keyed) {
		return err
	}
	if at := cfg.WhereFor(ro, keyed.ValueKey()); at.Line > 0 {
		return &finding.LocatedError{At: at, Err: err}
	}
	return err
}

// resolver resolves the loaded role's postings in the renderer's words.
func (l *Loaded) resolver() *posting.Resolver {
	return &posting.Resolver{Catalog: l.Catalog, Words: l.Renderer.Words(), AllowUnsuitable: l.AllowUnsuitable}
}

// Warning is what the user should hear about the values before the
// posting goes out ("" for nothing): the role does not exist at the
// company's size, say.
func (l *Loaded) Warning() string { return l.resolver().Warning(l.Role.ID, l.Config.Values) }

// Render is one render request, whichever form it takes: one role's
// posting returned as bytes (To is "" or "-"), or written to the file To;
// every role of the catalogue (All) or a batch file's postings (Batch)
// written into the folder To. The command copies its flags into it; Run
// returns what was made and what the user should hear, and prints nothing.
type Render struct {
	RolesDirs []string
	Values    ValueSources
	Output    Output
	Role      string
	All       bool
	Batch     string
	To        string
	// OneLang renders --all in the run's language only, not in each.
	OneLang bool
	Force   bool
	Prune   bool
	Workers int
	// AllowUnsuitable renders a role at a company size where it does not
	// exist, with a warning, instead of refusing it; --all then renders
	// every role.
	AllowUnsuitable bool
	// Encoding is the batch file's (--encoding); "" for UTF-8.
	Encoding string
	// Repost dates the postings of --all and --batch that give no posted
	// date today, as new publications, instead of the date the folder's
	// manifest kept.
	Repost bool
	// Lint checks one role's posting and returns its error-level findings
	// in RenderResult.Lint; Strict then refuses to give or write it.
	Lint, Strict bool
	// Progress, when set, is told a batch's size and its counter of
	// finished postings when the batch starts; it returns the function
	// that ends the display.
	Progress func(done *atomic.Int64, total int) (stop func())
}

// RenderResult is what a render made.
type RenderResult struct {
	// Data is the posting, when it was asked for as bytes.
	Data []byte
	// Wrote says what happened to the file To of one role.
	Wrote written.Result
	// Batch is the summary of --all or --batch.
	Batch *batch.Summary
	// Warnings are what the user should know of the run: the config's,
	// the role at this company size, JOBDESC_* variables that name no value.
	Warnings []finding.Finding
	// Lint are the posting's error-level lint findings, when asked.
	Lint []finding.Finding
	// Skipped are the roles --all left out, each with why: they do not
	// exist at the company's size. A notice, not an error.
	Skipped []Skipped
}

// Skipped is a role --all did not render, and why: it does not exist at
// Size, or is not hired at Seniority.
type Skipped struct {
	Role, Size, Seniority, Reason string
}

// ErrRefused is a posting not given or written because of its lint
// errors, as Strict asks; the findings are in the result.
var ErrRefused = errors.New("not written: the posting has lint errors")

// Run carries out the request in env.
func (r *Render) Run(ctx context.Context, env *Env) (*RenderResult, error) {
	if r.All || r.Batch != "" {
		return r.many(ctx, env)
	}
	out := r.Output
	if r.To != "" && r.To != "-" {
		var err error
		if out, err = out.ForFile(r.To); err != nil {
			return nil, err
		}
		if err := atomicfile.CheckReplaceable(r.To); err != nil {
			return nil, err
		}
	}
	l, err := env.LoadPosting(PostingRequest{RolesDirs: r.RolesDirs, Values: r.Values, Output: out, Role: r.Role})
	if err != nil {
		return nil, err
	}
	l.AllowUnsuitable = r.AllowUnsuitable
	// A file rewritten keeps the date its posting was first published, as
	// the state folder's record has it, unless a value dates it.
	if toFile := r.To != "" && r.To != "-"; toFile && !l.Config.PostedGiven {
		if posted := written.Posted(env.StateDir, r.To); posted != "" {
			l.Config.Values.Posted = posted
		}
	}
	res := &RenderResult{Warnings: warnings(l.Config.Warnings, l.Warning())}
	p, err := l.resolver().Resolve(r.Role, l.Config.Values)
	if err != nil {
		return nil, placeRefusal(l.Config, l.Role, err)
	}
	var buf bytes.Buffer
	if err := l.Renderer.Render(ctx, &buf, p); err != nil {
		return nil, err
	}
	if r.Lint || r.Strict {
		if res.Lint, err = env.PostingErrors(ctx, l, p, buf.Bytes()); err != nil {
			return nil, err
		}
		if r.Strict && len(res.Lint) > 0 {
			return res, ErrRefused
		}
	}
	if r.To == "" || r.To == "-" {
		res.Data = buf.Bytes()
		return res, nil
	}
	// The folder is made once the posting is ready, as a batch makes its
	// own: a run that fails leaves nothing behind.
	if err := os.MkdirAll(filepath.Dir(r.To), 0o755); err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("cannot write %s: cannot create folder %s: %w", r.To, dirName(r.To), err)
	}
	res.Wrote, err = written.Write(env.StateDir, r.To, buf.Bytes(), r.Force, l.Config.Values.Posted, l.Config.Today)
	return res, err
}

// many renders --all or --batch into the folder To.
func (r *Render) many(ctx context.Context, env *Env) (*RenderResult, error) {
	if r.Batch != "" {
		if err := env.Exists("batch file", r.Batch); err != nil {
			return nil, err
		}
	}
	if err := CheckEncoding(r.Encoding); err != nil {
		return nil, err
	}
	c, err := env.withConfig(r.Values.ConfigFile).LoadCatalog(r.RolesDirs)
	if err != nil {
		return nil, err
	}
	cfg, err := env.LoadConfig(r.Values)
	if err != nil {
		return nil, err
	}
	if err := checkRoles(cfg, c); err != nil {
		return nil, err
	}
	res := &RenderResult{Warnings: warnings(cfg.Warnings, "")}
	rd, err := env.Renderer(cfg, r.Output)
	if err != nil {
		return res, err
	}
	var src batch.Source
	if r.All {
		var jobs []batch.Job
		if jobs, res.Skipped, err = allJobs(c, cfg, r.OneLang, r.AllowUnsuitable); err != nil {
			return res, err
		}
		src = batch.Jobs(jobs)
	} else if src, err = openBatch(r.Batch, r.Encoding, c, cfg); err != nil {
		return res, err
	}
	run := &batch.Runner{Catalog: c, Renderer: rd, Dir: r.To, Ext: rd.Format().Ext, Force: r.Force, Prune: r.Prune, Workers: r.Workers, AllowUnsuitable: r.AllowUnsuitable,
		Today: cfg.Today, Repost: r.Repost}
	stop := func() {}
	if r.Progress != nil {
		stop = r.Progress(&run.Done, src.Len())
	}
	s, err := run.Run(ctx, src)
	stop()
	res.Batch = &s
	return res, err
}

// allJobs is every role in each language, or in the run's only, that
// exists at the company's size; the others are skipped, not refused: the
// user asked for the catalogue, not for them. Each role takes its own
// values (the files' sections for it and its seniority).
func allJobs(c *catalog.Catalog, cfg *config.Config, oneLang, allowUnsuitable bool) ([]batch.Job, []Skipped, error) {
	langs := role.Languages()
	if oneLang {
		langs = []string{cfg.Values.Lang}
	}
	var jobs []batch.Job
	var skipped []Skipped
	res := posting.Resolver{Catalog: c}
	for _, id := range c.IDs() {
		ro, err := c.Role(id)
		if err != nil {
			ro = &role.Role{ID: id} // broken: its job says why
		}
		own, ps := cfg.ApplyFor(ro)
		if len(ps) > 0 {
			return nil, nil, usage.Wrap(config.Err(ps))
		}
		if u := res.Unsuitable(id, own); u != nil && !allowUnsuitable {
			skipped = append(skipped, Skipped{Role: id, Size: u.Size, Reason: u.Msg})
			continue
		}
		if err == nil && !ro.HiredAt(own.Seniority) {
			skipped = append(skipped, Skipped{Role: id, Seniority: own.Seniority,
				Reason: fmt.Sprintf("%s is hired at %s only", id, strings.Join(ro.SenioritiesHired(), ", "))})
			continue
		}
		for _, lang := range langs {
			v := own
			v.Lang = lang // undated: dated by the manifest, else today
			jobs = append(jobs, batch.Job{Name: id + "." + lang, Role: id, Values: v, At: finding.Location{File: id + " (" + lang + ")"}})
		}
	}
	return jobs, skipped, nil
}

// checkRoles refuses a values file's roles section that names a role the
// catalogue does not have.
func checkRoles(cfg *config.Config, c *catalog.Catalog) error {
	return usage.Wrap(cfg.CheckRoles(c.Known()))
}

// warnings are the run's warnings as findings.
func warnings(config []finding.Finding, values string) []finding.Finding {
	out := slices.Clone(config)
	if values != "" {
		out = append(out, finding.Finding{Rule: "values", Severity: finding.Warning, Message: values})
	}
	return out
}

// dirName is the folder of path as the user typed it: "missing/".
func dirName(path string) string {
	dir, _ := filepath.Split(path)
	return dir
}
