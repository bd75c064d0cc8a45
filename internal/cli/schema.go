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
	Draft   string // "" for the default of the schema asked
}

// NewSchemaCmd builds jobdesc schema.
func NewSchemaCmd(f *Factory, runF func(*SchemaOptions) error) *cobra.Command {
	o := &SchemaOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:  "schema [--posting] [--draft 07|2020-12]",
		Args: f.args(0, 0),
		RunE: func(cmd *cobra.Command, a []string) error { return hookOr(runF, runSchema, o) },
	}
	cmd.Flags().BoolVar(&o.Posting, "posting", false, "the schema of the posting data templates receive")
	cmd.Flags().StringVar(&o.Draft, "draft", "", "JSON Schema draft: "+strings.Join(schema.Drafts(), " or ")+" (default: 07 for role files, 2020-12 with --posting)")
	enum(cmd, "draft", schema.Drafts()...)
	return cmd
}

func runSchema(o *SchemaOptions) error {
	draft := o.Draft
	if draft == "" {
		draft = "07"
		if o.Posting {
			draft = "2020-12"
		}
	}
	if !slices.Contains(schema.Drafts(), draft) {
		return term.BadValue("draft", draft, schema.Drafts())
	}
	var data []byte
	var err error
	if o.Posting {
		data, err = schema.Generate(reflect.TypeFor[posting.Posting](), draft, "jobdesc posting",
			"The resolved posting: the data a jobdesc template receives, and the output of --format json.")
	} else {
		data, err = schema.Role(draft)
	}
	if err != nil {
		return err
	}
	_, err = o.IO.Out.Write(data)
	return err
}
