// Package render lays resolved postings out in the formats people publish.
// Each format is one small unit of the registry (Formats), under its name
// with its file extension; the text formats are templates a user can
// replace, and every format escapes the posting's texts for its own
// context at output time: Markdown in the Markdown template, html/template
// for HTML, encoding/json for JSON and JSON-LD.
package render

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jobdesc/jobdesc/internal/fileread"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/usage"
)

// LabelsFile is the shipped labels file, looked up like the templates.
const LabelsFile = "labels.yaml"

// Format is one output format.
type Format struct {
	Name string
	// Ext is the extension of the files it writes, with the dot.
	Ext string
	// Template is the file name of its template, "" for a format built
	// in Go only.
	Template string
	// describes says the format writes a JSON-LD JobPosting, whose
	// description has a template of its own (DescriptionFile).
	describes bool
	// build parses the template (name and source; none when Template is
	// "") and returns the function that writes a posting; d, for a format
	// that describes, writes its JobPostings.
	build func(name string, src []byte, d *describer) (writeFunc, error)
	// bounded, when set, says whether what build made of src (and of
	// desc, the description's template, for a format that describes) is
	// Go code or a shipped template, whose time is linear in the posting
	// (no template a user wrote): it then runs on the caller's goroutine,
	// without the time budget's goroutine and timer, which cost a batch
	// more than the writing.
	bounded func(src, desc []byte) bool
}

// writeFunc writes one posting to o.
type writeFunc func(o *output, p *posting.Posting) error

// Formats is the registry, in the order help texts list them.
func Formats() []Format {
	return []Format{markdownFormat(), htmlFormat(), jsonldFormat(), jsonFormat(), textFormat()}
}

// Names lists the formats' names.
func Names() []string {
	fs := Formats()
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.Name
	}
	return names
}

// Lookup returns the format of that name.
func Lookup(name string) (Format, error) {
	for _, f := range Formats() {
		if f.Name == name {
			return f, nil
		}
	}
	return Format{}, usage.Errorf("unknown format %q: use one of %s", name, strings.Join(Names(), ", "))
}

// ByExt returns the format whose files take the extension ext (".html"),
// without regard to case.
func ByExt(ext string) (Format, bool) {
	for _, f := range Formats() {
		if strings.EqualFold(f.Ext, ext) {
			return f, true
		}
	}
	return Format{}, false
}

// Exts lists the formats' extensions, as "markdown (.md)", for messages.
func Exts() []string {
	fs := Formats()
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Name + " (" + f.Ext + ")"
	}
	return out
}

// NoTemplateError is a template given for a format that has none.
type NoTemplateError struct{ Format string }

func (e *NoTemplateError) Error() string {
	return fmt.Sprintf("the %s format has no template; templates go with %s", e.Format, strings.Join(Templated(), ", "))
}

// Layer is one folder of templates; a file in a later layer replaces the
// file of the same name in an earlier one.
type Layer struct {
	Dir string // how the folder is named in errors
	FS  fs.FS
}

// Options say which format to build and where its files come from.
type Options struct {
	// Format is a registry name; "" is markdown.
	Format string
	// Layers, lowest precedence first; the shipped templates come first.
	Layers []Layer
	// TemplateFile, when set, is a file that replaces the format's
	// template whatever the layers say.
	TemplateFile string
	// Version is the program's version: a new build may write other
	// bytes, so it is part of the fingerprint.
	Version string
	// Labels is the shipped labels file decoded at build time, taken
	// while the labels file the layers give is still its bytes.
	Labels posting.DecodedLabels
	// MaxOutput and TimeBudget bound one posting (0: DefaultMaxOutput,
	// DefaultTimeBudget).
	MaxOutput  int
	TimeBudget time.Duration
	// NoJSONLD leaves the JSON-LD block out of HTML pages; without it, a
	// page lacking a property JSON-LD requires is refused.
	NoJSONLD bool
}

// The limits of one posting. A template is a program: {{range 1000000000}}
// would write gigabytes, two nested ranges would loop for hours. Past the
// output cap the template's next write fails, which stops a loop that
// writes; past the time budget the posting is abandoned and reported (a
// running template cannot be stopped: a loop that writes nothing goes on
// in the background until the process ends). A posting the shipped
// templates render is about 5 KB and takes a millisecond.
const (
	DefaultMaxOutput  = 4 << 20
	DefaultTimeBudget = 10 * time.Second
)

// Renderer writes postings in one format, its files read and parsed once.
type Renderer struct {
	format      Format
	template    string // the template's file name, "" for a format without one
	words       *posting.Words
	write       writeFunc
	fingerprint func() string // hashed when asked: only a batch's ledger asks
	maxOutput   int
	budget      time.Duration
	// inline runs the writer on the caller's goroutine: Format.bounded.
	inline bool
	// idle holds goroutines that ran a posting and wait for the next:
	// a template's stack grows while it runs, and a goroutine reused
	// keeps it grown instead of growing a new one for every posting.
	idle chan chan func()
	// outputs keeps the buffers of inline renders for the next ones: a
	// batch otherwise grew a new one, the posting's size, for each.
	outputs sync.Pool
}

// New reads the labels and the chosen format's template, and nothing else.
func New(opts Options) (*Renderer, error) {
	name := opts.Format
	if name == "" {
		name = "markdown"
	}
	f, err := Lookup(name)
	if err != nil {
		return nil, err
	}
	labelFile, labelData, err := lookup(opts.Layers, LabelsFile)
	if err != nil {
		return nil, err
	}
	words, err := posting.LabelsOf(labelFile, labelData, opts.Labels)
	if err != nil {
		return nil, err
	}
	var tmplName string
	var src []byte
	switch {
	case opts.TemplateFile != "" && f.Template == "":
		return nil, usage.Wrap(&NoTemplateError{Format: f.Name})
	case opts.TemplateFile != "":
		tmplName = opts.TemplateFile
		if src, err = fileread.Read(tmplName, fileread.MaxSize); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, usage.NotFound("template", tmplName)
			}
			return nil, err
		}
	case f.Template != "":
		if tmplName, src, err = lookup(opts.Layers, f.Template); err != nil {
			return nil, err
		}
	}
	var d *describer
	var descSrc []byte
	if f.describes {
		descName := tmplName
		if descSrc = src; f.Template != DescriptionFile {
			if descName, descSrc, err = lookup(opts.Layers, DescriptionFile); err != nil {
				return nil, err
			}
		}
		if d, err = newDescriber(descName, descSrc); err != nil {
			return nil, err
		}
		d.noJSONLD = opts.NoJSONLD
	}
	write, err := f.build(tmplName, src, d)
	if err != nil {
		return nil, err
	}
	parts := [][]byte{[]byte(f.Name), []byte(opts.Version), labelData, src, descSrc, []byte(fmt.Sprint(opts.NoJSONLD))}
	rd := &Renderer{idle: make(chan chan func(), 2*runtime.GOMAXPROCS(0)), format: f, template: tmplName, words: words, write: write, fingerprint: sync.OnceValue(func() string { return fingerprint(parts) }),
		maxOutput: cmp.Or(opts.MaxOutput, DefaultMaxOutput), budget: cmp.Or(opts.TimeBudget, DefaultTimeBudget)}
	if rd.template == "" {
		rd.template = f.Name + " format"
	}
	rd.inline = f.bounded != nil && f.bounded(src, descSrc)
	return rd, nil
}

// templated lists the formats that have a template.
// Templated names the formats written through a template.
func Templated() []string {
	var out []string
	for _, f := range Formats() {
		if f.Template != "" {
			out = append(out, f.Name)
		}
	}
	return out
}

// Format is the renderer's format.
func (r *Renderer) Format() Format { return r.format }

// Words are the labels postings must be resolved with for this renderer.
func (r *Renderer) Words() *posting.Words { return r.words }

// Fingerprint identifies the format, its template, the labels and the
// program version: equal fingerprints, equal output for equal postings.
func (r *Renderer) Fingerprint() string { return r.fingerprint() }

func fingerprint(parts [][]byte) string {
	sum := sha256.New()
	for _, part := range parts {
		fmt.Fprintf(sum, "%d\x00", len(part))
		sum.Write(part)
	}
	return hex.EncodeToString(sum.Sum(nil))
}

// Render writes the posting. Nothing is written when it fails: when the
// template writes more than the output cap, runs past the time budget, or
// ctx ends first (the error is then context.Cause(ctx)).
func (r *Renderer) Render(ctx context.Context, w io.Writer, p *posting.Posting) error {
	if r.inline {
		return r.renderInline(ctx, w, p)
	}
	o := &output{max: r.maxOutput}
	// The template runs on a goroutine of its own, which the caller
	// leaves behind when the budget or ctx ends first: text/template
	// cannot be interrupted, and a signal must end the process now.
	done := make(chan error, 1)
	r.start(func() { done <- r.write(o, p) })
	timer := time.NewTimer(r.budget)
	defer timer.Stop()
	var err error
	select {
	case err = <-done:
	case <-timer.C:
		o.stop.Store(true)
		return fmt.Errorf("%s: abandoned the posting after %s, the time limit for one posting; look for a {{range}} that does not end", r.template, r.budget)
	case <-ctx.Done():
		o.stop.Store(true)
		return context.Cause(ctx)
	}
	if errors.Is(err, errOutputLimit) {
		return fmt.Errorf("%s: the posting is over %s, the size limit for one posting; look for a {{range}} that does not end", r.template, mebibytes(r.maxOutput))
	}
	if err != nil {
		return err
	}
	_, err = w.Write(o.buf.Bytes())
	return err
}

// renderInline is Render for a bounded writer: it ends on its own, soon,
// so ctx is only looked at before it starts.
func (r *Renderer) renderInline(ctx context.Context, w io.Writer, p *posting.Posting) error {
	if ctx.Err() != nil {
		return context.Cause(ctx)
	}
	o, _ := r.outputs.Get().(*output)
	if o == nil {
		o = &output{max: r.maxOutput}
	}
	defer func() {
		o.buf.Reset()
		r.outputs.Put(o)
	}()
	err := r.write(o, p)
	if errors.Is(err, errOutputLimit) {
		return fmt.Errorf("%s: the posting is over %s, the size limit for one posting; look for a {{range}} that does not end", r.template, mebibytes(r.maxOutput))
	}
	if err != nil {
		return err
	}
	_, err = w.Write(o.buf.Bytes())
	return err
}

// start runs f on an idle goroutine of the renderer, or a new one. A
// goroutine whose posting was abandoned never comes back to idle.
func (r *Renderer) start(f func()) {
	select {
	case next := <-r.idle:
		next <- f
	default:
		go r.serve(make(chan func()), f)
	}
}

// serve runs f, then waits on next for another, while the renderer
// keeps few enough idle goroutines; past that it ends.
func (r *Renderer) serve(next chan func(), f func()) {
	for {
		f()
		select {
		case r.idle <- next:
		default:
			return
		}
		f = <-next
	}
}

// errOutputLimit is what a write past the output cap returns; the
// template stops there.
var errOutputLimit = errors.New("output limit reached")

// errAbandoned is what every write of an abandoned posting returns, so a
// loop that writes stops soon after the caller went on.
var errAbandoned = errors.New("posting abandoned")

// output is a posting's bytes, capped.
type output struct {
	buf  bytes.Buffer
	max  int
	stop atomic.Bool
}

func (o *output) Write(b []byte) (int, error) {
	if o.stop.Load() {
		return 0, errAbandoned
	}
	if o.buf.Len()+len(b) > o.max {
		return 0, errOutputLimit
	}
	return o.buf.Write(b)
}

// replace sets the output to b, which a format's last step made from it.
func (o *output) replace(b []byte) {
	o.buf.Reset()
	o.buf.Write(b)
}

// mebibytes writes a size as "4 MiB".
func mebibytes(n int) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// lookup returns the file of that name from the highest layer holding it.
func lookup(layers []Layer, name string) (string, []byte, error) {
	for i := len(layers) - 1; i >= 0; i-- {
		file := path.Join(layers[i].Dir, name)
		data, err := fileread.ReadFS(layers[i].FS, name, file, fileread.MaxSize)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return "", nil, err
		}
		return file, data, nil
	}
	return "", nil, fmt.Errorf("template %s not found", name)
}

// templateError drops the template packages' "template: " and "html/template:"
// prefixes so the error reads file:line:col: message like every other. A
// write that failed (text/template returns the writer's error as it is)
// is kept for Render to tell.
func templateError(err error) error {
	if errors.Is(err, errOutputLimit) || errors.Is(err, errAbandoned) {
		return err
	}
	msg := strings.TrimPrefix(err.Error(), "html/template:")
	return errors.New(strings.TrimPrefix(msg, "template: "))
}

// dict builds a map from key and value pairs, for passing several values
// to a template block.
func dict(kv ...any) (map[string]any, error) {
	if len(kv)%2 != 0 {
		return nil, errors.New("dict needs key and value pairs")
	}
	m := make(map[string]any, len(kv)/2)
	for i := 0; i < len(kv); i += 2 {
		k, ok := kv[i].(string)
		if !ok {
			return nil, fmt.Errorf("dict key %v is not a string", kv[i])
		}
		m[k] = kv[i+1]
	}
	return m, nil
}
