package extract_test

import (
	"flag"
	"slices"
	"strings"
	"testing"
)

// The session 12 audit of MIXED QUOTES: reported speech holding words in
// quotation marks, and the quoted words around it that are nobody's. The
// frames are the wordings news uses for a partial quotation (a reported
// clause with quoted phrases; a quoted word as the object or complement of
// "called", "described as", "branded"; a fragment after a colon or a
// dash; a fragment whose subject is a pronoun or a description pointing
// back; a fragment after a sentence naming two people; "according to" and
// a cue at the end; a cue splitting the clause), plus near misses where
// the quoted words are nobody's (scare quotes, nicknames, titles of works,
// the names of laws, plans and terms). Each frame is crossed with three
// casts of invented people, so a frame failing for every cast is a frame
// gap. Spans follow extract/testdata/README.md: a mixed quote is the
// reported clause without "that" and the cue, and may open with its quoted
// phrase; a quoted word that is the whole object of "called" is a direct
// quote of the caller's.
//
// FIRST PASS (engine at 60d62b1, the whole table run once as written,
// 39 frames x 3 casts = 117 rows):
//   colon   6/9     end   18/18    nobody 18/24    object 18/18
//   partial 21/24   pronoun 12/12  two    10/12    ALL 103/117 (0.88)
// The misses: a "so-called" term and a book's title after "wrote" taken
// for the subject's words (6); a fragment in single marks reported as
// indirect (3); "X put it plainly: the deal was “...”" found nothing (3);
// "He said"/"She said" after "A met B" given to A when the engine's
// first-name lexicon does not know either name's sex (2).
//
// FIRST PASS of the second batch (mx12Frames2, 14 frames x 3 = 42 rows,
// run once as written after the first fixes): carry 0/9, conjunct 9/9,
// curly 3/6, opening 3/6, relative 6/6, nobody2 6/6; 27/42 (0.64). Both
// batches as first written: 130/159 (0.82). Batches 3, 7 and 8, each run
// once as written: 30/33, 15/15, 12/12. Batches 4, 5, 6 and 9 were written
// beside their fixes after scratch probes of the same wordings failed
// (their comments say how).
//
// FINAL: 316/321 (0.98) over 107 frames x 3 casts with the near misses
// written beside the fixes; 5 known failures (gender 2, under-plan 3),
// each with its mechanism (run -audit12mixed.known). The fixes, by class:
// nobody's words ("so-called", a title after "wrote", "the show/book"),
// a quoted predicate with no cue carried to the latest speaker or the
// next sentence's cue, single marks closing after a plural, a clause
// opening and closing with quoted phrases before its cue, "under oath",
// a participle of means in a relative clause, "put it plainly:", and a
// body's noun before its quoted predicate.

var audit12MixedKnown = flag.Bool("audit12mixed.known", false, "TestAuditS12Mixed runs its known failures too, to see which a change fixed")

func TestAuditS12Mixed(t *testing.T) {
	runAudit(t, "mixed12", mx12Rows(), *audit12MixedKnown)
}

// mx12Cast is one set of invented people a frame is filled with: A and B
// by full name, surname and pronouns.
type mx12Cast struct {
	a, as, ahe, aHe, ahis, aHis string
	b, bs, bhe, bHe             string
}

var mx12Casts = []mx12Cast{
	{a: "Mara Quell", as: "Quell", ahe: "she", aHe: "She", ahis: "her", aHis: "Her", b: "Tobias Renwick", bs: "Renwick", bhe: "he", bHe: "He"},
	{a: "Caspar Yelland", as: "Yelland", ahe: "he", aHe: "He", ahis: "his", aHis: "His", b: "Dagny Holloran", bs: "Holloran", bhe: "she", bHe: "She"},
	{a: "Ottilie Brandsma", as: "Brandsma", ahe: "she", aHe: "She", ahis: "her", aHis: "Her", b: "Ferris Lowden", bs: "Lowden", bhe: "he", bHe: "He"},
}

// fill puts a cast into a frame's text, speaker or span.
func (c mx12Cast) fill(s string) string {
	return strings.NewReplacer(
		"{A}", c.a, "{As}", c.as, "{ahe}", c.ahe, "{aHe}", c.aHe, "{ahis}", c.ahis, "{Ahis}", c.aHis,
		"{B}", c.b, "{Bs}", c.bs, "{bhe}", c.bhe, "{bHe}", c.bHe,
	).Replace(s)
}

// mx12Frame is one wording, its wanted quotes and speakers written with
// the cast's placeholders.
type mx12Frame struct {
	class    string
	frame    string
	want     []quote
	speakers []string
	exact    bool
}

// mx12Known gives the mechanism of each row the engine still fails, by
// the row's class and cast number ("class#n").
var mx12Known = map[string]string{
	"oath/near miss: under a plan, the clause opens there #1": mx12UnderPlan, "oath/near miss: under a plan, the clause opens there #2": mx12UnderPlan, "oath/near miss: under a plan, the clause opens there #3": mx12UnderPlan,
	"two/pronoun picks by gender #2": mx12Gender, "two/pronoun picks by gender #3": mx12Gender,
}

// Mechanisms of the known failures, named once so the audit groups them.
const (
	mx12UnderPlan = "under-plan: \"said under the new plan the ferry would ...\" finds no clause: a phrase opening with \"under\" after the cue is not stepped over and is no clause's start either (as before the oath fix, which steps over only \"under oath\", \"under questioning\", \"under (cross-)examination\")"
	mx12Gender    = "gender: \"He said\" after \"A met B\" goes to A when the first-name lexicon knows neither name's sex (Caspar, Dagny, Ottilie, Ferris)"
)

// mx12Rows crosses every frame with every cast.
func mx12Rows() []auditRow {
	var rows []auditRow
	for _, f := range slices.Concat(mx12Frames, mx12Frames2, mx12Frames3, mx12Frames4, mx12Frames5, mx12Frames6, mx12Frames7, mx12Frames8, mx12Frames9) {
		for ci, c := range mx12Casts {
			row := auditRow{class: f.class + " #" + string(rune('1'+ci)), text: c.fill(f.frame), exact: f.exact}
			for _, w := range f.want {
				row.want = append(row.want, quote{c.fill(w.speaker), w.kind, c.fill(w.text)})
			}
			if f.speakers != nil {
				row.speakers = []string{}
				for _, s := range f.speakers {
					row.speakers = append(row.speakers, c.fill(s))
				}
			}
			row.known = mx12Known[row.class]
			rows = append(rows, row)
		}
	}
	return rows
}

var mx12Frames = []mx12Frame{
	// partial: a reported clause holding quoted phrases.
	{class: "partial/two fragments in one clause",
		frame: "{A} said the plan was “reckless” and would “cost us a season”.",
		want:  []quote{{"{A}", auM, "the plan was “reckless” and would “cost us a season”"}}},
	{class: "partial/that clause, fragment mid-clause",
		frame: "{A} said that the council had “lost its nerve” over the bypass.",
		want:  []quote{{"{A}", auM, "the council had “lost its nerve” over the bypass"}}},
	{class: "partial/told a hearer",
		frame: "{A} told reporters the inquiry would be “thorough and fast”.",
		want:  []quote{{"{A}", auM, "the inquiry would be “thorough and fast”"}}},
	{class: "partial/clause opens with its quoted phrase",
		frame: "{A} said “far too many” families had been left waiting for a decision.",
		want:  []quote{{"{A}", auM, "“far too many” families had been left waiting for a decision"}}},
	{class: "partial/fragment ends the sentence with its stop inside",
		frame: "Speaking in Tarrow, {A} said the ferry service was “simply not good enough.”",
		want:  []quote{{"{A}", auM, "the ferry service was “simply not good enough.”"}}},
	{class: "partial/warned that, then a second verb",
		frame: "{A}, the harbour master, warned that the pier was “in a dangerous state” and should close.",
		want:  []quote{{"{A}", auM, "the pier was “in a dangerous state” and should close"}}},
	{class: "partial/single-quoted fragment",
		frame: "{A} said the budget was 'a house of cards' and would not survive the winter.",
		want:  []quote{{"{A}", auM, "the budget was 'a house of cards' and would not survive the winter"}}},
	{class: "partial/straight double marks",
		frame: "{A} said the referee had been \"badly let down\" by the league.",
		want:  []quote{{"{A}", auM, "the referee had been \"badly let down\" by the league"}}},

	// object: a quoted word or phrase as the object or complement.
	{class: "object/called the plan",
		frame: "{A} called the plan “reckless”.",
		want:  []quote{{"{A}", auD, "reckless"}}, speakers: []string{"{A}"}},
	{class: "object/described as",
		frame: "{A} described the ruling as “a disgrace to the court”.",
		want:  []quote{{"{A}", auD, "a disgrace to the court"}}, speakers: []string{"{A}"}},
	{class: "object/branded a",
		frame: "{A} branded the vote a “sham” on Tuesday.",
		want:  []quote{{"{A}", auD, "sham"}}, speakers: []string{"{A}"}},
	{class: "object/dismissed as",
		frame: "{A} dismissed the report as “pure fiction from start to finish”.",
		want:  []quote{{"{A}", auD, "pure fiction from start to finish"}}, speakers: []string{"{A}"}},
	{class: "object/hailed as, role after the name",
		frame: "{A}, the mayor of Corrin, hailed the agreement as “a turning point for the valley”.",
		want:  []quote{{"{A}", auD, "a turning point for the valley"}}, speakers: []string{"{A}"}},
	{class: "object/said it was, one word",
		frame: "{A} said the decision was “shameful”.",
		want:  []quote{{"{A}", auM, "the decision was “shameful”"}}, speakers: []string{"{A}"}},

	// colon and dash: a fragment after the cue's clause.
	{class: "colon/put it plainly: a reported clause",
		frame: "{A} put it plainly: the deal was “the best we could get”.",
		want:  []quote{{"{A}", auM, "the deal was “the best we could get”"}}},
	{class: "colon/had a word for it: the fragment alone",
		frame: "{A} had a blunt verdict on the scheme: “a waste of public money”.",
		want:  []quote{{"{A}", auD, "a waste of public money"}}},
	{class: "colon/said, then a dash and the fragment",
		frame: "{A} said the scheme had one flaw — it was “hopelessly underfunded”.",
		want:  []quote{{"{A}", auM, "the scheme had one flaw — it was “hopelessly underfunded”"}}},

	// pronoun: the subject points back to someone named before.
	{class: "pronoun/he said, fragment",
		frame: "{A} met the board on Monday. {aHe} said the delay was “regrettable” but unavoidable.",
		want:  []quote{{"{A}", auM, "the delay was “regrettable” but unavoidable"}}, speakers: []string{"{A}"}},
	{class: "pronoun/he called it",
		frame: "{A} visited the flooded depot on Friday. {aHe} called the damage “heartbreaking”.",
		want:  []quote{{"{A}", auD, "heartbreaking"}}, speakers: []string{"{A}"}},
	{class: "pronoun/a description points back",
		frame: "{A}, the chief executive of Morrow Mills, spoke after the vote. The chief executive said the result was “a clear mandate” for the merger.",
		want:  []quote{{"{A}", auM, "the result was “a clear mandate” for the merger"}}, speakers: []string{"{A}"}},
	{class: "pronoun/surname alone in the next paragraph",
		frame: "{A} has run the food bank in Pellin since 2015.\n\n{As} said demand had been “relentless” since the mill closed.",
		want:  []quote{{"{A}", auM, "demand had been “relentless” since the mill closed"}}, speakers: []string{"{A}"}},

	// two: a fragment after a sentence naming two people.
	{class: "two/surname picks the second",
		frame: "{A} met {B} in Tarrow on Friday. {Bs} said the talks had been “frank and useful”.",
		want:  []quote{{"{B}", auM, "the talks had been “frank and useful”"}}},
	{class: "two/pronoun picks by gender",
		frame: "{A} met {B} in Tarrow on Friday. {bHe} said the talks were “a first step, nothing more”.",
		want:  []quote{{"{B}", auM, "the talks were “a first step, nothing more”"}}},
	{class: "two/first quotes, second answers with a fragment",
		frame: "{A} said the fares would rise. {B} said the rise was “a tax on the poor”.",
		want:  []quote{{"{A}", auI, "the fares would rise"}, {"{B}", auM, "the rise was “a tax on the poor”"}}},
	{class: "two/object of a criticism, not the speaker",
		frame: "{A} said {B} had been “asleep at the wheel” during the crisis.",
		want:  []quote{{"{A}", auM, "{B} had been “asleep at the wheel” during the crisis"}}, speakers: []string{"{A}"}},

	// end: "according to" and a cue at the end or splitting the clause.
	{class: "end/according to at the end",
		frame: "The bridge was “structurally sound”, according to {A}.",
		want:  []quote{{"{A}", auM, "The bridge was “structurally sound”"}}},
	{class: "end/according to at the start",
		frame: "According to {A}, the fund was “all but empty” by March.",
		want:  []quote{{"{A}", auM, "the fund was “all but empty” by March"}}},
	{class: "end/cue last with a hearer",
		frame: "The talks were “going nowhere”, {A} told the Courier.",
		want:  []quote{{"{A}", auM, "The talks were “going nowhere”"}}},
	{class: "end/inverted cue last",
		frame: "The harbour works were “a decade overdue,” said {A}, a councillor for Esk ward.",
		want:  []quote{{"{A}", auM, "The harbour works were “a decade overdue,”"}}},
	{class: "end/cue splits the clause",
		frame: "The scheme, {A} said, had been “badly rushed” from the start.",
		want:  []quote{{"{A}", auM, "had been “badly rushed” from the start"}}},
	{class: "end/cue last, clause opens with the fragment",
		frame: "“Dozens” of homes had been flooded overnight, {A} said.",
		want:  []quote{{"{A}", auM, "“Dozens” of homes had been flooded overnight"}}},

	// nobody: quoted words that are nobody's words.
	{class: "nobody/so-called term",
		frame:    "{A} opened the so-called “green corridor” in Tarrow on Monday.",
		speakers: []string{}, exact: true},
	{class: "nobody/nickname in apposition",
		frame:    "{A}, known to fans as “the Rock”, has coached the side for a decade.",
		speakers: []string{}, exact: true},
	{class: "nobody/title of a work",
		frame:    "{A} has starred in “The Long Harbour” since 2019.",
		speakers: []string{}, exact: true},
	{class: "nobody/a law's name",
		frame:    "The “Clean Rivers Act” was passed in May after {A} tabled it.",
		speakers: []string{}, exact: true},
	{class: "nobody/a term after its noun",
		frame:    "The council's “night-time economy” strategy, drafted by {A}, was published on Monday.",
		speakers: []string{}, exact: true},
	{class: "nobody/nickname of a ship",
		frame:    "The ferry, nicknamed “the Old Grey Lady”, was sold to {A} in 2020.",
		speakers: []string{}, exact: true},
	{class: "nobody/a plan's name in a reported clause",
		frame:    "{A} said the “Harbour First” plan would be put to a vote in May.",
		want:     []quote{{"{A}", auM, "the “Harbour First” plan would be put to a vote in May"}},
		speakers: []string{"{A}"}, exact: true},
	{class: "nobody/a book's title as the object of wrote",
		frame:    "{A} wrote “A Winter in Corrin” after leaving the navy.",
		speakers: []string{}, exact: true},

	// Near misses written beside the fixes of the nobody class: the same
	// marker words where the marks do hold someone's words.
	{class: "nobody/near miss: so-called term inside a speaker's clause",
		frame: "{A} said the so-called “green corridor” was “a car park with trees”.",
		want:  []quote{{"{A}", auM, "the so-called “green corridor” was “a car park with trees”"}}},
	{class: "nobody/near miss: wrote, then words in lower case",
		frame: "{A} wrote “the council has failed this town” in a letter to the Courier.",
		want:  []quote{{"{A}", auD, "the council has failed this town"}}},
	{class: "nobody/near miss: wrote and a colon before a title-case cry",
		frame: "{A} wrote on the petition: “Save Our Harbour.”",
		want:  []quote{{"{A}", auD, "Save Our Harbour."}}},
}

// mx12Frames2 is the second batch, written after reading the shapes of
// the dev sets' mixed misses (every sentence invented): a fragment in a
// second conjunct after "called", two that-clauses after one cue, a
// relative "which X said", a reason clause after "explained", and a
// sentence with a quoted fragment but no cue of its own beside a
// sentence that has one.
var mx12Frames2 = []mx12Frame{
	{class: "conjunct/called it, and said",
		frame: "{A} called the audit “damning” and said it “confirms” the council's failings.",
		want:  []quote{{"{A}", auD, "damning"}, {"{A}", auM, "it “confirms” the council's failings"}}},
	{class: "conjunct/two that-clauses after one cue",
		frame: "{A} testified that the ledger was “incomplete” and that the missing pages had been “lost in the move”.",
		want:  []quote{{"{A}", auM, "the ledger was “incomplete” and that the missing pages had been “lost in the move”"}}},
	{class: "conjunct/said, but that",
		frame: "{A} said the league had acted “in good faith” but that mistakes had been made.",
		want:  []quote{{"{A}", auM, "the league had acted “in good faith” but that mistakes had been made"}}},
	{class: "relative/which he said",
		frame: "{A} set out the plan's aims, which {ahe} said include clearing the river's “choke points.”",
		want:  []quote{{"{A}", auM, "include clearing the river's “choke points.”"}}},
	{class: "relative/explained, a reason clause",
		frame: "{A} explained {ahe} resigned because {ahe} felt “completely sidelined” by the board.",
		want:  []quote{{"{A}", auM, "{ahe} resigned because {ahe} felt “completely sidelined” by the board"}}},
	{class: "carry/no cue, the next sentence has one",
		frame: "Meanwhile, the harbour levy “has done more harm than good.” Raising it again “would finish off the fleet,” {A} said.",
		want:  []quote{{"{A}", auM, "the harbour levy “has done more harm than good.”"}, {"{A}", auM, "Raising it again “would finish off the fleet,”"}}},
	{class: "carry/no cue, after a paragraph with a cue",
		frame: "{A} said the river had risen “faster than anyone expected”.\n\nHowever, with 300 homes still cut off, the repairs “will take weeks, not days.”",
		want:  []quote{{"{A}", auM, "the river had risen “faster than anyone expected”"}, {"{A}", auM, "the repairs “will take weeks, not days.”"}}},
	{class: "carry/no cue, same paragraph, after a cue",
		frame: "{A} said the clinic was “stretched to breaking point”. The waiting list “grows by the week.”",
		want:  []quote{{"{A}", auM, "the clinic was “stretched to breaking point”"}, {"{A}", auM, "The waiting list “grows by the week.”"}}},
	{class: "curly/single curly marks",
		frame: "{A} said the budget was ‘a house of cards’ and would not survive the winter.",
		want:  []quote{{"{A}", auM, "the budget was ‘a house of cards’ and would not survive the winter"}}},
	{class: "curly/single curly marks, cue last",
		frame: "The ferry contract was ‘a scandal from day one’, {A} said.",
		want:  []quote{{"{A}", auM, "The ferry contract was ‘a scandal from day one’"}}},
	{class: "opening/clause opens with a quoted phrase, cue first",
		frame: "{A} told the Courier “tough but fair” rules would be in place by June.",
		want:  []quote{{"{A}", auM, "“tough but fair” rules would be in place by June"}}},
	{class: "opening/two quoted phrases open and close the clause",
		frame: "“Proper and lasting” repairs were needed to avoid “another winter like this one”, {A} warned.",
		want:  []quote{{"{A}", auM, "“Proper and lasting” repairs were needed to avoid “another winter like this one”"}}},
	{class: "nobody2/a quoted term in the narrative, a speaker named nearby",
		frame: "{A} said the tram would be late.\n\nThe “Blue Line” extension was first proposed in 2009.",
		want:  []quote{{"{A}", auI, "the tram would be late"}}, exact: true},
	{class: "nobody2/a scare-quoted word in a factual sentence",
		frame: "{A} was arrested on suspicion of “causing a public nuisance” on Friday.",
		want:  nil, speakers: []string{}},
	// Near misses written beside the carry fix: a quoted predicate with
	// nobody speaking before it, and quoted words that are not a
	// predicate.
	{class: "carry/near miss: no speaker before, the quoted predicate is nobody's",
		frame: "The ferry timetable changes in May.\n\nThe new winter service “will run only on weekdays.”",
		want:  []quote{{"", auM, "The new winter service “will run only on weekdays.”"}}, speakers: []string{}},
	{class: "carry/near miss: a title in marks after the subject is no predicate",
		frame: "{A} said the tram would be late. The show “Harbour Lights” returns in May.",
		want:  []quote{{"{A}", auI, "the tram would be late"}}, exact: true},
	{class: "carry/near miss: a quoted noun phrase after a verb is not the predicate",
		frame: "{A} said the tram would be late. The council had promised “a better service” in May.",
		want:  []quote{{"{A}", auI, "the tram would be late"}}},
	// Near misses written beside the single-marks fix: a plural's
	// possessive before "and" or a noun is no closing mark.
	{class: "curly/near miss: plural possessives before and",
		frame: "{A} said the players’ and coaches’ contracts would run to June.",
		want:  []quote{{"{A}", auI, "the players’ and coaches’ contracts would run to June"}}, exact: true},
	{class: "curly/near miss: a quoted phrase, then a plural possessive",
		frame: "{A} said the ‘rescue fund’ would go to the growers’ cooperative in May.",
		want:  []quote{{"{A}", auM, "the ‘rescue fund’ would go to the growers’ cooperative in May"}}, exact: true},
	{class: "curly/near miss: straight marks, a plural possessive inside",
		frame: "{A} said the decision was 'the farmers' last hope' and would be appealed.",
		want:  []quote{{"{A}", auM, "the decision was 'the farmers' last hope' and would be appealed"}}, exact: true},
	// Near misses written beside the two-ends fix: quotations joined by
	// "and" or a comma alone before the cue are direct quotes.
	{class: "opening/near miss: two quotations joined by and",
		frame: "“We will rebuild” and “we will not forget,” {A} said.",
		want:  []quote{{"{A}", auD, "We will rebuild"}, {"{A}", auD, "we will not forget,"}}, exact: true},
	{class: "opening/near miss: two quotations joined by a comma",
		frame: "“Go home”, “stay safe,” {A} told the crowd.",
		want:  []quote{{"{A}", auD, "Go home"}, {"{A}", auD, "stay safe,"}}, exact: true},
	// Near misses written beside the cataphor fix: the next sentence's
	// cue reports no words, or stands in the next paragraph.
	{class: "carry/near miss: the next sentence's cue reports nothing",
		frame: "Meanwhile, the harbour levy “has done more harm than good.” {A} declined to comment.",
		want:  []quote{{"", auM, "the harbour levy “has done more harm than good.”"}}},
	{class: "carry/near miss: the cue is in the next paragraph",
		frame: "Meanwhile, the harbour levy “has done more harm than good.”\n\n{A} said the fleet would sail on Monday.",
		want:  []quote{{"", auM, "the harbour levy “has done more harm than good.”"}, {"{A}", auI, "the fleet would sail on Monday"}}},
}

// FIRST PASS of the third batch (mx12Frames3, 11 frames x 3 = 33 rows):
// participle 18/18, body 6/6, asked 6/9 (the three misses were this
// batch's own error: "accused X of “...”" written as no quote, which is
// the page gold's call, where the fictional gold has a direct quote);
// 30/33. The engine is sound on these frames; none needed a fix.
//
// mx12Frames3 is the third batch: a fragment reported by a participle
// after the main clause ("..., telling the Courier the fund was “...”"),
// by a body's statement or spokesperson, after "Asked whether", in a
// relative clause, and "accused X of “...”", which the page gold leaves
// out.
var mx12Frames3 = []mx12Frame{
	{class: "participle/telling a hearer",
		frame: "{A} declined to give figures, telling the Courier the fund was “in good health”.",
		want:  []quote{{"{A}", auM, "the fund was “in good health”"}}},
	{class: "participle/saying",
		frame: "{A} defended the decision on Monday, saying the old bridge was “beyond repair”.",
		want:  []quote{{"{A}", auM, "the old bridge was “beyond repair”"}}},
	{class: "participle/adding that",
		frame: "{A} praised the volunteers, adding that the clean-up had been “nothing short of heroic”.",
		want:  []quote{{"{A}", auM, "the clean-up had been “nothing short of heroic”"}}},
	{class: "participle/noting that",
		frame: "{A} backed the plan, noting that the town had waited “far too long” for a bypass.",
		want:  []quote{{"{A}", auM, "the town had waited “far too long” for a bypass"}}},
	{class: "participle/calling it",
		frame: "{A} walked out of the meeting, calling the vote “a stitch-up”.",
		want:  []quote{{"{A}", auD, "a stitch-up"}}},
	{class: "participle/after a sentence about the speaker's body",
		frame: "Boskel Freight did not answer questions about the crash, telling the Courier it was “cooperating fully” with {A}'s inquiry.",
		want:  []quote{{"Boskel Freight", auM, "it was “cooperating fully” with {A}'s inquiry"}}},
	{class: "body/in a statement",
		frame: "In a statement, the Varrow Port Authority said the closure was “a precaution” and thanked {A} for raising the alarm.",
		want:  []quote{{"Varrow Port Authority", auM, "the closure was “a precaution”"}}},
	{class: "body/spokesperson for a person",
		frame: "A spokeswoman for {A} said the minister was “deeply saddened” by the news.",
		want:  []quote{{"{A}", auM, "the minister was “deeply saddened” by the news"}}},
	{class: "asked/asked whether, then the fragment",
		frame: "Asked whether the mine would reopen, {A} said it was “too early to tell”.",
		want:  []quote{{"{A}", auM, "it was “too early to tell”"}}},
	{class: "asked/relative clause with called",
		frame: "{A}, who called the plan “reckless”, voted against it on Tuesday.",
		want:  []quote{{"{A}", auD, "reckless"}}},
	// "accused X of “...”": the fictional gold makes the quoted deed the
	// accuser's direct quote (article 62), the page gold leaves it out;
	// the engine follows the fictional gold, as this row does.
	{class: "asked/accused of, the quoted deed",
		frame: "{A} accused the council of “burying its head in the sand” over the floods.",
		want:  []quote{{"{A}", auD, "burying its head in the sand"}}, exact: true},
}

// The fourth batch was written beside its fix, after scratch probes of
// the same wordings before it: "testified/said/stated/admitted under oath
// (questioning) that" gave nothing for a plain clause and only the quoted
// word, as a direct quote, for a mixed one. With the fix 15/18; the three
// misses are the near miss "said under the new plan the ferry would ...",
// which found nothing before the fix as well.
//
// mx12Frames4 is the fourth batch, from a dev page's miss ("who testified
// under oath that ... was “...”"): the setting of testimony between the
// verb and its clause, across verbs, plus near misses where "under" opens
// no such setting.
var mx12Frames4 = []mx12Frame{
	{class: "oath/testified under oath that",
		frame: "{A} testified under oath that the wall was “unsound” and had been for years.",
		want:  []quote{{"{A}", auM, "the wall was “unsound” and had been for years"}}},
	{class: "oath/said under oath, no that",
		frame: "{A} said under oath the ledger had been “cleaned up” before the audit.",
		want:  []quote{{"{A}", auM, "the ledger had been “cleaned up” before the audit"}}},
	{class: "oath/admitted under questioning that",
		frame: "{A} admitted under questioning that the figures were “a best guess”.",
		want:  []quote{{"{A}", auM, "the figures were “a best guess”"}}},
	{class: "oath/conceded under cross-examination that, indirect",
		frame: "{A} conceded under cross-examination that the lorry had not been inspected.",
		want:  []quote{{"{A}", auI, "the lorry had not been inspected"}}},
	{class: "oath/in a relative clause, with a trailing source",
		frame: "The hearing heard from surveyor {A}, who testified under oath that the repairs were “never finished,” as reported by the Courier.",
		want:  []quote{{"{A}", auM, "the repairs were “never finished,”"}}},
	{class: "oath/near miss: under a plan, the clause opens there",
		frame: "{A} said under the new plan the ferry would sail twice a day.",
		want:  []quote{{"{A}", auI, "under the new plan the ferry would sail twice a day"}}},
}

// mx12Frames5 is the fifth batch, from a dev page's miss (a party
// "which tried to rally support by saying that ..." given to nobody): a
// participle of means or purpose inside a relative clause goes with the
// relative's noun. Written beside the fix, after scratch probes of the
// first two frames found the quotation nobody's (1 and 2) before it.
var mx12Frames5 = []mx12Frame{
	{class: "relmeans/who tried to ... by saying, at the sentence's end",
		frame: "The warning was aimed at {A}, who tried to calm the crowd by saying that the wall was “perfectly safe.”",
		want:  []quote{{"{A}", auM, "the wall was “perfectly safe.”"}}},
	{class: "relmeans/who took to the radio to say",
		frame: "The row began with {A}, who took to the radio to say the vote had been “rigged from the start”.",
		want:  []quote{{"{A}", auM, "the vote had been “rigged from the start”"}}},
	{class: "relmeans/a body's which, another person the subject",
		frame: "{A} criticised the Varrow Party, which tried to rally support by claiming that rival voters were “flooding the polls.”",
		want:  []quote{{"Varrow Party", auM, "rival voters were “flooding the polls.”"}}},
	{class: "relmeans/a party's generic noun after its name and a leader's possessive",
		frame: "The warning was aimed at {A}’s Varrow party, which tried to rally support by saying that rival voters were “flooding the polls.”",
		want:  []quote{{"Varrow", auM, "rival voters were “flooding the polls.”"}}},
	{class: "relmeans/near miss: a relative closed before the participle",
		frame: "{B} spoke after {A}, who had resigned, saying the plan was “dead in the water”.",
		want:  []quote{{"{B}", auM, "the plan was “dead in the water”"}}},
}

// mx12Frames6 is the sixth batch, written beside the put-it fix: the
// manner of saying after "put it" and a colon, and near misses where
// "put it" places a thing.
var mx12Frames6 = []mx12Frame{
	{class: "putit/put it this way",
		frame: "{A} put it this way: the council had “run out of road”.",
		want:  []quote{{"{A}", auM, "the council had “run out of road”"}}},
	{class: "putit/put it more bluntly",
		frame: "{A} put it more bluntly: the mill would “never reopen” without a buyer.",
		want:  []quote{{"{A}", auM, "the mill would “never reopen” without a buyer"}}},
	{class: "putit/put it simply, a plain clause",
		frame: "{A} put it simply: the town could not afford a second bridge.",
		want:  []quote{{"{A}", auI, "the town could not afford a second bridge"}}},
	{class: "putit/put it plainly, a whole quotation",
		frame: "{A} put it plainly: “The deal is dead.”",
		want:  []quote{{"{A}", auD, "The deal is dead."}}},
	{class: "putit/near miss: put it back, a thing placed",
		frame:    "{A} put it back: the statue stood in the square again by May.",
		speakers: []string{}, exact: true},
}

// FIRST PASS of the seventh batch: 15/15.
//
// mx12Frames7 is the seventh batch: quoted words that are nobody's in a
// sentence that does report speech (a nickname beside the speaker, a
// term in the subject, a title after the cue), and a quoted term in a
// narrative sentence about a speaker.
var mx12Frames7 = []mx12Frame{
	{class: "scare/nickname beside the speaker",
		frame: "{A}, dubbed “the Iron Mayor” by the local press, said the budget would balance by June.",
		want:  []quote{{"{A}", auI, "the budget would balance by June"}}, speakers: []string{"{A}"}, exact: true},
	{class: "scare/a term in scare quotes, narrative",
		frame:    "{A}'s “miracle cure” was withdrawn from sale in May.",
		speakers: []string{}, exact: true},
	{class: "scare/a programme's name as the subject of the clause",
		frame: "{A} said the “Safe Streets” programme had cut burglaries by a third.",
		want:  []quote{{"{A}", auM, "the “Safe Streets” programme had cut burglaries by a third"}}, speakers: []string{"{A}"}, exact: true},
	{class: "scare/title of a report after according to",
		frame: "Rents rose by a fifth last year, according to “The Housing Squeeze”, a report by {A}.",
		want:  []quote{{"{A}", auI, "Rents rose by a fifth last year"}}},
	{class: "scare/so-called before a cue's quoted words",
		frame: "{A} said the so-called “quiet zones” were “a fig leaf” for cuts.",
		want:  []quote{{"{A}", auM, "the so-called “quiet zones” were “a fig leaf” for cuts"}}, exact: true},
}

// FIRST PASS of the eighth batch: 12/12.
//
// mx12Frames8 is the eighth batch: two speakers in one sentence or in
// turn, each with a fragment, and a spokesman for a person named before.
var mx12Frames8 = []mx12Frame{
	{class: "turns/two surnames in one sentence, while",
		frame: "{A} and {B} clashed over the budget. {As} said the cuts were “reckless”, while {Bs} called them “long overdue”.",
		want:  []quote{{"{A}", auM, "the cuts were “reckless”"}, {"{B}", auD, "long overdue"}}},
	{class: "turns/told the other, who answered",
		frame: "{A} told {B} the offer was “final”. {Bs} said it was “an insult to the crew”.",
		want:  []quote{{"{A}", auM, "the offer was “final”"}, {"{B}", auM, "it was “an insult to the crew”"}}},
	{class: "turns/his spokesman, the person named before",
		frame: "{A} resigned on Monday. {Ahis} spokesman said the minister was “deeply hurt” by the claims.",
		want:  []quote{{"{A}", auM, "the minister was “deeply hurt” by the claims"}}},
	{class: "turns/the other's claim",
		frame: "{A} rejected {B}'s claim that the plan was “a done deal”.",
		want:  []quote{{"{B}", auM, "the plan was “a done deal”"}}},
}

// mx12Frames9 is the ninth batch, from a dev article's shape (a company
// "telling Wikinews the company “extends ...”"): a body's or a thing's
// noun after "the", then its quoted predicate opening on a verb in -s.
// Written beside the fix, after scratch probes found "said the council
// “regrets the loss of life.”" and "told the Courier the council
// “regrets ...”" only as a direct quote of the quoted words (an
// auxiliary first, "“will pay ...”", "“has let down ...”", was already
// a mixed clause).
var mx12Frames9 = []mx12Frame{
	{class: "predicate/the body's noun, a verb in -s",
		frame: "{A} said the council “regrets the loss of life” and would pay for the funerals.",
		want:  []quote{{"{A}", auM, "the council “regrets the loss of life” and would pay for the funerals"}}, exact: true},
	{class: "predicate/after a hearer, the stop inside",
		frame: "{A} told the Courier the company “deeply regrets the delays.”",
		want:  []quote{{"{A}", auM, "the company “deeply regrets the delays.”"}}, exact: true},
	{class: "predicate/a verb in -s and a phrase",
		frame: "{A} said the ferry “sails at the mercy of the weather” every winter.",
		want:  []quote{{"{A}", auM, "the ferry “sails at the mercy of the weather” every winter"}}, exact: true},
	{class: "predicate/near miss: called the plans lies",
		frame: "{A} called the plans “lies and smears”.",
		want:  []quote{{"{A}", auD, "lies and smears"}}, exact: true},
	{class: "predicate/near miss: thanked the crew for",
		frame: "{A} thanked the crew “for everything they did that night”.",
		want:  []quote{{"{A}", auD, "for everything they did that night"}}},
}
