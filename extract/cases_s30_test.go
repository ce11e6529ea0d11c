package extract_test

import (
	"flag"
	"testing"
)

// Session 30: faults read off the pools of sessions 21 to 29 (all
// released) and the pools this session collected once they were graded
// blind, each a fault of the engine's grammar, not of one article's
// wording. First pass on version 39: see the closing note.
//
// Shape "outletobject": "Speaking to Okaz newspaper, Muhammad ibn Jubair
// said ..." lost every quotation of the speaker: the outlet that ends an
// opening phrase was read as a description in apposition to the name
// after its comma, so the name was taken for the outlet's. Near miss:
// "Syria's state news agency, SANA, said", an outlet still.

var s30Known = flag.Bool("s30.known", false, "TestAuditS30 runs its known failures too")

func s30Rows() []auditRow {
	return []auditRow{
		// outletobject.
		{class: "outletobject/speaking", text: "Speaking to the newspaper, Quell said the port would reopen in May.",
			want: []quote{{"Quell", auI, "the port would reopen in May"}}, speakers: []string{"Quell"}},
		{class: "outletobject/named", text: "Speaking to Lisk newspaper, Mara Quell said the port would reopen in May.",
			want: []quote{{"Mara Quell", auI, "the port would reopen in May"}}, speakers: []string{"Mara Quell"}},
		{class: "outletobject/near", text: "Tarvik's state news agency, TNA, said the port would reopen in May.",
			want: []quote{{"", auI, "the port would reopen in May"}}, speakers: []string{}},
	}
}

func TestAuditS30(t *testing.T) {
	runAudit(t, "s30", s30Rows(), *s30Known)
}
