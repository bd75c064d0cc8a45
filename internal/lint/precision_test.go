package lint

import "testing"

// TestPrecisionMechanisms: a requirement stated with its lawful reason,
// and a request the posting denies, are not findings; the same wording
// without the reason, or with the negation turned into an instruction,
// still is.
func TestPrecisionMechanisms(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a request denied, en": {category: "personal-data", lang: "en",
			flagged: []string{"Don't forget to include a photo with your CV.", "Please attach a recent photo.", "Send your CV with a photo; no cover letter needed."},
			clean: []string{"Please do not include a photo with your CV.", "A photo is not required.", "There is no need to attach a photo.",
				"Photos are optional and play no part in our decision, so don't send one."}},
		"a request denied, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"N'oubliez pas de joindre une photo.", "N'hésitez pas à joindre une photo à votre CV.", "No de sécurité sociale à fournir.",
				"Merci d'indiquer votre date de naissance."},
			clean: []string{"Inutile de joindre une photo.", "Ne joignez pas de photo à votre CV.", "Pas besoin de joindre une photo."}},
		"date of birth and marital status denied": {category: "age", lang: "en",
			flagged: []string{"State your age on the form."},
			clean:   []string{"Your date of birth is not needed.", "There is no need to state your age.", "We will not ask about your marital status."}},
		"a date of birth asked, filed as personal data": {category: "personal-data", lang: "en",
			flagged: []string{"Please include your date of birth.", "Send your CV with your full date of birth."},
			clean:   []string{"Your date of birth is not needed.", "There is no need to state your age.", "We will not ask about your marital status."}},
		"date of birth denied, fr": {category: "personal-data", lang: "fr",
			flagged: []string{"Précisez votre date de naissance."},
			clean:   []string{"Nous ne demandons pas votre date de naissance.", "Vous n'avez pas à indiquer votre situation familiale."}},
		"pay history denied": {category: "pay-history", lang: "en",
			flagged: []string{"Please send your last three payslips.", "Tell us your salary history."},
			clean:   []string{"We never ask for your salary history.", "Don't send payslips."}},
		"a health record denied": {category: "health", lang: "en",
			flagged: []string{"Disclose any medication you take.", "Applicants must provide their sick leave record."},
			clean:   []string{"You do not need to disclose any medication.", "We will never ask you to provide medical records."}},
		"a health record denied, fr": {category: "health", lang: "fr",
			flagged: []string{"Indiquez vos traitements médicaux en cours."},
			clean:   []string{"Vous n'avez pas à déclarer vos arrêts maladie.", "Inutile de mentionner vos traitements."}},
		"a criterion's own negation is the criterion": {category: "family", lang: "en",
			flagged: []string{"No children, please.", "Applicants without children preferred."}},
		"a lawful reason stated, en": {category: "appearance", lang: "en",
			flagged: []string{"Minimum height 1.60 m.", "No visible tattoos.", "No visible tattoos, as required by our brand guidelines."},
			clean: []string{"Minimum height 1.60 m, as set by the fire service's regulatory physical test.", "Hair tied back, in line with food hygiene regulations.",
				"No visible tattoos on the ward, as required by the infection control policy regulations.", "Clean-shaven, as required by our client's site safety policy.",
				"Minimum height 1.60 m, in accordance with the police entry test."}},
		"a lawful reason stated, fr": {category: "appearance", lang: "fr",
			flagged: []string{"Taille minimum 1,70 m.", "Cheveux attachés en chignon exigés.", "Sans tatouage visible, conformément à nos standards de marque."},
			clean: []string{"Taille minimale réglementaire de 1,60 m pour le concours de sapeur-pompier (arrêté du 6 mai 2000).",
				"Cheveux attachés en chignon exigés pour des raisons d'hygiène.", "Barbe rasée de près, conformément au protocole du masque respiratoire."}},
		"a lawful age": {category: "age", lang: "en", flagged: []string{"Applicants must be 18-25."},
			clean: []string{"Must be 18 or over to serve alcohol, as required by the Licensing Act 2003.", "Apprenticeship: applicants aged 16 to 24, as the scheme's rules require."}},
	})
}

// TestOpenEndedPay: a floor with no ceiling ("à partir de 40 k€",
// "$95,000+") leaves the pay open above it: neither the initial pay nor
// its range, whatever the currency; vague wording beside no figure does
// not state it either.
func TestOpenEndedPay(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{rule: "pay-range", lang: "fr", country: "FR", text: "CDI à Lyon. Rémunération : à partir de 40 k€ brut annuel.", want: true},
		{rule: "pay-range", lang: "fr", country: "FR", text: "CDI à Lyon. Salaire dès 2 100 € brut par mois.", want: true},
		{rule: "pay-range", lang: "en", country: "GB", text: "Permanent, London. Salary from £45k.", want: true},
		{rule: "pay-range", lang: "en", country: "US", text: "Full time, New York, NY. Salary: $95,000+ plus bonus.", want: true},
		{rule: "pay-range", lang: "fr", country: "FR", text: "CDI à Lyon. Rémunération attractive.", want: true},
		{rule: "pay-range", lang: "en", country: "US", text: "Full time, New York, NY. Compensation: competitive and commensurate with experience.", want: true},
	})
}
