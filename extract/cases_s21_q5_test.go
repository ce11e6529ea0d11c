package extract_test

import (
	"flag"
	"testing"
)

// Session 21, pool q5.
//
// Class "plural-start": a sentence-initial plural of an agent noun in
// -ants/-ents that the lexicon does not know ("Complainants, who lodged
// ... , had argued", "Respondents said") is an unnamed group, not a
// one-word name. Near misses: a surname in -ents met before with its
// given name ("Ann Clements ... Clements, who ..."), a short word in
// -ents that may be a surname, a plural before a name ("Claimants Ilse
// Varga and ...").
// First pass (before the fix): 4/9 rows (every near miss passed, no
// positive did).

// Class "result-relative": a company "reported"/"announced" a result
// noun with a relative clause and no verb of a clause of its own
// ("reported first-quarter sales that missed analysts' forecasts") gives
// a figure, not words: no quote, and the company is no speaker for it.
// Near misses: "reported that sales ...", a zero-that clause ("reported
// sales fell"), a relative clause followed by the clause's own verb
// ("reported sales that were lower had hurt").
// First pass (before the fix): 5/7 rows (the near misses and
// "announced a quarterly profit that beat" passed).

// Class "firm-and-role": a firm's name holding "and" before a role noun
// and a person's name ("Halden Insights and Strategy analyst Petra
// Mosswood said") was read as two speakers joined by "and", and the
// quotation went to nobody. Near misses: a person and a second titled
// person ("Ilse Varga and Kessel Trust analyst Arno Vell"), "Mayor X and
// councillor Y", a firm and a person with no role between.
// First pass (before the fix): 3/5 rows run (the near misses), one
// known failure (the inverted "said Orlan Capital and Trust chief
// economist Marta Quell").

var q5Known = flag.Bool("q5.known", false, "TestAuditS21Q5 runs its known failures too")

func q5PluralRows() []auditRow {
	return []auditRow{
		{class: "plural-start/who", text: "Complainants, who first lodged their objections in 2019, had argued the Varrow council was “ignoring” residents.",
			want: []quote{{"", auM, "the Varrow council was “ignoring” residents"}}},
		{class: "plural-start/who", text: "Respondents, who were polled in March, said the Tarrow levy was unfair.",
			want: []quote{{"", auI, "the Tarrow levy was unfair"}}},
		{class: "plural-start/verb", text: "Dissidents said the Kessel authorities had jailed 40 people.",
			want: []quote{{"", auI, "the Kessel authorities had jailed 40 people"}}},
		{class: "plural-start/verb", text: "The court heard the case on Monday.\n\nDefendants argued the Brell contract had lapsed in 2020.",
			want: []quote{{"", auI, "the Brell contract had lapsed in 2020"}}},
		{class: "plural-start/verb", text: "Participants, who met in Orlan, said the talks had stalled.",
			want: []quote{{"", auI, "the talks had stalled"}}},
		// Near misses: a person's name stays a name.
		{class: "plural-start/near", text: "Ann Clements chairs the Varrow board.\n\nClements, who took the post in 2019, said the levy was unfair.",
			want: []quote{{"Ann Clements", auI, "the levy was unfair"}}},
		{class: "plural-start/near", text: "Clements said the Tarrow levy was unfair.",
			want: []quote{{"Clements", auI, "the Tarrow levy was unfair"}}},
		{class: "plural-start/near", text: "Claimant Ilse Varga said the Kessel council had ignored them.",
			want: []quote{{"Ilse Varga", auI, "the Kessel council had ignored them"}}},
		{class: "plural-start/near", text: "Marta Quell, who chairs the Orlan board, argued the levy was unjust.",
			want: []quote{{"Marta Quell", auI, "the levy was unjust"}}},
	}
}

func q5ResultRows() []auditRow {
	return []auditRow{
		{class: "result-relative/pos", text: "Canada's Vornik Ltd reported first-quarter sales that missed analysts' forecasts due to a drop in software sales.\n\n“We expected more,” chief executive Ilse Varga said.",
			want: []quote{{"Ilse Varga", auD, "We expected more"}}, speakers: []string{"Ilse Varga"}, exact: true},
		{class: "result-relative/pos", text: "Tarrow Bank announced a quarterly profit that beat estimates by 12 percent.\n\n“It was a strong quarter,” analyst Arno Vell said.",
			want: []quote{{"Arno Vell", auD, "It was a strong quarter"}}, speakers: []string{"Arno Vell"}, exact: true},
		{class: "result-relative/pos", text: "Kessel Motors reported revenue which fell short of its own forecast for the third time this year.\n\n“Demand is soft,” analyst Marta Quell said.",
			want: []quote{{"Marta Quell", auD, "Demand is soft"}}, speakers: []string{"Marta Quell"}, exact: true},
		{class: "result-relative/of", text: "The company reported revenue of $310 million for the quarter ending June 30.\n\n“Demand is soft,” analyst Marta Quell said.",
			want: []quote{{"Marta Quell", auD, "Demand is soft"}}, speakers: []string{"Marta Quell"}, exact: true},
		// Near misses: clauses said stay quotes.
		{class: "result-relative/near", text: "Vornik Ltd reported revenue of the unit had doubled in the quarter.",
			want: []quote{{"Vornik Ltd", auI, "revenue of the unit had doubled in the quarter"}}},
		{class: "result-relative/near", text: "Vornik Ltd reported that sales had fallen 5 percent in the quarter.",
			want: []quote{{"Vornik Ltd", auI, "sales had fallen 5 percent in the quarter"}}},
		{class: "result-relative/near", text: "Vornik Ltd reported sales fell 5 percent in the quarter.",
			want: []quote{{"Vornik Ltd", auI, "sales fell 5 percent in the quarter"}}},
		{class: "result-relative/near", text: "Tarrow Bank said profit that came from trading had doubled.",
			want: []quote{{"Tarrow Bank", auI, "profit that came from trading had doubled"}}},
		{class: "result-relative/near", text: "Kessel Motors reported revenue that was lower in Europe would hurt its plans.",
			want: []quote{{"Kessel Motors", auI, "revenue that was lower in Europe would hurt its plans"}}},
	}
}

func q5FirmAndRows() []auditRow {
	return []auditRow{
		{class: "firm-and-role/pos", text: "“It was a good day for Vornik,” Halden Insights and Strategy analyst Petra Mosswood said at the event.",
			want: []quote{{"Petra Mosswood", auD, "It was a good day for Vornik"}}},
		{class: "firm-and-role/pos", text: "Tarrow Research and Advisory analyst Arno Vell said the Kessel plant would close.",
			want: []quote{{"Arno Vell", auI, "the Kessel plant would close"}}},
		{class: "firm-and-role/pos", text: "“Demand is soft,” said Orlan Capital and Trust chief economist Marta Quell.",
			want:  []quote{{"Marta Quell", auD, "Demand is soft"}},
			known: "inverted: after \"said\" the phrase read forward stops at the firm's first half, not through joinedSpeaker"},
		// Near misses: two speakers stay two, or nobody alone.
		{class: "firm-and-role/near", text: "“It was a good day for Vornik,” Ilse Varga and Kessel Trust analyst Arno Vell said.",
			want: []quote{{"", auD, "It was a good day for Vornik"}}},
		{class: "firm-and-role/near", text: "Mayor Elsa Thornbury and councillor Piet Ravensmoor said the Tarrow bridge would reopen.",
			want: []quote{{"", auI, "the Tarrow bridge would reopen"}}}, // two speakers of one clause: nobody alone, as before
		{class: "firm-and-role/near", text: "“It was a good day,” Halden Research analyst Petra Mosswood said.",
			want: []quote{{"Petra Mosswood", auD, "It was a good day"}}},
	}
}

func TestAuditS21Q5(t *testing.T) {
	rows := append(q5PluralRows(), q5ResultRows()...)
	runAudit(t, "q5", append(rows, q5FirmAndRows()...), *q5Known)
}
