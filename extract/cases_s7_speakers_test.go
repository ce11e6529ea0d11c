package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestTitleCaseFragmentCases covers title-case words that are no one's
// name: link texts and headings ("Deprecation Schedule", "Click Here",
// "Read More"), which a pronoun or a transcript's answers must never
// find as a person, and the near misses, names of people with no known
// first name, which still are.
func TestTitleCaseFragmentCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "an abstract noun in a link text is no one",
			text:     "For sunset dates, check out our [Deprecation Schedule](https://example.org/sunset).\n\n“The service will be retired next year,” she said.",
			want:     []quote{{"", model.Direct, "The service will be retired next year"}},
			speakers: []string{},
		},
		{
			name:     "a heading with a function word is no one",
			text:     "Click Here to subscribe.\n\n“This is the end of an era,” she said.",
			want:     []quote{{"", model.Direct, "This is the end of an era"}},
			speakers: []string{},
		},
		{
			name:     "a link text after our is a thing",
			text:     "Check out our [Batch Upload guide](https://example.org/guide) for details.\n\n“The old service is going away,” he said.",
			want:     []quote{{"", model.Direct, "The old service is going away"}},
			speakers: []string{},
		},
		{
			name: "a help page's questions and answers, signed at the end, are nobody's",
			text: "What do I need to do now?\n\nYou need to move our jobs to the new service before May.\n\n" +
				"What is new?\n\nWe added temporary IDs and better error reports to our tools.\n\n" +
				"When does the old service end?\n\nWe will switch it off in the autumn, as our schedule says.\n\n" +
				"Questions? Write to us.\n\nOrla Benedek, Tarvik Tools Team",
			want:     []quote{},
			speakers: []string{},
		},
		{
			name:     "near miss: a person with no known first name is still a person",
			text:     "Tamsor Okwuosa said the plant would reopen. “We are nearly ready,” he said.",
			want:     []quote{{"Tamsor Okwuosa", model.Indirect, "the plant would reopen"}, {"Tamsor Okwuosa", model.Direct, "We are nearly ready"}},
			speakers: []string{"Tamsor Okwuosa"},
		},
		{
			name:     "near miss: a surname ending like an abstract noun after a first name",
			text:     "Don Blankenship said the mine was safe. “It has always been safe,” he said.",
			want:     []quote{{"Don Blankenship", model.Indirect, "the mine was safe"}, {"Don Blankenship", model.Direct, "It has always been safe"}},
			speakers: []string{"Don Blankenship"},
		},
		{
			name:     "near miss: a person named in a link text",
			text:     "[Ardo Velikan](https://example.org/velikan), the co-founder, spoke at the launch. “We built this for schools,” he said.",
			want:     []quote{{"Ardo Velikan", model.Direct, "We built this for schools"}},
			speakers: []string{"Ardo Velikan"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
