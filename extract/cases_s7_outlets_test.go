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
