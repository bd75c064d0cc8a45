package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/jobdesc/jobdesc/internal/cli"
	"github.com/jobdesc/jobdesc/internal/term"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"jobdesc": func() { os.Exit(cli.Main(os.Args[1:], term.System())) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script: the real
// command line, in a temporary folder, with a controlled environment.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "../../testdata/script",
		Setup: func(env *testscript.Env) error {
			home := env.WorkDir + "/home"
			env.Setenv("HOME", home)
			env.Setenv("XDG_CONFIG_HOME", home+"/.config")
			env.Setenv("XDG_STATE_HOME", home+"/.local/state")
			env.Setenv("LANG", "C")
			env.Setenv("SOURCE_DATE_EPOCH", "1795132800") // 2026-11-20
			env.Setenv("PAGER", "")
			env.Setenv("NO_COLOR", "")
			repo, _ := filepath.Abs("../..")
			env.Setenv("REPO", repo) // where node_modules is, for the sitemap schema
			env.Setenv("CI", os.Getenv("CI"))
			// Files a text fixture cannot hold: spreadsheet exports in
			// other encodings than UTF-8.
			fixtures, err := filepath.Abs("../../testdata/encoding")
			if err != nil {
				return err
			}
			env.Setenv("ENCODINGS", fixtures)
			return os.MkdirAll(home, 0o755)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits":     exits,
			"bigfile":   bigfile,
			"csvbatch":  csvbatch,
			"waitfile":  waitfile,
			"files":     files,
			"aliasbomb": aliasbomb,
			"sitecheck": sitecheck,
			"english":   english,
		},
	})
}

// exits N CMD ARGS... runs CMD and checks its exit status is N; stdout and
// stderr are kept for the next stdout and stderr checks.
func exits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits N command [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: %v", err)
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			ts.Fatalf("exits: %v", err)
		}
		got = exit.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}

// bigfile NAME BYTES writes a YAML file of that size, for the size limit.
func bigfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: bigfile name bytes")
	}
	n, err := strconv.Atoi(args[1])
	if err != nil {
		ts.Fatalf("bigfile: %v", err)
	}
	line := "# padding padding padding padding padding padding padding padding\n"
	data := []byte("id: big\n" + strings.Repeat(line, n/len(line)+1))
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), data[:n], 0o644))
}

// csvbatch NAME N writes a CSV batch of N postings.
func csvbatch(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: csvbatch name postings")
	}
	n, err := strconv.Atoi(args[1])
	if err != nil {
		ts.Fatalf("csvbatch: %v", err)
	}
	var b strings.Builder
	b.WriteString("role,name,lang,location.city\n")
	for i := range n {
		fmt.Fprintf(&b, "webmaster,p%d,en,City %d\n", i+1, i%50)
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(b.String()), 0o644))
}

// waitfile PATH waits, up to a minute, for PATH to exist: a background
// command has reached that point.
func waitfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: waitfile path")
	}
	for deadline := time.Now().Add(5 * time.Minute); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if _, err := os.Stat(ts.MkAbs(args[0])); err == nil {
			return
		}
	}
	ts.Fatalf("waitfile: %s did not appear", args[0])
}

// files N PATTERN... checks that the patterns match N files in all,
// expanded as the shell would (testscript's exists takes names only, so
// "! exists .x.tmp*" could never fail).
func files(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: files N pattern...")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("files: %v", err)
	}
	var got []string
	for _, pattern := range args[1:] {
		m, err := filepath.Glob(ts.MkAbs(pattern))
		ts.Check(err)
		got = append(got, m...)
	}
	if len(got) != want {
		ts.Fatalf("files: %d files match %s, want %d: %s", len(got), strings.Join(args[1:], " "), want, strings.Join(got, " "))
	}
}

// aliasbomb FILE fills in a file written by the script: LONGTEXT becomes
// 2,000 letters and ALIASES 600 aliases "*a", together 1.2 MB of text
// from a file of a few KB, past the 1 MiB a document may expand to.
func aliasbomb(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: aliasbomb file")
	}
	name := ts.MkAbs(args[0])
	data, err := os.ReadFile(name)
	ts.Check(err)
	aliases := strings.TrimSuffix(strings.Repeat("*a, ", 600), ", ")
	text := strings.NewReplacer("LONGTEXT", strings.Repeat("x", 2000), "ALIASES", aliases).Replace(string(data))
	ts.Check(os.WriteFile(name, []byte(text), 0o644))
}
