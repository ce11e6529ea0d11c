package extract_test

import (
	"flag"
	"fmt"
	"testing"
)

// Session 14, helper f3: speaker recall on the WSJ dev sets dev-o and
// dev-p. The speaker misses were sorted by mechanism; the classes probed
// here, each a frame crossed with casts of invented companies:
//
//   - bare: a company named without a legal suffix ("Tarvex", "Holloway
//     Truck", "Pennick International") as the subject of a market or
//     business sentence ("X tumbled 2 to 14.", "X attributed the drop
//     to ..."), then "The company said ...": the company was not linked,
//     and an earlier company (one named in passing in a list of stock
//     moves) took the report;
//   - first: a company whose name opens with "First" at the start of a
//     sentence ("First Tarrow Corp. said"): the ordinal was dropped, and
//     the speaker was "Tarrow Corp.".
//
// FIRST PASS (engine at bd7282e, the whole table as first written, 34
// rows): bare 9/19, first 3/15, ALL 12/34 (0.35).
//
// MERGED: only fix 4 (the staff class) came to main. Fixes 1, 2, 3 and 5
// were of classes h14-f1 and h14-f2 fixed at the same time on the same
// sets (firstOfFirm, stockMoveSubject, movedTo, thriftName); every row
// below passes on those, once "Bancorp" is a company word. The figures
// that follow are this branch's own.
//
// Fix 1 (firstOfFirm, entity.office, allCompanyWords): first 15/15, and
// 17/17 with two rows written after it (the short form "First of
// Orrvale" said alone, which dev-o's part 86 still lost; "First
// Secretary of" an embassy, an office, as a near miss). Score: dev-o
// 0.857/0.927/0.838 -> 0.870/0.927/0.853, dev-p 0.885/0.928/0.869 ->
// 0.894/0.928/0.872; no other set moved.
//
// Fix 2 (priceMoveAfter: a name whose shares "tumbled 2 to 14" is a
// company, even a two-word name guessed a person): bare 18/19, and 20/21
// with two near misses written beside it (a person's total, an analyst
// after a price move; both passed before). Left: "Holloway Truck
// attributed the downturn" (known). Score: dev-o 0.870/0.927/0.853 ->
// 0.887/0.927/0.860; no other set moved.
//
// Fix 3 (the cue "added" in a price move, "Vandrell Paper Board added
// 1/2 to 24 3/8", is no speech): a false speaker in dev-o's market
// report. The addprice rows were written after the fix (found among the
// misses left after fix 2) and run with the fix switched off once:
// 4/8 (every list row gave the firm a report); with it 7/8, the one left
// (a report opening "30 to 40 stores") failing before as after (known).
// Score: dev-o speaker F1 0.887 -> 0.891; no other set moved.
//
// The staff class (15 rows: an unnamed official or spokesman of a firm
// "with lead underwriter X", "with X", "for X's U.S. subsidiary", "at
// underwriter X", "for the investment bank X"), written whole and run
// once after fix 3: 6/15 (every "according to an official with" gave
// nobody, and the subsidiary went to the country or nobody). Fix 4
// ("with" joins the role to its body in an "according to" source, over a
// "lead" read as a verb; "subsidiary" a body's word; a firm's possessive
// before a country and its unit is the firm's): 15/15, and 17/17 with
// two near misses written beside it (a country's ministry, an aide
// "with" a senator). Score: dev-o 0.891/0.927/0.860 -> 0.896/0.927/0.863,
// dev-p 0.894 -> 0.898 speaker F1; no other set moved.
//
// The legalform class (9 rows, written beside fix 5 and run with it off):
// 2/9; with it 8/9 (the one left, "AG Ilse Varga", fails either way).
// The fix moved no gold set: dev-o's case (part 90) stands inside a
// quotation that runs on past its sentence, where names are skipped. Not
// kept; the rows carry it as known.
//
// The thrift class (7 rows: a savings institution named with
// "Association" or "Bank", then "the company" or "the thrift"; a near
// miss, a trade association), written whole and run once before fix 6:
// 2/7. Fix 6 (a savings institution is a company; "thrift" a body's
// word): 7/7. Score: dev-o 0.896/0.927/0.863 -> 0.900/0.927/0.874; no
// other set moved.
//
// The joint class (a false speaker in dev-o's part 96: "Professors X of
// A and Y of B said", a joint report), 4 rows written and run once after
// fix 6: 4/4; 4 more written with given names the lexicon does not know:
// 0/4 (the first body's name ran on over "and"). The fix tried passed
// 9/9 but moved no set; not kept, the 4 rows known (run-on-and).

// Mechanisms of the known failures.
const f3Bare = "bare-company: a two-word company name without a company word (\"Holloway Truck\") is guessed a person, and only a share price's move (\"tumbled 2 to 14\") says otherwise; \"attributed the downturn in its earnings\" does not, so \"the company said\" finds nobody"

const f3LegalForm = "legal-form: a European legal form (\"AG\", \"S.A.\", \"N.V.\") does not make a name a company, so \"the company said\" after it goes to an earlier company or a product's acronym; the fix (the form, as written, ending a longer name) passed 8/9 but moved no gold set (dev-o's case sits inside a run-on quotation), so it was not kept"

const f3RunOnAnd = "run-on-and: \"the University of Tarrow and Oskel Marn of Orrvale Law School\": a body's name after \"of\" runs on over \"and\" into a person the lexicon does not know as a given name, so the first person speaks alone; the fix tried (a two-word name and \"of\" after the \"and\" ends the body) passed 9/9 but moved no gold set (dev-o's part 96 has a surname the lexicon marks as a body's word), so it was not kept"

var f3Known = flag.Bool("f3.known", false, "TestAuditS14F3 runs its known failures too")

func TestAuditS14F3(t *testing.T) { runAudit(t, "f3", f3Rows(), *f3Known) }

func f3Rows() []auditRow {
	var rows []auditRow

	// bare: a suffixless company opening a market sentence, then "the company".
	type bareCast struct{ firm, other string }
	bareCasts := []bareCast{
		{"Tarvex", "Pellam Communications"},
		{"Holloway Truck", "Vandrell Paper Board"},
		{"Pennick International", "Orrvale Products"},
		{"Marcomp", "Gresham Industries"},
	}
	bareFrames := []struct {
		name, text, quote string
	}{
		{"tumbled", "Buyers were drawn to %[2]s, up 2 to 57 7/8.\n\n%[1]s tumbled 2 to 14.\n\nThe company forecast that fourth-quarter income would be lower than a year earlier.", "fourth-quarter income would be lower than a year earlier"},
		{"aside advanced", "Others included %[2]s, up 1 3/4 to 29 1/4.\n\n%[1]s, a rumored target within the industry, advanced 7/8 to 38 7/8.\n\nThe company said it plans a fourth-quarter charge for an early-retirement program.", "it plans a fourth-quarter charge for an early-retirement program"},
		{"attributed", "%[1]s attributed the downturn in its earnings to higher start-up costs.\n\nThe company said it is phasing out its current source of chassis.", "it is phasing out its current source of chassis"},
		{"lost", "%[2]s added 1/2 to 24 3/8.\n\n%[1]s lost 3/8 to 31 1/2 after it cut its dividend.\n\nThe company said the cut would save $40 million a year.", "the cut would save $40 million a year"},
	}
	bareFailing := map[string]bool{"attributed Holloway Truck": true}
	for _, f := range bareFrames {
		for _, c := range bareCasts {
			row := auditRow{class: "bare/" + f.name + " " + c.firm,
				text:     fmt.Sprintf(f.text, c.firm, c.other),
				want:     []quote{{c.firm, auI, f.quote}},
				speakers: []string{c.firm}}
			if bareFailing[f.name+" "+c.firm] {
				row.known = f3Bare
			}
			rows = append(rows, row)
		}
	}
	// Near misses: a person as the subject, a suffixed company, a
	// company in a list with no sentence of its own.
	rows = append(rows,
		auditRow{class: "bare/near: suffixed company",
			text:     "Tarvex Corp. tumbled 2 to 14.\n\nThe company said income would fall.",
			want:     []quote{{"Tarvex Corp.", auI, "income would fall"}},
			speakers: []string{"Tarvex Corp."}},
		auditRow{class: "bare/near: company then person",
			text:     "Pellam Communications rose 2 to 57.\n\nJanet Orrin, an analyst, said the shares were cheap.",
			want:     []quote{{"Janet Orrin", auI, "the shares were cheap"}},
			speakers: []string{"Janet Orrin"}},
		// Written beside fix 2, near misses: a person's total, and an
		// analyst after a price move.
		auditRow{class: "bare/near: person adds to a total",
			text:     "Janet Orrin added 12 to her total of 40.\n\nShe said the season was long.",
			want:     []quote{{"Janet Orrin", auI, "the season was long"}},
			speakers: []string{"Janet Orrin"}},
		auditRow{class: "bare/near: analyst after a price move",
			text:     "Tarvex rose 2 to 14.\n\nAnalyst Janet Orrin said the shares were cheap.",
			want:     []quote{{"Janet Orrin", auI, "the shares were cheap"}},
			speakers: []string{"Janet Orrin"}},
		auditRow{class: "bare/near: the company after a named company said",
			text:     "Vandrell Paper Board said profit rose 12%.\n\nGresham Industries rose 1/2 to 20.\n\nSales increased 8%, Vandrell said.",
			want:     []quote{{"Vandrell Paper Board", auI, "profit rose 12%"}, {"Vandrell Paper Board", auI, "Sales increased 8%"}},
			speakers: []string{"Vandrell Paper Board"}},
	)

	// addprice (written after fix 3, see the top): "added" in a price
	// move, no speech; and "added" with a report opening with numbers.
	for _, firm := range []string{"Vandrell Paper Board", "Tarvex Inc.", "Gresham Industries"} {
		rows = append(rows,
			auditRow{class: "addprice/in a list " + firm,
				text:  "Pellam rose 3/4 to 39 1/2, " + firm + " added 1/2 to 24 3/8 and Orrvale Paper gained 1/2 to 48 3/8, while Tarrow Mills fell 7/8 to 48 7/8, Kessler Timber lost 3/8 to 31 1/2 and Dunmore Pulp dropped 1/8 to 40 1/4.",
				exact: true, speakers: []string{}},
			auditRow{class: "addprice/alone " + firm,
				text:  firm + " added 1 1/4 to 52 in heavy trading.",
				exact: true, speakers: []string{}},
		)
	}
	rows = append(rows,
		auditRow{class: "addprice/near: added with numbers opening the report",
			text:     "Janet Orrin added 30 to 40 stores would close next year.",
			want:     []quote{{"Janet Orrin", auI, "30 to 40 stores would close next year"}},
			speakers: []string{"Janet Orrin"},
			known:    "numbers-report: \"X added 30 to 40 stores would close\": a reported clause opening with a number range after \"added\" is not found, before fix 3 as after it"},
		auditRow{class: "addprice/near: company added that",
			text:     "Tarvex Inc. added that 2 to 3 plants would be sold.",
			want:     []quote{{"Tarvex Inc.", auI, "2 to 3 plants would be sold"}},
			speakers: []string{"Tarvex Inc."}},
	)

	// staff: an unnamed official or spokesman of a firm named with a
	// descriptor before it, or of its unnamed unit.
	staffFirms := []string{"Kessler Dunn & Mayhew Securities Corp.", "Tarvex Inc.", "Orrvale Capital Markets"}
	staffFrames := []struct{ name, text, quote string }{
		{"official with role", "The bonds may be repriced at lower levels today, according to an official with lead underwriter %s.", "The bonds may be repriced at lower levels today"},
		{"official with", "The bonds may be repriced at lower levels today, according to an official with %s.", "The bonds may be repriced at lower levels today"},
		{"spokesman for unit", "A spokesman for %s’s U.S. subsidiary says the company has no plans for a tie-in.", "the company has no plans for a tie-in"},
		{"official at role", "An official at underwriter %s said the issue was withdrawn.", "the issue was withdrawn"},
		{"spokeswoman for the bank", "A spokeswoman for the investment bank %s said the issue was withdrawn.", "the issue was withdrawn"},
	}
	for _, f := range staffFrames {
		for _, firm := range staffFirms {
			rows = append(rows, auditRow{class: "staff/" + f.name + " " + firm,
				text:     fmt.Sprintf(f.text, firm),
				want:     []quote{{firm, auI, f.quote}},
				speakers: []string{firm}})
		}
	}

	rows = append(rows,
		auditRow{class: "staff/near: a country's own office",
			text:     "A spokesman for Tarvia’s Trade Ministry said the talks would resume.",
			want:     []quote{{"Trade Ministry", auI, "the talks would resume"}},
			speakers: []string{"Trade Ministry"}},
		auditRow{class: "staff/near: official with a person",
			text:     "The talks would resume, according to an aide with Senator Ilse Varga.",
			want:     []quote{{"", auI, "The talks would resume"}},
			speakers: []string{}},
	)

	// legalform (written after fix 5, run once with it switched off): a
	// European legal form ends the firm's name, so "the company" after
	// it is the firm, not an earlier company or a product's acronym.
	for _, firm := range []string{"Orrvale AG", "Vandrell S.A.", "Kessler GmbH", "Tarvex N.V."} {
		known := f3LegalForm
		if firm == "Kessler GmbH" {
			known = "" // "GmbH" is a company word already
		}
		rows = append(rows,
			auditRow{class: "legalform/after a product acronym " + firm,
				text: "KRX products may be useful in healing, Pellam Institute Inc. said.\n\n" + firm + " said it agreed to acquire 51% of Dunmore Pipes from a foundation.\n\nThe move is part of a strategy to focus on metals, the company said.",
				want: []quote{{"Pellam Institute Inc.", auI, "KRX products may be useful in healing"}, {firm, auI, "it agreed to acquire 51% of Dunmore Pipes from a foundation"},
					{firm, auI, "The move is part of a strategy to focus on metals"}},
				speakers: []string{"Pellam Institute Inc.", firm}, known: known},
			auditRow{class: "legalform/after another company " + firm,
				text:     "Gresham Tool Corp. reported higher sales.\n\n" + firm + " rose 2% in Frankfurt.\n\nThe company said it would buy back shares.",
				want:     []quote{{firm, auI, "it would buy back shares"}},
				speakers: []string{firm}, known: known},
		)
	}
	rows = append(rows,
		auditRow{class: "legalform/near: AG alone is an attorney general",
			text:     "AG Ilse Varga said the law was sound.",
			want:     []quote{{"Ilse Varga", auI, "the law was sound"}},
			speakers: []string{"Ilse Varga"},
			known:    "ag-title: \"AG\" before a name is kept in it (\"AG Ilse Varga\"), before fix 5 as after it; no company is made of it"},
	)

	// thrift: a savings and loan named with "Association" or "Bank" is
	// "the company" and "the thrift" of the wire's next sentences.
	for _, firm := range []string{"Tarrow Federal Savings & Loan Association", "Orrvale Savings Association", "Pellam Savings Bank"} {
		rows = append(rows,
			auditRow{class: "thrift/the company " + firm,
				text:     "Gresham Cruise Lines Inc. said its new ship will be delivered in January.\n\n" + firm + " took an $89.9 million charge as it reported a loss.\n\nThe charge is a write-off at the mobile home unit, which the company said had been a drain on earnings.",
				want:     []quote{{"Gresham Cruise Lines Inc.", auI, "its new ship will be delivered in January"}, {firm, auI, "had been a drain on earnings"}},
				speakers: []string{"Gresham Cruise Lines Inc.", firm}},
			auditRow{class: "thrift/the thrift " + firm,
				text:     "Gresham Cruise Lines Inc. said its new ship will be delivered in January.\n\n" + firm + " took an $89.9 million charge as it reported a loss.\n\nThe thrift said it expects near record earnings in 1990.",
				want:     []quote{{"Gresham Cruise Lines Inc.", auI, "its new ship will be delivered in January"}, {firm, auI, "it expects near record earnings in 1990"}},
				speakers: []string{"Gresham Cruise Lines Inc.", firm}},
		)
	}
	rows = append(rows,
		auditRow{class: "thrift/near: a trade association is no company",
			text:     "Gresham Cruise Lines Inc. said its new ship will be delivered in January.\n\nThe Tarrow Cruise Association held its meeting.\n\nThe company said bookings were strong.",
			want:     []quote{{"Gresham Cruise Lines Inc.", auI, "its new ship will be delivered in January"}, {"Gresham Cruise Lines Inc.", auI, "bookings were strong"}},
			speakers: []string{"Gresham Cruise Lines Inc."}},
	)

	// joint: two people each "of" a body after one plural title, then one
	// cue: a joint report, no one's (the pages gold's rule for "X and Y
	// said").
	jointTexts := []string{
		"Professors Ilse Varga of the University of Tarrow and Tomas Brenn of Orrvale Law School said any veto would contradict the charter.",
		"Professors Ilse Varga of Tarrow University and Tomas Brenn of Orrvale Law School said any veto would contradict the charter.",
		"Economists Ilse Varga of the Bank of Tarrow and Tomas Brenn of Orrvale Capital said any veto would contradict the charter.",
		// Added after the first run (all passed): a second given name the
		// lexicon does not know, where the first body's name ran on.
		"Professors Ilse Varga of the University of Tarrow and Laurence Brenn of Orrvale Law School said any veto would contradict the charter.",
		"Professors Ilse Varga of the University of Tarrow and Oskel Marn of Orrvale Law School said any veto would contradict the charter.",
		"Researchers Ilse Varga of the Institute of Tarrow and Tavi Brenn of Orrvale College said any veto would contradict the charter.",
		"Professors Ilse Varga of the University of Tarrow and Laurence Baker of Orrvale Law School said any veto would contradict the charter.",
	}
	for n, text := range jointTexts {
		row := auditRow{class: "joint/two of bodies, one cue",
			text: text, want: []quote{{"", auI, "any veto would contradict the charter"}}, speakers: []string{}}
		if n >= 3 {
			row.known = f3RunOnAnd
		}
		rows = append(rows, row)
	}
	rows = append(rows,
		auditRow{class: "joint/near: a ministry's remit with and, then of",
			text:     "The Ministry of Science and Higher Education of Tarvia said the grants would rise.",
			want:     []quote{{"Ministry of Science and Higher Education of Tarvia", auI, "the grants would rise"}},
			speakers: []string{"Ministry of Science and Higher Education of Tarvia"}},
		auditRow{class: "joint/near: one professor of a body",
			text:     "Professor Ilse Varga of the University of Tarrow said any veto would contradict the charter.",
			want:     []quote{{"Ilse Varga", auI, "any veto would contradict the charter"}},
			speakers: []string{"Ilse Varga"}},
	)

	// first: "First ..." company names opening a sentence.
	firstNames := []string{"First Tarrow Corp.", "First of Orrvale Bank Corp.", "First Pellam Bancorp", "First Holloway Financial Corp."}
	firstFrames := []struct {
		name, text, quote string
	}{
		{"said", "%s said it completed its acquisition of Gresham Savings Inc. for about $250 million.", "it completed its acquisition of Gresham Savings Inc. for about $250 million"},
		{"based", "Kalamazoo-based %s said it will eliminate 13 management positions.", "it will eliminate 13 management positions"},
		{"aside", "%s, which now has 45 banks, said its earnings rose 8%%.", "its earnings rose 8%"},
	}
	for _, f := range firstFrames {
		for _, n := range firstNames {
			rows = append(rows, auditRow{class: "first/" + f.name + " " + n,
				text:     fmt.Sprintf(f.text, n),
				want:     []quote{{n, auI, f.quote}},
				speakers: []string{n}})
		}
	}
	rows = append(rows,
		auditRow{class: "first/near: First comma",
			text:     "First, Tarrow Corp. said it would sell the unit.",
			want:     []quote{{"Tarrow Corp.", auI, "it would sell the unit"}},
			speakers: []string{"Tarrow Corp."}},
		auditRow{class: "first/near: First adverb before person",
			text:     "First Janet Orrin said the plan was sound.",
			want:     []quote{{"Janet Orrin", auI, "the plan was sound"}},
			speakers: []string{"Janet Orrin"}},
		auditRow{class: "first/near: short form",
			text:     "First Tarrow Corp. said profit rose.\n\nFirst Tarrow said sales fell.",
			want:     []quote{{"First Tarrow Corp.", auI, "profit rose"}, {"First Tarrow Corp.", auI, "sales fell"}},
			speakers: []string{"First Tarrow Corp."}},
		// Written after fix 1 (dev-o still lost "First of America" said
		// alone): the short form after "of", and an office near miss.
		auditRow{class: "first/short form after of",
			text: "First of Orrvale Bank Corp. said it completed its acquisition.\n\nTarrow-based First of Orrvale said it will cut 13 jobs.\n\nFirst of Orrvale said some of the managers will stay.",
			want: []quote{{"First of Orrvale Bank Corp.", auI, "it completed its acquisition"}, {"First of Orrvale Bank Corp.", auI, "it will cut 13 jobs"},
				{"First of Orrvale Bank Corp.", auI, "some of the managers will stay"}},
			speakers: []string{"First of Orrvale Bank Corp."}},
		auditRow{class: "first/near: First Secretary of an embassy",
			text:     "The First Secretary of the Tarvian Embassy said the visas would be issued.",
			want:     []quote{{"", auI, "the visas would be issued"}},
			speakers: []string{}},
	)
	return rows
}
