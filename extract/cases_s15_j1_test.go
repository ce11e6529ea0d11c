package extract_test

import (
	"strings"
	"testing"
)

// Session 15, helper j1: the older real page dev sets (dev-a to dev-i).
// The classes of their misses general to news writing that this file
// probes, with invented people, bodies and places:
//
// docauthor: a body's report cited by its own noun after a sentence that
// names its author in a shape docAuthor did not read: a participle
// between the noun and "by" ("a new report released on Monday by the
// Harlow Centre on Poverty"), or the author's name before the noun ("A
// 2021 Brennick Analytics report on housing"), then "The report
// concluded that", "As the report states: “...”".
//
// particle: a surname with a lower-case particle ("Luis de Miranda",
// "Anneke van der Berg") capitalised when it opens a sentence ("De
// Miranda notes that", "Van der Berg said").
//
// FIRST PASS (whole table written first and run once before any fix):
// 45/69 (0.65): docauthor 16/34, particle 29/35.
//
// The particle rows show the particle is no problem: "De Miranda notes
// that", "Van der Berg said" pass. The six that fail fail on the verb:
// "X beautifully evokes the old port in his introduction: “...”" where a
// verb the lexicon lacks ends in "-s" ("evokes"), so the name and the
// verb read as one noun phrase and the colon has no subject.
//
// Fix 1 (docauthor): docAuthor reads the author of a document cited by
// its subject in two more shapes, after a participle of publishing and
// perhaps a time ("a report released on Monday by", docByAt) and named
// before the noun ("A new Tarvane Housing Council report",
// docAuthorBefore; docCitedAt steps back over that name to the
// article), and a sentence opening with "But" or "And" before it; the
// same document named again with "the" ("As the report states: ...")
// no longer hides its author from the mentions after it
// (docNamedAgain); "analytics" and "consulting" are company words.
// docauthor 16/34 -> 31/34, near misses all pass.
//
// Batch 2 (docshape: the author's name in the shapes real pages give:
// a possessive centre, a link, a firm of one word), written after fix 1
// and run once: 6/12 (the one-word firm fails: "a report by Varnholt" may
// be a paper's, as "a report by Bloomberg" is, so reportsAsOutlet keeps
// it nobody's; left known).
//
// Figures of fix 1: dev-a F1 0.966 -> 0.974, attribution 0.951 ->
// 0.967; no other set moved.
//
// Batch 3, compare (j1CompareRows: a person named only as an example or
// a comparison, "such writers as Otto Kemp and Hans Lorber", "artists
// like", "the likes of", "compared with that of", "in the tradition
// of", then "“...,” he writes." after the story's subject), written
// whole and run once before its fix: 4/23 (the near misses but one:
// "Like Otto Kemp, Ivo Brandt grew up in Tarrow. “...,” he said." went
// to Kemp). Fix 2: such a mention of one who has not spoken ranks last
// among a pronoun's candidates (comparisonMention): compare 4/23 ->
// 23/23. dev-f speaker F1 0.933 -> 0.940, attribution 0.951 -> 0.960;
// pages heldout-d total F1 0.847 -> 0.855, attribution 0.893 -> 0.909;
// no other set moved.
//
// Batch 4, ahead (j1AheadRows: deep in a story "The head of the hotel
// federation in Tarrow said on Saturday that ..." and then "“...,” Ida
// Marsh said." naming her for the first time), written whole and run
// once before its fix: 4/17 (the near misses; one near miss wanted a
// body for "a spokesman for the hotel federation" in lower case, a
// slip of the table: corrected to nobody, as the engine had it). Fix 3:
// below the lead, an office described with "the ... of" and no name
// gives its cue to the person the next cue (in its paragraph or the
// next, none between) names for the first time, with no role or aside
// of their own (newNameAfterOffice, officeHead): ahead 4/17 -> 17/17.
// dev-f attribution 0.960 -> 0.964; no other set moved.
//
// Batch 5, esverb (j1EsVerbRows: the particle rows' real mechanism, a
// name, a present verb the lexicon lacks ending in "-s", perhaps after
// an adverb in "-ly", its object and a colon before a quotation:
// "Marsh sketches her childhood by the sea: “...”"), written whole and
// run once before its fix: 3/45 (the near misses). Fix 4: such a word
// followed by an article or a possessive ends the name's noun phrase
// (presentVerbAfterName in npForward) and makes the name a subject
// (presentVerbAt in subjectAt): esverb 3/45 -> 45/45, particle 29/35 ->
// 35/35. dev-c attribution 0.953 -> 0.969; no other set moved.
//
// Batch 6, with (j1WithRows: "with Ida Marsh saying A and the council
// firing back that B", two speakers in absolute phrases), written whole
// and run once before its fix: 2/15 (the near misses but one, whose
// wanted span was a slip of the table: "said A and the council agreed
// that B" is read whole, as before, and the row now wants that). Fix 5:
// the first speaker's words end at an "and" before a speaker and a
// speech participle with "that" (absoluteCueAfter in clauseEnd); that
// second phrase's subject may be a body's description ("the Ostrelian
// government", withParticipleSubject, secondWithSubject keeps its
// participle from reading as a gerund); "countering" is a form of
// "counter"; and a pronoun subject then a verb the lexicon knows opens a
// clause whose past has no "-ed" ("fired back that it built ...",
// clauseVerbSoon). The rows for the description and the irregular past
// were added after the first half of the fix, when dev-b showed them:
// with 2/15 -> 23/23. dev-b speaker F1 0.954 -> 0.960, attribution
// 0.964 -> 0.968 (the first half alone cost its recall 0.957 -> 0.953,
// the overlong span that had covered both speakers' words); no other
// set moved.
//
// Batch 7, docnoun (j1DocNounRows: "A Tarrow Council readout said that
// ...", "According to a Tarrow Council memorandum, ..."), written whole
// and run once before any fix: 1/16 (the near miss). Adding the five
// nouns to docWords and issuedBySpeaker passed 16/21 (the five rows
// across a paragraph are known by design: doc-crossed) but cost
// FeedGold speaker F1 0.937 -> 0.931; readout and memorandum alone
// moved no set, so nothing is kept and the rows stay known (docnoun).
//
// Batch 8, habit (j1HabitRows: "Economists like to say that ...", "Marsh
// loves to point out that ...", "is fond of saying that ...", "never
// tires of saying that ..."), written whole and run once before its
// fix: 5/17 ("is quick to say" and the near misses). Fix 6: a verb of
// liking ("like", "love" join likeForms) then "to" and a speech verb
// with "that" reports its clause, as it did only in an aside ("as Marsh
// likes to say"); "fond of" and "tire(s) of" before a speech participle
// with "that" are like "in spite of" (speechAfterPrep): habit 5/17 ->
// 17/17. dev-h recall 0.896 -> 0.900, attribution 0.899 -> 0.900; dev-m
// recall 0.960 -> 0.964; no other set moved.

// Mechanisms of the rows left failing.
const (
	j1DocNoun     = "docnoun: \"readout\", \"memorandum\", \"dossier\", \"newsletter\", \"directive\" are no document nouns: adding readout and memorandum to docWords and issuedBySpeaker passed these rows but moved no set (dev-g's \"a White House call readout said\" has a noun between the body and the document), and adding the other three cost FeedGold speaker F1 0.937 -> 0.931, so none is kept"
	j1DocCrossed  = "doc-crossed: \"The Tarrow Council issued a readout.\" then, a paragraph below, \"The readout said that ...\": issuerOf looks back past a paragraph only from a sentence a quotation opens, for \"statement\" as well; by design"
	j1ShortName   = "short-name: a body's name cut short before the noun (\"A 2021 Harlow Centre report\" after \"the Harlow Centre on Poverty and Inequality\") is a body of its own"
	j1OneWordFirm = "one-word-firm: \"a report by Varnholt\", \"a 2020 Varnholt report\": a one-word name known by nothing else may be a paper's (\"a report by Bloomberg\"), so reportsAsOutlet leaves the report nobody's"
)

// j1Lead is a paragraph of filler so a row's sentences stand below the
// article's lead, where lead linking does not reach.
const j1Lead = "The weather in Tarrow stayed mild through the week.\n\nTraffic on the coast road was light on Sunday.\n\n"

// j1Authors are invented bodies that publish reports: the full name, and
// the name as it stands before the noun ("a 2021 Brennick Analytics
// report").
var j1Authors = []struct{ full, pre string }{
	{"Brennick Analytics", "Brennick Analytics"},
	{"Harlow Centre on Poverty and Inequality", "Harlow Centre"},
	{"Tarvane Housing Council", "Tarvane Housing Council"},
	{"Orsay Partners", "Orsay Partners"},
}

func j1DocAuthorRows() []auditRow {
	var rows []auditRow
	const said = "rents in the region rose by a fifth"
	for _, a := range j1Authors {
		by := "the " + a.full
		if a.full == "Brennick Analytics" || a.full == "Orsay Partners" {
			by = a.full
		}
		frames := []struct {
			frame, text string
			want        []quote
		}{
			{"released by, then the report concluded",
				"But a new report released on Monday by " + by + " calls that into question.\n\nThe report concluded that " + said + ".",
				[]quote{{a.full, auI, said}}},
			{"published by, then the study found",
				"A study published last week by " + by + " looks at rents in Tarrow.\n\nThe study found that " + said + ".",
				[]quote{{a.full, auI, said}}},
			{"released by, as the report states",
				"A report released on Tuesday by " + by + " looks at rents in Tarrow.\n\nAs the report states: “Rents in the region rose by a fifth.”",
				[]quote{{a.full, auD, "Rents in the region rose by a fifth."}}},
			{"released by, found that in the sentence",
				"A report released on Monday by " + by + " found that " + said + ".",
				[]quote{{a.full, auI, said}}},
			{"author before noun, saying that",
				"A 2021 " + a.pre + " report on housing made for grim reading, saying that " + said + ".",
				[]quote{{a.full, auI, said}}},
			{"author before noun, then the report said",
				"A new " + a.pre + " report looks at rents in Tarrow.\n\nThe report said " + said + ".",
				[]quote{{a.full, auI, said}}},
			{"author before noun, found that",
				"A 2021 " + a.pre + " survey found that " + said + ".",
				[]quote{{a.full, auI, said}}},
		}
		for _, f := range frames {
			text := j1Lead + f.text
			if a.pre != a.full {
				// The short name only stands before the noun when the
				// full name came first.
				text = j1Lead + "The " + a.full + " studies housing in the north.\n\n" + f.text
			}
			row := auditRow{class: "docauthor/" + f.frame + ": " + a.full, text: text, want: f.want}
			if a.pre != a.full && strings.HasPrefix(f.frame, "author before") {
				row.known = j1ShortName
			}
			rows = append(rows, row)
		}
	}
	rows = append(rows,
		auditRow{class: "docauthor/near miss, released on a day with no author",
			text: j1Lead + "A report released on Monday in Tarrow looks at rents.\n\nThe report concluded that rents rose by a fifth.",
			want: []quote{{"", auI, "rents rose by a fifth"}}},
		auditRow{class: "docauthor/near miss, a place before the noun",
			text: j1Lead + "A 2021 Tarrow report on housing made for grim reading, saying that rents rose by a fifth.",
			want: []quote{{"", auI, "rents rose by a fifth"}}},
		auditRow{class: "docauthor/near miss, a paper's report",
			text: j1Lead + "A report published on Monday by the Tarrow Gazette looks at rents.\n\nThe report found that rents rose by a fifth.",
			want: []quote{{"", auI, "rents rose by a fifth"}}},
		auditRow{class: "docauthor/near miss, a person's report",
			text: j1Lead + "A report published on Monday by the reporter Ida Marsh looks at rents.\n\nThe report found that rents rose by a fifth.",
			want: []quote{{"", auI, "rents rose by a fifth"}}},
		auditRow{class: "docauthor/near miss, another report between",
			text: j1Lead + "A report released on Monday by Brennick Analytics looks at rents.\n\nA second report, by students, came out on Friday.\n\nThe report found that rents rose by a fifth.",
			want: []quote{{"", auI, "rents rose by a fifth"}}},
		auditRow{class: "docauthor/near miss, the body speaks itself",
			text: j1Lead + "A report released on Monday by Brennick Analytics looks at rents.\n\nThe mayor, Tomas Brenn, said that rents rose by a fifth.",
			want: []quote{{"Tomas Brenn", auI, "rents rose by a fifth"}}},
	)
	return rows
}

// j1Particles are invented people whose surname has a lower-case
// particle: the full name and the surname as it opens a sentence.
var j1Particles = []struct{ full, cap, mid string }{
	{"Luis de Miranda", "De Miranda", "de Miranda"},
	{"Anneke van der Berg", "Van der Berg", "van der Berg"},
	{"Karl von Alten", "Von Alten", "von Alten"},
	{"Rosa da Cunha", "Da Cunha", "da Cunha"},
	{"Marco di Stefano", "Di Stefano", "di Stefano"},
	{"Pieter van Lo", "Van Lo", "van Lo"},
}

func j1ParticleRows() []auditRow {
	var rows []auditRow
	for _, p := range j1Particles {
		intro := j1Lead + p.full + " is a historian who has written about the old port of Tarrow.\n\n"
		frames := []struct {
			frame, text string
			want        []quote
		}{
			{"opens, notes that", p.cap + " notes that the harbour lights were first lit in 1912.",
				[]quote{{p.full, auI, "the harbour lights were first lit in 1912"}}},
			{"opens, said", p.cap + " said the harbour lights were first lit in 1912.",
				[]quote{{p.full, auI, "the harbour lights were first lit in 1912"}}},
			{"opens, adverb and colon", p.cap + " beautifully evokes the old port in his introduction: “The lights were a kind of message in a bottle.”",
				[]quote{{p.full, auD, "The lights were a kind of message in a bottle."}}},
			{"after a quote, opens the cue", "“The lights were a kind of message in a bottle,” " + p.mid + " writes.",
				[]quote{{p.full, auD, "The lights were a kind of message in a bottle,"}}},
			{"opens, suggesting", p.cap + " looks back at the port, suggesting that the lights were a kind of message in a bottle.",
				[]quote{{p.full, auI, "the lights were a kind of message in a bottle"}}},
		}
		for _, f := range frames {
			rows = append(rows, auditRow{class: "particle/" + f.frame + ": " + p.full, text: intro + f.text, want: f.want,
				speakers: []string{p.full}})
		}
	}
	rows = append(rows,
		auditRow{class: "particle/near miss, a company named with De",
			text: j1Lead + "De Vries Holdings said that profits rose by a fifth.",
			want: []quote{{"De Vries Holdings", auI, "profits rose by a fifth"}}},
		auditRow{class: "particle/near miss, a first name Van",
			text: j1Lead + "Van Larsen, a farmer in Tarrow, said that the harvest was late.",
			want: []quote{{"Van Larsen", auI, "the harvest was late"}}},
		auditRow{class: "particle/near miss, van drivers",
			text: j1Lead + "Van drivers said that the coast road was closed.",
			want: []quote{{"", auI, "the coast road was closed"}}},
		auditRow{class: "particle/near miss, a lone capitalised surname",
			text: j1Lead + "Da Cunha, a historian in Tarrow, said that the harbour lights were first lit in 1912.",
			want: []quote{{"Da Cunha", auI, "the harbour lights were first lit in 1912"}}},
		auditRow{class: "particle/near miss, another person with the particle",
			text: j1Lead + "Luis de Miranda is a historian in Tarrow.\n\nElena de Souza said the harbour lights were first lit in 1912.",
			want: []quote{{"Elena de Souza", auI, "the harbour lights were first lit in 1912"}}},
	)
	return rows
}

// j1DocShapeRows is batch 2 of docauthor: the author's name in the
// shapes real pages give it: a university's centre with a possessive, a
// firm of one word known by nothing else, the name or the noun inside a
// link.
func j1DocShapeRows() []auditRow {
	const said = "rents in the region rose by a fifth"
	type shape struct{ name, intro, author string }
	shapes := []shape{
		{"possessive centre", "But a new report released on Monday by Tarrow University's Centre on Housing and Work calls that into question.", "Tarrow University's Centre on Housing and Work"},
		{"linked author", "But a new report released on Monday by [the Harlow Institute](http://example.org/harlow/) calls that into question.", "Harlow Institute"},
		{"one-word firm before the noun", "A [2020 Varnholt](http://example.org/varnholt/report) report on the housing sector made for grim reading.", "Varnholt"},
		{"one-word firm after by", "A report published last week by Varnholt looks at rents in Tarrow.", "Varnholt"},
	}
	follows := []struct {
		frame, text string
		want        quote
	}{
		{"the report concluded", "The report concluded that " + said + ".", quote{"", auI, said}},
		{"the report also suggested", "The report also suggested " + said + ".", quote{"", auI, said}},
		{"as the linked report states", "As the [report states](http://example.org/r): “Rents in the region rose by a fifth.”", quote{"", auD, "Rents in the region rose by a fifth."}},
		{"the report concluded after as the report states", "As the [report states](http://example.org/r): “Rents are high.”\n\nThe report concluded that " + said + ".", quote{"", auI, said}},
	}
	var rows []auditRow
	for _, sh := range shapes {
		for _, f := range follows {
			w := f.want
			w.speaker = sh.author
			row := auditRow{class: "docshape/" + sh.name + ", " + f.frame,
				text: j1Lead + sh.intro + "\n\nRents have been the talk of the town for a year.\n\n" + f.text, want: []quote{w}}
			if sh.author == "Varnholt" {
				row.known = j1OneWordFirm
			}
			rows = append(rows, row)
		}
	}
	return rows
}

// j1CompareRows is class compare: a person named only as an example or
// a comparison ("such writers as Otto Kemp", "directors like Otto
// Kemp", "Unlike Otto Kemp") is not whom a later "he" means when the
// story's subject is another.
func j1CompareRows() []auditRow {
	subjects := []struct{ name, pro, intro string }{
		{"Ivo Brandt", "he", "Ivo Brandt has written a memoir of his years in Tarrow."},
		{"Petra Lund", "she", "Petra Lund has written a memoir of her years in Tarrow."},
		{"Tomas Brenn", "he", "The film director Tomas Brenn has finished his third feature."},
	}
	others := map[string][2]string{"he": {"Otto Kemp", "Hans Lorber"}, "she": {"Greta Holm", "Alma Riis"}}
	frames := []struct{ frame, text string }{
		{"such nouns as A and B", "The book begins in the wry tone of such writers as A and B, describing a childhood by the sea."},
		{"nouns such as A", "The book owes much to writers such as A, describing a childhood by the sea."},
		{"nouns like A", "Critics have compared the work to that of artists like A."},
		{"the likes of A", "The book has drawn praise from the likes of A and B."},
		{"compared with A", "The work has been compared with that of A, another child of the coast."},
		{"in the tradition of A", "The book stands in the tradition of A, whose novels made the coast famous."},
	}
	var rows []auditRow
	for _, sb := range subjects {
		o := others[sb.pro]
		for _, f := range frames {
			mid := strings.ReplaceAll(strings.ReplaceAll(f.text, "A", o[0]), "B", o[1])
			text := j1Lead + sb.intro + "\n\n" + mid + "\n\n“We were poor but we were happy,” " + sb.pro + " writes."
			rows = append(rows, auditRow{class: "compare/" + f.frame + ": " + sb.name, text: text,
				want: []quote{{sb.name, auD, "We were poor but we were happy,"}}})
		}
	}
	rows = append(rows,
		auditRow{class: "compare/near miss, the compared one is the subject",
			text: j1Lead + "Ivo Brandt has written a memoir.\n\nOtto Kemp, like Ivo Brandt, grew up in Tarrow, and he has a book out too.\n\n“We were poor but we were happy,” he writes.",
			want: []quote{{"Otto Kemp", auD, "We were poor but we were happy,"}}},
		auditRow{class: "compare/near miss, like A opening, the subject after",
			text: j1Lead + "Like Otto Kemp, Ivo Brandt grew up in Tarrow.\n\n“We were poor but we were happy,” he said.",
			want: []quote{{"Ivo Brandt", auD, "We were poor but we were happy,"}}},
		auditRow{class: "compare/near miss, the example speaks by name",
			text: j1Lead + "Ivo Brandt has written a memoir.\n\nWriters such as Otto Kemp came to the launch.\n\n“We were poor but we were happy,” Kemp said.",
			want: []quote{{"Otto Kemp", auD, "We were poor but we were happy,"}}},
		auditRow{class: "compare/near miss, the example met and spoke",
			text: j1Lead + "Ivo Brandt has written a memoir.\n\nAt the launch, writers such as Otto Kemp praised it. “It is a fine book,” Kemp said.\n\n“We read it twice,” he added.",
			want: []quote{{"Otto Kemp", auD, "It is a fine book,"}, {"Otto Kemp", auD, "We read it twice,"}}},
		auditRow{class: "compare/near miss, a person met, not compared",
			text: j1Lead + "Ivo Brandt has written a memoir.\n\nHe met the poet Otto Kemp in Tarrow, and Kemp read it first.\n\n“It is a fine book,” he said.",
			want: []quote{{"Otto Kemp", auD, "It is a fine book,"}}},
	)
	return rows
}

// j1AheadRows is class ahead: deep in a story, an office described
// without a name speaks ("the head of the hotel federation in Tarrow
// said that ...") and the next cue names a new person for the first
// time, with nothing of their own to say who they are ("“...,” Ida
// Marsh said."): the office's words are that person's.
func j1AheadRows() []auditRow {
	const said = "mask rules in open spaces seemed redundant"
	descrs := []string{
		"the head of the hotel federation in Tarrow",
		"the chairman of the Tarrow growers' union",
		"the president of the fishermen's association",
		"the director of the harbour museum",
	}
	names := []string{"Ida Marsh", "Tomas Brenn"}
	frames := []struct{ frame, text string }{
		{"next paragraph, quote first", "D said on Saturday that " + said + ".\n\n“We do not understand why a guest would wear a mask outside,” N said."},
		{"same paragraph, quote first", "D said on Saturday that " + said + ". “We do not understand why a guest would wear a mask outside,” N said."},
		{"and opening, next paragraph", "And D said Saturday that " + said + ".\n\n“We do not understand why a guest would wear a mask outside,” N said."},
	}
	var rows []auditRow
	for i, dsc := range descrs {
		n := names[i%2]
		for _, f := range frames {
			text := strings.ReplaceAll(strings.ReplaceAll(f.text, "N", n), "D", dsc)
			text = strings.ToUpper(text[:1]) + text[1:]
			rows = append(rows, auditRow{class: "ahead/" + f.frame + ": " + dsc,
				text: j1Lead + "The harbour festival will go ahead in June.\n\n" + text,
				want: []quote{{n, auI, said}, {n, auD, "We do not understand why a guest would wear a mask outside,"}}})
		}
	}
	base := j1Lead + "The harbour festival will go ahead in June.\n\nThe head of the hotel federation in Tarrow said on Saturday that " + said + ".\n\n"
	rows = append(rows,
		auditRow{class: "ahead/near miss, the one named has a role of their own",
			text: base + "Ida Marsh, a grower in Tarrow, said she would sell her farm.",
			want: []quote{{"", auI, said}, {"Ida Marsh", auI, "she would sell her farm"}}},
		auditRow{class: "ahead/near miss, the one named was named before",
			text: j1Lead + "Ida Marsh runs a bakery on the quay.\n\nThe head of the hotel federation in Tarrow said on Saturday that " + said + ".\n\n“We do not understand why a guest would wear a mask outside,” Marsh said.",
			want: []quote{{"", auI, said}, {"Ida Marsh", auD, "We do not understand why a guest would wear a mask outside,"}}},
		auditRow{class: "ahead/near miss, a spokesman",
			text: j1Lead + "The harbour festival will go ahead in June.\n\nA spokesman for the hotel federation said on Saturday that " + said + ".\n\n“We do not understand why a guest would wear a mask outside,” Ida Marsh said.",
			want: []quote{{"", auI, said}, {"Ida Marsh", auD, "We do not understand why a guest would wear a mask outside,"}}},
		auditRow{class: "ahead/near miss, officials",
			text: j1Lead + "The harbour festival will go ahead in June.\n\nHotel officials said on Saturday that " + said + ".\n\n“We do not understand why a guest would wear a mask outside,” Ida Marsh said.",
			want: []quote{{"", auI, said}, {"Ida Marsh", auD, "We do not understand why a guest would wear a mask outside,"}}},
		auditRow{class: "ahead/near miss, another cue between",
			text: base + "The mayor, Lars Holm, said the rules would stay.\n\n“We do not understand why a guest would wear a mask outside,” Ida Marsh said.",
			want: []quote{{"", auI, said}, {"Lars Holm", auI, "the rules would stay"}, {"Ida Marsh", auD, "We do not understand why a guest would wear a mask outside,"}}},
	)
	return rows
}

// j1EsVerbRows is class esverb: a name, then a verb in the present the
// lexicon lacks ("evokes", "sketches", "paints"), perhaps after an
// adverb, then its object and a colon before a quotation: the name is
// the colon's subject.
func j1EsVerbRows() []auditRow {
	people := []struct{ full, short, pos string }{{"Ida Marsh", "Marsh", "her"}, {"Luis de Miranda", "De Miranda", "his"}}
	verbs := []string{"evokes", "sketches", "captures", "frames", "paints", "ponders", "revisits"}
	const q = "The lights were a kind of message in a bottle."
	var rows []auditRow
	for _, p := range people {
		intro := j1Lead + p.full + " is a historian who has written about the old port of Tarrow.\n\n"
		for _, v := range verbs {
			rows = append(rows,
				auditRow{class: "esverb/plain: " + v, text: intro + p.short + " " + v + " the old port in " + p.pos + " introduction: “" + q + "”",
					want: []quote{{p.full, auD, q}}},
				auditRow{class: "esverb/adverb: " + v, text: intro + p.short + " beautifully " + v + " the old port: “" + q + "”",
					want: []quote{{p.full, auD, q}}},
				auditRow{class: "esverb/possessive: " + v, text: intro + p.short + " " + v + " " + p.pos + " childhood by the sea: “" + q + "”",
					want: []quote{{p.full, auD, q}}},
			)
		}
	}
	rows = append(rows,
		auditRow{class: "esverb/near miss, a body's plural noun",
			text: j1Lead + "Ida Marsh is a historian.\n\nThe Tarrow docks the council built in 1912 are closed.\n\n“The lights were a kind of message in a bottle,” Marsh said.",
			want: []quote{{"Ida Marsh", auD, "The lights were a kind of message in a bottle,"}}},
		auditRow{class: "esverb/near miss, a place's plural before a colon",
			text: j1Lead + "Ida Marsh is a historian.\n\nOstby markets the day before the vote: “Prices are high.”",
			want: []quote{{"", auD, "Prices are high."}}},
		auditRow{class: "esverb/near miss, a known speech verb",
			text: j1Lead + "Ida Marsh is a historian.\n\nMarsh describes the old port: “" + q + "”",
			want: []quote{{"Ida Marsh", auD, q}}},
	)
	return rows
}

// j1WithRows is class with: two speakers set against each other in
// absolute phrases, "with Ida Marsh saying A and the council firing back
// that B": the first's words end before the second phrase, which is a
// cue of its own.
func j1WithRows() []auditRow {
	const a, b = "the harbour tax was too high", "it was fair"
	pairs := []struct{ first, second, secondWho string }{
		{"Ida Marsh", "the Tarrow Council", "Tarrow Council"},
		{"the Tarrow Council", "Ida Marsh", "Ida Marsh"},
		{"Ida Marsh", "Tomas Brenn", "Tomas Brenn"},
		{"Ida Marsh", "the Ostrelian government", "Ostrelian government"},
	}
	firstWho := map[string]string{"Ida Marsh": "Ida Marsh", "the Tarrow Council": "Tarrow Council"}
	verbs := []struct{ v1, v2 string }{
		{"saying", "firing back that"},
		{"claiming", "insisting that"},
		{"arguing that", "responding that"},
		{"saying", "countering that"},
	}
	var rows []auditRow
	for _, p := range pairs {
		for _, v := range verbs {
			text := j1Lead + "The harbour plan drew fire this week, with " + p.first + " " + v.v1 + " " + a + " and " + p.second + " " + v.v2 + " " + b + "."
			rows = append(rows, auditRow{class: "with/" + v.v1 + " and " + v.v2 + ": " + p.first,
				text: text, want: []quote{{firstWho[p.first], auI, a}, {p.secondWho, auI, b}}})
		}
	}
	rows = append(rows,
		auditRow{class: "with/irregular past after a retort: fired back",
			text: j1Lead + "Ida Marsh fired back that she built the hospital herself.",
			want: []quote{{"Ida Marsh", auI, "she built the hospital herself"}}},
		auditRow{class: "with/irregular past after a retort: hit back",
			text: j1Lead + "The Tarrow Council hit back that it paid for the quay in 1990.",
			want: []quote{{"Tarrow Council", auI, "it paid for the quay in 1990"}}},
		auditRow{class: "with/irregular past, second phrase",
			text: j1Lead + "The hospital became a political football, with Tarvia saying Ostrel built it to hide its bases and the Ostrelian government firing back that it built the hospital for the residents.",
			want: []quote{{"Tarvia", auI, "Ostrel built it to hide its bases"}, {"Ostrelian government", auI, "it built the hospital for the residents"}}},
		auditRow{class: "with/near miss, fired back that day",
			text: j1Lead + "Ida Marsh fired back that day at the council.",
			want: nil, exact: true},
		auditRow{class: "with/near miss, and a plain clause in the words",
			text: j1Lead + "The plan drew fire, with Ida Marsh saying the harbour tax was too high and the fees were unfair.",
			want: []quote{{"Ida Marsh", auI, "the harbour tax was too high and the fees were unfair"}}},
		auditRow{class: "with/near miss, and a gerund in the words",
			text: j1Lead + "The plan drew fire, with Ida Marsh saying the harbour tax was too high and the boats leaving the quay were too few.",
			want: []quote{{"Ida Marsh", auI, "the harbour tax was too high and the boats leaving the quay were too few"}}},
		auditRow{class: "with/near miss, a said clause",
			text: j1Lead + "Ida Marsh said the harbour tax was too high and the council agreed that it was unfair.",
			want: []quote{{"Ida Marsh", auI, "the harbour tax was too high and the council agreed that it was unfair"}}},
	)
	return rows
}

// j1DocNounRows is class docnoun: a body speaks through a document whose
// noun the lexicon lacked ("a Tarrow Council readout said", "the
// readout said", "per the readout").
func j1DocNounRows() []auditRow {
	const said = "the quay is unsafe"
	nouns := []string{"readout", "memorandum", "dossier", "newsletter", "directive"}
	var rows []auditRow
	for _, n := range nouns {
		rows = append(rows,
			auditRow{class: "docnoun/body before the noun: " + n,
				text: j1Lead + "A Tarrow Council " + n + " said that " + said + ".",
				want: []quote{{"Tarrow Council", auI, said}}},
			auditRow{class: "docnoun/issued, then the noun said: " + n,
				text: j1Lead + "The Tarrow Council issued a " + n + " on Monday.\n\nThe " + n + " said that " + said + ".",
				want: []quote{{"Tarrow Council", auI, said}}, known: j1DocCrossed},
			auditRow{class: "docnoun/issued, then the noun said, one paragraph: " + n,
				text: j1Lead + "The Tarrow Council issued a " + n + " on Monday. The " + n + " said that " + said + ".",
				want: []quote{{"Tarrow Council", auI, said}}},
			auditRow{class: "docnoun/according to the body's noun: " + n,
				text: j1Lead + "According to a Tarrow Council " + n + ", " + said + ".",
				want: []quote{{"Tarrow Council", auI, said}}},
		)
	}
	for i := range rows {
		if rows[i].known == "" {
			rows[i].known = j1DocNoun
		}
	}
	rows = append(rows,
		auditRow{class: "docnoun/near miss, a person's newsletter",
			text: j1Lead + "Ida Marsh writes a newsletter for the harbour club.\n\nShe said that " + said + ".",
			want: []quote{{"Ida Marsh", auI, said}}},
	)
	return rows
}

// j1HabitRows is class habit: a speaker's habit of saying something,
// "likes to say that", "is fond of saying that", "never tires of
// saying that", "loves to point out that": what they say is reported.
func j1HabitRows() []auditRow {
	const said = "the harbour tax is too complicated to change"
	subjects := []struct{ text, who string }{{"Ida Marsh", "Ida Marsh"}, {"Economists", ""}, {"The Tarrow Council", "Tarrow Council"}}
	frames := []struct{ frame, plural, singular string }{
		{"like to say", "like to say that", "likes to say that"},
		{"love to point out", "love to point out that", "loves to point out that"},
		{"are fond of saying", "are fond of saying that", "is fond of saying that"},
		{"never tire of saying", "never tire of saying that", "never tires of saying that"},
		{"are quick to say", "are quick to say that", "is quick to say that"},
	}
	var rows []auditRow
	for _, sb := range subjects {
		for _, f := range frames {
			v := f.singular
			if sb.who == "" {
				v = f.plural
			}
			rows = append(rows, auditRow{class: "habit/" + f.frame + ": " + sb.text,
				text: j1Lead + sb.text + " " + v + " " + said + ".", want: []quote{{sb.who, auI, said}}})
		}
	}
	rows = append(rows,
		auditRow{class: "habit/near miss, likes to sail",
			text: j1Lead + "Ida Marsh likes to sail that boat on Sundays.", exact: true},
		auditRow{class: "habit/near miss, fond of the harbour",
			text: j1Lead + "Ida Marsh is fond of saying goodbye at the quay.", exact: true},
	)
	return rows
}

func TestAuditS15J1(t *testing.T) {
	rows := append(j1DocAuthorRows(), j1ParticleRows()...)
	rows = append(rows, j1DocShapeRows()...)
	rows = append(rows, j1CompareRows()...)
	rows = append(rows, j1AheadRows()...)
	rows = append(rows, j1EsVerbRows()...)
	rows = append(rows, j1WithRows()...)
	rows = append(rows, j1DocNounRows()...)
	rows = append(rows, j1HabitRows()...)
	runAudit(t, "s15-j1", rows, *auditKnown)
}
