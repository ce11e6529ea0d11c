package extract_test

import (
	"flag"
	"testing"
)

// Session 21, pool q1: speaker classes of English news writing.
//
// Shape "twoplaces": a public service named for the two places it
// serves, joined by "and" or "&" ("Kelmar and Ostby Fire and Rescue
// Service", "Tarvik & Isle of Harrow Fire & Rescue Service"); the name
// was cut at the conjunction, or at the "of" of an "Isle of" place, and
// the second half made a speaker of its own. Near misses: two bodies
// joined by "and", a person and a body, two places in another clause.
//
// Shape "appos": "Incident commander, Arno Vell, of Tarvik Fire Service
// said:": the person's body after "of" or "from" is set off by a comma
// never closed, and the body before the cue took the speech from the
// person. Near misses: no comma, no person before the comma, a comma
// closing a clause before the body's officials.
//
// Shape "quantity": a sentence opening on a capitalised plural before
// "of" and a lower-case word ("Loads of people", "Lots of residents") is
// no name. Near misses: a name "Loads Vell", a surname before "of the".
//
// Shape "asclause": after an inverted or trailing cue, "as" or "while"
// and a clause with a plural common noun for subject ("as crews piled
// dirt around town") sets the scene; the speaker before it still speaks.
// Near miss: the same words inside a reported clause stay in it.
//
// First pass (before the fix): 16/27 rows (twoplaces 7/12, appos 4/7,
// asclause 2/4, quantity 3/4); "Arno Vell of the Isle of Harrow said"
// went to "Harrow", and the person-and-body pair to nobody.

var q1Known = flag.Bool("q1.known", false, "TestAuditS21Q1 runs its known failures too")

func q1Rows() []auditRow {
	return []auditRow{
		// twoplaces: positives.
		{class: "twoplaces/and", text: "Crews left the scene at 22:00 after using water from a reservoir, Kelmar and Ostby Fire and Rescue Service said.",
			want: []quote{{"Kelmar and Ostby Fire and Rescue Service", auI, "Crews left the scene at 22:00 after using water from a reservoir"}}},
		{class: "twoplaces/amp", text: "Tarvik & Ostby Fire & Rescue Service said the blaze had been put out by Friday.",
			want: []quote{{"Tarvik & Ostby Fire & Rescue Service", auI, "the blaze had been put out by Friday"}}},
		{class: "twoplaces/isle", text: "Tarvik & Isle of Harrow Fire & Rescue Service said the blaze had been put out by Friday.",
			want: []quote{{"Tarvik & Isle of Harrow Fire & Rescue Service", auI, "the blaze had been put out by Friday"}}},
		{class: "twoplaces/isle", text: "Isle of Harrow Council said the ferry would run again on Monday.",
			want: []quote{{"Isle of Harrow Council", auI, "the ferry would run again on Monday"}}},
		{class: "twoplaces/council", text: "Residents wanted double yellow lines on the estate, Kelmar and Ostby City Council said.",
			want: []quote{{"Kelmar and Ostby City Council", auI, "Residents wanted double yellow lines on the estate"}}},
		// twoplaces: near misses.
		{class: "twoplaces/near", text: "Kelmar Mills and Ostby Fire Service said the plant was safe.",
			want: []quote{{"", auI, "the plant was safe"}}},
		{class: "twoplaces/near", text: "Arno Vell and Ilse Varga said the blaze had been put out by Friday.",
			want: []quote{{"", auI, "the blaze had been put out by Friday"}}},
		{class: "twoplaces/near", text: "The Tarvik Fire Service and Ostby Police said the road would reopen on Monday.",
			want: []quote{{"Tarvik Fire Service and Ostby Police", auI, "the road would reopen on Monday"}}},
		{class: "twoplaces/near", text: "North Harrow Fire and Rescue Service said the blaze had been put out by Friday.",
			want: []quote{{"North Harrow Fire and Rescue Service", auI, "the blaze had been put out by Friday"}}},
		{class: "twoplaces/isle", text: "Arno Vell of the Isle of Harrow said the ferry would run again on Monday.",
			want: []quote{{"Arno Vell", auI, "the ferry would run again on Monday"}}},
		// A person and a body named in full: the pair, as for two
		// bodies above (before the fix the cut name left nobody).
		{class: "twoplaces/pair", text: "Ilse Varga and Ostby Fire and Rescue Service said the blaze had been put out by Friday.",
			want: []quote{{"Ilse Varga and Ostby Fire and Rescue Service", auI, "the blaze had been put out by Friday"}}},
		{class: "twoplaces/near", text: "Crews from Kelmar and Ostby fought the fire, and Harrow Fire and Rescue Service said the blaze had been put out by Friday.",
			want: []quote{{"Harrow Fire and Rescue Service", auI, "the blaze had been put out by Friday"}}},
		// appos: positives.
		{class: "appos/of", text: "Incident commander, Arno Vell, of Tarvik Fire Service said: \"Our crews turned up to really hard conditions.\"",
			want: []quote{{"Arno Vell", auD, "Our crews turned up to really hard conditions."}}},
		{class: "appos/of", text: "Incident commander, Arno Vell, of Tarvik & Ostby Fire & Rescue Service said: \"Our crews turned up to really hard conditions.\"",
			want: []quote{{"Arno Vell", auD, "Our crews turned up to really hard conditions."}}},
		{class: "appos/of", text: "Station manager Ilse Varga, of Kelmar and Ostby Fire and Rescue Service, said: \"The fire jumped the road twice.\"",
			want: []quote{{"Ilse Varga", auD, "The fire jumped the road twice."}}},
		{class: "appos/from", text: "Fire crews were called on Sunday.\n\nArno Vell, from Harrow Council said: \"The road will stay shut.\"",
			want: []quote{{"Arno Vell", auD, "The road will stay shut."}}},
		// appos: near misses.
		{class: "appos/near", text: "Fire crews were called on Sunday.\n\nArno Vell of Tarvik Fire Service said: \"Our crews turned up to hard conditions.\"",
			want: []quote{{"Arno Vell", auD, "Our crews turned up to hard conditions."}}},
		{class: "appos/near", text: "Fire crews were called on Sunday.\n\nA spokeswoman, of Tarvik Fire Service said: \"Our crews turned up to hard conditions.\"",
			want: []quote{{"Tarvik Fire Service", auD, "Our crews turned up to hard conditions."}}},
		{class: "appos/near", text: "Fire crews were called on Sunday.\n\nAfter meeting Arno Vell, officials from Tarvik Fire Service said: \"Our crews turned up to hard conditions.\"",
			want: []quote{{"Tarvik Fire Service", auD, "Our crews turned up to hard conditions."}}},
		// asclause: positives.
		{class: "asclause/said", text: "Floods hit the town on Monday.\n\n\"It is not out of the question,\" said Bureau of Weather hydrologist Arno Vell as crews piled dirt around town.",
			want: []quote{{"Arno Vell", auD, "It is not out of the question,"}}},
		{class: "asclause/said", text: "Floods hit the town on Monday.\n\n\"We will hold the levee,\" said engineer Ilse Varga as residents fled to higher ground.",
			want: []quote{{"Ilse Varga", auD, "We will hold the levee,"}}},
		{class: "asclause/said", text: "Floods hit the town on Monday.\n\n\"We will hold the levee,\" Ilse Varga said while the crews stacked sandbags.",
			want: []quote{{"Ilse Varga", auD, "We will hold the levee,"}}},
		// asclause: near misses.
		{class: "asclause/near", text: "Floods hit the town on Monday.\n\nArno Vell said the river rose as crews piled sandbags around town.",
			want: []quote{{"Arno Vell", auI, "the river rose as crews piled sandbags around town"}}},
		// quantity: positives and near misses.
		{class: "quantity/loads", text: "The fire swept across the heath on Sunday.\n\nLoads of people had to leave their homes, describing a \"wall of fire\" coming towards them.",
			speakers: []string{}},
		{class: "quantity/lots", text: "The fire swept across the heath on Sunday.\n\nLots of residents said the smoke had reached their gardens.",
			want: []quote{{"", auI, "the smoke had reached their gardens"}}, speakers: []string{}},
		{class: "quantity/near", text: "The fire swept across the heath on Sunday.\n\nMarcus Hollis of the Ostby Trust said the fire had destroyed nesting sites.",
			want: []quote{{"Marcus Hollis", auI, "the fire had destroyed nesting sites"}}},
		{class: "quantity/near", text: "Loads Vell, a farmer, said the smoke had reached his fields.",
			want: []quote{{"Loads Vell", auI, "the smoke had reached his fields"}}},
	}
}

func TestAuditS21Q1(t *testing.T) {
	runAudit(t, "q1", q1Rows(), *q1Known)
}
