package extract_test

import (
	"flag"
	"strings"
	"testing"

	"soundbite/extract"
)

// Session 13: wire-style business reporting (the shape of the 1989 Wall
// Street Journal sample, parts 32-96, read as a feed whose speaker list
// is checked by hand). The classes: a company set off with its town and
// state ("Acme Corp., Oshkosh, Wis., said"), where the place took the
// quote; possessive company names ("Moody's Investors Service") cut at
// the possessive; a capitalised word opening the sentence glued to the
// name ("Troubled NBI Inc.", "Both Deryck C. Maughan"), bare quantities
// ("Fewer said") and index moves ("the 500-Stock Index added 0.84") taken
// for speakers, all-capitals digest leads; a company's short form taken
// for a second speaker or a person; and the plain quote frames of the
// wire ("said X, a spokesman for Y", "X, chairman of Y, said", "analysts
// said"). Every company, person and town is invented; the states are real.
//
// First pass (the whole table, before any change to the engine), rows
// passing / rows, and after the fixes:
//
//	class    first pass      after (rows as first written; all rows now)
//	place     5/29  0.17     28/29  (33/34)
//	poss      2/16  0.12     13/16  (15/18)
//	lead      7/21  0.33     18/21  (27/31)
//	short     3/ 9  0.33      8/ 9  (13/14)
//	quotes    6/ 7  0.86      7/ 7  (10/10)
//	ALL      23/82  0.28     74/82  (98/107), 9 known
//
// Written after the first fixes, as near misses: three people "from" a
// town (a farmer, a reader, an engineer), a country's "Health Service"
// and a company's unit after a possessive, "United Tarvik Corp.",
// "added" with a number of people, a troubled company with a relative
// aside and "Troubled by the losses," opening a sentence, "Both X" after
// a sentence in brackets (from the WSJ peek), a lawyer "of Des Moines"
// and a person of a town named like a person (the first failed before its
// fix, the second passed), the digest's capitals (both failed before), a
// company's common first word before "spokesman" (both passed at once),
// "the concern said" (failing before) with two near misses ("One
// concern, experts said,"; passing before), "Some said to be" and "Most
// reported cases" (near misses; the second fails, before and after), a
// company's common first word alone before "spokesman" ("a Legacy
// spokesman" after "Legacy Media Corp."; failing before) with two near
// misses (a title word, another body; passing before and after).
// Corrected after the first run: "the Tarvia government" speaks as that
// (a country's government is an organisation, realnews README),
// "according to Tobin’s notes" is Tobin's, and a money-fund newsletter
// (an outlet) was swapped for a hardware company.

// Mechanisms of the known failures.
const (
	s13wireNPHead       = "np-head: a head noun the lexicon does not know (\"One woman ringer from Orrvale\") stops the subject phrase, and the town after \"from\" is taken for the speaker"
	s13wirePossGroup    = "poss-group: \"Tarbell’s Rating Group\": a possessive before a name ending in \"Group\" is left apart (\"Vextor’s Consumer Group\" is a unit of Vextor), and the speaker is \"Rating Group\""
	s13wireSomeSaid     = "some-said: \"More said conditions would not change\": \"More\" opening a sentence may be a surname (Thomas More) and is no quantity the cue finder knows; a null quote missed, no false speaker"
	s13wireMostReported = "most-reported: \"Most reported cases were mild, the ministry said\": \"reported\" after a quantity is taken for the cue and the clause cut to \"cases were mild\" (so before this session too)"
	s13wireAllCaps      = "all-caps: the digest's capitals (\"VEXTOR COMMUNICATIONS Inc.\") are kept as written, no form of the name in lower case; \"DRAVIC ENDED a truce ... and said\": the verb in capitals is no verb to the clause finder, so the \"and said\" after it goes unattributed (no longer to \"DRAVIC ENDED\")"
	s13wireFed          = "fed: \"The Marlow Fed reported\": a regional Federal Reserve bank named by its city and \"Fed\" is no body the engine knows; no speaker (in real copy, a person)"
	s13wireTradeWord    = "trade-word: \"Kellan Research\", \"Northland Financial\": a name ending in \"Research\" or \"Financial\" stays a person's; as company words they cost a dev set and a held-out set speaker F1 0.012"
	s13wireHyphenPlace  = "hyphen-place: \"the Tarvia-New Marlow government\": a hyphenated country's name before \"government\" is not joined with it; the country speaks, as a person"
)

// s13wirePending are the rows still failing, by class, with the
// mechanism.
var s13wirePending = map[string]string{
	"poss/found, Tarbell’s Rating Group":     s13wirePossGroup,
	"poss/said, Tarbell’s Rating Group":      s13wirePossGroup,
	"poss/according, Tarbell’s Rating Group": s13wirePossGroup,
	"lead/quantity More":                     s13wireSomeSaid,
	"lead/near: most reported cases":         s13wireMostReported,
	"lead/all-caps digest company":           s13wireAllCaps,
	"lead/all-caps digest person and verb":   s13wireAllCaps,
	"short/regional bank of a city":          s13wireFed,
}

var s13wireKnown = flag.Bool("s13wire.known", false, "TestAuditS13Wire runs its known failures too")

func TestAuditS13Wire(t *testing.T) { runAudit(t, "s13wire", s13wireRows(), *s13wireKnown) }

func s13wireRows() []auditRow {
	var rows []auditRow
	for _, g := range [][]auditRow{
		s13wirePlaceRows(), s13wirePossRows(), s13wireLeadRows(), s13wireShortRows(), s13wireQuoteRows(),
	} {
		rows = append(rows, g...)
	}
	for i := range rows {
		if m, ok := s13wirePending[rows[i].class]; ok && rows[i].known == "" {
			rows[i].known = m
		}
	}
	return rows
}

// s13wireCompanies and s13wirePlaces are crossed with the frames of the
// wire's "company, town, state" construction.
var (
	s13wireCompanies = []string{"Vandrell Tool Corp.", "Oskarson Marine Inc.", "Brightwater Holdings Co.", "Kessling Foods Ltd.", "Pellam Electronics Inc."}
	s13wirePlaces    = []string{"Hollinsby, Wis.", "Tarrow Heights, N.J.", "Dunmere, Calif.", "Orrvale, Ohio", "Fenwick Springs, Texas", "San Francisco", "New York", "Cambridge, Mass."}
)

func s13wirePlaceRows() []auditRow {
	frames := []struct {
		name, text, quote string
	}{
		{"said", "%C, %P, said it expects third-quarter earnings to fall sharply.", "it expects third-quarter earnings to fall sharply"},
		{"of-said", "%C of %P, said it agreed to sell its shipping unit for $40 million.", "it agreed to sell its shipping unit for $40 million"},
		{"aside", "%C, %P, facing a cash-flow squeeze, said it is seeking waivers from debenture holders.", "it is seeking waivers from debenture holders"},
		{"estimated", "%C, %P, estimated earnings for its fourth quarter fell 50% to 75%.", "earnings for its fourth quarter fell 50% to 75%"},
		{"says", "%C, %P, says business is up 35% in the past year.", "business is up 35% in the past year"},
	}
	var rows []auditRow
	for i, p := range s13wirePlaces {
		for j, f := range frames {
			if (i+j)%2 == 1 {
				continue // half the cross: every place meets most frames
			}
			co := s13wireCompanies[(i+j)%len(s13wireCompanies)]
			text := s13wireFill(f.text, co, p)
			row := auditRow{class: "place/" + f.name + ", " + p, text: text,
				want: []quote{{co, auI, f.quote}}, speakers: []string{co}}
			if f.name == "of-said" && !strings.Contains(p, ",") {
				// The merge (session 13): ending a firm's name at its legal
				// form before any "of" cost held-out page set f a speaker;
				// it ends there only before a town and its state.
				row.known = "legal-form-of: a firm's name may go on after \"of\" (\"Trust Co. of New York\"); a town without its state stays in it"
			}
			rows = append(rows, row)
		}
	}
	rows = append(rows,
		auditRow{class: "place/association, city",
			text: "The National Association of Pottery Makers, Hollinsby, says that since January it has had 672 inquiries.",
			want: []quote{{"National Association of Pottery Makers", auI, "since January it has had 672 inquiries"}}, speakers: []string{"National Association of Pottery Makers"}},
		auditRow{class: "place/company then the company said",
			text:     "Pellam Electronics Inc., Tarrow Heights, N.J., said it is seeking other financing.\n\nThe company said that because of weak sales it is not in compliance with its loan terms.",
			want:     []quote{{"Pellam Electronics Inc.", auI, "it is seeking other financing"}, {"Pellam Electronics Inc.", auI, "because of weak sales it is not in compliance with its loan terms"}},
			speakers: []string{"Pellam Electronics Inc."}},
		// Near misses: a person of a place, a place named in a role.
		auditRow{class: "place/near: person of town, state",
			text:     "Ilse Marner of Hollinsby, Wis., said the plant would close in May.",
			want:     []quote{{"Ilse Marner", auI, "the plant would close in May"}},
			speakers: []string{"Ilse Marner"}},
		auditRow{class: "place/near: person of company, town, state",
			text:     "“We are gaining 1,200 customers each week,” says Jack Tolland of Vandrell Tool Corp., Tarrow Heights, N.J.",
			want:     []quote{{"Jack Tolland", auD, "We are gaining 1,200 customers each week"}},
			speakers: []string{"Jack Tolland"}},
		auditRow{class: "place/near: the mayor of a town, named",
			text:     "The mayor of Hollinsby, Vern Hale, said the plant would close in May.",
			want:     []quote{{"Vern Hale", auI, "the plant would close in May"}},
			speakers: []string{"Vern Hale"}},
		auditRow{class: "place/near: lawyer of a city after a quote",
			text:     "“The agency declared the right of everyone but itself to print the films,” my lawyer, the scholarly Vern Hale of Dunmere, said in a memo.",
			want:     []quote{{"Vern Hale", auD, "The agency declared the right of everyone but itself to print the films"}},
			speakers: []string{"Vern Hale"}},
		auditRow{class: "place/near: lawyer of a city named like a person",
			text:     "“The agency declared the right of everyone but itself to print the films,” my lawyer, the scholarly Vern Hale of Des Moines, said in a memo.",
			want:     []quote{{"Vern Hale", auD, "The agency declared the right of everyone but itself to print the films"}},
			speakers: []string{"Vern Hale"}},
		auditRow{class: "place/near: person of a town named like a person, said",
			text:     "Ilse Marner of Tom Ebbsville said the plant would close in May.",
			want:     []quote{{"Ilse Marner", auI, "the plant would close in May"}},
			speakers: []string{"Ilse Marner"}},
		auditRow{class: "place/near: a person from a town, unnamed",
			text:     "One woman ringer from Orrvale observed that “the average male ringer leaves a lot to be desired.”",
			speakers: []string{},
			known:    s13wireNPHead},
		auditRow{class: "place/near: a farmer from a town, unnamed",
			text:     "A farmer from Orrvale said the harvest was the worst in a decade.",
			want:     []quote{{"", auI, "the harvest was the worst in a decade"}},
			speakers: []string{}},
		auditRow{class: "place/near: a reader wrote from a town",
			text:     "Another reader wrote from Dunmere to say that in her 60 years of ringing, “I have never seen a lady faint in the belfry.”",
			speakers: []string{}},
		auditRow{class: "place/near: one engineer from a town observed",
			text:     "One retired engineer from Fenwick Springs observed that the bridge had never been inspected.",
			want:     []quote{{"", auI, "the bridge had never been inspected"}},
			speakers: []string{}},
		auditRow{class: "place/near: a town-based company",
			text:     "Kalamazoo, Mich.-based Dorrin Bank said it will eliminate 13 management positions.",
			want:     []quote{{"Dorrin Bank", auI, "it will eliminate 13 management positions"}},
			speakers: []string{"Dorrin Bank"}},
		auditRow{class: "place/near: a country's government",
			text:     "Separately, Meridian Wire reported that the Tarvia government urged its parliament to extend a state of emergency for two months.",
			want:     []quote{{"Tarvia government", auI, "its parliament to extend a state of emergency for two months"}},
			speakers: []string{"Tarvia government"}},
	)
	return rows
}

// s13wireFill puts a company and a place into a frame.
func s13wireFill(frame, co, place string) string {
	out := []byte{}
	for i := 0; i < len(frame); i++ {
		if frame[i] == '%' && i+1 < len(frame) {
			switch frame[i+1] {
			case 'C':
				out = append(out, co...)
				i++
				continue
			case 'P':
				out = append(out, place...)
				i++
				continue
			}
		}
		out = append(out, frame[i])
	}
	return string(out)
}

// Possessive company names: the name holds the possessive.
func s13wirePossRows() []auditRow {
	names := []string{"Dunmore’s Investors Service", "Halloran’s Restaurants Inc.", "Tarbell’s Rating Group", "Marden’s Hardware Corp."}
	frames := []struct{ name, text, quote string }{
		{"found", "In its latest compilation, %C found that junk bonds showed a negative return of 1.5%.", "junk bonds showed a negative return of 1.5%"},
		{"said", "%C said it will open 40 outlets in the coming year.", "it will open 40 outlets in the coming year"},
		{"according", "Yields fell for a fifth week, according to %C.", "Yields fell for a fifth week"},
	}
	var rows []auditRow
	for _, n := range names {
		for _, f := range frames {
			rows = append(rows, auditRow{class: "poss/" + f.name + ", " + n, text: s13wireFill(f.text, n, ""),
				want: []quote{{n, auI, f.quote}}, speakers: []string{n}})
		}
	}
	rows = append(rows,
		auditRow{class: "poss/then the short form",
			text:     "Dunmore’s Investors Service found that junk bonds lost 1.5% in October.\n\nDunmore’s said those returns compare with a 3.8% return on Treasury notes.",
			want:     []quote{{"Dunmore’s Investors Service", auI, "junk bonds lost 1.5% in October"}, {"Dunmore’s Investors Service", auI, "those returns compare with a 3.8% return on Treasury notes"}},
			speakers: []string{"Dunmore’s Investors Service"}},
		// Near misses: a person's possessive before a role or thing.
		auditRow{class: "poss/near: company's chairman, named",
			text:     "Vextor’s chairman, Ivo Dane, said the plant would be sold.",
			want:     []quote{{"Ivo Dane", auI, "the plant would be sold"}},
			speakers: []string{"Ivo Dane"}},
		auditRow{class: "poss/near: a person's lawyer",
			text:     "Ilse Varga’s lawyer said the case would be dropped.",
			want:     []quote{{"", auI, "the case would be dropped"}},
			speakers: []string{}},
		auditRow{class: "poss/near: a country's service",
			text:     "Velmar’s Health Service said waiting lists had grown.",
			want:     []quote{{"Health Service", auI, "waiting lists had grown"}},
			speakers: []string{"Health Service"}},
		auditRow{class: "poss/near: a company's unit",
			text: "Vextor’s Brask Holdings unit said it would cut 200 jobs.",
			want: []quote{{"", auI, "it would cut 200 jobs"}}},
		// The notes' owner wrote them: a source as "the ministry's
		// statement" is (first written wanting no speaker; corrected).
		auditRow{class: "poss/near: a person's notes",
			text:     "The framers hardly discussed the clause at the convention, according to Tobin’s notes.",
			want:     []quote{{"Tobin", auI, "The framers hardly discussed the clause at the convention"}},
			speakers: []string{"Tobin"}},
	)
	return rows
}

// A capitalised word opening the sentence is no part of the name; bare
// quantities and index moves are no speakers.
func s13wireLeadRows() []auditRow {
	var rows []auditRow
	for _, adj := range []string{"Troubled", "Ailing", "Embattled", "Struggling"} {
		for _, co := range []string{"Vextor Inc.", "Brask Systems Corp."} {
			rows = append(rows, auditRow{class: "lead/" + adj + " " + co,
				text:     adj + " " + co + " said it fired more than half its work force.",
				want:     []quote{{co, auI, "it fired more than half its work force"}},
				speakers: []string{co}})
		}
	}
	rows = append(rows,
		auditRow{class: "lead/both X, who heads, and Y",
			text:     "Both Ivo K. Dane, who heads Vextor in Tokyo, and Mara Quell, who heads Brask there, credit options for their success.\n\n“It has not been disruptive here,” Mr. Dane said.",
			want:     []quote{{"Ivo K. Dane", auD, "It has not been disruptive here"}},
			speakers: []string{"Ivo K. Dane"}},
		auditRow{class: "lead/both X after a sentence in brackets",
			text:     "(Vextor left the market last week.) Both Ivo K. Dane, who heads Vextor in Tokyo, and Mara Quell, who heads Brask there, credit options for their success.\n\n“It has not been disruptive here,” Mr. Dane said.",
			want:     []quote{{"Ivo K. Dane", auD, "It has not been disruptive here"}},
			speakers: []string{"Ivo K. Dane"}},
		auditRow{class: "lead/both X and Y said",
			text:     "Both Ivo Dane and Mara Quell said the merger would go ahead.",
			want:     []quote{{"Ivo Dane", auI, "the merger would go ahead"}, {"Mara Quell", auI, "the merger would go ahead"}},
			speakers: []string{"Ivo Dane", "Mara Quell"}},
	)
	for _, q := range []string{"Fewer", "More", "Most", "Many", "Some", "Others"} {
		rows = append(rows, auditRow{class: "lead/quantity " + q,
			text:     "In October, 19% of those surveyed said conditions would improve.\n\n" + q + " said conditions would not change.",
			want:     []quote{{"", auI, "conditions would not change"}},
			speakers: []string{}})
	}
	rows = append(rows,
		auditRow{class: "lead/troubled company with a relative aside",
			text:     "Troubled Vextor Inc., which has lost money for 16 quarters, said it will cut 266 jobs.",
			want:     []quote{{"Vextor Inc.", auI, "it will cut 266 jobs"}},
			speakers: []string{"Vextor Inc."}},
		auditRow{class: "lead/near: participle opening the sentence",
			text: "Troubled by the losses, the board of Vextor Inc. said it will cut 266 jobs.",
			want: []quote{{"Vextor Inc.", auI, "it will cut 266 jobs"}}},
		auditRow{class: "lead/near: participle opening a company's name",
			text:     "United Tarvik Corp. said profit rose 12%.",
			want:     []quote{{"United Tarvik Corp.", auI, "profit rose 12%"}},
			speakers: []string{"United Tarvik Corp."}},
		auditRow{class: "lead/near: added a number of people",
			text:     "Ivo Dane added 3,000 jobs had been lost since May.",
			want:     []quote{{"Ivo Dane", auI, "3,000 jobs had been lost since May"}},
			speakers: []string{"Ivo Dane"}},
		auditRow{class: "lead/near: added a number, unnamed",
			text: "The minister added 40 officers would join the force next year.",
			want: []quote{{"", auI, "40 officers would join the force next year"}}},
	)
	rows = append(rows,
		auditRow{class: "lead/near: some said to be",
			text:     "Some said to be close to the minister were arrested on Friday.",
			speakers: []string{}, exact: true},
		auditRow{class: "lead/near: most reported cases",
			text:     "Most reported cases were mild, the ministry said.",
			want:     []quote{{"", auI, "Most reported cases were mild"}},
			speakers: []string{}},
	)
	for _, ix := range []string{"Tarvik & Dane’s 500-Stock Index added 0.84 to 341.20.", "The Brask Composite Index added 3.2 points to 199.5.", "The Marlow Equity Market Index gained 0.99 to 319.75."} {
		rows = append(rows, auditRow{class: "lead/index move", text: ix, speakers: []string{}, exact: true})
	}
	rows = append(rows,
		auditRow{class: "lead/all-caps digest company",
			text:     "VEXTOR COMMUNICATIONS Inc. said it plans to raise 175 million Canadian dollars through a private placement.\n\nVextor said the shares will be convertible.",
			want:     []quote{{"Vextor Communications Inc.", auI, "it plans to raise 175 million Canadian dollars through a private placement"}, {"Vextor Communications Inc.", auI, "the shares will be convertible"}},
			speakers: []string{"Vextor Communications Inc."}},
		auditRow{class: "lead/all-caps digest person and verb",
			text:     "Tarvian President Ilan Dravic spoke at the summit.\n\nDRAVIC ENDED a truce with the rebels and said elections were threatened.",
			want:     []quote{{"Ilan Dravic", auI, "elections were threatened"}},
			speakers: []string{"Ilan Dravic"}},
		// Written after the digest fixes: the name in capitals is the
		// person the story names after it, not a body.
		auditRow{class: "lead/all-caps digest name, then the name and he",
			text:     "DRAVIC ENDED a truce with the rebels.\n\nWhile he reaffirmed support for the elections, Dravic indicated that aid could thwart the balloting.\n\nHe said aid should be used to demobilize the rebels.",
			want:     []quote{{"Dravic", auI, "aid could thwart the balloting"}, {"Dravic", auI, "aid should be used to demobilize the rebels"}},
			speakers: []string{"Dravic"}},
		// Written after the digest fix: the verb in capitals names no one.
		auditRow{class: "lead/all-caps digest verb is no speaker",
			text:     "Tarvian President Ilan Dravic spoke at the summit.\n\nDRAVIC ENDED a truce with the rebels and said elections were threatened.",
			speakers: []string{}},
	)
	return rows
}

// A company's short form is the company, not a second speaker or a person.
func s13wireShortRows() []auditRow {
	return []auditRow{
		{class: "short/spokesman of the short form",
			text:     "Japanese firms invested $214 million in U.S. companies this year, reports Dorrin Analytics Inc.\n\n“Strategic goals, not profit, drive the deals,” says a Dorrin Analytics spokesman.",
			want:     []quote{{"Dorrin Analytics Inc.", auI, "Japanese firms invested $214 million in U.S. companies this year"}, {"Dorrin Analytics Inc.", auD, "Strategic goals, not profit, drive the deals"}},
			speakers: []string{"Dorrin Analytics Inc."}},
		{class: "short/ampersand company, two-word short form with aside",
			text:     "Marlow Jenks & Co. said it extended its offer for Telfer Inc.\n\nMarlow Jenks, which owns 64% of Telfer, said that 24,000 shares have been tendered.",
			want:     []quote{{"Marlow Jenks & Co.", auI, "it extended its offer for Telfer Inc"}, {"Marlow Jenks & Co.", auI, "24,000 shares have been tendered"}},
			speakers: []string{"Marlow Jenks & Co."}},
		{class: "short/company in a role, then its first word",
			text:     "Tessa Klein, general manager of Harrow Newspapers, announced that the paper would fold.\n\nHarrow said it would pay employees for 60 days.",
			want:     []quote{{"Tessa Klein", auI, "the paper would fold"}, {"Harrow Newspapers", auI, "it would pay employees for 60 days"}},
			speakers: []string{"Harrow Newspapers", "Tessa Klein"}},
		{class: "short/common first word before spokesman",
			text:     "Harvest Media Corp. said it offered to buy the shares of Pell Radio Corp.\n\nHarvest would issue up to 2 million preferred shares, a Harvest spokesman estimated.",
			want:     []quote{{"Harvest Media Corp.", auI, "it offered to buy the shares of Pell Radio Corp"}, {"Harvest Media Corp.", auI, "Harvest would issue up to 2 million preferred shares"}},
			speakers: []string{"Harvest Media Corp."}},
		{class: "short/common word in the lexicon before spokesman",
			text:     "Legacy Media Corp. said it offered to buy the shares of Pell Radio Corp.\n\nLegacy would issue up to 2 million preferred shares, a Legacy spokesman estimated.",
			want:     []quote{{"Legacy Media Corp.", auI, "it offered to buy the shares of Pell Radio Corp"}, {"Legacy Media Corp.", auI, "Legacy would issue up to 2 million preferred shares"}},
			speakers: []string{"Legacy Media Corp."}},
		{class: "short/near: a title word opening a company's name",
			text:     "General Tools Corp. said profit rose 12%.\n\nGeneral Ivo Dane said the army would buy fewer trucks.",
			want:     []quote{{"General Tools Corp.", auI, "profit rose 12%"}, {"Ivo Dane", auI, "the army would buy fewer trucks"}},
			speakers: []string{"General Tools Corp.", "Ivo Dane"}},
		{class: "short/near: the common word alone, another body",
			text:     "Legacy Media Corp. said profit rose 12%.\n\nThe Legacy Council said the talks would resume in May.",
			want:     []quote{{"Legacy Media Corp.", auI, "profit rose 12%"}, {"Legacy Council", auI, "the talks would resume in May"}},
			speakers: []string{"Legacy Media Corp.", "Legacy Council"}},
		{class: "short/near: common first word, no company",
			text: "The Harvest Festival opened on Friday.\n\nThe fair would draw 20,000 people, a Harvest spokesman estimated.",
			want: []quote{{"Harvest Festival", auI, "The fair would draw 20,000 people"}}},
		{class: "short/Co. then bare",
			text:     "Vela Boot Co. said a partnership proposed changing its offer.\n\nHowever, Vela Boot said it would submit the offer to a committee.",
			want:     []quote{{"Vela Boot Co.", auI, "a partnership proposed changing its offer"}, {"Vela Boot Co.", auI, "it would submit the offer to a committee"}},
			speakers: []string{"Vela Boot Co."}},
		{class: "short/Corp. then bare with aside",
			text:     "Dravo Research Corp. said its profit fell.\n\nDravo Research, a maker of supercomputers, indicated that the survival of a spinoff depends on its chairman.",
			want:     []quote{{"Dravo Research Corp.", auI, "its profit fell"}, {"Dravo Research Corp.", auI, "the survival of a spinoff depends on its chairman"}},
			speakers: []string{"Dravo Research Corp."}},
		{class: "short/state-led company name",
			text:     "Vermont Loom rebuffed the offer in September and said it would study other alternatives.\n\nLate yesterday, Vermont Loom said it reviewed the proposal.",
			want:     []quote{{"Vermont Loom", auI, "it would study other alternatives"}, {"Vermont Loom", auI, "it reviewed the proposal"}},
			speakers: []string{"Vermont Loom"}},
		{class: "short/state-led company name, Inc.",
			text:     "Oregon Pulp Inc. said it reviewed the proposal.\n\nOregon Pulp said it has not eliminated any alternatives.",
			want:     []quote{{"Oregon Pulp Inc.", auI, "it reviewed the proposal"}, {"Oregon Pulp Inc.", auI, "it has not eliminated any alternatives"}},
			speakers: []string{"Oregon Pulp Inc."}},
		{class: "short/regional bank of a city",
			text:     "The Marlow Fed, for instance, reported that factory activity continues to decline.",
			want:     []quote{{"Marlow Fed", auI, "factory activity continues to decline"}},
			speakers: []string{"Marlow Fed"}},
		{class: "short/financier by surname in a digest",
			text:     "Tobin Brask sought clearance to buy 15% of the airline’s parent.\n\nBrask said he may seek control.",
			want:     []quote{{"Tobin Brask", auI, "he may seek control"}},
			speakers: []string{"Tobin Brask"}},
	}
}

// The plain frames of wire quotes.
func s13wireQuoteRows() []auditRow {
	return []auditRow{
		{class: "quotes/said X, a spokesman for Y",
			text:     "The plant will reopen Monday, said Tessa Klein, a spokeswoman for Vandrell Tool Corp.",
			want:     []quote{{"Tessa Klein", auI, "The plant will reopen Monday"}},
			speakers: []string{"Tessa Klein"}},
		{class: "quotes/Mr. X said after the full name",
			text:     "Ivo R. Dane, president of Brask Systems Corp., declined to comment on the sale.\n\n“We are not selling,” Mr. Dane said.",
			want:     []quote{{"Ivo R. Dane", auD, "We are not selling"}},
			speakers: []string{"Ivo R. Dane"}},
		{class: "quotes/X, chairman of Y, said",
			text:     "Mara Quell, chairman of Oskarson Marine Inc., said the yard would close.",
			want:     []quote{{"Mara Quell", auI, "the yard would close"}},
			speakers: []string{"Mara Quell"}},
		{class: "quotes/analysts said",
			text:     "Analysts said the offer was too low.\n\nTraders said the stock would fall.",
			want:     []quote{{"", auI, "the offer was too low"}, {"", auI, "the stock would fall"}},
			speakers: []string{}},
		{class: "quotes/the analyst said, unnamed",
			text:     "The workers have not yet accepted the contract, the analyst said.",
			want:     []quote{{"", auI, "The workers have not yet accepted the contract"}},
			speakers: []string{}},
		{class: "quotes/a spokesman for the company, Y named before",
			text:     "Kessling Foods Ltd. said it will close two plants.\n\nA spokesman for the Toronto food concern said the plants employ 300.",
			want:     []quote{{"Kessling Foods Ltd.", auI, "it will close two plants"}, {"Kessling Foods Ltd.", auI, "the plants employ 300"}},
			speakers: []string{"Kessling Foods Ltd."}},
		{class: "quotes/the concern said after a named company",
			text:     "Tessen Mutual Corp. said third-quarter profit was flat.\n\nThe insurance and financial services concern said profit rose 1.1%.",
			want:     []quote{{"Tessen Mutual Corp.", auI, "third-quarter profit was flat"}, {"Tessen Mutual Corp.", auI, "profit rose 1.1%"}},
			speakers: []string{"Tessen Mutual Corp."}},
		{class: "quotes/near: a concern, experts said",
			text:     "Vandrell Tool Corp. said profit rose 12%.\n\nOne concern, experts said, is that the dam will fail.",
			want:     []quote{{"Vandrell Tool Corp.", auI, "profit rose 12%"}},
			speakers: []string{"Vandrell Tool Corp."}},
		{class: "quotes/near: the main concern of residents",
			text:     "Vandrell Tool Corp. said profit rose 12%.\n\nThe main concern of residents, the mayor said, is traffic.",
			speakers: []string{"Vandrell Tool Corp."}},
		{class: "quotes/the company said after a named company",
			text:     "Vandrell Tool Corp. said profit rose 12%.\n\nSales increased 8%, the company said.",
			want:     []quote{{"Vandrell Tool Corp.", auI, "profit rose 12%"}, {"Vandrell Tool Corp.", auI, "Sales increased 8%"}},
			speakers: []string{"Vandrell Tool Corp."}},
	}
}

// s13wireKindRows name a company by words of its trade, with no legal
// form: the speaker is an organisation, not a person called so. First
// pass 2/7 (the two near misses); with "securities", "economics" and
// "newspapers" made company words, 5/7. Four rows added after (a company
// set off with a description of its trade, a surname called "he", a
// hyphenated country's government): 2/4, the two others known; the
// surname called "he" only in its clause passes since reported speech
// opening "he"/"she" counts as a person's voice (three rows written with
// it: "said he", and "said it", "Vextor Inc. said he" as near misses). Three
// more (a hyphenated "Mc" name set off as a conglomerate, a boot maker
// and a partner who are people) passed at once. "Research" and "Financial" as
// company words each cost a scored set speaker F1 (a dev set 0.012, a
// held-out set 0.012): known.
var s13wireKindRows = []struct{ text, speaker, kind, known string }{
	{"Kellan Research indicated that the survival of a spinoff depends on its chairman.", "Kellan Research", "organization", s13wireTradeWord},
	{"Tessa Klein, general manager of Harrow Newspapers, said the paper would fold.\n\nHarrow Newspapers said it would pay employees for 60 days.", "Harrow Newspapers", "organization", ""},
	{"Dorrin Economics said Japanese firms invested $214 million this year.", "Dorrin Economics", "organization", ""},
	{"Northland Financial said it will eliminate 13 management positions.", "Northland Financial", "organization", s13wireTradeWord},
	{"Brask Securities said its profit fell 20%.", "Brask Securities", "organization", ""},
	{"Vextor-Brask, a Tarrow-based diversified energy conglomerate, said the partnership will be liquidated.", "Vextor-Brask", "organization", ""},
	{"Dorrin-Pellam, a maker of cowboy boots, said it would submit the offer to a committee.", "Dorrin-Pellam", "organization", ""},
	{"Brasker sought clearance to buy 15% of the airline’s parent, saying he may seek control.", "Brasker", "person", ""},
	{"Tessen said he would not run again.", "Tessen", "person", ""},
	{"Tessen said it would cut 200 jobs.", "Tessen", "organization", ""},
	{"Vextor Inc. said he would step down in May.", "Vextor Inc.", "organization", ""},
	{"The Tarvia-New Marlow government urged its parliament to extend the state of emergency.", "Tarvia-New Marlow government", "organization", s13wireHyphenPlace},
	{"Dorrin-McBride, a Tarrow-based diversified energy conglomerate, said the partnership will be liquidated.", "Dorrin-McBride", "organization", ""},
	{"Ivo McBride, a Tarrow-based boot maker, said the partnership will be liquidated.", "Ivo McBride", "person", ""},
	{"Ivo McBride, a partner at the firm, said the partnership will be liquidated.", "Ivo McBride", "person", ""},
	// Near misses: people whose names the trade words do not make.
	{"Ivo Dane said the plant would close.", "Ivo Dane", "person", ""},
	{"Mara Quell, a researcher at Kellan Research, said the results were clear.", "Mara Quell", "person", ""},
}

func TestS13WireKinds(t *testing.T) {
	for _, row := range s13wireKindRows {
		if row.known != "" && !*s13wireKnown {
			continue
		}
		res := extract.Extract(strings.Split(row.text, "\n\n"))
		found := false
		for _, s := range res.Speakers {
			if s.Name == row.speaker {
				found = true
				if string(s.Kind) != row.kind {
					t.Errorf("%q: %s is %s, want %s", row.text, s.Name, s.Kind, row.kind)
				}
			}
		}
		if !found {
			t.Errorf("%q: no speaker %s; got %s", row.text, row.speaker, describe(res))
		}
	}
}
