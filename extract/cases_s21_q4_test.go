package extract_test

import (
	"flag"
	"testing"
)

// Session 21, pool q4.
//
// Shape "district": a party letter and a council district after a
// person's name, set off by commas: "Councilman Arlo Venn, D-At Large,
// said", "Alderwoman Ilse Marr, R-3rd Ward, said", "Tam Osk, I-District
// 4, said". The tag is the person's; the person speaks. Near misses: the
// party and state tag the engine already read ("D-N.H."), a ward named
// as a place ("in the 3rd Ward"), a hyphenated name.
// Shape "trailing": a clause, then "Title Name, tag, said" (the tag a
// party and seat, an age, letters or a description): the name speaks.
// First pass (before the fix): 5/11 rows (the district rows; the state
// row and the near misses passed). The trailing rows and their near miss
// were added with the second fix.

var q4Known = flag.Bool("q4.known", false, "TestAuditS21Q4 runs its known failures too")

func q4DistrictRows() []auditRow {
	return []auditRow{
		{class: "district/at-large", text: "Councilman Arlo Venn, D-At Large, said he is not a supporter of the plan.",
			want: []quote{{"Arlo Venn", auI, "he is not a supporter of the plan"}}, speakers: []string{"Arlo Venn"}},
		{class: "district/at-large", text: "The bridge will cost about $2 million, Councilwoman Ilse Marr, I-At Large, said.",
			want: []quote{{"Ilse Marr", auI, "The bridge will cost about $2 million"}}, speakers: []string{"Ilse Marr"}},
		{class: "district/ward", text: "Alderman Tobin Grey, R-3rd Ward, said that the mayor backs the program.",
			want: []quote{{"Tobin Grey", auI, "the mayor backs the program"}}, speakers: []string{"Tobin Grey"}},
		{class: "district/ward", text: "Councilman Dace Holloway, D-1st Ward, said the road would close in May.",
			want: []quote{{"Dace Holloway", auI, "the road would close in May"}}, speakers: []string{"Dace Holloway"}},
		{class: "district/number", text: "Supervisor Mina Rourke, R-District 4, said the budget was balanced.",
			want: []quote{{"Mina Rourke", auI, "the budget was balanced"}}, speakers: []string{"Mina Rourke"}},
		{class: "district/number", text: "Commissioner Abe Lund, D-2nd District, said the county would appeal.",
			want: []quote{{"Abe Lund", auI, "the county would appeal"}}, speakers: []string{"Abe Lund"}},
		{class: "district/state", text: "Sen. Orla Pike, D-Vt., said the bill would pass.",
			want: []quote{{"Orla Pike", auI, "the bill would pass"}}, speakers: []string{"Orla Pike"}},
		{class: "district/two", text: "Councilman Arlo Venn, D-At Large, said the plan was costly.\n\nCouncilwoman Ilse Marr, R-4th Ward, said she was also worried about the cost.",
			want: []quote{{"Arlo Venn", auI, "the plan was costly"}, {"Ilse Marr", auI, "she was also worried about the cost"}}, speakers: []string{"Arlo Venn", "Ilse Marr"}},
		{class: "district/trailing", text: "The hall was to cost $2 million. Now, the hall will cost about $2.4 million, Councilman Arlo Venn, D-At Large, said.",
			want: []quote{{"Arlo Venn", auI, "the hall will cost about $2.4 million"}}, speakers: []string{"Arlo Venn"}},
		{class: "district/trailing", text: "The levy will rise by 4 cents, Councilwoman Ilse Marr, a retired teacher, said.",
			want: []quote{{"Ilse Marr", auI, "The levy will rise by 4 cents"}}, speakers: []string{"Ilse Marr"}},
		// Near misses.
		{class: "district/near", text: "He met Ilse Marr, the mayor, said the report.",
			want: []quote{{"", auI, "He met Ilse Marr, the mayor"}}},

		{class: "district/near", text: "Residents of the 3rd Ward said the road was unsafe, according to Councilman Arlo Venn.",
			want: []quote{{"", auI, "the road was unsafe"}}},
		{class: "district/near", text: "Ilse Marr-Lund, a teacher, said the school would close.",
			want: []quote{{"Ilse Marr-Lund", auI, "the school would close"}}, speakers: []string{"Ilse Marr-Lund"}},
		{class: "district/near", text: "Large crowds gathered, and Councilman Arlo Venn said the rally was peaceful.",
			want: []quote{{"Arlo Venn", auI, "the rally was peaceful"}}, speakers: []string{"Arlo Venn"}},
	}
}

// Shape "acronym-first": a body's letters used before its name is
// spelt out ("the TCSD activity ... the Tarvik County Sheriff's
// Department said ... TCSD says"): one body. Near misses: letters that
// are not the name's initials, a name of two words, a person's letters.
// First pass (before the fix): 3/5 rows (the near misses, and the row
// whose letters only modify "crews").
func q4AcronymRows() []auditRow {
	return []auditRow{
		{class: "acronym/first", text: "A school went into lockdown due to the TCSD activity.\n\nAccording to the Tarvik County Sheriff's Department, the road was closed.\n\nTCSD says the suspect had fled.",
			want: []quote{{"Tarvik County Sheriff's Department", auI, "the road was closed"}, {"Tarvik County Sheriff's Department", auI, "the suspect had fled"}}, speakers: []string{"Tarvik County Sheriff's Department"}},
		{class: "acronym/first", text: "Crews from OWRA cleared the pipes on Monday.\n\nThe Ostby Water Recovery Authority said the supply was safe.\n\nOWRA said more work was planned.",
			want: []quote{{"Ostby Water Recovery Authority", auI, "the supply was safe"}, {"Ostby Water Recovery Authority", auI, "more work was planned"}}, speakers: []string{"Ostby Water Recovery Authority"}},
		{class: "acronym/first", text: "The HCFD crews arrived within minutes.\n\nThe Harlow County Fire Department said no one was hurt.",
			want: []quote{{"Harlow County Fire Department", auI, "no one was hurt"}}, speakers: []string{"Harlow County Fire Department"}},
		// Near misses: other letters stay their own.
		{class: "acronym/near", text: "Crews from OWRA cleared the pipes on Monday.\n\nThe Tarvik County Sheriff's Department said the road was closed.\n\nOWRA said more work was planned.",
			want: []quote{{"Tarvik County Sheriff's Department", auI, "the road was closed"}, {"OWRA", auI, "more work was planned"}}},
		{class: "acronym/near", text: "KB went home on Monday.\n\nThe Kessel Bank said the loan was repaid.",
			want: []quote{{"Kessel Bank", auI, "the loan was repaid"}}, speakers: []string{"Kessel Bank"}},
	}
}

// Shape "ly-surname": a surname ending in -ly opening a sentence right
// before "said" ("Tarbaily said he ..."), which an adverb there never
// is: the verb would have no subject. Near misses: the adverb before a
// name ("Ultimately Tarbaily said"), with its comma.
// First pass (before the fix): 2/4 rows (the near misses).
func q4LyRows() []auditRow {
	return []auditRow{
		{class: "ly-surname/says", text: "The council voted 5-2 on Monday.\n\nTarbaily said he was voting yes with the understanding that the plan would change.",
			want: []quote{{"Tarbaily", auI, "he was voting yes with the understanding that the plan would change"}}, speakers: []string{"Tarbaily"}},
		{class: "ly-surname/says", text: "The board met on Monday.\n\nVessaly told reporters she would resign.",
			want: []quote{{"Vessaly", auI, "she would resign"}}, speakers: []string{"Vessaly"}},
		{class: "ly-surname/near", text: "The council voted 5-2 on Monday.\n\nUltimately Ilse Varga said the plan would change.",
			want: []quote{{"Ilse Varga", auI, "the plan would change"}}, speakers: []string{"Ilse Varga"}},
		{class: "ly-surname/near", text: "Ilse Varga met the board.\n\nSeparately, she said the plan would change.",
			want: []quote{{"Ilse Varga", auI, "the plan would change"}}, speakers: []string{"Ilse Varga"}},
	}
}

func TestAuditS21Q4(t *testing.T) {
	var rows []auditRow
	rows = append(rows, q4DistrictRows()...)
	rows = append(rows, q4AcronymRows()...)
	rows = append(rows, q4LyRows()...)
	runAudit(t, "q4", rows, *q4Known)
}
