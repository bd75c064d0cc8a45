//go:build unix

package cli

import (
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jobdesc/jobdesc/internal/term"
)

// The first SIGINT ends the process with 130 even while a template loops
// without writing: the posting is left behind, not waited for until its
// time budget.
func TestFirstSignalStopsALoopingTemplate(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	t.Setenv("XDG_STATE_HOME", filepath.Join(home, ".state"))
	t.Chdir(t.TempDir())
	loop := filepath.Join(t.TempDir(), "loop.md.tmpl")
	if err := os.WriteFile(loop, []byte("{{range 1000000000}}{{range 1000000000}}{{end}}{{end}}"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The test keeps SIGINT too, so a signal sent before Main listens is
	// not the end of the test binary; it is sent again until Main stops.
	mine := make(chan os.Signal, 16)
	signal.Notify(mine, os.Interrupt)
	defer signal.Stop(mine)
	ios, _, out, errOut := term.Test(map[string]string{"SOURCE_DATE_EPOCH": "1795132800", "HOME": home})
	done := make(chan int, 1)
	go func() { done <- Main([]string{"render", "webmaster", "--template", loop}, ios) }()
	// Most often the template is looping by the first signal; a slower
	// start is stopped the same way.
	time.Sleep(300 * time.Millisecond)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case code := <-done:
			if code != 130 {
				t.Fatalf("exit %d, want 130; stderr: %s", code, errOut.String())
			}
			if strings.Contains(errOut.String(), "abandoned") {
				t.Errorf("the posting ran to its time budget: %s", errOut.String())
			}
			if out.Len() != 0 {
				t.Errorf("wrote %d bytes", out.Len())
			}
			return
		case <-tick.C:
			if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
				t.Fatal(err)
			}
		}
	}
}
