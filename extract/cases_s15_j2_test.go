package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// Session 15, helper j2: the Wall Street Journal dev sets (pages dev-l,
// dev-m, dev-o, dev-p). The misses read at branch start group as: quotes
// whose closing mark the rebuilt text lost, running into the next item
// (a property of that text, not of news writing); descriptions standing
// for a body or person named before ("the restaurant operator", "the
// nation's central bank", "the former president"); a body's unnamed
// voices ("company officials said", "Campbell officials said", "an
// official at London's Stock Exchange said", "a senior Japanese official
// said"); nations as speakers; a subject whose aside holds a town and
// its state ("University Patents Inc., based in Westport, Conn., said").
// Names, places and bodies below are invented.
//
// FIRST-PASS (batch 1, j2VoicesRows, "voices"): written whole and run
// once before any fix, 7/25 (0.28): every row where "company officials",
// "exchange officials", "bank executives", "agency spokesmen", "airline
// executives" or "union officials" speak after the body was named failed
// (18), the seven near misses passed. Taking every generic body word's
// officials for the body named before cost the held-out sets (see
// j2NotFirm); a firm's words only ("company", "bank", "exchange",
// "airline" and the like) moved only dev-l: attribution 0.933 -> 0.937,
// no other set moved. After: 18/25 with 7 known (6 not-firm, 1
// loose-trade).
//
// FIRST-PASS (batch 2, j2TownAsideRows, "townaside"): written whole and
// run once before any fix, 8/20 (0.40): every firm "based (headquartered)
// in <town>, <state or country>," failed (10), and two of the three
// people; the seven near misses passed. After: 20/20. Mechanism: the
// state's comma closed the aside, so the aside read as ending at the
// town, before no verb. No score set moved with this alone: the dev-m
// item it was found in also ends its words in "..., estimated at $50
// million", which batch 3 is about.
//
// FIRST-PASS (batch 3, j2FigureRows, "figure"): written whole and run
// once before its fix (with batch 2's in), 2/14 (0.14): every speaker
// with an aside whose words end in a figure's participle ("...,
// estimated at $50 million") lost the cue: "said <words>," read as an
// aside handing over to "estimated". After: 10/14 with 4 known (the
// bare "forecast" mid-clause read as a speech verb of its own).
//
// FIRST-PASS (batch 4, j2StockMoveRows, "stockmove"): written whole and
// run once before any fix, 8/24 (0.33): a trade's description ("The
// restaurant operator said", "The airline said") after a company named
// bare by its stock's move took the company named before (12), and a
// name spelt with "’s" was no company at all (4). Both fixes passed the
// table (24/24) and moved no score set, the dev-l item they came from
// being spelt with a common word; neither was kept: the rows stay known.
//
// FIRST-PASS (batch 5, j2FarPronounRows, "farpronoun"): written whole
// (13 rows) and run once before its fix, 4/13 (0.31): every "“...,” she
// says" whose person was named three paragraphs back or more, the
// narration keeping to her by pronoun, went to nobody (9); the four near
// misses passed. Mechanism: a pronoun looks back over its own paragraph
// and two before, and a feature's aside about a bank or the rates pushes
// the name out of that. Fix: failing all else, the only person of the
// gender the story has named, when the pronoun is in the narration of
// the paragraph before (or its own) and no unnamed person spoke since. A
// product named after "its" ("introduced its Crown Account") was taken
// for a rival person; it no longer counts. While fixing, the fictional
// dev set's "An elderly woman at the front ... told him ... “...,” she
// said" went to the story's one named woman: a near miss of that shape
// was added (14 rows) and an unnamed speaker in the two paragraphs now
// stops it. After: 14/14. dev-m speaker F1 0.962 -> 0.967, attribution
// 0.929 -> 0.933; every other set unchanged.
//
// FIRST-PASS (batch 6, j2BackRows, "back"): written whole and run once
// before its fix, 3/16 (0.19): a reply's particle ("snapped back that",
// "wrote back that", "answered back that") was read into the words or
// lost the cue (12); after, 15/16 with one known near miss that failed
// before too ("said back in May that"). Alone it moved no set: the dev-m
// item it came from sets the reply after another cue, which batch 7 is
// about.
//
// FIRST-PASS (batch 7, j2JoinedReportRows, "joined"): written whole and
// run once before its fix (with batch 6's in), 2/11 (0.18): "..., aides
// said, and the congressman snapped back that ..." gave the joined clause
// to the aides, as "..., investigators said, and should not have taken
// off" rightly does; a joined clause with a subject and a speech verb of
// its own is now left to that verb. After: 11/11. With batch 6: dev-m
// attribution 0.933 -> 0.938; every other set unchanged.
//
// FIRST-PASS (batch 8, j2NationsRows, "nations"): written whole and run
// once before its fix, 2/14 (0.14): a body described as "the nation's
// central bank", "the country's largest automaker", "the nation's
// biggest bank" went to nobody (12): the nation read as the phrase's
// owner; the two near misses passed. Fix: the nation's (country's)
// generic body word is read as "the <word>". After: 14/14. dev-o
// attribution 0.912 -> 0.916; every other set unchanged.
//
// FIRST-PASS (batch 9, j2DivisionRows, "division"): written whole and
// run once, 2/11 (0.18): a company's division or unit named, then "the
// division said" or "a spokeswoman for the division said", went to
// nobody (9); the two near misses passed. Not fixed (see j2Division):
// the rows stay known.
//
// FIRST-PASS (batch 10, j2NounFormRows, "nounform"): written whole and
// run once before its fix, 3/12 (0.25): "reasons that", "figures that",
// "figured that" after a speaker were no cue (9); the near misses passed
// (one near miss was rewritten while fixing, "Official figures that were
// published" to "New figures that the ministry released", which fails
// the same way with "reports" already). Only "reasons" was kept (see
// j2Figures): 6/12 with 6 known. dev-l speaker F1 0.941 -> 0.947,
// attribution 0.937 -> 0.940; every other set unchanged.
//
// FIRST-PASS (batch 11, j2NationLeadersRows, "leaders"): written whole
// and run once before its fix, 2/11 (0.18): a country's leaders by its
// adjective ("Varnian leaders said", "... suggested that") went to
// nobody where its officials go to the country (9); the near misses
// passed. Fix: "leaders" is among the state's voices after a nation's
// adjective, under the same test that the country acts in the story.
// After: 11/11. dev-m speaker F1 0.967 -> 0.973, attribution 0.938 ->
// 0.942; every other set unchanged.
//
// FIRST-PASS (batch 12, j2ContractionRows, "contraction"): written whole
// and run once before its fix, 2/18 (0.11): a speech verb's progressive
// after a pronoun with "is" run into it ("since he's asking taxpayers to
// ...", "She's saying that ...") was read as a gerund, or at the
// sentence's start as a heading, and lost its cue (16); the two near
// misses passed. After: 10/18 with 8 known (the sentence's start, see
// j2OpensContraction; fixing it too passed 18/18 but moved the ranker's
// training). dev-o speaker F1 0.945 -> 0.950, quote recall 0.947 ->
// 0.950; every other set unchanged.
//
// FIRST-PASS (batch 13, j2FilingRows, "filing"): written whole at the end
// and run once, 7/17 (0.41); one near miss whose wanted value no gold
// settles was then dropped: 7/16. "charging that" after a filed paper
// gave no cue, nor did "alleging" or "claiming" after "a suit" or
// "seven felony counts" (9); "a lawsuit (complaint, petition) alleging
// that" did. Not fixed: the rows stay known.

// j2Body is a body named in a story's first paragraph and the generic
// word that later stands for it before its officials.
type j2Body struct {
	name, intro, generic, voice string
}

var j2Bodies = []j2Body{
	{"Varnex Corp.", "Varnex Corp. reported a loss for the quarter on Monday.", "company", "officials"},
	{"Brellin Stock Exchange", "The Brellin Stock Exchange opened an hour late on Monday.", "exchange", "officials"},
	{"Orland Savings Bank", "Orland Savings Bank cut its prime rate on Monday.", "bank", "executives"},
	{"Tarvik Water Agency", "The Tarvik Water Agency raised its fees on Monday.", "agency", "spokesmen"},
	{"Skyvar Airlines", "Skyvar Airlines cancelled 40 flights on Monday.", "airline", "executives"},
	{"Orvale Teachers Union", "The Orvale Teachers Union met on Monday.", "union", "officials"},
}

const j2NotFirm = "not-firm: the officials or spokesmen of an agency, a union or an arm of the state named before are left nobody's; taking them for the body (as a firm's are) cost Holdout speaker F1 0.980 -> 0.971 and attribution 0.910 -> 0.905, pages heldout-e attribution 0.840 -> 0.830"

const j2LooseTrade = "loose-trade: a generic word of one trade takes the body named before whatever its trade, as \"The airline said\" after a water agency already does (resolveOrgDescription reads the head loosely when the body's name names no trade)"

// j2VoicesRows: "<generic body word> officials said" after the body is
// named, crossed with three frames; near misses keep such officials
// nobody's when no body of that kind is named.
func j2VoicesRows() []auditRow {
	var rows []auditRow
	const said = "the plan had failed"
	for _, b := range j2Bodies {
		cap := strings.ToUpper(b.generic[:1]) + b.generic[1:]
		known := ""
		if b.generic == "agency" || b.generic == "union" {
			known = j2NotFirm
		}
		first := len(rows)
		rows = append(rows,
			auditRow{class: "voices/opens the sentence, " + b.generic,
				text: b.intro + "\n\n" + cap + " " + b.voice + " said that " + said + ".",
				want: []quote{{b.name, auI, said}}},
			auditRow{class: "voices/after the words, " + b.generic,
				text: b.intro + "\n\n" + "The plan had failed, " + b.generic + " " + b.voice + " said.",
				want: []quote{{b.name, auI, "The plan had failed"}}},
			auditRow{class: "voices/after but, with a time, " + b.generic,
				text: b.intro + "\n\nShares fell 3%.\n\nBut " + b.generic + " " + b.voice + " said yesterday that " + said + ".",
				want: []quote{{b.name, auI, said}}},
		)
		for i := first; i < len(rows); i++ {
			rows[i].known = known
		}
	}
	rows = append(rows,
		auditRow{class: "voices/near miss, no company named",
			text: "Ilse Varga met students on Monday.\n\nCompany officials said that the plan had failed.",
			want: []quote{{"", auI, said}}},
		auditRow{class: "voices/near miss, a body of another kind",
			text:  "The Tarvik Water Agency raised its fees on Monday.\n\nAirline executives said that the plan had failed.",
			want:  []quote{{"", auI, said}},
			known: j2LooseTrade},
		auditRow{class: "voices/near miss, city officials",
			text: "Floods hit Tarvik on Monday.\n\nCity officials said that the plan had failed.",
			want: []quote{{"", auI, said}}},
		auditRow{class: "voices/near miss, bank customers",
			text: "Orland Savings Bank cut its prime rate on Monday.\n\nBank customers said that the plan had failed.",
			want: []quote{{"", auI, said}}},
		auditRow{class: "voices/near miss, company employees",
			text: "Varnex Corp. reported a loss for the quarter on Monday.\n\nCompany employees said that the plan had failed.",
			want: []quote{{"", auI, said}}},
		auditRow{class: "voices/near miss, the named body's officials",
			text: "Varnex Corp. reported a loss for the quarter on Monday.\n\nVarnex officials said that the plan had failed.",
			want: []quote{{"Varnex Corp.", auI, said}}},
		auditRow{class: "voices/near miss, a company spokesman",
			text: "Varnex Corp. reported a loss for the quarter on Monday.\n\nA company spokesman said that the plan had failed.",
			want: []quote{{"Varnex Corp.", auI, said}}},
	)
	return rows
}

// j2TownAsideRows: a speaker set off with a participle phrase whose place
// is a town and its state or country ("based in Westport, Conn.,"), the
// two commas inside the aside; crossed with frames. Near misses: the same
// with one-word places, and a town and state that are no aside.
func j2TownAsideRows() []auditRow {
	var rows []auditRow
	firms := []struct{ name, part, town, region string }{
		{"Corvane Patents Inc.", "based", "Westport", "Conn."},
		{"Halden Tool Corp.", "based", "Newark", "N.J."},
		{"Brisco Foods Co.", "headquartered", "Dayton", "Ohio"},
		{"Marrow Energy Corp.", "based", "Austin", "Texas"},
		{"Lumen Optique SA", "based", "Lyon", "France"},
	}
	const said = "it will seek damages"
	for _, f := range firms {
		aside := fmt.Sprintf("%s, %s in %s, %s,", f.name, f.part, f.town, f.region)
		rows = append(rows,
			auditRow{class: "townaside/firm said, " + f.region,
				text: aside + " said " + said + ".",
				want: []quote{{f.name, auI, said}}},
			auditRow{class: "townaside/firm said yesterday that, " + f.region,
				text: "Shares of Pellam Labs fell 2 to 21.\n\n" + aside + " said yesterday that " + said + ".",
				want: []quote{{f.name, auI, said}}},
		)
	}
	people := []struct{ name, part, town, region string }{
		{"Marla Quint", "born", "Lyon", "France"},
		{"Tomas Brenn", "raised", "Dayton", "Ohio"},
		{"Ilse Varga", "based", "Westport", "Conn."},
	}
	for _, p := range people {
		rows = append(rows,
			auditRow{class: "townaside/person added that, " + p.region,
				text: fmt.Sprintf("%s, %s in %s, %s, added that the suit was weak.", p.name, p.part, p.town, p.region),
				want: []quote{{p.name, auI, "the suit was weak"}}},
		)
	}
	rows = append(rows,
		auditRow{class: "townaside/near miss, a one-word place",
			text: "Corvane Patents Inc., based in Westport, said it will seek damages.",
			want: []quote{{"Corvane Patents Inc.", auI, said}}},
		auditRow{class: "townaside/near miss, of a town and state",
			text: "Corvane Patents Inc. of Westport, Conn., said it will seek damages.",
			want: []quote{{"Corvane Patents Inc.", auI, said}}},
		auditRow{class: "townaside/near miss, a described town and state",
			text: "Marla Quint, a lawyer in Westport, Conn., said the suit was weak.",
			want: []quote{{"Marla Quint", auI, "the suit was weak"}}},
		auditRow{class: "townaside/near miss, officials in a town and state",
			text: "In Westport, Conn., officials said the suit was weak.",
			want: []quote{{"", auI, "the suit was weak"}}},
		auditRow{class: "townaside/near miss, analysts after a town and state",
			text: "Prices rose in Lyon, France, analysts said.",
			want: []quote{{"", auI, "Prices rose in Lyon, France"}}},
		auditRow{class: "townaside/near miss, no aside before the verb",
			text: "Workers based in Lyon, France, said the plant was unsafe.",
			want: []quote{{"", auI, "the plant was unsafe"}}},
		auditRow{class: "townaside/near miss, a firm's aside then no speech",
			text:  "Corvane Patents Inc., based in Westport, Conn., makes pumps.",
			exact: true},
	)
	return rows
}

const j2FigureCue = "figure-cue: in \"the losses, forecast at $9 million, would be covered\" the bare form \"forecast\" is read as the losses' own speech verb, its words \"at $9 million, would be covered\""

// j2FigureRows: a speaker with an aside, then the words reported end in
// a figure's participle set off by a comma ("..., estimated at $50
// million"), which is no verb the speaker's aside hands over to; crossed
// with asides and participles. Near misses: a true aside before the verb.
func j2FigureRows() []auditRow {
	var rows []auditRow
	speakers := []struct{ name, aside string }{
		{"Corvane Patents Inc.", "Corvane Patents Inc., based in Westport,"},
		{"Corvane Patents Inc.", "Corvane Patents Inc., based in Westport, Conn.,"},
		{"Marla Quint", "Marla Quint, a lawyer for the family,"},
		{"Tomas Brenn", "Tomas Brenn, who runs the fund,"},
	}
	for _, sp := range speakers {
		for _, part := range []string{"estimated", "projected", "forecast"} {
			words := "it seeks the profits from sales of the cream, " + part + " at $50 million"
			if part == "forecast" {
				words = "the losses, " + part + " at $9 million, would be covered"
			}
			known := ""
			if part == "forecast" {
				known = j2FigureCue
			}
			rows = append(rows, auditRow{class: "figure/" + part + " after " + sp.aside,
				text: sp.aside + " said " + words + ".",
				want: []quote{{sp.name, auI, words}}, known: known})
		}
	}
	rows = append(rows,
		auditRow{class: "figure/near miss, an aside before the verb",
			text: "Marla Quint, writing for the majority, said the law was void.",
			want: []quote{{"Marla Quint", auI, "the law was void"}}},
		auditRow{class: "figure/near miss, a figure in the subject",
			text:  "The losses, estimated at $9 million, alarmed Tomas Brenn.",
			exact: true},
	)
	return rows
}

const j2StockTrade = "stock-trade: only \"the company\" (and a maker, a retailer, a concern) is read as the listed company a market column named bare by its stock's move (\"Pellon lost 1 3/4 to 21 3/4\"); \"the restaurant operator\", \"the airline\", \"the bank\" take the company named before. Widening the heads fixed every such row but moved no score set, so it was not kept"

const j2PossName = "poss-name: a company spelt with a possessive ending (\"Pello’s lost 1 3/4 to 21 3/4\") is read as the owner \"Pello\" of what follows, so its bare mention is no stock's move; joining the \"’s\" to the name before a stock's move fixed these rows but not the dev-l item they were drawn from (there the name is a common word, \"Rally’s\", never taken for a name), and moved no set, so it was not kept"

// j2StockMoveRows: a market column names a company bare by its share
// price's move ("Pellon lost 1 3/4 to 21 3/4."), then a description of
// its trade speaks ("The restaurant operator said"); another company was
// named before. Crossed: names, moves and trade words. Near misses: a
// golfer's strokes, and a person named, are no listed company.
func j2StockMoveRows() []auditRow {
	var rows []auditRow
	const intro = "Dorval Products Inc. cut its quarterly dividend to five cents a share."
	const said = "it has redeemed its rights"
	names := []string{"Pellon", "Tamsett", "Orvik Holdings", "Pello’s"}
	moves := []string{"lost 1 3/4 to 21 3/4", "rose 2 to 30", "slipped 7/8 to 12 1/8"}
	heads := []string{"The restaurant operator", "The fast-food chain", "The airline", "The bank", "The insurer", "The company"}
	for ni, n := range names {
		for hi, h := range heads {
			if n == "Pello’s" && hi%2 == 1 && h != "The company" {
				continue
			}
			known := ""
			switch {
			case n == "Pello’s":
				known = j2PossName
			case h == "The company":
			case n != "Orvik Holdings" || h == "The fast-food chain" || h == "The bank":
				known = j2StockTrade
			}
			rows = append(rows, auditRow{class: "stockmove/" + h + " after " + n,
				text: intro + "\n\n" + n + " " + moves[(ni+hi)%len(moves)] + ".\n\n" + h + " said " + said + ".",
				want: []quote{{n, auI, said}}, known: known})
		}
	}
	rows = append(rows,
		auditRow{class: "stockmove/near miss, a golfer's strokes",
			text: intro + "\n\nTomas Brenn lost 2 strokes to the leader.\n\nThe company said " + said + ".",
			want: []quote{{"Dorval Products Inc.", auI, said}}},
		auditRow{class: "stockmove/near miss, the other company named again",
			text: "Pellon lost 1 3/4 to 21 3/4.\n\n" + intro + "\n\nThe company said " + said + ".",
			want: []quote{{"Dorval Products Inc.", auI, said}}},
	)
	return rows
}

// j2FarPronounRows: a feature opens on one person, then talks of her
// (or him) for paragraphs by pronoun and about other things, then "she
// says" after a quotation: the only person of that gender the story has
// named, though her name is out of the pronoun's window. Crossed: people,
// fillers between. Near misses: a second person of the gender named, no
// pronoun in the narration since, and an unnamed person who is the
// subject since.
func j2FarPronounRows() []auditRow {
	var rows []auditRow
	people := []struct{ name, title, she, her string }{
		{"Marla Quint", "Ms. Quint", "she", "her"},
		{"Tomas Brenn", "Mr. Brenn", "he", "his"},
		{"Ilse Varga", "Mrs. Varga", "she", "her"},
	}
	const q = "\u201cI deserve something for my loyalty,\u201d "
	for _, p := range people {
		cap := strings.ToUpper(p.she[:1]) + p.she[1:]
		fillers := []string{
			"Orland National Bank introduced its Crown Account, a package designed to lure customers such as " + p.title + ".\n\nIt included checking and a credit card, all for free.\n\nAll " + p.she + " had to do was put $15,000 in a certificate of deposit.",
			"The rates were low.\n\nThe fees were low.\n\n" + cap + " liked the bonus best.",
			"A rival bank cut its fees in May.\n\n" + cap + " moved " + p.her + " savings in June.\n\nThe rival then raised its fees again.\n\nThat annoyed " + p.her + " more than anything.",
		}
		for fi, f := range fillers {
			rows = append(rows, auditRow{class: fmt.Sprintf("farpronoun/%s, filler %d", p.name, fi),
				text: "For 10 years, " + p.name + " went to " + p.her + " neighborhood bank because it was convenient.\n\n" + f + "\n\n" + q + p.she + " says.",
				want: []quote{{p.name, auD, "I deserve something for my loyalty"}}})
		}
	}
	rows = append(rows,
		auditRow{class: "farpronoun/near miss, a second woman named",
			text: "For 10 years, Marla Quint went to her neighborhood bank.\n\nHer sister, Ada Quint, banked elsewhere.\n\nThe rates were low.\n\nThe fees were low.\n\nShe liked the bonus best.\n\n" + q + "she says.",
			want: []quote{{"", auD, "I deserve something for my loyalty"}}},
		auditRow{class: "farpronoun/near miss, no pronoun in the narration since",
			text: "For 10 years, Marla Quint went to her neighborhood bank.\n\nThe rates were low.\n\nThe fees were low.\n\nThe bonus was high.\n\n" + q + "she says.",
			want: []quote{{"", auD, "I deserve something for my loyalty"}}},
		auditRow{class: "farpronoun/near miss, an unnamed woman since",
			text: "For 10 years, Marla Quint went to her neighborhood bank.\n\nThe rates were low.\n\nThe fees were low.\n\nA teller at the branch said she liked the bonus best.\n\n" + q + "she says.",
			want: []quote{{"", auD, "I deserve something for my loyalty"}}},
		auditRow{class: "farpronoun/near miss, an unnamed woman tells, in the paragraph",
			text: "For 10 years, Marla Quint went to her neighborhood bank.\n\nThe rates were low.\n\nThe fees were low.\n\nAn elderly woman at the branch, who said she had banked there for fifty years, told the teller the bank was the only place she spoke to anyone. " + q + "she said.",
			want: []quote{{"", auD, "I deserve something for my loyalty"}}},
		auditRow{class: "farpronoun/near miss, a man named, she says",
			text: "For 10 years, Tomas Brenn went to his neighborhood bank.\n\nThe rates were low.\n\nThe fees were low.\n\nShe liked the bonus best.\n\n" + q + "she says.",
			want: []quote{{"", auD, "I deserve something for my loyalty"}}},
	)
	return rows
}

const j2BackTime = "back-time: in \"said back in May that ...\" the time phrase between the verb and \"that\" is read into the words (failing before the particle fix too)"

// j2BackRows: a verb of reply with its particle "back" before "that"
// ("the congressman snapped back that"), crossed with verbs and subjects;
// near misses: "back" that is no particle, and the quotation frame that
// already works.
func j2BackRows() []auditRow {
	var rows []auditRow
	const said = "there had been enough studies"
	subjects := []struct{ name, text, intro string }{
		{"Ed Marlow", "Ed Marlow", ""},
		{"Ed Marlow", "The congressman", "Rep. Ed Marlow asked Mr. Pell what the board would discuss.\n\nMr. Pell said the board would study the issue.\n\n"},
		{"Marla Quint", "She", "Marla Quint read the letter twice.\n\n"},
	}
	for _, sub := range subjects {
		for _, v := range []string{"snapped", "wrote", "shouted", "answered"} {
			rows = append(rows, auditRow{class: "back/" + v + " back that, " + sub.text,
				text: sub.intro + sub.text + " " + v + " back that " + said + ".",
				want: []quote{{sub.name, auI, said}}})
		}
	}
	rows = append(rows,
		auditRow{class: "back/near miss, fired back that (phrasal already)",
			text: "Ed Marlow fired back that " + said + ".",
			want: []quote{{"Ed Marlow", auI, said}}},
		auditRow{class: "back/near miss, a quotation then snapped back",
			text: "\u201cThere have been enough studies,\u201d Ed Marlow snapped back.",
			want: []quote{{"Ed Marlow", auD, "There have been enough studies"}}},
		auditRow{class: "back/near miss, said back in May",
			text:  "Ed Marlow said back in May that " + said + ".",
			want:  []quote{{"Ed Marlow", auI, said}},
			known: j2BackTime},
		auditRow{class: "back/near miss, wrote back to the board, no words",
			text:  "Ed Marlow wrote back to the board on Monday.",
			exact: true},
	)
	return rows
}

// j2JoinedReportRows: a cue set in the middle of a sentence, then "and"
// and a clause with its own subject and speech verb ("That annoyed Rep.
// Marlow, aides said, and the congressman snapped back that ..."):
// crossed sources and second speakers. Near misses: the joined clause
// without a subject of its own, and one with no speech verb.
func j2JoinedReportRows() []auditRow {
	var rows []auditRow
	const intro = "Rep. Ed Marlow asked Tomas Brenn what the board would discuss.\n\n"
	const said = "there had been enough studies"
	for _, src := range []string{"House aides said", "officials said", "a witness said"} {
		for _, sp := range []struct{ name, text string }{
			{"Ed Marlow", "the congressman snapped back"},
			{"Ed Marlow", "Mr. Marlow replied"},
			{"Tomas Brenn", "Mr. Brenn added"},
		} {
			rows = append(rows, auditRow{class: "joined/" + src + ", and " + sp.text,
				text: intro + "The answer annoyed Rep. Marlow, " + src + ", and " + sp.text + " that " + said + ".",
				want: []quote{{sp.name, auI, said}}})
		}
	}
	rows = append(rows,
		auditRow{class: "joined/near miss, no subject of its own",
			text: "The jet was not airworthy, investigators said, and should not have taken off.",
			want: []quote{{"", auI, "The jet was not airworthy"}, {"", auI, "should not have taken off"}}},
		auditRow{class: "joined/near miss, no speech verb",
			text: "The jet was not airworthy, investigators said, and the airline grounded its fleet.",
			want: []quote{{"", auI, "The jet was not airworthy"}}},
	)
	return rows
}

// j2NationsRows: a body named, then described as the nation's or the
// country's ("the nation's central bank said", "the country's largest
// automaker said"), crossed with bodies, owners and frames. Near misses:
// the nation's people, who are no body.
func j2NationsRows() []auditRow {
	var rows []auditRow
	const said = "price increases have moderated"
	bodies := []struct{ name, intro, desc string }{
		{"Varnian Reserve Bank", "The Varnian Reserve Bank left its rates unchanged on Monday.", "central bank"},
		{"Dorval Motors Corp.", "Dorval Motors Corp. cut output at two plants on Monday.", "largest automaker"},
		{"Pellam Savings Bank", "Pellam Savings Bank closed 40 branches on Monday.", "biggest bank"},
	}
	for _, b := range bodies {
		for _, owner := range []string{"the nation's", "the country's"} {
			cap := strings.ToUpper(owner[:1]) + owner[1:]
			rows = append(rows,
				auditRow{class: "nations/" + owner + " " + b.desc + " said that",
					text: b.intro + "\n\n" + cap + " " + b.desc + " said that " + said + ".",
					want: []quote{{b.name, auI, said}}},
				auditRow{class: "nations/after the words, " + owner + " " + b.desc,
					text: b.intro + "\n\nIn a report, " + owner + " " + b.desc + " found that " + said + ".",
					want: []quote{{b.name, auI, said}}},
			)
		}
	}
	rows = append(rows,
		auditRow{class: "nations/near miss, the nation's economists",
			text: "The Varnian Reserve Bank left its rates unchanged on Monday.\n\nThe nation's economists said that " + said + ".",
			want: []quote{{"", auI, said}}},
		auditRow{class: "nations/near miss, the central bank plain",
			text: "The Varnian Reserve Bank left its rates unchanged on Monday.\n\nThe central bank said that " + said + ".",
			want: []quote{{"Varnian Reserve Bank", auI, said}}},
	)
	return rows
}

const j2Division = "division: \"division\" and \"unit\" are no generic body words, so \"the division said\" finds no body; made generic, the description took the parent company, the nearest body, over the division named before it (a unit named in apposition, \"Orvik Leasing, a unit of Varnex Corp.,\", is not preferred): not kept"

// j2DivisionRows: a company's division or unit named ("Varnex Corp.'s
// Pellam division", "Orvik Leasing, a unit of Varnex Corp.,"), then "the
// division (unit) said" or "a spokeswoman for the division said";
// crossed. Near misses: a division in sport and a hospital's unit, no
// body that speaks.
func j2DivisionRows() []auditRow {
	var rows []auditRow
	const said = "the promotion will run through March"
	named := []struct{ name, intro, word string }{
		{"Pellam", "Varnex Corp.'s Pellam division launched a promotion with Orland Bank.", "division"},
		{"Orvik Leasing", "Orvik Leasing, a unit of Varnex Corp., launched a promotion with Orland Bank.", "unit"},
		{"Tamsett Foods", "Tamsett Foods, a division of Varnex Corp., launched a promotion with Orland Bank.", "division"},
	}
	for _, n := range named {
		first := len(rows)
		rows = append(rows,
			auditRow{class: "division/the " + n.word + " said, " + n.name,
				text: n.intro + "\n\nThe " + n.word + " said " + said + ".",
				want: []quote{{n.name, auI, said}}},
			auditRow{class: "division/a spokeswoman for the " + n.word + ", " + n.name,
				text: n.intro + "\n\nA spokeswoman for the " + n.word + " said " + said + ".",
				want: []quote{{n.name, auI, said}}},
			auditRow{class: "division/says a spokeswoman for the " + n.word + ", " + n.name,
				text: n.intro + "\n\nThe promotion will run through March, says a spokeswoman for the " + n.word + ".",
				want: []quote{{n.name, auI, "The promotion will run through March"}}},
		)
		for i := first; i < len(rows); i++ {
			rows[i].known = j2Division
		}
	}
	rows = append(rows,
		auditRow{class: "division/near miss, a team's division",
			text: "Pellam Rovers won the title and moved up a division.\n\nThe division said " + said + ".",
			want: []quote{{"", auI, said}}},
		auditRow{class: "division/near miss, a hospital's unit",
			text:  "Orland General Hospital opened a new unit for burns.\n\nThe unit treated 40 patients in its first week.",
			exact: true},
	)
	return rows
}

const j2Figures = "figures: \"figure\" is no cue verb: with \"figures\", \"New figures that the ministry released show exports rose\" (the capital adjective opening the sentence read as a name) became a report, and \"figured\" cost pages dev-j speaker F1 0.968 -> 0.946 (\"one estimate figured as much as ...\")"

// j2NounFormRows: a verb of reasoning whose present form is also a
// plural noun ("reasons that", "figures that") after a speaker, crossed
// with speakers and verbs; near misses: the nouns with "that" after them.
func j2NounFormRows() []auditRow {
	var rows []auditRow
	const said = "the dollar will weaken"
	for _, sp := range []struct{ name, text string }{
		{"Marla Quint", "Marla Quint, with Orland Capital Inc.,"},
		{"Marla Quint", "Marla Quint"},
		{"Tomas Brenn", "Tomas Brenn, an economist at Pellam Bank,"},
	} {
		for _, v := range []string{"reasons", "figures", "figured"} {
			known := ""
			if v != "reasons" {
				known = j2Figures
			}
			rows = append(rows, auditRow{class: "nounform/" + v + " that, " + sp.text,
				text: sp.text + " " + v + " that " + said + ".",
				want: []quote{{sp.name, auI, said}}, known: known})
		}
	}
	rows = append(rows,
		auditRow{class: "nounform/near miss, the figures that the ministry released",
			text:  "The figures that the ministry released on Monday show a rise in exports.",
			exact: true},
		auditRow{class: "nounform/near miss, for reasons that are unclear",
			text:  "Marla Quint left the board for reasons that are unclear.",
			exact: true},
		auditRow{class: "nounform/near miss, new figures that the ministry released",
			text:  "New figures that the ministry released show exports rose.",
			exact: true},
	)
	return rows
}

// j2NationLeadersRows: a country acting in the story, then its leaders
// by the nation's adjective ("Varnian leaders said"), as its officials
// already speak for it; crossed with countries and frames. Near misses:
// the nation's investors, and leaders of a country named only as a
// place.
func j2NationLeadersRows() []auditRow {
	var rows []auditRow
	const said = "the protests were staged"
	for _, c := range []struct{ name, adj string }{{"Varnia", "Varnian"}, {"Tarsinia", "Tarsinian"}, {"Norland", "Norlandic"}} {
		intro := c.name + " rejected the demands on Monday.\n\n"
		rows = append(rows,
			auditRow{class: "leaders/said that, " + c.name,
				text: intro + c.adj + " leaders said that " + said + ".",
				want: []quote{{c.name, auI, said}}},
			auditRow{class: "leaders/in talks, suggested, " + c.name,
				text: intro + "In talks with Tomas Brenn, " + c.adj + " leaders expressed no regret and even suggested that " + said + ".",
				want: []quote{{c.name, auI, said}}},
			auditRow{class: "leaders/after the words, " + c.name,
				text: intro + "The protests were staged, " + c.adj + " leaders said.",
				want: []quote{{c.name, auI, "The protests were staged"}}},
		)
	}
	rows = append(rows,
		auditRow{class: "leaders/near miss, the nation's investors",
			text: "Varnia rejected the demands on Monday.\n\nVarnian investors said that " + said + ".",
			want: []quote{{"", auI, said}}},
		auditRow{class: "leaders/near miss, the country only a place",
			text: "Floods hit a town in Varnia on Monday.\n\nVarnian leaders said that " + said + ".",
			want: []quote{{"", auI, said}}},
	)
	return rows
}

const j2OpensContraction = "opens-contraction: at a sentence's start \"He's saying that ...\" is still read as a heading; taking it for the pronoun's speech changed the fallback ranker's training examples, so TestTrainRanker failed (rankweights.go is the lead's to refit): left out"

// j2ContractionRows: a pronoun run into "is" or "are" before a speech
// verb's progressive ("since he's asking taxpayers to ...", "she's saying
// that ..."), crossed with pronouns and verbs. Near misses: an asking
// price, and "it's worth asking whether".
func j2ContractionRows() []auditRow {
	var rows []auditRow
	people := []struct{ name, intro, pron string }{
		{"Gus Harlan", "Team owner Gus Harlan hopes to have a new stadium.\n\nHe is an avid fan of a proposition on next week's ballot.\n\n", "he's"},
		{"Marla Quint", "Mayor Marla Quint hopes to have a new stadium.\n\nShe is an avid fan of a proposition on next week's ballot.\n\n", "she's"},
	}
	frames := []struct{ verb, rest, words string }{
		{"asking", " city taxpayers to sink up to $100 million into the stadium.", "city taxpayers to sink up to $100 million into the stadium"},
		{"urging", " city taxpayers to sink up to $100 million into the stadium.", "city taxpayers to sink up to $100 million into the stadium"},
		{"saying", " that the stadium will pay for itself.", "the stadium will pay for itself"},
		{"claiming", " that the stadium will pay for itself.", "the stadium will pay for itself"},
	}
	for _, p := range people {
		for _, f := range frames {
			rows = append(rows,
				auditRow{class: "contraction/small wonder, since " + p.pron + " " + f.verb,
					text: p.intro + "Small wonder, since " + p.pron + " " + f.verb + f.rest,
					want: []quote{{p.name, auI, f.words}}},
				auditRow{class: "contraction/opens, " + p.pron + " " + f.verb,
					text:  p.intro + strings.ToUpper(p.pron[:1]) + p.pron[1:] + " " + f.verb + f.rest,
					want:  []quote{{p.name, auI, f.words}},
					known: j2OpensContraction},
			)
		}
	}
	rows = append(rows,
		auditRow{class: "contraction/near miss, an asking price",
			text:  "Team owner Gus Harlan wants to sell the club.\n\nHe's lowered his asking price to $100 million.",
			exact: true},
		auditRow{class: "contraction/near miss, it's worth asking",
			text:  "Team owner Gus Harlan wants a new stadium.\n\nIt's worth asking whether the city can afford it.",
			exact: true},
	)
	return rows
}

const j2Filing = "filing: \"charging that\" is no cue form, and \"a suit\" or \"seven felony counts\" is no document word whose participle speaks (\"filed a suit alleging that\"), as \"a lawsuit (complaint, petition) alleging that\" does: written at the end of the session, not fixed"

// j2FilingRows: a body or person files a legal paper, and a speech
// participle gives what it claims ("filed a suit alleging that ...",
// "filed seven counts charging that ..."), crossed with filers, papers
// and participles. Near miss: a participle with no clause.
func j2FilingRows() []auditRow {
	var rows []auditRow
	const said = "the firm dumped acid into the sewer"
	filers := []struct{ name, text string }{
		{"Varnex Corp.", "Varnex Corp."},
		{"Tarvik Water Agency", "The Tarvik Water Agency"},
		{"Marla Quint", "Marla Quint"},
	}
	papers := []string{"a suit", "a lawsuit", "a complaint", "seven felony counts", "a petition"}
	for fi, f := range filers {
		for pi, p := range papers {
			part := []string{"alleging", "charging", "claiming"}[(fi+pi)%3]
			known := ""
			if part == "charging" || p == "a suit" || p == "seven felony counts" {
				known = j2Filing
			}
			rows = append(rows, auditRow{class: "filing/" + p + " " + part + ", " + f.name,
				text: f.text + " filed " + p + " " + part + " that " + said + ".",
				want: []quote{{f.name, auI, said}}, known: known})
		}
	}
	rows = append(rows,
		auditRow{class: "filing/near miss, charging a fee",
			text:  "Varnex Corp. filed a plan charging a fee for each truck.",
			exact: true},
	)
	return rows
}

func TestAuditS15J2(t *testing.T) {
	var rows []auditRow
	for _, g := range [][]auditRow{j2VoicesRows(), j2TownAsideRows(), j2FigureRows(), j2StockMoveRows(), j2FarPronounRows(), j2BackRows(), j2JoinedReportRows(), j2NationsRows(), j2DivisionRows(), j2NounFormRows(), j2NationLeadersRows(), j2ContractionRows(), j2FilingRows()} {
		rows = append(rows, g...)
	}
	runAudit(t, "s15j2", rows, *auditKnown)
}
