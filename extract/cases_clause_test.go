package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestReportedClauseCases covers how a reported clause is recognised
// after a speech verb, as a probe of invented sentences in common news
// wordings found it: the verb's tense and aspect, contracted subjects,
// and objects that are not clauses.
func TestReportedClauseCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "progressive: is saying",
			text:     "Mayor Ilse Varga is saying the bridge will stay shut.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge will stay shut"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "progressive: has been warning that",
			text:     "Mayor Ilse Varga has been warning that the bridge is unsafe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge is unsafe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "progressive after the clause",
			text:     "The bridge is safe, Mayor Ilse Varga is saying.",
			want:     []quote{{"Ilse Varga", model.Indirect, "The bridge is safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "progressive with an object: no quote",
			text:     "Mayor Ilse Varga is stressing the importance of safety.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "contracted subject: they're",
			text:     "Mayor Ilse Varga said they're working on the bridge.",
			want:     []quote{{"Ilse Varga", model.Indirect, "they're working on the bridge"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "contracted subject with a curly apostrophe: she’d",
			text:     "Mayor Ilse Varga said she’d resign.",
			want:     []quote{{"Ilse Varga", model.Indirect, "she’d resign"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "contracted subject: there's",
			text:     "Mayor Ilse Varga said there's no danger to drivers.",
			want:     []quote{{"Ilse Varga", model.Indirect, "there's no danger to drivers"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "contracted subject: we'll",
			text:     "Mayor Ilse Varga told reporters we'll see what the engineers find.",
			want:     []quote{{"Ilse Varga", model.Indirect, "we'll see what the engineers find"}},
			speakers: []string{"Ilse Varga"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
