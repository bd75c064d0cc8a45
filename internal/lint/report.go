package lint

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/jobdesc/jobdesc/internal/messages"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

// The report formats --format chooses.
const (
	FormatText   = "text"
	FormatJSON   = "json"
	FormatSARIF  = "sarif"
	FormatGitHub = "github"
)

// Formats are the report formats, the default first.
func Formats() []string { return []string{FormatText, FormatJSON, FormatSARIF, FormatGitHub} }

// Report is what a reporter needs: the results of the documents linted,
// the rules that ran, and the folder paths are made relative to.
type Report struct {
	Results []Result
	// Files are findings of files that are not postings: role, skills,
	// values and batch files.
	Files   []Finding
	Rules   []Rule // the rules that ran, at the levels they report (Linter.Rules)
	Base    string // SARIF artifact paths are relative to it
	Version string // jobdesc's version, for SARIF's tool.driver
	// Notices are what the run left out on purpose, for stderr: the
	// roles --all did not check at the company's size. Not findings.
	Notices []string
	// Msg words the text report for a person, in the interface language
	// (nil: English); JSON, SARIF and GitHub output are for programs and
	// stay in English, rule ids and levels too.
	Msg *messages.Localizer
}

// Findings returns every finding of the report, sorted.
func (rep Report) Findings() []Finding {
	n := len(rep.Files)
	for _, r := range rep.Results {
		n += len(r.Findings)
	}
	fs := append(make([]Finding, 0, n), rep.Files...)
	for _, r := range rep.Results {
		fs = append(fs, r.Findings...)
	}
	Sort(fs)
	return fs
}

// Write writes the report in a format.
func (rep Report) Write(w io.Writer, format string) error {
	switch format {
	case FormatText:
		return rep.WriteText(w)
	case FormatJSON:
		return rep.WriteJSON(w)
	case FormatSARIF:
		return rep.WriteSARIF(w)
	case FormatGitHub:
		return rep.WriteGitHub(w)
	}
	return fmt.Errorf("unknown lint format %q; use %s", format, usertext.OrList(Formats()))
}

// messageLine is a finding's message with its suggestion, after the
// batch entry it is about ("posting 3: "), which the formats that have a
// place only for a file, line and column carry in the message.
func messageLine(f Finding) string { return localMessageLine(nil, f) }

// localMessageLine is messageLine in msg's language: the message
// translated (messages.Translate), the suggestion as it is (it is in the
// posting's language, the words to write instead).
func localMessageLine(msg *messages.Localizer, f Finding) string {
	text := msg.Translate(f.Message)
	if f.Entry > 0 {
		text = msg.T("lint.entry", f.Entry, text)
	}
	if f.Suggestion == "" {
		return text
	}
	return msg.T("lint.suggestion", text, msg.Translate(f.Suggestion))
}

// WriteText writes one line per finding: file:line:col: severity rule-id: message.
// File names and messages come from files anyone can hand over: they are
// escaped, so they neither write to the terminal nor forge a line.
func (rep Report) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fs := rep.Findings()
	for _, f := range fs {
		fmt.Fprintf(bw, "%s:%d:%d: %s %s: %s\n", usertext.Escape(f.File), f.Line, f.Col, f.Severity, usertext.Escape(f.Rule), usertext.Escape(localMessageLine(rep.Msg, f)))
	}
	rep.writeSummary(bw, fs)
	return bw.Flush()
}

// writeSummary ends a text report, clean or not, so a reader sees that
// something ran and on what: how many postings, findings by level, and
// what lint read each posting as (its language, the law it applied).
func (rep Report) writeSummary(w io.Writer, fs []Finding) {
	count := map[Severity]int{}
	for _, f := range fs {
		count[f.Severity]++
	}
	msg := rep.Msg
	fmt.Fprintln(w, msg.T("lint.summary", msg.N("lint.summary.postings", len(rep.Results), len(rep.Results)),
		msg.N("lint.summary.errors", count[Error], count[Error]), msg.N("lint.summary.warnings", count[Warning], count[Warning]), count[Info]))
	if len(rep.Results) > 5 {
		// A batch: how many postings per language and per law, not one line each.
		langs, laws, words := map[string]int{}, map[string]int{}, 0
		for _, r := range rep.Results {
			langs[r.Lang]++
			laws[r.Jurisdiction]++
			words += r.Words
		}
		fmt.Fprintln(w, "  "+msg.T("lint.summary.batch", countList(langs), countList(laws), words))
		return
	}
	for _, r := range rep.Results {
		fmt.Fprintln(w, "  "+msg.T("lint.summary.result", usertext.Escape(r.File), r.langNote(msg), usertext.Escape(r.lawNote(msg)), r.Words, r.Readability.Formula, r.Readability.Score))
	}
}

func (r Result) langNote(msg *messages.Localizer) string {
	if r.LangDetected {
		return msg.T("lint.lang_detected", r.Lang)
	}
	return msg.T("lint.lang", r.Lang)
}

func (r Result) lawNote(msg *messages.Localizer) string {
	switch {
	case r.CountryFrom != "":
		return msg.T("lint.law_inferred", msg.Translate(r.Jurisdiction), r.Country, msg.Translate(r.CountryFrom))
	case r.Country != "":
		return msg.T("lint.law_country", msg.Translate(r.Jurisdiction), r.Country)
	}
	return msg.T("lint.law_none", msg.Translate(r.Jurisdiction))
}

// countList writes counts as "fr 3, en 2", largest first.
func countList(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if m[a] != m[b] {
			return m[b] - m[a]
		}
		return strings.Compare(a, b)
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}

// jsonReport is the JSON shape, version 1. Fields are only ever added.
//
//	{
//	  "version": 1,
//	  "summary": {"error": 0, "warning": 0, "info": 0},
//	  "findings": [{"rule", "severity", "file", "line", "col", "message", "suggestion"?}],
//	  "documents": [{"file", "lang", "words", "sentences",
//	                 "readability": {"formula", "score"}, "gender"?: {gender-decoder's keys}}]
//	}
type jsonReport struct {
	Version   int            `json:"version"`
	Summary   map[string]int `json:"summary"`
	Findings  []Finding      `json:"findings"`
	Documents []Result       `json:"documents"`
}

// WriteJSON writes the report as JSON in its documented, stable shape.
func (rep Report) WriteJSON(w io.Writer) error {
	out := jsonReport{Version: 1, Summary: map[string]int{"error": 0, "warning": 0, "info": 0},
		Findings: rep.Findings(), Documents: rep.Results}
	if out.Findings == nil {
		out.Findings = []Finding{}
	}
	if out.Documents == nil {
		out.Documents = []Result{}
	}
	for _, f := range out.Findings {
		out.Summary[f.Severity.String()]++
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// githubData escapes a workflow command's message as the runner reads it;
// usertext.Escape then makes every other control character visible, since
// the runner's log is shown in terminals and browsers that obey them.
var githubData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

// githubProperty escapes a workflow command's property value.
var githubProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

func githubLevel(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "notice"
}

// WriteGitHub writes GitHub Actions workflow commands, which annotate the
// lines of a pull request.
func (rep Report) WriteGitHub(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, f := range rep.Findings() {
		fmt.Fprintf(bw, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", githubLevel(f.Severity),
			usertext.Escape(githubProperty.Replace(f.File)), f.Line, f.Col, usertext.Escape(githubProperty.Replace(f.Rule)), usertext.Escape(githubData.Replace(messageLine(f))))
	}
	return bw.Flush()
}

func sarifLevel(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "note"
}

// relative makes a path relative to base, with forward slashes as SARIF
// URIs have; a path outside base stays as it is.
func relative(base, path string) string {
	if base != "" && filepath.IsAbs(base) == filepath.IsAbs(path) {
		if rel, err := filepath.Rel(base, path); err == nil && !strings.HasPrefix(rel, "..") {
			path = rel
		}
	}
	return filepath.ToSlash(path)
}

// WriteSARIF writes a SARIF 2.1.0 log that GitHub code scanning accepts.
func (rep Report) WriteSARIF(w io.Writer) error {
	log := sarif.NewReport()
	run := sarif.NewRunWithInformationURI("jobdesc", "https://github.com/jobdesc/jobdesc")
	if rep.Version != "" {
		run.Tool.Driver.WithVersion(rep.Version)
	}
	run.ColumnKind = ptr("unicodeCodePoints")
	for _, r := range rep.Rules {
		run.AddRule(r.ID).
			WithName(ruleName(r.ID)).
			WithShortDescription(sarif.NewMultiformatMessageString().WithText(r.Summary)).
			WithFullDescription(sarif.NewMultiformatMessageString().WithText(r.Help)).
			WithHelp(sarif.NewMultiformatMessageString().WithText(r.Help).WithMarkdown(r.Help)).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(r.Severity)))
	}
	for _, f := range rep.Findings() {
		if run.GetRuleIndex(f.Rule) < 0 {
			run.AddRule(f.Rule)
		}
		loc := sarif.NewArtifactLocation().WithURI(relative(rep.Base, f.File))
		if !filepath.IsAbs(f.File) || rep.Base != "" {
			loc.WithURIBaseID("%SRCROOT%")
		}
		run.CreateResultForRule(f.Rule).
			WithLevel(sarifLevel(f.Severity)).
			WithMessage(sarif.NewTextMessage(messageLine(f))).
			AddLocation(sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
				WithArtifactLocation(loc).
				WithRegion(sarif.NewRegion().WithStartLine(f.Line).WithStartColumn(f.Col))))
	}
	log.AddRun(run)
	return log.PrettyWrite(w)
}

func ptr[T any](v T) *T { return &v }

// ruleName is a rule id in the PascalCase SARIF viewers show: pay-range is PayRange.
func ruleName(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "-") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}
