package extract_test

import (
	"flag"
	"testing"
)

// Session-15 helper j10: companies whose name is a possessive ("Macy's",
// "Sainsbury's", the invented "Tarbeck's") as speakers, crossed with the
// frames a business story uses, and near misses where the possessive is
// a possessive ("Tarbeck's lawyer said", "Mara Quell's office said").
//
// FIRST PASS (engine at f0063da, 53 rows): 12/53 (0.23). possfirm 5/45:
// only "Tarbeck's Inc. said" passed; every bare "X's said/told" and
// "X's, the chain, said" lost its report (a speech verb after a
// possessive is read as a noun, "Putin's statement", and npBack stops
// at the possessive), "According to X's," gave the words to no one, and
// "a X's spokeswoman" gave them to "X" without the "'s". near 7/8 (the
// one failing, "Varnia's finance minister said", is another class and
// stays known).
//
// Fix (names.go possessiveNameEnd: a one-word name's "'s" is the end of
// the firm's own name before a speech verb that is never a noun, before
// a comma opening an appositive, and between
// "a" and a role; not when the word stands without "'s" elsewhere in the
// text, a person's "has"; cues.go and np.go: a possessive inside a
// name is no possessor; classify.go: such a name is a firm's, so "It
// said" after it is the firm): possfirm 40/45 (the five "According to
// X's," rows known, see j10AccordingPoss), near 8/8. Two near misses were
// added after the fix ("Brant's told" after "Ivo Brant", known as it
// failed before too; a firm's own name then "Tarbeck's lawyer said").
//
// FIRST PASS of possfirm2 (added after fix 1, engine at f9f61e4, 25 rows
// and 4 near misses): 5/25, only "The retailer said" after the firm
// passed: "reported", "insisted" and "X's, which owns ..., said" lost
// the report (fix 1 knew a fixed list of verbs and appositives opened by
// "the" or "a").
//
// Fix 2 (names.go neverNounSpeech: any past speech form that is no
// noun, and a few present ones; "which" opens an aside as "the" does):
// possfirm2 15/25, the ten "reported" rows known (j10ReportedOutlet);
// near 13/13 passing (2 known). Every score set unchanged.
//
// FIRST PASS of possfirm3 (added after fix 2, engine at 11f22f4, 20 rows
// and 2 near misses): 5/20, only "In a statement, X said" passed: "X
// also said", "X has said" and "On Monday, X, the chain, said" lost the
// report.
//
// Fix 3 (names.go verbLeadIn: "also", "has", "later" and the like may
// stand between the name and the verb, never "widely"; an appositive may
// follow a comma as well as the sentence's start): possfirm3 20/20, near
// 15/15 passing (2 known). Every score set unchanged.
//
// FIRST PASS of possfirm4 (added after fix 3, engine at 4c9419d, 15 rows
// and 1 near miss; dev shape WSJ "X's lost 1 3/4 to 21 3/4. The
// restaurant operator said ..."): 5/15, only "X's Inc. said" passed; a
// firm the subject of a stock's verb was no name, so "The restaurant
// operator" found no firm, and "Rally's" at a sentence's start was a
// common word.
//
// Fix 4 (names.go stockMoveVerb: a stock's verb and a number after the
// "'s" end the firm's name at a sentence's start, "Ada's rose garden"
// having no number; a common word opening the sentence may be such a
// firm): possfirm4 15/15, and 5 of 10 rows added after it (another firm
// named before); the other 5 (the dev page's later "a stake in X's.")
// stay known, so the dev page does not move. Every score set unchanged.
//
// Fix 5 (entities.go possessiveNamed: "in X's" is no evidence of a place
// called X when X's names a firm in the text, so a later "a stake in
// Tarbeck's." leaves the firm a firm for "The restaurant operator"): 3 of
// those 5 rows pass; the 2 whose names are common words ("Rally's",
// "Summit's") still failed: the later "Rally" alone was classed a place.
//
// Fix 6 (classify.go: a word whose "'s" names a firm in the text is that
// firm before its "'s" anywhere, possessiveNamed): possfirm4 25/25;
// pages dev-l 0.947/0.985/0.940 -> 0.952/0.985/0.948, every other set
// unchanged.

var j10Known = flag.Bool("j10.known", false, "TestAuditS15J10 runs its known failures too, to see which a change fixed")

func TestAuditS15J10(t *testing.T) { runAudit(t, "j10", j10Rows(), *j10Known) }

// j10PossFirms: firms whose name is a possessive, invented and real,
// with both apostrophes.
var j10PossFirms = []string{"Tarbeck's", "Orlan\u2019s", "Dellmoor's", "Sainsbury's", "McDonald\u2019s"}

// j10CountryOfficial: a near miss failing before the fix as after.
const j10CountryOfficial = "country-official: \"Varnia's finance minister said\" gives the words to no one when the country is not named before; another class, left"

// j10HasContraction: a near miss failing before the fix as after (the
// fix leaves it alone: "Brant" stands without the "'s" before).
const j10HasContraction = "has-contraction: \"Brant's told friends ...\" after \"Ivo Brant\" is his \"has told\"; a speech verb after a possessive is read as a noun, so the report is lost"

// j10AccordingPoss: left on purpose, the gold's convention.
const j10AccordingPoss = "according-poss: \"According to Tarbeck's, ...\" gives the words to no one: a source called by a possessive after \"according to\" is read as a newsletter named by its owner (\"according to Donoghue's\", WSJ), which the gold gives no speaker (TestAuditS14E3 posssource, possessiveAlone); the fix took it and broke those rows, so the branch was dropped"

// j10ReportedOutlet: left on purpose, the outlet convention.
const j10ReportedOutlet = "reported-outlet: \"Tarbeck's reported that ...\" is read as a news outlet's report (reportsAsOutlet: a one- or two-word name with no organisation word that has not spoken), which names no speaker; magazines are named by a possessive too (\"Barron's reported\"), so it is left"

func j10Rows() []auditRow {
	var rows []auditRow
	for _, n := range j10PossFirms {
		rows = append(rows,
			auditRow{class: "possfirm/said, clause",
				text: n + " said sales fell in the spring.",
				want: []quote{{n, auI, "sales fell in the spring"}}, speakers: []string{n}},
			auditRow{class: "possfirm/said on a day that",
				text: n + " said on Monday that it would close ten stores.",
				want: []quote{{n, auI, "it would close ten stores"}}, speakers: []string{n}},
			auditRow{class: "possfirm/after the clause",
				text: "Sales had slowed in the spring, " + n + " said.",
				want: []quote{{n, auI, "Sales had slowed in the spring"}}, speakers: []string{n}},
			auditRow{class: "possfirm/quoted",
				text: "\u201cWe are confident in the plan,\u201d " + n + " said in a statement.",
				want: []quote{{n, auD, "We are confident in the plan,"}}, speakers: []string{n}},
			auditRow{class: "possfirm/with an appositive",
				text: n + ", the department store chain, said it would close ten stores.",
				want: []quote{{n, auI, "it would close ten stores"}}, speakers: []string{n}},
			auditRow{class: "possfirm/a spokeswoman",
				text: "A " + n + " spokeswoman said the chain would close ten stores.",
				want: []quote{{n, auI, "the chain would close ten stores"}}, speakers: []string{n}},
			auditRow{class: "possfirm/according to", known: j10AccordingPoss,
				text: "According to " + n + ", sales fell in the spring.",
				want: []quote{{n, auI, "sales fell in the spring"}}, speakers: []string{n}},
			auditRow{class: "possfirm/Inc. said",
				text: n + " Inc. said sales fell in the spring.",
				want: []quote{{n + " Inc.", auI, "sales fell in the spring"}}, speakers: []string{n + " Inc."}},
			auditRow{class: "possfirm/told analysts",
				text: n + " told analysts that sales had slowed.",
				want: []quote{{n, auI, "sales had slowed"}}, speakers: []string{n}},
		)
	}
	// possfirm2 (added after the first fix, its own first pass below):
	// other speech verbs, a relative aside, and the firm again as "the
	// retailer".
	for _, n := range j10PossFirms {
		rows = append(rows,
			auditRow{class: "possfirm2/reported that", known: j10ReportedOutlet,
				text: n + " reported that sales fell in the spring.",
				want: []quote{{n, auI, "sales fell in the spring"}}, speakers: []string{n}},
			auditRow{class: "possfirm2/insisted",
				text: n + " insisted the stores would stay open.",
				want: []quote{{n, auI, "the stores would stay open"}}, speakers: []string{n}},
			auditRow{class: "possfirm2/after the clause, reported", known: j10ReportedOutlet,
				text: "Sales had slowed in the spring, " + n + " reported.",
				want: []quote{{n, auI, "Sales had slowed in the spring"}}, speakers: []string{n}},
			auditRow{class: "possfirm2/which aside",
				text: n + ", which owns forty stores, said sales fell in the spring.",
				want: []quote{{n, auI, "sales fell in the spring"}}, speakers: []string{n}},
			auditRow{class: "possfirm2/the retailer after",
				text: n + " said sales fell in the spring. The retailer said it would close ten stores.",
				want: []quote{{n, auI, "sales fell in the spring"}, {n, auI, "it would close ten stores"}}, speakers: []string{n}},
		)
	}
	// possfirm3 (added after fix 2, its own first pass below): a word
	// between the firm and the verb, an appositive mid-sentence, an
	// opening phrase.
	for _, n := range j10PossFirms {
		rows = append(rows,
			auditRow{class: "possfirm3/also said",
				text: n + " also said sales fell in the spring.",
				want: []quote{{n, auI, "sales fell in the spring"}}, speakers: []string{n}},
			auditRow{class: "possfirm3/has said",
				text: n + " has said that it would close ten stores.",
				want: []quote{{n, auI, "it would close ten stores"}}, speakers: []string{n}},
			auditRow{class: "possfirm3/appositive after an opening phrase",
				text: "On Monday, " + n + ", the department store chain, said it would close ten stores.",
				want: []quote{{n, auI, "it would close ten stores"}}, speakers: []string{n}},
			auditRow{class: "possfirm3/in a statement",
				text: "In a statement, " + n + " said it would close ten stores.",
				want: []quote{{n, auI, "it would close ten stores"}}, speakers: []string{n}},
		)
	}
	// possfirm4 (added after fix 3, its own first pass below; dev shape
	// "X's lost 1 3/4 to 21 3/4. The restaurant operator said ..."): the
	// firm the subject of a stock table's verb, then a description of it
	// speaking; and a name that is also a common word ("Rally's").
	for _, n := range append(j10PossFirms[:3:3], "Rally’s", "Summit's") {
		rows = append(rows,
			auditRow{class: "possfirm4/lost, then the operator",
				text: n + " lost 1 3/4 to 21 3/4.\n\nThe restaurant operator said it has redeemed its rights.",
				want: []quote{{n, auI, "it has redeemed its rights"}}, speakers: []string{n}},
			auditRow{class: "possfirm4/another firm before, lost, then the operator",
				text: "Velmar Media proposed buying Kestrel Radio in a stock swap.\n\n" + n + " lost 1 3/4 to 21 3/4.\n\nThe restaurant operator said it has redeemed its rights.",
				want: []quote{{n, auI, "it has redeemed its rights"}}},
			auditRow{class: "possfirm4/lost, the operator, its directors after",
				text: "Velmar Media proposed buying Kestrel Radio in a stock swap.\n\n" + n + " lost 1 3/4 to 21 3/4.\n\nThe restaurant operator said it has redeemed its rights.\n\nKestrel Group is led by three " + n + " directors, Ivo Brant and Ada Quell, who said they had a stake in " + n + ".",
				want: []quote{{n, auI, "it has redeemed its rights"}}},
			auditRow{class: "possfirm4/rose, then the retailer",
				text: n + " rose 2% on Monday. The retailer said sales were strong in the spring.",
				want: []quote{{n, auI, "sales were strong in the spring"}}, speakers: []string{n}},
			auditRow{class: "possfirm4/Inc. said",
				text: "Ivo Brant sold his shares.\n\n" + n + " Inc. said it has redeemed its rights.",
				want: []quote{{n + " Inc.", auI, "it has redeemed its rights"}}, speakers: []string{n + " Inc."}},
		)
	}
	// Near misses: the possessive owns the noun after it, which speaks
	// (or nothing speaks); the firm-name reading must not take over.
	rows = append(rows,
		auditRow{class: "near/a firm's lawyer said",
			text: "Tarbeck's lawyer said the claim had no merit.",
			want: []quote{{"", auI, "the claim had no merit"}}},
		auditRow{class: "near/a firm's plan criticised",
			text: "Orlan's plan was criticised by the unions.", exact: true,
			speakers: []string{}},
		auditRow{class: "near/a person's office said",
			text: "Mara Quell's office said the talks went well.",
			want: []quote{{"Mara Quell", auI, "the talks went well"}}},
		auditRow{class: "near/a person's spokesman said",
			text: "Ivo Brant\u2019s spokesman said the talks went well.",
			want: []quote{{"Ivo Brant", auI, "the talks went well"}}},
		auditRow{class: "near/a firm's chief named",
			text: "Dellmoor's chief executive, Ada Brinvik, said sales fell in the spring.",
			want: []quote{{"Ada Brinvik", auI, "sales fell in the spring"}}, speakers: []string{"Ada Brinvik"}},
		auditRow{class: "near/a country's minister said", known: j10CountryOfficial,
			text: "Varnia's finance minister said the budget would balance.",
			want: []quote{{"Varnia", auI, "the budget would balance"}}},
		auditRow{class: "near/a longer name opened by a possessive",
			text: "Harwick's Investors Service said the rating would stand.",
			want: []quote{{"Harwick's Investors Service", auI, "the rating would stand"}}, speakers: []string{"Harwick's Investors Service"}},
		auditRow{class: "near/a person's has run into the surname", known: j10HasContraction,
			text: "Ivo Brant won the seat in May. Brant's told friends he would stay.",
			want: []quote{{"Ivo Brant", auI, "he would stay"}}, speakers: []string{"Ivo Brant"}},
		auditRow{class: "near/a firm's own name, then its lawyer",
			text: "Tarbeck's said sales fell in the spring. Tarbeck's lawyer said the claim had no merit.",
			want: []quote{{"Tarbeck's", auI, "sales fell in the spring"}, {"", auI, "the claim had no merit"}}},
		auditRow{class: "near/a longer name's short form, then it",
			text: "Harwick's Investors Service Inc. cut the rating. Harwick's said the outlook was poor.\n\nIt said that losses were “an additional rating factor.”",
			want: []quote{{"Harwick's Investors Service Inc.", auI, "the outlook was poor"}, {"Harwick's Investors Service Inc.", auM, "losses were “an additional rating factor.”"}}},
		auditRow{class: "near/a firm's own name, then it",
			text: "Tarbeck's said the outlook was poor.\n\nIt said that losses were “an additional rating factor.”",
			want: []quote{{"Tarbeck's", auI, "the outlook was poor"}, {"Tarbeck's", auM, "losses were “an additional rating factor.”"}}},
		auditRow{class: "near/a firm without a possessive reported",
			text: "Tarbeck Foods reported that sales fell in the spring.",
			want: []quote{{"Tarbeck Foods", auI, "sales fell in the spring"}}},
		auditRow{class: "near/a firm's also-ran",
			text: "Tarbeck's also-ran bid was rejected, the board said.",
			want: []quote{{"", auI, "Tarbeck's also-ran bid was rejected"}}},
		auditRow{class: "near/a person's widely reported remark",
			text: "Ivo Brant's widely reported remark angered the unions.", speakers: []string{}},
		auditRow{class: "near/a garden's rose",
			text: "Ada's rose garden won a prize, the society said.",
			want: []quote{{"", auI, "Ada's rose garden won a prize"}}},
		auditRow{class: "near/a firm's report showed",
			text: "Tarbeck's report showed that sales fell in the spring.",
			want: []quote{{"Tarbeck", auI, "sales fell in the spring"}}},
		auditRow{class: "near/a firm's views",
			text: "Orlan's views were set out in a letter.", exact: true, speakers: []string{}},
		auditRow{class: "near/a person's surname possessive",
			text: "Ivo Tarbeck was charged on Monday. Tarbeck's lawyer said the claim had no merit.",
			want: []quote{{"", auI, "the claim had no merit"}}},
	)
	return rows
}
