package extract_test

import "testing"

// Session 19, helper d3: a fresh audit drawn from a pool of 30 real
// excerpts of local reporting (courts, crime, policing, local government
// and public services in eight English-speaking countries), kept outside the
// repository. Every sentence here is invented: fictional people, places and
// bodies, in the shapes the pool showed, with near misses that must not
// change.
//
// FIRST PASS (engine at bf4226b2, the table of 27 rows written first and
// run once): 14/27 (0.52): cr-title 2/5, office-for-place 3/5, the-city
// 1/2, title-of-body-name 1/2, said-fronted 1/3, appositive-open 1/1,
// thats-what 1/2, stating-that 2/2, judge-court 2/2, warned-quoted 0/1,
// acronym-spokesperson 0/1, request-long-object 0/1.
//
// On the pool itself the engine at bf4226b2 scored, before anyone tuned
// on it: speaker F1 0.853, quote recall 0.939, attribution 0.897 (direct
// 0.980/0.948, indirect 0.889/0.896, mixed 1.000/0.682). Seven gold lines
// were then mended against the house rules (six passive "was told that" /
// "it was argued" quotes dropped, one reported question "demanded to know
// why" added): 0.853, 0.960, 0.897 on the mended gold.
//
// AFTER this branch (one commit a class; every repository score set and
// the twelve dev pools unchanged at each): 50/58 rows (0.86, with the rows
// added later; 8 left known with their mechanism): cr-title 5/5,
// office-for-place 12/12, the-city 5/5, including-aside 5/5, thats-what
// 4/4, acronym-spokesperson 4/5, gerund-object 3/4, title-of-body-name 4/6;
// the pool: speaker F1 0.912, quote recall 0.964, attribution 0.916.

func d3s19Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// cr-title: "Cr", the Australian and New Zealand short form of
	// "Councillor", is a title before a name, not part of it: "Cr Tamsin
	// Edge" and a later "Cr Edge" are one speaker, Tamsin Edge.
	add(auditRow{class: "cr-title/full then short",
		text:     "Cr Tamsin Edge said the levy was unfair.\n\n“We cannot keep asking ratepayers for more,” Cr Edge said.",
		want:     []quote{{"Tamsin Edge", auI, "the levy was unfair"}, {"Tamsin Edge", auD, "We cannot keep asking ratepayers for more"}},
		speakers: []string{"Tamsin Edge"}})
	add(auditRow{class: "cr-title/with point",
		text:     "Cr. Olwen Barr told the meeting the pool would close in May.",
		want:     []quote{{"Olwen Barr", auI, "the pool would close in May"}},
		speakers: []string{"Olwen Barr"}})
	add(auditRow{class: "cr-title/two councillors",
		text:     "Cr Ada Penn moved the amendment to cut the rise.\n\n“It is too much for families,” Cr Penn said.\n\nCr Hugo Lind opposed it.\n\n“Inflation is far higher,” Cr Lind said.",
		want:     []quote{{"Ada Penn", auD, "It is too much for families"}, {"Hugo Lind", auD, "Inflation is far higher"}},
		speakers: []string{"Ada Penn", "Hugo Lind"}})
	add(auditRow{class: "cr-title/councillor then cr",
		text:     "Councillor Ines Vale said she did not take the vote lightly.\n\nCr Vale said selling land would “only buy a year”.",
		want:     []quote{{"Ines Vale", auI, "she did not take the vote lightly"}, {"Ines Vale", auM, "selling land would “only buy a year”"}},
		speakers: []string{"Ines Vale"}})
	add(auditRow{class: "cr-title/near: model name",
		text:     "The CR-V sold well this year, dealer Tomas Rudd said.",
		want:     []quote{{"Tomas Rudd", auI, "The CR-V sold well this year"}},
		speakers: []string{"Tomas Rudd"}})

	// office-for-place: "Name, AM for Vale North, said": the place an
	// office is held for is no speaker; the named holder is.
	add(auditRow{class: "office-for-place/AM for",
		text:     "Darrel Finch, AM for Vale North, said the decision shows how \"out of touch\" the board is.",
		want:     []quote{{"Darrel Finch", auM, "the decision shows how \"out of touch\" the board is"}},
		speakers: []string{"Darrel Finch"}})
	add(auditRow{class: "office-for-place/MP for",
		text:     "Mira Olsen, MP for Eastbrook, said the hospital must stay open.",
		want:     []quote{{"Mira Olsen", auI, "the hospital must stay open"}},
		speakers: []string{"Mira Olsen"}})
	add(auditRow{class: "office-for-place/councillor for ward",
		text:     "Tobias Renn, councillor for Harbour Ward, said the bins had not been emptied for a month.",
		want:     []quote{{"Tobias Renn", auI, "the bins had not been emptied for a month"}},
		speakers: []string{"Tobias Renn"}})
	add(auditRow{class: "office-for-place/MLA for with ward name",
		text:     "Greta Moen, MLA for Ostby North, told reporters the clinic would reopen.",
		want:     []quote{{"Greta Moen", auI, "the clinic would reopen"}},
		speakers: []string{"Greta Moen"}})
	add(auditRow{class: "office-for-place/TD for mixed",
		text:     "Cathal Breen, TD for Kelby West, said the closure was \"a scandal\".",
		want:     []quote{{"Cathal Breen", auM, "the closure was \"a scandal\""}},
		speakers: []string{"Cathal Breen"}})
	add(auditRow{class: "office-for-place/near: body for place",
		text:     "The ORR, the regulator for Norland, said fares would rise.",
		want:     []quote{{"ORR", auI, "fares would rise"}},
		speakers: []string{"ORR"}})
	add(auditRow{class: "office-for-place/residents of street town",
		text:     "Home owners in Elm Row, Canning Street, Tarvik, say their bins were taken without notice.",
		want:     []quote{{"", auI, "their bins were taken without notice"}},
		speakers: []string{}})
	add(auditRow{class: "office-for-place/residents of two parts",
		text:     "Residents of Elm Row, Tarvik, said the plant would close.",
		want:     []quote{{"", auI, "the plant would close"}},
		speakers: []string{}})
	add(auditRow{class: "office-for-place/near: mayor after residents",
		text:     "The plan was welcomed by residents of Tarvik, Mayor Ana Holt said.",
		want:     []quote{{"Ana Holt", auI, "The plan was welcomed by residents of Tarvik"}},
		speakers: []string{"Ana Holt"}})
	add(auditRow{class: "office-for-place/near: body in town",
		text:     "The Harbour Trust in Elm Row, Tarvik Water, said the pipes were old.",
		want:     []quote{{"Tarvik Water", auI, "the pipes were old"}},
		speakers: []string{"Tarvik Water"}})
	add(auditRow{class: "office-for-place/near: mayor of town name",
		text:     "The mayor of Tarvik, Ana Holt, said the pipes were old.",
		want:     []quote{{"Ana Holt", auI, "the pipes were old"}},
		speakers: []string{"Ana Holt"}})
	add(auditRow{class: "office-for-place/near: spokesman for council",
		text:     "A spokesman for Tarvik Council said the bins would return next week.",
		want:     []quote{{"Tarvik Council", auI, "the bins would return next week"}},
		speakers: []string{"Tarvik Council"}})

	// the-city: "the City" for a municipality the text has named is that
	// body, not a new one called "City".
	add(auditRow{class: "the-city/indicated",
		text:     "Mayor Lindiwe Moyo of the Harlow Bay Municipality apologised for the outage.\n\nPrior to the apology, the City indicated that it would spend R2 billion on pipes.",
		want:     []quote{{"Harlow Bay Municipality", auI, "it would spend R2 billion on pipes"}},
		speakers: []string{"Harlow Bay Municipality"}})
	add(auditRow{class: "the-city/confirmed inside clause",
		text:     "The Ostra Municipality said pipes had been cut.\n\nLast week, the municipality confirmed that the City opened a criminal case at the Kelby police station.",
		want:     []quote{{"Ostra Municipality", auI, "pipes had been cut"}, {"Ostra Municipality", auI, "the City opened a criminal case at the Kelby police station"}},
		speakers: []string{"Ostra Municipality"}})
	add(auditRow{class: "the-city/the Town said",
		text:     "Mayor Ada Winter of Kelby Town Council spoke on Monday.\n\nEarlier, the Town said the square would be closed until May.",
		want:     []quote{{"Kelby Town Council", auI, "the square would be closed until May"}},
		speakers: []string{"Kelby Town Council"}})
	add(auditRow{class: "the-city/near: sentence start City",
		text:     "The City said the pool would close for repairs.",
		want:     []quote{{"City", auI, "the pool would close for repairs"}},
		speakers: []string{"City"}})
	add(auditRow{class: "the-city/near: city of",
		text:     "The City of Tarvik said the pool would close for repairs.",
		want:     []quote{{"City of Tarvik", auI, "the pool would close for repairs"}},
		speakers: []string{"City of Tarvik"}})

	// title-of-body-name: "Mayor of the Ostra Municipality Lindiwe Moyo",
	// "the Head of Water in Ostra Sipho Dube": a title and the body or
	// place it serves, run straight into the holder's name.
	add(auditRow{class: "title-of-body-name/mayor of municipality",
		text:     "Mayor of the Ostra Municipality Lindiwe Moyo has apologised for the outage.\n\n“We are sorry,” Moyo said.",
		want:     []quote{{"Lindiwe Moyo", auD, "We are sorry"}},
		speakers: []string{"Lindiwe Moyo"}})
	add(auditRow{class: "title-of-body-name/prefixed body name",
		text:     "Mayor of the eNyoni Municipality Thabo Sithole has apologised for the outage.\n\nGoing forward, the Mayor said they would install pressure gauges.",
		want:     []quote{{"Thabo Sithole", auI, "they would install pressure gauges"}},
		speakers: []string{"Thabo Sithole"}})
	add(auditRow{class: "title-of-body-name/the municipality after title of",
		text:     "Mayor of the Ostra Municipality Thabo Sithole has apologised for the outage.\n\nEarlier, the municipality said the valves had been tampered with.",
		want:     []quote{{"Ostra Municipality", auI, "the valves had been tampered with"}},
		speakers: []string{"Ostra Municipality"}})
	add(auditRow{class: "title-of-body-name/prefixed place speaker",
		text:     "Residents of uMzala said the taps had been dry for a week, and Thabo Sithole of the uMzala ratepayers group said: “We pay and get nothing.”",
		want:     []quote{{"", auI, "the taps had been dry for a week"}, {"Thabo Sithole", auD, "We pay and get nothing."}},
		speakers: []string{"Thabo Sithole"}})
	add(auditRow{class: "title-of-body-name/near: product name",
		text:     "The new iPhone sold out within hours, retailer Ada Brun said.",
		want:     []quote{{"Ada Brun", auI, "The new iPhone sold out within hours"}},
		speakers: []string{"Ada Brun"}})
	add(auditRow{class: "title-of-body-name/according to head of",
		text:     "The outage lasted a week, according to the Head of Water and Sanitation in Ostra Sipho Dube.",
		want:     []quote{{"Sipho Dube", auI, "The outage lasted a week"}},
		speakers: []string{"Sipho Dube"}})

	// said-fronted: "said" followed by a fronted adverbial and then the
	// reported clause's subject ("said after a year of X, he felt ...").
	add(auditRow{class: "said-fronted/double title",
		text:     "Commissioner Chairman Ray Dorn said after a year of losing staff, he felt it was time to act.",
		want:     []quote{{"Ray Dorn", auI, "after a year of losing staff, he felt it was time to act"}},
		speakers: []string{"Ray Dorn"}})
	add(auditRow{class: "said-fronted/one title",
		text:     "Chairman Ray Dorn said after a year of losing staff, he felt it was time to act.",
		want:     []quote{{"Ray Dorn", auI, "after a year of losing staff, he felt it was time to act"}},
		speakers: []string{"Ray Dorn"}})
	add(auditRow{class: "said-fronted/double title plain clause",
		text:     "Commissioner Chairman Ray Dorn said the jail needs to be fully staffed.",
		want:     []quote{{"Ray Dorn", auI, "the jail needs to be fully staffed"}},
		speakers: []string{"Ray Dorn"}})

	// including-aside: the reported clause's subject carries an aside
	// of examples set off by commas, then its verb.
	add(auditRow{class: "including-aside/came together",
		text: "He said different departments, including the sheriff’s office, came together to find a fix.",
		want: []quote{{"", auI, "different departments, including the sheriff’s office, came together to find a fix"}}})
	add(auditRow{class: "including-aside/named speaker had agreed",
		text:     "Ray Dorn said several councils, including Tarvik and Ostby, had agreed to the plan.",
		want:     []quote{{"Ray Dorn", auI, "several councils, including Tarvik and Ostby, had agreed to the plan"}},
		speakers: []string{"Ray Dorn"}})
	add(auditRow{class: "including-aside/the departments were",
		text:     "Mayor Ada Winter said the schools, including two in Kelby, were closed for the week.",
		want:     []quote{{"Ada Winter", auI, "the schools, including two in Kelby, were closed for the week"}},
		speakers: []string{"Ada Winter"}})
	add(auditRow{class: "including-aside/near: object with examples",
		text: "The council approved several projects, including a new pool, on Tuesday.",
		want: []quote{}, exact: true})
	add(auditRow{class: "including-aside/near: denied charges participle",
		text:     "Ray Dorn denied all the charges, including fraud, saying they were false.",
		want:     []quote{{"Ray Dorn", auI, "they were false"}},
		speakers: []string{"Ray Dorn"}})

	// appositive-open: an appositive role whose closing comma is missing
	// ("Kevin Marsh, councillor responsible for the environment has said
	// ...").
	add(auditRow{class: "appositive-open/has previously stated",
		text:     "Kevin Marsh, councillor responsible for the environment has previously stated it would be too costly to change back.",
		want:     []quote{{"Kevin Marsh", auI, "it would be too costly to change back"}},
		speakers: []string{"Kevin Marsh"}})

	// thats-what: a quotation followed by "That's what X tweeted".
	add(auditRow{class: "thats-what/tweeted",
		text:     "“The status quo has many friends.” That’s what councillor Anna Vik tweeted as the meeting broke for lunch.",
		want:     []quote{{"Anna Vik", auD, "The status quo has many friends."}},
		speakers: []string{"Anna Vik"}})
	add(auditRow{class: "thats-what/curly said",
		text:     "“We will not move.” That’s what Oskar Lind said on Friday.",
		want:     []quote{{"Oskar Lind", auD, "We will not move."}},
		speakers: []string{"Oskar Lind"}})
	add(auditRow{class: "thats-what/near: straight said",
		text:     "“We will not move.” That's what Oskar Lind said on Friday.",
		want:     []quote{{"Oskar Lind", auD, "We will not move."}},
		speakers: []string{"Oskar Lind"}})
	add(auditRow{class: "thats-what/was what told",
		text:     "“We will not move.” That was what Oskar Lind told the crowd on Friday.",
		want:     []quote{{"Oskar Lind", auD, "We will not move."}},
		speakers: []string{"Oskar Lind"}})

	// stating-that: a participle "stating that" after the main clause.
	add(auditRow{class: "stating-that/spoke in support",
		text:     "Cr Bill Moss spoke in support of the amendment stating that council was very stable.",
		want:     []quote{{"Bill Moss", auI, "council was very stable"}},
		speakers: []string{"Bill Moss"}})
	add(auditRow{class: "stating-that/comma",
		text:     "Ana Ruiz voted against the plan, stating that the costs were too high.",
		want:     []quote{{"Ana Ruiz", auI, "the costs were too high"}},
		speakers: []string{"Ana Ruiz"}})

	// judge-court: "the judge" is the judge the text named, not a court
	// named in the same sentence.
	add(auditRow{class: "judge-court/the judge said",
		text:     "Judge Paul Ennis said gardaí had requested the remand of Tom Hart to Kelby District Court. The judge said he was satisfied the purpose of the “exercise” was “to win praise”.",
		want:     []quote{{"Paul Ennis", auI, "gardaí had requested the remand of Tom Hart to Kelby District Court"}, {"Paul Ennis", auM, "he was satisfied the purpose of the “exercise” was “to win praise”"}},
		speakers: []string{"Paul Ennis"}})
	add(auditRow{class: "judge-court/told hearer whom",
		text:     "Judge Ava Brook later told Insp Carl Dunne, whom she had seen smiling, that if he found it funny she would jail him for a week.",
		want:     []quote{{"Ava Brook", auI, "if he found it funny she would jail him for a week"}},
		speakers: []string{"Ava Brook"}})

	// warned-quoted: a quoted clause straight after "warned", the subject
	// preceded by a "where" clause.
	add(auditRow{class: "warned-quoted/after where clause",
		text:     "At a meeting on Thursday, where councillors agreed the budget, council leader Ivo Stark warned “other services would be cut”, if the scheme was scrapped.",
		want:     []quote{{"Ivo Stark", auD, "other services would be cut"}},
		speakers: []string{"Ivo Stark"}})

	// acronym-spokesperson: "A Norland Police Service (NPS) spokesperson
	// said" is the service's, not the body quoted just before.
	add(auditRow{class: "acronym-spokesperson/after other body",
		text:     "A spokesperson for the Office of the Chief Warden confirmed the men were released.\n\nA Norland Police Service (NPS) spokesperson said it was \"exploring its legal options\" after the ruling.",
		want:     []quote{{"Office of the Chief Warden", auI, "the men were released"}, {"Norland Police Service", auM, "it was \"exploring its legal options\" after the ruling"}},
		speakers: []string{"Office of the Chief Warden", "Norland Police Service"}})
	add(auditRow{class: "acronym-spokesperson/after office of chief magistrate",
		text:     "A spokesperson for the Office of the Chief Magistrate confirmed the men were released.\n\nA Norland Police Service (NPS) spokesperson said it was \"exploring its legal options\" after the ruling.",
		want:     []quote{{"Office of the Chief Magistrate", auI, "the men were released"}, {"Norland Police Service", auM, "it was \"exploring its legal options\" after the ruling"}},
		speakers: []string{"Office of the Chief Magistrate", "Norland Police Service"}})
	add(auditRow{class: "acronym-spokesperson/spokesman after company",
		text:     "Tarvik Gas said prices would rise.\n\nA Kelby Water Authority (KWA) spokesman said supplies were safe.",
		want:     []quote{{"Tarvik Gas", auI, "prices would rise"}, {"Kelby Water Authority", auI, "supplies were safe"}},
		speakers: []string{"Tarvik Gas", "Kelby Water Authority"}})
	add(auditRow{class: "acronym-spokesperson/near: no letters",
		text:     "Tarvik Gas said prices would rise.\n\nA Kelby Water Authority spokesman said supplies were safe.",
		want:     []quote{{"Tarvik Gas", auI, "prices would rise"}, {"Kelby Water Authority", auI, "supplies were safe"}},
		speakers: []string{"Tarvik Gas", "Kelby Water Authority"}})
	add(auditRow{class: "acronym-spokesperson/near: unnamed spokesman",
		text:     "Tarvik Gas said prices would rise.\n\nA spokesman said supplies were safe.",
		want:     []quote{{"Tarvik Gas", auI, "prices would rise"}, {"Tarvik Gas", auI, "supplies were safe"}},
		speakers: []string{"Tarvik Gas"}})

	// request-long-object: "asked scores of officers protesting outside
	// his office to resume duty".
	add(auditRow{class: "request-long-object/participle object",
		text:     "Police Commissioner Ravi Das on Tuesday asked scores of officers protesting outside his office to resume duty.",
		want:     []quote{{"Ravi Das", auI, "scores of officers protesting outside his office to resume duty"}},
		speakers: []string{"Ravi Das"}})
	add(auditRow{class: "request-long-object/urged residents living near",
		text:     "Mayor Ada Winter urged residents living near the river to leave their homes.",
		want:     []quote{{"Ada Winter", auI, "residents living near the river to leave their homes"}},
		speakers: []string{"Ada Winter"}})
	add(auditRow{class: "request-long-object/near: own plan",
		text: "Ravi Das spent the day visiting officers protesting outside his office to show support.",
		want: []quote{}, exact: true})
	// gerund-object: a noun object holding "of being"/"of having" and a
	// participle is no reported clause ("noted the likelihood of being
	// shot"); the clause after "saying" is.
	add(auditRow{class: "gerund-object/noted likelihood of being",
		text:     "Ana Holt noted the increased likelihood of being shot by police as a person of colour, saying the system was broken.",
		want:     []quote{{"Ana Holt", auI, "the system was broken"}},
		speakers: []string{"Ana Holt"}, exact: true})
	add(auditRow{class: "gerund-object/stressed risk of having",
		text: "The Tarvik Water Board stressed the danger of having pipes replaced in winter.",
		want: []quote{}, exact: true})
	add(auditRow{class: "gerund-object/near: clause with being",
		text:     "Ana Holt noted the bridge was being repaired.",
		want:     []quote{{"Ana Holt", auI, "the bridge was being repaired"}},
		speakers: []string{"Ana Holt"}})
	add(auditRow{class: "gerund-object/near: clause after fear of",
		text:     "Ana Holt said the fear of being fined had kept traders away.",
		want:     []quote{{"Ana Holt", auI, "the fear of being fined had kept traders away"}},
		speakers: []string{"Ana Holt"}})
	for i := range rows {
		if k, ok := d3s19Known[rows[i].class]; ok {
			rows[i].known = k
		}
	}
	return rows
}

// d3s19Known lists the rows still failing, by class, with the mechanism.
var d3s19Known = map[string]string{
	"gerund-object/stressed risk of having":              "gerund-object: a causative \"of having pipes replaced\" leaves the participle after its object read as the clause's verb",
	"request-long-object/participle object":              "request-object: \"scores of officers protesting outside his office\" is not read as the hearers before the infinitive",
	"title-of-body-name/the municipality after title of": "title-of-body: a body named only inside \"Mayor of the X Municipality Name\" is no referent for a later \"the municipality\"",
	"title-of-body-name/according to head of":            "title-of-body-name: the holder's name after \"Head of X in Place\" is not split from the place",
	"said-fronted/double title":                          "said-fronted: the fronted \"after\" phrase is left out of the reported clause (the clause after its comma is found)",
	"said-fronted/one title":                             "said-fronted: the fronted \"after\" phrase is left out of the reported clause (the clause after its comma is found)",
	"warned-quoted/after where clause":                   "warned-quoted: the quoted clause after \"warned\" is lost to a span from the where clause",
	"acronym-spokesperson/after other body":              "chief-title: \"Office of the Chief Warden\" is cut to its title's head",
}

func TestAuditS19D3(t *testing.T) { runAudit(t, "d3", d3s19Rows(), *auditKnown) }
