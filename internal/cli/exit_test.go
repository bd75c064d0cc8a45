package cli

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestBadInputExitsTwo: every kind of bad input exits 2, wherever it was
// written, with one line that says what is wrong and what to do; wrapped
// once more on the way up (%w), it still does.
func TestBadInputExitsTwo(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		env   []string
		files map[string]string
		want  string // in the message, after "jobdesc: " and a folder
	}{
		{"unknown flag", []string{"render", "webmaster", "--nope"}, nil, nil, "unknown flag: --nope; run 'jobdesc render --help' for usage"},
		{"unknown command", []string{"rendre"}, nil, nil, `unknown command "rendre"; did you mean "render"?`},
		{"too few arguments", []string{"compare", "webmaster"}, nil, nil, "'jobdesc compare' needs at least 2 arguments; run 'jobdesc compare --help' for usage"},
		{"unknown role", []string{"render", "comunity-manager"}, nil, nil, `unknown role "comunity-manager"; did you mean "community-manager"?`},
		{"path-like role id", []string{"card", "../x"}, nil, nil, `invalid role id "../x"`},
		{"unknown format", []string{"render", "webmaster", "--format", "pdf"}, nil, nil, `unknown format "pdf": use one of`},
		{"bad color", []string{"card", "webmaster", "--color", "sometimes"}, nil, nil, `invalid --color "sometimes": use one of auto, always, never`},
		{"bad lang flag", []string{"render", "webmaster", "--lang", "de"}, nil, nil, `--lang: invalid lang "de"`},
		{"bad salary flag", []string{"render", "webmaster", "--salary", "lots"}, nil, nil, `invalid --salary "lots"`},
		{"bad --set", []string{"render", "webmaster", "--set", "nope"}, nil, nil, `invalid --set "nope": write key.path=value`},
		{"unknown --set key", []string{"render", "webmaster", "--set", "compnay.name=A"}, nil, nil, `unknown key "compnay.name"; did you mean "company.name"?`},
		{"bad --set value", []string{"render", "webmaster", "--set", "contract.type=gig"}, nil, nil, `--set contract.type: invalid contract.type "gig"`},
		{"bad env var", []string{"render", "webmaster"}, []string{"JOBDESC_CONTRACT_TYPE", "gig"}, nil, `JOBDESC_CONTRACT_TYPE: invalid contract.type "gig"`},
		{"bad SOURCE_DATE_EPOCH", []string{"render", "webmaster"}, []string{"SOURCE_DATE_EPOCH", "soon"}, nil, `invalid SOURCE_DATE_EPOCH "soon"`},
		{"bad config value", []string{"render", "webmaster"}, nil, map[string]string{"jobdesc.yaml": "contract: {type: gig}\n"}, `jobdesc.yaml:1:18: invalid contract.type "gig"`},
		{"unknown config key", []string{"render", "webmaster"}, nil, map[string]string{"jobdesc.yaml": "compnay: {name: A}\n"}, `jobdesc.yaml:1:1: unknown key "compnay"`},
		{"bad -f value", []string{"render", "webmaster", "-f", "v.yaml"}, nil, map[string]string{"v.yaml": "seniority: guru\n"}, `v.yaml:1:12: invalid seniority "guru"`},
		{"bad -f mission", []string{"render", "webmaster", "-f", "v.yaml"}, nil, map[string]string{"v.yaml": "missions: [nope]\n"}, `missions: the role has no mission "nope"`},
		{"missing -f file", []string{"render", "webmaster", "-f", "no.yaml"}, nil, nil, "values file no.yaml not found; check the -f path"},
		{"missing --config", []string{"render", "webmaster", "--config", "no.yaml"}, nil, nil, "config file no.yaml not found; check the --config path"},
		{"missing --template", []string{"render", "webmaster", "--template", "no.tmpl"}, nil, nil, "template no.tmpl not found; check the --template path"},
		{"--template without a template", []string{"render", "webmaster", "--format", "json", "--template", "t.tmpl"}, nil, map[string]string{"t.tmpl": "x"}, "--template does not apply to the json format, which has no template; use it with"},
		{"missing --batch", []string{"render", "--batch", "no.yaml", "-o", "out"}, nil, nil, "batch file no.yaml not found; check the --batch path"},
		{"missing --roles-dir", []string{"card", "webmaster", "--roles-dir", "nowhere"}, nil, nil, "roles folder nowhere not found; check the --roles-dir path"},
		{"missing lint argument", []string{"lint", "missing.md"}, nil, nil, "posting missing.md not found; check the path"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, out, errOut := testFactory(t, tt.env...)
			for name, data := range tt.files {
				if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			root := NewRootCmd(f)
			root.SetArgs(tt.args)
			err := root.ExecuteContext(context.Background())
			if got := ExitCode(err); got != ExitUsage {
				t.Errorf("exit %d for %v, want %d", got, err, ExitUsage)
			}
			if got := ExitCode(fmt.Errorf("on the way: %w", err)); got != ExitUsage {
				t.Errorf("wrapped with %%w: exit %d, want %d", got, ExitUsage)
			}
			if msg := withHint(nil, err).Error(); !strings.Contains(msg, tt.want) || strings.Contains(msg, "\n") {
				t.Errorf("message %q, want one line with %q", msg, tt.want)
			}
			if out.Len() != 0 {
				t.Errorf("stdout: %q", out)
			}
			// What the user sees goes through RunFactory: the same code,
			// the same line.
			f, _, errOut = testFactory(t, tt.env...)
			for name, data := range tt.files {
				os.WriteFile(name, []byte(data), 0o644)
			}
			if code := RunFactory(context.Background(), f, tt.args); code != ExitUsage || !strings.HasPrefix(errOut.String(), "jobdesc: ") || !strings.Contains(errOut.String(), tt.want) {
				t.Errorf("RunFactory: exit %d, stderr %q", code, errOut)
			}
		})
	}
}
