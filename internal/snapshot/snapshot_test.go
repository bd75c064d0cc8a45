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

// TestOfString identifies a string as its bytes, across the chunks it is
// read in.
func TestOfString(t *testing.T) {
	for _, n := range []int{0, 1, 4095, 4096, 4097, 10000} {
		s := make([]byte, n)
		for i := range s {
			s[i] = byte(i * 7)
		}
		if got, want := OfString(string(s)), Of(s); got != want {
			t.Errorf("OfString of %d bytes = %+v, want %+v", n, got, want)
		}
	}
}
