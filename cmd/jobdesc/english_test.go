package main

import (
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"
)

// englishWords are words of English sentences that French never writes:
// one of them in what jobdesc tells a French recruiter is an untranslated
// sentence.
var englishWords = []string{
	"the", "and", "of", "to", "is", "are", "not", "with", "for", "from", "your", "you",
	"then", "run", "wrote", "found", "unknown", "invalid", "expected", "did", "mean",
	"use", "file", "folder", "edit", "fill", "check", "pass",
	"missing", "needs", "must", "cannot", "should", "which", "when", "this", "that",
	"has", "have", "no", "written", "unchanged", "failed", "posting", "postings",
	"role", "roles", "key", "value", "values", "flag", "command",
}

// quoted and code are what a message quotes as it was typed (values,
// commands, paths), left out of the check.
var (
	quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"|'[^']*'|` + "`[^`]*`" + `|«[^»]*»`)
	word   = regexp.MustCompile(`[\pL][\pL'’]*`)
	// yamlLine is a commented YAML line (an example in a comment), or a
	// comment the schema tooling reads.
	yamlLine = regexp.MustCompile(`^#\s*(- )?(\{|[a-z_]+:|yaml-language-server)`)
)

// englishIn is the first line of text that reads as English, "" when
// none does. In a YAML file only the comments count: keys are
// identifiers, values the recruiter's or the role's.
func englishIn(text string, yamlFile bool) string {
	for line := range strings.Lines(text) {
		check := line
		if yamlFile {
			t := strings.TrimSpace(line)
			if !strings.HasPrefix(t, "#") || yamlLine.MatchString(t) {
				continue
			}
		}
		if t := strings.TrimSpace(line); strings.HasPrefix(t, "jobdesc ") || strings.Contains(t, "| jobdesc ") || strings.HasPrefix(t, "NO_COLOR=") {
			continue // an example command line
		}
		check = quoted.ReplaceAllString(check, " ")
		for _, field := range strings.Fields(check) {
			// Paths, flags, ids and key paths are what the user types.
			if strings.ContainsAny(field, "-./_=$<>[]{}") {
				continue
			}
			for _, w := range word.FindAllString(field, -1) {
				if w == strings.ToUpper(w) {
					continue // a placeholder: ROLE, FILE, DIR
				}
				if slices.Contains(englishWords, strings.ToLower(w)) {
					return strings.TrimRight(line, "\n") + "   <- " + w
				}
			}
		}
	}
	return ""
}

// english FILE... fails when a file (or stdout, stderr) has a line that
// reads as English; with !, when none has one (so the check shows it can
// fail).
func english(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) == 0 {
		ts.Fatalf("usage: english stdout|stderr|FILE...")
	}
	found := ""
	for _, name := range args {
		var text string
		switch name {
		case "stdout", "stderr":
			text = ts.ReadFile(name)
		default:
			data, err := os.ReadFile(ts.MkAbs(name))
			ts.Check(err)
			text = string(data)
		}
		if line := englishIn(text, strings.HasSuffix(name, ".yaml")); line != "" {
			found = name + ": " + line
			break
		}
	}
	switch {
	case neg && found == "":
		ts.Fatalf("no English found in %s", strings.Join(args, " "))
	case !neg && found != "":
		ts.Fatalf("English in %s", found)
	}
}
