package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestStandaloneQuotationCases covers quotations in quotation marks whose
// speaker is not named beside them (issue 11): the speaker comes from the
// sentence or the paragraphs around.
func TestStandaloneQuotationCases(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  []quote
		exact bool
	}{
		{
			name: "a comma does a colon's work before a quoted sentence",
			text: "Mayor Tomas Brekke, also on the radio, defended his decision, \"The bridge had to close. Nobody was safe on it.\"",
			want: []quote{{"Tomas Brekke", model.Direct, "The bridge had to close. Nobody was safe on it."}},
		},
		{
			name: "a pronoun subject before a comma and a quoted sentence",
			text: "Runner Ilse Varga won the final.\n\nShe also commented on the season, \"This is only the beginning for me.\"",
			want: []quote{{"Ilse Varga", model.Direct, "This is only the beginning for me."}},
		},
		{
			name: "a shout in capitals after a comma",
			text: "Mayor Tomas Brekke has yet to concede, saying earlier in the morning before the call for Anna Veld, \"I WON THIS VOTE, BY A LOT!\" on Twitter.",
			want: []quote{{"Tomas Brekke", model.Direct, "I WON THIS VOTE, BY A LOT!"}},
		},
		{
			name:  "a title after a comma is no quotation of the subject",
			text:  "Mayor Tomas Brekke opened the exhibition, \"The Long Pasture Of Kelvara\".",
			want:  []quote{},
			exact: true,
		},
		{
			name: "the one person a paragraph names takes its quotation",
			text: "\"We lost,\" coach Anna Veld said.\n\nThe visitors were fined twice, leaving their coach, Tomas Brekke, unimpressed. \"One of the fines was questionable.\"",
			want: []quote{
				{"Anna Veld", model.Direct, "We lost"},
				{"Tomas Brekke", model.Direct, "One of the fines was questionable."},
			},
		},
		{
			name: "two people named before a quotation alone: nobody",
			text: "The ferry was late.\n\nTomas Brekke and Anders Holm were on board. \"It was cold. Nobody told us anything.\"",
			want: []quote{{"", model.Direct, "It was cold. Nobody told us anything."}},
		},
		{
			name: "a phrase quoted in a speech verb's object",
			text: "Mayor Tomas Brekke called the plan a \"waste of money\" and urged voters to stay home and \"say no to it\".",
			want: []quote{
				{"Tomas Brekke", model.Direct, "waste of money"},
				{"Tomas Brekke", model.Mixed, "voters to stay home and \"say no to it\""}, // a request reports speech (session 6 rule)
			},
		},
		{
			name: "a minister of another field is someone else",
			text: "Transport Minister Lars Brenn said the airport would reopen.\n\nThe local health minister said, \"The injured are in hospital.\"",
			want: []quote{
				{"Lars Brenn", model.Indirect, "the airport would reopen"},
				{"", model.Direct, "The injured are in hospital."},
			},
		},
		{
			name: "the minister of the same field is the one named",
			text: "Health Minister Anika Rolf said the clinics would stay open.\n\nThe health minister said, \"Nobody will be turned away.\"",
			want: []quote{{"Anika Rolf", model.Direct, "Nobody will be turned away."}},
		},
		{
			name: "the statement of a role named before",
			text: "District Judge Gray Morrow ruled the rule unlawful. Women make up 16% of the force, according to the nonprofit Velmar.\n\nPart of the judge's statement reads \"the average recruit could be better suited. Combat roles no longer require size.\"",
			want: []quote{{"Gray Morrow", model.Direct, "the average recruit could be better suited. Combat roles no longer require size."}},
		},
		{
			name: "the description of a post its author made",
			text: "Student Karel Dobson posted an invitation online. Dobson says it was a joke.\n\nThe event description read, \"We will all meet at the gate. Bring snacks.\"",
			want: []quote{{"Karel Dobson", model.Direct, "We will all meet at the gate. Bring snacks."}},
		},
		{
			name: "the speaker who became the subject keeps the turn over a paragraph about no one",
			text: "\"It was chaos,\" said Lena Ortiz. \"People were running.\" Ortiz, a nurse, was at the scene.\n\nThe fire burned for six hours.\n\n\"I will never forget it.\"",
			want: []quote{{"Lena Ortiz", model.Direct, "I will never forget it."}},
		},
		{
			name: "a subject named in an apposition, then a quotation alone",
			text: "\"We have known for years,\" Brekke told the radio.\n\nHis deputy, Anders Holm, agreed.\n\n\"It is a scandal.\"\n\nThe minister, Maria Holm, was asked about the delay.\n\n\"We waited ten years. Now we must act.\"",
			want: []quote{
				{"Anders Holm", model.Direct, "It is a scandal."},
				{"Maria Holm", model.Direct, "We waited ten years. Now we must act."},
			},
		},
		{
			name: "a quotation continued after an inverted reads",
			text: "\"We were surprised,\" reads the statement from Judge Anna Veld, \"because nobody expected it.\"",
			want: []quote{
				{"Anna Veld", model.Direct, "We were surprised"},
				{"Anna Veld", model.Direct, "because nobody expected it."},
			},
		},
		{
			name: "a person introduced after a copula or as the one spoken to",
			text: "\"It cost too much,\" said Anders Holm.\n\nAmong those at the scene was Lena Ortiz, a nurse.\n\n\"It was chaos.\"\n\nThe paper spoke to Maria Dahl, a driver.\n\n\"Nobody stopped.\"",
			want: []quote{
				{"Lena Ortiz", model.Direct, "It was chaos."},
				{"Maria Dahl", model.Direct, "Nobody stopped."},
			},
		},
		{
			name: "a quotation that names the latest speaker goes to the paragraph's subject",
			text: "Mayor Tomas Brekke said the bridge was safe.\n\nEngineer Lena Ortiz inspected it, and Brekke said it was fine. \"Brekke is wrong. The cables are rusted.\"",
			want: []quote{{"Lena Ortiz", model.Direct, "Brekke is wrong. The cables are rusted."}},
		},
		{
			name: "a quotation resumed after its cue past a semicolon or a dash",
			text: "\"We were surprised,\" Anna Veld said in a statement; \"nobody expected it.\" \"It is new,\" Maria Holm told the Harbour Times on Monday — \"and it is ours.\"",
			want: []quote{
				{"Anna Veld", model.Direct, "nobody expected it."},
				{"Maria Holm", model.Direct, "and it is ours."},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkCase(t, tt.text, tt.want, tt.exact) })
	}
}
