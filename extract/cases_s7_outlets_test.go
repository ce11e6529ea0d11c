package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestLeadDescriptionCases covers a lead that describes its speaker and
// names them in the paragraph before or after: a headline-like line
// ("Campaign group warns ...", "Danish composer confirms ..."), a
// description in the first sentence ("The governor's choice to head the
// water board said"). Near misses: descriptions of someone else than the
// named speaker (a spokesman, a witness, officials, a family), and a name
// in the same paragraph.
func TestLeadDescriptionCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "headline nationality, name in the next paragraph",
			text: "Danish confirms he is writing a new opera\n\nThe composer Piet Holm told a Tarvik paper he is writing a three-act opera.",
			want: []quote{
				{"Piet Holm", model.Indirect, "he is writing a new opera"},
				{"Piet Holm", model.Indirect, "he is writing a three-act opera"},
			},
			speakers: []string{"Piet Holm"},
		},
		{
			name: "the name in a sentence with no cue, the description's cue after it",
			text: "Danish confirms he is writing a new opera\n\nPiet Holm has become the latest composer to turn to the stage.\n\nThe Danish composer, who won the Varn Prize in 2019, confirmed he is writing The Salt Road.",
			want: []quote{
				{"Piet Holm", model.Indirect, "he is writing a new opera"},
				{"Piet Holm", model.Indirect, "he is writing The Salt Road"},
			},
			speakers: []string{"Piet Holm"},
		},
		{
			name: "name in the headline, a description in the lead",
			text: "Anja Koll, a former mayor, says she was threatened after a rally\n\nA senior opposition leader in Tarvia has said unknown men tried to break into her home on Tuesday night.",
			want: []quote{
				{"Anja Koll", model.Indirect, "she was threatened after a rally"},
				{"Anja Koll", model.Indirect, "unknown men tried to break into her home on Tuesday night"},
			},
			speakers: []string{"Anja Koll"},
		},
		{
			name: "the choice to head a body, named in the next paragraph",
			text: "OSTBY (AP) — The governor's choice to head the water board said Tuesday that she supports the new dam, but said she cannot say when it will be finished.\n\nSpeaking at her hearing, Ilse Varga said she is \"not ready to give a date\" for the dam.",
			want: []quote{
				{"Ilse Varga", model.Indirect, "she supports the new dam"},
				{"Ilse Varga", model.Indirect, "she cannot say when it will be finished"},
				{"Ilse Varga", model.Mixed, "she is \"not ready to give a date\" for the dam"},
			},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "a body's headline, the body named below",
			text: "- Defence ministry says storms could damage 300 bases\n\nFlooding topped the list of dangers to 300 bases, said the Tarvian Ministry of Defence.",
			want: []quote{
				{"Tarvian Ministry of Defence", model.Indirect, "storms could damage 300 bases"},
				{"Tarvian Ministry of Defence", model.Indirect, "Flooding topped the list of dangers to 300 bases"},
			},
		},
		{
			name: "near miss: a spokesman is not the person named next",
			text: "A spokesman said the plant would close in May.\n\nMayor Ilse Varga said the town would fight the closure.",
			want: []quote{
				{"", model.Indirect, "the plant would close in May"},
				{"Ilse Varga", model.Indirect, "the town would fight the closure"},
			},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "near miss: a witness is not the police chief",
			text: "A witness said she heard three shots.\n\nPolice chief Piet Holm said officers arrived within minutes.",
			want: []quote{
				{"", model.Indirect, "she heard three shots"},
				{"Piet Holm", model.Indirect, "officers arrived within minutes"},
			},
			speakers: []string{"Piet Holm"},
		},
		{
			name: "near miss: his family reported",
			text: "Radio host Tomas Brenn died on Friday in Ostby, his family reported.\n\nBrenn said in 2019 that he would never retire.",
			want: []quote{
				{"Tomas Brenn", model.Indirect, "he would never retire"},
			},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name: "near miss: a description and a name in one paragraph",
			text: "A senior opposition leader in Tarvia has said unknown men tried to break into her home. Police chief Piet Holm said officers were at the scene.",
			want: []quote{
				{"", model.Indirect, "unknown men tried to break into her home"},
				{"Piet Holm", model.Indirect, "officers were at the scene"},
			},
			speakers: []string{"Piet Holm"},
		},
		{
			name: "near miss: a study is no one",
			text: "The new model indicated that the lake could hold fish.\n\nAnja Koll said the team would test it next year.",
			want: []quote{
				{"Anja Koll", model.Indirect, "the team would test it next year"},
			},
			speakers: []string{"Anja Koll"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestEmbeddedPostCases covers a post embedded as a block quote with its
// credit line ("> ... \n> \n> — Name (@handle) date"): the author's words,
// direct, without a trailing picture link. Near misses: a block quote
// with no credit, a post that reports another's words (the usual rules
// read it), and a post opening with words that are no name before a
// colon.
func TestEmbeddedPostCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "a post with a picture link and a dated credit",
			text:     "Ostby voters chose a new mayor on Tuesday.\n\n> Harrowing moment when the anchor had to declare Varga the winner. [pic.twitter.com/AbC123](https://t.co/AbC123)\n> \n> — Piet Holm (@pietholm) [November 8, 2017](https://twitter.com/pietholm/status/1)\n\nThe channel then moved on.",
			want:     []quote{{"Piet Holm", model.Direct, "Harrowing moment when the anchor had to declare Varga the winner."}},
			speakers: []string{"Piet Holm"},
		},
		{
			name: "the author named before in a fuller form",
			text: "Mayor Ilse Varga thanked her voters.\n\n> Yesterday, a flyer with the word “traitor” above a picture of me was handed out in Ostby. We won't let hate win.\n> \n> — Ilse M. Varga (@ilsevarga) March 3, 2024",
			want: []quote{
				{"Ilse Varga", model.Direct, "Yesterday, a flyer with the word “traitor” above a picture of me was handed out in Ostby. We won't let hate win."},
			},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "an author written in lower case, capitalised",
			text:     "The channel ignored the vote.\n\n> the segment lasts 4 minutes, max. we go to a break. that's it.\n> \n> — anja koll (@anja_koll) [March 3, 2024](https://twitter.com/anja_koll/status/2)",
			want:     []quote{{"Anja Koll", model.Direct, "the segment lasts 4 minutes, max. we go to a break. that's it."}},
			speakers: []string{"Anja Koll"},
		},
		{
			name: "a post opening with the name of whom it quotes",
			text: "The embassy repeated the claim.\n\n> Minister Dorn: all the facts point to an inside job [pic.twitter.com/x1](https://t.co/x1)\n> \n> — Tarvian Embassy (@TarvEmbassy) [March 3, 2024](https://twitter.com/TarvEmbassy/status/3)",
			want: []quote{{"Dorn", model.Direct, "all the facts point to an inside job"}},
		},
		{
			name: "near miss: no name before the colon",
			text: "The rivals ran their banners.\n\n> Ostby vs. Tarvik: a tale of two banners [pic.twitter.com/x2](https://t.co/x2)\n> \n> — Lis Varn (@lisvarn) [March 3, 2024](https://twitter.com/lisvarn/status/4)",
			want: []quote{{"Lis Varn", model.Direct, "Ostby vs. Tarvik: a tale of two banners"}},
		},
		{
			name: "near miss: a post reporting another's words",
			text: "The merger talks went on.\n\n> Velmark CEO Anja Koll says she has never offered to sell the paper. Good.\n> \n> — Piet Holm (@pietholm) March 3, 2024",
			want: []quote{{"Anja Koll", model.Indirect, "she has never offered to sell the paper"}},
		},
		{
			name: "near miss: a block quote with no credit",
			text: "Tomas Brenn wrote in his book:\n\n> The river was the town's first road.\n\nHe signed copies on Friday.",
			want: []quote{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestSingleMarkCases covers quotations in single marks, the British
// house style, and the headline form "Name: ‘words’" with no speech verb.
// Near misses: apostrophes (it's, Varga's, rock 'n' roll, '90s) are no
// quotation marks, and a place before the colon is no speaker.
func TestSingleMarkCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "curly single marks and an inverted cue",
			text:     "‘We will not back down,’ said Ilse Varga, the Ostby mayor.",
			want:     []quote{{"Ilse Varga", model.Direct, "We will not back down"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "a headline line: name, colon, quotation",
			text:     "Ilse Varga: 'The bridge will reopen in May'\n\nThe mayor of Ostby, Ilse Varga, said the repairs were on time.",
			want:     []quote{{"Ilse Varga", model.Direct, "The bridge will reopen in May"}, {"Ilse Varga", model.Indirect, "the repairs were on time"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "a bullet with a role before the name and a short quotation",
			text: "- Golf pro Anja Koll: ‘I just laugh’ at the mayor's tactics\n- The mayor is not the only one known for cutting corners\n\nAnja Koll, a golfing partner of the mayor, says he cheats on the course.",
			want: []quote{
				{"Anja Koll", model.Direct, "I just laugh"},
				{"Anja Koll", model.Indirect, "he cheats on the course"},
			},
			speakers: []string{"Anja Koll"},
		},
		{
			name:     "two sentences in single marks around a cue",
			text:     "‘It is over,’ Carles Dorn wrote to a colleague. ‘Our side has sacrificed me.’",
			want:     []quote{{"Carles Dorn", model.Direct, "It is over"}, {"Carles Dorn", model.Direct, "Our side has sacrificed me."}},
			speakers: []string{"Carles Dorn"},
		},
		{
			name:     "near miss: apostrophes inside a reported clause",
			text:     "Piet Holm said the town's '90s rock 'n' roll scene was 'the best in Tarvia'. It's Varga's view too.",
			want:     []quote{{"Piet Holm", model.Mixed, "the town's '90s rock 'n' roll scene was 'the best in Tarvia'"}},
			speakers: []string{"Piet Holm"},
		},
		{
			name: "near miss: apostrophes only",
			text: "Rock 'n' roll came to Ostby in the '60s, and the town's youth loved it.",
			want: []quote{},
		},
		{
			name: "near miss: a place before the colon",
			text: "Ostby: 'a town that time forgot' is how the guidebook puts it.",
			want: []quote{{"", model.Direct, "a town that time forgot"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestRoleSubjectClauseCases covers a reported clause with no "that"
// whose subject is one person named by role and whose verb is in the
// present ("says the mayor cheats on the course"), or whose predicate is
// quoted ("says the mayor “cheats like hell”"). Near misses: the role as
// the cue's object.
func TestRoleSubjectClauseCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "the role, a verb in -s, a preposition",
			text:     "Anja Koll, a golfing partner of the mayor, says the mayor cheats on the course.",
			want:     []quote{{"Anja Koll", model.Indirect, "the mayor cheats on the course"}},
			speakers: []string{"Anja Koll"},
		},
		{
			name:     "the role, then the quoted predicate",
			text:     "Anja Koll says the president “cheats like hell” on the golf course.",
			want:     []quote{{"Anja Koll", model.Mixed, "the president “cheats like hell” on the golf course"}},
			speakers: []string{"Anja Koll"},
		},
		{
			name:     "the role and a verb at the sentence's end",
			text:     "Piet Holm says the coach lies.",
			want:     []quote{{"Piet Holm", model.Indirect, "the coach lies"}},
			speakers: []string{"Piet Holm"},
		},
		{
			name: "near miss: the role as an object",
			text: "Piet Holm thanked the coach for his work on Friday.",
			want: []quote{},
		},
		{
			name: "near miss: a possessive role and a plural noun",
			text: "Piet Holm criticised the coach's tactics in Ostby.",
			want: []quote{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestSubjectFragmentCases covers a phrase quoted in a sentence with no
// speech verb whose subject is a named person, through a perfect ("has
// taken out an advert thanking readers for “...”"). Near misses: a
// passive and a name in marks.
func TestSubjectFragmentCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "a perfect and a participle before the phrase",
			text:     "Singer Mira Dalen has taken out a full-page advert in the Ostby Post thanking readers for “believing in women in music” after she was passed over at the awards.",
			want:     []quote{{"Mira Dalen", model.Direct, "believing in women in music"}},
			speakers: []string{"Mira Dalen"},
		},
		{
			name: "near miss: a passive",
			text: "Singer Mira Dalen has been called “the voice of a generation” by critics.",
			want: []quote{{"", model.Direct, "the voice of a generation"}},
		},
		{
			name: "near miss: a title in marks",
			text: "Singer Mira Dalen has written a new album called “Salt Road Songs” in Ostby.",
			want: []quote{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestRepeatedLeadQuoteCases covers a standfirst that quotes the words
// the body then attributes: the same words, the same speaker. Near miss:
// a phrase in marks used as the name of a speech.
func TestRepeatedLeadQuoteCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "a standfirst's phrase repeated in the body",
			text: "After being passed over at the awards, the Tarvish star thanks fans for ‘believing in women in music’\n\nSinger Mira Dalen has taken out a full-page advert thanking readers for “believing in women in music”.",
			want: []quote{
				{"Mira Dalen", model.Direct, "believing in women in music"},
				{"Mira Dalen", model.Direct, "believing in women in music"},
			},
			speakers: []string{"Mira Dalen"},
		},
		{
			name: "near miss: a phrase naming a speech",
			text: "The mayor’s ‘new Ostby dawn’ speech drew applause from her party\n\nMayor Ilse Varga has promised a “new Ostby dawn” in a speech to the council.",
			want: []quote{{"Ilse Varga", model.Direct, "new Ostby dawn"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
