package lint

import (
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jobdesc/jobdesc/internal/langdetect"
)

// detectLang says whether low, folded text, reads as French or English.
// A posting that mixes both (a French posting with whole paragraphs in
// English, the language rule's case) is in the language of its headings,
// the frame its paragraphs hang on, when most of them read as one: a
// heading has few words, so each one votes.
func detectLang(low string, headings []heading) string {
	fr, en := langScores(low)
	if min(fr, en)*5 >= max(fr, en)*2 { // mixed: the lesser language has two fifths of the other's words
		var hfr, hen int
		if len(headings) > 0 && headings[0].level == 1 && frenchTitle(headings[0].text) {
			// A title naming the job in French ("Développeur Full-Stack")
			// weighs as two headings: it is how the posting advertises
			// the job.
			hfr = 2
		}
		for _, h := range headings {
			switch f, e := langScores(h.text); {
			case f > e:
				hfr++
			case e > f:
				hen++
			}
		}
		switch {
		case hfr >= 2 && hfr > hen:
			return "fr"
		case hen >= 2 && hen > hfr:
			return "en"
		}
	}
	if fr >= en {
		return "fr"
	}
	return "en"
}

// frenchTitle says whether a folded job title is French: it names a job
// in a French form of one gender, or has letters English does not.
func frenchTitle(title string) bool {
	if strings.ContainsAny(title, "éèêàùçœ·") {
		return true
	}
	_, _, _, found := genderedTitle(title)
	return found
}

// langScores counts the French and English function words of low, folded
// text (langdetect's words, split as lint splits words).
func langScores(low string) (fr, en int) {
	fr, en, _ = langCount(low)
	return fr, en
}

// langCount counts the French and English function words of low, and its
// words, in one pass.
func langCount(low string) (fr, en, words int) {
	fr, en = langdetect.Scores(func(yield func(string) bool) {
		for w := range strings.FieldsFuncSeq(low, func(r rune) bool { return !isWordRune(r) }) {
			words++
			if !yield(w) {
				return
			}
		}
	})
	return fr, en, words
}

// foreignParagraphs finds the paragraphs of a French text written in
// English (lineLang). A line's verdict is taken from seen, when given,
// for a line seen before.
func foreignParagraphs(low string, seen *memo[string, string]) []span {
	var out []span
	for line := range pieces(low, "\n") {
		if pieceLang(low[line.start:line.end], seen) == "en" {
			out = append(out, line)
		}
	}
	return out
}

// pieceLang is lineLang of piece, taken from seen, when given, for a
// piece seen before.
func pieceLang(piece string, seen *memo[string, string]) string {
	if seen == nil {
		return lineLang(piece)
	}
	v, ok := seen.get(piece)
	if !ok {
		v = lineLang(piece)
		seen.put(strings.Clone(piece), v)
	}
	return v
}

// pieces yields the spans of s between occurrences of sep.
func pieces(s, sep string) iter.Seq[span] {
	return func(yield func(span) bool) {
		for at := 0; at <= len(s); {
			e := strings.Index(s[at:], sep)
			if e < 0 {
				e = len(s)
			} else {
				e += at
			}
			if !yield(span{at, e}) {
				return
			}
			at = e + len(sep)
		}
	}
}

// lineLang is the language a line of folded text is clearly written in:
// long enough to tell (eight words or more), with clearly more function
// words of one language than of the other; "" when it cannot tell.
func lineLang(line string) string {
	return langOf(langCount(line))
}

// langOf is the language a text with fr French and en English function
// words among its words is clearly written in, "" when it cannot tell.
func langOf(fr, en, words int) string {
	switch {
	case words < 8:
		return ""
	case en >= 4 && en > 3*fr:
		return "en"
	case fr >= 4 && fr > 3*en:
		return "fr"
	}
	return ""
}

// Jurisdiction is the law a posting is read under: it decides which
// articles a finding cites.
type Jurisdiction struct {
	ID   string // fr, uk, us, eu
	Name string
}

var (
	jurFrance      = Jurisdiction{"fr", "France"}
	jurUK          = Jurisdiction{"uk", "United Kingdom"}
	jurUS          = Jurisdiction{"us", "United States"}
	jurEU          = Jurisdiction{"eu", "EU law (default)"}
	jurCanada      = Jurisdiction{"ca", "Canada (federal)"}
	jurOntario     = Jurisdiction{"ca-on", "Ontario, Canada"}
	jurQuebec      = Jurisdiction{"ca-qc", "Québec, Canada"}
	jurAustralia   = Jurisdiction{"au", "Australia"}
	jurSingapore   = Jurisdiction{"sg", "Singapore"}
	jurSwitzerland = Jurisdiction{"ch", "Switzerland"}
	jurBelgium     = Jurisdiction{"be", "Belgium"}
	jurLuxembourg  = Jurisdiction{"lu", "Luxembourg"}
	jurIreland     = Jurisdiction{"ie", "Ireland"}
	jurNewZealand  = Jurisdiction{"nz", "New Zealand"}
	jurSouthAfrica = Jurisdiction{"za", "South Africa"}
	jurKenya       = Jurisdiction{"ke", "Kenya"}
)

// jurisdictionOf maps a country to the law lint cites: the countries
// postings most often come from have their own; elsewhere, the EU
// directives, which most countries' equal-treatment laws echo.
func jurisdictionOf(country string) Jurisdiction {
	switch country {
	case "FR":
		return jurFrance
	case "GB", "UK":
		return jurUK
	case "US":
		return jurUS
	case "CA":
		return jurCanada
	case "AU":
		return jurAustralia
	case "SG":
		return jurSingapore
	case "CH":
		return jurSwitzerland
	case "BE":
		return jurBelgium
	case "LU":
		return jurLuxembourg
	case "IE":
		return jurIreland
	case "NZ":
		return jurNewZealand
	case "ZA":
		return jurSouthAfrica
	case "KE":
		return jurKenya
	}
	return jurEU
}

// provinces are the words that place a Canadian job in a province, whose
// human rights law governs most employers there; where none is named lint
// cites the federal Act, which most provincial codes echo. The province
// named first is the job's: a Winnipeg mover's runs to "northwestern
// Ontario" do not put the job in Ontario.
var provinces = []struct {
	j     Jurisdiction
	words []string
}{
	{jurQuebec, []string{"québec", "quebec", "montréal", "montreal", "laval", "gatineau", "sherbrooke", "trois-rivières", "longueuil", "saguenay", "lévis"}},
	{jurOntario, []string{"ontario", "toronto", "ottawa", "mississauga", "brampton", "hamilton", "kitchener", "waterloo", "windsor", "markham",
		"sudbury", "grand sudbury", "greater sudbury", "val-caron", "timmins", "north bay", "thunder bay", "hearst", "kapuskasing"}},
	{Jurisdiction{"ca-mb", "Manitoba, Canada"}, []string{"manitoba", "winnipeg", "brandon", "steinbach", "thompson, mb"}},
	{Jurisdiction{"ca-bc", "British Columbia, Canada"}, []string{"british columbia", "vancouver", "victoria, bc", "victoria, b.c", "surrey, bc", "burnaby", "kelowna", "kamloops", "nanaimo", "abbotsford", "whistler"}},
	{Jurisdiction{"ca-ab", "Alberta, Canada"}, []string{"alberta", "calgary", "edmonton", "red deer", "lethbridge", "canmore", "banff", "fort mcmurray"}},
	{Jurisdiction{"ca-sk", "Saskatchewan, Canada"}, []string{"saskatchewan", "saskatoon", "regina", "moose jaw", "prince albert"}},
	{Jurisdiction{"ca-ns", "Nova Scotia, Canada"}, []string{"nova scotia", "halifax", "dartmouth", "lunenburg", "truro"}},
	{Jurisdiction{"ca-nb", "New Brunswick, Canada"}, []string{"new brunswick", "nouveau-brunswick", "moncton", "fredericton", "saint john", "dieppe", "bathurst", "edmundston"}},
	{Jurisdiction{"ca-pe", "Prince Edward Island, Canada"}, []string{"prince edward island", "île-du-prince-édouard", "p.e.i", "pei", "charlottetown", "summerside"}},
	{Jurisdiction{"ca-nl", "Newfoundland and Labrador, Canada"}, []string{"newfoundland", "labrador", "terre-neuve", "st. john's", "corner brook", "gander"}},
}

// places are cities, regions and marks that place a job in a country,
// folded; a posting that names one where the job is gets that country.
func places() map[string]string {
	m, _ := placeTables()
	return m
}

// placeHeads are the first words of places: a word not among them starts
// no place, so the longer runs after it are not looked up.
func placeHeads() map[string]bool {
	_, h := placeTables()
	return h
}

// placeTables are places and their heads, made in one pass on first need.
var placeTables = sync.OnceValues(func() (map[string]string, map[string]bool) {
	m, heads := make(map[string]string, 640), make(map[string]bool, 640)
	add := func(country, list string) {
		for p := range strings.SplitSeq(list, ",") {
			if p = strings.TrimSpace(p); p != "" {
				m[p] = country
				head, _, _ := strings.Cut(p, " ")
				heads[head] = true
			}
		}
	}
	add("FR", `france, paris, lyon, marseille, toulouse, nice, nantes, strasbourg, montpellier, bordeaux, lille, rennes, reims,
		toulon, grenoble, dijon, angers, nîmes, villeurbanne, clermont-ferrand, le mans, aix-en-provence, brest, tours,
		amiens, limoges, annecy, perpignan, metz, besançon, orléans, rouen, mulhouse, caen, nancy, argenteuil, montreuil,
		saint-denis, roubaix, tourcoing, avignon, nanterre, versailles, créteil, poitiers, pau, la rochelle, calais,
		cannes, antibes, colmar, quimper, lorient, vannes, saint-malo, bayonne, biarritz, cergy, roissy, rungis, évry,
		la défense, île-de-france, ile-de-france, normandie, bretagne, occitanie, auvergne, provence, alsace, dordogne,
		mayenne, champagne, loudéac, lunel, saint-quentin-fallavier, chambéry, valence, troyes, niort, la roche-sur-yon,
		vendée, gironde, savoie, haute-savoie, finistère, morbihan, france métropolitaine, cdi, cdd, smic, urssaf,
		pôle emploi, france travail, apec, code du travail,
		auvergne-rhône-alpes, bourgogne, bourgogne-franche-comté, burgundy, normandy, hauts-de-france, grand est,
		nouvelle-aquitaine, pays de la loire, centre-val de loire, corse, corsica, côte d'azur, picardie, lorraine, limousin,
		languedoc, roussillon, aquitaine, franche-comté, poitou, périgord, beaujolais, bordelais, médoc, haute-savoie, pyrénées,
		pays basque, camargue, luberon, vaucluse, hérault, drôme, ardèche, isère, côte-d'or, côte de beaune, côte de nuits,
		chablis, sancerre, épernay, beaune, saint-émilion, courchevel, méribel, val thorens, val d'isère, chamonix, tignes,
		les arcs, la plagne, morzine, avoriaz, megève, alpe d'huez, les deux alpes, serre chevalier, saint-tropez, menton,
		ajaccio, bastia, porto-vecchio, fort-de-france, pointe-à-pitre, cayenne, la réunion, guadeloupe, martinique, mayotte,
		le havre, saint-étienne, saint-nazaire, boulogne-billancourt, saint-germain-en-laye, issy-les-moulineaux, levallois-perret,
		courbevoie, puteaux, rueil-malmaison, vincennes, massy, marne-la-vallée, sophia antipolis, lannion, saint-brieuc,
		morlaix, cherbourg, angoulême, sète, béziers, narbonne, carcassonne, albi, castres, montauban, agen, tarbes, lourdes,
		mont-de-marsan, arcachon, libourne, périgueux, bergerac, brive, aurillac, rodez, millau, cahors, vichy, montluçon,
		nevers, auxerre, mâcon, chalon-sur-saône, belfort, montbéliard, épinal, thionville, haguenau, charleville-mézières,
		châlons-en-champagne, verdun, laon, soissons, beauvais, compiègne, arras, béthune, douai, valenciennes, dunkerque,
		boulogne-sur-mer, le touquet, évreux, lisieux, alençon, dieppe, deauville, honfleur, chartres, blois, bourges,
		châteauroux, saumur, cholet, la baule, concarneau, dinan, fougères, vitré, roanne, villefranche-sur-saône,
		bourg-en-bresse, annemasse, thonon-les-bains, évian, aix-les-bains, albertville, bourg-saint-maurice, briançon, arles,
		salon-de-provence, aubagne, la ciotat, martigues, fréjus, saint-raphaël, hyères, grasse, carpentras, montélimar, alès,
		foix, blagnac, colomiers, morcenx, mourillon, mas guérido, marseille-provence, lyon-saint-exupéry, roissy-charles-de-gaulle,
		mutuelle, tickets restaurant, ticket restaurant, titres-restaurant, titre-restaurant, convention collective, syntec,
		forfait jours, forfait-jours, statut cadre, pass navigo, navigo, médecine du travail,
		charles de gaulle, orly, brittany, saint-jean-de-luz, hossegor, quiberon, la trinité-sur-mer, belle-île, île de ré, oléron,
		cap ferret, lacanau, biscarrosse, royan, les sables-d'olonne, saint-gilles-croix-de-vie, noirmoutier, granville`)
	add("BE", `bruxelles, brussels, liège, namur, charleroi, uccle, mons, anvers, antwerp, gand, ghent, louvain, wallonie,
		belgique, belgium, flandre, hainaut, brabant wallon, brabant flamand, limbourg, tournai, mouscron, comines-warneton,
		wavre, arlon, verviers, seraing, la louvière, ottignies, louvain-la-neuve, nivelles, dinant, bastogne, marche-en-famenne,
		ostende, bruges, brugge, courtrai, kortrijk, hasselt, malines, mechelen, leuven, ixelles, schaerbeek, anderlecht, etterbeek,
		woluwe, forest, jette, molenbeek, zaventem, gembloux, huy, eupen, malmedy, spa-francorchamps, chèques-repas, éco-chèques,
		commission paritaire, onem, forem, actiris, vdab`)
	add("CH", `genève, geneva, lausanne, bienne, fribourg, neuchâtel, la chaux-de-fonds, sion, crans-montana, zurich,
		zürich, bâle, basel, berne, bern, lugano, valais, vaud, suisse, switzerland, vevey, montreux, yverdon-les-bains, nyon,
		morges, martigny, sierre, monthey, delémont, porrentruy, tessin, ticino, jura bernois, verbier, zermatt, saas-fee, villars-sur-ollon`)
	add("LU", `luxembourg, luxembourg-ville, luxembourgeoise, luxembourgeois, bettembourg, esch-sur-alzette, differdange, kirchberg, strassen, mamer, bertrange, hesperange,
		ettelbruck, diekirch, wiltz, clervaux, remich, grevenmacher, mondorf-les-bains, dudelange, pétange, sanem, mersch,
		echternach, belval, cloche d'or, howald, leudelange, munsbach, contern, capellen, windhof, bissen, steinfort,
		junglinster, niederanven, sandweiler, walferdange, lintgen, colmar-berg, troisvierges, vianden, redange,
		rumelange, schifflange, kayl, mondercange, bascharage, käerjeng, roeser, weiswampach, foetz, livange`)
	add("CA", `nunavut, iqaluit, yukon, whitehorse, yellowknife, northwest territories, montréal, montreal, québec, quebec, sherbrooke, laval, gatineau, toronto, ottawa, vancouver, calgary,
		edmonton, winnipeg, halifax, ontario, british columbia, alberta, manitoba, nova scotia, canada, granby,
		trois-rivières, saguenay, lévis, longueuil, rimouski, drummondville, saint-jérôme, terrebonne, chicoutimi,
		rouyn-noranda, val-d'or, saint-hyacinthe, repentigny, brossard, blainville, magog, bromont, joliette,
		victoriaville, shawinigan, sept-îles, baie-comeau, gaspé, mont-tremblant, estrie, montérégie, laurentides,
		outaouais, abitibi, cantons-de-l'est, mississauga, brampton, kitchener, waterloo, sudbury, grand sudbury, val-caron, timmins, hearst, kapuskasing, saskatoon, regina,
		kelowna, burnaby, surrey, richmond, nanaimo, moncton, fredericton, charlottetown, edmundston, nouveau-brunswick,
		new brunswick, bathurst, caraquet, dieppe, saint john`)
	add("GB", `london, manchester, birmingham, leeds, glasgow, edinburgh, liverpool, bristol, sheffield, cardiff,
		belfast, newcastle, nottingham, leicester, southampton, brighton, oxford, cambridge, yorkshire,
		lancashire, kent, essex, surrey, scotland, wales, england, united kingdom, nhs, dbs check, hmrc,
		national insurance, equality act, uk, royaume-uni, aberdeen, dundee, inverness, swansea, york, coventry, bradford,
		hull, plymouth, exeter, norwich, salford, bolton, wigan, preston, blackpool, sunderland, middlesbrough, cumbria, devon,
		cornwall, somerset, dorset, hampshire, sussex, berkshire, oxfordshire, cheshire, merseyside, northumberland, midlands,
		shoreditch, canary wharf, heathrow, gatwick, burton upon trent, milton keynes, harrogate, stoke-on-trent, wolverhampton,
		northern ireland, greater manchester, west midlands, east anglia, highlands`)
	add("IE", `dublin, cork, galway, limerick, waterford, kilkenny, ireland, hse, pps number, carlow, cavan, clare, donegal,
		kerry, kildare, laois, leitrim, longford, louth, mayo, meath, monaghan, offaly, roscommon, sligo, tipperary,
		westmeath, wexford, wicklow, athlone, drogheda, dundalk, navan, ennis, tralee, letterkenny, mullingar, naas,
		portlaoise, tullamore, bray, swords, birr, co. offaly, co. kerry, co. clare, co. mayo, co. donegal, co. kildare`)
	add("US", `new york, los angeles, chicago, houston, phoenix, philadelphia, san antonio, san diego, dallas, austin,
		san francisco, seattle, denver, boston, atlanta, miami, detroit, portland, las vegas, nashville, newark,
		jersey city, brooklyn, manhattan, nyc, california, texas, florida, illinois, massachusetts, washington state,
		colorado, georgia, new jersey, eeoc, united states, usa, u.s, spokane, tacoma, bellevue,
		snoqualmie, wsdot, caltrans, txdot, sacramento, oakland, san jose, fresno, el paso, fort worth, oregon, arizona, nevada, utah,
		minnesota, michigan, ohio, pennsylvania, virginia, north carolina, tennessee, missouri, wisconsin, indiana, maryland`)
	add("AU", `sydney, melbourne, brisbane, perth, adelaide, canberra, hobart, darwin, victoria, new south wales,
		queensland, tasmania, australia, superannuation, thredbo, jindabyne, snowy mountains, barossa, barossa valley,
		hunter valley, margaret river, gold coast, cairns, townsville, geelong, ballarat, bendigo, wollongong, byron bay,
		yarra valley, mclaren vale, fremantle, parramatta, sunshine coast, alice springs`)
	add("SG", `singapore`)
	add("ZA", `south africa, johannesburg, cape town, durban, pretoria, tshwane, gqeberha, port elizabeth, bloemfontein,
		stellenbosch, sandton, soweto, midrand, polokwane, mbombela, nelspruit,
		pietermaritzburg, paarl, franschhoek, rustenburg, gauteng, western cape, eastern cape, kwazulu-natal, limpopo,
		mpumalanga, free state, north west province, northern cape, b-bbee, bbbee, employment equity act`)
	// names that are also surnames, first names or English towns
	// (Nelson, Hastings, Kimberley, East London) are left out
	add("NZ", `new zealand, aotearoa, kiwi-born, winz, work and income, acc claims, auckland, wellington, christchurch, tauranga, dunedin, queenstown, rotorua, napier,
		palmerston north, whangārei, whangarei, invercargill, new plymouth, wānaka, wanaka, kiwisaver, waikato, bay of plenty, otago, hawke's bay,
		taranaki, northland, gisborne, whanganui, wairarapa, coromandel, north island, south island, ird number, te reo, te reo māori, māori, pākehā, kiwi accent`)
	add("HK", `hong kong, kowloon, tsim sha tsui, wan chai, causeway bay, mong kok, kwun tong, sha tin, tsuen wan, new territories, lantau, quarry bay, admiralty, sheung wan, mpf`)
	add("AE", `dubai, abu dhabi, sharjah, ajman, ras al khaimah, fujairah, united arab emirates, uae, business bay, jebel ali, dubai marina, difc, emiratisation`)
	add("MC", `monaco, monte-carlo, monte carlo, fontvieille, la condamine, principauté de monaco, principality of monaco`)
	add("IN", `india, mumbai, new delhi, delhi, bengaluru, bangalore, chennai, hyderabad, kolkata, pune, ahmedabad, gurugram,
		gurgaon, noida, jaipur, kochi, lucknow, chandigarh, coimbatore, indore, nagpur, maharashtra, karnataka, tamil nadu,
		gujarat, kerala, telangana, aadhaar, pan card, lakh, lakhs, crore, crores`)
	add("ZM", `zambia, lusaka, ndola, kitwe, livingstone, copperbelt, zambian`)
	add("NA", `namibia, windhoek, walvis bay, swakopmund, namibian`)
	add("BZ", `belize, belize city, belmopan, san ignacio, belizean`)
	add("FJ", `fiji, suva, nadi, lautoka, fijian`)
	add("GG", `guernsey, st peter port, st. peter port, guern`)
	add("PK", `pakistan, lahore, karachi, islamabad, rawalpindi, faisalabad, peshawar, pakistani`)
	add("BB", `barbados, bridgetown, bajan, barbadian`)
	add("ML", `mali, bamako, sikasso, ségou, malien, malienne`)
	add("NE", `niger, niamey, zinder, maradi, nigérien, nigérienne`)
	add("GA", `gabon, libreville, port-gentil, franceville, gabonais, gabonaise`)
	add("PF", `polynésie française, polynésie, tahiti, papeete, moorea, faa'a, punaauia, fenua, cps polynésie`)
	add("BW", `botswana, gaborone, francistown, maun, kasane, lobatse, palapye, setswana, motswana, batswana`)
	add("KE", `kenya, nairobi, mombasa, kisumu, nakuru, eldoret, thika, kiambu, westlands, upper hill, m-pesa, mpesa, kra pin,
		nhif, nssf`)
	add("MT", `malta, valletta, sliema, st julian's, st. julian's, birkirkara, mosta, msida, gżira, gzira, san ġwann, san gwann,
		qormi, marsa, gozo, mellieħa, mellieha, swieqi, pembroke, ta' xbiex`)
	// French-speaking Africa: a French posting there is not held to
	// French law
	add("MA", `maroc, morocco, casablanca, rabat, marrakech, tanger, tangier, fès, agadir, meknès, oujda, kénitra, cnss maroc`)
	add("TN", `tunisie, tunisia, tunis, sfax, sousse, monastir, bizerte, nabeul`)
	add("SN", `sénégal, senegal, dakar, thiès, saint-louis du sénégal, ziguinchor`)
	add("MU", `île maurice, ile maurice, mauritius, port-louis, port louis, curepipe, quatre bornes, rose-hill, beau bassin, vacoas, grand baie, mahébourg`)
	add("MG", `madagascar, antananarivo, tananarive, toamasina, tamatave, antsirabe, mahajanga, fianarantsoa, toliara, nosy be, ariary, malgache, malagasy`)
	add("CI", `côte d'ivoire, cote d'ivoire, ivory coast, abidjan, yamoussoukro, bouaké, cocody, plateau d'abidjan`)
	add("CM", `cameroun, cameroon, douala, yaoundé, yaounde`)
	add("BF", `burkina faso, burkina, ouagadougou, bobo-dioulasso, koudougou, ouahigouya`)
	// New Caledonia has its own labour code: a job there is not in France
	// for the law
	add("NC", `nouvelle-calédonie, nouvelle calédonie, new caledonia, nouméa, noumea, dumbéa, païta, koné, lifou, code du travail de nouvelle-calédonie`)
	add("DZ", `algérie, algeria, alger, algiers, oran`)
	add("NG", `nigeria, lagos, abuja, port harcourt, ibadan, ikeja, lekki, victoria island`)
	add("GH", `ghana, accra, kumasi, tema, takoradi`)
	add("MY", `malaysia, kuala lumpur, petaling jaya, penang, george town, johor bahru, kota kinabalu, kuching, ipoh, melaka, malacca, selangor, shah alam, cyberjaya, putrajaya, epf, socso`)
	add("GR", `greece, grèce, athens, athènes, thessaloniki, piraeus, le pirée, heraklion, patras, rhodes, corfu, mykonos, santorini, crete, crète, chania`)
	add("CY", `cyprus, chypre, nicosia, nicosie, limassol, larnaca, paphos, famagusta, ayia napa, protaras`)
	add("PH", `philippines, manila, metro manila, makati, cebu, quezon city, taguig, pasig, bgc, davao`)
	return m, heads
})

// lowerMarks are the marks of places() that postings write in lower
// case; a city or a region is a name, written with a capital, and many
// are words as well ("a nice team", "guided tours", "a champagne bar").
var lowerMarks = []string{"luxembourgeoise", "luxembourgeois", "cdi", "cdd", "smic", "urssaf", "superannuation", "dbs check", "national insurance", "code du travail",
	"pôle emploi", "france travail", "pps number", "apec", "eeoc", "hmrc", "nhs", "hse", "uk", "usa", "u.s", "nyc",
	"mutuelle", "tickets restaurant", "ticket restaurant", "titres-restaurant", "titre-restaurant", "convention collective",
	"syntec", "forfait jours", "forfait-jours", "statut cadre", "navigo", "pass navigo", "médecine du travail",
	"chèques-repas", "éco-chèques", "commission paritaire",
	// a country's adjective, lower case in French: "un permis suisse"
	"suisse"}

// regions are the codes of states and provinces an address ends with
// ("Austin, TX", "Delta, BC", "Parramatta, NSW").
var regions = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, s := range strings.Fields(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC`) {
		m[s] = "US"
	}
	for _, s := range strings.Fields(`BC AB SK MB ON QC NB NS PE PEI NL YT NT NU`) {
		m[s] = "CA"
	}
	for _, s := range strings.Fields(`NSW VIC QLD TAS ACT`) {
		m[s] = "AU"
	}
	return m
})

// forwardSortation says whether w is the first half of a Canadian postal
// code: a capital letter, a digit, a capital letter ("C0A").
func forwardSortation(w string) bool {
	return len(w) == 3 && 'A' <= w[0] && w[0] <= 'Z' && isDigit(w[1]) && 'A' <= w[2] && w[2] <= 'Z'
}

// placeAt finds the longest place of places() that starts at word i of
// low: its key and how many words it spans, 0 when none does.
func placeAt(low string, words []span, i int) (key string, n int) {
	head := low[words[i].start:words[i].end]
	if j := strings.IndexByte(head, '-'); j > 0 && !placeHeads()[head] {
		head = head[:j]
	}
	for n := 4; n >= 1 && placeHeads()[head]; n-- {
		if i+n > len(words) {
			continue
		}
		k := low[words[i].start:words[i+n-1].end]
		if _, ok := places()[k]; ok {
			return k, n
		}
		// "Luxembourg-Kirchberg": the city before a district.
		if _, ok := places()[head]; ok && n == 1 {
			return head, 1
		}
	}
	return "", 0
}

// inferCountry guesses the country of the job from the text: a phone
// prefix, a currency, a place it names, a US state after a city. It says
// what it read, for the report. Marks are weighed: a phone prefix or a
// place outweighs a currency, which many countries share.
func inferCountry(text, low string) (country, from string) {
	score := map[string]int{}
	// what each country was inferred from: its weightiest mark, the first
	// of equal ones
	first, weight := map[string]string{}, map[string]int{}
	vote := func(c string, w int, what string) {
		score[c] += w
		if w > weight[c] {
			first[c], weight[c] = what, w
		}
	}
	for _, p := range []struct{ prefix, country string }{{"+33", "FR"}, {"+44", "GB"}, {"+1 ", "US"}, {"+32", "BE"},
		{"+41", "CH"}, {"+352", "LU"}, {"+353", "IE"}, {"+61", "AU"}, {"+65", "SG"}, {"+27", "ZA"}, {"+64", "NZ"}, {"+377", "MC"}, {"+852", "HK"}, {"+971", "AE"},
		{"+91", "IN"}, {"+250", "RW"}, {"+255", "TZ"}, {"+256", "UG"}, {"+880", "BD"}, {"+92", "PK"}, {"+94", "LK"},
		{"+685", "WS"}, {"+679", "FJ"}, {"+222", "MR"}, {"+224", "GN"}, {"+257", "BI"}, {"+235", "TD"}, {"+223", "ML"}, {"+227", "NE"},
		{"+241", "GA"}, {"+226", "BF"}, {"+229", "BJ"}, {"+228", "TG"}, {"+243", "CD"}, {"+260", "ZM"}, {"+264", "NA"}, {"+267", "BW"},
		{"+687", "NC"}, {"+689", "PF"}, {"+501", "BZ"}, {"+509", "HT"}, {"+350", "GI"}, {"+254", "KE"}, {"+356", "MT"}, {"+212", "MA"}, {"+216", "TN"}, {"+221", "SN"}, {"+225", "CI"}, {"+237", "CM"},
		{"+213", "DZ"}, {"+234", "NG"}, {"+233", "GH"}, {"+63", "PH"}, {"+357", "CY"}, {"+60", "MY"}, {"+30", "GR"}, {"+261", "MG"}, {"+230", "MU"}} {
		if strings.Contains(low, p.prefix) {
			vote(p.country, 3, "phone prefix "+strings.TrimSpace(p.prefix))
		}
	}
	// The Caribbean's +1 numbers are told by their area code: "+1 758"
	// is Saint Lucia, not the United States. A text with no "+1" has
	// none, and is not searched for each.
	caribbean := []struct{ code, country string }{{"758", "LC"}, {"345", "KY"}, {"246", "BB"}, {"876", "JM"}, {"658", "JM"},
		{"868", "TT"}, {"242", "BS"}, {"441", "BM"}, {"284", "VG"}, {"268", "AG"}, {"767", "DM"}, {"473", "GD"}, {"869", "KN"},
		{"784", "VC"}, {"649", "TC"}, {"664", "MS"}, {"264", "AI"}, {"721", "SX"}}
	// "(876) 927-3418": the area code in brackets, as the islands write
	// a local number, is theirs too
	if !strings.Contains(low, "+1") && !strings.Contains(low, ") ") {
		caribbean = nil
	}
	for _, a := range caribbean {
		for _, f := range []string{"+1 " + a.code, "+1-" + a.code, "+1 (" + a.code, "+1(" + a.code, "(" + a.code + ") "} {
			if strings.Contains(low, f) {
				vote(a.country, 4, "phone prefix +1 "+a.code)
				break
			}
		}
	}
	signs := []struct{ sign, country string }{{"£", "GB"}, {"€", ""}, {"eur", ""}, {"chf", "CH"}, {"s$", "SG"},
		{"sgd", "SG"}, {"a$", "AU"}, {"aud", "AU"}, {"c$", "CA"}, {"cad", "CA"}, {"usd", "US"}, {"nz$", "NZ"}, {"nzd", "NZ"}, {"zar", "ZA"}, {"hk$", "HK"}, {"hkd", "HK"}, {"aed", "AE"}, {"dirhams", "AE"},
		{"₹", "IN"}, {"inr", "IN"}, {"kes", "KE"}, {"ksh", "KE"}, {"kshs", "KE"}, {"tnd", "TN"}, {"dzd", "DZ"}, {"ngn", "NG"}, {"₦", "NG"},
		{"ghs", "GH"}, {"gh₵", "GH"}, {"₱", "PH"}, {"myr", "MY"}}
	// the codes, all letters, found in one pass
	notWord := func(r rune) bool { return !isWordRune(r) }
	var codes []string
	for _, c := range signs {
		if strings.IndexFunc(c.sign, notWord) < 0 {
			codes = append(codes, c.sign)
		}
	}
	alone := standalone(low, append(codes, "euros"))
	for _, c := range signs {
		if c.country == "" {
			continue
		}
		var found bool
		switch k := strings.IndexFunc(c.sign, notWord); {
		case k < 0:
			found = alone[c.sign]
		case k == 0:
			found = strings.Contains(low, c.sign) // "£": a sign needs no space before it ("£28,000")
		default:
			// "s$", "gh₵": the sign, rare, is looked for before the
			// letters, frequent, that start the word
			found = strings.Contains(low, c.sign[k:]) && hasWord(low, c.sign)
		}
		if found {
			vote(c.country, 2, "currency "+c.sign)
		}
	}
	// Places: each word run of up to four words is looked up.
	// The title line names where the job is more surely than the body,
	// which may name clients' or offices' places.
	titleEnd := strings.IndexByte(low, '\n')
	if titleEnd < 0 {
		titleEnd = len(low)
	}
	words := wordSpans(low)
	placeEnd := 0 // the words of a place read are not read again as another ("New York" holds "York")
	// A place a state or province code qualifies ("Victoria, BC") is that
	// code's country wherever the posting names it again ("the Greater
	// Victoria area").
	var qualified map[string]string // made at the first code that qualifies a place: most postings have none
	lastPlace, lastWeight := "", 0
	for i := range words {
		w := 2
		if words[i].start < titleEnd {
			w = 4
		}
		if i < placeEnd {
			// inside a place already read
		} else if k, n := placeAt(low, words, i); n > 0 && (startsUpper(text[words[i].start:]) || slices.Contains(lowerMarks, k)) {
			c := places()[k]
			if q, ok := qualified[k]; ok {
				c = q
			}
			vote(c, w, `"`+clean(text[words[i].start:words[i+n-1].end])+`"`)
			placeEnd = i + n
			lastPlace, lastWeight = k, w
		}
		// "Austin, TX 78701", "Delta, BC": a state or province code
		// after a comma.
		code := text[words[i].start:words[i].end]
		// "Granby (QC)", as Québec's postings write it: a code in brackets
		// after a town.
		region := regions()[code]
		if region == "CA" && words[i].start >= 2 && text[words[i].start-2:words[i].start] == " (" &&
			words[i].end < len(text) && text[words[i].end] == ')' {
			vote(region, w+1, `"(`+code+`)"`)
		}
		if c := region; c != "" && words[i].start >= 2 && text[words[i].start-2:words[i].start] == ", " {
			// With a ZIP code after it, it is a postal address: where the
			// job is, more surely than a place the prose names ("a
			// Paris-born label… 112 Greene Street, New York, NY 10012").
			next := ""
			if i+1 < len(words) {
				next = text[words[i+1].start:words[i+1].end]
			}
			switch {
			case c == "US" && zip(next):
				vote(c, w+4, `"`+code+" "+next+`"`)
			case c == "CA" && forwardSortation(next):
				// "Cornwall, PE C0A 1H0": a Canadian postal code, surer
				// than a town's name that England has too
				vote(c, w+4, `"`+code+" "+next+`"`)
			case digits(next, 4) && slices.Contains(auStates, code):
				// "Subiaco, WA 6008": an Australian state and its
				// four-digit postcode (Washington's ZIP codes have five)
				vote("AU", w+4, `"`+code+" "+next+`"`)
			case i == placeEnd && lastPlace != "" && places()[lastPlace] != c && !slices.Contains(auStates, code):
				// "Victoria, BC": the code says which Victoria; the
				// town's vote goes to the code's country (an Australian
				// state's code is read by its postcode above: "Perth, WA").
				score[places()[lastPlace]] -= lastWeight
				if qualified == nil {
					qualified = map[string]string{}
				}
				qualified[lastPlace] = c
				vote(c, w+lastWeight, `"`+code+`"`)
			default:
				vote(c, w, `"`+code+`"`)
			}
		}
		// A French department number in brackets after a town, as French
		// postings place a job: "Laval (53)", "Ajaccio (2A)", "Saint-Denis
		// (974)". It tells France from a town of the same name elsewhere.
		if department(code) && words[i].start >= 2 && text[words[i].start-1] == '(' && words[i].end < len(text) && text[words[i].end] == ')' &&
			text[words[i].start-2] == ' ' && i > 0 && startsUpper(text[words[i-1].start:]) && !phoneAfter(text, words[i].end+1) {
			vote("FR", w+2, "department ("+code+")") // surer than a town's name, which other countries may share
		}
		// A French postcode before a capitalised town: "75011 Paris".
		if digits(code, 5) && i+1 < len(words) {
			if startsUpper(text[words[i+1].start:]) && code >= "01000" {
				vote("FR", 1, "postcode "+code)
			}
		}
	}
	// A postcode with its country's letter, as addresses near a border
	// write it ("L-3364 Leudelange", "CH-1003 Lausanne", "B-4000
	// Liège"): where the employer is, surer than the places the prose
	// names (the neighbouring countries its cross-border staff come from).
	for _, p := range []struct{ prefix, country string }{{"l-", "LU"}, {"ch-", "CH"}, {"b-", "BE"}} {
		for at := range occurrences(low, p.prefix) {
			d := at + len(p.prefix)
			if (at == 0 || !isWordRune(rune(low[at-1]))) && d+4 <= len(low) && digits(low[d:d+4], 4) &&
				(d+4 == len(low) || !isDigit(low[d+4])) {
				vote(p.country, 6, "postcode "+text[at:d+4])
				break
			}
		}
	}
	// A sum in rand ("R350", "R12 500"): a capital R straight before a
	// figure is South Africa's currency sign.
	if randSum(text) {
		vote("ZA", 2, "currency R")
	}
	// The country-code domain of the employer's address or site
	// ("jobs@acme.co.za", "acme.lu/careers"): weak, as firms abroad keep
	// their home domain, but it tells apart places that other marks tie.
	if c, d := domainCountry(low); c != "" {
		vote(c, 1, "domain "+d)
	}
	// Pay in euros: of the countries the places name, those that pay in
	// euros are likelier ("Laval" is in Mayenne and in Québec).
	if strings.Contains(low, "€") || alone["eur"] || alone["euros"] {
		for c := range score {
			if slices.Contains(euroCountries, c) {
				vote(c, 3, "currency €")
			}
		}
	}
	if strings.Contains(low, "$") && score["US"] == 0 && score["CA"] == 0 && score["AU"] == 0 && score["SG"] == 0 {
		vote("US", 1, "currency $")
	}
	best := ""
	for c, s := range score {
		if best == "" || s > score[best] || (s == score[best] && c < best) {
			best = c
		}
	}
	if best == "" || score[best] < 2 {
		return "", ""
	}
	return best, first[best]
}

// randSum says whether text holds a sum in rand: "R" then figures, at a
// word start ("R350", "R12 500"). A spaced R is a grade ("R 12"), and
// figures a hyphen follows are a code's article ("R1142-1").
func randSum(text string) bool {
	for at := range occurrences(text, "R") {
		if at > 0 && isWordRune(rune(text[at-1])) {
			continue
		}
		e := at + 1
		for e < len(text) && isDigit(text[e]) {
			e++
		}
		if e > at+1 && (e == len(text) || text[e] != '-' && !isWordRune(rune(text[e]))) {
			return true
		}
	}
	return false
}

// domainTLDs are the country-code domains inferCountry reads, with the
// second-level names their firms register under.
var domainTLDs = []struct{ suffix, country string }{
	{".co.uk", "GB"}, {".co.za", "ZA"}, {".co.nz", "NZ"}, {".com.au", "AU"}, {".com.sg", "SG"}, {".com.hk", "HK"}, {".hk", "HK"}, {".ae", "AE"},
	{".fr", "FR"}, {".be", "BE"}, {".ch", "CH"}, {".lu", "LU"}, {".ie", "IE"}, {".mc", "MC"}, {".ca", "CA"}, {".sg", "SG"},
	{".co.in", "IN"}, {".in", "IN"}, {".co.ke", "KE"}, {".ke", "KE"}, {".com.mt", "MT"}, {".mt", "MT"}, {".ma", "MA"}, {".tn", "TN"},
	{".sn", "SN"}, {".ci", "CI"}, {".cm", "CM"}, {".dz", "DZ"}, {".com.ng", "NG"}, {".ng", "NG"}, {".com.gh", "GH"}, {".com.ph", "PH"}, {".ph", "PH"}, {".com.cy", "CY"}, {".cy", "CY"}, {".com.my", "MY"}, {".my", "MY"}, {".gr", "GR"},
}

// domainCountry is the country of the first domain in low whose name
// ends in a country code, and that domain's suffix; "" when none does.
func domainCountry(low string) (country, suffix string) {
	first := len(low)
	for _, d := range domainTLDs {
		for at := range occurrences(low, d.suffix) {
			end := at + len(d.suffix)
			if at > 0 && isWordRune(rune(low[at-1])) && (end == len(low) || !isWordRune(rune(low[end])) && low[end] != '.') {
				if at < first {
					first, country, suffix = at, d.country, d.suffix
				}
				break
			}
		}
	}
	return country, suffix
}

// auStates are the codes of Australia's states and territories.
var auStates = []string{"NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"}

// euroCountries are the countries jobdesc infers that pay in euros.
var euroCountries = []string{"BE", "FR", "IE", "LU", "MT", "CY", "GR"}

// phoneAfter says whether a phone number's digits follow offset i: an
// area code in brackets ("Questions: (03) 9416 2270") is no department.
func phoneAfter(text string, i int) bool {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i < len(text) && isDigit(text[i])
}

// department says whether w is a French department number: 01 to 95,
// 2A, 2B, 971 to 976.
func department(w string) bool {
	switch {
	case w == "2A" || w == "2B":
		return true
	case digits(w, 2):
		return w >= "01" && w <= "95" && w != "20"
	case digits(w, 3):
		return w >= "971" && w <= "976"
	}
	return false
}

// startsUpper says whether s starts with a capital letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// zip says whether w is a US ZIP code: five digits, or ZIP+4.
func zip(w string) bool {
	five, four, plus := strings.Cut(w, "-")
	return digits(five, 5) && (!plus || digits(four, 4))
}

// digits says whether s is n digits and nothing else.
func digits(s string, n int) bool { return len(s) == n && n > 0 && strings.Trim(s, "0123456789") == "" }

// standalone are the words of ws (letters and digits only) that stand
// alone in low, between characters that are no letter or digit: a
// currency's code is a word of its own ("50 000 EUR"), not a part of one
// ("directeur"). One pass over the text, where searching for each word
// found "eur" in every "-eur" ending of a French posting.
func standalone(low string, ws []string) map[string]bool {
	found, want := map[string]bool{}, make(map[string]bool, len(ws))
	shortest, longest := len(low), 0
	for _, w := range ws {
		want[w] = true
		shortest, longest = min(shortest, len(w)), max(longest, len(w))
	}
	s := -1
	for i, r := range low {
		if isWordRune(r) {
			if s < 0 {
				s = i
			}
			continue
		}
		if s >= 0 && i-s >= shortest && i-s <= longest && want[low[s:i]] {
			found[low[s:i]] = true
		}
		s = -1
	}
	if s >= 0 && len(low)-s >= shortest && len(low)-s <= longest && want[low[s:]] {
		found[low[s:]] = true
	}
	return found
}

// wordSpans are the words of low, with hyphens and apostrophes inside.
func wordSpans(low string) []span {
	var out []span
	s := -1
	for i, r := range low {
		in := isWordRune(r) || ((r == '-' || r == '.') && s >= 0)
		if in && s < 0 {
			s = i
		}
		if !in && s >= 0 {
			out = append(out, span{s, trimEnd(low, s, i)})
			s = -1
		}
	}
	if s >= 0 {
		out = append(out, span{s, trimEnd(low, s, len(low))})
	}
	return out
}

// trimEnd drops trailing punctuation a word run took in.
func trimEnd(low string, s, e int) int {
	for e > s && strings.ContainsRune("-.", rune(low[e-1])) {
		e--
	}
	return e
}

// jurisdiction is the law the document's findings cite: a French posting
// whose country nothing tells is read under French law, the law most
// French postings are published under.
func (d *Document) jurisdiction() Jurisdiction {
	if d.Country == "" && d.Lang == "fr" {
		return jurFrance
	}
	if d.Country == "CA" {
		j, first := jurCanada, len(d.low)
		for _, p := range provinces {
			for _, w := range p.words {
				for at := range occurrences(d.low[:first], w) {
					if boundary(d.low, at) && boundary(d.low, at+len(w)) {
						j, first = p.j, at
						break
					}
				}
			}
		}
		return j
	}
	return jurisdictionOf(d.Country)
}
