package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUILang: the variable, else the config file, else the locale, else
// English; a config file that cannot be read leaves it to the locale.
func TestUILang(t *testing.T) {
	tests := []struct {
		name   string
		env    map[string]string
		file   string // jobdesc.yaml in the working folder, "" for none
		flag   string // --config, relative to the working folder
		folder bool   // jobdesc.yaml is a folder
		want   string
	}{
		{name: "nothing", want: "en"},
		{name: "C locale", env: map[string]string{"LANG": "C"}, want: "en"},
		{name: "LANG", env: map[string]string{"LANG": "fr_FR.UTF-8"}, want: "fr"},
		{name: "LC_ALL before LANG", env: map[string]string{"LC_ALL": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"}, want: "en"},
		{name: "LC_MESSAGES before LANG", env: map[string]string{"LC_MESSAGES": "fr_BE.UTF-8", "LANG": "en_GB.UTF-8"}, want: "fr"},
		{name: "config over locale", env: map[string]string{"LANG": "fr_FR.UTF-8"}, file: "ui_lang: en\n", want: "en"},
		{name: "variable over config", env: map[string]string{"JOBDESC_UI_LANG": "fr"}, file: "ui_lang: en\n", want: "fr"},
		{name: "variable without a catalogue", env: map[string]string{"JOBDESC_UI_LANG": "de", "LANG": "fr_FR.UTF-8"}, want: "fr"},
		{name: "broken config", env: map[string]string{"LANG": "fr_FR.UTF-8"}, file: "ui_lang: [en\n", want: "fr"},
		{name: "unreadable config", env: map[string]string{"LANG": "fr_FR.UTF-8"}, folder: true, want: "fr"},
		{name: "--config", env: map[string]string{"LANG": "en_US.UTF-8"}, file: "ui_lang: en\n", flag: "other.yaml", want: "fr"},
		{name: "missing --config", env: map[string]string{"LANG": "fr_FR.UTF-8"}, file: "ui_lang: en\n", flag: "none.yaml", want: "fr"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if tc.file != "" {
				os.WriteFile(filepath.Join(dir, FileName), []byte(tc.file), 0o644)
			}
			if tc.folder {
				os.Mkdir(filepath.Join(dir, FileName), 0o755)
			}
			flag := ""
			if tc.flag != "" {
				flag = filepath.Join(dir, tc.flag)
				os.WriteFile(filepath.Join(dir, "other.yaml"), []byte("ui_lang: fr\n"), 0o644)
			}
			got := UILang(func(k string) string { return tc.env[k] }, flag, dir, "")
			if got != tc.want {
				t.Errorf("UILang = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestUILangKnown: ui_lang is a key of the config file, checked, and not
// a posting value; JOBDESC_UI_LANG is no unknown variable.
func TestUILangKnown(t *testing.T) {
	dir := t.TempDir()
	noenv := func(string) string { return "" }
	os.WriteFile(filepath.Join(dir, FileName), []byte("lang: en\nui_lang: fr\n"), 0o644)
	c, err := Load(Options{Dir: dir, Getenv: noenv, Environ: []string{"JOBDESC_UI_LANG=fr"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Warnings) > 0 {
		t.Errorf("warnings %v", c.Warnings)
	}
	if c.Values.Lang != "en" {
		t.Errorf("ui_lang changed the postings' language: %q", c.Values.Lang)
	}
	os.WriteFile(filepath.Join(dir, FileName), []byte("lang: en\nui_lang: de\n"), 0o644)
	_, err = Load(Options{Dir: dir, Getenv: noenv})
	if err == nil || !strings.Contains(err.Error(), `jobdesc.yaml:2:10: invalid ui_lang "de": use one of en, fr`) {
		t.Errorf("ui_lang: de gives %v", err)
	}
}
