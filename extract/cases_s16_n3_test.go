package extract_test

import (
	"strings"
	"testing"
)

// Session 16, helper n3: the HARD frames of reported (indirect) speech.
// Session 15's j3 audit found the plain frames ("X said (that) ...", the
// house style's cues) pass 101/101, while reported-speech recall on the
// Wikinews held-out part stays near 0.81: what fails is harder shapes.
// This table crosses three invented speakers (a person, a titled person,
// a body) with such shapes: a long subject before the cue, a cue inside
// the clause, several reported clauses in one sentence, reported speech
// carried into the next sentence by a mid-clause cue, reporting verbs
// beyond "said" in several tenses and voices, modals and negation
// ("would not say whether" is no quote: the dev gold leaves "did not
// say" and "would not say whether" out), the frames that place the
// speaker ("X's spokesman, Y, said", "was quoted as saying", "is
// reported to have said"), and passive hearsay that is not speech ("it
// is believed", "is said to be").
//
// FIRST PASS (engine at bbaaf57, each batch run once as written):
//   batch 1 (n3Rows, 240 rows, the hard frames the issue lists): 235/240
//   (0.98). long subject 14/14, mid-clause cue 20/20, several clauses
//   30/30, carried by a mid-clause pronoun cue 15/15, verbs beyond "said"
//   79/81, placing frames 40/40, negation near misses 18/18, modal 9/12,
//   hearsay near misses 10/10. The misses: "disputes that" and "disputed
//   on Monday <clause>" (2), "could confirm that" (3). The hard frames
//   of reported speech are solved as the plain ones were.
//   batch 2 (n3Rows2, 46 rows, the shapes of the dev part's misses):
//   32/46 (0.70). carry2 7/17: a report closing on "would" carried on by
//   the next sentence with no cue of its own ("X said in a statement, the
//   ferry would be repaired. Its crew would be paid in full ...", which
//   the dev gold counts as X's) found nothing (10/10 positives missed);
//   story 0/3 ("In a story X often told, ..."); "In finding that ..., the
//   court" (1). Six carry2 near misses were added with the fix.
//   batch 3 (n3Rows3, 120 rows: tenses, media, speech nouns, stance
//   verbs, clause openings, reported questions): 105/120 (0.88). The
//   misses: "gave assurances that", "X's view is that", "feared that",
//   "believes"/"thinks" with a bare clause (3 speakers each).
//   batch 4 (n3Rows4, 53 rows: the progressive, documents as subjects):
//   45/53 (0.85). "has been saying for months that" (3), "are now
//   saying"/"is now claiming" (3), a document's participle "showing
//   that" and "provided evidence that" (2).
//
//   batch 5 (n3Rows5, 40 rows, found by batch 4's "for months": how
//   long, how often or on what occasion, between the cue and its clause,
//   and near misses where "for" asks for a thing): 13/40 (0.33), the 7
//   near misses passing and 6 of 33 positives ("said several times that"
//   and "said ahead of the vote that" found with the phrase in the span).
//   batch 6 (n3Rows6, 78 rows as first written: words between the
//   speaker and the cue and between the cue and its clause): 69/78
//   (0.88). The misses: "said in reply to a question that", "said in a
//   video posted to social media on Sunday that", "X in March 2019 said"
//   (3 speakers each). Small fixes for all three passed every row and
//   moved no score set, so they were not kept (n3Neutral); six near
//   misses were added while they were tried.
//   batch 7 (n3Rows7, 96 rows as first written: where a reported clause
//   ends, through ", while", ", but", "; ", ", which", dashes and
//   parentheses): 90/96 (0.94). The misses: the clause cut at ";" (6),
//   fixed below; three near misses were added with the fix (a first
//   version, without the "according to" guard, cost Wikinews held-out
//   attribution 0.006 and was dropped).
//   batch 8 (n3Rows8, 69 rows: reported speech inside relative clauses,
//   speech nouns, "made it clear that", verbs with a hearer, a cue
//   inverted mid-clause, reported questions): 50/69 (0.72), after a table
//   error was fixed (the rel row said "which" of a person). The misses: a
//   speech noun as the sentence's subject (15), "said, after a meeting
//   ... that lasted four hours, that" (3), "the board, which has said
//   ..., closed" running on past the relative's comma (1, a neutral fix
//   not kept).
//   batch 9 (n3Rows9, 36 rows: reported clauses holding nested reports,
//   comma splices, asides, abbreviations with full stops, numbers,
//   lists): 30/36 (0.83) as first written, 33/36 after a table error was
//   fixed (a clause holding a quoted word is mixed, not indirect). The
//   miss: "according to" inside the clause (3).
//
// FIXED: carry2 (findCarriedReports, carryreport.go): 23/23, and 26/26
// with three rows added later ("according to", "told reporters", a noun
// that is also a verb after "the": "The work would take ..."); dur
// (durationEnd in skipForwardAdverbials, complement.go): 40/40, and batch
// 4's "has been saying for months" with it; span ";" (semicolonCarries in
// clauseEnd, clause.go): batch 7 99/99.

func TestAuditS16N3(t *testing.T) {
	runAudit(t, "n3", n3Mark(n3Rows()), false)
}

// n3Known gives the mechanism of each class of row the engine still
// fails, by the row's class; n3Mark marks those rows known.
var n3Known = map[string]string{
	"verb/disputes that, present":                  n3DisputeForms,
	"verb/disputed on a day, bare":                 n3DisputeForms,
	"modal/could confirm that":                     "modal-cue: a speech verb's base form after \"could\" reports nothing unless the chain is narrative (\"would later say\"); \"could confirm that\" is rare in reporting and \"could not confirm\" common, and the dev gold has neither",
	"story/in a story X often told":                "story-frame: \"In a story X often told, ...\" is no cue: a speech noun in an opening phrase with the speaker inside it; one dev quote, left",
	"part/in finding that, the court":              "finding-opener: an opening \"In finding that ..., the court\" gives the clause to nobody; one dev quote, left",
	"noun/gave assurances that":                    n3SpeechNoun,
	"noun/X's view is that":                        n3SpeechNoun,
	"stance/feared that":                           n3Mind,
	"stance/believes, bare":                        n3Mind,
	"stance/thinks, bare":                          n3Mind,
	"prog/are now saying, staff of a body":         n3Now,
	"prog/are now saying, unnamed":                 n3Now,
	"prog/is now claiming that":                    n3Now,
	"rel/X, which has argued that A, voted":        n3RelAux,
	"noun/X's warning that":                        n3NominalSubject,
	"noun/X's claim that":                          n3NominalSubject,
	"noun/the claim by X that":                     n3NominalSubject,
	"noun/X's announcement that":                   n3NominalSubject,
	"noun/X's admission that":                      n3NominalSubject,
	"since/far that":                               "aside-that: \"said, after a meeting with residents that lasted four hours, that ...\": the aside's own \"that\" is taken for the clause's, which then finds nothing; rare, left",
	"aside/according to inside":                    "according-inside: \"X said the wall, according to engineers, would ...\" gives the part after the aside to the engineers (nobody) and drops X's clause; the dev gold's nested reports are the outer speaker's. Rare, left",
	"after/said in reply to a question that":       n3Neutral,
	"after/said in a video posted on Sunday that":  n3Neutral,
	"before/X in March 2019 said":                  n3Neutral,
	"doc/X circulated a statement showing that":    n3DocPart,
	"doc/the survey provided evidence that (null)": n3DocPart,
}

// Mechanisms of the known failures, named once so the audit groups them.
const (
	n3DisputeForms   = "dispute-forms: \"dispute\" is a cue only as \"disputed that\": \"disputes\" is as often the plural noun (\"unresolved disputes that ...\"), and a bare clause after \"disputed\" as often its object"
	n3SpeechNoun     = "speech-noun: \"gave assurances that\" and \"X's view is that\" are no cues (\"assurances\" after a verb of giving, \"view\" before \"is that\"); rare in the dev gold, left"
	n3Mind           = "mind-verb: \"feared that\", \"believes\" and \"thinks\" with a bare clause report a state of mind, which the dev gold counts only now and then (\"While he believes ...\" is no quote there); left"
	n3Now            = "now-adverb: \"now\" between \"is\"/\"are\" and the -ing cue stops the speaker search (\"now\" is a function word, not an adverb, in the lexicon). Making it an adverb fixes these rows and finds a held-in page quote (FeedGold F1 0.937 -> 0.943, recall 0.968 -> 0.973; pages dev-b recall 0.960 -> 0.963) but the quote found is a described expert named later, given to nobody, so dev-b attribution falls 0.974 -> 0.971, over the 0.002 limit: left for the lead"
	n3Neutral        = "neutral-fix: \"in reply\" (the verb's form stops the phrase), \"to social media\" (read as an infinitive) and \"X in 2019 said\"/\"in March 2019\"/\"on 4 March\" (a number stops the step back over a time phrase) each have a small fix (skipForwardAdverbials, skipBackAdverbials) that passes these rows and moves no score set at all, so it was not kept: the rules keep a change only when the target set improves"
	n3RelAux         = "rel-aux: a relative clause set off by commas ends the report at its closing comma only when \"who\"/\"which\" stands right before the verb or before \"to\"/\"by\": \"the board, which has said the wall is unsafe, closed the quay\" runs on to \"closed the quay\" (\"who has said\" is caught by another rule). Stepping relativeOpening back over auxiliaries and adverbs passes the row and moves no score set, so it was not kept"
	n3NominalSubject = "nominal-subject: a speech noun owned by the speaker as the sentence's subject (\"X's claim that A was disputed\", \"The claim by X that A ...\") finds nothing: where the clause ends before the main verb is not found; as an object (\"disputed X's claim that A\") it is found. No dev Wikinews sentence has the shape outside a quotation; left"
	n3DocPart        = "doc-participle: a document's participle (\"a statement ... showing that\") or \"provided evidence that\" is no cue; business-page shapes, left"
)

func n3Mark(rows []auditRow) []auditRow {
	for i := range rows {
		if k, ok := n3Known[rows[i].class]; ok {
			rows[i].known = k
		}
	}
	return rows
}

// n3Speaker is one speaker form: how a sentence opens with them (subj),
// the name the engine should credit, a later short reference and the
// pronoun that stands for them.
type n3Speaker struct{ subj, name, short, pro string }

var n3Speakers = []n3Speaker{
	{"Mara Quell", "Mara Quell", "Quell", "she"},
	{"Councillor Edwin Hask", "Edwin Hask", "Hask", "he"},
	{"the Dunmoor Harbour Board", "Dunmoor Harbour Board", "the board", "it"},
}

func n3Cap(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

const (
	n3C1 = "the repairs would take at least two years"
	n3C2 = "the cost had doubled since March"
	n3C3 = "the ferry would resume on Friday"
)

func n3Rows() []auditRow {
	var rows []auditRow
	rows = append(rows, n3LongSubject()...)
	rows = append(rows, n3MidCue()...)
	rows = append(rows, n3Multi()...)
	rows = append(rows, n3Carry()...)
	rows = append(rows, n3Verbs()...)
	rows = append(rows, n3Frames()...)
	rows = append(rows, n3Modal()...)
	rows = append(rows, n3NotSpeech()...)
	return rows
}

// n3LongSubject: a long apposition or relative clause between the
// speaker and the cue.
func n3LongSubject() []auditRow {
	q := func(name, text string) []quote { return []quote{{name, auI, text}} }
	return []auditRow{
		{class: "long/who chaired ... and now advises",
			text: "Mara Quell, who chaired the inquiry into the collapse of the Dunmoor bridge in 2017 and now advises the council, said " + n3C1 + ".",
			want: q("Mara Quell", n3C1)},
		{class: "long/a former engineer with a body and a critic",
			text: "Mara Quell, a former engineer with the Tarrow Water Board and a long-time critic of the scheme, said " + n3C1 + ".",
			want: q("Mara Quell", n3C1)},
		{class: "long/age, who has fished, told reporters",
			text: "Mara Quell, 54, who has fished the bay off Pellick for thirty years, told reporters " + n3C1 + ".",
			want: q("Mara Quell", n3C1)},
		{class: "long/speaking at a meeting of a committee",
			text: "Mara Quell, speaking at a meeting of the council's transport committee in Lenby on Thursday evening, said " + n3C1 + ".",
			want: q("Mara Quell", n3C1)},
		{class: "long/whose report was published, argued that",
			text: "Mara Quell, whose report on the harbour wall was published in January, argued that " + n3C1 + ".",
			want: q("Mara Quell", n3C1)},
		{class: "long/cue after clause, long description",
			text: n3Cap(n3C1) + ", Mara Quell, who chaired the inquiry into the collapse of the bridge, said on Tuesday.",
			want: q("Mara Quell", n3C1)},
		{class: "long/titled, who represents ... and sits on",
			text: "Councillor Edwin Hask, who represents the Lenby ward and sits on the council's finance committee, said " + n3C2 + ".",
			want: q("Edwin Hask", n3C2)},
		{class: "long/titled, a member of X since 2009, said",
			text: "Councillor Edwin Hask, a member of the Lenby Liberal Party since 2009 and its housing spokesman, said " + n3C2 + ".",
			want: q("Edwin Hask", n3C2)},
		{class: "long/titled, who voted against, warned",
			text: "Councillor Edwin Hask, who voted against the scheme in 2021 when it was first put to the council, warned that " + n3C2 + ".",
			want: q("Edwin Hask", n3C2)},
		{class: "long/body, which has run ... and employs",
			text: "The Dunmoor Harbour Board, which has run the port since 1920 and employs more than 300 people, said " + n3C3 + ".",
			want: q("Dunmoor Harbour Board", n3C3)},
		{class: "long/body, in a statement issued after a meeting",
			text: "The Dunmoor Harbour Board, in a statement issued late on Thursday after a meeting of its directors, said " + n3C3 + ".",
			want: q("Dunmoor Harbour Board", n3C3)},
		{class: "long/body, which owns the ferry, confirmed",
			text: "The Dunmoor Harbour Board, which owns the ferry and leases it to a private operator, confirmed " + n3C3 + ".",
			want: q("Dunmoor Harbour Board", n3C3)},
		{class: "long/person of a body, long title",
			text: "Ilse Varro, the deputy director of operations at the Dunmoor Harbour Board, said " + n3C3 + ".",
			want: q("Ilse Varro", n3C3)},
		{class: "long/two appositions and a place",
			text: "Tomas Brenn, a ferryman from Pellick, a village on the northern shore, said " + n3C3 + ".",
			want: q("Tomas Brenn", n3C3)},
	}
}

// n3MidCue: the cue splits the reported clause; the quote is the part
// after the cue (testdata/README.md, "Boundaries").
func n3MidCue() []auditRow {
	var rows []auditRow
	for _, s := range n3Speakers {
		sub := s.subj
		rows = append(rows,
			auditRow{class: "mid/the bridge, X said, will stay shut",
				text: "The bridge, " + sub + " said, will stay shut until May.",
				want: []quote{{s.name, auI, "will stay shut until May"}}},
			auditRow{class: "mid/according to X mid-clause",
				text: "The cost of the repairs, according to " + sub + ", has doubled since March.",
				want: []quote{{s.name, auI, "has doubled since March"}}},
			auditRow{class: "mid/X told reporters mid-clause",
				text: "Most of the damage, " + sub + " told reporters, was done in the first hour of the storm.",
				want: []quote{{s.name, auI, "was done in the first hour of the storm"}}},
			auditRow{class: "mid/X argued mid-clause",
				text: "The new levy, " + sub + " argued, would hurt the small fishing crews most.",
				want: []quote{{s.name, auI, "would hurt the small fishing crews most"}}},
			auditRow{class: "mid/X said on a day mid-clause",
				text: "The ferry, " + sub + " said on Tuesday, would resume its crossings on Friday.",
				want: []quote{{s.name, auI, "would resume its crossings on Friday"}}},
			auditRow{class: "mid/pronoun after a named sentence",
				text: n3Cap(sub) + " spoke after the vote in Lenby. The bridge, " + s.pro + " said, will stay shut until May.",
				want: []quote{{s.name, auI, "will stay shut until May"}}},
		)
	}
	rows = append(rows,
		auditRow{class: "mid/officials said mid-clause",
			text: "The bridge, officials said, will stay shut until May.",
			want: []quote{{"", auI, "will stay shut until May"}}},
		auditRow{class: "mid/long clause subject before the cue",
			text: "Families who lost their boats in the storm of 2021, Mara Quell said, were still waiting for a final payment.",
			want: []quote{{"Mara Quell", auI, "were still waiting for a final payment"}}},
	)
	return rows
}

// n3Multi: several reported clauses in one sentence, one or two speakers.
func n3Multi() []auditRow {
	var rows []auditRow
	for i, s := range n3Speakers {
		o := n3Speakers[(i+1)%len(n3Speakers)]
		sub := n3Cap(s.subj)
		rows = append(rows,
			auditRow{class: "multi/said he could ..., which he said would",
				text: sub + " said on Friday " + s.pro + " could close the road by June, which " + s.pro + " said would allow the crews to start work.",
				want: []quote{{s.name, auI, s.pro + " could close the road by June"}, {s.name, auI, "would allow the crews to start work"}}},
			auditRow{class: "multi/said A, adding B (bare)",
				text: sub + " said " + n3C1 + ", adding " + n3C2 + ".",
				want: []quote{{s.name, auI, n3C1}, {s.name, auI, n3C2}}},
			auditRow{class: "multi/said A, and added that B",
				text: sub + " said " + n3C1 + ", and added that " + n3C2 + ".",
				want: []quote{{s.name, auI, n3C1}, {s.name, auI, n3C2}}},
			auditRow{class: "multi/said A but warned that B",
				text: sub + " said " + n3C1 + " but warned that " + n3C2 + ".",
				want: []quote{{s.name, auI, n3C1}, {s.name, auI, n3C2}}},
			auditRow{class: "multi/said A and that B (one span)",
				text: sub + " said " + n3C1 + " and that " + n3C2 + ".",
				want: []quote{{s.name, auI, n3C1 + " and that " + n3C2}}},
			auditRow{class: "multi/told reporters A and warned that B",
				text: sub + " told reporters on Monday " + n3C1 + " and warned that " + n3C2 + ".",
				want: []quote{{s.name, auI, n3C1}, {s.name, auI, n3C2}}},
			auditRow{class: "multi/X said A, while Y said B",
				text: sub + " said " + n3C1 + ", while " + o.subj + " said " + n3C2 + ".",
				want: []quote{{s.name, auI, n3C1}, {o.name, auI, n3C2}}},
			auditRow{class: "multi/X said A; Y said B",
				text: sub + " said " + n3C1 + "; " + o.subj + " said " + n3C2 + ".",
				want: []quote{{s.name, auI, n3C1}, {o.name, auI, n3C2}}},
			auditRow{class: "multi/X said A, but Y argued that B",
				text: sub + " said " + n3C1 + ", but " + o.subj + " argued that " + n3C2 + ".",
				want: []quote{{s.name, auI, n3C1}, {o.name, auI, n3C2}}},
			auditRow{class: "multi/A, X said, adding that B",
				text: n3Cap(n3C1) + ", " + s.subj + " said, adding that " + n3C2 + ".",
				want: []quote{{s.name, auI, n3C1}, {s.name, auI, n3C2}}},
		)
	}
	return rows
}

// n3Carry: reported speech carried on in the next sentence by a
// mid-clause pronoun cue, or by a second cue naming someone else.
func n3Carry() []auditRow {
	var rows []auditRow
	for i, s := range n3Speakers {
		o := n3Speakers[(i+1)%len(n3Speakers)]
		sub := n3Cap(s.subj)
		rows = append(rows,
			auditRow{class: "carry/said A. The cost, he said, B",
				text: sub + " said the plan was flawed. The cost, " + s.pro + " said, had doubled since March.",
				want: []quote{{s.name, auI, "the plan was flawed"}, {s.name, auI, "had doubled since March"}}},
			auditRow{class: "carry/according to X, A. B, he added",
				text: "According to " + s.subj + ", the plan was flawed. The cost had doubled since March, " + s.pro + " added.",
				want: []quote{{s.name, auI, "the plan was flawed"}, {s.name, auI, "The cost had doubled since March"}}},
			auditRow{class: "carry/said A. He also warned that B",
				text: sub + " said the plan was flawed. " + n3Cap(s.pro) + " also warned that " + n3C2 + ".",
				want: []quote{{s.name, auI, "the plan was flawed"}, {s.name, auI, n3C2}}},
			auditRow{class: "carry/said A. Y disagreed, saying B",
				text: sub + " said the plan was flawed. " + n3Cap(o.subj) + " disagreed, saying " + n3C2 + ".",
				want: []quote{{s.name, auI, "the plan was flawed"}, {o.name, auI, n3C2}}},
			auditRow{class: "carry/said A. The work, short said, B",
				text: sub + " said the plan was flawed.\n\nThe work, " + s.short + " said, would not start before June.",
				want: []quote{{s.name, auI, "the plan was flawed"}, {s.name, auI, "would not start before June"}}},
		)
	}
	return rows
}

// n3VerbList: reporting verbs beyond "said", with their present and
// perfect forms and a clause each fits.
var n3VerbList = []struct{ past, pres, clause string }{
	{"argued", "argues", "the levy would hurt small fishing crews"},
	{"acknowledged", "acknowledges", "the tender had been rushed"},
	{"conceded", "concedes", "the first survey had missed the cracks"},
	{"predicted", "predicts", "the port would be busy again by summer"},
	{"maintained", "maintains", "the harbour wall was sound"},
	{"reiterated", "reiterates", "no jobs would be lost at the yard"},
	{"disputed", "disputes", "the crossing was ever unsafe"},
	{"cautioned", "cautions", "the repairs could take longer than planned"},
	{"estimated", "estimates", "about four hundred homes had lost power"},
	{"alleged", "alleges", "the contract had been awarded without a tender"},
	{"announced", "announces", "the inquiry would report in March"},
	{"confirmed", "confirms", "two crew members were still missing"},
	{"noted", "notes", "the town had flooded twice in a decade"},
	{"explained", "explains", "the pumps had failed after the power cut"},
	{"admitted", "admits", "mistakes had been made in the first week"},
}

func n3Verbs() []auditRow {
	var rows []auditRow
	for i, v := range n3VerbList {
		s := n3Speakers[i%len(n3Speakers)]
		sub := n3Cap(s.subj)
		want := []quote{{s.name, auI, v.clause}}
		rows = append(rows,
			auditRow{class: "verb/" + v.past + " that", text: sub + " " + v.past + " that " + v.clause + ".", want: want},
			auditRow{class: "verb/" + v.pres + " that, present", text: sub + " " + v.pres + " that " + v.clause + ".", want: want},
			auditRow{class: "verb/has " + v.past + " that, perfect", text: sub + " has " + v.past + " that " + v.clause + ".", want: want},
			auditRow{class: "verb/" + v.past + " on a day, bare", text: sub + " " + v.past + " on Monday " + v.clause + ".", want: want},
			auditRow{class: "verb/" + v.past + " after clause", text: n3Cap(v.clause) + ", " + s.subj + " " + v.past + ".", want: want},
		)
	}
	// The passive with the speaker after "by".
	for i, v := range []string{"announced", "confirmed", "estimated", "alleged", "acknowledged", "predicted"} {
		s := n3Speakers[i%len(n3Speakers)]
		rows = append(rows, auditRow{class: "verb/it was " + v + " by X that",
			text: "It was " + v + " by " + s.subj + " that " + n3C3 + ".",
			want: []quote{{s.name, auI, n3C3}}})
	}
	return rows
}

// n3Frames: wordings that place the speaker.
func n3Frames() []auditRow {
	var rows []auditRow
	for _, s := range n3Speakers {
		sub := n3Cap(s.subj)
		want := []quote{{s.name, auI, n3C1}}
		rows = append(rows,
			auditRow{class: "frame/in a statement, X said", text: "In a statement, " + s.subj + " said " + n3C1 + ".", want: want},
			auditRow{class: "frame/told lawmakers that", text: sub + " told lawmakers that " + n3C1 + ".", want: want},
			auditRow{class: "frame/told a committee of parliament", text: sub + " told a committee of the Varden parliament on Wednesday that " + n3C1 + ".", want: want},
			auditRow{class: "frame/was quoted as saying", text: sub + " was quoted as saying " + n3C1 + ".", want: want},
			auditRow{class: "frame/is reported to have said", text: sub + " is reported to have said " + n3C1 + ".", want: want},
			auditRow{class: "frame/later said", text: sub + " later said " + n3C1 + ".", want: want},
			auditRow{class: "frame/said later that", text: sub + " said later that " + n3C1 + ".", want: want},
			auditRow{class: "frame/reportedly said", text: sub + " reportedly said " + n3C1 + ".", want: want},
			auditRow{class: "frame/went on to say that", text: sub + " went on to say that " + n3C1 + ".", want: want},
			auditRow{class: "frame/speaking to reporters, X said", text: "Speaking to reporters outside the town hall, " + s.subj + " said " + n3C1 + ".", want: want},
			auditRow{class: "frame/has repeatedly said", text: sub + " has repeatedly said " + n3C1 + ".", want: want},
			auditRow{class: "frame/would only say that", text: sub + " would only say that " + n3C1 + ".", want: want},
		)
	}
	rows = append(rows,
		auditRow{class: "frame/body's spokesman, Y, said",
			text: "The Dunmoor Harbour Board's spokesman, Tomas Grell, said " + n3C3 + ".",
			want: []quote{{"Tomas Grell", auI, n3C3}}},
		auditRow{class: "frame/person's spokeswoman, Y, said",
			text: "Quell's spokeswoman, Lina Brack, said " + n3C3 + ".",
			want: []quote{{"Lina Brack", auI, n3C3}}},
		auditRow{class: "frame/a spokeswoman for the body, Y, said",
			text: "A spokeswoman for the Dunmoor Harbour Board, Lina Brack, told reporters " + n3C3 + ".",
			want: []quote{{"Lina Brack", auI, n3C3}}},
		auditRow{class: "frame/body's spokesman Y said, no commas",
			text: "Harbour Board spokesman Tomas Grell said " + n3C3 + ".",
			want: []quote{{"Tomas Grell", auI, n3C3}}},
	)
	return rows
}

// n3Modal: modals and negation. A negated or withheld cue says nothing
// (the dev gold has no quote for "did not say" or "would not say
// whether"); a positive modal cue does.
func n3Modal() []auditRow {
	var rows []auditRow
	for _, s := range n3Speakers {
		sub := n3Cap(s.subj)
		for _, text := range []string{
			sub + " would not say whether the bridge would reopen before May.",
			sub + " did not say when the work would begin.",
			sub + " declined to say how much the repairs would cost.",
			sub + " refused to say whether anyone had been dismissed.",
			sub + " could not say how long the closure would last.",
			sub + " did not confirm that the ferry would resume on Friday.",
		} {
			rows = append(rows, auditRow{class: "neg/near miss", text: text, want: nil, exact: true})
		}
		rows = append(rows,
			auditRow{class: "modal/declined to say whether A, but said B",
				text: sub + " declined to say whether anyone had been dismissed, but said " + n3C3 + ".",
				want: []quote{{s.name, auI, n3C3}}, exact: true},
			auditRow{class: "modal/would not say whether A; said B",
				text: sub + " would not say whether the bridge would reopen, and said only that " + n3C3 + ".",
				want: []quote{{s.name, auI, n3C3}}, exact: true},
			auditRow{class: "modal/could confirm that",
				text: sub + " could confirm that " + n3C3 + ".",
				want: []quote{{s.name, auI, n3C3}}},
			auditRow{class: "modal/was unable to say, then said",
				text: sub + " was unable to say when the work would begin. " + n3Cap(s.pro) + " said " + n3C3 + ".",
				want: []quote{{s.name, auI, n3C3}}, exact: true},
		)
	}
	return rows
}

// n3NotSpeech: passive hearsay with nobody speaking; no quote is wanted.
func n3NotSpeech() []auditRow {
	var rows []auditRow
	for _, text := range []string{
		"It is believed the fire started in the kitchen of the Lenby Arms.",
		"The fire is believed to have started in the kitchen of the Lenby Arms.",
		"The ferry is said to be the oldest still working in the Varden fleet.",
		"Mara Quell is said to be furious about the delay.",
		"Councillor Edwin Hask is understood to have left Lenby on Friday.",
		"It is thought that the harbour wall was built in 1890.",
		"The Dunmoor Harbour Board is thought to own the ferry.",
		"It is widely believed in Pellick that the well never runs dry.",
		"The wreck is reported to lie in forty metres of water.",
		"The board is expected to announce its decision in March.",
	} {
		rows = append(rows, auditRow{class: "hearsay/near miss", text: text, want: nil, exact: true})
	}
	return rows
}

func TestAuditS16N3b(t *testing.T) {
	runAudit(t, "n3b", n3Mark(n3Rows2()), false)
}

// n3Rows2, batch 2: the shapes of the dev part's reported-speech misses,
// in invented text: an uncued next sentence carrying a report on in its
// backshifted tense, "with X responding that", "which X notes is",
// participles after the speaker ("despite claiming that", "in finding
// that"), and near misses for each.
func n3Rows2() []auditRow {
	var rows []auditRow
	for i, s := range n3Speakers {
		o := n3Speakers[(i+1)%len(n3Speakers)]
		sub := n3Cap(s.subj)
		rows = append(rows,
			auditRow{class: "carry2/said in a statement, A would. B would",
				text: sub + " said in a statement, the ferry would be repaired at Lenby. Its crew would be paid in full while it was out of service.",
				want: []quote{{s.name, auI, "the ferry would be repaired at Lenby"}, {s.name, auI, "Its crew would be paid in full while it was out of service"}}},
			auditRow{class: "carry2/said A would. B would, next sentence",
				text: sub + " said the ferry would be repaired at Lenby. The crew would be paid in full until it returned.",
				want: []quote{{s.name, auI, "the ferry would be repaired at Lenby"}, {s.name, auI, "The crew would be paid in full until it returned"}}},
			auditRow{class: "carry2/announced A would. B would also",
				text: sub + " announced on Monday that the harbour would close for a month. Boats moored there would also have to move to Pellick.",
				want: []quote{{s.name, auI, "the harbour would close for a month"}, {s.name, auI, "Boats moored there would also have to move to Pellick"}}},
			auditRow{class: "carry2/near miss: next sentence a plain fact",
				text: sub + " said the ferry would be repaired at Lenby. The ferry was built in 1961.",
				want: []quote{{s.name, auI, "the ferry would be repaired at Lenby"}}, exact: true},
			auditRow{class: "carry2/near miss: next sentence another speaker's",
				text: sub + " said the ferry would be repaired at Lenby. " + n3Cap(o.subj) + " said the crew would be paid in full.",
				want: []quote{{s.name, auI, "the ferry would be repaired at Lenby"}, {o.name, auI, "the crew would be paid in full"}}, exact: true},
			auditRow{class: "with/with X responding that",
				text: "Residents wrote to " + s.subj + " again in March, with " + s.subj + " responding that it would look into the complaints.",
				want: []quote{{s.name, auI, "it would look into the complaints"}}},
			auditRow{class: "with/with X saying",
				text: "The vote was delayed until June, with " + s.subj + " saying more time was needed to read the report.",
				want: []quote{{s.name, auI, "more time was needed to read the report"}}},
			auditRow{class: "which/which X notes is",
				text: "The pumps move 40 million litres a day, which " + s.subj + " notes is more than the town of Lenby uses in a year.",
				want: []quote{{s.name, auI, "is more than the town of Lenby uses in a year"}}},
			auditRow{class: "which/which X said was",
				text: "The board approved a budget of 3 million crowns, which " + s.subj + " said was far too small.",
				want: []quote{{s.name, auI, "was far too small"}}},
			auditRow{class: "part/despite claiming previously that",
				text: sub + " visited the flooded quay on Friday despite claiming previously that it was not safe to do so.",
				want: []quote{{s.name, auI, "it was not safe to do so"}}},
			auditRow{class: "part/X defended the plan, arguing that",
				text: sub + " defended the plan on Monday, arguing that the levy would pay for itself within a decade.",
				want: []quote{{s.name, auI, "the levy would pay for itself within a decade"}}},
			auditRow{class: "part/X countered that",
				text: sub + " countered that the levy would pay for itself within a decade.",
				want: []quote{{s.name, auI, "the levy would pay for itself within a decade"}}},
			auditRow{class: "part/X pointed out that",
				text: sub + " pointed out that the levy would pay for itself within a decade.",
				want: []quote{{s.name, auI, "the levy would pay for itself within a decade"}}},
			auditRow{class: "story/in a story X often told",
				text: "In a story " + s.subj + " often told, the first ferry had sunk on its maiden crossing.",
				want: []quote{{s.name, auI, "the first ferry had sunk on its maiden crossing"}}},
		)
	}
	rows = append(rows,
		auditRow{class: "part/in finding that, the court",
			text: "In finding that the levy was unlawful, the Varden High Court also struck down a 2005 law.",
			want: []quote{{"Varden High Court", auI, "the levy was unlawful"}}},
		auditRow{class: "which/which the researchers note is (null)",
			text: "The pumps move 40 million litres a day, which the researchers note is more than the town of Lenby uses in a year.",
			want: []quote{{"", auI, "is more than the town of Lenby uses in a year"}}},
		auditRow{class: "carry2/officials said A would. B would (null)",
			text: "Officials said the ferry would be repaired at Lenby. Its crew would be paid in full while it was out of service.",
			want: []quote{{"", auI, "the ferry would be repaired at Lenby"}, {"", auI, "Its crew would be paid in full while it was out of service"}}},
		auditRow{class: "carry2/near miss: across a paragraph break",
			text: "Mara Quell said the ferry would be repaired at Lenby.\n\nIts crew would be paid in full while it was out of service.",
			want: []quote{{"Mara Quell", auI, "the ferry would be repaired at Lenby"}}, exact: true},
		auditRow{class: "carry2/near miss: the report before has no would",
			text: "Mara Quell said the ferry had been repaired at Lenby. Its crew would be paid in full while it was out of service.",
			want: []quote{{"Mara Quell", auI, "the ferry had been repaired at Lenby"}}, exact: true},
		auditRow{class: "carry2/near miss: would not say",
			text: "Mara Quell said the ferry would be repaired at Lenby. She would not say when the work would begin.",
			want: []quote{{"Mara Quell", auI, "the ferry would be repaired at Lenby"}}, exact: true},
		auditRow{class: "carry2/near miss: its own verb first",
			text: "Mara Quell said the ferry would be repaired at Lenby. Work began on the hull on Monday, and the crew would be paid.",
			want: []quote{{"Mara Quell", auI, "the ferry would be repaired at Lenby"}}, exact: true},
		auditRow{class: "carry2/near miss: a request, not a report",
			text: "Mara Quell urged the board to repair the ferry. Its crew would be paid in full while it was out of service.",
			want: []quote{{"Mara Quell", auI, "the board to repair the ferry"}}, exact: true},
		auditRow{class: "carry2/near miss: a clause before the cue",
			text: "The ferry would be repaired at Lenby, Mara Quell said. Its crew would be paid in full while it was out of service.",
			want: []quote{{"Mara Quell", auI, "The ferry would be repaired at Lenby"}}, exact: true},
		auditRow{class: "carry2/according to X, A would. B would",
			text: "According to the Dunmoor Harbour Board, the ferry would be repaired at Lenby. Its crew would be paid in full while it was out of service.",
			want: []quote{{"Dunmoor Harbour Board", auI, "the ferry would be repaired at Lenby"}, {"Dunmoor Harbour Board", auI, "Its crew would be paid in full while it was out of service"}}},
		auditRow{class: "carry2/told reporters A would. B would",
			text: "Councillor Edwin Hask told reporters the ferry would be repaired at Lenby. The work would take about six weeks.",
			want: []quote{{"Edwin Hask", auI, "the ferry would be repaired at Lenby"}, {"Edwin Hask", auI, "The work would take about six weeks"}}},
		auditRow{class: "carry2/near miss: a question put after the report",
			text: "Mara Quell said the ferry would be repaired at Lenby. Asked when, she would not say.",
			want: []quote{{"Mara Quell", auI, "the ferry would be repaired at Lenby"}}, exact: true},
		auditRow{class: "carry2/near miss: narration with would after a fact",
			text: "The ferry was built in 1961. Its crew would be paid in full while it was out of service.",
			want: nil, exact: true},
	)
	return rows
}

func TestAuditS16N3c(t *testing.T) {
	runAudit(t, "n3c", n3Mark(n3Rows3()), false)
}

// n3Rows3, batch 3: wordings of reported speech the first two batches
// left out: the pluperfect and reporting passives, a named medium ("in an
// email", "on Twitter"), noun frames ("expressed concern that", "made the
// claim that"), verbs of stance and mind, reported questions ("asked
// whether" keeps "whether"), and clauses opening with a fronted adverbial
// or a condition after "that".
func n3Rows3() []auditRow {
	var rows []auditRow
	const c = "the harbour wall would need to be rebuilt"
	for _, s := range n3Speakers {
		sub := n3Cap(s.subj)
		want := []quote{{s.name, auI, c}}
		for _, f := range []struct{ class, text string }{
			{"tense/had said", sub + " had said " + c + "."},
			{"tense/had earlier said that", sub + " had earlier said that " + c + "."},
			{"tense/had previously claimed", sub + " had previously claimed " + c + "."},
			{"tense/was reported as saying", sub + " was reported as saying " + c + "."},
			{"tense/has been quoted as saying", sub + " has been quoted as saying " + c + "."},
			{"tense/was cited as saying", sub + " was cited as saying " + c + "."},
			{"medium/said in an email that", sub + " said in an email that " + c + "."},
			{"medium/said in an email to the paper", sub + " said in an email to the Kestrel Herald " + c + "."},
			{"medium/wrote on Twitter that", sub + " wrote on Twitter that " + c + "."},
			{"medium/said in a post on its website", sub + " said in a post on its website " + c + "."},
			{"medium/in a letter to the council, wrote", "In a letter to the Lenby council, " + s.subj + " wrote that " + c + "."},
			{"medium/said in court documents that", sub + " said in court documents filed on Monday that " + c + "."},
			{"medium/said at a news conference", sub + " said at a news conference in Lenby on Tuesday " + c + "."},
			{"medium/through a spokesperson, said", sub + ", through a spokesperson, said " + c + "."},
			{"noun/expressed concern that", sub + " expressed concern that " + c + "."},
			{"noun/voiced fears that", sub + " voiced fears that " + c + "."},
			{"noun/gave assurances that", sub + " gave assurances that " + c + "."},
			{"noun/made the claim that", sub + " made the claim that " + c + "."},
			{"noun/issued a warning that", sub + " issued a warning that " + c + "."},
			{"noun/X's view is that", sub + "'s view is that " + c + "."},
			{"stance/vowed that", sub + " vowed that " + c + "."},
			{"stance/promised that", sub + " promised that " + c + "."},
			{"stance/hinted that", sub + " hinted that " + c + "."},
			{"stance/signalled that", sub + " signalled that " + c + "."},
			{"stance/indicated that", sub + " indicated that " + c + "."},
			{"stance/speculated that", sub + " speculated that " + c + "."},
			{"stance/agreed that", sub + " agreed that " + c + "."},
			{"stance/testified that", sub + " testified that " + c + "."},
			{"stance/concluded that", sub + " concluded that " + c + "."},
			{"stance/feared that", sub + " feared that " + c + "."},
			{"stance/believes, bare", sub + " believes " + c + "."},
			{"stance/thinks, bare", sub + " thinks " + c + "."},
			{"open/said Friday that", sub + " said Friday that " + c + "."},
			{"open/said that, in its view,", sub + " said that, in its view, " + c + "."},
			{"open/inverted with long description", n3Cap(c) + ", said " + s.subj + ", which has run the port since 1920."},
		} {
			rows = append(rows, auditRow{class: f.class, text: f.text, want: want})
		}
		rows = append(rows,
			auditRow{class: "open/said that if A, B (condition first)",
				text: sub + " said that if the storms continued, the harbour wall would need to be rebuilt.",
				want: []quote{{s.name, auI, "if the storms continued, the harbour wall would need to be rebuilt"}}},
			auditRow{class: "open/said that while A, B",
				text: sub + " said that while the ferry was safe, the harbour wall would need to be rebuilt.",
				want: []quote{{s.name, auI, "while the ferry was safe, the harbour wall would need to be rebuilt"}}},
			auditRow{class: "question/asked whether",
				text: sub + " asked whether the harbour wall would need to be rebuilt.",
				want: []quote{{s.name, auI, "whether the harbour wall would need to be rebuilt"}}},
			auditRow{class: "question/questioned whether",
				text: sub + " questioned whether the harbour wall would need to be rebuilt.",
				want: []quote{{s.name, auI, "whether the harbour wall would need to be rebuilt"}}},
			auditRow{class: "question/wondered if",
				text: sub + " wondered if the harbour wall would need to be rebuilt.",
				want: []quote{{s.name, auI, "if the harbour wall would need to be rebuilt"}}},
		)
	}
	return rows
}

func TestAuditS16N3d(t *testing.T) {
	runAudit(t, "n3d", n3Mark(n3Rows4()), false)
}

// n3Rows4, batch 4: the progressive ("is warning that", "..., officials
// are warning.") and a document of a named body as the subject ("A survey
// by X shows ...", "a statement showing that ..."), the shapes of the
// business pages' reported-speech misses, in invented text.
func n3Rows4() []auditRow {
	var rows []auditRow
	const c = "the harbour wall would need to be rebuilt"
	for _, s := range n3Speakers {
		sub := n3Cap(s.subj)
		be := "is"
		want := []quote{{s.name, auI, c}}
		for _, v := range []string{"warning", "arguing", "predicting", "saying", "claiming", "insisting"} {
			rows = append(rows,
				auditRow{class: "prog/" + be + " " + v + " that", text: sub + " " + be + " " + v + " that " + c + ".", want: want},
				auditRow{class: "prog/" + be + " " + v + " after clause", text: n3Cap(c) + ", " + s.subj + " " + be + " " + v + ".", want: want},
			)
		}
		rows = append(rows,
			auditRow{class: "prog/has been saying", text: sub + " has been saying for months that " + c + ".", want: want},
			auditRow{class: "prog/was telling reporters", text: sub + " was telling reporters on Friday that " + c + ".", want: want},
		)
	}
	rows = append(rows,
		auditRow{class: "prog/are now saying, staff of a body",
			text: n3Cap(c) + ", engineers at the Dunmoor Harbour Board are now saying.",
			want: []quote{{"Dunmoor Harbour Board", auI, c}}},
		auditRow{class: "prog/are now saying, unnamed",
			text: n3Cap(c) + ", engineers are now saying.",
			want: []quote{{"", auI, c}}},
		auditRow{class: "prog/is now claiming that",
			text: "Mara Quell is now claiming that " + c + ".",
			want: []quote{{"Mara Quell", auI, c}}},
	)
	rows = append(rows,
		auditRow{class: "prog/some officials are warning (null)",
			text: "Two harbours may lose their ferries under the new budget, some officials in Lenby are warning.",
			want: []quote{{"", auI, "Two harbours may lose their ferries under the new budget"}}},
		auditRow{class: "prog/analysts are speculating that (null)",
			text: "With the storms over, some analysts are speculating that fish prices might fall in the spring.",
			want: []quote{{"", auI, "fish prices might fall in the spring"}}},
		auditRow{class: "doc/a survey by X shows",
			text: "A survey by the Dunmoor Harbour Board shows traffic through the port has fallen by a third since June.",
			want: []quote{{"Dunmoor Harbour Board", auI, "traffic through the port has fallen by a third since June"}}},
		auditRow{class: "doc/X circulated a statement showing that",
			text: "Recently, the Dunmoor Harbour Board circulated a financial statement among its lenders showing that its income had fallen by a third.",
			want: []quote{{"Dunmoor Harbour Board", auI, "its income had fallen by a third"}}},
		auditRow{class: "doc/the survey provided evidence that (null)",
			text: "The October survey of harbour masters, as expected, provided evidence that traffic remains weak.",
			want: []quote{{"", auI, "traffic remains weak"}}},
		auditRow{class: "doc/X's report shows",
			text: "The Dunmoor Harbour Board's annual report shows traffic through the port has fallen by a third.",
			want: []quote{{"Dunmoor Harbour Board", auI, "traffic through the port has fallen by a third"}}},
		auditRow{class: "prog/near miss: is saying goodbye",
			text: "Mara Quell is saying goodbye to the harbour after thirty years.",
			want: nil, exact: true},
		auditRow{class: "prog/near miss: is warning residents about",
			text: "The Dunmoor Harbour Board is warning residents about the high tides this weekend.",
			want: nil, exact: true},
	)
	return rows
}

func TestAuditS16N3e(t *testing.T) {
	runAudit(t, "n3e", n3Mark(n3Rows5()), false)
}

// n3Rows5, batch 5: how long, how often or on what occasion, between the
// cue and its clause ("said for months that", "has argued for years",
// "said several times that", "said throughout the campaign that", "said
// ahead of the vote that"), found by batch 4's "has been saying for
// months"; and near misses where "for" asks for a thing or a span of time
// ends in no clause.
func n3Rows5() []auditRow {
	var rows []auditRow
	const c = "the harbour wall would need to be rebuilt"
	for _, s := range n3Speakers {
		sub := n3Cap(s.subj)
		want := []quote{{s.name, auI, c}}
		for _, f := range []struct{ class, text string }{
			{"dur/said for months that", sub + " said for months that " + c + "."},
			{"dur/has argued for years that", sub + " has argued for years that " + c + "."},
			{"dur/said for the first time that", sub + " said for the first time that " + c + "."},
			{"dur/has said for some time that", sub + " has said for some time that " + c + "."},
			{"dur/has warned for more than a decade that", sub + " has warned for more than a decade that " + c + "."},
			{"dur/said for months, bare", sub + " said for months " + c + "."},
			{"dur/told reporters for weeks that", sub + " told reporters for weeks that " + c + "."},
			{"dur/said several times that", sub + " said several times that " + c + "."},
			{"dur/said throughout the campaign that", sub + " said throughout the campaign that " + c + "."},
			{"dur/said ahead of the vote that", sub + " said ahead of the vote that " + c + "."},
			{"dur/clause, X has been saying for months", n3Cap(c) + ", " + s.subj + " has been saying for months."},
		} {
			rows = append(rows, auditRow{class: f.class, text: f.text, want: want})
		}
	}
	for _, text := range []string{
		"Mara Quell asked for time to prepare her case.",
		"Mara Quell argued for months over the levy.",
		"The Dunmoor Harbour Board has called for years for a new bridge.",
		"Councillor Edwin Hask told reporters for months about the levy.",
		"Mara Quell has warned for years of the risk of a collapse.",
		"Councillor Edwin Hask argued for two hours with the committee.",
	} {
		rows = append(rows, auditRow{class: "dur/near miss", text: text, exact: true})
	}
	rows = append(rows, auditRow{class: "dur/near miss: times as many",
		text: "Mara Quell said three times as many boats had been lost.",
		want: []quote{{"Mara Quell", auI, "three times as many boats had been lost"}}})
	return rows
}

func TestAuditS16N3f(t *testing.T) {
	runAudit(t, "n3f", n3Mark(n3Rows6()), false)
}

// n3Rows6, batch 6: more words between a speaker and the cue, and between
// the cue and its clause, after batch 5 found a class there: asides in
// commas ("said, however, that"), occasions and manners ("said in
// response that", "said on condition of anonymity that", "said when asked
// about the levy that"), and adverbials before the verb ("X on Monday
// said", "X, for her part, said").
func n3Rows6() []auditRow {
	var rows []auditRow
	const c = "the harbour wall would need to be rebuilt"
	for _, s := range n3Speakers {
		sub := n3Cap(s.subj)
		want := []quote{{s.name, auI, c}}
		for _, f := range []struct{ class, text string }{
			{"after/said, however, that", sub + " said, however, that " + c + "."},
			{"after/said, though, that", sub + " said, though, that " + c + "."},
			{"after/said in response that", sub + " said in response that " + c + "."},
			{"after/said in reply to a question that", sub + " said in reply to a question from a councillor that " + c + "."},
			{"after/said on condition of anonymity that", sub + " said on condition of anonymity that " + c + "."},
			{"after/said when asked about the levy that", sub + " said when asked about the levy that " + c + "."},
			{"after/said, citing a survey, that", sub + " said, citing a survey by the Tarrow Institute, that " + c + "."},
			{"after/said, referring to the storm, that", sub + " said, referring to the storm of 2021, that " + c + "."},
			{"after/said in a video posted on Sunday that", sub + " said in a video posted to social media on Sunday that " + c + "."},
			{"after/said in a televised address that", sub + " said in a televised address to the town that " + c + "."},
			{"after/said in testimony before a committee that", sub + " said in testimony before the council's finance committee that " + c + "."},
			{"after/said under questioning that", sub + " said under questioning that " + c + "."},
			{"after/said in part that", sub + " said in part that " + c + "."},
			{"after/said, according to a transcript, that", sub + " said, according to a transcript of the meeting, that " + c + "."},
			{"after/told the paper's programme on Monday that", sub + " told the Kestrel Herald's morning programme on Monday that " + c + "."},
			{"after/said on Monday evening local time that", sub + " said on Monday evening local time that " + c + "."},
			{"before/X on Monday said", sub + " on Monday said " + c + "."},
			{"before/X, however, said", sub + ", however, said " + c + "."},
			{"before/X, for its part, said", sub + ", for its part, said " + c + "."},
			{"before/X, meanwhile, said", sub + ", meanwhile, said " + c + "."},
			{"before/X in a statement said", sub + " in a statement said " + c + "."},
			{"before/X last week said", sub + " last week said " + c + "."},
			{"before/X in March 2019 said", sub + " in March 2019 said " + c + "."},
			{"before/X separately said", sub + " separately said " + c + "."},
			{"before/X, in a statement on Friday, said", sub + ", in a statement on Friday, said " + c + "."},
			{"before/X also on Monday said", sub + " also on Monday said " + c + "."},
		} {
			rows = append(rows, auditRow{class: f.class, text: f.text, want: want})
		}
	}
	for _, text := range []string{
		"Mara Quell in 2019 joined the board of the Dunmoor Harbour Board.",
		"Councillor Edwin Hask wrote in reply to the board on Monday.",
		"The Dunmoor Harbour Board on 4 March fined two ferry operators.",
		"Mara Quell posted the video to social media on Sunday.",
	} {
		rows = append(rows, auditRow{class: "before/near miss", text: text, exact: true})
	}
	rows = append(rows,
		auditRow{class: "after/near miss: a request after a video",
			text: "In a video posted on Sunday, Mara Quell urged residents to keep off the quay.",
			want: []quote{{"Mara Quell", auI, "residents to keep off the quay"}}, exact: true},
		auditRow{class: "before/near miss: the year in a name's phrase",
			text: "Members of the class of 2019 said the harbour wall would need to be rebuilt.",
			want: []quote{{"", auI, c}}})
	return rows
}

func TestAuditS16N3g(t *testing.T) {
	runAudit(t, "n3g", n3Mark(n3Rows7()), false)
}

// n3Rows7, batch 7: where a reported clause ends. The gold keeps a
// reported clause to the end of the sentence through the writer's
// connectives when they carry the report on (", while ...", ", but ...",
// "; ...", ", which ...", ", as ..."), as the dev gold's long spans do
// ("the baby girl was critically ill, while two adults were seriously
// injured"); a quote found shorter than half the gold's length is a miss
// in the scores, so a span cut short is a recall miss there.
func n3Rows7() []auditRow {
	var rows []auditRow
	for _, s := range n3Speakers {
		sub := n3Cap(s.subj)
		for _, f := range []struct{ class, clause string }{
			{"span/, while", "two boats had sunk at their moorings, while a third was badly damaged"},
			{"span/, but", "the wall had held through the night, but the pier beside it had been lost"},
			{"span/; second clause", "two boats had sunk at their moorings; a third was badly damaged"},
			{"span/, which", "the ferry would be moved to Pellick, which had the only working slipway"},
			{"span/, as", "the repairs would be slow, as the yard had lost half its workers"},
			{"span/, although", "the ferry would sail on Friday, although only with a reduced crew"},
			{"span/, with", "the storm had damaged forty homes, with most of them in the old town"},
			{"span/dash aside", "the wall - built in 1890 and patched many times since - would have to be replaced"},
			{"span/parenthesis", "the cost (about 3 million crowns) would be shared with the council"},
			{"span/, perhaps", "the wall had failed within the last two years, perhaps within a few months"},
			{"span/, including", "forty homes had been damaged, including several on the harbour front"},
			{"span/, and X", "the ferry would be repaired at Lenby, and its crew would be paid in full"},
			{"span/, saying nothing else", "the work would start in June and finish by the end of the year"},
			{"span/because", "the ferry had been withdrawn because its hull was cracked"},
			{"span/so that", "the quay would be closed so that the divers could inspect the wall"},
			{"span/numbers and percent", "traffic had fallen by 35% to 1.2 million passengers, the lowest since 1998"},
		} {
			rows = append(rows,
				auditRow{class: f.class + " (said)", text: sub + " said " + f.clause + ".", want: []quote{{s.name, auI, f.clause}}},
				auditRow{class: f.class + " (according to)", text: "According to " + s.subj + ", " + f.clause + ".", want: []quote{{s.name, auI, f.clause}}},
			)
		}
	}
	rows = append(rows,
		auditRow{class: "span/near miss: ; then according to another",
			text: "Mara Quell said two boats had sunk; a third was damaged, according to the Dunmoor Harbour Board.",
			want: []quote{{"Mara Quell", auI, "two boats had sunk"}, {"Dunmoor Harbour Board", auI, "a third was damaged"}}},
		auditRow{class: "span/near miss: ; then another's cue",
			text: "Mara Quell said two boats had sunk; a third was damaged, Councillor Edwin Hask said.",
			want: []quote{{"Mara Quell", auI, "two boats had sunk"}, {"Edwin Hask", auI, "a third was damaged"}}},
		auditRow{class: "span/near miss: ; then the speaker's next act",
			text: "Mara Quell said two boats had sunk at their moorings; she then left the meeting early.",
			want: []quote{{"Mara Quell", auI, "two boats had sunk at their moorings"}}, exact: true},
	)
	return rows
}

func TestAuditS16N3h(t *testing.T) {
	runAudit(t, "n3h", n3Mark(n3Rows8()), false)
}

// n3Rows8, batch 8: reported speech inside other structures: a relative
// clause ("X, who said ..., left"), speech nouns owned by the speaker
// ("X's warning that", "the claim by X that"), "made it clear that", a
// verb with a hearer before "that" ("assured residents that", "reminded
// reporters that"), a cue inverted mid-clause ("The wall, said X,
// would ..."), and reported questions beyond "whether" ("asked why").
func n3Rows8() []auditRow {
	var rows []auditRow
	const c = "the harbour wall would need to be rebuilt"
	for _, s := range n3Speakers {
		sub := n3Cap(s.subj)
		want := []quote{{s.name, auI, c}}
		for _, f := range []struct{ class, text string }{
			{"rel/X, who said A, left", sub + ", who said " + c + ", left the meeting early."},
			{"rel/X, " + map[bool]string{true: "which", false: "who"}[s.pro == "it"] + " has argued that A, voted", sub + ", " + map[bool]string{true: "which", false: "who"}[s.pro == "it"] + " has argued that " + c + ", voted against the plan."},
			{"noun/X's warning that", sub + "'s warning that " + c + " was ignored by the council."},
			{"noun/X's claim that", sub + "'s claim that " + c + " was disputed by the council."},
			{"noun/the claim by X that", "The claim by " + s.subj + " that " + c + " was disputed by the council."},
			{"noun/X's announcement that", sub + "'s announcement that " + c + " surprised the town."},
			{"noun/X's admission that", sub + "'s admission that " + c + " came late."},
			{"made/made it clear that", sub + " made it clear that " + c + "."},
			{"made/made clear that", sub + " made clear that " + c + "."},
			{"hearer/assured residents that", sub + " assured residents that " + c + "."},
			{"hearer/reminded reporters that", sub + " reminded reporters that " + c + "."},
			{"hearer/informed the council that", sub + " informed the council that " + c + "."},
			{"hearer/warned lawmakers that", sub + " warned lawmakers that " + c + "."},
			{"hearer/promised voters that", sub + " promised voters that " + c + "."},
			{"hearer/briefed reporters that", sub + " briefed reporters that " + c + "."},
			{"hearer/notified the port that", sub + " notified the port's tenants that " + c + "."},
			{"since/has since said", sub + " has since said " + c + "."},
			{"since/went further, saying", sub + " went further, saying " + c + "."},
			{"since/far that", sub + " said, after a meeting with residents that lasted four hours, that " + c + "."},
		} {
			rows = append(rows, auditRow{class: f.class, text: f.text, want: want})
		}
		rows = append(rows,
			auditRow{class: "inv/The wall, said X, would",
				text: "The harbour wall, said " + s.subj + ", would need to be rebuilt.",
				want: []quote{{s.name, auI, "would need to be rebuilt"}}},
			auditRow{class: "question/asked why",
				text: sub + " asked why the harbour wall had not been rebuilt.",
				want: []quote{{s.name, auI, "why the harbour wall had not been rebuilt"}}},
			auditRow{class: "question/asked how",
				text: sub + " asked how the harbour wall would be paid for.",
				want: []quote{{s.name, auI, "how the harbour wall would be paid for"}}},
			auditRow{class: "question/wanted to know whether",
				text: sub + " wanted to know whether the harbour wall would be rebuilt.",
				want: []quote{{s.name, auI, "whether the harbour wall would be rebuilt"}}},
		)
	}
	return rows
}

func TestAuditS16N3i(t *testing.T) {
	runAudit(t, "n3i", n3Mark(n3Rows9()), false)
}

// n3Rows9, batch 9: reported clauses that hold what could end them early:
// reported speech nested inside ("X said police had told her ..."), a
// comma splice, an aside with its own quoted word or "according to",
// abbreviations with full stops ("a.m.", "U.S.", "Dr.", "St."), numbers
// with commas and decimals, and a long list.
func n3Rows9() []auditRow {
	var rows []auditRow
	for _, s := range n3Speakers {
		sub := n3Cap(s.subj)
		for _, f := range []struct{ class, clause string }{
			{"nest/police had told her", "police had told " + map[bool]string{true: "it", false: "her"}[s.pro == "it"] + " the quay would stay shut until May"},
			{"nest/engineers had said", "engineers had said the wall could fail in the next storm"},
			{"splice/comma splice", "the fire was out, the roads were open again"},
			{"aside/quoted word in an aside", "the plan, which critics called \u201creckless\u201d, would cost the town 3 million crowns"},
			{"aside/according to inside", "the wall, according to engineers, would need to be rebuilt"},
			{"abbr/a.m.", "the ferry left Lenby at 6 a.m. on Friday and sank within the hour"},
			{"abbr/U.S.", "the U.S. Navy would send two ships to help with the search"},
			{"abbr/Dr.", "Dr. Ilse Varro would lead the inquiry into the sinking"},
			{"abbr/St.", "the St. Kilda pier would be closed for a month"},
			{"abbr/No.", "the No. 4 ferry had been withdrawn from service"},
			{"num/numbers with commas and decimals", "1,200 homes had lost power and repairs would cost 4.5 million crowns"},
			{"list/a long list", "the storm had damaged the pier, the lifeboat station, two cafes, the harbour office and a row of fishermen's huts"},
		} {
			kind := auI
			if strings.Contains(f.clause, "\u201c") {
				kind = auM
			}
			rows = append(rows, auditRow{class: f.class, text: sub + " said " + f.clause + ".", want: []quote{{s.name, kind, f.clause}}})
		}
	}
	return rows
}
