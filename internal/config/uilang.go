package config

import (
	"go.yaml.in/yaml/v3"

	"github.com/jobdesc/jobdesc/internal/fileread"
	"github.com/jobdesc/jobdesc/internal/messages"
)

// UILangEnv is the variable that chooses the interface language; it is
// not a value key, so the unknown-variable check leaves it alone.
const UILangEnv = "JOBDESC_UI_LANG"

// UILangKey is the config file's key for the interface language.
const UILangKey = "ui_lang"

// UILang is the interface language of a run: JOBDESC_UI_LANG, else the
// config file's ui_lang, else the locale's language (LC_ALL, LC_MESSAGES,
// LANG), else English. It is decided before the command line is parsed,
// so that the help is in it: configFile is --config as the arguments
// give it, "" when they do not. A config file that cannot be read or
// decoded, or a value without a catalogue, passes the choice on: Load
// reports the broken file when the command reads it.
func UILang(getenv func(string) string, configFile, dir, userConfigDir string) string {
	return messages.Choose(getenv(UILangEnv), fileUILang(configFile, dir, userConfigDir), locale(getenv))
}

func fileUILang(configFile, dir, userConfigDir string) string {
	file, err := findConfig(Options{ConfigFile: configFile, Dir: dir, UserConfigDir: userConfigDir})
	if err != nil || file == "" {
		return ""
	}
	data, err := fileread.Read(file, fileread.MaxSize)
	if err != nil {
		return ""
	}
	var f struct {
		UILang string `yaml:"ui_lang"`
	}
	if yaml.Unmarshal(data, &f) != nil {
		return ""
	}
	return f.UILang
}

// locale is the locale that names the messages' language: the first of
// LC_ALL, LC_MESSAGES and LANG that is set, as POSIX orders them.
func locale(getenv func(string) string) string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			return v
		}
	}
	return ""
}
