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
			name:  "a title after a comma is no quotation of the subject",
			text:  "Mayor Tomas Brekke opened the exhibition, \"The Long Pasture Of Kelvara\".",
			want:  []quote{},
			exact: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkCase(t, tt.text, tt.want, tt.exact) })
	}
}
