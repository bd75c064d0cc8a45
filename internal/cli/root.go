// Package cli holds the commands: each an options struct, a NewXCmd that
// wires flags into it, and a runX that does the work on term.IO streams.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/jobdesc/jobdesc/internal/messages"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/internal/usage"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

// Run runs the command line args on ios and returns the exit code.
func Run(args []string, ios *term.IO) int {
	return RunContext(context.Background(), args, ios)
}

// RunContext is Run under ctx: when ctx ends, a batch stops.
func RunContext(ctx context.Context, args []string, ios *term.IO) int {
	return RunFactory(ctx, NewFactory(ios), args)
}

// RunFactory runs the command line args with f's dependencies under ctx
// and returns the exit code. Errors are printed here, once, as one line
// each.
func RunFactory(ctx context.Context, f *Factory, args []string) int {
	ios := f.IO
	ios.TrackWrites()
	if f.Msg == nil {
		f.Msg = messages.New(f.uiLang(args))
	}
	root := commands(f)
	lazyTexts(root, f, args)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if werr := ios.WriteError(); err == nil && werr != nil {
		// The command ignored it (fmt.Fprintf), but the output is lost.
		err = f.Msg.Err("err.write_output", unwrapPath(werr))
	}
	err = withHint(f.Msg, err)
	if err != nil && !errors.Is(err, errSilent) {
		for line := range strings.Lines(strings.TrimRight(err.Error(), "\n")) {
			fmt.Fprintln(ios.ErrOut, "jobdesc: "+usertext.Escape(strings.TrimSuffix(line, "\n")))
		}
	}
	return ExitCode(err)
}

// NewRootCmd builds the command tree, with its texts in the interface
// language.
func NewRootCmd(f *Factory) *cobra.Command {
	root := commands(f)
	localize(root, f.Msg)
	return root
}

// commands builds the command tree without its texts.
func commands(f *Factory) *cobra.Command {
	ios := f.IO
	if f.Msg == nil {
		f.Msg = messages.New(messages.English)
	}
	msg := f.Msg
	root := &cobra.Command{
		Use:           "jobdesc",
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return nil
			}
			if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
				return usage.Wrap(msg.Err("err.unknown_command_near", args[0], s[0]))
			}
			return usage.Wrap(msg.Err("err.unknown_command", args[0]))
		},
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.SetIn(ios.In)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &usage.Error{Err: msg.Err("err.flag", flagError(msg, err), cmd.CommandPath())}
	})
	root.SetVersionTemplate("jobdesc {{.Version}}\n")
	root.SuggestionsMinimumDistance = 2
	root.AddCommand(
		NewListCmd(f, nil),
		NewRenderCmd(f, nil),
		NewSiteCmd(f, nil),
		NewPreviewCmd(f, nil),
		NewLintCmd(f, nil),
		NewCardCmd(f, nil),
		NewCompareCmd(f, nil),
		NewMatrixCmd(f, nil),
		NewOrgCmd(f, nil),
		NewMatchCmd(f, nil),
		NewNewCmd(f, nil),
		NewInitCmd(f, nil),
		NewSchemaCmd(f, nil),
		NewTemplatesCmd(f, nil),
	)
	// cobra's completion command prints its help and succeeds for a shell
	// it does not know; make that a usage error like any other.
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" {
			c.Args = f.args(0, 1)
			c.RunE = func(cmd *cobra.Command, a []string) error {
				if len(a) == 0 {
					return cmd.Help()
				}
				return usage.Wrap(msg.Err("err.unknown_shell", a[0]))
			}
		}
	}
	return root
}

// version is the module version stamped by go install, else "devel".
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "devel"
}

// buildID names this build for the batch manifest's input hashes: the
// version, and for a build from a modified or unversioned tree the
// executable's size and time, so a rebuilt jobdesc re-renders what it
// might now write differently.
func buildID() string {
	v := version()
	if v != "devel" && !strings.HasSuffix(v, "+dirty") {
		return v
	}
	exe, err := os.Executable()
	if err != nil {
		return v
	}
	info, err := os.Stat(exe)
	if err != nil {
		return v
	}
	return fmt.Sprintf("%s %d %d", v, info.Size(), info.ModTime().UnixNano())
}

// args checks a command takes min to max arguments (max -1: any number),
// and says what is wrong in the interface language, as a usage error.
func (f *Factory) args(min, max int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, a []string) error {
		path := cmd.CommandPath()
		switch {
		case len(a) < min:
			return usage.Wrap(errors.New(f.Msg.N("err.args_missing", min, path, min, path)))
		case max == 0 && len(a) > 0:
			return usage.Wrap(f.Msg.Err("err.args_unexpected", a[0], path))
		case max >= 0 && len(a) > max:
			return usage.Wrap(errors.New(f.Msg.N("err.args_too_many", max, path, max, len(a), path)))
		}
		return nil
	}
}

// flagError is pflag's error about a flag in the interface language: the
// parser's errors are typed, so each gets its own message; another gets a
// lead that says the flags are at fault, with the parser's words after.
func flagError(msg *messages.Localizer, err error) string {
	var (
		notExist *pflag.NotExistError
		required *pflag.ValueRequiredError
		invalid  *pflag.InvalidValueError
		syntax   *pflag.InvalidSyntaxError
	)
	switch {
	case errors.As(err, &notExist) && notExist.GetSpecifiedShortnames() != "":
		return msg.T("err.flag_unknown_short", notExist.GetSpecifiedName(), notExist.GetSpecifiedShortnames())
	case errors.As(err, &notExist):
		return msg.T("err.flag_unknown", notExist.GetSpecifiedName())
	case errors.As(err, &required):
		return msg.T("err.flag_needs_value", required.GetFlag().Name)
	case errors.As(err, &invalid):
		return msg.T("err.flag_invalid", invalid.GetValue(), invalid.GetFlag().Name, invalid.Unwrap())
	case errors.As(err, &syntax):
		return msg.T("err.flag_syntax", syntax.GetSpecifiedFlag())
	}
	return msg.T("err.flag_other", err)
}

// unwrapPath drops the "write /dev/stdout" an *fs.PathError adds.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// hookOr calls the hook a test gave the command constructor, else the
// command's own run function.
func hookOr[O any](hook, def func(*O) error, o *O) error {
	if hook != nil {
		return hook(o)
	}
	return def(o)
}

// firstArg completes the first argument only.
func firstArg(complete cobra.CompletionFunc) cobra.CompletionFunc {
	return func(cmd *cobra.Command, a []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(a) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return complete(cmd, a, toComplete)
	}
}
