package extract_test

import (
	"flag"
	"testing"
)

// Session 13, wire business reporting, second batch (the shape of the
// 1989 Wall Street Journal sample, dev-m parts 32-47): a regional bank of
// the Federal Reserve and the Fed's reports speaking; a country or its
// government speaking for itself, and a ministry's official; a heading in
// capitals ending in a colon, which is no transcript speaker's label; a
// name with a slash; a campaign's ad that "charges"; a digest naming a
// second exchange after the first; "said X, a spokesman for Y" and "a Y
// spokesman" with Y named paragraphs before. Every bank district, country
// stand-in, person and company here is invented (the Fed, the U.S. and
// Japan keep their real names: they are the frame, not the speech).
//
// First pass (the whole table, before any change to the engine), rows
// passing / rows, and after the fixes:
//
//	class    first pass      after
//	fed       5/ 9  0.56      7/ 9  (14/17 with the rows added)
//	gov       8/10  0.80      9/10  (23/24 with the rows added)
//	head      2/ 4  0.50      2/ 4  (2/5 with the row added)
//	slash     2/ 4  0.50      4/ 4
//	ad        1/ 4  0.25      1/ 4
//	digest    3/ 3  1.00      3/ 3  (8/8 with the rows added)
//	spokes    4/ 5  0.80      5/ 5  (8/8 with the rows added)
//	ALL      25/39  0.64     31/39  (60/70)

// Mechanisms of the known failures.
const (
	s13wr2FedReport   = "fed-report: a report of the Fed (\"the Beige Book said\", \"the Fed's survey said\", \"the report said\") is not linked to the Federal Reserve named before"
	s13wr2OfficialOf  = "official-of: after \"an official of the Ministry of X said\", \"he said\" is not the ministry: the pronoun finds no person and the quote goes to nobody"
	s13wr2HerRival    = "her-rival: \"Her rival said\" is linked to the woman named before, not left unnamed (the heading itself is no label)"
	s13wr2TwoLabels   = "two-labels: two paragraphs of capitalised labels are too few to be read as a transcript"
	s13wr2DigestHeads = "digest-heads: paragraphs opening with headings in capitals and a colon (\"FIRST CAMPAIGN: ...\", \"LANDOR GROUP: ...\") are read as a transcript's labels; a heading of two capitalised words over a third-person report with a named cue, tried as no label, cost dev-l attribution 0.928 -> 0.925 (a name with \"&\" after the heading was then cut to its last word), so not kept"
	s13wr2AdCharges   = "ad-charges: a campaign's ad or spot (\"the ad charges/says\", \"the spot claims\") is not a cue's subject that speaks for the campaign's candidate"
	s13wr2UnitOf      = "unit-of: \"X's Y unit said\" leaves the quote with nobody (so before and after the named-document fix): the unit after a possessive is not taken for a body"
)

var s13wr2Known = flag.Bool("s13wr2.known", false, "TestAuditS13Wire2 runs its known failures too")

func TestAuditS13Wire2(t *testing.T) { runAudit(t, "s13wr2", s13wr2Rows(), *s13wr2Known) }

func s13wr2Rows() []auditRow {
	var rows []auditRow
	for _, g := range [][]auditRow{
		s13wr2FedRows(), s13wr2GovRows(), s13wr2HeadRows(), s13wr2SlashRows(),
		s13wr2AdRows(), s13wr2DigestRows(), s13wr2SpokesRows(),
	} {
		rows = append(rows, g...)
	}
	return rows
}

func s13wr2FedRows() []auditRow {
	return []auditRow{
		{class: "fed/district said",
			text: "Factory output in the region slipped again, the Tarrowby Fed said, adding that orders for machine tools were flat.",
			want: []quote{{"Tarrowby Fed", auI, "Factory output in the region slipped again"}}},
		{class: "fed/district reported",
			text: "The Vellmouth Fed reported that retail sales were mixed in its district.",
			want: []quote{{"Vellmouth Fed", auI, "retail sales were mixed in its district"}}},
		{class: "fed/district mixed",
			text: "The Hollinsby Fed said construction activity \u201cremains soft\u201d across the district.",
			want: []quote{{"Hollinsby Fed", auM, "construction activity \u201cremains soft\u201d across the district"}}},
		{class: "fed/district amid the survey",
			text: "The Federal Reserve said the economy grew slowly in September.\n\nThe Dunmere Fed said farm incomes were down sharply.",
			want: []quote{{"Federal Reserve", auI, "the economy grew slowly in September"}, {"Dunmere Fed", auI, "farm incomes were down sharply"}}},
		{known: s13wr2FedReport, class: "fed/beige book",
			text: "The Federal Reserve's latest survey of its districts found a slowing economy.\n\nThe Beige Book said consumer spending was sluggish in most districts.",
			want: []quote{{"Federal Reserve", auI, "consumer spending was sluggish in most districts"}}},
		{class: "fed/fed's survey",
			text: "The Federal Reserve released its regional report yesterday.\n\nThe Fed's survey said manufacturing was weak in recent weeks.",
			want: []quote{{"Federal Reserve", auI, "manufacturing was weak in recent weeks"}}},
		{known: s13wr2FedReport, class: "fed/report said after the Fed",
			text: "The Federal Reserve released its regional report yesterday.\n\nThe report said that hiring had slowed in the Midwest.",
			want: []quote{{"Federal Reserve", auI, "hiring had slowed in the Midwest"}}},
		// Written after the first pass: a document of its own name after
		// its owner's possessive (the first three failed before the fix).
		{class: "fed/the Fed's Beige Book, apposition",
			text: "The Federal Reserve's Beige Book, a summary of conditions in its districts, indicated that the economy remains sluggish.",
			want: []quote{{"Federal Reserve", auI, "the economy remains sluggish"}}, speakers: []string{"Federal Reserve"}},
		{class: "fed/a bank's named report",
			text: "The Tarrow Reserve Bank's Green Report said farm incomes fell.",
			want: []quote{{"Tarrow Reserve Bank", auI, "farm incomes fell"}}, speakers: []string{"Tarrow Reserve Bank"}},
		{class: "fed/a company's named survey",
			text: "Pellam Corp.'s Quarterly Outlook Survey found that buyers expect higher prices.",
			want: []quote{{"Pellam Corp.", auI, "buyers expect higher prices"}}},
		{known: s13wr2UnitOf, class: "fed/near: a company's unit",
			text: "Pellam Corp.'s Vandrell Tool unit said it would close a plant.",
			want: []quote{{"Vandrell Tool", auI, "it would close a plant"}}},
		// Session 26: a report by its title alone is no speaker either
		// (documentNamed); this row wanted "Green Report" until then.
		{class: "fed/near: a named report alone",
			text: "The Green Report said farm incomes fell.",
			want: []quote{{"", auI, "farm incomes fell"}}, speakers: []string{}},
		// Written with the fix that made "Fed" a body's head word (the
		// district row above and the next failed before it: "The X Fed" was taken for a
		// person, and "reported" left it with nobody): the verb "fed" in
		// lower case stays a verb.
		{class: "fed/district Fed, for instance, reported",
			text: "The Dunmere Fed, for instance, reported that lending \u201ccontinues to slow\u201d in the district.",
			want: []quote{{"Dunmere Fed", auM, "lending \u201ccontinues to slow\u201d in the district"}}, speakers: []string{"Dunmere Fed"}},
		{class: "fed/near: fed up",
			text: "Ada Crane said she was fed up with the delays.",
			want: []quote{{"Ada Crane", auI, "she was fed up with the delays"}}, speakers: []string{"Ada Crane"}},
		{class: "fed/near: fed the rumours",
			text: "Traders who fed the rumours said the bank would cut rates.",
			want: []quote{{"", auI, "the bank would cut rates"}}, speakers: []string{}},
		{class: "fed/near: a person at a district bank",
			text: "Orrin Castell, an economist at the Tarrowby Fed, said factory orders would pick up by spring.",
			want: []quote{{"Orrin Castell", auI, "factory orders would pick up by spring"}}},
		{class: "fed/near: Fed as object",
			text: "Traders said the Vellmouth Fed had little to do with the rally.",
			want: []quote{{"", auI, "the Vellmouth Fed had little to do with the rally"}}},
	}
}

func s13wr2GovRows() []auditRow {
	return []auditRow{
		{class: "gov/the U.S. says",
			text: "The talks ended without progress. The U.S. says it wants results before the next round.",
			want: []quote{{"U.S.", auI, "it wants results before the next round"}}},
		{class: "gov/Japan denies",
			text: "Japan denies that its markets are closed to foreign chip makers.",
			want: []quote{{"Japan", auI, "its markets are closed to foreign chip makers"}}},
		{class: "gov/country said",
			text: "Valdoria said the first round was too early for concessions.",
			want: []quote{{"Valdoria", auI, "the first round was too early for concessions"}}},
		{class: "gov/ministry officials said",
			text: "Ministry of Coastal Trade officials said the distribution system would be reviewed.",
			want: []quote{{"Ministry of Coastal Trade", auI, "the distribution system would be reviewed"}}},
		{class: "gov/acronym officials said",
			text: "The Ministry of Coastal Trade, or MCT, held talks last week.\n\nMCT officials said the process would take time.",
			want: []quote{{"Ministry of Coastal Trade", auI, "the process would take time"}}},
		{class: "gov/an official of the ministry",
			text: "\u201cLittle by little, there is progress,\u201d said an official of the Ministry of Coastal Trade.",
			want: []quote{{"Ministry of Coastal Trade", auD, "Little by little, there is progress"}}},
		{known: s13wr2OfficialOf, class: "gov/an official of the ministry, then quotes",
			text: "An official of the Ministry of Coastal Trade said the talks had been useful.\n\n\u201cBoth sides are taking action,\u201d he said.",
			want: []quote{{"Ministry of Coastal Trade", auI, "the talks had been useful"}, {"Ministry of Coastal Trade", auD, "Both sides are taking action"}}},
		{class: "gov/finance ministry said",
			text: "The Finance Ministry said the yen's fall was not a worry.",
			want: []quote{{"Finance Ministry", auI, "the yen's fall was not a worry"}}},
		// Written after the first pass, from the dev-m peek: a country in
		// capitals after a person described by it ("one U.S. investor")
		// went to the person (all three failed before the fix).
		{class: "gov/the U.S. after a U.S. investor",
			text: "The fires were stoked by one U.S. investor, Lorne Pell.\n\nThe U.S. says it is anxious for results.",
			want: []quote{{"U.S.", auI, "it is anxious for results"}}},
		{class: "gov/the U.S. after U.S. investor Name",
			text: "The fires were stoked by U.S. investor Lorne Pell.\n\nThe U.S. said that it is anxious for results.",
			want: []quote{{"U.S.", auI, "it is anxious for results"}}},
		{class: "gov/the U.K. after Name, a U.K. banker",
			text: "The deal was signed by Ada Crane, a U.K. banker.\n\nThe U.K. says it will not block the sale.",
			want: []quote{{"U.K.", auI, "it will not block the sale"}}},
		{class: "gov/near: the Swiss after a Swiss rival",
			text: "Swiss rival Jonas Kell finished second.\n\nThe Swiss said the course was too fast.",
			want: []quote{{"Jonas Kell", auI, "the course was too fast"}}},
		// Written after the first pass: a body's unnamed official before
		// the role word speaks for the body (the first four failed
		// before the fix), a country's, a town's or no body's does not.
		{class: "gov/says a Ministry of X official",
			text: "\u201cTalks are useful,\u201d says a Ministry of Coastal Trade official.",
			want: []quote{{"Ministry of Coastal Trade", auD, "Talks are useful"}}},
		{class: "gov/a Finance Ministry official noted",
			text: "\u201cMaybe it was not enough,\u201d a Finance Ministry official noted.",
			want: []quote{{"Finance Ministry", auD, "Maybe it was not enough"}}},
		{class: "gov/the acronym official",
			text: "The Ministry of Coastal Trade, or MCT, met on Monday.\n\n\u201cThere is progress,\u201d says the MCT official.",
			want: []quote{{"Ministry of Coastal Trade", auD, "There is progress"}}},
		{class: "gov/a company official",
			text: "\u201cSales are steady,\u201d a Pellam Corp. official said.",
			want: []quote{{"Pellam Corp.", auD, "Sales are steady"}}},
		{class: "gov/near: a U.S. official",
			text: "\u201cSales are steady,\u201d a U.S. official said.",
			want: []quote{{"", auD, "Sales are steady"}}},
		{class: "gov/near: a senior body official",
			text: "\u201cSales are steady,\u201d a senior Pellam Corp. official said.",
			want: []quote{{"", auD, "Sales are steady"}}},
		{class: "gov/near: a senior official",
			text: "\u201cSales are steady,\u201d a senior official said.",
			want: []quote{{"", auD, "Sales are steady"}}},
		{class: "gov/near: a town official",
			text: "The plant is in Hollinsby.\n\n\u201cSales are steady,\u201d a Hollinsby official said.",
			want: []quote{{"", auD, "Sales are steady"}}},
		// A country's official speaks for the country in the pages gold
		// ("Israeli officials" are Israel's); "a U.S. official" below is
		// still left unnamed, as the older rows want.
		{class: "gov/says an official of a country",
			text: "\u201cTalks are useful,\u201d says an official of the U.S.",
			want: []quote{{"U.S.", auD, "Talks are useful"}}},
		{class: "gov/says an official of a company",
			text: "\u201cSales are steady,\u201d said an official of Pellam Corp.",
			want: []quote{{"Pellam Corp.", auD, "Sales are steady"}}},
		{class: "gov/near: an official named",
			text: "Kenji Hamura, an official of the Ministry of Coastal Trade, said the talks had been useful.",
			want: []quote{{"Kenji Hamura", auI, "the talks had been useful"}}},
		{class: "gov/near: country as object",
			text: "Analysts said Valdoria would not give ground.",
			want: []quote{{"", auI, "Valdoria would not give ground"}}},
	}
}

func s13wr2HeadRows() []auditRow {
	return []auditRow{
		{known: s13wr2HerRival, class: "head/capital heading",
			text: "Marla Voss ran three races for the board.\n\nFIRST CAMPAIGN:\n\nShe spent little and lost by 40 votes. Her rival said she had no plan.",
			want: []quote{{"", auI, "she had no plan"}}, exact: true},
		{class: "head/capital heading two words",
			text: "The plant has changed hands twice.\n\nTHE BUYERS:\n\nA group of local investors bought it in 1985 and sold it within a year.",
			want: []quote{}, exact: true, speakers: []string{}},
		{class: "head/capital heading then quote",
			text: "The fund has had a hard year.\n\nTHE OUTLOOK:\n\n\u201cWe expect a better spring,\u201d said Dana Pell, the fund's manager.",
			want: []quote{{"Dana Pell", auD, "We expect a better spring"}}},
		{known: s13wr2DigestHeads, class: "head/digest headings over reports",
			text:     "The agency won two accounts.\n\nFIRST CAMPAIGN: Pellam Corp. breaks its first national ad campaign this week.\n\nLANDOR GROUP: Vandrell Tool Corp. said it completed its purchase of Landor Group, a design firm.\n\nNEW ACCOUNT: Orrin Castell said the agency won the account.",
			want:     []quote{{"Vandrell Tool Corp.", auI, "it completed its purchase of Landor Group, a design firm"}, {"Orrin Castell", auI, "the agency won the account"}},
			speakers: []string{"Orrin Castell", "Vandrell Tool Corp."}},
		{known: s13wr2TwoLabels, class: "head/near: transcript label",
			text: "HOLT: We will not raise prices this year.\n\nVANCE: Then you will lose money.",
			want: []quote{{"HOLT", auD, "We will not raise prices this year."}, {"VANCE", auD, "Then you will lose money."}}},
	}
}

func s13wr2SlashRows() []auditRow {
	return []auditRow{
		{class: "slash/company said",
			text: "Tarrow/Pellam Publishing Co. said it would cut 200 jobs.",
			want: []quote{{"Tarrow/Pellam Publishing Co.", auI, "it would cut 200 jobs"}}, speakers: []string{"Tarrow/Pellam Publishing Co."}},
		{class: "slash/hyphen and slash",
			text: "Vandrell/Hollis-Grant School Books Inc. said sales rose 8%.",
			want: []quote{{"Vandrell/Hollis-Grant School Books Inc.", auI, "sales rose 8%"}}, speakers: []string{"Vandrell/Hollis-Grant School Books Inc."}},
		{class: "slash/spokesman for",
			text: "The unit will be sold, said Ada Crane, a spokeswoman for Tarrow/Pellam Publishing Co.",
			want: []quote{{"Ada Crane", auI, "The unit will be sold"}}},
		{class: "slash/near: and/or",
			text: "Orrin Castell said buyers and/or sellers would have to wait.",
			want: []quote{{"Orrin Castell", auI, "buyers and/or sellers would have to wait"}}, speakers: []string{"Orrin Castell"}},
	}
}

func s13wr2AdRows() []auditRow {
	return []auditRow{
		{known: s13wr2AdCharges, class: "ad/the ad charges",
			text: "Mr. Pell's campaign began running a television spot last week against Dana Voss.\n\nThe ad charges that Ms. Voss voted to raise taxes nine times.",
			want: []quote{{"Pell", auI, "Ms. Voss voted to raise taxes nine times"}}},
		{known: s13wr2AdCharges, class: "ad/the ad says",
			text: "Mr. Pell's campaign began running a television spot last week against Dana Voss.\n\nThe ad says Ms. Voss missed half the votes.",
			want: []quote{{"Pell", auI, "Ms. Voss missed half the votes"}}},
		{known: s13wr2AdCharges, class: "ad/the spot claims",
			text: "Governor Lorne Pell's campaign began running a radio spot.\n\nThe spot claims that the challenger never paid his taxes.",
			want: []quote{{"Lorne Pell", auI, "the challenger never paid his taxes"}}},
		{class: "ad/near: the charges",
			text: "The charges against Ms. Voss were dropped, prosecutors said.",
			want: []quote{{"", auI, "The charges against Ms. Voss were dropped"}}},
	}
}

func s13wr2DigestRows() []auditRow {
	return []auditRow{
		{class: "digest/second exchange",
			text: "The Tarrow Stock Exchange said it would study program trading.\n\nSeparately, the Vellmouth Mercantile Exchange said it plans a new circuit breaker. The exchange said the limit would take effect next month.",
			want: []quote{{"Tarrow Stock Exchange", auI, "it would study program trading"}, {"Vellmouth Mercantile Exchange", auI, "it plans a new circuit breaker"}, {"Vellmouth Mercantile Exchange", auI, "the limit would take effect next month"}}},
		// Written after the first pass: a body's clipped short form
		// ("the Merc", "the Chicago Merc", "the Fed") is the body named in
		// full, so "the exchange" after it is that body (the first three
		// failed before the fix; the near misses passed).
		{class: "digest/clipped short forms",
			text: "The Tarrow Stock Exchange said it would study program trading.\n\nThe Vellmouth Mercantile Exchange said it plans a new circuit breaker.\n\nBut the Tarrow Stock Exchange chairman said he opposed limits.\n\nThe Vellmouth Merc said the limit would start soon.\n\nThe exchange said its review found the old limit too loose.",
			want: []quote{{"Vellmouth Mercantile Exchange", auI, "the limit would start soon"}, {"Vellmouth Mercantile Exchange", auI, "its review found the old limit too loose"}}},
		{class: "digest/the Merc alone",
			text: "The Vellmouth Mercantile Exchange said it plans a new circuit breaker.\n\nThe Merc said trading was calm.",
			want: []quote{{"Vellmouth Mercantile Exchange", auI, "trading was calm"}}, speakers: []string{"Vellmouth Mercantile Exchange"}},
		{class: "digest/the Fed",
			text: "The Federal Reserve said growth slowed.\n\nThe Fed said prices were steady.",
			want: []quote{{"Federal Reserve", auI, "prices were steady"}}, speakers: []string{"Federal Reserve"}},
		{class: "digest/near: a clip of another body",
			text: "Tarrow Federation of Labor said wages rose.\n\nThe Fed said prices were steady.",
			want: []quote{{"Fed", auI, "prices were steady"}}},
		{class: "digest/near: a first name",
			text: "Robertson Holdings Inc. said sales rose.\n\nRob Hale said prices were steady.",
			want: []quote{{"Rob Hale", auI, "prices were steady"}}},
		{class: "digest/second company",
			text: "Pellam Electronics Inc. said profit rose 12%.\n\nVandrell Tool Corp. said it expects a loss. The company said it would close two plants.",
			want: []quote{{"Pellam Electronics Inc.", auI, "profit rose 12%"}, {"Vandrell Tool Corp.", auI, "it expects a loss"}, {"Vandrell Tool Corp.", auI, "it would close two plants"}}},
		{class: "digest/second exchange, next paragraph",
			text: "The Tarrow Stock Exchange said it would study program trading.\n\nThe Vellmouth Mercantile Exchange said it plans a new circuit breaker.\n\nThe exchange said its review found the old limit too loose.",
			want: []quote{{"Tarrow Stock Exchange", auI, "it would study program trading"}, {"Vellmouth Mercantile Exchange", auI, "it plans a new circuit breaker"}, {"Vellmouth Mercantile Exchange", auI, "its review found the old limit too loose"}}},
	}
}

func s13wr2SpokesRows() []auditRow {
	return []auditRow{
		{class: "spokes/said X, a spokesman for Y",
			text: "Pellam Electronics Inc. posted a loss.\n\nThe company will not pay a dividend, said Ada Crane, a spokeswoman for Pellam.",
			want: []quote{{"Ada Crane", auI, "The company will not pay a dividend"}}},
		{class: "spokes/a Y spokesman",
			text: "Pellam Electronics Inc. posted a loss in the third quarter.\n\nSales fell in every region.\n\nA Pellam spokesman said the company will not pay a dividend.",
			want: []quote{{"Pellam Electronics Inc.", auI, "the company will not pay a dividend"}}},
		{class: "spokes/a Y spokeswoman, reversed",
			text: "Vandrell Tool Corp. posted a loss in the third quarter.\n\nSales fell in every region.\n\nThe plant will stay open, a Vandrell spokeswoman said.",
			want: []quote{{"Vandrell Tool Corp.", auI, "The plant will stay open"}}},
		{class: "spokes/a spokesman for the exchange",
			text: "The Vellmouth Mercantile Exchange changed its rules.\n\nTrading was orderly, said a spokesman for the exchange.",
			want: []quote{{"Vellmouth Mercantile Exchange", auI, "Trading was orderly"}}},
		// Written with the fix for the row above (which, and the first
		// two here, found no quote before it): "said a spokesman for the
		// company" after a clause.
		{class: "spokes/said a spokeswoman for the company",
			text: "Pellam Corp. met on Monday.\n\nThe plant will stay open, said a spokeswoman for the company.",
			want: []quote{{"Pellam Corp.", auI, "The plant will stay open"}}},
		{class: "spokes/said a spokesman for the firm",
			text: "Vandrell Tool Corp. met on Monday.\n\nTrading was orderly, said a spokesman for the firm.",
			want: []quote{{"Vandrell Tool Corp.", auI, "Trading was orderly"}}},
		{class: "spokes/near: said a spokesman for the first time",
			text: "Vandrell Tool Corp. met on Monday.\n\nThe plant, said a spokesman for the first time, will close.",
			want: []quote{}, exact: true},
		{class: "spokes/near: spokesman for another",
			text: "Pellam Electronics Inc. posted a loss.\n\nA Vandrell spokesman said the two companies had not talked.",
			want: []quote{{"Vandrell", auI, "the two companies had not talked"}}},
	}
}
