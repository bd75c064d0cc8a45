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
	root := NewRootCmd(f)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if werr := ios.WriteError(); err == nil && werr != nil {
		// The command ignored it (fmt.Fprintf), but the output is lost.
		err = fmt.Errorf("cannot write the output: %w", unwrapPath(werr))
	}
	err = withHint(err)
	if err != nil && !errors.Is(err, errSilent) {
		for line := range strings.Lines(strings.TrimRight(err.Error(), "\n")) {
			fmt.Fprintln(ios.ErrOut, "jobdesc: "+usertext.Escape(strings.TrimSuffix(line, "\n")))
		}
	}
	return ExitCode(err)
}

// NewRootCmd builds the command tree.
func NewRootCmd(f *Factory) *cobra.Command {
	ios := f.IO
	root := &cobra.Command{
		Use:   "jobdesc",
		Short: "Turn role definitions into job postings",
		Long: `jobdesc renders job postings for the new digital roles (community manager,
social media manager, digital manager…) from a curated bilingual catalogue,
with your company's facts, in the formats people publish.`,
		Example: `  jobdesc init
  jobdesc card community-manager
  jobdesc render community-manager -o community-manager.md
  jobdesc help render`,
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return nil
			}
			msg := fmt.Sprintf("unknown command %q", args[0])
			if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
				return usage.Errorf("%s; did you mean %q?", msg, s[0])
			}
			return usage.Errorf("%s; run 'jobdesc --help' for the list", msg)
		},
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.SetIn(ios.In)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &usage.Error{Err: fmt.Errorf("%w; run '%s --help' for usage", err, cmd.CommandPath())}
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
			c.Args = args(cobra.MaximumNArgs(1))
			c.RunE = func(cmd *cobra.Command, a []string) error {
				if len(a) == 0 {
					return cmd.Help()
				}
				return usage.Errorf("unknown shell %q: use bash, zsh, fish or powershell", a[0])
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

// args wraps a cobra argument check so its error counts as a usage error.
func args(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, a []string) error {
		if err := check(cmd, a); err != nil {
			return &usage.Error{Err: fmt.Errorf("%w; run '%s --help' for usage", err, cmd.CommandPath())}
		}
		return nil
	}
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
