package extract_test

import "testing"

// Session 18, helper n3: a fresh audit of WIKINEWS reporting (full stories
// and the short items of its briefs pages), drawn from the classes the
// engine missed on a pool of 24 real Wikinews stories (kept outside the
// repository). Every sentence here is invented: fictional people, places
// and bodies, in the shapes the pool showed, with near misses that must
// not change.
//
// FIRST PASS (engine at f8a1dee, the whole table of 22 rows written first
// and run once): 14/22 (0.64): subj-interrupt 5/8, poss-speech 3/5,
// joint-bodies 3/4, stating 2/3, inverted-short 1/1, police-in-place 0/1.
//
// On the pool itself the engine at f8a1dee scored, before anyone tuned on
// it: speaker F1 0.894, quote recall 0.967, attribution 0.797 (direct
// 0.957/0.818, indirect 0.970/0.812, mixed 1.000/0.600); every
// attribution miss but one gave the quote to nobody.
//
// AFTER this branch's seven fixes (one commit a class, every repository
// score set unchanged but Realnews/validation attribution 0.881 -> 0.887,
// the ten s17 dev pools unchanged): 41/46 rows (0.89, with the rows added
// later; 5 left known with their mechanism), subj-interrupt 8/8,
// and-subject 4/4, poss-speech 6/7, joint-bodies 6/7, stating 7/8,
// police-in-place 5/5, made-by 4/4, inverted-short 1/2, police-later
// 0/1; the pool: speaker F1 0.958, quote recall 0.984, attribution 0.900
// (direct 0.957/0.864, indirect 1.000/0.939, mixed 1.000/0.800), one gold
// alias added ("Police in the West Midlands", a verbatim form of the
// force). Each fixed class's rows were seen failing before its fix.

func n3s18Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// subj-interrupt: the subject's name, then a time word, a parenthetical
	// phrase or a relative clause, then the cue verb.
	add(auditRow{class: "subj-interrupt/day and speech",
		text: "Prime Minister Halvard Ostrem Monday, in a speech to the Tarvik assembly, stated that the levy “will not be raised this year”.",
		want: []quote{{"Halvard Ostrem", auM, "the levy “will not be raised this year”"}}})
	add(auditRow{class: "subj-interrupt/on day and letter",
		text: "Mayor Jonas Brekke on Tuesday, in a letter to residents, said that the bridge would reopen in May.",
		want: []quote{{"Jonas Brekke", auI, "the bridge would reopen in May"}}})
	add(auditRow{class: "subj-interrupt/relative clause order",
		text: "Governor Ilse Varga, who has sharply criticised the plan, has ordered the transport board to review the tender.",
		want: []quote{{"Ilse Varga", auI, "the transport board to review the tender"}}})
	add(auditRow{class: "subj-interrupt/relative clause said",
		text: "Senator Edda Moll, who chairs the budget committee, said the fund was nearly empty.",
		want: []quote{{"Edda Moll", auI, "the fund was nearly empty"}}})
	add(auditRow{class: "subj-interrupt/speaking to",
		text: "Harbour master Tor Lindqvist, speaking to reporters at the quay, said that the ferry would sail at noon.",
		want: []quote{{"Tor Lindqvist", auI, "the ferry would sail at noon"}}})
	add(auditRow{class: "subj-interrupt/title of country",
		text: "The President of Norland Aurel Tamsin Friday, in an address to both chambers, said that the border “will stay open to trade”.",
		want: []quote{{"Aurel Tamsin", auM, "the border “will stay open to trade”"}}})
	add(auditRow{class: "subj-interrupt/near: report which",
		text: "The report, which Edda Moll commissioned last year, said the fund was nearly empty.",
		want: []quote{{"", auI, "the fund was nearly empty"}}})
	add(auditRow{class: "subj-interrupt/near: critics of",
		text: "Critics of Governor Ilse Varga, who took office in May, said the plan was rushed.",
		want: []quote{{"", auI, "the plan was rushed"}}})

	// and-subject: a clause, then ", and" a titled name with its aside,
	// then the cue: the name is the cue's subject, no aside of the clause.
	add(auditRow{class: "and-subject/order",
		text: "The law is expected to face several court challenges, and Norland President Aurel Tamsin, who has sharply criticized the bill, has ordered the Norland Justice Department to determine the legality of the bill.",
		want: []quote{{"Aurel Tamsin", auI, "the Norland Justice Department to determine the legality of the bill"}}})
	add(auditRow{class: "and-subject/said",
		text: "The talks broke down on Friday, and Governor Ilse Varga, who had chaired them, said the unions had walked out.",
		want: []quote{{"Ilse Varga", auI, "the unions had walked out"}}})
	add(auditRow{class: "and-subject/near: second description",
		text: "Ilse Varga, the mayor of Tarvik, and chair of the harbour board, said the unions had walked out.",
		want: []quote{{"Ilse Varga", auI, "the unions had walked out"}}})
	add(auditRow{class: "and-subject/near: two named",
		text: "Ilse Varga, the mayor of Tarvik, and Senator Tomas Brek, a Republican, said the unions had walked out.",
		want: []quote{{"", auI, "the unions had walked out"}}})

	// poss-speech: "Varga's speech argued that ..." is what Varga said.
	for _, c := range []struct{ tag, noun, verb string }{
		{"speech argued", "speech", "argued"},
		{"statement said", "statement", "said"},
		{"letter warned", "letter", "warned"},
		{"remarks suggested", "remarks", "suggested"},
	} {
		add(auditRow{class: "poss-speech/" + c.tag,
			text: "Finance Minister Ilse Varga spoke at the Tarvik forum on Monday.\n\nVarga's " + c.noun + " " + c.verb + " that the tax could not be collected by the towns alone.",
			want: []quote{{"Ilse Varga", auI, "the tax could not be collected by the towns alone"}}})
	}
	add(auditRow{class: "poss-speech/address said",
		text: "President Aurel Tamsin spoke to both chambers on Friday.\n\nTamsin's address said the border would stay open.",
		want: []quote{{"Aurel Tamsin", auI, "the border would stay open"}}})
	add(auditRow{class: "poss-speech/near: the speech",
		text: "Finance Minister Ilse Varga spoke at the Tarvik forum on Monday.\n\nThe speech argued that the tax could not be collected by the towns alone.",
		want: []quote{{"", auI, "the tax could not be collected by the towns alone"}}})
	add(auditRow{class: "poss-speech/near: critics",
		text: "Finance Minister Ilse Varga spoke at the Tarvik forum on Monday.\n\nVarga's critics argued that the tax could not be collected by the towns alone.",
		want: []quote{{"", auI, "the tax could not be collected by the towns alone"}}})

	// joint-bodies: what two named bodies or countries say together has no
	// one speaker; a body whose own name holds "and" is one speaker.
	add(auditRow{class: "joint-bodies/two bodies",
		text: "The Norland government and the Vessa Union have said the trial was politically motivated.",
		want: []quote{{"", auI, "the trial was politically motivated"}}})
	add(auditRow{class: "joint-bodies/two countries",
		text: "Jonas Brekke was jailed in March. Norland and Vessa have said his trial was politically motivated.",
		want: []quote{{"", auI, "his trial was politically motivated"}}})
	add(auditRow{class: "joint-bodies/the two",
		text: "Jonas Brekke was jailed in March. The United Kingdom and the Vessa Union have said his trial was unfair.",
		want: []quote{{"", auI, "his trial was unfair"}}})
	add(auditRow{class: "joint-bodies/country and union",
		text: "Jonas Brekke was jailed in March. The United States and Baltic Union have said his trial was politically motivated.",
		want: []quote{{"", auI, "his trial was politically motivated"}}})
	add(auditRow{class: "joint-bodies/country and council",
		text: "Jonas Brekke was jailed in March. Saudi Arabia and Gulf Council officials have said his trial was fair.",
		want: []quote{{"", auI, "his trial was fair"}}})
	add(auditRow{class: "joint-bodies/near: chamber of two trades",
		text: "The Tarvik Chamber of Trade and Industry said that prices rose in May.",
		want: []quote{{"Tarvik Chamber of Trade and Industry", auI, "prices rose in May"}}})
	add(auditRow{class: "joint-bodies/near: police of two places",
		text: "Harrow and Wyke police said that a knife was found at the scene.",
		want: []quote{{"Harrow and Wyke police", auI, "a knife was found at the scene"}}})

	// stating: a participle cue after the subject's own act.
	add(auditRow{class: "stating/resigned stating",
		text: "Foreign Minister Anja Rell resigned earlier in the week stating she could not work with the cabinet.",
		want: []quote{{"Anja Rell", auI, "she could not work with the cabinet"}}})
	add(auditRow{class: "stating/left stating that",
		text: "Coach Pavel Dunmore left the club on Friday, stating that the board had broken its promises.",
		want: []quote{{"Pavel Dunmore", auI, "the board had broken its promises"}}})
	add(auditRow{class: "stating/stepped down saying",
		text: "Harbour master Tor Lindqvist stepped down on Friday saying that the port board had ignored his warnings.",
		want: []quote{{"Tor Lindqvist", auI, "the port board had ignored his warnings"}}})
	add(auditRow{class: "stating/quit stating",
		text: "Senator Edda Moll quit the coalition stating she would not vote for the levy.",
		want: []quote{{"Edda Moll", auI, "she would not vote for the levy"}}})
	add(auditRow{class: "stating/long adjunct",
		text: "Tomas Brek resigned from his position earlier in the week stating he could not work with Ostrem.",
		want: []quote{{"Tomas Brek", auI, "he could not work with Ostrem"}}})
	add(auditRow{class: "stating/in an after clause",
		text: "The news comes after the Foreign Minister, Tomas Brek, a former judge, resigned from his position earlier in the week stating he could not work with Ostrem.",
		want: []quote{{"Tomas Brek", auI, "he could not work with Ostrem"}}})
	add(auditRow{class: "stating/near: a man saying",
		text: "Anja Rell resigned after a man saying he was her brother called the ministry.",
		want: nil, exact: true})
	add(auditRow{class: "stating/near: saying",
		text: "Coach Pavel Dunmore left the club on Friday, saying the board had broken its promises.",
		want: []quote{{"Pavel Dunmore", auI, "the board had broken its promises"}}})

	// inverted-short: the body's short name after an inverted cue.
	add(auditRow{class: "inverted-short/the guild",
		text: "The Guild of Saint Aldo has accused a rival group of the fire.\n\n\"The rival group set the fire and then fled the town,\" said the Guild in the October 18 press release.",
		want: []quote{{"Guild of Saint Aldo", auD, "The rival group set the fire and then fled the town"}}})

	add(auditRow{class: "inverted-short/officer of the body after",
		text: "The Guild of Saint Aldo accused a rival group of the fire.\n\n\"The rival group set the fire and then fled the town,\" said the Guild in the October 18 press release. On October 17, the President of the Guild of Saint Aldo in Ostby, Ivo Tamm, also accused the group.",
		want: []quote{{"Guild of Saint Aldo", auD, "The rival group set the fire and then fled the town"}}})

	// police-later: "the police" before the text names its one force.
	add(auditRow{class: "police-later/spokeswoman for the police",
		text: "A man was arrested at the bank on Thursday. According to a spokeswoman for the police, “a device of some kind has been removed from this individual.”\n\nAccording to a statement from Harrowby Constabulary: “Safety was paramount.”",
		want: []quote{
			{"Harrowby Constabulary", auD, "a device of some kind has been removed from this individual."},
			{"Harrowby Constabulary", auD, "Safety was paramount."},
		}})

	// made-by: a statement "made by" someone, then a naming participle.
	add(auditRow{class: "made-by/statements made by calling",
		text: "The row follows statements made by Mayor Ilse Varga calling the council the “most evil” in decades.",
		want: []quote{{"Ilse Varga", auD, "most evil"}}})
	add(auditRow{class: "made-by/statements issued by saying",
		text: "The vote came after statements issued by Senator Edda Moll saying that the levy would ruin the harbour.",
		want: []quote{{"Edda Moll", auI, "the levy would ruin the harbour"}}})
	add(auditRow{class: "made-by/near: statements from",
		text: "Statements from the ministry said the dam was safe.",
		want: []quote{{"", auI, "the dam was safe"}}})
	add(auditRow{class: "made-by/near: a statement made by",
		text: "The row follows a statement made by Mayor Ilse Varga calling the council the “most evil” in decades.",
		want: []quote{{"Ilse Varga", auD, "most evil"}}})

	// police-in-place: the police of a named place with its article, a
	// time word and the country after it; the force's own name when the
	// text gives it too.
	add(auditRow{class: "police-in-place/in region in country today",
		text: "Police in the Harrowby district in Norland today said nearly 40 kilograms of cannabis had been seized from a farm.",
		want: []quote{{"Police in the Harrowby district", auI, "nearly 40 kilograms of cannabis had been seized from a farm"}}})
	add(auditRow{class: "police-in-place/the place",
		text: "Police in the West Harrowby said a man had been arrested at the port.",
		want: []quote{{"Police in the West Harrowby", auI, "a man had been arrested at the port"}}})
	add(auditRow{class: "police-in-place/force named later",
		text: "Police in the West Harrowby in Norland today said nearly 40 kilograms of cannabis had been seized.\n\nWest Harrowby Police reported finding six boxes. “The boxes were hidden under foam,” the force said.",
		want: []quote{
			{"West Harrowby Police", auI, "nearly 40 kilograms of cannabis had been seized"},
			{"West Harrowby Police", auD, "The boxes were hidden under foam"},
		}})
	add(auditRow{class: "police-in-place/near: a country's police",
		text: "Police in the United States said a man had been arrested at the port.",
		want: []quote{{"", auI, "a man had been arrested at the port"}}})
	add(auditRow{class: "police-in-place/near: officials",
		text: "Officials in the West Harrowby said a man had been arrested at the port.",
		want: []quote{{"", auI, "a man had been arrested at the port"}}})
	for i := range rows {
		if k, ok := n3s18Known[rows[i].class]; ok {
			rows[i].known = k
		}
	}
	return rows
}

// n3s18Known lists the rows still failing, by class, with the mechanism.
var n3s18Known = map[string]string{
	"inverted-short/officer of the body after": "short-later: \"said the Guild\" goes to nobody when the next sentence names an officer \"of the Guild of Saint Aldo in Ostby\"",
	"police-later/spokeswoman for the police":  "police-later: \"the police\" is not linked to the one force the next paragraph names",
	"stating/in an after clause":               "after-clause: the subject of a clause after \"comes after\" is not found for its participle cue",
	"poss-speech/remarks suggested":            "remarks-verb: \"Varga's remarks suggested that\" gives no quote at all, \"remarks\" read as a verb",
	"joint-bodies/two bodies":                  "joint-body: two bodies joined by \"and\" as the subject: the last one speaks alone",
}

func TestAuditS18N3(t *testing.T) { runAudit(t, "n3", n3s18Rows(), *auditKnown) }
