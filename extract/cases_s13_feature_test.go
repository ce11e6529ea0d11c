package extract_test

import (
	"flag"
	"testing"
)

// Session 13, attribution in features and wire copy with many voices (the
// classes of dev-n's 2015 articles and dev-m's 1989 WSJ parts), written
// with fictional people, places and bodies, positives and near misses:
//
//   - joint: "A and B wrote", "Ms. A and Ms. B arguing that", "economists
//     A of X and B of Y said": a joint cue gives no speaker, and neither
//     name becomes one by it;
//
//   - ofbody: "A of the Tarsin-based rights group, Open Hand, told
//     reporters": the person speaks, not the body named after "of";
//
//   - group: "the group added" after a body and a place: the body;
//
//   - body: "according to a Northfield Water Board blog", "the exchange
//     said" after two exchanges: the named body, the latest of its kind;
//
//   - nation: "The U.S. says" after "one U.S. investor, X": the country;
//
//   - far: "he" past a sentence of no one's, after "A said the firm and
//     Mr. B cut the price": A, not B; who: "said A, 22, a student at X who
//     said ...": A; official: "a Finance Ministry official noted": the
//     ministry, as "a Harbour Police spokesman" is the police (rows
//     written after the first pass); former: "the former president" is
//     not "President Yang Shan", in office now; namedoc: "the Tarsin
//     Central Bank's Beige Book indicated": the bank; some: "Several
//     Rovers, including manager X, said": nobody; honorific: "Ms. Harlow"
//     after "Mr. Harlow and his wife, Sue": Sue; aside: "A spokesperson
//     for X (XO) - the unit ... - said": X; opening: "Adds A, a vice
//     president of X: “...”": A.
//
//   - dash: a dash aside between a quotation and its cue ("“...” — to
//     another town, for example — said Ms. Santel"), rows written after
//     the first pass.
const (
	s13feaHinted  = "hinted-name: a first name read as a man's (\"Jordan\") keeps a later \"Ms. Reyes\" apart from Jordan Reyes (so before this branch too)"
	s13feaRelSpan = "relative-span: the clause a \"who said\" inside an apposition reports runs on over the apposition's closing comma into the main verb (\"..., was not surprised\"); the speaker is right"
)

// FIRST-PASS (the first 16 rows, written whole before any fix on this
// branch): 6/16 (0.38): joint 2/7, ofbody 2/4, group 0/2, body 2/3.
// "A and B said/wrote" credited each of the two people, though every gold
// set has a joint cue as nobody's; a person "of" a body in apposition
// lost the quotation to the body; "the group added/said" after a place
// was left to nobody; "the report stated" after the group's report was
// nobody's.

var s13feaKnownFlag = flag.Bool("s13fea.known", false, "TestAuditS13Feature runs its known failures too")

func TestAuditS13Feature(t *testing.T) { runAudit(t, "s13fea", s13feaRows(), *s13feaKnownFlag) }

func s13feaRows() []auditRow {
	return []auditRow{
		// joint cues
		{class: "joint/two surnames wrote",
			text: "Economists Lina Varos of the Tarsin Bank and Oskar Pell of Brennick University studied the bond market.\n\n" +
				"\"The evidence supports the view that traders withdraw quickly,\" Varos and Pell wrote.",
			want: []quote{{"", auD, "The evidence supports the view that traders withdraw quickly,"}}},
		{class: "joint/full names said after",
			text: "Prices on the Tarsin exchange have become harder to read, economists Lina Varos of the Tarsin Bank and Oskar Pell of Brennick University said in their blog.",
			want: []quote{{"", auI, "Prices on the Tarsin exchange have become harder to read"}}},
		{class: "joint/termed in marks",
			text: "Lina Varos and Oskar Pell studied the bond market for a year.\n\nVaros and Pell termed this situation a \"depth illusion.\"",
			want: []quote{{"", auD, "depth illusion."}}},
		{class: "joint/arguing that",
			text: "At the Kettle cafe, Mira Santel, Jon Ardis and Tove Lund, all students, were discussing the vote, with Ms. Santel and Ms. Lund arguing that the mayor had been treated unfairly.",
			want: []quote{{"", auI, "the mayor had been treated unfairly"}}},
		{class: "joint/said with titles",
			text: "Mr. Ardis and Mr. Kolm said the plant would close in May.",
			want: []quote{{"", auI, "the plant would close in May"}}},
		{class: "joint/near miss: one speaker, a firm with and",
			text: "Petra Holm, a partner at Varos and Pell, said the plant would close in May.",
			want: []quote{{"Petra Holm", auI, "the plant would close in May"}}},
		{class: "joint/near miss: one speaker, then another",
			text: "Lina Varos said the plant would close in May, and Oskar Pell agreed.",
			want: []quote{{"Lina Varos", auI, "the plant would close in May"}}},
		{class: "joint/each of a body, said before the clause, after the fix",
			text: "Lina Varos of the Tarsin Bank and Oskar Pell at Brennick University said prices had become harder to read.",
			want: []quote{{"", auI, "prices had become harder to read"}}},
		{class: "joint/near miss: one person of a body with and in its name, after the fix",
			text:     "Matthew Lusk of The Globe and Mail said prices had become harder to read.",
			want:     []quote{{"Matthew Lusk", auI, "prices had become harder to read"}},
			speakers: []string{"Matthew Lusk"}},
		{class: "joint/near miss: a person of a body who spoke alone, after the fix",
			text: "Lina Varos of the Tarsin Bank said prices had become harder to read, and Oskar Pell agreed.",
			want: []quote{{"Lina Varos", auI, "prices had become harder to read"}}},
		{class: "joint/near miss: a person and a body each speak",
			text: "Lina Varos, a farmer from Osk, and the Tarsin Farmers Union said the levy was unfair.",
			want: []quote{{"Lina Varos", auI, "the levy was unfair"}, {"Tarsin Farmers Union", auI, "the levy was unfair"}},
			// The merge (session 13) kept h13-e1's joint rule, which the
			// READMEs' call supports: "X and Y said" is no one's alone,
			// a person and a body too; only "Both X and Y" credits each.
			known: "joint-any: every joined subject but one opened by \"both\" is a joint report"},
		// a dash aside between a quotation and its cue
		{class: "dash/inverted, title and surname",
			text: "At the Kettle cafe, Mira Santel and Jon Ardis, both students, were discussing the vote.\n\n" +
				"“They could obviously go somewhere else” — to another town, for example — said Ms. Santel, 21. “But they want the mayor to decide.”",
			want: []quote{{"Mira Santel", auD, "They could obviously go somewhere else"}, {"Mira Santel", auD, "But they want the mayor to decide."}}},
		{class: "dash/name then said",
			text: "“We will not sell” — not this year, at least — Piet Dambra said.",
			want: []quote{{"Piet Dambra", auD, "We will not sell"}}},
		{class: "dash/full name inverted",
			text: "“The roof leaks” — in three places — said Ilka Morrow, a tenant.",
			want: []quote{{"Ilka Morrow", auD, "The roof leaks"}}},
		{class: "dash/near miss: an aside with its own verb, then more of the clause",
			text: "“The roof leaks” — as the landlord admitted — and nobody came, said Ilka Morrow.",
			want: []quote{{"Ilka Morrow", auM, "“The roof leaks” — as the landlord admitted — and nobody came"}}},
		{class: "dash/near miss: a dash aside and no cue",
			text: "“The roof leaks” — the landlord admitted — and nobody came.\n\nIlka Morrow, a tenant, moved out in May.",
			want: []quote{{"", auD, "The roof leaks"}}, speakers: []string{}},
		// a person "of" a body, the body in apposition
		{class: "ofbody/told, body in apposition",
			text:     "\"I do not expect a trial soon. The police have shown little interest,\" Nadim Sarrar of the Tarsin-based rights organisation, Open Hand, told reporters.",
			want:     []quote{{"Nadim Sarrar", auD, "I do not expect a trial soon. The police have shown little interest,"}},
			speakers: []string{"Nadim Sarrar"}},
		{class: "ofbody/said, body in apposition",
			text:     "\"The courts move slowly,\" Ilse Marrow of the Brennick legal aid group, Fair Counsel, said.",
			want:     []quote{{"Ilse Marrow", auD, "The courts move slowly,"}},
			speakers: []string{"Ilse Marrow"}},
		{class: "ofbody/body without comma",
			text:     "\"The courts move slowly,\" Ilse Marrow of the legal aid group Fair Counsel said.",
			want:     []quote{{"Ilse Marrow", auD, "The courts move slowly,"}},
			speakers: []string{"Ilse Marrow"}},
		{class: "ofbody/reported clause, after the fix",
			text:     "Nadim Sarrar of the Tarsin-based rights group, Open Hand, said the trial had been delayed.",
			want:     []quote{{"Nadim Sarrar", auI, "the trial had been delayed"}},
			speakers: []string{"Nadim Sarrar"}},
		{class: "ofbody/near miss: an unnamed spokesman of the body, after the fix",
			text: "\"The courts move slowly,\" a spokesman of the legal aid group, Fair Counsel, said.",
			want: []quote{{"Fair Counsel", auD, "The courts move slowly,"}}},
		{class: "ofbody/near miss: the body speaks",
			text: "\"The courts move slowly,\" the legal aid group Fair Counsel said.",
			want: []quote{{"Fair Counsel", auD, "The courts move slowly,"}}},
		// "the group" after a body and a place
		{class: "group/added after a place",
			text: "According to rights group Keshet Vale, as the ruling power in the Tarsa Valley, \"Dorrin must keep order\". But few cases have been brought to court, the group added.",
			want: []quote{{"Keshet Vale", auI, "few cases have been brought to court"}}},
		{class: "group/said after a place",
			text: "The rights group Open Hand has monitored the Tarsa Valley since 2010.\n\nFew cases in the Tarsa Valley have reached a court, the group said.",
			want: []quote{{"Open Hand", auI, "Few cases in the Tarsa Valley have reached a court"}}},
		{class: "group/a region named by its side, after the fix",
			text:     "According to the rights organisation Keshet Vale, as the ruling power in the East Bank, \"Dorrin must keep order\". Few cases in the occupied East Bank have been brought to court, the group added.",
			want:     []quote{{"Keshet Vale", auM, "as the ruling power in the East Bank, \"Dorrin must keep order\""}, {"Keshet Vale", auI, "Few cases in the occupied East Bank have been brought to court"}},
			speakers: []string{"Keshet Vale"}},
		{class: "group/near miss: a group left unnamed, after the fix",
			text:     "A group of fans gathered outside the Tarsin stadium on Monday. The ground should stay open, the group said.",
			want:     []quote{{"", auI, "The ground should stay open"}},
			speakers: []string{}},
		{class: "group/near miss: a bank, then a region, after the fix",
			text: "Tarsin Bank opened a branch in the East Bank on Monday. Lending in the region would double, the bank said.",
			want: []quote{{"Tarsin Bank", auI, "Lending in the region would double"}}},
		{class: "group/near miss: a group's leader, after the fix",
			text:     "Rights group leader Ilse Varga said the trial had been delayed.",
			want:     []quote{{"Ilse Varga", auI, "the trial had been delayed"}},
			speakers: []string{"Ilse Varga"}},
		// a country's abbreviated name after a person described by it
		{class: "nation/the U.S. after one U.S. investor, after the fix",
			text: "The talks were stoked by the experience in Osk of one U.S. investor, Tomas Brenn Jr.\n\nMr. Brenn made hay with his troubles in Osk.\n\nThe U.S. says it is anxious for results.",
			want: []quote{{"U.S.", auI, "it is anxious for results"}}},
		{class: "nation/the UK after a UK buyer, after the fix",
			text: "UK buyer Ilse Varga bought the mill in May.\n\nThe UK said it would review the sale.",
			want: []quote{{"UK", auI, "it would review the sale"}}},
		{class: "nation/near miss: the Swiss is the person called Swiss, after the fix",
			text:     "Swiss rival Jonas Kell finished second. The Swiss said the course was too short.",
			want:     []quote{{"Jonas Kell", auI, "the course was too short"}},
			speakers: []string{"Jonas Kell"}},
		// "he" past a sentence of no one's, after one who reported another man
		{class: "far/he after a sentence of no one's, after the fix",
			text: "Piet Dambra, the chief executive, said the firm and Mr. Holm cut the price because they had planned a larger deal.\n\n" +
				"However, the bond market has collapsed, lessening the chance of such a deal.\n\nNow, he said, the group plans to put in more equity.",
			want: []quote{{"Piet Dambra", auI, "the firm and Mr. Holm cut the price because they had planned a larger deal"}, {"Piet Dambra", auI, "the group plans to put in more equity"}}},
		{class: "far/he also said, after the fix",
			text: "Piet Dambra said Tomas Holm had cut the price.\n\nThe bond market has collapsed.\n\nHe also said the group would wait.",
			want: []quote{{"Piet Dambra", auI, "Tomas Holm had cut the price"}, {"Piet Dambra", auI, "the group would wait"}}},
		{class: "far/near miss: the nearer sentence's subject, after the fix",
			text: "Piet Dambra said the plan was sound.\n\nTomas Holm, the mayor, rejected the plan on Monday.\n\nThe council meets in May.\n\nLater, he said the vote would be close.",
			want: []quote{{"Piet Dambra", auI, "the plan was sound"}, {"Tomas Holm", auI, "the vote would be close"}}},
		{class: "far/near miss: a subject who met another, after the fix",
			text: "Piet Dambra met Tomas Holm on Monday.\n\nThe council meets in May.\n\nHe said the vote would be close.",
			want: []quote{{"Piet Dambra", auI, "the vote would be close"}}},
		// "who said" after a description of the person just named
		{class: "who/said X, age, a description who said, after the fix",
			text: "Mayor Ilka Morrow closed the bridge in May.\n\n" +
				"“People smile at you or glare at you,” said Piet Dambra, 22, a student at Tarsin College who said he was taking the semester off. “It has been tense since this started.”",
			want: []quote{{"Piet Dambra", auD, "People smile at you or glare at you,"}, {"Piet Dambra", auI, "he was taking the semester off"}, {"Piet Dambra", auD, "It has been tense since this started."}}},
		{class: "who/a description without an age, after the fix", known: s13feaRelSpan,
			text: "Ilka Morrow, a nurse at the Osk clinic who said she had worked there for years, was not surprised.",
			want: []quote{{"Ilka Morrow", auI, "she had worked there for years"}}},
		{class: "who/near miss: the description's own object, after the fix",
			text: "Ilka Morrow met the mayor, who said the bridge would reopen.",
			want: []quote{{"", auI, "the bridge would reopen"}}},
		// "a <body> official": the body, as "a <body> spokesman" is
		{class: "official/a ministry official noted, after the fix",
			text: "Dorrin's Finance Ministry had set limits on futures.\n\n“Maybe it was not enough,” a Finance Ministry official noted after the surge.",
			want: []quote{{"Finance Ministry", auD, "Maybe it was not enough,"}}},
		{class: "official/says a long-named body's official, after the fix",
			text: "“Just saying the system is wrong means nothing,” says a Ministry of Trade and Industry official.",
			want: []quote{{"Ministry of Trade and Industry", auD, "Just saying the system is wrong means nothing,"}}},
		{class: "official/near miss: an unnamed body's official, after the fix",
			text: "Tomas Brenn left the council in August. An unnamed Harbour Agency official told reporters that the port was shut.",
			want: []quote{{"", auI, "the port was shut"}}},
		{class: "official/near miss: a senior official of a body, after the fix",
			text: "A senior Harbour Agency official said the port was shut.",
			want: []quote{{"", auI, "the port was shut"}}},
		{class: "official/near miss: a place's official, after the fix",
			text:     "A Tarsin official said the port was shut.",
			want:     []quote{{"", auI, "the port was shut"}},
			speakers: []string{}},
		// "the former president" is no one who holds the office now
		{class: "former/not the president in office, after the fix",
			text: "Richard Nolan met Chinese President Yang Shan on Monday. Mr. Nolan is traveling as a private citizen.\n\n" +
				"In his talks, the former president urged the leaders to welcome outside ideas.\n\n“Ideas are going over borders,” he told a group of students.",
			want: []quote{{"", auI, "the leaders to welcome outside ideas"}, {"Richard Nolan", auD, "Ideas are going over borders,"}}},
		{class: "former/near miss: a former president named so, after the fix",
			text: "Former President Ilse Varga met Chinese President Yang Shan. The former president said the talks went well.",
			want: []quote{{"Ilse Varga", auI, "the talks went well"}}},
		{class: "former/near miss: the president, after the fix",
			text: "Richard Nolan met Chinese President Yang Shan on Monday. The president said the talks went well.",
			want: []quote{{"Yang Shan", auI, "the talks went well"}}},
		// a body's named publication speaks for the body
		{class: "namedoc/the bank's Beige Book, an aside, indicated, after the fix",
			text:     "The Tarsin Central Bank’s Beige Book, a summary of economic conditions across the country, indicated that the economy remains sluggish.",
			want:     []quote{{"Tarsin Central Bank", auI, "the economy remains sluggish"}},
			speakers: []string{"Tarsin Central Bank"}},
		{class: "namedoc/the bank's Monthly Bulletin said, after the fix",
			text:     "The Tarsin Central Bank’s Monthly Bulletin said the economy would slow.",
			want:     []quote{{"Tarsin Central Bank", auI, "the economy would slow"}},
			speakers: []string{"Tarsin Central Bank"}},
		{class: "namedoc/near miss: a body's named programme, after the fix",
			text: "The Tarsin Central Bank’s Green Fund said the economy would slow.",
			want: []quote{{"Tarsin Central Bank’s Green Fund", auI, "the economy would slow"}}}, // as before the fix: the fund is no publication
		// some of a team's people, by the team's plural name
		{class: "some/several of a team, including its manager, after the fix",
			text: "Several Rovers, including manager Piet Dambra, said something needs to be done to protect fans.",
			want: []quote{{"", auI, "something needs to be done to protect fans"}}},
		{class: "some/two of a team, after the fix",
			text: "Two Tarsin Rovers said the pitch was poor.",
			want: []quote{{"", auI, "the pitch was poor"}}, speakers: []string{}},
		{class: "some/near miss: the team itself, after the fix",
			text: "The Tarsin Rovers said the pitch was poor.",
			want: []quote{{"Tarsin Rovers", auI, "the pitch was poor"}}},
		// "Ms. X" after "Mr. X": not he; his wife, when named so
		{class: "honorific/Ms. after Mr. and his wife, named, after the fix",
			text: "“The town has suffered,” said Ben Harlow, 77, a pastor. Mr. Harlow and his wife, Sue, trained as teachers.\n\n" +
				"“I hope the clerk wins,” said Charlie Kell, 65.\n\n" +
				"“She is suffering now,” said Ms. Harlow, 78, the pastor’s wife, who said she believed that people could change. “But she will be rewarded.”",
			want: []quote{{"Ben Harlow", auD, "The town has suffered,"}, {"Charlie Kell", auD, "I hope the clerk wins,"},
				{"Sue", auD, "She is suffering now,"}, {"Sue", auI, "she believed that people could change"}, {"Sue", auD, "But she will be rewarded."}}},
		{class: "honorific/Ms. after Mr., no wife named, after the fix",
			text:     "“The town has suffered,” said Ben Harlow, a pastor. Mr. Harlow trained as a teacher.\n\n“She is suffering now,” said Ms. Harlow.",
			want:     []quote{{"Ben Harlow", auD, "The town has suffered,"}, {"Harlow", auD, "She is suffering now,"}},
			speakers: []string{"Ben Harlow", "Harlow"}},
		{class: "honorific/near miss: Ms. after a woman's full name, after the fix",
			text:     "Ilse Varga runs the clinic.\n\n“We are full,” said Ms. Varga.",
			want:     []quote{{"Ilse Varga", auD, "We are full,"}},
			speakers: []string{"Ilse Varga"}},
		{class: "honorific/near miss: Ms. after a name of no known gender, after the fix", known: s13feaHinted,
			text:     "Jordan Reyes runs the clinic.\n\n“We are full,” said Ms. Reyes.",
			want:     []quote{{"Jordan Reyes", auD, "We are full,"}},
			speakers: []string{"Jordan Reyes"}},
		// a spokesperson for a body with its acronym, then a dash aside
		{class: "aside/acronym then dash aside, after the fix",
			text: "A spokesperson for the Tarsin Land Office (TLO) - the defence ministry unit that runs the valley - said that \"the data in the report does not match ours\".",
			want: []quote{{"Tarsin Land Office", auD, "the data in the report does not match ours"}}},
		{class: "aside/near miss: the dash aside alone, after the fix",
			text: "A spokesperson for the Tarsin Land Office - the unit that runs the valley - said the data was wrong.",
			want: []quote{{"Tarsin Land Office", auI, "the data was wrong"}}},
		{class: "aside/near miss: brackets then a dash aside about a person, after the fix",
			text: "Ilse Varga (right) - the clinic's head since May - said the data was wrong.",
			want: []quote{{"Ilse Varga", auI, "the data was wrong"}}},
		// "Adds X, <role>: “...”"
		{class: "opening/adds a name and role, colon, after the fix",
			text:     "Adds Piet Dambra, a senior vice president of Tarsin Trading: “We have a great interest in new ventures.”",
			want:     []quote{{"Piet Dambra", auD, "We have a great interest in new ventures."}},
			speakers: []string{"Piet Dambra"}},
		{class: "opening/says a name, age and role, colon, after the fix",
			text: "Says Ilse Varga, 54, a nurse: “We are full.”",
			want: []quote{{"Ilse Varga", auD, "We are full."}}},
		{class: "opening/near miss: an adverb, a name and role, a verb, colon, after the fix",
			text: "Meanwhile Piet Dambra, a trader, left: “We are full.”",
			want: []quote{{"", auD, "We are full."}}},
		// a named body's blog, report, or unnamed official; the latest exchange
		{class: "body/according to a body's blog",
			text: "Oct 9 (Wirecast) - Trading in city bonds has become harder to read, according to a Northfield Water Board blog published on Friday.",
			want: []quote{{"Northfield Water Board", auI, "Trading in city bonds has become harder to read"}}},
		{class: "body/the exchange said after two",
			text: "The Tarsin Stock Exchange rose on Monday.\n\nThe Brennick Futures Exchange said it plans a new trading halt.\n\nThe exchange said it decided a halt was needed after the fall on Friday.",
			want: []quote{{"Brennick Futures Exchange", auI, "it plans a new trading halt"}, {"Brennick Futures Exchange", auI, "it decided a halt was needed after the fall on Friday"}}},
		{class: "body/the report stated",
			text: "The rights group Open Hand released a report in June.\n\n\"Soldiers often watch and do nothing,\" the report stated.",
			want: []quote{{"Open Hand", auD, "Soldiers often watch and do nothing,"}}},
		{class: "body/the group's report, the next paragraph, after the fix",
			text: "Dorrish rights organisation Yesh Vale says few complaints lead to convictions.\n\n" +
				"In June, the group released a report titled: \"Standing By\", about the army.\n\n" +
				"\"Soldiers often watch and do nothing,\" the report stated.",
			want: []quote{{"Yesh Vale", auI, "few complaints lead to convictions"}, {"Yesh Vale", auD, "Soldiers often watch and do nothing,"}}},
		{class: "body/the report said, paragraphs after a report by a body, after the fix",
			text: "Dorrin has issued 400 orders against farms in the valley, according to a new report by the Tarsin Water Board.\n\n" +
				"The valley is home to around 3,000 farmers.\n\nThe report relies on data from the land office.\n\n" +
				"More than 300 of these orders are still open, the report said.",
			want: []quote{{"Tarsin Water Board", auI, "Dorrin has issued 400 orders against farms in the valley"}, {"Tarsin Water Board", auI, "More than 300 of these orders are still open"}}},
		{class: "body/the study notes, after a study from a university, after the fix",
			text: "Soils in the valley are drying, according to a study from Brennick University.\n\nFarmers disagree.\n\nRainfall has fallen by a third, the study notes.",
			want: []quote{{"Brennick University", auI, "Soils in the valley are drying"}, {"Brennick University", auI, "Rainfall has fallen by a third"}}},
		{class: "body/near miss: another report since, with no author, after the fix",
			text: "Dorrin has issued 400 orders, according to a new report by the Tarsin Water Board.\n\nA second report, leaked in May, tells another story.\n\nMore than 300 orders are still open, the report said.",
			want: []quote{{"", auI, "More than 300 orders are still open"}}},
		{class: "body/near miss: a person's report, the next paragraph, after the fix",
			text: "Ilse Varga, a lawyer, released a report in June.\n\n\"Soldiers often watch and do nothing,\" the report stated.",
			want: []quote{{"", auD, "Soldiers often watch and do nothing,"}}},
		{class: "body/near miss: a report two paragraphs back, after the fix",
			text: "The rights group Open Hand released a report in June.\n\nThe army has not replied.\n\n\"Soldiers often watch and do nothing,\" the report stated.",
			want: []quote{{"", auD, "Soldiers often watch and do nothing,"}}},
	}
}
