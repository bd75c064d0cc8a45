package messages

import "testing"

// TestTranslate: the English texts the packages below the command line
// build read in French, their places and quoted values as they were, and
// what the catalogue does not know (an operating system's words) as it is.
func TestTranslate(t *testing.T) {
	fr := New("fr")
	cases := []struct{ name, in, want string }{
		{"an expectation inside a located frame",
			"w.yaml:2:8: salary.min: expected a finite positive amount below 1,000,000,000, got NaN",
			"w.yaml:2:8: salary.min\u00a0: un montant positif fini inférieur à 1 000 000 000 attendu, reçu NaN"},
		{"each joined part with its own place",
			"--set salary.min: expected a finite positive amount below 1,000,000,000, got 1e+99; --set salary.currency: salary has no currency; set salary.currency, e.g. EUR",
			"--set salary.min: un montant positif fini inférieur à 1 000 000 000 attendu, reçu 1e+99\u00a0; --set salary.currency: le salaire n'a pas de devise\u00a0; donnez salary.currency, par ex. EUR"},
		{"the operating system's words stay",
			"cannot make the folder /proc/x: no such file or directory",
			"impossible de créer le dossier /proc/x\u00a0: no such file or directory"},
		{"a value quoted as typed stays",
			`unknown format "text or json": use one of markdown, html`,
			"format inconnu \"text or json\"\u00a0: utilisez markdown, html"},
		{"a reporting line at a size",
			`manages "seo-lead" in a large organisation, but roles/seo-lead.yaml has no reports_to; set it to "web-lead"`,
			"encadre \"seo-lead\" dans une organisation de taille large, mais roles/seo-lead.yaml n'a pas de reports_to\u00a0; donnez-lui la valeur \"web-lead\""},
		{"a condition lint message",
			"status cadre for a junior post that manages nobody; candidates and the agreement's grid will read it as a senior post",
			"statut cadre pour un poste junior qui n'encadre personne\u00a0; les candidats et la grille de la convention y liront un poste confirmé"},
		{"a citation outside France",
			"Equality Act 2010 s.5 and s.13 (United Kingdom)",
			"Equality Act 2010 s.5 et s.13 (Royaume-Uni)"},
		{"an unknown text", "the moon is made of cheese", "the moon is made of cheese"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := fr.Translate(c.in); got != c.want {
				t.Errorf("Translate(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
			if got := New(English).Translate(c.in); got != c.in {
				t.Errorf("English Translate changed %q into %q", c.in, got)
			}
		})
	}
}
