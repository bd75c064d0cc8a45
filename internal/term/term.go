// Package term owns the process's streams: where output goes, whether it is
// a terminal, how wide, whether to color it, and the pager.
package term

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"

	xterm "golang.org/x/term"

	"github.com/jobdesc/jobdesc/internal/usage"
)

// IO is the streams of one run. Commands write results to Out and
// progress, warnings and errors to ErrOut.
type IO struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// Getenv reads the environment; tests give their own.
	Getenv func(string) string
	// Environ lists the environment as NAME=value, as Getenv sees it.
	Environ func() []string

	outTTY, errTTY bool
	width          int      // 0: ask the terminal
	outFile        *os.File // stdout, when Out is the process's
	pager          *exec.Cmd
	realOut        io.Writer
	written        *errWriter
}

// System returns the IO of the process.
func System() *IO {
	return &IO{
		In:      os.Stdin,
		Out:     os.Stdout,
		ErrOut:  os.Stderr,
		Getenv:  os.Getenv,
		Environ: os.Environ,
		outFile: os.Stdout,
		outTTY:  isTerminal(os.Stdout),
		errTTY:  isTerminal(os.Stderr),
	}
}

// Test returns an IO over buffers, not a terminal, with an empty
// environment unless env is given.
func Test(env map[string]string) (*IO, *bytes.Buffer, *bytes.Buffer, *bytes.Buffer) {
	in, out, errOut := &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	environ := func() []string {
		var kv []string
		for k, v := range env {
			kv = append(kv, k+"="+v)
		}
		sort.Strings(kv)
		return kv
	}
	return &IO{In: in, Out: out, ErrOut: errOut, Getenv: func(k string) string { return env[k] }, Environ: environ}, in, out, errOut
}

func isTerminal(f *os.File) bool { return xterm.IsTerminal(int(f.Fd())) }

// SetTTY makes the IO behave as if stdout and stderr were terminals (or
// not), with the given width; for tests.
func (s *IO) SetTTY(out, errOut bool, width int) {
	s.outTTY, s.errTTY, s.width = out, errOut, width
}

// IsOutTTY reports whether results go to a terminal.
func (s *IO) IsOutTTY() bool { return s.outTTY }

// IsErrTTY reports whether progress goes to a terminal.
func (s *IO) IsErrTTY() bool { return s.errTTY }

// Width is the width to lay text out in: the terminal's, else $COLUMNS,
// else 80.
func (s *IO) Width() int {
	if s.width > 0 {
		return s.width
	}
	if f := s.outFile; f != nil && s.outTTY {
		if w, _, err := xterm.GetSize(int(f.Fd())); err == nil && w > 0 {
			return w
		}
	}
	if w, err := strconv.Atoi(s.Getenv("COLUMNS")); err == nil && w > 0 {
		return w
	}
	return 80
}

// Unicode reports whether the terminal can show characters beyond ASCII
// (level bars ●○, tree lines): its locale (LC_ALL, else LC_CTYPE, else
// LANG) names UTF-8. Output that is not a terminal is always UTF-8.
func (s *IO) Unicode() bool {
	if !s.outTTY {
		return true
	}
	for _, k := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if v := strings.ToLower(s.Getenv(k)); v != "" {
			return strings.Contains(v, "utf-8") || strings.Contains(v, "utf8")
		}
	}
	return false
}

// Color modes of --color.
const (
	ColorAuto   = "auto"
	ColorAlways = "always"
	ColorNever  = "never"
)

// ColorModes are the values of --color, the default first.
func ColorModes() []string { return []string{ColorAuto, ColorAlways, ColorNever} }

// ColorEnabled decides whether output may carry escape codes. NO_COLOR
// (any non-empty value) wins over everything but --color always.
func (s *IO) ColorEnabled(mode string) (bool, error) {
	switch mode {
	case ColorAlways:
		return true, nil
	case ColorNever:
		return false, nil
	case ColorAuto, "":
		return s.outTTY && s.Getenv("NO_COLOR") == "" && s.Getenv("TERM") != "dumb", nil
	}
	return false, BadValue("color", mode, ColorModes())
}

// Styles are the preview styles glamour knows and jobdesc offers, the
// default first; NoTTYStyle is the one of plain output.
func Styles() []string { return []string{"dark", "light", NoTTYStyle} }

// NoTTYStyle is glamour's style without colour.
const NoTTYStyle = "notty"

// Style picks the preview style without probing the terminal (glamour's
// auto style queries it and can hang): the flag, else $GLAMOUR_STYLE, else
// dark; and notty whenever color is off.
func (s *IO) Style(flag string, color bool) (string, error) {
	style := flag
	if style == "" {
		style = s.Getenv("GLAMOUR_STYLE")
	}
	if style == "" || style == "auto" {
		style = Styles()[0]
	}
	if !slices.Contains(Styles(), style) {
		source := "--style"
		if flag == "" {
			source = "GLAMOUR_STYLE"
		}
		return "", BadValue(source, style, Styles())
	}
	if !color {
		return NoTTYStyle, nil
	}
	return style, nil
}

// BadValue refuses, as a usage error, a flag or variable (flag names
// one: "color", "GLAMOUR_STYLE") set to a value outside allowed.
func BadValue(flag, value string, allowed []string) error {
	name := flag
	if !strings.HasPrefix(name, "-") && strings.ToLower(name) == name {
		name = "--" + name
	}
	return usage.Errorf("invalid %s %q: use one of %s", name, value, strings.Join(allowed, ", "))
}

// TrackWrites makes the IO remember the first write to Out that fails,
// for WriteError; a command that ignores a failed write (a full disk
// behind stdout) must still fail.
func (s *IO) TrackWrites() {
	if s.written == nil {
		s.written = &errWriter{w: s.Out}
		s.Out = s.written
	}
}

// WriteError returns the first write to Out that failed since
// TrackWrites, nil when all went through.
func (s *IO) WriteError() error {
	if s.written == nil {
		return nil
	}
	return s.written.err
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	n, err := e.w.Write(p)
	if err != nil && e.err == nil {
		e.err = err
	}
	return n, err
}

// StartPager sends Out through $PAGER (else less -R) when Out is a
// terminal; StopPager must follow. A pager that cannot start is skipped,
// and so is paging on a terminal that cannot move its cursor (TERM=dumb
// or unset: less would complain and show it badly).
func (s *IO) StartPager() error {
	if !s.outTTY || s.pager != nil {
		return nil
	}
	if t := s.Getenv("TERM"); t == "" || t == "dumb" {
		return nil
	}
	cmdline := s.Getenv("PAGER")
	if cmdline == "" {
		cmdline = "less -R"
	}
	args := strings.Fields(cmdline)
	if len(args) == 0 || args[0] == "cat" {
		return nil
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = os.Environ()
	if s.Getenv("LESS") == "" {
		// Quit when the posting fits on one screen, keep colors, leave
		// the screen as it was.
		cmd.Env = append(cmd.Env, "LESS=FRX")
	}
	cmd.Stdout, cmd.Stderr = s.Out, s.ErrOut
	if s.outFile != nil {
		// The terminal itself, so the pager sees a terminal.
		cmd.Stdout = s.outFile
	}
	w, err := cmd.StdinPipe()
	if err != nil {
		return nil
	}
	if err := cmd.Start(); err != nil {
		return nil
	}
	s.pager, s.realOut, s.Out = cmd, s.Out, &pagerInput{w: w}
	return nil
}

// pagerInput is the pager's standard input. Quitting the pager before
// the end (q on the first page) closes it: that is the user's choice, not
// a failure, so the rest of the output is dropped without an error.
type pagerInput struct {
	w      io.WriteCloser
	closed bool
}

func (p *pagerInput) Write(b []byte) (int, error) {
	if p.closed {
		return len(b), nil
	}
	n, err := p.w.Write(b)
	if errors.Is(err, syscall.EPIPE) || errors.Is(err, os.ErrClosed) {
		p.closed = true
		return len(b), nil
	}
	return n, err
}

func (p *pagerInput) Close() error { return p.w.Close() }

// StopPager closes the pager's input and waits for it.
func (s *IO) StopPager() error {
	if s.pager == nil {
		return nil
	}
	closer := s.Out.(io.Closer)
	_ = closer.Close()
	err := s.pager.Wait()
	s.Out, s.pager = s.realOut, nil
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return nil // the user quit the pager early; nothing to report
	}
	return err
}
