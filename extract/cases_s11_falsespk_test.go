package extract_test

import (
	"testing"
)

// Session 11: false speakers on real reporting. Every predicted speaker
// the dev gold does not list (TestScoreRealnews/dev, TestScorePages dev-a..i,
// TestScoreFeedGold with -args -misses), by cause, at branch start and
// after this branch; the examples are paraphrased, never the articles'
// words.
//
//	class                                 before after  examples (paraphrased)
//	not-speech: predicate is no speech      13     9    a firm "is calling" its photos by a name (fixed); a city "is now
//	                                                    added to" a list (fixed); a noun "recounts" read as a verb
//	                                                    (fixed); a body "declared" X to be Y (fixed); a poll "showed";
//	                                                    scientists "estimate" a population by looking; a pundit
//	                                                    "posted" a report; someone "emphasizes the need for"; a party
//	                                                    "announced" its candidates; a lawyer "denied" allegations; a
//	                                                    leader "criticised" a network as "fake news"; a government
//	                                                    "informed" another, ", as part of ..."; an earlier court
//	                                                    "had found" X to be "..."
//	descr-wrong: description or pronoun     11    10    a topic label opening a heading taken for a person, then "the
//	  resolved to the wrong or no entity                CMO" resolved to it (fixed); "the airline said" given to an
//	                                                    airline named in passing; "the group said" to a law firm; "the
//	                                                    independent group of advisers" to a college; "the owner" to
//	                                                    the first name in a shop's name; "the driver" to the driver of
//	                                                    an earlier item; "the administration" to the country; "a string
//	                                                    of MPs who said"; "he recalls" to a playwright; a surname
//	                                                    shared by mother and son, by two scientists
//	modifier: the name sits in a modifier    9     8    "The Pub in Douglas say" (fixed); "a document published by the
//	  of the real subject                               government revealed"; "emails from the ministry to the budget
//	                                                    office warning"; "the show's account, hosted by A and B,
//	                                                    tweeted"; "a letter sent by groups including X urging"; "the
//	                                                    police agency, when announcing"; "X was described by the
//	                                                    bishops as"; "X, his wife and aides are under arrest and are
//	                                                    insisting"; "a co-owner of the club said"
//	coord: the second of joined subjects     7     7    "A and B announced"; "Senator A and Representative B proposed";
//	  (the Wikinews gold credits only the               "Both he and the commissioner urged"; "the organisers, as well
//	  first; the realworld gold credits both)           as the campaign, said"
//	outlet: a publication cited as source    6     2    "according to [Forbes](forbes.com/...)", "[WMUR reports](...)",
//	                                                    "according to [a blog](blog.com/...)" (fixed); "according to
//	                                                    Wrestling Inc"; "The Atlantic claimed"
//	dup/split: one person twice, or a        4     2    a middle name alone taken for an organisation, a surname with
//	  fragment of a name                                two letters swapped (fixed); an acronym not joined to its body
//	                                                    ("RBI", "the Reserve Bank"); a gerund opening a sentence taken
//	                                                    for a name
//	interviewer: a host's question           3     2    "'What do you take from it?' the radio host asked" (fixed);
//	                                                    "'Did you sign it?' Kimmel asked" (no role given); "the anchor
//	                                                    pressed"
//	name-form: the name as the gold does     2     2    an ordinal dropped from "4th District Court" (fixed: the
//	  not spell it                                      finding is now the gold court's, but the page's "Appellate
//	                                                    Court" is a second entity for it); "The" dropped from a pub's
//	                                                    name
//	caption: a photo caption's quote         1     1    a press secretary quoted in a caption credited to a wire
//	ALL                                     56    43
//
// TestFalseSpeakersS11 runs invented probes for the classes fixed here,
// with near misses that must keep their speaker.
func TestFalseSpeakersS11(t *testing.T) { runAudit(t, "falsespk", falseSpeakerRows, *auditKnown) }

var falseSpeakerRows = []auditRow{
	// outlet: a publication cited with a link to one of its stories on
	// its own site relays the words; a link to a home page, a longer link
	// text or a .org/.gov site leaves the source a speaker.
	{class: "outlet/according to a linked publication",
		text: "Sales of e-bikes doubled last year, [according to Velotrend](https://www.velotrend.com/2024/03/ebike-sales-report/).",
		want: []quote{{"", auI, "Sales of e-bikes doubled last year"}}, speakers: []string{}},
	{class: "outlet/linked name then according to",
		text: "Bronwick Foods is closing two plants, according to [Grainline Weekly](https://grainlineweekly.com/news/bronwick-closures).",
		want: []quote{{"", auI, "Bronwick Foods is closing two plants"}}, speakers: []string{}},
	{class: "outlet/linked station reports",
		text:     "The mayor of Oskerton has resigned after six years in office, [KVLD reports](https://www.kvld.com/article/oskerton-mayor-resigns/12345).",
		speakers: []string{}},
	{class: "outlet/near miss: a person linked to a home page",
		text: "[Tomas Arkwell](http://tomasarkwell.com/), a consultant, said the market had turned.",
		want: []quote{{"Tomas Arkwell", auI, "the market had turned"}}},
	{class: "outlet/near miss: a public body's site",
		text: "Most heart disease can be prevented by diet and exercise, according to the [CDC](https://www.cdc.gov/heartdisease/prevention.htm).",
		want: []quote{{"CDC", auI, "Most heart disease can be prevented by diet and exercise"}}},
	{class: "outlet/near miss: a company's data in a longer link",
		text: "[Figures published by Quellmark](https://quellmark.com/blog/compute-costs/) show that training costs rose tenfold. Quellmark said the trend would continue.",
		want: []quote{{"Quellmark", auI, "the trend would continue"}}},
	{class: "outlet/near miss: a linked firm that says something",
		text: "[Narvik Motors](https://www.narvikmotors.com/press/plant) said its new plant would open in May.",
		want: []quote{{"Narvik Motors", auI, "its new plant would open in May"}}},

	// not-speech: "declared X to be Y" is an act, a body classing
	// something; "declared that ..." and a request keep their speaker.
	{class: "not-speech/declared an object to be",
		text:     "Two days earlier the Velmar Health Agency declared the outbreak to be an epidemic.",
		speakers: []string{}},
	{class: "not-speech/declared an object, with a relative clause, to be",
		text:     "The Velmar Health Agency declared the outbreak, which began in the port of Tarrow, to be an epidemic.",
		speakers: []string{}},
	{class: "not-speech/near miss: declared that",
		text: "The Velmar Health Agency declared that the outbreak was an epidemic.",
		want: []quote{{"Velmar Health Agency", auI, "the outbreak was an epidemic"}}},
	{class: "not-speech/near miss: found with the finding quoted",
		text: "The study by Orla Bexley found ferry use to be \"the strongest single sign of a town's health.\"",
		want: []quote{{"Orla Bexley", auM, "ferry use to be \"the strongest single sign of a town's health.\""}}},
	{class: "not-speech/near miss: said, then seemed to be",
		text: "Ansel Varga said the strike seemed to be over.",
		want: []quote{{"Ansel Varga", auI, "the strike seemed to be over"}}},
	{class: "not-speech/near miss: told someone to be",
		text: "Ansel Varga told the council to be careful with the budget.",
		want: []quote{{"Ansel Varga", auI, "the council to be careful with the budget"}}},

	// name-form: an ordinal numbers a court or a district and is part of
	// its name; a count or a date before a name is not.
	{class: "name-form/ordinal before a court",
		text:     "On Thursday, Velmar's 4th District Court of Appeal in Tarrow found that the firm can be held liable.",
		want:     []quote{{"4th District Court of Appeal", auI, "the firm can be held liable"}},
		speakers: []string{"4th District Court of Appeal"}},
	{class: "name-form/ordinal before a circuit court, then the court",
		text:     "The 2nd Circuit Court of Appeals said the ban was lawful. The court said the law was clear.",
		want:     []quote{{"2nd Circuit Court of Appeals", auI, "the ban was lawful"}, {"2nd Circuit Court of Appeals", auI, "the law was clear"}},
		speakers: []string{"2nd Circuit Court of Appeals"}},
	{class: "name-form/near miss: a date before a name",
		text: "On the 4th Ansel Varga said the plant would close.",
		want: []quote{{"Ansel Varga", auI, "the plant would close"}}},
	{class: "name-form/near miss: an ordinal before a person's name",
		text: "For the 3rd time, Orla Bexley said the harbour was unsafe.",
		want: []quote{{"Orla Bexley", auI, "the harbour was unsafe"}}},

	// dup: a middle name alone, or a surname with two letters swapped,
	// is the person named in full before; a show's name is no person's,
	// and an unrelated word is no slip of typing.
	{class: "dup/middle name alone",
		text:     "\"We love it here,\" said Camille Etienne Brask, their mother.\n\nHer son Jon started the fund. \"Maybe a doctor can help,\" Etienne said.",
		want:     []quote{{"Camille Etienne Brask", auD, "We love it here"}, {"Camille Etienne Brask", auD, "Maybe a doctor can help"}},
		speakers: []string{"Camille Etienne Brask"}},
	{class: "dup/surname with two letters swapped",
		text:     "\"We are stuck,\" said Dylan Tinsley, 31.\n\nLater Tinsely said the dog was fine.",
		want:     []quote{{"Dylan Tinsley", auD, "We are stuck"}, {"Dylan Tinsley", auI, "the dog was fine"}},
		speakers: []string{"Dylan Tinsley"}},
	{class: "dup/near miss: a show named after its host",
		text:     "Orla Bexley appeared on Jimmy Kimmel Live on Tuesday.\n\n\"Did you sign it?\" Kimmel asked.",
		speakers: []string{"Kimmel"}},
	{class: "dup/near miss: another person with the middle name for a surname",
		text: "Ansel Paul Varga said the plan was sound. Rand Paul said it would fail.",
		want: []quote{{"Rand Paul", auI, "it would fail"}}},
	{class: "dup/near miss: a different surname of the same letters",
		text:     "\"We are stuck,\" said Mara Lindes.\n\nLater Linsed said the dog was fine.",
		speakers: []string{"Linsed", "Mara Lindes"}},

	// interviewer: a host's or a moderator's question is no quote; their
	// statements are, and anyone else's question is what they said.
	{class: "interviewer/a host's question",
		text:     "\"Voters are angry. What do you take from last night?\" Northline Radio host Colm Arden asked Brat on his morning show.\n\n\"It was a referendum on the economy,\" Brat said.",
		want:     []quote{{"Brat", auD, "It was a referendum on the economy"}},
		speakers: []string{"Brat"}},
	{class: "interviewer/a moderator's question",
		text:     "\"Will you raise taxes?\" asked debate moderator Ilse Marr.\n\n\"No,\" said Tomas Brenn. \"Not in the first term.\"",
		speakers: []string{"Tomas Brenn"}},
	{class: "interviewer/near miss: a host's statement",
		text: "Northline Radio host Colm Arden said the show would return in May.",
		want: []quote{{"Colm Arden", auI, "the show would return in May"}}},
	{class: "interviewer/near miss: a trust member's question",
		text: "\"Why has this taken four months when the staff said they could be ready in September?\" asked trust member Peggy Vance.",
		want: []quote{{"Peggy Vance", auD, "Why has this taken four months when the staff said they could be ready in September?"}}},
	{class: "interviewer/near miss: a senator's question",
		text: "\"Where is the money going?\" Senator Orla Bexley asked at the hearing.",
		want: []quote{{"Orla Bexley", auD, "Where is the money going?"}}},

	// descr-wrong: a topic's label opening a Markdown heading ("###
	// Coronavirus Velmar: ...") is no person for a later "the CMO" to
	// mean; the officer named with the title is.
	{class: "descr-wrong/heading label is no person",
		text:     "### Coronavirus Velmar: One death and 432 new cases\n\nThe CMO told Orla Bexley that the rules would not be enough.",
		speakers: []string{}},
	{class: "descr-wrong/heading label, then the officer named",
		text:     "Dr Anna Velt, Chief Medical Officer, spoke at a briefing on Monday.\n\n### Coronavirus Velmar: One death and 432 new cases\n\nThe CMO told Orla Bexley that the rules would not be enough.",
		want:     []quote{{"Anna Velt", auI, "the rules would not be enough"}},
		speakers: []string{"Anna Velt"}},
	{class: "descr-wrong/near miss: a name opening a heading",
		text: "### Orla Bexley: the mayor who rebuilt the pier\n\n\"We did it together,\" Bexley said.",
		want: []quote{{"Orla Bexley", auD, "We did it together"}}},
	{class: "descr-wrong/near miss: a name opening a plain line with a colon",
		text: "Orla Bexley: \"We did it together.\"",
		want: []quote{{"Orla Bexley", auD, "We did it together."}}},

	// not-speech: a plural noun that is also a speech verb ("recounts",
	// "reports") after a name that is a verb's or a preposition's object
	// is the noun; after a subject it is the verb.
	{class: "not-speech/recounts after a verb's object",
		text:     "Ansel Varga's dissent in the decision to halt Velmar recounts in the 2000 election, the decision that cemented the result, is famous.",
		speakers: []string{}},
	{class: "not-speech/reports after amid",
		text:     "The shares fell amid Brenlow reports of a loss, the third this year.",
		speakers: []string{}},
	{class: "not-speech/near miss: recounts after a subject",
		text: "In her memoir, Orla Bexley recounts that the harbour was empty for a decade.",
		want: []quote{{"Orla Bexley", auI, "the harbour was empty for a decade"}}},
	{class: "not-speech/near miss: data published by a firm shows",
		text: "Data published by Quellmark shows that training costs rose tenfold.",
		want: []quote{{"Quellmark", auI, "training costs rose tenfold"}}},

	// not-speech: "is now added to the list" is the passive of "add",
	// an adverb of time between; with an agent, the passive still
	// reports speech.
	{class: "not-speech/is now added to a list",
		text:     "Tarrow is now added to the growing list of valley cities that are enacting their own rules on masks.",
		speakers: []string{}},
	{class: "not-speech/was also added",
		text:     "Kelmoor was also added to the list of towns that require masks.",
		speakers: []string{}},
	{class: "not-speech/near miss: later described by an agent",
		text: "The result was later described by Orla Bexley as \"a historic mandate\".",
		want: []quote{{"Orla Bexley", auD, "a historic mandate"}}},
	{class: "not-speech/near miss: has since said",
		text: "Ansel Varga has since said the plan will work.",
		want: []quote{{"Ansel Varga", auI, "the plan will work"}}},
	{class: "not-speech/near miss: also added, active",
		text: "Ansel Varga also added that the plan would cost less.",
		want: []quote{{"Ansel Varga", auI, "the plan would cost less"}}},

	// modifier: a lone first name after "in" at the end of a subject is
	// a town's ("The Lantern in Douglas say"), as any place there is.
	{class: "modifier/a pub in a town with a first name's name",
		text:     "The Lantern in Douglas say they'll be shutting up shop.",
		want:     []quote{{"", auI, "they'll be shutting up shop"}},
		speakers: []string{}},
	{class: "modifier/staff in a town with a first name's name",
		text:     "Staff in Florence say the museum will reopen in May.",
		speakers: []string{}},
	{class: "modifier/near miss: the person of that first name speaks",
		text: "Douglas said the shop would close.",
		want: []quote{{"Douglas", auI, "the shop would close"}}},
	{class: "modifier/near miss: a pub in a town",
		text: "The Lantern in Kelmoor say they'll be shutting up shop.",
		want: []quote{{"Lantern", auI, "they'll be shutting up shop"}}},

	// not-speech: "what X is calling “term” photos" names a kind of
	// thing; "what he calls the “blaming and shaming” of students" and
	// "called the ruling “a disgrace”" are words of the speaker's own.
	{class: "not-speech/what a firm is calling a term",
		text:     "The headset lets you take what Quellmark is calling \"depth\" photos with a button on its side.",
		speakers: []string{}},
	{class: "not-speech/what a firm calls a term",
		text:     "The firm sells what Brenlow calls \"smart\" kettles in six countries.",
		speakers: []string{}},
	{class: "not-speech/near miss: what he calls the phrase of",
		text: "But Ansel Varga is angry about what he calls the \"blaming and shaming\" of students on both sides of the border.",
		want: []quote{{"Ansel Varga", auD, "blaming and shaming"}}},
	{class: "not-speech/near miss: called the ruling",
		text: "Ansel Varga called the ruling \"a disgrace\" on Monday.",
		want: []quote{{"Ansel Varga", auD, "a disgrace"}}},
}
