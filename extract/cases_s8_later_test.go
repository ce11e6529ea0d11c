package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// TestLaterS8Cases covers a lead that describes its source indefinitely
// ("A public health expert warned ...") and names them further down with
// a description that holds the lead's ("Gavin Oster, a public health
// expert at Calder University, said"). Near misses: a later person of
// another role, two later candidates (the first that fits).
func TestLaterS8Cases(t *testing.T) {
	const minister = "Rada Menk, the regional health minister, said the hospitals were ready."
	tests := []freshCase{
		{
			name: "lead expert named later with the same field",
			text: "A public health expert warned on Tuesday that the wave will peak in March.\n\n" + minister + "\n\n" +
				"Gavin Oster, a public health expert at Calder University, said the data were clear.",
			want: []quote{
				{"Gavin Oster", model.Indirect, "the wave will peak in March"},
				{"Rada Menk", model.Indirect, "the hospitals were ready"},
				{"Gavin Oster", model.Indirect, "the data were clear"},
			},
		},
		{
			name: "lead expert named later after filler paragraphs",
			text: "A public health expert warned on Tuesday that the wave will peak in March.\n\n" +
				"The region reported new figures on Monday.\n\nHospitals in Tarvik have been busy for weeks.\n\n" + minister + "\n\n" +
				"Gavin Oster, a public health expert at Calder University, said the data were clear.",
			want: []quote{
				{"Gavin Oster", model.Indirect, "the wave will peak in March"},
				{"Rada Menk", model.Indirect, "the hospitals were ready"},
				{"Gavin Oster", model.Indirect, "the data were clear"},
			},
		},
		{
			name: "a grading word need not recur",
			text: "A senior military analyst said the border was quiet.\n\n" + minister + "\n\n" +
				"Lena Varg, a military analyst at the Ostby Institute, said troops had moved.",
			want: []quote{
				{"Lena Varg", model.Indirect, "the border was quiet"},
				{"Rada Menk", model.Indirect, "the hospitals were ready"},
				{"Lena Varg", model.Indirect, "troops had moved"},
			},
		},
		{
			name: "an economist at a bank",
			text: "An economist at a Tarvik bank said inflation would stay high.\n\n" + minister + "\n\n" +
				"Ivo Brask, an economist at Norbank, said prices would rise.",
			want: []quote{
				{"Ivo Brask", model.Indirect, "inflation would stay high"},
				{"Rada Menk", model.Indirect, "the hospitals were ready"},
				{"Ivo Brask", model.Indirect, "prices would rise"},
			},
		},
		{
			name: "a bare doctor",
			text: "A doctor said the clinic would close.\n\n" + minister + "\n\n" +
				"Piet Holm, a doctor at the clinic, said he was tired.",
			want: []quote{
				{"Piet Holm", model.Indirect, "the clinic would close"},
				{"Rada Menk", model.Indirect, "the hospitals were ready"},
				{"Piet Holm", model.Indirect, "he was tired"},
			},
		},
		{
			name: "near miss: the later expert is of another field",
			text: "A public health expert warned on Tuesday that the wave will peak in March.\n\n" + minister + "\n\n" +
				"Mara Quell, a climate expert at Calder University, said the data were clear.",
			want: []quote{
				{"", model.Indirect, "the wave will peak in March"},
				{"Rada Menk", model.Indirect, "the hospitals were ready"},
				{"Mara Quell", model.Indirect, "the data were clear"},
			},
		},
		{
			name: "near miss: the later person has another role",
			text: "A doctor said the clinic would close.\n\n" + minister + "\n\n" +
				"Tomas Brenn, a nurse, said the ward was full.",
			want: []quote{
				{"", model.Indirect, "the clinic would close"},
				{"Rada Menk", model.Indirect, "the hospitals were ready"},
				{"Tomas Brenn", model.Indirect, "the ward was full"},
			},
		},
		{
			name: "two later candidates: the first that fits",
			text: "A climate scientist has warned that the glacier is retreating.\n\n" + minister + "\n\n" +
				"Ivo Brask, an economist at Norbank, said prices would rise.\n\n" +
				"Anja Koll, a climate scientist at Tarvik University, said the ice was thin.\n\n" +
				"Sven Dahl, a climate scientist at Ostby College, said the melt was fast.",
			want: []quote{
				{"Anja Koll", model.Indirect, "the glacier is retreating"},
				{"Rada Menk", model.Indirect, "the hospitals were ready"},
				{"Ivo Brask", model.Indirect, "prices would rise"},
				{"Anja Koll", model.Indirect, "the ice was thin"},
				{"Sven Dahl", model.Indirect, "the melt was fast"},
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
