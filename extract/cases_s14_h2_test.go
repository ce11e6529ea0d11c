package extract_test

import (
	"flag"
	"fmt"
	"strings"
	"testing"
)

// Session 14, helper h2: speaker recall across the dev sets. The speakers
// TestMissedSpeakers lists were sorted by mechanism; the class probed
// here:
//
//   - listappos: a speaker named once, with an apposition whose noun
//     runs a list on through the commas ("Marlow's Market Co., a
//     wholesaler of spirits, wines and other goods, said it will
//     merge"): the list's commas cut the apposition, the last list item
//     was no aside, and the report went to nobody. dev-o's part 68 lost
//     its only speaker so. A person's list passed when it had two items
//     (descriptionListBefore), not three or more; a company's never.
//
// FIRST PASS (engine at c8597f2, the whole table as first written, 36
// rows, 30 frame rows and 6 near misses): listappos 15/36 (0.42); every
// company row failed, and every person row with three items or "the".
//
// Fix 1 (descriptionListBefore: a company's description too, one opening
// with "the" when its noun ends "of" and the first item, and the bare
// items between; subjectThroughAppositives steps over those items):
// 36/36. Score: dev-o 0.910/0.943/0.876 -> 0.915/0.943/0.880; no other
// set moved; the feeds' speakers unchanged.
//
//   - senior: a body's unnamed official with a word of rank before the
//     body's name ("A senior Justice Department official, however,
//     said", dev-o's part 90): the rank hid the body, and the report went
//     to nobody, against the rule that a named body's unnamed officials
//     speak for it.
//
// FIRST PASS (engine at ef4cb53, 29 rows, 25 frame rows and 4 near
// misses): senior 9/29 (0.31); only the plural "Two senior X officials"
// passed. Fix 2 (skipOfficialRank): 29/29, then TestDevjCases's
// lead-official near miss (a lead's senior official no later paragraph
// names stays unnamed) failed; the rank is now kept in a story's first
// paragraph, the frame rows were put after a lead paragraph, and a lead
// row was added: 30/30. Score: dev-o 0.915/0.943/0.880 -> 0.919/0.943/
// 0.883; no other set moved; the feeds' speakers unchanged.
//
//   - commafirm: a cue closing the sentence whose speaker is "X of" a
//     firm with a comma in its name ("..., says Ilse Varga of Pellam,
//     Tarvex & Co.", dev-o's part 66) or of a town and its state: the
//     comma ended the closing phrase, and the quote was lost whole.
//
// FIRST PASS (engine at 6f2d9b8, 20 rows, 18 frame rows and 2 near
// misses): commafirm 4/20 (0.20). Fix 3 (closingModifier steps over a
// mark inside a name and takes a town's state as the end; tryInverted
// moves past that state; findComplement moves an "according to"
// phrase's end out of a name it stopped inside): 11/20; the 9 left are
// known (a name with two commas is chunked short; after "an analyst at"
// the comma name is not joined; a clause after ", and"). Score: dev-o
// 0.919/0.943/0.883 -> 0.924/0.947/0.884; no other set moved; the feeds'
// speakers unchanged.
//
//   - saysthe: "Says" opening the sentence, then "the", a body's name or
//     a noun, its possessive and the person ("Says the Big Board's Mr.
//     Varga, “...”", dev-o's part 62): the inverted cue wanted a name
//     right after the verb, and the quotation went to nobody.
//
// FIRST PASS (16 frame rows and 3 near misses, run once with fix 4
// switched off, since the table was written just after the fix): saysthe
// 3/19 (0.16), the near misses only. Fix 4 (definiteOwnerOfName in
// invertedAtStart): 19/19. Score: dev-o 0.924/0.947/0.884 -> 0.928/
// 0.947/0.887; no other set moved; the feeds' speakers unchanged.
//
//   - underwriter: "the lead underwriter" of a bond report, which an
//     earlier line named as the firm whose group priced the issue ("by a
//     Tarvex Securities Corp. group"), that led the underwriters, or in
//     apposition (dev-p's parts 69 and 77): nobody was credited.
//
// FIRST PASS (engine at ea88ef9, 18 frame rows and 3 near misses):
// underwriter 2/21 (0.10), the near misses "no firm" and "the issuer"
// only; "a firm that bought" failed since "the lead underwriter said" is
// no cue at all. Fix 5 (leadUnderwriter in resolveNP): every "according
// to" row, 12/22 with one near miss written after it; the 10 "said" rows
// are known (uwLead). Score: dev-p 0.912/0.944/0.877 -> 0.921/0.944/
// 0.884; no other set moved; the feeds' speakers unchanged. A fix for
// uwLead (npWord: "lead" after an article and before its noun is no
// verb) passed all 22 rows but moved no set, so it was not kept.
//
//   - paren: an inverted cue closing the sentence whose speaker carries a
//     tag in parentheses ("..., said Sen. Ilse Varga (R., Calif.).",
//     "(pictured)"): the clause was lost whole.
//
// FIRST PASS (engine at 59eac02, 15 frame rows and 3 near misses): paren
// 2/18 (0.11). A fix (tryInverted steps over the parenthesis after a
// name) passed 18/18 but, for any name, made a body's second name a
// speaker in the feeds (FeedGold F1 0.937 -> 0.931, a duplicate of the
// Pentagon); for a person's name only it moved no set. Not kept; the 16
// rows it fixed are known (h2Paren).
// uwLead is the mechanism of the underwriter rows "the lead underwriter
// said" leaves failing.
const uwLead = "lead-as-verb: \"..., the lead underwriter said.\" is found as no cue at all (the clause is lost before fix 5 as after it); \"according to the lead underwriter\" is"

// h2Paren is the mechanism the paren rows fail by.
const h2Paren = "paren-after-inverted: \"..., said Sen. Ilse Varga (R., Calif.).\": tryInverted wants an end, a comma or a modifier right after the name, and the parenthesis loses the clause whole"

var h2Known = flag.Bool("h2.known", false, "TestAuditS14H2 runs its known failures too")

func TestAuditS14H2(t *testing.T) { runAudit(t, "h2", h2Rows(), *h2Known) }

func h2Rows() []auditRow {
	var rows []auditRow

	// listappos: casts of speakers crossed with apposition frames whose
	// noun runs a list.
	type cast struct{ name, pron string }
	casts := []cast{
		{"Marlow's Market Co.", "it"},
		{"Tarvex Corp.", "it"},
		{"Pennick Holdings Inc.", "it"},
		{"Holloway Brewing", "it"},
		{"Ilse Varga", "she"},
		{"Tomas Brek", "he"},
	}
	frames := []struct{ name, text, quote string }{
		{"two", "%[1]s, a maker of pumps, valves and hoses, said %[2]s will close its Orrvale plant.", "%[2]s will close its Orrvale plant"},
		{"other", "%[1]s, a seller of spirits, wines and other goods, said %[2]s expects higher sales next year.", "%[2]s expects higher sales next year"},
		{"three", "%[1]s, a supplier of paper, ink, toner and other office goods, said prices will rise in March.", "prices will rise in March"},
		{"the", "%[1]s, the largest distributor of tires, wheels and brakes in Ostby, said demand fell in the quarter.", "demand fell in the quarter"},
		{"or", "%[1]s, an importer of tea, coffee or cocoa, said the harvest was poor.", "the harvest was poor"},
	}
	for _, f := range frames {
		for _, c := range casts {
			q := f.quote
			if strings.Contains(q, "%") {
				q = fmt.Sprintf(q, c.name, c.pron)
			}
			rows = append(rows, auditRow{class: "listappos/" + f.name + " " + c.name,
				text:     fmt.Sprintf(f.text, c.name, c.pron),
				want:     []quote{{c.name, auI, q}},
				speakers: []string{c.name}})
		}
	}
	// Near misses: a list that is no apposition of the speaker.
	rows = append(rows,
		auditRow{class: "listappos/near: inverted after a described firm",
			text:     "Tarvex Corp. bought Holloway Inc., a maker of pumps, valves and hoses, said Ilse Varga, the chief executive.",
			want:     []quote{{"Ilse Varga", auI, "Tarvex Corp. bought Holloway Inc., a maker of pumps, valves and hoses"}},
			speakers: []string{"Ilse Varga"}},
		auditRow{class: "listappos/near: shares of a described firm, traders",
			text:     "Shares of Tarvex Corp., a maker of pumps, valves and hoses, rose 2 after traders said demand was strong.",
			want:     []quote{{"", auI, "demand was strong"}},
			speakers: []string{}},
		auditRow{class: "listappos/near: a clause's object list",
			text:     "Tarvex Corp. sells pumps, valves and hoses, and analysts said demand is weak.",
			want:     []quote{{"", auI, "demand is weak"}},
			speakers: []string{}},
		auditRow{class: "listappos/near: a place described",
			text:     "Ostby, a town of farms, mills and ports, said nothing about the vote, and Ilse Varga said the count was fair.",
			want:     []quote{{"Ilse Varga", auI, "the count was fair"}},
			speakers: []string{"Ilse Varga"}},
		auditRow{class: "listappos/near: list of speakers",
			text: "Ilse Varga, Tomas Brek and Mara Quell said the plan was sound.",
			want: []quote{{"", auI, "the plan was sound"}}},
		auditRow{class: "listappos/near: a product list opens the sentence",
			text:     "Tarvex Corp. reported its results.\n\nPumps, valves and hoses, the company said, sold well in the quarter.",
			speakers: []string{"Tarvex Corp."}},
	)

	// senior: a body's unnamed official with a word of rank before the
	// body's name ("A senior Harbour Agency official said").
	bodies := []string{"Harbour Agency", "Finance Ministry", "Tarvex Corp.", "Orrvale Water Authority", "Pellam Department of Works"}
	rankFrames := []struct{ name, text, quote string }{
		{"senior", "A senior %s official said the talks would resume next week.", "the talks would resume next week"},
		{"however", "A senior %s official, however, said the plan isn't in danger.", "the plan isn't in danger"},
		{"top", "A top %s official said the fees would rise in March.", "the fees would rise in March"},
		{"plural", "Two senior %s officials said the deal was close.", "the deal was close"},
		{"ranking", "A high-ranking %s official told reporters the plan was dead.", "the plan was dead"},
	}
	// After a lead paragraph: in the lead, the rank keeps the official
	// unnamed (see skipOfficialRank).
	lead := "Talks on the water tariff went on in Ostby.\n\n"
	for _, f := range rankFrames {
		for _, b := range bodies {
			rows = append(rows, auditRow{class: "senior/" + f.name + " " + b,
				text:     lead + fmt.Sprintf(f.text, b),
				want:     []quote{{b, auI, f.quote}},
				speakers: []string{b}})
		}
	}
	rows = append(rows,
		auditRow{class: "senior/near: no body",
			text:     lead + "A senior official said the talks would resume next week.",
			want:     []quote{{"", auI, "the talks would resume next week"}},
			speakers: []string{}},
		auditRow{class: "senior/near: a country's official",
			text:     lead + "A senior Tarvik official said the talks would resume next week.",
			want:     []quote{{"", auI, "the talks would resume next week"}},
			speakers: []string{}},
		auditRow{class: "senior/near: a former official",
			text:     lead + "A former Harbour Agency official said the talks would resume next week.",
			want:     []quote{{"", auI, "the talks would resume next week"}},
			speakers: []string{}},
		auditRow{class: "senior/near: a person's aide",
			text: lead + "A senior Ilse Varga aide said the talks would resume next week.",
			want: []quote{{"", auI, "the talks would resume next week"}}},
		auditRow{class: "senior/near: the lead's official, no one named after",
			text:     "A senior Harbour Agency official said the talks would resume next week.",
			want:     []quote{{"", auI, "the talks would resume next week"}},
			speakers: []string{}},
	)

	// commafirm: a firm whose name holds a comma ("Pellam, Tarvex & Co.")
	// after the speaker in a cue that closes the sentence.
	firms := []string{"Pellam, Tarvex & Co.", "Orrvale, Brenn & Holloway Inc.", "Marsh, Kell, Tamm & Partners"}
	commaFrames := []struct {
		name, text, quote, speaker string
	}{
		{"says of", "The service is expected to reach $500 million next year, says Ilse Varga of %s.", "The service is expected to reach $500 million next year", "Ilse Varga"},
		{"said of", "Prices will climb in the spring, said Tomas Brek of %s.", "Prices will climb in the spring", "Tomas Brek"},
		{"analyst at", "The service is expected to reach $500 million next year, says Ilse Varga, an analyst at %s.", "The service is expected to reach $500 million next year", "Ilse Varga"},
		{"according to", "The service is expected to reach $500 million next year, according to Ilse Varga of %s.", "The service is expected to reach $500 million next year", "Ilse Varga"},
		{"control before", "Ilse Varga of %s said the service is expected to reach $500 million next year.", "the service is expected to reach $500 million next year", "Ilse Varga"},
		{"control firm", "%s said the service is expected to reach $500 million next year.", "the service is expected to reach $500 million next year", ""},
	}
	for _, f := range commaFrames {
		for _, firm := range firms {
			spk := f.speaker
			if spk == "" {
				spk = firm
			}
			row := auditRow{class: "commafirm/" + f.name + " " + firm,
				text:     fmt.Sprintf(f.text, firm),
				want:     []quote{{spk, auI, f.quote}},
				speakers: []string{spk}}
			switch {
			case strings.Count(firm, ",") > 1:
				row.known = "three-part-name: \"Marsh, Kell, Tamm & Partners\" is chunked as \"Tamm & Partners\"; a name with two commas is not joined"
			case f.name == "analyst at":
				row.known = "comma-name-after-role: after \"an analyst at\" the comma name is not joined (\"Tarvex & Co.\" alone), so the reported clause runs to the end"
			}
			rows = append(rows, row)
		}
	}
	rows = append(rows,
		auditRow{class: "commafirm/near: a town and its state",
			text:     "The service is expected to reach $500 million next year, says Ilse Varga of Ostby, Ohio.",
			want:     []quote{{"Ilse Varga", auI, "The service is expected to reach $500 million next year"}},
			speakers: []string{"Ilse Varga"}},
		auditRow{class: "commafirm/near: a clause after the firm",
			text:     "The service will grow, says Ilse Varga of Pellam, and the board agrees.",
			want:     []quote{{"Ilse Varga", auI, "The service will grow"}},
			speakers: []string{"Ilse Varga"},
			known:    "clause-after-inverted: a clause joined by \", and\" after \"says X of Y\" stops the inverted cue; failing before fix 3 as after"},
	)

	// saysthe: "Says" opening the sentence, then "the", a body's name or
	// a noun with its possessive, and the person ("Says the Big Board's
	// Mr. Varga, “...”").
	owners := []string{"the Big Board's", "the Orrvale Exchange's", "the exchange's", "the Pellam Institute's"}
	people := []struct{ name, speaker string }{{"Mr. Varga", "Varga"}, {"Ilse Varga", "Ilse Varga"}}
	for _, o := range owners {
		for _, p := range people {
			for _, mark := range []string{",", ":"} {
				rows = append(rows, auditRow{class: "saysthe/" + o + " " + p.name + mark,
					text:     "Says " + o + " " + p.name + mark + " \u201cVolatility is greater than program trading.\u201d",
					want:     []quote{{p.speaker, auD, "Volatility is greater than program trading."}},
					speakers: []string{p.speaker}})
			}
		}
	}
	rows = append(rows,
		auditRow{class: "saysthe/near: no possessive",
			text: "Says the report, \u201cVolatility is greater than program trading.\u201d",
			want: []quote{{"", auD, "Volatility is greater than program trading."}}},
		auditRow{class: "saysthe/near: a plural verb opening a clause",
			text:     "Rules the Orrvale Exchange's Ilse Varga set last year still stand, Tomas Brek said.",
			want:     []quote{{"Tomas Brek", auI, "Rules the Orrvale Exchange's Ilse Varga set last year still stand"}},
			speakers: []string{"Tomas Brek"}},
		auditRow{class: "saysthe/near: without the article",
			text:     "Says Orrvale's Mr. Varga, \u201cVolatility is greater than program trading.\u201d",
			want:     []quote{{"Varga", auD, "Volatility is greater than program trading."}},
			speakers: []string{"Varga"}},
	)

	// underwriter: "the lead underwriter" a bond report's earlier line
	// named as the firm whose group priced the issue or that led the
	// underwriters.
	uwFirms := []string{"Tarvex Securities Corp.", "Pellam Brothers Inc.", "Orrvale & Co."}
	uwIntros := []struct{ name, text string }{
		{"group", "Ostby Water Authority -- $50 million of revenue bonds, tentatively priced by a %s group to yield from 6.40%% in 1991 to 7.15%% in 2009."},
		{"led by", "The Ostby Water Authority issue will be sold through underwriters led by %s."},
		{"named", "%s, the lead underwriter, priced the Ostby Water Authority issue on Tuesday."},
	}
	uwCues := []struct{ name, text, quote string }{
		{"according to", "The bonds are rated single-A by the rating agency, according to the lead underwriter.", "The bonds are rated single-A by the rating agency"},
		{"said", "The issue could be relaunched as early as next week, the lead underwriter said.", "The issue could be relaunched as early as next week"},
	}
	for _, in := range uwIntros {
		for _, cu := range uwCues {
			for _, firm := range uwFirms {
				row := auditRow{class: "underwriter/" + in.name + " " + cu.name + " " + firm,
					text:     fmt.Sprintf(in.text, firm) + "\n\n" + cu.text,
					want:     []quote{{firm, auI, cu.quote}},
					speakers: []string{firm}}
				if cu.name == "said" {
					row.known = uwLead
				}
				rows = append(rows, row)
			}
		}
	}
	rows = append(rows,
		auditRow{class: "underwriter/near: no firm named",
			text:     "Ostby Water Authority -- $50 million of revenue bonds, tentatively priced to yield 7.15%.\n\nThe bonds are rated single-A by the rating agency, according to the lead underwriter.",
			want:     []quote{{"", auI, "The bonds are rated single-A by the rating agency"}},
			speakers: []string{}},
		auditRow{class: "underwriter/near: the issuer is no underwriter",
			text:     "The Ostby Water Authority sold $50 million of bonds.\n\nThe bonds are rated single-A by the rating agency, according to the lead underwriter.",
			want:     []quote{{"", auI, "The bonds are rated single-A by the rating agency"}},
			speakers: []string{}},
		auditRow{class: "underwriter/near: a firm that bought, no group",
			text:     "The bonds were bought by Tarvex Securities Corp. on Monday.\n\nThe issue could be relaunched as early as next week, the lead underwriter said.",
			want:     []quote{{"", auI, "The issue could be relaunched as early as next week"}},
			speakers: []string{},
			known:    uwLead},
		auditRow{class: "underwriter/near: a firm that bought, according to",
			text:     "The bonds were bought by Tarvex Securities Corp. on Monday.\n\nThe bonds are rated single-A by the rating agency, according to the lead underwriter.",
			want:     []quote{{"", auI, "The bonds are rated single-A by the rating agency"}},
			speakers: []string{}},
	)

	// paren: an inverted cue closing the sentence whose speaker carries a
	// tag in parentheses ("..., said Sen. Ilse Varga (R., Calif.).").
	parenPeople := []struct{ name, speaker string }{
		{"Sen. Ilse Varga", "Ilse Varga"}, {"Rep. Tomas Brek", "Tomas Brek"}, {"Mara Quell", "Mara Quell"},
	}
	tags := []string{"(R., Calif.)", "(D-Ohio)", "(pictured)", "(no relation)"}
	for _, p := range parenPeople {
		for _, tag := range tags {
			rows = append(rows, auditRow{class: "paren/" + p.name + " " + tag,
				text:     "The bill would pass by the spring, said " + p.name + " " + tag + ".",
				want:     []quote{{p.speaker, auI, "The bill would pass by the spring"}},
				speakers: []string{p.speaker}, known: h2Paren})
		}
		rows = append(rows, auditRow{class: "paren/says relative " + p.name,
			text:     "The bill would pass by the spring, says " + p.name + " (D., Ohio), who wrote it.",
			want:     []quote{{p.speaker, auI, "The bill would pass by the spring"}},
			speakers: []string{p.speaker}, known: h2Paren})
	}
	rows = append(rows,
		auditRow{class: "paren/near: a clause in the parenthesis",
			text:     "The bill would pass by the spring, said Ilse Varga (she later changed her mind).",
			want:     []quote{{"Ilse Varga", auI, "The bill would pass by the spring"}},
			speakers: []string{"Ilse Varga"}, known: h2Paren},
		auditRow{class: "paren/near: the object of a verb",
			text:     "Voters backed the measure, and they praised Ilse Varga (R., Calif.).",
			speakers: []string{}},
		auditRow{class: "paren/near: said before the clause",
			text:     "Ilse Varga (R., Calif.) said the bill would pass by the spring.",
			want:     []quote{{"Ilse Varga", auI, "the bill would pass by the spring"}},
			speakers: []string{"Ilse Varga"}},
	)
	return rows
}
