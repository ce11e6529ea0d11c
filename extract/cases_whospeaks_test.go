package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// TestWhoSpeaksCases covers how the extractor resolves who speaks: a
// description that must find someone named before, a pronoun with several
// candidates, joint speakers and speakers nobody can name, each found by a
// probe of invented sentences in common news wordings. Each row lists all
// the quotes its text holds. Near misses keep each fix from reaching too
// far.
func TestWhoSpeaksCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "the deputy prime minister is the deputy, not the prime minister",
			text: "Prime Minister Tomas Brenn and Deputy Prime Minister Ilse Varga met the unions.\n\n" +
				"The deputy prime minister said the talks were useful.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the talks were useful"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "near miss: the prime minister is not the deputy",
			text: "Prime Minister Tomas Brenn and Deputy Prime Minister Ilse Varga met the unions.\n\n" +
				"The prime minister said the talks were useful.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the talks were useful"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "the vice president named alone before",
			text:     "Vice President Anna Varga visited Osk.\n\nThe vice president said the region would get help.",
			want:     []quote{{"Anna Varga", model.Indirect, "the region would get help"}},
			speakers: []string{"Anna Varga"},
		},
		{
			name: "the vice president beside the president",
			text: "President Tomas Brenn and Vice President Anna Varga visited Osk.\n\n" +
				"The vice president said the region would get help.",
			want:     []quote{{"Anna Varga", model.Indirect, "the region would get help"}},
			speakers: []string{"Anna Varga"},
		},
		{
			name:     "the prime minister is no deputy prime minister named alone",
			text:     "Deputy Prime Minister Anna Varga visited Osk.\n\nThe prime minister said the region would get help.",
			want:     []quote{{"", model.Indirect, "the region would get help"}},
			speakers: []string{},
		},
		{
			name:     "the deputy prime minister is no prime minister named alone",
			text:     "Prime Minister Tomas Brenn visited Osk.\n\nThe deputy prime minister said the region would get help.",
			want:     []quote{{"", model.Indirect, "the region would get help"}},
			speakers: []string{},
		},
		{
			name: "the deputy prime minister is not the prime minister who just spoke",
			text: "Prime Minister Tomas Brenn said the region would get help.\n\n" +
				"The deputy prime minister said the money was ready.",
			want: []quote{
				{"Tomas Brenn", model.Indirect, "the region would get help"},
				{"", model.Indirect, "the money was ready"},
			},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name: "the deputy mayor in apposition",
			text: "Anna Varga, the deputy mayor, and Tomas Brenn, the mayor, visited Osk.\n\n" +
				"The deputy mayor said the region would get help.",
			want:     []quote{{"Anna Varga", model.Indirect, "the region would get help"}},
			speakers: []string{"Anna Varga"},
		},
		{
			name: "near miss: the mayor beside the deputy mayor",
			text: "Anna Varga, the deputy mayor, and Tomas Brenn, the mayor, visited Osk.\n\n" +
				"The mayor said the region would get help.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the region would get help"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "a role in apposition after a name that closes the sentence",
			text:     "Tomas Vell, a farmer, met the mayor, Anna Varga.\n\n“We will pay for the damage,” the mayor said.",
			want:     []quote{{"Anna Varga", model.Direct, "We will pay for the damage"}},
			speakers: []string{"Anna Varga"},
		},
		{
			name:     "near miss: the farmer of the same sentence",
			text:     "Tomas Vell, a farmer, met the mayor, Anna Varga.\n\n“We lost the harvest,” the farmer said.",
			want:     []quote{{"Tomas Vell", model.Direct, "We lost the harvest"}},
			speakers: []string{"Tomas Vell"},
		},
		{
			name:     "a relative clause after a name is no role: his sister does not make him a woman",
			text:     "Tomas Brenn, whose sister runs the bakery, opened a shop.\n\nHe said the rent was too high.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the rent was too high"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "a relative clause naming someone else",
			text:     "Tomas Brenn, whose sister Anna Varga runs the bakery, opened a shop.\n\nShe said the rent was too high.",
			want:     []quote{{"Anna Varga", model.Indirect, "the rent was too high"}},
			speakers: []string{"Anna Varga"},
		},
		{
			name:     "a relative clause after an inverted unnamed speaker reports nothing",
			text:     "“We are not leaving,” said a resident who asked not to be named.",
			want:     []quote{{"", model.Direct, "We are not leaving"}},
			speakers: []string{},
		},
		{
			name:     "a relative clause after an inverted unnamed speaker, a participle cue after",
			text:     "“We are not leaving,” said a protester who declined to give her name, adding that the water was brown.",
			want:     []quote{{"", model.Direct, "We are not leaving"}, {"", model.Indirect, "the water was brown"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a cue inside the relative clause after a comma",
			text:     "“It is over,” said Tomas Vell, who added that talks would resume.",
			want:     []quote{{"Tomas Vell", model.Direct, "It is over"}, {"Tomas Vell", model.Indirect, "talks would resume"}},
			speakers: []string{"Tomas Vell"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFreshCase(t, tt)
			// Every row lists all its quotes: an extra one is a failure.
			if res := extract.Extract(strings.Split(tt.text, "\n\n")); len(res.Quotes) != len(tt.want) {
				t.Errorf("got %d quotes, want %d: %s", len(res.Quotes), len(tt.want), describe(res))
			}
		})
	}
}
