package extract_test

import (
	"flag"
	"strings"
	"testing"
)

// Session 14, helper g1: a fresh audit of a public broadcaster's wire
// copy (the invented Marlow Broadcasting Corporation, "MBC News"): the
// speaker's full name and role first, the surname with "Mr"/"Ms" later,
// pronoun chains, "told MBC News", "told the MBC's Today programme",
// "said in a statement to MBC", "speaking to reporters", "X says" in the
// present tense, a ministry's spokesperson, police appeals and
// statements, courts, "it is understood", "MBC understands", "sources
// told MBC", the broadcaster's own correspondent, live-page "Earlier, X
// said", bullet summaries and captions. Each frame is crossed with the
// casts below (people, places and bodies invented).
//
// FIRST-PASS, each batch written whole and run once before any fix:
//   - batch 1 (frames "toldmbc" to "live", near misses): 173/186 (0.93):
//     toldmbc 40/40, says 24/28, chain 20/20, body 17/18, police 15/15,
//     court 12/12, own 25/25, live 12/20, near 8/8. Four "says" failures
//     were the table's (a split quote with only "Ms Penrith" named is
//     rightly hers as "Penrith"; the frame now names her first), so the
//     engine's figure is 177/186 (0.95).
//   - batch 2 (perfect, descr, asked, mixed, social, venue, quotefirst,
//     accperson): 96/96 (1.00).
//   - batch 3 (eight whole stories, 60 quotes): 7/8 rows; the one miss
//     was the table's ("said X and that Y" is one quote by the realnews
//     README), so 8/8: every quote and speaker list right.
//   - batch 4 (fifteen speech verbs x two tenses x four frames; eight
//     bodies named then described): verb 116/120, bodydesc 24/32.
//   All four batches as first run: 416/442 (0.94); 421/442 (0.95)
//   without the table's own errors. (Four near misses on "force" were
//   added while fixing; they pass.)
// Failing classes and what became of them:
//   - caption label in its own paragraph ("Image caption," then the
//     caption): 4 rows, fixed (labelledCaption looks one paragraph back).
//   - "the force" for a police body: 5 rows, fixed ("force" and
//     "constabulary" are generic body nouns; "the air force", "the task
//     force" describe no police named before). heldout-e attribution
//     0.830 -> 0.837, no other set moved.
//   - batch 5 (sixteen name forms: titles without stops, particles,
//     hyphens, several-word names, x three frames): 47/48 (0.98). The
//     miss: "the Bishop of Harlan, the Rt Rev Ruth Merrow, said" gave
//     the see, not the bishop. Batch 6 (styled, written while fixing)
//     on the engine before the fix: 4/7; fixed (styledName: "the" and a
//     style before a name in apposition is a name), 7/7; no set moved.
//   - batch 7 (presenter or editor named beside the cue; reported-
//     speech shapes): presenter 20/24, reported 34/42. Fixed: "X said A,
//     while Y of the farmers' union said B" took B into A (a name's "of"
//     phrase hid the second cue): 4 rows, plus two rows and a near miss
//     added while fixing; no set moved. Known: the programme named with
//     its presenter (4), "But Y disagreed, saying B" (4).
//   - known: a lone unquoted "Name: words" line (4), "accepted" with a
//     bare clause (4), a body named without its kind word then "the
//     charity" (4). Final: 555/579, 24 known.

// Mechanisms of the rows still failing, named once.
const (
	g1LabelLine = "label-line: a lone \"Name: words\" line with no quotation marks is not read as a turn (a transcript needs several labelled turns; the rules settle transcripts, not a live page's single label line)"
	g1Accepted  = "accepted-cue: \"accepted\" with a bare clause and no \"that\" (\"Ms Penrith accepted the bridge would ...\", \"..., Ms Penrith accepts.\") is no cue; with \"that\" it is"
	g1Programme = "programme-with: a programme named with its presenter (\"MBC Radio Marlow's Breakfast with Colm Ardery\") ends the cue's addressee nowhere, and the clause after it is lost; \"Breakfast programme\" or \"told MBC presenter Colm Ardery\" work"
	g1ButSaying = "but-disagreed: \"But Idris Kell disagreed, saying ...\" loses the participle's clause; without \"But\", or with \"objected\", it is found (\"disagree\" is a quote-only cue that takes the sentence)"
	g1CoordSubj = "coord-subj: a reported clause whose subject holds a name's \"of\" phrase and \", and the figures in it,\" before its verb is lost whole (fails before this branch's changes too)"
	g1BareBrand = "bare-brand: a body named without its kind word (\"Shelterline\") is not what \"the charity\" later describes; wire copy usually says \"Shelterline, a homelessness charity,\" first"
)

var g1Known = flag.Bool("g1.known", false, "TestAuditS14G1 runs its known failures too")

func TestAuditS14G1(t *testing.T) { runAudit(t, "g1", g1Rows(), *g1Known) }

// g1Cast is one person as broadcaster copy names them: the first mention
// with the role before the name, an appositive form, the later "Mr/Ms"
// surname and the pronoun.
type g1Cast struct {
	full, first, appos, later, pron, desc string
}

var g1Casts = []g1Cast{
	{"Aroha Penrith", "Health Minister Aroha Penrith", "Aroha Penrith, the health minister,", "Ms Penrith", "She", "the minister"},
	{"Tomasz Wilde", "Harlan University virologist Dr Tomasz Wilde", "Tomasz Wilde, a virologist at Harlan University,", "Dr Wilde", "He", "the virologist"},
	{"Bryony Askew-Hale", "Marlow County Council leader Bryony Askew-Hale", "Bryony Askew-Hale, who leads Marlow County Council,", "Ms Askew-Hale", "She", "the council leader"},
	{"Kwame Osei", "Opposition leader Kwame Osei", "Kwame Osei, the leader of the opposition,", "Mr Osei", "He", "the opposition leader"},
}

// g1Body is a body as broadcaster copy names it: first mention, later
// description.
type g1Body struct{ name, first, later string }

var g1Bodies = []g1Body{
	{"Ministry of Fisheries", "the Ministry of Fisheries", "the ministry"},
	{"Tarn Valley Police", "Tarn Valley Police", "the force"},
	{"Harlan Water", "Harlan Water", "the company"},
}

var g1Clauses = [][2]string{
	{"the bridge would stay closed until the spring", "repairs would cost at least 4m marks"},
	{"the new rules would come into force in June", "nobody would lose their job"},
	{"the report had been sent to the cabinet", "its findings would be published in full"},
}

// g1Frame is a sentence frame: {N} first mention, {A} appositive, {S}
// later form, {P} pronoun, {p} pronoun in lower case, {B} a body's first
// mention, {b} its later description, {C} and {E} clauses, {D} a direct
// sentence. Each want is (who, kind, text): who "N" is the person, "B"
// the body, "" nobody. speakers, when set, lists "N"/"B" or is empty.
type g1Frame struct {
	class    string
	text     string
	want     [][3]string
	speakers []string
	exact    bool
	bodies   bool   // crossed with the bodies, not the people
	known    string // the mechanism of a known failure
}

var g1Frames = []g1Frame{
	// told the broadcaster
	{class: "toldmbc/cue last, told MBC News", text: "The government is under pressure over the flooding. {Cc}, {N} told MBC News.",
		want: [][3]string{{"N", "I", "{Cc}"}}, speakers: []string{"N"}},
	{class: "toldmbc/told MBC News, clause after", text: "{N} told MBC News {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "toldmbc/told the MBC's Today programme", text: "{N} told the MBC's Today programme {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "toldmbc/told MBC Radio Marlow's Breakfast show", text: "{N} told MBC Radio Marlow's Breakfast show that {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "toldmbc/speaking to MBC News, said", text: "Speaking to MBC News, {N} said {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "toldmbc/in an interview with MBC, direct", text: "In an interview with MBC Radio Marlow, {N} said: \"{D}\"",
		want: [][3]string{{"N", "D", "{D}"}}, speakers: []string{"N"}},
	{class: "toldmbc/said in a statement to MBC", text: "{N} said in a statement to MBC that {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "toldmbc/direct then told MBC News, later form", text: "{N} has defended the plan.\n\n\"{D}\" {S} told MBC News.",
		want: [][3]string{{"N", "D", "{D}"}}, speakers: []string{"N"}},
	{class: "toldmbc/speaking to reporters", text: "Speaking to reporters outside parliament, {N} said {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "toldmbc/told MBC's Newsnight, pronoun", text: "{N} was asked about the delay.\n\n{P} told MBC's Newsnight {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	// present-tense says
	{class: "says/X says clause", text: "{N} says {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "says/clause, X says", text: "{Cc}, {N} says.",
		want: [][3]string{{"N", "I", "{Cc}"}}, speakers: []string{"N"}},
	{class: "says/direct, says X", text: "\"{D}\" says {N}.",
		want: [][3]string{{"N", "D", "{D}"}}, speakers: []string{"N"}},
	{class: "says/later form says, next paragraph", text: "{N} has been in the job for a year.\n\n{S} says {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "says/pronoun says, then direct", text: "{N} met the families on Monday.\n\n{P} says {C}.\n\n\"{D}\"",
		want: [][3]string{{"N", "I", "{C}"}, {"N", "D", "{D}"}}, speakers: []string{"N"}},
	{class: "says/appositive says", text: "{A} says {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "says/direct split by says", text: "{N} visited Harlan.\n\n\"{D}\" {S} says. \"We will keep listening.\"",
		want: [][3]string{{"N", "D", "{D}"}, {"N", "D", "We will keep listening."}}},
	// pronoun and surname chains over several paragraphs
	{class: "chain/role-name, surname direct, pronoun added", text: "{N} said {C}.\n\n\"{D}\" {S} said.\n\n{P} added that {E}.",
		want: [][3]string{{"N", "I", "{C}"}, {"N", "D", "{D}"}, {"N", "I", "{E}"}}, speakers: []string{"N"}},
	{class: "chain/appositive, then pronoun went on", text: "{A} said {C}.\n\n{P} went on to say that {E}.",
		want: [][3]string{{"N", "I", "{C}"}, {"N", "I", "{E}"}}, speakers: []string{"N"}},
	{class: "chain/second person between", text: "{N} said {C}.\n\nFarmers' union president Idris Kell said the plan was \"a start\".\n\n{S} said {E}.",
		want: [][3]string{{"N", "I", "{C}"}, {"Idris Kell", "M", "the plan was \"a start\""}, {"N", "I", "{E}"}}},
	{class: "chain/bare quote paragraph after surname", text: "{N} said the plan had been rushed.\n\n\"{D}\"",
		want: [][3]string{{"N", "I", "the plan had been rushed"}, {"N", "D", "{D}"}}},
	{class: "chain/pronoun says present after past", text: "{N} told MBC News {C}.\n\n{P} says {E}.",
		want: [][3]string{{"N", "I", "{C}"}, {"N", "I", "{E}"}}, speakers: []string{"N"}},
	// bodies: spokespeople, statements, police
	{bodies: true, class: "body/a spokesperson for the body said", text: "A spokesperson for {B} said {C}.",
		want: [][3]string{{"B", "I", "{C}"}}, speakers: []string{"B"}},
	{bodies: true, class: "body/said in a statement", text: "In a statement, {B} said {C}.",
		want: [][3]string{{"B", "I", "{C}"}}, speakers: []string{"B"}},
	{bodies: true, class: "body/later description said in a statement", text: "{B} has been criticised over the delay.\n\nIn a statement, {b} said {C}.",
		want: [][3]string{{"B", "I", "{C}"}}, speakers: []string{"B"}},
	{bodies: true, class: "body/statement to MBC", text: "In a statement to MBC News, {B} said {C}.",
		want: [][3]string{{"B", "I", "{C}"}}, speakers: []string{"B"}},
	{bodies: true, class: "body/according to the body", text: "{Cc}, according to {B}.",
		want: [][3]string{{"B", "I", "{Cc}"}}, speakers: []string{"B"}},
	{bodies: true, class: "body/the body says present", text: "{B} says {C}.",
		want: [][3]string{{"B", "I", "{C}"}}, speakers: []string{"B"}},
	{class: "police/police appealed to witnesses", text: "Tarn Valley Police have appealed to witnesses to come forward.",
		want: [][3]string{{"Tarn Valley Police", "I", "witnesses to come forward"}}, speakers: []string{"Tarn Valley Police"}},
	{class: "police/a police statement said", text: "A man, 34, has been arrested in Harlan. A statement from Tarn Valley Police said {C}.",
		want: [][3]string{{"Tarn Valley Police", "I", "{C}"}}, speakers: []string{"Tarn Valley Police"}},
	{class: "police/Det Insp named said", text: "Det Insp Maren Holt, of Tarn Valley Police, said: \"{D}\"",
		want: [][3]string{{"Maren Holt", "D", "{D}"}}, speakers: []string{"Maren Holt"}},
	{class: "police/Det Insp, then surname added", text: "Det Insp Maren Holt said {C}.\n\nDet Insp Holt added: \"{D}\"",
		want: [][3]string{{"Maren Holt", "I", "{C}"}, {"Maren Holt", "D", "{D}"}}, speakers: []string{"Maren Holt"}},
	{class: "police/police said, unnamed", text: "Police said {C}.",
		want: [][3]string{{"", "I", "{C}"}}, speakers: []string{}},
	// courts
	{class: "court/told the court", text: "Prosecutor Ilse Marrow told Harlan Crown Court {C}.",
		want: [][3]string{{"Ilse Marrow", "I", "{C}"}}, speakers: []string{"Ilse Marrow"}},
	{class: "court/sentencing, the judge said", text: "Sentencing him, Judge Oren Fask said: \"{D}\"",
		want: [][3]string{{"Oren Fask", "D", "{D}"}}, speakers: []string{"Oren Fask"}},
	{class: "court/defending, barrister said", text: "Defending, Lucan Prior said {C}.",
		want: [][3]string{{"Lucan Prior", "I", "{C}"}}, speakers: []string{"Lucan Prior"}},
	{class: "court/the court heard, no speaker", text: "The court heard {C}.",
		want: [][3]string{{"", "I", "{C}"}}, speakers: []string{}},
	// the broadcaster's own voice
	{class: "own/MBC understands, no quote", text: "MBC understands {C}.",
		speakers: []string{}, exact: true},
	{class: "own/it is understood, no speaker", text: "It is understood that {C}.",
		speakers: []string{}},
	{class: "own/sources told MBC, null", text: "Sources told MBC News {C}.",
		want: [][3]string{{"", "I", "{C}"}}, speakers: []string{}},
	{class: "own/a senior source told MBC, null", text: "A senior government source told MBC {C}.",
		want: [][3]string{{"", "I", "{C}"}}, speakers: []string{}},
	{class: "own/the correspondent says", text: "MBC political correspondent Delia Varro says {C}.",
		want: [][3]string{{"Delia Varro", "I", "{C}"}}, speakers: []string{"Delia Varro"}},
	{class: "own/analysis byline, no quote", text: "Analysis\n\nBy Delia Varro, MBC political editor\n\nThis was a bruising week for the government. The bridge may well stay closed until the spring.",
		speakers: []string{}, exact: true},
	{class: "own/MBC has learned, no quote", text: "MBC News has learned {C}.",
		speakers: []string{}, exact: true},
	{class: "own/person told MBC, MBC not a speaker", text: "{N} told MBC News: \"{D}\"",
		want: [][3]string{{"N", "D", "{D}"}}, speakers: []string{"N"}, exact: true},
	// live page
	{class: "live/Earlier, X said", text: "Earlier, {N} said {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "live/timestamped entry", text: "14:05\n\n{N} says {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "live/bullet summary", text: "Here is what we know so far:\n\n- {N} says {C}\n\n- Flood warnings remain in place across Marlow",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "live/post headed by name", text: "{N}: {Dq}\n\nThat is all from us for now.",
		want: [][3]string{{"N", "D", "{D}"}}, known: g1LabelLine},
	// batch 2, written after the first run, before any fix
	{class: "perfect/has told MBC News", text: "{N} has told MBC News {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "perfect/has said, on Tuesday", text: "{N} has said {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "perfect/has warned that", text: "{N} has warned that {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "perfect/later form has told, pronoun", text: "{N} visited the site.\n\n{S} has told MBC News {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "descr/the role told MBC News", text: "{N} faced questions on Monday.\n\n{R} told MBC News {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "descr/role said, quote first", text: "{N} faced questions on Monday.\n\n\"{D}\" {R} said.",
		want: [][3]string{{"N", "D", "{D}"}}, speakers: []string{"N"}},
	{class: "asked/asked whether, said", text: "{N} said {C}.\n\nAsked whether the money would be found, {S} said: \"{D}\"",
		want: [][3]string{{"N", "I", "{C}"}, {"N", "D", "{D}"}}, speakers: []string{"N"}},
	{class: "asked/when asked about the delay", text: "When asked about the delay, {N} told MBC News {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "asked/asked by MBC News", text: "Asked by MBC News about the delay, {N} said {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "mixed/told MBC News she was quoted word", text: "{N} told MBC News {p} was \"deeply disappointed\" by the decision.",
		want: [][3]string{{"N", "M", "{p} was \"deeply disappointed\" by the decision"}}, speakers: []string{"N"}},
	{class: "mixed/says it is quoted phrase", text: "{N} visited Harlan.\n\n{S} says the plan is \"a mess from start to finish\".",
		want: [][3]string{{"N", "M", "the plan is \"a mess from start to finish\""}}, speakers: []string{"N"}},
	{class: "mixed/described as", text: "{N} described the decision as \"a dark day for Marlow\".",
		want: [][3]string{{"N", "D", "a dark day for Marlow"}}, speakers: []string{"N"}},
	{class: "social/wrote on social media", text: "In a post on social media, {N} wrote that {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "social/posted on X", text: "Writing on X, {N} said {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "social/said in a post direct", text: "{N} said in a post on social media: \"{D}\"",
		want: [][3]string{{"N", "D", "{D}"}}, speakers: []string{"N"}},
	{class: "venue/told a news conference", text: "{N} told a news conference in Harlan {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "venue/speaking at, on Tuesday", text: "Speaking at a press conference in Harlan on Tuesday, {N} said {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "venue/speaking on MBC's Sunday programme, mid", text: "{A} speaking on MBC's Sunday Politics, said {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "venue/told MBC Radio Marlow, direct", text: "{N} told MBC Radio Marlow: \"{D}\"",
		want: [][3]string{{"N", "D", "{D}"}}, speakers: []string{"N"}, exact: true},
	{class: "venue/told the MBC, direct", text: "{N} told the MBC: \"{D}\"",
		want: [][3]string{{"N", "D", "{D}"}}, speakers: []string{"N"}, exact: true},
	{class: "quotefirst/two sentences then told MBC", text: "{N} spoke after the vote.\n\n\"{D} We are doing everything we can,\" {S} told MBC News.",
		want: [][3]string{{"N", "D", "{D} We are doing everything we can"}}, speakers: []string{"N"}},
	{class: "quotefirst/said later form, with age", text: "{N} spoke after the vote.\n\n\"{D}\" {S}, 54, said.",
		want: [][3]string{{"N", "D", "{D}"}}, speakers: []string{"N"}},
	{class: "accperson/according to the person", text: "{Cc}, according to {N}.",
		want: [][3]string{{"N", "I", "{Cc}"}}, speakers: []string{"N"}},
	{class: "accperson/according to the later form, paragraph two", text: "{N} visited Harlan.\n\nAccording to {S}, {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	// batch 7, written after batch 6's fix, before running it: the
	// broadcaster's presenter or editor named beside the cue, and the
	// reported-speech shapes of wire copy
	{class: "presenter/told MBC presenter name", text: "{N} told MBC presenter Colm Ardery {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "presenter/told the MBC's editor name", text: "{N} told the MBC's political editor, Delia Varro, that {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "presenter/in an interview with MBC's editor name", text: "In an interview with MBC political editor Delia Varro, {N} said {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "presenter/asked by the presenter, said", text: "Asked by MBC's Colm Ardery whether the money would be found, {N} said {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "presenter/programme with presenter's name", text: "{N} told MBC Radio Marlow's Breakfast with Colm Ardery {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}, known: g1Programme},
	{class: "presenter/quote first, told the presenter", text: "{N} was interviewed on Sunday.\n\n\"{D}\" {S} told Colm Ardery on MBC's Sunday Politics.",
		want: [][3]string{{"N", "D", "{D}"}}, speakers: []string{"N"}},
	{class: "reported/cue splits the clause", text: "{N} visited Harlan.\n\nThe bridge, {S} said, would stay closed until the spring.",
		want: [][3]string{{"N", "I", "would stay closed until the spring"}}, speakers: []string{"N"}},
	{class: "reported/rejected the claims, saying", text: "{N} rejected the claims, saying {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "reported/welcomed the decision, saying mixed", text: "{N} welcomed the decision, saying it was \"long overdue\".",
		want: [][3]string{{"N", "M", "it was \"long overdue\""}}, speakers: []string{"N"}},
	{class: "reported/but the other disagreed, saying", text: "{N} said {C}.\n\nBut Idris Kell, who chairs the farmers' union, disagreed, saying {E}.",
		want: [][3]string{{"N", "I", "{C}"}, {"Idris Kell", "I", "{E}"}}, speakers: []string{"Idris Kell", "N"}, known: g1ButSaying},
	{class: "reported/has previously said", text: "{N} has previously said {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "reported/said she hoped", text: "{N} said {p} hoped {C}.",
		want: [][3]string{{"N", "I", "{p} hoped {C}"}}, speakers: []string{"N"}},
	{class: "reported/X said A, while Y said B", text: "{N} said {C}, while Idris Kell of the farmers' union said {E}.",
		want: [][3]string{{"N", "I", "{C}"}, {"Idris Kell", "I", "{E}"}}, speakers: []string{"Idris Kell", "N"}},
	{class: "reported/X said A, but Y of the body told MBC B", text: "{N} said {C}, but Idris Kell of Harlan Water told MBC News {E}.",
		want: [][3]string{{"N", "I", "{C}"}, {"Idris Kell", "I", "{E}"}}, speakers: []string{"Idris Kell", "N"}},
	{class: "reported/near: X said A, and Y of the body welcomed it", text: "{N} said {C}, and Idris Kell of the farmers' union welcomed the news.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}, exact: true},
	{class: "reported/near: of-phrase inside the clause, no second cue", text: "{N} said the report by Idris Kell of the Audit Office, and the figures in it, were sound.",
		want: [][3]string{{"N", "I", "the report by Idris Kell of the Audit Office, and the figures in it, were sound"}}, speakers: []string{"N"}, exact: true, known: g1CoordSubj},
	{class: "reported/comments came after Y said", text: "{N} said {C}.\n\n{P} was speaking after Idris Kell, who chairs the farmers' union, said {E}.",
		want: [][3]string{{"N", "I", "{C}"}, {"Idris Kell", "I", "{E}"}}, speakers: []string{"Idris Kell", "N"}},
	{class: "reported/long appositive with relative clause", text: "{A} who has held the post since 2019, told MBC News {C}.",
		want: [][3]string{{"N", "I", "{C}"}}, speakers: []string{"N"}},
	{class: "reported/a report by the office found", text: "A report by the Marlow Audit Office found that {C}.",
		want: [][3]string{{"Marlow Audit Office", "I", "{C}"}}, speakers: []string{"Marlow Audit Office"}},
	{class: "reported/figures published by the office show", text: "Figures published by the Marlow Statistics Office on Tuesday show {C}.",
		want: [][3]string{{"Marlow Statistics Office", "I", "{C}"}}, speakers: []string{"Marlow Statistics Office"}},
	{class: "live/caption not a quote", text: "Image caption,\n\n{N} said the bridge was unsafe\n\n{N} spoke to MBC News on Monday.",
		speakers: []string{}, exact: true},
}

// g1Rows crosses every frame with its casts.
func g1Rows() []auditRow {
	var rows []auditRow
	for _, f := range g1Frames {
		n := len(g1Casts)
		if f.bodies {
			n = len(g1Bodies)
		}
		if !strings.ContainsAny(f.text, "{") || (!f.bodies && !strings.Contains(f.text, "{N}") && !strings.Contains(f.text, "{A}") && !strings.Contains(f.text, "{S}")) {
			n = len(g1Clauses) // a frame without the person varies its clause
		}
		for i := 0; i < n; i++ {
			rows = append(rows, g1Row(f, i))
		}
	}
	rows = append(rows, g1Near...)
	rows = append(rows, g1Stories...)
	rows = append(rows, g1Batch4()...)
	rows = append(rows, g1Batch5()...)
	return append(rows, g1Styled...)
}

func g1Row(f g1Frame, i int) auditRow {
	c := g1Casts[i%len(g1Casts)]
	b := g1Bodies[i%len(g1Bodies)]
	cl := g1Clauses[i%len(g1Clauses)]
	d := []string{"We will not walk away from these families.", "Nobody should have to wait this long.", "This is a serious and deliberate attack."}[i%3]
	r := strings.NewReplacer(
		"{N}", c.first, "{A}", c.appos, "{S}", c.later, "{P}", c.pron, "{R}", c.desc, "{p}", strings.ToLower(c.pron),
		"{B}", b.first, "{b}", b.later,
		"{Cc}", strings.ToUpper(cl[0][:1])+cl[0][1:], "{C}", cl[0], "{E}", cl[1],
		"{Dq}", d, "{D}", d,
	)
	text := r.Replace(f.text)
	text = strings.ToUpper(text[:1]) + text[1:]
	who := func(w string) string {
		switch w {
		case "N":
			return c.full
		case "B":
			return b.name
		}
		return w
	}
	row := auditRow{class: f.class, text: text, exact: f.exact, known: f.known}
	for _, w := range f.want {
		k := auI
		switch w[1] {
		case "D":
			k = auD
		case "M":
			k = auM
		}
		row.want = append(row.want, quote{who(w[0]), k, r.Replace(w[2])})
	}
	if f.speakers != nil {
		row.speakers = []string{}
		for _, s := range f.speakers {
			row.speakers = append(row.speakers, who(s))
		}
	}
	return row
}

// g1Near are near misses: broadcaster wording that is no speech, or
// where the broadcaster must not speak.
var g1Near = []auditRow{
	{class: "near/MBC reported, no speaker",
		text:     "MBC News reported on Tuesday that the bridge would stay closed until the spring.",
		speakers: []string{}},
	{class: "near/watch the MBC interview",
		text:     "Health Minister Aroha Penrith spoke to MBC's Today programme about the waiting lists.",
		speakers: []string{}, exact: true},
	{class: "near/told the broadcaster nothing",
		text:     "Harlan Water declined to comment when contacted by MBC News.",
		speakers: []string{}, exact: true},
	{class: "near/the programme says nothing",
		text:     "The MBC's Today programme has been on air since 1957. It is presented by Colm Ardery.",
		speakers: []string{}, exact: true},
	{class: "near/a headline in a bullet",
		text:     "- Flood warnings remain in place across Marlow\n\n- Schools in Harlan will stay shut on Friday",
		speakers: []string{}, exact: true},
	{class: "near/police appeal for information, no clause",
		text:     "Tarn Valley Police have appealed for information.",
		speakers: []string{}, exact: true},
	{class: "near/said to be, no speech",
		text:     "Opposition leader Kwame Osei is said to be furious about the leak.",
		speakers: []string{}, exact: true},
	{class: "near/the force of the blast, a witness said",
		text:     "Tarn Valley Police were called at 02:00.\n\nThe force of the blast shattered windows, a witness said.",
		want:     []quote{{"", auI, "The force of the blast shattered windows"}},
		speakers: []string{}},
	{class: "near/the air force said, police named before",
		text:     "Tarn Valley Police closed the road.\n\nThe air force said two jets had been scrambled.",
		want:     []quote{{"", auI, "two jets had been scrambled"}},
		speakers: []string{}},
	{class: "near/came into force, the police said",
		text:     "The rules came into force on Monday, Tarn Valley Police said.",
		want:     []quote{{"Tarn Valley Police", auI, "The rules came into force on Monday"}},
		speakers: []string{"Tarn Valley Police"}},
	{class: "near/the force after a company, not the company",
		text:     "Harlan Water has been criticised over the leak.\n\nThe force said two officers had attended.",
		want:     []quote{{"", auI, "two officers had attended"}},
		speakers: []string{}},
	{class: "near/correspondent reporting from, no speech",
		text:     "MBC correspondent Delia Varro, reporting from Harlan, watched the crowds gather at the gates.",
		speakers: []string{}, exact: true},
}

// g1Stories are whole broadcaster stories (batch 3, written after the
// second run, before any fix): several speakers, role-name first and
// "Ms/Mr" surname later, pronoun chains, "says" throughout, a union and
// a ministry, a court, a correspondent, a live page's furniture.
var g1Stories = []auditRow{
	{class: "story/health, minister, union and its officer, opposition says",
		text: `Hospitals in Marlow have been told to cancel routine operations for a fortnight after a surge in winter flu cases.

Health Minister Aroha Penrith said the decision had not been taken lightly.

"Nobody wants to see operations postponed, but patient safety has to come first," she told MBC News.

The Marlow Nurses' Association said its members were "exhausted" and warned that the cancellations would lengthen waiting lists.

Its general secretary, Fenella Drury, said staff had been working double shifts since November.

"We warned the ministry in the summer that this would happen," Ms Drury said. "Nobody listened."

Ms Penrith said an extra 40m marks would be made available to hospitals this winter.

Opposition health spokesman Caspar Loy says the money is "too little, too late".

He told the MBC's Today programme the government had "lost control" of the health service.

The Ministry of Health says about 1,200 operations are expected to be affected.`,
		want: []quote{
			{"Aroha Penrith", auI, "the decision had not been taken lightly"},
			{"Aroha Penrith", auD, "Nobody wants to see operations postponed, but patient safety has to come first"},
			{"Marlow Nurses' Association", auM, `its members were "exhausted"`},
			{"Marlow Nurses' Association", auI, "the cancellations would lengthen waiting lists"},
			{"Fenella Drury", auI, "staff had been working double shifts since November"},
			{"Fenella Drury", auD, "We warned the ministry in the summer that this would happen"},
			{"Fenella Drury", auD, "Nobody listened."},
			{"Aroha Penrith", auI, "an extra 40m marks would be made available to hospitals this winter"},
			{"Caspar Loy", auM, `the money is "too little, too late"`},
			{"Caspar Loy", auM, `the government had "lost control" of the health service`},
			{"Ministry of Health", auI, "about 1,200 operations are expected to be affected"},
		},
		speakers: []string{"Aroha Penrith", "Caspar Loy", "Fenella Drury", "Marlow Nurses' Association", "Ministry of Health"}},
	{class: "story/police, detective she-chain, councillor",
		text: `A 42-year-old man has been charged with murder after a woman was found dead at a house in Harlan.

Tarn Valley Police said officers were called to Quarry Lane at about 02:30 on Saturday.

The woman, who has not been named, was pronounced dead at the scene.

Det Ch Insp Maren Holt, who is leading the investigation, said: "Our thoughts are with the woman's family at this terrible time."

She said the man and the woman were known to each other and that officers were not looking for anyone else.

"I would urge anyone who was in the Quarry Lane area on Friday night to get in touch," she added.

The man is due to appear before Harlan Magistrates' Court on Monday.

Local councillor Rhodri Vane said the community was "in shock".

"It is a quiet street. Nothing like this ever happens here," he told MBC News.`,
		want: []quote{
			{"Tarn Valley Police", auI, "officers were called to Quarry Lane at about 02:30 on Saturday"},
			{"Maren Holt", auD, "Our thoughts are with the woman's family at this terrible time."},
			{"Maren Holt", auI, "the man and the woman were known to each other and that officers were not looking for anyone else"},
			{"Maren Holt", auD, "I would urge anyone who was in the Quarry Lane area on Friday night to get in touch"},
			{"Rhodri Vane", auM, `the community was "in shock"`},
			{"Rhodri Vane", auD, "It is a quiet street. Nothing like this ever happens here"},
		},
		speakers: []string{"Maren Holt", "Rhodri Vane", "Tarn Valley Police"}},
	{class: "story/international, president, opposition, UN, correspondent says",
		text: `The government of Ostravia has declared a state of emergency after days of protests in the capital, Vel.

President Ilko Varan said in a televised address that the measures were needed "to restore order".

Thousands of people have taken to the streets since Monday, when the government announced a rise in fuel prices.

Opposition figure Mirela Dost, who has led the protests, told MBC News the emergency was "an attack on democracy".

"They can lock up our leaders but they cannot lock up a whole nation," she said.

The United Nations has called on both sides to show restraint.

A spokesman for the United Nations said the organisation was "deeply concerned" by reports of arrests.

MBC's correspondent in Vel, Tobias Renn, says the streets were quiet on Thursday evening, but many people fear further unrest.

According to the interior ministry, 240 people have been detained.`,
		want: []quote{
			{"Ilko Varan", auM, `the measures were needed "to restore order"`},
			{"Mirela Dost", auM, `the emergency was "an attack on democracy"`},
			{"Mirela Dost", auD, "They can lock up our leaders but they cannot lock up a whole nation"},
			{"United Nations", auI, "both sides to show restraint"},
			{"United Nations", auM, `the organisation was "deeply concerned" by reports of arrests`},
			{"Tobias Renn", auI, "the streets were quiet on Thursday evening, but many people fear further unrest"},
			{"", auI, "240 people have been detained"},
		},
		speakers: []string{"Ilko Varan", "Mirela Dost", "Tobias Renn", "United Nations"}},
	{class: "story/business, says throughout, company and union",
		text: `Harlan Water says it will cut 300 jobs as part of a restructure.

Chief executive Sunniva Brandt says the company has to save 20m marks a year.

"These are difficult decisions and we don't take them lightly," Ms Brandt says.

She says staff will be consulted over the next six weeks.

The Water Workers' Union says the cuts will put the network at risk.

Union organiser Pita Raukawa says members are angry.

"They were told about this in a five-minute video call," he says. "That is no way to treat people."

Mr Raukawa says the union will meet the company on Friday.

Water Minister Gareth Ollerton says he has asked officials for advice.`,
		want: []quote{
			{"Harlan Water", auI, "it will cut 300 jobs as part of a restructure"},
			{"Sunniva Brandt", auI, "the company has to save 20m marks a year"},
			{"Sunniva Brandt", auD, "These are difficult decisions and we don't take them lightly"},
			{"Sunniva Brandt", auI, "staff will be consulted over the next six weeks"},
			{"Water Workers' Union", auI, "the cuts will put the network at risk"},
			{"Pita Raukawa", auI, "members are angry"},
			{"Pita Raukawa", auD, "They were told about this in a five-minute video call"},
			{"Pita Raukawa", auD, "That is no way to treat people."},
			{"Pita Raukawa", auI, "the union will meet the company on Friday"},
			{"Gareth Ollerton", auI, "he has asked officials for advice"},
		},
		speakers: []string{"Gareth Ollerton", "Harlan Water", "Pita Raukawa", "Sunniva Brandt", "Water Workers' Union"}},
	{class: "story/wikinews election, bare surnames, told Wikinews",
		text: `On Tuesday, the Marlow Electoral Commission announced that turnout in Sunday's regional election was 61 percent, the lowest since 1994.

Commission chair Dorota Lisk told reporters the figure was "disappointing but not surprising".

Lisk said postal voting had been hit by a strike at the Marlow Post Office. "We had ballots arriving a week late," she said.

Speaking to Wikinews, political scientist Ansel Quaye of Harlan University said low turnout tended to favour the governing party.

Quaye added: "Voters who stay at home are usually voters who want change."

The governing Unity Party won 34 of the 60 seats. Party leader Henrike Solm thanked voters in a short statement, saying the result was "a mandate for stability".`,
		want: []quote{
			{"Marlow Electoral Commission", auI, "turnout in Sunday's regional election was 61 percent, the lowest since 1994"},
			{"Dorota Lisk", auM, `the figure was "disappointing but not surprising"`},
			{"Dorota Lisk", auI, "postal voting had been hit by a strike at the Marlow Post Office"},
			{"Dorota Lisk", auD, "We had ballots arriving a week late"},
			{"Ansel Quaye", auI, "low turnout tended to favour the governing party"},
			{"Ansel Quaye", auD, "Voters who stay at home are usually voters who want change."},
			{"Henrike Solm", auM, `the result was "a mandate for stability"`},
		},
		speakers: []string{"Ansel Quaye", "Dorota Lisk", "Henrike Solm", "Marlow Electoral Commission"}},
	{class: "story/court, three women, prosecutor she-chain",
		text: `A former council officer has been jailed for four years for stealing 900,000 marks from Marlow County Council.

Harlan Crown Court heard that Vesna Krall, 51, used the money to pay for holidays and a second home.

Prosecutor Imogen Tate said Krall had "abused a position of trust for almost a decade".

She told the court the thefts had only come to light when a colleague noticed a duplicate invoice.

Defending, Nadia Okafor said her client was "deeply ashamed" and had paid back part of the money.

Sentencing her, Judge Oren Fask said: "You were trusted with public money and you treated it as your own."

In a statement after the hearing, the council said it had tightened its payment checks.`,
		want: []quote{
			{"Imogen Tate", auM, `Krall had "abused a position of trust for almost a decade"`},
			{"Imogen Tate", auI, "the thefts had only come to light when a colleague noticed a duplicate invoice"},
			{"Nadia Okafor", auM, `her client was "deeply ashamed" and had paid back part of the money`},
			{"Oren Fask", auD, "You were trusted with public money and you treated it as your own."},
			{"Marlow County Council", auI, "it had tightened its payment checks"},
		}},
	{class: "story/foreign minister, agency relays, analysts",
		text: `Ostravia's foreign minister, Lenka Dvorsky, has rejected claims that her country supplied weapons to rebels in Calder.

"These accusations are completely baseless," Dvorsky told MBC News on the sidelines of a summit in Vel.

The claims were first made by Calder's defence ministry last week.

Dvorsky said Ostravia would welcome an independent inquiry.

Calder's ambassador to the UN, Piet Marrand, told the Meridian News Agency that his government had "clear evidence".

Analysts say the row could derail peace talks due to start next month.`,
		want: []quote{
			{"Lenka Dvorsky", auD, "These accusations are completely baseless"},
			{"Lenka Dvorsky", auI, "Ostravia would welcome an independent inquiry"},
			{"Piet Marrand", auM, `his government had "clear evidence"`},
			{"", auI, "the row could derail peace talks due to start next month"},
		},
		speakers: []string{"Lenka Dvorsky", "Piet Marrand"}},
	{class: "story/fire, picture furniture, service says, resident",
		text: `Image source, Getty Images

Image caption,

Firefighters at the scene in Harlan on Tuesday

A fire at a chemical plant in Harlan is now under control, Tarn Valley Fire and Rescue Service says.

Residents were told to keep their windows and doors shut.

Station manager Bram Oduya said crews had worked through the night.

"It was a very challenging fire, with a lot of hazardous material on site," he said.

Local resident Elin Parry told MBC News she had been woken by "a huge bang".`,
		want: []quote{
			{"Tarn Valley Fire and Rescue Service", auI, "A fire at a chemical plant in Harlan is now under control"},
			{"Bram Oduya", auI, "crews had worked through the night"},
			{"Bram Oduya", auD, "It was a very challenging fire, with a lot of hazardous material on site"},
			{"Elin Parry", auM, `she had been woken by "a huge bang"`},
		},
		speakers: []string{"Bram Oduya", "Elin Parry", "Tarn Valley Fire and Rescue Service"}, exact: true},
}

// Batch 4 (written after the third run, before its fix): broadcaster
// speech verbs, past and present, crossed with four frames; and bodies
// named once, then by their description ("the force", "the trust").
var g1Verbs = [][2]string{
	{"insisted", "insists"}, {"admitted", "admits"}, {"conceded", "concedes"},
	{"stressed", "stresses"}, {"acknowledged", "acknowledges"}, {"claimed", "claims"},
	{"argued", "argues"}, {"maintained", "maintains"}, {"suggested", "suggests"},
	{"confirmed", "confirms"}, {"explained", "explains"}, {"warned", "warns"},
	{"pointed out", "points out"}, {"accepted", "accepts"}, {"predicted", "predicts"},
}

var g1VerbFrames = [][2]string{
	{"verb/N verbs that C", "{N} {V} that {C}."},
	{"verb/S verbs C, paragraph two", "{N} visited Harlan on Monday.\n\n{S} {V} {C}."},
	{"verb/C, S verbs, paragraph two", "{N} visited Harlan on Monday.\n\n{Cc}, {S} {V}."},
	{"verb/P verbs that C, paragraph two", "{N} visited Harlan on Monday.\n\n{P} {V} that {C}."},
}

var g1DescBodies = [][2]string{
	{"Tarn Valley Police", "the force"}, {"Harlan General Hospital", "the hospital"},
	{"Marlow Ambulance Service", "the service"}, {"Tarn Valley Health Board", "the board"},
	{"Marlow Housing Trust", "the trust"}, {"Shelterline", "the charity"},
	{"Marlow Rail Authority", "the authority"}, {"Harlan Water", "the company"},
}

var g1DescFrames = [][2]string{
	{"bodydesc/the description said", "{B} has been criticised over the delay.\n\n{Bc} said {C}."},
	{"bodydesc/in a statement, the description said", "{B} has been criticised over the delay.\n\nIn a statement, {b} said {C}."},
	{"bodydesc/a spokesperson for the description", "{B} has been criticised over the delay.\n\nA spokesperson for {b} said {C}."},
	{"bodydesc/the description says, present", "{B} has been criticised over the delay.\n\n{Bc} says {C}."},
}

func g1Batch4() []auditRow {
	var rows []auditRow
	for vi, v := range g1Verbs {
		for fi, f := range g1VerbFrames {
			for tense := 0; tense < 2; tense++ {
				i := vi + fi + tense
				c, cl := g1Casts[i%len(g1Casts)], g1Clauses[i%len(g1Clauses)]
				text := strings.NewReplacer("{N}", c.first, "{S}", c.later, "{P}", c.pron, "{V}", v[tense],
					"{Cc}", strings.ToUpper(cl[0][:1])+cl[0][1:], "{C}", cl[0]).Replace(f[1])
				want := cl[0]
				if strings.HasPrefix(text[strings.LastIndex(text, "\n")+1:], strings.ToUpper(cl[0][:1])) {
					want = strings.ToUpper(cl[0][:1]) + cl[0][1:]
				}
				known := ""
				if v[0] == "accepted" && !strings.Contains(f[1], "that") {
					known = g1Accepted
				}
				rows = append(rows, auditRow{class: f[0] + " (" + v[tense] + ")", text: text,
					want: []quote{{c.full, auI, want}}, speakers: []string{c.full}, known: known})
			}
		}
	}
	for bi, b := range g1DescBodies {
		for fi, f := range g1DescFrames {
			cl := g1Clauses[(bi+fi)%len(g1Clauses)]
			text := strings.NewReplacer("{B}", b[0], "{Bc}", strings.ToUpper(b[1][:1])+b[1][1:], "{b}", b[1], "{C}", cl[0]).Replace(f[1])
			known := ""
			if b[1] == "the charity" {
				known = g1BareBrand
			}
			rows = append(rows, auditRow{class: f[0] + " (" + b[1] + ")", text: text,
				want: []quote{{b[0], auI, cl[0]}}, speakers: []string{b[0]}, known: known})
		}
	}
	return rows
}

// Batch 5 (written after the first fixes, before running it): the names
// and titles broadcaster copy uses without full stops ("Prof", "Cllr",
// "Supt", "Det Sgt", "Dame", "Sir"), particles in lower case ("van der",
// "al-", "bin"), names of several words and hyphens, each crossed with
// frames that use the later form.
var g1Names = []struct{ full, first, later, pron string }{
	{"Hana Wirth", "Prof Hana Wirth", "Prof Wirth", "She"},
	{"Dylan Rees", "Cllr Dylan Rees", "Cllr Rees", "He"},
	{"Ann Kell", "Ch Supt Ann Kell", "Ch Supt Kell", "She"},
	{"Ravi Mohan", "Det Sgt Ravi Mohan", "Det Sgt Mohan", "He"},
	{"Ngaio Brennan", "Dame Ngaio Brennan", "Dame Ngaio", "She"},
	{"Hemi Tau", "Sir Hemi Tau", "Sir Hemi", "He"},
	{"Pieter van der Berg", "Pieter van der Berg", "Mr van der Berg", "He"},
	{"Mohammed al-Rashid", "Mohammed al-Rashid", "Mr al-Rashid", "He"},
	{"Ahmad bin Yusof", "Ahmad bin Yusof", "Mr Ahmad", "He"},
	{"Nguyen Thi Lan", "Nguyen Thi Lan", "Ms Lan", "She"},
	{"Te Ururoa Walker", "Te Ururoa Walker", "Mr Walker", "He"},
	{"María José García López", "María José García López", "Ms García López", "She"},
	{"Oluwaseun Adeyemi-Bakare", "Oluwaseun Adeyemi-Bakare", "Ms Adeyemi-Bakare", "She"},
	{"Jean-Luc Ferrand", "Jean-Luc Ferrand", "Mr Ferrand", "He"},
	{"Kim Min-jun", "Kim Min-jun", "Mr Kim", "He"},
	{"Ruth Merrow", "the Bishop of Harlan, the Rt Rev Ruth Merrow,", "Bishop Merrow", "She"},
}

var g1NameFrames = [][2]string{
	{"names/first said, later form direct", "{N} said {C}.\n\n\"We will keep listening,\" {S} said."},
	{"names/quote first, later form told MBC", "{N} was at the meeting.\n\n\"We will keep listening,\" {S} told MBC News."},
	{"names/later form says, pronoun added", "{N} was at the meeting.\n\n{S} says {C}.\n\n{P} added that {E}."},
}

func g1Batch5() []auditRow {
	var rows []auditRow
	for ni, n := range g1Names {
		for fi, f := range g1NameFrames {
			cl := g1Clauses[(ni+fi)%len(g1Clauses)]
			text := strings.NewReplacer("{N}", n.first, "{S}", n.later, "{P}", n.pron, "{C}", cl[0], "{E}", cl[1]).Replace(f[1])
			text = strings.ToUpper(text[:1]) + text[1:]
			var want []quote
			switch fi {
			case 0:
				want = []quote{{n.full, auI, cl[0]}, {n.full, auD, "We will keep listening"}}
			case 1:
				want = []quote{{n.full, auD, "We will keep listening"}}
			case 2:
				want = []quote{{n.full, auI, cl[0]}, {n.full, auI, cl[1]}}
			}
			rows = append(rows, auditRow{class: f[0] + " (" + n.first + ")", text: text, want: want, speakers: []string{n.full}})
		}
	}
	return rows
}

// Batch 6 (written while fixing batch 5's one miss): a role, then "the"
// and a style before the name in apposition; near misses where the
// styled name is someone else's or a possessive.
var g1Styled = []auditRow{
	{class: "styled/Bishop of, the Rt Rev name, said",
		text:     "The Bishop of Harlan, the Rt Rev Ruth Merrow, said the food bank would open every day.",
		want:     []quote{{"Ruth Merrow", auI, "the food bank would open every day"}},
		speakers: []string{"Ruth Merrow"}},
	{class: "styled/Archbishop of, the Most Rev name, direct",
		text:     "The Archbishop of Marlow, the Most Rev Amos Dray, said: \"We will open our doors to anyone in need.\"",
		want:     []quote{{"Amos Dray", auD, "We will open our doors to anyone in need."}},
		speakers: []string{"Amos Dray"}},
	{class: "styled/mayor of, the Hon name, said",
		text:     "The mayor of Harlan, the Hon Ivo Dane, said the curfew would be lifted on Friday.",
		want:     []quote{{"Ivo Dane", auI, "the curfew would be lifted on Friday"}},
		speakers: []string{"Ivo Dane"}},
	{class: "styled/Dean of, the Very Rev name, told MBC",
		text:     "The Dean of Tarn, the Very Rev Colm Ardery, told MBC News the cathedral roof was unsafe.",
		want:     []quote{{"Colm Ardery", auI, "the cathedral roof was unsafe"}},
		speakers: []string{"Colm Ardery"}},
	{class: "styled/later surname after the styled apposition",
		text:     "The Bishop of Harlan, the Right Reverend Ruth Merrow, visited the camp.\n\nBishop Merrow said the families needed blankets.",
		want:     []quote{{"Ruth Merrow", auI, "the families needed blankets"}},
		speakers: []string{"Ruth Merrow"}},
	{class: "styled/near: a name, then the styled name's deputy",
		text:     "Ivo Dane, the Rev Amos Dray's deputy, said the hall would stay open.",
		want:     []quote{{"Ivo Dane", auI, "the hall would stay open"}},
		speakers: []string{"Ivo Dane"}},
	{class: "styled/near: a name, then the body he leads",
		text:     "Ivo Dane, the Harlan Food Bank's chairman, said the hall would stay open.",
		want:     []quote{{"Ivo Dane", auI, "the hall would stay open"}},
		speakers: []string{"Ivo Dane"}},
}
