package extract_test

import "testing"

// Session 15, helper j5: who is given REPORTED speech when a passage
// holds two or more people or bodies, the largest error kind of the dev
// sets ("gave indirect quote of X to Y"). The dev misses of that kind
// are mostly a description of a body ("the company said", "the new
// company said", "the restaurant operator said", "it said") resolved to
// another body named later in the passage, and a pronoun after two
// people of the same gender. The table crosses those arrangements with
// several frames, with near misses where the latest name is right.
//
// FIRST PASS (engine at 190be59, the whole first table run once as
// written): 23/32 (0.72). orgdesc 5/12 ("the company said" given to a
// body named in an object or a list after the subject body; a news-trade
// company, "Harlan Broadcasting Corp.", taken for an outlet so that
// neither "the company" nor "it" meant it; "Mr. Drevin" merged into
// "Drevin Computer Corp."), pron 6/8 ("he" given to a man in another's
// apposition; a subject of unknown gender tying an object known to be a
// man), descr 5/5, agent 4/4, turns 3/3.
// After the fixes: the first table 31/32; batches written with the fixes
// (outlet 4/4, appos 6/6, namesake 4/4, carry 16/16 after); batch 6
// (owng, a hinted gender against the person's own "his") 2/4 on its
// first run, left known; batch 7 (compare, a person named only as a
// likeness, "such writers as X") 4/5 on its first run, 6/6 with the fix
// and a near miss; batch 8 (shared, a bare surname two people share said
// with "he" or "she" opening its clause) 1/4 on its first run, 4/4 with
// the fix. All: 73/76.

// Mechanisms of the rows still failing.
const (
	j5OwnG    = "own-gender: a first name's usual gender (a hint) is not overridden by the person's own \"his\" or \"her own\" in the sentence: \"his\" after \"Claire Marvin says\" may as well be another man's, and nothing tells the two apart without more of the story"
	j5ObjPron = "gender-tie: \"He said\" after \"Mayor Aldo Brenner met Karl Vesk\" goes to the object: a subject of unknown gender (the invented first name \"Aldo\") ties a nearer object known to be a man, by design (\"Ilse Varga met Tomas Brenn. He said\"); with known first names the subject wins"
)

func TestAuditS15J5(t *testing.T) { runAudit(t, "j5", j5Rows(), *auditKnown) }

func j5Rows() []auditRow {
	var rows []auditRow
	for _, g := range [][]auditRow{j5OrgDesc, j5Pron, j5Descr, j5Agent, j5Turns, j5Outlet, j5Appos, j5Namesake, j5Carry, j5OwnGender, j5Compare, j5Shared} {
		rows = append(rows, g...)
	}
	return rows
}

// A description of a body ("the company", "the firm", "the carrier")
// after the subject body and another body named in an object or a
// comparison: the description is the subject body.
var j5OrgDesc = []auditRow{
	{class: "orgdesc/the company, rival named in the object",
		text: "Tarnwick Motors reported a loss for the quarter. It will compete with Velloran Industries in the south.\n\nThe company said it expects sales to recover next year.",
		want: []quote{{"Tarnwick Motors", auI, "it expects sales to recover next year"}}},
	{class: "orgdesc/the company, rival in a list",
		text: "Brellis Foods will close two plants. The spinoff will compete with Hadley Mills Corp. and Orsk Grain Ltd.\n\nThe company said the closures would cost 200 jobs.",
		want: []quote{{"Brellis Foods", auI, "the closures would cost 200 jobs"}}},
	{class: "orgdesc/the firm, buyer named before",
		text: "Quenton Capital agreed to buy a stake in Marrow Shipping. The firm said it would pay cash for the shares.",
		want: []quote{{"Quenton Capital", auI, "it would pay cash for the shares"}}},
	{class: "orgdesc/the restaurant operator, stock line between",
		text: "Pellow's Inc. fought a takeover bid from Dunmore Holdings. Pellow's lost 2 to 18.\n\nThe restaurant operator said it has redeemed its rights issued Monday.",
		want: []quote{{"Pellow's Inc.", auI, "it has redeemed its rights issued Monday"}}},
	{class: "orgdesc/it said, second body an object",
		text: "Harlan Broadcasting Corp. missed an interest payment to Sorrel Bank. It said it needs to make the payment by June 1.",
		want: []quote{{"Harlan Broadcasting Corp.", auI, "it needs to make the payment by June 1"}}},
	{class: "orgdesc/in May the company said, paragraph later",
		text: "Harlan Broadcasting Corp. missed an interest payment to Sorrel Bank.\n\nIn May, the company said it was seeking offers for its radio stations.",
		want: []quote{{"Harlan Broadcasting Corp.", auI, "it was seeking offers for its radio stations"}}},
	{class: "orgdesc/the company says, person of the company between",
		text: "Drevin Computer Corp. was spun off last year. The documents said Mr. Drevin has worked on the machine for six years.\n\nThere have been no orders so far, though the company says it is talking with several buyers.",
		want: []quote{{"Drevin Computer Corp.", auI, "it is talking with several buyers"}}},
	{class: "orgdesc/the new company said, rivals named",
		text: "Drevin Computer Corp. was spun off last year. The new company will compete with Ostmark Machines Corp. and Japan's Kaito Ltd.\n\nThe new company said it believes there are fewer than 100 buyers.",
		want: []quote{{"Drevin Computer Corp.", auI, "it believes there are fewer than 100 buyers"}}},
	{class: "orgdesc/the bank said, other body is a company",
		text: "Sorrel Bank cut its lending rate. Harlan Broadcasting Corp. welcomed the move.\n\nThe bank said inflation had slowed.",
		want: []quote{{"Sorrel Bank", auI, "inflation had slowed"}}},
	{class: "orgdesc/the agency said, person named between",
		text: "The Corvan Water Agency fined a farm owned by Tomas Ruell. The agency said the farm had polluted the river.",
		want: []quote{{"Corvan Water Agency", auI, "the farm had polluted the river"}}},
	// near misses: the latest body is the one meant.
	{class: "orgdesc/near: the company is the latest subject",
		text: "Velloran Industries sued its supplier. Tarnwick Motors, a rival carmaker, reported a loss.\n\nThe company said it expects sales to recover next year.",
		want: []quote{{"Tarnwick Motors", auI, "it expects sales to recover next year"}}},
	{class: "orgdesc/near: it said after the latest subject",
		text: "Sorrel Bank lent the money. Harlan Broadcasting Corp. missed a payment. It said it would pay by June 1.",
		want: []quote{{"Harlan Broadcasting Corp.", auI, "it would pay by June 1"}}},
}

// A pronoun after two people of the same gender: the subject of the
// previous sentence, not a name in its object.
var j5Pron = []auditRow{
	{class: "pron/he, second man in the object",
		text:  "Mayor Aldo Brenner met the union leader Karl Vesk on Monday. He said the talks had been useful.",
		want:  []quote{{"Aldo Brenner", auI, "the talks had been useful"}},
		known: j5ObjPron},
	{class: "pron/she, second woman in a prepositional phrase",
		text: "Judge Hilde Sorn sentenced the woman after hearing from Maren Tolley. She said the crime had shocked the town.",
		want: []quote{{"Hilde Sorn", auI, "the crime had shocked the town"}}},
	{class: "pron/he, second man in a subordinate clause",
		text: "Pavel Drom, who coached under Ivo Lasker for a decade, left the club in May. He said he was taking the season off.",
		want: []quote{{"Pavel Drom", auI, "he was taking the season off"}}},
	{class: "pron/he, second man in an appositive",
		text: "Ruben Asch, a friend of the playwright Tomas Kell, wrote the memoir. He said he and Kell were apart by then.",
		want: []quote{{"Ruben Asch", auI, "he and Kell were apart by then"}}},
	{class: "pron/he, son after father, separate paragraph",
		text: "Oskar Breen criticised the publisher, which had printed his father Lars Breen's memoir.\n\nHe said he would stop working with the publisher.",
		want: []quote{{"Oskar Breen", auI, "he would stop working with the publisher"}}},
	{class: "pron/she, second woman named in a quote before",
		text: "Clerk Ada Worrin refused the licence. “I told Jana Pell to wait,” Worrin said. She said she had followed the law.",
		want: []quote{{"Ada Worrin", auI, "she had followed the law"}}},
	// near misses: the pronoun is the later subject.
	{class: "pron/near: he after a new subject",
		text: "Mayor Aldo Brenner opened the talks. Karl Vesk, the union leader, left early. He said the offer was too low.",
		want: []quote{{"Karl Vesk", auI, "the offer was too low"}}},
	{class: "pron/near: she, only one woman",
		text: "Judge Hilde Sorn sentenced Tomas Reel on Friday. She said the crime had shocked the town.",
		want: []quote{{"Hilde Sorn", auI, "the crime had shocked the town"}}},
}

// A description for a person named earlier, with another person between.
var j5Descr = []auditRow{
	{class: "descr/the minister, official named later",
		text: "Finance Minister Lena Varro met the central bank governor, Piet Osk, on Tuesday. The minister said the budget would be balanced by 2030.",
		want: []quote{{"Lena Varro", auI, "the budget would be balanced by 2030"}}},
	{class: "descr/the lawyer, client named later",
		text: "Lawyer Hanne Rusk filed the appeal for Dorian Vell on Friday.\n\nThe lawyer said the trial had been unfair.",
		want: []quote{{"Hanne Rusk", auI, "the trial had been unfair"}}},
	{class: "descr/the coach, player named later",
		text: "Coach Tobias Wern dropped the striker Emil Sarn from the squad. The coach said Sarn had missed training.",
		want: []quote{{"Tobias Wern", auI, "Sarn had missed training"}}},
	{class: "descr/the senator, president named in the object",
		text: "Senator Clara Voss wrote to President Arn Hollis about the dam. The senator said the project had been rushed.",
		want: []quote{{"Clara Voss", auI, "the project had been rushed"}}},
	{class: "descr/near: the governor is the second person",
		text: "Finance Minister Lena Varro met the central bank governor, Piet Osk, on Tuesday. The governor said rates would stay high.",
		want: []quote{{"Piet Osk", auI, "rates would stay high"}}},
}

// Someone speaking for another: the agent speaks, not the principal.
var j5Agent = []auditRow{
	{class: "agent/X's lawyer, named, said",
		text: "Dorian Vell was charged with fraud. Vell's lawyer, Hanne Rusk, said her client would plead not guilty.",
		want: []quote{{"Hanne Rusk", auI, "her client would plead not guilty"}}},
	{class: "agent/a lawyer for X, named, said",
		text: "Dorian Vell was charged with fraud. A lawyer for Vell, Hanne Rusk, said the charges were baseless.",
		want: []quote{{"Hanne Rusk", auI, "the charges were baseless"}}},
	{class: "agent/X's office said, for an official",
		text: "Prosecutor Alma Greve charged the driver. Greve's office said he would appear in court next month.",
		want: []quote{{"Alma Greve", auI, "he would appear in court next month"}}},
	{class: "agent/spokesman for X, named, said",
		text: "Governor Ivo Marsh vetoed the bill. His spokesman, Rolf Brandt, said the governor would explain the veto on Monday.",
		want: []quote{{"Rolf Brandt", auI, "the governor would explain the veto on Monday"}}},
}

// Turns of a debate: the speaker of each turn.
var j5Turns = []auditRow{
	{class: "turns/X said, Y countered that, he added",
		text: "Councillor Bram Ostin said the tram plan was too costly. Councillor Jens Kalt countered that the city could not afford to wait. He added that buses were already full.",
		want: []quote{
			{"Bram Ostin", auI, "the tram plan was too costly"},
			{"Jens Kalt", auI, "the city could not afford to wait"},
			{"Jens Kalt", auI, "buses were already full"}}},
	{class: "turns/X argued, Y replied that, she said",
		text: "Professor Irma Lund argued that the study was flawed. Its author, Greta Sollis, replied that the data were sound. She said the critics had misread the tables.",
		want: []quote{
			{"Irma Lund", auI, "the study was flawed"},
			{"Greta Sollis", auI, "the data were sound"},
			{"Greta Sollis", auI, "the critics had misread the tables"}}},
	{class: "turns/X said, but Y said, X said later",
		text: "Union leader Karl Vesk said the strike would go ahead. But Mayor Aldo Brenner said a deal was close.\n\nVesk later said the members would vote on Friday.",
		want: []quote{
			{"Karl Vesk", auI, "the strike would go ahead"},
			{"Aldo Brenner", auI, "a deal was close"},
			{"Karl Vesk", auI, "the members would vote on Friday"}}},
}

// Batch 2, written with the fix for the outlet-company rows above: a
// company in the news trade named with a legal form ("Harlan
// Broadcasting Corp.") speaks as a company; a nation's broadcaster
// stays an outlet whose report is nobody's speech.
var j5Outlet = []auditRow{
	{class: "outlet/trade company says",
		text: "Harlan Broadcasting Corp. said it would sell its radio stations.",
		want: []quote{{"Harlan Broadcasting Corp.", auI, "it would sell its radio stations"}}},
	{class: "outlet/newspaper company, the company said",
		text: "Orlen Newspapers Inc. missed a debt payment. The company said it was talking to its banks.",
		want: []quote{{"Orlen Newspapers Inc.", auI, "it was talking to its banks"}}},
	{class: "outlet/near: according to a nation's broadcaster",
		text: "Minister Edda Quayle has resigned, according to the Canadian Broadcasting Corp.",
		want: []quote{{"", auI, "Minister Edda Quayle has resigned"}}},
	{class: "outlet/near: a nation's broadcaster reported that",
		text: "The Australian Broadcasting Corp. reported that the dam had failed.",
		want: []quote{{"", auI, "the dam had failed"}}},
}

// Batch 3, written with the fix for "he" after a name inside another's
// apposition ("Ruben Asch, a friend of the playwright Tomas Kell,
// wrote"): relations crossed with the pronoun's frames, and near misses
// where the inner name is the only one of the pronoun's gender or the
// apposition names no relation.
var j5Appos = []auditRow{
	{class: "appos/a colleague of, he said",
		text: "Robert Asch, a colleague of the physicist Thomas Kell, signed the letter. He said the funding cuts were reckless.",
		want: []quote{{"Robert Asch", auI, "the funding cuts were reckless"}}},
	{class: "appos/the sister of, she said",
		text: "Maria Lenz, the sister of the singer Anna Roth, gave the speech. She said the festival had saved the town.",
		want: []quote{{"Maria Lenz", auI, "the festival had saved the town"}}},
	{class: "appos/a lawyer for, he told",
		text: "Peter Hale, a lawyer for the builder John Crane, filed the claim. He told the court the contract was void.",
		want: []quote{{"Peter Hale", auI, "the contract was void"}}},
	{class: "appos/the former coach of, he added",
		text: "Michael Dunn, the former coach of the boxer David Orme, watched the fight. He added that the referee had stopped it too early.",
		want: []quote{{"Michael Dunn", auI, "the referee had stopped it too early"}}},
	{class: "appos/near: the inner name the only woman",
		text: "Robert Asch, a friend of the singer Maria Kell, wrote the memoir. She said the book was unfair to her.",
		want: []quote{{"Maria Kell", auI, "the book was unfair to her"}}},
	{class: "appos/near: the inner name is a new subject",
		text: "Robert Asch wrote the memoir. Thomas Kell, the playwright, read it. He said the book was unfair.",
		want: []quote{{"Thomas Kell", auI, "the book was unfair"}}},
}

// Batch 4, written with the fix for "Mr. Drevin" taken for "Drevin
// Computer Corp.": a name after an honorific is a person, never the
// company sharing its word; a bare word is still the company's short form.
var j5Namesake = []auditRow{
	{class: "namesake/Mr. X after X Corp., the company said",
		text: "Halden Foods Inc. cut 300 jobs. Mr. Halden founded it in 1961.\n\nThe company said the plant was too old.",
		want: []quote{{"Halden Foods Inc.", auI, "the plant was too old"}}},
	{class: "namesake/founder named in full, Mr. X said",
		text: "Drevin Computer Corp. was founded by Seymour Drevin. Mr. Drevin said the machine would ship in May.",
		want: []quote{{"Seymour Drevin", auI, "the machine would ship in May"}}},
	{class: "namesake/Ms. X said, after X Inc.",
		text: "Orsk Tools Inc. was sold on Monday. Ms. Orsk said she was sad to see it go.",
		want: []quote{{"Orsk", auI, "she was sad to see it go"}}},
	{class: "namesake/near: bare short form is the company",
		text: "Halden Foods Inc. cut 300 jobs. Halden said the plant was too old.",
		want: []quote{{"Halden Foods Inc.", auI, "the plant was too old"}}},
}

// Batch 5, after the fixes, crossing the carried-on subject ("It", "The
// spinoff", "The unit" opening the sentence that names the nearer body)
// with four heads, and near misses where a new named subject comes
// between or the only body is an object.
var j5Carry = []auditRow{
	{class: "carry/carmaker, \"It will\"",
		text: "Tarnwick Motors reported a loss for the year. It will compete with Velloran Industries in the south.\n\nThe carmaker said it expects sales to recover.",
		want: []quote{{"Tarnwick Motors", auI, "it expects sales to recover"}}},
	{class: "carry/carmaker, \"The spinoff\"",
		text: "Tarnwick Motors reported a loss for the year. The spinoff will compete with Velloran Industries and others.\n\nThe carmaker said it expects sales to recover.",
		want: []quote{{"Tarnwick Motors", auI, "it expects sales to recover"}}},
	{class: "carry/carmaker, \"The unit\"",
		text: "Tarnwick Motors reported a loss for the year. The unit has signed a supply deal with Velloran Industries.\n\nThe carmaker said it expects sales to recover.",
		want: []quote{{"Tarnwick Motors", auI, "it expects sales to recover"}}},
	{class: "carry/company, \"It will\"",
		text: "Quarrow Foods Inc. reported a loss for the year. It will compete with Marrow Mills Ltd. in the south.\n\nThe company said it expects sales to recover.",
		want: []quote{{"Quarrow Foods Inc.", auI, "it expects sales to recover"}}},
	{class: "carry/company, \"The spinoff\"",
		text: "Quarrow Foods Inc. reported a loss for the year. The spinoff will compete with Marrow Mills Ltd. and others.\n\nThe company said it expects sales to recover.",
		want: []quote{{"Quarrow Foods Inc.", auI, "it expects sales to recover"}}},
	{class: "carry/company, \"The unit\"",
		text: "Quarrow Foods Inc. reported a loss for the year. The unit has signed a supply deal with Marrow Mills Ltd..\n\nThe company said it expects sales to recover.",
		want: []quote{{"Quarrow Foods Inc.", auI, "it expects sales to recover"}}},
	{class: "carry/retailer, \"It will\"",
		text: "Brask Retail Group reported a loss for the year. It will compete with Ostby Stores Inc. in the south.\n\nThe retailer said it expects sales to recover.",
		want: []quote{{"Brask Retail Group", auI, "it expects sales to recover"}}},
	{class: "carry/retailer, \"The spinoff\"",
		text: "Brask Retail Group reported a loss for the year. The spinoff will compete with Ostby Stores Inc. and others.\n\nThe retailer said it expects sales to recover.",
		want: []quote{{"Brask Retail Group", auI, "it expects sales to recover"}}},
	{class: "carry/retailer, \"The unit\"",
		text: "Brask Retail Group reported a loss for the year. The unit has signed a supply deal with Ostby Stores Inc..\n\nThe retailer said it expects sales to recover.",
		want: []quote{{"Brask Retail Group", auI, "it expects sales to recover"}}},
	{class: "carry/firm, \"It will\"",
		text: "Halvern Steel Corp. reported a loss for the year. It will compete with Dunwell Metals in the south.\n\nThe firm said it expects sales to recover.",
		want: []quote{{"Halvern Steel Corp.", auI, "it expects sales to recover"}}},
	{class: "carry/firm, \"The spinoff\"",
		text: "Halvern Steel Corp. reported a loss for the year. The spinoff will compete with Dunwell Metals and others.\n\nThe firm said it expects sales to recover.",
		want: []quote{{"Halvern Steel Corp.", auI, "it expects sales to recover"}}},
	{class: "carry/firm, \"The unit\"",
		text: "Halvern Steel Corp. reported a loss for the year. The unit has signed a supply deal with Dunwell Metals.\n\nThe firm said it expects sales to recover.",
		want: []quote{{"Halvern Steel Corp.", auI, "it expects sales to recover"}}},
	{class: "carry/near: carmaker, a new named subject between",
		text: "Tarnwick Motors reported a loss for the year. Velloran Industries, a rival carmaker, signed a deal with a bank.\n\nThe carmaker said it expects sales to recover.",
		want: []quote{{"Velloran Industries", auI, "it expects sales to recover"}}},
	{class: "carry/near: carmaker, object alone",
		text: "Regulators fined Velloran Industries on Monday.\n\nThe carmaker said it would appeal the fine.",
		want: []quote{{"Velloran Industries", auI, "it would appeal the fine"}}},
	{class: "carry/near: company, a new named subject between",
		text: "Quarrow Foods Inc. reported a loss for the year. Marrow Mills Ltd., a rival company, signed a deal with a bank.\n\nThe company said it expects sales to recover.",
		want: []quote{{"Marrow Mills Ltd.", auI, "it expects sales to recover"}}},
	{class: "carry/near: company, object alone",
		text: "Regulators fined Marrow Mills Ltd. on Monday.\n\nThe company said it would appeal the fine.",
		want: []quote{{"Marrow Mills Ltd.", auI, "it would appeal the fine"}}},
}

// Batch 6: a first name's usual gender contradicted by the person's own
// possessive in the same sentence ("Inventor Claire Marvin says his
// design"), then a pronoun of the other gender with another person of it
// named earlier.
var j5OwnGender = []auditRow{
	{class: "owng/says his design, He also claims",
		text:  "Jack Orme sells paper trays. Inventor Claire Marvin says his design eliminates spills. He also claims the carrier costs less.",
		want:  []quote{{"Claire Marvin", auI, "the carrier costs less"}},
		known: j5OwnG},
	{class: "owng/said his company, He added",
		text: "Mayor Peter Lund opened the plant. Founder Ashley Brant said his company would hire 40 people. He added that wages would be high.",
		want: []quote{{"Ashley Brant", auI, "wages would be high"}}},
	{class: "owng/her own, She said",
		text:  "Coach Tomas Reel picked the team. Captain Jean Harlow thanked her own teammates. She said the title was theirs.",
		want:  []quote{{"Jean Harlow", auI, "the title was theirs"}},
		known: j5OwnG},
	{class: "owng/near: hinted woman, no own pronoun",
		text: "Jack Orme sells paper trays. Inventor Claire Marvin designed a cup holder. He also claims the trays cost less.",
		want: []quote{{"Jack Orme", auI, "the trays cost less"}}},
}

// Batch 7, from a dev miss of the kind: a person named only in a
// comparison ("in the tone of such writers as X", "like X", "compared to
// X") is no one the story follows, and "he" after it is the story's
// subject named before.
var j5Compare = []auditRow{
	{class: "compare/such writers as, he recalls",
		text: "The novelist Peter Orme has written a memoir.\n\nThe book opens in the tone of such writers as Thomas Kell and Robert Asch. As he has said before, he and his wife were apart by then.",
		want: []quote{{"Peter Orme", auI, "he and his wife were apart by then"}}},
	{class: "compare/like X, he said",
		text: "Coach Peter Orme built the team around young players. Like Thomas Kell before him, he picked no stars. He said the team would grow together.",
		want: []quote{{"Peter Orme", auI, "the team would grow together"}}},
	{class: "compare/compared to X, he said",
		text: "Senator Peter Orme spoke for an hour. Critics compared the speech to those of Thomas Kell. He said the bill would pass in May.",
		want: []quote{{"Peter Orme", auI, "the bill would pass in May"}}},
	{class: "compare/in the style of X, she said",
		text: "The singer Anna Roth released her album on Friday. The songs are in the style of Maria Lenz and Ilse Dorn. She said the record took two years.",
		want: []quote{{"Anna Roth", auI, "the record took two years"}}},
	{class: "compare/near: critics such as X, she said",
		text: "Critics such as Anna Roth have attacked the plan. She said the costs had been hidden.",
		want: []quote{{"Anna Roth", auI, "the costs had been hidden"}}},
	{class: "compare/near: X the subject after",
		text: "The novelist Peter Orme has written a memoir. Thomas Kell, the critic, reviewed it. He said the book was too long.",
		want: []quote{{"Thomas Kell", auI, "the book was too long"}}},
}

// Batch 8, from a dev miss of the kind: a bare surname two people share
// ("Orme" for Mia and Ronan Orme), said with a pronoun of one gender in
// its own reported clause ("Orme ... said he would"), is the one of that
// gender.
var j5Shared = []auditRow{
	{class: "shared/bare surname, said he, the man named last",
		text: "Actress Mia Orme starred in the film for a decade.\n\nRonan Orme, a reporter, was angry to learn of the deal. Orme, who had worked with the studio, said he would stop working with it.",
		want: []quote{{"Ronan Orme", auI, "he would stop working with it"}}},
	{class: "shared/bare surname, said she, the woman named last",
		text: "Director Peter Vance made the film.\n\nLena Vance, his daughter, was angry to learn of the deal. Vance, who had worked with the studio, said she would stop working with it.",
		want: []quote{{"Lena Vance", auI, "she would stop working with it"}}},
	{class: "shared/bare surname said, the man named last, same paragraph",
		text: "Actress Mia Orme starred in the film. Her son Ronan Orme was angry. Orme said he would stop working with the studio.",
		want: []quote{{"Ronan Orme", auI, "he would stop working with the studio"}}},
	{class: "shared/near: bare surname, said she, the woman named first",
		text: "Actress Mia Orme starred in the film for a decade.\n\nRonan Orme, a reporter, was angry to learn of the deal. Orme, who had starred in it, said she regretted nothing.",
		want: []quote{{"Mia Orme", auI, "she regretted nothing"}}},
}
