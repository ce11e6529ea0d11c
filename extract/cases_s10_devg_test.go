package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// TestDevgS10Cases covers the session 10 classes that dev-g (go-htmldate's
// mediacloud pages, testdata/pages) showed the engine missing. Each row
// gives exactly the quotes wanted; the near misses want none, or only the
// ones listed.
func TestDevgS10Cases(t *testing.T) {
	tests := []freshCase{
		// A dateline whose outlet is a Markdown link, as a web page's
		// Markdown keeps it: still a dateline, so "A" of "A spokesman"
		// is no name and the place joins no reported clause.
		{
			name:     "a linked outlet in the dateline, then an unnamed spokesman",
			text:     "TARVIK ([Coastline News](https://coastline.example/)) — A spokesman says the mayor's son has been infected with the virus.",
			want:     []quote{{"", model.Indirect, "the mayor's son has been infected with the virus"}},
			speakers: []string{},
		},
		{
			name:     "a linked outlet, a closing cue",
			text:     "OSTBY ([KTRV](https://ktrv.example/)) — The fire started in a kitchen, a fire official said.",
			want:     []quote{{"", model.Indirect, "The fire started in a kitchen"}},
			speakers: []string{},
		},
		{
			name:     "a linked outlet with a title",
			text:     `TARVIK ([KTRV](https://ktrv.example/ "KTRV home")) — The fire started in a kitchen, the fire chief said.`,
			want:     []quote{{"", model.Indirect, "The fire started in a kitchen"}},
			speakers: []string{},
		},
		{
			name:     "a place, a date and a linked agency",
			text:     "KESTREL BAY, Calder, March 3 ([Wirenews](https://wirenews.example/)) - Ilse Varga said the army had repelled an attack.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the army had repelled an attack"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a linked name with no dash is the speaker",
			text:     "Ilse Varga ([profile](https://social.example/ivarga)) said the road would reopen on Friday.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the road would reopen on Friday"}},
			speakers: []string{"Ilse Varga"},
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
