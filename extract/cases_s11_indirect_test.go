package extract_test

import (
	"testing"
)

// Session 11: quote recall on real reporting, reported and mixed speech
// above all. The reported (indirect) and mixed gold quotes the engine
// missed on the DEV sets (feed gold, pages dev-a to dev-i, real-news dev)
// at the branch start, 106 of them (89 indirect, 17 mixed), by mechanism,
// and how many of them are still missed; examples paraphrased with
// invented names.
//
//	class                                                      start  now
//	trailing cue with more after it or inside the speaker        11     5
//	  phrase ("X, say the researchers, and they ...", "X, says Dr
//	  Y, as long as ...", "X, those involved in the talks said", "X,
//	  Tessaly University (TU) data indicated", "*Reuters*' X noted", a
//	  link round the cue)
//	gerund complement ("denied taking", "admitted to entering",    8     8
//	  "recommend taking", "describes arresting")
//	cue verb or phrase not known or too narrow ("floated that",   16    13
//	  "stipulates that", "have proven that", "worried", "expressed
//	  [clause]", "found it curious", "cited a source that", "confirmed
//	  with X that", "they reason,", "called [the deal "void"]")
//	request with an infinitive or subjunctive after a noun, a     10     9
//	  relative or "for" ("a warning that urges all to ...", "called for
//	  X to be", "asked for X not to", "asked to leave")
//	document or study as subject ("the paper reported X", "a       7     6
//	  report that concludes X", "signs that say X", "a study ...,
//	  showing X", "the work suggests, to ...")
//	"according to" and other source phrases ("According to a       9     6
//	  survey ..., covering ..., X", "In a story he told, X", "as Lorenz
//	  would later put it, X", "In finding X, the court ...")
//	clause boundary: the span found is too short ("and written    11     8
//	  answers", ", making ...", "Roe v. Wade", "adding that X and advised
//	  Y", links and quoted fragments inside the clause)
//	clause after the cue not read as one (an opening phrase before  8     5
//	  "rebels say", "a new valve, which ..., was", "a woman, ..., who
//	  claimed Marr commented", "But, she said, relegating ... carries")
//	known cue and clause, lost in a long sentence (a quoted phrase 21    16
//	  in the subject, "reported (sub req) that", "is now telling", "was
//	  warned by his manager that", "have instead demanded that", another
//	  cue taking the clause)
//	no cue in the sentence: continued from the one before, a list  5     5
//	  item under a cue, a lead whose speaker comes later
//	total (89 indirect and 17 mixed at the start, 68 and 13 now)  106    81
//
// Left unfixed on purpose: the gerund complement is annotated in the page
// gold ("admitted to entering ...") but not in the real-news or fictional
// gold ("denied paying any bribes", "confessed to killing", "suggested
// expanding the Court"): taking it cost Realnews validation 0.006 speaker
// F1 and 0.005 recall. "called for X to be" is annotated in the pages but
// left out on purpose by the real-news gold (request.go). A fix that finds
// a quote whose speaker is named only later ("X, an American brokerage
// said ..., in one of the bleakest forecasts yet", "A top expert is now
// warning that X" before the expert is named, "X, said the US Department
// of Defense (DoD)" beside an earlier "Pentagon") lowers that set's
// attribution by more than the rule allows, and was dropped.

// s11Rows are invented texts, one class of reported speech each, with
// near misses that must not change.
var s11Rows = []auditRow{
	// A trailing cue in the middle of the sentence, with a conjunction or
	// a subordinate clause after it: the clause before is reported, even
	// when its verb is one the lexicon does not know.
	{class: "trailing/inverted cue, then a conjunction",
		text: "The findings provide fresh insights into the biology of sleep, say the researchers, and they bring us closer to the mind.",
		want: []quote{{"", auI, "The findings provide fresh insights into the biology of sleep"}, {"", auI, "they bring us closer to the mind"}}, exact: true},
	{class: "trailing/cue after its subject, then but",
		text: "The findings provide fresh insights into sleep, the researchers say, but more work is needed.",
		want: []quote{{"", auI, "The findings provide fresh insights into sleep"}, {"", auI, "more work is needed"}}, exact: true},
	{class: "trailing/inverted cue with a role, then as long as",
		text: "That's all well and good, says pharmacist Lena Forst, as long as you sleep well too.",
		want: []quote{{"Lena Forst", auI, "That's all well and good"}}, exact: true},
	{class: "trailing/inverted cue with a linked name, then as long as",
		text: "That's all well and good, says pharmacist [Dr. Lena Forst](https://example.org/forst), as long as you sleep well too.",
		want: []quote{{"Lena Forst", auI, "That's all well and good"}}, exact: true},
	{class: "trailing/near miss: a subject split off by an inverted cue",
		text: "The new plant, said Ivo Marr, would open in May.",
		want: []quote{{"Ivo Marr", auI, "would open in May"}}, exact: true},
	{class: "trailing/near miss: a subject split off by the cue",
		text: "Callow, Ivo Marr noted, was a two-hour drive away.",
		want: []quote{{"Ivo Marr", auI, "was a two-hour drive away"}}, exact: true},
	{class: "trailing/near miss: an auxiliary before the cue",
		text: "The bridge will, Ivo Marr said, stay shut until June.",
		want: []quote{{"Ivo Marr", auI, "stay shut until June"}}, exact: true},
	{class: "trailing/near miss: a scene after the cue",
		text: "Forty people died, officials said on Sunday, as rescuers searched for the missing.",
		want: []quote{{"", auI, "Forty people died"}}, exact: true},

	// A request made by a notice or a document, in a relative clause
	// after it: the request is reported, the notice is nobody.
	{class: "notice/a travel warning that urges",
		text: "Left unchanged is a travel warning that urges all citizens to stay away from Darnia.",
		want: []quote{{"", auI, "all citizens to stay away from Darnia"}}, exact: true},
	{class: "notice/an email that urged",
		text: "My water company echoed this view in an email that urged people with rain barrels to save water.",
		want: []quote{{"", auI, "people with rain barrels to save water"}}, exact: true},
	{class: "notice/a letter that urged, its sender named",
		text: "Ivo Marr sent a letter that urged the council to drop the plan.",
		want: []quote{{"Ivo Marr", auI, "the council to drop the plan"}}, exact: true},
	{class: "notice/near miss: the notice opens the subject",
		text: "The campaign that urged voters to register has ended.", exact: true},
	{class: "notice/near miss: a thing urged, no hearer",
		text: "He ignored the warning that urged caution.", exact: true},
	{class: "notice/near miss: a warning's content clause",
		text: "The warning that the dam would fail came too late.", exact: true},
	{class: "notice/near miss: the noun urge",
		text: "There is an urge that many feel to leave the city.", exact: true},

	// A reported clause whose indefinite subject carries a relative
	// clause set off by commas: the aside's comma is no end of an object.
	{class: "relaside/said, an indefinite subject with a which-aside",
		text: "Ivo Marr said a new valve on the ferry, which had not failed before, was leaking badly.",
		want: []quote{{"Ivo Marr", auI, "a new valve on the ferry, which had not failed before, was leaking badly"}}, exact: true},
	{class: "relaside/a finding, an indefinite subject with a which-aside",
		text: "Early findings suggest a faulty seal, which was fitted in 2019, had caused the leak.",
		want: []quote{{"", auI, "a faulty seal, which was fitted in 2019, had caused the leak"}}, exact: true},
	{class: "relaside/near miss: an object with an aside, then the speaker's own verb",
		text: "Ivo Marr said a prayer, which was short, and left the church.", exact: true},
	{class: "relaside/near miss: a proposal's object with an aside",
		text: "Ivo Marr proposed a payment, which would go to every family, at the meeting.", exact: true},

	// Plural nouns for people in the news, as speakers of a cue in the
	// present after an opening phrase or at the end.
	{class: "groups/rebels say after an opening participle",
		text: "Backed by heavy shelling, rebels say they have retaken several villages.",
		want: []quote{{"", auI, "they have retaken several villages"}}, exact: true},
	{class: "groups/inmates say at the end",
		text: "The wing has had no heating since March, inmates say.",
		want: []quote{{"", auI, "The wing has had no heating since March"}}, exact: true},
	{class: "groups/near miss: rebels as an object",
		text: "The army says it has freed the rebels.",
		want: []quote{{"", auI, "it has freed the rebels"}}, exact: true},

	// Verbs that report only with their "that".
	{class: "thatverb/stipulates that",
		text: "At various points Ivo Marr stipulates that the plan is sound, and that it beats the last one.",
		want: []quote{{"Ivo Marr", auI, "the plan is sound, and that it beats the last one"}}, exact: true},
	{class: "thatverb/floated that",
		text: "Earlier this month, the Tarvo council briefly floated that it would raise the harbour tax.",
		want: []quote{{"", auI, "it would raise the harbour tax"}}, exact: true},
	{class: "thatverb/near miss: floated down the river",
		text: "The boat floated down the river.", exact: true},
	{class: "thatverb/near miss: a contract stipulates a fee",
		text: "The contract stipulates a fee of 40 euros.", exact: true},

	// A participle after the reported clause goes on with it, unless it
	// is a speech verb's: a phrasal cue's verb without its particle is
	// an ordinary participle.
	{class: "participle/making without clear goes on with the clause",
		text: "Gia Serra said that the hotel's guests are mostly foreign, making open borders key to a good season.",
		want: []quote{{"Gia Serra", auI, "the hotel's guests are mostly foreign, making open borders key to a good season"}}, exact: true},
	{class: "participle/pushing without back goes on with the clause",
		text: "Ivo Marr said the harvest had failed, pushing prices up across the region.",
		want: []quote{{"Ivo Marr", auI, "the harvest had failed, pushing prices up across the region"}}, exact: true},
	{class: "participle/near miss: making clear is a cue of its own",
		text: "Ivo Marr said the harvest had failed, making clear that prices would rise.",
		want: []quote{{"Ivo Marr", auI, "the harvest had failed"}, {"Ivo Marr", auI, "prices would rise"}}, exact: true},
	{class: "participle/near miss: pointing out is a cue of its own",
		text: "Ivo Marr said the harvest had failed, pointing out that prices would rise.",
		want: []quote{{"Ivo Marr", auI, "the harvest had failed"}, {"Ivo Marr", auI, "prices would rise"}}, exact: true},
	{class: "participle/written before its noun after and",
		text: "Hal Dorn asked that the county provide the video and written answers well before the next meeting.",
		want: []quote{{"Hal Dorn", auI, "the county provide the video and written answers well before the next meeting"}}, exact: true},
	{class: "participle/near miss: wrote after and is a second cue",
		text: "Ivo Marr said the bridge was safe and wrote that the tests had shown no cracks.",
		want: []quote{{"Ivo Marr", auI, "the bridge was safe"}, {"Ivo Marr", auI, "the tests had shown no cracks"}}, exact: true},

	// "v." in a case's name is no sentence's end.
	{class: "abbrev/a case name with v. inside a reported clause",
		text: "Lena Forst said the ruling in Marr v. Tarvo was not settled law.",
		want: []quote{{"Lena Forst", auI, "the ruling in Marr v. Tarvo was not settled law"}}, exact: true},

	// A phrase quoted inside the subject, or inside an aside after it,
	// right before the cue: the subject still speaks, and the clause after
	// the cue is reported as well as the phrase.
	{class: "quotedsubj/a quoted phrase after the subject's noun",
		text: "Sources “familiar with the talks” said the deal was off.",
		want: []quote{{"", auD, "familiar with the talks"}, {"", auI, "the deal was off"}}, exact: true},
	{class: "quotedsubj/said only that",
		text: "Its unnamed sources “familiar with the talks” said only that the ministry's demands were being read as an ultimatum.",
		want: []quote{{"", auD, "familiar with the talks"}, {"", auI, "the ministry's demands were being read as an ultimatum"}}, exact: true},
	{class: "quotedsubj/an aside ending inside the marks",
		text: "Tom Pell, who took the video and called it “the best day of my life,” said he was not going to show up for jury duty.",
		want: []quote{{"Tom Pell", auD, "the best day of my life"}, {"Tom Pell", auI, "he was not going to show up for jury duty"}}, exact: true},
	{class: "quotedsubj/near miss: a quotation and an inverted cue",
		text: "“We will not cut corners,” said Tom Pell, the mayor.",
		want: []quote{{"Tom Pell", auD, "We will not cut corners"}}, exact: true},
	{class: "quotedsubj/near miss: a body's quoted name after of",
		text: "Ivo Tamm of “Open Doors” said the charity would appeal.",
		want: []quote{{"Ivo Tamm", auI, "the charity would appeal"}}, exact: true},

	// "those involved in the talks", "those close to the minister":
	// unnamed people, a whole speaker phrase, so the cue at the end of the
	// sentence has its comma.
	{class: "those/a trailing cue after those involved in",
		text: "The sale of the paper is one of the demands, those involved in the talks said.",
		want: []quote{{"", auI, "The sale of the paper is one of the demands"}}, exact: true},
	{class: "those/those close to, before the cue",
		text: "Those close to the minister said she would not resign.",
		want: []quote{{"", auI, "she would not resign"}}, exact: true},
	{class: "those/near miss: those involved as an object",
		text: "Ivo Marr thanked those involved in the rescue.", exact: true},

	// A body's acronym in brackets inside the speaker phrase.
	{class: "acronym/data of a body with its acronym, at the end",
		text: "The number of flu cases passed one million in Darnia, Tessaly University (TU) data indicated.",
		want: []quote{{"Tessaly University", auI, "The number of flu cases passed one million in Darnia"}}, exact: true},
	{class: "acronym/a body with its acronym, before the cue",
		text: "Data from the Tarvo Works Council (TWC) showed that prices rose.",
		want: []quote{{"Tarvo Works Council", auI, "prices rose"}}, exact: true},

	// "have proven that": a finding, as "have shown that" is.
	{class: "thatverb/studies have proven that",
		text: "Numerous studies have proven that harbour seals are curious and wary of boats.",
		want: []quote{{"", auI, "harbour seals are curious and wary of boats"}}, exact: true},
	{class: "thatverb/near miss: proved a success",
		text: "The trial proved a success.", exact: true},
	{class: "thatverb/near miss: proven false",
		text: "The claim was proven false.", exact: true},

	// A passive speech verb whose agent is someone unnamed, by role.
	{class: "passive/warned by his campaign manager that",
		text: "Ivo Marr was reportedly warned by his campaign manager that the vaping ban could hurt him in the election.",
		want: []quote{{"", auI, "the vaping ban could hurt him in the election"}}, exact: true},
	{class: "passive/told by officials that",
		text: "Residents were told by officials that the water was safe.",
		want: []quote{{"", auI, "the water was safe"}}, exact: true},
	{class: "passive/near miss: hurt by his manager",
		text: "Ivo Marr was hurt by his campaign manager.", exact: true},
	{class: "passive/near miss: told by his doctor to rest",
		text: "Ivo Marr was told by his doctor to rest.", exact: true},
	{class: "passive/near miss: built by engineers that the city hired",
		text: "The bridge was built by engineers that the city hired.", exact: true},

	// "According to" a source opening the sentence, then the source's own
	// asides set off by commas, then the clause.
	{class: "according/a participle's aside after the source",
		text: "According to an anonymous survey of inmates in Ostby County, covering 135 guns they had access to, only two had been bought in a shop.",
		want: []quote{{"", auI, "only two had been bought in a shop"}}, exact: true},
	{class: "according/two sources with their asides",
		text: "According to reports from the interior ministry on Friday, and Vasna, a rights group, on Thursday, around 18,000 people attended the rally.",
		want: []quote{{"", auI, "around 18,000 people attended the rally"}}, exact: true},
	{class: "according/near miss: rules, with an aside",
		text: "According to the rules, which were set in 1990, the vote is void.", exact: true},

	// A relative clause set off by a comma reports its own clause, even
	// when a name and a verb of speech open it.
	{class: "whoclaimed/after an appositive, a clause with a verb of comment",
		text: "A new allegation came from a woman, a niece of Lena Forst, who claimed Ivo Marr commented on her looks.",
		want: []quote{{"", auI, "Ivo Marr commented on her looks"}}, exact: true},
	{class: "whoclaimed/near miss: a restrictive relative, then the main verb",
		text: "The woman who found the body said she had called the police.",
		want: []quote{{"", auI, "she had called the police"}}, exact: true},
	{class: "whoclaimed/near miss: a relative set off, then the main cue",
		text: "Lena Forst, who found the body, told police she had called for help.",
		want: []quote{{"Lena Forst", auI, "she had called for help"}}, exact: true},

	// A document that "reported" a clause in the present with no "that"
	// is its subject, not a participle's noun.
	{class: "docverb/a paper reported a present-tense clause",
		text: "The research paper reported E. coli releases a number of gases in hydrogen.",
		want: []quote{{"", auI, "E. coli releases a number of gases in hydrogen"}}, exact: true},
	{class: "docverb/near miss: a participle after the document",
		text: "The study reported in Nature finds a link between sleep and memory.", exact: true},

	// "instead" between the auxiliary and the cue is an adverb.
	{class: "adverb/have instead demanded that",
		text: "The farmers rejected the offer and have instead demanded that a special session of parliament be called.",
		want: []quote{{"", auI, "a special session of parliament be called"}}, exact: true},
	{class: "adverb/near miss: instead of",
		text: "Instead of waiting, Ivo Marr left the hall.", exact: true},

	// A possessive after the stars of an emphasised outlet's name.
	{class: "emphasis/an outlet in stars, then its reporter's cue",
		text: `A "rope chain necklace" and a "Gold Awards special edition" watch are named in a suit unveiled Thursday, *Harbours*' Bram Heath noted.`,
		want: []quote{{"Bram Heath", auM, `A "rope chain necklace" and a "Gold Awards special edition" watch are named in a suit unveiled Thursday`}}, exact: true},
	{class: "emphasis/'s after the stars",
		text: "A watch is named in a suit unveiled Thursday, *The Ledger*'s Bram Heath noted.",
		want: []quote{{"Bram Heath", auI, "A watch is named in a suit unveiled Thursday"}}, exact: true},
}

func TestS11IndirectCases(t *testing.T) { runAudit(t, "indirect", s11Rows, *auditKnown) }
