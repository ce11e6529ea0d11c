package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestMidCueCases covers a cue set inside the reported clause: after a
// subject that the lexicon could read as a verb ("The plan"), after a
// fronted free relative ("What worried residents") or a fronted phrase of
// time. As the annotation rules have it, the quote is the part after the
// cue. Near misses: a whole clause before the cue keeps the sentence.
func TestMidCueCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "a noun subject the lexicon knows as a verb",
			text: "The plan, Varga said on Monday, would cost 40 million krona.",
			want: []quote{{"Varga", model.Indirect, "would cost 40 million krona"}},
		},
		{
			name: "a noun subject, a titled full name",
			text: "The plan, Mayor Ilse Varga said, would cost 40 million krona.",
			want: []quote{{"Ilse Varga", model.Indirect, "would cost 40 million krona"}},
		},
		{
			name: "a noun subject, a pronoun",
			text: "Mayor Ilse Varga opened the meeting.\n\nThe plan, she said, would cost 40 million krona.",
			want: []quote{{"Ilse Varga", model.Indirect, "would cost 40 million krona"}},
		},
		{
			name: "a noun subject, inverted cue",
			text: "The plan, said Varga, would cost 40 million krona.",
			want: []quote{{"Varga", model.Indirect, "would cost 40 million krona"}},
		},
		{
			name: "a noun subject, argued",
			text: "The plan, Varga argued, would cost 40 million krona.",
			want: []quote{{"Varga", model.Indirect, "would cost 40 million krona"}},
		},
		{
			name: "a fronted free relative",
			text: "What surprised the team most, Dr Anja Quell says, was the age of the coral.",
			want: []quote{{"Anja Quell", model.Indirect, "was the age of the coral"}},
		},
		{
			name: "a fronted free relative, surname",
			text: "What worried residents, Brenn said, was the noise.",
			want: []quote{{"Brenn", model.Indirect, "was the noise"}},
		},
		{
			name: "a fronted time phrase with a noun the lexicon knows as a verb",
			text: "By the end of the year, Varga said, the bridge would be open.",
			want: []quote{{"Varga", model.Indirect, "the bridge would be open"}},
		},
		{
			name: "near miss: a whole clause before the cue",
			text: "The plant will close, Tidemark Energy said, citing costs.",
			want: []quote{{"Tidemark Energy", model.Indirect, "The plant will close"}},
		},
		{
			name: "near miss: a whole clause with a verb after its subject",
			text: "The council plans to shut the bridge, Varga said on Monday.",
			want: []quote{{"Varga", model.Indirect, "The council plans to shut the bridge"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestMidCueHearerCases covers a cue with its hearer inside the reported
// clause: "The ferry, Brenn told reporters, would ...". Near misses: the
// hearer of a relative clause's verb before the subject's own cue, and a
// whole clause before the cue.
func TestMidCueHearerCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "told reporters",
			text: "The new ferry, Brenn told reporters, would carry 600 passengers.",
			want: []quote{{"Brenn", model.Indirect, "would carry 600 passengers"}},
		},
		{
			name: "told a hearer and a day",
			text: "The new ferry, Tomas Brenn told the council on Monday, would carry 600 passengers.",
			want: []quote{{"Tomas Brenn", model.Indirect, "would carry 600 passengers"}},
		},
		{
			name: "told reporters, a pronoun",
			text: "Tomas Brenn runs the ferry company.\n\nThe new ferry, he told reporters, would carry 600 passengers.",
			want: []quote{{"Tomas Brenn", model.Indirect, "would carry 600 passengers"}},
		},
		{
			name: "assured residents",
			text: "Repairs, Mayor Ilse Varga assured residents, will take a year.",
			want: []quote{{"Ilse Varga", model.Indirect, "will take a year"}},
		},
		{
			name: "near miss: a relative clause's hearer",
			text: "Halima Crane, a lawyer who advised the Sorrow Pass Trucking Association during the dispute, cautioned that the agreement was vague.",
			want: []quote{{"Halima Crane", model.Indirect, "the agreement was vague"}},
		},
		{
			name: "near miss: a whole clause before told reporters",
			text: "The plant will close, Varga told reporters, citing costs.",
			want: []quote{{"Varga", model.Indirect, "The plant will close"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestQuantityObjectCases covers a speech verb with only a counted object,
// "The agency predicts 14 named storms this season": a participle between
// the number and its noun is no verb, so there is no reported clause.
// Near misses: the same count with a verb of its own, with "that", or a
// number as the clause's whole subject.
func TestQuantityObjectCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "predicts a count with a participle",
			text: "The Harbour Agency predicts 14 named storms this season.",
		},
		{
			name: "forecasters predict a count, this year",
			text: "Forecasters predict 14 named storms this year.",
		},
		{
			name: "a number word",
			text: "The Harbour Agency predicts fourteen named storms this season.",
		},
		{
			name: "a range",
			text: "The Harbour Agency predicts 14 to 20 named storms this season.",
		},
		{
			name: "estimates a count with an adjective participle",
			text: "Tidemark Energy estimates 300 flooded homes in Ostby.",
		},
		{
			name: "reported a modified plural noun, then a time phrase",
			text: "The Harbour Agency reported record profits this year.",
		},
		{
			name: "announced a modified plural noun, then last week",
			text: "Tidemark Energy announced record profits last week.",
		},
		{
			name: "near miss: a plural subject and its verb before a time phrase",
			text: "Tidemark Energy reported profits rose 4 percent this year.",
			want: []quote{{"Tidemark Energy", model.Indirect, "profits rose 4 percent this year"}},
		},
		{
			name: "near miss: predicts that",
			text: "The Harbour Agency predicts that 14 storms will form this season.",
			want: []quote{{"Harbour Agency", model.Indirect, "14 storms will form this season"}},
		},
		{
			name: "near miss: a count with a modal",
			text: "The Harbour Agency predicts 14 named storms could form this season.",
			want: []quote{{"Harbour Agency", model.Indirect, "14 named storms could form this season"}},
		},
		{
			name: "near miss: a count with a past verb",
			text: "Tidemark Energy estimated 3,000 homes lost power.",
			want: []quote{{"Tidemark Energy", model.Indirect, "3,000 homes lost power"}},
		},
		{
			name: "near miss: a number as the whole subject",
			text: "Tidemark Energy said 14 were hurt.",
			want: []quote{{"Tidemark Energy", model.Indirect, "14 were hurt"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestSecondClauseCases covers a sentence with a second clause after the
// reported one: a pronoun subject with its own cue (", but she said
// ...", ", though she conceded that ..."), and a named person's own verb
// (", but Tomas Brenn disagreed"), which is narrative. Near misses: a
// clause coordinated with "that", a pronoun with a verb that reports
// nothing.
func TestSecondClauseCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "and she said",
			text: "Ilse Varga said the bridge was safe, and she said repairs would start in May.",
			want: []quote{
				{"Ilse Varga", model.Indirect, "the bridge was safe"},
				{"Ilse Varga", model.Indirect, "repairs would start in May"},
			},
		},
		{
			name: "but he told reporters",
			text: "Tomas Brenn said the ferry was late, but he told reporters the crew had done well.",
			want: []quote{
				{"Tomas Brenn", model.Indirect, "the ferry was late"},
				{"Tomas Brenn", model.Indirect, "the crew had done well"},
			},
		},
		{
			name: "though she conceded that",
			text: "Ilse Varga said the bridge was safe, though she conceded that repairs would start in May.",
			want: []quote{
				{"Ilse Varga", model.Indirect, "the bridge was safe"},
				{"Ilse Varga", model.Indirect, "repairs would start in May"},
			},
		},
		{
			name: "although it warned",
			text: "The Calder Council said the plan was sound, although it warned that costs could rise.",
			want: []quote{
				{"Calder Council", model.Indirect, "the plan was sound"},
				{"Calder Council", model.Indirect, "costs could rise"},
			},
		},
		{
			name: "but a named person disagreed",
			text: "Ilse Varga said the plan was sound, but Tomas Brenn disagreed.",
			want: []quote{{"Ilse Varga", model.Indirect, "the plan was sound"}},
		},
		{
			name: "but a named person insisted on",
			text: "Ilse Varga said the talks had failed, but Tomas Brenn insisted on a vote.",
			want: []quote{{"Ilse Varga", model.Indirect, "the talks had failed"}},
		},
		{
			name: "near miss: and that",
			text: "Ilse Varga said the bridge was safe, and that repairs would start in May.",
			want: []quote{{"Ilse Varga", model.Indirect, "the bridge was safe, and that repairs would start in May"}},
		},
		{
			name: "near miss: a pronoun with a verb that reports nothing",
			text: "Ilse Varga said the bridge was safe, but they closed it anyway.",
			want: []quote{{"Ilse Varga", model.Indirect, "the bridge was safe, but they closed it anyway"}},
		},
		{
			name: "near miss: a named person in a passive",
			text: "Ilse Varga said the plan was sound, but Tomas Brenn was not convinced.",
			want: []quote{{"Ilse Varga", model.Indirect, "the plan was sound, but Tomas Brenn was not convinced"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestInsertedPhraseCases covers phrases between the cue and its clause:
// a sentence adverb set off by commas ("said, however, the shipyard
// ..."), an occasion of speech with its participle ("in an interview
// published on Sunday the bridge ..."), a document seen by someone ("in
// a letter seen by Reuters that ..."). Near misses: the participle's
// agent says nothing; a verb after the adverb is no clause.
func TestInsertedPhraseCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "said, however,",
			text: "Anja Quell said, however, the shipyard had ignored the rules.",
			want: []quote{{"Anja Quell", model.Indirect, "the shipyard had ignored the rules"}},
		},
		{
			name: "argued, moreover,",
			text: "Anja Quell argued, moreover, the shipyard had ignored the rules.",
			want: []quote{{"Anja Quell", model.Indirect, "the shipyard had ignored the rules"}},
		},
		{
			name: "an interview published on a day, no that",
			text: "Ilse Varga said in an interview published on Sunday the bridge would reopen.",
			want: []quote{{"Ilse Varga", model.Indirect, "the bridge would reopen"}},
		},
		{
			name: "told an outlet in an interview published on a day, no that",
			text: "Ilse Varga told the Calder Times in an interview published on Sunday the bridge would reopen.",
			want: []quote{{"Ilse Varga", model.Indirect, "the bridge would reopen"}},
		},
		{
			name: "a speech broadcast on a day",
			text: "Ilse Varga said in a speech broadcast on Tuesday the bridge would reopen.",
			want: []quote{{"Ilse Varga", model.Indirect, "the bridge would reopen"}},
		},
		{
			name: "a letter seen by an agency",
			text: "Ilse Varga said in a letter seen by Reuters that the bridge would reopen.",
			want: []quote{{"Ilse Varga", model.Indirect, "the bridge would reopen"}},
		},
		{
			name: "a memo seen by officials, no that",
			text: "Ilse Varga wrote in a memo seen by officials the bridge would reopen.",
			want: []quote{{"Ilse Varga", model.Indirect, "the bridge would reopen"}},
		},
		{
			name: "near miss: said, however, with no clause",
			text: "Anja Quell said, however, nothing about the shipyard.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestContrastSubjectPronounCases covers the pronoun after a sentence
// whose second clause, set against the first, has its own subject: "X said
// A, but Tomas Brenn disagreed. He said ..." goes on with Brenn, the
// subject of the contrast, though only X has spoken. Near misses: a
// pronoun of the other gender, a name inside a relative clause.
func TestContrastSubjectPronounCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "but a named person disagreed, he said",
			text: "Tomas Varga said the plan was sound, but Anton Brenn disagreed.\n\nHe said the council had ignored the auditors.",
			want: []quote{
				{"Tomas Varga", model.Indirect, "the plan was sound"},
				{"Anton Brenn", model.Indirect, "the council had ignored the auditors"},
			},
		},
		{
			name: "while a titled person objected, he added",
			text: "Mayor Tomas Varga said the plan was sound, while councillor Anton Brenn objected. He added that the council had ignored the auditors.",
			want: []quote{
				{"Tomas Varga", model.Indirect, "the plan was sound"},
				{"Anton Brenn", model.Indirect, "the council had ignored the auditors"},
			},
		},
		{
			name: "near miss: the other gender",
			text: "Ilse Varga said the plan was sound, but Tomas Brenn disagreed.\n\nShe said the council had ignored the auditors.",
			want: []quote{
				{"Ilse Varga", model.Indirect, "the plan was sound"},
				{"Ilse Varga", model.Indirect, "the council had ignored the auditors"},
			},
		},
		{
			name: "near miss: a name in a relative clause",
			text: "Tomas Varga said the plan, which Anton Brenn drafted, was sound.\n\nHe said the council had approved it.",
			want: []quote{
				{"Tomas Varga", model.Indirect, "the plan, which Anton Brenn drafted, was sound"},
				{"Tomas Varga", model.Indirect, "the council had approved it"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestRelativeCuePronounCases covers a second reported clause in a
// relative clause after the first: "Dravic said he would sign the deal,
// which he said would end the strike". The pronoun is the first cue's
// one-word subject, though that cue has not yet made him a speaker. Near
// miss: a pronoun of a body.
func TestRelativeCuePronounCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "which he said, a surname",
			text: "Ilse Varga spoke first.\n\nDravic said on Friday he would sign the deal, which he said would end the strike.",
			want: []quote{
				{"Dravic", model.Indirect, "he would sign the deal"},
				{"Dravic", model.Indirect, "would end the strike"},
			},
		},
		{
			name: "that she said, a surname",
			text: "Tomas Brenn spoke first.\n\nQuell announced a plan that she said would cut costs.",
			want: []quote{{"Quell", model.Indirect, "would cut costs"}},
		},
		{
			name: "near miss: which it said, a body",
			text: "Ilse Varga spoke first.\n\nTidemark Energy said it would sign the deal, which it said would end the strike.",
			want: []quote{
				{"Tidemark Energy", model.Indirect, "it would sign the deal"},
				{"Tidemark Energy", model.Indirect, "would end the strike"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestFrontedPhraseMidCueCases covers a cue after a fronted phrase opened
// by a preposition, which no clause can be: the quote is the clause after
// the cue. Near misses: a whole clause after the phrase before a final
// cue.
func TestFrontedPhraseMidCueCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "in the long run",
			text: "In the long run, Varga said, the bridge would pay for itself.",
			want: []quote{{"Varga", model.Indirect, "the bridge would pay for itself"}},
		},
		{
			name: "despite a possessive",
			text: "Despite the council's objections, Mayor Ilse Varga said, the bridge would open.",
			want: []quote{{"Ilse Varga", model.Indirect, "the bridge would open"}},
		},
		{
			name: "under a plan with a participle",
			text: "Under the plan approved on Monday, the Calder Council said, fares would rise.",
			want: []quote{{"Calder Council", model.Indirect, "fares would rise"}},
		},
		{
			name: "near miss: the phrase and its clause before a final cue",
			text: "In the long run the bridge would pay for itself, Varga said.",
			want: []quote{{"Varga", model.Indirect, "In the long run the bridge would pay for itself"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestAsAsideCases covers "as X noted" set off after or inside the clause
// it credits: like "..., X said", the clause is X's (the part after the
// aside when it splits the clause). Near misses: an unnamed source ("as
// news sources noted") and a verb of knowing.
func TestAsAsideCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "as a named person noted, at the end",
			text: "The bridge is old, as Ilse Varga noted.",
			want: []quote{{"Ilse Varga", model.Indirect, "The bridge is old"}},
		},
		{
			name: "as a body noted in its report, at the end",
			text: "The plan would cost 40 million krona, as Tidemark Energy noted in its report.",
			want: []quote{{"Tidemark Energy", model.Indirect, "The plan would cost 40 million krona"}},
		},
		{
			name: "as a named person put it, inside",
			text: "The bridge, as Ilse Varga put it, is a monument to delay.",
			want: []quote{{"Ilse Varga", model.Indirect, "is a monument to delay"}},
		},
		{
			name: "as a named person explained, after an auxiliary",
			text: "The bridge will, as Ilse Varga explained on Monday, stay shut.",
			want: []quote{{"Ilse Varga", model.Indirect, "stay shut"}},
		},
		{
			name: "near miss: an unnamed source",
			text: "The council is, as news sources noted, completely democratic.",
		},
		{
			name: "near miss: a verb of knowing",
			text: "The bridge is old, as Ilse Varga knows.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestInViewCases covers "In X's view, ..." and "In the view of X, ...":
// like "in X's words" and "according to X", the clause is X's. Near
// misses: no name ("in the view of many"), a place's view, a garden.
func TestInViewCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "in a person's view",
			text: "In Tomas Brenn's view, the plan is too costly.",
			want: []quote{{"Tomas Brenn", model.Indirect, "the plan is too costly"}},
		},
		{
			name: "in the view of a person",
			text: "In the view of Tomas Brenn, the plan is too costly.",
			want: []quote{{"Tomas Brenn", model.Indirect, "the plan is too costly"}},
		},
		{
			name: "in the opinion of a body",
			text: "In the opinion of the Calder Council, the plan is too costly.",
			want: []quote{{"Calder Council", model.Indirect, "the plan is too costly"}},
		},
		{
			name: "in a body's opinion",
			text: "In Tidemark Energy's opinion, prices will rise.",
			want: []quote{{"Tidemark Energy", model.Indirect, "prices will rise"}},
		},
		{
			name: "near miss: in the view of many",
			text: "In the view of many, the plan is too costly.",
		},
		{
			name: "near miss: a person's garden",
			text: "In Tomas Brenn's garden, the roses are early.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestJudgedAsideCases covers a reported clause followed by a noun phrase
// that sums it up and someone else's verb on it: ", a claim Tomas Brenn
// disputed", ", something the council denies". That is the reporter's
// comment, not the first speaker's words; a speech verb in it reports its
// own clause. Near misses: an apposition with no verb, a content noun
// with its "that" clause of the speaker's own.
func TestJudgedAsideCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "a claim a named person disputed",
			text: "Ilse Varga said the bridge was safe, a claim Tomas Brenn disputed.",
			want: []quote{{"Ilse Varga", model.Indirect, "the bridge was safe"}},
		},
		{
			name: "something a body denies",
			text: "Ilse Varga said Tidemark Energy had overcharged customers, something the company denies.",
			want: []quote{{"Ilse Varga", model.Indirect, "Tidemark Energy had overcharged customers"}},
		},
		{
			name: "a charge that a named person said was false",
			text: "Ilse Varga said the bridge was unsafe, a charge that Tomas Brenn said was false.",
			want: []quote{
				{"Ilse Varga", model.Indirect, "the bridge was unsafe"},
				{"Tomas Brenn", model.Indirect, "was false"},
			},
		},
		{
			name: "near miss: an apposition with no verb",
			text: "Ilse Varga said the bridge was built in 1904, a year of floods.",
			want: []quote{{"Ilse Varga", model.Indirect, "the bridge was built in 1904, a year of floods"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestRelativeInsideClauseCases covers a relative clause with its own cue
// inside the reported clause, whose verb comes after it: "said the
// bridge, which she said was built in 1904, was safe" is one clause, not
// "the bridge". Near miss: a relative clause with its cue at the end.
func TestRelativeInsideClauseCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "which she said, then the verb",
			text: "Ilse Varga said the bridge, which she said was built in 1904, was safe.",
			want: []quote{{"Ilse Varga", model.Indirect, "the bridge, which she said was built in 1904, was safe"}},
		},
		{
			name: "which he said, then a modal",
			text: "Anton Dravic said the deal, which he said had taken a year to write, would end the strike.",
			want: []quote{{"Anton Dravic", model.Indirect, "the deal, which he said had taken a year to write, would end the strike"}},
		},
		{
			name: "near miss: which he said, at the end",
			text: "Anton Dravic said on Friday he could sign the deal, which he said would allow him to retire.",
			want: []quote{
				{"Anton Dravic", model.Indirect, "he could sign the deal"},
				{"Anton Dravic", model.Indirect, "would allow him to retire"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestPossessiveViewCases covers "X's view is that ...": a named speaker's
// stated position, credited like "according to X". Near misses: "that"
// as a pronoun ("is that of a farmer"), no possessive name.
func TestPossessiveViewCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "a person's view is that",
			text: "Tomas Brenn's view is that the plan is too costly.",
			want: []quote{{"Tomas Brenn", model.Indirect, "the plan is too costly"}},
		},
		{
			name: "a body's position is that",
			text: "Tidemark Energy's position is that prices will rise.",
			want: []quote{{"Tidemark Energy", model.Indirect, "prices will rise"}},
		},
		{
			name: "a person's argument was that",
			text: "Tomas Brenn's argument was that the council had ignored the auditors.",
			want: []quote{{"Tomas Brenn", model.Indirect, "the council had ignored the auditors"}},
		},
		{
			name: "near miss: that as a pronoun",
			text: "Tomas Brenn's view is that of a farmer.",
		},
		{
			name: "near miss: no possessive name",
			text: "The problem is that the plan is too costly.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestDocumentChainCases covers a document's phrase that goes on with a
// hearer before its participle and agent: "in a letter to residents seen
// by the Calder Times". Near miss: a participle after a plain noun.
func TestDocumentChainCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "a letter to residents seen by an outlet, that",
			text: "Ilse Varga said in a letter to residents seen by the Calder Times that the bridge would reopen.",
			want: []quote{{"Ilse Varga", model.Indirect, "the bridge would reopen"}},
		},
		{
			name: "inside the clause, a mixed quote",
			text: "The delays, Varga wrote in a letter to residents seen by the Calder Times, were “unacceptable”.",
			want: []quote{{"Varga", model.Mixed, "were “unacceptable”"}},
		},
		{
			name: "near miss: a participle after a place",
			text: "Ilse Varga said in Ostby the roads flooded by the storm would reopen.",
			want: []quote{{"Ilse Varga", model.Indirect, "the roads flooded by the storm would reopen"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
