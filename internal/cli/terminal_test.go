package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A template's escape sequences (OSC 52 sets the clipboard, CSI 2J clears
// the screen) never reach a terminal; piped, the output is the template's.
func TestRenderTemplateEscapesOnATerminal(t *testing.T) {
	const payload = "\x1b]52;c;aGVsbG8=\a\x1b[2J\u009b2J"
	for _, tty := range []bool{true, false} {
		f, out, _ := testFactory(t)
		tmpl := filepath.Join(t.TempDir(), "evil.md.tmpl")
		if err := os.WriteFile(tmpl, []byte("# {{.Title}}\n"+payload+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		f.IO.SetTTY(tty, tty, 80)
		o := &RenderOptions{IO: f.IO, Env: &f.Env, Role: "webmaster", Values: valueOptions{Lang: "en", Template: tmpl}}
		if err := runRender(context.Background(), o); err != nil {
			t.Fatal(err)
		}
		got := out.String()
		switch {
		case tty && strings.ContainsAny(got, "\x1b\a\u009b"):
			t.Errorf("on a terminal, stdout carries escapes: %q", got)
		case tty && !strings.Contains(got, "# Website manager\n]52;c;aGVsbG8=[2J2J\n"):
			t.Errorf("on a terminal, stdout lost the text around the escapes: %q", got)
		case !tty && !strings.Contains(got, payload):
			t.Errorf("piped, stdout is not the template's output: %q", got)
		}
	}
}

// A file name that holds an escape sequence or a line break is printed
// escaped in the error lines of stderr.
func TestErrorLinesEscaped(t *testing.T) {
	f, _, errOut := testFactory(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "\x1b]2;pwned\a.yaml"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if code := RunFactory(context.Background(), f, []string{"list", "--roles-dir", dir}); code != ExitFailure {
		t.Errorf("exit code %d, want %d", code, ExitFailure)
	}
	if got := errOut.String(); strings.ContainsAny(got, "\x1b\a") || !strings.Contains(got, `/\x1b]2;pwned\a.yaml: file name is not a plain role id`) {
		t.Errorf("stderr: %q", got)
	}
}
