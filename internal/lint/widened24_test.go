package lint

import (
	"slices"
	"strings"
	"testing"
)

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

// TestRequestListLead: the line that introduces a list asks what it says
// of each item; the line before a list of rules is their reason, and a
// list of benefits asks nothing.
func TestRequestListLead(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"family asked through the list's lead": {lang: "en", category: "family",
			flagged: []string{"Email your CV with a cover letter that includes:\n\n- your CV\n- a short note on your family situation, so we can plan the roster"},
			clean:   []string{"What we offer:\n\n- Family health insurance\n- Paid parental leave", "Our family-run bakery:\n\n- a short note on our family situation"}},
		"health asked through the list's lead": {lang: "en", category: "health",
			flagged: []string{"Please send us:\n\n- your CV\n- details of any mental health history"},
			clean:   []string{"What we offer:\n\n- Health insurance\n- Paid sick leave"}},
	})
}

// TestSerialComma: "…, and whether you have a record" closes a list a
// request opened; "…, and we never…" opens a clause of its own.
func TestSerialComma(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"record asked at the end of a list": {lang: "en", category: "other-ground",
			flagged: []string{"In your email, tell us your availability, the shifts you prefer, and whether you've ever been convicted of a felony."}},
	})
}

// TestWordingsAcrossGrounds: a stage of working life, sick days counted,
// a team of one sex joined, cash brought to an interview, a third party
// kept out, children of an age, a sex field, the energy of youth, a dress
// code by sex, a faith given no accommodation, a colleague in the
// feminine, a good family, an accent required; each beside the wording
// closest to it that is not the problem.
func TestWordingsAcrossGrounds(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"stage of working life": {lang: "en", category: "age",
			flagged: []string{"This role would suit someone starting out in their working life.", "Perfect for college-age workers who like the outdoors."},
			clean:   []string{"We support people starting out in business.", "You will run our college-age programme's sessions for students."}},
		"sick days counted": {lang: "en", category: "health",
			flagged: []string{"Please tell us the number of days you have been off sick in the last two years."},
			clean:   []string{"You get 10 days of paid sick leave a year."}},
		"arrêts comptés": {lang: "fr", category: "health",
			flagged: []string{"Indiquez le nombre de jours d'arrêt maladie sur les deux dernières années.", "Nous regarderons le nombre d'absences au cours des trois dernières années."},
			clean:   []string{"Vous réduisez le nombre d'arrêts machine sur la ligne."}},
		"team of one sex joined": {lang: "en", category: "sex",
			flagged: []string{"You'll join the girls on the tray line.", "Come and work alongside the lads in the yard."},
			clean:   []string{"You'll coach the boys' and girls' teams.", "Join the girls' football team as assistant coach."}},
		"cash to an interview": {lang: "en", category: "fee",
			flagged: []string{"Bring $40 cash to your interview for the uniform."},
			clean:   []string{"Bring your CV and two references to your interview."}},
		"third party kept out": {lang: "en", category: "union",
			flagged: []string{"We value people who deal with management directly rather than through a third party.",
				"We're a non-union station and we value people who deal with management directly rather than through a third party."},
			clean: []string{"You will liaise with third-party suppliers and contractors."}},
		"children of an age": {lang: "en", category: "family",
			flagged: []string{"Ideal for someone whose children are already at school.", "Would suit parents with grown-up children."},
			clean:   []string{"You will support children at school with their reading.", "Our clients' children are at school during the day."}},
		"sexe exigé": {lang: "fr", category: "sex",
			flagged: []string{"- Sexe : masculin", "- Sexe féminin, permis B"},
			clean:   []string{"- Sexe : indifférent", "- Sexe : H/F"}},
		"sex field": {lang: "en", category: "sex",
			flagged: []string{"- Gender: male"},
			clean:   []string{"- Gender: any"}},
		"énergie de la jeunesse": {lang: "fr", category: "age",
			flagged: []string{"Vous avez l'énergie et la fraîcheur de la jeunesse.", "Vous avez l'énergie de vos 20-30 ans."},
			clean:   []string{"Tu as l'énergie de tes 10 ans d'expérience en cuisine.", "Vous animez des ateliers pour la jeunesse."}},
		"tenue selon le sexe": {lang: "fr", category: "appearance",
			flagged: []string{"Tenue exigée : costume pour ces messieurs, jupe et talons pour ces dames."},
			clean:   []string{"Tenue de travail fournie, la même pour toutes et tous."}},
		"dress code by sex": {lang: "en", category: "appearance",
			flagged: []string{"Smart dress: suits for the men, skirts and heels for the ladies."},
			clean:   []string{"Uniform and safety boots provided for everyone."}},
		"pas d'accommodement religieux": {lang: "fr", category: "religion",
			flagged: []string{"Disponible le samedi, sans accommodement pour les fêtes religieuses."},
			clean:   []string{"Les demandes d'absence pour les fêtes religieuses sont étudiées avec bienveillance."}},
		"no religious leave": {lang: "en", category: "religion",
			flagged: []string{"No time off will be given for religious holidays."},
			clean:   []string{"We give time off for religious holidays on request."}},
		"une collègue au féminin": {lang: "fr", category: "sex",
			flagged: []string{"Notre atelier cherche sa nouvelle collègue.", "Une praticienne sera privilégiée par nos patientes."},
			clean:   []string{"Notre atelier cherche son ou sa nouvelle collègue.", "Vous cherchez une carrière qui a du sens ?"}},
		"good family": {lang: "en", category: "other-ground",
			flagged: []string{"- From a good family background"},
			clean:   []string{"We welcome applicants whatever their family background."}},
		"accent required": {lang: "en", category: "origin",
			flagged: []string{"- A Kiwi accent is a must for our phone orders"},
			clean:   []string{"Any accent is welcome; clear speech is essential."}},
		"couple d'un homme et d'une femme": {lang: "fr", category: "orientation",
			flagged: []string{"Logement attribué à un couple marié, homme et femme."}},
		"plusieurs photos": {lang: "fr", category: "personal-data",
			flagged: []string{"Pièces à fournir :\n\n- CV + deux photos d'identité"},
			clean:   []string{"Pièces à fournir :\n\n- CV et photos de vos réalisations"}},
		"first-language speakers": {lang: "en", category: "origin",
			flagged: []string{"- English first-language speaker"}},
		"looks and sex": {lang: "en", category: "sex",
			flagged: []string{"- An attractive, well-presented lady would suit our clients best"}},
		"cap after and": {lang: "en", category: "age",
			flagged: []string{"- 3 to 5 years of post-qualification experience, and no more than 5"}},
		"guru and its tools": {lang: "en", category: "cliche",
			flagged: []string{"- A BIM guru (Revit, ArchiCAD)"}},
		"health offer of adjustments": {lang: "en", category: "health",
			clean: []string{"If you have a disability or health condition, tell us which adjustments would help and we'll look at them with you."}},
	})
}

// TestSpeciesAllergiesAndPlaces: a species named by where it comes from
// is no one's origin; allergies ruled out are health; living in a named
// place and its neighbours is residence; the payer a sum's clause names
// is quoted with it.
func TestSpeciesAllergiesAndPlaces(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"species by origin": {lang: "fr", category: "origin",
			flagged: []string{"Profil asiatique apprécié."},
			clean:   []string{"Notre équipe traite chaque année plus de 6 000 sites : rongeurs, blattes, frelons asiatiques."}},
		"allergies ruled out": {lang: "fr", category: "health",
			flagged: []string{"Votre profil\n\n- Pas d'allergies ni de problèmes respiratoires (produits biocides, greniers, caves)"},
			clean:   []string{"Vous sensibilisez les enfants aux allergies alimentaires."}},
		"no allergies": {lang: "en", category: "health",
			flagged: []string{"- No allergies or asthma (you'll handle pesticides)"},
			clean:   []string{"We cater for guests with allergies."}},
		"habiter un quartier": {lang: "fr", category: "residence",
			flagged: []string{"- Habiter Bab Ezzouar ou les cités voisines"},
			clean:   []string{"Vous aimez habiter la ville et ses environs ?"}},
	})
}

// TestFeeQuotesItsPayer: "The course costs $350, which successful
// applicants pay up front" quotes who pays.
func TestFeeQuotesItsPayer(t *testing.T) {
	d, err := Parse("p.md", "en", Markdown, []byte("The licence course costs $350, which successful applicants pay up front; we refund it after 12 months' service.\n"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range l.Lint(d).Findings {
		if f.Category == "fee" {
			if !strings.Contains(f.Message, `"licence course costs $350, which successful applicants pay up front"`) {
				t.Errorf("fee finding quotes %q, want the sum and its payer", f.Message)
			}
			return
		}
	}
	t.Error("no fee finding")
}

// TestLawfulWordsAreWords: a lawful word stands for itself or a stem,
// never the inside of another word ("PPE" is no reason in "as it
// happens"); an age range as a field; an HIV test asked, not the testing
// a job runs; a plural label before the title.
func TestLawfulWordsAreWords(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"observance turned away with a reason": {lang: "en", category: "religion",
			flagged: []string{"- Willingness to work weekends – Sabbath keepers need not apply, as most moves happen on Saturdays"}},
		"age as a field": {lang: "en", category: "age",
			flagged: []string{"- Age between 21 and 30 years", "Age range: 18-25"},
			clean:   []string{"Our youth club serves ages 12-18 from local schools."}},
		"hiv test asked": {lang: "en", category: "health",
			flagged: []string{"- Recent medical report, including an HIV test result"},
			clean:   []string{"You will run HIV testing services in the community."}},
		"test vih exigé": {lang: "fr", category: "health",
			flagged: []string{"Test VIH négatif exigé à l'embauche."},
			clean:   []string{"Vous réalisez des tests VIH gratuits en milieu rural."}},
	})
	l, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, title := range []string{"VACANCIES: REMOVALS FOREMAN AND MOVERS – NAIROBI", "Vacancies: Removals Foreman – Nairobi"} {
		d, err := Parse("p.txt", "en", Text, []byte(title+"\n\nSwiftHaul Movers is a relocation company.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(l.Lint(d).Findings, func(f Finding) bool { return f.Rule == "inclusive-title" }) {
			t.Errorf("%q: no inclusive-title finding", title)
		}
	}
}

// TestFieldsOfOriginFaithAndSex: demonyms preferred, an ID card asked,
// single status, residents of a place, a fee paid by the candidate after
// its sum in brackets, a diploma's recency, fresh profiles, a team's
// prayer, men called to apply, women only, a job given to women by
// custom, a profile from the island, a religious absence refused.
func TestFieldsOfOriginFaithAndSex(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"demonyms preferred": {lang: "en", category: "origin",
			flagged: []string{"Kiwis preferred.", "You'll answer the phone with a friendly Aussie voice.", "Ideally Dutch or Flemish."},
			clean:   []string{"- French and English required; Dutch is a plus", "Fluent Dutch is essential for our Antwerp clients."}},
		"id card asked": {lang: "en", category: "personal-data",
			flagged: []string{"Please attach a copy of your HKID card."}},
		"single status": {lang: "en", category: "family",
			flagged: []string{"Single status preferred."},
			clean:   []string{"Single rooms are available for seasonal staff."}},
		"residents preferred": {lang: "en", category: "residence",
			flagged: []string{"Parisian residents (75) preferred."},
			clean:   []string{"You will care for our residents only."}},
		"fee paid by the candidate": {lang: "en", category: "fee",
			flagged: []string{"Visa and medical fitness test costs (approx. AED 3,500) are paid by the candidate."},
			clean:   []string{"Visa and medical fitness test costs (approx. AED 3,500) are paid by the company."}},
		"diplôme récent": {lang: "fr", category: "age",
			flagged: []string{"Diplôme idéalement obtenu il y a moins de cinq ans.", "Nous cherchons des profils encore frais."}},
		"prière d'équipe": {lang: "fr", category: "religion",
			flagged: []string{"La prière d'équipe du lundi matin fait partie de la vie de l'agence.", "Aucune absence pour motif religieux ne sera accordée."},
			clean:   []string{"Une salle de prière est à la disposition de toutes et tous."}},
		"team prayer": {lang: "en", category: "religion",
			flagged: []string{"Our Monday team prayer is part of the job."},
			clean:   []string{"Prayer room available; joining our morning prayers is optional."}},
		"messieurs": {lang: "fr", category: "sex",
			flagged: []string{"Messieurs, à vos CV !", "Seules les candidates seront retenues.", "Ce poste, nous le confions traditionnellement à des femmes."},
			clean:   []string{"Mesdames, messieurs, à vos CV !", "Nous accueillons une clientèle réservée aux femmes de plus de 50 ans."}},
		"profil issu de l'île": {lang: "fr", category: "origin",
			flagged: []string{"Nous cherchons un profil issu de l'île."},
			clean:   []string{"Nous cherchons un profil qui connaît bien l'île et ses routes."}},
	})
}

// TestLabelsPhotosAndFaith: a label opening a sentence says what its
// clauses are; a photo of the applicant among work samples; a church
// home; infections ruled out; a national voice; religion left at the
// door; a training charged; a health benefit is no condition; a
// language known is no origin.
func TestLabelsPhotosAndFaith(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"label opens the clauses": {lang: "en", category: "sex",
			flagged: []string{"Requirements: KCSE certificate; male, physically strong; previous experience an added advantage."},
			clean:   []string{"Benefits: health cover; a male voice choir on Fridays."}},
		"photo of yourself": {lang: "en", category: "personal-data",
			flagged: []string{"Send your portfolio link, a photo of yourself and a few lines about your style."},
			clean:   []string{"Send your portfolio link and photos of your work."}},
		"infections ruled out": {lang: "en", category: "health",
			flagged: []string{"- Please confirm on your application that you have no bloodborne infections"},
			clean:   []string{"You'll train staff to prevent bloodborne infections.", "$48 an hour, plus full health and dental from day one."}},
		"a national voice": {lang: "en", category: "origin",
			flagged: []string{"- Customers love a friendly Aussie voice on the phone"},
			clean: []string{"We welcome all accents.", "You will be the local voice of our brand on social media.",
				"- Knowledge of Arabic, Hindi, Malay or Vietnamese would be an advantage"}},
		"religion at the door": {lang: "en", category: "religion",
			flagged: []string{"Leave your religion at the door."}},
		"convictions à la maison": {lang: "fr", category: "religion",
			flagged: []string{"- Ambiance laïque : chacun laisse ses convictions et ses signes religieux à la maison."}},
		"formation facturée": {lang: "fr", category: "fee",
			flagged: []string{"- Formation d'intégration obligatoire de trois jours en avril, facturée 150 € et remboursée si vous terminez la saison"},
			clean:   []string{"- Formation d'intégration de trois jours en avril, prise en charge par l'entreprise"}},
	})
}

// TestTasksTeamsAndPlaces: tasks split by sex, a team of one sex named
// as ours, a people or a profile preferred, a union's members barred, a
// qualification year as a floor, the people a job works with, a
// benefit's cover, goods a shop stocks.
func TestTasksTeamsAndPlaces(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"tâches selon le sexe": {lang: "fr", category: "sex",
			flagged: []string{"Pour l'organisation des équipes, nous prenons des hommes robustes pour le gaulage et des femmes pour le tri.",
				"- Compléter notre équipe de filles au comptoir"},
			clean: []string{"Le poste est ouvert aux femmes et aux hommes, pour le matin comme pour le soir.",
				"Nous recherchons un·e entraîneur·e pour notre équipe de filles de moins de 16 ans."}},
		"tasks by sex": {lang: "en", category: "sex",
			flagged: []string{"We need men for the heavy lifting and women for the packing.", "Guys will mostly be on the shakers, with the girls on the sorting table."},
			clean:   []string{"The role is open to men and women for the day and night shifts."}},
		"profil local": {lang: "fr", category: "origin",
			flagged: []string{"Profil local privilégié."}},
		"union members barred": {lang: "en", category: "union",
			flagged: []string{"This is a non-union site and ETU members need not apply."}},
		"qualification year as a floor": {lang: "en", category: "age",
			flagged: []string{"- CA Inter (both groups) cleared in 2023 or later"}},
		"auprès des enfants": {lang: "fr", category: "family",
			flagged: []string{"- Nous privilégions les candidats sans jeunes enfants, en raison des horaires de soir."},
			clean:   []string{"- Vous animez des ateliers auprès des jeunes enfants et de leurs parents."}},
		"goods stocked": {lang: "en", category: "religion",
			clean: []string{"We stock more than 400 gowns, along with veils, accessories and bridesmaid collections."}},
		"a benefit from day one": {lang: "en", category: "fee",
			clean: []string{"- Medical, dental and vision insurance from your first day"}},
		"santé solide": {lang: "fr", category: "health",
			flagged: []string{"D'une santé solide, vous supportez la station debout."}},
		"pregnancy test": {lang: "en", category: "family",
			flagged: []string{"All female applicants must take a pregnancy test."},
			clean:   []string{"You will advise customers on pregnancy tests and vitamins."}},
	})
}

// TestWordingsFromTheirCategories: a health questionnaire to fill in,
// headscarves that cannot be worn, sick days at former jobs, height
// preferred, looks, men preferred, junior profiles only, aggressive
// profiles, a feminine touch, recent leavers, a job unsuited to young
// mothers, social media accounts, applications without bank details
// refused, spent convictions, every Sunday, distant applicants refused.
func TestWordingsFromTheirCategories(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"questionnaire de santé": {lang: "fr", category: "health",
			flagged: []string{"- Questionnaire de santé à remplir en ligne"},
			clean:   []string{"Vous gérez les questionnaires de santé des adhérents."}},
		"headscarves": {lang: "en", category: "religion",
			flagged: []string{"For our image, headscarves cannot be worn on the shop floor."}},
		"arrêts passés": {lang: "fr", category: "health",
			flagged: []string{"Nous regarderons avec attention le nombre d'arrêts sur vos précédents postes."}},
		"height and looks": {lang: "en", category: "appearance",
			flagged: []string{"Taller coaches preferred.", "- Pleasant looking and well groomed", "Candidates should be well-proportioned to fit the costumes."},
			clean:   []string{"You keep our window displays pleasant-looking and well stocked."}},
		"men preferred": {lang: "en", category: "sex",
			flagged: []string{"We will prioritise male applicants for this role."}},
		"profil junior": {lang: "fr", category: "age",
			flagged: []string{"Profil junior exclusivement.", "Sorti·e de formation depuis moins de 3 ans."}},
		"profils agressifs": {lang: "fr", category: "gender-coded",
			flagged: []string{"Nous cherchons des profils agressifs.", "Une sensibilité très féminine est attendue."}},
		"jeune maman": {lang: "fr", category: "family",
			flagged: []string{"Le rythme convient difficilement à une jeune maman."}},
		"social media": {lang: "en", category: "personal-data",
			flagged: []string{"Send your CV and your Instagram handle."},
			clean:   []string{"You will grow our Instagram account and brand profile."}},
		"réseaux sociaux": {lang: "fr", category: "personal-data",
			flagged: []string{"Merci d'indiquer vos réseaux sociaux personnels.", "Les candidatures sans RIB ne seront pas traitées."}},
		"spent convictions": {lang: "en", category: "other-ground",
			flagged: []string{"List all convictions, including spent ones."}},
		"every sunday": {lang: "en", category: "religion",
			flagged: []string{"You will work every Sunday, no exceptions."}},
		"candidatures éloignées": {lang: "fr", category: "residence",
			flagged: []string{"Les candidatures plus éloignées ne seront pas étudiées."}},
	})
}

// TestWelcomesAndPublics: every path welcomed is no criterion, a question
// put to the applicant is one; buyers abroad are the public; the school
// years are no mother's care; a clinical manner is a skill; a family's
// standing is social origin.
func TestWelcomesAndPublics(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"every path welcomed": {lang: "en", category: "family",
			flagged: []string{"Tell us whether you are pregnant or planning a family."},
			clean:   []string{"Whether you're a school leaver, a parent returning to work or looking for a career change, we'll train you."}},
		"school leavers welcomed": {lang: "en", category: "age",
			clean: []string{"Whether you're a school leaver, a parent returning to work or looking for a career change, we'll train you."}},
		"buyers abroad": {lang: "fr", category: "origin",
			clean: []string{"- Anglais courant indispensable : près de 70 % de nos collectionneurs sont étrangers et les foires se déroulent en anglais."}},
		"les années d'école": {lang: "fr", category: "gender-coded",
			clean: []string{"Nous servons 600 repas aux élèves de la maternelle au lycée."}},
		"a clinical manner": {lang: "en", category: "gender-coded",
			clean: []string{"- Strong communication skills and a gentle chairside manner"}},
		"famille honorablement connue": {lang: "fr", category: "other-ground",
			flagged: []string{"Profil recherché :\n\n- Issu d'une famille honorablement connue, gage de confiance pour nos sociétaires."}},
	})
}

// TestPreferencesNamed: a model's look, singles preferred, a cap on
// experience after a long noun phrase, a nationality or a region's
// natives named as an advantage.
func TestPreferencesNamed(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"model look": {lang: "en", category: "appearance",
			flagged: []string{"For the tasting room we want a polished, model-type look."},
			clean:   []string{"You will book model-type shoots for our catalogue clients."}},
		"singles": {lang: "en", category: "family",
			flagged: []string{"* Singles preferred as shifts run late on weekends"},
			clean:   []string{"Singles and doubles are played on our six courts."}},
		"long cap": {lang: "en", category: "age",
			flagged: []string{"- 3–5 years of public accounting tax experience, and no more than 6 years"}},
		"nationality an advantage": {lang: "en", category: "origin",
			flagged: []string{"- Luxembourgish nationality is an advantage", "- Indigenes of the Volta Region will have an added advantage"}},
	})
}

// TestLawsDenialsAndStages: a statute's own bound and name, a list a
// denial opens, the right to work wherever a nationality is named, the
// stage make-up a production needs, an obstacle course, pay at the
// minimum wage; and the wordings beside them that are problems.
func TestLawsDenialsAndStages(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"a statute's bound": {lang: "en", category: "age",
			flagged: []string{"Applicants must be under 30.", "- 3 years' experience; we're not looking for more than 7 years", "Recent college graduate preferred.",
				"It needs someone with young legs."},
			clean: []string{"Breakfast shifts start at 5.30 am. Under the Protection of Young Persons (Employment) Act 1996, employees under 18 cannot work those hours, so applicants must be 18 or over.",
				"The application doesn't ask for your age, date of birth or graduation dates."}},
		"right to work": {lang: "fr", category: "origin",
			clean: []string{"Vous devez être autorisé·e à travailler en Suisse : nationalité suisse, ressortissant·e de l'UE/AELE, ou titulaire d'un permis B.",
				"Pour les artistes ressortissant·es d'un pays hors Union européenne, notre service se charge des démarches."}},
		"stage make-up": {lang: "en", category: "appearance",
			clean: []string{"- Willingness to perform in costume, wigs and stage make-up as each production requires"}},
		"parcours ninja": {lang: "fr", category: "cliche",
			clean: []string{"Rebondo, c'est 2 500 m² de trampolines, un parcours ninja et un mur d'escalade."}},
		"aménagements": {lang: "fr", category: "health",
			clean: []string{"Nous aménageons les tests et l'entretien pour les candidat·es en situation de handicap : indiquez-nous simplement vos besoins."}},
		"faith and home language": {lang: "en", category: "religion",
			flagged: []string{"- Non-tudung candidates preferred"}},
		"home language": {lang: "en", category: "origin",
			flagged: []string{"- isiXhosa as a home language"}},
		"bank statements": {lang: "en", category: "personal-data",
			flagged: []string{"- Your last three bank statements", "- Your national register number"}},
		"school-age children": {lang: "en", category: "family",
			flagged: []string{"The rota doesn't really suit parents of school-age children."}},
		"résidence et pratique": {lang: "fr", category: "residence",
			flagged: []string{"Une résidence au Grand-Duché serait un vrai plus."}},
		"pratiquant": {lang: "fr", category: "religion",
			flagged: []string{"- Pratiquant de préférence"}},
		"jambes de vingt ans": {lang: "fr", category: "age",
			flagged: []string{"Il faut des jambes de vingt ans pour la cueillette."}},
	})
}

// TestLastWordings: a devout person, sick-leave records, an
// apprenticeship recently finished, aggression on the track, a light
// build, a fresh face, sick days off, religious holidays worked, a lean
// physique, a man preferred, a district preferred, an upper age; and a
// belief that is no criminal conviction, a driving licence for a driver.
func TestLastWordings(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"pieux": {lang: "fr", category: "religion",
			flagged: []string{"- Personne pieuse et de bonne moralité ;"}},
		"relevé d'arrêts": {lang: "fr", category: "health",
			flagged: []string{"Joignez le relevé de vos arrêts maladie des trois dernières années."}},
		"apprentissage fini": {lang: "fr", category: "age",
			flagged: []string{"Vous avez fini votre apprentissage il y a moins de 5 ans."}},
		"agressif": {lang: "fr", category: "gender-coded",
			flagged: []string{"- Esprit compétiteur, agressif sur la piste comme au boulot ;"},
			clean:   []string{"Vous savez calmer des clients agressifs sur la piste."}},
		"gabarit": {lang: "fr", category: "appearance",
			flagged: []string{"- Gabarit léger (moins de 70 kg) pour les essais"},
			clean:   []string{"- Port de charges de moins de 25 kg"}},
		"conviction": {lang: "fr", category: "other-ground",
			clean: []string{"- Aucun problème de conviction : tout le monde est bienvenu."}},
		"fresh-faced": {lang: "en", category: "age",
			flagged: []string{"We want a fresh-faced bookseller."}},
		"days off sick": {lang: "en", category: "health",
			flagged: []string{"Include details of any days off sick in the last two years."}},
		"religious holidays": {lang: "en", category: "religion",
			flagged: []string{"Weekend work is non-negotiable, including on religious holidays."}},
		"lean physique": {lang: "en", category: "appearance",
			flagged: []string{"- A lean dancer's physique"}},
		"male preferred": {lang: "en", category: "sex",
			flagged: []string{"- Male teacher preferred for our boys' classes"}},
		"district preferred": {lang: "en", category: "residence",
			flagged: []string{"Candidates staying in the West preferred."}},
		"not above": {lang: "en", category: "age",
			flagged: []string{"- Not above 30 years as at the closing date"}},
		"driving licence": {lang: "en", category: "personal-data",
			clean: []string{"For this coach driver role, send a copy of your driving licence and your CPC card."}},
	})
}

// TestOutsideTheUnionBarred: the European Union named in a right-to-work
// sentence or the permits an employer obtains is lawful; applicants from
// outside it turned away are not.
func TestOutsideTheUnionBarred(t *testing.T) {
	checkClasses(t, map[string]classCase{
		"hors UE": {lang: "fr", category: "origin",
			flagged: []string{"- Candidatures hors UE non acceptées.", "- Pas de candidats de l'Union européenne hors France."},
			clean:   []string{"Pour les artistes ressortissant·es d'un pays hors Union européenne, notre service administratif se charge des démarches auprès de la préfecture."}},
	})
}
