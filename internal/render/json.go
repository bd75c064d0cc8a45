package render

import (
	"github.com/jobdesc/jobdesc/internal/posting"
)

// The json format writes the resolved posting itself, the data templates
// receive, under the same names: `jobdesc schema --posting` describes both.
func jsonFormat() Format {
	return Format{Name: "json", Ext: ".json", build: func(string, []byte, *describer) (writeFunc, error) {
		return func(o *output, p *posting.Posting) error { return writeJSON(o, p) }, nil
	}, bounded: func(_, _ []byte) bool { return true }}
}
