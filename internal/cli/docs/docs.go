// Package docs writes jobdesc's man pages and command reference from the
// help texts of the command tree. It is its own package so that cobra's
// doc generator, and the Markdown and man-page libraries under it, are
// linked into the program that writes the docs, not into jobdesc.
package docs

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"

	"github.com/jobdesc/jobdesc/internal/cli"
	"github.com/jobdesc/jobdesc/internal/messages"
	"github.com/jobdesc/jobdesc/internal/term"
)

//go:generate go run ./gendocs ../../../docs

// docsDate dates the man pages: a constant, so that the generated files
// are the same bytes on every machine and the test that keeps them in
// sync can compare them. Change it with the help texts it dates.
var docsDate = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

// Write writes, from the help texts of the command tree in each
// interface language, the man pages (dir/man/<lang>/jobdesc*.1) and the
// command reference the README links to (dir/commands.<lang>.md).
func Write(dir string) error {
	for _, lang := range messages.Languages() {
		msg := messages.New(lang)
		ios, _, _, _ := term.Test(map[string]string{})
		f := cli.NewFactory(ios)
		f.Msg = msg
		root := cli.NewRootCmd(f)
		root.DisableAutoGenTag = true
		man := filepath.Join(dir, "man", lang)
		if err := os.MkdirAll(man, 0o755); err != nil {
			return err
		}
		header := &doc.GenManHeader{Title: "JOBDESC", Section: "1", Date: &docsDate,
			Source: "jobdesc", Manual: msg.T("docs.manual")}
		var pages []*cobra.Command
		cli.Walk(root, func(c *cobra.Command) {
			if c == root || c.IsAvailableCommand() {
				pages = append(pages, c)
			}
		})
		var md bytes.Buffer
		md.WriteString(msg.T("docs.reference_head") + "\n")
		for _, c := range pages {
			var page bytes.Buffer
			h := *header
			if err := doc.GenMan(c, &h, &page); err != nil {
				return err
			}
			name := strings.ReplaceAll(c.CommandPath(), " ", "-") + ".1"
			if err := os.WriteFile(filepath.Join(man, name), docWords(msg, page.Bytes(), manWords), 0o644); err != nil {
				return err
			}
			var sec bytes.Buffer
			if err := doc.GenMarkdownCustom(c, &sec, func(s string) string { return "#" + strings.ReplaceAll(strings.TrimSuffix(s, ".md"), "_", "-") }); err != nil {
				return err
			}
			md.WriteString("\n")
			md.Write(docWords(msg, sec.Bytes(), markdownWords))
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("commands.%s.md", lang)), md.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// manWords and markdownWords are the headings cobra's doc package
// writes in English, with the id of each in the catalogue.
var (
	manWords = [][2]string{
		{".SH NAME\n", "docs.man.name"},
		{".SH SYNOPSIS\n", "docs.man.synopsis"},
		{".SH DESCRIPTION\n", "docs.man.description"},
		{".SH OPTIONS INHERITED FROM PARENT COMMANDS\n", "docs.man.inherited"},
		{".SH OPTIONS\n", "docs.man.options"},
		{".SH EXAMPLE\n", "docs.man.example"},
		{".SH SEE ALSO\n", "docs.man.see_also"},
	}
	markdownWords = [][2]string{
		{"### Synopsis\n", "docs.md.synopsis"},
		{"### Examples\n", "docs.md.examples"},
		{"### Options inherited from parent commands\n", "docs.md.inherited"},
		{"### Options\n", "docs.md.options"},
		{"### SEE ALSO\n", "docs.md.see_also"},
	}
)

// docWords puts the headings of a page cobra wrote in msg's language.
func docWords(msg *messages.Localizer, page []byte, words [][2]string) []byte {
	for _, w := range words {
		page = bytes.ReplaceAll(page, []byte(w[0]), []byte(msg.T(w[1])+"\n"))
	}
	return page
}
