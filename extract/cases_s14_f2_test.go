package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// The session 14 audit (helper f2) of QUOTE RECALL on dev-o and dev-p (WSJ
// parts 48-96, read for their mechanism only; every sentence below is
// invented). The misses fell into many small classes; probed here:
//
// invdoc: a reported clause ended by an inverted cue whose subject is a
// document, study, survey or poll ("..., says a new study by Pellam
// Research Inc."); the same with a person or a body ("..., says Ann
// Roe", "..., a new study says") was read already. Near misses: "said a
// prayer", "said a few words" after a comma.
//
// FIRST PASS (engine at bd7282e, the whole table run once as written,
// 24 rows): 4/24 (0.17); invdoc 0/20, near 4/4. A document was no
// inverted subject at all ("unnamed" took only groups, roles and generic
// bodies), and after "by <author>, Dayton, Ohio" the town was read as a
// clause. After the fix (placeTail in subject.go, beside h14-e2's docModifier
// for the same cue): 24/24.
//
// gersubj: a reported clause whose subject is a noun in -ing ("said
// spending rose", "said lending will slow", "said profit-taking weighed
// on the market"). FIRST PASS, batch 2 (24 rows, and 4 near misses):
// 2/24, near 4/4; only a modal after "told reporters" passed (through
// another path). An irregular past or a modal right after the -ing noun
// was no verb of its own, and "told reporters lending will slow" took
// "reporters lending" for the subject. After the fix: 24/24, near 4/4.
//
// agent: a plural agent noun the lexicon does not know before a cue in its
// plain form ("Most boosters claim ...", "Stadium detractors claim that
// ..."). FIRST PASS, batch 3 (32 rows, and 6 near misses): 0/32, near
// 6/6; the plain form was no cue after an unknown plural. After the fix
// (agentPluralAt in cues.go, the cue's own check only): 32/32, near 6/6.
// A first try through pluralSubject everywhere, with the word at a
// sentence's start too, cost pages heldout-f speaker F1 0.005 and was
// narrowed; the sentence-start row stays known.
//
// accord: "according to" in mid-sentence between the clause it credits
// and a reason or concession ("..., according to the rating agencies,
// because it includes goodwill"). FIRST PASS, batch 4 (18 rows, and a
// near miss): 0/18, near 1/1; the reason after the phrase was taken as
// the whole report. After the fix (complement.go): 18/18.
//
// lyadv: a present in -s the lexicon does not know after an adverb in -ly
// ("says his design virtually eliminates spilling"). FIRST PASS, batch 5
// (24 rows, and 3 near misses): 16/24, near 3/3; with a bare object the
// adverb hid the subject's head from the agreement check (an object with
// an article or a plural passed by another path). After the fix
// (mannerAdverb in complement.go): 24/24, near 3/3.
//
// market (quote precision): "added" as a price's gain, with a price
// table's fractions ("added 1/2 to 24 3/8 and Tarn Paper gained ...") or
// a day after the points ("which added 6.84 points Tuesday"). FIRST
// PASS, batch 6 (6 rows, and 3 near misses): 3/6, near 3/3; the "/" of a
// fraction and a day broke the check that the amount moved. After the
// fix (movedTo in cues.go): 6/6, near 3/3.
//
// earnings (quote precision): "reported" with a result as its object,
// then its period or comparison ("a net loss of $608,413, or 39 cents a
// share, compared with net income of ..."). FIRST PASS, batch 7 (5 rows,
// and 2 near misses): 1/5, near 2/2; "compared" and "ended" were read as
// the clause's verb. After the fix (complement.go, "compared with" after
// a comma only): 3/5; the two "quarter ended" rows stay known.
//
// voicefor: a clause ended by "says a spokesman for the division" (a body
// described, its head no word the lexicon files as a body). FIRST PASS,
// batch 8 (12 rows, and 2 near misses): 0/12, near 2/2. After the fix
// (tryInverted in subject.go): 12/12, near 2/2. Who the described body is
// (the division named before) is left to the attribution classes.
//
// phrase: a reported clause opening on a phrase with no comma ("As Ann
// Birch notes, by this reasoning a seller could be held liable"), and
// "But as X notes," with a conjunction before the manner clause. FIRST
// PASS, batch 9 (12 rows, and 3 near misses): 0/12, near 3/3. After the
// fix (clauseOpeningPrep in clauseLike; "but/and/yet as" in
// findComplement): 9/12; the three "in the long run" rows stay known.
//
// anddescr: "..., the oil and gas producer said." FIRST PASS, batch 10 (8
// rows, and a near miss): 0/8, near 1/1. Not fixed (see the known note).
//
// posspast: "said her design eliminated spilling last year": a past in -ed
// after a possessive and one noun, with a bare object, was taken for an
// adjective ("its talk of pickled eels"). FIRST PASS, batch 11 (12 rows,
// and 4 near misses): 7/12, near 3/4 (the "long awaited" near miss was
// already a false quote). After the fix (complement.go: the adjective
// reading needs more than one plain noun after the possessive): 11/12.
//
// asidesubj: "said the buy-back, and the high price paid, prove that ...":
// a second subject set off by ", and ...," before the clause's verb.
// FIRST PASS, batch 12 (6 rows, and a near miss): 0/6, near 1/1; the
// ", and" was read as the end of an object and only the clause after
// "that" was kept. After the fix (andAsideThenVerb in complement.go,
// a verb then "that" only): 6/6, near 1/1.
func TestAuditS14F2(t *testing.T) {
	runAudit(t, "s14f2", slices.Concat(f2Rows(), f2GerundRows(), f2AgentRows(), f2AccordingRows(), f2AdverbRows(), f2MarketRows(), f2EarningsRows(), f2VoiceForRows(), f2PhraseRows(), f2AndDescrRows(), f2PossPastRows(), f2AsideSubjRows()), *auditKnown)
}

// f2Rows crosses four reported clauses with inverted document frames, and
// adds near misses that must stay as they are.
func f2Rows() []auditRow {
	rows := []auditRow{}
	clauses := []string{
		"Only 40% of Dorlanders watch the evening news, the lowest share in the region",
		"Most voters in Kessel County favor the new bridge",
		"Rents in the harbor district will climb 8% next year",
		"Farm incomes in the valley fell sharply in 1988",
	}
	frames := []struct{ tail, speaker string }{
		{"says a new study", ""},
		{"says a new study by Pellam Research Inc., Dayton, Ohio", "Pellam Research Inc."},
		{"says a report from Varrow Analytics Corp.", "Varrow Analytics Corp."},
		{"said the survey", ""},
		{"says a recent poll by Tessaly Polling Inc.", "Tessaly Polling Inc."},
	}
	for _, c := range clauses {
		for _, f := range frames {
			rows = append(rows, auditRow{class: "invdoc", text: "The county board met on Monday.\n\n" + c + ", " + f.tail + ".",
				want: []quote{{f.speaker, auI, c}}})
		}
	}
	near := []string{
		"The mayor read the report, said a few words, and sat down.",
		"The bishop lit a candle, said a prayer and left the chapel.",
		"Ann Roe finished the survey, said goodbye and went home.",
		"The clerk filed the study, said nothing and locked the door.",
	}
	for i, n := range near {
		rows = append(rows, auditRow{class: fmt.Sprintf("near/%d", i), text: "The county board met on Monday.\n\n" + n, exact: true})
	}
	return rows
}

// f2GerundRows: a reported clause whose subject is a noun in -ing
// ("spending", "lending", "profit-taking") and whose verb is an irregular
// past, a modal or a past in -ed, crossed with three speaker frames; near
// misses are an -ing noun modifying the cue's object ("announced spending
// cuts", "reported lending rates of 9%") and a participle after a comma.
func f2GerundRows() []auditRow {
	rows := []auditRow{}
	clauses := []string{
		"spending rose sharply in May",
		"lending will slow next year",
		"manufacturing shrank further in October",
		"borrowing fell to a two-year low",
		"hiring would pick up in the spring",
		"profit-taking weighed on the market",
		"shipping could resume within a week",
		"housing starts fell in September",
	}
	frames := []struct{ intro, speaker string }{
		{"Ann Roe, an economist at Tessaly Bank, said", "Ann Roe"},
		{"Traders said", ""},
		{"Oren Vell told reporters", "Oren Vell"},
	}
	for _, c := range clauses {
		for _, f := range frames {
			rows = append(rows, auditRow{class: "gersubj", text: "The county board met on Monday.\n\n" + f.intro + " " + c + ".",
				want: []quote{{f.speaker, auI, c}}})
		}
	}
	near := []string{
		"The Varrow Co. announced spending cuts worth $5 million.",
		"Tessaly Bank reported lending rates of 9% in May.",
		"Ann Roe said nothing, leaving the room before the vote.",
		"The mill announced hiring plans for the spring.",
	}
	for i, n := range near {
		rows = append(rows, auditRow{class: fmt.Sprintf("near/g%d", i), text: "The county board met on Monday.\n\n" + n, exact: true})
	}
	return rows
}

// f2AgentRows: a plural agent noun the lexicon does not know ("boosters",
// "detractors", "skeptics", "bidders") as the unnamed subject of a cue in
// its plain form ("Most boosters claim ...", "Stadium boosters claim that
// ..."), crossed with four frames; the speaker is nobody. Near misses: the
// same nouns with a cue verb that takes a plain object and no clause.
func f2AgentRows() []auditRow {
	rows := []auditRow{}
	nouns := []string{"boosters", "detractors", "skeptics", "doubters", "promoters", "bidders", "shippers", "naysayers"}
	frames := []struct{ pre, cue, clause string }{
		{"Most", "claim", "the new arenas will be moneymakers for the city"},
		{"Stadium", "claim that", "without public money the arenas would never be built"},
		{"Some", "argue", "the tax break will cost the county $40 million"},
		{"Many", "contend that", "the harbor plan is doomed"},
	}
	for _, n := range nouns {
		for _, f := range frames {
			rows = append(rows, auditRow{class: "agent", text: "The county board met on Monday.\n\n" + f.pre + " " + n + " " + f.cue + " " + f.clause + ".",
				want: []quote{{"", auI, f.clause}}, speakers: []string{}})
		}
	}
	rows = append(rows, auditRow{class: "agent/start", text: "The county board met on Monday.\n\nBoosters claim the new arenas will be moneymakers.",
		want:  []quote{{"", auI, "the new arenas will be moneymakers"}},
		known: "sentstart-agent: a capitalised agent plural opening the sentence is left out, as taking it made \"Boosters\" a name and cost pages heldout-f speaker F1 0.005"})
	near := []string{
		"Most bidders report the same problems with the forms.",
		"The shippers claim damages from the port authority.",
		"Skeptics remain unconvinced by the harbor plan.",
		"The promoters admit defeat.",
		"Most papers report the vote on page one.",
		"The orders say nothing about the harbor.",
	}
	for i, n := range near {
		rows = append(rows, auditRow{class: fmt.Sprintf("near/a%d", i), text: "The county board met on Monday.\n\n" + n, exact: true})
	}
	return rows
}

// f2AccordingRows: "according to" in the middle of its sentence, after the
// clause it credits and before a reason or concession ("Carden's capital
// is overstated, according to the rating agencies, because it includes
// goodwill"): the clause before is what the source says. Near misses:
// "according to" opening the sentence, whose clause runs on through
// "because".
func f2AccordingRows() []auditRow {
	rows := []auditRow{}
	clauses := []string{
		"Carden Bank's listed capital is overstated",
		"the harbor bridge will close for a year",
		"Tessaly Mills lost $4 million in the quarter",
	}
	sources := []struct{ phrase, speaker string }{
		{"according to Ann Roe", "Ann Roe"},
		{"according to the rating agencies", ""},
		{"according to Varrow Analytics Corp.", "Varrow Analytics Corp."},
	}
	tails := []string{"because it includes $2 billion of goodwill", "although the figures are not final"}
	for _, c := range clauses {
		for _, src := range sources {
			for _, tail := range tails {
				text := "The county board met on Monday.\n\nIn addition, " + c + ", " + src.phrase + ", " + tail + "."
				rows = append(rows, auditRow{class: "accord", text: text, want: []quote{{src.speaker, auI, c}}})
			}
		}
	}
	rows = append(rows, auditRow{class: "near/c0", text: "The county board met on Monday.\n\nAccording to Ann Roe, the bridge failed because the bolts rusted.",
		want: []quote{{"Ann Roe", auI, "the bridge failed because the bolts rusted"}}, exact: true})
	return rows
}

// f2AdverbRows: a reported clause whose verb is a present in -s the
// lexicon does not know, after an adverb in -ly ("says his design
// virtually eliminates spilling"), crossed with subjects, adverbs and two
// cues. Near misses: an adjective in -ly before a plural noun as the
// cue's object ("reported its quarterly profits").
func f2AdverbRows() []auditRow {
	rows := []auditRow{}
	subjects := []string{"the design", "his design", "the new valve", "their pump"}
	preds := []string{"virtually eliminates spilling", "largely outsells rival brands", "effectively halves the cost"}
	frames := []struct{ intro, speaker string }{
		{"Inventor Ann Roe says", "Ann Roe"},
		{"Oren Vell, a plumber in Kessel, said", "Oren Vell"},
	}
	for _, sub := range subjects {
		for _, p := range preds {
			for _, f := range frames {
				c := sub + " " + p
				rows = append(rows, auditRow{class: "lyadv", text: "The county board met on Monday.\n\n" + f.intro + " " + c + ".",
					want: []quote{{f.speaker, auI, c}}})
			}
		}
	}
	near := []string{
		"Tessaly Mills reported its quarterly profits on Friday.",
		"Ann Roe described the daily routines of the crew.",
		"The firm announced its weekly specials.",
	}
	for i, n := range near {
		rows = append(rows, auditRow{class: fmt.Sprintf("near/l%d", i), text: "The county board met on Monday.\n\n" + n, exact: true})
	}
	return rows
}

// f2MarketRows: "added" as a share's or an index's gain, with the
// fractions of 1989 price tables ("added 1/2 to 24 3/8") or a day after
// the points ("which added 6.84 points Tuesday"): no words were said.
// Near misses: "added" reporting a clause that opens on a number.
func f2MarketRows() []auditRow {
	rows := []auditRow{}
	moves := []string{
		"Mead rose 3/4 to 39 1/2, Kessel Board added 1/2 to 24 3/8 and Tarn Paper gained 1/2 to 48 3/8.",
		"Kessel Board added 3/8 to 24 1/2, while Tarn Paper fell 7/8 to 48 7/8.",
		"The Dorland index, which added 6.84 points Tuesday, was up 5.92 points to close at 3648.82.",
		"The Varrow average added 12.5 points Friday, to 2,650.",
		"Tarn Paper added 1 1/4 to 30 1/8 in heavy trading.",
		"Kessel Mills added 3/4 yesterday.",
	}
	for _, m := range moves {
		rows = append(rows, auditRow{class: "market", text: "Paper stocks were mixed.\n\n" + m, exact: true})
	}
	near := []struct{ text, clause string }{
		{"Ann Roe, the mill's owner, added 40 jobs would be cut.", "40 jobs would be cut"},
		{"Ann Roe added that 3 mills would close Tuesday.", "3 mills would close Tuesday"},
		{"Oren Vell added 2 more plants might close.", "2 more plants might close"},
	}
	for i, n := range near {
		rows = append(rows, auditRow{class: fmt.Sprintf("near/m%d", i), text: "Paper stocks were mixed.\n\n" + n.text,
			want: []quote{{map[bool]string{true: "Ann Roe", false: "Oren Vell"}[i < 2], auI, n.clause}}})
	}
	return rows
}

// f2EarningsRows (quote precision): "reported" or "announced" with a
// result as its object, the period after it a reduced relative ("for the
// quarter ended Sept. 30") or a comparison ("..., compared with ..."):
// no clause was reported. Near misses: a clause whose subject holds the
// same period ("said net income for the year ended June 30 fell").
func f2EarningsRows() []auditRow {
	rows := []auditRow{}
	objects := []string{
		"Kessel Mills reported flat operating earnings for the fourth quarter ended Sept. 30.",
		"Tarn Corp. reported a net loss of $608,413, or 39 cents a share, compared with net income of $967,809 a year earlier.",
		"Varrow Inc. reported record sales for the year ended June 30.",
		"Tarn Corp. announced a loss of $2 million for the quarter ended Oct. 1, compared with a profit a year earlier.",
		"For the nine months, the bank reported net income of $5 million, compared with $4 million a year ago.",
	}
	const ended = "period-ended: \"for the quarter ended Sept. 30\" after a result still reads \"ended\" as the clause's verb; taking it as the period's participle lost a pages dev-f quotation inside such a sentence (recall -0.004) and, on dev-o, the only quote that named a company (speaker F1 -0.005)"
	for _, o := range objects {
		row := auditRow{class: "earnings", text: "Paper stocks were mixed.\n\n" + o, exact: true}
		if strings.Contains(o, " ended ") && !strings.Contains(o, "compared") {
			row.known = ended
		}
		rows = append(rows, row)
	}
	near := []struct{ text, speaker, clause string }{
		{"Kessel Mills reported that earnings for the quarter ended Sept. 30 rose 5%.", "Kessel Mills", "earnings for the quarter ended Sept. 30 rose 5%"},
		{"Tarn Corp. said net income for the year ended June 30 fell to $4 million.", "Tarn Corp.", "net income for the year ended June 30 fell to $4 million"},
	}
	for i, n := range near {
		rows = append(rows, auditRow{class: fmt.Sprintf("near/e%d", i), text: "Paper stocks were mixed.\n\n" + n.text,
			want: []quote{{n.speaker, auI, n.clause}}})
	}
	return rows
}

// f2VoiceForRows: a clause ended by an inverted cue whose speaker is a
// spokesman for a body described, not named ("..., says a spokesman for
// the division."): the description's head is no word the lexicon files
// as a body. Near misses: a spokesman as a plain object, and "said a
// prayer for".
func f2VoiceForRows() []auditRow {
	rows := []auditRow{}
	clauses := []string{
		"Buyers who wanted a car couldn't put the down payment on a card",
		"The card holders generally have a good credit history",
		"Sales of the new sedan will double next year",
	}
	tails := []string{
		"says a spokeswoman for the division",
		"says a spokesman for the finance arm",
		"said a spokesman for the trucking unit",
		"says a spokeswoman for the parent",
	}
	for _, c := range clauses {
		for _, tl := range tails {
			rows = append(rows, auditRow{class: "voicefor", text: "The county board met on Monday.\n\n" + c + ", " + tl + ".",
				want: []quote{{"", auI, c}}})
		}
	}
	near := []string{
		"The mayor hired a spokesman for the division.",
		"She thanked the staff, said a prayer for the division and left.",
	}
	for i, n := range near {
		rows = append(rows, auditRow{class: fmt.Sprintf("near/v%d", i), text: "The county board met on Monday.\n\n" + n, exact: true})
	}
	return rows
}

// f2PhraseRows: a reported clause opening on a phrase with no comma after
// it ("As Ann Birch notes, by this reasoning a seller could be held
// liable"), crossed with cues and phrases; the phrase belongs to what was
// said. Near misses: a verb's own phrase ("warned of the risks"), then a
// relative clause without "that".
func f2PhraseRows() []auditRow {
	rows := []auditRow{}
	cues := []string{"As Yale law professor Ann Birch notes,", "But as Ann Birch points out,", "Ann Birch said"}
	phrases := []string{"by this reasoning", "under the new rule", "in the long run", "without public money"}
	clauses := []string{"a seller could be held liable", "the arena would never be built"}
	for i, p := range phrases {
		for _, cue := range cues {
			c := p + " " + clauses[i%2]
			row := auditRow{class: "phrase", text: "The county board met on Monday.\n\n" + cue + " " + c + ".",
				want: []quote{{"Ann Birch", auI, c}}}
			if p == "in the long run" {
				row.known = "long-run: \"in the long run\" ends its noun phrase at \"long\" (\"run\" a verb), so no clause is seen to open after it"
			}
			rows = append(rows, row)
		}
	}
	near := []string{
		"Ann Birch warned of the risks the plan would bring.",
		"Ann Birch commented on the report the firm had filed.",
		"Ann Birch asked about the vote the council would hold.",
	}
	for i, n := range near {
		rows = append(rows, auditRow{class: fmt.Sprintf("near/p%d", i), text: "The county board met on Monday.\n\n" + n, exact: true})
	}
	return rows
}

// f2AndDescrRows: a clause ended by a company's description whose
// modifiers are joined by "and" ("..., the oil and gas producer said."),
// the company named in the sentence before. Near misses: two groups
// joined ("..., analysts and traders said") stay nobody's.
func f2AndDescrRows() []auditRow {
	rows := []auditRow{}
	mods := []string{"oil and gas", "eye care and skin care", "food and drug", "steel and aluminum"}
	heads := []string{"company", "producer", "concern", "maker"}
	for i, m := range mods {
		for j, h := range heads {
			if (i+j)%2 == 1 {
				continue // half the crossing is enough
			}
			c := "Output fell 5% in the third quarter"
			rows = append(rows, auditRow{class: "anddescr", text: "Tarn Industries Inc. posted a loss.\n\n" + c + ", the " + m + " " + h + " said.",
				want:  []quote{{"Tarn Industries Inc.", auI, c}},
				known: "and-descr: the subject ends at \"and\", so the comma before the article is no handing-over comma; letting the description run back to \"the\" found the clause (6/8 rows) but left the \"concern\" rows and a dev-p quote to nobody (dev-p attribution -0.003), not kept"})
		}
	}
	rows = append(rows, auditRow{class: "near/d0", text: "Tarn Industries Inc. posted a loss.\n\nShares fell 5% in early trading, analysts and traders said.",
		want: []quote{{"", auI, "Shares fell 5% in early trading"}}})
	return rows
}

// f2PossPastRows: a reported clause whose subject opens on a possessive
// and whose verb is a past in -ed with a bare object ("said her design
// eliminated spilling"): the past was read as an adjective before a noun.
// Near misses: an adjective in -ed inside the cue's object ("announced
// its long awaited plans", "praised their newly renovated offices").
func f2PossPastRows() []auditRow {
	rows := []auditRow{}
	poss := []string{"his", "her", "their", "its"}
	preds := []string{"design eliminated spilling", "new filter removed odors", "crew finished repairs"}
	for _, p := range poss {
		for _, pr := range preds {
			c := p + " " + pr + " last year"
			row := auditRow{class: "posspast", text: "The county board met on Monday.\n\nOren Vell, a plumber in Kessel, said " + c + ".",
				want: []quote{{"Oren Vell", auI, c}}}
			if p == "her" && strings.HasPrefix(pr, "new ") {
				row.known = "her-adj: after \"said her\" an adjective and a noun before the past (\"her new filter removed\") are still read as the hearer and an object"
			}
			rows = append(rows, row)
		}
	}
	near := []string{
		"Oren Vell announced his long awaited plans on Monday.",
		"Oren Vell praised their newly renovated offices.",
		"Oren Vell described her hand crafted boats.",
		"Oren Vell announced its talk of pickled eels.",
	}
	for i, n := range near {
		row := auditRow{class: fmt.Sprintf("near/q%d", i), text: "The county board met on Monday.\n\n" + n, exact: true}
		if i == 0 {
			row.known = "long-awaited: \"announced his long awaited plans on Monday\" is read as a clause (\"awaited\" its verb) before this batch's change too"
		}
		rows = append(rows, row)
	}
	return rows
}

// f2AsideSubjRows: a reported clause whose subject has a second noun
// phrase set off by ", and ...," before a plural verb ("said the
// buy-back, and the high price paid, prove that ..."). Near misses: an
// object, then ", and" opening a clause of the writer's own.
func f2AsideSubjRows() []auditRow {
	rows := []auditRow{}
	subjects := []string{"the buy-back, and the high price paid,", "the plan, and the cost of it,", "the vote, and the turnout,"}
	verbs := []string{"prove that Mr. Olsen is running scared", "show that the board is weak"}
	for _, sub := range subjects {
		for _, v := range verbs {
			c := sub + " " + v
			rows = append(rows, auditRow{class: "asidesubj", text: "The county board met on Monday.\n\nBut Mr. Ackroyd said " + c + ".",
				want: []quote{{"Ackroyd", auI, c}}})
		}
	}
	rows = append(rows, auditRow{class: "near/s0", text: "The county board met on Monday.\n\nOren Vell conceded the point, and the referee, clearly angry, sent him off.", exact: true})
	return rows
}
