package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestPagesES8Cases covers the classes of wording the page gold dev-e
// (GoOse's saved news pages) showed the engine missing. Each row gives
// exactly the quotes wanted; the near misses want none, or only the ones
// listed.
func TestPagesES8Cases(t *testing.T) {
	tests := []freshCase{
		// A local body named by its place and a lower-case noun: "Western
		// Isles council", "Dublin airport", "Tarvik city council".
		{
			name:     "a place's council, two words",
			text:     "Western Isles council said every school would be closed on Friday.",
			want:     []quote{{"Western Isles council", model.Indirect, "every school would be closed on Friday"}},
			speakers: []string{"Western Isles council"},
			orgs:     []string{"Western Isles council"},
		},
		{
			name:     "a place's council announced that",
			text:     "Shetland Islands council also announced that its schools would be shut to pupils.",
			want:     []quote{{"Shetland Islands council", model.Indirect, "its schools would be shut to pupils"}},
			speakers: []string{"Shetland Islands council"},
		},
		{
			name:     "a town's airport",
			text:     "Ostby airport said flights would resume on Monday.",
			want:     []quote{{"Ostby airport", model.Indirect, "flights would resume on Monday"}},
			speakers: []string{"Ostby airport"},
			orgs:     []string{"Ostby airport"},
		},
		{
			name:     "a city council with its kind",
			text:     "Ostby city council said the budget would be cut.",
			want:     []quote{{"Ostby city council", model.Indirect, "the budget would be cut"}},
			speakers: []string{"Ostby city council"},
		},
		{
			name:     "a town's coastguard",
			text:     "Norland coastguard said the search had been called off.",
			want:     []quote{{"Norland coastguard", model.Indirect, "the search had been called off"}},
			speakers: []string{"Norland coastguard"},
		},
		{
			name:     "the council again",
			text:     "Tarvik council said the bridge would reopen.\n\nThe council added that the repairs would cost 2 million.",
			want:     []quote{{"Tarvik council", model.Indirect, "the bridge would reopen"}, {"Tarvik council", model.Indirect, "the repairs would cost 2 million"}},
			speakers: []string{"Tarvik council"},
		},
		{
			name: "near miss: a place's residents",
			text: "Ostby residents said the road was dangerous.",
			want: []quote{{"", model.Indirect, "the road was dangerous"}},
		},
		{
			name:     "near miss: a person who flew into an airport",
			text:     "Jonas Brekke, who flew into Ostby airport, said the delays were awful.",
			want:     []quote{{"Jonas Brekke", model.Indirect, "the delays were awful"}},
			speakers: []string{"Jonas Brekke"},
		},
		{
			name:     "near miss: a council in the reported clause",
			text:     "Jonas Brekke said Tarvik council had failed.",
			want:     []quote{{"Jonas Brekke", model.Indirect, "Tarvik council had failed"}},
			speakers: []string{"Jonas Brekke"},
		},
		{
			name: "near miss: a council estate",
			text: "The Tarvik council estate was demolished, residents said.",
			want: []quote{{"", model.Indirect, "The Tarvik council estate was demolished"}},
		},
		// An unnamed group whose modifier names someone: the group
		// speaks, and the name is only what the modifier is about.
		{
			name: "some delegates supporting a name",
			text: "Some delegates supporting Brekke said they don't think Ostby is electable.",
			want: []quote{{"", model.Indirect, "they don't think Ostby is electable"}},
		},
		{
			name: "voters backing a full name",
			text: "Many voters backing Jonas Brekke said the tax was too high.",
			want: []quote{{"", model.Indirect, "the tax was too high"}},
		},
		{
			name: "a plural the lexicon does not know, counted by some",
			text: "Some superdelegates supporting Varga said they would wait.",
			want: []quote{{"", model.Indirect, "they would wait"}},
		},
		{
			name: "senators loyal to a name",
			text: "Some senators loyal to Varga said the bill would pass.",
			want: []quote{{"", model.Indirect, "the bill would pass"}},
		},
		{
			name: "officials close to a name",
			text: "Some officials close to Varga said the deal was near.",
			want: []quote{{"", model.Indirect, "the deal was near"}},
		},
		{
			name:     "near miss: researchers at a university speak for it",
			text:     "Researchers at Tarvik University said the drug was safe.",
			want:     []quote{{"Tarvik University", model.Indirect, "the drug was safe"}},
			speakers: []string{"Tarvik University"},
		},
		{
			name:     "near miss: a named person with a participle aside",
			text:     "Jonas Brekke, supporting Varga, said the race was over.",
			want:     []quote{{"Jonas Brekke", model.Indirect, "the race was over"}},
			speakers: []string{"Jonas Brekke"},
		},
		{
			name:     "near miss: a spokesman for a club",
			text:     "A spokesman for Ostby United said the club would appeal.",
			want:     []quote{{"Ostby United", model.Indirect, "the club would appeal"}},
			speakers: []string{"Ostby United"},
		},
		// A document a speaker spoke in, cited again later: "said in a
		// report ... according to the report".
		{
			name:     "according to the report a body said in",
			text:     "Jobs fell, the Tarvik Bankers' Association said in a report Friday.\n\nNevertheless, Ostby's sector continues to shrink, according to the report.",
			want:     []quote{{"Tarvik Bankers' Association", model.Indirect, "Jobs fell"}, {"Tarvik Bankers' Association", model.Indirect, "Nevertheless, Ostby's sector continues to shrink"}},
			speakers: []string{"Tarvik Bankers' Association"},
		},
		{
			name:     "a quotation according to the report",
			text:     "The Tarvik Bankers' Association said in a report that jobs fell.\n\n\"Uncertainty is inhibiting investment,\" according to the report.",
			want:     []quote{{"Tarvik Bankers' Association", model.Indirect, "jobs fell"}, {"Tarvik Bankers' Association", model.Direct, "Uncertainty is inhibiting investment"}},
			speakers: []string{"Tarvik Bankers' Association"},
		},
		{
			name:     "the report said, after its report",
			text:     "The Tarvik Bankers' Association said in its report that jobs fell.\n\nThe sector will shrink, the report said.",
			want:     []quote{{"Tarvik Bankers' Association", model.Indirect, "jobs fell"}, {"Tarvik Bankers' Association", model.Indirect, "The sector will shrink"}},
			speakers: []string{"Tarvik Bankers' Association"},
		},
		{
			name:     "near miss: a report someone read",
			text:     "Jonas Brekke read a report by the Ostby Institute.\n\nWages will fall, according to the report.",
			want:     []quote{{"", model.Indirect, "Wages will fall"}},
			speakers: []string{},
		},
		{
			name: "near miss: a broadcaster's report someone spoke in",
			text: "Jonas Brekke said in a report on Ostby Television that the plant would close.\n\nWages will fall, according to the report.",
			want: []quote{{"Jonas Brekke", model.Indirect, "the plant would close"}, {"", model.Indirect, "Wages will fall"}},
		},
		{
			name: "near miss: a statement is not a report",
			text: "Jonas Brekke said in a statement that the plant would close.\n\nWages will fall, according to the report.",
			want: []quote{{"Jonas Brekke", model.Indirect, "the plant would close"}, {"", model.Indirect, "Wages will fall"}},
		},
		// "Faculty" heads a body's name as "Institute" does.
		{
			name:     "the Faculty of a discipline",
			text:     "Ministers are considering a ban.\n\nThe Faculty of Homeopathy said patients supported the therapy.",
			want:     []quote{{"Faculty of Homeopathy", model.Indirect, "patients supported the therapy"}},
			speakers: []string{"Faculty of Homeopathy"},
			orgs:     []string{"Faculty of Homeopathy"},
		},
		{
			name: "near miss: faculty members",
			text: "The Faculty of Law said the course would close.\n\nFaculty members said the course was popular.",
			want: []quote{{"Faculty of Law", model.Indirect, "the course would close"}, {"", model.Indirect, "the course was popular"}},
		},
		{
			name:     "near miss: a dean of a faculty",
			text:     "Ilse Varga, dean of the Faculty of Medicine, said the course would close.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the course would close"}},
			speakers: []string{"Ilse Varga"},
		},
		// A picture's text ("![Brekke](...)") is not read as the
		// sentence's words: a name in it does not run on into the
		// words after the picture.
		{
			name:     "a picture with its credit, then the name",
			text:     "![Brekke](http://x.org/a.jpg) Image copyright AFP\n\nBrekke said the road would reopen.",
			want:     []quote{{"Brekke", model.Indirect, "the road would reopen"}},
			speakers: []string{"Brekke"},
		},
		{
			name:     "near miss: a picture, then a paragraph of prose",
			text:     "![Brekke](http://x.org/a.jpg) Jonas Brekke said on Monday that the road, closed since May, would reopen.",
			want:     []quote{{"Jonas Brekke", model.Indirect, "the road, closed since May, would reopen"}},
			speakers: []string{"Jonas Brekke"},
		},
		// "As many as", "as much as" open a quantity, not a clause of
		// time or cause: the clause they open is reported.
		{
			name:     "as many as, according to a body",
			text:     "As many as 470 merchants will have new readers, according to the Ostby Payments Task Force.",
			want:     []quote{{"Ostby Payments Task Force", model.Indirect, "As many as 470 merchants will have new readers"}},
			speakers: []string{"Ostby Payments Task Force"},
		},
		{
			name:     "as much as, a person said",
			text:     "As much as 40 percent of the crop was lost, Jonas Brekke said.",
			want:     []quote{{"Jonas Brekke", model.Indirect, "As much as 40 percent of the crop was lost"}},
			speakers: []string{"Jonas Brekke"},
		},
		{
			name: "near miss: as a clause of time sets the scene",
			text: "As the bridge was shut, residents complained.",
			want: []quote{},
		},
		// A link holding what a cue just before it reports, or opening
		// with "according to": its words are the sentence's.
		{
			name: "a link on the clause after the cue",
			text: "Jonas Brekke angered the council on Friday. He announced [he won't approve an extension to the Tarvik pipeline](https://example.com/a/b).",
			want: []quote{{"Jonas Brekke", model.Indirect, "he won't approve an extension to the Tarvik pipeline"}},
		},
		{
			name: "a link on the clause after the cue and a time",
			text: "Jonas Brekke is leaning in. He announced in October [he's putting 50 inspectors](https://example.com/a/b) on the ground.",
			want: []quote{{"Jonas Brekke", model.Indirect, "he's putting 50 inspectors](https://example.com/a/b) on the ground"}},
		},
		{
			name:     "a link opening with according to",
			text:     "About 470 merchants will have new readers, [according to a survey conducted earlier this year](https://example.com/a) by the Ostby Payments Task Force.",
			want:     []quote{{"Ostby Payments Task Force", model.Indirect, "About 470 merchants will have new readers"}},
			speakers: []string{"Ostby Payments Task Force"},
		},
		{
			name: "near miss: a link on a place visited",
			text: "Jonas Brekke visited [the pipeline site near the old Tarvik harbour](https://example.com/a) on Monday.",
			want: []quote{},
		},
		// A capitalised plural of practitioners the lexicon does not
		// know opens a sentence: a group, not a body's name.
		{
			name: "homeopaths say",
			text: "Homeopaths say the more diluted it is, the greater the effect.",
			want: []quote{{"", model.Indirect, "the more diluted it is, the greater the effect"}},
		},
		{
			name: "naturopaths claim",
			text: "Naturopaths claim the herbs work.",
			want: []quote{{"", model.Indirect, "the herbs work"}},
		},
		{
			name:     "near miss: a company says",
			text:     "Kellmart says the plant will close.",
			want:     []quote{{"Kellmart", model.Indirect, "the plant will close"}},
			speakers: []string{"Kellmart"},
		},
		{
			name:     "near miss: a store's name ending in s",
			text:     "Harrods said the store would open.",
			want:     []quote{{"Harrods", model.Indirect, "the store would open"}},
			speakers: []string{"Harrods"},
		},
		// A quotation that is its sentence but for an opening "But" or
		// "And" goes on in the speaker's words.
		{
			name:     "but and a quotation after a cue",
			text:     "\"From our point of view, the request is still not sufficient,\" said Ilse Varga. But \"it certainly offers a starting point for further talks.\"",
			want:     []quote{{"Ilse Varga", model.Direct, "From our point of view, the request is still not sufficient"}, {"Ilse Varga", model.Direct, "it certainly offers a starting point for further talks."}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "and and a quotation after a cue",
			text:     "\"The plan is weak,\" said Ilse Varga. And \"it will not pass.\"",
			want:     []quote{{"Ilse Varga", model.Direct, "The plan is weak"}, {"Ilse Varga", model.Direct, "it will not pass."}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a quoted word inside the writer's sentence",
			text:     "\"The plan is weak,\" said Ilse Varga. But \"weak\" was not the word the council used.",
			want:     []quote{{"Ilse Varga", model.Direct, "The plan is weak"}},
			speakers: []string{"Ilse Varga"},
		},
		// A body's lawyers and advisers speak for it, as its officials
		// do, and a word saying which of them may stand between.
		{
			name:     "a body's legal advisers replied that",
			text:     "After the threat, Ostby Ministry legal advisers replied in emails that ministers had \"decided to conduct a consultation\".",
			want:     []quote{{"Ostby Ministry", model.Mixed, "ministers had \"decided to conduct a consultation\""}},
			speakers: []string{"Ostby Ministry"},
		},
		{
			name:     "a company's lawyers said",
			text:     "Kellmart Holdings lawyers said the case would be appealed.",
			want:     []quote{{"Kellmart Holdings", model.Indirect, "the case would be appealed"}},
			speakers: []string{"Kellmart Holdings"},
		},
		{
			name:     "a company's senior officials said",
			text:     "Kellmart Holdings senior officials said the case would be appealed.",
			want:     []quote{{"Kellmart Holdings", model.Indirect, "the case would be appealed"}},
			speakers: []string{"Kellmart Holdings"},
		},
		{
			name: "near miss: a person's lawyers",
			text: "Jonas Brekke's lawyers said the case would be appealed.",
			want: []quote{{"", model.Indirect, "the case would be appealed"}},
		},
		{
			name: "near miss: a town's lawyers",
			text: "Tarvik lawyers said the case would be appealed.",
			want: []quote{{"", model.Indirect, "the case would be appealed"}},
		},
		// A local body serving two places joined by "and" is one body.
		{
			name:     "two places' police, after an opening adverb",
			text:     "Meanwhile, Dumfries and Galloway police said there are a number of trees down.",
			want:     []quote{{"Dumfries and Galloway police", model.Indirect, "there are a number of trees down"}},
			speakers: []string{"Dumfries and Galloway police"},
		},
		{
			name:     "two places' council",
			text:     "Argyll and Bute council said the ferry was cancelled.",
			want:     []quote{{"Argyll and Bute council", model.Indirect, "the ferry was cancelled"}},
			speakers: []string{"Argyll and Bute council"},
		},
		{
			name: "near miss: a list of three places' police is a joint claim",
			text: "Ostby, Lenmoor and Tarvik police said the road was closed.",
			want: []quote{{"", model.Indirect, "the road was closed"}},
		},
		// A clause, its cue, and a quotation after the cue's colon: both
		// the clause and the quotation are reported.
		{
			name:     "a clause, he warned, and a quotation after a colon",
			text:     "Jonas Brekke explored the downside. Criminals can turn the tools of technology against us, he warned: \"Control the code, control the world.\"",
			want:     []quote{{"Jonas Brekke", model.Indirect, "Criminals can turn the tools of technology against us"}, {"Jonas Brekke", model.Direct, "Control the code, control the world."}},
			speakers: []string{"Jonas Brekke"},
		},
		{
			name:     "a clause, a name said, and a quotation after a colon",
			text:     "The bridge will reopen in May, Ilse Varga said: \"We have waited long enough.\"",
			want:     []quote{{"Ilse Varga", model.Indirect, "The bridge will reopen in May"}, {"Ilse Varga", model.Direct, "We have waited long enough."}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a scene before the cue and its colon",
			text:     "After the vote on Monday, Ilse Varga said: \"We have waited long enough.\"",
			want:     []quote{{"Ilse Varga", model.Direct, "We have waited long enough."}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a participle before the cue and its colon",
			text:     "Speaking in the Senate, Ilse Varga said: \"We have waited long enough.\"",
			want:     []quote{{"Ilse Varga", model.Direct, "We have waited long enough."}},
			speakers: []string{"Ilse Varga"},
		},
		// A doubled straight mark, a page's slip, is one mark.
		{
			name:     "a doubled opening mark",
			text:     "\"\"It was a result of heavy partying. I am a bit run down,\" Jonas Brekke said in his column.",
			want:     []quote{{"Jonas Brekke", model.Direct, "It was a result of heavy partying. I am a bit run down"}},
			speakers: []string{"Jonas Brekke"},
		},
		{
			name:     "a doubled closing mark",
			text:     "\"It was a result of heavy partying. I am a bit run down,\"\" Jonas Brekke said in his column.",
			want:     []quote{{"Jonas Brekke", model.Direct, "It was a result of heavy partying. I am a bit run down"}},
			speakers: []string{"Jonas Brekke"},
		},
		{
			name:     "near miss: a single mark inside, then the closing double",
			text:     "\"The kids were freaking out because the shark was circling like 'Jaws',\" Rick Dalby said.",
			want:     []quote{{"Rick Dalby", model.Direct, "The kids were freaking out because the shark was circling like 'Jaws'"}},
			speakers: []string{"Rick Dalby"},
		},
		// The base form of a speech verb after an unnamed group whose
		// modifier names someone: the group is its plural subject.
		{
			name: "people inclined to support a name note that",
			text: "Some people inclined to support Mrs. Brekke note that it is still early in the race.",
			want: []quote{{"", model.Indirect, "it is still early in the race"}},
		},
		{
			name: "voters backing a name note that",
			text: "Some voters backing Brekke note that it is still early in the race.",
			want: []quote{{"", model.Indirect, "it is still early in the race"}},
		},
		{
			name: "near miss: a name before a noun report",
			text: "The Tarvik Harbour report was published on Monday.",
			want: []quote{},
		},
		// "off" a place is a phrase of place, as "near" it is: the clause
		// it ends is reported by the cue after the comma.
		{
			name:     "sharks swam off a place, said a name",
			text:     "Sharks swam off Tarvik, said Rick Feeney.",
			want:     []quote{{"Rick Feeney", model.Indirect, "Sharks swam off Tarvik"}},
			speakers: []string{"Rick Feeney"},
		},
		{
			name:     "fish were spotted off a place, said a name with an aside",
			text:     "Small, colorful cardinalfish were spotted off Tarvik, said Rick Feeney, a fish expert.",
			want:     []quote{{"Rick Feeney", model.Indirect, "Small, colorful cardinalfish were spotted off Tarvik"}},
			speakers: []string{"Rick Feeney"},
		},
		{
			name:     "near miss: a strike called off",
			text:     "The union called off the strike, Ilse Varga said.",
			want:     []quote{{"Ilse Varga", model.Indirect, "The union called off the strike"}},
			speakers: []string{"Ilse Varga"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
