package cli

import (
	"strings"
	"sync"
	"text/template"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/jobdesc/jobdesc/internal/messages"
	"github.com/jobdesc/jobdesc/internal/usage"
)

// localize gives the command tree the interface language: each command's
// Short, Long and Example, each flag's usage (cli.<path>.flag.<name>, else
// cli.flag.<name>, with the list of its values for a %s), and cobra's own
// words (the usage template, the help command and flag, completion).
// The texts in the code are only the commands' Use lines: the help lives
// in the catalogues, where the test of the tree finds every one.
//
// A run that shows no help (most runs) needs none of these texts, and
// localizing every command and flag was half a millisecond of each start:
// lazyTexts defers it to the first help, usage or completion shown.
func localize(root *cobra.Command, msg *messages.Localizer) {
	helpAndVersion(root, msg)
	localizeTexts(root, msg)
}

// helpAndVersion adds cobra's help command and version flag, the help
// command refusing unknown topics.
func helpAndVersion(root *cobra.Command, msg *messages.Localizer) {
	root.InitDefaultHelpCmd()
	root.InitDefaultVersionFlag()
	refuseUnknownTopics(root, msg)
}

// lazyTexts prepares root as localize does, but gives the commands their
// texts only when cobra first shows them: in a help, a usage, or the
// completions a shell asks for with args (cobra's __complete command,
// which reads commands' and flags' texts as descriptions). A help
// function a command sets itself calls f.helpTexts first.
func lazyTexts(root *cobra.Command, f *Factory, args []string) {
	msg := f.Msg
	helpAndVersion(root, msg)
	if len(args) > 0 && (args[0] == cobra.ShellCompRequestCmd || args[0] == cobra.ShellCompNoDescRequestCmd) {
		localizeTexts(root, msg)
		return
	}
	texts := sync.OnceFunc(func() { localizeTexts(root, msg) })
	f.texts = texts
	help := root.HelpFunc()
	root.SetHelpFunc(func(c *cobra.Command, a []string) {
		texts()
		help(c, a)
	})
	root.SetUsageFunc(func(c *cobra.Command) error {
		texts()
		return c.UsageFunc()(c)
	})
}

// localizeTexts gives every command of root its texts.
func localizeTexts(root *cobra.Command, msg *messages.Localizer) {
	Walk(root, func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		id := helpID(c)
		// A text the command's constructor wrote from the catalogue
		// itself (one that takes arguments) is kept.
		c.Short = msg.T(id + ".short")
		if c.Long == "" || cobraOwn(c) {
			c.Long = ""
			if msg.Has(id + ".long") {
				c.Long = msg.T(id + ".long")
			}
		}
		c.Example = ""
		if msg.Has(id + ".example") {
			c.Example = msg.T(id + ".example")
		}
		c.Flags().VisitAll(func(fl *pflag.Flag) {
			fl.Usage = flagUsage(msg, c, id, fl)
		})
		if c.HasAvailableFlags() && !c.DisableFlagsInUseLine {
			// cobra writes "[flags]" itself; the line is ours to word.
			c.Use += " " + msg.T("cli.usage.flags_placeholder")
			c.DisableFlagsInUseLine = true
		}
		c.SetUsageFunc(usageFunc(msg))
	})
}

// refuseUnknownTopics makes "jobdesc help nope" a usage error in the
// interface language: the root takes arguments (to word unknown commands
// itself), so cobra's help finds the root for any topic and shows its
// help as though it were asked.
func refuseUnknownTopics(root *cobra.Command, msg *messages.Localizer) {
	for _, h := range root.Commands() {
		if h.Name() != "help" || h.Run == nil {
			continue
		}
		show := h.Run
		h.Run = nil
		h.RunE = func(c *cobra.Command, args []string) error {
			if found, _, err := root.Find(args); len(args) > 0 && (err != nil || found == root) {
				if s := root.SuggestionsFor(args[0]); len(s) > 0 {
					return usage.Wrap(msg.Err("err.unknown_help_topic_near", args[0], s[0]))
				}
				return usage.Wrap(msg.Err("err.unknown_help_topic", args[0]))
			}
			show(c, args)
			return nil
		}
	}
}

// cobraOwn reports whether cobra made c (help, completion), with its
// own English texts.
func cobraOwn(c *cobra.Command) bool {
	return c.Name() == "help" || c.Name() == "completion" || c.HasParent() && c.Parent().Name() == "completion"
}

// Walk calls fn on c and every command below it.
func Walk(c *cobra.Command, fn func(*cobra.Command)) {
	fn(c)
	for _, s := range c.Commands() {
		Walk(s, fn)
	}
}

// helpID is the catalogue's prefix for c's texts: cli.root, cli.render,
// cli.templates.export.
func helpID(c *cobra.Command) string {
	if !c.HasParent() {
		return "cli.root"
	}
	path := strings.Fields(c.CommandPath())[1:]
	return "cli." + strings.Join(path, ".")
}

// flagUsage is the usage of fl on c: the command's own text, else the
// shared one; the help and version flags name the command.
func flagUsage(msg *messages.Localizer, c *cobra.Command, id string, fl *pflag.Flag) string {
	switch fl.Name {
	case "help":
		return msg.T("cli.flag.help", c.Name())
	case "version":
		return msg.T("cli.flag.version", c.Name())
	}
	key := id + ".flag." + fl.Name
	if !msg.Has(key) {
		key = "cli.flag." + fl.Name
	}
	if choices := fl.Annotations[choicesAnnotation]; choices != nil {
		return msg.T(key, msg.Or(choices))
	}
	return msg.T(key)
}

// usageTemplate is cobra's usage template (v1.10) in the interface
// language; its functions are cobra's, given here rather than through
// cobra.AddTemplateFunc, which would change them for the whole process.
const usageTemplate = `{{t "cli.usage.usage"}}{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} {{t "cli.usage.command_placeholder"}}{{end}}{{if gt (len .Aliases) 0}}

{{t "cli.usage.aliases"}}
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

{{t "cli.usage.examples"}}
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

{{t "cli.usage.commands"}}{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

{{t "cli.usage.flags"}}
{{flags .LocalFlags}}{{end}}{{if .HasAvailableInheritedFlags}}

{{t "cli.usage.global_flags"}}
{{flags .InheritedFlags}}{{end}}{{if .HasAvailableSubCommands}}

{{t "cli.usage.more" .CommandPath}}{{end}}
`

// usageFunc prints a command's usage with usageTemplate.
func usageFunc(msg *messages.Localizer) func(*cobra.Command) error {
	return func(c *cobra.Command) error {
		tmpl := template.Must(template.New("usage").Funcs(template.FuncMap{
			"t":    func(id string, args ...any) string { return msg.T(id, args...) },
			"rpad": func(s string, n int) string { return s + strings.Repeat(" ", max(0, n-len([]rune(s)))) },
			"flags": func(fs *pflag.FlagSet) string {
				return strings.TrimRight(flagUsages(msg, fs), " \n\t")
			},
		}).Parse(usageTemplate))
		return tmpl.Execute(c.OutOrStderr(), c)
	}
}

// flagUsages is pflag's list of fs's flags, with the value types and
// defaults worded in the interface language: pflag names a value by its
// type ("string"), so each flag is shown through a copy whose value
// gives the word, and pflag aligns the columns as usual.
func flagUsages(msg *messages.Localizer, fs *pflag.FlagSet) string {
	if msg.Lang() == messages.English {
		return fs.FlagUsages()
	}
	shown := pflag.NewFlagSet("", pflag.ContinueOnError)
	fs.VisitAll(func(fl *pflag.Flag) {
		c := *fl
		if t := fl.Value.Type(); t != "bool" {
			c.Value = typeWord{Value: fl.Value, word: msg.T("cli.usage.type_" + strings.ToLower(t))}
			if fl.DefValue == "[]" {
				c.DefValue = ""
			}
		}
		shown.AddFlag(&c)
	})
	return strings.ReplaceAll(shown.FlagUsages(), " (default ", " ("+msg.T("cli.usage.default")+" ")
}

// typeWord is a flag value that pflag shows under another name.
type typeWord struct {
	pflag.Value
	word string
}

func (t typeWord) Type() string { return t.word }
