package cli

import (
	"reflect"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/schema"
	"github.com/jobdesc/jobdesc/internal/term"
)

// SchemaOptions are the inputs of jobdesc schema.
type SchemaOptions struct {
	IO      *term.IO
	Posting bool
	Draft   string
}

// NewSchemaCmd builds jobdesc schema.
func NewSchemaCmd(ios *term.IO) *cobra.Command {
	o := &SchemaOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "schema --posting [--draft 2020-12|07]",
		Short: "Print the JSON Schema of the posting data templates receive",
		Long: `Print the JSON Schema of the data a template receives, which is also the
shape of --format json: generated from jobdesc's own types, so it always
matches the version you run.`,
		Example: `  jobdesc schema --posting > posting.schema.json
  jobdesc schema --posting --draft 07`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, a []string) error { return runSchema(o) },
	}
	cmd.Flags().BoolVar(&o.Posting, "posting", false, "the schema of the posting data templates receive")
	cmd.Flags().StringVar(&o.Draft, "draft", "2020-12", "JSON Schema draft: "+strings.Join(schema.Drafts(), " or "))
	return cmd
}

func runSchema(o *SchemaOptions) error {
	if !o.Posting {
		return usageErrorf("pass --posting: the schema of role files is not available yet")
	}
	if !slices.Contains(schema.Drafts(), o.Draft) {
		return &term.BadValueError{Flag: "draft", Value: o.Draft, Allowed: schema.Drafts()}
	}
	data, err := schema.Generate(reflect.TypeFor[posting.Posting](), o.Draft, "jobdesc posting",
		"The resolved posting: the data a jobdesc template receives, and the output of --format json.")
	if err != nil {
		return err
	}
	_, err = o.IO.Out.Write(data)
	return err
}
