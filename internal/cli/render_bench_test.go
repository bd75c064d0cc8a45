package cli

import (
	"path/filepath"
	"testing"

	"github.com/jobdesc/jobdesc/internal/term"
)

// BenchmarkRenderCommand is what `jobdesc render community-manager` does
// beyond start-up: the command tree, the config, the role, the template.
func BenchmarkRenderCommand(b *testing.B) {
	home := b.TempDir()
	b.Setenv("HOME", home)
	b.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	b.Chdir(b.TempDir())
	ios, _, out, errOut := term.Test(map[string]string{"SOURCE_DATE_EPOCH": "1795132800", "HOME": home})
	b.ReportAllocs()
	for b.Loop() {
		out.Reset()
		if code := Run([]string{"render", "community-manager"}, ios); code != 0 {
			b.Fatal(errOut.String())
		}
	}
}
