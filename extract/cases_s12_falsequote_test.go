package extract_test

import (
	"fmt"
	"testing"

	"soundbite/model"
)

// Session 12, issue 11: quote precision on real pages. The class is "text
// taken for speech that is not anyone's words": scare quotes, terms and
// nicknames; quoted titles of books, films, songs, shows, reports, laws,
// exhibitions and operations; a document's or a thing's "saying" (the
// figures suggest, the map shows); questions and prompts to the reader;
// captions and credits; lists and tables; web boilerplate and author
// bios; poll results; fictional dialogue in reviews; song lyrics. The
// gold's calls (testdata/README.md, realnews/README.md) decide what is
// wanted: slogans on banners and signs, chants and a sign's or label's
// words are null direct quotes; titles and captions are no quotes; an
// unnamed study's or data's clause is a null quote, a named body's
// report or policy that body's; an outlet's own words (a headline) are
// no quote. Every row is exact. Every person, place, body and title is
// invented.
//
// First pass (before any change to the engine), rows passing / rows
// (the first table, 96 rows):
//
//	class     first pass       after fix 1 (fragments.go: scare terms)
//	boiler    12/12  1.00      12/12
//	captions   8/ 9  0.89       8/ 9  (caption-label)
//	fiction    1/ 6  0.17       1/ 6  (fiction: null quotes only)
//	lists      4/ 4  1.00       4/ 4
//	polls      4/ 5  0.80       4/ 5  (poll-share: recall only)
//	reader     5/ 5  1.00       5/ 5
//	scare     11/17  0.65      15/17  ("X has waited for the “green corridor” to open" was X's quote; one
//	                                   row's call changed: "has promised “affordable” rents" is the body's
//	                                   fragment by the gold's rule; null-term and nickname-split left)
//	signs      9/ 9  1.00       9/ 9
//	things     9/11  0.82       9/11  (doc-verb)
//	titles    18/18  1.00      18/18
//	ALL       81/96  0.84      85/96
//
// Fix 1: a term in marks after "so-called", or after "the" with the clause
// going on, is not the subject's fragment when the subject's verb neither
// speaks, judges nor talks of it ("attacked the “macho culture” that ..."
// stays). No score set moves.
//
// Second batch, scare2 (13 rows written after fix 1, run once): 9/13; it
// missed "pay as you feel" (a null term of four words, known) and one row
// wanted the wrong kind (a request is mixed). Two controls were added after
// a first form of fix 1 cost Realnews dev-m and dev-n recall 0.008 each
// ("attacked the “...” that", "discussing the “...” of").
//
// Fix 2 (quotes.go, result.go) came from the dev pages' false quotes: a
// title set American style, its full stop inside the marks ("his memoir,
// “Salt and Iron.”"), was kept as a null quote. Such a title, every word
// capitalised but a title's small words, two or more capitalised and some
// letter in lower case (a banner in capitals shouts), is no sentence.
// titles2 (14 rows written after its first form, run once): 10/14; it
// missed a title named after "is called" (a decided null quote: now
// dropped too). Quote
// precision: Pages dev-c 0.829 -> 0.851, dev-f 0.909 -> 0.916, dev-i 0.400
// -> 0.444, Realnews dev 0.893 -> 0.894, halves dev-b 0.874 -> 0.879, dev-l
// 0.867 -> 0.881; held-out totals heldout-d 0.933 -> 0.942, heldout-e 0.894
// -> 0.900, validation 0.852 -> 0.855; no speaker F1, recall or
// attribution moves.
//
// Fix 3 (quotes.go, result.go), also from the dev pages' false quotes: a
// page's markup left in the text is nobody's words, an image's title
// (![](url "... (Photo: ...)")), its alt text, a related story's link
// opened by a quotation. A first form that also dropped any quotation
// holding "](http" cost Pages dev-a, dev-g, dev-h, dev-j and dev-k recall
// up to 0.018 (real quotes hold links). markup (8 rows written after that
// first form, run once): 7/8 (a link whose text opens with a quotation
// and goes on). Quote precision: Pages dev-d 0.920 -> 0.945, dev-e 0.907
// -> 0.910, dev-f 0.916 -> 0.924, dev-g 0.818 -> 0.830, heldout-d 0.942
// -> 0.946; nothing else moves.
//
// Fourth batch, outletname (16 rows written after fix 3, run once): 6/16.
// A programme in marks told ("told “Morning Harbour” that ...") was the
// teller's direct quote, and its that-clause lost. Fix 4 (attribute.go,
// complement.go): a short title in marks right after "told" is a name,
// and the receiver skipped before "that". 16/16, and three controls
// added (a cry after "told the crowd:", words after "told reporters:").
// Quote precision: Pages dev-b 0.924 -> 0.927; nothing else moves.
//
// Fix 5 (cues.go, result.go): a paragraph the page labels as a caption
// ("Image caption: ...", "Media caption, ...", "Caption: ...") gives no
// cue and no quote (the first table's one caption miss; four rows added
// after, controls among them). Quote precision: Pages heldout-a 0.821 ->
// 0.844; nothing else moves.
//
// Fix 6 (fragments.go, result.go): a line of a film, a novel or a song a
// review quotes is nobody's words: a sentence opening "In the film," or
// "In her novel,", or a song's word ("chorus", "refrain", "sings") shortly
// before the quotation with no speech verb between. Only quotations with
// no speaker are dropped; a crowd's singing stays a chant (TestAttrAuditS11
// caught "The fans sang “...”"). fiction 1/6 -> 11/11 with five controls
// added; no score set moves.
//
// Fix 7 (words.go): a policy, rules, regulations, guidelines, guidance,
// a charter, constitution, bylaws, contract, agreement or treaty is a
// document that "says": its clause is null, or the named body's ("the
// Harbour Board's policy says"), as the gold calls a report's (the first
// table's two doc-verb misses). docs2 (10 rows written after the change):
// 9/10 (one known: according-doc). No score set moves.
//
// Fix 8 (fragments.go, result.go, attribute.go): a term set between an
// article and its noun ("runs the “pay as you feel” café") and a name
// given after "dubbed/nicknamed/renamed ... the" are no quotes (the four
// null-term rows). scare3 (7 rows written after the change, run once):
// 7/7.
// Quote precision: Pages dev-a 0.919 -> 0.924, dev-h 0.723 -> 0.726;
// nothing else moves.
//
// Fix 9 (quotes.go), from the dev pages' false quotes: a quotation whose
// content is a link (or the end of one) is markup. markup2 (6 rows
// written with a first form that also dropped a headline quoted after
// "headline(d)", run once): 5/6, the miss the row's own ("The headline
// was wrong, Mara Quell said" is her indirect quote too, now wanted). The
// headline part was dropped: TestAttrAuditS11 wants such a headline as a
// null quote (two known rows, headline-call). Quote precision: Pages
// dev-h 0.726 -> 0.729, dev-j 0.911 -> 0.915, dev-k 0.935 -> 0.938;
// nothing else moves.

// Mechanisms of the known failures.
const (
	fq12Nick       = "nickname-split: a nickname in marks inside a name cuts it, and the surname alone speaks (the scorer matches it by last name)"
	fq12ShortChant = "short-chant: a chant of three words with no stop after a verb that is no cue (\"sing\") is not kept (recall only; it was so before fix 6)"
	fq12AccDoc     = "according-doc: \"according to the regulations, ...\" gives nothing (recall only; the gold has \"according to reports\" give nothing and an unnamed study's words null)"
	fq12Headline   = "headline-call: a headline quoted after \"headline ... reads\" is kept as a null quote; TestAttrAuditS11 wants it so, while realnews/README.md calls an outlet's own words no quote: the lead's call (dropping it raised Pages dev-i quote precision 0.444 -> 0.500)"
	fq12Poll       = "poll-share: \"42% said\" has no subject the cue finds (recall only; no false speaker)"
)

func TestAuditS12FalseQuote(t *testing.T) { runAudit(t, "falsequote", fq12Rows(), *auditKnown) }

// fq12People are the invented names crossed with the frames.
var fq12People = []string{"Mara Quell", "Ivo Dane", "Lena Torvik"}

// fq12Cross fills each frame (one %s, the name) with every name, nothing
// wanted.
func fq12Cross(class string, frames []string) []auditRow {
	var rows []auditRow
	for _, f := range frames {
		for _, n := range fq12People {
			rows = append(rows, auditRow{class: class, text: fmt.Sprintf(f, n), exact: true, speakers: []string{}})
		}
	}
	return rows
}

// fq12None is a row where nothing may be found.
func fq12None(class, text string) auditRow {
	return auditRow{class: class, text: text, exact: true, speakers: []string{}}
}

// fq12One is a row where exactly one quote is wanted ("" speaker: null).
func fq12One(class, text, speaker string, kind model.QuoteKind, span string) auditRow {
	sp := []string{}
	if speaker != "" {
		sp = []string{speaker}
	}
	return auditRow{class: class, text: text, want: []quote{{speaker, kind, span}}, exact: true, speakers: sp}
}

// fq12Rows gathers the table.
func fq12Rows() []auditRow {
	var rows []auditRow
	// Scare quotes, terms and nicknames: nobody's words.
	rows = append(rows, fq12Cross("scare/term near a name", []string{
		"%s has waited two years for the “green corridor” to open in Marlow.",
		"Every house on %s's street now has a so-called “smart” meter.",
		"The “temporary” bridge that %s crosses each morning has stood for eleven years.",
	})...)
	rows = append(rows,
		fq12None("scare/nickname", "Mara “the Hawk” Quell won the Marlow road race on Sunday."),
		fq12None("scare/nickname, straight marks", "Ivo \"Bulldozer\" Dane spent 14 years on the Tarrow council."),
		fq12None("scare/term alone", "The so-called “zero-waste” plan for the Tarrow Valley was approved on Monday."),
		// "promised" speaks: the gold takes a quoted fragment after a
		// speech verb for the speaker's ("called the strike “regrettable”").
		fq12One("scare/term after a body's promise", "The Harbour Board of Marlow has promised “affordable” rents in the new flats.",
			"Harbour Board of Marlow", auD, "affordable"),
		fq12None("scare/dubbed", "Locals have dubbed the new tower the “Glass Needle”."),
		fq12None("scare/known as", "The bypass, known locally as the “road to nowhere”, cost 40 million crowns."),
		fq12Known(fq12Nick, fq12One("scare/control: nickname then a cue", "Mara “the Hawk” Quell said the race had been the hardest of her life.",
			"Mara Quell", auI, "the race had been the hardest of her life")),
		fq12One("scare/control: term inside real speech", "Ivo Dane said the “green corridor” would never be built.",
			"Ivo Dane", auM, "the “green corridor” would never be built"),
	)
	// Second batch, written after fix 1: "the" + a term mid-clause after
	// other verbs, with the phrases that stay the subject's.
	rows = append(rows, fq12Cross("scare2/the term mid-clause", []string{
		"%s spent a decade fighting the “cap and trade” scheme in Marlow.",
		"%s moved to Tarrow before the “big freeze” of 2019.",
	})...)
	rows = append(rows, fq12Cross("scare2/the term mid-clause, four words", []string{"%s runs the “pay as you feel” café on Harbour Street."})...)
	// Eighth batch, written after fix 8: terms between an article and its
	// noun, names given after "dubbed the", with fragments said as controls.
	rows = append(rows,
		fq12None("scare3/a term before its noun", "The Tarrow council backed a “fresh start” plan on Monday."),
		fq12None("scare3/its term before its noun", "Velstrom Energy launched its “zero carbon” tariff in March."),
		fq12None("scare3/nicknamed the", "Fans have nicknamed the striker the “Marlow Express”."),
		fq12None("scare3/renamed the", "The owners renamed the old mill the “Tarrow Works” in 2019."),
		fq12One("scare3/control: called the plan a fragment", "Ivo Dane called the plan “a disgrace”.", "Ivo Dane", auD, "a disgrace"),
		fq12One("scare3/control: a term inside speech", "Mara Quell said the “fresh start” plan had failed.", "Mara Quell", auM, "the “fresh start” plan had failed"),
		fq12One("scare3/control: a shout before a preposition", "The crowd shouted “Out, out, out!” at the minister.", "", auD, "Out, out, out!"),
	)
	rows = append(rows,
		fq12One("scare2/control: judging verb", "Ivo Dane condemned the “green corridor” as a waste of money.", "Ivo Dane", auD, "green corridor"),
		fq12One("scare2/control: phrase ends the clause", "Mara Quell promised the “fairest deal in a generation”.", "Mara Quell", auD, "fairest deal in a generation"),
		fq12One("scare2/control: attacked the term that", "Ivo Dane attacked the “cosy culture” that runs the Harbour Board.", "Ivo Dane", auD, "cosy culture"),
		fq12One("scare2/control: discussing the term of", "Mara Quell gave a speech in Marlow discussing the “quiet crisis” of rural buses.", "Mara Quell", auD, "quiet crisis"),
		fq12One("scare2/control: remains", "Lena Torvik remains “fully committed” to the plan.", "Lena Torvik", auD, "fully committed"),
		fq12One("scare2/control: asked people to", "Mara Quell asked people to “stay calm and stay home” on Sunday.", "Mara Quell", auM, "people to “stay calm and stay home” on Sunday"),
	)
	// Quoted titles are no quotes.
	rows = append(rows, fq12Cross("titles/work by a name", []string{
		"%s's new novel, “The Salt Road”, sold 40,000 copies in its first month.",
		"The film “Winter in Tarrow”, starring %s, opens on Friday.",
		"%s's song “Harbour Lights” topped the chart for six weeks.",
	})...)
	rows = append(rows,
		fq12None("titles/show", "The quiz show “Brain Box” returns to Channel Nine in May."),
		fq12None("titles/report", "The report, “Rivers at Risk”, was published by the Harbour Board on Monday."),
		fq12None("titles/law", "The “Clean Rivers Act” passed its second reading by 212 votes to 40."),
		fq12None("titles/exhibition", "The exhibition “Salt and Iron” runs at the Marlow Museum until May."),
		fq12None("titles/operation", "Operation “Northern Gate” ended with 14 arrests in Tarrow."),
		fq12None("titles/episode", "In the episode “A Long Way Home”, the crew returns to Marlow."),
		fq12None("titles/album, straight marks", "The band's third album, \"Low Tide\", was recorded in a barn near Tarrow."),
		fq12One("titles/control: book then writes that", "In her book “The Salt Road”, Mara Quell writes that the coast is dying.",
			"Mara Quell", auI, "the coast is dying"),
		fq12One("titles/control: title then a quote", "Ivo Dane, whose film “Winter in Tarrow” opens on Friday, said: “I made it for my mother.”",
			"Ivo Dane", auD, "I made it for my mother."),
	)
	// Second batch, written after fix 1: titles set American style, the
	// full stop inside the marks, with a cry, a banner in capitals and
	// short sentences as controls.
	rows = append(rows, fq12Cross("titles2/title with a stop inside", []string{
		"%s's memoir is called “Salt and Iron.”",
		"The play was renamed “The Ferryman of Tarrow.” after %s left the cast.",
		"Her favourite film remains “Winter in Marlow.” %s has seen it nine times.",
	})...)
	rows = append(rows,
		fq12None("titles2/article headline", "The Gazette's piece was headlined “The Harbour Board Is Changing What a Port Can Be.”"),
		fq12None("titles2/book with a colon", "His last book was “Ropes and Tides: A History of the Marlow Docks.”"),
		fq12One("titles2/control: short sentence", "“Ask me on Monday.”", "", auD, "Ask me on Monday."),
		fq12One("titles2/control: banner in capitals", "One banner read “40 YEARS. ENOUGH.”", "", auD, "40 YEARS. ENOUGH."),
		fq12One("titles2/control: a cry", "Outside, the crowd chanted “Save Our Port!”", "", auD, "Save Our Port!"),
	)
	// Signs, slogans, chants and banners are null direct quotes; product
	// names, hashtags and an outlet's headline are no quotes.
	rows = append(rows,
		fq12One("signs/banner reading", "Protesters carried a banner reading “No to the dam” through Marlow.", "", auD, "No to the dam"),
		fq12One("signs/placards saying", "Some held placards saying “Save our port”.", "", auD, "Save our port"),
		fq12One("signs/crowd chanted", "The crowd outside the Tarrow town hall chanted “Books not bulldozers”.", "", auD, "Books not bulldozers"),
		fq12One("signs/sign read", "A sign on the gate read “Closed until further notice”.", "", auD, "Closed until further notice"),
		fq12One("signs/label reads", "The label on every jar reads “Keep refrigerated”.", "", auD, "Keep refrigerated"),
		fq12None("signs/product name", "Velstrom Energy's new “EcoBoost” boiler goes on sale in March."),
		fq12None("signs/hashtag", "The hashtag #SaveMarlowPort was shared 40,000 times on Monday."),
		fq12None("signs/headline of an outlet", "The Marlow Gazette ran the story under the headline “Port to close”."),
		fq12One("signs/control: protester speaks", "Outside, Lena Torvik said the dam would flood her farm.",
			"Lena Torvik", auI, "the dam would flood her farm"),
	)
	// Speech verbs in non-speech senses.
	rows = append(rows,
		fq12None("things/map shows", "The map shows the new road running along the river to Tarrow."),
		fq12None("things/figures tell a story", "The figures tell a different story."),
		fq12None("things/thermometer read", "The thermometer in Marlow read 41 degrees on Tuesday."),
		fq12None("things/evidence suggests otherwise", "But the evidence suggests otherwise."),
		fq12None("things/results speak", "The results speak for themselves."),
		fq12None("things/face said it all", "Mara Quell's face said it all."),
		fq12None("things/clock says", "The clock on the Tarrow church tower still says ten past four."),
		fq12None("things/poll suggests a noun", "The poll suggests a close race in Marlow."),
		fq12One("things/figures suggest that", "The figures suggest that fewer people are moving to Marlow.", "", auI, "fewer people are moving to Marlow"),
		fq12One("things/rules state that", "The rules state that members must vote in person.", "", auI, "members must vote in person"),
		fq12One("things/named body's policy says", "The Harbour Board's policy says staff may work from home two days a week.",
			"Harbour Board", auI, "staff may work from home two days a week"),
	)
	// Seventh batch, written after fix 6: a document's words, the gold's
	// calls (an unnamed document's clause is null, a named body's is the
	// body's), with documents that say nothing as near misses.
	rows = append(rows,
		fq12One("docs2/the guidelines say", "The guidelines say patients should wait 48 hours before driving.", "", auI, "patients should wait 48 hours before driving"),
		fq12One("docs2/the charter states", "The charter states that every resident may fish in the bay.", "", auI, "every resident may fish in the bay"),
		fq12One("docs2/a body's rules state", "The Tarrow City Council's rules state that members must vote in person.", "Tarrow City Council", auI, "members must vote in person"),
		fq12One("docs2/a company's contract says", "Velstrom Energy's contract says workers get 30 days of leave a year.", "Velstrom Energy", auI, "workers get 30 days of leave a year"),
		fq12Known(fq12AccDoc, fq12One("docs2/according to the regulations", "According to the regulations, boats must carry two radios.", "", auI, "boats must carry two radios")),
		fq12None("docs2/treaty signed", "The treaty was signed in Marlow in 1921."),
		fq12None("docs2/under the agreement", "Under the agreement, Tarrow will pay 40 million crowns over ten years."),
		fq12None("docs2/the policy cost", "The policy has cost the Harbour Board 3 million crowns."),
		fq12One("docs2/control: a person on the rules", "Ivo Dane said the rules were unfair.", "Ivo Dane", auI, "the rules were unfair"),
		fq12One("docs2/control: a person quoting the policy", "Mara Quell said the policy “says nothing about night shifts”.", "Mara Quell", auM, "the policy “says nothing about night shifts”"),
	)
	// Questions and prompts to the reader.
	rows = append(rows,
		fq12None("reader/tell us", "What would you do with an extra hour a day? Tell us in the comments."),
		fq12None("reader/affected", "Have you been affected by the floods in Marlow? Email us at news@marlowgazette.example."),
		fq12None("reader/vote in our poll", "Do you think the port should close? Vote in our poll below."),
		fq12None("reader/rhetorical", "So why did the Harbour Board wait so long?"),
		fq12None("reader/share your story", "Share your story: have you waited more than a year for surgery?"),
	)
	// Captions, credits and photo descriptions.
	rows = append(rows, fq12Cross("captions/photo of a name", []string{
		"%s speaks to reporters in Marlow on Monday. (Photo: Tobin Vessen/Meridian Wire)",
		"%s (left) at the launch of the ferry in Tarrow.",
	})...)
	rows = append(rows,
		fq12None("captions/image caption says", "Image caption: Mara Quell says the ferry will run again in May"),
		fq12None("captions/media caption, comma", "Media caption, Ivo Dane said the dam would hold"),
		fq12None("captions/caption with a quote", "Caption: Lena Torvik, who said “We will rebuild,” at the harbour in Marlow."),
		fq12One("captions/control: caption writers speak", "Caption writers at the Marlow Gazette said the rules had changed.", "", auI, "the rules had changed"),
		fq12One("captions/control: a caption, then the story", "Image caption: The harbour at Marlow\n\nMara Quell said the ferry would run again in May.",
			"Mara Quell", auI, "the ferry would run again in May"),
		fq12None("captions/credit line", "Photograph: Ivo Dane/Meridian Wire"),
		fq12None("captions/image copyright", "Image copyright Lena Torvik. Image caption The flooded square in Marlow"),
	)
	// Third batch, written after fix 2 from the dev pages' false quotes: a
	// page's markup left in the text (an image's title or alt text, a
	// related story's link), with quotes holding links as controls.
	rows = append(rows,
		fq12None("markup/image title", "![](https://img.example/marlow.jpg \"Farmers march in Marlow. (Photo: Meridian Wire)\")"),
		fq12None("markup/image title, curly", "![Farmers](https://img.example/marlow.jpg “Farmers march in Marlow on Monday.”)"),
		fq12None("markup/alt text", "![This cover image released by Tarrow Books shows \"Salt and Iron,\" a memoir by Mara Quell.](https://img.example/cover.jpg)"),
		fq12None("markup/related link", "Related stories:\n\n- [“Port to close, the Harbour Board says.”](https://gazette.example/port)"),
		fq12None("markup/related link, straight", "- [\"We were never told,\" say Tarrow families.](https://gazette.example/families)\n\n- [\"It is over.\"](https://gazette.example/over)"),
		fq12One("markup/control: a link inside a quote", "Mara Quell said: “We will [fight this](https://gazette.example/fight) in court.”",
			"Mara Quell", auD, "We will [fight this](https://gazette.example/fight) in court."),
		fq12One("markup/control: image, then a quote", "![](https://img.example/dam.jpg)\n\n“The dam will hold,” Ivo Dane said.", "Ivo Dane", auD, "The dam will hold"),
		fq12One("markup/control: quote, then a link", "“The dam will hold,” Ivo Dane told [the Gazette](https://gazette.example).", "Ivo Dane", auD, "The dam will hold"),
	)
	// Fourth batch, written after fix 3: a programme or paper named in
	// marks as the one told, or the place of the words.
	for _, n := range fq12People {
		rows = append(rows,
			fq12One("outletname/told the show that", n+" told “Morning Harbour” that the port would close.", n, auI, "the port would close"),
			fq12One("outletname/told the show, quote", n+" told “The Marlow Hour”: “We are not done yet.”", n, auD, "We are not done yet."),
			fq12One("outletname/said on the show", n+" said on “Tarrow Today” that the vote was rigged.", n, auI, "the vote was rigged"),
			fq12One("outletname/in an interview with the show", "In an interview with “Harbour Nights”, "+n+" said the ferry would run again.", n, auI, "the ferry would run again"),
			fq12One("outletname/told the show after a quote", "“We are not done yet,” "+n+" told “Morning Harbour” on Sunday.", n, auD, "We are not done yet"),
		)
	}
	rows = append(rows,
		fq12None("outletname/asked, told the show", "Asked why she had called the group the Night Crew, Mara Quell told “Morning Harbour.”"),
		fq12One("outletname/control: told the crowd, a cry in capitals", "Ivo Dane told the crowd: “Marlow Will Rise Again!”", "Ivo Dane", auD, "Marlow Will Rise Again!"),
		fq12One("outletname/control: told reporters words", "Lena Torvik told reporters: “Enough is enough.”", "Lena Torvik", auD, "Enough is enough."),
		fq12One("outletname/control: told the paper that", "Mara Quell told the Marlow Gazette that the port would close.", "Mara Quell", auI, "the port would close"),
	)
	// Ninth batch, written after fix 9 from the dev pages' false quotes: a
	// headline quoted after the word, a quotation that is a link, with
	// speech near a headline as controls.
	rows = append(rows,
		fq12Known(fq12Headline, fq12None("markup2/a headline reads", "A Monday headline in the Marlow Gazette reads, “The Harbour Board Has Lost Its Way.”")),
		fq12Known(fq12Headline, fq12None("markup2/headlined", "The Tarrow Post headlined its story “Ferry chaos as strike bites”.")),
		fq12None("markup2/quoted link", "- “[Port to close as talks fail](https://gazette.example/port)”"),
		fq12None("markup2/quote closing a link", "[**MORE STORIES “**](https://gazette.example/more)"),
		auditRow{class: "markup2/control: speech after a headline", text: "The headline was wrong, Mara Quell said: “We never agreed to close the port.”",
			want:  []quote{{"Mara Quell", auI, "The headline was wrong"}, {"Mara Quell", auD, "We never agreed to close the port."}},
			exact: true, speakers: []string{"Mara Quell"}},
		fq12One("markup2/control: a quote holding a link", "“We will [fight this](https://gazette.example/fight),” Ivo Dane said.", "Ivo Dane", auD, "We will [fight this](https://gazette.example/fight)"),
	)
	// Lists and tables.
	rows = append(rows,
		fq12None("lists/results", "Results: 1. Mara Quell (Marlow) 2:14.05; 2. Lena Torvik (Tarrow) 2:15.11; 3. Ivo Dane (Brask) 2:16.40"),
		fq12None("lists/key points", "Key points:\n\n- The port will close in May\n\n- 300 jobs are at risk\n\n- The Harbour Board will meet on Friday"),
		fq12None("lists/table", "Party | Seats\n\nHarbour Party | 40\n\nValley Alliance | 22"),
		fq12None("lists/cast list", "Cast: Mara Quell as the ferryman; Ivo Dane as his brother; Lena Torvik as the mayor."),
	)
	// Web boilerplate and author bios.
	rows = append(rows, fq12Cross("boiler/author bio", []string{
		"%s is a reporter who covers energy for the Marlow Gazette.",
		"%s writes about science and the sea. Follow on X @marlowsci.",
	})...)
	rows = append(rows,
		fq12None("boiler/cookies", "We use cookies to improve your experience. By continuing, you agree to our use of cookies."),
		fq12None("boiler/newsletter", "Sign up for our newsletter to get the day's top stories."),
		fq12None("boiler/read more", "Read more: Mara Quell says the port will close"),
		fq12None("boiler/share", "Share this article\n\nComments (12)"),
		fq12None("boiler/related", "Related: Ivo Dane warns of job losses at the Tarrow mill"),
		fq12None("boiler/copyright", "© 2026 Marlow Gazette. All rights reserved."),
	)
	// Poll and survey results: the respondents are no named speaker.
	rows = append(rows,
		fq12Known(fq12Poll, fq12One("polls/percent said", "In the survey, 42% said they would vote for the Harbour Party.", "", auI, "they would vote for the Harbour Party")),
		fq12One("polls/most respondents said", "Most respondents said the ferry was too expensive.", "", auI, "the ferry was too expensive"),
		fq12None("polls/percent backed", "Some 58 per cent backed the plan, against 31 per cent who opposed it."),
		fq12None("polls/poll put", "A poll by Tarrow University put the Harbour Party on 34 per cent."),
		fq12One("polls/control: named pollster", "Lena Torvik, who ran the poll, said the result was within the margin of error.",
			"Lena Torvik", auI, "the result was within the margin of error"),
	)
	// Fictional dialogue in reviews and song lyrics.
	rows = append(rows,
		fq12None("fiction/detective tells partner", "In the film, the detective tells her partner, “We are out of time.”"),
		fq12None("fiction/character named", "In the novel, the ferryman, Aldo, tells his son: “The river keeps what it takes.”"),
		fq12None("fiction/chorus goes", "The chorus goes: “Hold the line, hold the tide.”"),
		fq12None("fiction/she sings", "On the opening track she sings, “Marlow, you broke my heart,” over a slow guitar."),
		fq12None("fiction/lyric line", "The refrain, “we were young in Tarrow”, returns four times."),
		fq12One("fiction/control: the crowd sang", "The crowd sang “Marlow till I die” as the players came out.", "", auD, "Marlow till I die"),
		fq12Known(fq12ShortChant, fq12One("fiction/control: protesters sing", "Outside, protesters sing “No more cuts” every Friday.", "", auD, "No more cuts")),
		fq12One("fiction/control: in the book, the author writes", "In the book, Mara Quell writes: “The coast is dying.”", "Mara Quell", auD, "The coast is dying."),
		fq12One("fiction/control: an unnamed singer speaks", "One woman, who sang in the choir for 40 years, said: “It was my life.”", "", auD, "It was my life."),
		fq12One("fiction/control: in the interview", "In the interview, a fan said: “I cried all the way home.”", "", auD, "I cried all the way home."),
		fq12One("fiction/control: the author speaks", "Mara Quell, who wrote the novel, said: “I wanted the river to be the villain.”",
			"Mara Quell", auD, "I wanted the river to be the villain."),
	)
	return rows
}

// fq12Known marks a row as a known failure of mechanism known.
func fq12Known(known string, row auditRow) auditRow {
	row.known = known
	return row
}
