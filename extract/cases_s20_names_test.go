package extract_test

import "testing"

// Session 20: the boundaries of a speaker's name. Of the misses the engine
// made on fresh pools of real reporting (kept outside the repository),
// this shape recurred: a councillor's party set off by commas between the
// titled name and the verb ("Cllr NAME, PARTY, said"), which took the
// speech as a name of its own. Every sentence here is
// invented: fictional people, bodies and places, with near misses that
// must not change.
//
// FIRST PASS (engine at f1da3e5): 3/10 rows (party 0/7, near 3/3; one
// known failure skipped). After: 10/10, the known failure left with its
// mechanism.
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

	return rows
}

func TestAuditS20Names(t *testing.T) { runAudit(t, "names", namesRows(), *auditKnown) }
