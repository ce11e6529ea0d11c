package extract_test

import (
	"flag"
	"slices"
	"strings"
	"testing"
)

// The session 12 audit of THE SYNTAX OF REPORTED SPEECH in the Wikinews
// and wire style (issue 11: indirect recall on unseen Wikinews articles
// is about 0.80). The breadth of reporting verbs is covered by
// cases_s12_verbs_test.go; this table holds the verb to "said"/"told"
// and a few others and varies the sentence around it: a reported clause
// without "that" after an adverbial or a date, clauses joined by "and
// that"/"but that"/"adding that", a second cue inside the clause,
// reported questions, the cue after the clause, statements, releases,
// letters and interviews as the channel, "was quoted as saying", passive
// reports, reports inside relative clauses, "said of", "..., saying
// ...", "made clear that", "as X said, ...", "X's view is that", and
// long subjects between the name and the cue. Each frame is crossed
// with several fictional speakers and clauses; near misses (the same
// syntax reporting nothing) must stay empty. Every person, place and
// clause is invented.
//
// FIRST PASS, batch 1 (rc212Frames; engine at fc7f755, the whole table
// run once as written, 203 rows): 195/203 (0.96).
//   after 15/15  channel 18/21  inner 6/9  joined 18/18  longsubj 15/15
//   near 20/20  nothat 43/45  passive 15/15  question 15/15
//   relative 6/6  sayingof 24/24
// Of the 8 failures, 3 were the table's ("Salo's statement said" with the
// full name nowhere in the text: the frame now names her first) and 3 an
// unnatural frame ("X said the inspectors, he said, had found ...",
// replaced by "as far as he knew"). The engine's: "said after the
// meeting the tram would open late" (2 of 3; a phrase after "after" then
// an article was read as a clause of time).
// FIRST PASS, batch 2 (rc212Frames2, the wordings around the cue in
// Wikinews copy, 112 rows): 304/315 over both batches, of which 5 the
// table's (a body written "the Lune Valley Trust"). The engine's: an
// opening phrase of time with no comma before a subject whose second,
// coordinated verb is the cue ("By 5 pm X had issued an advisory and
// stated ...", 3/3) and "Per X, ..." (3/3; now read as "according to",
// ", per X." too, but not "per cent", "per capita" or "Per Olsen, a
// nurse, said").
// FIRST PASS, batch 3 (rc212Frames3, looser Wikinews wordings, 63 rows):
// 48/63 (0.76), of which 3 the table's ("despite she claiming", not
// English). The engine's: ", before adding that ..." (the first clause
// ran on over the second, 3/3), a clock time with its zone and another
// zone in brackets opening the sentence ("By 5:00 pm EDT (2100 UTC) X
// had issued ... and stated", 3/3; "EDT" was read into the name), a
// participle of telling with its hearer and no comma ("alerting
// customers the clinic had ...", 3/3) and a relative's gapped clause
// with an aside before its cue ("which critics, like X, have said
// amounted to ..., was dropped", 3/3).
// FIRST PASS, batch 4 (rc212Rows4: 25 verbs other than "said" with
// "that" left out, twice each, and 12 near misses with a noun object):
// 60/62 (0.97), both failures "believed", a belief and no report, taken
// out of the list.
// FIRST PASS, batch 5 (rc212Rows5: 20 clause openings after "said" and
// "told reporters on Monday", 40 rows): 36/40 (0.90). The engine's: a
// name or a quantifier right after the day ("told reporters on Monday
// Tarvik Rail would ...", "... on Monday all flights ...", 4/4) was read
// into the phrase of time, and the clause lost its subject.
// FIRST PASS, batch 6 (rc212Frames6: the cue a pronoun or an unnamed
// source in the sentence or paragraph after the name, 30 rows): 24/30;
// all 6 failures the table's (a pronoun or a clause opening a second
// sentence in lower case; rc212Sentences now capitalises them), 30/30
// once fixed.
// FIRST PASS, batch 7 (rc212Frames7: long phrases between the cue and
// its clause, 34 rows): 31/34. The engine's: an event's participle with
// its agent ("said at a rally in Marlow attended by 2,000 people that
// ...", 3/3) was read into the clause.
// FIRST PASS, batch 8 (rc212Frames8: the cue after the clause in its
// Wikinews variants, 30 rows): 30/30.
// FIRST PASS, batch 9 (rc212Frames9: a description of the one named
// before as the cue's subject, or an unnamed witness, 15 rows): 15/15.
// Added after batch 3's fixes, not in its first pass: "before adding
// that" with no comma (the first clause ran on), ", then added that"
// (the first clause ran on over the second) and "criticised the plan,
// then told reporters ..." (the cue after ", then" had no subject).
// FIRST PASS, batch 10 (rc212Rows10: two speakers in one sentence, each
// with a reported clause, 10 rows): 10/10.
// NOW: every batch passes in full but for 2 known rows, each with its
// mechanism (run -audit12recall2.known): siren 2 (a near miss the
// "alerting customers" fix let in).

var rc212Known = flag.Bool("audit12recall2.known", false, "TestAuditS12Recall2 runs its known failures too")

func TestAuditS12Recall2(t *testing.T) {
	runAudit(t, "recall2", rc212Rows(), *rc212Known)
}

// Mechanisms of the known failures.
const (
	rc212Siren = "siren: \"The siren alerted residents the water was rising\": a thing that alerts reads as a cue like a body's notice, and its clause is given to nobody"
)

// rc212Speaker is one fictional speaker: full name, surname and pronoun.
type rc212Speaker struct{ name, sur, pro string }

var rc212Speakers = []rc212Speaker{
	{"Odile Varga", "Varga", "she"},
	{"Tomas Brandvik", "Brandvik", "he"},
	{"Henrike Salo", "Salo", "she"},
	{"Anselm Okafor", "Okafor", "he"},
}

// rc212Clauses are reported clauses, each long enough that a span with
// "whether" or "if" in front still matches it.
var rc212Clauses = []string{
	"the talks over the fishing quota had failed",
	"the bridge over the Lune was no longer safe",
	"the ferry levy would be dropped in the spring",
	"the clinic in Harrowgate had run out of vaccine",
	"the new tram line would open two years late",
}

// rc212Seconds are second clauses joined to the first.
var rc212Seconds = []string{
	"a new round of talks would start in May",
	"repairs to the deck would take at least a year",
	"fares on the crossing would rise instead",
	"fresh supplies were expected by Friday",
	"the contractor would pay for the delay",
}

// rc212Frame is one sentence frame. In frame and want: {N} the full
// name, {S} the surname, {P} the pronoun, {C} a clause, {D} a second
// clause. want lists the wanted spans, each the speaker's indirect
// quote unless mixed is set; near is a near miss that wants no quote.
type rc212Frame struct {
	class  string
	frame  string
	want   []string
	near   bool
	nobody bool // the quote is nobody's: "critics, like X, have said"
	known  string
}

var rc212Frames = []rc212Frame{
	// A reported clause without "that" after an adverbial or a date.
	{class: "nothat/said on Tuesday", frame: "{N} said on Tuesday {C}.", want: []string{"{C}"}},
	{class: "nothat/told reporters in Marlow late Monday", frame: "{N} told reporters in Marlow late Monday {C}.", want: []string{"{C}"}},
	{class: "nothat/said in an interview on Sunday", frame: "{N} said in an interview on Sunday {C}.", want: []string{"{C}"}},
	{class: "nothat/said last week", frame: "{N} said last week {C}.", want: []string{"{C}"}},
	{class: "nothat/said on 12 March", frame: "{N} said on 12 March {C}.", want: []string{"{C}"}},
	{class: "nothat/said on March 12", frame: "{N} said on March 12 {C}.", want: []string{"{C}"}},
	{class: "nothat/said Thursday", frame: "{N} said Thursday {C}.", want: []string{"{C}"}},
	{class: "nothat/told the committee on Wednesday", frame: "{N} told the committee on Wednesday {C}.", want: []string{"{C}"}},
	{class: "nothat/said after the meeting", frame: "{N} said after the meeting {C}.", want: []string{"{C}"}},
	{class: "nothat/said at a news conference in Dunmore on Friday", frame: "{N} said at a news conference in Dunmore on Friday {C}.", want: []string{"{C}"}},
	{class: "nothat/said earlier this month", frame: "{N} said earlier this month {C}.", want: []string{"{C}"}},
	{class: "nothat/told Wikinews", frame: "{N} told Wikinews {C}.", want: []string{"{C}"}},
	{class: "nothat/speaking in Marlow on Monday, said", frame: "Speaking in Marlow on Monday, {N} said {C}.", want: []string{"{C}"}},
	{class: "nothat/speaking to reporters after the vote, said", frame: "{N}, speaking to reporters after the vote, said {C}.", want: []string{"{C}"}},
	{class: "nothat/later said", frame: "{N} later said {C}.", want: []string{"{C}"}},

	// Several reported clauses.
	{class: "joined/and that", frame: "{N} said {C} and that {D}.", want: []string{"{C} and that {D}"}},
	{class: "joined/but that", frame: "{N} said {C} but that {D}.", want: []string{"{C} but that {D}"}},
	{class: "joined/, and added that", frame: "{N} said {C}, and added that {D}.", want: []string{"{C}", "{D}"}},
	{class: "joined/, adding that", frame: "{N} said that {C}, adding that {D}.", want: []string{"{C}", "{D}"}},
	{class: "joined/; pronoun added", frame: "{N} said {C}; {P} added that {D}.", want: []string{"{C}", "{D}"}},
	{class: "joined/and said", frame: "{N} thanked the crews and said {C}.", want: []string{"{C}"}},

	// A second cue inside the reported clause.
	{class: "inner/which he said had", frame: "{N} said the board, which {P} said had ignored the warnings, would meet again on Monday.",
		want: []string{"the board, which {P} said had ignored the warnings, would meet again on Monday"}},
	{class: "inner/who he said was", frame: "{N} said the engineer, who {P} said was on leave, had signed the report.",
		want: []string{"the engineer, who {P} said was on leave, had signed the report"}},
	{class: "inner/as far as he knew", frame: "{N} said the inspectors, as far as {P} knew, had found cracks in two piers.",
		want: []string{"the inspectors, as far as {P} knew, had found cracks in two piers"}},

	// Reported questions.
	{class: "question/asked whether", frame: "{N} asked whether {C}.", want: []string{"{C}"}},
	{class: "question/asked reporters if", frame: "{N} asked reporters if {C}.", want: []string{"{C}"}},
	{class: "question/wanted to know if", frame: "{N} wanted to know if {C}.", want: []string{"{C}"}},
	{class: "question/questioned why", frame: "{N} questioned why {C}.", want: []string{"{C}"}},
	{class: "question/asked the minister why", frame: "{N} asked the minister why {C}.", want: []string{"{C}"}},

	// The cue after the clause.
	{class: "after/according to, no comma", frame: "{C} according to {N}.", want: []string{"{C}"}},
	{class: "after/, according to", frame: "{C}, according to {N}.", want: []string{"{C}"}},
	{class: "after/according to, with a role", frame: "{C}, according to {N}, a spokesperson for the council.", want: []string{"{C}"}},
	{class: "after/, said on Tuesday", frame: "{C}, {N} said on Tuesday.", want: []string{"{C}"}},
	{class: "after/, told Wikinews", frame: "{C}, {N} told Wikinews.", want: []string{"{C}"}},

	// Statements, releases, letters, interviews.
	{class: "channel/'s statement said", frame: "{N} chairs the board. {S}'s statement said {C}.", want: []string{"{C}"}},
	{class: "channel/in a statement, X said", frame: "{N} works for the port. In a statement, {S} said {C}.", want: []string{"{C}"}},
	{class: "channel/said in a press release", frame: "{N} said in a press release {C}.", want: []string{"{C}"}},
	{class: "channel/said in a letter to", frame: "{N} said in a letter to the mayor that {C}.", want: []string{"{C}"}},
	{class: "channel/said in an interview with Wikinews", frame: "{N} said in an interview with Wikinews that {C}.", want: []string{"{C}"}},
	{class: "channel/said in a televised address", frame: "{N} said in a televised address {C}.", want: []string{"{C}"}},
	{class: "channel/wrote on Twitter", frame: "{N} wrote on Twitter {C}.", want: []string{"{C}"}},

	// Quoted as saying, reported to have said, passives.
	{class: "passive/was quoted as saying", frame: "{N} was quoted as saying {C}.", want: []string{"{C}"}},
	{class: "passive/is reported to have said", frame: "{N} is reported to have said {C}.", want: []string{"{C}"}},
	{class: "passive/has been quoted as saying", frame: "{N} has been quoted as saying that {C}.", want: []string{"{C}"}},
	{class: "passive/it was announced by", frame: "It was announced by {N} that {C}.", want: []string{"{C}"}},
	{class: "passive/was cited as saying", frame: "{N} was cited as saying {C}.", want: []string{"{C}"}},

	// Reports inside relative clauses.
	{class: "relative/the plan, which X said would", frame: "The plan, which {N} said would cost 40 million crowns, was approved on Monday.",
		want: []string{"would cost 40 million crowns"}},
	{class: "relative/a decision that X said was", frame: "The council made a decision that {N} said was overdue.",
		want: []string{"was overdue"}},

	// "said of", "saying", "made clear", "as X said", "X's view".
	{class: "sayingof/said of the plan that", frame: "{N} said of the plan that {C}.", want: []string{"{C}"}},
	{class: "sayingof/, saying", frame: "{N} criticised the ministry, saying {C}.", want: []string{"{C}"}},
	{class: "sayingof/, saying that", frame: "{N} wrote to the council on Monday, saying that {C}.", want: []string{"{C}"}},
	{class: "sayingof/made clear that", frame: "{N} made clear that {C}.", want: []string{"{C}"}},
	{class: "sayingof/made it clear", frame: "{N} made it clear {C}.", want: []string{"{C}"}},
	{class: "sayingof/as X said,", frame: "As {N} said on Monday, {C}.", want: []string{"{C}"}},
	{class: "sayingof/'s view is that", frame: "{N}'s view is that {C}.", want: []string{"{C}"}},
	{class: "sayingof/'s position is that", frame: "{N}'s position is that {C}.", want: []string{"{C}"}},

	// Long subjects between the name and the cue.
	{class: "longsubj/apposition with commas", frame: "{N}, the head of the regional transport authority in Marlow, said {C}.", want: []string{"{C}"}},
	{class: "longsubj/brackets", frame: "{N} (pictured at the launch in 2019) said {C}.", want: []string{"{C}"}},
	{class: "longsubj/dashes", frame: "{N} – who chaired the inquiry for two years – said {C}.", want: []string{"{C}"}},
	{class: "longsubj/age and town", frame: "{N}, 54, of Harrowgate, told Wikinews {C}.", want: []string{"{C}"}},
	{class: "longsubj/relative clause", frame: "{N}, who has led the union since 2015 and sits on the board, said {C}.", want: []string{"{C}"}},

	// Near misses: the same syntax reporting nothing.
	{class: "near/said on Tuesday goodbye", frame: "{N} said goodbye to the crew on Tuesday.", near: true},
	{class: "near/told the story of", frame: "{N} told the story of the flood to pupils in Marlow.", near: true},
	{class: "near/asked for a recount", frame: "{N} asked for a recount on Tuesday.", near: true},
	{class: "near/according to plan", frame: "The work went according to plan, and the bridge opened in May.", near: true},
	{class: "near/the plan, which X drew up", frame: "The plan, which {N} drew up in 2019, was approved on Monday.", near: true},
	{class: "near/made clear progress", frame: "{N} made clear progress in her second year at the club.", near: true},
	{class: "near/as X left", frame: "As {N} left the hall on Monday, the lights went out.", near: true},
	{class: "near/'s view of the harbour", frame: "{N}'s view of the harbour is blocked by the new crane.", near: true},
	{class: "near/wanted to know the way", frame: "{N} wanted to know the way to the station.", near: true},
	{class: "near/saying goodbye", frame: "{N} left the hall early, saying goodbye to nobody.", near: true},
}

// rc212Bodies are fictional bodies for the frames with {B}: the body is
// then the speaker.
var rc212Bodies = []string{"Harrow Water", "Tarvik Rail", "Kessel Mining", "Lune Valley Trust"}

// rc212Frames2 is the second batch: the wordings of Wikinews copy around
// the cue (a second verb after "and" far from its subject, a gerund
// with a hearer, "with X responding that", "according to a poll",
// "however", "also", "asked about", "reportedly", a clause of
// condition or concession opening the reported clause).
var rc212Frames2 = []rc212Frame{
	{class: "coord2/issued an advisory and stated", frame: "By 5 pm {B} had issued an advisory on water outages and stated {C}.", want: []string{"{C}"}},
	{class: "coord2/thanked the crews and told reporters", frame: "{N} thanked the rescue crews on Monday and told reporters {C}.", want: []string{"{C}"}},
	{class: "coord2/met the families and later said", frame: "{N} met the families in Marlow and later said {C}.", want: []string{"{C}"}},
	{class: "gerund2/, warning them", frame: "{N} sent a letter to parents, warning them {C}.", want: []string{"{C}"}},
	{class: "gerund2/, telling residents", frame: "{N} spoke at the town hall, telling residents {C}.", want: []string{"{C}"}},
	{class: "gerund2/with X responding that", frame: "The union wrote to {B} again in May, with {B} responding that {C}.", want: []string{"{C}"}},
	{class: "gerund2/, claiming", frame: "{N} rejected the report, claiming {C}.", want: []string{"{C}"}},
	{class: "source2/according to a poll by", frame: "According to a 2019 poll by {B}, {C}.", want: []string{"{C}"}},
	{class: "source2/according to a survey", frame: "According to a survey published by {B} in March, {C}.", want: []string{"{C}"}},
	{class: "source2/, according to the Marlow Courier", frame: "{N} said {C}, according to the Marlow Courier.", want: []string{"{C}"}},
	{class: "source2/per", frame: "Per {N}, {C}.", want: []string{"{C}"}},
	{class: "source2/, per X.", frame: "{C}, per {N}.", want: []string{"{C}"}},
	{class: "adv2/said, however, that", frame: "{N} said, however, that {C}.", want: []string{"{C}"}},
	{class: "adv2/, however, said", frame: "{N}, however, said {C}.", want: []string{"{C}"}},
	{class: "adv2/also said", frame: "{N} also said {C}.", want: []string{"{C}"}},
	{class: "adv2/reportedly said", frame: "{N} reportedly said {C}.", want: []string{"{C}"}},
	{class: "adv2/reportedly told police", frame: "{N} reportedly told police {C}.", want: []string{"{C}"}},
	{class: "adv2/has said", frame: "{N} has said {C}.", want: []string{"{C}"}},
	{class: "adv2/had said", frame: "{N} had said {C}.", want: []string{"{C}"}},
	{class: "adv2/told Wikinews in an email", frame: "{N} told Wikinews in an email {C}.", want: []string{"{C}"}},
	{class: "adv2/told a press conference", frame: "{N} told a press conference {C}.", want: []string{"{C}"}},
	{class: "adv2/told the Marlow Courier", frame: "{N} told the Marlow Courier {C}.", want: []string{"{C}"}},
	{class: "asked2/asked about the delay, said", frame: "Asked about the delay, {N} said {C}.", want: []string{"{C}"}},
	{class: "asked2/when asked about, said", frame: "When asked about the delay, {N} said {C}.", want: []string{"{C}"}},
	{class: "asked2/asked whether, said", frame: "Asked whether {D}, {N} said {C}.", want: []string{"{C}"}},
	{class: "opener2/said that while", frame: "{N} said that while {D}, {C}.", want: []string{"while {D}, {C}"}},
	{class: "opener2/said if", frame: "{N} said if {D}, {C}.", want: []string{"if {D}, {C}"}},
	{class: "opener2/said although", frame: "{N} said {C}, although {D}.", want: []string{"{C}, although {D}"}},
	{class: "opener2/said she was confident", frame: "{N} said {P} was confident {C}.", want: []string{"{P} was confident {C}"}},
	{class: "opener2/said there was no evidence", frame: "{N} said there was no evidence {C}.", want: []string{"there was no evidence {C}"}},
	{class: "doc2/a statement released by X said", frame: "A statement released by {B} on Monday said {C}.", want: []string{"{C}"}},
	{class: "doc2/the statement from X said", frame: "The statement from {B} said {C}.", want: []string{"{C}"}},
	{class: "doc2/X, in a statement, said", frame: "{B}, in a statement, said {C}.", want: []string{"{C}"}},
	{class: "doc2/in a statement on its website", frame: "In a statement on its website, {B} said {C}.", want: []string{"{C}"}},
	{class: "doc2/said in a statement on Tuesday that, and that", frame: "{N} said in a statement on Tuesday that {C}, and that {D}.", want: []string{"{C}, and that {D}"}},
	{class: "near2/told Wikinews about", frame: "{N} told Wikinews about the flood in Marlow.", near: true},
	{class: "near2/stated his name", frame: "{N} stated his name and address to the court.", near: true},
	{class: "near2/asked about the delay, left", frame: "Asked about the delay, {N} left the room.", near: true},
	{class: "near2/according to a poll, no clause", frame: "The poll by {B} was published in March.", near: true},
	{class: "near2/per cent", frame: "Fares on the crossing rose 4 per cent, {N} said nothing.", near: true},
	{class: "near2/per capita", frame: "Per capita, Marlow spends more on roads than Harrowgate.", near: true},
	{class: "near2/warning lights", frame: "{N} drove home, ignoring the warning lights on the dashboard.", near: true},
}

// rc212Frames3 is the third batch: the looser wordings of Wikinews copy
// (a comma between the cue's adverbial and the clause, "noting" without
// "that", a clock time with its zone opening the sentence, a participle
// with a hearer and no comma, a relative gap with an aside, an adverb
// between a gerund and its "that", a body's poll, "for his part",
// "said that, in his view, ...").
var rc212Frames3 = []rc212Frame{
	{class: "comma3/said in a statement, clause", frame: "{B} said in a statement, {C}.", want: []string{"{C}"}},
	{class: "comma3/said on Tuesday, clause", frame: "{N} said on Tuesday, {C}.", want: []string{"{C}"}},
	{class: "comma3/said that, in his view,", frame: "{N} said that, in {P} view, {C}.", want: []string{"in {P} view, {C}"}},
	{class: "comma3/said that, as of Monday,", frame: "{N} said that, as of Monday, {C}.", want: []string{"as of Monday, {C}"}},
	{class: "comma3/, for his part, said", frame: "{N}, for {P} part, said {C}.", want: []string{"{C}"}},
	{class: "gerund3/, noting", frame: "{N} said {D}, noting {C}.", want: []string{"{D}", "{C}"}},
	{class: "gerund3/, before adding that", frame: "{N} said {D}, before adding that {C}.", want: []string{"{D}", "{C}"}},
	{class: "gerund3/before adding that, no comma", frame: "{N} said {D} before adding that {C}.", want: []string{"{D}", "{C}"}},
	{class: "gerund3/, then added that", frame: "{N} said {D}, then added that {C}.", want: []string{"{D}", "{C}"}},
	{class: "gerund3/criticised the plan, then told reporters", frame: "{N} criticised the plan, then told reporters {C}.", want: []string{"{C}"}},
	{class: "gerund3/alerting viewers, no comma", frame: "{B} put a notice on its website alerting customers {C}.", want: []string{"{C}"}},
	{class: "gerund3/despite claiming previously that", frame: "{N} made the trip despite claiming previously that {C}.", want: []string{"{C}"}},
	{class: "gerund3/further said", frame: "{N} further said {C}.", want: []string{"{C}"}},
	{class: "gerund3/went on to claim", frame: "{N} went on to claim {C}.", want: []string{"{C}"}},
	{class: "time3/clock time with zone and brackets", frame: "By 5:00 pm EDT (2100 UTC) {B} had issued an advisory and stated {C}.", want: []string{"{C}"}},
	{class: "time3/clock time, said", frame: "At about 9 am local time {B} said {C}.", want: []string{"{C}"}},
	{class: "relgap3/which critics, like X, have said", frame: "The levy, which critics, like {N}, have said amounted to a tax on fishermen, was dropped.", want: []string{"amounted to a tax on fishermen"}, nobody: true},
	{class: "relgap3/which X, a critic, has said", frame: "The levy, which {N}, a critic of the council, has said amounted to a tax on fishermen, was dropped.", want: []string{"amounted to a tax on fishermen"}},
	{class: "source3/a year body poll", frame: "According to a 2019 {B} poll, {C}.", want: []string{"{C}"}},
	{class: "source3/a spokesperson for X told Wikinews", frame: "A spokesperson for {B} told Wikinews {C}.", want: []string{"{C}"}},
	{class: "source3/the report, released by X, said", frame: "The report, released by {B} on Monday, said {C}.", want: []string{"{C}"}},
	{class: "source3/X said in part", frame: "{N} said, in part, that {C}.", want: []string{"{C}"}},
	{class: "source3/in a post on social media, X said", frame: "In a post on social media on Sunday, {N} said {C}.", want: []string{"{C}"}},
	{class: "near3/said in a statement, then a name", frame: "{N} said in a statement on Monday.", near: true},
	{class: "near3/alerting the crew", frame: "{N} sounded the horn, alerting the crew to the rocks.", near: true},
	{class: "near3/alerted police to the fire", frame: "{N} alerted police to the fire in Marlow.", near: true},
	{class: "near3/alerted the coastguard after", frame: "{N} alerted the coastguard after the boat capsized.", near: true},
	{class: "near3/a dog that alerted to", frame: "{N} called a police dog, which alerted to the smell of fuel in the boot.", near: true},
	{class: "near3/was alerted by", frame: "{N} was alerted by a neighbour.", near: true},
	{class: "near3/the siren alerted residents", frame: "The siren alerted residents the water was rising.", near: true, known: rc212Siren},
	{class: "near3/a poll of voters", frame: "A 2019 poll of voters in Marlow had 40 questions.", near: true},
}

// rc212Verbs4 are reporting verbs for batch 4, the reported clause with
// "that" left out after verbs other than "said" (the verbs audit has
// them with "that"), in the past and the perfect.
var rc212Verbs4 = []string{
	"confirmed", "announced", "warned", "claimed", "predicted", "estimated", "admitted",
	"acknowledged", "denied", "insisted", "argued", "added", "noted", "explained",
	"stated", "suggested", "reported", "revealed", "conceded", "stressed",
	"maintained", "has repeatedly said", "had previously stated", "has long maintained",
}

// rc212Near4 are the same verbs with a noun object and no clause.
var rc212Near4 = []string{
	"{N} confirmed the report on Tuesday.",
	"{N} announced the winners of the award in Marlow.",
	"{N} denied the charges against the crew.",
	"{N} warned residents about the flood.",
	"{N} admitted the error in the accounts.",
	"{N} acknowledged the crowd before the speech.",
	"{N} estimated the cost of the repairs at 40 million crowns.",
	"{N} stressed the need for calm.",
	"{N} revealed the plans for the new harbour.",
	"{N} noted the change in the figures.",
	"{N} reported the theft to the police.",
	"{N} explained the rules to the new members.",
}

func rc212Rows4() []auditRow {
	var rows []auditRow
	for i, v := range rc212Verbs4 {
		for k := 0; k < 2; k++ {
			sp := rc212Speakers[(i+k)%len(rc212Speakers)]
			c := rc212Clauses[(i+2*k)%len(rc212Clauses)]
			rows = append(rows, auditRow{class: "nothat4/" + v, text: sp.name + " " + v + " " + c + ".",
				want: []quote{{sp.name, auI, c}}})
		}
	}
	for i, f := range rc212Near4 {
		sp := rc212Speakers[i%len(rc212Speakers)]
		rows = append(rows, auditRow{class: "near4/" + strings.Fields(f)[1], text: strings.ReplaceAll(f, "{N}", sp.name), exact: true})
	}
	return rows
}

// rc212Openings5 are reported clauses by how they open (batch 5): a
// number, a name, "there", "it", a pronoun, an adverb, a gerund, a
// quantity, a possessive, "what", "neither", "both", "no one".
var rc212Openings5 = []string{
	"40 people had died in the flood",
	"Tarvik Rail would cut three services in May",
	"Odile Varga had resigned from the board",
	"there were no survivors on the ferry",
	"it would appeal against the ruling",
	"they had found cracks in two piers",
	"only two ferries were running on Sunday",
	"closing the bridge was the only option",
	"more than 300 homes had been damaged",
	"about 40 people were still missing",
	"all flights from Marlow had been cancelled",
	"no one had been hurt in the blast",
	"his party would win the vote in Marlow",
	"her office had received 200 letters",
	"what happened in Marlow was a tragedy",
	"neither side would back down in the talks",
	"both ferries had been damaged in the storm",
	"this was the worst flood in forty years",
	"the bridge had been closed since March",
	"fewer than half of the crew had returned",
}

func rc212Rows5() []auditRow {
	var rows []auditRow
	for i, c := range rc212Openings5 {
		for k, frame := range []string{"{N} said {C}.", "{N} told reporters on Monday {C}."} {
			sp := rc212Speakers[(i+k)%len(rc212Speakers)]
			if strings.Contains(c, sp.sur) {
				sp = rc212Speakers[(i+k+1)%len(rc212Speakers)]
			}
			text := strings.NewReplacer("{N}", sp.name, "{C}", c).Replace(frame)
			rows = append(rows, auditRow{class: "opening5/" + strings.Join(strings.Fields(c)[:2], " "), text: text,
				want: []quote{{sp.name, auI, c}}})
		}
	}
	return rows
}

// rc212Frames6 is batch 6: the reported clause in a second sentence or
// paragraph whose cue is a pronoun or an unnamed source, in Wikinews
// order (the name in the sentence before, the cue after an opening
// phrase, a paragraph break between).
var rc212Frames6 = []rc212Frame{
	{class: "pron6/he said, next sentence", frame: "{N} chairs the Lune board. {P} said {C}.", want: []string{"{C}"}},
	{class: "pron6/he told Wikinews, next paragraph", frame: "{N} chairs the Lune board.\n\n{P} told Wikinews {C}.", want: []string{"{C}"}},
	{class: "pron6/on Monday, he said", frame: "{N} chairs the Lune board. On Monday, {P} said {C}.", want: []string{"{C}"}},
	{class: "pron6/he also said", frame: "{N} spoke in Marlow on Friday. {P} also said {C}.", want: []string{"{C}"}},
	{class: "pron6/he added", frame: "{N} said {D}. {P} added {C}.", want: []string{"{D}", "{C}"}},
	{class: "pron6/cue last, he said", frame: "{N} chairs the Lune board. {C}, {P} said.", want: []string{"{C}"}},
	{class: "pron6/according to him", frame: "{N} chairs the Lune board. According to {S}, {C}.", want: []string{"{C}"}},
	{class: "anon6/officials said", frame: "{N} chairs the Lune board. Officials said {C}.", want: []string{"{C}"}, nobody: true},
	{class: "anon6/police said", frame: "{N} chairs the Lune board. Police said on Monday {C}.", want: []string{"{C}"}, nobody: true},
	{class: "anon6/sources said", frame: "{N} chairs the Lune board. Sources close to the talks said {C}.", want: []string{"{C}"}, nobody: true},
}

// rc212Frames7 is batch 7: long phrases between the cue and its clause
// (a document with its participle, agent and date; a comma-set aside;
// court papers; a letter "seen by Wikinews"), with and without "that".
var rc212Frames7 = []rc212Frame{
	{class: "long7/in a statement released on Monday by her office that", frame: "{N} said in a statement released on Monday by {P} office that {C}.", want: []string{"{C}"}},
	{class: "long7/in an interview published on Sunday, no that", frame: "{N} told the Marlow Courier in an interview published on Sunday {C}.", want: []string{"{C}"}},
	{class: "long7/, in a statement posted to its website on Tuesday, that", frame: "{B} said, in a statement posted to its website on Tuesday, that {C}.", want: []string{"{C}"}},
	{class: "long7/in court papers filed last week that", frame: "{N} argued in court papers filed last week that {C}.", want: []string{"{C}"}},
	{class: "long7/in a letter to members, seen by Wikinews, that", frame: "{N} wrote in a letter to members, seen by Wikinews, that {C}.", want: []string{"{C}"}},
	{class: "long7/at a rally in Marlow attended by 2,000 people", frame: "{N} said at a rally in Marlow attended by 2,000 people that {C}.", want: []string{"{C}"}},
	{class: "long7/during a visit to the flooded town of Harrowgate on Friday", frame: "{N} said during a visit to the flooded town of Harrowgate on Friday {C}.", want: []string{"{C}"}},
	{class: "long7/in a speech to the party conference in Dunmore", frame: "{N} said in a speech to the party conference in Dunmore {C}.", want: []string{"{C}"}},
	{class: "long7/in an emailed statement to Wikinews", frame: "{N} said in an emailed statement to Wikinews {C}.", want: []string{"{C}"}},
	{class: "long7/on the sidelines of the summit in Marlow", frame: "{N} told reporters on the sidelines of the summit in Marlow {C}.", want: []string{"{C}"}},
	{class: "near7/in a statement released on Monday, nothing after", frame: "{N} spoke in a statement released on Monday by the council.", near: true},
	{class: "near7/at a rally attended by", frame: "{N} spoke at a rally in Marlow attended by 2,000 people.", near: true},
}

// rc212Frames8 is batch 8: the cue after the clause in its Wikinews
// variants (a long speaker phrase, a relative after the name, a channel
// and a date after the verb, "adding that" after the cue, a clause
// split by the cue, an inverted cue with a role).
var rc212Frames8 = []rc212Frame{
	{class: "trail8/, X said in a statement on Monday", frame: "{C}, {N} said in a statement on Monday.", want: []string{"{C}"}},
	{class: "trail8/, X told Wikinews by email", frame: "{C}, {N} told Wikinews by email.", want: []string{"{C}"}},
	{class: "trail8/, said X, who chairs the board", frame: "{C}, said {N}, who chairs the Lune board.", want: []string{"{C}"}},
	{class: "trail8/, X, the head of the trust, said", frame: "{C}, {N}, the head of the Lune Valley Trust, said.", want: []string{"{C}"}},
	{class: "trail8/, X said, adding that", frame: "{C}, {N} said, adding that {D}.", want: []string{"{C}", "{D}"}},
	{class: "trail8/split by the cue", frame: "The clinic, {N} said, had run out of vaccine by Friday.", want: []string{"had run out of vaccine by Friday"}},
	{class: "trail8/, the body said in a statement", frame: "{C}, {B} said in a statement.", want: []string{"{C}"}},
	{class: "trail8/, X was quoted as saying", frame: "{C}, {N} was quoted as saying.", want: []string{"{C}"}},
	{class: "trail8/, X said on Monday, without giving details", frame: "{C}, {N} said on Monday, without giving details.", want: []string{"{C}"}},
	{class: "trail8/, according to a statement from X", frame: "{C}, according to a statement from {B}.", want: []string{"{C}"}},
}

// rc212Frames9 is batch 9: the cue's subject a description of the one
// named before (an age, a former office, a role), or an unnamed witness.
var rc212Frames9 = []rc212Frame{
	{class: "descr9/the 54-year-old told police", frame: "{N} was arrested in Marlow on Monday. The 54-year-old told police {C}.", want: []string{"{C}"}},
	{class: "descr9/the former minister said", frame: "Former transport minister {N} spoke in Marlow. The former minister said {C}.", want: []string{"{C}"}},
	{class: "descr9/the chair of the trust said", frame: "{N} chairs the Lune Valley Trust. The trust's chair said on Monday {C}.", want: []string{"{C}"}},
	{class: "descr9/a witness told Wikinews", frame: "{N} was at the scene. A witness told Wikinews {C}.", want: []string{"{C}"}, nobody: true},
	{class: "descr9/one resident said", frame: "{N} lives in Marlow. One resident, who asked not to be named, said {C}.", want: []string{"{C}"}, nobody: true},
}

// rc212Rows10 is batch 10: two speakers in one sentence, each with a
// reported clause ("while", "whereas", a semicolon, "but", "however").
func rc212Rows10() []auditRow {
	frames := []struct{ class, frame string }{
		{"two10/, while Y said", "{N} said {C}, while {M} said {D}."},
		{"two10/, whereas Y argued", "{N} said {C}, whereas {M} argued {D}."},
		{"two10/; Y disagreed, saying", "{N} said {C}; {M} disagreed, saying {D}."},
		{"two10/, but Y told reporters", "{N} said {C}, but {M} told reporters {D}."},
		{"two10/. Y, however, said", "{N} said {C}. {M}, however, said {D}."},
	}
	var rows []auditRow
	for i, f := range frames {
		for k := 0; k < 2; k++ {
			a, b := rc212Speakers[(i+k)%len(rc212Speakers)], rc212Speakers[(i+k+1)%len(rc212Speakers)]
			c, d := rc212Clauses[(i+k)%len(rc212Clauses)], rc212Seconds[(i+2*k)%len(rc212Seconds)]
			text := strings.NewReplacer("{N}", a.name, "{M}", b.name, "{C}", c, "{D}", d).Replace(f.frame)
			rows = append(rows, auditRow{class: f.class, text: text,
				want: []quote{{a.name, auI, c}, {b.name, auI, d}}})
		}
	}
	return rows
}

func rc212Rows() []auditRow {
	var rows []auditRow
	n := 0
	for _, f := range slices.Concat(rc212Frames, rc212Frames2, rc212Frames3, rc212Frames6, rc212Frames7, rc212Frames8, rc212Frames9) {
		reps := 3
		if f.near {
			reps = 2
		}
		for k := 0; k < reps; k++ {
			sp := rc212Speakers[n%len(rc212Speakers)]
			c, d := rc212Clauses[n%len(rc212Clauses)], rc212Seconds[(n+2)%len(rc212Seconds)]
			n++
			body := rc212Bodies[n%len(rc212Bodies)]
			r := strings.NewReplacer("{N}", sp.name, "{S}", sp.sur, "{P}", sp.pro, "{C}", c, "{D}", d, "{B}", body)
			text := r.Replace(f.frame)
			text = rc212Sentences(text)
			row := auditRow{class: f.class, text: text, known: f.known}
			if f.near {
				row.exact = true
				rows = append(rows, row)
				continue
			}
			for _, w := range f.want {
				who := sp.name
				if strings.Contains(f.frame, "{B}") {
					who = body
				}
				if f.nobody {
					who = ""
				}
				row.want = append(row.want, quote{who, auI, r.Replace(w)})
			}
			rows = append(rows, row)
		}
	}
	return slices.Concat(rows, rc212Rows4(), rc212Rows5(), rc212Rows10())
}

// rc212Sentences capitalises the first letter of each sentence and
// paragraph, which a pronoun or a clause put at a sentence's start left
// in lower case.
func rc212Sentences(text string) string {
	b := []byte(text)
	start := true
	for i, c := range b {
		switch {
		case start && c >= 'a' && c <= 'z':
			b[i] = c - 'a' + 'A'
			start = false
		case c == '.' || c == '\n':
			start = true
		case c != ' ':
			start = false
		}
	}
	return string(b)
}
