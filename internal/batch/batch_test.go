package batch

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/render"
	"github.com/jobdesc/jobdesc/roles"
	"github.com/jobdesc/jobdesc/templates"
)

func runner(t testing.TB, dir string) *Runner {
	t.Helper()
	return formatRunner(t, dir, "markdown")
}

func formatRunner(t testing.TB, dir, format string) *Runner {
	t.Helper()
	c, err := catalog.Load(catalog.Layer{Dir: "roles", FS: roles.FS(), Shipped: true})
	if err != nil {
		t.Fatal(err)
	}
	r, err := render.New(render.Options{Format: format, Layers: []render.Layer{{Dir: "templates", FS: templates.FS()}}})
	if err != nil {
		t.Fatal(err)
	}
	return &Runner{Catalog: c, Renderer: r, Dir: dir}
}

func jobs(n int) []Job {
	roles := []string{"community-manager", "webmaster", "digital-manager", "content-curator"}
	cities := []string{"Lyon", "Paris", "Nantes", "Lille"}
	out := make([]Job, n)
	for i := range out {
		v := posting.Values{Lang: "fr", Seniority: "confirmed", Posted: "2026-11-20"}
		v.Company.Name = "Acme"
		v.Location.Country = "FR"
		v.Location.City = cities[i%4]
		out[i] = Job{Name: roles[i%4] + "-" + strings.Repeat("0", 0) + itoa(i+1), Role: roles[i%4], Values: v, Where: "posting " + itoa(i+1)}
	}
	return out
}

func itoa(i int) string { return strings.TrimLeft(strings.Repeat(" ", 0)+formatInt(i), " ") }

func formatInt(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return formatInt(i/10) + string(rune('0'+i%10))
}

func TestRunWritesOwnsAndSkips(t *testing.T) {
	dir := t.TempDir()
	r := runner(t, dir)
	js := jobs(8)
	s, err := r.Run(js)
	if err != nil || s.Written != 8 || s.Failed != 0 {
		t.Fatalf("first run: %+v %v", s, err)
	}
	before, _ := os.Stat(filepath.Join(dir, "webmaster-2.md"))

	// Same inputs: nothing rewritten.
	s, err = runner(t, dir).Run(jobs(8))
	if err != nil || s.Unchanged != 8 || s.Written != 0 {
		t.Fatalf("second run: %+v %v", s, err)
	}
	after, _ := os.Stat(filepath.Join(dir, "webmaster-2.md"))
	if !after.ModTime().Equal(before.ModTime()) {
		t.Error("an unchanged output was rewritten")
	}

	// A changed value rewrites only its file.
	js = jobs(8)
	js[1].Values.Location.City = "Brest"
	s, _ = runner(t, dir).Run(js)
	if s.Written != 1 || s.Unchanged != 7 {
		t.Errorf("changed run: %+v", s)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "webmaster-2.md"))
	if !strings.Contains(string(data), "Brest") {
		t.Error("the changed posting was not rewritten")
	}

	// A file the folder does not own is never replaced, and the others go on.
	os.WriteFile(filepath.Join(dir, "mine.md"), []byte("my notes"), 0o644)
	js = jobs(2)
	js[0].Name = "mine"
	s, _ = runner(t, dir).Run(js)
	if s.Failed != 1 || s.Written != 1 || !strings.Contains(s.Errors[0].Error(), "mine.md exists and was not written by jobdesc") {
		t.Errorf("foreign file: %+v", s)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "mine.md")); string(data) != "my notes" {
		t.Error("a foreign file was replaced")
	}
}

func TestRunReportsBadJobsAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	js := jobs(4)
	js[0].Role = "nope"
	js[1].Name = "../escape"
	js[3].Name = js[2].Name
	s, err := runner(t, dir).Run(js)
	if err != nil {
		t.Fatal(err)
	}
	if s.Failed != 3 || s.Written != 1 {
		t.Fatalf("%+v", s)
	}
	want := []string{`posting 1: unknown role "nope"`, `posting 2: invalid name "../escape"`, "posting 4: output digital-manager-3.md is also the output of posting 3"}
	for i, w := range want {
		if !strings.HasPrefix(s.Errors[i].Error(), w) {
			t.Errorf("error %d: %v, want %s…", i, s.Errors[i], w)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "..", "escape.md")); err == nil {
		t.Error("a name escaped the output folder")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

// benchFormats runs a batch benchmark for each format.
func benchFormats(b *testing.B, bench func(b *testing.B, format string)) {
	for _, f := range render.Formats() {
		b.Run(f.Name, func(b *testing.B) { bench(b, f.Name) })
	}
}

// BenchmarkBatch renders postings to files, four roles, one city each.
func BenchmarkBatch(b *testing.B) {
	benchFormats(b, func(b *testing.B, format string) {
		js := jobs(1000)
		b.ReportAllocs()
		for b.Loop() {
			b.StopTimer()
			dir := b.TempDir()
			r := formatRunner(b, dir, format)
			b.StartTimer()
			if s, err := r.Run(js); err != nil || s.Written != len(js) {
				b.Fatal(s, err)
			}
		}
		b.ReportMetric(float64(b.N*len(js))/b.Elapsed().Seconds(), "postings/s")
	})
}

// BenchmarkBatchCPU is the rendering side of a batch without the disk:
// merge, resolve (cached per role) and template, on one core.
func BenchmarkBatchCPU(b *testing.B) {
	benchFormats(b, func(b *testing.B, format string) {
		r := formatRunner(b, b.TempDir(), format)
		js := jobs(1000)
		w := worker{Runner: r, old: &loaded{manifest: manifest{Files: map[string]entry{}}}, cache: map[posting.Key]*posting.Base{}}
		b.ReportAllocs()
		for b.Loop() {
			for i := range js {
				p, err := w.resolve(&js[i])
				if err != nil {
					b.Fatal(err)
				}
				w.buf.Reset()
				if err := r.Renderer.Render(&w.buf, p); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.N*len(js))/b.Elapsed().Seconds(), "postings/s")
	})
}

func TestForceAdoptsAnIdenticalFile(t *testing.T) {
	dir := t.TempDir()
	js := jobs(1)
	if _, err := runner(t, dir).Run(js); err != nil {
		t.Fatal(err)
	}
	// Forget what the folder owned: the file is now the user's.
	os.Remove(filepath.Join(dir, ManifestName))
	if s, _ := runner(t, dir).Run(js); s.Failed != 1 {
		t.Fatalf("a file not in the manifest was not protected: %+v", s)
	}
	r := runner(t, dir)
	r.Force = true
	if s, _ := r.Run(js); s.Unchanged != 1 {
		t.Fatalf("--force over identical content: %+v", s)
	}
	if s, _ := runner(t, dir).Run(js); s.Unchanged != 1 {
		t.Fatalf("the file written under --force is not owned afterwards: %+v", s)
	}
}
