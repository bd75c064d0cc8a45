package batch

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/jobdesc/jobdesc/internal/finding"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/render"
	"github.com/jobdesc/jobdesc/internal/values"
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
	return &Runner{Catalog: c, Renderer: r, Dir: dir, Ext: r.Format().Ext}
}

var (
	testRoles  = []string{"community-manager", "webmaster", "social-recruiting-assistant", "content-curator"}
	testCities = []string{"Lyon", "Paris", "Nantes", "Lille"}
)

func job(i int) Job {
	v := values.Set{Lang: "fr", Seniority: "confirmed", Posted: "2026-11-20"}
	v.Company.Name = "Acme"
	v.Location.City = testCities[i%4]
	return Job{Name: fmt.Sprintf("%s-%d", testRoles[i%4], i+1), Role: testRoles[i%4], Values: v, At: finding.Location{Entry: i + 1}}
}

func jobs(n int) []Job {
	out := make([]Job, n)
	for i := range out {
		out[i] = job(i)
	}
	return out
}

// generated yields n jobs without holding them, as a file source does.
type generated struct{ i, n int }

func (g *generated) Len() int { return g.n }

func (g *generated) Next() (Job, error) {
	if g.i == g.n {
		return Job{}, io.EOF
	}
	g.i++
	return job(g.i - 1), nil
}

func runJobs(t testing.TB, r *Runner, js []Job) Summary {
	t.Helper()
	s, err := r.Run(context.Background(), Jobs(js))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestRunWritesOwnsAndSkips(t *testing.T) {
	dir := t.TempDir()
	if s := runJobs(t, runner(t, dir), jobs(8)); s.Written != 8 || s.Failed != 0 {
		t.Fatalf("first run: %+v", s)
	}
	before, _ := os.Stat(filepath.Join(dir, "webmaster-2.md"))

	// Same inputs: nothing rewritten.
	if s := runJobs(t, runner(t, dir), jobs(8)); s.Unchanged != 8 || s.Written != 0 {
		t.Fatalf("second run: %+v", s)
	}
	after, _ := os.Stat(filepath.Join(dir, "webmaster-2.md"))
	if !after.ModTime().Equal(before.ModTime()) {
		t.Error("an unchanged output was rewritten")
	}

	// A changed value rewrites only its file.
	js := jobs(8)
	js[1].Values.Location.City = "Brest"
	if s := runJobs(t, runner(t, dir), js); s.Written != 1 || s.Unchanged != 7 {
		t.Errorf("changed run: %+v", s)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "webmaster-2.md"))
	if !strings.Contains(string(data), "Brest") {
		t.Error("the changed posting was not rewritten")
	}

	// An owned file edited by hand is someone's work: kept, and named,
	// until --force replaces it from its inputs.
	os.WriteFile(filepath.Join(dir, "webmaster-2.md"), []byte("edited"), 0o644)
	if s := runJobs(t, runner(t, dir), js); s.Failed != 1 || s.Kept != 0 || !strings.HasSuffix(s.Errors[0].Error(), "webmaster-2.md changed since jobdesc wrote it") {
		t.Errorf("edited run: %+v", s)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "webmaster-2.md")); string(data) != "edited" {
		t.Error("an edited file was replaced without --force")
	}
	forced := runner(t, dir)
	forced.Force = true
	if s := runJobs(t, forced, js); s.Written != 1 {
		t.Errorf("edited run with --force: %+v", s)
	}

	// A file the folder does not own is never replaced, and the others go on.
	os.WriteFile(filepath.Join(dir, "mine.md"), []byte("my notes"), 0o644)
	js = jobs(2)
	js[0].Name = "mine"
	s := runJobs(t, runner(t, dir), js)
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
	s := runJobs(t, runner(t, dir), js)
	if s.Failed != 3 || s.Written != 1 {
		t.Fatalf("%+v", s)
	}
	want := []string{`posting 1: unknown role "nope"`, `posting 2: invalid name "../escape"`, "posting 4: output social-recruiting-assistant-3.md is also the output of posting 3"}
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
		if strings.Contains(e.Name(), ".tmp-") || e.Name() == LockName || e.Name() == JournalName {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

func TestErrorsKeepTheFirstInBatchOrder(t *testing.T) {
	js := jobs(MaxErrors + 30)
	for i := range js {
		js[i].Role = "nope"
	}
	s := runJobs(t, runner(t, t.TempDir()), js)
	if s.Failed != len(js) || len(s.Errors) != MaxErrors {
		t.Fatalf("failed %d, kept %d", s.Failed, len(s.Errors))
	}
	for i, err := range s.Errors {
		if !strings.HasPrefix(err.Error(), fmt.Sprintf("posting %d:", i+1)) {
			t.Fatalf("error %d: %v", i, err)
		}
	}
}

func TestForceAdoptsAnIdenticalFile(t *testing.T) {
	dir := t.TempDir()
	js := jobs(1)
	runJobs(t, runner(t, dir), js)
	// Forget what the folder owned: the file is now the user's.
	os.Remove(filepath.Join(dir, ManifestName))
	if s := runJobs(t, runner(t, dir), js); s.Failed != 1 {
		t.Fatalf("a file not in the manifest was not protected: %+v", s)
	}
	r := runner(t, dir)
	r.Force = true
	if s := runJobs(t, r, js); s.Unchanged != 1 {
		t.Fatalf("--force over identical content: %+v", s)
	}
	if s := runJobs(t, runner(t, dir), js); s.Unchanged != 1 {
		t.Fatalf("the file written under --force is not owned afterwards: %+v", s)
	}
}

// Only regular files are ever replaced, --force or not.
func TestRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Symlink("/proc/self/fd/1", filepath.Join(dir, "link.md"))
	os.Mkdir(filepath.Join(dir, "dir.md"), 0o755)
	for _, force := range []bool{false, true} {
		js := []Job{job(0), job(1), job(2)}
		js[0].Name, js[1].Name, js[2].Name = "fifo", "link", "dir"
		r := runner(t, dir)
		r.Force = force
		s := runJobs(t, r, js)
		if s.Failed != 3 {
			t.Fatalf("force=%v: %+v", force, s)
		}
		for i, kind := range []string{"a named pipe", "a symbolic link", "a folder"} {
			if !strings.Contains(s.Errors[i].Error(), "is "+kind+", not a regular file") {
				t.Errorf("force=%v: %v", force, s.Errors[i])
			}
		}
	}
	if info, _ := os.Lstat(filepath.Join(dir, "link.md")); info.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced")
	}
}

// The manifest records content, not times: the same inputs give the same
// bytes, and a copy of the folder with new times is still recognised.
func TestManifestIsReproducible(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	runJobs(t, runner(t, a), jobs(12))
	runJobs(t, runner(t, b), jobs(12))
	ma, _ := os.ReadFile(filepath.Join(a, ManifestName))
	mb, _ := os.ReadFile(filepath.Join(b, ManifestName))
	if len(ma) == 0 || string(ma) != string(mb) {
		t.Fatalf("manifests differ:\n%s\n%s", ma, mb)
	}
	if strings.Contains(string(ma), "mtime") {
		t.Error("the manifest records times")
	}
	entries, _ := os.ReadDir(b)
	for _, e := range entries {
		os.Chtimes(filepath.Join(b, e.Name()), timeAt(1), timeAt(1))
	}
	if s := runJobs(t, runner(t, b), jobs(12)); s.Unchanged != 12 {
		t.Fatalf("after touching every file: %+v", s)
	}
	mb, _ = os.ReadFile(filepath.Join(b, ManifestName))
	if string(ma) != string(mb) {
		t.Error("the manifest changed after a run with nothing to do")
	}
}

// A run stopped by its context records what it wrote; the next run, without
// --force, owns those files and finishes the batch.
func TestInterruptedRunKeepsOwnership(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancelCause(context.Background())
	stopAt := &stopping{generated: generated{n: 400}, at: 50, cancel: func() { cancel(errors.New("interrupt")) }}
	r := runner(t, dir)
	s, err := r.Run(ctx, stopAt)
	if err == nil || err.Error() != "interrupt" || !s.Interrupted {
		t.Fatalf("interrupted run: %+v %v", s, err)
	}
	if s.Written < 1 || s.Written >= 400 || s.Partial != 0 {
		t.Fatalf("interrupted run wrote %d", s.Written)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != s.Written+1 {
		t.Errorf("%d entries for %d written and the manifest", len(entries), s.Written)
	}
	s, err = runner(t, dir).Run(context.Background(), &generated{n: 400})
	if err != nil || s.Failed != 0 || s.Written+s.Unchanged != 400 {
		t.Fatalf("re-run: %+v %v", s, err)
	}
}

type stopping struct {
	generated
	at     int
	cancel func()
}

func (s *stopping) Next() (Job, error) {
	if s.i == s.at {
		s.cancel()
	}
	return s.generated.Next()
}

// A process killed mid-run leaves a journal: the next run folds it in, and
// owns the files it lists that are on disk with the bytes it records.
func TestJournalOfAKilledRun(t *testing.T) {
	dir := t.TempDir()
	runJobs(t, runner(t, dir), jobs(3))
	os.Remove(filepath.Join(dir, ManifestName))
	l, err := openLedger(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "community-manager-1.md"))
	e := entry{Size: int64(len(data))}
	e.Sum = sha256.Sum256(data)
	l.intend("community-manager-1.md", e)
	l.intend("webmaster-2.md", entry{Size: 1}) // killed before the write
	l.journal.WriteString(`{"file":"social-recruiting-assistant-3.md","inp`)
	l.release() // killed: no commit

	s := runJobs(t, runner(t, dir), jobs(3))
	if s.Unchanged != 1 || s.Failed != 2 {
		t.Fatalf("%+v", s)
	}
	if _, err := os.Stat(filepath.Join(dir, JournalName)); err == nil {
		t.Error("the journal was not folded into the manifest")
	}
}

func TestSecondRunFailsAtOnce(t *testing.T) {
	dir := t.TempDir()
	first, err := openLedger(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	_, err = runner(t, dir).Run(context.Background(), Jobs(jobs(1)))
	var busy *BusyError
	want := fmt.Sprintf("%s/ is in use by another jobdesc run (pid %d)", dir, os.Getpid())
	if !errors.As(err, &busy) || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("got %v, want %s", err, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "community-manager-1.md")); err == nil {
		t.Error("the second run wrote")
	}
	first.commit()
	if s := runJobs(t, runner(t, dir), jobs(1)); s.Written != 1 {
		t.Fatalf("after the first run: %+v", s)
	}
	if _, err := os.Stat(filepath.Join(dir, LockName)); err == nil {
		t.Error("the lock file was left behind")
	}
}

func TestPrune(t *testing.T) {
	dir := t.TempDir()
	runJobs(t, runner(t, dir), jobs(3))
	if s := runJobs(t, runner(t, dir), jobs(2)); s.Stale != 1 || len(s.Pruned) != 0 {
		t.Fatalf("without --prune: %+v", s)
	}
	if _, err := os.Stat(filepath.Join(dir, "social-recruiting-assistant-3.md")); err != nil {
		t.Fatal("a stale file was removed without --prune")
	}
	os.WriteFile(filepath.Join(dir, "mine.md"), []byte("x"), 0o644)
	r := runner(t, dir)
	r.Prune = true
	s := runJobs(t, r, jobs(2))
	if len(s.Pruned) != 1 || s.Pruned[0] != filepath.Join(dir, "social-recruiting-assistant-3.md") {
		t.Fatalf("pruned %v", s.Pruned)
	}
	if _, err := os.Stat(filepath.Join(dir, "social-recruiting-assistant-3.md")); err == nil {
		t.Error("the stale file is still there")
	}
	if _, err := os.Stat(filepath.Join(dir, "mine.md")); err != nil {
		t.Error("--prune removed a file jobdesc did not write")
	}
	if s := runJobs(t, runner(t, dir), jobs(2)); s.Stale != 0 {
		t.Errorf("after pruning: %+v", s)
	}
}

func TestDamagedManifest(t *testing.T) {
	for name, content := range map[string]string{"not json": "{", "no files": `{"version": 2}`, "future": `{"version": 9, "files": {}}`} {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, ManifestName), []byte(content), 0o644)
		_, err := runner(t, dir).Run(context.Background(), Jobs(jobs(1)))
		if err == nil || !strings.Contains(err.Error(), "is damaged; remove it") {
			t.Errorf("%s: %v", name, err)
		}
	}
	// A manifest that is a link to a device or a FIFO is refused, not read.
	dir := t.TempDir()
	os.Symlink("/dev/zero", filepath.Join(dir, ManifestName))
	_, err := runner(t, dir).Run(context.Background(), Jobs(jobs(1)))
	if err == nil || !strings.Contains(err.Error(), "is a symbolic link, not a regular file") {
		t.Errorf("link to /dev/zero: %v", err)
	}
	dir = t.TempDir()
	syscall.Mkfifo(filepath.Join(dir, ManifestName), 0o644)
	_, err = runner(t, dir).Run(context.Background(), Jobs(jobs(1)))
	if err == nil || !strings.Contains(err.Error(), "not a regular file (a named pipe)") {
		t.Errorf("FIFO: %v", err)
	}
}

// A version 1 manifest (times, no content hash) still says what jobdesc owns.
func TestReadsVersion1Manifest(t *testing.T) {
	dir := t.TempDir()
	runJobs(t, runner(t, dir), jobs(2))
	os.WriteFile(filepath.Join(dir, ManifestName), []byte(`{"version": 1, "files": {"community-manager-1.md": {"input": "00", "size": 1, "mtime": 5}}}`), 0o644)
	if s := runJobs(t, runner(t, dir), jobs(2)); s.Failed != 1 || s.Unchanged != 1 {
		t.Fatalf("%+v", s)
	}
}

func BenchmarkBatch(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				r := runner(b, b.TempDir())
				b.StartTimer()
				s, err := r.Run(context.Background(), &generated{n: n})
				if err != nil || s.Written != n {
					b.Fatal(s, err)
				}
			}
			b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "postings/s")
		})
	}
}

// BenchmarkBatchCPU is the rendering side of a batch without the disk:
// merge, resolve (cached per role) and template, on one core, per format.
func BenchmarkBatchCPU(b *testing.B) {
	for _, f := range render.Formats() {
		b.Run(f.Name, func(b *testing.B) {
			r := formatRunner(b, b.TempDir(), f.Name)
			js := jobs(1000)
			w := worker{run: &run{Runner: r}, Resolver: Resolver{Catalog: r.Catalog, Renderer: r.Renderer}}
			b.ReportAllocs()
			for b.Loop() {
				for i := range js {
					w.inputHash(&js[i])
					p, err := w.Resolve(&js[i])
					if err != nil {
						b.Fatal(err)
					}
					w.buf.Reset()
					if err := r.Renderer.Render(context.Background(), &w.buf, p); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.N*len(js))/b.Elapsed().Seconds(), "postings/s")
		})
	}
}

func timeAt(sec int64) time.Time { return time.Unix(sec, 0) }

// manifestOf writes a manifest listing names, each with the hash and size
// of the bytes it says the file holds.
func manifestOf(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	var b strings.Builder
	b.WriteString(`{"version": 2, "files": {`)
	i := 0
	for name, data := range files {
		if i++; i > 1 {
			b.WriteString(",")
		}
		q, _ := json.Marshal(name)
		fmt.Fprintf(&b, "%s: {\"input\": \"%032x\", \"sha256\": \"%x\", \"size\": %d}", q, 0, sha256.Sum256(data), len(data))
	}
	b.WriteString("}}\n")
	if err := os.WriteFile(filepath.Join(dir, ManifestName), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A manifest travels with the folder: one that names a file outside it,
// even with that file's exact hash, is refused whole, and nothing is
// removed or written.
func TestTamperedManifest(t *testing.T) {
	precious := []byte("precious\n")
	cases := []struct {
		name  string
		entry func(base string) string // base holds out/, precious.txt, elsewhere/victim.txt
		why   string
	}{
		{"parent", func(string) string { return "../precious.txt" }, "leaves the folder"},
		{"long chain", func(base string) string {
			return strings.Repeat("../", 40) + strings.TrimPrefix(filepath.Join(base, "precious.txt"), "/")
		}, "leaves the folder"},
		{"through a subfolder", func(string) string { return "fr/../../precious.txt" }, "leaves the folder"},
		{"absolute", func(base string) string { return filepath.Join(base, "precious.txt") }, "is an absolute path"},
		{"not clean", func(string) string { return "./fr//x.md" }, "is not a clean path"},
		{"own file", func(string) string { return ManifestName }, "names one of jobdesc's own files"},
		{"linked subfolder", func(string) string { return "sub/victim.txt" }, `goes through "sub", a symbolic link`},
		{"link inside", func(string) string { return "inner/victim.txt" }, `goes through "inner", a symbolic link`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			base := t.TempDir()
			dir := filepath.Join(base, "out")
			os.MkdirAll(filepath.Join(dir, "real"), 0o755)
			os.MkdirAll(filepath.Join(base, "elsewhere"), 0o755)
			os.WriteFile(filepath.Join(base, "precious.txt"), precious, 0o644)
			os.WriteFile(filepath.Join(base, "elsewhere", "victim.txt"), precious, 0o644)
			os.WriteFile(filepath.Join(dir, "real", "victim.txt"), precious, 0o644)
			os.Symlink("../elsewhere", filepath.Join(dir, "sub"))
			os.Symlink("real", filepath.Join(dir, "inner"))
			entry := tc.entry(base)
			manifestOf(t, dir, map[string][]byte{entry: precious})
			r := runner(t, dir)
			r.Prune = true
			s, err := r.Run(context.Background(), Jobs(jobs(1)))
			want := filepath.Join(dir, ManifestName) + ": entry " + strconv.Quote(entry)[:min(len(strconv.Quote(entry)), 20)]
			if err == nil || !strings.HasPrefix(err.Error(), want) || !strings.Contains(err.Error(), tc.why) || !strings.Contains(err.Error(), "fix the entry or delete the file") {
				t.Fatalf("got %v, want %s… %s", err, want, tc.why)
			}
			if s.Written != 0 || len(s.Pruned) != 0 {
				t.Errorf("ran on an invalid manifest: %+v", s)
			}
			for _, p := range []string{filepath.Join(base, "precious.txt"), filepath.Join(base, "elsewhere", "victim.txt"), filepath.Join(dir, "real", "victim.txt")} {
				if data, err := os.ReadFile(p); err != nil || string(data) != string(precious) {
					t.Errorf("%s: %v", p, err)
				}
			}
		})
	}
}

// A long entry is quoted in at most 40 characters, escaped.
func TestTamperedManifestQuote(t *testing.T) {
	dir := t.TempDir()
	entry := "../\x1b]2;pwned\a" + strings.Repeat("x", 5000)
	manifestOf(t, dir, map[string][]byte{entry: nil})
	_, err := runner(t, dir).Run(context.Background(), Jobs(jobs(1)))
	if err == nil || strings.ContainsAny(err.Error(), "\x1b\a") || len(err.Error()) > 400 || !strings.Contains(err.Error(), `"../\x1b]2;pwned\axxxx`) {
		t.Fatalf("%q", err)
	}
}

// Entries in a real subfolder are the folder's, and prune removes them
// like any other.
func TestPruneInSubfolder(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "fr"), 0o755)
	data := []byte("old posting\n")
	os.WriteFile(filepath.Join(dir, "fr", "old.md"), data, 0o644)
	manifestOf(t, dir, map[string][]byte{"fr/old.md": data})
	r := runner(t, dir)
	r.Prune = true
	s := runJobs(t, r, jobs(1))
	if len(s.Pruned) != 1 || s.Pruned[0] != filepath.Join(dir, "fr", "old.md") {
		t.Fatalf("%+v", s)
	}
}

// Prune removes a stale file only while it holds the bytes jobdesc wrote:
// an edited one stays listed and is named, a FIFO is left alone, and
// --force changes neither.
func TestPruneLeavesWhatChanged(t *testing.T) {
	dir := t.TempDir()
	runJobs(t, runner(t, dir), jobs(4))
	edited := filepath.Join(dir, "social-recruiting-assistant-3.md")
	os.WriteFile(edited, []byte("my own version"), 0o644)
	fifo := filepath.Join(dir, "content-curator-4.md")
	os.Remove(fifo)
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, force := range []bool{true, false} {
		r := runner(t, dir)
		r.Prune, r.Force = true, force
		s := runJobs(t, r, jobs(2))
		if len(s.Pruned) != 0 || s.Stale != len(s.Left) {
			t.Fatalf("force %v: %+v", force, s)
		}
		if data, _ := os.ReadFile(edited); string(data) != "my own version" {
			t.Fatalf("force %v: an edited file was pruned", force)
		}
		if info, err := os.Lstat(fifo); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
			t.Fatalf("force %v: the FIFO was removed", force)
		}
		if !slices.Contains(s.Left, edited+": not removed, it changed since jobdesc wrote it") {
			t.Errorf("force %v: left %q", force, s.Left)
		}
	}
	// The FIFO was forgotten the first time; the edited file stays listed.
	r := runner(t, dir)
	r.Prune = true
	if s := runJobs(t, r, jobs(2)); len(s.Left) != 1 {
		t.Errorf("third run: %+v", s)
	}
}

// A posting that fails keeps the file it produced in an earlier run, with
// or without --prune, and says so.
func TestPruneKeepsTheFileOfAFailedPosting(t *testing.T) {
	dir := t.TempDir()
	runJobs(t, runner(t, dir), jobs(3))
	js := jobs(3)
	js[1].Err = errors.New(`salary.min: expected a number, got "lots"`) // found reading the batch
	js[2].Values.Lang = "xx"                                            // found rendering
	r := runner(t, dir)
	r.Prune = true
	s := runJobs(t, r, js)
	if s.Failed != 2 || s.Kept != 2 || len(s.Pruned) != 0 || s.Stale != 0 {
		t.Fatalf("%+v", s)
	}
	if want := `posting 2: salary.min: expected a number, got "lots"; ` + filepath.Join(dir, "webmaster-2.md") + " keeps its earlier version"; s.Errors[0].Error() != want {
		t.Errorf("got %v, want %s", s.Errors[0], want)
	}
	for _, name := range []string{"webmaster-2.md", "social-recruiting-assistant-3.md"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	// A posting that fails without a usable name could be any stale
	// file's: nothing is pruned.
	js = jobs(2)
	js[1].Name, js[1].Err = "", errors.New("the row has 3 cells and the header 4")
	s = runJobs(t, r, js)
	if len(s.Pruned) != 0 || s.Stale != 2 || s.NotPruned != "posting 2 failed without a usable file name" {
		t.Fatalf("%+v", s)
	}
}
