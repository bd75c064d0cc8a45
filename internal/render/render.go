// Package render turns postings into the formats people publish. Templates
// are files, parsed once, strict about missing keys; every text of the
// posting is escaped for the output format before a template sees it.
package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"reflect"
	"strings"
	"text/template"

	"github.com/jobdesc/jobdesc/internal/fileread"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/strictyaml"
)

// Names of the shipped template files.
const (
	MarkdownTemplate = "posting.md.tmpl"
	LabelsFile       = "labels.yaml"
)

// Layer is one folder of templates; a file in a later layer replaces the
// file of the same name in an earlier one.
type Layer struct {
	Dir string // how the folder is named in errors
	FS  fs.FS
}

// Options say where templates come from.
type Options struct {
	// Layers, lowest precedence first; the shipped templates come first.
	Layers []Layer
	// MarkdownFile, when set, is a template file that replaces
	// posting.md.tmpl whatever the layers say.
	MarkdownFile string
}

// Renderer renders postings with templates parsed once.
type Renderer struct {
	markdown    *template.Template
	labels      map[string]map[string]string
	fingerprint string
}

// Fingerprint identifies the templates and labels: equal fingerprints,
// equal output for equal postings.
func (r *Renderer) Fingerprint() string { return r.fingerprint }

// New reads and parses the templates and labels.
func New(opts Options) (*Renderer, error) {
	labelFile, labelData, err := lookup(opts.Layers, LabelsFile)
	if err != nil {
		return nil, err
	}
	doc, err := strictyaml.Parse(labelFile, labelData)
	if err != nil {
		return nil, err
	}
	r := &Renderer{}
	if _, err := strictyaml.Decode(labelFile, doc, &r.labels); err != nil {
		return nil, err
	}
	name, src, err := lookup(opts.Layers, MarkdownTemplate)
	if err != nil {
		return nil, err
	}
	if opts.MarkdownFile != "" {
		name = opts.MarkdownFile
		if src, err = fileread.Read(name, fileread.MaxSize); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("template %s not found; check the --template path", name)
			}
			return nil, err
		}
	}
	r.markdown, err = template.New(name).Option("missingkey=error").Funcs(funcs()).Parse(string(src))
	if err != nil {
		return nil, templateError(err)
	}
	sum := sha256.New()
	for _, part := range [][]byte{labelData, src} {
		fmt.Fprintf(sum, "%d\x00", len(part))
		sum.Write(part)
	}
	r.fingerprint = hex.EncodeToString(sum.Sum(nil))
	return r, nil
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

// funcs are the templates' functions: pure, no I/O.
func funcs() template.FuncMap {
	return template.FuncMap{
		"join":    strings.Join,
		"money":   posting.Money,
		"date":    posting.Date,
		"country": posting.Country,
		"nonempty": func(s ...string) []string {
			out := s[:0:0]
			for _, v := range s {
				if v != "" {
					out = append(out, v)
				}
			}
			return out
		},
		"dict": func(kv ...any) (map[string]any, error) {
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
		},
	}
}

// templateError drops text/template's "template: " prefix so the error
// reads file:line:col: message like every other.
func templateError(err error) error {
	return errors.New(strings.TrimPrefix(err.Error(), "template: "))
}

// view is what a template sees.
type view struct {
	L map[string]string
	P *posting.Posting
}

// Markdown writes the posting as Markdown. Nothing is written when the
// template fails.
func (r *Renderer) Markdown(w io.Writer, p *posting.Posting) error {
	return r.MarkdownEscaped(w, EscapeForMarkdown(p))
}

// Escaped is a posting whose every text is escaped for Markdown.
type Escaped struct{ p posting.Posting }

// EscapeForMarkdown escapes every text of the posting.
func EscapeForMarkdown(p *posting.Posting) *Escaped {
	return &Escaped{p: escapeStrings(*p)}
}

// With is the escaped posting for other values (see posting.With); only
// the values are escaped again.
func (e *Escaped) With(v posting.Values) *Escaped {
	return &Escaped{p: *e.p.With(escapeStrings(v))}
}

// MarkdownEscaped writes an escaped posting as Markdown.
func (r *Renderer) MarkdownEscaped(w io.Writer, e *Escaped) error {
	labels, ok := r.labels[e.p.Lang]
	if !ok {
		return fmt.Errorf("%s has no labels for language %q", LabelsFile, e.p.Lang)
	}
	var buf bytes.Buffer
	if err := r.markdown.Execute(&buf, view{L: labels, P: &e.p}); err != nil {
		return templateError(err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func escapeStrings[T any](v T) T {
	return mapStrings(reflect.ValueOf(v), EscapeMarkdown).Interface().(T)
}

// mapStrings returns a deep copy of v with f applied to every string, so
// no field of a posting can reach a template unescaped.
func mapStrings(v reflect.Value, f func(string) string) reflect.Value {
	switch v.Kind() {
	case reflect.String:
		return reflect.ValueOf(f(v.String())).Convert(v.Type())
	case reflect.Struct:
		out := reflect.New(v.Type()).Elem()
		out.Set(v)
		for i := 0; i < v.NumField(); i++ {
			if out.Field(i).CanSet() {
				out.Field(i).Set(mapStrings(v.Field(i), f))
			}
		}
		return out
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(mapStrings(v.Index(i), f))
		}
		return out
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Type().Elem())
		out.Elem().Set(mapStrings(v.Elem(), f))
		return out
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		iter := v.MapRange()
		for iter.Next() {
			out.SetMapIndex(iter.Key(), mapStrings(iter.Value(), f))
		}
		return out
	}
	return v
}
