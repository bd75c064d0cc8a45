package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/batch"
	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/render"
	"github.com/jobdesc/jobdesc/internal/usage"
)

// hinted is an error told the command-line way: its own message, and
// the chain of the error it tells, so the exit code stays the cause's.
type hinted struct {
	msg string
	err error
}

func (h *hinted) Error() string { return h.msg }
func (h *hinted) Unwrap() error { return h.err }

// pathFlags name the flag that gives each kind of path the run refuses as
// not found, for "check the --template path".
var pathFlags = map[string]string{
	"template":     "--template",
	"batch file":   "--batch",
	"values file":  "-f",
	"config file":  "--config",
	"roles folder": "--roles-dir",
}

// withHint adds to what went wrong how to fix it from the command line:
// the packages below say what is wrong, without naming flags. It is
// applied once, where an error is printed; an error told already stays.
func withHint(err error) error {
	var (
		told       *hinted
		notFound   *usage.NotFoundError
		noTemplate *render.NoTemplateError
		exists     *atomicfile.ExistsError
		notOwned   *atomicfile.NotOwnedError
		changed    *atomicfile.ChangedError
		notRegular *atomicfile.NotRegularError
		damaged    *batch.DamagedError
		missing    *render.MissingError
		noTitle    *posting.NoTitleError
		unknown    *catalog.UnknownRoleError
		page       *render.PageJSONLDError
		unsuitable *posting.UnsuitableError
	)
	hint := ""
	switch {
	case err == nil || errors.As(err, &told):
		return err
	case errors.As(err, &notFound):
		hint = "; check the path"
		if flag, ok := pathFlags[notFound.What]; ok {
			hint = "; check the " + flag + " path"
		}
	case errors.As(err, &noTemplate):
		return &hinted{msg: fmt.Sprintf("--template does not apply to the %s format, which has no template; use it with %s",
			noTemplate.Format, strings.Join(render.Templated(), ", ")), err: err}
	case errors.As(err, &exists):
		hint = "; pass --force to replace it"
	case errors.As(err, &notOwned):
		hint = "; remove it, choose another name, or pass --force to replace it"
	case errors.As(err, &changed):
		hint = "; keep your edit under another name, or pass --force to replace it"
	case errors.As(err, &notRegular):
		hint = ": name another file"
	case errors.As(err, &page):
		hint = ", or pass --no-jsonld for a page without it"
	case errors.As(err, &unsuitable):
		hint = "; pass --allow-unsuitable to render it anyway"
	case errors.As(err, &missing):
		if flag := keyFlag(missing.Key); flag != "" {
			hint = " or " + flag
		}
	case errors.As(err, &unknown):
		if unknown.Suggestion == "" && len(unknown.Dirs) == 0 {
			hint = ", or --roles-dir DIR"
		}
	case errors.As(err, &noTitle):
		hint = "; render it with --lang set to a language it carries"
	case errors.As(err, &damaged):
		hint = " (jobdesc then replaces none of the files it listed unless you pass --force)"
	}
	if hint == "" {
		return err
	}
	return &hinted{msg: err.Error() + hint, err: err}
}

// keyFlag is the dedicated flag that sets a value key ("--company" for
// company.name), "" when none does.
func keyFlag(key string) string {
	for _, d := range (&valueOptions{}).dedicated() {
		if d.key == key {
			return "--" + d.name
		}
	}
	return ""
}
