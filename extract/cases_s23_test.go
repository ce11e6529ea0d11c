package extract_test

import (
	"flag"
	"testing"
)

// Session 23: three faults read off session 22's pools once fresh pools
// replaced them as the blind measure, each a fault of the engine's
// grammar, not of one article's wording.
//
// Shape "spokes": "the spokesman", "the president's spokeswoman" with no
// spokesperson named before went to whoever was named last, a judge or an
// opposition leader the text had given an office of their own. Near
// misses: a spokesperson named before, one named without an office.
//
// Shape "scene": a fronted clause of time, nothing but a subordinator and
// its one verb, before a cue that hands over to a quotation across a
// colon ("Shortly after polling ended yesterday, the spokesman said:
// “...”") was reported as words said. Near misses: a main clause before
// the cue, a fronted clause with its main clause.
//
// Shape "ruled": a ruler's "ruled the country for 41 years" in a relative
// clause was read as a court's ruling with its clause: a noun after a
// name ("the oil-rich Central Norland country") passed for a bare verb,
// or the main clause's verb after the relative one's closing comma for
// the clause's own. Near misses: rulings with a clause, with "that", with
// "be".
//
// First pass (before the fix): 8/15 rows (spokes 2/4, scene 3/5, ruled
// 3/6).

var s23Known = flag.Bool("s23.known", false, "TestAuditS23 runs its known failures too")

func s23Rows() []auditRow {
	return []auditRow{
		// spokes.
		{class: "spokes/office", text: "Judge Mara Quell ruled the challenge inadmissible on Monday.\n\nThe president's spokesman said: “We will win.”",
			want: []quote{{"", auD, "We will win."}}, speakers: []string{}},
		{class: "spokes/office", text: "Opposition leader Tomas Brekke said the vote was rigged.\n\n“We will win,” the spokeswoman said.",
			want: []quote{{"Tomas Brekke", auI, "the vote was rigged"}, {"", auD, "We will win"}}, speakers: []string{"Tomas Brekke"}},
		{class: "spokes/near", text: "Ilse Varga, the ministry's spokeswoman, spoke to reporters on Monday.\n\n“We will win,” the spokeswoman said.",
			want: []quote{{"Ilse Varga", auD, "We will win"}}},
		{class: "spokes/near", text: "Ilse Varga answered questions from reporters on Monday.\n\n“We are ready,” the spokeswoman said.",
			want: []quote{{"Ilse Varga", auD, "We are ready"}}},
		// scene.
		{class: "scene/colon", text: "Shortly after polling ended yesterday, the spokesman said: “We will win.”",
			want: []quote{{"", auD, "We will win."}}, exact: true},
		{class: "scene/colon", text: "Soon after the results came in, Mayor Ada Quell said: “It is close.”",
			want: []quote{{"Ada Quell", auD, "It is close."}}, exact: true},
		{class: "scene/near", text: "The count will take two days, the spokesman said: “We are ready.”",
			want: []quote{{"", auI, "The count will take two days"}, {"", auD, "We are ready."}}},
		{class: "scene/near", text: "When the polls closed, turnout was high, Mayor Ada Quell said: “It was a good day.”",
			want: []quote{{"Ada Quell", auI, "When the polls closed, turnout was high"}, {"Ada Quell", auD, "It was a good day."}}},
		{class: "scene/near", text: "After polling ended, the spokesman said the count would take two days.",
			want: []quote{{"", auI, "the count would take two days"}}, exact: true},
		// ruled.
		{class: "ruled/relative", text: "Ilan Dravic has been in power since 2009, after the death of his father, Oskar Dravic, who had ruled the oil-rich Central Norland country for 41 years.",
			speakers: []string{}, exact: true},
		{class: "ruled/relative", text: "Ilan Dravic, whose family has ruled the country for 41 years, is seeking a third term.",
			speakers: []string{}, exact: true},
		{class: "ruled/main", text: "Oskar Dravic ruled the oil-rich Central Norland country for 41 years.",
			speakers: []string{}, exact: true},
		{class: "ruled/near", text: "Judge Orla Bexley ruled the ban violated the charter.",
			want: []quote{{"Orla Bexley", auI, "the ban violated the charter"}}},
		{class: "ruled/near", text: "The Tarvik High Court ruled the law be struck down.",
			want: []quote{{"Tarvik High Court", auI, "the law be struck down"}}},
		{class: "ruled/near", text: "Judge Orla Bexley, who ruled that the ban was lawful, retired on Friday.",
			want: []quote{{"Orla Bexley", auI, "the ban was lawful"}}},
	}
}

func TestAuditS23(t *testing.T) {
	runAudit(t, "s23", s23Rows(), *s23Known)
}
