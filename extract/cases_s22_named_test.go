package extract_test

import (
	"flag"
	"testing"
)

// Session 22: classes read off the Wikinews validation part (opened for
// tuning this session; the held-out part stays unread).
//
// Shape "rolecoord": a compound role joined by "and" in an apposition
// after a description ("Another co-author, civil and environmental
// engineering professor Ivo Brandt, said"): the "and" ended the role,
// and the quotation went to nobody. Near misses: two people joined by
// "and", a body and a person.
//
// Shape "givenname": a description, then the name it goes by, after the
// cue ("said a protester using the pseudonym Mira", "said a marcher named
// Ezra", "said a group called Lumen"): the name was never read as the
// speaker, and the quotation went to the speaker before or was lost.
// Near misses: a character in a film's plot, a law named after a place,
// "named" as a verb of appointment.
//
// Shape "titlesurname": a surname that is also a title, after a first
// name ("Maj. General Shaukat Sultan says", "Ahmed Sheikh said"): the
// name ended at the title and the report went to nobody, or a later
// "General Sultan" to another speaker. Near misses: the title before a
// name ("Sultan Qaboos"), "the Sultan" alone.
//
// Shape "leaderbody": a body named by its leader's name and head word
// ("the Dravic administration", "the Dravic campaign") that a later
// "the administration said" stands for: the body was made only when it
// spoke under its full name first. Near misses: "the administration"
// with no such body named, the full name speaking.
//
// First pass (before the fix): 8/16 rows (rolecoord 3/6, givenname 5/10);
// titlesurname, added later, 3/5; leaderbody 2/4.

var s22NamedKnown = flag.Bool("s22named.known", false, "TestAuditS22Named runs its known failures too")

func s22NamedRows() []auditRow {
	return []auditRow{
		// rolecoord: positives.
		{class: "rolecoord/appos", text: "A co-author, civil and environmental engineering professor Ivo Brandt, said, “We saw it again.”",
			want: []quote{{"Ivo Brandt", auD, "We saw it again."}}},
		{class: "rolecoord/appos", text: "A co-author, health and safety inspector Mark Olin, said the plant was unsafe.",
			want: []quote{{"Mark Olin", auI, "the plant was unsafe"}}},
		{class: "rolecoord/appos", text: "Another researcher, film and television historian Rana Dace, said: “The archive is unique.”",
			want: []quote{{"Rana Dace", auD, "The archive is unique."}}},
		// rolecoord: near misses.
		{class: "rolecoord/near", text: "Civil engineering professor Paul Hest said, “We saw it.”",
			want: []quote{{"Paul Hest", auD, "We saw it."}}},
		{class: "rolecoord/near", text: "Two co-authors, Ivo Brandt and Mark Olin, said the plant was unsafe.",
			want: []quote{{"", auI, "the plant was unsafe"}}},
		{class: "rolecoord/near", text: "Its partners, the Harbour Trust and engineer Ivo Brandt, said the plant was unsafe.",
			want: []quote{{"", auI, "the plant was unsafe"}}},
		// givenname: positives.
		{class: "givenname/pseudonym", text: "“She is doing this to split us,” said a protester using the pseudonym Mira. “The situation has escalated.”",
			want: []quote{{"Mira", auD, "She is doing this to split us"}, {"Mira", auD, "The situation has escalated."}}},
		{class: "givenname/named", text: "“It is cold,” said a marcher named Ezra Quill.",
			want: []quote{{"Ezra Quill", auD, "It is cold"}}},
		{class: "givenname/named", text: "“We will stay,” said a woman named Sela.",
			want: []quote{{"Sela", auD, "We will stay"}}},
		{class: "givenname/called", text: "“We act for the river,” said a group called Lumen Watch.",
			want: []quote{{"Lumen Watch", auD, "We act for the river"}}},
		{class: "givenname/before", text: "A protester using the pseudonym Oki said the police had come at dawn.",
			want: []quote{{"Oki", auI, "the police had come at dawn"}}},
		{class: "givenname/after-other", text: "“We will not stop,” wrote student leader Anna Vell on Twitter.\n\n“It is hard,” said a protester using the alias Tam. “We are tired.”",
			want: []quote{{"Anna Vell", auD, "We will not stop"}, {"Tam", auD, "It is hard"}, {"Tam", auD, "We are tired."}}},
		// givenname: near misses.
		{class: "givenname/near", text: "In the film “Low Tide”, a lighthouse keeper named Ada warns everyone that the lamps must never go out.\n\nIts director, Ferris Alder, said the story had taken six years.",
			speakers: []string{"Ferris Alder"}},
		{class: "givenname/near", text: "A law named the Harbour Act says ships must wait.",
			want: []quote{{"", auI, "ships must wait"}}},
		{class: "givenname/near", text: "Ezra Quill, named to the board last year, said the plan was sound.",
			want: []quote{{"Ezra Quill", auI, "the plan was sound"}}},
		{class: "givenname/near", text: "“It works,” said Dana Korr, who was named chair in May.",
			want: []quote{{"Dana Korr", auD, "It works"}}},
		// titlesurname.
		{class: "titlesurname/rank", text: "Maj. General Tomas Sultan says the toll will rise.\n\nGeneral Sultan says aid is coming.",
			want: []quote{{"Tomas Sultan", auI, "the toll will rise"}, {"Tomas Sultan", auI, "aid is coming"}}},
		{class: "titlesurname/plain", text: "Ilan Sultan said the toll will rise.",
			want: []quote{{"Ilan Sultan", auI, "the toll will rise"}}},
		{class: "titlesurname/sheikh", text: "Omar Sheikh, a trader, said the market was shut.",
			want: []quote{{"Omar Sheikh", auI, "the market was shut"}}},
		{class: "titlesurname/near", text: "Sultan Qaboos said the port would open.",
			want: []quote{{"Qaboos", auI, "the port would open"}}},
		{class: "titlesurname/near", text: "The Sultan said the port would open.",
			want: []quote{{"", auI, "the port would open"}}},
		// leaderbody.
		{class: "leaderbody/administration", text: "For weeks, the Dravic administration has been trying to add the question. A few days later the administration said it would use an executive order.",
			want: []quote{{"Dravic administration", auI, "it would use an executive order"}}},
		{class: "leaderbody/campaign", text: "For weeks, the Dravic campaign has been running ads. The campaign said it would stop.",
			want: []quote{{"Dravic campaign", auI, "it would stop"}}},
		{class: "leaderbody/near", text: "Ilan Dravic spoke in May. The administration said it would use an executive order.",
			want: []quote{{"", auI, "it would use an executive order"}}},
		{class: "leaderbody/near", text: "The Dravic administration said it would use an executive order.",
			want: []quote{{"Dravic administration", auI, "it would use an executive order"}}},
	}
}

func TestAuditS22Named(t *testing.T) {
	runAudit(t, "s22named", s22NamedRows(), *s22NamedKnown)
}
