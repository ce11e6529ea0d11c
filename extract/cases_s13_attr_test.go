package extract_test

import (
	"strings"
	"testing"
)

// Session 13, attribution in a business digest and a court page (dev-l,
// 1989 Wall Street Journal reporting): who a quote belongs to when the
// subject is a description of the company the item named just before
// ("The restaurant operator said", "The Brisbane-based miner said"), when
// two or three named people or bodies speak jointly behind asides ("A,
// a lawyer, and B, a professor, concluded"), when a court's opinion or
// its panel speaks for the court named before, and when the cue opens the
// sentence ("Says A, a teacher, “...”") or the company's officials speak.
// Names, places and bodies are invented.
//
// FIRST-PASS (the whole first table of 48 rows, written before any fix on
// this branch): 17/48 (0.35); 18/48 (0.38) once two rows' own wording was
// corrected ("mirror" is no verb the engine knows, a recall matter; two
// banks in a bare opening sentence give no quote at all): court 4/10,
// digest 9/14, inverted 0/6, joint 4/11, officials 1/7. Failures by
// mechanism: a town in commas inside a description ("The Dalton, Ga.,
// carpet maker said", 2) and "concern" as no company's word; a court's
// "opinion by" and "the panel ruled" (6); "Says A, a teacher, “...”" (6);
// "company officials said" (6); joint speakers behind asides (7).
//
// Batch 2, kin (s13attKinRows, "Mary Tollan, Mary Beth's mother" after
// "Mary Beth Tollan"), written with its fix and run once without it:
// 2/8 (the near misses); with it 8/8.
//
// Batch 3, wrote (s13attWroteRows, "has written to the chairman of the
// Fenmoor Sports Council asking him to ..."), written whole and run once
// before its fix: 1/7 (the near miss); after 7/7.
//
// Batch 4, others (s13attOthersRows, "But others at Greenville High say
// she ..."), written whole and run once before its fix: 3/6; after 6/6.
//
// Batch 5, acronym (s13attAcronymRows, "More than a few CEOs say"),
// written whole and run once before its fix: 2/6 (the near misses);
// after 6/6.
//
// Batch 6, exam (s13attExamRows, "The ... Achievement Test asks fifth
// graders: “...”"), written whole and run once before its fix: 1/4 (the
// near miss); after 4/4, with the lead then made a quotation of Mrs.
// Tollan's, which showed the test's question falling back to her.
//
// Batch 7, study (s13attStudyRows, "The study by the Harmon Vell agency
// found ... The survey found"), written whole and run once before its
// fix: 2/5 (the near misses); after 5/5.
//
// Batch 8, advadj (s13attAdverbAdjRows, "announced $450 million in loans
// to the financially strapped Warsaw government": a false quote and a
// false speaker), written whole and run once before its fix: 3/6; after
// 6/6.
//
// Batch 9, splitcue (s13attSplitCueRows, "“...?” | quips George Foot,
// a partner at ..."), written whole and run once before its fix: 1/4
// (the near miss); after 4/4.

// Mechanisms of the rows still failing.
const (
	s13attMiner      = "miner-head: \"the miner\" is a person's trade (a mining accident's \"the miner said\"), so \"The Perth-based miner said\" is not read as the mining company named before"
	s13attOfficials  = "company-officials: \"company officials (executives) said\" after a named company is left to nobody, by the settled call TestKnownOfficialsCases pins (\"company officials\" nobody, as the older gold has it; crediting the company cost validation attribution 0.880 -> 0.875 when tried in session 6), though the dev-l gold gives the company"
	s13attJointAside = "joint-aside: two or three people joined behind their asides (\"A, a lawyer, and B, an accountant, concluded\", \"three directors, A, B and C, who said\") are taken each, or the last alone, not as a joint claim nobody makes alone (the engine's settled reading of \"A, a Democrat, and B said\" is each); two banks after \"when\" give no quote at all"
)

// s13attCompanies are companies a digest item names, with the
// description the next sentence uses for them.
var s13attCompanies = []struct{ name, descr string }{
	{"Tarvel Foods Inc.", "The snack maker"},
	{"Ordano Mining Ltd.", "The Perth-based miner"},
	{"Quillby Systems", "The electronics maker"},
	{"Brenmark Corp.", "The Dalton, Ga., carpet maker"},
}

// s13attDigestRows: an item opens with its company's news, then "The
// <description> said"; the item before named another company, which must
// not take the quote.
func s13attDigestRows() []auditRow {
	var rows []auditRow
	prev := "Halloway Steel Co. said it would close its oldest mill in March."
	for _, c := range s13attCompanies {
		rows = append(rows,
			auditRow{class: "digest/stock move then description said",
				text: prev + "\n\n" + c.name + " fell 1 1/4 to 18 3/8.\n\n" + c.descr + " said it expects a loss for the third quarter.",
				want: []quote{{"Halloway Steel Co.", auI, "it would close its oldest mill in March"}, {c.name, auI, "it expects a loss for the third quarter"}}},
			auditRow{class: "digest/news then description said, same paragraph",
				text: prev + "\n\n" + c.name + " cut its quarterly dividend to 5 cents a share. " + c.descr + " said the cut reflects weak demand.",
				want: []quote{{c.name, auI, "the cut reflects weak demand"}}},
			auditRow{class: "digest/company said then description said",
				text: prev + "\n\n" + c.name + " said it agreed to sell its trucking unit.\n\n" + c.descr + " said the sale would be completed by December.",
				want: []quote{{c.name, auI, "it agreed to sell its trucking unit"}, {c.name, auI, "the sale would be completed by December"}}},
		)
	}
	// Near misses: the description names someone else's kind of
	// speaker, or a named person speaks.
	rows = append(rows,
		auditRow{class: "digest/near miss, person named after the move",
			text: prev + "\n\n" + "Tarvel Foods Inc. fell 1 1/4 to 18 3/8.\n\nAnalyst Mira Castel said the snack maker faces higher costs.",
			want: []quote{{"Mira Castel", auI, "the snack maker faces higher costs"}}},
		auditRow{class: "digest/near miss, the company said",
			text: prev + "\n\n" + "Tarvel Foods Inc. fell 1 1/4 to 18 3/8.\n\nThe company said it expects a loss for the third quarter.",
			want: []quote{{"Tarvel Foods Inc.", auI, "it expects a loss for the third quarter"}}},
	)
	return rows
}

// s13attJointRows: two or three named speakers joined behind asides
// speak jointly: no one of them alone.
func s13attJointRows() []auditRow {
	people := [][2]string{
		{"Mr. Dorrance, the principal, and Lena Vokes, a Fairhaven College professor,", "Lena Vokes"},
		{"Ivo Santer, a lawyer, and Mara Quell, an accountant,", "Mara Quell"},
	}
	var rows []auditRow
	for _, p := range people {
		rows = append(rows,
			auditRow{class: "joint/people behind asides concluded",
				text: "The report drew wide notice.\n\n" + p[0] + " concluded in a study last June that the practice booklets shouldn't be used in class.",
				want: []quote{{"", auI, "the practice booklets shouldn't be used in class"}}},
			auditRow{class: "joint/people behind asides said",
				text: "The report drew wide notice.\n\n" + p[0] + " said the booklets match the real test.",
				want: []quote{{"", auI, "the booklets match the real test"}}},
		)
	}
	for _, b := range [][2]string{{"Harlow Bank & Trust", "Bank of Fenmoor"}, {"Corvel Savings & Loan", "Ostrin National Bank"}} {
		rows = append(rows,
			auditRow{class: "joint/two banks, one with &, said they",
				text: "Bank stocks rose when " + b[0] + " and " + b[1] + " said they no longer oppose the merger bill.",
				want: []quote{{"", auI, "they no longer oppose the merger bill"}}},
		)
	}
	rows = append(rows,
		auditRow{class: "joint/three directors who indicated they",
			text: "Kessel Group is led by three Dunmore directors, Arlo Finch, Petra Lund and Oskar Wren, who earlier this month indicated they hold a 30% stake in Dunmore.",
			want: []quote{{"", auI, "they hold a 30% stake in Dunmore"}}},
		auditRow{class: "joint/three partners who said they",
			text: "The fund is run by three partners, Ida Marsh, Tomas Brill and Kara Venn, who said they would double its size.",
			want: []quote{{"", auI, "they would double its size"}}},
		// Near misses: one person speaks.
		auditRow{class: "joint/near miss, one director who said",
			text: "Kessel Group is led by a Dunmore director, Arlo Finch, who said he holds a 30% stake in Dunmore.",
			want: []quote{{"Arlo Finch", auI, "he holds a 30% stake in Dunmore"}}},
		auditRow{class: "joint/near miss, one person with aside said",
			text: "The report drew wide notice.\n\nLena Vokes, a Fairhaven College professor, said the booklets match the real test.",
			want: []quote{{"Lena Vokes", auI, "the booklets match the real test"}}},
		auditRow{class: "joint/near miss, bank with & alone said",
			text: "Bank stocks rose when Harlow Bank & Trust said it no longer opposes the merger bill.",
			want: []quote{{"Harlow Bank & Trust", auI, "it no longer opposes the merger bill"}}},
	)
	return rows
}

// s13attCourtRows: a named court's opinion, its panel, a named agency's
// rule.
func s13attCourtRows() []auditRow {
	courts := []string{"the Ninth U.S. Circuit Court of Appeals in Tarrow", "the Fenmoor Supreme Court", "the Third U.S. Circuit Court of Appeals"}
	var rows []auditRow
	for _, c := range courts {
		name := c
		if len(name) > 4 && name[:4] == "the " {
			name = name[4:]
		}
		if i := len(name) - len(" in Tarrow"); i > 0 && name[i:] == " in Tarrow" {
			name = name[:i]
		}
		rows = append(rows,
			auditRow{class: "court/according to the opinion by the court",
				text: "A federal appeals court upheld the rule.\n\nThe grants are the largest source of money for rural clinics, according to the opinion by " + c + ".",
				want: []quote{{name, auI, "The grants are the largest source of money for rural clinics"}}},
			auditRow{class: "court/the panel ruled after the court",
				text: "The grants are the largest source of money for rural clinics, according to the opinion by " + c + ".\n\nThe panel ruled that the limits don't violate the rights of clinic staff.",
				want: []quote{{name, auI, "The grants are the largest source of money for rural clinics"}, {name, auI, "the limits don't violate the rights of clinic staff"}}},
			auditRow{class: "court/the court ruled after naming",
				text: "The case went to " + c + " in May.\n\nThe court ruled that the limits don't violate the rights of clinic staff.",
				want: []quote{{name, auI, "the limits don't violate the rights of clinic staff"}}},
		)
	}
	rows = append(rows,
		auditRow{class: "court/near miss, the panel of doctors ruled",
			text: "A panel of doctors ruled that the drug was safe.",
			want: []quote{{"", auI, "the drug was safe"}}},
	)
	return rows
}

// s13attInvertedRows: "Says A, a teacher, “...”" and company officials.
func s13attInvertedRows() []auditRow {
	var rows []auditRow
	for _, p := range [][2]string{{"Wenna Hale", "a mathematics teacher"}, {"Orrin Tate", "a parent in Dalby"}, {"Dr. Ilse Marrow", "the school's nurse"}} {
		name := p[0]
		if name[:4] == "Dr. " {
			name = name[4:]
		}
		rows = append(rows,
			auditRow{class: "inverted/says name, role, quote",
				text: "The scandal spread to other schools.\n\nSays " + p[0] + ", " + p[1] + ", “The bonus scheme opened a can of worms. Others may have done the same.”",
				want: []quote{{name, auD, "The bonus scheme opened a can of worms. Others may have done the same."}}},
			auditRow{class: "inverted/says name, role: quote",
				text: "The scandal spread to other schools.\n\nSays " + p[0] + ", " + p[1] + ": “The bonus scheme opened a can of worms.”",
				want: []quote{{name, auD, "The bonus scheme opened a can of worms."}}},
		)
	}
	rows = append(rows,
		auditRow{class: "inverted/near miss, name says: quote",
			text: "The scandal spread to other schools.\n\nWenna Hale, a mathematics teacher, says: “The bonus scheme opened a can of worms.”",
			want: []quote{{"Wenna Hale", auD, "The bonus scheme opened a can of worms."}}},
		auditRow{class: "inverted/near miss, opening plural noun before a quotation",
			text: "The scandal spread to other schools.\n\nTalks with Wenna Hale, a mathematics teacher, went on for hours. “The bonus scheme opened a can of worms,” said Orrin Tate.",
			want: []quote{{"Orrin Tate", auD, "The bonus scheme opened a can of worms,"}}},
	)
	for _, c := range s13attCompanies[:3] {
		rows = append(rows,
			auditRow{class: "officials/company officials said",
				text: c.name + " reported a surprise loss for the third quarter.\n\nBut company officials said yesterday that they decided to take a charge to cover a restructuring.",
				want: []quote{{c.name, auI, "they decided to take a charge to cover a restructuring"}}},
			auditRow{class: "officials/company executives said",
				text: c.name + " reported a surprise loss for the third quarter. Company executives said the slowdown would last into next year.",
				want: []quote{{c.name, auI, "the slowdown would last into next year"}}},
		)
	}
	rows = append(rows,
		auditRow{class: "officials/near miss, no company named before",
			text: "The mill town waited for news.\n\nCompany officials said the plant would close.",
			want: []quote{{"", auI, "the plant would close"}}},
		auditRow{class: "officials/near miss, zoo officials said",
			text: "Tarvel Foods Inc. sponsors the new ape house. Zoo officials said the house would open in June.",
			want: []quote{{"", auI, "the house would open in June"}}},
		auditRow{class: "officials/near miss, union officials said",
			text: "Tarvel Foods Inc. reported a surprise loss for the third quarter. Union officials said the plant would close.",
			want: []quote{{"", auI, "the plant would close"}}},
	)
	return rows
}

// s13attKinRows: a person whose name is the shorter form of one named
// before, set apart by an apposition making her that one's relative
// ("Mary Tollan, Mary Beth's mother").
func s13attKinRows() []auditRow {
	var rows []auditRow
	for _, p := range []struct{ young, elder, possessor, kin string }{
		{"Mary Beth Tollan", "Mary Tollan", "Mary Beth", "mother"},
		{"John Paul Verrick", "John Verrick", "John Paul", "father"},
		{"Anna Lise Brekke", "Anna Brekke", "Anna Lise", "grandmother"},
	} {
		intro := p.young + ", a Greenville 11th grader, also says the teacher inspired her to teach.\n\n"
		rows = append(rows,
			auditRow{class: "kin/quote then says name, kin",
				text: intro + "“The teacher never gave it up,” says " + p.elder + ", " + p.possessor + "’s " + p.kin + ".",
				want: []quote{{p.young, auI, "the teacher inspired her to teach"}, {p.elder, auD, "The teacher never gave it up,"}}},
			auditRow{class: "kin/name, kin, said",
				text: intro + p.elder + ", " + p.possessor + "’s " + p.kin + ", said the family backed the school.",
				want: []quote{{p.young, auI, "the teacher inspired her to teach"}, {p.elder, auI, "the family backed the school"}}},
		)
	}
	rows = append(rows,
		auditRow{class: "kin/near miss, another's relative keeps the name",
			text: "Mary Beth Tollan, a Greenville 11th grader, also says the teacher inspired her to teach.\n\n“The teacher never gave it up,” says Mary Tollan, Oren Lusk’s aunt.",
			want: []quote{{"Mary Beth Tollan", auI, "the teacher inspired her to teach"}, {"Mary Beth Tollan", auD, "The teacher never gave it up,"}}},
		auditRow{class: "kin/near miss, a role keeps the name",
			text: "Mary Beth Tollan, a Greenville teacher, says the scheme inspired her.\n\n“The teacher never gave it up,” says Mary Tollan, the school's head of history.",
			want: []quote{{"Mary Beth Tollan", auI, "the scheme inspired her"}, {"Mary Beth Tollan", auD, "The teacher never gave it up,"}}},
	)
	return rows
}

// s13attWroteRows: "A has written to the chairman of the B asking him
// to ...": the writer asks, however long the addressee's phrase.
func s13attWroteRows() []auditRow {
	var rows []auditRow
	for _, to := range []string{"the chairman of the Fenmoor Sports Council", "the head of the Tarrow Harbour Board in Lenmoor", "the president of the Ostby Chamber of Commerce"} {
		rows = append(rows,
			auditRow{class: "wrote/has written to a long addressee asking",
				text: "Ivo Castan has written to " + to + " asking him to back a bid to join the committee.",
				want: []quote{{"Ivo Castan", auI, "him to back a bid to join the committee"}}},
			auditRow{class: "wrote/wrote to a long addressee asking, agency said",
				text: "Ivo Castan wrote to " + to + " asking him to reopen the old pier, the Fenmoor Courier said.",
				want: []quote{{"Ivo Castan", auI, "him to reopen the old pier"}}},
		)
	}
	rows = append(rows,
		auditRow{class: "wrote/near miss, wrote to with no request",
			text:  "Ivo Castan wrote to the chairman of the Fenmoor Sports Council last week.",
			exact: true},
	)
	return rows
}

// s13attOthersRows: "others at Greenville High say she ...": people
// unnamed, not the one the story is about nor the place.
func s13attOthersRows() []auditRow {
	lead := "The Fenmoor school board met on Monday.\n\nIt heard from parents for three hours.\n\nWinning a bonus wasn't that important to her, Mrs. Tollan insists.\n\n"
	var rows []auditRow
	for _, subj := range []string{"But others at Fenmoor High say", "Others at the Fenmoor Teachers College said", "But some at Fenmoor High say", "And others from the Tarrow district said"} {
		rows = append(rows, auditRow{class: "others/quantity at a place says she",
			text: lead + subj + " she was eager to win.",
			want: []quote{{"Tollan", auI, "Winning a bonus wasn't that important to her"}, {"", auI, "she was eager to win"}}})
	}
	rows = append(rows,
		auditRow{class: "others/near miss, a named colleague at the school",
			text: lead + "But Ilse Varga at Fenmoor High says she was eager to win.",
			want: []quote{{"Ilse Varga", auI, "she was eager to win"}}},
		auditRow{class: "others/near miss, others said",
			text: lead + "But others said she was eager to win.",
			want: []quote{{"", auI, "she was eager to win"}}},
	)
	return rows
}

// s13attAcronymRows: the plural of an office's acronym ("CEOs", "MPs")
// is people unnamed, never a name that speaks.
func s13attAcronymRows() []auditRow {
	var rows []auditRow
	for _, subj := range []string{"More than a few CEOs say", "Several MPs said", "Many GPs say", "Two MEPs told the Fenmoor Courier"} {
		rows = append(rows, auditRow{class: "acronym/plural of a role's acronym says",
			text: "The Tarrow convention centre opened in May.\n\n" + subj + " the new hall tempts them to return.",
			want: []quote{{"", auI, "the new hall tempts them to return"}}, speakers: []string{}})
	}
	rows = append(rows,
		auditRow{class: "acronym/near miss, a body's acronym with s",
			text: "The Tarrow convention centre opened in May.\n\nTARS said the new hall would draw more visitors.",
			want: []quote{{"TARS", auI, "the new hall would draw more visitors"}}},
		auditRow{class: "acronym/near miss, a named CEO",
			text: "The Tarrow convention centre opened in May.\n\nIlse Varga, the CEO of Tarrow Halls, said the new hall would draw more visitors.",
			want: []quote{{"Ilse Varga", auI, "the new hall would draw more visitors"}}},
	)
	return rows
}

// s13attExamRows: a standard test's question is quoted, but the test
// speaks for nobody.
func s13attExamRows() []auditRow {
	var rows []auditRow
	for _, f := range []string{
		"The mathematics section of the widely used Fenmoor Achievement Test asks fifth graders: “What is another name for the Roman numeral IX?”",
		"The Tarrow Reading Test asks pupils: “What is another name for the Roman numeral IX?”",
		"“What is another name for the Roman numeral IX?” asks the Ostby Aptitude Exam.",
	} {
		rows = append(rows, auditRow{class: "exam/a test's question",
			text: "“I’m afraid a jury wouldn’t have convicted her,” says Mrs. Tollan.\n\n" + f,
			want: []quote{{"Tollan", auD, "I’m afraid a jury wouldn’t have convicted her"}, {"", auD, "What is another name for the Roman numeral IX?"}}, speakers: []string{"Tollan"}})
	}
	rows = append(rows,
		auditRow{class: "exam/near miss, a testing body asks",
			text: "The school uses several standard tests.\n\nThe Fenmoor Testing Board asks schools: “Have you checked the seals?”",
			want: []quote{{"Fenmoor Testing Board", auD, "Have you checked the seals?"}}},
	)
	return rows
}

// s13attStudyRows: "The study by the Harmon Vell agency found ... The
// survey found ...": the study named just before, its author's.
func s13attStudyRows() []auditRow {
	var rows []auditRow
	for _, f := range [][2]string{
		{"The study by the Harmon Vell ad agency also found that Tarrow shoppers feel pressured.", "The survey found that nearly half of Tarrow shoppers want more savings."},
		{"A survey by the Harmon Vell ad agency found that Tarrow shoppers feel pressured.", "The survey also found that nearly half of Tarrow shoppers want more savings."},
		{"The report from the Ostby Retail Council found that Tarrow shoppers feel pressured.", "The study also showed that nearly half of Tarrow shoppers want more savings."},
	} {
		author := "Harmon Vell"
		if strings.Contains(f[0], "Ostby") {
			author = "Ostby Retail Council"
		}
		rows = append(rows, auditRow{class: "study/the study named just before",
			text: f[0] + "\n\n" + f[1],
			want: []quote{{author, auI, "Tarrow shoppers feel pressured"}, {author, auI, "nearly half of Tarrow shoppers want more savings"}}})
	}
	rows = append(rows,
		auditRow{class: "study/near miss, a separate survey",
			text: "The study by the Harmon Vell ad agency also found that Tarrow shoppers feel pressured.\n\nA separate survey found that nearly half of Tarrow shoppers want more savings.",
			want: []quote{{"Harmon Vell", auI, "Tarrow shoppers feel pressured"}, {"", auI, "nearly half of Tarrow shoppers want more savings"}}},
		auditRow{class: "study/near miss, another kind of study far below",
			text: "The study by the Harmon Vell ad agency also found that Tarrow shoppers feel pressured.\n\nPrices rose in May. Rents rose in June. Wages fell in July.\n\nThe survey found that nearly half of Tarrow shoppers want more savings.",
			want: []quote{{"Harmon Vell", auI, "Tarrow shoppers feel pressured"}, {"", auI, "nearly half of Tarrow shoppers want more savings"}}},
	)
	return rows
}

// s13attAdverbAdjRows: "announced $450 million in loans to the
// financially strapped Ostby government": an object, no clause, so no
// quote and no speaker; the adverb and the -ed adjective before the noun
// are no verb.
func s13attAdverbAdjRows() []auditRow {
	var rows []auditRow
	for _, f := range []string{
		"Tarrow announced $450 million in loans to the financially strapped Ostby government.",
		"Tarrow, in establishing ties with Ostby yesterday, announced new loans to the financially strapped Ostby government.",
		"The Fenmoor council announced aid for the badly damaged harbour wall.",
		"Quarrow Foods announced a bonus for the newly hired staff.",
	} {
		rows = append(rows, auditRow{class: "advadj/object with adverb and adjective",
			text: "Trade talks went on all week.\n\n" + f, exact: true, speakers: []string{}})
	}
	rows = append(rows,
		auditRow{class: "advadj/near miss, the clause's own verb",
			text: "Trade talks went on all week.\n\nTarrow announced the plan was badly damaged by the vote.",
			want: []quote{{"Tarrow", auI, "the plan was badly damaged by the vote"}}},
		auditRow{class: "advadj/near miss, adjective in the clause's subject",
			text: "Trade talks went on all week.\n\nTarrow said the newly elected council would meet in May.",
			want: []quote{{"Tarrow", auI, "the newly elected council would meet in May"}}},
	)
	return rows
}

// s13attSplitCueRows: a quotation alone in its paragraph and its
// inverted cue opening the next one in lower case ("“...?” | quips George
// Foot, a partner at ..."), as the rebuilt Wall Street Journal pages set
// a sentence broken after the marks.
func s13attSplitCueRows() []auditRow {
	lead := "Country funds are the rage again.\n\n“Anything is possible -- how about the Ostby Fund?”\n\n"
	var rows []auditRow
	for _, cue := range []string{"quips Ivo Castan, a managing partner at Tarrow Management Associates of Fenmoor, Mass.", "says Mara Quell, who runs the Lenmoor Growth Fund.", "jokes Tomas Brek of Harwick Capital."} {
		name := "Ivo Castan"
		switch {
		case strings.Contains(cue, "Mara"):
			name = "Mara Quell"
		case strings.Contains(cue, "Tomas"):
			name = "Tomas Brek"
		}
		rows = append(rows, auditRow{class: "splitcue/lower-case cue opening the next paragraph",
			text: lead + cue,
			want: []quote{{name, auD, "Anything is possible -- how about the Ostby Fund?"}}})
	}
	rows = append(rows,
		auditRow{class: "splitcue/near miss, lower-case paragraph with no cue",
			text: lead + "and the funds kept coming.",
			want: []quote{{"", auD, "Anything is possible -- how about the Ostby Fund?"}}, speakers: []string{}},
	)
	return rows
}

func TestAuditS13Attr(t *testing.T) {
	var rows []auditRow
	for _, g := range [][]auditRow{s13attDigestRows(), s13attJointRows(), s13attCourtRows(), s13attInvertedRows(), s13attKinRows(), s13attWroteRows(), s13attOthersRows(), s13attAcronymRows(), s13attExamRows(), s13attStudyRows(), s13attAdverbAdjRows(), s13attSplitCueRows()} {
		rows = append(rows, g...)
	}
	for i := range rows {
		r := &rows[i]
		switch {
		case strings.HasPrefix(r.class, "officials/company"):
			r.known = s13attOfficials
		case strings.Contains(r.text, "-based miner"):
			r.known = s13attMiner
		case strings.HasPrefix(r.class, "joint/") && !strings.Contains(r.class, "near miss") && !strings.Contains(r.class, "three directors"):
			r.known = s13attJointAside
		}
	}
	runAudit(t, "s13att", rows, *auditKnown)
}
