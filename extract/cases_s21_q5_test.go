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

func TestAuditS21Q5(t *testing.T) {
	runAudit(t, "q5", q5PluralRows(), *q5Known)
}
