package extract_test

import (
	"flag"
	"testing"

	"soundbite/extract"
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
// Shape "splitinf": a request whose infinitive is split ("urged
// residents to not panic") was no request; the clause found instead was
// a relative one deep in the sentence ("floods that Mirela could
// cause"). Near misses: "not to panic", a noun object and a purpose.
//
// Shape "storm": "Typhoon Koppu", "Hurricane Oskar" were names of people
// to the engine, so a later "he" went to the storm. Near miss: a person
// whose first name is Storm.
//
// Shape "province": a town and its state or province before a titled
// name and an aside ("Kessby Lake, Man., Chief Arvo Dunmere, who is in
// Ottawa this week, said"): the name was read as the state's aside and
// the state made a speaker; Canada's provinces were not known as places
// at all. Near miss: an aside after the state that names no one.
//
// Shape "roleword": a role noun the lexicon lacked ("coordinator",
// "pollster") in the aside of an inverted cue ("“...,” Mara Quell,
// coordinator of the Reef Watch, said"): the aside was no aside, and the
// body it names took the quotation. Near miss: a known role.
//
// Shape "personplace": an inverted cue after a person, their body and a
// town and state ("Tomas Vell of the fisheries center in La Varna,
// Calif., said"): the town was made the speaker. Near miss: a person of
// a town and state, which worked.
//
// Shape "marchedto": a participle after where a march went ("marched to
// the Tarvik City Hall urging the mayor to ..."): the hall was made the
// speaker; and a paper's first word set in capitals ("HUNDREDS of
// vendors") was read as a name. Near misses: a letter sent to someone,
// an acronym opening a paragraph.
//
// Shape "foundowner": a finding without "that" whose clause opens with an
// owner's name ("found Norland's decision to detain her on Kessby was
// lawful"): the owner's words pushed the clause's verb past the few words
// looked at for it. Near miss: an object found, no clause.
//
// Shape "saidas": a clause of reason or concession set off by commas
// right after the cue ("The police said, as the car wasn't blocking a
// roadway, it was not their job"): nothing was reported. Near misses: a
// phrase, not a clause, after the cue ("as expected", "when asked about
// the cost, that").
//
// Shape "thereis": a phrase of time, then "there is" ("After every
// earthquake there is a 5% chance ..., according to Dr. Ada Quell"): the
// clause before the cue was taken for a clause of time alone and
// reported nothing. Near miss: a clause of time alone.
//
// First pass (before the fix), each class run before its own fix:
// spokes 2/4, scene 3/5, ruled 3/6, splitinf 2/4, storm 2/4, province
// 2/4, roleword 2/3, personplace 2/3, marchedto 2/5, foundowner 2/3,
// saidas 2/4, thereis 1/3; 25/48 in all. TestToldBareHearer, below,
// checks spans exactly, which the audit's loose match cannot.

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
		// splitinf.
		{class: "splitinf/request", text: "President Ilan Dravic urged residents to not panic.",
			want: []quote{{"Ilan Dravic", auI, "residents to not panic"}}},
		{class: "splitinf/request", text: "President Ilan Dravic on Friday urged Norlanders in a televised address to not panic and to prepare for floods.",
			want: []quote{{"Ilan Dravic", auI, "Norlanders in a televised address to not panic and to prepare for floods"}}},
		{class: "splitinf/near", text: "President Ilan Dravic urged residents not to panic.",
			want: []quote{{"Ilan Dravic", auI, "residents not to panic"}}},
		{class: "splitinf/near", text: "Mayor Ada Quell decided to not run again, and Tomas Vell promised to never stand.",
			speakers: []string{}},
		// storm.
		{class: "storm/pronoun", text: "Typhoon Mirela bore down on the coast on Saturday.\n\n“We are prepared,” said Tomas Vell. Mirela weakened later.\n\nHe said the evacuation would continue.",
			want: []quote{{"Tomas Vell", auD, "We are prepared"}}, speakers: []string{"Tomas Vell"}},
		{class: "storm/subject", text: "Hurricane Oskar, forecasters said, would bring heavy rain to Kessby. Oskar said nothing, of course.",
			speakers: []string{}},
		{class: "storm/tropical", text: "Tropical Storm Mira dumped rain on Kessby.\n\nShe said the worst was over.",
			speakers: []string{}},
		{class: "storm/near", text: "Storm Rellan, an actress, said she was safe.",
			want: []quote{{"Storm Rellan", auI, "she was safe"}}},
		// province.
		{class: "province/aside", text: "Kessby Lake, Man., Chief Arvo Dunmere, who is in Ottawa this week, said his community has a severe shortage of homes.",
			want: []quote{{"Arvo Dunmere", auI, "his community has a severe shortage of homes"}}, speakers: []string{"Arvo Dunmere"}},
		{class: "province/aside", text: "Kessby, Calif., Mayor Ada Quell, who took office in May, said the bridge would reopen.",
			want: []quote{{"Ada Quell", auI, "the bridge would reopen"}}, speakers: []string{"Ada Quell"}},
		{class: "province/plain", text: "Tarvik, Ont., Chief Tomas Vell said the homes were full.",
			want: []quote{{"Tomas Vell", auI, "the homes were full"}}, speakers: []string{"Tomas Vell"}},
		{class: "province/near", text: "Ilse Varga, of Kessby, Calif., a retired teacher, said the bridge was unsafe.",
			want: []quote{{"Ilse Varga", auI, "the bridge was unsafe"}}, speakers: []string{"Ilse Varga"}},
		// roleword.
		{class: "roleword/inverted", text: "The reef is in trouble.\n\n“The reef is bleaching,” Mara Quell, coordinator of the Kessby Reef Watch, said during a news conference.",
			want: []quote{{"Mara Quell", auD, "The reef is bleaching"}}, speakers: []string{"Mara Quell"}},
		{class: "roleword/inverted", text: "“Turnout will be low,” Ivo Dask, a pollster at Tarvik Polls, said.",
			want: []quote{{"Ivo Dask", auD, "Turnout will be low"}}, speakers: []string{"Ivo Dask"}},
		{class: "roleword/near", text: "“The reef is dying,” Ada Brinn, director of the agency, said.",
			want: []quote{{"Ada Brinn", auD, "The reef is dying"}}, speakers: []string{"Ada Brinn"}},
		// personplace.
		{class: "personplace/state", text: "The whales are back.\n\n“These numbers are encouraging,” Tomas Vell of the Kessby Fisheries Science Center in La Varna, Calif., said.",
			want: []quote{{"Tomas Vell", auD, "These numbers are encouraging"}}, speakers: []string{"Tomas Vell"}},
		{class: "personplace/state", text: "Tomas Vell of the fisheries center in Marlow, Ont., said the whales were back.",
			want: []quote{{"Tomas Vell", auI, "the whales were back"}}, speakers: []string{"Tomas Vell"}},
		{class: "personplace/near", text: "“These numbers are encouraging,” Ilse Marner of Ostby, Calif., said.",
			want: []quote{{"Ilse Marner", auD, "These numbers are encouraging"}}, speakers: []string{"Ilse Marner"}},
		// marchedto.
		{class: "marchedto/hall", text: "Hundreds of Tarvik vendors on Monday marched to the Tarvik City Hall urging Mayor Ilan Dravic to drop the privatization plans.",
			want: []quote{{"", auI, "Mayor Ilan Dravic to drop the privatization plans"}}, speakers: []string{}},
		{class: "marchedto/caps", text: "HUNDREDS of Tarvik vendors on Monday marched to the Tarvik City Hall urging Mayor Ilan Dravic to drop the privatization plans.",
			want: []quote{{"", auI, "Mayor Ilan Dravic to drop the privatization plans"}}, speakers: []string{}},
		{class: "marchedto/named", text: "The Tarvik Traders Union rallied outside Kessby Hospital urging the board to reopen the ward.",
			want: []quote{{"Tarvik Traders Union", auI, "the board to reopen the ward"}}, speakers: []string{"Tarvik Traders Union"}},
		{class: "marchedto/near", text: "Tarvik vendors sent a letter to Mayor Ilan Dravic urging him to drop the plans.",
			want: []quote{{"", auI, "him to drop the plans"}}},
		{class: "marchedto/near", text: "NASA said the launch would go ahead.",
			want: []quote{{"NASA", auI, "the launch would go ahead"}}},
		// foundowner.
		{class: "foundowner/court", text: "The Tarvik High Court found Norland's decision to detain her on Kessby was lawful.",
			want: []quote{{"Tarvik High Court", auI, "Norland's decision to detain her on Kessby was lawful"}}},
		{class: "foundowner/study", text: "The Vessen Institute study found Norland's largest rivers had shrunk by a third.",
			want: []quote{{"Vessen Institute", auI, "Norland's largest rivers had shrunk by a third"}}},
		{class: "foundowner/near", text: "The team found Norland's rivers in a dry state last year.",
			speakers: []string{}, exact: true},
		// saidas.
		{class: "saidas/reason", text: "The police said, as the car wasn't blocking a roadway, it was not their job to tow it.",
			want: []quote{{"", auI, "as the car wasn't blocking a roadway, it was not their job to tow it"}}, exact: true},
		{class: "saidas/concession", text: "Mayor Ada Quell said, although the bridge is old, it remains safe.",
			want: []quote{{"Ada Quell", auI, "although the bridge is old, it remains safe"}}, exact: true},
		{class: "saidas/near", text: "Mayor Ada Quell said, as expected, the vote passed.",
			want: []quote{{"Ada Quell", auI, "the vote passed"}}, exact: true},
		{class: "saidas/near", text: "Mayor Ada Quell said, when asked about the cost, that the bridge was cheap.",
			want: []quote{{"Ada Quell", auI, "the bridge was cheap"}}, exact: true},
		// thereis.
		{class: "thereis/according", text: "After every earthquake there is a 5% chance of something bigger following it, according to Kessby seismologist, Dr. Ada Quell.",
			want: []quote{{"Ada Quell", auI, "After every earthquake there is a 5% chance of something bigger following it"}}},
		{class: "thereis/said", text: "After the storm there were no trains, the Tarvik Rail Company said.",
			want: []quote{{"Tarvik Rail Company", auI, "After the storm there were no trains"}}},
		{class: "thereis/near", text: "After the bridge was shut on Monday, Mayor Ada Quell said.",
			speakers: []string{}, exact: true},
	}
}

func TestAuditS23(t *testing.T) {
	runAudit(t, "s23", s23Rows(), *s23Known)
}

// TestToldBareHearer: a bare word for the hearers, then a clause whose
// subject carries a phrase ("told reporters results from the commission
// were “fiction.”"): the hearers were read into the quotation, which the
// audit's loose match of spans does not see. Near misses: the clause's
// subject alone, no hearer at all. First pass (before the fix): 2/4.
func TestToldBareHearer(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Ilan Dravic told reporters results from the commission were “fiction.”", "results from the commission were “fiction.”"},
		{"Ada Quell told residents levels in the reservoir had dropped.", "levels in the reservoir had dropped"},
		{"Ada Quell told reporters exports fell.", "exports fell"},
		{"Ada Quell warned temperatures in the Varn Basin would rise.", "temperatures in the Varn Basin would rise"},
	} {
		res := extract.Extract([]string{c.text})
		if len(res.Quotes) != 1 || res.Quotes[0].Text != c.want {
			t.Errorf("%s\ngot %+v, want one quote %q", c.text, res.Quotes, c.want)
		}
	}
}
