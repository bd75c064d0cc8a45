package lint

import "testing"

// TestPlainLabelAboveList: a short line alone above a list names its
// section as a heading would ("What we're after", then the list), so a
// trait the profile asks for is read as the candidate's; a line that names
// no section, or a sentence, changes nothing.
func TestPlainLabelAboveList(t *testing.T) {
	const list = "\n\n- Kiwi-born, with a can-do attitude\n- Two years behind a coffee machine\n"
	checkClasses(t, map[string]classCase{
		"profile label without markup": {lang: "en", category: "origin",
			flagged: []string{"# Barista\n\nCafé in Wellington.\n\nWhat we're after" + list,
				"# Barista\n\nCafé in Wellington.\n\nWhat we're after\n- Kiwi-born, with a can-do attitude\n"},
			clean: []string{"# Barista\n\nCafé in Wellington.\n\nSome notes" + list,
				"# Barista\n\nCafé in Wellington.\n\nWhat we're after matters less than what you bring to the bar." + list}},
	})
}
