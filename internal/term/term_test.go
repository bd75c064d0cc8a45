package term

import (
	"bytes"
	"errors"
	"fmt"
	"syscall"
	"testing"
)

func TestColorEnabled(t *testing.T) {
	tests := []struct {
		tty  bool
		env  map[string]string
		mode string
		want bool
	}{
		{true, nil, "auto", true},
		{false, nil, "auto", false},
		{true, map[string]string{"NO_COLOR": "1"}, "auto", false},
		{true, map[string]string{"NO_COLOR": ""}, "auto", true},
		{true, map[string]string{"TERM": "dumb"}, "auto", false},
		{true, nil, "never", false},
		{false, nil, "always", true},
		{false, map[string]string{"NO_COLOR": "1"}, "always", true},
	}
	for _, tt := range tests {
		ios, _, _, _ := Test(tt.env)
		ios.SetTTY(tt.tty, tt.tty, 80)
		got, err := ios.ColorEnabled(tt.mode)
		if err != nil || got != tt.want {
			t.Errorf("tty=%v env=%v --color %s: %v %v, want %v", tt.tty, tt.env, tt.mode, got, err, tt.want)
		}
	}
	ios, _, _, _ := Test(nil)
	if _, err := ios.ColorEnabled("sometimes"); err == nil || err.Error() != `invalid --color "sometimes": use one of auto, always, never` {
		t.Errorf("got %v", err)
	}
}

func TestStyle(t *testing.T) {
	tests := []struct {
		flag, env string
		color     bool
		want      string
	}{
		{"", "", true, "dark"},
		{"", "light", true, "light"},
		{"dark", "light", true, "dark"},
		{"light", "", false, "notty"},
		{"", "auto", true, "dark"},
	}
	for _, tt := range tests {
		ios, _, _, _ := Test(map[string]string{"GLAMOUR_STYLE": tt.env})
		got, err := ios.Style(tt.flag, tt.color)
		if err != nil || got != tt.want {
			t.Errorf("Style(%q) with GLAMOUR_STYLE=%q color=%v: %q %v, want %q", tt.flag, tt.env, tt.color, got, err, tt.want)
		}
	}
	ios, _, _, _ := Test(map[string]string{"GLAMOUR_STYLE": "/tmp/evil.json"})
	if _, err := ios.Style("", true); err == nil {
		t.Error("a style path from the environment was accepted")
	}
}

func TestWidth(t *testing.T) {
	ios, _, _, _ := Test(map[string]string{"COLUMNS": "120"})
	if w := ios.Width(); w != 120 {
		t.Errorf("width %d, want $COLUMNS", w)
	}
	ios, _, _, _ = Test(nil)
	if w := ios.Width(); w != 80 {
		t.Errorf("width %d, want 80", w)
	}
}

func TestPagerSkippedWhenNotATerminal(t *testing.T) {
	ios, _, out, _ := Test(map[string]string{"PAGER": "false"})
	if err := ios.StartPager(); err != nil {
		t.Fatal(err)
	}
	ios.Out.Write([]byte("x"))
	if err := ios.StopPager(); err != nil || out.String() != "x" {
		t.Errorf("output %q, err %v", out, err)
	}
}

// TestPagerQuitEarly: a pager that exits before reading everything (q on
// the first page) is a normal end, not a broken pipe.
func TestPagerQuitEarly(t *testing.T) {
	ios, _, _, _ := Test(map[string]string{"PAGER": "true", "TERM": "xterm"})
	ios.SetTTY(true, true, 80)
	if err := ios.StartPager(); err != nil {
		t.Fatal(err)
	}
	// More than a pipe holds, so the write meets the closed pager.
	_, err := ios.Out.Write(bytes.Repeat([]byte("line of a long posting\n"), 1<<16))
	if err != nil {
		t.Errorf("write to a quit pager: %v", err)
	}
	if err := ios.StopPager(); err != nil {
		t.Errorf("stop: %v", err)
	}
}

// TestNoPagerOnDumbTerminal: less on TERM=dumb complains and shows
// escapes; the output goes straight to the terminal instead.
func TestNoPagerOnDumbTerminal(t *testing.T) {
	for _, termName := range []string{"dumb", ""} {
		ios, _, out, _ := Test(map[string]string{"PAGER": "sh -c 'cat >/dev/null; echo paged'", "TERM": termName})
		ios.SetTTY(true, true, 80)
		if err := ios.StartPager(); err != nil {
			t.Fatal(err)
		}
		ios.Out.Write([]byte("posting\n"))
		if err := ios.StopPager(); err != nil || out.String() != "posting\n" {
			t.Errorf("TERM=%q: output %q, err %v", termName, out, err)
		}
	}
}

type fullDisk struct{}

func (fullDisk) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

func TestWriteError(t *testing.T) {
	ios, _, _, _ := Test(nil)
	ios.Out = fullDisk{}
	ios.TrackWrites()
	fmt.Fprintln(ios.Out, "lost")
	fmt.Fprintln(ios.Out, "lost too")
	if err := ios.WriteError(); !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("WriteError() = %v, want ENOSPC", err)
	}
}
