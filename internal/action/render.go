package action

import (
	"bytes"
	"context"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/fileread"
	"github.com/jobdesc/jobdesc/internal/lint"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/render"
	"github.com/jobdesc/jobdesc/internal/role"
)

// Output says how postings are written: a format, and a template file
// replacing that format's built-in one.
type Output struct {
	Format   string // "" for markdown
	Template string
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
			return nil, Usagef("--template does not apply to the %s format, which has no template", f.Name)
		}
		if err := e.Exists("--template", "template", out.Template); err != nil {
			return nil, err
		}
	}
	layers := []render.Layer{{Dir: "templates", FS: e.Templates}}
	if cfg.Templates != "" {
		layers = append(layers, render.Layer{Dir: cfg.Templates, FS: fileread.Dir(cfg.Templates)})
	}
	return render.New(render.Options{Format: name, Layers: layers, TemplateFile: out.Template, Version: e.Version})
}

// Posting is one posting to render.
type Posting struct {
	RolesDirs []string
	Values    Values
	Output    Output
	Role      string
	// Lint asks for the posting's error-level lint findings (Rendered.Errors).
	Lint bool
}

// Rendered is a rendered posting.
type Rendered struct {
	Data []byte
	// Warning is what the caller should tell the user about the values
	// ("" for nothing): the posting rendered, but may not say what they meant.
	Warning string
	// Errors are the posting's error-level lint findings, when asked.
	Errors []lint.Finding
	// ConfigWarnings are the config's Warnings, for stderr.
	ConfigWarnings []string
}

// Loaded is what rendering one posting needs.
type Loaded struct {
	Catalog  *catalog.Catalog
	Role     *role.Role
	Config   *config.Config
	Renderer *render.Renderer
}

// LoadPosting loads what role p.Role needs, the run's values and the
// format's template, in that order, so the first error is about the role.
func (e *Env) LoadPosting(p Posting) (*Loaded, error) {
	c, err := e.LoadRoles(p.RolesDirs, p.Role)
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
	rd, err := e.Renderer(cfg, p.Output)
	if err != nil {
		return nil, err
	}
	return &Loaded{Catalog: c, Role: r, Config: cfg, Renderer: rd}, nil
}

// resolver resolves the loaded role's postings in the renderer's words.
func (l *Loaded) resolver() *posting.Resolver {
	return &posting.Resolver{Catalog: l.Catalog, Words: l.Renderer.Words()}
}

// Warning is what the user should hear about the values before the
// posting goes out ("" for nothing): the role does not exist at the
// company's size, say.
func (l *Loaded) Warning() string { return l.resolver().Warning(l.Role.ID, l.Config.Values) }

// RenderPosting loads what role p.Role needs, resolves the posting and
// renders it.
func (e *Env) RenderPosting(ctx context.Context, p Posting) (*Rendered, error) {
	l, err := e.LoadPosting(p)
	if err != nil {
		return nil, err
	}
	resolved, err := l.resolver().Resolve(p.Role, l.Config.Values)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := l.Renderer.Render(ctx, &buf, resolved); err != nil {
		return nil, err
	}
	r := &Rendered{Data: buf.Bytes(), Warning: l.Warning(), ConfigWarnings: l.Config.Warnings}
	if p.Lint {
		if r.Errors, err = e.PostingErrors(ctx, l, resolved); err != nil {
			return nil, err
		}
	}
	return r, nil
}
