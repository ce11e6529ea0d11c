package extract_test

import (
	"flag"
	"testing"
)

// Session 22: more classes read off the Wikinews validation part.
//
// Shape "platform": a social network after "on" or "via" between the
// subject and its verb ("Dravic on Twitter referred to the vote as",
// "..., and on Facebook wrote that"): the network was read as the
// subject and made a speaker. Near misses: the network as a real subject
// of a sentence about it, a time phrase in the same place.
//
// Shape "colonhand": a clause leads in to a quotation across a colon and
// the quotation hands over to a named speaker after it ("The council
// noted the need for action: “...,” said Tomas Vell"): the quotation went
// to the lead-in's subject. Near misses: no cue after the quotation, an
// unnamed speaker after it.
//
// Shape "courtdoc": a judge or court issues a ruling, judgment or
// verdict and a participle reports it ("Judge Ada Quell issued a ruling
// against the mayor finding that ..."): a court's document is its words
// as a statement is a body's; the clause went to nobody. Near misses: a
// subpoena issued, the ruling's object named, a warning issued.
//
// Shape "referredas": an object relative with "referred to as" ("the
// decision, which Ilan Dravic has referred to as “a stunt”"): only "what
// X referred to as" was read as X's words. Near misses: "is referred to
// as", "often referred to as".
//
// Shape "colonown": a lead-in across a colon, then a speaker of its own
// with a cue before the quotation ("The researchers noted implications
// for the reef: Vell remarked, “...”"): the lead-in's report ran on over
// the colon and took the quotation as a mixed quote of its own. Near
// miss: a lead-in with a clause of its own before the colon keeps it.
//
// Shape "sunstar": a paper named for its place and "Sun" or "Star" ("The
// Kelmar Sun reported ...", "the Tarvik Star said"): no outlet head word,
// so the paper was made a speaker. Near miss: a firm whose name holds
// "Star" before its own head word.
//
// First pass (before the fix): 5/12 rows (platform 3/7, colonhand 2/5);
// courtdoc and referredas, added later, 5/9 (courtdoc 4/5, referredas 1/4);
// sunstar 1/4; colonown 0/2.

var s22WvKnown = flag.Bool("s22wv.known", false, "TestAuditS22Wv runs its known failures too")

func s22WvRows() []auditRow {
	return []auditRow{
		// platform: positives.
		{class: "platform/before-verb", text: "Mayor Ilan Dravic on Twitter referred to the vote as “The Harbour Hoax”.",
			want: []quote{{"Ilan Dravic", auD, "The Harbour Hoax"}}},
		{class: "platform/coordinated", text: "Mayor Ilan Dravic called the inquiry a “witch hunt”, and on Twitter referred to the vote as “The Harbour Hoax”.",
			want: []quote{{"Ilan Dravic", auD, "witch hunt"}, {"Ilan Dravic", auD, "The Harbour Hoax"}}},
		{class: "platform/coordinated", text: "Mayor Ilan Dravic called the inquiry a “witch hunt”, and on Facebook wrote that the vote was a sham.",
			want: []quote{{"Ilan Dravic", auD, "witch hunt"}, {"Ilan Dravic", auI, "the vote was a sham"}}},
		{class: "platform/via", text: "The Tarvik Port Authority via Instagram said the ferry would run again on Monday.",
			want: []quote{{"Tarvik Port Authority", auI, "the ferry would run again on Monday"}}},
		// platform: near misses.
		{class: "platform/near", text: "Mayor Ilan Dravic called the inquiry a “witch hunt”, and on Friday referred to the vote as “a farce”.",
			want: []quote{{"Ilan Dravic", auD, "witch hunt"}, {"Ilan Dravic", auD, "a farce"}}},
		{class: "platform/near", text: "Facebook said it had removed the posts.",
			want: []quote{{"Facebook", auI, "it had removed the posts"}}},
		{class: "platform/near", text: "A spokeswoman for Twitter said the account had been suspended.",
			want: []quote{{"Twitter", auI, "the account had been suspended"}}},
		// colonhand: positives.
		{class: "colonhand/named-body", text: "The Harbour Council noted the need for action: “All towns can act,” said Tomas Vell, the council's director. “We are concerned.”",
			want: []quote{{"Tomas Vell", auD, "All towns can act"}, {"Tomas Vell", auD, "We are concerned."}}},
		{class: "colonhand/person", text: "Ilse Varga put it plainly: “The dike will not hold,” said her deputy, Arno Brell.",
			want: []quote{{"Arno Brell", auD, "The dike will not hold"}}},
		// colonhand: near misses.
		{class: "colonhand/near", text: "The Harbour Council noted the need for action: “All towns can act.”",
			want: []quote{{"Harbour Council", auD, "All towns can act."}}},
		{class: "colonhand/near", text: "Ilse Varga put it plainly: “The dike will not hold,” she said.",
			want: []quote{{"Ilse Varga", auD, "The dike will not hold"}}},
		{class: "colonhand/near", text: "Ilse Varga described the risk: “The dike will not hold,” said one engineer.",
			want: []quote{{"", auD, "The dike will not hold"}}},
		// courtdoc: positives.
		{class: "courtdoc/ruling", text: "On Monday, District Judge Ada Quell issued a ruling against Mayor Ilan Dravic finding that city prosecutors could view his records.",
			want: []quote{{"Ada Quell", auI, "city prosecutors could view his records"}}},
		{class: "courtdoc/judgment", text: "The Tarvik High Court issued a judgment stating that the port must reopen.",
			want: []quote{{"Tarvik High Court", auI, "the port must reopen"}}},
		{class: "courtdoc/verdict", text: "Judge Tomas Brell issued a verdict saying the contract was void.",
			want: []quote{{"Tomas Brell", auI, "the contract was void"}}},
		// courtdoc: near misses.
		{class: "courtdoc/near", text: "Judge Tomas Brell issued a subpoena for the records on Monday.",
			speakers: []string{}},
		{class: "courtdoc/near", text: "The Harbour Council issued a statement saying the ferry would run.",
			want: []quote{{"Harbour Council", auI, "the ferry would run"}}},
		// referredas: positives.
		{class: "referredas/which", text: "Kara Minsk criticised the decision, which Ilan Dravic has referred to as “gamesmanship” and a “stunt”.",
			want: []quote{{"Ilan Dravic", auD, "gamesmanship"}, {"Ilan Dravic", auD, "stunt"}}},
		{class: "referredas/which", text: "The vote, which Ilan Dravic referred to as “a farce”, went ahead.",
			want: []quote{{"Ilan Dravic", auD, "a farce"}}},
		// referredas: near misses.
		{class: "referredas/near", text: "The bridge, which is referred to as “the Needle” by locals, was closed.",
			speakers: []string{}},
		{class: "referredas/near", text: "Ilan Dravic, often referred to as “the Fixer”, said the vote was fair.",
			want:  []quote{{"Ilan Dravic", auI, "the vote was fair"}},
			known: "an aside holding a quotation between the subject and its cue hides the cue (before and after the fix)"},
		// colonown.
		{class: "colonown/noun", text: "The researchers noted implications for the reef: Tomas Vell remarked, “The team has helped. But now we see more.”",
			want: []quote{{"Tomas Vell", auD, "The team has helped. But now we see more."}}, exact: true},
		{class: "colonown/clause", text: "Ada Quell said the reef was dying: Tomas Vell remarked, “The team has helped.”",
			want: []quote{{"Ada Quell", auI, "the reef was dying"}, {"Tomas Vell", auD, "The team has helped."}}},
		// sunstar.
		{class: "sunstar/reported", text: "The Kelmar Sun reported Ada Quell had been sick.",
			want: []quote{{"", auI, "Ada Quell had been sick"}}},
		{class: "sunstar/said", text: "The Tarvik Star said the mayor had resigned.",
			want: []quote{{"", auI, "the mayor had resigned"}}},
		{class: "sunstar/according", text: "According to the Harbour Sun, the port closed on Monday.",
			want: []quote{{"", auI, "the port closed on Monday"}}},
		{class: "sunstar/near", text: "Lone Star Energy said the plant would close.",
			want: []quote{{"Lone Star Energy", auI, "the plant would close"}}},
	}
}

func TestAuditS22Wv(t *testing.T) {
	runAudit(t, "s22wv", s22WvRows(), *s22WvKnown)
}
