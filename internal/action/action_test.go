package action

import (
	"context"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/lint"
	"github.com/jobdesc/jobdesc/roles"
	"github.com/jobdesc/jobdesc/templates"
)

// fakeEnv is an Env that reads nothing of the process: an environment of
// its own, a fixed clock, a working and a state folder in a temporary one.
func fakeEnv(t testing.TB) *Env {
	t.Helper()
	dir := t.TempDir()
	vars := map[string]string{"HOME": dir, "SOURCE_DATE_EPOCH": "1795132800"}
	return &Env{
		WorkDir:   dir,
		ConfigDir: filepath.Join(dir, "config"),
		Getenv:    func(k string) string { return vars[k] },
		Now:       func() time.Time { return time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC) },
		Roles:     roles.FS(),
		Templates: templates.FS(),
		StateDir:  filepath.Join(dir, "state"),
		Version:   "test",
	}
}

func TestRender(t *testing.T) {
	for name, tt := range map[string]struct {
		req Render
		// before runs in the output folder first.
		before  func(t *testing.T, dir string)
		wantErr func(error) bool
		check   func(t *testing.T, dir string, res *RenderResult)
	}{
		"one role to bytes": {
			req: Render{Role: "webmaster", Values: ValueSources{Flags: map[string]string{"lang": "en"}}},
			check: func(t *testing.T, dir string, res *RenderResult) {
				if !strings.HasPrefix(string(res.Data), "# Website Manager\n") {
					t.Errorf("data: %.40q", res.Data)
				}
			},
		},
		"one role to a file, then again": {
			req: Render{Role: "webmaster", To: "w.md"},
			before: func(t *testing.T, dir string) {
				run(t, Render{Role: "community-manager", To: filepath.Join(dir, "w.md")})
			},
			check: func(t *testing.T, dir string, res *RenderResult) {
				if res.Data != nil {
					t.Error("a posting written to a file was also returned")
				}
				if b, _ := os.ReadFile(filepath.Join(dir, "w.md")); !strings.Contains(string(b), "Website Manager") {
					t.Errorf("w.md: %.40q", b)
				}
				if _, err := os.Stat(filepath.Join(dir, ".jobdesc-manifest.json")); err == nil {
					t.Error("a manifest was left beside the file")
				}
			},
		},
		"a file jobdesc did not write": {
			req:     Render{Role: "webmaster", To: "w.md"},
			before:  func(t *testing.T, dir string) { write(t, filepath.Join(dir, "w.md"), "mine") },
			wantErr: notOwned,
			check: func(t *testing.T, dir string, _ *RenderResult) {
				if b, _ := os.ReadFile(filepath.Join(dir, "w.md")); string(b) != "mine" {
					t.Errorf("the user's file was replaced: %.40q", b)
				}
			},
		},
		"a file jobdesc wrote and the user edited": {
			req: Render{Role: "webmaster", To: "w.md"},
			before: func(t *testing.T, dir string) {
				run(t, Render{Role: "webmaster", To: filepath.Join(dir, "w.md")})
				write(t, filepath.Join(dir, "w.md"), "edited")
			},
			wantErr: changed,
		},
		"forced": {
			req:    Render{Role: "webmaster", To: "w.md", Force: true},
			before: func(t *testing.T, dir string) { write(t, filepath.Join(dir, "w.md"), "mine") },
		},
		"batch": {
			req: Render{Batch: "b.yaml", To: "out"},
			before: func(t *testing.T, dir string) {
				write(t, filepath.Join(dir, "b.yaml"), "postings:\n  - role: webmaster\n  - role: nope\n")
			},
			check: func(t *testing.T, dir string, res *RenderResult) {
				s := res.Batch
				if s == nil || s.Postings != 2 || s.Written != 1 || s.Failed != 1 || len(s.Errors) != 1 {
					t.Fatalf("summary: %+v", s)
				}
				if !strings.Contains(s.Errors[0].Error(), "b.yaml:3: posting 2: ") {
					t.Errorf("error not placed: %v", s.Errors[0])
				}
			},
		},
		"unknown role": {
			req:     Render{Role: "nope"},
			wantErr: func(err error) bool { return err != nil },
		},
	} {
		t.Run(name, func(t *testing.T) {
			env := fakeEnv(t)
			dir := env.WorkDir
			if tt.before != nil {
				tt.before(t, dir)
			}
			req := tt.req
			for _, p := range []*string{&req.To, &req.Batch} {
				if *p != "" {
					*p = filepath.Join(dir, *p)
				}
			}
			res, err := req.Run(context.Background(), env)
			switch {
			case tt.wantErr == nil && err != nil:
				t.Fatal(err)
			case tt.wantErr != nil && !tt.wantErr(err):
				t.Fatalf("error %v (%T), not the one wanted", err, err)
			}
			if tt.check != nil {
				tt.check(t, dir, res)
			}
		})
	}
}

func changed(err error) bool {
	var e *atomicfile.ChangedError
	return errors.As(err, &e)
}

func notOwned(err error) bool {
	var e *atomicfile.NotOwnedError
	return errors.As(err, &e)
}

// run renders req in a fresh environment sharing the state folder of the
// path's test: the same user, another process.
func run(t *testing.T, req Render) {
	t.Helper()
	env := fakeEnv(t)
	env.StateDir = filepath.Join(filepath.Dir(req.To), "state")
	if _, err := req.Run(context.Background(), env); err != nil {
		t.Fatal(err)
	}
}

func write(t testing.TB, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLintBatch(t *testing.T) {
	for name, tt := range map[string]struct {
		file, content string
		want          string // a finding, as text
	}{
		"csv cell":  {"p.csv", "role,name,salary.min,salary.currency\nwebmaster,a,lots,EUR\n", "p.csv:2:13: posting 1: salary.min: expected a number"},
		"yaml role": {"p.yaml", "postings:\n  - role: webmaster\n  - role: nope\n", "p.yaml:3:1: posting 2: unknown role"},
	} {
		t.Run(name, func(t *testing.T) {
			env := fakeEnv(t)
			path := filepath.Join(env.WorkDir, tt.file)
			write(t, path, tt.content)
			rep, err := env.Lint(context.Background(), LintRequest{Batch: path, Workers: 2})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range rep.Files {
				at := f.At()
				at.File = filepath.Base(at.File)
				got = append(got, at.String()+": "+f.Message)
				if f.File != path {
					t.Errorf("file %q, want %q", f.File, path)
				}
			}
			if len(got) != 1 || !strings.HasPrefix(got[0], tt.want) {
				t.Errorf("findings %q, want one starting %q", got, tt.want)
			}
		})
	}
}

// TestLintBatchFrenchVersion checks that a posting for a job in France in
// another language is not reported when the batch gives its French
// version, whether that version comes before or after it.
func TestLintBatchFrenchVersion(t *testing.T) {
	for name, tt := range map[string]struct {
		rows string
		want map[string]bool // result file -> reported by fr-language
	}{
		"french version after":  {"webmaster,en1,en,R1\nwebmaster,fr1,fr,R1\n", map[string]bool{"en1.md": false, "fr1.md": false}},
		"french version before": {"webmaster,fr1,fr,R1\nwebmaster,en1,en,R1\n", map[string]bool{"en1.md": false, "fr1.md": false}},
		"another reference":     {"webmaster,en1,en,R1\nwebmaster,fr1,fr,R2\n", map[string]bool{"en1.md": true, "fr1.md": false}},
		"no reference":          {"webmaster,en1,en,\nwebmaster,fr1,fr,\n", map[string]bool{"en1.md": true, "fr1.md": false}},
		"french entry broken":   {"webmaster,en1,en,R1\nnope,fr1,fr,R1\n", map[string]bool{"en1.md": true}},
		"two versions, one french": {"webmaster,en1,en,R1\nwebmaster,en2,en,R2\nwebmaster,fr2,fr,R2\n",
			map[string]bool{"en1.md": true, "en2.md": false, "fr2.md": false}},
	} {
		t.Run(name, func(t *testing.T) {
			env := fakeEnv(t)
			path := filepath.Join(env.WorkDir, "b.csv")
			write(t, path, "role,name,lang,reference,location.country\n"+strings.ReplaceAll(tt.rows, "\n", ",FR\n"))
			rep, err := env.Lint(context.Background(), LintRequest{Batch: path, Workers: 2})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, res := range rep.Results {
				got[res.File] = slices.ContainsFunc(res.Findings, func(f lint.Finding) bool { return f.Rule == "fr-language" })
			}
			if !maps.Equal(got, tt.want) {
				t.Errorf("reported by fr-language: %v, want %v", got, tt.want)
			}
		})
	}
}
