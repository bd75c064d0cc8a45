package render

import (
	"regexp"
	"strings"
	"testing"
)

// commonMarkEmail is CommonMark's e-mail autolink as the specification
// writes it: isEmailAutolink must give its answers.
var commonMarkEmail = regexp.MustCompile(`^[a-zA-Z0-9.!#$%&'*+/=?^_` + "`" + `{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$`)

func TestEmailAutolinkIsCommonMarks(t *testing.T) {
	label63 := strings.Repeat("a", 63)
	cases := []struct {
		in   string
		want bool
	}{
		{"jobs@example.fr", true},
		{"jobs_fr+cm@mail.example.co.uk", true},
		{"a@b", true},
		{"x.y!#$%&'*+/=?^_`{|}~-@a-b.c", true},
		{"a@" + label63 + ".fr", true},
		{"a@" + label63 + "a.fr", false},
		{"", false},
		{"@example.fr", false},
		{"jobs@", false},
		{"jobs@@example.fr", false},
		{"jobs@ex@ample.fr", false},
		{"jobs@-example.fr", false},
		{"jobs@example-.fr", false},
		{"jobs@example..fr", false},
		{"jobs@example.fr.", false},
		{"jobs@.example.fr", false},
		{`"odd"@example.com`, false},
		{"a b@example.fr", false},
		{"jobs@exa_mple.fr", false},
		{"jobs@example.fr\n", false},
		{"jobs@exämple.fr", false},
		{"jöbs@example.fr", false},
		{"<jobs@example.fr>", false},
	}
	for _, tc := range cases {
		if got, re := isEmailAutolink(tc.in), commonMarkEmail.MatchString(tc.in); got != tc.want || re != tc.want {
			t.Errorf("%q: isEmailAutolink %v, CommonMark's expression %v, want %v", tc.in, got, re, tc.want)
		}
	}
}

func FuzzEmailAutolink(f *testing.F) {
	for _, s := range []string{"jobs@example.fr", "a@b-c.d", "a@-b", "x@y..z", "@", "a@b."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isEmailAutolink(s), commonMarkEmail.MatchString(s); got != want {
			t.Errorf("%q: isEmailAutolink %v, CommonMark's expression %v", s, got, want)
		}
	})
}
