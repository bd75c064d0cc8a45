package posting

import (
	"fmt"
	"github.com/jobdesc/jobdesc/internal/values"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/strictyaml"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

// Labels are the fixed words of one language a template lays a posting
// out with: section headings and the phrases around values. Every other
// label (contract types, pay periods…) is already used up in the posting's
// worded values.
type Labels struct {
	Colon        string `label:"colon" desc:"what separates a label from its value: \" : \" in French, \": \" in English"`
	Title        string `label:"title" desc:"the job title's label"`
	Also         string `label:"also" desc:"introduces the role's other names"`
	About        string `label:"about" desc:"heading of the company section"`
	Website      string `label:"website" desc:"label of the company's website"`
	Client       string `label:"client" desc:"heading of the client company an interim worker is placed with"`
	Role         string `label:"role" desc:"heading of the role section"`
	Reporting    string `label:"reporting" desc:"heading of the reporting line section"`
	Missions     string `label:"missions" desc:"heading of the missions section"`
	Profile      string `label:"profile" desc:"heading of the profile section"`
	Requirements string `label:"requirements" desc:"heading of the profile's requirements (experience, education, tools), under the skill lines"`
	KnowHow      string `label:"know_how" desc:"heading of the know-how skills"`
	Soft         string `label:"soft" desc:"heading of the personal qualities"`
	Knowledge    string `label:"knowledge" desc:"heading of the knowledge skills"`
	Conditions   string `label:"conditions" desc:"heading of the conditions section"`
	Process      string `label:"process" desc:"heading of the recruitment steps"`
	Apply        string `label:"apply" desc:"heading of the how-to-apply section"`
	ApplyURL     string `label:"apply_url" desc:"label of the application link"`
	ApplyEmail   string `label:"apply_email" desc:"phrase before the application e-mail address"`
	Reference    string `label:"reference" desc:"label of the posting's reference"`
	Posted       string `label:"posted" desc:"phrase before the posted date"`
	ValidThrough string `label:"valid_through" desc:"phrase before the closing date"`
	Equal        string `label:"equal" desc:"the equal-opportunity statement closing the posting"`
	WhyJoin      string `label:"why_join" desc:"heading of the why-join-us section"`
	// PrivacyContact precedes PrivacyEmail.
	PrivacyContact string `label:"privacy_contact" desc:"phrase before the address the candidate-data notice gives (ending with a colon, or a verb: \"email\")"`
}

// Words are the labels of every language one labels file carries, all
// present: a template or a value never meets a missing label.
type Words struct {
	file   string
	byLang map[string]map[string]string
}

// File is the labels file the words were read from.
func (w *Words) File() string { return w.file }

// labelKeys lists every key a labels file must carry for each language:
// the Labels fields, the labels of the worded values, and one per value
// of each enumerated key.
func labelKeys() []string {
	keys := []string{
		"contract", "hours", "location", "remote", "salary", "salary_from", "salary_up_to", "start", "benefits",
		"seniority", "experience", "no_experience", "years_one", "years_many", "education", "background",
		"english", "english_for", "cefr", "tools", "tools_junior", "tools_lead", "about_named", "employer", "apply_url_with", "apply_email_with", "working_language", "languages", "works_in_fr", "works_in_en",
		"work_permit", "work_permit_required", "work_permit_sponsored", "work_permit_required_apply", "work_permit_sponsored_apply", "in_country", "status_etam",
		"reports_to", "manages", "reports_to_sentence", "manages_sentence", "no_reports_sentence", "works_with_sentence", "works_alongside_sentence", "works_beside_sentence", "joins_sentence", "joins_reports_sentence", "leads_sentence", "leads_reports_sentence", "freelance_reports_sentence", "freelance_joins_sentence", "freelance_joins_reports_sentence", "team_counted", "team_led", "team_grown", "team_of", "team_led_of", "boss_team", "boss_team_within", "numbers", "our_post", "and_sep", "manager_named", "manager_unnamed", "team", "people_one", "people_many",
		"status", "agreement", "remote_days_one", "remote_days_many", "assignment",
		"rate", "excl_vat",
		"working_time", "status_working_time", "hours_a_week", "forfait_days", "reason", "after", "on_call", "on_call_duty", "travel", "on_call_duty_sep", "on_call_pay_sep", "salary_note_sep", "salary_note_end", "salary_range_sep", "probation", "probation_in_contract", "relocation", "paid_leave",
		"inclusion_default", "inclusion_email", "privacy_default", "privacy_complaint", "privacy_company", "platform_glosses",
	}
	t := reflect.TypeFor[Labels]()
	for i := range t.NumField() {
		keys = append(keys, t.Field(i).Tag.Get("label"))
	}
	for _, e := range []struct {
		prefix string
		values []string
	}{
		{"contract_", values.ContractTypes}, {"hours_", values.HoursKinds}, {"remote_", values.RemoteModes},
		{"per_", values.PayPeriods}, {"rate_", values.RatePeriods}, {"seniority_", values.Seniorities}, {"status_", values.Statuses},
	} {
		for _, v := range e.values {
			keys = append(keys, e.prefix+v)
		}
	}
	for l := role.MinLevel; l <= role.MaxLevel; l++ {
		keys = append(keys, "level_"+strconv.Itoa(l))
	}
	sort.Strings(keys)
	return keys
}

// ParseLabels reads a labels file (labels.yaml): for each language, every
// label key. A missing or unknown key is an error located in file.
func ParseLabels(file string, data []byte) (*Words, error) {
	doc, err := strictyaml.Parse(file, data)
	if err != nil {
		return nil, err
	}
	w := &Words{file: file}
	pos, err := strictyaml.Decode(file, doc, &w.byLang)
	if err != nil {
		return nil, err
	}
	keys := labelKeys()
	var errs strictyaml.Errors
	fail := func(path, format string, args ...any) {
		at := pos.Lookup(path)
		errs = append(errs, &strictyaml.Error{File: file, Line: at.Line, Col: at.Col, Msg: fmt.Sprintf(format, args...)})
	}
	for _, lang := range role.SortedKeys(w.byLang) {
		if !slices.Contains(role.Languages(), lang) {
			fail(lang, "unknown language %s; use fr or en", usertext.Quote(lang))
			continue
		}
		labels := w.byLang[lang]
		var missing []string
		for _, k := range keys {
			if _, ok := labels[k]; !ok {
				missing = append(missing, strconv.Quote(k))
			}
		}
		switch n := len(missing); {
		case n == 1:
			fail(lang, "%s: no label %s; add it", lang, missing[0])
		case n > 5:
			fail(lang, "%s: %d labels missing: %s and %d more; add them", lang, n, strings.Join(missing[:5], ", "), n-5)
		case n > 1:
			fail(lang, "%s: labels missing: %s; add them", lang, strings.Join(missing, ", "))
		}
		for _, k := range role.SortedKeys(labels) {
			if !slices.Contains(keys, k) {
				msg := fmt.Sprintf("%s: unknown label %s", lang, usertext.Quote(k))
				if near := strictyaml.Closest(k, keys); near != "" {
					msg += fmt.Sprintf("; did you mean %q?", near)
				}
				fail(lang+"."+k, "%s", msg)
			}
		}
	}
	errs.Sort()
	if err := errs.Err(); err != nil {
		return nil, err
	}
	for lang, labels := range w.byLang {
		for k, v := range labels {
			labels[k] = Typography(v, lang)
		}
	}
	return w, nil
}

// lang returns the labels of one language.
func (w *Words) lang(lang string) (map[string]string, error) {
	m, ok := w.byLang[lang]
	if !ok {
		return nil, fmt.Errorf("%s has no labels for language %s; add a %s: section", w.file, usertext.Quote(lang), lang)
	}
	return m, nil
}

// labels fills the template's Labels of one language.
func labels(m map[string]string) Labels {
	var l Labels
	v := reflect.ValueOf(&l).Elem()
	t := v.Type()
	for i := range t.NumField() {
		v.Field(i).SetString(m[t.Field(i).Tag.Get("label")])
	}
	return l
}
