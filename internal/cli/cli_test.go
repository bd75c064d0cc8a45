package cli

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/internal/usage"
	"github.com/jobdesc/jobdesc/roles"
	"github.com/jobdesc/jobdesc/templates"
)

// testFactory is a Factory over buffers in a clean environment (see env),
// working in a folder of its own.
func testFactory(t *testing.T, extra ...string) (f *Factory, out, errOut *bytes.Buffer) {
	t.Helper()
	e := env(t, extra...)
	ios, _, out, errOut := term.Test(e)
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return &Factory{IO: ios, Env: action.Env{
		WorkDir:   wd,
		ConfigDir: filepath.Join(e["HOME"], ".config"),
		Getenv:    ios.Getenv,
		Now:       func() time.Time { return time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC) },
		Roles:     roles.FS(),
		Templates: templates.FS(),
		StateDir:  filepath.Join(e["HOME"], ".local", "state", "jobdesc"),
		Version:   "test",
	}}, out, errOut
}

// env is a clean environment for a command: no locale, no color opt-out,
// a fixed date, a home of its own.
func env(t *testing.T, extra ...string) map[string]string {
	t.Helper()
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	t.Setenv("XDG_STATE_HOME", filepath.Join(home, ".local", "state"))
	t.Chdir(t.TempDir())
	m := map[string]string{"SOURCE_DATE_EPOCH": "1795132800", "HOME": home}
	for i := 0; i+1 < len(extra); i += 2 {
		m[extra[i]] = extra[i+1]
	}
	return m
}

func TestRunRenderToStdout(t *testing.T) {
	f, out, errOut := testFactory(t)
	o := &RenderOptions{IO: f.IO, Env: &f.Env, Role: "community-manager", Values: valueOptions{Lang: "fr"}}
	if err := runRender(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "# Community manager\n") || !strings.Contains(out.String(), "## Vos missions") {
		t.Errorf("stdout:\n%s", out)
	}
	if errOut.Len() != 0 {
		t.Errorf("stderr: %s", errOut)
	}
}

func TestRunRenderToFile(t *testing.T) {
	f, out, _ := testFactory(t)
	o := &RenderOptions{IO: f.IO, Env: &f.Env, Role: "webmaster", Output: "w.md"}
	if err := runRender(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	if out.Len() != 0 {
		t.Error("a posting written to a file also went to stdout")
	}
	// jobdesc wrote w.md: it replaces it without --force.
	o.Role = "social-media-manager"
	if err := runRender(context.Background(), o); err != nil {
		t.Fatalf("replacing its own file: %v", err)
	}
	data, _ := os.ReadFile("w.md")
	if !strings.HasPrefix(string(data), "# Social Media Manager") {
		t.Error("jobdesc did not replace the file it wrote")
	}
	// A file it did not write needs --force.
	os.WriteFile("mine.md", []byte("my notes\n"), 0o644)
	o.Output = "mine.md"
	err := runRender(context.Background(), o)
	if err == nil || !strings.Contains(err.Error(), "mine.md exists and was not written by jobdesc") || ExitCode(err) != ExitFailure {
		t.Fatalf("got %v", err)
	}
	if data, _ := os.ReadFile("mine.md"); string(data) != "my notes\n" {
		t.Error("the existing file was replaced without --force")
	}
	o.Force = true
	if err := runRender(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	data, _ = os.ReadFile("mine.md")
	if !strings.HasPrefix(string(data), "# Social Media Manager") {
		t.Error("--force did not replace the file")
	}
}

func TestRunRenderErrors(t *testing.T) {
	tests := []struct {
		name string
		o    RenderOptions
		want string
		code int
	}{
		{"unknown role", RenderOptions{Role: "comunity-manager"}, `unknown role "comunity-manager"; did you mean "community-manager"?`, ExitUsage},
		{"path-like id", RenderOptions{Role: "../etc/passwd"}, `invalid role id "../etc/passwd"`, ExitUsage},
		{"no role", RenderOptions{}, "name a role, or pass --all or --batch FILE", ExitUsage},
		{"missing roles dir", RenderOptions{Role: "webmaster", Catalog: catalogOptions{RolesDirs: []string{"nowhere"}}}, `roles folder nowhere not found; check the --roles-dir path`, ExitUsage},
		{"bad set", RenderOptions{Role: "webmaster", Values: valueOptions{Sets: []string{"nope"}}}, `invalid --set "nope"`, ExitUsage},
		{"bad lang", RenderOptions{Role: "webmaster", Values: valueOptions{Sets: []string{"lang=de"}}}, `--set lang: invalid lang "de": use one of fr, en`, ExitUsage},
		{"missing template", RenderOptions{Role: "webmaster", Values: valueOptions{Template: "no.tmpl"}}, "template no.tmpl not found; check the --template path", ExitUsage},
		{"missing values file", RenderOptions{Role: "webmaster", Values: valueOptions{Files: []string{"no.yaml"}}}, "values file no.yaml not found; check the -f path", ExitUsage},
		{"missing config", RenderOptions{Role: "webmaster", Values: valueOptions{ConfigFile: "no.yaml"}}, "config file no.yaml not found; check the --config path", ExitUsage},
		{"missing batch", RenderOptions{Batch: "no.yaml", Output: "out"}, "batch file no.yaml not found; check the --batch path", ExitUsage},
		{"bad contract from --set", RenderOptions{Role: "webmaster", Values: valueOptions{Sets: []string{"contract.type=gig"}}}, `--set contract.type: invalid contract.type "gig"`, ExitUsage},
		{"bad contract from a flag", RenderOptions{Role: "webmaster", Values: valueOptions{Contract: "gig"}}, `--contract: invalid contract.type "gig"`, ExitUsage},
		{"bad contract from a file", RenderOptions{Role: "webmaster", Values: valueOptions{Files: []string{"gig.yaml"}}}, `gig.yaml:1:18: invalid contract.type "gig"`, ExitUsage},
		{"empty lang flag", RenderOptions{Role: "webmaster", Values: valueOptions{set: map[string]bool{"lang": true}}}, `--lang: invalid lang ""`, ExitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, out, _ := testFactory(t)
			os.WriteFile("gig.yaml", []byte("contract: {type: gig}\n"), 0o644)
			tt.o.IO, tt.o.Env = f.IO, &f.Env
			err := withHint(nil, runRender(context.Background(), &tt.o))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) || ExitCode(err) != tt.code {
				t.Errorf("got %v (exit %d), want %s… (exit %d)", err, ExitCode(err), tt.want, tt.code)
			}
			if out.Len() != 0 {
				t.Errorf("stdout not empty on error: %q", out)
			}
		})
	}
}

func TestRunListTable(t *testing.T) {
	f, out, _ := testFactory(t)
	ios := f.IO
	ios.SetTTY(true, true, 100)
	if err := runList(&ListOptions{IO: ios, Env: &f.Env, Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 11 || !strings.HasPrefix(lines[0], "ID ") {
		t.Fatalf("table:\n%s", out)
	}
	col := strings.Index(lines[0], "TITLE")
	for _, l := range lines[1:] {
		if l[col-1] != ' ' || l[col] == ' ' {
			t.Errorf("column TITLE not aligned in %q", l)
		}
	}
}

func TestRunListJSON(t *testing.T) {
	f, out, _ := testFactory(t)
	ios := f.IO
	if err := runList(&ListOptions{IO: ios, Env: &f.Env, JSON: true, Family: "community"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"id": "community-manager"`) || strings.Contains(out.String(), `"id": "webmaster"`) {
		t.Errorf("json:\n%s", out)
	}
}

func TestRunPreviewPlainWhenPiped(t *testing.T) {
	for _, color := range []string{"auto", "never"} {
		f, out, _ := testFactory(t)
		ios := f.IO
		if err := runPreview(context.Background(), &PreviewOptions{IO: ios, Env: &f.Env, Role: "webmaster", Display: displayOptions{Color: color}}); err != nil {
			t.Fatal(err)
		}
		got := out.String()
		if strings.Contains(got, "\x1b") || !strings.HasPrefix(got, "WEBSITE MANAGER\n") {
			t.Errorf("--color %s piped: escape codes or no posting:\n%q", color, got[:200])
		}
		// The text format: no Markdown markers, no padding.
		for _, marker := range []string{"**", "## ", "<https", "\\"} {
			if strings.Contains(got, marker) {
				t.Errorf("--color %s piped: Markdown marker %q", color, marker)
			}
		}
		for i, line := range strings.Split(got, "\n") {
			if strings.TrimRight(line, " ") != line {
				t.Errorf("--color %s piped: line %d has trailing spaces", color, i+1)
			}
		}
	}
}

// ansi matches the escape sequences of a styled preview.
var ansi = regexp.MustCompile(`\x1b\[[0-9;]*m`)

func TestRunPreviewWidthAndStyle(t *testing.T) {
	f, out, _ := testFactory(t, "PAGER", "cat")
	ios := f.IO
	ios.SetTTY(true, true, 200)
	os.WriteFile("jobdesc.yaml", []byte("preview:\n  style: light\n"), 0o644)
	defer os.Remove("jobdesc.yaml")
	if err := runPreview(context.Background(), &PreviewOptions{IO: ios, Env: &f.Env, Role: "webmaster", Display: displayOptions{Color: "always"}}); err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(ansi.ReplaceAllString(out.String(), ""), "\n") {
		if n := len([]rune(line)); n > maxPreviewWidth {
			t.Errorf("line %d is %d columns on a 200-column terminal", i+1, n)
		}
	}
	if !strings.Contains(out.String(), "\x1b[") {
		t.Error("no color with --color always")
	}
	os.WriteFile("jobdesc.yaml", []byte("preview:\n  style: sepia\n"), 0o644)
	err := runPreview(context.Background(), &PreviewOptions{IO: ios, Env: &f.Env, Role: "webmaster", Display: displayOptions{Color: "always"}})
	if err == nil || !strings.Contains(err.Error(), `invalid preview.style "sepia": use one of dark, light, notty`) {
		t.Errorf("bad preview.style: %v", err)
	}
}

func TestRunPreviewColorOnATerminal(t *testing.T) {
	f, out, _ := testFactory(t, "PAGER", "cat")
	ios := f.IO
	ios.SetTTY(true, true, 80)
	if err := runPreview(context.Background(), &PreviewOptions{IO: ios, Env: &f.Env, Role: "webmaster", Display: displayOptions{Color: "auto", Style: "light"}}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "\x1b[") {
		t.Error("no color on a terminal")
	}
	f, out, _ = testFactory(t, "PAGER", "cat", "NO_COLOR", "1")
	ios = f.IO
	ios.SetTTY(true, true, 80)
	if err := runPreview(context.Background(), &PreviewOptions{IO: ios, Env: &f.Env, Role: "webmaster", Display: displayOptions{Color: "auto"}}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "\x1b") {
		t.Error("NO_COLOR did not turn color off")
	}
}

func TestRunInit(t *testing.T) {
	f, _, errOut := testFactory(t)
	ios := f.IO
	if err := runInit(&InitOptions{IO: ios, Env: &f.Env}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(errOut.String(), "wrote jobdesc.yaml") {
		t.Errorf("stderr: %s", errOut)
	}
	// What init writes loads as a config.
	o := &RenderOptions{IO: ios, Env: &f.Env, Role: "webmaster"}
	if err := runRender(context.Background(), o); err != nil {
		t.Fatalf("the written jobdesc.yaml does not load: %v", err)
	}
	before, _ := os.ReadFile("jobdesc.yaml")
	os.WriteFile("jobdesc.yaml", append(before, []byte("# mine\n")...), 0o644)
	err := runInit(&InitOptions{IO: ios, Env: &f.Env})
	if err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("got %v", err)
	}
	after, _ := os.ReadFile("jobdesc.yaml")
	if !strings.HasSuffix(string(after), "# mine\n") {
		t.Error("init replaced an existing jobdesc.yaml")
	}
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{nil, ExitOK},
		{errors.New("boom"), ExitFailure},
		{usage.Errorf("bad"), ExitUsage},
		{term.BadValue("color", "x", nil), ExitUsage},
	}
	for _, tt := range tests {
		if got := ExitCode(tt.err); got != tt.want {
			t.Errorf("ExitCode(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}

type fullDisk struct{}

func (fullDisk) Write([]byte) (int, error) {
	return 0, &os.PathError{Op: "write", Path: "/dev/stdout", Err: errors.New("no space left on device")}
}

// TestFailedWriteFails: a command whose output cannot be written (stdout
// on a full disk) exits 1 and says so, even when it ignored the error.
func TestFailedWriteFails(t *testing.T) {
	for _, args := range [][]string{{"list"}, {"list", "--json"}, {"render", "webmaster"}, {"--help"}} {
		f, _, errOut := testFactory(t)
		ios := f.IO
		ios.Out = fullDisk{}
		if code := Run(args, ios); code != ExitFailure {
			t.Errorf("%v: exit %d, want %d", args, code, ExitFailure)
		}
		if !strings.Contains(errOut.String(), "no space left on device") {
			t.Errorf("%v: stderr %q", args, errOut)
		}
	}
}

// A signal ends the command's context: the batch stops, says what it did
// in one line, and the exit code is 128 plus the signal's number.
func TestInterruptedBatch(t *testing.T) {
	for sig, code := range map[syscall.Signal]int{syscall.SIGINT: 130, syscall.SIGTERM: 143} {
		f, _, errOut := testFactory(t)
		ctx, cancel := context.WithCancelCause(context.Background())
		cancel(&InterruptedError{Signal: sig})
		err := runRender(ctx, &RenderOptions{IO: f.IO, Env: &f.Env, All: true, Output: "out"})
		// the notice of the roles not hired at the run's seniority may come first
		if ExitCode(err) != code || !strings.HasSuffix(errOut.String(), "\ninterrupted: 0 written, 0 partial\n") && errOut.String() != "interrupted: 0 written, 0 partial\n" {
			t.Errorf("%v: exit %d, stderr %q", sig, ExitCode(err), errOut)
		}
	}
}

// TestNewlineInFlagValue: a line break in a one-line value is refused,
// naming the key, before it can break the posting's structure.
func TestNewlineInFlagValue(t *testing.T) {
	f, out, errOut := testFactory(t)
	ios := f.IO
	if code := Run([]string{"render", "webmaster", "--city", "Lyon\n\n    rm -rf /"}, ios); code != ExitUsage {
		t.Errorf("exit %d, want %d", code, ExitUsage)
	}
	if want := "jobdesc: --city: line break in location.city: it is a one-line value; write it on one line\n"; errOut.String() != want || out.Len() != 0 {
		t.Errorf("stderr %q, stdout %q", errOut, out)
	}
}

func TestCount(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 2624: "2,624", 1000000: "1,000,000"} {
		if got := count(n); got != want {
			t.Errorf("count(%d) = %q", n, got)
		}
	}
}
