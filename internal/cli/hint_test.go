package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/batch"
	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/render"
	"github.com/jobdesc/jobdesc/internal/usage"
)

// TestWithHint: the packages below the commands say what is wrong
// without naming a flag; the command adds the flag, once, and the exit
// code stays the cause's.
func TestWithHint(t *testing.T) {
	tests := []struct {
		err  error
		want string
		code int
	}{
		{usage.NotFound("template", "t.tmpl"), "template t.tmpl not found; check the --template path", ExitUsage},
		{usage.NotFound("batch file", "b.yaml"), "batch file b.yaml not found; check the --batch path", ExitUsage},
		{usage.NotFound("values file", "v.yaml"), "values file v.yaml not found; check the -f path", ExitUsage},
		{usage.NotFound("config file", "c.yaml"), "config file c.yaml not found; check the --config path", ExitUsage},
		{usage.NotFound("roles folder", "r"), "roles folder r not found; check the --roles-dir path", ExitUsage},
		{usage.NotFound("posting", "p.md"), "posting p.md not found; check the path", ExitUsage},
		{usage.Wrap(&render.NoTemplateError{Format: "json"}), "--template does not apply to the json format, which has no template; use it with " + strings.Join(render.Templated(), ", "), ExitUsage},
		{&render.MissingError{What: "a company name", Set: "company.name", Key: "company.name"}, "jsonld needs a company name: set company.name or --company", ExitFailure},
		{&render.MissingError{What: "a description", Set: "the role's pitch or summary"}, "jsonld needs a description: set the role's pitch or summary", ExitFailure},
		{&posting.NoTitleError{Role: "mine", Lang: "en"}, `role "mine" has no en title; render it with --lang set to a language it carries`, ExitFailure},
		{&atomicfile.ExistsError{Path: "a.yaml"}, "a.yaml already exists; pass --force to replace it", ExitFailure},
		{&atomicfile.NotOwnedError{Path: "a.md"}, "a.md exists and was not written by jobdesc; remove it, choose another name, or pass --force to replace it", ExitFailure},
		{&atomicfile.ChangedError{Path: "a.md"}, "a.md changed since jobdesc wrote it; keep your edit under another name, or pass --force to replace it", ExitFailure},
		{&atomicfile.NotRegularError{Path: "a.md", Mode: fs.ModeSymlink}, "a.md is a symbolic link, not a regular file; jobdesc replaces regular files only: name another file", ExitFailure},
		{&batch.DamagedError{Path: "out/m.json"}, "out/m.json is damaged; remove it (jobdesc then replaces none of the files it listed unless you pass --force)", ExitFailure},
		{usage.Wrap(&catalog.UnknownRoleError{ID: "nope"}), `unknown role "nope" in the built-in catalogue; run 'jobdesc list' to see it, or name your roles' folder with roles_dir: in jobdesc.yaml, or --roles-dir DIR`, ExitUsage},
		{usage.Wrap(&catalog.UnknownRoleError{ID: "nope", Dirs: []string{"mine"}}), `unknown role "nope" in the built-in catalogue and mine; run 'jobdesc list' to see the catalogue`, ExitUsage},
		{errors.New("boom"), "boom", ExitFailure},
	}
	for _, tt := range tests {
		if strings.Contains(tt.err.Error(), "--") || strings.Contains(tt.err.Error(), " -f ") {
			t.Errorf("%T names a flag: %q", tt.err, tt.err)
		}
		// Wrapped on the way up, as errors are.
		err := fmt.Errorf("%w", tt.err)
		got := withHint(nil, err)
		if got.Error() != tt.want || ExitCode(got) != tt.code {
			t.Errorf("withHint(%T) = %q (exit %d), want %q (exit %d)", tt.err, got, ExitCode(got), tt.want, tt.code)
		}
		if again := withHint(nil, got); again.Error() != tt.want {
			t.Errorf("hinted twice: %q", again)
		}
	}
}
