package extract_test

import (
	"fmt"
	"testing"
)

// Session 17, helper r1: GOVERNMENT, POLITICS AND DIPLOMATIC WIRE
// REPORTING (ministers, spokespeople, parliaments, elections, protests,
// UN bodies). The classes come from the misses on a fresh pool of real
// reporting graded once (kept outside the repository); every row here is
// invented: fictional people, countries, ministries and bodies, a list of
// names and titles crossed with the frames such copy uses, and near
// misses that must not change.
//
// The pool: 27 real wire and broadcaster reports (162 quotes: 71 direct,
// 76 indirect, 15 mixed, 23 with no speaker; 48 speakers), graded once
// before any change: speaker F1 0.907, quote recall 0.889, attribution
// 0.819 (direct 0.915/0.815, indirect 0.882/0.836, mixed 0.800/0.750).
//
// FIRST PASS (the whole table written first and run once, engine at
// 351d05f): 39/66 (0.59): andtitle 12/21, fortitle 11/15, junior 4/8,
// month 4/6, office 4/6, weekday 4/10. Classes written later, each run
// once before its fix: statement 2/5, unnamed 1/3, refusal 2/6, runon
// 5/10, roleback 0/3 (left).
//
// AFTER this branch's fixes (one commit a class, guard rows added with
// each): 104/108, andtitle 20/21, fortitle 19/19, junior 10/10, month
// 9/9, office 12/12, weekday 10/10, statement 5/5, unnamed 3/3, refusal
// 6/6, runon 10/10, roleback 0/3; the four left carry their mechanism.
// The pool after them: speaker F1 0.968, quote recall 0.907, attribution
// 0.912; no repository score set falls.

// Mechanisms of the rows left failing.
const (
	r1RoleBack       = "role-back: \"the minister said\" or \"the opposition leader said\" for a man named by one word and never given the title (\"Idris urged ...\"): the one-word name is no person to the description's fallback, and the words go to nobody"
	r1ListAfterQuote = "list-after-quote: a title that opens with a comma list (\"Sport, Arts and Culture Minister\") right after a closing quotation and its comma is read as the quotation's clause going on, a mixed quote \"“...,” Sport\"; the same title opening the sentence is right"
)

// r1Titles are compound portfolio titles before a name: the "and" inside
// them is the portfolio's, not a list of two people.
var r1AndTitles = []string{
	"Mineral Resources and Energy Minister",
	"Trade and Industry Minister",
	"Justice and Home Affairs Minister",
	"Agriculture, Land Reform and Rural Development Minister",
	"Sport, Arts and Culture Minister",
	"Housing and Local Government Minister",
}

// r1ForTitles are titles "for" a field or body set off after a name; the
// field is no speaker and the title alone refers back to the person.
var r1ForTitles = [][2]string{
	{"Under-Secretary-General for Political Affairs", "Under-Secretary-General"},
	{"Special Representative for Coastal Affairs", "Special Representative"},
	{"Commissioner for Human Rights", "Commissioner"},
	{"High Commissioner for Refugees", "High Commissioner"},
	{"Minister for Housing and Communities", "minister"},
	{"Secretary of State for Northern Affairs", "Secretary of State"},
}

var r1People = []string{"Halvard Ostrem", "Maren Tollefsen", "Dorin Vasko", "Ilse Varga", "Tomas Brenn", "Petra Lund"}

func r1Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// A compound portfolio title before the name.
	for i, t := range r1AndTitles {
		n := r1People[i%len(r1People)]
		add(auditRow{class: "andtitle/says", text: t + " " + n + " says he regrets the remarks he made on Sunday.",
			want: []quote{{n, auI, "he regrets the remarks he made on Sunday"}}, speakers: []string{n}})
		add(auditRow{class: "andtitle/said-that", text: t + " " + n + " said on Tuesday that the plant would close next year.",
			want: []quote{{n, auI, "the plant would close next year"}}, speakers: []string{n}})
		known := ""
		if t == "Sport, Arts and Culture Minister" {
			known = r1ListAfterQuote
		}
		add(auditRow{class: "andtitle/direct", text: "“We will not back down,” " + t + " " + n + " told reporters.",
			want: []quote{{n, auD, "We will not back down"}}, speakers: []string{n}, known: known})
	}
	add(auditRow{class: "andtitle/nm-pair", text: "The mayor of Brenmouth and Energy Minister Maren Tollefsen met on Monday.\n\nTollefsen said the talks had gone well.",
		want: []quote{{"Maren Tollefsen", auI, "the talks had gone well"}}, speakers: []string{"Maren Tollefsen"}})
	add(auditRow{class: "andtitle/nm-critic", text: "Ilse Varga, a critic of Trade and Industry Minister Halvard Ostrem, said the plan was reckless.",
		want: []quote{{"Ilse Varga", auI, "the plan was reckless"}}, speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "andtitle/nm-farmers", text: "Farmers and Energy Minister Maren Tollefsen disagree on the price.\n\n“The price is fair,” Tollefsen said.",
		want: []quote{{"Maren Tollefsen", auD, "The price is fair"}}, speakers: []string{"Maren Tollefsen"}})

	// "Name, Title for Field, verb" and the title alone later.
	for i, tt := range r1ForTitles {
		n := r1People[i%len(r1People)]
		add(auditRow{class: "fortitle/recalled", text: n + ", " + tt[0] + ", recalled that the bridge had been closed for a year.",
			want: []quote{{n, auI, "the bridge had been closed for a year"}}, speakers: []string{n}})
		add(auditRow{class: "fortitle/back", text: n + ", " + tt[0] + ", said the talks would resume on Friday.\n\n“We are not there yet,” the " + tt[1] + " added.",
			want: []quote{{n, auI, "the talks would resume on Friday"}, {n, auD, "We are not there yet"}}, speakers: []string{n}})
	}
	add(auditRow{class: "fortitle/nm-body", text: "A spokesman for the Commission for Human Rights said the report was late.",
		want: []quote{{"Commission for Human Rights", auI, "the report was late"}}, speakers: []string{"Commission for Human Rights"}})
	add(auditRow{class: "fortitle/nm-office", text: "The Office for National Statistics said prices rose by two percent in March.",
		want: []quote{{"Office for National Statistics", auI, "prices rose by two percent in March"}}, speakers: []string{"Office for National Statistics"}})
	add(auditRow{class: "fortitle/nm-lawyer", text: "Tomas Brenn, a lawyer for the Pellan Dockers Union, said the strike would go on.",
		want: []quote{{"Tomas Brenn", auI, "the strike would go on"}}, speakers: []string{"Tomas Brenn"}})

	// A weekday between the subject and its verb, the way some wires
	// write it ("Trump Wednesday said").
	add(auditRow{class: "weekday/title", text: "Tarvian President Dorin Vasko Wednesday said negotiators were travelling to Pellan.",
		want: []quote{{"Dorin Vasko", auI, "negotiators were travelling to Pellan"}}, speakers: []string{"Dorin Vasko"}})
	add(auditRow{class: "weekday/leader", text: "Opposition leader Ilse Varga Tuesday said the vote had been rigged.",
		want: []quote{{"Ilse Varga", auI, "the vote had been rigged"}}, speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "weekday/told", text: "Halvard Ostrem Monday told reporters that the border would stay open.",
		want: []quote{{"Halvard Ostrem", auI, "the border would stay open"}}, speakers: []string{"Halvard Ostrem"}})
	add(auditRow{class: "weekday/org", text: "The Tarvian Foreign Ministry Friday said the ambassador had been summoned.",
		want: []quote{{"Tarvian Foreign Ministry", auI, "the ambassador had been summoned"}}})
	add(auditRow{class: "weekday/announced", text: "Prime Minister Petra Lund Sunday announced that elections would be held next year.",
		want: []quote{{"Petra Lund", auI, "elections would be held next year"}}, speakers: []string{"Petra Lund"}})
	add(auditRow{class: "weekday/mixed", text: "Tarvian President Dorin Vasko Thursday said envoys were travelling \"right now\" for talks.",
		want: []quote{{"Dorin Vasko", auM, "envoys were travelling \"right now\" for talks"}}, speakers: []string{"Dorin Vasko"}})
	add(auditRow{class: "weekday/nm-on", text: "Foreign Minister Maren Tollefsen on Thursday said the envoy had been recalled.",
		want: []quote{{"Maren Tollefsen", auI, "the envoy had been recalled"}}, speakers: []string{"Maren Tollefsen"}})
	add(auditRow{class: "weekday/nm-after", text: "“We are ready,” Dorin Vasko said Wednesday.",
		want: []quote{{"Dorin Vasko", auD, "We are ready"}}, speakers: []string{"Dorin Vasko"}})
	add(auditRow{class: "weekday/nm-arrest", text: "Police Tuesday arrested three men outside the parliament in Brenmouth.", exact: true, speakers: []string{}})
	add(auditRow{class: "weekday/nm-approved", text: "Lawmakers Wednesday approved the bill by 210 votes to 95.", exact: true, speakers: []string{}})

	// A name ending in "Junior" or "Júnior".
	for _, n := range []string{"Adalberto Rocha Junior", "Luis Mendes Júnior", "Carlos Brito Junior"} {
		add(auditRow{class: "junior/told", text: "Pellan Unity Party leader " + n + " told reporters that the count had been rigged.",
			want: []quote{{n, auI, "the count had been rigged"}}, speakers: []string{n}})
		add(auditRow{class: "junior/direct", text: "“It is a one-party state,” " + n + " said on Sunday.",
			want: []quote{{n, auD, "It is a one-party state"}}, speakers: []string{n}})
	}
	add(auditRow{class: "junior/nm-doctors", text: "Junior doctors said they would strike on Monday.",
		want: []quote{{"", auI, "they would strike on Monday"}}, speakers: []string{}})
	add(auditRow{class: "junior/nm-minister", text: "Junior minister Tomas Brenn said the plan was sound.",
		want: []quote{{"Tomas Brenn", auI, "the plan was sound"}}, speakers: []string{"Tomas Brenn"}})

	// A month and its day are a date, not a person named May or June.
	add(auditRow{class: "month/may-aide", text: "Halvard Ostrem said the event was fixed for May 28 but his aide told him that the hall was empty.\n\n“We then moved it,” he said.",
		want: []quote{{"Halvard Ostrem", auD, "We then moved it"}}, speakers: []string{"Halvard Ostrem"}})
	add(auditRow{class: "month/may-officials", text: "The vote was set for May 3, but officials said the ballots had not arrived.",
		want: []quote{{"", auI, "the ballots had not arrived"}}, speakers: []string{}})
	add(auditRow{class: "month/june", text: "The strike began on June 4 and Ilse Varga said it would go on.",
		want: []quote{{"Ilse Varga", auI, "it would go on"}}, speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "month/april-envoy", text: "Talks ran until April 9 and the envoy told reporters that progress was slow.",
		want: []quote{{"", auI, "progress was slow"}}, speakers: []string{}})
	add(auditRow{class: "month/nm-surname", text: "Prime Minister Ilse May said on Tuesday that the budget was sound.",
		want: []quote{{"Ilse May", auI, "the budget was sound"}}, speakers: []string{"Ilse May"}})
	add(auditRow{class: "month/nm-surname-alone", text: "Former prime minister Anna May spoke in Brenmouth.\n\n“We will win,” May told supporters.",
		want: []quote{{"Anna May", auD, "We will win"}}, speakers: []string{"Anna May"}})

	// A ministry's spokesperson's office or press service speaks for the ministry.
	add(auditRow{class: "office/spokes-office", text: "The spokesperson’s office of the Tarvian Foreign Ministry said, “The parties should talk.”",
		want: []quote{{"Tarvian Foreign Ministry", auD, "The parties should talk."}}})
	add(auditRow{class: "office/press-office", text: "The press office of the Pellan Interior Ministry said the march had been banned.",
		want: []quote{{"Pellan Interior Ministry", auI, "the march had been banned"}}})
	add(auditRow{class: "office/press-service", text: "The press service of the Tarvian Foreign Ministry said the envoy had been summoned.",
		want: []quote{{"Tarvian Foreign Ministry", auI, "the envoy had been summoned"}}})
	add(auditRow{class: "office/reported", text: "On Monday, Deputy Minister Oskar Hale met the Pellan envoy, reported the press service of the Tarvian Foreign Ministry.",
		want: []quote{{"Tarvian Foreign Ministry", auI, "On Monday, Deputy Minister Oskar Hale met the Pellan envoy"}}})
	add(auditRow{class: "office/nm-spokes", text: "A spokesperson for the Tarvian Foreign Ministry said the envoy had left.",
		want: []quote{{"Tarvian Foreign Ministry", auI, "the envoy had left"}}})
	add(auditRow{class: "office/inverted-of", text: "Tarvia does not accept the claims in the statement, said spokesperson Oskar Hale of the Tarvian Foreign Ministry at a briefing on Monday.",
		want: []quote{{"Oskar Hale", auI, "Tarvia does not accept the claims in the statement"}}, speakers: []string{"Oskar Hale"}})

	// Added with the for-title fix: a title "of" or "for" its remit with
	// the holder's name after it keeps the name.
	add(auditRow{class: "fortitle/nm-name-after", text: "Secretary of State Oskar Hale said the embassy would reopen.",
		want: []quote{{"Oskar Hale", auI, "the embassy would reopen"}}, speakers: []string{"Oskar Hale"}})
	add(auditRow{class: "fortitle/nm-name-after", text: "Minister for Trade Dorin Vasko said the tariffs would stay.",
		want: []quote{{"Dorin Vasko", auI, "the tariffs would stay"}}, speakers: []string{"Dorin Vasko"}})
	add(auditRow{class: "fortitle/nm-name-after", text: "Minister of Information Lesia Korvin told reporters that the station was closed.",
		want: []quote{{"Lesia Korvin", auI, "the station was closed"}}, speakers: []string{"Lesia Korvin"}})
	add(auditRow{class: "fortitle/nm-peer", text: "The Archbishop of Brenmouth said the cathedral would stay open.",
		want: []quote{{"Archbishop of Brenmouth", auI, "the cathedral would stay open"}}})
	add(auditRow{class: "junior/nm-title-after", text: "Ilse Varga, a Junior Minister, said the plan was sound.",
		want: []quote{{"Ilse Varga", auI, "the plan was sound"}}, speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "junior/later", text: "Pellan Unity Party leader Adalberto Rocha Junior spoke in Brenmouth.\n\n“We were robbed,” Rocha Junior said.",
		want: []quote{{"Adalberto Rocha Junior", auD, "We were robbed"}}, speakers: []string{"Adalberto Rocha Junior"}})
	add(auditRow{class: "month/nm-name-comma", text: "Anna May, the former prime minister, said on Tuesday that the vote was fair.",
		want: []quote{{"Anna May", auI, "the vote was fair"}}, speakers: []string{"Anna May"}})
	add(auditRow{class: "month/nm-title-june", text: "Senator Kaia June told reporters on June 12 that the bill would pass.",
		want: []quote{{"Kaia June", auI, "the bill would pass"}}, speakers: []string{"Kaia June"}})
	add(auditRow{class: "month/date-in-lead", text: "Tarvian voters will go to the polls on May 14, the electoral board said on Monday.",
		want: []quote{{"", auI, "Tarvian voters will go to the polls on May 14"}}, speakers: []string{}})
	add(auditRow{class: "office/inverted-said", text: "The march had been banned, said the press office of the Pellan Interior Ministry.",
		want: []quote{{"Pellan Interior Ministry", auI, "The march had been banned"}}})
	add(auditRow{class: "office/person-office", text: "The spokesman’s office of Tarvian President Dorin Vasko said the visit was off.",
		want: []quote{{"Dorin Vasko", auI, "the visit was off"}}})
	add(auditRow{class: "office/nm-no-owner", text: "The press service said the envoy had left on Monday.",
		want: []quote{{"", auI, "the envoy had left on Monday"}}, speakers: []string{}})

	// The office named again without its body.
	add(auditRow{class: "office/back-press", text: "The press office of the Tarvian Foreign Ministry said, “The parties should talk.”\n\n“Peace is in everyone's interest,” the press office said.",
		want: []quote{{"Tarvian Foreign Ministry", auD, "The parties should talk."}, {"Tarvian Foreign Ministry", auD, "Peace is in everyone's interest"}}})
	add(auditRow{class: "office/back-spokes", text: "The spokesperson’s office of the Pellan Interior Ministry said the march was banned.\n\nThe ban would stay until Friday, the spokesperson’s office said.",
		want: []quote{{"Pellan Interior Ministry", auI, "the march was banned"}, {"Pellan Interior Ministry", auI, "The ban would stay until Friday"}}})
	add(auditRow{class: "office/nm-other-owner", text: "The press office of the Tarvian Foreign Ministry said the envoy had left.\n\nThe Pellan Interior Ministry's press office said the border was closed.",
		want: []quote{{"Tarvian Foreign Ministry", auI, "the envoy had left"}, {"Pellan Interior Ministry", auI, "the border was closed"}}})

	// "the statement said" goes back to the statement brought in before,
	// not to whoever spoke last.
	add(auditRow{class: "statement/joint", text: "“It's up to Pellan now,” said Dorin Vasko.\n\nTarvia on Tuesday agreed to a truce with Pellan, a joint statement by the two sides said.\n\nThe two sides would meet again in Brenmouth, the statement said.",
		want: []quote{{"Dorin Vasko", auD, "It's up to Pellan now"}, {"", auI, "Tarvia on Tuesday agreed to a truce with Pellan"}, {"", auI, "The two sides would meet again in Brenmouth"}}})
	add(auditRow{class: "statement/joint-mixed", text: "“It's up to Pellan now,” said Dorin Vasko.\n\nTarvia agreed to a truce, a joint statement said.\n\nThe two sides agreed to meet \"as soon as possible\", the statement said.",
		want: []quote{{"", auM, "The two sides agreed to meet \"as soon as possible\""}}})
	add(auditRow{class: "statement/issued", text: "“It's up to Pellan now,” said Dorin Vasko.\n\nThe Tarvian Foreign Ministry later issued a statement.\n\nThe two sides would meet again in Brenmouth, the statement said.",
		want: []quote{{"Tarvian Foreign Ministry", auI, "The two sides would meet again in Brenmouth"}}})
	add(auditRow{class: "statement/nm-said-in", text: "Dorin Vasko said in a statement that the talks were over.\n\nIlse Varga said she regretted it.\n\nThe border would stay open, the statement said.",
		want: []quote{{"Dorin Vasko", auI, "the talks were over"}, {"Ilse Varga", auI, "she regretted it"}}})
	add(auditRow{class: "statement/nm-none", text: "“It's up to Pellan now,” said Dorin Vasko.\n\nThe talks would resume in May, the statement said.",
		want: []quote{{"Dorin Vasko", auI, "The talks would resume in May"}}})

	// An unnamed spokesperson named again by the role two paragraphs on,
	// a named man's words in between.
	add(auditRow{class: "unnamed/back", text: "A ministry spokeswoman told the Brenmouth Post the minister did not refuse to answer questions.\n\nThe Post asked one question before Net Radio asked for the figure. Mr Ostrem then walked out of the press conference, asking other media if they had questions.\n\nThe spokeswoman insisted Mr Ostrem had repeatedly asked for more questions before walking out.",
		want: []quote{{"", auI, "the minister did not refuse to answer questions"}, {"", auI, "Mr Ostrem had repeatedly asked for more questions before walking out"}}})
	add(auditRow{class: "unnamed/back-official", text: "A senior official, who asked not to be named, said the border would close on Friday.\n\nTraders in Brenmouth said they had not been told. Ilse Varga, who runs a depot, said she would lose a week's work.\n\n“We cannot keep it open,” the official added.",
		want: []quote{{"", auI, "the border would close on Friday"}, {"Ilse Varga", auI, "she would lose a week's work"}, {"", auD, "We cannot keep it open"}}})
	add(auditRow{class: "unnamed/nm-named-role", text: "A ministry spokeswoman said the minister was abroad.\n\nLater the ministry named its spokeswoman, Ilse Varga.\n\n“He will return on Monday,” the spokeswoman said.",
		want: []quote{{"", auI, "the minister was abroad"}}})

	// A refusal and its reason, no comma before the participle.
	for _, r := range [][2]string{
		{"refused to answer saying", "he would only reply in writing"},
		{"declined to comment saying", "the case was before the courts"},
		{"refused to take questions saying", "he had said enough"},
		{"declined to give details claiming", "the talks were confidential"},
	} {
		add(auditRow{class: "refusal/saying", text: "Halvard Ostrem " + r[0] + " " + r[1] + ".",
			want: []quote{{"Halvard Ostrem", auI, r[1]}}, speakers: []string{"Halvard Ostrem"}})
	}
	add(auditRow{class: "refusal/nm-comma", text: "Halvard Ostrem refused to answer, saying he would only reply in writing.",
		want: []quote{{"Halvard Ostrem", auI, "he would only reply in writing"}}, speakers: []string{"Halvard Ostrem"}})
	add(auditRow{class: "refusal/nm-gerund", text: "Halvard Ostrem refused to stop saying the vote was rigged, Ilse Varga said.",
		want: []quote{{"Ilse Varga", auI, "Halvard Ostrem refused to stop saying the vote was rigged"}}})

	// A quoted clause that opens the reported clause and runs on past the
	// marks: one mixed quote.
	for _, r := range [][3]string{
		{"said that", `"the plan is dead"`, " for now"},
		{"told Ilse Varga that", `"a series of measures will follow"`, " in the coming days and that the warnings were pointless"},
		{"said", `“the border will stay shut”`, " until the vote is counted"},
		{"warned that", `"the talks could collapse"`, " if Pellan walked away"},
		{"said", `"elections would be held"`, " by the end of the year"},
	} {
		add(auditRow{class: "runon/mixed", text: "Dorin Vasko " + r[0] + " " + r[1] + r[2] + ".",
			want: []quote{{"Dorin Vasko", auM, r[1] + r[2]}}, speakers: []string{"Dorin Vasko"}})
	}
	add(auditRow{class: "runon/nm-to", text: `Dorin Vasko said "the talks are over" to reporters in Brenmouth.`,
		want: []quote{{"Dorin Vasko", auD, "the talks are over"}}})
	add(auditRow{class: "runon/nm-at", text: `Dorin Vasko said "the talks are over" at a news conference.`,
		want: []quote{{"Dorin Vasko", auD, "the talks are over"}}})
	add(auditRow{class: "runon/nm-in-statement", text: `Dorin Vasko said "the talks are over" in a statement on Monday.`,
		want: []quote{{"Dorin Vasko", auD, "the talks are over"}}})
	add(auditRow{class: "runon/nm-and", text: `Dorin Vasko said "the talks are over" and walked out of the room.`,
		want: []quote{{"Dorin Vasko", auD, "the talks are over"}}})
	add(auditRow{class: "runon/nm-no-verb", text: `Dorin Vasko said "never again" for the third time.`,
		want: []quote{{"Dorin Vasko", auD, "never again"}}})

	// Left: a title as subject for a man the text names by one word and
	// never titles (the pool's largest class left, see r1RoleBack).
	add(auditRow{class: "roleback/minister", text: "Ostrem urged the media to report accurately.\n\n“Report what is true,” the minister urged.",
		want: []quote{{"Ostrem", auD, "Report what is true"}}, known: r1RoleBack})
	add(auditRow{class: "roleback/minister-said", text: "The Brenmouth Agency recalls the minister walked out on reporters.\n\nOstrem said the claim was untrue.\n\nThe minister said he had only wanted to thank the reporters.",
		want: []quote{{"Ostrem", auI, "he had only wanted to thank the reporters"}}, known: r1RoleBack})
	add(auditRow{class: "roleback/leader", text: "Varga told the assembly that the vote had been rigged.\n\nThe opposition leader said the count was not fair.",
		want: []quote{{"Varga", auI, "the count was not fair"}}, known: r1RoleBack})
	return rows
}

// r1Pending are the rows, by index, still failing, with their mechanism.
var r1Pending = map[int]string{}

func TestAuditS17R1(t *testing.T) {
	rows := r1Rows()
	for i, m := range r1Pending {
		rows[i].known = m
	}
	runAudit(t, "r1", rows, *auditKnown)
}

var _ = fmt.Sprintf
