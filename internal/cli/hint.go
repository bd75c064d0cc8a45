package cli

import (
	"errors"
	"strings"

	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/batch"
	"github.com/jobdesc/jobdesc/internal/catalog"
	"github.com/jobdesc/jobdesc/internal/messages"
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

// withHint adds to what went wrong how to fix it from the command line,
// in the interface language: the packages below say what is wrong, in
// English and without naming flags; msg translates what they say
// (messages.Translate) and words the hint. It is applied once, where an
// error is printed; an error told already stays.
func withHint(msg *messages.Localizer, err error) error {
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
	case errors.As(err, &notFound) && err.Error() == notFound.Error():
		what := msg.Translate(notFound.What)
		if flag, ok := pathFlags[notFound.What]; ok {
			return &hinted{msg: msg.T("err.not_found_flag", what, notFound.Path, flag), err: err}
		}
		return &hinted{msg: msg.T("err.not_found", what, notFound.Path), err: err}
	case errors.As(err, &notFound):
		hint = msg.T("hint.check_path")
		if flag, ok := pathFlags[notFound.What]; ok {
			hint = msg.T("hint.check_flag_path", flag)
		}
	case errors.As(err, &noTemplate):
		return &hinted{msg: msg.T("hint.no_template", noTemplate.Format, strings.Join(render.Templated(), ", ")), err: err}
	case errors.As(err, &exists):
		hint = msg.T("hint.force")
	case errors.As(err, &notOwned):
		hint = msg.T("hint.not_owned")
	case errors.As(err, &changed):
		hint = msg.T("hint.changed")
	case errors.As(err, &notRegular):
		hint = msg.T("hint.not_regular")
	case errors.As(err, &page):
		hint = msg.T("hint.no_jsonld")
	case errors.As(err, &unsuitable):
		hint = msg.T("hint.allow_unsuitable")
	case errors.As(err, &missing):
		if flag := keyFlag(missing.Key); flag != "" {
			hint = msg.T("hint.or_flag", flag)
		}
	case errors.As(err, &unknown):
		if unknown.Suggestion == "" && len(unknown.Dirs) == 0 {
			hint = msg.T("hint.roles_dir")
		}
	case errors.As(err, &noTitle):
		hint = msg.T("hint.no_title")
	case errors.As(err, &damaged):
		hint = msg.T("hint.damaged")
	}
	text := translateLines(msg, err.Error())
	if hint == "" && text == err.Error() {
		return err
	}
	return &hinted{msg: text + hint, err: err}
}

// translateLines translates each line of an error (a file's problems
// come a line each).
func translateLines(msg *messages.Localizer, s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = msg.Translate(l)
	}
	return strings.Join(lines, "\n")
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
