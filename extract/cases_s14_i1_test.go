package extract_test

import (
	"strings"
	"testing"
)

// Session 14, helper i1: attribution of reported speech. A named person
// introduced in one sentence or paragraph, then reported by a later cue
// whose subject is not the name: a description of them ("The 54-year-old
// said", "The former mayor said"), a pronoun across paragraphs, "according
// to" the role they hold, or the name given after the clause ("..., said
// A, the board's engineer"). Names, places and bodies are invented.
//
// FIRST PASS (engine at e8d7eff, the whole table as first written, 38
// rows): 29/38 (0.76). descr 8/8, pronoun 4/4, according 4/4, after 8/8,
// near 1/2, mismatch 4/12. The classes the dev misses suggested pass; the
// one that fails is a description of another everyday trade ("The bus
// driver said" after "Mara Quellin, a nurse from Tarsby, said"): it went
// to the last speaker, in the same paragraph by resolvePersonDescription's
// fallback and in the lead by linkLeadDescriptions. "A neighbour" and
// "Her lawyer" already passed.
//
// A fix (otherTrade: both words in a short list of everyday trades and
// different, in both places) passed 38/38 but moved no score set at all,
// dev or held-out, so by the rules it was not kept; the rows carry
// i1OtherTrade.

// i1OtherTrade: the mechanism of the rows still failing.
const i1OtherTrade = "other-trade: \"the bus driver said\" after a named nurse goes to the nurse (resolvePersonDescription's fallback to the last salient person; linkLeadDescriptions in the lead); a fix checking both words against a list of everyday trades passed every row but moved no score set, so it was not kept"

func TestAuditS14I1(t *testing.T) { runAudit(t, "i1", i1Rows(), false) }

// i1People: a named person with an apposition, and a description the
// next paragraph uses for them.
var i1People = []struct{ name, appos, descr, role string }{
	{"Mara Quellin", "a 54-year-old nurse from Tarsby", "The 54-year-old", "the nurse"},
	{"Ivo Santrell", "the former mayor of Dunmoor", "The former mayor", "the former mayor"},
	{"Lena Vokeson", "the Harlow Water Board's chief engineer", "The engineer", "the board's chief engineer"},
	{"Teodor Barsk", "a veteran striker for Fenmoor Rovers", "The veteran striker", "the striker"},
}

func i1Rows() []auditRow {
	var rows []auditRow
	for _, p := range i1People {
		intro := p.name + ", " + p.appos + ", said the new rules would hurt small towns."
		rows = append(rows,
			auditRow{class: "descr/description said, next paragraph",
				text: intro + "\n\n" + p.descr + " said the council had ignored every letter.",
				want: []quote{{p.name, auI, "the new rules would hurt small towns"}, {p.name, auI, "the council had ignored every letter"}}},
			auditRow{class: "descr/description added, after a narrative paragraph",
				text: intro + "\n\nThe rules take effect in May.\n\n" + p.descr + " added that she would appeal.",
				want: []quote{{p.name, auI, "the new rules would hurt small towns"}, {p.name, auI, "she would appeal"}}},
			auditRow{class: "pronoun/she said, trailing, next paragraph",
				text: intro + "\n\nThe council had ignored every letter, she said.",
				want: []quote{{p.name, auI, "the new rules would hurt small towns"}, {p.name, auI, "The council had ignored every letter"}}},
			auditRow{class: "according/according to the role",
				text: p.name + ", " + p.appos + ", spoke on Monday.\n\nThe pumps failed twice in March, according to " + p.role + ".",
				want: []quote{{p.name, auI, "The pumps failed twice in March"}}},
			auditRow{class: "after/name after the clause",
				text: "The pumps failed twice in March, said " + p.name + ", " + p.appos + ".",
				want: []quote{{p.name, auI, "The pumps failed twice in March"}}},
			auditRow{class: "after/according to the name after the clause",
				text: "The pumps failed twice in March, according to " + p.name + ", " + p.appos + ".",
				want: []quote{{p.name, auI, "The pumps failed twice in March"}}},
		)
	}
	// Near misses: a second person named between takes the description's
	// place only when the description fits them; a description no one had.
	rows = append(rows,
		auditRow{class: "near/another person speaks between",
			text: "Mara Quellin, a 54-year-old nurse from Tarsby, said the new rules would hurt small towns.\n\nCouncillor Edda Brin said the rules were fair.",
			want: []quote{{"Mara Quellin", auI, "the new rules would hurt small towns"}, {"Edda Brin", auI, "the rules were fair"}}},
		auditRow{class: "near/a description nobody had",
			text:  "Mara Quellin, a nurse from Tarsby, said the new rules would hurt small towns.\n\nThe bus driver said the roads were closed.",
			want:  []quote{{"Mara Quellin", auI, "the new rules would hurt small towns"}, {"", auI, "the roads were closed"}},
			known: i1OtherTrade},
	)
	// mismatch: the description names another trade than the last
	// speaker's; "A neighbour" and "Her lawyer" are near misses that pass.
	for _, d := range []string{"The bus driver", "The landlord", "The shopkeeper", "A neighbour", "The pilot", "Her lawyer"} {
		known := i1OtherTrade
		if !strings.HasPrefix(d, "The ") {
			known = ""
		}
		rows = append(rows,
			auditRow{class: "mismatch/a description the speaker before does not fit",
				text:  "Mara Quellin, a nurse from Tarsby, said the new rules would hurt small towns.\n\n" + d + " said the roads were closed.",
				want:  []quote{{"Mara Quellin", auI, "the new rules would hurt small towns"}, {"", auI, "the roads were closed"}},
				known: known},
			auditRow{class: "mismatch/a description the speaker before does not fit, same paragraph",
				text:  "Mara Quellin, a nurse from Tarsby, said the new rules would hurt small towns. " + d + " said the roads were closed.",
				want:  []quote{{"Mara Quellin", auI, "the new rules would hurt small towns"}, {"", auI, "the roads were closed"}},
				known: known},
		)
	}
	return rows
}

// i1DottedPartnership: the mechanism of the outletco rows still failing.
const i1DottedPartnership = "dotted-lp: \"L.P.\" is no legal form legalFormAt knows (it has \"lp\" and \"p.c\"), so \"Bloomberg L.P.\" stays the outlet"

// Batch 2, outletco (TestAuditS14I1Outlet; wsj/part-83 of dev-p, where
// "Reuters Holdings PLC said" its manager resigned and the report went to
// nobody, the name an outlet's), written whole and run once before its
// fix: 5/9 (the two plain "Co." publishers and the near miss passed);
// after 7/9. Fix: a name that ends in a legal form after a word that is
// no news word ("Holdings", not "Broadcasting") is the company, not
// the outlet, in classify (even a strong outlet's name) and in entities
// (a later bare "Reuters" does not make it the outlet again). Score:
// dev-p 0.929/0.944/0.917 -> 0.934/0.944/0.927; no other set moved.
//
// i1OutletCompanyRows: a news agency or publisher named with its legal
// form ("Reuters Holdings PLC said") is a company in its own corporate
// news, and speaks; the bare name citing a report does not.
func i1OutletCompanyRows() []auditRow {
	var rows []auditRow
	for _, n := range []string{"Reuters Holdings PLC", "New York Times Co.", "Bloomberg L.P.", "Gannett Co."} {
		known := ""
		if n == "Bloomberg L.P." {
			known = i1DottedPartnership
		}
		rows = append(rows,
			auditRow{class: "outletco/company said, its own news",
				text:  n + " said Lena Varsk resigned as general manager to pursue other interests.",
				want:  []quote{{n, auI, "Lena Varsk resigned as general manager to pursue other interests"}},
				known: known},
			auditRow{class: "outletco/company said, then the company said",
				text:  n + " said Lena Varsk resigned as general manager.\n\nNo successor was named, the company said.",
				want:  []quote{{n, auI, "Lena Varsk resigned as general manager"}, {n, auI, "No successor was named"}},
				known: known},
		)
	}
	rows = append(rows,
		auditRow{class: "outletco/near miss, the agency reports",
			text: "The Tarsby dam failed on Monday, Reuters reported.",
			want: []quote{}, speakers: []string{}},
	)
	return rows
}

func TestAuditS14I1Outlet(t *testing.T) { runAudit(t, "i1o", i1OutletCompanyRows(), false) }
