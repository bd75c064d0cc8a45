//go:build unix

package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jobdesc/jobdesc/internal/term"
)

// signalChild names the environment variable that makes the test binary
// run Main as the child of TestFirstSignalStopsALoopingTemplate.
const signalChild = "JOBDESC_TEST_SIGNAL_CHILD"

// signalReady names the variable giving the file the child makes once it
// holds SIGINT.
const signalReady = "JOBDESC_TEST_SIGNAL_READY"

// The first SIGINT ends the process with 130 even while a template loops
// without writing: the posting is left behind, not waited for until its
// time budget. The signals go to a child process running Main: sent to
// the test binary itself, one still in flight when the test stops
// listening would end the whole test run.
func TestFirstSignalStopsALoopingTemplate(t *testing.T) {
	if loop := os.Getenv(signalChild); loop != "" {
		signalChildMain(loop)
		return
	}
	home := t.TempDir()
	loop := filepath.Join(t.TempDir(), "loop.md.tmpl")
	if err := os.WriteFile(loop, []byte("{{range 1000000000}}{{range 1000000000}}{{end}}{{end}}"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestFirstSignalStopsALoopingTemplate$")
	cmd.Dir = t.TempDir()
	// The child makes this file once it holds SIGINT itself: a signal sent
	// before that would end it by the default action, which is not what is
	// tested (a slow start under the race detector and a busy machine).
	ready := filepath.Join(t.TempDir(), "ready")
	cmd.Env = []string{signalChild + "=" + loop, signalReady + "=" + ready, "HOME=" + home, "PATH=" + os.Getenv("PATH")}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	for {
		if _, err := os.Stat(ready); err == nil {
			break
		}
		select {
		case err := <-exited:
			t.Fatalf("child ended before it was ready: %v; stderr: %s", err, errOut.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	// Most often the template is looping by the first signal; a slower
	// start is stopped the same way.
	time.Sleep(300 * time.Millisecond)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-exited:
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 130 {
				t.Fatalf("child ended with %v, want exit 130; stderr: %s", err, errOut.String())
			}
			if strings.Contains(errOut.String(), "abandoned") {
				t.Errorf("the posting ran to its time budget: %s", errOut.String())
			}
			if !strings.Contains(out.String(), "stdout: 0 bytes") {
				t.Errorf("the posting was written: %s", out.String())
			}
			return
		case <-tick.C:
			if err := cmd.Process.Signal(syscall.SIGINT); err != nil && !errors.Is(err, os.ErrProcessDone) {
				t.Fatal(err)
			}
		}
	}
}

// signalChildMain runs Main on the looping template and exits with its
// code, telling the parent on stdout how much the posting wrote.
func signalChildMain(loop string) {
	// The child keeps SIGINT too, so a signal sent before Main listens is
	// not the end of it; the parent sends again until Main stops.
	mine := make(chan os.Signal, 16)
	signal.Notify(mine, os.Interrupt)
	if err := os.WriteFile(os.Getenv(signalReady), nil, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	home := os.Getenv("HOME")
	ios, _, out, errOut := term.Test(map[string]string{"SOURCE_DATE_EPOCH": "1795132800", "HOME": home,
		"XDG_CONFIG_HOME": filepath.Join(home, ".config"), "XDG_STATE_HOME": filepath.Join(home, ".state")})
	code := Main([]string{"render", "webmaster", "--template", loop}, ios)
	fmt.Printf("stdout: %d bytes\n", out.Len())
	os.Stderr.Write(errOut.Bytes())
	os.Exit(code)
}
