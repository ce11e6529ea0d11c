package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestSpansS9Cases covers the session 9 classes of wording whose quote
// span or speaker other helpers found wrong by probing: an unnamed source
// "close to" someone, a statement "that said" what follows, a message
// posted before a colon, a statement issued by several, and a cue after
// "and" in a coordinated predicate. Each row gives exactly the quotes
// wanted; the near misses want none, or only the ones listed.
func TestSpansS9Cases(t *testing.T) {
	tests := []freshCase{
		// "According to a source close to X, ...": "close" is the
		// adjective of an unnamed source, not the clause's verb; the
		// source is nobody.
		{
			name: "according to a source close to a named man",
			text: "According to a source close to Tomas Brenn, the talks failed.",
			want: []quote{{"", model.Indirect, "the talks failed"}},
		},
		{
			name: "according to sources close to a role",
			text: "According to sources close to the minister, she will resign.",
			want: []quote{{"", model.Indirect, "she will resign"}},
		},
		{
			name: "according to a person close to the talks",
			text: "According to one person close to the negotiations, the deal is off.",
			want: []quote{{"", model.Indirect, "the deal is off"}},
		},
		{
			name: "near miss: close to as nearly, after the comma",
			text: "According to officials, close to 200 people died.",
			want: []quote{{"", model.Indirect, "close to 200 people died"}},
		},
		{
			name: "near miss: a source familiar with the talks",
			text: "According to people familiar with the matter, the firm will be sold.",
			want: []quote{{"", model.Indirect, "the firm will be sold"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
