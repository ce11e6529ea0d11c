package extract_test

import (
	"flag"
	"testing"
)

// Session 27: faults read off the two pools session 26 left unread
// (regional news of six English-speaking countries; the English press of
// Asia, Africa, the Middle East and Latin America), released after their
// blind grade, each a fault of the engine's grammar, not of one article's
// wording.
//
// Shape "noone": "said no one reported any baton charge" was no clause:
// "no one", two words, did not open a subject as "nobody" does. Near
// miss: "told no one", a hearer.
//
// Shape "relativeparticiple": "Brisk questioned the manner in which Keel
// responded to the reporter, adding that ..." gave the participle to
// Keel, whose cue inside the object's relative clause came last; the
// comma closes that clause, and the sentence's subject adds. Near miss:
// "Brisk said Keel had resigned, adding that ...", where the adding is
// Brisk's anyway.
//
// Shape "listedremit": "The Minister of Regional and Local Government,
// Housing and Rural Development, Major-General Carl Namby, has denied
// ..." gave Namby no office, the remit's fields set off by commas, so a
// later "the minister said" was nobody's. Near miss: "The Minister of
// Finance, Senator Ivo Tamm, Governor Ada Kessel and Mayor Ana Lind": a
// list of people after the office.

var s27Known = flag.Bool("s27.known", false, "TestAuditS27 runs its known failures too")

func s27Rows() []auditRow {
	return []auditRow{
		// noone.
		{class: "noone/reported", text: "However, the officer-in-charge of Varn police station, Anis Ruhan, said no one reported any baton charge by the police in the area.",
			want: []quote{{"Anis Ruhan", auI, "no one reported any baton charge by the police in the area"}}},
		{class: "noone/saw", text: "Ivo Tamm said no one saw the van leave.",
			want: []quote{{"Ivo Tamm", auI, "no one saw the van leave"}}},
		{class: "noone/near", text: "Ivo Tamm told no one about the van.",
			want: []quote{}, speakers: []string{}},
		// relativeparticiple.
		{class: "relativeparticiple/inwhich", text: "Government spokesman Orlan Brisk questioned the manner in which Tomas Keel responded to the reporter, adding that the administration values questions.",
			want: []quote{{"Orlan Brisk", auI, "the administration values questions"}}},
		{class: "relativeparticiple/way", text: "Orlan Brisk described the way in which Tomas Keel spoke to staff, saying it was unacceptable.",
			want: []quote{{"Orlan Brisk", auI, "it was unacceptable"}}},
		{class: "relativeparticiple/near", text: "Orlan Brisk said Tomas Keel had resigned, adding that a successor would be named.",
			want: []quote{{"Orlan Brisk", auI, "Tomas Keel had resigned"}, {"Orlan Brisk", auI, "a successor would be named"}}},
		// listedremit.
		{class: "listedremit/fields", text: "WINDHOEK – The Minister of Regional and Local Government, Housing and Rural Development, Major-General Carl Namby, has denied claims that his decision was biased.\n\n“If you are wrong, you are wrong,” the minister said.",
			want: []quote{{"Carl Namby", auD, "If you are wrong, you are wrong"}}},
		{class: "listedremit/three", text: "The Minister of Women, Children and Youth Affairs, Ada Kessel, opened the centre.\n\n“It is a start,” the minister said.",
			want: []quote{{"Ada Kessel", auD, "It is a start"}}},
		{class: "listedremit/near", text: "The Minister of Finance, Senator Ivo Tamm, Governor Ada Kessel and Mayor Ana Lind met on Monday.\n\n“It is a start,” Lind said.",
			want: []quote{{"Ana Lind", auD, "It is a start"}}, speakers: []string{"Ana Lind"}},
	}
}

func TestAuditS27(t *testing.T) {
	runAudit(t, "s27", s27Rows(), *s27Known)
}
