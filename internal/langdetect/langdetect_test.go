package langdetect

import "testing"

func TestDetect(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Exemple SA conçoit des logiciels pour les collectivités.", "fr"},
		{"Un appel de 30 minutes", "fr"},
		{"Exemple SA builds software for local authorities and their teams.", "en"},
		{"A call with the team", "en"},
		{"Mutuelle", ""},
		{"Tickets restaurant", ""},
		{"(F/H)", ""},
		{"Lyon", ""},
		{"", ""},
		// as many of each: mixed, not told
		{"le the", ""},
	} {
		if got := Detect(c.text); got != c.want {
			t.Errorf("Detect(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
