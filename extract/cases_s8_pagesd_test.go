package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// TestPageMarkupS8Cases covers the Markdown a web page keeps in its body
// (feed.Fetcher.Page): emphasis around a speaker's name, italics around a
// publication's, and links around either. Each row gives exactly the
// quotes wanted; the near misses keep a label or a title from speaking.
func TestPageMarkupS8Cases(t *testing.T) {
	tests := []freshCase{
		// Bold names: the stars part neither the name from its cue nor a
		// quotation mark from the space that tells which way it faces.
		{
			name:     "a bold name, a role, then a cue with a quotation",
			text:     "**Pauline Verhagen**, deputy manager of Skelde Air, highlights that “one of the pillars of the airline has been comfort.”",
			want:     []quote{{"Pauline Verhagen", model.Direct, "one of the pillars of the airline has been comfort."}},
			speakers: []string{"Pauline Verhagen"},
		},
		{
			name:     "a bold name before said",
			text:     "**Oskar Velde** said the pier would reopen in May.",
			want:     []quote{{"Oskar Velde", model.Indirect, "the pier would reopen in May"}},
			speakers: []string{"Oskar Velde"},
		},
		{
			name:     "a bold name after a quotation's cue",
			text:     "“The pier is safe,” said **Oskar Velde**, the harbour master.",
			want:     []quote{{"Oskar Velde", model.Direct, "The pier is safe"}},
			speakers: []string{"Oskar Velde"},
		},
		{
			name:     "a bold comma after the name",
			text:     "**Oskar Velde,** a harbour pilot, says he supports the new pier.",
			want:     []quote{{"Oskar Velde", model.Indirect, "he supports the new pier"}},
			speakers: []string{"Oskar Velde"},
		},
		{
			name:     "a bold name in a list item",
			text:     "- **Ilse Marner**, a councillor, warned that the ferry fares would double.",
			want:     []quote{{"Ilse Marner", model.Indirect, "the ferry fares would double"}},
			speakers: []string{"Ilse Marner"},
		},
		{
			name:     "near miss: bold labels of a list are no interview",
			text:     "**Note:** The ferry leaves at nine.\n\n**Ilse Marner:** Harbour office, Tarvik.\n\n**Oskar Velde:** Pier office, Tarvik.",
			want:     nil,
			speakers: []string{},
		},
		// Italics: a publication's name.
		{
			name:     "according to an italic publication",
			text:     "Ferry fares are rising across the coast, according to *Coastline Living*.",
			want:     []quote{{"", model.Indirect, "Ferry fares are rising across the coast"}},
			speakers: []string{},
		},
		{
			name:     "told an italic magazine",
			text:     "Marner told *Tarvik Life* that she had sold the ferry.",
			want:     []quote{{"Marner", model.Indirect, "she had sold the ferry"}},
			speakers: []string{"Marner"},
		},
		{
			name:     "near miss: an italic title inside what is reported",
			text:     "Velde said the film *Grey Harbour* would open in May.",
			want:     []quote{{"Velde", model.Indirect, "the film *Grey Harbour* would open in May"}},
			speakers: []string{"Velde"},
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
