package config

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/spf13/afero"
	"github.com/spf13/viper"

	"github.com/jobdesc/jobdesc/internal/usage"
)

// findConfig returns the config file to read: --config (which must exist),
// else jobdesc.yaml in the working folder, else the user's
// jobdesc/config.yaml. viper finds it; jobdesc reads it, with the strict
// decoder, so errors keep their file:line:col and keys their case. v is
// the run's viper instance.
func findConfig(v *viper.Viper, o Options) (string, error) {
	if o.ConfigFile != "" {
		if _, err := os.Stat(o.ConfigFile); err != nil {
			return "", usage.NotFound("config file", o.ConfigFile)
		}
		v.SetConfigFile(o.ConfigFile)
		return v.ConfigFileUsed(), nil
	}
	searches := [][2]string{{o.Dir, "jobdesc"}}
	if o.UserConfigDir != "" {
		searches = append(searches, [2]string{filepath.Join(o.UserConfigDir, "jobdesc"), "config"})
	}
	for _, s := range searches {
		// The paths add up from one search to the next; the file
		// system shows each search only its own file.
		v.SetFs(searchFS{Fs: afero.NewOsFs(), only: filepath.Join(s[0], s[1]+".yaml")})
		v.SetConfigName(s[1])
		v.SetConfigType("yaml")
		v.AddConfigPath(s[0])
		err := v.ReadInConfig()
		var missing viper.ConfigFileNotFoundError
		switch {
		case errors.As(err, &missing):
			continue
		case errors.Is(err, errSearchOnly):
			return v.ConfigFileUsed(), nil
		case err != nil:
			return "", err
		}
	}
	return "", nil
}

// errSearchOnly stops viper once it has found the config file, before it
// reads it: jobdesc reads it itself, size-limited and strict.
var errSearchOnly = errors.New("config file found")

// searchFS is what viper's search sees: the one file name jobdesc looks
// for in a folder (jobdesc.yaml, not jobdesc.json or jobdesc.toml, which
// viper would also try), and no file it may open.
type searchFS struct {
	afero.Fs
	only string
}

func (f searchFS) Stat(name string) (os.FileInfo, error) {
	if filepath.Clean(name) != filepath.Clean(f.only) {
		return nil, os.ErrNotExist
	}
	return f.Fs.Stat(name)
}

func (f searchFS) Open(string) (afero.File, error) { return nil, errSearchOnly }

func (f searchFS) OpenFile(string, int, os.FileMode) (afero.File, error) {
	return nil, errSearchOnly
}
