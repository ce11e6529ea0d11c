package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestLeadS10Cases covers what the lead fixed while merging session 10:
// the addressee of a thing sent is asked, and does not ask ("an amicus
// brief sent to the Supreme Court asking it to reconsider"), now that
// "asking it to" has a hearer; an embedded post whose words hold a verb
// of speech with no named speaker ("If anyone was still wondering") is
// still its author's.
func TestLeadS10Cases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "a brief sent to a court asking it to",
			text:     "Residents sent a brief to the Harbour Council on Monday asking it to review the case.",
			want:     []quote{{"", model.Indirect, "it to review the case"}},
			speakers: []string{},
		},
		{
			name:     "a letter sent to a person asking her to",
			text:     "The residents' group sent a letter to Ilse Varga asking her to resign.",
			want:     []quote{{"", model.Indirect, "her to resign"}},
			speakers: []string{},
		},
		{
			name:     "near miss: the sender named before a comma asks",
			text:     "Ilse Varga sent a letter to the Harbour Council, asking it to reopen the pier.",
			want:     []quote{{"Ilse Varga", model.Indirect, "it to reopen the pier"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: the writer asks",
			text:     "Ilse Varga wrote to the ministry asking it to publish the figures.",
			want:     []quote{{"Ilse Varga", model.Indirect, "it to publish the figures"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "a post whose words wonder is its author's",
			text:     "> If anyone was still wondering, the mayor is at the beach today.\n>\n> — Ilse Varga (@ivarga) March 3, 2021",
			want:     []quote{{"Ilse Varga", model.Direct, "If anyone was still wondering, the mayor is at the beach today."}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a post relaying a named speaker's words",
			text:     "> Tomas Brenn says the pier will reopen in May.\n>\n> — Ilse Varga (@ivarga) March 3, 2021",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the pier will reopen in May"}},
			speakers: []string{"Tomas Brenn"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
