package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// Session 14, helper h1: attribution on dev-o and dev-p, second round.
// The largest class left among the misattributed quotes: a business
// digest item names its company, and its next sentence speaks through a
// description of it whose head the description resolver never reached
// ("The Fairlawn, Ohio-based company also said", "The insurance and
// financial services concern said", "The El Paso, Texas, maker of boots
// said", "A spokesman for the Tarvik cable and telecommunications
// concern said"). h14-f1's rows for the same descriptions pass only
// because their item stands in the article's first three paragraphs,
// where linkLeadDescriptions hands a description nobody resolved to the
// named speaker above; deeper in a digest the quote goes to nobody.
// The three shapes: a state spelled out before "-based" ("Ohio-based",
// "Texas-based": the noun phrase stops at the state, so the town and
// the article are lost); a list of trades joined by "and" ("paper,
// packaging and publishing concern": the phrase read back from the
// head stops at "and", leaving "publishing concern" with no article);
// a town of two words before the state ("The El Paso, Texas, maker").
// Names, places and bodies are invented.
//
// WHOLE TABLE: twelve batches, each written whole and run once before
// its fix: first pass 41/192 (0.21) over all of them; at the end 171/192
// pass and 21 are known (two fixes that moved no set were not kept).
// The later batches are the other classes of dev-o's and dev-p's
// misattributions: a long profile's views in quotation marks ("But she
// believes that “...”", "because “I ...”", "decries it as “...”", "other
// than to say, “...”"), "Says the Big Board's Mr. X, “...”", and a
// company's short name or trade words the lexicon lacked.
//
// FIRST-PASS of batch 1 (written whole and run once before any fix):
// 9/51 (0.18): descr 3/45 (only "The San Marcos, Calif., company"),
// near 6/6.
//
// Fix 1: the phrase read back from the head goes on past a state spelled
// out with "-based" ("Ohio-based", one word), past a list of trades to
// "the" (tradeListDescription), and past a town of two words before a
// state ("El Paso, Texas,"), whose shape alone made it a name, and a
// capital word among the goods after "maker of": descr 3/45 -> 44/45,
// near 6/6. dev-o attribution 0.876 -> 0.883, dev-p 0.877 -> 0.884; no
// other set moved.
//
// Batch 2, comma (h1CommaRows: the description closed by a comma before
// its cue, a relative clause or "also" between, "The British paper,
// packaging and publishing concern, said"), written whole and run once
// before its fix: 3/21 (the three near misses). Fix 2: a description of
// a company by its town or trades that opens the sentence and is closed
// by that comma is the subject whole (openingDescriptionComma), resolved
// from the sentence's start, when the asides reading found nobody or the
// town in it: comma 3/21 -> 21/21. dev-o attribution 0.883 -> 0.887,
// dev-p 0.884 -> 0.887; no other set moved.
//
// Batch 3, putit (h1PutItRows: "Or, as Ida Marsh, a florist in Tarrow,
// puts it: “...”"), written whole and run once before its fix: 6/18. The
// fix (asOpensPutIt: the manner clause read back over an apposition to
// "as", perhaps after a conjunction, a colon or a comma after "it")
// passed 17/18 but moved no set at all, so it is not kept; the rows it
// fixed stay known (putit-colon).
//
// Batch 4, station (h1StationRows: "Marlow Broadcasting Corp. said it
// didn't make an interest payment"), written whole and run once before
// its fix: 3/11 (the near misses). The fix passed 11/11 but moved no
// set, so it is not kept; its rows stay known (station).
//
// Batch 5, towntrades (h1TownTradeRows and the one row of batch 1 that
// stayed known: "A spokesman for the Tarvik cable television and
// telecommunications concern said"), written whole and run once before
// its fix: 2/8 (the near misses), and the batch 1 row failing. Fix 5: a
// town's one-word name after "the" opens a list of trades as a nation's
// adjective does (townWord): towntrades 2/8 -> 8/8, descr 44/45 ->
// 45/45. dev-p attribution 0.887 -> 0.891; no other set moved.
//
// Batch 6, tradename (h1TradeNameRows: "Marlow Truck attributed the
// downturn ... The company said"), written whole and run once before its
// fix: 3/11 (the near misses). Fix 6: trade words a company's name ends
// in that the lexicon lacked ("Truck", "Trucks", "Trucking", "Rubber",
// "Chemical", "Instruments", "Manufacturing", "Machines") are company
// words: tradename 3/11 -> 11/11. dev-o speaker F1 0.910 -> 0.915,
// attribution 0.887 -> 0.894; no other set moved.
//
// Batch 7, saysthe (h1SaysTheRows: "Says the Big Board's Mr. Brenn,
// “...”"), written whole and run once before its fix: 2/12 (the near
// misses). Fix 7: an inverted "Says" opening the sentence reads its
// speaker past "the" and a body's possessive, a name or one lower-case
// word, to the name (invertedAtStart; merged, h14-h2's
// definiteOwnerOfName, written for the same wording at the same time,
// does it, and every row passes on it): saysthe 2/12 -> 12/12. dev-o
// speaker F1 0.915 -> 0.919, attribution 0.894 -> 0.898; no other set
// moved.
//
// Batch 8, believe (h1BelieveRows: "But she believes that “...”"),
// written whole and run once before its fix: 2/14 (the near misses).
// Fix 8: "believes" and "thinks" are cues of a view only right before a
// quotation mark, after "that" or not: believe 2/14 -> 14/14. With the
// other forms too ("believe", "believed", "think", "thought") the
// fictional-dev half dev-f's recall fell 0.991 -> 0.987 (and a held-out
// total 0.004), so only the present's -s forms are kept: dev-p
// attribution 0.891 -> 0.894; no other set moved.
//
// Batch 9, otherthan (h1OtherThanRows: "He declined to elaborate, other
// than to say, “...”"), written whole and run once before its fix: 1/10
// (the near miss). Fix 9: "to say" after "other than" or "except" is a
// cue, its speaker the clause's subject (the pronoun resolved):
// otherthan 1/10 -> 10/10. dev-p attribution 0.894 -> 0.897; no other
// set moved.
//
// Batch 10, because (h1BecauseRows: "Tomas Brenn opposes the levy
// because “we never voted for it.”"), written whole and run once before
// its fix: 2/11 (the near misses). Fix 10: a quotation right after
// "because" that begins with "I" or "we" is the words of the person
// named as the sentence's subject (becauseOwnWords, in carry): because
// 2/11 -> 11/11. dev-p attribution 0.897 -> 0.901; no other set moved.
//
// Batch 11, decry (h1DecryRows: "Petra Olsen decries the levy as “a tax
// on bread,”"), written whole and run once before its fix: 7/14 (the
// past forms, which are cues, and one near miss). Fix 11: the present's
// -s forms of "decry", "deride" and "dismiss" are cues as their pasts
// are: decry 7/14 -> 13/14 (the near miss "as" of time fails as before,
// known). dev-p attribution 0.901 -> 0.904; no other set moved.
//
// Batch 12, shortcommon (h1ShortCommonRows: "Heritage, which owns 51% of
// Kell, said" after "Heritage Media Corp."), written whole and run once
// before its fix: 1/11 (the near miss). Fix 12: a common word opening a
// sentence alone is a name when a company named before with its legal
// form opens with it (firmShortBefore): shortcommon 1/11 -> 11/11.
// dev-p attribution 0.904 -> 0.907; no other set moved.

const h1PutItColon = "putit-colon: \"as X puts it\" opening the sentence is a cue only when \"As\" is its first word and a comma follows: a colon, a conjunction before \"as\" or the speaker's apposition leave the words nobody's; a fix (the manner clause read back over the apposition to \"as\" and a conjunction) passed 17/18 but moved no set, so it is not kept"

const h1ScornAsTime = "scorn-as-time: a verb of scorn whose \"as\" opens a clause of time (\"dismissed the staff as the “Harvest Fair” opened\") still gives the marked name to its subject; so before the present forms were added, as the past's"

const h1ColonAfterPerson = "colon-after-person: a quotation after a colon closing a sentence whose subject is a person goes to that person whatever the verb (\"Tomas Brenn put it on the table: ...\"); as before"

const h1Station = "station: \"Broadcasting\" marks a news outlet wherever it stands, so a company owning stations (\"Marlow Broadcasting Corp.\") is an outlet and speaks for nobody; a fix (an abbreviated legal form after \"Broadcasting\", no nation's word first, is a company) passed 11/11 but moved no set (dev-p's one such company stands inside an unclosed quotation), so it is not kept"

// h1Deep are two paragraphs about other matters that put the item below
// the article's lead.
const h1Deep = "Other rumored takeover candidates included Benfield Stores, up 1 to 20, and Corra Labs, up 2 to 31.\n\nThe broad market index rose 1.2% in heavy trading."

// h1Descrs are descriptions of the item's company a business digest
// uses for its second sentence.
var h1Descrs = []struct{ shape, text string }{
	{"state-based", "The Fairlawn, Ohio-based company"},
	{"state-based", "The Orem, Utah-based concern"},
	{"state-based", "The Austin, Texas-based maker"},
	{"state-based", "The Ames, Iowa-based company"},
	{"state-based", "The Boise, Idaho-based concern"},
	{"trades", "The auto parts and aerospace concern"},
	{"trades", "The insurance and financial services concern"},
	{"trades", "The paper, packaging and publishing concern"},
	{"trades", "The British paper, packaging and publishing concern"},
	{"trades", "The aerospace, automotive supply, electronics and printing-press concern"},
	{"trades", "The cable television and telecommunications company"},
	{"two-word town", "The El Paso, Texas, maker of Western boots"},
	{"two-word town", "The San Marcos, Calif., company"},
	{"two-word town", "The Fort Dalton, Ga., carpet maker"},
}

// h1Frames are the item: the company's first sentence (%[1]s its
// name) and the description's (%[2]s).
var h1Frames = []struct{ frame, text string }{
	{"said then said", "%[1]s, hurt by a plant accident, said it expects a third-quarter loss.\n\n%[2]s also said that full-year profit will be far below last year's."},
	{"reported then said", "%[1]s reported flat operating earnings for the fourth quarter.\n\n%[2]s said that full-year profit will be far below last year's."},
	{"said then indicated", "%[1]s said its net income slipped 5%% to $89.7 million.\n\n%[2]s also indicated that full-year profit will be far below last year's."},
}

func h1DescrRows() []auditRow {
	var rows []auditRow
	cos := []string{"Brenco Inc.", "Marlow Textile Corp."}
	n := 0
	for _, d := range h1Descrs {
		for _, f := range h1Frames {
			co := cos[n%len(cos)]
			n++
			rows = append(rows, auditRow{class: "descr/" + d.shape + "/" + f.frame + ": " + d.text,
				text: h1Deep + "\n\n" + fmt.Sprintf(f.text, co, d.text),
				want: []quote{{co, auI, "full-year profit will be far below last year's"}}})
		}
	}
	// A spokesman for the described company.
	for _, d := range []string{"the Tarvik cable television and telecommunications concern", "the Fairlawn, Ohio-based company", "the auto parts and aerospace concern"} {
		rows = append(rows, auditRow{class: "descr/spokesman for: " + d,
			text: h1Deep + "\n\nBrenco Inc. said it will offer 2 million preferred shares.\n\nA spokesman for " + d + " said the coupon rate hasn't yet been fixed.",
			want: []quote{{"Brenco Inc.", auI, "the coupon rate hasn't yet been fixed"}}})
	}
	return rows
}

// h1NearRows must not change: a person named in apposition to the
// description, an indefinite description, people at the company, a
// body of another kind.
func h1NearRows() []auditRow {
	item := h1Deep + "\n\nBrenco Inc. said it expects a third-quarter loss.\n\n"
	return []auditRow{
		{class: "near/named analyst", text: item + "A Fairlawn, Ohio-based analyst, Ida Marsh, said the loss was expected.",
			want: []quote{{"Ida Marsh", auI, "the loss was expected"}}},
		{class: "near/indefinite trades", text: item + "An auto parts and aerospace concern said the loss was expected.",
			want: []quote{{"", auI, "the loss was expected"}}},
		{class: "near/workers at", text: item + "Workers at the auto parts and aerospace concern said the plant would close.",
			want: []quote{{"", auI, "the plant would close"}}},
		{class: "near/other body named", text: item + "The Fairlawn, Ohio-based union, the Brenco Workers Guild, said the plant would close.",
			want: []quote{{"Brenco Workers Guild", auI, "the plant would close"}}},
		{class: "near/plural trades", text: item + "Other auto parts and aerospace concerns said the plant would close.",
			want: []quote{{"", auI, "the plant would close"}}},
		{class: "near/person subject", text: item + "Ida Marsh, an Ohio-based analyst, said the loss was expected.",
			want: []quote{{"Ida Marsh", auI, "the loss was expected"}}},
	}
}

// h1CommaRows: the description closed by a comma before its cue, with a
// relative clause or nothing between ("The British paper, packaging and
// publishing concern, said").
func h1CommaRows() []auditRow {
	var rows []auditRow
	descrs := []string{"The Austin, Texas-based company", "The Austin, Tex.-based company", "The Dalton, Ga., carpet maker",
		"The British paper, packaging and publishing concern", "The El Paso, Texas, maker of Western boots", "The insurance and financial services concern"}
	tails := []struct{ frame, text string }{
		{"comma", ","},
		{"which", ", which sells its goods by mail,"},
		{"comma also", ", also"},
	}
	for _, d := range descrs {
		for _, tl := range tails {
			rows = append(rows, auditRow{class: "comma/" + tl.frame + ": " + d,
				text: h1Deep + "\n\nBrenco Inc. said it expects a third-quarter loss.\n\n" + d + tl.text + " said that full-year profit will be far below last year's.",
				want: []quote{{"Brenco Inc.", auI, "full-year profit will be far below last year's"}}})
		}
	}
	item := h1Deep + "\n\nBrenco Inc. said it expects a third-quarter loss.\n\n"
	rows = append(rows,
		auditRow{class: "comma/near miss, named in apposition", text: item + "The Dalton, Ga., carpet maker, Tarvel Mills, said the plant would close.",
			want: []quote{{"Tarvel Mills", auI, "the plant would close"}}},
		auditRow{class: "comma/near miss, a person after", text: item + "The Dalton, Ga., carpet maker, its chairman, Ida Marsh, said the plant would close.",
			want: []quote{{"Ida Marsh", auI, "the plant would close"}}},
		auditRow{class: "comma/near miss, a clause", text: item + "The insurance and financial services concern, analysts said, would lose money.",
			want: []quote{{"", auI, "would lose money"}}},
	)
	return rows
}

// h1PutItRows: "as X puts it" opening the sentence, the speaker perhaps
// in apposition, a conjunction perhaps before, a colon or a comma before
// the quotation; near misses where "put it" places a thing or the "as"
// is no manner clause's.
func h1PutItRows() []auditRow {
	var rows []auditRow
	const words = "All kinds of odd things spook the buyers these days."
	speakers := []struct{ name, form string }{
		{"Ida Marsh", "Ida Marsh"},
		{"Ida Marsh", "Ida Marsh, a florist in Tarrow,"},
		{"Tomas Brenn", "Tomas Brenn, who runs a bakery in Orrvale,"},
		{"Tomas Brenn", "Mr. Brenn's neighbour, Tomas Brenn,"},
	}
	openers := []string{"As", "Or, as", "But as", "And as"}
	for n, sp := range speakers {
		for m, op := range openers {
			punct := ":"
			if (n+m)%3 == 2 {
				punct = ","
			}
			known := ""
			if !(op == "As" && punct == ",") && !(n == 3) {
				known = h1PutItColon
			}
			rows = append(rows, auditRow{class: "putit/" + op + " " + sp.form + " puts it" + punct, known: known,
				text: "The vote was close.\n\n" + op + " " + sp.form + " puts it" + punct + " \"" + words + "\"",
				want: []quote{{sp.name, auD, words}}})
		}
	}
	rows = append(rows,
		auditRow{class: "putit/near miss, put it down", text: "The vote was close.\n\nAs Ida Marsh put it down: \"" + words + "\"",
			want: []quote{{"", auD, words}}},
		auditRow{class: "putit/near miss, as a clause of time", known: h1ColonAfterPerson, text: "The vote was close.\n\nAs the levy passed, Ida Marsh left the hall. Tomas Brenn put it on the table: \"" + words + "\"",
			want: []quote{{"", auD, words}}},
	)
	return rows
}

// h1StationRows: a company that owns radio or television stations,
// "Broadcasting" and an abbreviated legal form in its name, speaks for
// itself; a nation's broadcaster and a spelled-out "Corporation" stay
// news outlets, whose reports are no one's statement.
func h1StationRows() []auditRow {
	var rows []auditRow
	for _, n := range []string{"Marlow Broadcasting Corp.", "Tarvel Broadcasting Inc.", "Dorvan Broadcasting Co.", "Brenfield Broadcasting Corp."} {
		for _, f := range []string{
			"%s said it didn't make a $1.6 million interest payment due yesterday.\n\nIt said it needs to make the payment by Dec. 1.",
			"%s, the radio-station owner, said it didn't make a $1.6 million interest payment due yesterday.\n\nIt said it needs to make the payment by Dec. 1.",
		} {
			rows = append(rows, auditRow{class: "station/" + n, known: h1Station,
				text: "The weather was fine.\n\n" + fmt.Sprintf(f, n),
				want: []quote{{n, auI, "it didn't make a $1.6 million interest payment due yesterday"}, {n, auI, "it needs to make the payment by Dec. 1"}}})
		}
	}
	for _, n := range []string{"Canadian Broadcasting Corp.", "Australian Broadcasting Corporation", "British Broadcasting Corp."} {
		rows = append(rows, auditRow{class: "station/near miss, a nation's broadcaster: " + n,
			text: "The weather was fine.\n\n" + n + " reported that the strike had ended.",
			want: []quote{{"", auI, "the strike had ended"}}})
	}
	return rows
}

// h1TownTradeRows: a town's name opening a list of trades, as subject or
// after "a spokesman for"; near misses where the phrase is a place the
// speakers are at.
func h1TownTradeRows() []auditRow {
	item := h1Deep + "\n\nBrenco Inc. said it will offer 2 million preferred shares.\n\n"
	var rows []auditRow
	for _, d := range []string{"The Tarvik cable television and telecommunications concern", "The Orem paper and packaging company", "The Tulsa steel, coal and shipping concern"} {
		rows = append(rows,
			auditRow{class: "towntrades/subject: " + d, text: item + d + " said the coupon rate hasn't yet been fixed.",
				want: []quote{{"Brenco Inc.", auI, "the coupon rate hasn't yet been fixed"}}},
			auditRow{class: "towntrades/spokesman for: " + d, text: item + "A spokesman for " + strings.ToLower(d[:1]) + d[1:] + " said the coupon rate hasn't yet been fixed.",
				want: []quote{{"Brenco Inc.", auI, "the coupon rate hasn't yet been fixed"}}})
	}
	rows = append(rows,
		auditRow{class: "towntrades/near miss, workers at", text: item + "Workers at the Tarvik cable television and telecommunications concern said the plant would close.",
			want: []quote{{"", auI, "the plant would close"}}},
		auditRow{class: "towntrades/near miss, a person named", text: item + "The Tarvik cable television and telecommunications analyst Ida Marsh said the plant would close.",
			want: []quote{{"Ida Marsh", auI, "the plant would close"}}},
	)
	return rows
}

// h1TradeNameRows: a company named by a town or founder and its trade's
// word with no legal form ("Marlow Truck", "Kell Rubber"), opening an
// item with a verb of business, then "The company said"; near misses
// where the trade's word is a thing's.
func h1TradeNameRows() []auditRow {
	var rows []auditRow
	names := []string{"Marlow Truck", "Ostrin Trucks", "Kell Rubber", "Brenfield Chemical", "Tarvel Instruments", "Dorvan Manufacturing", "Orrvale Trucking", "Ansel Machines"}
	verbs := []string{"attributed the downturn in its earnings to higher start-up costs.", "posted a 5% rise in its third-quarter profit."}
	for i, n := range names {
		rows = append(rows, auditRow{class: "tradename/" + n,
			text: "The weather was fine.\n\n" + n + " " + verbs[i%len(verbs)] + "\n\nThe company said it is phasing out its old chassis line.",
			want: []quote{{n, auI, "it is phasing out its old chassis line"}}})
	}
	rows = append(rows,
		auditRow{class: "tradename/near miss, a fire truck's crew", text: "The weather was fine.\n\nThe fire truck crew said the road was blocked.",
			want: []quote{{"", auI, "the road was blocked"}}},
		auditRow{class: "tradename/near miss, a truck driver named", text: "The weather was fine.\n\nA truck driver, Ida Marsh, said the road was blocked.",
			want: []quote{{"Ida Marsh", auI, "the road was blocked"}}},
		auditRow{class: "tradename/near miss, a person named Chemical", text: "The weather was fine.\n\nIda Marsh, who drives a Marlow truck, said the road was blocked.",
			want: []quote{{"Ida Marsh", auI, "the road was blocked"}}},
	)
	return rows
}

// h1SaysTheRows: "Says" opening the sentence, then "the" and a body's
// possessive before the speaker's name, then the quotation; near misses
// where no name follows the possessive.
func h1SaysTheRows() []auditRow {
	var rows []auditRow
	const words = "The levy is a mistake."
	for _, sp := range []struct{ name, form string }{
		{"Marsh", "the Harbour Board's Ms. Marsh"},
		{"Brenn", "the Big Board's Mr. Brenn"},
		{"Ida Marsh", "the council's Ida Marsh"},
		{"Brenn", "the company's Mr. Brenn"},
		{"Tomas Brenn", "the Tarvik Institute's Tomas Brenn"},
	} {
		for _, p := range []string{",", ":"} {
			rows = append(rows, auditRow{class: "saysthe/Says " + sp.form + p,
				text: "The vote was close.\n\nSays " + sp.form + p + " \"" + words + "\"",
				want: []quote{{sp.name, auD, words}}})
		}
	}
	rows = append(rows,
		auditRow{class: "saysthe/near miss, the body's spokesman unnamed", text: "The vote was close.\n\nSays the council's spokesman, \"" + words + "\"",
			want: []quote{{"", auD, words}}},
		auditRow{class: "saysthe/near miss, a report", text: "The vote was close.\n\nSays the council's report: \"" + words + "\"",
			want: []quote{{"", auD, words}}},
	)
	return rows
}

// h1BelieveRows: a view given in quotation marks after "believes
// (thinks) that", the holder named before or a pronoun, a conjunction
// or an apposition perhaps in the way; near misses without quotation
// marks, which report no one's words.
func h1BelieveRows() []auditRow {
	var rows []auditRow
	const words = "the new levy creates strange swings. It's not a sound thing."
	intro := "Ida Marsh, a florist in Tarrow, spoke first.\n\n"
	for _, subj := range []string{"But she", "And she", "But Ms. Marsh", "Ida Marsh, a florist in Tarrow,"} {
		for _, v := range []string{"believes that", "thinks that", "believes"} {
			text := intro + subj + " " + v + " \"" + words + "\""
			if strings.HasPrefix(subj, "Ida") {
				text = "The vote was close.\n\n" + subj + " " + v + " \"" + words + "\""
			}
			rows = append(rows, auditRow{class: "believe/" + subj + " " + v, text: text,
				want: []quote{{"Ida Marsh", auD, words}}})
		}
	}
	rows = append(rows,
		auditRow{class: "believe/near miss, no marks", text: intro + "But she believes that the new levy creates strange swings.", exact: true},
		auditRow{class: "believe/near miss, a thought", text: intro + "But the thought that the levy is fair troubles her.", exact: true},
	)
	return rows
}

// h1OtherThanRows: a refusal to say more, then the little said in
// quotation marks: "He declined to elaborate, other than to say, “...”".
func h1OtherThanRows() []auditRow {
	var rows []auditRow
	const words = "It just seemed the right thing to do."
	intro := "In an interview, Mr. Brenn said his departure was his own decision.\n\n"
	for _, sp := range []struct{ name, form string }{{"Brenn", "He"}, {"Ida Marsh", "Ida Marsh"}, {"Tomas Vell", "Tomas Vell, the board's chairman,"}} {
		for _, f := range []string{"declined to elaborate, other than to say,", "declined to comment, except to say,", "would not discuss the talks other than to say:"} {
			rows = append(rows, auditRow{class: "otherthan/" + sp.form + " " + f,
				text: intro + sp.form + " " + f + " \"" + words + "\"",
				want: []quote{{sp.name, auD, words}}})
		}
	}
	rows = append(rows, auditRow{class: "otherthan/near miss, nobody", text: intro + "Nobody would comment, other than to say, \"" + words + "\"",
		want: []quote{{"", auD, words}}})
	return rows
}

// h1BecauseRows: a person's view, then its reason in the person's own
// words after "because": "Tomas Brenn would like to see the levy go
// because “I can't see that it does anything for the town.”"; near
// misses where the words in marks are not the subject's (no "I" or
// "we") or the subject is no person.
func h1BecauseRows() []auditRow {
	var rows []auditRow
	for _, sp := range []struct{ name, form string }{
		{"Tomas Brenn", "Tomas Brenn, a 31-year-old asset manager for a Dallas firm,"},
		{"Tomas Brenn", "Similarly, Tomas Brenn"},
		{"Ida Marsh", "Ida Marsh"},
	} {
		for _, f := range []struct{ view, words string }{
			{"would like to see the levy disappear because", "I can't see that it does anything for the town."},
			{"opposes the levy because", "we never voted for it."},
			{"voted against the plan because", "I don't trust the numbers."},
		} {
			rows = append(rows, auditRow{class: "because/" + sp.form + " " + f.view,
				text: "The vote was close.\n\n" + sp.form + " " + f.view + " \"" + f.words + "\"",
				want: []quote{{sp.name, auD, f.words}}})
		}
	}
	rows = append(rows,
		auditRow{class: "because/near miss, no first person", text: "The vote was close.\n\nIda Marsh opposes the levy because \"the town never voted for it,\" as the paper put it.",
			want: []quote{{"", auD, "the town never voted for it,"}}},
		auditRow{class: "because/near miss, a body's act", text: "The vote was close.\n\nThe council dropped the levy because \"I can't see that it does anything,\" as one member wrote.",
			want: []quote{{"", auD, "I can't see that it does anything,"}}},
	)
	return rows
}

// h1DecryRows: a judgement of a thing in the judge's own words, "X as
// “...”", after a verb of scorn ("decries", "dismisses", "derides");
// near misses where no quotation follows "as" or the verb has none.
func h1DecryRows() []auditRow {
	var rows []auditRow
	for _, sp := range []struct{ name, form string }{
		{"Petra Olsen", "Petra Olsen, who runs a bakery in Tarrow,"},
		{"Petra Olsen", "Petra Olsen"},
	} {
		for _, v := range []string{"decries", "decried", "dismisses", "dismissed", "derides", "derided"} {
			rows = append(rows, auditRow{class: "decry/" + v + ": " + sp.form,
				text: "The vote was close.\n\n" + sp.form + " " + v + " the levy as \"a tax on bread,\" but she also isn't sure it should be repealed.",
				want: []quote{{sp.name, auD, "a tax on bread,"}}})
		}
	}
	rows = append(rows,
		auditRow{class: "decry/near miss, dismissed a case", text: "The vote was close.\n\nJudge Petra Olsen dismissed the case. The levy stays.", exact: true},
		auditRow{class: "decry/near miss, as a time", known: h1ScornAsTime, text: "The vote was close.\n\nPetra Olsen dismissed the staff as the \"Harvest Fair\" opened.",
			want: []quote{{"", auD, "Harvest Fair"}}},
	)
	return rows
}

// h1ShortCommonRows: a company whose name opens with a common word
// ("Heritage Media Corp.", "Liberty Foods Inc.") named again by that
// word alone as a subject; near misses where the word is the word.
func h1ShortCommonRows() []auditRow {
	var rows []auditRow
	for _, w := range []string{"Heritage", "Liberty", "Freedom", "Legacy", "Vision"} {
		full := w + " Media Corp."
		intro := "The vote was close.\n\n" + full + ", New York, said it offered to buy the shares of Kell Radio Corp.\n\n"
		rows = append(rows,
			auditRow{class: "shortcommon/which: " + w, text: intro + w + ", which owns 51% of Kell, said it will exchange one share for each Kell share.",
				want: []quote{{full, auI, "it will exchange one share for each Kell share"}}},
			auditRow{class: "shortcommon/said: " + w, text: intro + w + " said it will exchange one share for each Kell share.",
				want: []quote{{full, auI, "it will exchange one share for each Kell share"}}})
	}
	rows = append(rows,
		auditRow{class: "shortcommon/near miss, the word", text: "The vote was close.\n\nFreedom matters most, Ida Marsh said.",
			want: []quote{{"Ida Marsh", auI, "Freedom matters most"}}},
	)
	return rows
}

func TestAuditS14H1(t *testing.T) {
	var rows []auditRow
	rows = append(rows, h1DescrRows()...)
	rows = append(rows, h1CommaRows()...)
	rows = append(rows, h1PutItRows()...)
	rows = append(rows, h1StationRows()...)
	rows = append(rows, h1TownTradeRows()...)
	rows = append(rows, h1TradeNameRows()...)
	rows = append(rows, h1SaysTheRows()...)
	rows = append(rows, h1BelieveRows()...)
	rows = append(rows, h1OtherThanRows()...)
	rows = append(rows, h1BecauseRows()...)
	rows = append(rows, h1DecryRows()...)
	rows = append(rows, h1ShortCommonRows()...)
	rows = append(rows, h1NearRows()...)
	runAudit(t, "s14-h1", rows, *auditKnown)
}
