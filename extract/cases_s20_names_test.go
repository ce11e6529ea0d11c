package extract_test

import "testing"

// Session 20: the boundaries of a speaker's name. Of the misses the engine
// made on fresh pools of real reporting (kept outside the repository),
// three shapes recurred: a councillor's party set off by commas between
// the titled name and the verb ("Cllr NAME, PARTY, said"), which took the
// speech as a name of its own; a body's long name joined by "in", "of",
// "for" and "and", closed by its acronym in brackets, cut at a connector
// so that its place or last field spoke; and a body described by
// lower-case words after an acronym ("the UN refugee agency said"), cut
// to the acronym; and a port named with its town ("The Port of Dunmere
// said"), cut to the town; and an officer's office with a possessive
// ("the Ombudsman's Office said"), cut to "Office". Every sentence here is invented: fictional people,
// bodies and places, with near misses that must not change.
//
// FIRST PASS (engine at f1da3e5): 5/17 rows of the first two shapes
// (party 0/7, acronym 0/4, near 5/5; one known failure skipped); the
// described rows, written after those two were fixed (engine at
// 0247b2d): 0/4, near 3/3 (one known failure); the port rows (engine at
// b288efe): 0/2, near 1/1 (one known failure); the office rows (engine
// at 7ceb44d): 0/3, near 2/2. After: 31/34, the three known failures
// left with their mechanism.
func namesRows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// A councillor's party, or "independent", between the name and the verb.
	add(auditRow{class: "party/a party the lexicon lacks, then a pronoun",
		text:     "Cllr Ilse Marko, Fianna Fáil, said the route was unsafe. She said the vote was rushed.",
		want:     []quote{{"Ilse Marko", auI, "the route was unsafe"}, {"Ilse Marko", auI, "the vote was rushed"}},
		speakers: []string{"Ilse Marko"}})
	add(auditRow{class: "party/a party of two words, a colon quote",
		text:     "Cllr Oskar Brenn, Sinn Féin, said: “We were sent the drawings last week.”",
		want:     []quote{{"Oskar Brenn", auD, "We were sent the drawings last week."}},
		speakers: []string{"Oskar Brenn"}})
	add(auditRow{class: "party/full title, a plural party name",
		text:     "Councillor Maire Dolan, Social Democrats, said the lane should stay.",
		want:     []quote{{"Maire Dolan", auI, "the lane should stay"}},
		speakers: []string{"Maire Dolan"}})
	add(auditRow{class: "party/independent in lower case",
		text:     "Cllr Damian Vesk, independent, said that the manager was rushing the plan through.",
		want:     []quote{{"Damian Vesk", auI, "the manager was rushing the plan through"}},
		speakers: []string{"Damian Vesk"}})
	add(auditRow{class: "party/Independent in capitals",
		text:     "Cllr Damian Vesk, Independent, said the trees must stay.",
		want:     []quote{{"Damian Vesk", auI, "the trees must stay"}},
		speakers: []string{"Damian Vesk"}})
	add(auditRow{class: "party/a senator, another verb",
		text:     "Senator Oskar Brenn, Fine Gael, told the chamber that the bill was flawed.",
		want:     []quote{{"Oskar Brenn", auI, "the bill was flawed"}},
		speakers: []string{"Oskar Brenn"}})
	add(auditRow{class: "party/two councillors in turn",
		text: "Cllr Maire Dolan, Fianna Fáil, said she could not support the plan.\n\n" +
			"Cllr Tom Bracken, Fianna Fáil, said he agreed with his party colleague. He said: “The motorist pays the most and gets the least.”",
		want: []quote{{"Maire Dolan", auI, "she could not support the plan"}, {"Tom Bracken", auI, "he agreed with his party colleague"},
			{"Tom Bracken", auD, "The motorist pays the most and gets the least."}},
		speakers: []string{"Maire Dolan", "Tom Bracken"}})
	add(auditRow{class: "party/a party named with its head noun",
		text:     "Cllr Ilse Marko, Green Party, said the route was unsafe.",
		want:     []quote{{"Ilse Marko", auI, "the route was unsafe"}},
		speakers: []string{"Ilse Marko"},
		known:    "party-org: a party whose name ends in a body's noun (\"Green Party\") is an organisation chunk, taken as the subject before the appositive is stepped over"})

	// Near misses: a known party, a description, a second person.
	add(auditRow{class: "near/a party the lexicon knows",
		text:     "Cllr Ilse Marko, Labour, said the route was unsafe.",
		want:     []quote{{"Ilse Marko", auI, "the route was unsafe"}},
		speakers: []string{"Ilse Marko"}})
	add(auditRow{class: "near/party in a descriptive apposition",
		text:     "Tom Bracken, a Fianna Fáil councillor, said the lane should go.",
		want:     []quote{{"Tom Bracken", auI, "the lane should go"}},
		speakers: []string{"Tom Bracken"}})
	add(auditRow{class: "near/a titled second person after the comma",
		text:     "After a question from Cllr Ilse Marko, Mayor Oskar Brenn said the plan was sound.",
		want:     []quote{{"Oskar Brenn", auI, "the plan was sound"}},
		speakers: []string{"Oskar Brenn"}})

	// A body's long name closed by its acronym.
	add(auditRow{class: "acronym/a place after in",
		text:     "The Board of Control for Rowing in Tarvia (BCRT) on Friday said the coach would stay.",
		want:     []quote{{"Board of Control for Rowing in Tarvia", auI, "the coach would stay"}},
		speakers: []string{"Board of Control for Rowing in Tarvia"}})
	add(auditRow{class: "acronym/a mission in a place, confirmed that",
		text:     "The United Nations Relief Mission in Vessenland (UNRMV) confirmed that six civilians had died in the strike.",
		want:     []quote{{"United Nations Relief Mission in Vessenland", auI, "six civilians had died in the strike"}},
		speakers: []string{"United Nations Relief Mission in Vessenland"}})
	add(auditRow{class: "acronym/a cause of two fields",
		text:     "But the rebel Convention of Patriots for Justice and Peace (CPJP) said its fighters held the town.",
		want:     []quote{{"Convention of Patriots for Justice and Peace", auI, "its fighters held the town"}},
		speakers: []string{"Convention of Patriots for Justice and Peace"}})
	add(auditRow{class: "acronym/remit and place",
		text:     "The Agency for Roads and Bridges in Ostby (ARBO) said the bridge would reopen in May.",
		want:     []quote{{"Agency for Roads and Bridges in Ostby", auI, "the bridge would reopen in May"}},
		speakers: []string{"Agency for Roads and Bridges in Ostby"}})

	// Near misses: the letters spell less than the run, or a person speaks.
	add(auditRow{class: "near/a person heads the body",
		text:     "Ilse Marko, head of the Agency for Roads in Tarvia (ART), said the bridge was shut.",
		want:     []quote{{"Ilse Marko", auI, "the bridge was shut"}},
		speakers: []string{"Ilse Marko"}})
	add(auditRow{class: "near/a short body, no connector",
		text:     "The Harbour Safety Board (HSB) said the quay was closed.",
		want:     []quote{{"Harbour Safety Board", auI, "the quay was closed"}},
		speakers: []string{"Harbour Safety Board"}})

	// A body described by lower-case words after an acronym.
	add(auditRow{class: "described/a refugee agency in a place, said after",
		text:     "Forty people drowned, the UN refugee agency in Tarvia said on Thursday.",
		want:     []quote{{"UN refugee agency", auI, "Forty people drowned"}},
		speakers: []string{"UN refugee agency"}})
	add(auditRow{class: "described/a border agency",
		text:     "The EU border agency said arrivals had fallen.",
		want:     []quote{{"EU border agency", auI, "arrivals had fallen"}},
		speakers: []string{"EU border agency"}})
	add(auditRow{class: "described/a coalition named by its leader",
		text:     "The U.S. coalition said four civilians were killed.",
		want:     []quote{{"U.S. coalition", auI, "four civilians were killed"}},
		speakers: []string{"U.S. coalition"}})
	add(auditRow{class: "described/warned that",
		text:     "The UN food agency warned that stocks would run out in May.",
		want:     []quote{{"UN food agency", auI, "stocks would run out in May"}},
		speakers: []string{"UN food agency"}})
	add(auditRow{class: "described/the body's acronym named before",
		text:     "The UNHCR said the camp was full. Later the UN refugee agency said another camp would open.",
		want:     []quote{{"UNHCR", auI, "the camp was full"}, {"UNHCR", auI, "another camp would open"}},
		speakers: []string{"UNHCR"},
		known:    "descr-acronym: a description after a shorter acronym is not linked to the named body (\"UNHCR\"); it is left to the \"UN\" chunk as before"})

	// Near misses: a nation's mission, a person heading the body.
	add(auditRow{class: "near/a nation's mission to a body",
		text:     "The Tarvian mission to the UN in Geneva called the remarks “deplorable and deeply concerning”.",
		want:     []quote{{"Tarvian mission to the UN in Geneva", auD, "deplorable and deeply concerning"}},
		speakers: []string{"Tarvian mission to the UN in Geneva"}})
	add(auditRow{class: "near/head of the described body",
		text:     "Ilse Marko, head of the UN refugee agency, said the camp was full.",
		want:     []quote{{"Ilse Marko", auI, "the camp was full"}},
		speakers: []string{"Ilse Marko"}})
	add(auditRow{class: "near/the described body's chief",
		text:     "The UN refugee agency's chief, Ilse Marko, said the camp was full.",
		want:     []quote{{"Ilse Marko", auI, "the camp was full"}},
		speakers: []string{"Ilse Marko"}})

	// A port named with its town: the port authority speaks.
	add(auditRow{class: "port/said",
		text:     "The Port of Dunmere said one terminal had closed for lunch.",
		want:     []quote{{"Port of Dunmere", auI, "one terminal had closed for lunch"}},
		speakers: []string{"Port of Dunmere"}})
	add(auditRow{class: "port/reported that",
		text:     "The Port of Ostby reported this morning that all terminals are open.",
		want:     []quote{{"Port of Ostby", auI, "all terminals are open"}},
		speakers: []string{"Port of Ostby"}})
	add(auditRow{class: "port/the port said, named before",
		text:     "Two terminals at the Port of Dunmere stayed shut, the port said in a statement.",
		want:     []quote{{"Port of Dunmere", auI, "Two terminals at the Port of Dunmere stayed shut"}},
		speakers: []string{"Port of Dunmere"},
		known:    "port-coref: \"the port\" is not linked to the port named inside the quote's own clause"})
	add(auditRow{class: "near/a city named Port of",
		text:     "Ships left Port of Spain on Monday, Ilse Marko said.",
		want:     []quote{{"Ilse Marko", auI, "Ships left Port of Spain on Monday"}},
		speakers: []string{"Ilse Marko"}})

	// An officer's office, named for the post, with a possessive.
	add(auditRow{class: "office/an ombudsman's office",
		text:     "The Ombudsman's Office said the cells were unfit.",
		want:     []quote{{"Ombudsman's Office", auI, "the cells were unfit"}},
		speakers: []string{"Ombudsman's Office"}})
	add(auditRow{class: "office/found, another verb",
		text:     "The Ombudsman's Office also found that prisoners had been held in handcuffs for hours.",
		want:     []quote{{"Ombudsman's Office", auI, "prisoners had been held in handcuffs for hours"}},
		speakers: []string{"Ombudsman's Office"}})
	add(auditRow{class: "office/a hyphenated post",
		text:     "The Auditor-General's Office said the accounts were late.",
		want:     []quote{{"Auditor-General's Office", auI, "the accounts were late"}},
		speakers: []string{"Auditor-General's Office"}})
	add(auditRow{class: "near/a post with a place, no possessive",
		text:     "The Tarvia Ombudsman said the cells were unfit.",
		want:     []quote{{"Tarvia Ombudsman", auI, "the cells were unfit"}},
		speakers: []string{"Tarvia Ombudsman"}})
	add(auditRow{class: "near/a role's office the lexicon knew",
		text:     "The Coroner's Office said the inquest would open in May.",
		want:     []quote{{"Coroner's Office", auI, "the inquest would open in May"}},
		speakers: []string{"Coroner's Office"}})
	return rows
}

func TestAuditS20Names(t *testing.T) { runAudit(t, "names", namesRows(), *auditKnown) }
