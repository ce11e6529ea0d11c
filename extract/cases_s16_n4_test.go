package extract_test

import (
	"flag"
	"slices"
	"strings"
	"testing"
)

// Session 16, helper n4: who each quote belongs to (direct, indirect and
// mixed) in invented short articles with two to four speakers, in the
// Wikinews manner (straight quotation marks, "said" and "told reporters",
// reported speech holding quoted words). Issue 11: on the Wikinews
// held-out set mixed quotes were found but attributed right about 0.62 of
// the time and direct quotes about 0.84.
//
// Each frame is a whole article written before the engine ran on it and
// filled with casts (a woman and a man either way round, two men, two
// women), so a row shows whether gender or position did the work. Every
// quote of the article is checked for its speaker and kind. Conventions
// follow the gold: "X called the plan "a disgrace"" is X's mixed quote
// `the plan "a disgrace"` (dev-f), "described as "reckless" by Y" and
// "what Y termed "a betrayal"" are Y's direct quote of the quoted words
// alone (dev-h), a named spokesperson's words are the person's and an
// unnamed one's the body's (testdata/README.md).
//
// FIRST-PASS (n4Frames, 31 articles x casts = 80 rows, written whole and
// run once before any change): 64/80 (0.80): after 0/6, alt 10/12,
// callterm 2/8, continue 6/6, mixafter 8/8, mixpron 14/16, rebut 6/6,
// response 6/6, spokes 6/6, title 6/6. Four callterm rows failed on a
// convention only: they wanted "X called (dubbed) the sale "..."" as a
// mixed quote, where the project gives the quoted words as a direct
// quote (cases_s10_audit_test.go, "as the Wikinews gold has them"); the
// speaker was right in all four. Corrected: 68/80 (0.85), callterm 6/8.
// Failures by mechanism: a quotation, then "That was the question
// from X" / "The statement came from X" / "X made the remark" in the
// next sentence, left to nobody (6: "question" read as a cue verb kept
// "?" from ending the sentence, and the other two forms were not
// credits); a pronoun two sentences on from a sentence whose main
// subject "he" met another man, given to the man met (2: mm, ff); "he
// replied" after the first man's "he added", given to him, not the
// other (2: mm, ff); "described as "reckless" by the ecologist X" not
// found (2).
//
// AFTER this branch (see n4KnownRows for what is left): the 80
// first-pass rows of batch 1 80/80: after 6/6, alt 12/12 (the reply
// turn), callterm 8/8 (the described-as agent), mixpron 16/16; every
// fix row of theirs passes. Batches 2-10 below: 128/131 first-pass rows
// pass after (the writer's errors corrected), the 3 left known.
//
// Batch 2 (n4Frames2, 12 articles, 30 rows: the cue in the middle or
// last, "according to", a ministry's mixed quote, "told Wikinews", "also
// said" and "added that" after another's direct quote, a joint claim,
// "however", "the senator", "the 58-year-old"), written whole after the
// fixes above and run once: 20/30 (0.67). Eight failures were the
// writer's: a climber quoted by surname only, never named in full (4);
// a wanted span "he will vote" where the text says "Senator X will vote"
// (2); "told Wikinews the race was "wide open" and that turnout would
// decide it" wanted as two quotes, where the gold more often keeps one
// (42 to 22 in the dev and fictional gold) (2). Corrected: 28/30. The
// two left: "The ministry said" after "the Corvel health ministry" given
// to nobody. With a country's or place's name ("Corvel's health
// ministry", "the Indian health ministry") the body is made but "the
// ministry" did not find it: its head word carries the entity outside
// any name chunk. Fixed for state bodies named by country and remit
// (n4MinistryFix, 6/6 with a near miss); the invented demonym stays known.
//
// Batch 3 (n4Frames3, 5 articles, 18 rows: a pronoun or participle cue
// after a sentence whose main subject is one person and whose clause
// held by "reports", "claims" or "news" has another for subject),
// written whole and run once: 14/18 (0.78); the 4 failures were the
// same-gender casts of "denied claims that the club's coach, X, had been
// forced out. He said" and "reacted to reports X had resigned. He said",
// given to X. Fixed (reportedClauseSubject): such a subject no longer
// ranks as a main subject; 18/18, with near misses (n4EmbeddedFix, one
// of which, "Despite the rumours, X met", caught the fix's first form).
//
// Batch 4 (n4Frames4, 5 articles, 15 rows, people whose first names the
// lexicon does not know), written whole and run once: 13/15 (0.87). The
// two failures are known, not fixed: the same frame's two-men cast is
// ambiguous as written (n4TwoMen), and its man-woman cast wants a gender
// from the subject's own "his", which session 11 tried and dropped
// (n4OwnPossessive).
//
// Batch 5 (n4Frames5, 6 articles, 12 rows of Wikinews-style direct
// quotes: an unnamed spokesperson for a named body, "told Wikinews",
// "according to" after the words, a statement over two paragraphs then
// "meanwhile", posts answered on a social network, a person's unnamed
// spokesperson), written whole and run once: 10/12 (0.83). Both failures
// were "{B}, the education minister, meanwhile said the strike was
// "..."": a sentence adverb with no commas before the verb was no adverb
// to the lexicon ("meanwhile", "however", "nonetheless", "nevertheless"),
// so the cue was lost and the mixed quote not found. Fixed by adding
// them to adverbWords: 12/12, and n4AdverbRows 16/16 (8 of them failing
// before, the 8 near misses passing before and after).
//
// Batch 6 (n4Frames6, 6 articles, 12 rows: the other person named in an
// opening phrase, in the reported clause, after "after", in a relative
// clause, "speaking on behalf of"), written whole and run once: 10/12
// (0.83). Both failures were "{A}, who led the campaign against it, said
// the plan, which {B} had backed for three years, was "dead and
// buried"": "said the plan," read as an inverted cue set off by commas
// (the plan as a document that says), the subject and its aside as what
// it said, given to nobody. Fixed in tryInverted: a sentence opening with
// a name and its "who" aside up to the verb has no clause before the
// verb to report. 12/12, and n4AsideFix 8/8 with near misses (real
// inverted cues in mid-sentence).
//
// Batch 7 (n4Frames7, 6 articles, 12 rows: the other person as hearer,
// a split cue, two quoted fragments, "a statement from X said"), written
// whole and run once: 10/12 (0.83). Both failures: "wrote in a letter to
// council leader {B} that the boathouse was "..."": "to council" read as
// an infinitive, so the clause was lost (only the quoted words were
// found, as a direct quote). Fixed (titledNameAt): a role in lower case
// and a name after "to" is a hearer; 12/12. n4LetterFix 8/8 passed
// before the fix too ("mayor", "chief executive" were already roles
// after "to"; only a role after a modifier noun, "council leader",
// failed): they guard it.
//
// Batch 8 (n4Frames8, 6 articles, 12 rows: named spokespeople after
// their principal, "the statement read", "X's office said", "adding
// that", an inverted cue whose relative clause names the other), written
// whole and run once: 12/12.
//
// Batch 9 (n4Frames9, 6 articles, 12 rows: a quoted phrase as the object
// of "urged residents to", "vowed to", "expressed", "warned of",
// "accused X of", "thanked X for", each after the other's direct quote),
// written whole and run once: 12/12.
//
// Batch 10 (n4Frames10, 2 articles, 8 rows: a long paragraph whose first
// speaker is named again only as an object, or inside a clause held by
// "reports", in the sentence before the pronoun, whose main subject is
// the other person), written whole and run once: 4/8; the same-gender
// casts went to the first speaker ("one who spoke in the paragraph"
// ranked over the main subject of the sentence before). Fixed
// (otherMainSubject): that rank no longer holds for a mention that is no
// subject when another person of the pronoun's gender is the main
// subject of its sentence. 8/8, n4TurnFix 4/4 near misses.

var n4KnownFlag = flag.Bool("n4.known", false, "TestAuditS16N4 runs its known failures too")

func TestAuditS16N4(t *testing.T) { runAudit(t, "n4", n4Rows(), *n4KnownFlag) }

// n4KnownRows gives the rows still failing, by mechanism.
var n4KnownRows = map[string]string{
	"mixbody/a ministry's mixed quote between two people [fm]":       n4Demonym,
	"mixbody/a ministry's mixed quote between two people [mm]":       n4Demonym,
	"unknown/alternating pronoun cues after a possessive hint [umm]": n4TwoMen,
	"unknown/own savings, then the other's pronoun [umf]":            n4OwnHintBlocked,
	// Session 25: with her "her" blocked, Sunniva's gender is only
	// guessed from her name's ending, and "“...,” he said" after her own
	// quotation now keeps her turn (as "Kizza Besigye ... he said" must).
	"unknown/own savings, then the other's pronoun [ufm]": n4OwnHintBlocked,
}

// Mechanisms of the known failures, named once so the audit groups them.
const (
	n4OwnHintBlocked = "own-hint-blocked: \"Osric Vane opened the Lisk bookshop with his own savings\": a name of no known kind between the subject and \"his\" (Lisk) stops the hint, as another person would; letting such names through cost pages heldout-g attribution 0.902 -> 0.895"
	n4TwoMen         = "two-men: two men, \"“...,” Holm said\" then \"“...,” he said\" in the next paragraph: the text gives the reader nothing but the content to tell them apart; the engine keeps the last speaker, as most readers of the form would"
	n4Demonym        = "invented-demonym: \"The Corvel health ministry\" with Corvel named nowhere else is no body (namedBody wants a known nation or a place), so \"the ministry\" finds nothing; with Corvel a place, or a real country's adjective, it does (n4MinistryFix)"
)

var (
	n4CastFM = corefCast{id: "fm", a: "Ingrid Halvorsen", as: "Halvorsen", ag: "f", b: "Tomas Brekke", bs: "Brekke", bg: "m"}
	n4CastMF = corefCast{id: "mf", a: "Henrik Solvang", as: "Solvang", ag: "m", b: "Marta Osterhus", bs: "Osterhus", bg: "f"}
	n4CastMM = corefCast{id: "mm", a: "Anders Pohl", as: "Pohl", ag: "m", b: "Lukas Varne", bs: "Varne", bg: "m"}
	n4CastFF = corefCast{id: "ff", a: "Karin Ulvik", as: "Ulvik", ag: "f", b: "Petra Rask", bs: "Rask", bg: "f"}

	n4CastsAll = []corefCast{n4CastFM, n4CastMF, n4CastMM, n4CastFF}
	n4CastsTwo = []corefCast{n4CastFM, n4CastMM}
)

func n4Rows() []auditRow {
	rows := n4AdverbRows()
	for _, f := range slices.Concat(n4Frames, n4AfterFix, n4FarSubjectFix, n4Frames2, n4MinistryFix, n4ReplyFix, n4DescribedFix, n4Frames3, n4EmbeddedFix, n4Frames4, n4OwnPossessiveFix, n4Frames5, n4Frames6, n4AsideFix, n4Frames7, n4LetterFix, n4Frames8, n4Frames9, n4Frames10, n4TurnFix) {
		if f.casts == nil {
			f.casts = n4CastsTwo
		}
		for _, r := range f.rows() {
			r.known = n4KnownRows[r.class]
			rows = append(rows, r)
		}
	}
	return rows
}

var n4Frames = []corefFrame{
	// A mixed quote whose subject is a pronoun after two people were named.
	{class: "mixpron/pronoun after a sentence naming both, the second its subject", casts: n4CastsAll,
		text: `{A}, the transport minister, met opposition leader {B} on Tuesday to discuss the planned closure of the Lerrow-Vask rail line.

{As} said the line carried fewer than 200 passengers a day. {Bs} rejected the figure.

{b.He} said the closure was "a disgrace" and should be dropped before the summer timetable is set.

"People in the valley have no other way to reach the city," {Bs} told reporters.`,
		want: []corefWant{
			{"A", "I", "the line carried fewer than 200 passengers a day"},
			{"B", "M", `the closure was "a disgrace" and should be dropped before the summer timetable is set`},
			{"B", "", "People in the valley have no other way to reach the city"},
		}},
	{class: "mixpron/pronoun is the subject, the other named as object", casts: n4CastsAll,
		text: `Harl county councillor {A} accused the council leader, {B}, of misleading members over the cost of the Vask bridge on Thursday.

{a.He} said the budget had been "quietly doubled" without a vote of the full council.

{Bs} said the extra money had been approved by the finance committee in March. "Every krone was voted on," {b.he} said.`,
		want: []corefWant{
			{"A", "M", `the budget had been "quietly doubled" without a vote of the full council`},
			{"B", "I", "the extra money had been approved by the finance committee in March"},
			{"B", "", "Every krone was voted on"},
		}},
	{class: "mixpron/pronoun after \"drew a sharp reply from\" the other", casts: n4CastsAll,
		text: `The report on the Ostby hospital merger, written by health board chair {A}, was published on Monday.

{As}'s findings drew a sharp reply from {B}, a surgeon at Ostby General. {b.He} said the report was "riddled with errors" and had ignored the surgeons' evidence.

{As} stood by the report. "I have read every submission myself," {a.he} said.`,
		want: []corefWant{
			{"B", "M", `the report was "riddled with errors" and had ignored the surgeons' evidence`},
			{"A", "", "I have read every submission myself"},
		}},
	{class: "mixpron/pronoun a paragraph after the subject met the other", casts: n4CastsAll,
		text: `{A} has led the Brenna teachers' union since 2019. On Wednesday {a.he} met education secretary {B} for the first time since the strike began.

The meeting lasted two hours. Afterwards {a.he} told reporters the secretary had offered "nothing new, nothing at all".

{Bs} said in a statement that the offer remained open.`,
		want: []corefWant{
			{"A", "M", `the secretary had offered "nothing new, nothing at all"`},
			{"B", "I", "the offer remained open"},
		}},

	// "X called the plan "..."", "described as "..." by Y", "what Y termed".
	{class: "callterm/X called the sale \"...\", the other replies",
		text: `Ostervik city council voted on Wednesday to sell the harbour warehouses to a private developer.

Councillor {A} called the sale "a betrayal of everyone who works on the quays". {B}, the council leader, said the money would pay for two new schools.

"We cannot keep empty buildings for sentiment," {Bs} said.

{As} said {a.he} would ask the regional court to review the vote.`,
		want: []corefWant{
			{"A", "", "a betrayal of everyone who works on the quays"},
			{"B", "I", "the money would pay for two new schools"},
			{"B", "", "We cannot keep empty buildings for sentiment"},
			{"A", "I", "{a.he} would ask the regional court to review the vote"},
		}},
	{class: "callterm/described as \"...\" by Y",
		text: `A plan to drain the Kessel marshes for farmland, described as "reckless" by the ecologist {A}, was approved by the Vask regional assembly on Friday.

{B}, who chairs the assembly's farming committee, said the land would feed "thousands of families for a century".

{As} said the marshes held the last breeding pairs of the grey crane in the region. "Once they are drained, they are gone for good," {a.he} said.`,
		want: []corefWant{
			{"A", "", "reckless"},
			{"B", "M", `the land would feed "thousands of families for a century"`},
			{"A", "I", "the marshes held the last breeding pairs of the grey crane in the region"},
			{"A", "", "Once they are drained, they are gone for good"},
		}},
	{class: "callterm/what Y termed \"...\"",
		text: `Dock workers in Port Ansel walked out on Monday over what union leader {A} termed "a betrayal" by the port authority.

The authority's director, {B}, said the new shift rota had been agreed with staff representatives in January. {Bs} said the walkout was "unnecessary and unlawful".

{As} said members had never voted on the rota.`,
		want: []corefWant{
			{"A", "", "a betrayal"},
			{"B", "I", "the new shift rota had been agreed with staff representatives in January"},
			{"B", "M", `the walkout was "unnecessary and unlawful"`},
			{"A", "I", "members had never voted on the rota"},
		}},
	{class: "callterm/X dubbed the ruling \"...\", Y described it as \"...\"",
		text: `The Marrow Valley wind farm will go ahead, the planning board ruled on Tuesday.

Campaigner {A} dubbed the ruling "a death sentence for the valley". The developer's chief executive, {B}, described the decision as "a win for clean power".

{Bs} said construction would begin in the spring. {As} said campaigners would appeal.`,
		want: []corefWant{
			{"A", "", "a death sentence for the valley"},
			{"B", "", "a win for clean power"},
			{"B", "I", "construction would begin in the spring"},
			{"A", "I", "campaigners would appeal"},
		}},

	// A mixed quote right after another speaker's direct quote.
	{class: "mixafter/new speaker's mixed quote after a direct quote",
		text: `The Tessbury school board will close two village schools next year to save money.

"Small schools are expensive, and we have no choice," said board chair {A}.

{B}, whose children attend the school in Lisk, said the board had "never set foot" in the villages it was closing.

The closures still need the approval of the county.`,
		want: []corefWant{
			{"A", "", "Small schools are expensive, and we have no choice"},
			{"B", "M", `the board had "never set foot" in the villages it was closing`},
		}},
	{class: "mixafter/surname mixed quote after the other's direct quote, then a pronoun",
		text: `{A} and {B} are the two candidates left in the race for mayor of Kettle Bay.

At Monday's debate, {As} promised to freeze local taxes for four years. "Every family in this town is feeling the pinch," {a.he} said.

{Bs} said the promise was "a fantasy" that would close the town library. {b.He} said {b.he} would raise taxes on holiday homes instead.`,
		want: []corefWant{
			{"A", "", "Every family in this town is feeling the pinch"},
			{"B", "M", `the promise was "a fantasy" that would close the town library`},
			{"B", "I", "{b.he} would raise taxes on holiday homes instead"},
		}},
	{class: "mixafter/two speakers in one paragraph, direct then mixed",
		text: `The Fenmoor ferry will stop running in October, its operator said on Friday.

"The boat is forty years old and cannot be repaired again," operations manager {A} said. {B}, who runs a shop on the island, said the decision left islanders "stranded for half the year".`,
		want: []corefWant{
			{"A", "", "The boat is forty years old and cannot be repaired again"},
			{"B", "M", `the decision left islanders "stranded for half the year"`},
		}},
	{class: "mixafter/quoted-phrase mixed with the cue last, after the other's direct quote",
		text: `"We have done everything the inspectors asked," {A}, the owner of the Orlen care home, said on Thursday.

{B}, the county's chief inspector, disagreed. Staffing at the home was "dangerously thin" at night, {b.he} said.`,
		want: []corefWant{
			{"A", "", "We have done everything the inspectors asked"},
			{"B", "M", `Staffing at the home was "dangerously thin" at night`},
		}},

	// Alternating speakers with "she said" and "he added", same-gender pairs.
	{class: "alt/alternating pronoun cues, then a reply", casts: n4CastsAll,
		text: `Two Harl university researchers, {A} and {B}, disagree about what killed the fish in Lake Orsby last summer.

{As} blames fertiliser running off the farms on the eastern shore. "The algae bloomed within a week of the spring spreading," {a.he} said.

{Bs} points to the heat. "The water reached 27 degrees. Fish cannot live in that," {b.he} said.

{As} was not convinced. "Heat alone has never done this before," {a.he} added.

"Neither had the heat," {b.he} replied.`,
		want: []corefWant{
			{"A", "", "The algae bloomed within a week of the spring spreading"},
			{"B", "", "The water reached 27 degrees. Fish cannot live in that"},
			{"A", "", "Heat alone has never done this before"},
			{"B", "", "Neither had the heat"},
		}},
	{class: "alt/said then added, the other next", casts: n4CastsAll,
		text: `{A}, the Lisk harbour master, and {B}, a fisherman, were both on the quay when the storm hit on Saturday.

"The waves came over the wall like it wasn't there," {Bs} said. {b.He} added that three boats had sunk at their moorings.

{As} said the harbour wall had been due for repair since 2021. "We asked for the money three times," {a.he} said.`,
		want: []corefWant{
			{"B", "", "The waves came over the wall like it wasn't there"},
			{"B", "I", "three boats had sunk at their moorings"},
			{"A", "I", "the harbour wall had been due for repair since 2021"},
			{"A", "", "We asked for the money three times"},
		}},
	{class: "alt/four turns by surname", casts: n4CastsAll,
		text: `The owners of the Lark Lane cafe, {A} and {B}, are selling up after thirty years.

"We are tired, and the rent has doubled," said {As}.

"And nobody wants to work Sundays any more," {Bs} said.

{As} said the cafe had been offered to the staff first. {Bs} said the new owners would keep the name.`,
		want: []corefWant{
			{"A", "", "We are tired, and the rent has doubled"},
			{"B", "", "And nobody wants to work Sundays any more"},
			{"A", "I", "the cafe had been offered to the staff first"},
			{"B", "I", "the new owners would keep the name"},
		}},

	// A spokesperson, then the body.
	{class: "spokes/named spokesperson, then the company's statement",
		text: `Kessel Water has been fined 2 million crowns for polluting the Orsa river, the environment agency said on Tuesday.

A spokesperson for Kessel Water, {A}, said the company accepted the fine and had "already spent heavily" on new treatment works.

The company said in a statement that no drinking water had been affected.

{B}, who fishes the Orsa, said the fine was too small. "They made far more than that by cutting corners," {b.he} said.`,
		want: []corefWant{
			{"", "I", "Kessel Water has been fined 2 million crowns for polluting the Orsa river"},
			{"A", "M", `the company accepted the fine and had "already spent heavily" on new treatment works`},
			{"Kessel Water", "I", "no drinking water had been affected"},
			{"B", "I", "the fine was too small"},
			{"B", "", "They made far more than that by cutting corners"},
		}},
	{class: "spokes/unnamed spokesman, a named officer, then the trust",
		text: `The Vask Regional Hospital Trust will close its maternity ward in Orsby from June.

A spokesman for the trust said the ward could no longer be staffed safely. The trust's medical director, {A}, said the decision had been "the hardest of my career".

{B}, who leads the Orsby Parents' Group, said families would have to drive ninety minutes to give birth. "Someone will lose a baby on that road," {b.he} said.

The trust said it would review the decision in two years.`,
		want: []corefWant{
			{"Vask Regional Hospital Trust", "I", "the ward could no longer be staffed safely"},
			{"A", "M", `the decision had been "the hardest of my career"`},
			{"B", "I", "families would have to drive ninety minutes to give birth"},
			{"B", "", "Someone will lose a baby on that road"},
			{"Vask Regional Hospital Trust", "I", "it would review the decision in two years"},
		}},
	{class: "spokes/named spokesperson, the airline's statement, the union",
		text: `Orlen Airways cancelled 140 flights on Monday after a strike by baggage handlers.

{A}, a spokesperson for the airline, told reporters that passengers would be rebooked "within 48 hours". Orlen Airways said in a statement that the strike was "regrettable and avoidable".

{B}, the handlers' union secretary, said the airline had refused to meet the union for six weeks.`,
		want: []corefWant{
			{"A", "M", `passengers would be rebooked "within 48 hours"`},
			{"Orlen Airways", "M", `the strike was "regrettable and avoidable"`},
			{"B", "I", "the airline had refused to meet the union for six weeks"},
		}},

	// A title alone ("the minister said") after another official between.
	{class: "title/the minister said after the fishermen's leader",
		text: `Fisheries minister {A} announced on Tuesday that cod quotas in the Harl Sea would be cut by a fifth next year.

{B}, who heads the fishermen's association, said the cut would put "at least thirty boats" out of business. "We were not consulted," {b.he} said.

The minister said the cut was based on the best science available. "If we do nothing now, there will be no cod to argue about," the minister said.`,
		want: []corefWant{
			{"A", "I", "cod quotas in the Harl Sea would be cut by a fifth next year"},
			{"B", "M", `the cut would put "at least thirty boats" out of business`},
			{"B", "", "We were not consulted"},
			{"A", "I", "the cut was based on the best science available"},
			{"A", "", "If we do nothing now, there will be no cod to argue about"},
		}},
	{class: "title/the mayor said after the chief engineer",
		text: `Brennick's mayor, {A}, opened the new tram line on Saturday, two years late and 40 million crowns over budget.

The city's chief engineer, {B}, said the delays had been caused by "old pipes nobody had mapped". {Bs} said the line would carry 12,000 passengers a day.

The mayor said the wait had been worth it. "Ask me again in ten years," {a.he} said.`,
		want: []corefWant{
			{"B", "M", `the delays had been caused by "old pipes nobody had mapped"`},
			{"B", "I", "the line would carry 12,000 passengers a day"},
			{"A", "I", "the wait had been worth it"},
			{"A", "", "Ask me again in ten years"},
		}},
	{class: "title/the judge said after prosecutor and defence",
		text: `Judge {A} jailed a former Ostby bank manager for six years on Friday for stealing from elderly customers.

Prosecutor {B} told the court the manager had taken "every last coin" from a 91-year-old widow. Defence lawyer Nils Harrow said his client was deeply ashamed.

The judge said the thefts had been "cold, calculated and cruel".`,
		want: []corefWant{
			{"B", "M", `the manager had taken "every last coin" from a 91-year-old widow`},
			{"Nils Harrow", "I", "his client was deeply ashamed"},
			{"A", "M", `the thefts had been "cold, calculated and cruel"`},
		}},

	// A quote paragraph with no cue continues the previous speaker.
	{class: "continue/a quotation over three paragraphs, the neighbour named first",
		text: `{A}, who has farmed at Kettle Moor for forty years, lost half of {a.his} flock in the snow last week. {a.His} neighbour, {B}, lost none.

"The drifts were higher than the walls," {As} said. "We dug for three days.

"I have never seen a winter like it, and my father never saw one either."

{Bs} said {b.he} had brought {b.his} sheep down early after hearing the forecast.`,
		want: []corefWant{
			{"A", "", "The drifts were higher than the walls"},
			{"A", "", "We dug for three days."},
			{"A", "", "I have never seen a winter like it, and my father never saw one either."},
			{"B", "I", "{b.he} had brought {b.his} sheep down early after hearing the forecast"},
		}},
	{class: "continue/a closed quotation paragraph with no cue",
		text: `Residents of Ashby Road met council officers on Thursday about the flooding of their street.

{A}, whose house flooded twice this year, said the drains had not been cleared since 2019. "I have photographs of every blocked grate," {a.he} said.

"Nobody came. Not once."

{B}, the council's head of highways, said the drains were on a two-year cycle.`,
		want: []corefWant{
			{"A", "I", "the drains had not been cleared since 2019"},
			{"A", "", "I have photographs of every blocked grate"},
			{"A", "", "Nobody came. Not once."},
			{"B", "I", "the drains were on a two-year cycle"},
		}},
	{class: "continue/each speaker continues in a cue-less paragraph",
		text: `The Pellan Rovers manager {A} blamed the referee after Saturday's 2-1 defeat at Orrin.

"The second goal was offside by a metre," {As} said.

"Everyone in the ground could see it except the one man who mattered."

Orrin's captain, {B}, said the goal was fair. "We deserved the win," {b.he} said.

"We were the better side for ninety minutes."`,
		want: []corefWant{
			{"A", "", "The second goal was offside by a metre"},
			{"A", "", "Everyone in the ground could see it except the one man who mattered."},
			{"B", "I", "the goal was fair"},
			{"B", "", "We deserved the win"},
			{"B", "", "We were the better side for ninety minutes."},
		}},

	// The speaker introduced after the quotation, in the next sentence.
	{class: "after/That was the question from X",
		text: `Lisk's only bank branch closed its doors on Friday.

"Where are the old people supposed to go now?" That was the question from {A}, 78, who has banked there since 1965.

The bank's regional manager, {B}, said most customers now banked online.`,
		want: []corefWant{
			{"A", "", "Where are the old people supposed to go now?"},
			{"B", "I", "most customers now banked online"},
		}},
	{class: "after/The statement came from X",
		text: `The Vask music festival was cancelled on Thursday, two days before it was due to open.

"We are heartbroken, and we know our fans are too." The statement came from {A}, the festival's director, late on Wednesday night.

{B}, the regional police chief, said the site had been judged unsafe after heavy rain. {Bs} said the decision was "nobody's fault".`,
		want: []corefWant{
			{"A", "", "We are heartbroken, and we know our fans are too."},
			{"B", "I", "the site had been judged unsafe after heavy rain"},
			{"B", "M", `the decision was "nobody's fault"`},
		}},
	{class: "after/quotation paragraph, X made the remark in the next",
		text: `"Nobody has climbed that tower since the keeper left in 1987."

{A}, the Orsby town historian, made the remark in a talk at the library on Tuesday. {a.He} is writing a book on the lighthouse.

{B}, who runs the lighthouse museum, said the tower could reopen to visitors next summer.`,
		want: []corefWant{
			{"A", "", "Nobody has climbed that tower since the keeper left in 1987."},
			{"B", "I", "the tower could reopen to visitors next summer"},
		}},

	// "In response, Y said ...".
	{class: "response/In response, the minister said",
		text: `Opposition leader {A} said on Monday that the government had "lost control" of hospital waiting lists. The lists reached a record 410,000 in March.

In response, health minister {B} said the lists had begun to fall in April. "We are turning the corner," {b.he} said.`,
		want: []corefWant{
			{"A", "M", `the government had "lost control" of hospital waiting lists`},
			{"B", "I", "the lists had begun to fall in April"},
			{"B", "", "We are turning the corner"},
		}},
	{class: "response/In response, after a mixed quote in the same paragraph",
		text: `The Kettle Bay council plans to charge drivers to enter the old town from next year.

{A}, who owns a hotel in the old town, said the charge would "kill off" the tourist trade. In response, council leader {B} said visitors arriving by bus and train would not pay.

"The streets were not built for cars," {Bs} said.`,
		want: []corefWant{
			{"A", "M", `the charge would "kill off" the tourist trade`},
			{"B", "I", "visitors arriving by bus and train would not pay"},
			{"B", "", "The streets were not built for cars"},
		}},
	{class: "response/Responding to the report, Y said",
		text: `A report by the Harl Institute found that one in five bridges in the county needed urgent repair.

The report's lead author, {A}, said several bridges were "one bad winter from closing". Responding to the report, county roads chief {B} said repairs to the worst twelve would begin in May.`,
		want: []corefWant{
			{"A", "M", `several bridges were "one bad winter from closing"`},
			{"B", "I", "repairs to the worst twelve would begin in May"},
		}},

	// A rebuttal by "countered", "responded", "retorted".
	{class: "rebut/countered that",
		text: `{A}, the chief executive of Tarbeck Mining, told shareholders on Wednesday that the new mine at Vell would create 900 jobs.

{B}, who speaks for the Vell Valley residents' association, countered that most of the jobs would go to workers flown in from the coast.

"We will get the dust and the lorries, and they will get the wages," {Bs} said.`,
		want: []corefWant{
			{"A", "I", "the new mine at Vell would create 900 jobs"},
			{"B", "I", "most of the jobs would go to workers flown in from the coast"},
			{"B", "", "We will get the dust and the lorries, and they will get the wages"},
		}},
	{class: "rebut/responded that, then countered that",
		text: `The Orsby football club wants to build a new stadium on the town's water meadows.

Club chairman {A} said the stadium would bring "a new heart" to the town. {B}, a local councillor, responded that the meadows flooded every winter.

"You cannot build a stadium in a lake," {b.he} said.

{As} countered that the stands would be raised on piles. "The engineers have done this in a dozen towns," {a.he} said.`,
		want: []corefWant{
			{"A", "M", `the stadium would bring "a new heart" to the town`},
			{"B", "I", "the meadows flooded every winter"},
			{"B", "", "You cannot build a stadium in a lake"},
			{"A", "I", "the stands would be raised on piles"},
			{"A", "", "The engineers have done this in a dozen towns"},
		}},
	{class: "rebut/hit back, saying; retorted that",
		text: `Finance minister {A} said on Friday that the budget would halve the deficit within three years.

{B}, the opposition's finance spokesperson, hit back, saying the sums were "built on sand".

"They have promised this every year since 2018," {Bs} said.

{As} retorted that the opposition had "no plan of its own".`,
		want: []corefWant{
			{"A", "I", "the budget would halve the deficit within three years"},
			{"B", "M", `the sums were "built on sand"`},
			{"B", "", "They have promised this every year since 2018"},
			{"A", "M", `the opposition had "no plan of its own"`},
		}},
}

// n4AfterFix: the credit after the words, widened by this branch ("That
// was the question from X", "The statement came from X", "X made the
// remark"), over more nouns, with near misses whose sentence after the
// words names new words or a deed and leaves them with the speaker before.
var n4AfterFix = []corefFrame{
	{class: "after/That was the complaint of X, curly marks",
		text: "The Orsby bus station will close for a year of repairs from March.\n\n“Half the town has no car and now it has no buses.” That was the complaint of {A}, who chairs the Orsby pensioners' club.\n\n{B}, the county transport officer, said replacement buses would stop at the market square.",
		want: []corefWant{
			{"A", "", "Half the town has no car and now it has no buses."},
			{"B", "I", "replacement buses would stop at the market square"},
		}},
	{class: "after/The warning came from X after a question",
		text: `Engineers have found cracks in the Tarrow dam, the water board said on Monday.

"Is the valley safe tonight?" The question came from {A}, a farmer below the dam, at a public meeting on Monday evening.

{B}, the board's chief engineer, said there was no risk of a breach. "The cracks are in the spillway, not the wall," {b.he} said.`,
		want: []corefWant{
			{"A", "", "Is the valley safe tonight?"},
			{"B", "I", "there was no risk of a breach"},
			{"B", "", "The cracks are in the spillway, not the wall"},
		}},
	{class: "after/X gave those comments in an interview",
		text: `"We are not going to sell the club to anyone who does not love it."

{A}, the owner of Pellan Rovers, made those comments in an interview with a local radio station on Sunday. {B}, a director of the club, said three bids had been received.`,
		want: []corefWant{
			{"A", "", "We are not going to sell the club to anyone who does not love it."},
			{"B", "I", "three bids had been received"},
		}},
	{class: "after/near miss: X made a decision after the words, the speaker before keeps them",
		text: `{B}, the head of the Lisk rowing club, said on Friday that the boathouse would be rebuilt by summer. "We have the money and the builders," {b.he} said.

"The boats will be on the water by June."

{A}, the club's treasurer, made the decision to sell the old launch in May.`,
		want: []corefWant{
			{"B", "I", "the boathouse would be rebuilt by summer"},
			{"B", "", "We have the money and the builders"},
			{"B", "", "The boats will be on the water by June."},
		}},
	{class: "after/near miss: a question then asked the minister",
		text: `Farmers in the Vask valley say the new water charge will ruin them.

"Who pays when the river runs dry?" asked {A}, a dairy farmer. {B}, the regional water minister, said the charge would fund new reservoirs.`,
		want: []corefWant{
			{"A", "", "Who pays when the river runs dry?"},
			{"B", "I", "the charge would fund new reservoirs"},
		}},
	{class: "after/near miss: a question then the minister asked",
		text: `Farmers in the Vask valley say the new water charge will ruin them.

"Who pays when the river runs dry?" the dairy farmer {A} asked. {B}, the regional water minister, said the charge would fund new reservoirs.`,
		want: []corefWant{
			{"A", "", "Who pays when the river runs dry?"},
			{"B", "I", "the charge would fund new reservoirs"},
		}},
}

// n4FarSubjectFix: a pronoun two sentences on from the sentence whose
// main subject "he" (or "she") met someone of the same gender; the
// subject goes on (the mixed casts are the near misses: gender decides).
// A near miss with the roles swapped ("Last month {B} interviewed
// {a.him}. ... Later {b.he} said") was written and dropped as ambiguous
// (the story's topic or the last subject); it went to {A} before this
// branch and after.
var n4FarSubjectFix = []corefFrame{
	{class: "mixpron/far subject pronoun, a time phrase before it", casts: n4CastsAll,
		text: `{A} has run the Kettle Bay lifeboat station for ten years. Last month {a.he} interviewed {B} for the post of second coxswain.

The interview took an hour. Later {a.he} said {b.he} had been "the best candidate by a distance".`,
		want: []corefWant{
			{"A", "M", `{b.he} had been "the best candidate by a distance"`},
		}},
}

// n4Frames2: a second batch, written whole after the first batch's fixes
// and run once, on mixed quotes in the shapes Wikinews reports them: the
// cue in the middle ("The decision, she said, was "..."") or last after
// a clause whose subject is another person, "according to", a body's
// mixed quote, "told Wikinews", a person named inside the reported
// clause, "also said" after another's direct quote, "added that", a
// joint claim (nobody's), "however".
var n4Frames2 = []corefFrame{
	{class: "mixmid/the cue in the middle, pronoun, after two people", casts: n4CastsAll,
		text: `{A}, the head of the Orsby planning office, and {B}, a local architect, spoke at a hearing on the new harbour hotel on Monday.

{As} said the hotel would bring 200 jobs to the town. {Bs} was less enthusiastic.

The design, {b.he} said, was "a glass box that could be anywhere in the world".`,
		want: []corefWant{
			{"A", "I", "the hotel would bring 200 jobs to the town"},
			{"B", "M", `was "a glass box that could be anywhere in the world"`},
		}},
	{class: "mixmid/cue last, the clause's subject another person",
		text: `The Harl county council has suspended its finance director over a missing 3 million crowns.

{B} had been "asleep at the wheel" for two years, council leader {A} said on Tuesday. {Bs}'s lawyer, Nils Harrow, said his client had done nothing wrong.`,
		want: []corefWant{
			{"A", "M", `{B} had been "asleep at the wheel" for two years`},
			{"Nils Harrow", "I", "his client had done nothing wrong"},
		}},
	{class: "mixmid/X said another person had been \"...\"",
		text: `Shareholders of Tarbeck Mining voted on Thursday to remove the chairman, {B}.

Investor {A} said {Bs} had run the company "like a private estate" and had ignored every warning. {Bs} said the vote was "a coup by short-term speculators".`,
		want: []corefWant{
			{"A", "M", `{Bs} had run the company "like a private estate" and had ignored every warning`},
			{"B", "M", `the vote was "a coup by short-term speculators"`},
		}},
	{class: "mixacc/According to X, ... was \"...\"",
		text: `The Vell valley flood defences failed on Saturday night, flooding 300 homes.

According to {A}, the county's flood engineer, the barrier had been "overtopped within an hour". {B}, who lives beside the river, said nobody had warned residents.`,
		want: []corefWant{
			{"A", "M", `the barrier had been "overtopped within an hour"`},
			{"B", "I", "nobody had warned residents"},
		}},
	{class: "mixbody/a ministry's mixed quote between two people",
		text: `The Corvel health ministry has ordered a review of ambulance times in the north of the country.

{A}, a paramedic in Lisk, said crews were waiting up to five hours outside hospitals. The ministry said the figures were "deeply concerning" and promised a report by June.

{B}, who chairs the northern health board, said the board had asked for more beds in 2022.`,
		want: []corefWant{
			{"A", "I", "crews were waiting up to five hours outside hospitals"},
			{"Corvel health ministry", "M", `the figures were "deeply concerning"`},
			{"B", "I", "the board had asked for more beds in 2022"},
		}},
	{class: "mixwn/told Wikinews, then the other",
		text: `Voters in the Marrow district elect a new member of parliament on Sunday.

{A}, the Green candidate, told Wikinews the race was "wide open" and that turnout would decide it. {B}, the sitting member, said {b.he} was confident of holding the seat.

"People know what I have done for this district," {Bs} said.`,
		want: []corefWant{
			{"A", "M", `the race was "wide open" and that turnout would decide it`},
			{"B", "I", "{b.he} was confident of holding the seat"},
			{"B", "", "People know what I have done for this district"},
		}},
	{class: "mixalso/He also said after another's inverted direct quote", casts: n4CastsAll,
		text: `The Brennick Symphony Orchestra will lose its city grant next year.

"The orchestra will have to find the money elsewhere," said {A}, the city's culture officer.

"Without the grant we will play half as many concerts," said {B}, the orchestra's manager. {b.He} also said the cut was "a false economy" for a city that sells itself on music.`,
		want: []corefWant{
			{"A", "", "The orchestra will have to find the money elsewhere"},
			{"B", "", "Without the grant we will play half as many concerts"},
			{"B", "M", `the cut was "a false economy" for a city that sells itself on music`},
		}},
	{class: "mixadded/She added that after the other's direct quote", casts: n4CastsAll,
		text: `Two climbers were rescued from Mount Harl on Sunday after a night on the ridge.

{A}, who led the rescue team, said the pair had been "very lucky" to find shelter. "Another hour in that wind and we would be talking about bodies," {B}, one of the climbers, said.

{As} added that the team had been called out eleven times since June.`,
		want: []corefWant{
			{"A", "M", `the pair had been "very lucky" to find shelter`},
			{"B", "", "Another hour in that wind and we would be talking about bodies"},
			{"A", "I", "the team had been called out eleven times since June"},
		}},
	{class: "mixjoint/both said: nobody's",
		text: `The Lisk and Orsby councils will share a single chief executive from April.

{A}, the leader of Lisk council, and {B}, the leader of Orsby council, both said the move would save "well over a million crowns" a year. {As} said no jobs would be lost at the town halls.`,
		want: []corefWant{
			{"", "M", `the move would save "well over a million crowns" a year`},
			{"A", "I", "no jobs would be lost at the town halls"},
		}},
	{class: "mixhowever/X, however, said after the other",
		text: `The Orlen tram extension has been delayed by a year, the city said on Wednesday.

{A}, the city's transport director, said the delay was caused by a shortage of rails. {B}, however, said the project had been "badly managed from the start".

{Bs}, who sits on the council's transport committee, has asked for an inquiry.`,
		want: []corefWant{
			{"A", "I", "the delay was caused by a shortage of rails"},
			{"B", "M", `the project had been "badly managed from the start"`},
		}},
	{class: "mixtitle/the senator said after an aide was named",
		text: `Senator {A} will vote against the new border bill, {a.his} office said on Friday.

{B}, {a.his} chief of staff, said the senator had read the bill "line by line" over the weekend. The senator said the bill gave the police "powers no free country should hand over".`,
		want: []corefWant{
			{"A", "I", "Senator {A} will vote against the new border bill"},
			{"B", "M", `the senator had read the bill "line by line" over the weekend`},
			{"A", "M", `the bill gave the police "powers no free country should hand over"`},
		}},
	{class: "mixdescr/the 58-year-old said after two people",
		text: `{A}, 58, has kept bees in the Marrow hills for thirty years. {a.His} neighbour {B}, 31, started last spring.

Both lost hives in the cold snap in April. The 58-year-old said the losses were "the worst I have ever seen" and blamed the late frost.`,
		want: []corefWant{
			{"A", "M", `the losses were "the worst I have ever seen" and blamed the late frost`},
		}},
}

// n4MinistryFix: "the ministry" after a ministry named by its country and
// remit ("Corvel's health ministry", "the Corvel health ministry" once
// Corvel is known as a place), which namedBody makes a body but whose head
// word "the ministry" did not find; near misses: another ministry named
// since, and "the ministry" with no ministry named.
var n4MinistryFix = []corefFrame{
	{class: "mixbody/the ministry after the country's health ministry, possessive",
		text: `Ambulances in Corvel now take an hour on average to reach a patient in the north. Corvel's health ministry has ordered a review.

{A}, a paramedic in Lisk, said crews were waiting up to five hours outside hospitals. The ministry said the figures were "deeply concerning".`,
		want: []corefWant{
			{"A", "I", "crews were waiting up to five hours outside hospitals"},
			{"Corvel's health ministry", "M", `the figures were "deeply concerning"`},
		}},
	{class: "mixbody/the ministry after the place's health ministry, after it spoke",
		text: `Ambulance times in Corvel have doubled since 2020, the Corvel health ministry said on Monday.

{A}, a paramedic in Lisk, said crews were waiting up to five hours outside hospitals. {B}, who chairs the northern health board, said more beds were needed.

The ministry said the figures were "deeply concerning" and promised a report by June.`,
		want: []corefWant{
			{"Corvel health ministry", "I", "Ambulance times in Corvel have doubled since 2020"},
			{"A", "I", "crews were waiting up to five hours outside hospitals"},
			{"B", "I", "more beds were needed"},
			{"Corvel health ministry", "M", `the figures were "deeply concerning"`},
		}},
	{class: "mixbody/near miss: the ministry with no ministry named",
		text: `Ambulance times in the north have doubled since 2020.

{A}, a paramedic in Lisk, said crews were waiting up to five hours outside hospitals. The ministry said the figures were "deeply concerning".`,
		want: []corefWant{
			{"A", "I", "crews were waiting up to five hours outside hospitals"},
			{"", "M", `the figures were "deeply concerning"`},
		}},
}

// n4ReplyFix: a reply cue ("replied", "countered", "responded",
// "retorted") after a quotation that opens its sentence answers the one
// whose quotation ends the sentence before, so two people of one gender
// take turns. Near misses: a reply after the writer's own words ("Asked
// whether ..., he replied") stays with the one asked; a reply to a
// reporter's question stays with the one named.
var n4ReplyFix = []corefFrame{
	{class: "alt/countered in the next paragraph, two of one gender", casts: n4CastsAll,
		text: `{A} and {B} are standing for the chair of the Tessbury allotment society.

"The waiting list is seven years long, and that is a scandal," {As} said at the hustings on Sunday.

"It was nine years when I took over the list," {b.he} countered.`,
		want: []corefWant{
			{"A", "", "The waiting list is seven years long, and that is a scandal"},
			{"B", "", "It was nine years when I took over the list"},
		}},
	{class: "alt/retorted in the same paragraph", casts: n4CastsAll,
		text: `{A} and {B} clashed over the new Orsby bypass at a public debate on Thursday.

"This road will cut the town in two," {As} said. "You have never lived here," {b.he} retorted.`,
		want: []corefWant{
			{"A", "", "This road will cut the town in two"},
			{"B", "", "You have never lived here"},
		}},
	{class: "alt/near miss: asked whether, he replied", casts: n4CastsAll,
		text: `{A}, the mayor of Lisk, and {B}, her deputy, opened the new library on Saturday.

"This building belongs to everyone in the town," {As} said. Asked whether the library would open on Sundays, {a.he} replied: "Not yet, but it will."`,
		want: []corefWant{
			{"A", "", "This building belongs to everyone in the town"},
			{"A", "", "Not yet, but it will."},
		}},
	{class: "alt/near miss: a reporter's question, then he replied", casts: n4CastsAll,
		text: `{A} met {B} in Orsby on Tuesday to discuss the ferry contract.

"Will the contract be signed this year?" a reporter asked {As} afterwards. "I hope so," {a.he} replied.`,
		want: []corefWant{
			{"", "", "Will the contract be signed this year?"},
			{"A", "", "I hope so"},
		}},
}

// n4DescribedFix: a participle set off by a comma, "as" and a quoted
// judgement, then "by" and a named agent ("The plan, described as
// "reckless" by the ecologist X, was approved"): the quoted words are
// the agent's, a direct quote of them alone as the Wikinews gold has
// "described as "knife-obsessed" by the police". Near misses: an unnamed
// agent ("by critics") gives no one; "known as" names, not judges.
var n4DescribedFix = []corefFrame{
	{class: "callterm/branded as \"...\" by a named councillor, then the other speaks",
		text: `The new Harl Street car park, branded as "an eyesore" by councillor {A}, opened on Monday.

{B}, who runs the car park for the council, said it had 400 spaces. {As} said {a.he} would keep campaigning for a park on the site.`,
		want: []corefWant{
			{"A", "", "an eyesore"},
			{"B", "I", "it had 400 spaces"},
			{"A", "I", "{a.he} would keep campaigning for a park on the site"},
		}},
	{class: "callterm/described as \"...\" by a title and name",
		text: `The budget, described as "a step in the dark" by opposition leader {A}, passed by three votes on Wednesday. Finance minister {B} said it would balance the books by 2028.`,
		want: []corefWant{
			{"A", "", "a step in the dark"},
			{"B", "I", "it would balance the books by 2028"},
		}},
	{class: "callterm/near miss: described as \"...\" by critics",
		text: `The budget, described as "a step in the dark" by critics, passed by three votes on Wednesday. Finance minister {B} said it would balance the books by 2028.`,
		want: []corefWant{
			{"", "", "a step in the dark"},
			{"B", "I", "it would balance the books by 2028"},
		}},
	{class: "callterm/near miss: known as \"...\" by locals, a name",
		text: `The old Orsby mill, known as "the Ark" by locals, burned down on Sunday. Fire chief {B} said the cause was not yet known.`,
		want: []corefWant{
			{"B", "I", "the cause was not yet known"},
		}},
}

// n4Frames3: a third batch, written whole and run once, on a pronoun
// or a participle cue after a sentence whose main subject is one person
// and whose embedded clause has another for its subject ("expressing
// anger at reports {B} had sold the land", "denied claims that {B} had
// been pushed out", "welcomed news that {B} would stand again"): the
// main subject goes on. All four casts, so the same-gender pairs show
// whether position alone does it.
var n4Frames3 = []corefFrame{
	{class: "embedded/pronoun after \"at reports X had\"", casts: n4CastsAll,
		text: `{A} withdrew {a.his} support for the Orsby marina plan on Tuesday, expressing anger at reports {B} had sold part of the land to a hotel chain. {a.He} said the sale was "a betrayal of the whole harbour".`,
		want: []corefWant{
			{"A", "M", `the sale was "a betrayal of the whole harbour"`},
		}},
	{class: "embedded/pronoun after \"denied claims that X had\"", casts: n4CastsAll,
		text: `Pellan Rovers chairman {A} on Friday denied claims that the club's coach, {B}, had been forced out. {a.He} said {Bs} had "chosen to go on {b.his} own terms" after six years.`,
		want: []corefWant{
			{"A", "M", `{Bs} had "chosen to go on {b.his} own terms" after six years`},
		}},
	{class: "embedded/participle cue after \"welcomed news that X would\"", casts: n4CastsAll,
		text: `Party chair {A} welcomed news that {B} would stand again for the Marrow seat, saying {Bs} was "the best candidate we have had in twenty years".`,
		want: []corefWant{
			{"A", "M", `{Bs} was "the best candidate we have had in twenty years"`},
		}},
	{class: "embedded/he levelled criticism at X, saying he",
		text: `{A} launched {a.his} campaign for mayor of Tessbury on Saturday. {a.He} backed away from {a.his} earlier support for the sitting mayor, expressing disappointment at reports the mayor had cut bus routes. {a.He} levelled harsher criticism at {B}, the other challenger, saying {b.he} was "not serious about the town".`,
		want: []corefWant{
			{"A", "M", `{b.he} was "not serious about the town"`},
		}},
	{class: "embedded/pronoun after \"reacted to reports X had resigned\"", casts: n4CastsAll,
		text: `{A}, the leader of the Harl county council, reacted on Monday to reports {B} had resigned as the council's chief executive.

{a.He} said the council had "no knowledge" of any resignation and that {Bs} remained in post.`,
		want: []corefWant{
			{"A", "M", `the council had "no knowledge" of any resignation and that {Bs} remained in post`},
		}},
}

// n4EmbeddedFix: near misses for the fix of n4Frames3: a noun of report
// that ends an opening phrase ("Despite the rumours, {B} met") holds no
// clause, so its sentence's subject is a subject like any other; and the
// subject of a clause with "that" after a verb, not a noun, is
// unchanged.
var n4EmbeddedFix = []corefFrame{
	{class: "embedded/near miss: \"Despite the rumours, X met\"", casts: n4CastsAll,
		text: `Despite the rumours, {B} met {A} for lunch in Orsby on Friday. {b.He} said their partnership was "as strong as it has ever been".`,
		want: []corefWant{
			{"B", "M", `their partnership was "as strong as it has ever been"`},
		}},
	{class: "embedded/reports that X had, an appositive between", casts: n4CastsAll,
		text: `{A}, the Kettle Bay harbour master, dismissed reports that the ferry's captain, {B}, had been drinking. {a.He} said the crossing had been "textbook in every way".`,
		want: []corefWant{
			{"A", "M", `the crossing had been "textbook in every way"`},
		}},
}

// n4Frames4: a fourth batch, written whole and run once: the first
// batch's hardest shapes with people whose first names the lexicon does
// not know ("Osric", "Liesl", "Sunniva", "Kasimir", "Idris", "Bastian"),
// as many real names in Wikinews are: gender, if anywhere, comes from the
// text's own pronouns.
var (
	n4CastUMF = corefCast{id: "umf", a: "Osric Vane", as: "Vane", ag: "m", b: "Liesl Marrow", bs: "Marrow", bg: "f"}
	n4CastUFM = corefCast{id: "ufm", a: "Sunniva Dahl", as: "Dahl", ag: "f", b: "Kasimir Roth", bs: "Roth", bg: "m"}
	n4CastUMM = corefCast{id: "umm", a: "Idris Holm", as: "Holm", ag: "m", b: "Bastian Crell", bs: "Crell", bg: "m"}

	n4CastsUnknown = []corefCast{n4CastUMF, n4CastUFM, n4CastUMM}
)

var n4Frames4 = []corefFrame{
	{class: "unknown/mixed quote by pronoun after the other's indirect", casts: n4CastsUnknown,
		text: `{A}, the transport minister, met opposition leader {B} on Tuesday to discuss the planned closure of the Lerrow-Vask rail line.

{As} said the line carried fewer than 200 passengers a day. {Bs} rejected the figure. {b.He} said the closure was "a disgrace" and should be dropped.`,
		want: []corefWant{
			{"A", "I", "the line carried fewer than 200 passengers a day"},
			{"B", "M", `the closure was "a disgrace" and should be dropped`},
		}},
	{class: "unknown/subject's pronoun after accusing the other", casts: n4CastsUnknown,
		text: `Councillor {A} accused the council leader, {B}, of misleading members over the cost of the Vask bridge on Thursday. {a.He} said the budget had been "quietly doubled" without a vote.

{Bs} said the money had been approved in March. "Every krone was voted on," {b.he} said.`,
		want: []corefWant{
			{"A", "M", `the budget had been "quietly doubled" without a vote`},
			{"B", "I", "the money had been approved in March"},
			{"B", "", "Every krone was voted on"},
		}},
	{class: "unknown/however, then he added that", casts: n4CastsUnknown,
		text: `The Tessbury school board will close two village schools next year.

"Small schools are expensive, and we have no choice," said board chair {A}.

{B}, whose children attend the school in Lisk, said the board had "never set foot" in the villages. {b.He} added that parents would take the board to court.`,
		want: []corefWant{
			{"A", "", "Small schools are expensive, and we have no choice"},
			{"B", "M", `the board had "never set foot" in the villages`},
			{"B", "I", "parents would take the board to court"},
		}},
	{class: "unknown/alternating pronoun cues after a possessive hint", casts: n4CastsUnknown,
		text: `{A} founded the Orsby Cider Company with {a.his} savings in 2009. {B} joined as head brewer in 2015.

"We grew too fast and borrowed too much," {As} said on Monday, as the company went into administration.

"The cider was never the problem," {b.he} said.`,
		want: []corefWant{
			{"A", "", "We grew too fast and borrowed too much"},
			{"B", "", "The cider was never the problem"},
		}},
	{class: "unknown/title after another official", casts: n4CastsUnknown,
		text: `Fisheries minister {A} announced on Tuesday that cod quotas in the Harl Sea would be cut by a fifth.

{B}, who heads the fishermen's association, said the cut would put "at least thirty boats" out of business.

The minister said the cut was based on "the best science we have".`,
		want: []corefWant{
			{"A", "I", "cod quotas in the Harl Sea would be cut by a fifth"},
			{"B", "M", `the cut would put "at least thirty boats" out of business`},
			{"A", "M", `the cut was based on "the best science we have"`},
		}},
}

// n4OwnPossessiveFix: a soft gender from the opening subject's own "his"
// or "her" in its main clause ("Osric Vane founded the company with his
// savings"), for a first name the lexicon does not know. Near misses: a
// "her" in an aside about someone else ("Vane, whose mother ran her own
// bakery,") and an object "her" ("thanked her for") give none.
var n4OwnPossessiveFix = []corefFrame{
	{class: "unknown/own savings, then the other's pronoun", casts: []corefCast{n4CastUFM, n4CastUMF},
		text: `{A} opened the Lisk bookshop with {a.his} own savings in 2011. {B} has worked there since 2018.

"Nobody thought a bookshop could last ten years here," {As} said on Friday, as the shop marked its anniversary.

"We sell more children's books every year," {b.he} said.`,
		want: []corefWant{
			{"A", "", "Nobody thought a bookshop could last ten years here"},
			{"B", "", "We sell more children's books every year"},
		}},
	{class: "unknown/near miss: her in an aside about his mother", casts: []corefCast{n4CastUMF},
		text: `{A}, whose mother ran her own bakery in Lisk for forty years, opened a cafe on the same street on Friday.

"I grew up above the ovens," {As} said.

"{a.He} has flour in {a.his} blood," said {a.his} first customer, {B}.`,
		want: []corefWant{
			{"A", "", "I grew up above the ovens"},
			{"B", "", "{a.He} has flour in {a.his} blood"},
		}},
}

// n4Frames5: a fifth batch, written whole and run once: direct quotes in
// Wikinews-style multi-speaker reports: an unnamed spokesperson for a
// named body, "told Wikinews" after another's reported speech,
// "according to" after the words, a statement running on over a
// paragraph then "meanwhile", posts answered on a social network, and a
// person's spokesperson unnamed.
var n4Frames5 = []corefFrame{
	{class: "wn/quote then the body's unnamed spokesperson",
		text: `Harl Rail cancelled all trains between Lerrow and Vask on Monday after a bridge was damaged by floods.

{A}, who commutes to Vask, said the company had given passengers no warning.

"Safety has to come first, and the bridge will be inspected on Tuesday," a Harl Rail spokesperson said.`,
		want: []corefWant{
			{"A", "I", "the company had given passengers no warning"},
			{"Harl Rail", "", "Safety has to come first, and the bridge will be inspected on Tuesday"},
		}},
	{class: "wn/told Wikinews after the other's reported speech",
		text: `The Orsby Film Festival opened on Friday with a record 140 films.

Festival director {B} said ticket sales were up by a third on last year.

{A}, whose first film is showing on Sunday, spoke to Wikinews at the opening. "I never thought I would see my work on a screen this big," {a.he} told Wikinews.`,
		want: []corefWant{
			{"B", "I", "ticket sales were up by a third on last year"},
			{"A", "", "I never thought I would see my work on a screen this big"},
		}},
	{class: "wn/according to X after the words, the other before",
		text: `Police in Kettle Bay have arrested two men after a robbery at a jewellery shop on Saturday.

The shop's owner, {B}, said the men had taken rings worth 80,000 crowns.

"The men were caught within twenty minutes thanks to a witness," according to {A}, a police spokesperson.`,
		want: []corefWant{
			{"B", "I", "the men had taken rings worth 80,000 crowns"},
			{"A", "", "The men were caught within twenty minutes thanks to a witness"},
		}},
	{class: "wn/statement over two paragraphs, then meanwhile",
		text: `The Vask Teachers' Union will strike on Thursday, its general secretary announced on Monday.

In a statement, {A} said: "We have tried for eleven months to reach an agreement.

"The government has left us no choice."

{B}, the education minister, meanwhile said the strike was "deeply irresponsible".`,
		want: []corefWant{
			{"A", "", "We have tried for eleven months to reach an agreement."},
			{"A", "", "The government has left us no choice."},
			{"B", "M", `the strike was "deeply irresponsible"`},
		}},
	{class: "wn/posts answered on a social network",
		text: `Two candidates for mayor of Brennick clashed online on Wednesday.

{A} wrote on Twitter: "My opponent has missed half the council's votes this year."

{B} responded on Twitter an hour later: "I was at my mother's bedside. Check your facts."`,
		want: []corefWant{
			{"A", "", "My opponent has missed half the council's votes this year."},
			{"B", "", "I was at my mother's bedside. Check your facts."},
		}},
	{class: "wn/the person's unnamed spokesperson after the other",
		text: `Senator {A} has denied taking money from a property developer, Orlen Homes.

Former aide {B} told a court on Monday that {a.he} had seen cash change hands in 2019.

"The senator has never taken a krone from anyone, and this claim is false," {As}'s spokesperson said.`,
		want: []corefWant{
			{"B", "I", "{a.he} had seen cash change hands in 2019"},
			{"A", "", "The senator has never taken a krone from anyone, and this claim is false"},
		}},
}

// n4AdverbRows: a sentence adverb with no commas between
// the speaker (and an apposition) and the verb, "{B}, the education
// minister, meanwhile said ...", "{B} however said ...", crossed with
// "meanwhile", "however", "nonetheless", "nevertheless"; near misses:
// the same adverbs set off by commas or opening the sentence, which
// already worked.
func n4AdverbRows() []auditRow {
	var rows []auditRow
	for _, adv := range []string{"meanwhile", "however", "nonetheless", "nevertheless"} {
		frames := []struct{ class, text string }{
			{"after an apposition", "The Vask Teachers' Union will strike on Thursday.\n\n\"We have tried for eleven months,\" said its general secretary, Ingrid Halvorsen.\n\nTomas Brekke, the education minister, " + adv + " said the strike was \"deeply irresponsible\"."},
			{"after a bare name", "The Vask Teachers' Union will strike on Thursday.\n\n\"We have tried for eleven months,\" said its general secretary, Ingrid Halvorsen.\n\nMinister Tomas Brekke " + adv + " told reporters the strike was \"deeply irresponsible\"."},
			{"near miss: set off by commas", "The Vask Teachers' Union will strike on Thursday.\n\n\"We have tried for eleven months,\" said its general secretary, Ingrid Halvorsen.\n\nTomas Brekke, the education minister, " + adv + ", said the strike was \"deeply irresponsible\"."},
			{"near miss: opening the sentence", "The Vask Teachers' Union will strike on Thursday.\n\n\"We have tried for eleven months,\" said its general secretary, Ingrid Halvorsen.\n\n" + strings.ToUpper(adv[:1]) + adv[1:] + ", Tomas Brekke, the education minister, said the strike was \"deeply irresponsible\"."},
		}
		for _, f := range frames {
			rows = append(rows, auditRow{class: "wn/" + adv + " between subject and verb, " + f.class, text: f.text,
				want: []quote{{"Ingrid Halvorsen", auD, "We have tried for eleven months"}, {"Tomas Brekke", auM, `the strike was "deeply irresponsible"`}}})
		}
	}
	return rows
}

// n4Frames6: a sixth batch, written whole and run once: a mixed quote in
// a sentence that names the other person too: in an opening phrase
// ("Responding to criticism from {B}, {A} said"), in the reported clause
// ("{A} said {B}'s decision was "..."", "the plan, which {B} had
// backed, was"), in a clause after "after" ("{A}'s comments came after
// {B} said ..."), in a relative clause ("The remarks by {B}, who called
// the plan "..."").
var n4Frames6 = []corefFrame{
	{class: "other/responding to criticism from the other",
		text: `The Marrow district council approved a new waste incinerator on Wednesday.

Responding to criticism from {B}, a local doctor, council leader {A} said the plant would be "the cleanest of its kind in the country".`,
		want: []corefWant{
			{"A", "M", `the plant would be "the cleanest of its kind in the country"`},
		}},
	{class: "other/the other's decision inside the reported clause",
		text: `The Pellan Rovers board sacked its manager, {B}, on Sunday after eight defeats in a row.

Club captain {A} said {Bs}'s departure was "a shock to every player in the dressing room".`,
		want: []corefWant{
			{"A", "M", `{Bs}'s departure was "a shock to every player in the dressing room"`},
		}},
	{class: "other/a relative clause about the other inside the reported clause",
		text: `The Lisk harbour plan was dropped by the county on Friday.

{A}, who led the campaign against it, said the plan, which {B} had backed for three years, was "dead and buried".`,
		want: []corefWant{
			{"A", "M", `the plan, which {B} had backed for three years, was "dead and buried"`},
		}},
	{class: "other/comments came after the other said",
		text: `The Orsby hospital will lose its maternity ward in June.

{A}'s comments came after {B}, the hospital's chief executive, said the ward was "no longer safe to run". {As} said families would be "driving ninety minutes to give birth".`,
		want: []corefWant{
			{"B", "M", `the ward was "no longer safe to run"`},
			{"A", "M", `families would be "driving ninety minutes to give birth"`},
		}},
	{class: "other/the remarks by the other, who called",
		text: `The remarks by {B}, who called the Vell mine plan "a licence to poison the river", drew a sharp response on Monday.

{A}, the mine's owner, said the river would be "cleaner when we leave than when we arrived".`,
		want: []corefWant{
			{"B", "", "a licence to poison the river"},
			{"A", "M", `the river would be "cleaner when we leave than when we arrived"`},
		}},
	{class: "other/speaking on behalf of the other",
		text: `{B} did not attend the hearing on the Tarrow dam on Thursday.

{A}, speaking on behalf of {Bs}, said the engineering firm had acted "in good faith at every stage".`,
		want: []corefWant{
			{"A", "M", `the engineering firm had acted "in good faith at every stage"`},
		}},
}

// n4AsideFix: a subject with a "who" aside, then "said" and a reported
// clause that holds an aside of its own; near misses: inverted cues in
// mid-sentence that must stay inverted.
var n4AsideFix = []corefFrame{
	{class: "other/who aside, then a clause with a participle aside",
		text: `{A}, who chairs the Orsby health board, said the report, published on Monday, was "a wake-up call for every hospital in the region".`,
		want: []corefWant{
			{"A", "M", `the report, published on Monday, was "a wake-up call for every hospital in the region"`},
		}},
	{class: "other/who aside, then a clause with an apposition",
		text: `{A}, who has farmed at Kettle Moor since 1990, said the new rules, the third set in five years, were "written by people who have never seen a sheep".`,
		want: []corefWant{
			{"A", "M", `the new rules, the third set in five years, were "written by people who have never seen a sheep"`},
		}},
	{class: "other/near miss: the clause, said X, goes on",
		text: `{B} opened the Lisk library on Saturday.

The building, said {A}, the architect, was "meant to feel like a living room for the town".`,
		want: []corefWant{
			{"A", "M", `was "meant to feel like a living room for the town"`},
		}},
	{class: "other/near miss: a clause, then said the report",
		text: `{A}, who runs the Harl food bank, fed 900 families last month.

Demand had doubled since January, said the food bank's annual report, published on Friday.`,
		want: []corefWant{
			{"", "I", "Demand had doubled since January"},
		}},
}

// n4Frames7: a seventh batch, written whole and run once: the other
// person as the hearer ("In an interview with {B}, {A} said", "{A} told
// {B} that", "wrote in a letter to {B} that"), a cue splitting the
// reported clause, the quoted words opening the sentence ("“Deeply
// flawed” was how {A} described"), two quoted fragments in one clause,
// and "a statement from {A} said".
var n4Frames7 = []corefFrame{
	{class: "hearer/in an interview with the other",
		text: `In an interview with {B} of the Orsby Courier on Sunday, {A} said the harbour plan had been "rushed through without a single public meeting".`,
		want: []corefWant{
			{"A", "M", `the harbour plan had been "rushed through without a single public meeting"`},
		}},
	{class: "hearer/told the other that",
		text: `Mayor {A} met the head of the Vask Water Board, {B}, on Tuesday. {As} told {Bs} that residents were "sick of brown water coming out of their taps".`,
		want: []corefWant{
			{"A", "M", `residents were "sick of brown water coming out of their taps"`},
		}},
	{class: "hearer/wrote in a letter to the other",
		text: `{A}, who chairs the Lisk Rowing Club, wrote in a letter to council leader {B} that the boathouse was "falling into the river plank by plank".`,
		want: []corefWant{
			{"A", "M", `the boathouse was "falling into the river plank by plank"`},
		}},
	{class: "hearer/a cue splitting the clause, after the other",
		text: `{B}, the regional farming minister, said compensation for the 2023 floods had been paid in full.

Farmers who lost their crops, {A} said, were "still waiting for a single krone".`,
		want: []corefWant{
			{"B", "I", "compensation for the 2023 floods had been paid in full"},
			{"A", "M", `were "still waiting for a single krone"`},
		}},
	{class: "hearer/two quoted fragments in one clause",
		text: `{B} resigned as Tessbury's chief planner on Friday.

{A}, the council leader, said {a.he} was "disappointed" but "not at all surprised" by the resignation.`,
		want: []corefWant{
			{"A", "M", `{a.he} was "disappointed" but "not at all surprised" by the resignation`},
		}},
	{class: "hearer/a statement from X said, after the other",
		text: `{B} was arrested on Thursday on suspicion of fraud at the Orlen housing trust.

A statement from {A}, the trust's chair, said the board was "shocked and saddened" and would cooperate with police.`,
		want: []corefWant{
			{"A", "M", `the board was "shocked and saddened" and would cooperate with police`},
		}},
}

// n4LetterFix: "in a letter (an email) to <role> <name> that", "wrote to
// <role> <name> that"; near misses: an infinitive after "to" ("wrote to
// apologise"), a request ("asked council leader X to resign").
var n4LetterFix = []corefFrame{
	{class: "hearer/said in an email to the mayor, name",
		text: `{A} said in an email to mayor {B} that the night buses were "the only safe way home for shift workers".`,
		want: []corefWant{
			{"A", "M", `the night buses were "the only safe way home for shift workers"`},
		}},
	{class: "hearer/wrote to the chief executive, name",
		text: `{A} wrote to chief executive {B} on Monday that the pension fund had been "raided to pay for bonuses".`,
		want: []corefWant{
			{"A", "M", `the pension fund had been "raided to pay for bonuses"`},
		}},
	{class: "hearer/near miss: wrote to apologise, then said",
		text: `{A} wrote to apologise to the residents of Ashby Road on Monday. {a.He} said the flooding had been "entirely avoidable".`,
		want: []corefWant{
			{"A", "M", `the flooding had been "entirely avoidable"`},
		}},
	{class: "hearer/near miss: asked the council leader to resign",
		text: `{A} asked council leader {B} to resign on Friday, saying the budget was "beyond repair".`,
		want: []corefWant{
			{"A", "I", "council leader {B} to resign"},
			{"A", "M", `the budget was "beyond repair"`},
		}},
}

// n4Frames8: an eighth batch, written whole and run once: spokespeople
// named after their principal ("said {A}'s spokesperson, {B}", "A
// spokesperson for {A}, {B}, said"), a statement released then "the
// statement read", "{A}'s office said", "adding that" after a direct
// quote, and an inverted cue whose speaker's relative clause names
// someone else.
var n4Frames8 = []corefFrame{
	{class: "spk/said X's spokesperson, Y",
		text: `Senator {A} will not attend the Orsby summit, {a.his} office confirmed on Monday.

"The senator has a prior commitment in the capital," said {As}'s spokesperson, {B}.`,
		want: []corefWant{
			{"B", "", "The senator has a prior commitment in the capital"},
		}},
	{class: "spk/a spokesperson for X, Y, said",
		text: `Mayor {A} has been taken to hospital after a fall at {a.his} home in Lisk.

A spokesperson for {As}, {B}, said the mayor was "comfortable and in good spirits".`,
		want: []corefWant{
			{"B", "M", `the mayor was "comfortable and in good spirits"`},
		}},
	{class: "spk/a statement released, then the statement read",
		text: `{A} resigned as chair of the Harl Water Board on Thursday. {B}, the board's deputy chair, will take over until a new chair is chosen.

{As} released a statement on Thursday evening. "I leave with pride in what we built and regret for what we did not finish," the statement read.`,
		want: []corefWant{
			{"A", "", "I leave with pride in what we built and regret for what we did not finish"},
		}},
	{class: "spk/X's office said, after the other",
		text: `{B}, a former aide, told a court on Tuesday that {b.he} had seen the minister destroy documents.

Minister {A}'s office said the claim was "a fantasy from start to finish".`,
		want: []corefWant{
			{"B", "I", "{b.he} had seen the minister destroy documents"},
			{"A", "M", `the claim was "a fantasy from start to finish"`},
		}},
	{class: "spk/adding that after a direct quote",
		text: `The Tessbury library will close on Sundays from March.

"We cannot staff seven days a week on this budget," said {A}, the head librarian, adding that volunteers had "kept the doors open for two years".

{B}, who chairs the Friends of Tessbury Library, said the group would raise money to keep Sunday opening.`,
		want: []corefWant{
			{"A", "", "We cannot staff seven days a week on this budget"},
			{"A", "M", `volunteers had "kept the doors open for two years"`},
			{"B", "I", "the group would raise money to keep Sunday opening"},
		}},
	{class: "spk/inverted cue, the speaker's relative names the other",
		text: `Two men were rescued from the sea off Kettle Bay on Saturday.

"The water was so cold I could not feel my hands," said {A}, whose friend {B} pulled {a.him} onto a buoy.`,
		want: []corefWant{
			{"A", "", "The water was so cold I could not feel my hands"},
		}},
}

// n4Frames9: a ninth batch, written whole and run once: quoted phrases
// as the object of verbs that report no clause ("urged residents to",
// "vowed to", "expressed", "warned of", "called for", "accused {B} of",
// "thanked {B} for"), each after the other person's direct quote, so the
// phrase must go to the verb's subject, not the last speaker nor the
// object. Kinds follow the gold: a request with its object is mixed, a
// quoted phrase standing alone as an object is direct.
var n4Frames9 = []corefFrame{
	{class: "objq/urged residents to, after the other's quote",
		text: `A wildfire has burned 4,000 hectares of forest above Vell.

"The wind is pushing it away from the town for now," fire chief {B} said on Monday.

Mayor {A} urged residents to "stay indoors until the smoke clears".`,
		want: []corefWant{
			{"B", "", "The wind is pushing it away from the town for now"},
			{"A", "M", `residents to "stay indoors until the smoke clears"`},
		}},
	{class: "objq/vowed to, after the other's quote",
		text: `The Harl county court upheld the closure of the Lisk ferry on Tuesday.

"The law was followed to the letter," said {B}, the county's lawyer.

{A}, who led the campaign to save the ferry, vowed to "fight this decision in every court in the land".`,
		want: []corefWant{
			{"B", "", "The law was followed to the letter"},
			{"A", "", "fight this decision in every court in the land"},
		}},
	{class: "objq/expressed, after the other's quote",
		text: `Two workers were injured in a fall at the Orsby shipyard on Wednesday.

"Both men are stable and expected to recover," said {B}, a doctor at Orsby General.

The shipyard's owner, {A}, expressed "deep regret" and promised a full investigation.`,
		want: []corefWant{
			{"B", "", "Both men are stable and expected to recover"},
			{"A", "", "deep regret"},
		}},
	{class: "objq/warned of, after the other's quote",
		text: `Talks between the Vask rail operator and its drivers broke down on Friday.

"We have made our final offer," the operator's chief executive, {B}, said.

Union leader {A} warned of "a summer of strikes" if the offer was not improved.`,
		want: []corefWant{
			{"B", "", "We have made our final offer"},
			{"A", "", "a summer of strikes"},
		}},
	{class: "objq/accused the other of",
		text: `The Kettle Bay council meeting ended in uproar on Thursday.

"The figures speak for themselves," said council leader {B}.

Councillor {A} accused {Bs} of "playing politics with people's homes".`,
		want: []corefWant{
			{"B", "", "The figures speak for themselves"},
			{"A", "", "playing politics with people's homes"},
		}},
	{class: "objq/thanked the other for",
		text: `{B} retired on Friday after thirty years as Tessbury's harbour master.

"I have loved every day of it, even the storms," {Bs} said.

Mayor {A} thanked {Bs} for {b.his} "quiet courage on the worst nights of the year".`,
		want: []corefWant{
			{"B", "", "I have loved every day of it, even the storms"},
			{"A", "", "quiet courage on the worst nights of the year"},
		}},
}

// n4Frames10: a tenth batch, written whole and run once: a long feature
// paragraph in which one person speaks first, then the story turns to
// another, who is the main subject of the sentence before the pronoun,
// with the first named there only as an object or inside a clause held
// by "reports".
var n4Frames10 = []corefFrame{
	{class: "turn/the paragraph's first speaker named again as object", casts: n4CastsAll,
		text: `Mayor {B} opened the campaign season in Tessbury on Monday with a speech at the market hall. "This town has never been in better shape," {b.he} said. The next day, {A} announced a rival bid for the mayoralty in a post online. {As} had backed {Bs} at the last election. {As} withdrew that support for {Bs} on Tuesday, citing reports {Bs} had cut the town's bus routes. {a.He} said the mayor was "not serious about the people who need buses most".`,
		want: []corefWant{
			{"B", "", "This town has never been in better shape"},
			{"A", "M", `the mayor was "not serious about the people who need buses most"`},
		}},
	{class: "turn/the first speaker named as object, then the pronoun", casts: n4CastsAll,
		text: `{B} chaired the Orsby harbour board for nine years. "We rebuilt the quay and we paid for it ourselves," {b.he} told the board's final meeting on Friday. {A}, who takes over in May, praised {Bs} for {b.his} work. {a.He} said the new board would be "more open, and more boring".`,
		want: []corefWant{
			{"B", "", "We rebuilt the quay and we paid for it ourselves"},
			{"A", "M", `the new board would be "more open, and more boring"`},
		}},
}

// n4TurnFix: near misses for the fix of n4Frames10: the first speaker
// named again as an object in a sentence whose subject is no person
// ("The board thanked {Bs}") keeps the pronoun.
var n4TurnFix = []corefFrame{
	{class: "turn/near miss: a body thanked the speaker, then the pronoun", casts: n4CastsAll,
		text: `{B} chaired the Orsby harbour board for nine years. "We rebuilt the quay and we paid for it ourselves," {b.he} told the board's final meeting on Friday. {A} will take over in May. The board thanked {Bs} for {b.his} work. {b.He} said the harbour was "in better hands than ever".`,
		want: []corefWant{
			{"B", "", "We rebuilt the quay and we paid for it ourselves"},
			{"B", "M", `the harbour was "in better hands than ever"`},
		}},
}
