package cli

import (
	"slices"
	"testing"
)

// The flags reach the options, and the arguments are told apart by their
// extension: role ids, role files, postings written elsewhere.
func TestLintFlagsAndArguments(t *testing.T) {
	f, _, _ := testFactory(t)
	var got *LintOptions
	cmd := NewLintCmd(f, func(o *LintOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"webmaster", "mine/growth.yaml", "offre.md", "job.HTML", "--format", "sarif", "--fail-on", "warning", "--lang", "fr", "--roles-dir", "mine"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.Format != "sarif" || got.FailOn != "warning" || got.Values.Lang != "fr" || !slices.Equal(got.Catalog.RolesDirs, []string{"mine"}) {
		t.Errorf("options: %+v", got)
	}
	req, err := got.lintRequest()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(req.Roles, []string{"webmaster"}) || !slices.Equal(req.RoleFiles, []string{"mine/growth.yaml"}) ||
		!slices.Equal(req.Postings, []string{"offre.md", "job.HTML"}) || req.Lang != "fr" {
		t.Errorf("request: %+v", req)
	}
}

// --fail-on decides the exit code from the findings.
func TestRunLintFailOn(t *testing.T) {
	for _, c := range []struct {
		failOn string
		code   int
	}{{"error", ExitOK}, {"warning", ExitFailure}, {"never", ExitOK}, {"sometimes", ExitUsage}} {
		f, out, _ := testFactory(t)
		err := runLint(NewLintCmd(f, nil), &LintOptions{IO: f.IO, Env: &f.Env, Args: []string{"webmaster"}, FailOn: c.failOn})
		if got := ExitCode(err); got != c.code {
			t.Errorf("--fail-on %s: exit %d (%v), want %d", c.failOn, got, err, c.code)
		}
		if c.code != ExitUsage && out.Len() == 0 {
			t.Errorf("--fail-on %s: no report", c.failOn)
		}
	}
}
