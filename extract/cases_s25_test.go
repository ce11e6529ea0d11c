package extract_test

import (
	"flag"
	"testing"
)

// Session 25: faults read off the pools released before session 25's
// fresh ones were graded, each a fault of the engine's grammar, not of
// one article's wording.
//
// Shape "released": a body "released a statement (on Tuesday) that ..."
// said nothing: "issued" took its statement's clause and "released" no
// clause at all. Near misses: "a study released on Monday found", a
// prisoner released.
//
// Shape "rolename": "according to" a role's whole phrase, then the name
// it describes after a comma ("according to DW's correspondent in
// Minsk, Nick Connery.", "according to a spokesman for the ministry,
// Ilse Varga."): the name was never reached, the words went to nobody,
// and a second such sentence took its own cue into the quote. Near
// misses: a role with no name, "according to police, Brenn lost control".
//
// Shape "twobodies": two bodies joined by "and" read as one name: "the
// Ministry of Health and NEA", "Kessby Federal Police and Marlow Police"
// became a speaker no one is. Near misses: "the Ministry of Health and
// Family Welfare", "the Food and Drug Administration", one body each.
var s25Known = flag.Bool("s25.known", false, "TestAuditS25 runs its known failures too")

func s25Rows() []auditRow {
	return []auditRow{
		// released.
		{class: "released/that", text: "The Marlow Heritage Agency (MHA) released a statement on Tuesday that the two bridges were closed on Dec. 9.",
			want: []quote{{"Marlow Heritage Agency", auI, "the two bridges were closed on Dec. 9"}}},
		{class: "released/that", text: "The Kessby Council released a brief statement that the road would reopen.",
			want: []quote{{"Kessby Council", auI, "the road would reopen"}}},
		{class: "released/near", text: "A study released on Monday by the Kessby Council found that the road would reopen.",
			want: []quote{{"Kessby Council", auI, "the road would reopen"}}},
		{class: "released/near", text: "The Kessby Council released the prisoners on Monday, and the road reopened.",
			want: []quote{}, speakers: []string{}},
		// rolename.
		{class: "rolename/place", text: "Police reduced their presence as the crowd grew, according to the Courier's correspondent in Kessby, Nick Connery.",
			want: []quote{{"Nick Connery", auI, "Police reduced their presence as the crowd grew"}}},
		{class: "rolename/body", text: "The road will reopen on Monday, according to a spokesman for the ministry, Ilse Varga.",
			want: []quote{{"Ilse Varga", auI, "The road will reopen on Monday"}}},
		{class: "rolename/again", text: "Police left, according to a correspondent, Nick Connery.\n\nThe crowd grew, according to its correspondent in Kessby, Nick Connery.",
			want: []quote{{"Nick Connery", auI, "Police left"}, {"Nick Connery", auI, "The crowd grew"}}},
		{class: "rolename/near", text: "The road will reopen on Monday, according to a spokesman in Kessby.",
			want: []quote{{"", auI, "The road will reopen on Monday"}}, speakers: []string{}},
		{class: "rolename/near", text: "According to police, Nick Connery lost control of the car.",
			want: []quote{{"", auI, "Nick Connery lost control of the car"}}, speakers: []string{}},
		// twobodies.
		{class: "twobodies/acronym", text: "The Ministry of Health and NHA have said that they expect more infections.",
			want: []quote{{"", auI, "they expect more infections"}}, speakers: []string{}},
		{class: "twobodies/samehead", text: "He has been charged, Kessby Federal Police and Marlow Police said on Saturday.",
			want: []quote{{"", auI, "He has been charged"}}, speakers: []string{}},
		{class: "twobodies/near", text: "The Ministry of Health and Family Welfare said cases fell.",
			want: []quote{{"Ministry of Health and Family Welfare", auI, "cases fell"}}},
		{class: "twobodies/near", text: "The Kessby Food and Drug Administration said cases fell.",
			want: []quote{{"Kessby Food and Drug Administration", auI, "cases fell"}}},
	}
}

func TestAuditS25(t *testing.T) {
	runAudit(t, "s25", s25Rows(), *s25Known)
}
