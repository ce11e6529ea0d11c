package extract_test

import (
	"flag"
	"testing"
)

// Session-15 helper j12: a company's words given by a trade description
// only ("The snack maker said", "the fast-food chain said", "the
// Tarvik-based insurer said"), crossed with the frames a business story
// uses (same paragraph, next paragraph, another firm in the object, a
// "-based" or adjective modifier), and near misses that must name no one
// ("a rival chain said", "another lender said", two firms named before).
//
// FIRST PASS (engine at b0e1c26, 99 rows): 75/99 (0.76). trade 68/90:
// "brewer" and "miner" were no organisation word at all (6/6 rows lost
// each), "chain" and "bank" were in the lexicon but describes() let
// "the chain" fit no company and "the bank" only an acronym that had
// spoken (a "next paragraph" row passed by another path). near 7/9: two
// firms opening the sentence ("X and Y both posted losses. The chain
// said") gave the words to the nearer one.
//
// Fix (words.go: brewer, miner are organisation words; coref.go
// describes: chain, brewer, miner describe a company as "the retailer"
// does, "the bank" a company whose name names finance; resolveOrgDescription
// rivalBeside: a firm description after two firms joined by "and" that
// open their sentence means neither): trade 90/90, near 9/9. near2 rows
// were added after the fix (9 rows, 2 known: another mechanism each).
//
// FIRST PASS of batch 2 (trade2, engine at 698c447, 30 rows): 3/30, only
// "the drugstore chain" passed. The fix (the same as fix 1 for eight more
// nouns) passed 27/30 but cost a held-out set 0.012 speaker F1 and moved
// no dev set, so it was dropped: the rows stay known (j12Trade2Dropped).

var j12Known = flag.Bool("j12known", false, "run the j12 audit rows marked as known failures")

func TestAuditS15J12(t *testing.T) { runAudit(t, "j12", j12Rows(), *j12Known) }

// j12Trades: a trade description and the firm it describes, whose name
// holds no word of the description.
var j12Trades = []struct{ desc, firm string }{
	{"snack maker", "Harlow Foods Inc."},
	{"retailer", "Brenmore Holdings Inc."},
	{"fast-food chain", "Quillby Corp."},
	{"restaurant operator", "Dassel Group Inc."},
	{"automaker", "Vantrell Motors Corp."},
	{"insurer", "Ostrava Mutual Inc."},
	{"carrier", "Pellam Corp."},
	{"lender", "Corvane Financial Corp."},
	{"brewer", "Haddon Ales Inc."},
	{"miner", "Selwick Resources Ltd."},
	{"publisher", "Marrow House Inc."},
	{"airline", "Skelby Air Corp."},
	{"utility", "Tarnwell Energy Inc."},
	{"bank", "Lorvik Financial Corp."},
	{"developer", "Ambry Estates Ltd."},
}

// j12Trades2: batch 2, trade nouns of the business pages.
var j12Trades2 = []struct{ desc, firm string }{
	{"supplier", "Harlow Foods Inc."},
	{"distributor", "Brenmore Holdings Inc."},
	{"refiner", "Quillby Corp."},
	{"homebuilder", "Dassel Group Inc."},
	{"shipper", "Pellam Corp."},
	{"tech giant", "Vantrell Systems Corp."},
	{"oil producer", "Selwick Resources Ltd."},
	{"drugstore chain", "Marrow Stores Inc."},
	{"telecom", "Skelby Corp."},
	{"exporter", "Ambry Trading Ltd."},
}

const j12Say = "sales fell in the spring"

// j12UnnamedBefore: a trade noun introduced unnamed, failing before the fix as after.
const j12UnnamedBefore = "unnamed-before: \"sued a retailer ... The retailer said\" gives the words to the firm named before: resolveOrgDescription looks only for named bodies that fit, never for an indefinite mention of the same noun that took the description first; left for another session"

// j12Trade2Dropped: batch 2's fix, tried and dropped.
const j12Trade2Dropped = "trade2-dropped: supplier, distributor, refiner, homebuilder, shipper, giant, telecom and exporter are no organisation words, so \"The refiner said\" names no one; adding them to genericOrgWords and to describes() as fix 1 did passed 27/30 rows but moved no dev set and cost a held-out page set 0.012 speaker F1, so it was dropped; needs a look on dev pages for what the new words catch that they should not"

// j12Producer: "producer" is a person's role (a film's producer) first.
const j12Producer = "producer-role: \"The oil producer said\" is read as a person's role, not a firm's trade: the lexicon makes \"producer\" a role, and the trade modifier (oil, gas, steel) that makes it a firm is not weighed; left, a role word needs its own care"

func j12Rows() []auditRow {
	var rows []auditRow
	for _, tr := range j12Trades {
		f, d := tr.firm, tr.desc
		want := []quote{{f, auI, j12Say}}
		rows = append(rows,
			auditRow{class: "trade/same paragraph",
				text: f + " posted a loss on Tuesday. The " + d + " said " + j12Say + ".",
				want: want},
			auditRow{class: "trade/next paragraph",
				text: f + " posted a loss on Tuesday.\n\nThe " + d + " said " + j12Say + ".",
				want: want},
			auditRow{class: "trade/other firm in object",
				text: f + " agreed to buy Denby Mills on Tuesday. The " + d + " said " + j12Say + ".",
				want: want},
			auditRow{class: "trade/based modifier",
				text: f + " posted a loss on Tuesday. The Tarvik-based " + d + " said " + j12Say + ".",
				want: want},
			auditRow{class: "trade/adjective modifier",
				text: f + " posted a loss on Tuesday. The struggling " + d + " said " + j12Say + ".",
				want: want},
			auditRow{class: "trade/clause first",
				text: f + " posted a loss on Tuesday. Sales fell in the spring, the " + d + " said.",
				want: []quote{{f, auI, "Sales fell in the spring"}}},
		)
	}
	// Near misses: the description is not the firm named before.
	for _, tr := range []struct{ desc, firm string }{j12Trades[2], j12Trades[7], j12Trades[1]} {
		f, d := tr.firm, tr.desc
		rows = append(rows,
			auditRow{class: "near/a rival",
				text: f + " posted a loss on Tuesday. A rival " + d + " said " + j12Say + ".",
				want: []quote{{"", auI, j12Say}}},
			auditRow{class: "near/another",
				text: f + " posted a loss on Tuesday. Another " + d + " said " + j12Say + ".",
				want: []quote{{"", auI, j12Say}}},
			auditRow{class: "near/two firms",
				text: f + " and Kellan Dray Corp. both posted losses on Tuesday. The " + d + " said " + j12Say + ".",
				want: []quote{{"", auI, j12Say}}},
		)
	}
	// Batch 2 (after fix 1): more trade nouns, the same frames.
	for _, tr := range j12Trades2 {
		f, d := tr.firm, tr.desc
		want := []quote{{f, auI, j12Say}}
		known := j12Trade2Dropped
		switch d {
		case "oil producer":
			known = j12Producer
		case "drugstore chain":
			known = "" // "chain" is fix 1's
		}
		rows = append(rows,
			auditRow{class: "trade2/same paragraph",
				text: f + " posted a loss on Tuesday. The " + d + " said " + j12Say + ".",
				want: want, known: known},
			auditRow{class: "trade2/next paragraph",
				text: f + " posted a loss on Tuesday.\n\nThe " + d + " said " + j12Say + ".",
				want: want, known: known},
			auditRow{class: "trade2/based modifier",
				text: f + " posted a loss on Tuesday. The Tarvik-based " + d + " said " + j12Say + ".",
				want: want, known: known},
		)
	}
	// Added after the fix: near misses for the new readings.
	rows = append(rows,
		auditRow{class: "near2/bank after an automaker",
			text: "Vantrell Motors Corp. posted a loss on Tuesday. The bank said " + j12Say + ".",
			want: []quote{{"", auI, j12Say}}},
		auditRow{class: "near2/chain after a person",
			text: "Ilse Varga opened a shop on Tuesday. The chain said " + j12Say + ".",
			want: []quote{{"", auI, j12Say}}},
		auditRow{class: "near2/giant after a person",
			text: "Ilse Varga posted a video on Tuesday. The tech giant said " + j12Say + ".",
			want: []quote{{"", auI, j12Say}}},
		auditRow{class: "near2/supplier after a person",
			text: "Ilse Varga posted a video on Tuesday. The supplier said " + j12Say + ".",
			want: []quote{{"", auI, j12Say}}},
		auditRow{class: "near2/company after two firms",
			text: "Harlow Foods Inc. and Kellan Dray Corp. both posted losses on Tuesday. The company said " + j12Say + ".",
			want: []quote{{"", auI, j12Say}}},
		auditRow{class: "near2/an unnamed trade noun",
			text: "Harlow Foods Inc. sued a retailer on Tuesday. The retailer said " + j12Say + ".",
			want: []quote{{"", auI, j12Say}}, known: j12UnnamedBefore},
		auditRow{class: "near2/two rivals in the object",
			text: "Harlow Foods Inc. will compete with Quillby Corp. and Dassel Group Inc. in the spring. The snack maker said " + j12Say + ".",
			want: []quote{{"Harlow Foods Inc.", auI, j12Say}}},
		auditRow{class: "near2/Inc. ends the sentence",
			text: "Harlow Foods Inc. will compete with Quillby Corp. and Dassel Group Inc. The snack maker said " + j12Say + ".",
			want: []quote{{"Harlow Foods Inc.", auI, j12Say}}},
		auditRow{class: "near2/brewer after a brewery named",
			text: "Haddon Ales Inc. posted a loss on Tuesday. The brewer said " + j12Say + ".",
			want: []quote{{"Haddon Ales Inc.", auI, j12Say}}},
	)
	return rows
}
