package config

import (
	"os"
	"path/filepath"

	"github.com/jobdesc/jobdesc/internal/usage"
)

// findConfig returns the config file to read: --config (which must exist),
// else jobdesc.yaml in the working folder, else the user's
// jobdesc/config.yaml, else "". Two fixed paths need no search library:
// see docs/design.md for why viper no longer looks for them.
func findConfig(o Options) (string, error) {
	if o.ConfigFile != "" {
		if _, err := os.Stat(o.ConfigFile); err != nil {
			return "", usage.NotFound("config file", o.ConfigFile)
		}
		return o.ConfigFile, nil
	}
	candidates := []string{filepath.Join(o.Dir, FileName)}
	if o.UserConfigDir != "" {
		candidates = append(candidates, filepath.Join(o.UserConfigDir, "jobdesc", "config.yaml"))
	}
	for _, c := range candidates {
		if info, err := os.Stat(c); err == nil && !info.IsDir() {
			return c, nil
		}
	}
	return "", nil
}
