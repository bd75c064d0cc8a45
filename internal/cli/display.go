package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/action"
	"github.com/jobdesc/jobdesc/internal/explore"
	"github.com/jobdesc/jobdesc/internal/preview"
	"github.com/jobdesc/jobdesc/internal/term"
)

// maxPreviewWidth keeps lines readable on a wide terminal; role cards are
// laid out to fit it.
const maxPreviewWidth = 100

// displayOptions say how a document is shown on a terminal: the rules of
// preview for every command that shows Markdown.
type displayOptions struct {
	Color string
	Style string
}

func (o *displayOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.Style, "style", "", orList(term.Styles())+" (default: $GLAMOUR_STYLE, else the config's preview.style, else "+term.Styles()[0]+")")
	cmd.Flags().StringVar(&o.Color, "color", term.ColorAuto, orList(term.ColorModes()))
	enum(cmd, "style", term.Styles()...)
	enum(cmd, "color", term.ColorModes()...)
}

// terminal says how output is laid out: by glamour, in style, when
// colour is on; as it is otherwise.
type terminal struct {
	style string
	color bool
}

// decide applies the colour rules: glamour for a terminal, plain output
// with no escape code when stdout is not one, with NO_COLOR, TERM=dumb or
// --color never. configStyle is the config file's preview.style.
func (o *displayOptions) decide(ios *term.IO, configStyle func() (string, error)) (terminal, error) {
	color, err := ios.ColorEnabled(o.Color)
	if err != nil {
		return terminal{}, err
	}
	flagStyle := o.Style
	if flagStyle == "" && ios.Getenv("GLAMOUR_STYLE") == "" {
		if flagStyle, err = configStyle(); err != nil {
			return terminal{}, err
		}
	}
	style, err := ios.Style(flagStyle, color)
	if err != nil {
		return terminal{}, err
	}
	return terminal{style: style, color: color}, nil
}

// show writes a document: laid out by glamour and paged on a terminal
// with colour; its Markdown as is when piped or without colour.
func (t terminal) show(ios *term.IO, write func(io.Writer, explore.Options) error) error {
	var buf bytes.Buffer
	if err := write(&buf, explore.Options{ASCII: !ios.Unicode()}); err != nil {
		return err
	}
	out := preview.Sanitize(buf.String())
	if t.color {
		var err error
		if out, err = glamourize(ios, t.style, t.color, out); err != nil {
			return err
		}
	}
	return page(ios, out)
}

// glamourize lays Markdown out for the terminal.
func glamourize(ios *term.IO, style string, color bool, md string) (string, error) {
	pr, err := preview.New(preview.Options{Style: style, Width: min(ios.Width(), maxPreviewWidth), Color: color})
	if err != nil {
		return "", err
	}
	return pr.Render(md)
}

// page writes out through the pager when stdout is a terminal.
func page(ios *term.IO, out string) error {
	if err := ios.StartPager(); err != nil {
		return err
	}
	_, err := io.WriteString(ios.Out, out)
	if stopErr := ios.StopPager(); err == nil {
		err = stopErr
	}
	return err
}

// prefs are the language and size of a command that shows the
// catalogue. A broken config file is reported as a warning when the
// language had to come from somewhere else.
func prefs(ios *term.IO, env *action.Env, lang, size string) (action.Prefs, error) {
	p, err := env.Prefs(lang, size)
	if err != nil {
		return p, err
	}
	if p.Warning != nil && lang == "" {
		fmt.Fprintln(ios.ErrOut, "jobdesc: "+env.Msg.T("cli.warning", env.Msg.T("cli.config_not_used", translateLines(env.Msg, p.Warning.Error()))))
	}
	return p, nil
}

// document is what card, compare and match print: Markdown, shown
// through glamour on a terminal, or JSON.
type document interface {
	Markdown(io.Writer, explore.Options) error
	JSON(io.Writer) error
}

// showDocument prints doc in format, markdown or json.
func (o *displayOptions) showDocument(ios *term.IO, p action.Prefs, format string, doc document) error {
	if format == term.FormatJSON {
		return doc.JSON(ios.Out)
	}
	t, err := o.decide(ios, func() (string, error) { return p.Style, nil })
	if err != nil {
		return err
	}
	return t.show(ios, doc.Markdown)
}

// writeJSON writes v as indented JSON, as every JSON output is.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
