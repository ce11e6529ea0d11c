package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// TestFragmentS10Cases covers short phrases quoted inside a descriptive
// sentence whose subject is the speaker, where the subject has a role in
// apposition or the phrase stands in a participle phrase of saying after
// a comma, far from the main verb. The near misses quote a word nobody
// says, or a participle that says nothing.
func TestFragmentS10Cases(t *testing.T) {
	tests := []freshCase{
		{
			name: "a role in apposition to the subject",
			text: "Ilse Varga, the finance minister, wants to \"get the balance right.\"",
			want: []quote{{"Ilse Varga", model.Direct, "get the balance right."}},
		},
		{
			name: "an age in apposition to the subject",
			text: "Ilse Varga, 44, outlined a \"new deal\" for the port.",
			want: []quote{{"Ilse Varga", model.Direct, "new deal"}},
		},
		{
			name: "a participle of promising after a comma, far from the verb",
			text: "Ilse Varga, 44, outlined a \"new deal\" for the port in June, pledging to curtail fines and amend the rules to \"get the balance right.\"",
			want: []quote{{"Ilse Varga", model.Direct, "new deal"}, {"Ilse Varga", model.Direct, "get the balance right."}},
		},
		{
			name: "a participle of speech after an opening phrase",
			text: "During the visit, Tomas Brenn delivered a speech on housing, discussing the \"quiet crisis\" of rents.",
			want: []quote{{"Tomas Brenn", model.Direct, "quiet crisis"}},
		},
		{
			name: "a participle of calling after the subject's appositive",
			text: "Ilse Varga, the finance minister, opened the fair on Monday, calling it a \"festival of plenty.\"",
			want: []quote{{"Ilse Varga", model.Direct, "festival of plenty."}},
		},
		{
			name: "a participle of complaining",
			text: "Ilse Varga left the meeting early, complaining of \"endless delays.\"",
			want: []quote{{"Ilse Varga", model.Direct, "endless delays."}},
		},
		{
			name: "an opening phrase of time with next, then a participle's object",
			text: "The next day, with protests ongoing, Tomas Brenn delivered a speech declaring himself the \"mayor of clean streets.\"",
			want: []quote{{"Tomas Brenn", model.Direct, "mayor of clean streets."}},
		},
		{
			name: "near miss: an opening phrase of time, then a title",
			text: "The following day, Tomas Brenn opened the \"Green Valley\" bridge.",
		},
		{
			name: "a passive speech verb with no agent: said of the subject, nobody's",
			text: "Ilse Varga was said to be suffering \"minor symptoms\", and was admitted to the Ostby hospital.",
			want: []quote{{"", model.Direct, "minor symptoms"}},
		},
		{
			name: "a passive speech verb in the present, no agent",
			text: "Ilse Varga is said to have \"no regrets\".",
			want: []quote{{"", model.Direct, "no regrets"}},
		},
		{
			name: "a gerund of speech after a preposition names an act, not a cue",
			text: "Tomas Brenn put emphasis on maintaining \"order at all costs.\"",
			want: []quote{{"Tomas Brenn", model.Direct, "order at all costs."}},
		},
		{
			name: "a gerund after a preposition goes on from the sentence's quotation",
			text: "Tomas Brenn referred to the riots as \"domestic terror\" and placed further emphasis on maintaining \"law and order.\"",
			want: []quote{{"Tomas Brenn", model.Direct, "domestic terror"}, {"Tomas Brenn", model.Direct, "law and order."}},
		},
		{
			name: "a perfect with an adverb and a participle in -ed, then a coordinated verb",
			text: "Tomas Brenn has since reconciled with Ilse Varga and remains \"fully committed\" to the campaign.",
			want: []quote{{"Tomas Brenn", model.Direct, "fully committed"}},
		},
		{
			name: "near miss: a perfect, then a title",
			text: "Tomas Brenn has visited the \"Green Valley\" fair.",
		},
		{
			name: "an organisation gives its own words",
			text: "Kelmar Foods offered its \"heartfelt condolences\" to the families.",
			want: []quote{{"Kelmar Foods", model.Direct, "heartfelt condolences"}},
		},
		{
			name: "near miss: an organisation's scare quote",
			text: "Kelmar Foods cut its \"workforce\" by half.",
		},
		{
			name: "near miss: an organisation's product",
			text: "Kelmar Foods launched its \"smart\" fridge on Monday.",
		},
		{
			name: "a relative clause about the subject before its verb",
			text: "Ilse Varga, who chairs the committee, wants to \"get the balance right.\"",
			want: []quote{{"Ilse Varga", model.Direct, "get the balance right."}},
		},
		{
			name: "near miss: a relative clause, then a title",
			text: "Ilse Varga, who chairs the committee, watched the film \"Harbour Lights\" on Friday.",
		},
		{
			name: "near miss: a participle of visiting says nothing",
			text: "Ilse Varga opened the fair on Monday, visiting stalls selling \"organic\" honey.",
		},
		{
			name: "near miss: a participle of beating says nothing",
			text: "Ilse Varga won the race, beating the \"favourite\" by two seconds.",
		},
		{
			name: "near miss: a title after a participle",
			text: "Ilse Varga arrived late, missing the opening of the \"Green Valley\" fair.",
		},
		{
			name: "near miss: a name in quotation marks",
			text: "Ilse Varga used the term \"soft landing\" in a paper.",
		},
		{
			name: "near miss: what others called it",
			text: "Ilse Varga signed the deal, ending what rivals called a \"long feud.\"",
			want: []quote{{"", model.Direct, "long feud."}},
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
