package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// Session 16, helper n6: a fresh audit of the SPEAKER LIST in genres the
// earlier audits covered little: sports match reports, obituaries and
// tributes, entertainment and reviews, technology product news and local
// government meetings. Each row is a whole short invented article (clubs,
// bands, products, towns and people are fictional) whose speakers field
// is the exact list the gold would give (testdata/README.md: a person or
// organisation with at least one quote; a product, app, chatbot, venue,
// film, album or a character in a plot summary says nothing; a dead
// person quoted in old words does speak; a club, band or council with a
// statement speaks). Near misses sit in the same articles.
//
// SUMMARY. The fresh estimate is the whole-article tables, each written
// whole and run once before any fix it prompted: first table 25/32,
// batch 2 12/15, batch 3 8/10, batch 4 7/9, batch 5 6/7, batch 6 5/5:
// 63/78 (0.81), or 65/78 (0.83) with my probe errors corrected (a
// third, in batch 3, left its row failing). By genre (first runs,
// corrected): sport 16/18, obituaries 15/15, reviews 7/15, technology
// 11/14, councils 16/16. After this branch's fixes every whole article passes but two
// doubtful calls left known (camp, outlet-verdict): 76/78. Class tables
// written for the misses (before -> after): band 4/20 -> 20/20, bot 7/20
// -> 20/20, shop 2/24 -> 24/24, portfolio 7/19 -> 19/19, club 3/15 ->
// 15/15, bandlead 1/10 -> 8/10, past 4/22 -> 22/22, plot 4/20 -> 20/20,
// placeshape 2/6 -> 6/6, until 2/10 -> 10/10. Score sets: pages dev-b
// speaker F1 0.972 -> 0.977 and heldout-f 0.909 -> 0.915 (attribution
// 0.891 -> 0.895); nothing else moved.
//
// FIRST PASS (engine at f0df178, the whole table written first and run
// once): 25/32 (0.78): sport 7/8, obit 6/6, review 1/6, tech 5/6,
// council 6/6; one sport miss my error (a row naming only "Ekdahl" wanted
// "Tomas Ekdahl"; corrected: 26/32, 0.81). The misses by class:
//   - body-noun: "the band said", "The company said" for a band or a
//     theatre company named before (Copperline, Mister Olsen, Harbour
//     Theatre Company) went to nobody: the speaker missed (3 rows);
//   - plot-speech: characters in a plot summary who "tell", "say" or
//     "insist" in the present tense (Elsa, Inspector Moll, Dana Voss) made
//     speakers (2 rows);
//   - product-appos: "Brightwave's chatbot, Orla, replied: “...”" made the
//     chatbot a speaker (1 row).
//
// BAND (n6BandRows: four band names crossed with four ways of bringing a
// band in, "the folk band X", "X, a band from ...", "X's fourth album",
// "X's spring tour", then "The band said"; near misses: a singer's own
// album, a band no name gives, "a band of volunteers", a tax band),
// written after the first pass for the body-noun class: 4/20 (the near
// misses) before the fix, 19/20 after ("band" a body's word,
// genericOrgWords and describedBody; a name owning an album or a tour,
// musicWorkAfter, is what "the band" stands for). Left known: a band
// whose name is shaped like a place's, read for no apposition.
//
// BOT (n6BotRows: four names crossed with four ways of naming a chatbot
// or a voice assistant, "X's chatbot, N, replied:", "a chatbot called
// N", "its voice assistant, N,", "the N chatbot", each then speaking;
// near misses: a chief executive and a person's assistant in the same
// apposition, a robot's designer, "told the chatbot, Ilse said"), written
// for the product-appos class: 7/20 before the fix, 20/20 after (a bot's
// noun names the one word after it in an apposition or after "called",
// botNameAfter, as a craft's noun does; "assistant" only after "voice",
// "digital", "virtual" or "AI"). The first-pass chatbot row passes too.
//
// BATCH 3 (n6Batch3: ten more whole articles, written whole after the
// fixes above and run once): 8/10 (0.80): sport3 2/2, obit3 2/2, review3
// 1/2, tech3 1/2, council3 2/2; the tech miss half my error (a forum
// poster "who gave only his first name, Tomas," is named, a speaker;
// corrected). Misses: a game's character who "warns the player that"
// made a speaker (plot-speech); "Northvault's status page said" given to
// nobody: "the fault lay in ...", an irregular past the verb list did not
// hold (past, below).
//
// PAST (n6PastRows: ten clauses whose verb is an irregular past, "lay",
// "overcame", "underwent", "upheld", "withheld", "oversaw", "undertook",
// "withstood", "mistook", "outran", crossed with two frames of reported
// speech with no "that"; near misses: "lay readers", a noun object): 4/22
// before, 22/22 after (those forms and a few more like them added to
// verbWords, so the span reads as a clause). Batch 3's tech row passes.
//
// PLOT (n6PlotRows: four works, film, novel, series, game, crossed with
// four ways a review brings in a character who then "tells", "says",
// "warns" or "insists", "follows a widow, Elsa,", "a tired detective,
// Inspector Moll,", "a lighthouse keeper named Ada", "Moll's partner,
// Dana Voss,"; near misses: a fan who "said" at a premiere, a critic with
// a full name, a documentary's real subject, "the author, Jane Brisk,"):
// 4/20 before, 20/20 after (characterNamed: a first mention by one name
// after a description with "a", in a sentence naming a film, novel,
// series, game or like work, or after a character's possessive, and
// never before "said" or "told", is a character, no speaker). The
// first-pass film and novel rows and batch 3's game row pass.
//
// BATCH 4 (n6Batch4: nine more whole articles, a horse race, a boxing
// promoter, a final interview, a school's tribute, a game's reviews, a
// concert, an app named like a person, a US council's public comment, a
// county board; written whole after every fix here and run once): 7/9
// (0.78). Both misses are calls I am not sure of, left known: "Vale's
// camp said" (camp) and a review outlet's verdict (outlet-verdict).
//
// PLACESHAPE (n6PlaceShapeRows: four bodies named like places, "Harbour
// Lights, a band from Lissby,", "North Quay, a charity that ...", then
// "the band" or "the charity" said; near misses: a town's and a beach's
// appositions): 2/6 before, 6/6 after (findAppositives reads a body's
// apposition after a place-shaped name no list knows as a place, which
// makes it that body). The band row left known at the first band fix
// passes.
//
// BATCH 5 (n6Batch5: seven more whole articles, "according to the
// club", a cycling team, "survived by", a festival, a recall with an
// unnamed spokesperson, a harbour authority, a will; written whole after
// every fix here and run once): 6/7 (0.86), the miss my error ("Her will
// says the park must be open ..." is hers, as a body's statement is the
// body's; corrected: 7/7).
//
// UNTIL (n6UntilRows: four subjects holding "until" and a date, "every
// performance until March", crossed with two predicates after "said"; near
// misses: "promised protests every week until Velmar joined", "until"
// after the verb): 2/10 before, 10/10 after (clauseLike: after a cue that
// takes only a clause, "until" and a time word inside the subject is no
// clause of time). The first-pass theatre row passes: review 6/6.
//
// BATCH 6 (n6Batch6: five more whole articles, rugby, a chef, a
// musical, a payments startup, a mayor's veto; written whole after every
// fix here and run once): 5/5.
//
// SHOP (n6ShopRows: five local businesses named by an owner's possessive,
// "Casey's Bar", "Brennan's Bakery", crossed with four frames of a local
// paper or a live blog, "X said", "In Lissby, X have said", "A
// spokeswoman for X", "X said on Facebook"; near misses: the owner
// speaking, a person's bar in lower case, a country's body, "the pub"
// after the pub), a class the dev pages' misses showed (a pub cut to
// "Bar", a salon's owner's first name made a speaker): 2/24 before (my
// error in one near miss corrected), 24/24 after (possessiveFirmEnd ends
// a name at a shop's word, shopWord, a first name's possessive too;
// classify makes it a body).
//
// BATCH 2 (n6Batch2: fifteen more whole articles in the five genres,
// written whole after the fixes above and run once): 12/15 (0.80): sport2
// 2/3, obit2 3/3, review2 2/3, tech2 2/3, council2 3/3. Misses: a firm
// named "Hexa Home" dropped whole (portfolio, below); "A Rovers
// spokesman" a speaker apart from "Harlow Rovers" (club-short); "The
// Quiet Foxes have split up, the band said" given to the band's label
// (band-lead).
//
// PORTFOLIO (n6PortfolioRows: five firms whose name ends in a ministry's
// field, "Hexa Home", "Brask Health", "Velmar Finance", crossed with
// three frames; near misses: "Shadow Home Secretary Ilse Varga", a
// lower-case minister, a minister of two portfolios joined by "and", a
// country's Home Office): 7/19 before, 19/19 after (nameStart reads a
// portfolio's word ending a chunk, after a word that is no title, place,
// nation or first name and before no title or "and", as a firm's last
// word).
//
// CLUB (n6ClubRows: four clubs named first before a player's or a
// manager's role, "Harlow Rovers striker Joel Marren", crossed with three
// frames giving the club's short form as the speaker, "A Rovers spokesman
// said", "Rovers said in a statement", "according to Rovers"; near misses:
// the player by surname, a club's fan, a federation ending with the same
// word): 3/15 before, 15/15 after (rule 3 of matches: a club, bodyHead
// "club", goes by the last word of its name). Batch 2's club row passes.
//
// BANDLEAD (n6BandLeadRows: four bands as a lead's subject with a plural
// verb, "X have split up, the band said", their label, a firm, named
// below; near misses: a label alone before "the band said", a singer as
// the subject): 1/10 before, 8/10 after ("the band" is no firm's
// description, describes; a band is a side a plural verb shows,
// sideHead). Left known: "Harbour Lights", a place's shape (place-band).
// Batch 2's band row passes.

// Mechanisms of the rows still failing.
const (
	n6PlaceBand     = "place-band: \"Harbour Lights, a band from Lissby,\": a name shaped like a place's is never read for a body's apposition, so \"the band\" finds no one, nor does a lead's \"Harbour Lights have split up, the band said\" (a place's evidence)"
	n6Camp          = "camp: \"Vale's camp said in a statement that he was ready\" goes to no one: \"camp\" is no body's noun as \"campaign\" is (\"Kolmar's campaign\" speaks); whether the gold names the camp or the fighter is no settled call, and \"camp\" as a body's word would take refugee and training camps"
	n6OutletVerdict = "outlet-verdict: \"The Pixel Ledger gave it six out of ten and called its interface “a maze without a map.”\" is nobody's: a publication's own review verdict; the gold never makes an outlet a speaker for what it relays, and whether its own verdict is speech is no settled call"
)

var n6Sport = []auditRow{
	{class: "sport/two coaches and a scorer, venue and clubs silent",
		text: "Rovers Edge Past City\n\n" +
			"Harlow Rovers beat Dunmere City 3-1 at Castleford Park on Saturday to go top of the Northern League.\n\n" +
			"Rovers manager Tomas Ekdahl said his side had “earned every point” against a team that pressed them hard for an hour. “We were patient, and patience won it,” Ekdahl said.\n\n" +
			"Striker Joel Marren, who scored twice, said the first goal had settled the nerves.\n\n" +
			"Dunmere's coach, Pia Lindqvist, said her players had tired after the break. “The second half was not good enough,” she said.",
		speakers: []string{"Joel Marren", "Pia Lindqvist", "Tomas Ekdahl"}},
	{class: "sport/club statement after a sacking, manager silent",
		text: "Pellan Athletic Sack Keane\n\n" +
			"Pellan Athletic have sacked their manager, Ross Keane, after eight defeats in ten games.\n\n" +
			"The club said in a statement that Keane had “given everything to Pellan” and wished him well.\n\n" +
			"Chairman Ivo Brandt said the search for a successor would begin at once. “We need someone who can start on Monday,” he said.\n\n" +
			"Keane did not respond to requests for comment.",
		speakers: []string{"Ivo Brandt", "Pellan Athletic"}},
	{class: "sport/the manager said, a name in the lead",
		text: "Vessel United Held at Home\n\n" +
			"Vessel United were held 0-0 by Graystone on Tuesday night, and manager Sara Holm was angry afterwards.\n\n" +
			"The manager said the referee, Colm Dwyer, had missed a clear penalty in the first half. “Everybody in the ground saw it except one man,” she said.\n\n" +
			"Dwyer was not available for comment. Graystone's goalkeeper, Niklas Berg, made six saves.",
		speakers: []string{"Sara Holm"}},
	{class: "sport/scorer in the score line, keeper speaks",
		text: "Corvin Town 2 Ashby Rangers 0\n\n" +
			"Goals from Danny Royce and Eli Stamm gave Corvin Town their first win of the season at Millfield Road.\n\n" +
			"Royce's opener came in the 54th minute after a mistake at the back. “It was a gift and I said thank you,” said Corvin goalkeeper Felix Amari.\n\n" +
			"Ashby remain bottom with two points from nine games.",
		speakers: []string{"Felix Amari"}},
	{class: "sport/tennis, winner and loser by surname",
		text: "Virtanen Into Final\n\n" +
			"Lena Virtanen beat Maja Kostic 6-3 6-4 in the semi-finals of the Harbour Open on Friday.\n\n" +
			"“I served well when it mattered,” Virtanen said.\n\n" +
			"Kostic said she had struggled with a wrist injury since the second round but would not blame it. “She was better today,” Kostic said.",
		speakers: []string{"Lena Virtanen", "Maja Kostic"}},
	{class: "sport/pundit on a radio station, fans' chant",
		text: "Pressure Grows on Ekdahl\n\n" +
			"Harlow Rovers fans chanted “Ekdahl out” at the end of a 4-0 defeat by Ostby on Sunday.\n\n" +
			"Former Rovers captain Gil Sorensen, speaking on Radio Harlow, said the players had stopped listening to the manager.\n\n" +
			"Ekdahl said he would not resign. “I have been here before and I know the way out,” he told reporters.",
		speakers: []string{"Ekdahl", "Gil Sorensen"}},
	{class: "sport/team as speaker, league as speaker",
		text: "Ostby Fined for Crowd Trouble\n\n" +
			"The Northern League has fined Ostby FC 20,000 crowns after fans threw flares onto the pitch during the derby against Harlow Rovers.\n\n" +
			"The league said the behaviour had put players and stewards at risk.\n\n" +
			"Ostby FC said it would appeal. “We have already banned the people responsible,” the club said.",
		speakers: []string{"Northern League", "Ostby FC"}},
	{class: "sport/captain and defender, stadium named for a person",
		text: "Late Goal Sinks Rangers\n\n" +
			"A late header from captain Bo Lindahl gave Tarrow Harriers a 2-1 win over Ashby Rangers at the Hans Moller Stadium.\n\n" +
			"“I just closed my eyes and jumped,” Lindahl said.\n\n" +
			"Rangers defender Kofi Asante said the team had switched off for a second. “That is all it takes at this level,” the defender said.",
		speakers: []string{"Bo Lindahl", "Kofi Asante"}},
}

var n6Obit = []auditRow{
	{class: "obit/painter quoted in old words, daughter and museum",
		text: "Marta Ilves, Painter of Kessel's Walls, Dies at 87\n\n" +
			"Marta Ilves, the painter whose murals cover half of Kessel's old town, has died aged 87.\n\n" +
			"Her daughter, Mira Ilves, said she had died peacefully at home on Sunday. “She painted until the last week,” Mira Ilves said.\n\n" +
			"In a 1994 interview Ilves said she painted walls “because nobody can put a wall in an attic.”\n\n" +
			"The Kessel City Museum said in a tribute that her work had changed how the town saw itself.",
		speakers: []string{"Kessel City Museum", "Marta Ilves", "Mira Ilves"}},
	{class: "obit/former mayor, son of the same surname, harbour board",
		text: "Tributes to Former Mayor Arne Solberg\n\n" +
			"Friends and colleagues paid tribute on Monday to Arne Solberg, mayor of Tarrow for 16 years, who died on Friday aged 79.\n\n" +
			"The current mayor, Helga Dunn, said Solberg had “built this town's modern harbour.”\n\n" +
			"His son, Erik Solberg, said his father had spent his last years reading history. “He never stopped asking questions,” Erik Solberg said.\n\n" +
			"The Tarrow Harbour Board said it would fly its flag at half-mast for a week.",
		speakers: []string{"Erik Solberg", "Helga Dunn", "Tarrow Harbour Board"}},
	{class: "obit/singer's once said, band's tribute",
		text: "Jannik Holt, Voice of Copperline, Dies at 61\n\n" +
			"Jannik Holt, who sang with the folk band Copperline for three decades, has died after a short illness.\n\n" +
			"“I only ever wrote about the river,” Holt once said of his songs.\n\n" +
			"Copperline said on social media that the band was heartbroken. Holt's former bandmate Sigrid Aas said he had been “the kindest man in any room.”",
		speakers: []string{"Copperline", "Jannik Holt", "Sigrid Aas"}},
	{class: "obit/widow by first name, school and hospital silent",
		text: "Dr Otto Bram, Country Doctor\n\n" +
			"Dr Otto Bram, who ran the only surgery in the village of Lissby for 40 years, has died aged 92.\n\n" +
			"He trained at Kessel University and later worked at St Anne's Hospital in Tarrow before moving to Lissby in 1962.\n\n" +
			"His widow, Ruth, said he had visited patients on foot until he was 80. “He said a doctor should arrive out of breath,” she said.",
		speakers: []string{"Ruth"}},
	{class: "obit/former player, club tribute, manager's words",
		text: "Harlow Rovers Mourn Their Record Scorer\n\n" +
			"Harlow Rovers have paid tribute to Piet Varga, the club's record goalscorer, who has died aged 84.\n\n" +
			"Varga scored 211 goals for Rovers between 1958 and 1971. “I never practised, I just played,” he told the Harlow Courier in 2008.\n\n" +
			"The club said its players would wear black armbands against Ostby on Saturday. Manager Tomas Ekdahl said Varga had visited the training ground every month until last year.",
		speakers: []string{"Harlow Rovers", "Piet Varga", "Tomas Ekdahl"}},
	{class: "obit/scientist, university pays tribute, colleague remembers",
		text: "Helena Vos, Who Mapped the Kessel Fault, Dies at 78\n\n" +
			"Helena Vos, the geologist who mapped the Kessel fault line, has died at her home in Marrow.\n\n" +
			"The University of Estervale, where she taught for 30 years, called her “a scientist who walked every metre of her map.”\n\n" +
			"Her former student Dr Amos Kerr remembered her as a demanding teacher. “She sent my thesis back four times, and she was right every time,” he said.",
		speakers: []string{"Amos Kerr", "University of Estervale"}},
}

var n6Review = []auditRow{
	{class: "review/film plot summary, director and actor speak",
		text: "Review: The Last Orchard\n\n" +
			"“The Last Orchard”, the second film from director Nadia Petrov, follows a widow, Elsa, through one bad harvest.\n\n" +
			"Early on, Elsa tells her son that the orchard must be sold, and he says he would rather burn it.\n\n" +
			"Petrov said in an interview that she had wanted to make a film about stubbornness. Lead actor Tom Halvorsen said the role had been “the hardest of my life.”",
		speakers: []string{"Nadia Petrov", "Tom Halvorsen"}},
	{class: "review/album, singer and band statement",
		text: "Copperline Return With Salt and Iron\n\n" +
			"Copperline's fourth album, “Salt and Iron”, is their quietest yet, ten songs about the coast.\n\n" +
			"Singer Anja Berg said the band had recorded it in a barn outside Lissby. “The roof leaked on every take,” she said.\n\n" +
			"The band said in a statement that a tour would start in May.",
		speakers: []string{"Anja Berg", "Copperline"}},
	{class: "review/novel, a character says, author at a reading",
		text: "Book Review: The Glass Harbour\n\n" +
			"In Ferris Alder's new novel, “The Glass Harbour”, a tired detective, Inspector Moll, says he has never trusted the sea.\n\n" +
			"Moll's partner, Dana Voss, insists that the drowned man was pushed.\n\n" +
			"Alder said at a reading in Tarrow that he had written the book in six weeks. “I was running from a deadline,” he said.",
		speakers: []string{"Ferris Alder"}},
	{class: "review/television, a character growls a line",
		text: "The Iron Tide Is Back\n\n" +
			"The second series of “The Iron Tide” opens with Captain Rask stranded on a frozen ship.\n\n" +
			"“Nobody leaves this deck,” Rask growls in the first scene, and nobody does.\n\n" +
			"Actor Jonas Feld, who plays Rask, said the cold on set had been real. “We filmed in January on the open sea,” he said.",
		speakers: []string{"Jonas Feld"}},
	{class: "review/theatre, company and critic",
		text: "Harbour Theatre Revives The Salt Wife\n\n" +
			"The Harbour Theatre Company opened its revival of “The Salt Wife” on Thursday, with Ilse Marr in the title role.\n\n" +
			"Director Petra Lund said she had cut forty minutes from the original script. “Nobody misses them,” she said.\n\n" +
			"The company said every performance until March had sold out.",
		speakers: []string{"Harbour Theatre Company", "Petra Lund"}},
	{class: "review/band named like a person, song title quoted",
		text: "Mister Olsen Cancel Tour\n\n" +
			"The rock band Mister Olsen have cancelled their spring tour after their drummer, Teo Brisk, broke his wrist.\n\n" +
			"The band said in a statement that all tickets would be refunded. Their single “Tell Me Tomorrow” reached number three last month.\n\n" +
			"Brisk said he hoped to be playing again by the summer.",
		speakers: []string{"Mister Olsen", "Teo Brisk"}},
}

var n6Tech = []auditRow{
	{class: "tech/app shows, chief executive's blog post",
		text: "Nimbus Labs Adds Spending Alerts to Tally\n\n" +
			"Nimbus Labs said on Tuesday it would add spending alerts to its budgeting app, Tally, used by two million people.\n\n" +
			"The app now shows users how much they have spent on food each week. “We listened to users,” chief executive Priya Anand said in a blog post.\n\n" +
			"The update reaches phones on Thursday.",
		speakers: []string{"Nimbus Labs", "Priya Anand"}},
	{class: "tech/chatbot output quoted, maker's statement",
		text: "Chatbot Refuses Election Questions\n\n" +
			"When users asked about the regional election, Brightwave's chatbot, Orla, replied: “I cannot help with that topic.”\n\n" +
			"Brightwave said in a statement that the answer came from an overly cautious filter and would be fixed. Its head of product, Lars Ekholm, said the company was “embarrassed.”",
		speakers: []string{"Brightwave", "Lars Ekholm"}},
	{class: "tech/company blog post, product named like a person",
		text: "Quillsoft Retires Harper\n\n" +
			"Quillsoft will shut down Harper, the voice assistant built into its Lumo phones, next year.\n\n" +
			"In a blog post, Quillsoft said that fewer than one in twenty owners still used the assistant.\n\n" +
			"Harper will stop answering questions on March 1, the company said.",
		speakers: []string{"Quillsoft"}},
	{class: "tech/a watch says, users complain, analyst speaks",
		text: "Vexa Watch Sleep Scores Questioned\n\n" +
			"Owners of the Vexa Band 3 say the watch reports a good night's sleep even when they have been awake for hours.\n\n" +
			"One owner said the watch told her she had slept eight hours on a night she spent in hospital.\n\n" +
			"Analyst Mei Tanaka of Corbel Research said sleep tracking was “more marketing than measurement.” Vexa did not respond to a request for comment.",
		speakers: []string{"Mei Tanaka"}},
	{class: "tech/a screen warning, engineer and company",
		text: "Drivers Puzzled by Dashboard Message\n\n" +
			"Drivers of the Orrin E2 electric car have reported a message on the dashboard that reads “Service required immediately” on new cars.\n\n" +
			"Orrin Motors said the message was a software error and that no car needed a visit to a garage. A software update would remove it this week, the carmaker said.\n\n" +
			"“It frightened a lot of people, and we are sorry,” said Ruth Adeyemi, Orrin's head of software.",
		speakers: []string{"Orrin Motors", "Ruth Adeyemi"}},
	{class: "tech/startup founder, investor fund, report shows",
		text: "Kestrel Pay Raises 40 Million\n\n" +
			"Kestrel Pay, a payments startup in Brask, has raised 40 million crowns from the Northwind Fund.\n\n" +
			"Founder Ola Dahl said the money would pay for a launch in three more countries. A report by the firm shows that payments through its app doubled last year.\n\n" +
			"Northwind partner Siri Holm said Kestrel had “the best engineers we have seen this year.”",
		speakers: []string{"Kestrel Pay", "Ola Dahl", "Siri Holm"}},
}

var n6Council = []auditRow{
	{class: "council/vote, councillors, resident, council statement",
		text: "Council Votes to Close Mill Street Library\n\n" +
			"Tarrow Town Council voted 7-2 on Tuesday to close the Mill Street library.\n\n" +
			"Councillor Anna Birk, who proposed the motion, said the building cost too much to heat. Councillor Jon Vass said closing it was “a mistake we will regret.”\n\n" +
			"Resident Lina Frey told the meeting that her children did their homework there every night.\n\n" +
			"The council said in a statement that library services would move to the town hall.",
		speakers: []string{"Anna Birk", "Jon Vass", "Lina Frey", "Tarrow Town Council"}},
	{class: "council/the council voted, mayor alone speaks",
		text: "Lissby Approves New Car Park\n\n" +
			"Lissby Parish Council voted unanimously on Monday to build a 60-space car park behind the church.\n\n" +
			"The council also agreed to raise parking charges on the high street from April.\n\n" +
			"“This has been argued about for ten years,” Mayor Greta Holm said. “Tonight it was settled in ten minutes.”",
		speakers: []string{"Greta Holm"}},
	{class: "council/motion calls for, councillor proposing silent",
		text: "Motion on Bus Lanes Deferred\n\n" +
			"A motion put forward by Councillor Rafe Linde calls for bus lanes on both sides of Harbour Road.\n\n" +
			"The council deferred the motion until its March meeting after officers said they needed more time to count traffic.\n\n" +
			"Councillor Mona Strand said the delay was “one more excuse.”",
		speakers: []string{"Mona Strand"}},
	{class: "council/public hearing, named and unnamed residents",
		text: "Residents Oppose Quarry Expansion\n\n" +
			"More than 40 residents spoke at a hearing on Wednesday on plans to expand the Greyhill quarry outside Marrow.\n\n" +
			"Paul Reyes, who lives on Dock Road, said lorries already passed his house every four minutes. One woman, who did not give her name, said her windows shook when the quarry blasted.\n\n" +
			"Greyhill Aggregates, which runs the quarry, said the expansion would create 30 jobs. The planning committee will decide in June.",
		speakers: []string{"Greyhill Aggregates", "Paul Reyes"}},
	{class: "council/chair and clerk, committee named",
		text: "Budget Passes After Long Night\n\n" +
			"Marrow City Council's finance committee passed the budget at 1 a.m. on Thursday after a six-hour meeting.\n\n" +
			"The committee's chair, Councillor Ines Kovac, said the budget protected “every school and every bin round.”\n\n" +
			"Opposition leader Carl Brant said the council had raised rents by stealth. “Tenants will pay for this budget,” he said.",
		speakers: []string{"Carl Brant", "Ines Kovac"}},
	{class: "council/mayor and council, ward named for a person",
		text: "Flood Defences for St Olav Ward\n\n" +
			"Kessel Council will spend 3 million crowns on flood walls in St Olav ward, the council announced on Friday.\n\n" +
			"Mayor Henrik Tamm said the walls would be finished before next winter. Councillor Ada Berg, who represents the ward, said residents had waited “far too long.”",
		speakers: []string{"Ada Berg", "Henrik Tamm", "Kessel Council"}},
}

func TestAuditS16N6(t *testing.T) {
	runAudit(t, "n6sport", n6Sport, *auditKnown)
	runAudit(t, "n6obit", n6Obit, *auditKnown)
	runAudit(t, "n6review", n6Review, *auditKnown)
	runAudit(t, "n6tech", n6Tech, *auditKnown)
	runAudit(t, "n6council", n6Council, *auditKnown)
	runAudit(t, "n6band", n6BandRows(), *auditKnown)
	runAudit(t, "n6bot", n6BotRows(), *auditKnown)
	runAudit(t, "n6shop", n6ShopRows(), *auditKnown)
	runAudit(t, "n6b2", n6Batch2, *auditKnown)
	runAudit(t, "n6port", n6PortfolioRows(), *auditKnown)
	runAudit(t, "n6club", n6ClubRows(), *auditKnown)
	runAudit(t, "n6bandlead", n6BandLeadRows(), *auditKnown)
	runAudit(t, "n6b3", n6Batch3, *auditKnown)
	runAudit(t, "n6past", n6PastRows(), *auditKnown)
	runAudit(t, "n6plot", n6PlotRows(), *auditKnown)
	runAudit(t, "n6b4", n6Batch4, *auditKnown)
	runAudit(t, "n6placeshape", n6PlaceShapeRows(), *auditKnown)
	runAudit(t, "n6b5", n6Batch5, *auditKnown)
	runAudit(t, "n6until", n6UntilRows(), *auditKnown)
	runAudit(t, "n6b6", n6Batch6, *auditKnown)
}

// n6BandRows cross band names with the ways an article brings a band in,
// then "the band said": the band speaks. Near misses: a person's album,
// a band no name gives, "a band of volunteers", a tax band.
func n6BandRows() []auditRow {
	names := []string{"Copperline", "Velvet Ash", "Harbour Lights", "The Quiet Foxes"}
	intros := []struct{ label, text string }{
		{"folk band X", "The folk band %s released a new record on Friday."},
		{"X, a band from", "%s, a band from Lissby, released a new record on Friday."},
		{"X's album", "%s's fourth album, “Salt and Iron”, came out on Friday."},
		{"X's tour", "%s's spring tour has been cut to six dates."},
	}
	var rows []auditRow
	for _, n := range names {
		speaker := strings.TrimPrefix(n, "The ")
		for _, in := range intros {
			intro := fmt.Sprintf(in.text, n)
			if strings.HasPrefix(in.text, "The") && strings.HasPrefix(n, "The ") {
				intro = fmt.Sprintf(in.text, speaker)
			}
			row := auditRow{class: "band/" + in.label + ", " + n,
				text: intro + "\n\nThe band said in a statement that tickets for the cancelled shows would be refunded.",
				want: []quote{{speaker, auI, "tickets for the cancelled shows would be refunded"}}, speakers: []string{speaker}}
			rows = append(rows, row)
		}
	}
	rows = append(rows,
		auditRow{class: "band/near miss, a singer's own album",
			text:     "Singer Mara Holt's fourth album came out on Friday.\n\n“I wrote it in a month,” Holt said.",
			speakers: []string{"Mara Holt"}},
		auditRow{class: "band/near miss, a band no name gives",
			text: "Ilse Marr played in a band in the 1970s.\n\nThe band said in 1979 that it would split.",
			want: []quote{{"", auI, "it would split"}}, speakers: []string{}},
		auditRow{class: "band/near miss, a band of volunteers",
			text:     "A band of volunteers from Lissby cleared the beach on Sunday.\n\nOrganiser Petra Lund said they had filled 200 bags.",
			speakers: []string{"Petra Lund"}},
		auditRow{class: "band/near miss, a tax band",
			text:     "Homes in the top council tax band will pay 4 percent more, Tarrow Town Council said.",
			speakers: []string{"Tarrow Town Council"}},
	)
	return rows
}

// n6BotRows cross chatbot and voice-assistant names with the ways an
// article names one and lets it "reply", "tell" or "say": its output is
// no one's words, and only its maker speaks. Near misses: people in the
// same appositions ("its chief executive, Orla,", "her assistant, Mary,").
func n6BotRows() []auditRow {
	names := []string{"Orla", "Pip", "Juniper", "Max"}
	frames := []struct{ label, text string }{
		{"X's chatbot, N, replied:", "When users asked about the vote, Brightwave's chatbot, %s, replied: “I cannot help with that topic.”"},
		{"a chatbot called N", "Brightwave launched a chatbot called %[1]s last year. %[1]s told one user that the moon was made of cheese."},
		{"its voice assistant, N, said", "Quillsoft's voice assistant, %[1]s, will be shut down in March. “Goodbye, and thank you,” %[1]s said in a test clip."},
		{"the N chatbot", "Users of the %[1]s chatbot found it could not count. %[1]s said that two and two made five."},
	}
	var rows []auditRow
	for _, n := range names {
		for _, f := range frames {
			rows = append(rows, auditRow{class: "bot/" + f.label + ", " + n,
				text:     fmt.Sprintf(f.text, n) + "\n\nThe company's head of product, Lars Ekholm, said the fault would be fixed this week.",
				speakers: []string{"Lars Ekholm"}})
		}
	}
	rows = append(rows,
		auditRow{class: "bot/near miss, chief executive in apposition",
			text:     "Brightwave's chief executive, Orla, said the company was sorry.",
			speakers: []string{"Orla"}},
		auditRow{class: "bot/near miss, a person's assistant",
			text:     "Her assistant, Mary, said the singer was resting.",
			speakers: []string{"Mary"}},
		auditRow{class: "bot/near miss, a robotics engineer named after the noun",
			text:     "The robot's designer, Pip Larsen, said it could climb stairs.",
			speakers: []string{"Pip Larsen"}},
		auditRow{class: "bot/near miss, told the chatbot",
			text:     "Asked what she told the chatbot, Ilse said she had asked for a poem.",
			speakers: []string{"Ilse"}},
	)
	return rows
}

// n6ShopRows cross a local business named by its owner's possessive
// ("Casey's Bar", "Brennan's Bakery") with the frames a local paper and
// a live blog use for it: the business is the speaker, whole. Near
// misses: a person's lower-case bar, the owner who speaks, a country's
// body, a first name's cafe named in lower case.
func n6ShopRows() []auditRow {
	shops := []string{"Casey's Bar", "Brennan's Bakery", "Molloy's Hotel", "Dunne's Pub", "Sorley's Hardware"}
	frames := []struct{ label, text string }{
		{"X said", "%s said it would close its doors on Sunday until further notice."},
		{"in Lissby, X have said", "In Lissby, %s have said they will close their doors on Sunday until further notice."},
		{"spokeswoman for X", "A spokeswoman for %s said it would close its doors on Sunday until further notice."},
		{"X said on Facebook", "%s said on Facebook that it would close its doors on Sunday until further notice."},
	}
	var rows []auditRow
	for _, s := range shops {
		for _, f := range frames {
			rows = append(rows, auditRow{class: "shop/" + f.label + ", " + s,
				text:     "Businesses in Lissby Brace for Lockdown\n\n" + fmt.Sprintf(f.text, s),
				speakers: []string{s}})
		}
	}
	rows = append(rows,
		auditRow{class: "shop/near miss, the owner speaks of his bar",
			text:     "Owner Pat Casey said Casey's Bar would reopen in May.",
			speakers: []string{"Pat Casey"}},
		auditRow{class: "shop/near miss, a person's bar in lower case",
			text:     "Pat Casey's bar will close tonight, Casey said.",
			speakers: []string{"Pat Casey"}},
		auditRow{class: "shop/near miss, a country's body",
			text:     "Velmar's Health Service said waiting lists had grown.",
			speakers: []string{"Health Service"}},
		auditRow{class: "shop/near miss, the pub then speaks as the pub",
			text:     "Dunne's Pub will close tonight.\n\nThe pub said it would reopen in May.",
			speakers: []string{"Dunne's Pub"}},
	)
	return rows
}

// n6Batch2 is a second table of whole articles in the same five genres,
// written whole after the fixes above and run once: plural verbs for
// clubs and bands, nicknames, "the visitors' coach", a governing body, a
// family's statement, "Cllr", a council spokesperson, an outlet
// interviewing a star, a studio, a social network's post, an app's
// developer.
var n6Batch2 = []auditRow{
	{class: "sport2/plural club verb, visitors' coach, governing body",
		text: "Harriers Appeal Red Card\n\n" +
			"Tarrow Harriers say they will appeal against the red card shown to midfielder Oskar Lind in Saturday's 1-1 draw with Ostby FC.\n\n" +
			"The visitors' coach, Henrik Dahl, said the tackle had been “reckless” and the referee had no choice.\n\n" +
			"The Northern Football Association said it would review the footage on Monday.",
		speakers: []string{"Henrik Dahl", "Northern Football Association", "Tarrow Harriers"}},
	{class: "sport2/nickname and club spokesman",
		text: "Rovers Confirm Marren Injury\n\n" +
			"Harlow Rovers striker Joel Marren will miss six weeks with a hamstring injury, the club confirmed on Wednesday.\n\n" +
			"A Rovers spokesman said Marren had been hurt in training. “He will be back before Christmas,” the spokesman said.\n\n" +
			"Marren's absence leaves the Hawks short of forwards before their trip to Dunmere.",
		speakers: []string{"Harlow Rovers"}},
	{class: "sport2/post-match, two players by surname, a pundit's column",
		text: "Dunmere Stun Leaders\n\n" +
			"Dunmere City beat Northern League leaders Harlow Rovers 2-0 on Sunday with goals from Adam Kerr and Luis Barros.\n\n" +
			"“We knew they would be tired,” Kerr said. Barros said the team had worked on set pieces all week.\n\n" +
			"Writing in the Harlow Courier, former Rovers defender Ian Moss said the leaders had looked “a yard slow all afternoon.”",
		speakers: []string{"Adam Kerr", "Ian Moss", "Luis Barros"}},
	{class: "obit2/family statement, grandson, theatre's tribute",
		text: "Ilse Marr, Star of the Harbour Stage, Dies at 90\n\n" +
			"Ilse Marr, who played more than 200 roles at the Harbour Theatre in Tarrow, has died, her family said in a statement on Thursday.\n\n" +
			"Her grandson, Leo Marr, said she had been learning lines for a reading until last month.\n\n" +
			"“Ilse was this theatre,” the Harbour Theatre Company said.",
		speakers: []string{"Harbour Theatre Company", "Leo Marr"}},
	{class: "obit2/old interview, his own words, a band member",
		text: "Velvet Ash Guitarist Sven Holm Dies\n\n" +
			"Sven Holm, the guitarist whose riffs defined Velvet Ash's first three albums, has died aged 68.\n\n" +
			"Holm told the Lissby Courier in 2011 that he had learnt to play on a guitar with four strings. “The other two I couldn't afford,” he said.\n\n" +
			"Velvet Ash's singer, Nora Quist, said the band would dedicate its next tour to him.",
		speakers: []string{"Nora Quist", "Sven Holm"}},
	{class: "obit2/tribute from a club and a mayor, the dead man silent",
		text: "Former Ostby Chairman Dies\n\n" +
			"Ostby FC's former chairman Bernt Aalto has died aged 81, the club announced.\n\n" +
			"Aalto led the club from the fourth division to the Northern League in the 1980s.\n\n" +
			"Mayor Greta Holm said the town had lost “one of its great builders.”",
		speakers: []string{"Greta Holm", "Ostby FC"}},
	{class: "review2/star tells an outlet, studio statement",
		text: "Petrov Film Wins at Lissby Festival\n\n" +
			"Nadia Petrov's “The Last Orchard” won the top prize at the Lissby Film Festival on Saturday.\n\n" +
			"Petrov told the Harbour Gazette she had nearly abandoned the film twice. The film's studio, Greyfield Pictures, said it would open in 40 cinemas in March.\n\n" +
			"The jury's president, Anton Berg, called it “a film about roots in every sense.”",
		speakers: []string{"Anton Berg", "Greyfield Pictures", "Nadia Petrov"}},
	{class: "review2/band posts, singer on a podcast, label silent",
		text: "Quiet Foxes Split After Ten Years\n\n" +
			"The Quiet Foxes have split up, the band said in a post on Instagram on Monday.\n\n" +
			"Their label, North Pier Records, did not comment. Singer Maja Lund said on a podcast last month that the band had been “running on fumes.”",
		speakers: []string{"Maja Lund", "Quiet Foxes"}},
	{class: "review2/documentary voice-over and its subject",
		text: "Review: Salt Road\n\n" +
			"In “Salt Road”, a documentary about the last salt miners of Kessel, the narrator says that the mine has been dying for a century.\n\n" +
			"Its director, Ola Brisk, said at the premiere that she had spent three winters underground. One of the miners, Tor Alm, told the audience the film had been “too kind to the mine.”",
		speakers: []string{"Ola Brisk", "Tor Alm"}},
	{class: "tech2/developer's post on a social network, users",
		text: "Tally Outage Locks Out Users\n\n" +
			"Users of the budgeting app Tally were locked out for six hours on Monday.\n\n" +
			"The app's developer, Nimbus Labs, said in a post on Chirper that a faulty update was to blame. Many users said on the same site that they had been unable to pay bills.\n\n" +
			"Nimbus co-founder Ravi Sethi wrote on his blog that the company would refund a month of fees.",
		speakers: []string{"Nimbus Labs", "Ravi Sethi"}},
	{class: "tech2/company wrote, regulator, the phone says",
		text: "Lumo Phones Report Wrong Time\n\n" +
			"Thousands of Lumo 7 phones showed the wrong time after the clocks changed on Sunday.\n\n" +
			"Quillsoft wrote in a support note that a fix would arrive on Tuesday. The phone's lock screen says “Time zone unknown” on affected handsets.\n\n" +
			"The Tannland Communications Authority said it had received 300 complaints.",
		speakers: []string{"Quillsoft", "Tannland Communications Authority"}},
	{class: "tech2/a robot vacuum, its maker, an engineer",
		text: "Robot Vacuum Maps Homes, Researchers Say\n\n" +
			"A robot vacuum sold by Hexa Home sends maps of users' homes to its servers, researchers at Corrin Polytechnic said.\n\n" +
			"The vacuum, called Dusty, announces “Cleaning complete” when it docks. Hexa Home said the maps were encrypted and never sold.\n\n" +
			"Lead researcher Ines Kovac said encryption did not stop the company itself reading them.",
		speakers: []string{"Corrin Polytechnic", "Hexa Home", "Ines Kovac"}},
	{class: "council2/Cllr, party and ward, council spokesperson",
		text: "Bin Collections to Go Fortnightly\n\n" +
			"Marrow City Council will collect general waste every two weeks from April, it confirmed on Tuesday.\n\n" +
			"Cllr Ada Berg (Green, Riverside) said the change would push people to recycle. Cllr Carl Brant said residents had not been asked.\n\n" +
			"A council spokesperson said the change would save 1.2 million crowns a year.",
		speakers: []string{"Ada Berg", "Carl Brant", "Marrow City Council"}},
	{class: "council2/mayor's office, a petition, a residents' group",
		text: "Petition Against Park Sale Reaches 5,000\n\n" +
			"A petition against the sale of Millfield Park has reached 5,000 signatures.\n\n" +
			"The petition says the park is “the last green space in the east of town.” The Millfield Residents Association said it would hand the petition to the council on Monday.\n\n" +
			"The mayor's office said no decision had been taken.",
		speakers: []string{"Millfield Residents Association"}},
	{class: "council2/meeting minutes, councillor quoted, the motion passed",
		text: "Council Backs Four-Day Week Trial\n\n" +
			"Lissby Parish Council backed a motion on Thursday to trial a four-day week for its 40 staff.\n\n" +
			"The motion, proposed by Councillor Rafe Linde, passed by six votes to three.\n\n" +
			"“Our staff will be less tired and more productive,” Linde told the meeting. Councillor Mona Strand, who voted against, said the trial was “a gift to the staff paid for by the taxpayers.”",
		speakers: []string{"Mona Strand", "Rafe Linde"}},
}

// n6PortfolioRows cross firms whose name ends in a ministry's field
// ("Hexa Home", "Brask Health") with the frames a firm speaks in: the
// firm is the speaker. Near misses: a portfolio that titles a person, a
// country's ministry, a title in lower case, a minister joined by "and".
func n6PortfolioRows() []auditRow {
	firms := []string{"Hexa Home", "Brask Health", "Velmar Finance", "Coastal Transport", "Orrin Energy"}
	frames := []struct{ label, text string }{
		{"X said", "%s said the product would be recalled next week."},
		{"X announced that", "On Tuesday %s announced that the product would be recalled next week."},
		{"a spokesman for X", "A spokesman for %s said the product would be recalled next week."},
	}
	var rows []auditRow
	for _, f := range firms {
		for _, fr := range frames {
			rows = append(rows, auditRow{class: "portfolio/" + fr.label + ", " + f,
				text: fmt.Sprintf(fr.text, f), speakers: []string{f}})
		}
	}
	rows = append(rows,
		auditRow{class: "portfolio/near miss, Home Secretary titles a person",
			text:     "Shadow Home Secretary Ilse Varga said the plan was wrong.",
			speakers: []string{"Ilse Varga"}},
		auditRow{class: "portfolio/near miss, a lower-case minister",
			text:     "The Velmar health minister said the clinic would close.",
			speakers: []string{}},
		auditRow{class: "portfolio/near miss, minister of two portfolios",
			text:     "Tannish Road Transport and Bridges Minister Obi Karsk said buses would stop.",
			speakers: []string{"Obi Karsk"}},
		auditRow{class: "portfolio/near miss, a country's Home Office",
			text:     "Velmar's Home Office said the plan was lawful.",
			speakers: []string{"Home Office"}},
	)
	return rows
}

// n6ClubRows cross clubs named first before a player's or a manager's
// role with the club's short form as a speaker later: the club, whole.
// Near misses: the player by surname, a fan of the club, a body whose
// name ends with the same word.
func n6ClubRows() []auditRow {
	clubs := []struct{ full, short string }{{"Harlow Rovers", "Rovers"}, {"Pellan Athletic", "Athletic"}, {"Tarrow Harriers", "Harriers"}, {"Vessel Wanderers", "Wanderers"}}
	frames := []struct{ label, text string }{
		{"a short-form spokesman", "%s striker Joel Marren will miss six weeks with a hamstring injury.\n\nA %s spokesman said Marren had been hurt in training."},
		{"short form said", "%s manager Ross Keane has been sacked after eight defeats.\n\n%s said in a statement that the search for a successor had begun."},
		{"according to short form", "%s captain Bo Lindahl has signed a new contract.\n\nLindahl will stay until 2029, according to %s."},
	}
	var rows []auditRow
	for _, c := range clubs {
		for _, f := range frames {
			rows = append(rows, auditRow{class: "club/" + f.label + ", " + c.full,
				text: fmt.Sprintf(f.text, c.full, c.short), speakers: []string{c.full}})
		}
	}
	rows = append(rows,
		auditRow{class: "club/near miss, the player by surname",
			text:     "Harlow Rovers striker Joel Marren will miss six weeks.\n\n“It is frustrating,” Marren said.",
			speakers: []string{"Joel Marren"}},
		auditRow{class: "club/near miss, a fan of the club",
			text:     "Harlow Rovers striker Joel Marren will miss six weeks.\n\nRovers fan Mia Holt said the news was a blow.",
			speakers: []string{"Mia Holt"}},
		auditRow{class: "club/near miss, a body ending with the same word",
			text:     "Pellan Athletic striker Joel Marren will miss six weeks.\n\nThe Tannland Athletic Federation said it would test him.",
			speakers: []string{"Tannland Athletic Federation"}},
	)
	return rows
}

// n6BandLeadRows give a band's news in a lead whose cue is "the band
// said", the band named as the clause's subject with a plural verb, and
// its label, a firm, named below: the band speaks, never the label.
// Near misses: a firm alone before "the band said" (null), a person as
// the subject.
func n6BandLeadRows() []auditRow {
	bands := []string{"The Quiet Foxes", "Velvet Ash", "Harbour Lights", "Mister Olsen"}
	frames := []struct{ label, text string }{
		{"have split up, the band said", "%s have split up after ten years, the band said on Monday.\n\nTheir label, North Pier Records, did not comment."},
		{"have cancelled their tour, the band said", "%s have cancelled their spring tour, the band said in a post on Instagram.\n\nTheir label, Greyfield Music Ltd., said refunds would follow."},
	}
	var rows []auditRow
	for _, b := range bands {
		speaker := strings.TrimPrefix(b, "The ")
		for _, f := range frames {
			want := []string{speaker}
			if strings.Contains(f.text, "Greyfield") {
				want = append(want, "Greyfield Music Ltd.")
			}
			row := auditRow{class: "bandlead/" + f.label + ", " + b,
				text: fmt.Sprintf(f.text, b), speakers: want}
			if b == "Harbour Lights" {
				row.known = n6PlaceBand
			}
			rows = append(rows, row)
		}
	}
	rows = append(rows,
		auditRow{class: "bandlead/near miss, a label alone",
			text:     "North Pier Records has dropped three acts.\n\nThe band said it had not been told.",
			speakers: []string{}},
		auditRow{class: "bandlead/near miss, a singer as subject",
			text:     "Maja Lund has left the group, the band said on Monday.",
			speakers: []string{}},
	)
	return rows
}

// n6Batch3 is a third table of whole articles in the five genres,
// written whole after the fixes above and run once: a club's nickname, a
// score line of two clubs, a player by first name, officers and a report
// to councillors, a memorial's speakers, a game studio, a podcast host.
var n6Batch3 = []auditRow{
	{class: "sport3/score line, nickname, first name for a teenager",
		text: "Harriers 3 Wanderers 1\n\n" +
			"Tarrow Harriers came from behind to beat Vessel Wanderers at the Hans Moller Stadium, with two goals from 17-year-old Emil Sand.\n\n" +
			"“Emil has no fear,” said Harriers coach Britt Nygaard. The Hawks are now unbeaten in six.\n\n" +
			"Wanderers boss Olaf Prytz said his side had “switched off” after the equaliser.",
		speakers: []string{"Britt Nygaard", "Olaf Prytz"}},
	{class: "sport3/athletics, federation and an athlete's agent",
		text: "Kessel Runner Banned for Two Years\n\n" +
			"The Tannland Athletics Federation has banned sprinter Aida Rask for two years after a failed drugs test.\n\n" +
			"The federation said the test had found traces of a banned stimulant. Rask's agent, Pavel Lindgren, said she would appeal. “Aida has never cheated,” he said.",
		speakers: []string{"Pavel Lindgren", "Tannland Athletics Federation"}},
	{class: "obit3/memorial, speakers at a service, a letter read",
		text: "Hundreds Attend Memorial for Otto Bram\n\n" +
			"More than 300 people filled St Anne's Church in Lissby on Saturday for a memorial service for Dr Otto Bram.\n\n" +
			"His former patient Karin Falk told the congregation that Bram had saved her life twice. A letter from the Tannland Medical Association, read by the vicar, called him “a doctor of the old kind.”\n\n" +
			"The Rev Anders Wik said Bram had never missed a Sunday service.",
		speakers: []string{"Anders Wik", "Karin Falk", "Tannland Medical Association"}},
	{class: "obit3/poet quoted from her work, publisher's tribute",
		text: "Poet Hanne Strand Dies at 74\n\n" +
			"Hanne Strand, whose poems about the northern coast were read in every school in Tannland, has died.\n\n" +
			"Her best-known line, “the sea keeps what the land forgets”, is carved above the harbour in Marrow.\n\n" +
			"Her publisher, Greywell Press, said it would reissue her collected poems in the spring. Strand told an interviewer in 2015 that she wrote only in the mornings.",
		speakers: []string{"Greywell Press", "Hanne Strand"}},
	{class: "review3/game studio, game character, a critic's verdict",
		text: "Review: Lanterns of Orrin\n\n" +
			"In “Lanterns of Orrin”, the new game from Tarrow studio Fenlight Games, a lighthouse keeper named Ada warns the player that the lamps must never go out.\n\n" +
			"Fenlight's creative director, Jon Halloran, said the team had spent four years on the game. “We wanted a game about patience,” he said.",
		speakers: []string{"Jon Halloran"}},
	{class: "review3/podcast host and guest",
		text: "Podcast Pick: The Long Table\n\n" +
			"On this week's episode of “The Long Table”, host Ruth Adeyemi talks to chef Mika Sorensen about closing her restaurant.\n\n" +
			"Sorensen says she does not miss the hours. “I miss the noise,” she tells Adeyemi.",
		speakers: []string{"Mika Sorensen"}},
	{class: "tech3/app store listing, a privacy group, the company",
		text: "Privacy Group Questions Fitness App\n\n" +
			"The fitness app Stride shares users' locations with advertisers, according to the Tannland Digital Rights Group.\n\n" +
			"The app's listing says it “never sells personal data.” Stride's maker, Pulse Apps, said the locations were anonymised before they were shared.",
		speakers: []string{"Pulse Apps", "Tannland Digital Rights Group"}},
	{class: "tech3/outage, status page, engineer on a forum",
		text: "Cloud Outage Hits Tannish Banks\n\n" +
			"An outage at the cloud provider Northvault took the websites of three Tannish banks offline for four hours on Friday.\n\n" +
			"Northvault's status page said the fault lay in a storage system in Brask. An engineer who gave only his first name, Tomas, wrote on a forum that a cooling failure had started it.\n\n" +
			"Kessel Savings Bank said no customer data had been lost.",
		speakers: []string{"Kessel Savings Bank", "Northvault", "Tomas"}},
	{class: "council3/officers, report to councillors, leader",
		text: "Council Plans to Sell Old Town Hall\n\n" +
			"Marrow City Council plans to sell the old town hall on Church Street, a report to councillors shows.\n\n" +
			"Officers said in the report that repairs would cost 4 million crowns. Council leader Ines Kovac said no buyer had been chosen.\n\n" +
			"The Marrow Civic Society said the building should be kept for public use.",
		speakers: []string{"Ines Kovac", "Marrow Civic Society"}},
	{class: "council3/planning inspector, applicant and objector",
		text: "Inspector Backs Wind Turbines at Greyhill\n\n" +
			"A planning inspector has approved four wind turbines on Greyhill, overturning the council's refusal.\n\n" +
			"Inspector Moira Stenberg said in her decision that the turbines would not harm the landscape “to an unacceptable degree.” The developer, Coastwind Energy, said building would start next year.\n\n" +
			"Greyhill resident Paul Reyes, who led the objections, said villagers were “gutted.”",
		speakers: []string{"Coastwind Energy", "Moira Stenberg", "Paul Reyes"}},
}

// n6PastRows cross irregular past forms with two frames of reported
// speech with no "that": the clause is found and its speaker named.
// Near misses: "lay" as an adjective, and a noun phrase object after a
// verb that takes one.
func n6PastRows() []auditRow {
	clauses := []string{
		"the fault lay in a storage system", "the team overcame a poor start", "the club underwent a big change",
		"the court upheld the ban", "the bank withheld the money", "the firm oversaw the work",
		"the mayor undertook a review", "the wall withstood the storm", "the council mistook the date",
		"the striker outran every defender",
	}
	var rows []auditRow
	for _, c := range clauses {
		verb := strings.Fields(c)[2]
		rows = append(rows,
			auditRow{class: "past/X said, " + verb, text: "Northvault's status page said " + c + ".",
				want: []quote{{"Northvault", auI, c}}, speakers: []string{"Northvault"}},
			auditRow{class: "past/cue after, " + verb, text: "Coach Britt Nygaard said on Sunday " + c + ".",
				want: []quote{{"Britt Nygaard", auI, c}}, speakers: []string{"Britt Nygaard"}})
	}
	rows = append(rows,
		auditRow{class: "past/near miss, lay as an adjective",
			text: "The vicar said lay readers would lead the service.",
			want: []quote{{"", auI, "lay readers would lead the service"}}, speakers: []string{}},
		auditRow{class: "past/near miss, a noun object",
			text:     "The council denied the claim, and Mayor Greta Holm praised the staff.",
			speakers: []string{}, exact: true},
	)
	return rows
}

// n6PlotRows cross works with the ways a review brings in a character
// and lets them "tell", "warn" or "insist" in the plot: no speaker, only
// the real people around the work. Near misses: a fan and a critic with
// full names, one who "said" at a premiere, a documentary's real subject,
// the author as "the author".
func n6PlotRows() []auditRow {
	works := []struct{ noun, title string }{{"film", "The Last Orchard"}, {"novel", "The Glass Harbour"}, {"series", "The Iron Tide"}, {"game", "Lanterns of Orrin"}}
	frames := []struct{ label, text string }{
		{"follows a widow, N,", "“%[2]s”, the new %[1]s from Nadia Petrov, follows a widow, Elsa, through one bad winter. Elsa tells her son that the farm must be sold."},
		{"a detective, Inspector N, says", "In the %[1]s “%[2]s”, a tired detective, Inspector Moll, says he has never trusted the sea."},
		{"a keeper named N warns", "In “%[2]s”, a new %[1]s, a lighthouse keeper named Ada warns everyone that the lamps must never go out."},
		{"a character's partner insists", "In the %[1]s “%[2]s”, a tired detective, Inspector Moll, hunts a killer. Moll's partner, Dana Voss, insists that the drowned man was pushed."},
	}
	var rows []auditRow
	for _, w := range works {
		for _, f := range frames {
			rows = append(rows, auditRow{class: "plot/" + f.label + ", " + w.noun,
				text:     fmt.Sprintf(f.text, w.noun, w.title) + "\n\nIts creator, Ferris Alder, said the story had taken six years. “I kept changing the ending,” Alder said.",
				speakers: []string{"Ferris Alder"}})
		}
	}
	rows = append(rows,
		auditRow{class: "plot/near miss, a fan said at the premiere",
			text:     "A fan, Elsa, said at the premiere of the film that she had cried twice.",
			speakers: []string{"Elsa"}},
		auditRow{class: "plot/near miss, a critic with a full name says",
			text:     "A critic, Tomas Lind, says the film is forty minutes too long.",
			speakers: []string{"Tomas Lind"}},
		auditRow{class: "plot/near miss, a documentary's real subject",
			text:     "The documentary follows a miner, Tor, who says the mine ruined his lungs.",
			speakers: []string{"Tor"}},
		auditRow{class: "plot/near miss, the author",
			text:     "In her new novel, “Salt”, the author, Jane Brisk, says she wanted to write about her mother.",
			speakers: []string{"Jane Brisk"}},
	)
	return rows
}

// n6Batch4 is a fourth table of whole articles in the five genres,
// written whole after the fixes above and run once: a horse race, a
// boxing promoter, a US council's public comment, an alderman, a final
// interview, a family asking for privacy, an app named like a person, a
// game's review score.
var n6Batch4 = []auditRow{
	{class: "sport4/horse race, trainer and jockey, horse named like a person",
		text: "Lady Mara Wins the Kessel Cup\n\n" +
			"Lady Mara, a five-year-old mare, won the Kessel Cup by two lengths on Saturday, beating the favourite, Captain Rolf.\n\n" +
			"Her trainer, Ulla Berg, said the mare had loved the soft ground. “She floated over it,” said jockey Finn Aldo.\n\n" +
			"Captain Rolf's owner, the Dahl family, did not comment.",
		speakers: []string{"Finn Aldo", "Ulla Berg"}},
	{class: "sport4/boxing promoter, a fighter's camp, a commission",
		text: "Title Fight Postponed\n\n" +
			"The heavyweight title fight between Karl Ostrom and Denny Vale has been postponed after Ostrom cut his eye in sparring, promoter Max Heller said on Monday.\n\n" +
			"Vale's camp said in a statement that he was “ready to fight anyone, anytime.” The Tannland Boxing Board of Control said a new date would be set within a month.",
		speakers: []string{"Denny Vale", "Max Heller", "Tannland Boxing Board of Control"}, known: n6Camp},
	{class: "obit4/final interview, family asks for privacy, hospice",
		text: "Broadcaster Lars Ekman Dies at 83\n\n" +
			"Lars Ekman, whose morning programme woke Tannland for 30 years, died on Tuesday at a hospice in Brask.\n\n" +
			"In his final interview, with the Brask Courier last year, Ekman said he had never once been late for work. His family asked for privacy.\n\n" +
			"Tannland Radio's director, Sofie Lang, said Ekman had been “the voice of the morning for three generations.”",
		speakers: []string{"Lars Ekman", "Sofie Lang"}},
	{class: "obit4/a teacher remembered by pupils, a school statement",
		text: "Tributes to Lissby Teacher\n\n" +
			"Former pupils have paid tribute to Agnes Dahl, who taught at Lissby School for 41 years and died last week aged 88.\n\n" +
			"“Miss Dahl taught me to read when nobody else could,” said Erik Holm, now 52.\n\n" +
			"The school said it would name its new library after her.",
		speakers: []string{"Erik Holm", "Lissby School"}},
	{class: "review4/a game's score, reviewer outlets, developer",
		text: "Harbour Kings Gets Mixed Reviews\n\n" +
			"The strategy game Harbour Kings has drawn mixed reviews since its release on Friday.\n\n" +
			"The Pixel Ledger gave it six out of ten and called its interface “a maze without a map.” Its developer, Saltwick Studios, said a patch would simplify the menus.",
		speakers: []string{"Pixel Ledger", "Saltwick Studios"}, known: n6OutletVerdict},
	{class: "review4/concert review, the singer and the crowd",
		text: "Review: Anja Berg at the Harbour Hall\n\n" +
			"Anja Berg played to a sold-out Harbour Hall on Thursday, her first show since leaving Copperline.\n\n" +
			"“I was scared nobody would come,” Berg told the crowd before her last song. The crowd chanted “one more song” for five minutes.",
		speakers: []string{"Anja Berg"}},
	{class: "tech4/app named like a person, founder and a regulator",
		text: "Dating App Milo Fined\n\n" +
			"The dating app Milo has been fined 2 million crowns for keeping users' data after they deleted their accounts.\n\n" +
			"The Tannland Data Protection Office said the company had broken the law for three years. Milo's founder, Karin Vass, said the company would appeal.\n\n" +
			"Milo says on its website that it “deletes your data the moment you leave.”",
		speakers: []string{"Karin Vass", "Milo", "Tannland Data Protection Office"}},
	{class: "council4/US-style council, public comment, council member",
		text: "Council Delays Vote on Short-Term Rentals\n\n" +
			"The Harbor City Council delayed a vote on Tuesday on limits to short-term rentals after three hours of public comment.\n\n" +
			"Council member Dana Reyes said she wanted more time to hear from landlords. Resident Joe Kim told the council that his street had “become a hotel.”\n\n" +
			"Alderman Frank Odell said the council would vote in two weeks.",
		speakers: []string{"Dana Reyes", "Frank Odell", "Joe Kim"}},
	{class: "council4/county board, supervisor, sheriff's office",
		text: "Board Approves Jail Budget\n\n" +
			"The Greyhill County Board of Supervisors approved a 12 million dollar jail budget on Monday by a 3-2 vote.\n\n" +
			"Supervisor Ann Tate, who voted against it, said the money should go to mental health services. The sheriff's office said the jail was 40 percent over capacity.",
		speakers: []string{"Ann Tate"}},
}

// n6PlaceShapeRows give bodies whose names are shaped like places'
// ("Harbour Lights", "North Quay", "Bay Ridge") an apposition that says
// what they are, then a description as the speaker: the body speaks.
// Near misses: a town's and a beach's appositions, a known country.
func n6PlaceShapeRows() []auditRow {
	bodies := []struct{ name, appos, head string }{
		{"Harbour Lights", "a band from Lissby", "band"},
		{"North Quay", "a charity that restores old boats", "charity"},
		{"Bay Ridge", "a startup in Brask", "startup"},
		{"Kessel Heights", "a housing charity", "charity"},
	}
	var rows []auditRow
	for _, b := range bodies {
		rows = append(rows, auditRow{class: "placeshape/" + b.head + ", " + b.name,
			text:     fmt.Sprintf("%s, %s, has closed its office in Marrow.\n\nThe %s said in a statement that it would move online.", b.name, b.appos, b.head),
			speakers: []string{b.name}})
	}
	rows = append(rows,
		auditRow{class: "placeshape/near miss, a town's apposition",
			text:     "Lissby, a town of 4,000 people, has lost its bank.\n\nMayor Greta Holm said the town had been abandoned.",
			speakers: []string{"Greta Holm"}},
		auditRow{class: "placeshape/near miss, a beach",
			text:     "Kessel Bay, a popular beach, was closed on Sunday.\n\nThe coastguard said the water was unsafe.",
			speakers: []string{}},
	)
	return rows
}

// n6Batch5 is a fifth table of whole articles in the five genres,
// written whole after every fix above and run once: quotes before their
// cues, "according to the club", a spokesperson who would not be named,
// a council's authority, a festival, a product recall, a will.
var n6Batch5 = []auditRow{
	{class: "sport5/according to the club, quote first, captain",
		text: "Lindahl Signs New Deal\n\n" +
			"Tarrow Harriers captain Bo Lindahl has signed a contract that keeps him at the club until 2029, according to the club.\n\n" +
			"“This is my home,” Lindahl said. “I never wanted to be anywhere else.”\n\n" +
			"Harriers coach Britt Nygaard called it “the best news of the summer.”",
		speakers: []string{"Bo Lindahl", "Britt Nygaard", "Tarrow Harriers"}},
	{class: "sport5/cycling race, team and rider, organisers",
		text: "Crash Ends Holm's Tour Hopes\n\n" +
			"Sigrid Holm of Team Nordvik broke her collarbone in a crash on the fifth stage of the Tour of Tannland on Wednesday.\n\n" +
			"Team Nordvik said she would have surgery in Brask on Thursday. Race organisers said the crash had been caused by a spectator.\n\n" +
			"Stage winner Ana Ruiz said the peloton had been “shocked and sad.”",
		speakers: []string{"Ana Ruiz", "Team Nordvik"}},
	{class: "obit5/survived by, church statement, neighbour",
		text: "Lissby Mourns Ferry Captain\n\n" +
			"Hans Ostby, who captained the Lissby ferry for 38 years, has died aged 90. He is survived by his wife, Ruth, and four children.\n\n" +
			"“He knew every rock in the sound,” said his neighbour, Per Lunde. Lissby Parish Church said his funeral would be held on Friday.",
		speakers: []string{"Lissby Parish Church", "Per Lunde"}},
	{class: "review5/festival line-up, director and headliner",
		text: "Harbour Festival Announces Line-Up\n\n" +
			"Copperline and Velvet Ash will headline this year's Harbour Festival in Tarrow, organisers announced on Tuesday.\n\n" +
			"Festival director Lotte Brink said 30,000 tickets had been sold in the first hour. “We have never seen demand like it,” she said.\n\n" +
			"Velvet Ash said on social media that the festival was “where it all began” for the band.",
		speakers: []string{"Lotte Brink", "Velvet Ash"}},
	{class: "tech5/product recall, unnamed spokesperson, safety agency",
		text: "Hexa Home Recalls Heaters\n\n" +
			"Hexa Home is recalling 40,000 portable heaters after reports of them overheating.\n\n" +
			"A company spokesperson, who asked not to be named, said no one had been hurt. The Tannland Product Safety Agency said owners should stop using the heaters at once.",
		speakers: []string{"Hexa Home", "Tannland Product Safety Agency"}},
	{class: "council5/the authority, a councillor's motion, a union",
		text: "Harbour Authority Raises Mooring Fees\n\n" +
			"The Tarrow Harbour Authority will raise mooring fees by 15 percent from May.\n\n" +
			"The authority said the money would pay for dredging. Councillor Mona Strand said she would table a motion asking it to reconsider.\n\n" +
			"The Fishermen's Union said small boats would be hit hardest.",
		speakers: []string{"Fishermen's Union", "Mona Strand", "Tarrow Harbour Authority"}},
	{class: "council5/a will and a bequest, the council accepts",
		text: "Woman Leaves Park to Town\n\n" +
			"A retired teacher, Agnes Dahl, has left her four-acre garden to Lissby in her will, on the condition that it becomes a public park.\n\n" +
			"Lissby Parish Council said it had accepted the gift with “great gratitude.” Her will says the park must be open “from dawn until dusk, every day.”",
		speakers: []string{"Agnes Dahl", "Lissby Parish Council"}},
}

// n6UntilRows give "said" a reported clause whose subject holds "until"
// and a date ("every performance until March had sold out"): the clause
// and its speaker are found. Near misses: a verb that takes an object,
// then a clause of time ("promised protests every week until Velmar
// joined"), and "until" after the clause's verb.
func n6UntilRows() []auditRow {
	subjects := []string{"every performance until March", "all flights until Friday", "the matches until June", "each show until Sunday"}
	preds := []string{"had sold out", "would be cancelled"}
	var rows []auditRow
	for _, sub := range subjects {
		for _, p := range preds {
			c := sub + " " + p
			rows = append(rows, auditRow{class: "until/" + c,
				text: "The Harbour Theatre Company said " + c + ".",
				want: []quote{{"Harbour Theatre Company", auI, c}}, speakers: []string{"Harbour Theatre Company"}})
		}
	}
	rows = append(rows,
		auditRow{class: "until/near miss, an object then a clause of time",
			text:     "Union leader Ola Brisk promised protests every week until Velmar joined the agreement.",
			speakers: []string{}},
		auditRow{class: "until/near miss, until after the verb",
			text: "Ilse Marr said the theatre would stay closed until March.",
			want: []quote{{"Ilse Marr", auI, "the theatre would stay closed until March"}}, speakers: []string{"Ilse Marr"}},
	)
	return rows
}

// n6Batch6 is a sixth table of whole articles in the five genres,
// written whole after every fix above and run once.
var n6Batch6 = []auditRow{
	{class: "sport6/rugby, two coaches by surname, a referee's body",
		text: "Kessel Rugby Club Beat Brask\n\n" +
			"Kessel Rugby Club beat Brask Wolves 24-17 on Saturday in front of 6,000 at the Old Mill Ground.\n\n" +
			"Kessel coach Ivar Stenmark said his forwards had “won the game in the scrum.” Brask coach Luka Petrov said: “We gave away too many penalties.”\n\n" +
			"The Tannland Referees' Society said it would review a disallowed try.",
		speakers: []string{"Ivar Stenmark", "Luka Petrov", "Tannland Referees' Society"}},
	{class: "obit6/a chef, her restaurant's post, a critic",
		text: "Chef Mika Sorensen Dies at 59\n\n" +
			"Mika Sorensen, whose restaurant Salt brought crowds to Lissby, has died of cancer.\n\n" +
			"Salt said in a post that the kitchen would close for a week. Food critic Jonas Lind said Sorensen had “taught Tannland to love fish again.”\n\n" +
			"“Cook what the boat brings,” she told a reporter in 2019.",
		speakers: []string{"Jonas Lind", "Mika Sorensen", "Salt"}},
	{class: "review6/a musical, composer and a producer's company",
		text: "Harbour Kings: The Musical Opens\n\n" +
			"“Harbour Kings”, a musical about the dock strike of 1921, opened at the Marrow Playhouse on Friday.\n\n" +
			"Composer Tove Rask said she had based the songs on the dockers' own work chants. The producers, Northlight Theatricals, said the run had been extended to August.",
		speakers: []string{"Northlight Theatricals", "Tove Rask"}},
	{class: "tech6/a startup's chief technology officer, a rival, an app update",
		text: "Kestrel Pay Adds Instant Transfers\n\n" +
			"Kestrel Pay will let users send money instantly between banks from Monday, its chief technology officer, Amir Haddad, said.\n\n" +
			"The update also shows a warning when a payment looks like a scam. Rival Coinline said it had offered instant transfers since 2024.",
		speakers: []string{"Amir Haddad", "Coinline"}},
	{class: "council6/a mayor's veto, a council president, an advocacy group",
		text: "Mayor Vetoes Rent Cap\n\n" +
			"Harbor City Mayor Lena Ortiz vetoed a cap on rent rises on Thursday, two weeks after the council passed it.\n\n" +
			"Ortiz said the cap would “freeze building in this city.” Council President Sam Adeyemi said the council would try to override the veto.\n\n" +
			"Tenants United, a renters' group, called the veto “a gift to landlords.”",
		speakers: []string{"Lena Ortiz", "Sam Adeyemi", "Tenants United"}},
}
