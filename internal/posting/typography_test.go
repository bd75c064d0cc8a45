package posting

import "testing"

func TestTypography(t *testing.T) {
	tests := []struct{ in, lang, want string }{
		{"Outils : Canva ; Figma ? Oui !", "fr", "Outils\u00a0: Canva\u202f; Figma\u202f? Oui\u202f!"},
		{"« Bienvenue »", "fr", "«\u00a0Bienvenue\u00a0»"},
		{"Outils\u00a0: ok\u00a0!", "fr", "Outils\u00a0: ok\u202f!"},
		{"https://example.fr/a?b=c à 10:30", "fr", "https://example.fr/a?b=c à 10:30"},
		{"Tools : yes !", "en", "Tools : yes !"},
		{"Sans ponctuation", "fr", "Sans ponctuation"},
	}
	for _, tt := range tests {
		if got := Typography(tt.in, tt.lang); got != tt.want {
			t.Errorf("Typography(%q, %s) = %q, want %q", tt.in, tt.lang, got, tt.want)
		}
	}
}
