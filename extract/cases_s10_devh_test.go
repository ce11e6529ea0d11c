package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestDevhCases covers the classes the dev-h pages (go-trafilatura
// comparison pages: science write-ups, essays, a live blog) showed the
// engine missing, each probed with invented sentences of the same wording.
// Each row gives exactly the quotes wanted; the near misses want none, or
// only the ones listed.
func TestDevhCases(t *testing.T) {
	tests := []freshCase{
		// A "with" phrase of manner between the speech verb and "that":
		// "confirms with high certainty that", "said with regret that".
		{
			name: "confirms with high certainty that, after an affiliation",
			text: "From the Halvard Climate Service, Ingrid Solberg confirms with high certainty that the global temperature has risen by 1.4 degrees.",
			want: []quote{{"Ingrid Solberg", model.Indirect, "the global temperature has risen by 1.4 degrees"}},
		},
		{
			name: "notes with some caution that",
			text: "Researcher Tomas Brenn from Ostby University notes with some caution that the sample was small.",
			want: []quote{{"Tomas Brenn", model.Indirect, "the sample was small"}},
		},
		{
			name: "said with regret that",
			text: "Ingrid Solberg said with regret that the festival would not return.",
			want: []quote{{"Ingrid Solberg", model.Indirect, "the festival would not return"}},
		},
		{
			name: "warned with some urgency that",
			text: "Ingrid Solberg warned with some urgency that the dam could fail.",
			want: []quote{{"Ingrid Solberg", model.Indirect, "the dam could fail"}},
		},
		{
			name: "near miss: agreed with a party that",
			text: "Tomas Brenn agreed with the council that the bridge should close.",
		},
		{
			name: "near miss: a smile that is a relative clause's",
			text: "The mayor spoke with a smile that lit up the hall.",
		},
		{
			name: "near miss: an absolute phrase after said with",
			text: "Police said with the roads closed that drivers should stay home.",
		},
		// "likens X to a “Y”": the quoted words are the speaker's, as in
		// "described X as “Y”".
		{
			name: "likens the figures to a quoted phrase, then a participle",
			text: "David Holm from Tarvik University likens the figures to a “horror film,” underscoring the urgency of the crisis.",
			want: []quote{{"David Holm", model.Direct, "horror film"}},
		},
		{
			name: "likened the flood to a quoted phrase",
			text: "Ingrid Solberg likened the flood to \"a second tsunami.\"",
			want: []quote{{"Ingrid Solberg", model.Direct, "a second tsunami."}},
		},
		{
			name: "likens, then a reported clause after warning",
			text: "Klaus Vedder from Ostby College likens the drought to a \"slow earthquake,\" warning that it will last years.",
			want: []quote{
				{"Klaus Vedder", model.Direct, "slow earthquake"},
				{"Klaus Vedder", model.Indirect, "it will last years"},
			},
		},
		{
			name: "near miss: was likened to, by someone unnamed",
			text: "The town was likened to a \"war zone\" by residents.",
		},
		{
			name: "near miss: compared to a name in marks",
			text: "The slump is mild compared to the \"Great Recession\" of 2008.",
		},
		{
			name: "near miss: likens with no quotation",
			text: "Ingrid Solberg likens the drought to a slow earthquake.",
		},
		// A base-form speech verb after a clause's comma, with plural
		// speakers after it, as "say the researchers" has: science
		// releases' "..., conclude the authors", "..., warn scientists".
		{
			name: "warn the study's authors, after the clause",
			text: "Such storms will become more common, warn the study's authors.",
			want: []quote{{"", model.Indirect, "Such storms will become more common"}},
		},
		{
			name: "conclude the scientists",
			text: "Such storms will become more common, conclude the scientists.",
			want: []quote{{"", model.Indirect, "Such storms will become more common"}},
		},
		{
			name: "note the researchers",
			text: "The glacier lost a third of its mass, note the researchers.",
			want: []quote{{"", model.Indirect, "The glacier lost a third of its mass"}},
		},
		{
			name: "warn two named speakers",
			text: "The reefs could vanish by 2050, warn Ingrid Solberg and Tomas Brenn.",
			want: []quote{{"", model.Indirect, "The reefs could vanish by 2050"}}, // a joint cue: neither's alone
		},
		{
			name: "insist the engineers, then a concession",
			text: "The water is safe to drink, insist the engineers, though residents are not convinced.",
			want: []quote{{"", model.Indirect, "The water is safe to drink"}},
		},
		{
			name: "near miss: an imperative after an if clause",
			text: "If you smell gas, warn the neighbours.",
		},
		{
			name: "near miss: an imperative with a possessive object",
			text: "When storms come, warn your neighbours.",
		},
		{
			name: "near miss: speakers followed by a relative clause",
			text: "The risks are real, insist the engineers who built the dam.",
		},
		{
			name: "near miss: a plural subject and its own verb",
			text: "The reefs are dying, and divers report the bleaching each year.",
		},
		// Markdown links in a page's body: a clause that ends in a link
		// carries the link's close and address, not a lone bracket; a
		// linked title in italics is a name the sentence reads through.
		{
			name: "a clause ending in a link keeps the link whole",
			text: "Ilse Varga has suggested that the caucus is [too ideologically diverse](http://example.com/a).",
			want: []quote{{"Ilse Varga", model.Indirect, "the caucus is [too ideologically diverse](http://example.com/a)"}},
		},
		{
			name: "a clause wholly in a link",
			text: "Ilse Varga said that [the caucus is too diverse](http://example.com/a).",
			want: []quote{{"Ilse Varga", model.Indirect, "[the caucus is too diverse](http://example.com/a)"}},
		},
		{
			name: "according to a study published in a linked journal in italics",
			text: "According to a study published in [*The Calder Journal of Nutrition*](https://example.com/jn) in 2015, women who took the pill were less likely to fall.",
			want: []quote{{"", model.Indirect, "women who took the pill were less likely to fall"}},
		},
		{
			name: "near miss: a linked outlet in italics stays an outlet",
			text: "Ilse Varga told [*The Ostby Courier*](https://example.com/oc) that the bridge would reopen.",
			want: []quote{{"Ilse Varga", model.Indirect, "the bridge would reopen"}},
		},
		// Block quotations in a page's body ("> ..." lines): the mark is
		// no word, the sentence starts after it, and a lone capital
		// article is never a name.
		{
			name:     "a block quotation after the following:",
			text:     "In an article, Ilse Varga states the following:\n\n> “The plan is failing.\n> \n> The proposed cuts are nowhere near enough.”",
			want:     []quote{{"Ilse Varga", model.Direct, "The plan is failing.\n> \n> The proposed cuts are nowhere near enough."}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "a block quotation's line opening with a participle's article",
			text: "> The reported deaths are a tragedy, said Tomas Brenn.",
			want: []quote{{"Tomas Brenn", model.Indirect, "The reported deaths are a tragedy"}},
		},
		// A block quotation without marks after a cue that ends its
		// paragraph with a colon is the speaker's, as one in marks is.
		{
			name: "an unquoted block after writes:",
			text: "As Ilse Varga writes:\n\n> Much that happens in campaigns is a struggle over which identities voters will inhabit.",
			want: []quote{{"Ilse Varga", model.Direct, "Much that happens in campaigns is a struggle over which identities voters will inhabit."}},
		},
		{
			name: "an unquoted block after wrote:, its own cue silenced",
			text: "Tomas Brenn wrote to the council:\n\n> We ask that the bridge be reopened.",
			want: []quote{{"Tomas Brenn", model.Direct, "We ask that the bridge be reopened."}},
		},
		{
			name:     "an unquoted block after a colon, opening with an article",
			text:     "Ilse Varga wrote:\n\n> The proposed cuts are nowhere near enough.",
			want:     []quote{{"Ilse Varga", model.Direct, "The proposed cuts are nowhere near enough."}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a block after no cue",
			text:     "The agenda is as follows:\n\n> Item one: the bridge.",
			speakers: []string{},
		},
		{
			name: "near miss: a block after a cue that reported a clause",
			text: "Ilse Varga said the plan was sound.\n\n> The bridge will reopen in May.",
			want: []quote{{"Ilse Varga", model.Indirect, "the plan was sound"}},
		},
		// A closing mark set where an inner opening one belongs.
		{
			name: "a reversed inner mark inside a quotation",
			text: "“The time for ”little steps” is long gone,” Ilse Varga said.",
			want: []quote{{"Ilse Varga", model.Direct, "The time for ”little steps” is long gone"}},
		},
		{
			name: "near miss: a misplaced space before the closing mark",
			text: "“It is over ”, she said.",
			want: []quote{{"", model.Direct, "It is over"}},
		},
		// Interview transcripts whose labels are in bold ("**The
		// Economist:** ...", "**Thomas Malone:** ..."); a scene break ends
		// the transcript before a book excerpt.
		{
			name: "bold labels of an interviewer and an interviewee",
			text: "**The Courier:** Why are you running?\n\n**Ilse Varga:** Because the town needs a new bridge.\n\n**The Courier:** What about taxes?\n\n**Ilse Varga:** Taxes will not rise.",
			want: []quote{
				{"Ilse Varga", model.Direct, "Because the town needs a new bridge."},
				{"Ilse Varga", model.Direct, "Taxes will not rise."},
			},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "a scene break ends the answers",
			text: "**The Courier:** Why are you running?\n\n**Ilse Varga:** Because the town needs a new bridge.\n\n**The Courier:** What about taxes?\n\n**Ilse Varga:** Taxes will not rise.\n\n\\* * *\n\nThe bridge was built in 1902 and has been closed since May.",
			want: []quote{
				{"Ilse Varga", model.Direct, "Because the town needs a new bridge."},
				{"Ilse Varga", model.Direct, "Taxes will not rise."},
			},
		},
		{
			name: "near miss: one bold heading is no interviewer's label",
			text: "**Note:** The bridge will close on Monday.\n\nIlse Varga said the work would take a week.",
			want: []quote{{"Ilse Varga", model.Indirect, "the work would take a week"}},
		},
		{
			name:     "near miss: bold headings of a recipe",
			text:     "**Ingredients:** Two eggs and flour.\n\n**Method:** Mix and bake for ten minutes.",
			speakers: []string{},
		},
		// A quoted phrase that opens the reported clause as its subject:
		// the clause, marks and all, is mixed, not the phrase alone.
		{
			name: "said “the virus” would be responsible",
			text: "Ilse Varga came under fire after saying \"the virus\" would be responsible for any further deaths.",
			want: []quote{{"Ilse Varga", model.Mixed, "\"the virus\" would be responsible for any further deaths"}},
		},
		{
			name: "said that “reckless drivers” were to blame",
			text: "Ilse Varga said that “reckless drivers” were to blame for the crash.",
			want: []quote{{"Ilse Varga", model.Mixed, "“reckless drivers” were to blame for the crash"}},
		},
		{
			name: "a quoted modifier, its noun, then the verb",
			text: "The minister said \"proactive and robust\" measures must be taken.",
			want: []quote{{"", model.Mixed, "\"proactive and robust\" measures must be taken"}},
		},
		{
			name: "near miss: a quoted thanks and a prepositional phrase",
			text: "Ilse Varga said \"thank you\" to the crew.",
			want: []quote{{"Ilse Varga", model.Direct, "thank you"}},
		},
		{
			name: "near miss: a quoted word ending in a comma",
			text: "Ilse Varga said \"No,\" and left the room.",
			want: []quote{{"Ilse Varga", model.Direct, "No"}},
		},
		{
			name: "near miss: a whole clause in the marks",
			text: "Ilse Varga said \"the virus is spreading.\"",
			want: []quote{{"Ilse Varga", model.Direct, "the virus is spreading."}},
		},
		// A request whose infinitive opens a quotation: the request runs
		// from its hearer, marks and all.
		{
			name: "urged residents “to remain vigilant”",
			text: "Police urged residents “to remain vigilant” over the weekend.",
			want: []quote{{"", model.Mixed, "residents “to remain vigilant” over the weekend"}},
		},
		{
			name: "implores her readers “to become ...”",
			text: "Ilse Varga implores her readers “to become more aware of the ways that politicians manipulate us.”",
			want: []quote{{"Ilse Varga", model.Mixed, "her readers “to become more aware of the ways that politicians manipulate us.”"}},
		},
		{
			name: "near miss: a sentence adverb in the marks",
			text: "Ilse Varga told reporters “to be honest, the plan is dead.”",
			want: []quote{{"Ilse Varga", model.Direct, "to be honest, the plan is dead."}},
		},
		{
			name: "near miss: a quoted request closed by its comma, then the writer's words",
			text: "Tomas Brenn asked reporters “to be patient,” then left.",
			want: []quote{{"Tomas Brenn", model.Direct, "to be patient"}},
		},
		// "conclude", "note", "state" in the base form are kept as nouns
		// ("state media", "a note") unless something marks them a verb;
		// a plural speaker after the clause's comma does.
		{
			name: "..., the authors conclude.",
			text: "Such storms will become more common, the authors conclude.",
			want: []quote{{"", model.Indirect, "Such storms will become more common"}},
		},
		{
			name: "..., the researchers conclude in the paper.",
			text: "Such storms will become more common, the researchers conclude in the paper.",
			want: []quote{{"", model.Indirect, "Such storms will become more common"}},
		},
		{
			name: "..., the officials note.",
			text: "The rise was small, the officials note.",
			want: []quote{{"", model.Indirect, "The rise was small"}},
		},
		{
			name:     "near miss: a state fair after a comma",
			text:     "In the village, the farmers state fair opens on Monday.",
			speakers: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
