package extract_test

import (
	"flag"
	"testing"
)

// Session 22, tuner h2: attribution errors (quotes given to nobody or to
// the wrong speaker) found in the s21 pools, by class.
//
// Class "mediacredit": a named speaker's own cue opening the sentence,
// with an unnamed news outlet's credit closing it ("Vell said the harbour
// would close, local media reported", "the Tarvik Ports Authority on
// Monday said that ..., a private TV channel reported"). The outlet only
// relays (annotation rules: news agencies cited as a source never speak);
// the clause after the speaker's verb is the speaker's. The engine took
// the trailing cue for one reporting the whole sentence (innerReport, made
// for "Norland declared a state of emergency, Minister X said") and gave
// the whole sentence to nobody. Near misses: a named speaker credited after
// a sentence with no speech verb in it, a trailing cue of a named speaker,
// a declaration ("declared a state of emergency") which is no speech.
// First pass (before the fix): 5/11 rows (every near miss passed, no
// positive did).

var h22Known = flag.Bool("h22.known", false, "TestAuditS22H2 runs its known failures too, to see which a change fixed")

func h2MediaCreditRows() []auditRow {
	lead := "Harbour to close\n\nPort chief Arno Vell met dock workers on Monday.\n\n"
	return []auditRow{
		{class: "mediacredit/said", text: lead + "Vell said the harbour would close for a week, local media reported.",
			want: []quote{{"Arno Vell", auI, "the harbour would close for a week"}}},
		{class: "mediacredit/said", text: lead + "Vell said the harbour would close for a week, the Tarvik Daily newspaper reported.",
			want: []quote{{"Arno Vell", auI, "the harbour would close for a week"}}},
		{class: "mediacredit/said", text: "Harbour to close\n\nThe Tarvik Ports Authority on Monday said that the harbour would close for a week, a private TV channel reported.",
			want: []quote{{"Tarvik Ports Authority", auI, "the harbour would close for a week"}}},
		{class: "mediacredit/told", text: lead + "Vell told dock workers the pier was unsafe, state TV reported on Tuesday.",
			want: []quote{{"Arno Vell", auI, "the pier was unsafe"}}},
		{class: "mediacredit/said", text: "Ferry halted\n\nMinister Dora Lind said the ferry would not sail until May, a news agency reported.",
			want: []quote{{"Dora Lind", auI, "the ferry would not sail until May"}}},
		{class: "mediacredit/announced", text: "Ferry halted\n\nThe Norland Ferry Company announced that the ferry would not sail until May, local radio reported.",
			want: []quote{{"Norland Ferry Company", auI, "the ferry would not sail until May"}}},
		// Near misses: no speech verb inside the credited sentence; the
		// credit names a speaker; a declaration is the trailing cue's.
		{class: "mediacredit/near", text: lead + "The harbour will close for a week, local media reported.",
			want: []quote{{"", auI, "The harbour will close for a week"}}},
		{class: "mediacredit/near", text: "Emergency\n\nNorland declared a state of emergency on Sunday, Defence Minister Arno Vell said.",
			want: []quote{{"Arno Vell", auI, "Norland declared a state of emergency on Sunday"}}},
		{class: "mediacredit/near", text: "Emergency\n\nNorland declared a state of emergency on Sunday, local media reported.",
			want: []quote{{"", auI, "Norland declared a state of emergency on Sunday"}}},
		{class: "mediacredit/near", text: lead + "Vell said the harbour would close for a week, the Tarvik Herald reported.",
			want: []quote{{"Arno Vell", auI, "the harbour would close for a week"}}},
		{class: "mediacredit/near", text: lead + "The harbour would close for a week, Vell said, local media reported.",
			want: []quote{{"Arno Vell", auI, "The harbour would close for a week"}}},
	}
}

// Class "bench": "the bench", "the division bench" or "the judges" after
// a court named before ("The Tarvik High Court on Monday ordered ... The
// bench said that ..."): the court's ruling, given by the gold to the
// court. The engine left it to nobody. Near misses: no court named (a
// contest's judges, a team's bench), a court of a name's word only ("food
// court"), two courts named (either's judges), a judge by name.
// First pass (before the fix): 6/10 rows (every near miss passed, no
// positive did).
func h2BenchRows() []auditRow {
	court := "Park ruling\n\nThe Tarvik High Court on Monday ordered the city council to reopen Lenmoor Park.\n\nThe division bench of justices Ilse Varga and Arno Vell was hearing a petition filed by residents.\n\n"
	return []auditRow{
		{class: "bench/bench", text: court + "The bench said that the council had no right to close the park.",
			want: []quote{{"Tarvik High Court", auI, "the council had no right to close the park"}}},
		{class: "bench/bench", text: court + "The division bench noted that the council had ignored two orders.",
			want: []quote{{"Tarvik High Court", auI, "the council had ignored two orders"}}},
		{class: "bench/judges", text: court + "\"The council must follow the law,\" the judges said.",
			want: []quote{{"Tarvik High Court", auD, "The council must follow the law"}}},
		{class: "bench/bench", text: "Appeal fails\n\nThe Court of Appeal in Lenmoor dismissed the appeal of the Norland Ferry Company on Tuesday.\n\nThe three-judge bench said the company had failed to show any error in law.",
			want: []quote{{"Court of Appeal", auI, "the company had failed to show any error in law"}}},
		// Near misses.
		{class: "bench/near", text: "Bake-off\n\nTwelve bakers from Tarvik entered the Lenmoor Bake-Off on Saturday.\n\nThe judges said the lemon tart was the best they had tasted.",
			want: []quote{{"", auI, "the lemon tart was the best they had tasted"}}},
		{class: "bench/near", text: "Cup tie\n\nTarvik Rovers beat Lenmoor 2-1 on Saturday.\n\nThe bench said nothing as the referee left the pitch.",
			want: nil},
		{class: "bench/near", text: "Mall opens\n\nThe Lenmoor Food Court opened on Saturday with 40 stalls.\n\nThe judges said the noodle stall was the best in town.",
			want: []quote{{"", auI, "the noodle stall was the best in town"}}},
		{class: "bench/near", text: court + "The court said that the council had no right to close the park.",
			want: []quote{{"Tarvik High Court", auI, "the council had no right to close the park"}}},
		{class: "bench/near", text: "Judges sued\n\nThe Norland Supreme Court wanted the petition dismissed, saying the Tarvik High Court had no power to hear it.\n\nThe judges had argued that they enjoy immunity under the constitution.",
			want: []quote{{"", auI, "they enjoy immunity under the constitution"}}},
		{class: "bench/near", text: court + "Justice Ilse Varga said that the council had no right to close the park.",
			want: []quote{{"Ilse Varga", auI, "the council had no right to close the park"}}},
	}
}

// Class "board": "the governors", "the trustees", "the directors" after
// the body they run was named with them ("Governors of Harlow Primary
// School have said ... The governors said", "They added"): the body, as
// the first cue already gives it. The engine gave the later ones to
// nobody. Near misses: a body's workers (their own voice), a town's
// people, governors named with no body.
// First pass (before the fix): 4/8 rows (every near miss passed, no
// positive did).
func h2BoardRows() []auditRow {
	school := "School row\n\nGovernors of Harlow Primary School in Tarvik have said they will not challenge the inspection.\n\nThe head teacher, Arno Vell, resigned on Friday.\n\n"
	return []auditRow{
		{class: "board/said", text: school + "The governors said they had accepted his resignation with regret.",
			want: []quote{{"Harlow Primary School", auI, "they will not challenge the inspection"}, {"Harlow Primary School", auI, "they had accepted his resignation with regret"}}},
		{class: "board/they", text: school + "The governors, who do not intend to stand down, said they would write to the minister.\n\nThey added: \"We will not be bullied.\"",
			want: []quote{{"Harlow Primary School", auI, "they would write to the minister"}, {"Harlow Primary School", auD, "We will not be bullied."}}},
		{class: "board/trustees", text: "Museum sale\n\nTrustees of the Lenmoor Art Museum voted on Monday to sell two paintings.\n\nThe trustees said the sale would keep the museum open.",
			want: []quote{{"Lenmoor Art Museum", auI, "the sale would keep the museum open"}}},
		{class: "board/directors", text: "Club sale\n\nDirectors of Tarvik Rovers met the buyers on Monday.\n\nThe directors said no deal had been agreed.",
			want: []quote{{"Tarvik Rovers", auI, "no deal had been agreed"}}},
		// Near misses.
		{class: "board/near", text: "Plant closes\n\nWorkers of Harlow Steel protested on Monday.\n\nThe workers said they had not been paid.",
			want: []quote{{"", auI, "they had not been paid"}}},
		{class: "board/near", text: "Flood\n\nResidents of Tarvik were evacuated on Monday.\n\nThe residents said the water rose quickly.",
			want: []quote{{"", auI, "the water rose quickly"}}},
		{class: "board/near", text: "School row\n\nSchool governors across Norland met on Monday.\n\nThe governors said the inspections were unfair.",
			want: []quote{{"", auI, "the inspections were unfair"}}},
		{class: "board/near", text: "School row\n\nGovernors of Harlow Primary School met on Monday.\n\nThe Lenmoor Teachers Union, whose governors met on Tuesday, said the inspections were unfair.",
			want: []quote{{"Lenmoor Teachers Union", auI, "the inspections were unfair"}}},
	}
}

// Class "concession": "Even though Agbaje has called the winner ...
// to congratulate him, he believes ...", "Although Okonjo congratulated
// Brenn, he said ...": the "he" of the main clause is the subject of the
// clause of concession or reason that opens the sentence, as it already
// was after "As" and "When" (openingClauseSubject), and the next
// sentence's "He told" goes on with him. When that subject is a one-word
// name of no known kind or gender, the engine passed it over and took the
// nearer object (a man by his first name), then kept him for every later
// "he said" (five quotes of one pool article). Now "even though",
// "although", "though" and "because" open such a clause, and a name of no
// known kind opening it may be "he" (no body is). Full names whose first
// name says no gender stay as they were ("As Ilse Varga left the hall, he
// said": someone else, TestDevkCases).
// Near misses: a word before a role opening the clause ("When Olympic
// diver John Dale won"), a body opening the clause, a name as the main clause's
// subject, a clause of concession inside the reported words, a woman's
// "she" with a man opening the clause.
// First pass (before the fix): 8/10 rows (the rows with a known man's
// name passed already; the two one-word names did not).
func h2ConcessionRows() []auditRow {
	lead := "Vote count\n\nJohn Vell lost to Peter Brenn by 500 votes on Sunday.\n\n"
	return []auditRow{
		{class: "concession/eventhough", text: lead + "Even though Vell has called the winner of the election to congratulate him, he believes the outcome would have been different.\n\nHe told the Tarvik Herald that his defeat was down to intimidation.",
			want: []quote{{"John Vell", auI, "his defeat was down to intimidation"}}},
		{class: "concession/although", text: lead + "Although Vell congratulated Brenn, he said his defeat was down to intimidation.",
			want: []quote{{"John Vell", auI, "his defeat was down to intimidation"}}},
		{class: "concession/onename", text: "Vote count\n\nThe pharmacist Adeyemi lost to Peter Brenn by 500 votes on Sunday.\n\nEven though Adeyemi has called Brenn to congratulate him, he believes the outcome would have been different.\n\nHe told the Tarvik Herald that his defeat was down to intimidation.",
			want: []quote{{"Adeyemi", auI, "his defeat was down to intimidation"}}},
		{class: "concession/onename", text: "Vote count\n\nOkonjo lost to Peter Brenn by 500 votes on Sunday.\n\nAlthough Okonjo congratulated Brenn on Monday, he said the count had been rigged.",
			want: []quote{{"Okonjo", auI, "the count had been rigged"}}},
		{class: "concession/because", text: lead + "Because Vell trailed Brenn in every district, he said he would not contest the count.",
			want: []quote{{"John Vell", auI, "he would not contest the count"}}},
		// Near misses.
		{class: "concession/near", text: lead + "Even though Brenn won, Vell said his defeat was down to intimidation.",
			want: []quote{{"John Vell", auI, "his defeat was down to intimidation"}}},
		{class: "concession/near", text: "Gold\n\nWhen Olympic diver John Dale finally won gold in Tarvik, he was overcome with emotion.\n\nIn an interview, he said he never thought he would cry.",
			want: []quote{{"John Dale", auI, "he never thought he would cry"}}},
		{class: "concession/near", text: "Vote count\n\nThe Tarvik Council lost its appeal to Peter Brenn on Sunday.\n\nAlthough the council congratulated Brenn, he said the appeal had been a waste of money.",
			want: []quote{{"Peter Brenn", auI, "the appeal had been a waste of money"}}},
		{class: "concession/near", text: "Vote count\n\nDora Lind lost to Peter Brenn by 500 votes on Sunday.\n\nEven though Brenn has called Lind, she said her defeat was down to intimidation.",
			want: []quote{{"Dora Lind", auI, "her defeat was down to intimidation"}}},
		{class: "concession/near", text: lead + "Brenn said that even though Vell had called him, he would not share power.",
			want: []quote{{"Peter Brenn", auI, "even though Vell had called him, he would not share power"}}},
	}
}

// Class "nation": "the Russian", "the Brazilian" as a person's
// description ("It was a second silver for Ilse Varga as Japan's Dora
// Lind topped the podium, and the Russian revealed ..."): not the nearest
// person when the text gives her another country, by a country's
// possessive or another nationality before her name, but the one named
// before her. The engine took the nearest person, and kept her for every
// "she said" after (seven quotes of one pool article). Near misses: the
// nearest given the same country, given none, or called by the
// nationality itself.
// First pass (before the fix): 3/6 rows (every near miss passed, no
// positive did).
func h2NationRows() []auditRow {
	race := func(mark, who string) string {
		return "Swim\n\nIt was a second silver for Ilse Varga on Thursday as " + mark + "Dora Lind topped the podium, and the " + who + " revealed it had been a hard year for her.\n\n\"I am very proud,\" she said."
	}
	return []auditRow{
		{class: "nation/possessive", text: race("Japan's ", "Russian"),
			want: []quote{{"Ilse Varga", auI, "it had been a hard year for her"}, {"Ilse Varga", auD, "I am very proud,"}}},
		{class: "nation/adjective", text: race("Japanese swimmer ", "Russian"),
			want: []quote{{"Ilse Varga", auI, "it had been a hard year for her"}, {"Ilse Varga", auD, "I am very proud,"}}},
		{class: "nation/possessive", text: race("Brazil's ", "Canadian"),
			want: []quote{{"Ilse Varga", auI, "it had been a hard year for her"}, {"Ilse Varga", auD, "I am very proud,"}}},
		// Near misses.
		{class: "nation/near", text: race("Russia's ", "Russian"),
			want: []quote{{"Dora Lind", auI, "it had been a hard year for her"}}},
		{class: "nation/near", text: race("", "Russian"),
			want: []quote{{"Dora Lind", auI, "it had been a hard year for her"}}},
		{class: "nation/near", text: race("Russian swimmer ", "Russian"),
			want: []quote{{"Dora Lind", auI, "it had been a hard year for her"}}},
	}
}

// Class "itbody": "Harlow Coaches East previously said ... | It added
// ...": "it", the subject of the next cue, is the name that spoke in the
// sentence just before, when nothing makes that name a person's, whatever
// kind the engine gave it (a name ending in a compass point's word may be
// taken for a place: "Stagecoach East"). The engine, asking an
// organisation's evidence of it, gave the second quote to nobody. Names
// the engine already took for bodies passed before and are kept as
// regression rows. Near misses: a person spoke before, another cue came
// between, "it" no cue's subject.
// First pass (before the fix): 6/7 rows (the names typed a place failed).
func h2ItBodyRows() []auditRow {
	return []auditRow{
		{class: "itbody/east", text: "Buses\n\nHarlow Coaches East previously said cuts were necessary.\n\nIt added the changes followed a rise in costs.",
			want: []quote{{"Harlow Coaches East", auI, "cuts were necessary"}, {"Harlow Coaches East", auI, "the changes followed a rise in costs"}}},
		{class: "itbody/east", text: "Ferries\n\nOstby Ferries East said sailings would resume on Friday.\n\nIt added that tickets would be refunded.",
			want: []quote{{"Ostby Ferries East", auI, "sailings would resume on Friday"}, {"Ostby Ferries East", auI, "tickets would be refunded"}}},
		{class: "itbody/unknown", text: "Water\n\nMarrow Valley Water said on Monday the reservoir was full.\n\nIt added that no hosepipe ban was planned.",
			want: []quote{{"Marrow Valley Water", auI, "the reservoir was full"}, {"Marrow Valley Water", auI, "no hosepipe ban was planned"}}},
		{class: "itbody/west", text: "Rail\n\nKessel Rail West said the line would reopen in May.\n\nIt said the repairs had cost two million.",
			want: []quote{{"Kessel Rail West", auI, "the line would reopen in May"}, {"Kessel Rail West", auI, "the repairs had cost two million"}}},
		// Near misses.
		{class: "itbody/near", text: "Buses\n\nArno Vell said cuts were necessary.\n\nIt added the changes followed a rise in costs.",
			want: []quote{{"Arno Vell", auI, "cuts were necessary"}, {"", auI, "the changes followed a rise in costs"}}},
		{class: "itbody/near", text: "Buses\n\nHarlow Coaches East previously said cuts were necessary.\n\nThe mayor said more routes would go.\n\nIt added the changes followed a rise in costs.",
			want: []quote{{"", auI, "the changes followed a rise in costs"}}},
		{class: "itbody/near", text: "Buses\n\nHarlow Coaches East previously said cuts were necessary.\n\nIt was a busy day for the depot, and drivers said the changes followed a rise in costs.",
			want: []quote{{"", auI, "the changes followed a rise in costs"}}},
	}
}

// Class "invname": an inverted cue after a quotation whose speaker's
// name comes in a shape the engine did not read: after "one of the
// <people>" ("said one of the researchers Dora Lind, biology professor at
// ..."), or with the role after the name set off by no comma ("said Peter
// Holt the restaurant's owner."). Both left the quotation nobody's (and the
// next quoted paragraph too). Near misses: "one of the researchers" with
// no name, "one of the partners" before a body's name, a plain cue with
// "the" opening its clause.
// First pass (before the fix): 3/7 rows (every near miss passed, no
// positive did).
func h2InvNameRows() []auditRow {
	lead := "Reef\n\nThe Tarvik reef lost half its coral this year.\n\n"
	return []auditRow{
		{class: "invname/oneof", text: lead + "\"The reef is dying,\" said one of the researchers Dora Lind, biology professor at Tarvik University.",
			want: []quote{{"Dora Lind", auD, "The reef is dying"}}},
		{class: "invname/oneof", text: lead + "\"We counted every colony,\" said one of the divers Arno Vell.",
			want: []quote{{"Arno Vell", auD, "We counted every colony"}}},
		{class: "invname/role", text: "Diner closes\n\nThe Tarvik Grill will close on Friday.\n\n\"Everybody's got to be safe,\" said Peter Holt the restaurant's owner. \"This is a serious situation.\"",
			want: []quote{{"Peter Holt", auD, "Everybody's got to be safe"}, {"Peter Holt", auD, "This is a serious situation."}}},
		{class: "invname/role", text: "Diner closes\n\nThe Tarvik Grill will close on Friday.\n\n\"We had no choice,\" said Dora Lind the owner.",
			want: []quote{{"Dora Lind", auD, "We had no choice"}}},
		// Near misses.
		{class: "invname/near", text: lead + "\"The reef is dying,\" said one of the researchers.",
			want: []quote{{"", auD, "The reef is dying"}}},
		{class: "invname/near", text: lead + "\"The reef is dying,\" said one of the partners Harlow Marine Ltd.",
			want: []quote{{"", auD, "The reef is dying"}}},
		{class: "invname/near", text: lead + "Peter Holt said the reef would die.",
			want: []quote{{"Peter Holt", auI, "the reef would die"}}},
	}
}

// Class "itsfirm": "Tarvex said it had received 1000 claims. | “...,”
// the company said.": a one-word name of no known kind whose own speech
// calls it "it" is the firm "the company" stands for, as one that says
// "its" or "their" already was (bareBodySubject). The engine left the
// quotation nobody's. Near misses: a person's surname saying "it was",
// another body's word in the description ("the council said"), the name
// with no "it" of its own.
// First pass (before the fix): 3/6 rows (every near miss passed, no
// positive did).
func h2ItsFirmRows() []auditRow {
	lead := "Floods\n\nResidents were told to leave on Monday.\n\n"
	said := "\n\n\"The numbers are expected to increase,\" the company said."
	return []auditRow{
		{class: "itsfirm/said", text: lead + "Tarvex said it had received about 1000 flood damage claims." + said,
			want: []quote{{"Tarvex", auI, "it had received about 1000 flood damage claims"}, {"Tarvex", auD, "The numbers are expected to increase"}}},
		{class: "itsfirm/that", text: lead + "Brenmark said on Monday that it had received about 1000 claims, mostly from Norland." + said,
			want: []quote{{"Brenmark", auI, "it had received about 1000 claims, mostly from Norland"}, {"Brenmark", auD, "The numbers are expected to increase"}}},
		{class: "itsfirm/firm", text: lead + "Ostrava said it would pay every claim in full.\n\nThe firm said the storm was the worst in a decade.",
			want: []quote{{"Ostrava", auI, "it would pay every claim in full"}, {"Ostrava", auI, "the storm was the worst in a decade"}}},
		// Near misses.
		{class: "itsfirm/near", text: "Floods\n\nTomas Brenn, a local farmer, visited Tarvik on Monday.\n\nBrenn said it was a sad day." + said,
			want: []quote{{"Tomas Brenn", auI, "it was a sad day"}, {"", auD, "The numbers are expected to increase"}}},
		{class: "itsfirm/near", text: lead + "Tarvex said it had received about 1000 flood damage claims.\n\n\"The numbers are expected to increase,\" the council said.",
			want: []quote{{"Tarvex", auI, "it had received about 1000 flood damage claims"}, {"", auD, "The numbers are expected to increase"}}},
		{class: "itsfirm/near", text: lead + "Tarvex said claims were rising." + said,
			want: []quote{{"", auD, "The numbers are expected to increase"}}},
	}
}

// Class "lowcourt": a court named by its town and its kind in lower
// case, as the Indian press writes it ("The Tarvik high court on Friday
// told the council that ...", "Ostby district court ruled that ..."), is
// that court, and "the bench" after it too. The engine read no name in
// it and left its words to nobody. Near misses: the court as the hearer,
// a judge of it named, a kind word that makes no court ("the Tarvik food
// court").
// First pass (before the fix): 3/7 rows (every near miss passed, no
// positive did).
func h2LowCourtRows() []auditRow {
	return []auditRow{
		{class: "lowcourt/told", text: "Park\n\nThe Tarvik high court on Friday told the city council that it had breached its contract.",
			want: []quote{{"Tarvik high court", auI, "it had breached its contract"}}},
		{class: "lowcourt/ruled", text: "Park\n\nOstby district court ruled on Monday that the council had breached its contract.",
			want: []quote{{"Ostby district court", auI, "the council had breached its contract"}}},
		{class: "lowcourt/bench", text: "Park\n\nThe Tarvik high court said that the council had breached its contract.\n\nThe bench said the park must reopen.",
			want: []quote{{"Tarvik high court", auI, "the council had breached its contract"}, {"Tarvik high court", auI, "the park must reopen"}}},
		{class: "lowcourt/said", text: "Park\n\nThe Lenmoor sessions court said the accused must stay in custody.",
			want: []quote{{"Lenmoor sessions court", auI, "the accused must stay in custody"}}},
		// Near misses.
		{class: "lowcourt/near", text: "Park\n\nPeter Holt told the Tarvik high court that he was innocent.",
			want: []quote{{"Peter Holt", auI, "he was innocent"}}},
		{class: "lowcourt/near", text: "Park\n\nTarvik high court judge Ilse Varga said the council had breached its contract.",
			want: []quote{{"Ilse Varga", auI, "the council had breached its contract"}}},
		{class: "lowcourt/near", text: "Mall\n\nThe Tarvik food court said it would close on Sundays.",
			want: []quote{{"", auI, "it would close on Sundays"}}},
	}
}

func TestAuditS22H2(t *testing.T) {
	rows := append(h2MediaCreditRows(), h2BenchRows()...)
	rows = append(rows, h2BoardRows()...)
	rows = append(rows, h2NationRows()...)
	rows = append(rows, h2ItBodyRows()...)
	rows = append(rows, h2InvNameRows()...)
	rows = append(rows, h2ItsFirmRows()...)
	rows = append(rows, h2LowCourtRows()...)
	runAudit(t, "h2", append(rows, h2ConcessionRows()...), *h22Known)
}
