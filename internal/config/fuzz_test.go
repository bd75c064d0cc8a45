package config

import (
	"strings"
	"testing"

	"github.com/jobdesc/jobdesc/internal/usage"
)

// FuzzParseSet: any --set argument is accepted as a known key and a value,
// or refused with a usage error; never a panic.
func FuzzParseSet(f *testing.F) {
	for _, s := range []string{"company.name=Acme", "salary.min=38000", "nope", "=x", "company.name==a=b", "benefits=a,b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		key, value, err := ParseSet(s)
		if err != nil {
			if !usage.Is(err) {
				t.Fatalf("%q: error of type %T", s, err)
			}
			return
		}
		if CheckKey(key) != nil || !strings.Contains(s, "=") || !strings.HasSuffix(s, value) {
			t.Fatalf("%q parsed as %q=%q", s, key, value)
		}
	})
}
