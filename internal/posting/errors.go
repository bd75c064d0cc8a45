package posting

import (
	"fmt"
	"strings"

	"github.com/jobdesc/jobdesc/internal/langdetect"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

// MissingLangError is a text value with no text in the posting's
// language: given per language without it, or given once (or as its
// language's) in another language (ReadsAs).
type MissingLangError struct {
	Key, Lang string
	// ReadsAs is the language the text given reads as, "" when the key
	// has no text in Lang at all; Value is that text.
	ReadsAs, Value string
}

// Refused marks a refusal: the posting would mix two languages.
func (e *MissingLangError) Refused() {}

// ValueKey is the key path of the value to fix.
func (e *MissingLangError) ValueKey() string { return e.Key }

func (e *MissingLangError) Error() string {
	if e.ReadsAs == "" {
		return fmt.Sprintf("%s has no %s text; add %s.%s, or write one text for every language", e.Key, e.Lang, e.Key, e.Lang)
	}
	return fmt.Sprintf("%s %s is %s, not %s: write %s.%s for %s postings (and %s.%s for %s ones)",
		e.Key, usertext.Quote(e.Value), langdetect.Name(e.ReadsAs), langdetect.Name(e.Lang),
		e.Key, e.Lang, langdetect.Name(e.Lang), e.Key, e.ReadsAs, langdetect.Name(e.ReadsAs))
}

// LangErrors are several text values with no text in the posting's
// language, in one error that names every key.
type LangErrors []*MissingLangError

// Refused marks a refusal: the posting would mix two languages.
func (e LangErrors) Refused() {}

// ValueKey is the key path of the first value to fix; the message names
// them all.
func (e LangErrors) ValueKey() string { return e[0].Key }

func (e LangErrors) Error() string {
	keys := make([]string, len(e))
	fixes := make([]string, len(e))
	for i, m := range e {
		keys[i] = m.Key
		fixes[i] = m.Key + "." + m.Lang
	}
	lang := e[0].Lang
	return fmt.Sprintf("%s have no %s text (given in another language or not at all); add %s",
		strings.Join(keys, ", "), langdetect.Name(lang), strings.Join(fixes, ", "))
}

// NoTitleError is a role with no title in the posting's language: a user
// role may carry one language only.
type NoTitleError struct{ Role, Lang string }

func (e *NoTitleError) Error() string {
	return fmt.Sprintf("role %q has no %s title", e.Role, e.Lang)
}

// NoTextError is a mission the posting shows with no title in its
// language.
type NoTextError struct{ Role, Mission, Lang string }

func (e *NoTextError) Error() string {
	return fmt.Sprintf("mission %q of role %q has no %s title, which the %s posting shows as a heading; add title.%s to the mission in the role file, or post it in a language the role carries",
		e.Mission, e.Role, e.Lang, e.Lang, e.Lang)
}

// TeamSizeError is a team.size too small for the hire and the posts the
// role manages at the posting's size and seniority.
type TeamSizeError struct {
	Role    string
	Size    int
	Managed []string // the titles of the posts managed
}

// Refused marks a refusal: the posting would contradict itself.
func (e *TeamSizeError) Refused() {}

// ValueKey is the key path of the value to fix.
func (e *TeamSizeError) ValueKey() string { return "team.size" }

func (e *TeamSizeError) Error() string {
	return fmt.Sprintf("team.size: %d, but a %s hire manages %d posts (%s) and the team counts the hire too; give at least %d, or leave team.size out",
		e.Size, e.Role, len(e.Managed), strings.Join(e.Managed, ", "), 1+len(e.Managed))
}

// FreelanceManagerError is a freelance contract for a post that manages
// staff at the posting's size and seniority.
type FreelanceManagerError struct {
	Role    string
	Managed []string // the titles of the posts managed
}

// Refused marks a refusal: the posting would describe an employee.
func (e *FreelanceManagerError) Refused() {}

// ValueKey is the key path of the value to fix.
func (e *FreelanceManagerError) ValueKey() string { return "contract.type" }

func (e *FreelanceManagerError) Error() string {
	return fmt.Sprintf("contract.type: freelance, but a %s hire manages staff at this company size and seniority (%s): a freelance works for the company, not over its staff, or the contract is an employment contract in disguise (Code du travail L8221-6); choose an employee's contract (permanent, fixed-term, interim), or a seniority or company size at which the role manages nobody",
		e.Role, strings.Join(e.Managed, ", "))
}
