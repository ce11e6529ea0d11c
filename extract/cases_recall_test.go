package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestRecallReportingCases covers general shapes of reported speech that
// the extractor missed on the tuning gold, one small invented text per
// wording, with rows that must stay as they are.
func TestRecallReportingCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "according to a person, a phrase of time with no comma, then the clause",
			text:     "According to Ivo Tamm, for days the wells at Lenmoor were dry.",
			want:     []quote{{"Ivo Tamm", model.Indirect, "for days the wells at Lenmoor were dry"}},
			speakers: []string{"Ivo Tamm"},
		},
		{
			name:     "according to a person, a day with no comma, then the clause",
			text:     "According to Edda Lunn, on Monday the ferry to Osk was cancelled.",
			want:     []quote{{"Edda Lunn", model.Indirect, "on Monday the ferry to Osk was cancelled"}},
			speakers: []string{"Edda Lunn"},
		},
		{
			name:     "according to a body, a place with no comma, then two clauses",
			text:     "According to the Tarvik Water Board, in Osk the pumps failed and the wells ran dry.",
			want:     []quote{{"Tarvik Water Board", model.Indirect, "in Osk the pumps failed and the wells ran dry"}},
			speakers: []string{"Tarvik Water Board"},
		},
		{
			name:     "according to a person, then a phrase whose clause has its own speaker",
			text:     "According to Ivo Tamm, by Friday the Lenmoor Water Board said the wells were dry.",
			want:     []quote{{"Lenmoor Water Board", model.Indirect, "the wells were dry"}},
			speakers: []string{"Lenmoor Water Board"},
		},
		{
			name:     "according to a person, a phrase with a comma, stays as it was",
			text:     "According to Ivo Tamm, in Osk, the wells were dry.",
			want:     []quote{{"Ivo Tamm", model.Indirect, "the wells were dry"}},
			speakers: []string{"Ivo Tamm"},
		},
		{
			name:     "according to a person, a phrase and no clause after it",
			text:     "According to Ivo Tamm, in the spring of 1902.",
			speakers: []string{},
		},
		{
			name:     "an opening participle of speech, then the speaker and another cue",
			text:     "Saying the Lenmoor dam is safe, Edda Lunn said the road would reopen.",
			want:     []quote{{"Edda Lunn", model.Indirect, "the Lenmoor dam is safe"}, {"Edda Lunn", model.Indirect, "the road would reopen"}},
			speakers: []string{"Edda Lunn"},
		},
		{
			name:     "an opening participle with that, then a body doing something else",
			text:     "Warning that the dam could fail, the Tarvik Water Board closed the road on Monday.",
			want:     []quote{{"Tarvik Water Board", model.Indirect, "the dam could fail"}},
			speakers: []string{"Tarvik Water Board"},
		},
		{
			name:     "an opening participle of confirming, then a direct quotation",
			text:     "Confirming the wells can run dry in summer, Ivo Tamm said \"We need a second reservoir.\"",
			want:     []quote{{"Ivo Tamm", model.Indirect, "the wells can run dry in summer"}, {"Ivo Tamm", model.Direct, "We need a second reservoir."}},
			speakers: []string{"Ivo Tamm"},
		},
		{
			name:     "an opening participle whose object is no clause",
			text:     "Saying goodbye to the crowd, Edda Lunn left the hall in Osk.",
			speakers: []string{},
		},
		{
			name:     "an opening participle of speaking, then the cue",
			text:     "Speaking outside the court in Osk, Edda Lunn said the verdict was fair.",
			want:     []quote{{"Edda Lunn", model.Indirect, "the verdict was fair"}},
			speakers: []string{"Edda Lunn"},
		},
		{
			name:     "an opening participle of citing a noun stays silent",
			text:     "Citing concerns that the dam was unsafe, the council closed the road.",
			speakers: []string{},
		},
		{
			name:     "according to police in a town",
			text:     "According to police in Lenmoor, the driver had been stopped twice before.",
			want:     []quote{{"police in Lenmoor", model.Indirect, "the driver had been stopped twice before"}},
			speakers: []string{"police in Lenmoor"},
		},
		{
			name:     "according to police in a town, with its region set off by commas",
			text:     "According to police in Lenmoor, Tarvik, the driver had been stopped twice before.",
			want:     []quote{{"police in Lenmoor", model.Indirect, "the driver had been stopped twice before"}},
			speakers: []string{"police in Lenmoor"},
		},
		{
			name:     "the police in a town said",
			text:     "The police in Lenmoor said that the ferry captain had been questioned.",
			want:     []quote{{"police in Lenmoor", model.Indirect, "the ferry captain had been questioned"}},
			speakers: []string{"police in Lenmoor"},
		},
		{
			name:     "according to police in a town, a named person begins the clause",
			text:     "According to police in Lenmoor, Ivo Tamm had been stopped twice before.",
			want:     []quote{{"police in Lenmoor", model.Indirect, "Ivo Tamm had been stopped twice before"}},
			speakers: []string{"police in Lenmoor"},
		},
		{
			name:     "police in a town open the sentence",
			text:     "Police in Lenmoor said that the ferry captain had been questioned twice.",
			want:     []quote{{"Police in Lenmoor", model.Indirect, "the ferry captain had been questioned twice"}},
			speakers: []string{"Police in Lenmoor"},
		},
		{
			name:     "police in a country stay nobody named",
			text:     "According to police in Germany, the ferry captain had been questioned twice.",
			want:     []quote{{"", model.Indirect, "the ferry captain had been questioned twice"}},
			speakers: []string{},
		},
		{
			name:     "police in a body's name stay the body's",
			text:     "According to police in the Tarvik Water Board, the pumps had been stolen.",
			want:     []quote{{"", model.Indirect, "the pumps had been stolen"}},
			speakers: []string{},
		},
		{
			name:     "in a report by a named body, then the clause",
			text:     "In a report by the Tarvik Water Board, the storm damaged 143 buildings.",
			want:     []quote{{"Tarvik Water Board", model.Indirect, "the storm damaged 143 buildings"}},
			speakers: []string{"Tarvik Water Board"},
		},
		{
			name:     "in a situational report of a named body, then the clause",
			text:     "In a situational report of the Lenmoor Relief Council, the quake destroyed 40 houses in Osk.",
			want:     []quote{{"Lenmoor Relief Council", model.Indirect, "the quake destroyed 40 houses in Osk"}},
			speakers: []string{"Lenmoor Relief Council"},
		},
		{
			name:     "in a statement from a person, then the clause",
			text:     "In a statement from Edda Lunn, the ferry service was declared safe.",
			want:     []quote{{"Edda Lunn", model.Indirect, "the ferry service was declared safe"}},
			speakers: []string{"Edda Lunn"},
		},
		{
			name:     "in a report of an event names no source",
			text:     "In a report of the flood, the Tarvik Water Board said the dam was safe.",
			want:     []quote{{"Tarvik Water Board", model.Indirect, "the dam was safe"}},
			speakers: []string{"Tarvik Water Board"},
		},
		{
			name:     "in a letter to a person is no source",
			text:     "In a letter to Ivo Tamm, the Lenmoor council asked for the money back.",
			speakers: []string{},
		},
		{
			name:     "a person said, citing a survey, that ...",
			text:     "Edda Lunn said, citing a survey by the Tarvik Water Board, that 40 wells had run dry.",
			want:     []quote{{"Edda Lunn", model.Indirect, "40 wells had run dry"}},
			speakers: []string{"Edda Lunn"},
		},
		{
			name:     "a person said, citing figures, then the clause with no that",
			text:     "Ivo Tamm told reporters, citing figures from the Lenmoor port, the ferry had lost money for years.",
			want:     []quote{{"Ivo Tamm", model.Indirect, "the ferry had lost money for years"}},
			speakers: []string{"Ivo Tamm"},
		},
		{
			name:     "resigning, citing ill health, reports nothing",
			text:     "Edda Lunn resigned, citing ill health, and the Lenmoor board met on Monday.",
			speakers: []string{},
		},
		{
			name:     "in and an opening participle of speech",
			text:     "In saying the Lenmoor dam was safe, Edda Lunn contradicted the water board.",
			want:     []quote{{"Edda Lunn", model.Indirect, "the Lenmoor dam was safe"}},
			speakers: []string{"Edda Lunn"},
		},
		{
			name:     "in and an opening participle with that",
			text:     "In announcing that the ferry would stop, the Tarvik Harbour Board ended a century of service.",
			want:     []quote{{"Tarvik Harbour Board", model.Indirect, "the ferry would stop"}},
			speakers: []string{"Tarvik Harbour Board"},
		},
		{
			name:     "in and a participle whose object is no clause",
			text:     "In announcing the plan, Edda Lunn said the bridge would reopen.",
			want:     []quote{{"Edda Lunn", model.Indirect, "the bridge would reopen"}},
			speakers: []string{"Edda Lunn"},
		},
		{
			name:     "a statement to the effect, that left out",
			text:     "The Tarvik Harbour Board issued a statement to the effect the ferry would stop in May.",
			want:     []quote{{"Tarvik Harbour Board", model.Indirect, "the ferry would stop in May"}},
			speakers: []string{"Tarvik Harbour Board"},
		},
		{
			name:     "a statement to the effect that",
			text:     "The Tarvik Harbour Board issued a statement to the effect that the ferry would stop.",
			want:     []quote{{"Tarvik Harbour Board", model.Indirect, "the ferry would stop"}},
			speakers: []string{"Tarvik Harbour Board"},
		},
		{
			name:     "a statement to the effect of a noun reports no clause",
			text:     "The Tarvik Harbour Board issued a statement to the effect of ending the talks.",
			speakers: []string{},
		},
		{
			name:     "a title with emeritus before the name",
			text:     "Professor Emeritus Ivo Tamm said the Lenmoor dam was safe.",
			want:     []quote{{"Ivo Tamm", model.Indirect, "the Lenmoor dam was safe"}},
			speakers: []string{"Ivo Tamm"},
		},
		{
			name:     "a bishop emeritus before the name",
			text:     "Bishop Emeritus Edda Lunn of Tarvik said the chapel would reopen.",
			want:     []quote{{"Edda Lunn", model.Indirect, "the chapel would reopen"}},
			speakers: []string{"Edda Lunn"},
		},
		{
			name:     "emeritus after the name in an appositive",
			text:     "Ivo Tamm, professor emeritus at Lenmoor University, said the dam was safe.",
			want:     []quote{{"Ivo Tamm", model.Indirect, "the dam was safe"}},
			speakers: []string{"Ivo Tamm"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
