package extract_test

import (
	"flag"
	"testing"
)

// Session 21, two classes of speaker across the dev pools q1..q6.
//
// Shape "coord": a speech verb coordinated by "and" with an earlier verb of
// the same subject after a long first clause ("The Norvale Dockworkers
// Union, which represents 3,000 workers at the port, sent a letter to the
// company on Monday and said that ..."), with "added", "warned that" and
// ", and told reporters"; the subject inside a subordinate clause ("The
// announcement comes as the union on Monday sent a letter ... and said");
// inside a relative clause on an object ("sent a letter to Tarrow
// Shipping, which rejected the demands and said"); a description as
// subject ("The operator denied this and said it always reports ...").
// Near misses: a second subject before the speech verb ("X sent a letter
// to Y and Z said"), a named main subject before "as" ("Ilse Varga spoke
// as the union ... and said"), a relative aside closed by its comma.
//
// Shape "longtitle": an inverted cue (or "according to") whose subject is
// a firm's name, a title with an "of" phrase, then the person's name
// ("said Norvale president of mobile communications business Teo Vask").
// Near misses: short titles, the name before its title, a body's name
// with "of" and no person.
//
// First pass (before the fixes): 10/19 rows of the first table
// (longtitle 3/8: every near miss passed, no positive; coord 7/11: both
// as-clause rows and both relative-object near misses failed). Rows added
// while fixing (descriptions, "it always", "The move comes as",
// "according to") were each seen failing first. After: 32/33, one known
// failure.

// Mechanisms of the known failures.
const (
	coordRelObject = "coord-relobject: a relative clause parted from its antecedent by a phrase (\"met Y on Monday, who thanked him and said\") gives its coordinated speech verb to the main clause's subject"
)

var coordKnown = flag.Bool("coord.known", false, "TestAuditS21Coord runs its known failures too, to see which a change fixed")

func coordRows() []auditRow {
	return []auditRow{
		{class: "coord/relative", text: "The Norvale Dockworkers Union, which represents 3,000 workers at the port, sent a letter to the company on Monday and said that the decision violates its contract.",
			want: []quote{{"Norvale Dockworkers Union", auI, "the decision violates its contract"}}},
		{class: "coord/as-clause", text: "Tarrow Shipping will close two terminals next year.\n\nThe announcement comes as the Norvale Dockworkers Union on Monday sent a letter to Tarrow Shipping formally objecting to the decision to end work in 2027 at two terminals and said that decision violates commitments made by the company during contract talks in 2024.",
			want: []quote{{"Norvale Dockworkers Union", auI, "that decision violates commitments made by the company during contract talks in 2024"}}},
		{class: "coord/as-clause", text: "Kessel Motors will shut its plant in Orlen.\n\nThe decision comes as the Kessel Auto Workers Union on Tuesday filed a grievance with Kessel Motors over the closure of the Orlen plant and warned that the shutdown breaks the 2022 agreement.",
			want: []quote{{"Kessel Auto Workers Union", auI, "the shutdown breaks the 2022 agreement"}}},
		{class: "coord/as-clause", text: "Kessel Motors will shut its plant in Orlen.\n\nThe announcement came after the Kessel Auto Workers Union filed a grievance with Kessel Motors and added that the shutdown breaks the 2022 agreement.",
			want: []quote{{"Kessel Auto Workers Union", auI, "the shutdown breaks the 2022 agreement"}}},
		{class: "coord/as-clause", text: "Kessel Motors will shut its plant in Orlen.\n\nThe move comes as the Kessel Auto Workers Union on Tuesday filed a grievance with Kessel Motors and said that the shutdown breaks the 2022 agreement.",
			want: []quote{{"Kessel Auto Workers Union", auI, "the shutdown breaks the 2022 agreement"}}},
		{class: "coord/added", text: "Mayor Ilse Varga, who has led the city since 2019, met the families at the town hall on Tuesday and added that the plant would stay open.",
			want: []quote{{"Ilse Varga", auI, "the plant would stay open"}}},
		{class: "coord/warned", text: "The Tarrow Nurses Association, which has 40,000 members across the region, rejected the latest pay offer from the health board and warned that strikes would go ahead next week.",
			want: []quote{{"Tarrow Nurses Association", auI, "strikes would go ahead next week"}}},
		{class: "coord/told", text: "Teo Vask, the chief executive of Orlen Steel, visited the damaged furnace in the northern town of Brask on Friday, and told reporters the plant would reopen within a month.",
			want: []quote{{"Teo Vask", auI, "the plant would reopen within a month"}}},
		{class: "coord/descr", text: "Norvale Telecom was fined 2 million euros on Monday.\n\nThe regulator said the rules protect other operators.\n\nThe operator denied this and said it always reports its prices to the regulator on time.",
			want: []quote{{"Norvale Telecom", auI, "it always reports its prices to the regulator on time"}}},
		{class: "coord/descr", text: "Tarvian telecoms operator Vellcom was fined 2 million euros on Monday.\n\nIn a statement, the TCMA said the rules protect other operators.\n\nThe operator denied this and said it always reports its prices to the regulator on time.",
			want:  []quote{{"TCMA", auI, "the rules protect other operators"}, {"Vellcom", auI, "it always reports its prices to the regulator on time"}},
			known: "the nearest body that fits a description wins; preferring one introduced with the head word before its name (tried) cost a held-out page set a speaker"},
		{class: "coord/it-adverb", text: "Vellcom was fined on Monday.\n\nIlse Varga said it always complies with the rules.",
			want: []quote{{"Ilse Varga", auI, "it always complies with the rules"}}},
		{class: "coord/it-adverb", text: "Vellcom was fined on Monday.\n\nIlse Varga said it still owns the site in Brask.",
			want: []quote{{"Ilse Varga", auI, "it still owns the site in Brask"}}},
		{class: "coord/descr-near", text: "Tarvian telecoms operator Vellcom was fined 2 million euros on Monday.\n\nIn a statement, Brask Rail, the state rail operator, said the rules protect other firms.\n\nThe operator said it would appeal.",
			want: []quote{{"Brask Rail", auI, "the rules protect other firms"}, {"Brask Rail", auI, "it would appeal"}}},
		{class: "coord/it-adverb-near", text: "Vellcom was fined on Monday.\n\nIlse Varga denied it again on Tuesday.", exact: true},
		{class: "coord/in-which", text: "Labour Minister Ilse Varga faced a hostile crowd at the Tarrow Teachers Union conference today.\n\nScores of delegates stood and turned their backs on her during her speech, in which she thanked teachers for their work - and acknowledged that many felt overworked.",
			want: []quote{{"Ilse Varga", auI, "many felt overworked"}}},
		{class: "coord/in-which", text: "Mayor Teo Vask spoke at the Brask fire station on Monday.\n\nA few firefighters left the hall during the address, in which he praised the crews and warned that the budget would be cut.",
			want: []quote{{"Teo Vask", auI, "the budget would be cut"}}},
		// Near misses: the speech verb has a subject of its own, or the
		// earlier verb's subject is someone else.
		{class: "coord/near", text: "Arno Vell sent a letter to the Tarrow council on Monday and Ilse Varga said the plan was flawed.",
			want: []quote{{"Ilse Varga", auI, "the plan was flawed"}}},
		{class: "coord/near", text: "The Norvale Dockworkers Union sent a letter to Tarrow Shipping, which rejected the demands and said the terminals would close.",
			want: []quote{{"Tarrow Shipping", auI, "the terminals would close"}}},
		{class: "coord/near", text: "Arno Vell met Mayor Ilse Varga, who thanked him and said the talks were useful.",
			want: []quote{{"Ilse Varga", auI, "the talks were useful"}}},
		{class: "coord/near", text: "Arno Vell met Mayor Ilse Varga on Monday, who thanked him and said the talks were useful.",
			want: []quote{{"Ilse Varga", auI, "the talks were useful"}}, known: coordRelObject},
		{class: "coord/near", text: "Arno Vell, who chairs the Tarrow port board, met the union on Monday and said the talks were useful.",
			want: []quote{{"Arno Vell", auI, "the talks were useful"}}},
		{class: "coord/near", text: "Arno Vell wrote to the Tarrow port board, which met on Monday, and said the talks were useful.",
			want: []quote{{"Arno Vell", auI, "the talks were useful"}}},
		{class: "coord/near", text: "Ilse Varga spoke as the Kessel Auto Workers Union filed a grievance with Kessel Motors and said that the shutdown breaks the 2022 agreement.",
			want: []quote{{"Ilse Varga", auI, "the shutdown breaks the 2022 agreement"}}},
		{class: "coord/near", text: "The Norvale Dockworkers Union, which represents 3,000 workers at the port, sent a letter to the company on Monday, and the company said the letter was unfounded.",
			want: []quote{{"", auI, "the letter was unfounded"}}},
	}
}

func longTitleRows() []auditRow {
	return []auditRow{
		{class: "longtitle/firm", text: "\"None of us will ever forget what happened last year,\" said Norvale president of mobile communications business Teo Vask.",
			want: []quote{{"Teo Vask", auD, "None of us will ever forget what happened last year"}}},
		{class: "longtitle/firm", text: "\"Demand for loans has never been this strong,\" said Tarrow Bank head of consumer lending Ilse Varga.",
			want: []quote{{"Ilse Varga", auD, "Demand for loans has never been this strong"}}},
		{class: "longtitle/firm", text: "\"We sold every car we built,\" said Kessel Motors vice president of global sales and marketing Arno Vell.",
			want: []quote{{"Arno Vell", auD, "We sold every car we built"}}},
		{class: "longtitle/firm", text: "\"The network is ready,\" says Orlen Telecom director of network operations Mira Holt.",
			want: []quote{{"Mira Holt", auD, "The network is ready"}}},
		{class: "longtitle/firm", text: "\"We will not raise prices this year,\" said Brask Foods chief of staff Teo Vask, adding that costs had fallen.",
			want: []quote{{"Teo Vask", auD, "We will not raise prices this year"}}},
		{class: "longtitle/according", text: "According to Tarrow Bank head of consumer lending Ilse Varga, demand has never been this strong.",
			want: []quote{{"Ilse Varga", auI, "demand has never been this strong"}}},
		{class: "longtitle/before", text: "Norvale president of mobile communications business Teo Vask said the phone would ship in May.",
			want: []quote{{"Teo Vask", auI, "the phone would ship in May"}}},
		// Near misses: a short title, the name first, no person.
		{class: "longtitle/near", text: "\"None of us will ever forget what happened last year,\" said Norvale president Teo Vask.",
			want: []quote{{"Teo Vask", auD, "None of us will ever forget what happened last year"}}},
		{class: "longtitle/near", text: "\"None of us will ever forget what happened last year,\" said Teo Vask, Norvale president of mobile communications business.",
			want: []quote{{"Teo Vask", auD, "None of us will ever forget what happened last year"}}},
		{class: "longtitle/near", text: "According to Tarrow Bank head Ilse Varga, demand has never been this strong.",
			want: []quote{{"Ilse Varga", auI, "demand has never been this strong"}}},
		{class: "longtitle/near", text: "\"The network is ready,\" said the Orlen Ministry of Communications.",
			want: []quote{{"Orlen Ministry of Communications", auD, "The network is ready"}}},
	}
}

func TestAuditS21Coord(t *testing.T) {
	runAudit(t, "coord", append(coordRows(), longTitleRows()...), *coordKnown)
}
