package extract_test

import (
	"flag"
	"strings"
	"testing"
)

// Session 14, helper e1: attribution on the dev sets, quotes the engine
// finds but credits to the wrong speaker. The dev misses read at branch
// start (213 quotes found but misattributed over Wikinews dev, pages dev,
// feeds and fictional dev) scatter over many small mechanisms; the
// largest group that is one mechanism is a company's description as
// speaker in a business item: "The Kearny-based maker of hair accessories
// said", "The exchange said", "The company said" after a named company.
// Names, places and bodies below are invented.
//
// FIRST-PASS (batch 1, e1OfDescrRows, "ofdescr"): the table as first
// written, run once before any fix on this branch, 4/23 (0.17): every
// "The maker of <goods> said" row failed, the near misses passed. Two
// rows' wording was then corrected (a publisher named "Press" is taken
// for an outlet, a recall matter; "the maker of the film" alone gives
// nobody either way) and three rows and two near misses were added while
// fixing ("The Orlin, N.J.-based maker", "the makers of the film", "a
// developer of mobile games, Jonas Pell"): the final table on the
// engine before the fix, 7/31 (0.23); after, 30/31 with one known (two
// near misses on producers added at the end pass too: 32/33).
// Mechanisms of the failures: an "of" complement in the plural read as
// the people a group is made of ("the group of rapporteurs"), so "the
// maker of hair accessories" was nobody (18 rows); goods joined by "and"
// ending the subject at the last noun; a town and state glued to
// "-based" ("The Kearny, N.J.-based maker") leaving the subject at
// "based"; a brand in the goods ("the maker of Vesta scooters") taken as
// the speaker. dev-l attribution 0.921 -> 0.925, no other set moved.
//
// FIRST-PASS (batch 2, e1BackgroundRows, "background"): written whole and
// run once before its fix, 6/18 (0.33): every row where "The exchange
// (company, union, agency) said" follows a body that spoke and then
// another of its kind named only in the background failed (12), the six
// near misses passed; after, 18/18. Mechanism: a description took the
// nearest body it fits, however it was named, so "the floor of the
// Velmark Stock Exchange" inside traders' reported clause, or "the
// Velmark Stock Exchange chairman", beat the exchange the item is about.
// dev-m speaker F1 0.930 -> 0.935, attribution 0.912 -> 0.921, no other
// set moved.
//
// FIRST-PASS (batch 3, e1DescSubjectRows, "descsubj"): written whole (16
// rows) and run once before its fix, 12/16 (0.75); with two more
// descriptions added ("The star", "The reality TV regular"), 14/22
// (0.64); after, 20/22 with two known. Mechanism: a verb later in the
// sentence ("... three months ago, and she has now revisited the comments
// and explained") takes the subject the sentence opens with, and a
// description there ("The 38-year-old star") was resolved as seen from
// that later verb, so the fallback took the person named in between
// (the organisers' chair), and the next paragraph's "she said" followed.
// Reading the description from where it stands, when the person it gave
// is named only after it in the sentence, fixes it. Reading every
// subject from where it stands cost Holdout attribution 0.910 -> 0.905
// and dev-h, dev-l, dev-m speaker F1 0.011 to 0.025; the narrow form
// moved only dev-k: speaker F1 0.958 -> 0.964, attribution 0.947 ->
// 0.967.
//
// FIRST-PASS (batch 4, e1OwnVoiceRows, "ownvoice"): the 24 unnamed
// owners, shareholders, members, fans, customers and employees of a body
// and the near misses passed from the start; the lead rows, written
// whole and run once before their fix, failed: 31/35 (0.89); after,
// 34/35 with one known. Mechanisms: leadDescription leaves "A co-owner
// of the Velmark Ravens said" unlinked on purpose ("the head of ..." is
// too precise to be anyone named), even when the next paragraph names
// "Ravens co-owner Tomas Brenn" in that very role; and a Markdown link
// followed by "'s" ("the [NHL](...)'s [Velmark Ravens](...)") lost its
// possessive, so the subject shrank to "s Velmark Ravens" and the team
// took the quote. dev-e speaker F1 0.960 -> 0.965, attribution 0.967 ->
// 0.971, no other set moved.
//
// FIRST-PASS (batch 5, e1OpponentRows, "opponent"): written whole and
// run once before its fix, 2/16 (0.12): every "X sued (accused,
// criticised, attacked, blamed, thanked) Y claiming (saying) ..." with no
// comma gave the quote to Y; after, 15/16 with one known (a near miss no
// quote is found for either way). dev-m speaker F1 0.935 -> 0.946,
// attribution 0.921 -> 0.925, no other set moved.
//
// FIRST-PASS (batch 6, e1ReferredAsRows, "referredas"): written whole and
// run once before its fix, 0/6; two near misses wrongly wanted a null
// quote where the engine rightly gives none (a name in marks), corrected
// to want no quote: 2/6 (0.33); after, 6/6. Mechanism: "referred to as"
// was never a cue, to keep "is referred to as “The Lion Man”" out, so
// "what Mr. Nixon referred to as “...”" lost its speaker. dev-m
// attribution 0.925 -> 0.929, no other set moved.
//
// FIRST-PASS (batch 7, e1LocalLevelRows, "locallevel"): written whole and
// run once before its fix, 4/7 (0.57): three of the four "the city
// councilor (county commissioner, town councillor) pointed out" rows gave
// the quote to the holder named with the level further back over the
// nearer one named by the bare title; after, 7/7. dev-g attribution
// 0.908 -> 0.917, no other set moved.

// Mechanisms of the rows still failing.
const (
	e1Epithet      = "epithet-unknown: \"The reality TV regular\" is no role or age the engine knows, so the description names nobody and the sentence's quote is left unattributed, as before this branch"
	e1FounderBody  = "founder-body: \"A founder of Orlin Foods said\" is taken for the company, as before this branch (a founder is no word ownVoice knows), so the lead's link to the founder named below is never asked"
	e1ShowedSaying = "showed-saying: \"A video showed Tomas Brenn saying ...\" gives no quote at all, before this branch and after: a recall matter of a participle after \"showed\", not of whose it is"
	e1MakerOfWork  = "maker-of-work: \"The maker of the film said\" after a company sponsoring it is taken for that company, as before this branch: one work's maker may be a person or a company, and the engine does not tell them apart"
)

var e1Known = flag.Bool("e1.known", false, "TestAuditS14E1 runs its known failures too, to see which a change fixed")

// e1Companies are companies an item names, with a description that
// carries an "of" complement naming what the company makes or runs.
var e1Companies = []struct{ name, descr string }{
	{"Tarven Products Inc.", "The maker of hair accessories"},
	{"Tarven Products Inc.", "The Orlin-based maker of hair accessories and other cosmetic products"},
	{"Brenmark Corp.", "The Dalton, Ga., maker of carpets and rugs"},
	{"Tarven Products Inc.", "The Orlin, N.J.-based maker of hair accessories and other cosmetic products"},
	{"Brenmark Corp.", "The Dalton, Ga.-based carpet maker"},
	{"Pellworth Hotels Inc.", "The Orlin, Md.-based operator of budget hotels"},
	{"Quillby Systems", "The manufacturer of kitchen appliances"},
	{"Hollis Books Inc.", "The publisher of picture books"},
	{"Vantor Holdings", "The maker of Vesta scooters"},
	{"Ostrander Foods Co.", "The producer of frozen vegetables"},
	{"Pellworth Hotels Inc.", "The operator of budget hotels"},
	{"Calder Homes Corp.", "The developer of office towers"},
}

// e1OfDescrRows: an item opens with its company's news, then "The
// <description of things> said"; the item before named another company,
// which must not take the quote.
func e1OfDescrRows() []auditRow {
	var rows []auditRow
	prev := "Halloway Steel Co. said it would close its oldest mill in March."
	for _, c := range e1Companies {
		rows = append(rows,
			auditRow{class: "ofdescr/dividend cut then description said",
				text: prev + "\n\n" + c.name + " cut its quarterly dividend to five cents a share.\n\nThe reduced dividend is payable Jan. 2.\n\n" + c.descr + " said it cut the dividend because of its third-quarter loss.",
				want: []quote{{"Halloway Steel Co.", auI, "it would close its oldest mill in March"}, {c.name, auI, "it cut the dividend because of its third-quarter loss"}}},
			auditRow{class: "ofdescr/company said then description said",
				text: prev + "\n\n" + c.name + " said it agreed to sell its trucking unit.\n\n" + c.descr + " said the sale would be completed by December.",
				want: []quote{{c.name, auI, "it agreed to sell its trucking unit"}, {c.name, auI, "the sale would be completed by December"}}},
		)
	}
	// Near misses: people behind "of", a person's own description, and
	// an unnamed group.
	rows = append(rows,
		auditRow{class: "ofdescr/near miss, a group of residents",
			text: prev + "\n\nThe Orlin council approved the tower on Monday.\n\nA group of residents said the tower would block the harbour view.",
			want: []quote{{"", auI, "the tower would block the harbour view"}}},
		auditRow{class: "ofdescr/near miss, the group of rapporteurs",
			text: "The Velmark Rights Council met on Monday.\n\nThe group of special rapporteurs said the detentions broke the treaty.",
			want: []quote{{"", auI, "the detentions broke the treaty"}}},
		auditRow{class: "ofdescr/near miss, the owner of the shop",
			text: "Tarven Products Inc. supplies the shop on Mill Street.\n\nThe owner of the shop said sales had fallen by half.",
			want: []quote{{"", auI, "sales had fallen by half"}}},
		auditRow{class: "ofdescr/near miss, the maker of the film is a person",
			text:  "Tarven Products Inc. sponsored the festival, which opened with a documentary about the Orlin dockers.\n\nThe maker of the film said four years on the docks had changed her.",
			want:  []quote{{"", auI, "four years on the docks had changed her"}},
			known: e1MakerOfWork},
		auditRow{class: "ofdescr/near miss, the makers of the film",
			text: "Tarven Products Inc. sponsored the festival, which opened with a documentary about the Orlin dockers.\n\nThe makers of the film said four years on the docks had changed them.",
			want: []quote{{"", auI, "four years on the docks had changed them"}}},
		auditRow{class: "ofdescr/near miss, a developer of games is a person",
			text: "Ilse Varga runs a small studio in Orlin.\n\nA developer of mobile games, Jonas Pell, said the market was saturated.",
			want: []quote{{"Jonas Pell", auI, "the market was saturated"}}},
		auditRow{class: "ofdescr/near miss, a producer named in apposition",
			text: "Velmark Broadcasting Corp. will air the series in May.\n\nThe producer of children's documentaries, Ilse Varga, said the series took four years to make.",
			want: []quote{{"Ilse Varga", auI, "the series took four years to make"}}},
		auditRow{class: "ofdescr/near miss, a producer is no broadcaster",
			text: "Velmark Broadcasting Corp. will air the series in May.\n\nThe producer of nature documentaries said the series took four years to make.",
			want: []quote{{"", auI, "the series took four years to make"}}},
		auditRow{class: "ofdescr/near miss, a person named",
			text: prev + "\n\nTarven Products Inc. cut its quarterly dividend to five cents a share.\n\nAnalyst Mira Castel said the maker of hair accessories faces higher costs.",
			want: []quote{{"Mira Castel", auI, "the maker of hair accessories faces higher costs"}}},
	)
	return rows
}

// e1Bodies are pairs of bodies of one kind, the one an item is about and
// another it mentions, with the description both fit.
var e1Bodies = []struct{ about, other, descr string }{
	{"The Orlin Mercantile Exchange", "the Velmark Stock Exchange", "The exchange"},
	{"Tarven Foods Inc.", "Dorrel Corp.", "The company"},
	{"The Harbor Workers Union", "the Velmark Teachers Union", "The union"},
	{"The Orlin Transit Agency", "the Velmark Port Agency", "The agency"},
}

// e1BackgroundRows: the body an item is about speaks, another of its
// kind is named only in the background (another speaker's reported
// clause, or before a person's role), and then "The <kind> said" is the
// body that spoke.
func e1BackgroundRows() []auditRow {
	var rows []auditRow
	for _, b := range e1Bodies {
		about := strings.TrimPrefix(b.about, "The ")
		rows = append(rows,
			auditRow{class: "background/other named in traders' reported clause",
				text: b.about + " said it plans a new limit on trading.\n\nSeveral traders said the old limit sent selling to the floor of " + b.other + ".\n\n" + b.descr + " said the limit would take effect in March.",
				want: []quote{{about, auI, "it plans a new limit on trading"}, {about, auI, "the limit would take effect in March"}}},
			auditRow{class: "background/other named before a chairman's role",
				text: b.about + " said it plans a new limit on trading.\n\nBut " + b.other + " chairman said he doesn't support such a limit.\n\n" + b.descr + " said the limit would take effect in March.",
				want: []quote{{about, auI, "it plans a new limit on trading"}, {about, auI, "the limit would take effect in March"}}},
			auditRow{class: "background/other named in analysts' reported clause",
				text: b.about + " said it plans a new limit on trading.\n\nAnalysts said " + b.other + " would gain the most from the change.\n\n" + b.descr + " said the limit would take effect in March.",
				want: []quote{{about, auI, "the limit would take effect in March"}}},
		)
	}
	// Near misses: the other body is the subject, or speaks, or the one
	// that spoke is not of the kind, or none spoke before.
	rows = append(rows,
		auditRow{class: "background/near miss, other is the next item's subject",
			text: "Tarven Foods Inc. said it plans to close two plants.\n\nDorrel Corp. fell 1 1/4 to 18 3/8.\n\nThe company said it expects a loss for the third quarter.",
			want: []quote{{"Dorrel Corp.", auI, "it expects a loss for the third quarter"}}},
		auditRow{class: "background/near miss, shares of the other",
			text: "Tarven Foods Inc. said it plans to close two plants.\n\nShares of Dorrel Corp. rose 5% on Monday.\n\nThe company said it expects a loss for the third quarter.",
			want: []quote{{"Dorrel Corp.", auI, "it expects a loss for the third quarter"}}},
		auditRow{class: "background/near miss, the other speaks",
			text: "Tarven Foods Inc. said it plans to close two plants.\n\nDorrel Corp. said it would hire the workers.\n\nThe company said it expects a loss for the third quarter.",
			want: []quote{{"Dorrel Corp.", auI, "it expects a loss for the third quarter"}}},
		auditRow{class: "background/near miss, the other's chairman named",
			text: "Tarven Foods Inc. said it plans to close two plants.\n\nDorrel Corp.'s chairman, Anton Brisk, said he would hire the workers.\n\nThe company said it expects a loss for the third quarter.",
			want: []quote{{"Anton Brisk", auI, "he would hire the workers"}, {"Dorrel Corp.", auI, "it expects a loss for the third quarter"}}},
		auditRow{class: "background/near miss, no body spoke before",
			text: "Talks on the harbour resumed on Monday.\n\nSeveral traders said the delay hurt Dorrel Corp. the most.\n\nThe company said it expects a loss for the third quarter.",
			want: []quote{{"Dorrel Corp.", auI, "it expects a loss for the third quarter"}}},
		auditRow{class: "background/near miss, a person spoke, not a body",
			text: "Mayor Ilse Varga said the port would reopen in May.\n\nSeveral traders said the closure hurt Dorrel Corp. the most.\n\nThe company said it expects a loss for the third quarter.",
			want: []quote{{"Ilse Varga", auI, "the port would reopen in May"}, {"Dorrel Corp.", auI, "it expects a loss for the third quarter"}}},
	)
	return rows
}

// e1Pairs are two people of one gender, the one a story follows and
// another its next sentence names after a description of the first.
var e1Pairs = []struct{ first, other, pron, descr string }{
	{"Mara Quell", "Ilse Varga", "she", "The 38-year-old star"},
	{"Mara Quell", "Ilse Varga", "she", "The singer"},
	{"Tomas Brenn", "Oren Dravic", "he", "The 61-year-old"},
	{"Tomas Brenn", "Oren Dravic", "he", "The veteran striker"},
	{"Mara Quell", "Ilse Varga", "she", "The star"},
	{"Mara Quell", "Ilse Varga", "she", "The reality TV regular"},
}

// e1DescSubjectRows: a sentence opens with a description of the person
// the story follows, names another person of the same gender after it,
// and a later verb of the sentence (or a pronoun after it) speaks.
func e1DescSubjectRows() []auditRow {
	var rows []auditRow
	for _, p := range e1Pairs {
		intro := "Singer " + p.first + " has criticised the festival's organisers."
		if p.pron == "he" {
			intro = "Striker " + p.first + " has criticised the club's owners."
		}
		rows = append(rows,
			auditRow{class: "descsubj/and pronoun then explained",
				text: intro + "\n\n" + p.descr + " slammed the organisers and their chair, " + p.other + ", three months ago, and " + p.pron + " has now revisited the comments and explained " + p.pron + " felt \"let down\" by them.",
				want: []quote{{p.first, auM, p.pron + " felt \"let down\" by them"}}},
			auditRow{class: "descsubj/and pronoun, then next paragraph's pronoun",
				text: intro + "\n\n" + p.descr + " slammed the organisers and their chair, " + p.other + ", three months ago, and " + p.pron + " has now revisited the comments and explained " + p.pron + " felt \"let down\" by them.\n\nSpeaking on a podcast, " + p.pron + " said: \"I meant every word.\"",
				want: []quote{{p.first, auD, "I meant every word."}}},
			auditRow{class: "descsubj/met the other and said",
				text: intro + "\n\n" + p.descr + " met " + p.other + " on Monday, and later explained that the talks had gone badly.",
				want: []quote{{p.first, auI, "the talks had gone badly"}}},
		)
	}
	// Near misses: the description has its name in apposition, the
	// other one is the subject, or the description is the other's.
	rows = append(rows,
		auditRow{class: "descsubj/near miss, name in apposition",
			text: "Singer Mara Quell has criticised the festival.\n\nThe festival's new chair, Ilse Varga, met her on Monday, and later explained that the talks had gone badly.",
			want: []quote{{"Ilse Varga", auI, "the talks had gone badly"}}},
		auditRow{class: "descsubj/near miss, the other is the subject",
			text: "Singer Mara Quell has criticised the festival.\n\nIlse Varga, the festival's chair, met the singer on Monday, and later explained that the talks had gone badly.",
			want: []quote{{"Ilse Varga", auI, "the talks had gone badly"}}},
		auditRow{class: "descsubj/near miss, the description is the other's role",
			text: "Singer Mara Quell has criticised the festival and its chair, Ilse Varga.\n\nThe chair met the singer on Monday, and later explained that the talks had gone badly.",
			want: []quote{{"Ilse Varga", auI, "the talks had gone badly"}}},
		auditRow{class: "descsubj/near miss, the first is named again",
			text: "Singer Mara Quell has criticised the festival.\n\nQuell slammed the organisers and their chair, Ilse Varga, three months ago, and she has now explained she felt \"let down\" by them.",
			want: []quote{{"Mara Quell", auM, "she felt \"let down\" by them"}}},
	)
	return rows
}

// e1OwnVoiceRows: one who owns, backs, plays for or works at a body and
// is not named speaks for themself, not for the body (as its spokesman
// would); a lead's such description is the person the next paragraph
// names in that role.
func e1OwnVoiceRows() []auditRow {
	var rows []auditRow
	bodies := []string{"the Velmark Ravens", "Orlin Foods", "the Harbor Workers Union"}
	roles := []string{"A co-owner", "An owner", "A shareholder", "An investor", "A member", "A fan", "A customer", "An employee"}
	for _, b := range bodies {
		for _, r := range roles {
			rows = append(rows, auditRow{class: "ownvoice/unnamed " + strings.ToLower(strings.Fields(r)[1]) + " of a body",
				text: strings.TrimPrefix(strings.TrimPrefix(b, "the "), "The ") + " announced a new stadium deal on Monday.\n\n" + r + " of " + b + " said the deal was a mistake.",
				want: []quote{{"", auI, "the deal was a mistake"}}})
		}
	}
	rows = append(rows,
		auditRow{class: "ownvoice/lead co-owner named below",
			text: "A co-owner of the Velmark Ravens said today that he's \"truly sorry\" after landing a helicopter on a school field.\n\nRavens co-owner Tomas Brenn said in a statement that he had not known a game was under way.",
			want: []quote{{"Tomas Brenn", auM, "he's \"truly sorry\" after landing a helicopter on a school field"}, {"Tomas Brenn", auI, "he had not known a game was under way"}}},
		auditRow{class: "ownvoice/lead co-owner of the league's team named below",
			text: "A co-owner of the league's Velmark Ravens said today that he's \"truly sorry\" after landing a helicopter on a school field.\n\nRavens co-owner Tomas Brenn said in a statement that he had not known a game was under way.",
			want: []quote{{"Tomas Brenn", auM, "he's \"truly sorry\" after landing a helicopter on a school field"}, {"Tomas Brenn", auI, "he had not known a game was under way"}}},
		auditRow{class: "ownvoice/lead owner, someone else named below",
			text: "An owner of the Velmark Ravens said today that the stadium deal was a mistake.\n\nLeague chairman Tomas Brenn said in a statement that the deal would stand.",
			want: []quote{{"", auI, "the stadium deal was a mistake"}, {"Tomas Brenn", auI, "the deal would stand"}}},
		auditRow{class: "ownvoice/lead head of an agency named below",
			text: "The head of the Orlin relief agency said on Monday that aid convoys had stalled.\n\nAgency head Ilse Varga told reporters the mountain roads were closed.",
			want: []quote{{"Ilse Varga", auI, "aid convoys had stalled"}, {"Ilse Varga", auI, "the mountain roads were closed"}}},
		auditRow{class: "ownvoice/lead founder named below",
			text: "A founder of Orlin Foods said today that the Tarvik plant would close.\n\nOrlin Foods founder Ilse Varga said in a statement that the decision was painful.",
			want: []quote{{"Ilse Varga", auI, "the Tarvik plant would close"}, {"Ilse Varga", auI, "the decision was painful"}}},
		auditRow{class: "ownvoice/lead head, a nurse named below",
			text: "The head of the Orlin relief agency said on Monday that aid convoys had stalled.\n\nIlse Varga, a nurse, told reporters the mountain roads were closed.",
			want: []quote{{"", auI, "aid convoys had stalled"}, {"Ilse Varga", auI, "the mountain roads were closed"}}},
		auditRow{class: "ownvoice/lead co-owner, Markdown links with a possessive",
			text: "A co-owner of the [NHL](http://example.com/nhl.htm)'s [Velmark Ravens](http://example.com/ravens.htm) said today that he's \"truly sorry\" after landing a helicopter on a school field.\n\nRavens co-owner Tomas Brenn said in a statement that he had not known a game was under way.",
			want: []quote{{"Tomas Brenn", auM, "he's \"truly sorry\" after landing a helicopter on a school field"}, {"Tomas Brenn", auI, "he had not known a game was under way"}}},
		auditRow{class: "ownvoice/Markdown link's possessive before a named chief",
			text: "[Orlin Foods](http://example.com/orlin)'s chief executive, Ilse Varga, said the Tarvik plant would close.",
			want: []quote{{"Ilse Varga", auI, "the Tarvik plant would close"}}},
		auditRow{class: "ownvoice/near miss, Markdown link with no possessive",
			text: "[Orlin Foods](http://example.com/orlin) said the Tarvik plant would close.",
			want: []quote{{"Orlin Foods", auI, "the Tarvik plant would close"}}},
		// Near misses: those who speak for the body.
		auditRow{class: "ownvoice/near miss, a spokesman for the body",
			text: "Orlin Foods announced a new plant on Monday.\n\nA spokesman for Orlin Foods said the plant would open in May.",
			want: []quote{{"Orlin Foods", auI, "the plant would open in May"}}},
		auditRow{class: "ownvoice/near miss, a body's spokeswoman",
			text: "The Velmark Ravens announced a new stadium deal on Monday.\n\nA Ravens spokeswoman said the deal was final.",
			want: []quote{{"Velmark Ravens", auI, "the deal was final"}}},
	)
	return rows
}

// e1OpponentRows: a participle cue right after the object of a verb
// against or toward someone, with no comma, is the subject's: "Orlin
// Foods sued Tarven Corp. claiming that ...".
func e1OpponentRows() []auditRow {
	var rows []auditRow
	for _, v := range []string{"sued", "accused", "criticised", "attacked", "blamed", "thanked"} {
		rows = append(rows,
			auditRow{class: "opponent/company " + v + " company claiming",
				text: "Orlin Foods " + v + " Tarven Corp. claiming that the recipe had been taken from its kitchens.",
				want: []quote{{"Orlin Foods", auI, "the recipe had been taken from its kitchens"}}},
			auditRow{class: "opponent/person " + v + " person saying",
				text: "Ilse Varga " + v + " Tomas Brenn saying the harbour plan had been rushed.",
				want: []quote{{"Ilse Varga", auI, "the harbour plan had been rushed"}}},
		)
	}
	rows = append(rows,
		auditRow{class: "opponent/it sued after the company named",
			text: "Orlin Foods bought the Vesta patent in 1988.\n\nIt then sued the Tarven Co. claiming that the new oven infringed its patent.",
			want: []quote{{"Orlin Foods", auI, "the new oven infringed its patent"}}},
		// Near misses: one shown or met speaks, or a relative clause.
		auditRow{class: "opponent/near miss, a video showed him saying",
			text: "A video showed Tomas Brenn saying the harbour plan had been rushed.",
			want: []quote{{"Tomas Brenn", auI, "the harbour plan had been rushed"}}},
		auditRow{class: "opponent/near miss, met him, who said",
			text: "Ilse Varga met Tomas Brenn, who said the harbour plan had been rushed.",
			want: []quote{{"Tomas Brenn", auI, "the harbour plan had been rushed"}}},
		auditRow{class: "opponent/near miss, quoted him as saying",
			text: "The Orlin Courier quoted Tomas Brenn as saying the harbour plan had been rushed.",
			want: []quote{{"Tomas Brenn", auI, "the harbour plan had been rushed"}}},
	)
	return rows
}

// e1ReferredAsRows: "what X referred to as “...”" gives X's words; a
// passive or a bare participle names something, by no one.
func e1ReferredAsRows() []auditRow {
	var rows []auditRow
	for _, who := range []string{"Mr. Brenn", "Tomas Brenn", "Senator Ilse Varga"} {
		want := strings.TrimPrefix(strings.TrimPrefix(who, "Mr. "), "Senator ")
		rows = append(rows, auditRow{class: "referredas/what X referred to as",
			text: "Relations have sunk to what " + who + " referred to as “the deepest crisis in Orlin-Velmark relations” since the treaty.",
			want: []quote{{want, auD, "the deepest crisis in Orlin-Velmark relations"}}})
	}
	rows = append(rows,
		auditRow{class: "referredas/what he referred to as",
			text: "Tomas Brenn flew to Orlin on Monday.\n\nRelations have sunk to what he referred to as “the deepest crisis in Orlin-Velmark relations” since the treaty.",
			want: []quote{{"Tomas Brenn", auD, "the deepest crisis in Orlin-Velmark relations"}}},
		// Near misses: a passive, a bare participle: a name in marks, no
		// quote at all.
		auditRow{class: "referredas/near miss, is referred to as",
			text:  "Tomas Brenn flew to Orlin on Monday.\n\nThe harbour, which is referred to as “the Old Basin”, is closed.",
			exact: true},
		auditRow{class: "referredas/near miss, often referred to as",
			text:  "Tomas Brenn flew to Orlin on Monday.\n\nThe harbour, often referred to as “the Old Basin”, is closed.",
			exact: true},
	)
	return rows
}

// e1LocalLevelRows: "the city councilor" after "City Councilor A" and,
// nearer, "Councilor B" is B: a local office's bare title leaves its
// level unsaid. A modifier naming another office still picks the one
// that holds it.
func e1LocalLevelRows() []auditRow {
	var rows []auditRow
	for _, o := range []struct{ level, title string }{
		{"City", "Councilor"}, {"County", "Commissioner"}, {"Town", "Councillor"}, {"County", "Supervisor"},
	} {
		rows = append(rows, auditRow{class: "locallevel/" + strings.ToLower(o.level+" "+o.title) + " after a bare title",
			text: "Another " + o.level + " " + o.title + " Ilse Varga had also criticised the power company's chief.\n\n" + o.title + " Tomas Brenn further urged the company to improve supply.\n\n“Power supply is very bad. We cannot convince investors to come over,” the " + strings.ToLower(o.level+" "+o.title) + " pointed out.",
			want: []quote{{"Tomas Brenn", auD, "Power supply is very bad. We cannot convince investors to come over"}}})
	}
	rows = append(rows,
		// Near misses: a state's office, a minister's portfolio, another
		// local office.
		auditRow{class: "locallevel/near miss, the state senator",
			text: "State Senator Ilse Varga had also criticised the power company's chief.\n\nSenator Tomas Brenn further urged the company to improve supply.\n\n“Power supply is very bad,” the state senator said.",
			want: []quote{{"Ilse Varga", auD, "Power supply is very bad"}}},
		auditRow{class: "locallevel/near miss, the health minister",
			text: "Health Minister Ilse Varga had also criticised the power company's chief.\n\nMinister Tomas Brenn further urged the company to improve supply.\n\n“Power supply is very bad,” the health minister said.",
			want: []quote{{"Ilse Varga", auD, "Power supply is very bad"}}},
		auditRow{class: "locallevel/near miss, another local office",
			text: "City Councilor Ilse Varga had also criticised the power company's chief.\n\nCounty Commissioner Tomas Brenn further urged the company to improve supply.\n\n“Power supply is very bad,” the city councilor said.",
			want: []quote{{"Ilse Varga", auD, "Power supply is very bad"}}},
	)
	return rows
}

func TestAuditS14E1(t *testing.T) {
	var rows []auditRow
	for _, g := range [][]auditRow{e1OfDescrRows(), e1BackgroundRows(), e1DescSubjectRows(), e1OwnVoiceRows(), e1OpponentRows(), e1ReferredAsRows(), e1LocalLevelRows()} {
		rows = append(rows, g...)
	}
	for i := range rows {
		if strings.Contains(rows[i].text, "A video showed Tomas Brenn saying") {
			rows[i].known = e1ShowedSaying
		}
		if strings.HasPrefix(rows[i].text, "A founder of Orlin Foods") {
			rows[i].known = e1FounderBody
		}
		if strings.Contains(rows[i].text, "The reality TV regular") && !strings.Contains(rows[i].class, "next paragraph") {
			rows[i].known = e1Epithet
		}
	}
	runAudit(t, "S14E1", rows, *e1Known)
}
