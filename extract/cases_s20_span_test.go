package extract_test

import "testing"

// Session 20, helper span: CLAUSE SPANS AND WHAT STANDS BETWEEN SUBJECT,
// CUE AND CLAUSE. The shapes recur across the classified misses of the
// ten session-20 dev pools (kept outside the repository): words between
// the subject and its cue verb (a time or place phrase, a statement
// phrase, adverbs), a relative clause ending in a capitalised noun, and
// padding after a trailing cue ("told reporters here Wednesday", a date
// in brackets). Every sentence here is invented: fictional people,
// places and bodies, with near misses that must not change.
//
// FIRST PASS (engine at f1da3e53, the table's first 21 rows written first
// and run once): 14/21 (0.67): interposed 6/12, padding 4/5, relative
// 4/4. The relative rows pass as invented: the pool's misses of that class
// hang on other words (kept as the report's left rows). Near misses and
// the rows for "two weeks ago", "very firmly" and "also a ..." were added
// with the fixes.
//
// AFTER this branch's seven fixes (one commit a shape; every repository
// score set and the tuned pools unchanged): 44/45 rows (interposed 33/34,
// padding 7/7, relative 4/4; one left known). The ten dev pools pooled:
// speaker F1 0.893 -> 0.897, quote recall 0.932 -> 0.934, attribution
// 0.883 -> 0.885.

func spanRows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// interposed: a phrase with no commas between the subject and its cue.
	add(auditRow{class: "interposed/in a statement released on",
		text: "The Varrow Hockey Board in a statement released on Monday said that the league would resume in May.",
		want: []quote{{"Varrow Hockey Board", auI, "the league would resume in May"}}})
	add(auditRow{class: "interposed/in a statement",
		text: "Tessel Rowing Federation in a statement said the regatta had been cancelled.",
		want: []quote{{"Tessel Rowing Federation", auI, "the regatta had been cancelled"}}})
	add(auditRow{class: "interposed/in a handout issued on",
		text: "The Varrow Hockey Board in a handout issued on Wednesday said the league would resume in May.",
		want: []quote{{"Varrow Hockey Board", auI, "the league would resume in May"}}})
	add(auditRow{class: "interposed/a handout says",
		text: "A police handout issued on Friday says the road will stay closed until Monday.",
		want: []quote{{"", auI, "the road will stay closed until Monday"}}})
	add(auditRow{class: "interposed/near: handed out leaflets",
		text: "Volunteers handed out a handout to voters and said the count was fair.",
		want: []quote{{"", auI, "the count was fair"}}})
	add(auditRow{class: "interposed/unclosed after the meeting",
		text: "Tarn Football Association, after the meeting in Dunmere has instructed the clubs to form a new panel.",
		want: []quote{{"Tarn Football Association", auI, "the clubs to form a new panel"}}})
	add(auditRow{class: "interposed/unclosed following the talks",
		text: "Ivo Brask, following the talks in Dunmere said the deal was close.",
		want: []quote{{"Ivo Brask", auI, "the deal was close"}}})
	add(auditRow{class: "interposed/near: place then after",
		text: "In Dunmere, after the meeting the mayor Ada Lowe said the deal was close.",
		want: []quote{{"Ada Lowe", auI, "the deal was close"}}})
	add(auditRow{class: "interposed/after the meeting in",
		text:  "Minister Oran Kell after the meeting in Dunmere has instructed officials to review the budget.",
		want:  []quote{{"Oran Kell", auI, "officials to review the budget"}},
		known: "after-phrase: \"after\" between subject and verb is read as a clause joiner (sameSubject); a bare prepositional phrase is not skipped"})
	add(auditRow{class: "interposed/on Tuesday",
		text: "Brenna Vos on Tuesday said the bridge would reopen next week.",
		want: []quote{{"Brenna Vos", auI, "the bridge would reopen next week"}}})
	add(auditRow{class: "interposed/not long ago",
		text: "Halden Mining not long ago revealed that it would build a second smelter in Corvo.",
		want: []quote{{"Halden Mining", auI, "it would build a second smelter in Corvo"}}})
	add(auditRow{class: "interposed/while speaking to",
		text: "The federation chief Ilse Marn while speaking to reporters said that the ban was unfair.",
		want: []quote{{"Ilse Marn", auI, "the ban was unfair"}}})
	add(auditRow{class: "interposed/role while talking to",
		text: "The ban surprised the government, the Varrow Sports Board director general Ivo Brask said.\n\nThe VSB director general while talking to reporters said that the ban was unfair.",
		want: []quote{{"Ivo Brask", auI, "The ban surprised the government"}, {"Ivo Brask", auI, "the ban was unfair"}}})
	add(auditRow{class: "interposed/while talking to a paper in marks",
		text: "The ban surprised the government, the Varrow Sports Board director general Ivo Brask said.\n\nThe VSB director general while talking to ‘The Tarn Post’ said that the ban was unfair.",
		want: []quote{{"Ivo Brask", auI, "The ban surprised the government"}, {"Ivo Brask", auI, "the ban was unfair"}}})
	add(auditRow{class: "interposed/role of an earlier name while talking",
		text: "The ban surprised the government as newly appointed director general of the Varrow Sports Board (VSB) Col (retd) Ivo Brask said that the body acted in haste.\n\nThe VSB director general while talking to ‘The Tarn Post’ said that the minister had requested patience.",
		want: []quote{{"Ivo Brask", auI, "the body acted in haste"}, {"Ivo Brask", auI, "the minister had requested patience"}}})
	add(auditRow{class: "interposed/body when asked",
		text: "The Tarn Water Board when asked about the leak said that repairs would start on Monday.",
		want: []quote{{"Tarn Water Board", auI, "repairs would start on Monday"}}})
	add(auditRow{class: "interposed/near: while clause with own subject",
		text: "The board met while Ivo Brask said that the ban was unfair.",
		want: []quote{{"Ivo Brask", auI, "the ban was unfair"}}})
	add(auditRow{class: "interposed/adverbs",
		text: "“We did what we had to do,” Teodor Lask quite passionately said.",
		want: []quote{{"Teodor Lask", auD, "We did what we had to do,"}}})
	add(auditRow{class: "interposed/comma time phrase",
		text: "The Orrin Selection Committee, on Monday, announced that Pell Dray would captain the side.",
		want: []quote{{"Orrin Selection Committee", auI, "Pell Dray would captain the side"}}})
	add(auditRow{class: "interposed/comprising list",
		text: "The Orrin Selection Committee comprising Aldo Fenn, Rika Moss and Tobin Vale, on Monday, announced that Pell Dray would captain the side.",
		want: []quote{{"Orrin Selection Committee", auI, "Pell Dray would captain the side"}}})
	add(auditRow{class: "interposed/comprising no commas",
		text: "The Orrin Selection Committee comprising Aldo Fenn and Rika Moss announced that Pell Dray would captain the side.",
		want: []quote{{"Orrin Selection Committee", auI, "Pell Dray would captain the side"}}})
	add(auditRow{class: "interposed/comprising set off",
		text: "The Tarn Panel, comprising Ivo Dane and Mara Quell, said the report was late.",
		want: []quote{{"Tarn Panel", auI, "the report was late"}}, speakers: []string{"Tarn Panel"}})
	add(auditRow{class: "interposed/near: panel comprising as object",
		text: "Ada Lowe, the chair of the Tarn Panel comprising Ivo Dane and Mara Quell, said the report was late.",
		want: []quote{{"Ada Lowe", auI, "the report was late"}}, speakers: []string{"Ada Lowe"}})
	add(auditRow{class: "interposed/near: chaired a panel comprising",
		text: "Ada Lowe chaired a panel comprising Ivo Dane and Mara Quell and said the report was late.",
		want: []quote{{"Ada Lowe", auI, "the report was late"}}})
	add(auditRow{class: "interposed/long appositive",
		text: "Kaya Renn, also a world bronze medallist in Selvik in 2022, said she would not appeal the ban.",
		want: []quote{{"Kaya Renn", auI, "she would not appeal the ban"}}})
	add(auditRow{class: "interposed/two weeks ago",
		text: "The Corvo Port Authority two weeks ago said the quay would close for repairs.",
		want: []quote{{"Corvo Port Authority", auI, "the quay would close for repairs"}}})
	add(auditRow{class: "interposed/a few days ago",
		text: "Mira Tolle a few days ago announced that she would stand again.",
		want: []quote{{"Mira Tolle", auI, "she would stand again"}}})
	add(auditRow{class: "interposed/very firmly",
		text: "Oskar Penn very firmly denied that the club had been sold.",
		want: []quote{{"Oskar Penn", auI, "the club had been sold"}}})
	add(auditRow{class: "interposed/also appositive",
		text: "Ines Varo, also a member of the Tarn Council, said the vote was rushed.",
		want: []quote{{"Ines Varo", auI, "the vote was rushed"}}, speakers: []string{"Ines Varo"}})
	add(auditRow{class: "interposed/near: ago in clause",
		text: "Mira Tolle said the road closed long ago.",
		want: []quote{{"Mira Tolle", auI, "the road closed long ago"}}})
	add(auditRow{class: "interposed/near: also after quote",
		text: "“We will not sell,” Oskar Penn said, also adding that the club was in good health.",
		want: []quote{{"Oskar Penn", auD, "We will not sell,"}, {"Oskar Penn", auI, "the club was in good health"}}})
	add(auditRow{class: "interposed/near: notice from days ago",
		text: "A notice on the council's website from two days ago said that the outage had been caused by a burst main.",
		want: []quote{{"", auI, "the outage had been caused by a burst main"}}})
	add(auditRow{class: "interposed/near: in Place said",
		text: "Police in Dunmere said the road would stay closed.",
		want: []quote{{"Police in Dunmere", auI, "the road would stay closed"}}})
	add(auditRow{class: "interposed/near: plain",
		text: "The Varrow Hockey Board said that the league would resume in May.",
		want: []quote{{"Varrow Hockey Board", auI, "the league would resume in May"}}})

	// relative: a relative clause after the name ends in a capitalised noun.
	add(auditRow{class: "relative/as a Headteacher",
		text:     "Cllr Ewan Pryce, who spent 20 years as a Headteacher, said the plan would close three schools.",
		want:     []quote{{"Ewan Pryce", auI, "the plan would close three schools"}},
		speakers: []string{"Ewan Pryce"}})
	add(auditRow{class: "relative/as Harbourmaster",
		text:     "Dara Holt, who served as Harbourmaster for a decade, said the quay was unsafe.",
		want:     []quote{{"Dara Holt", auI, "the quay was unsafe"}},
		speakers: []string{"Dara Holt"}})
	add(auditRow{class: "relative/who says then said",
		text: "Mr Tamsin Orde, who says prices are too high, said the council would freeze rates.",
		want: []quote{{"Tamsin Orde", auI, "the council would freeze rates"}, {"Tamsin Orde", auI, "prices are too high"}}})
	add(auditRow{class: "relative/near: works at Body",
		text: "Lina Schaff, who works at Corvel Bank, said rates would rise.",
		want: []quote{{"Lina Schaff", auI, "rates would rise"}}})

	// padding: words after a trailing cue.
	add(auditRow{class: "padding/told reporters here Wednesday",
		text: "“The vaccines will arrive this week,” Health Minister Rafe Toller told reporters here Wednesday.",
		want: []quote{{"Rafe Toller", auD, "The vaccines will arrive this week,"}}})
	add(auditRow{class: "padding/news briefing here",
		text: "“The vaccines will arrive this week,” Rafe Toller said at a news briefing here.",
		want: []quote{{"Rafe Toller", auD, "The vaccines will arrive this week,"}}})
	add(auditRow{class: "padding/date in brackets",
		text: "Cases of fever rose by a third last week, said the Velmar Health Agency on Wednesday (Mar 30).",
		want: []quote{{"Velmar Health Agency", auI, "Cases of fever rose by a third last week"}}})
	add(auditRow{class: "padding/date in brackets, name",
		text: "Cases of fever rose by a third last week, said Health Minister Rafe Toller on Wednesday (June 3).",
		want: []quote{{"Rafe Toller", auI, "Cases of fever rose by a third last week"}}})
	add(auditRow{class: "padding/near: bracketed acronym",
		text: "Cases of fever rose by a third last week, said the Velmar Health Agency (VHA) on Wednesday.",
		want: []quote{{"Velmar Health Agency", auI, "Cases of fever rose by a third last week"}}})
	add(auditRow{class: "padding/near: told reporters Wednesday",
		text: "“The vaccines will arrive this week,” Health Minister Rafe Toller told reporters Wednesday.",
		want: []quote{{"Rafe Toller", auD, "The vaccines will arrive this week,"}}})
	add(auditRow{class: "padding/near: on Wednesday",
		text: "Cases of fever rose by a third last week, said the Velmar Health Agency on Wednesday.",
		want: []quote{{"Velmar Health Agency", auI, "Cases of fever rose by a third last week"}}})
	return rows
}

func TestAuditS20Span(t *testing.T) { runAudit(t, "span", spanRows(), *auditKnown) }
