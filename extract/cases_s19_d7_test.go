package extract_test

import (
	"flag"
	"testing"
)

// Session 19, helper d7: a fresh audit from a pool of 30 excerpts of
// sport, culture, arts, education and transport reporting (national and
// regional papers, club and campus news pages), kept outside the
// repository. Every sentence here is invented: fictional people, places,
// clubs and bodies, in the shapes the pool showed, with near misses that
// must not change.
//
// FIRST PASS (engine at 890dd47a, the table of 26 rows written whole and
// run once): 12/26 (0.46): relative-list 4/5, people-of 5/7,
// office-then-name 1/5, descr-coref 1/5, passive-report 1/2,
// pronoun-mention 0/2.
//
// On the pool itself the engine at 890dd47a (version 20) scored, before
// anyone tuned on it: speaker F1 0.875 (precision 0.913, recall 0.840),
// quote recall 0.962, attribution 0.842 (direct 0.990/0.812, indirect
// 0.912/0.935, mixed 1.000/0.643); 0.881/0.967/0.837 once two gold calls
// were mended (what members of a committee "agreed" is a null quote; "has
// repeated the mantra that" is a nominal form, no quote).
//
// AFTER this branch's fixes (every repository score set and the twelve
// dev pools unchanged at each): 40/46 rows (rows added after the first
// pass: near misses, and the classes station-number, party-alone and
// adverb-passive, each seen failing before its fix); the pool: speaker
// F1 0.952 (precision 0.972, recall 0.932), quote recall 0.967,
// attribution 0.927 (direct 0.931, indirect 0.952, mixed 0.786).

// Mechanisms of the rows still failing.
const (
	d7OfficeName  = "said-by: \"Halvard Ostrem, the minister for Higher Education said by delaying the plan ...\": a clause opening with \"by\" after \"said\" is read as a passive's agent, and the quote is lost"
	d7DescrCoref  = "descr-coref: a description from the speaker's own title or trade (\"the chief selector\", \"the former Calder prop\") after another person was named is linked to nobody; one nobody had goes to the sole speaker"
	d7PronMention = "pron-mention: \"she said\" after a paragraph that only mentions another woman goes to her, not to the woman the story quotes"
	d7Committee   = "committee-of: \"members of the council's transport committee agreed\" credits the council; whether a committee of a named body speaks for it is unsettled in the house rules"
	d7Placed      = "placed-name: \"second-placed Orla Fenwick\" keeps the ranking in the name"
)

func d7s19Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// relative-list: "Varga, who has also played for Tarvik, Oslen and
	// Brekke Rovers, commented:" is Varga's; the clubs at the end of the
	// relative clause are places he has been, never who speaks.
	add(auditRow{class: "relative-list/clubs then colon",
		text:     "Pello Varga, who has also played for Tarvik, Oslen, and Brekke Rovers, commented: “I'm happy to join such a great club.”",
		want:     []quote{{"Pello Varga", auD, "I'm happy to join such a great club."}},
		speakers: []string{"Pello Varga"}})
	add(auditRow{class: "relative-list/surname, clubs then said",
		text:     "Orla Fenwick joined on Friday.\n\nFenwick, who has also coached Tarvik, Oslen and Marrow United, said: “The squad is ready.”",
		want:     []quote{{"Orla Fenwick", auD, "The squad is ready."}},
		speakers: []string{"Orla Fenwick"}})
	add(auditRow{class: "relative-list/two clubs, said that",
		text:     "Jonas Brekke, who played for Calder City and Varno, said that the club would sign two more players.",
		want:     []quote{{"Jonas Brekke", auI, "the club would sign two more players"}},
		speakers: []string{"Jonas Brekke"}})
	add(auditRow{class: "relative-list/person at end",
		text:     "Ilse Marrow, who has worked with Tomas Adler and Pim Orlen, added: “We owe them a great deal.”",
		want:     []quote{{"Ilse Marrow", auD, "We owe them a great deal."}},
		speakers: []string{"Ilse Marrow"}})
	add(auditRow{class: "relative-list/serial comma, people, said that",
		text:     "Ilse Marrow, who has worked with Tomas Adler, Pim Orlen, and Lars Mikkel, said that the choir would tour in May.",
		want:     []quote{{"Ilse Marrow", auI, "the choir would tour in May"}},
		speakers: []string{"Ilse Marrow"}})
	add(auditRow{class: "relative-list/near miss: no relative clause",
		text:     "The winger has played for Tarvik, Oslen and Brekke Rovers.\n\nManager Halvard Ostrem said: “He is a fine player.”",
		want:     []quote{{"Halvard Ostrem", auD, "He is a fine player."}},
		speakers: []string{"Halvard Ostrem"}})

	// people-of: "residents of Tarvik", "recipients of the Orlen Prize",
	// "members of the council's finance committee" are unnamed people;
	// what they say together has no speaker, and the place, prize or
	// body after "of" says nothing.
	add(auditRow{class: "people-of/recipients of a prize",
		text:     "Recipients and sponsors of this year's Faculty Senate Orlen Awards said they were grateful for the help.",
		want:     []quote{{"", auI, "they were grateful for the help"}},
		speakers: []string{}})
	add(auditRow{class: "people-of/members of a body's committee agreed",
		text:     "Members of Calder County Council’s transport committee agreed the fares should rise in May.",
		want:     []quote{{"", auI, "the fares should rise in May"}},
		speakers: []string{},
		known:    d7Committee})
	add(auditRow{class: "people-of/residents of a town",
		text:     "Residents of Tarvik said the new bridge was too narrow for buses.",
		want:     []quote{{"", auI, "the new bridge was too narrow for buses"}},
		speakers: []string{}})
	add(auditRow{class: "people-of/fans of a club",
		text:     "Fans of Brekke Rovers said the ticket prices were too high.",
		want:     []quote{{"", auI, "the ticket prices were too high"}},
		speakers: []string{}})
	add(auditRow{class: "people-of/near miss: spokesman for a body",
		text:     "A spokesman for Calder County Council said the fares would rise in May.",
		want:     []quote{{"Calder County Council", auI, "the fares would rise in May"}},
		speakers: []string{"Calder County Council"}})
	add(auditRow{class: "people-of/near miss: the body's officials",
		text:     "Tarvik Rail Authority officials said the line would reopen in June.",
		want:     []quote{{"Tarvik Rail Authority", auI, "the line would reopen in June"}},
		speakers: []string{"Tarvik Rail Authority"}})
	add(auditRow{class: "people-of/near miss: chairman of a body",
		text:     "Jonas Brekke, chairman of the Tarvik Parish Council, said the bus was a lifeline.",
		want:     []quote{{"Jonas Brekke", auI, "the bus was a lifeline"}},
		speakers: []string{"Jonas Brekke"}})

	// office-then-name: "the MP for Varno North, Mr Pim Adler,
	// maintained that ..." after another MP spoke is Adler's: the name
	// in apposition to the office is the subject, not the last MP.
	add(auditRow{class: "office-then-name/second MP",
		text:     "“We only lent the land,” the Varno West MP Mr Tomas Orlen told the paper.\n\nMeanwhile, the MP for Varno North, Mr Pim Adler, maintained that the land belongs to the state.\n\n“We cannot stop a public project,” he told the paper.",
		want:     []quote{{"Tomas Orlen", auD, "We only lent the land"}, {"Pim Adler", auI, "the land belongs to the state"}, {"Pim Adler", auD, "We cannot stop a public project"}},
		speakers: []string{"Pim Adler", "Tomas Orlen"}})
	add(auditRow{class: "office-then-name/second mayor",
		text:     "Mayor Ilse Varga said the bridge was safe.\n\nThe mayor of Calder, Mr Jonas Brekke, said that the bridge should close.",
		want:     []quote{{"Ilse Varga", auI, "the bridge was safe"}, {"Jonas Brekke", auI, "the bridge should close"}},
		speakers: []string{"Ilse Varga", "Jonas Brekke"}})
	add(auditRow{class: "office-then-name/title chain, adverbs before said",
		text:     "Deputy Director, Information, Tarvik University (TU), Mr. Odo Brannock, yesterday in a statement issued in Tarvik said TU had never charged its students tuition fees.",
		want:     []quote{{"Odo Brannock", auI, "TU had never charged its students tuition fees"}},
		speakers: []string{"Odo Brannock"}})
	add(auditRow{class: "office-then-name/possessive head, place and time before said",
		text:     "Calder’s Head of Information and Protocol, Mr. Lars Mikkel in Varno yesterday, said: “No such decision has been taken.”",
		want:     []quote{{"Lars Mikkel", auD, "No such decision has been taken."}},
		speakers: []string{"Lars Mikkel"}})
	add(auditRow{class: "office-then-name/town known from a body's name",
		text:     "The managements of the Calder Institute of Technology, Varno (CIT) and Tarvik College denied the report.\n\nCIT’s Head of Protocol, Mr. Odo Brannock in Varno yesterday, said: “No such decision has been taken.”",
		want:     []quote{{"Odo Brannock", auD, "No such decision has been taken."}},
		speakers: []string{"Odo Brannock"}})
	add(auditRow{class: "office-then-name/near miss: a description aside after the office",
		text:     "Mayor Ilse Varga said the bridge was safe.\n\nThe mayor, a former engineer, said that the bridge would stay open.",
		want:     []quote{{"Ilse Varga", auI, "the bridge was safe"}, {"Ilse Varga", auI, "the bridge would stay open"}},
		speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "office-then-name/near miss: a body in a statement issued in a place",
		text:     "Tarvik University, in a statement issued in Calder, said fees would not rise.",
		want:     []quote{{"Tarvik University", auI, "fees would not rise"}},
		speakers: []string{"Tarvik University"}})
	add(auditRow{class: "office-then-name/near miss: the statement issued in a place",
		text:     "The statement issued in Calder said fees would not rise.",
		want:     []quote{{"", auI, "fees would not rise"}},
		speakers: []string{}})
	add(auditRow{class: "office-then-name/name then office, said by",
		text:     "However, Halvard Ostrem, the minister for Higher Education said by delaying the plan the universities defeat its purpose.",
		want:     []quote{{"Halvard Ostrem", auI, "by delaying the plan the universities defeat its purpose"}},
		speakers: []string{"Halvard Ostrem"},
		known:    d7OfficeName})

	// descr-coref: a description built from the speaker's own title or
	// nationality ("the chief selector", "the Portuguese tactician",
	// "the former Calder prop") is the person the story gave it to.
	add(auditRow{class: "descr-coref/nationality and trade",
		text:     "Meanwhile, Varno head coach Tomas Adler, a Portuguese, was relieved to have won.\n\n“Today my players showed what they can do,” the Portuguese tactician remarked.",
		want:     []quote{{"Tomas Adler", auD, "Today my players showed what they can do"}},
		speakers: []string{"Tomas Adler"}})
	add(auditRow{class: "descr-coref/former player, added",
		text:     "Assistant Pim Orlen admitted the choice was hard.\n\n“Picking the squad has been tough,” he told reporters.\n\n“It is going to be even tougher,” the former Calder prop added.",
		want:     []quote{{"Pim Orlen", auI, "the choice was hard"}, {"Pim Orlen", auD, "Picking the squad has been tough"}, {"Pim Orlen", auD, "It is going to be even tougher"}},
		speakers: []string{"Pim Orlen"}})
	add(auditRow{class: "descr-coref/own title after another speaker",
		text:     "Chief selector Lars Mikkel said the series had been a bad one.\n\nMikkel was reacting to reports quoting Jonas Brekke as saying the pitches were too hard.\n\n“We should not play the blame game,” the chief selector said.",
		want:     []quote{{"Lars Mikkel", auI, "the series had been a bad one"}, {"Jonas Brekke", auI, "the pitches were too hard"}, {"Lars Mikkel", auD, "We should not play the blame game"}},
		speakers: []string{"Jonas Brekke", "Lars Mikkel"}})
	add(auditRow{class: "descr-coref/colon message",
		text:     "Chief selector Lars Mikkel said the team had been unlucky.\n\nHowever, the chief selector had a message for the players: “Adapt to the conditions.”",
		want:     []quote{{"Lars Mikkel", auI, "the team had been unlucky"}, {"Lars Mikkel", auD, "Adapt to the conditions."}},
		speakers: []string{"Lars Mikkel"},
		known:    d7DescrCoref})
	add(auditRow{class: "descr-coref/wicketkeeper",
		text:     "Calder wicketkeeper Pim Orlen said the pitch had been slow.\n\n“We never found our rhythm,” the wicketkeeper said.",
		want:     []quote{{"Pim Orlen", auI, "the pitch had been slow"}, {"Pim Orlen", auD, "We never found our rhythm"}},
		speakers: []string{"Pim Orlen"}})
	add(auditRow{class: "descr-coref/fly-half after a coach",
		text:     "Coach Ilse Varga said the side was ready.\n\nFly-half Tomas Adler said the scrum had struggled.\n\n“We will fix it,” the fly-half said.",
		want:     []quote{{"Ilse Varga", auI, "the side was ready"}, {"Tomas Adler", auI, "the scrum had struggled"}, {"Tomas Adler", auD, "We will fix it"}},
		speakers: []string{"Ilse Varga", "Tomas Adler"}})
	add(auditRow{class: "descr-coref/near miss: a stage prop",
		text:     "The stage prop, a wooden door, fell during the first act.\n\nDirector Lena Hartov said the show would go on.",
		want:     []quote{{"Lena Hartov", auI, "the show would go on"}},
		exact:    true,
		speakers: []string{"Lena Hartov"}})
	add(auditRow{class: "descr-coref/near miss: a description nobody had",
		text:     "Coach Tomas Adler said the side had played well.\n\n“It was a fair result,” the referee said.",
		want:     []quote{{"Tomas Adler", auI, "the side had played well"}, {"", auD, "It was a fair result"}},
		speakers: []string{"Tomas Adler"},
		known:    d7DescrCoref})

	// passive-report: "were reported by referee X after an incident
	// when ..." is a report to the authorities, not speech; "when" opens
	// no reported clause.
	add(auditRow{class: "passive-report/reported by referee",
		text:     "Ostrem and Brekke were reported by referee Pim Orlen after an incident when Calder met Varno near the end of the season.",
		want:     []quote{},
		exact:    true,
		speakers: []string{}})
	add(auditRow{class: "passive-report/near miss: told by, after, that",
		text:     "Pim Orlen was told by coach Ilse Varga after the match that he would start on Sunday.",
		want:     []quote{{"Ilse Varga", auI, "he would start on Sunday"}},
		speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "passive-report/near miss: described by, as quote",
		text:     "The tackle was described by referee Pim Orlen as “reckless and dangerous”.",
		want:     []quote{{"Pim Orlen", auD, "reckless and dangerous"}},
		speakers: []string{"Pim Orlen"}})
	add(auditRow{class: "passive-report/near miss: reported that",
		text:     "Referee Pim Orlen reported that the two coaches had argued on the touchline.",
		want:     []quote{{"Pim Orlen", auI, "the two coaches had argued on the touchline"}},
		speakers: []string{"Pim Orlen"}})

	// pronoun-mention: "she said" after a paragraph that only mentions
	// another woman (no quote, no cue) goes on being the woman the story
	// is quoting.
	add(auditRow{class: "pronoun-mention/rival mentioned between",
		text:     "Sprinter Ilse Varga said she still hoped to win two golds.\n\n“I am optimistic,” Varga told a news conference.\n\nOne of the qualifiers, second-placed Orla Fenwick faces a doping charge.\n\n“If a lane opens up, I would take it,” she said.",
		want:     []quote{{"Ilse Varga", auI, "she still hoped to win two golds"}, {"Ilse Varga", auD, "I am optimistic"}, {"Ilse Varga", auD, "If a lane opens up, I would take it"}},
		speakers: []string{"Ilse Varga"},
		known:    d7PronMention})
	add(auditRow{class: "pronoun-mention/near miss: the rival speaks",
		text:     "Sprinter Ilse Varga said she still hoped to win two golds.\n\nSecond-placed Orla Fenwick said she would appeal the charge.\n\n“I have done nothing wrong,” she said.",
		want:     []quote{{"Ilse Varga", auI, "she still hoped to win two golds"}, {"Orla Fenwick", auI, "she would appeal the charge"}, {"Orla Fenwick", auD, "I have done nothing wrong"}},
		speakers: []string{"Ilse Varga", "Orla Fenwick"},
		known:    d7Placed})

	// station-number: "told BBC Radio 5 Live" names a station whose
	// name holds a number; the number opens no clause.
	add(auditRow{class: "station-number/told a station, quote before",
		text:     "“We are not nearly as expensive as that,” Tomas Adler told BBC Radio 5 Live.",
		want:     []quote{{"Tomas Adler", auD, "We are not nearly as expensive as that"}},
		exact:    true,
		speakers: []string{"Tomas Adler"}})
	add(auditRow{class: "station-number/told a station, clause after",
		text:     "Tomas Adler told Calder Radio 4 Extra the fares were fair.",
		want:     []quote{{"Tomas Adler", auI, "the fares were fair"}},
		exact:    true,
		speakers: []string{"Tomas Adler"}})
	add(auditRow{class: "station-number/near miss: a number opens the clause",
		text:     "Tomas Adler told the Calder Press 14 people were hurt.",
		want:     []quote{{"Tomas Adler", auI, "14 people were hurt"}},
		exact:    true,
		speakers: []string{"Tomas Adler"}})

	// party-alone: "Labour said" is the party speaking; "Labour" titles
	// no one here, and the quote is not the last speaker's.
	add(auditRow{class: "party-alone/after another speaker",
		text:     "Ms Ilse Varga argued the plan would end fare rises.\n\nLabour said ‘the interests of private firms are being put first’.",
		want:     []quote{{"Ilse Varga", auI, "the plan would end fare rises"}, {"Labour", auD, "the interests of private firms are being put first"}},
		speakers: []string{"Ilse Varga", "Labour"}})
	add(auditRow{class: "party-alone/warned that",
		text:     "Labour warned that rail fares would rise again in January.",
		want:     []quote{{"Labour", auI, "rail fares would rise again in January"}},
		speakers: []string{"Labour"}})
	add(auditRow{class: "party-alone/near miss: party leader",
		text:     "Labour leader Ilse Varga said the plan was unfair.",
		want:     []quote{{"Ilse Varga", auI, "the plan was unfair"}},
		speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "party-alone/near miss: labour costs",
		text:     "Labour costs rose in the spring, the Calder Chamber of Commerce said.",
		want:     []quote{{"Calder Chamber of Commerce", auI, "Labour costs rose in the spring"}},
		speakers: []string{"Calder Chamber of Commerce"}})

	// adverb-passive: "has been roundly mocked for insisting ..." is a
	// passive with its adverb, and the subject's own claim follows "for".
	add(auditRow{class: "adverb-passive/roundly mocked for insisting",
		text:     "Tomas Adler has been roundly mocked for insisting bus fares were \"not nearly as high as has been claimed\".",
		want:     []quote{{"Tomas Adler", auM, "bus fares were \"not nearly as high as has been claimed\""}},
		speakers: []string{"Tomas Adler"}})
	add(auditRow{class: "adverb-passive/heavily criticised for saying",
		text:     "Ilse Varga was heavily criticised for saying that the museum should charge for entry.",
		want:     []quote{{"Ilse Varga", auI, "the museum should charge for entry"}},
		speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "adverb-passive/near miss: active mocked for",
		text:     "Critics roundly mocked Tomas Adler for insisting bus fares were fair, the paper said.",
		want:     []quote{{"", auI, "Critics roundly mocked Tomas Adler for insisting bus fares were fair"}},
		speakers: []string{}})

	return rows
}

var d7Known = flag.Bool("d7.known", false, "TestAuditS19D7 runs its known failures too, to see which a change fixed")

func TestAuditS19D7(t *testing.T) { runAudit(t, "d7", d7s19Rows(), *d7Known) }
