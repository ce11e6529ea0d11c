package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestReleaseWordingCases covers wordings of science and institutional
// press releases (agency, university and laboratory news) that a probe of
// invented sentences found the extractor getting wrong, with near misses
// that must not change.
func TestReleaseWordingCases(t *testing.T) {
	tests := []freshCase{
		// "..., according to X, <what X is>.": the description after the
		// source is no clause; what X is credited with comes before.
		{
			name:     "according to a person, then an indefinite apposition with a relative clause",
			text:     "The glacier is retreating faster than models predicted, according to Keld Amory, a glaciologist at Tarvik University who led the study.",
			want:     []quote{{"Keld Amory", model.Indirect, "The glacier is retreating faster than models predicted"}},
			speakers: []string{"Keld Amory"},
		},
		{
			name:     "according to a person, then a role without an article",
			text:     "The reef lost half its coral in 2023, according to Nadia Orsk, lead author of the study.",
			want:     []quote{{"Nadia Orsk", model.Indirect, "The reef lost half its coral in 2023"}},
			speakers: []string{"Nadia Orsk"},
		},
		{
			name:     "according to the study, then where it was published",
			text:     "The plume rises about 200 kilometres above the surface, according to the study, published Monday in the Journal of Calder Geophysics.",
			want:     []quote{{"", model.Indirect, "The plume rises about 200 kilometres above the surface"}},
			speakers: []string{},
		},
		{
			name: "according to the survey, then who conducted it",
			text: "The reef lost half its coral in 2023, according to the survey, conducted by the Varn Marine Laboratory.",
			want: []quote{{"", model.Indirect, "The reef lost half its coral in 2023"}},
		},
		{
			name:     "near miss: according to a source at the start, its apposition, then the clause",
			text:     "According to Nadia Orsk, a marine biologist, the reef has recovered.",
			want:     []quote{{"Nadia Orsk", model.Indirect, "the reef has recovered"}},
			speakers: []string{"Nadia Orsk"},
		},
		{
			name: "near miss: according to sources after a phrase of time and place, then the clause",
			text: "On Sunday in Tarvik, according to witnesses and the police, a man wearing a mask entered a store and grabbed a knife.",
			want: []quote{{"", model.Indirect, "a man wearing a mask entered a store and grabbed a knife"}},
		},
		{
			name: "near miss: according to police inside the clause, then the verb",
			text: "The gunman, according to police, fired six shots.",
			want: []quote{{"", model.Indirect, "fired six shots"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
