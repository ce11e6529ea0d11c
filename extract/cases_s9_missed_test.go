package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// TestMissedS9Cases covers the session 9 classes of wording in which a
// speaker the gold names was never produced at all (see the commit
// messages for the classes and their counts on the dev sets). Each row
// gives exactly the quotes wanted; the near misses want none, or only the
// ones listed.
func TestMissedS9Cases(t *testing.T) {
	tests := []freshCase{
		// "started saying", "began claiming": a verb of beginning before
		// the speech verb's -ing form, speech from then on, as "keeps
		// saying" already was.
		{
			name:     "has only recently started saying",
			text:     "Tomas Brenn has only recently started saying he is a Democrat.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "he is a Democrat"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "began saying",
			text:     "Tomas Brenn began saying the vote was rigged weeks before it was held.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the vote was rigged weeks before it was held"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "started claiming that",
			text:     "Ilse Varga started claiming that the mine would close.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the mine would close"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "an organisation starts warning residents that",
			text:     "The Tarvik Council starts warning residents that the water is unsafe.",
			want:     []quote{{"Tarvik Council", model.Indirect, "the water is unsafe"}},
			speakers: []string{"Tarvik Council"},
		},
		{
			name:     "near miss: started saying goodbye",
			text:     "Ilse Varga started saying goodbye to the staff on Friday.",
			speakers: []string{},
		},
		{
			name:     "near miss: began saying prayers, began singing",
			text:     "Tomas Brenn began saying prayers at the shrine. The choir began singing at noon.",
			speakers: []string{},
		},
		{
			name:     "near miss: started reporting losses, began claiming credits",
			text:     "The company started reporting losses in 2019. The startup began claiming tax credits last year.",
			speakers: []string{},
		},
		{
			name:     "near miss: started asking questions, began explaining the plan",
			text:     "Brenn started asking questions about the budget. Tomas Brenn began explaining the plan to the board.",
			speakers: []string{},
		},
		{
			name:     "near miss: started warning drivers about ice",
			text:     "The police started warning drivers about ice on the roads. Residents began complaining about the noise.",
			speakers: []string{},
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
