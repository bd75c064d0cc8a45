package snapshot

import "testing"

func TestMatches(t *testing.T) {
	f := Of([]byte("title: {fr: Webmaster}\n"))
	for _, tc := range []struct {
		data string
		want bool
	}{
		{"title: {fr: Webmaster}\n", true},
		{"title: {fr: Webmestre}\n", false}, // same size, other bytes
		{"title: {fr: Webmaster}", false},
		{"", false},
	} {
		if got := f.Matches([]byte(tc.data)); got != tc.want {
			t.Errorf("Matches(%q) = %v, want %v", tc.data, got, tc.want)
		}
	}
}
