package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/config"
	"github.com/jobdesc/jobdesc/internal/term"
	"github.com/jobdesc/jobdesc/templates"
)

// InitOptions are the inputs of jobdesc init.
type InitOptions struct {
	IO  *term.IO
	Dir string
}

// NewInitCmd builds jobdesc init.
func NewInitCmd(ios *term.IO) *cobra.Command {
	o := &InitOptions{IO: ios}
	return &cobra.Command{
		Use:   "init",
		Short: "Write a jobdesc.yaml with your company's facts to fill in",
		Long: `Write a commented jobdesc.yaml in the current folder: the company profile
and defaults every posting starts from. An existing jobdesc.yaml is never
replaced.`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.Dir = workDir()
			return runInit(o)
		},
	}
}

func runInit(o *InitOptions) error {
	sample, err := fs.ReadFile(templates.FS(), templates.ConfigSample)
	if err != nil {
		return err
	}
	path := filepath.Join(o.Dir, config.FileName)
	if _, err := atomicfile.Write(path, sample, 0o644, false); err != nil {
		if errors.Is(err, atomicfile.ErrExists) {
			return fmt.Errorf("%s already exists; edit it, or remove it and run 'jobdesc init' again", config.FileName)
		}
		return err
	}
	fmt.Fprintf(o.IO.ErrOut, "wrote %s: fill in your company's facts, then run 'jobdesc render ROLE'\n", config.FileName)
	return nil
}
