package action

import (
	"slices"

	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/fileread"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/internal/usage"
)

// ValueSources say where a run's posting values come from, lowest first after
// the config file.
type ValueSources struct {
	ConfigFile string   // --config; "" to look for jobdesc.yaml
	Files      []string // -f, in order
	Sets       []string // --set key.path=value
	// Flags are the dedicated flags given, by value key ("company.name").
	Flags map[string]string
	// FlagNames names the flag that set each key of Flags ("--city"), for
	// messages.
	FlagNames map[string]string
}

// LoadConfig merges every layer of values for this run. Whatever is wrong
// in them is a usage error, wherever it was written (a flag, --set, the
// environment, the config file or a values file): the same bad value
// exits the same way from each.
func (e *Env) LoadConfig(v ValueSources) (*config.Config, error) {
	for _, f := range v.Files {
		if err := e.Exists("values file", f); err != nil {
			return nil, err
		}
	}
	if v.ConfigFile != "" {
		if err := e.Exists("config file", v.ConfigFile); err != nil {
			return nil, err
		}
	}
	var environ []string
	if e.Environ != nil {
		environ = e.Environ()
	}
	o := e.configOptions()
	o.ConfigFile, o.ValueFiles, o.Sets, o.Flags, o.FlagNames, o.Environ = v.ConfigFile, v.Files, v.Sets, v.Flags, v.FlagNames, environ
	cfg, err := config.Load(o)
	if err != nil {
		return nil, usage.Wrap(err)
	}
	return cfg, nil
}

// configOptions are what the run's environment says of every
// configuration: where to look, the environment, the clock.
func (e *Env) configOptions() config.Options {
	return config.Options{Getenv: e.Getenv, Dir: e.WorkDir, UserConfigDir: e.ConfigDir, Now: e.Now}
}

// DefaultConfig is the configuration of the built-in defaults alone, for a
// run that goes on when its configuration does not read.
func (e *Env) DefaultConfig() (*config.Config, error) {
	return config.Defaults(e.configOptions())
}

// Prefs are the language and organisation size a command that shows
// roles (list, card, org…) works in.
type Prefs struct {
	Lang string
	Size string
	// Style is the config file's preview.style, "" for none.
	Style string
	// Warning says why the config file was not used, nil when it was or
	// when there is none.
	Warning error
}

// Prefs decides the language and size: the flags when given, else the
// config's (with the environment over it) when it loads, else the
// locale's language and no size. A broken config file does not stop a
// command that only shows the catalogue: it is reported in Warning.
func (e *Env) Prefs(lang, size string) (Prefs, error) {
	if lang != "" {
		if err := CheckLang(lang); err != nil {
			return Prefs{}, err
		}
	}
	if size != "" {
		if err := CheckSize(size); err != nil {
			return Prefs{}, err
		}
	}
	p := Prefs{Lang: lang, Size: size}
	cfg, err := e.LoadConfig(ValueSources{})
	if err != nil {
		p.Warning = err
		if p.Lang == "" {
			p.Lang = config.LocaleLang(e.Getenv)
		}
		return p, nil
	}
	if p.Lang == "" {
		p.Lang = cfg.Values.Lang
	}
	if p.Size == "" {
		p.Size = cfg.Values.Company.Size
	}
	p.Style = cfg.PreviewStyle
	return p, nil
}

// CheckLang refuses a language the catalogue does not carry.
func CheckLang(lang string) error { return OneOf("lang", lang, role.Languages()) }

// CheckSize refuses an organisation size that is not small, medium or large.
func CheckSize(size string) error { return OneOf("company-size", size, role.Sizes()) }

// CheckEncoding refuses an --encoding jobdesc does not read; "" is UTF-8.
func CheckEncoding(name string) error {
	if name == "" {
		return nil
	}
	return OneOf("encoding", name, fileread.Encodings)
}

// OneOf refuses, as a bad flag value, a value outside allowed.
func OneOf(flag, value string, allowed []string) error {
	if slices.Contains(allowed, value) {
		return nil
	}
	return term.BadValue(flag, value, allowed)
}
