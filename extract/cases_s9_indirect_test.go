package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// TestIndirectS9Cases covers the session 9 classes of reported speech that
// probes of invented news sentences showed missed. Each row gives exactly
// the quotes wanted; the near misses want none.
func TestIndirectS9Cases(t *testing.T) {
	tests := []freshCase{
		// A speech participle after a preposition of time or concession
		// reports the subject's words: "resigned after saying that".
		{
			name: "after saying that",
			text: "Olga Varn resigned on Monday after saying that the mine was unsafe.",
			want: []quote{{"Olga Varn", model.Indirect, "the mine was unsafe"}},
		},
		{
			name: "after revealing, no that",
			text: "Ilse Varga has become the latest director to turn to television after revealing she is working on a ten-part series.",
			want: []quote{{"Ilse Varga", model.Indirect, "she is working on a ten-part series"}},
		},
		{
			name: "despite claiming previously that",
			text: "Olga Varn kept the mine open despite claiming previously that it was unsafe.",
			want: []quote{{"Olga Varn", model.Indirect, "it was unsafe"}},
		},
		{
			name: "for saying, after a passive or a reaction",
			text: "Olga Varn was criticised for saying the mine was unsafe. Kasper Lind faced a backlash for claiming the vote was rigged.",
			want: []quote{
				{"Olga Varn", model.Indirect, "the mine was unsafe"},
				{"Kasper Lind", model.Indirect, "the vote was rigged"},
			},
		},
		{
			name: "near miss: a score, a noun object, without saying",
			text: "Dunmere Rovers were relegated on Saturday after conceding two goals in the last six minutes to lose 3-2. Olga Varn resigned after announcing her plans. Piet Dahl left without saying whether the mine was unsafe. Ines Harrow resigned after being told that the mine was unsafe.",
			want: nil,
		},
		{
			name: "near miss: criticised someone for saying is not the critic's",
			text: "The Veland Union criticised Olga Varn for saying the mine was unsafe. The Veland Union criticised Olga Varn for making the trip despite claiming previously that the trip was unsafe.",
			want: nil,
		},
		// "would" with an adverb of later or repeated time tells the past:
		// "would later say that", "would often tell reporters".
		{
			name: "would later say that",
			text: "Olga Varn would later say that the decision was the hardest of her career.",
			want: []quote{{"Olga Varn", model.Indirect, "the decision was the hardest of her career"}},
		},
		{
			name: "would later tell reporters, would often say, later would admit",
			text: "Olga Varn would later tell reporters the strike had been avoidable. Kasper Lind would often say that the river was his teacher. Ines Harrow later would admit the plan had failed.",
			want: []quote{
				{"Olga Varn", model.Indirect, "the strike had been avoidable"},
				{"Kasper Lind", model.Indirect, "the river was his teacher"},
				{"Ines Harrow", model.Indirect, "the plan had failed"},
			},
		},
		{
			name: "would only say that, would say only that",
			text: "Olga Varn would only say that talks were continuing. Kasper Lind would say only that the matter was closed.",
			want: []quote{
				{"Olga Varn", model.Indirect, "talks were continuing"},
				{"Kasper Lind", model.Indirect, "the matter was closed"},
			},
		},
		{
			name: "near miss: a conditional would, would not say",
			text: "Asked what she would say to voters, Olga Varn smiled. Kasper Lind would not say whether the talks continue. Ines Harrow would say so only if asked.",
			want: nil,
		},
		// "claimed" and a number is a clause when an auxiliary follows
		// within a few words, a toll when the phrase ends first.
		{
			name: "claimed a number of people had been killed",
			text: "As of September 30, the Velmark Defence Ministry claimed 790 enemy soldiers had been killed.",
			want: []quote{{"Velmark Defence Ministry", model.Indirect, "790 enemy soldiers had been killed"}},
		},
		{
			name: "near miss: a toll, then and",
			text: "The virus claimed 6606 lives in Velmark and was declared a pandemic. The storm claimed 12 lives and was the worst in years. Tarvik Rovers claimed 3 points and were promoted.",
			want: nil,
		},
		// An aside opened by a participle, or by "when" and one, between
		// the cue and its "that": the clause after it is the cue's.
		{
			name: "said, speaking to reporters outside the town hall, that",
			text: "Mara Tollen said, speaking to reporters outside the town hall, that the bridge would reopen.",
			want: []quote{{"Mara Tollen", model.Indirect, "the bridge would reopen"}},
		},
		{
			name: "said, when asked about the cost, that; added, pointing to the map, that",
			text: "Mara Tollen said, when asked about the cost, that the bridge would reopen. Kasper Lind added, pointing to the map, that the road was flooded.",
			want: []quote{
				{"Mara Tollen", model.Indirect, "the bridge would reopen"},
				{"Kasper Lind", model.Indirect, "the road was flooded"},
			},
		},
		{
			name: "near miss: an aside before the cue, or with no that after it",
			text: "Mara Tollen, speaking after the meeting, thanked the staff. Kasper Lind spoke on Monday, pointing to the map, and left.",
			want: nil,
		},
		// A cue set off inside "X suggest, Y noted, that ...": the clause
		// after "that" is what Y reports.
		{
			name: "the data suggest, she noted, that",
			text: "The data suggest, Ines Harrow noted, that the outbreak may call for containment.",
			want: []quote{{"Ines Harrow", model.Indirect, "the outbreak may call for containment"}},
		},
		// "raised concerns that ...": a worry named, then its clause.
		{
			name: "raised concerns that, raised fears on Monday that, raising concerns that",
			text: "Mara Tollen raised concerns that the river was rising. The Veland Dockworkers Union raised fears on Monday that the port would close. Ines Harrow closed the ward, raising concerns that beds would run out.",
			want: []quote{
				{"Mara Tollen", model.Indirect, "the river was rising"},
				{"Veland Dockworkers Union", model.Indirect, "the port would close"},
				{"Ines Harrow", model.Indirect, "beds would run out"},
			},
		},
		{
			name: "near miss: raised rates, money, concerns about, fears that were",
			text: "The Central Bank of Veland raised interest rates that month. Mara Tollen raised $4 million for the hospital. Kasper Lind raised concerns about the cost. The flood raised fears that were later proved right.",
			want: nil,
		},
		// "suggested" with a subjunctive clause, as "recommended" takes.
		{
			name: "suggested supporters fill out ballots, suggested the minister resign",
			text: "Olga Varn suggested supporters fill out ballots and then vote in person. Kasper Lind suggested the minister resign.",
			want: []quote{
				{"Olga Varn", model.Indirect, "supporters fill out ballots and then vote in person"},
				{"Kasper Lind", model.Indirect, "the minister resign"},
			},
		},
		{
			name: "near miss: suggested a thing",
			text: "Olga Varn suggested a new route. Kasper Lind suggested changes to the budget. The data suggested otherwise.",
			want: nil,
		},
		// "was adamant that", "made the point that": insisting in an
		// adjective, a point made in a noun, each with its "that".
		{
			name: "was adamant that, has been emphatic that, made the point that",
			text: "Mara Tollen was adamant that the river was rising. Kasper Lind has been emphatic that the vote was fair. Ines Harrow made the point that beds were scarce.",
			want: []quote{
				{"Mara Tollen", model.Indirect, "the river was rising"},
				{"Kasper Lind", model.Indirect, "the vote was fair"},
				{"Ines Harrow", model.Indirect, "beds were scarce"},
			},
		},
		{
			name: "near miss: an adamant refusal, adamant alone, a point of, a comment that was",
			text: "Mara Tollen issued an adamant refusal. Kasper Lind was adamant. Ines Harrow made a point of visiting the ward. Piet Dahl made a comment that was later deleted.",
			want: nil,
		},
		// "started saying", "began telling": speech begun is speech; the
		// subject is before the aspect verb.
		{
			name: "has only recently started saying, began telling residents that",
			text: "Kasper Lind has only recently started saying he is a Democrat. Mara Tollen began telling residents that the bridge was unsafe.",
			want: []quote{
				{"Kasper Lind", model.Indirect, "he is a Democrat"},
				{"Mara Tollen", model.Indirect, "the bridge was unsafe"},
			},
		},
		// A plural subject's second verb after "and", in the present:
		// "rely on public centres and say students are struggling".
		{
			name: "but many institutions rely on ... and say",
			text: "But many institutions rely on public centres and say students are struggling to get tests. Local farmers welcome the plan and say that the levy is overdue.",
			want: []quote{
				{"", model.Indirect, "students are struggling to get tests"},
				{"", model.Indirect, "the levy is overdue"},
			},
		},
		{
			name: "near miss: and say goodbye, and say nothing, a singular subject's plan, stopped saying",
			text: "Residents want to stay and say goodbye. Teachers marked the tests and say nothing. Mara Tollen will visit the dam and say a few words. Kasper Lind stopped saying that the bridge was unsafe.",
			want: nil,
		},
		// A reported question after a quantity standing for people.
		{
			name: "some questioned whether, some asked how",
			text: "Some questioned whether the system will meet the standard. Some asked how the money was spent.",
			want: []quote{
				{"", model.Indirect, "whether the system will meet the standard"},
				{"", model.Indirect, "how the money was spent"},
			},
		},
		// Regulations and rules speak as documents do: nobody's words.
		{
			name: "the new regulations state that",
			text: "The new regulations state that venues must not play loud music.",
			want: []quote{{"", model.Indirect, "venues must not play loud music"}},
		},
		{
			name: "near miss: rules changed, broke the rules",
			text: "The rules changed in March. Mara Tollen broke the rules. The rules of the game are simple.",
			want: nil,
		},
		// A relative pronoun as the reported clause's subject, its verb in
		// the past right after the cue.
		{
			name: "which critics have said amounted to",
			text: "Obama attacked the rules, which critics have said amounted to voter suppression.",
			want: []quote{{"", model.Indirect, "amounted to voter suppression"}},
		},
		// A lone time adverb between the subject and its verb: "now",
		// "today", "since".
		{
			name: "officials have now confirmed, police today said",
			text: "Officials have now confirmed the consultation will take place in 2016. Mara Tollen today said the bridge would reopen.",
			want: []quote{
				{"", model.Indirect, "the consultation will take place in 2016"},
				{"Mara Tollen", model.Indirect, "the bridge would reopen"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFreshCase(t, tt)
			if res := extract.Extract(strings.Split(tt.text, "\n\n")); len(res.Quotes) != len(tt.want) {
				t.Errorf("got %d quotes, want %d: %s", len(res.Quotes), len(tt.want), describe(res))
			}
		})
	}
}
