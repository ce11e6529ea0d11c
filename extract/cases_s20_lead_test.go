package extract_test

import "testing"

// Session 20, helper lead: LEAD DESCRIPTIONS NAMED LATER. A story's lead
// describes its speaker ("A judge has described ...", "A Norland trade
// minister has expressed ...", "A lobbyist representing ... has called
// on") and names the holder of that description in a paragraph below
// ("Judge Ilse Varga", "trade minister Piet Holm"). Every sentence here
// is invented: fictional people, places and bodies, in the shapes the
// session-20 dev pools showed, with near misses that must not change.
//
// FIRST PASS (engine at f1da3e53, the table of 11 rows written first and
// run once): 7/11 (0.64): titled 6/8, representing 1/3. (The near miss
// "the one represented speaks below" was added with the representing
// fix, which would otherwise have given the lawyer's words to his client.)
// The spokes rows were written later and run once: 2/3 (the two near
// misses pass; the row to fix was left known until session 26's
// spokespersonNamedBelow, which fixed it and turned the third row).
//
// AFTER this branch's two fixes (representing: holderParticiple and
// namedIn; titled: titledHolderBelow): 20/21, the rows added with each
// fix included. Dev pools (e1-e4, f1-f6) pooled attribution .883 -> .884,
// tuned pools .936 -> .937, every repository score set unchanged.

func leadRows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// titled: the description's head is a title ("judge", "magistrate",
	// "minister"), and the one person of the story titled so is named
	// some paragraphs below, not in the next cue.
	add(auditRow{class: "titled/judge described as",
		text: "A JUDGE has described as “deeply troubling” claims that a man was told by police to plead guilty.\n\n" +
			"The claims were made at Dornby Court during the case of a 40-year-old man from Harlow Quay.\n\n" +
			"When his case was called, the defendant said he wanted to plead guilty.\n\n" +
			"Upon hearing this, Judge Ilse Varga adjourned the case briefly.\n\n" +
			"Judge Varga said the claims were very serious.",
		want: []quote{{"Ilse Varga", auD, "deeply troubling"}}})
	add(auditRow{class: "titled/judge below an untitled speaker",
		text: "Dornby judge concerned over claims police advised guilty plea\n\n" +
			"A JUDGE has described as “extremely serious” claims that a man was told by police to “just plead guilty”.\n\n" +
			"The claims were made during the case of a man who admitted stealing beer from Kessel Foods last month.\n\n" +
			"When his case was called, Ivo Tamm said he wanted to plead guilty.\n\n" +
			"Upon hearing this, Judge Ilse Varga adjourned the case briefly.\n\n" +
			"Judge Varga said the claims were very serious.",
		want: []quote{{"Ilse Varga", auD, "extremely serious"}, {"Ivo Tamm", auI, "he wanted to plead guilty"}}})
	add(auditRow{class: "titled/near: the next speaker holds the title",
		text: "A minister has said the Harlow bridge will be rebuilt.\n\n" +
			"Piet Holm, the transport minister, said work would start in May.\n\n" +
			"The council welcomed the plan.\n\n" +
			"Minister Ada Pirro opened the new school on Friday.",
		want: []quote{{"Piet Holm", auI, "the Harlow bridge will be rebuilt"}}})
	add(auditRow{class: "titled/near: a shadow office below",
		text: "Harlow fares rise\n\n" +
			"The transport secretary said that he understood the “anger” of Harlow's passengers.\n\n" +
			"Fares have risen by an average of 3%.\n\n" +
			"Piet Holm said that he is “moving as fast as I can” on fares.\n\n" +
			"Mr Holm had been accused of “dodging the issue” by shadow transport secretary Ada Pirro.",
		want: []quote{{"Piet Holm", auM, "he understood the “anger” of Harlow's passengers"}}})
	add(auditRow{class: "titled/magistrate slammed",
		text: "The Ostby Authority admitted it had erred after being rebuked in court.\n\n" +
			"A Tarvik magistrate presiding over the fraud trial of a man arrested last week, slammed the Ostby Authority for a “failure to prepare the case” on time.\n\n" +
			"The authority on Tuesday said it had a plan in place.\n\n" +
			"Magistrate Ana Holt, at the Tarvik court, was visibly irked by the delay.\n\n" +
			"“You have had seven days to get the letter ready,” Holt said.",
		want: []quote{{"Ana Holt", auD, "failure to prepare the case"}}})
	add(auditRow{class: "titled/minister expressed far below",
		text: "A Norland trade minister has expressed “deep disappointment” with Vessary for keeping its tariffs on cheese.\n\n" +
			"The tariffs cover a range of goods, including butter and wool.\n\n" +
			"The Dairy Council wrote to the government last month.\n\n" +
			"Council chairman Orm Dale told the government the trade had taken years to build.\n\n" +
			"He urged the government to act.\n\n" +
			"Responding, trade minister Piet Holm said he shared the council's concerns.",
		want: []quote{{"Piet Holm", auD, "deep disappointment"}}})
	add(auditRow{class: "titled/judge said next para",
		text: "A judge has said the Harlow bridge inquiry must be reopened.\n\n" +
			"Judge Tomas Brenn said the evidence was incomplete.",
		want: []quote{{"Tomas Brenn", auI, "the Harlow bridge inquiry must be reopened"}}})

	// near: the description is someone else than the one titled below.
	add(auditRow{class: "titled/near: two judges below",
		text: "A JUDGE has described as “deeply troubling” claims that a man was told by police to plead guilty.\n\n" +
			"The claims were made at Dornby Court during the case of a 40-year-old man.\n\n" +
			"When his case was called, the defendant said he wanted to plead guilty.\n\n" +
			"Judge Ilse Varga adjourned the case, and Judge Oskar Lind heard the second charge.\n\n" +
			"Judge Varga said the claims were very serious.",
		want: []quote{{"", auD, "deeply troubling"}}})
	add(auditRow{class: "titled/near: other title below",
		text: "A lawyer has described as “deeply troubling” claims that a man was told by police to plead guilty.\n\n" +
			"The claims were made at Dornby Court during the case of a 40-year-old man.\n\n" +
			"When his case was called, the defendant said he wanted to plead guilty.\n\n" +
			"Judge Ilse Varga adjourned the case briefly.",
		want: []quote{{"", auD, "deeply troubling"}}})
	add(auditRow{class: "titled/near: minister of another field",
		text: "A Norland health minister has expressed “deep disappointment” with Vessary over its drug prices.\n\n" +
			"The prices cover a range of medicines.\n\n" +
			"The Pharmacy Guild wrote to the government last month.\n\n" +
			"Responding, trade minister Piet Holm said he shared the guild's concerns.",
		want: []quote{{"", auD, "deep disappointment"}}})
	add(auditRow{class: "titled/near: witness word",
		text: "A witness said the school was evacuated at noon.\n\n" +
			"The fire started in the kitchen.\n\n" +
			"Fire chief Ana Holt said the children were calm.",
		want: []quote{{"", auI, "the school was evacuated at noon"}, {"Ana Holt", auI, "the children were calm"}}})

	add(auditRow{class: "titled/near: the titled one named before",
		text: "Judge Oskar Lind opened the Dornby assizes on Monday.\n\n" +
			"A judge has described as “deeply troubling” claims that a man was told by police to plead guilty.\n\n" +
			"The claims were made during the case of a 40-year-old man.\n\n" +
			"When his case was called, the defendant said he wanted to plead guilty.\n\n" +
			"Judge Lind said the assizes would sit until June.",
		want: []quote{{"", auD, "deeply troubling"}}})
	add(auditRow{class: "titled/near: title in a quotation below",
		text: "A judge has described as “deeply troubling” claims that a man was told by police to plead guilty.\n\n" +
			"The claims were made during the case of a 40-year-old man.\n\n" +
			"“I told Judge Ilse Varga everything,” the defendant said.",
		want: []quote{{"", auD, "deeply troubling"}}})

	add(auditRow{class: "titled/near: the lead relays a claim",
		text: "A district judge told a man he would “make an example of him” before refusing bail, it has been claimed in the High Court.\n\n" +
			"The State has agreed to release Ivo Tamm on bail.\n\n" +
			"Judge Ilse Varga also told Mr Tamm he would learn manners, Mr Tamm alleged.",
		want: []quote{{"", auM, "he would “make an example of him” before refusing bail, it has been claimed in the High Court"}}})

	// representing: "a lobbyist representing X", "a group representing
	// X": the head is the word before the participle.
	add(auditRow{class: "representing/lobbyist called on",
		text: "Trade Minister Ada Pirro is weighing her response to the Vessary tariffs.\n\n" +
			"A lobbyist representing Norland's largest exporters has called on the government to take a case against Vessary to the trade court.\n\n" +
			"Ivo Tamm of the Export Forum, which represents Dalby Foods and Orrin Wool, said he believes the tariffs break old commitments.",
		want: []quote{{"Ivo Tamm", auI, "the government to take a case against Vessary to the trade court"},
			{"Ivo Tamm", auI, "he believes the tariffs break old commitments"}}})
	add(auditRow{class: "representing/group warned",
		text: "A group representing Tarvik's fishermen has warned that the new quotas will close harbours.\n\n" +
			"The Tarvik Fishermen's Association said the quotas ignored the science.",
		want: []quote{{"Tarvik Fishermen's Association", auI, "the new quotas will close harbours"}}})
	add(auditRow{class: "representing/near: representing a person",
		text: "A lawyer representing Ivo Tamm has said his client will appeal.\n\n" +
			"Judge Ilse Varga said the ruling would stand.",
		want: []quote{{"", auI, "his client will appeal"}, {"Ilse Varga", auI, "the ruling would stand"}}})

	add(auditRow{class: "representing/near: the one represented speaks below",
		text: "A lawyer representing Ivo Tamm has said his client will appeal.\n\n" +
			"Ivo Tamm said he had done nothing wrong.",
		want: []quote{{"", auI, "his client will appeal"}, {"Ivo Tamm", auI, "he had done nothing wrong"}}})

	// spokes: "..., a Norland spokesman said" in the lead, and in the
	// next paragraph "Norland government spokesman Ivo Tamm said": the
	// same body's spokesman, named. Another body's spokesman keeps the
	// body. Session 26's wire pools named the lead's spokesman as far as
	// three paragraphs down ("a rebel spokesman said ..." and, after a
	// paragraph setting the scene, "Colonel Ardo Venn, spokesman for the
	// rebels, said"), so the third row, once a near miss wanting the
	// body, now wants the man.
	add(auditRow{class: "spokes/same body named next",
		text: "Forty people were killed in clashes in the north, a Norland spokesman said Thursday.\n\n" +
			"“The army regained control of the town,” Norland government spokesman Ivo Tamm said in a statement.",
		want: []quote{{"Ivo Tamm", auI, "Forty people were killed in clashes in the north"}}})
	add(auditRow{class: "spokes/near: other body's spokesman next",
		text: "Forty people were killed in clashes in the north, a Norland spokesman said Thursday.\n\n" +
			"“The toll is wrong,” Tarvik Front spokesman Ivo Tamm said in a statement.",
		want: []quote{{"Norland", auI, "Forty people were killed in clashes in the north"}}})
	add(auditRow{class: "spokes/spokesman named paragraphs later",
		text: "Forty people were killed in clashes in the north, a Norland spokesman said Thursday.\n\n" +
			"The Tarvik Front disputed the toll, saying it could not give a tally.\n\n" +
			"“The army regained control of the town,” Norland spokesman Ivo Tamm said.",
		want: []quote{{"Ivo Tamm", auI, "Forty people were killed in clashes in the north"}}})

	return rows
}

// TestAuditS20Lead runs the lead-description probes.
func TestAuditS20Lead(t *testing.T) {
	runAudit(t, "S20Lead", leadRows(), false)
}
