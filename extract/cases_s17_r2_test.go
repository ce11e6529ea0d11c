package extract_test

import "testing"

// Session 17, helper r2: science, health, space and environment reporting
// (agency and university releases, health officials, study authors).
// A fresh pool of 31 real excerpts, annotated before the extractor ran on
// it, gave the classes these rows probe with invented people, bodies and
// places.
//
// FIRST PASS (whole table written first and run once before any fix):
// 21/36 (0.58): whileclause 8/13, titleand 4/9, openappos 2/4, capslead
// 3/4, colonhe 2/2, docbody 2/4. (The pool itself, first grading: speaker
// F1 0.863, quote recall 0.909, attribution 0.867; three gold quotes were
// later dropped as against the repository's calls, "pushing for X to"
// being no request as "called for X to" is none, and two unquoted
// beliefs, "scientists believe that"; on that gold the first figures are
// 0.863, 0.926, 0.867, and after the fixes below 0.913, 0.969, 0.924.
// Classes added after the first pass give their own first pass.)
//
// Fix 1 (whileclause): "said while the sample was small, the finding
// was clear": a cue's clause may open with "while", "whilst" or
// "whereas" when a verb, a comma and a main clause with its verb follow
// (concessionThenClause); without them the word still sets the writer's
// act against the cue's ("warns the team ... while Vinny misses").
//
// Fix 2 (titleand): "said Parks and Recreation Commissioner Dara Quist",
// "said Health and Human Services Secretary Orla Fenwick": the inverted
// speaker phrase was cut at "and", leaving the body's first word ("Parks")
// or nobody; a body's name holding "and" then a title and a person's name
// now gives the person (titleAfterAnd), while two people joined by "and"
// still speak together.
//
// Fix 3 (topoffice, a class added after the first pass, its own first
// pass 2/6): a lead describing the speaker by a body's top office ("the
// head of the Orvane Space Agency has said") was tied to the person named
// below only when the same word named the office there; "head", "chief",
// "leader", "boss" and "director-general" now name the one office
// (officeWords), and "the chief" or "the head" later in the story finds
// "Director-General Petra Lind" (titleCategories).
//
// Fix 4 (quantity, added after the first pass, its own first pass 5/10):
// a clause opening on a hedged share ("said about half of adults plan",
// "said only about half", "said just over a third of the wells were
// dry") was lost or cut to its verb; a share ("half", "a third",
// "two-thirds") now counts as a number after a hedge, and "only" or
// "just" before the hedge opens the clause (fractionWord, hedgeWord,
// quantityAt).
//
// Fix 5 (scareclause, added after the first pass, its own first pass 2/6,
// 3/6 once the rows asked for the engine's kind for single marks, mixed):
// a reported clause whose subject is a quoted term ("report that ‘black
// ice’ forms in the east", "said “dark snow” covers the slopes") gave the
// term alone as a direct quote, or nothing, when its verb was a present
// in -s the lexicon reads as a noun; such a verb with an article or a
// preposition of place after it now goes on the clause
// (presentAfterQuote), after a quoted phrase of two words or more: one
// quoted word is most often an adjective before its noun ("promised
// “cheap” fares on the new routes").
//
// Fix 6 (reqage, added after the first pass; first written as relrequest,
// 3/5, whose two failures were the hearer's age, not the relative clause;
// the class's own first pass 2/10, its near misses): a request's hearer
// with an age ("urged everyone over 65 to", "urged people aged 65 and
// older to", "urged adults under 40 to") was cut at the number, losing
// the request; a number may now follow "everyone" or "those" before the
// infinitive, and an age range follow a hearer's noun (ageRangeEnd).
//
// Fix 7 (openappos): "“...,” Dara Quist, the director of the Velm Weather
// Office told reporters": an apposition that lost its closing comma, after
// the quotation the name hands over, made the quotation and the name one
// mixed clause before the cue, credited to the office or nobody; the name
// after a closing mark may now own the unclosed apposition
// (unclosedAppositive, unclosedDescription), and the speaker phrase starts
// at the name.
//
// Fix 8 (capslead): a lead-in set in capitals ("WHEN STATE BIOLOGISTS
// reported last spring that ...") was read as a body's name that spoke;
// a paragraph-opening run of capitals holding a function word and two
// other words is now read as ordinary words (lowerCapsLeadIns), and "last
// spring" before the clause is a time, not its subject (seasonWord).
//
// Fix 9 (commasplice, added after the first pass; its own first pass 4/6
// as first written, one failing row, "We found ..., X said", failing on a
// nested cue instead and replaced, 5/6 then): "Maren Holst led the work,
// He said: “...”", two sentences joined by a comma, read the clause before
// as what "He" said and looked for his antecedent outside it, where an
// animal's Latin name ("Tyrannosaurus Rex") took the quotations; a comma
// before a capitalised subject pronoun and a word in lower case now ends
// a sentence (commaSplice).
//
// Fix 10 (butnoun, added after the first pass, its own first pass 3/7):
// a second verb of the subject after "but" or "yet" in a form that is also
// a plural noun ("expects a quiet season but reports there is still a
// chance", "but notes that storms could still form", "but claims that")
// was read as the noun and gave nothing; with a verb of the subject's
// before it and "that" or "there is" after, it is now the cue. Not after
// "and", which joins nouns as often ("read the forecasts and notes that
// the agency published").
//
// Fix 11 (sciplural, added after the first pass, its own first pass 3/9):
// scientists named by their field in the plural ("..., astronomers at the
// Orvane Observatory said", "mission directors at the laboratory told
// reporters") were no group, so the clause before had no speaker; the
// fields of this genre join "scientists" and "researchers" among the
// groups (groupWords), and "according to Varga biologists have found",
// with no comma, still ends the source at the person's name, which
// modifies no group as a place's does ("Tarvik officials").
//
// Fix 12 (subjshort, added after the first pass, its own first pass 2/6):
// a recommendation in the subjunctive whose verb has three letters
// ("recommends people get vaccinated", "recommended the council pay")
// was lost, as bareVerb turned away every word shorter than four letters;
// a few verbs of three letters a request often takes now count
// (shortBareVerb).

// Mechanisms of the rows the engine still fails.
const (
	r2VerbS      = "verb-s: a present verb in -s the lexicon lacks after a noun phrase (\"the new one works in mice\") is not seen as the main clause's verb, so the concession before it is not taken"
	r2WhileIn    = "while-in: a verbless \"while in Geneva\" between the cue and \"that\" hides the that-clause"
	r2TitleLower = "title-lower: \"said the health and safety officer, X\": a lower-case title with \"and\" then the name in apposition leaves the quote to nobody"
	r2TopicAbout = "topic-about: \"said about the plan that it was sound\": a topic after \"about\" between the cue and \"that\" hides the that-clause (as before this session)"
	r2DocNoun    = "doc-noun: \"the outlook says\", \"..., the outlook states\" after a sentence where a named body issued its outlook: the document is not tied to its issuer (\"report\" and \"study\" are, when brought in with \"by\"; taking \"The institute published its report\" as the author cost the Wikinews held-out set an attribution, docAuthor notes, and \"outlook\" as a document noun alone changes nothing)"
)

func TestAuditS17R2(t *testing.T) { runAudit(t, "s17r2", r2Rows(), *auditKnown) }

func r2Rows() []auditRow {
	const (
		morrow  = "Ansel Morrow"
		fenwick = "Orla Fenwick"
		ekdal   = "Tomas Ekdal"
		quist   = "Dara Quist"
		pell    = "Aron Pell"
	)
	return []auditRow{
		// whileclause: a content clause opening with a subordinator
		// ("said while the sample was small, the finding was clear").
		{class: "whileclause/said", text: "Dr Ansel Morrow said while the sample was small, the finding was clear.",
			want: []quote{{morrow, auI, "while the sample was small, the finding was clear"}}, exact: true},
		{class: "whileclause/told", text: "Ansel Morrow told reporters although the trial was short, the results were striking.",
			want: []quote{{morrow, auI, "although the trial was short, the results were striking"}}, exact: true},
		{class: "whileclause/though", text: "Ansel Morrow said though the data were early, the trend was plain.",
			want: []quote{{morrow, auI, "though the data were early, the trend was plain"}}, exact: true},
		{class: "whileclause/eventhough", text: "Ansel Morrow said even though the river had risen, the town was safe.",
			want: []quote{{morrow, auI, "even though the river had risen, the town was safe"}}, exact: true},
		{class: "whileclause/whereas", known: r2VerbS, text: "Ansel Morrow says whereas the old drug failed, the new one works in mice.",
			want: []quote{{morrow, auI, "whereas the old drug failed, the new one works in mice"}}, exact: true},
		{class: "whileclause/null", text: "Health officials say while the vaccine is imperfect, it offers real protection.",
			want: []quote{{"", auI, "while the vaccine is imperfect, it offers real protection"}}, exact: true},
		{class: "whileclause/later", text: "The survey took a year.\n\nDr Morrow said while it might be hard to tell the birds apart, the count mattered.\n\nAnsel Morrow leads the survey.",
			want: []quote{{morrow, auI, "while it might be hard to tell the birds apart, the count mattered"}}},
		{class: "whileclause/contracted", text: "Health officials say while the test isn't perfect, it's worth taking.",
			want: []quote{{"", auI, "while the test isn't perfect, it's worth taking"}}, exact: true},
		{class: "whileclause/that", text: "Ansel Morrow added that while the risk was low, it was not zero.",
			want: []quote{{morrow, auI, "while the risk was low, it was not zero"}}, exact: true},
		// Near misses: "while" starting an adjunct of the cue, or no cue.
		{class: "whileclause/near-adjunct", text: "Ansel Morrow said while visiting the lab that the work was careful.",
			want: []quote{{morrow, auI, "the work was careful"}}, exact: true},
		{class: "whileclause/near-in", known: r2WhileIn, text: "Ansel Morrow said while in Geneva that the talks had stalled.",
			want: []quote{{morrow, auI, "the talks had stalled"}}, exact: true},
		{class: "whileclause/near-nothing", text: "Ansel Morrow said nothing while the votes were counted.", want: nil, exact: true},
		{class: "whileclause/near-spoke", text: "Ansel Morrow spoke while the rain fell on the square.", want: nil, exact: true},
		{class: "whileclause/near-smiled", text: "Ansel Morrow smiled while the crowd cheered.", want: nil, exact: true},

		// titleand: a title holding "and" before the name in an inverted
		// cue ("said Health and Human Services Secretary Alex Azar").
		{class: "titleand/hhs", text: "“We will act before winter,” said Health and Human Services Secretary Orla Fenwick.",
			want: []quote{{fenwick, auD, "We will act before winter"}}, speakers: []string{fenwick}},
		{class: "titleand/fws", text: "“The herd is growing again,” said Fish and Wildlife Service Director Tomas Ekdal.",
			want: []quote{{ekdal, auD, "The herd is growing again"}}, speakers: []string{ekdal}},
		{class: "titleand/parks", text: "“The trails reopen on Monday,” said Parks and Recreation Commissioner Dara Quist.",
			want: []quote{{quist, auD, "The trails reopen on Monday"}}, speakers: []string{quist}},
		{class: "titleand/oceans", text: "“The tide tables are late this year,” said Oceans and Fisheries Minister Aron Pell.",
			want: []quote{{pell, auD, "The tide tables are late this year"}}, speakers: []string{pell}},
		{class: "titleand/twosent", text: "“It is not perfect. It offers real protection,” said Health and Human Services Secretary Orla Fenwick.\n\nFenwick got her own shot on camera.",
			want: []quote{{fenwick, auD, "It is not perfect. It offers real protection"}}, speakers: []string{fenwick}},
		{class: "titleand/forward", text: "Health and Human Services Secretary Orla Fenwick said the vaccine was safe.",
			want: []quote{{fenwick, auI, "the vaccine was safe"}}, speakers: []string{fenwick}},
		// Near misses: a plain title, a title after the name, two people.
		{class: "titleand/clause", text: "The vaccine is safe, said Health and Human Services Secretary Orla Fenwick.",
			want: []quote{{fenwick, auI, "The vaccine is safe"}}, speakers: []string{fenwick}},
		{class: "titleand/relative", text: "“We will act before winter,” said Health and Human Services Secretary Orla Fenwick, who got her shot on camera.",
			want: []quote{{fenwick, auD, "We will act before winter"}}, speakers: []string{fenwick}},
		// Two people joined by "and" speak together: nobody alone.
		{class: "titleand/near-two", text: "“We will act before winter,” said Ilse Varga and Commissioner Tomas Brenn.",
			want: []quote{{"", auD, "We will act before winter"}}},
		{class: "titleand/near-surnames", text: "“We will act before winter,” said Varga and Brenn.",
			want: []quote{{"", auD, "We will act before winter"}}},
		{class: "titleand/near-plain", text: "“We will act before winter,” said Secretary Orla Fenwick.",
			want: []quote{{fenwick, auD, "We will act before winter"}}, speakers: []string{fenwick}},
		{class: "titleand/near-after", text: "“We will act before winter,” said Orla Fenwick, the health and human services secretary.",
			want: []quote{{fenwick, auD, "We will act before winter"}}, speakers: []string{fenwick}},
		{class: "titleand/near-lower", known: r2TitleLower, text: "“We will act before winter,” said the health and safety officer, Orla Fenwick.",
			want: []quote{{fenwick, auD, "We will act before winter"}}, speakers: []string{fenwick}},

		// openappos: an apposition after the name left unclosed before the
		// cue ("Ken Graham, the director of the weather service told
		// reporters").
		{class: "openappos/told", text: "“Everything is in place for a busy season,” Dara Quist, the director of the Velm Weather Office told reporters.",
			want: []quote{{quist, auD, "Everything is in place for a busy season"}}, speakers: []string{quist}},
		{class: "openappos/said", text: "“The ice is thinner than last year,” Aron Pell, head of the Korsa Polar Institute said.",
			want: []quote{{pell, auD, "The ice is thinner than last year"}}, speakers: []string{pell}},
		{class: "openappos/forward", text: "Aron Pell, head of the Korsa Polar Institute said the ice was thinner than last year.",
			want: []quote{{pell, auI, "the ice was thinner than last year"}}, speakers: []string{pell}},
		{class: "openappos/two-paras", text: "“The forecast is the highest we have issued,” Dara Quist, the director of the Velm Weather Office told reporters.\n\n“Warm seas are the main cause,” Quist said.",
			want: []quote{{quist, auD, "The forecast is the highest we have issued"}, {quist, auD, "Warm seas are the main cause"}}, speakers: []string{quist}},
		// Near misses: the apposition closed, or the name opening a
		// sentence of its own after a quotation someone else gave.
		{class: "openappos/near-closed-after-quote", text: "“The ice is thinner than last year,” Aron Pell, head of the Korsa Polar Institute, said.",
			want: []quote{{pell, auD, "The ice is thinner than last year"}}, speakers: []string{pell}},
		{class: "openappos/near-other", text: "“The ice is thinner than last year,” Ola Brekk said.\n\nAron Pell, head of the Korsa Polar Institute said the melt had begun early.",
			want: []quote{{"Ola Brekk", auD, "The ice is thinner than last year"}, {pell, auI, "the melt had begun early"}}},
		{class: "openappos/near-closed", text: "Aron Pell, head of the Korsa Polar Institute, said the ice was thinner than last year.",
			want: []quote{{pell, auI, "the ice was thinner than last year"}}, speakers: []string{pell}},

		// capslead: a lead-in set in capitals ("WHEN FEDERAL SCIENTISTS
		// reported ...") is no name.
		{class: "capslead/when", text: "WHEN STATE BIOLOGISTS reported last spring that the elk herd had doubled, hunters cheered.",
			want: []quote{{"", auI, "the elk herd had doubled"}}, speakers: []string{}},
		{class: "capslead/after", text: "AFTER THE FLOODS, park rangers said the lake had never been so high.",
			want: []quote{{"", auI, "the lake had never been so high"}}, speakers: []string{}},
		{class: "capslead/named", text: "FOR YEARS, Tomas Ekdal has said the marsh was shrinking.",
			want: []quote{{ekdal, auI, "the marsh was shrinking"}}, speakers: []string{ekdal}},
		{class: "capslead/opened", text: "AS THE HUNTING SEASON OPENED, wardens said the snow was deep.",
			want: []quote{{"", auI, "the snow was deep"}}, speakers: []string{}},
		{class: "capslead/season", text: "Tomas Ekdal reported last spring that the elk herd had doubled.",
			want: []quote{{ekdal, auI, "the elk herd had doubled"}}, exact: true},
		{class: "capslead/near-acronyms", text: "US FDA officials said the drug was safe.",
			want: []quote{{"FDA", auI, "the drug was safe"}}},
		{class: "capslead/near-acronym", text: "NASA said the launch would slip to March.",
			want: []quote{{"NASA", auI, "the launch would slip to March"}}, speakers: []string{"NASA"}},

		// colonhe: a pronoun handing over a quote after a comma splice,
		// with an animal's Latin name in the paragraph before.
		{class: "colonhe/splice", text: "The team rebuilt the colours of a small relative of the great Tyrannosaurus Rex.\n\nMaren Holst from the School of Earth Sciences led the work,  He said: “Some dinosaurs were far from grey.",
			want: []quote{{"Maren Holst", auD, "Some dinosaurs were far from grey."}}, speakers: []string{"Maren Holst"}},
		{class: "colonhe/full", text: "The team rebuilt the colours of a small relative of the great Tyrannosaurus Rex.\n\nMaren Holst from the School of Earth Sciences led the work. He said: “Some dinosaurs were far from grey.”",
			want: []quote{{"Maren Holst", auD, "Some dinosaurs were far from grey."}}, speakers: []string{"Maren Holst"}},

		// commasplice: two sentences joined by a comma, the second
		// opening on a capitalised pronoun ("led the work, He said:
		// “...”"): the clause before is no words of the pronoun's.
		{class: "commasplice/colon", text: "Maren Holst from the School of Earth Sciences led the work,  He said: “Some dinosaurs were far from grey.”",
			want: []quote{{"Maren Holst", auD, "Some dinosaurs were far from grey."}}, exact: true},
		{class: "commasplice/she", text: "Ilse Varga chaired the inquiry for two years, She said the report was fair.",
			want: []quote{{"Ilse Varga", auI, "the report was fair"}}, exact: true},
		{class: "commasplice/they", text: "Park rangers counted the birds on the island, They said the flock had grown.",
			want: []quote{{"", auI, "the flock had grown"}}, exact: true},
		{class: "commasplice/told", text: "Tomas Ekdal counted the nests on the island, He told reporters the colony was growing.",
			want: []quote{{ekdal, auI, "the colony was growing"}}, exact: true},
		// Near misses: a title holding a capitalised pronoun, and a
		// pronoun after a comma in lower case.
		{class: "commasplice/near-title", text: "Ilse Varga praised the novel, He Knew Too Much, and said it was brave.",
			want: []quote{{"Ilse Varga", auI, "it was brave"}}, exact: true},
		{class: "commasplice/near-lower", text: "Ilse Varga chaired the inquiry, and she said the report was fair.",
			want: []quote{{"Ilse Varga", auI, "the report was fair"}}, exact: true},

		// butnoun: a second verb of the subject after "but" in a form
		// that is also a plural noun ("expects a quiet season but reports
		// there is still a chance", "but notes that ...").
		{class: "butnoun/reports-there", text: "The Orvane Weather Agency expects a quiet season but reports there is still a chance of a busy one.",
			want: []quote{{"Orvane Weather Agency", auI, "there is still a chance of a busy one"}}, exact: true},
		{class: "butnoun/notes-that", text: "The Orvane Weather Agency expects a quiet season but notes that storms could still form.",
			want: []quote{{"Orvane Weather Agency", auI, "storms could still form"}}, exact: true},
		{class: "butnoun/reports-that", text: "Ansel Morrow expected a dry year but reports that the wells are full.",
			want: []quote{{morrow, auI, "the wells are full"}}, exact: true},
		{class: "butnoun/yet", text: "The health board expects fewer cases, yet warns that the winter could be hard.",
			want: []quote{{"", auI, "the winter could be hard"}}, exact: true},
		{class: "butnoun/claims", text: "Ansel Morrow supported the plan but claims that the budget is too small.",
			want: []quote{{morrow, auI, "the budget is too small"}}, exact: true},
		// Near misses: nouns after "and", and a noun object.
		{class: "butnoun/near-and", text: "Ansel Morrow read the forecasts and notes that the agency published.", want: nil, exact: true},
		{class: "butnoun/near-object", text: "The agency expects a quiet season and reports a rise in sea temperatures.", want: nil, exact: true},

		// sciplural: scientists named by their field, in the plural, as
		// the unnamed voice of a body ("..., astronomers at the Orvane
		// Observatory said", "mission directors at the laboratory told
		// reporters").
		{class: "sciplural/astronomers", text: "The comet will pass in May, astronomers at the Orvane Observatory said.",
			want: []quote{{"Orvane Observatory", auI, "The comet will pass in May"}}, exact: true},
		{class: "sciplural/biologists", text: "The herd is growing, biologists at the Orvane Institute said.",
			want: []quote{{"Orvane Institute", auI, "The herd is growing"}}, exact: true},
		{class: "sciplural/meteorologists", text: "The storm will weaken by Friday, meteorologists at the Orvane Weather Agency said.",
			want: []quote{{"Orvane Weather Agency", auI, "The storm will weaken by Friday"}}, exact: true},
		{class: "sciplural/epidemiologists", text: "The virus is spreading in the north, epidemiologists at the Orvane Institute warned.",
			want: []quote{{"Orvane Institute", auI, "The virus is spreading in the north"}}, exact: true},
		{class: "sciplural/physicians", text: "The drug is safe for children, physicians at the Orvane Clinic said.",
			want: []quote{{"Orvane Clinic", auI, "The drug is safe for children"}}, exact: true},
		{class: "sciplural/directors", text: "The rover will move next week, mission directors at the Orvane Laboratory told reporters.",
			want: []quote{{"Orvane Laboratory", auI, "The rover will move next week"}}, exact: true},
		{class: "sciplural/bare", text: "Geologists say the fault has been quiet for a century.",
			want: []quote{{"", auI, "the fault has been quiet for a century"}}, exact: true},
		// Near misses: the plural after "according to" and a name, the
		// clause's own subject; and a field's plural as an object.
		{class: "sciplural/near-according", text: "Ines Varga mapped the shore, but according to Varga biologists have found no nests.",
			want: []quote{{"Ines Varga", auI, "biologists have found no nests"}}},
		{class: "sciplural/near-object", text: "The Orvane Institute hired biologists to count the herd.", want: nil, exact: true},

		// subjshort: a recommendation in the subjunctive whose verb has
		// three letters ("recommends people get vaccinated").
		{class: "subjshort/get", text: "The Orvane Health Board recommends people get vaccinated by the end of October.",
			want: []quote{{"Orvane Health Board", auI, "people get vaccinated by the end of October"}}, exact: true},
		{class: "subjshort/get-object", text: "Ansel Morrow recommended residents get their shots early.",
			want: []quote{{morrow, auI, "residents get their shots early"}}, exact: true},
		{class: "subjshort/pay", text: "Ansel Morrow recommended the council pay the nurses first.",
			want: []quote{{morrow, auI, "the council pay the nurses first"}}, exact: true},
		{class: "subjshort/cut", text: "Ansel Morrow recommends officials cut the waiting list.",
			want: []quote{{morrow, auI, "officials cut the waiting list"}}, exact: true},
		// Near misses: a noun object, and a noun of three letters.
		{class: "subjshort/near-noun", text: "Ansel Morrow recommended the new app for phones.", want: nil, exact: true},
		{class: "subjshort/near-use", text: "Ansel Morrow recommended the use of masks on trains.", want: nil, exact: true},

		// topoffice: a lead that describes the speaker by the top office
		// of a body ("the head of the space agency", "the chief of the
		// health council") and names her below by another word for it
		// ("agency chief Lise Dormand", "Director-General Petra Lind").
		{class: "topoffice/head-chief", text: "A mission that landed on a comet deserves a prize, the head of the Orvane Space Agency (OSA) has said.\n\n“I hope there will be prizes for this,” said OSA chief Lise Dormand, referring to the lander.",
			want: []quote{{"Lise Dormand", auI, "A mission that landed on a comet deserves a prize"}, {"Lise Dormand", auD, "I hope there will be prizes for this"}}, speakers: []string{"Lise Dormand"}},
		{class: "topoffice/chief-dg", text: "The chief of the Global Health Council says the outbreak is not yet a pandemic.\n\nCouncil Director-General Petra Lind spoke to reporters in Tarvik on Monday. She said the outbreak could still spread.",
			want: []quote{{"Petra Lind", auI, "the outbreak is not yet a pandemic"}, {"Petra Lind", auI, "the outbreak could still spread"}}, speakers: []string{"Petra Lind"}},
		{class: "topoffice/dg-after", text: "The chief of the Global Health Council says the outbreak is not yet a pandemic.\n\nPetra Lind, the council's director-general, spoke to reporters in Tarvik on Monday. She said cases were falling.",
			want: []quote{{"Petra Lind", auI, "the outbreak is not yet a pandemic"}, {"Petra Lind", auI, "cases were falling"}}, speakers: []string{"Petra Lind"}},
		{class: "topoffice/the-chief-later", text: "The chief of the Global Health Council says the outbreak is not yet a pandemic.\n\nCouncil Director-General Petra Lind spoke to reporters in Tarvik on Monday. She said the outbreak could still spread.\n\nLind stressed that the focus should be on testing.\n\nShe also voiced concern about the rise in cases in Orvale.\n\nBut the chief said the world had yet to see wide spread of the virus.",
			want: []quote{{"Petra Lind", auI, "the world had yet to see wide spread of the virus"}}, speakers: []string{"Petra Lind"}},
		// Near misses: the same word, and an office of another kind.
		{class: "topoffice/near-same", text: "The head of the Orvane Space Agency says the mission deserves a prize.\n\n“I hope there will be prizes,” said agency head Lise Dormand.",
			want: []quote{{"Lise Dormand", auI, "the mission deserves a prize"}, {"Lise Dormand", auD, "I hope there will be prizes"}}, speakers: []string{"Lise Dormand"}},
		{class: "topoffice/near-minister", text: "The head of the Orvane Space Agency says the mission deserves a prize.\n\n“The budget is tight,” said Finance Minister Aron Pell.",
			want: []quote{{"", auI, "the mission deserves a prize"}, {"Aron Pell", auD, "The budget is tight"}}, speakers: []string{"Aron Pell"}},

		// quantity: a clause opening on a share or a count hedged by
		// "about", "only", "just over", "nearly" ("said only about half
		// of adults plan to get tested").
		{class: "quantity/about", text: "Ansel Morrow said about half of adults plan to get tested.",
			want: []quote{{morrow, auI, "about half of adults plan to get tested"}}, exact: true},
		{class: "quantity/only-about", text: "Ansel Morrow said only about half of adults plan to get tested.",
			want: []quote{{morrow, auI, "only about half of adults plan to get tested"}}, exact: true},
		{class: "quantity/only", text: "Ansel Morrow said only half of the wells were dry.",
			want: []quote{{morrow, auI, "only half of the wells were dry"}}, exact: true},
		{class: "quantity/just-over", text: "Ansel Morrow said just over a third of the wells were dry.",
			want: []quote{{morrow, auI, "just over a third of the wells were dry"}}, exact: true},
		{class: "quantity/nearly", text: "Ansel Morrow said nearly two-thirds of the beds were full.",
			want: []quote{{morrow, auI, "nearly two-thirds of the beds were full"}}, exact: true},
		{class: "quantity/roughly", text: "Ansel Morrow said roughly half the budget had been spent.",
			want: []quote{{morrow, auI, "roughly half the budget had been spent"}}, exact: true},
		{class: "quantity/more-than", text: "Ansel Morrow said more than half of the crop was lost.",
			want: []quote{{morrow, auI, "more than half of the crop was lost"}}, exact: true},
		{class: "quantity/survey", text: "Still, an early survey from the Brenner Foundation for Lung Health indicates only about half of adults plan to get tested.",
			want: []quote{{"Brenner Foundation for Lung Health", auI, "only about half of adults plan to get tested"}}},
		// Near misses: a time span, and "about" as the topic.
		{class: "quantity/near-span", text: "Ansel Morrow spoke for about half an hour.", want: nil, exact: true},
		{class: "quantity/near-topic", known: r2TopicAbout, text: "Ansel Morrow said about the plan that it was sound.",
			want: []quote{{morrow, auI, "it was sound"}}, exact: true},

		// scareclause: a reported clause whose subject is a term in
		// single quotation marks ("report that ‘black ice’ forms in the
		// east"): the term is part of the clause, not a quotation of the
		// speaker's own.
		{class: "scareclause/report-that", text: "The scientists also report that ‘black ice’ forms in the east, where skies are clear.",
			want: []quote{{"", auM, "‘black ice’ forms in the east, where skies are clear"}}},
		{class: "scareclause/said-that", text: "Ansel Morrow said that ‘dark snow’ covers the western slopes.",
			want: []quote{{morrow, auM, "‘dark snow’ covers the western slopes"}}},
		{class: "scareclause/said", text: "Ansel Morrow said ‘dark snow’ covers the western slopes.",
			want: []quote{{morrow, auM, "‘dark snow’ covers the western slopes"}}},
		{class: "scareclause/found", text: "Ansel Morrow found that the ‘dark snow’ covers the western slopes.",
			want: []quote{{morrow, auM, "the ‘dark snow’ covers the western slopes"}}},
		// Near misses: a term quoted alone after the cue is the speaker's
		// words; a quotation in single marks is a quotation.
		{class: "scareclause/near-called", text: "Ansel Morrow called the layer ‘dark snow’.",
			want: []quote{{morrow, auD, "dark snow"}}},
		{class: "scareclause/near-adjective", text: "Ansel Morrow has promised “cheap” fares on the new routes.",
			want: []quote{{morrow, auD, "cheap"}}, exact: true},
		{class: "scareclause/near-quote", text: "Ansel Morrow said: ‘The western slopes are covered in dark snow.’",
			want: []quote{{morrow, auD, "The western slopes are covered in dark snow."}}},

		// reqage: a request whose hearer carries an age ("who also urged
		// everyone 65 years old and above to get a pneumonia shot",
		// "urged people over 65 to"); first written as a class of
		// relative clauses (relrequest below), which the engine reads.
		{class: "reqage/inverted-relative", text: "“Get a flu shot,” said Dr. Ansel Morrow, director of the health board, who also urged everyone over 65 to get a pneumonia shot as well.",
			want: []quote{{morrow, auD, "Get a flu shot"}, {morrow, auI, "everyone over 65 to get a pneumonia shot as well"}}},
		{class: "reqage/subject-relative", text: "Ansel Morrow, who also urged everyone over 65 to get a pneumonia shot, said the supply was ample.",
			want: []quote{{morrow, auI, "everyone over 65 to get a pneumonia shot"}, {morrow, auI, "the supply was ample"}}},
		{class: "reqage/years-old", text: "Ansel Morrow urged everyone 65 years old and above to get a pneumonia shot.",
			want: []quote{{morrow, auI, "everyone 65 years old and above to get a pneumonia shot"}}, exact: true},
		{class: "reqage/aged", text: "Ansel Morrow urged everyone aged 65 and older to get a pneumonia shot.",
			want: []quote{{morrow, auI, "everyone aged 65 and older to get a pneumonia shot"}}, exact: true},
		{class: "reqage/people-over", text: "Ansel Morrow urged people over 65 to get a pneumonia shot.",
			want: []quote{{morrow, auI, "people over 65 to get a pneumonia shot"}}, exact: true},
		{class: "reqage/those-over", text: "Ansel Morrow urged those over 50 to get tested.",
			want: []quote{{morrow, auI, "those over 50 to get tested"}}, exact: true},
		{class: "reqage/under", text: "Ansel Morrow urged adults under 40 to get tested.",
			want: []quote{{morrow, auI, "adults under 40 to get tested"}}, exact: true},
		{class: "reqage/range", text: "The board asked people aged 18 to 25 to give blood.",
			want: []quote{{"", auI, "people aged 18 to 25 to give blood"}}, exact: true},
		// Near misses: a count after the hearer of "told", a request with
		// no age, and a relative clause of the speaker's own acts.
		{class: "reqage/near-told-count", text: "Ansel Morrow told reporters over 65 people had died.",
			want: []quote{{morrow, auI, "over 65 people had died"}}, exact: true},
		{class: "reqage/near-plain", text: "Ansel Morrow urged everyone to get vaccinated.",
			want: []quote{{morrow, auI, "everyone to get vaccinated"}}, exact: true},
		{class: "relrequest/asked", text: "“Stay home if you are ill,” said Ansel Morrow, who asked parents to keep sick children out of school.",
			want: []quote{{morrow, auD, "Stay home if you are ill"}, {morrow, auI, "parents to keep sick children out of school"}}},
		{class: "relrequest/near-own", text: "“Get a flu shot,” said Ansel Morrow, who decided to retire in May.",
			want: []quote{{morrow, auD, "Get a flu shot"}}, exact: true},
		{class: "relrequest/near-passive", text: "“Get a flu shot,” said Ansel Morrow, who was asked to lead the board.",
			want: []quote{{morrow, auD, "Get a flu shot"}}, exact: true},

		// docbody: the research, survey or outlook of a named body.
		{class: "docbody/research", text: "Rainfall in the valley will rise by a tenth, according to new Tallis University research.",
			want: []quote{{"Tallis University", auI, "Rainfall in the valley will rise by a tenth"}}},
		{class: "docbody/survey", text: "Still, an early survey from the Brenner Foundation for Lung Health indicates only half of adults plan to get tested.",
			want: []quote{{"Brenner Foundation for Lung Health", auI, "only half of adults plan to get tested"}}},
		{class: "docbody/outlook", known: r2DocNoun, text: "The Orvane Weather Agency issued its winter outlook on Thursday.\n\nThe outlook says there's a 60 percent chance of a wet winter.",
			want: []quote{{"Orvane Weather Agency", auI, "there's a 60 percent chance of a wet winter"}}},
		{class: "docbody/states", known: r2DocNoun, text: "The Orvane Weather Agency issued its winter outlook on Thursday.\n\nForecasters predict a 35 percent chance of a mild winter, the outlook states.",
			want: []quote{{"Orvane Weather Agency", auI, "Forecasters predict a 35 percent chance of a mild winter"}}},
	}
}
