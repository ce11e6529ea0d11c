package extract_test

import (
	"testing"

	"soundbite/model"
)

// The classes in this file came from fresh fictional articles (numbers 25
// to 36 of testdata/articles), scored before any change to the engine.

// TestGerundSubjectCases covers a reported clause whose subject opens with
// an -ing word: "said falling birth rates meant that ...".
func TestGerundSubjectCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "an -ing word, two nouns, then a verb in the past",
			text:     "Lorcan Devereux said falling birth rates meant that all three schools would be half empty.",
			want:     []quote{{"Lorcan Devereux", model.Indirect, "falling birth rates meant that all three schools would be half empty"}},
			speakers: []string{"Lorcan Devereux"},
		},
		{
			name:     "an -ing word, a noun, then a verb in -ed",
			text:     "The Tarvik Dockers' Union said rising costs forced the closure of the depot.",
			want:     []quote{{"Tarvik Dockers' Union", model.Indirect, "rising costs forced the closure of the depot"}},
			speakers: []string{"Tarvik Dockers' Union"},
		},
		{
			name:     "a cue verb after the noun",
			text:     "Lorcan Devereux said falling birth rates showed that the schools would close.",
			want:     []quote{{"Lorcan Devereux", model.Indirect, "falling birth rates showed that the schools would close"}},
			speakers: []string{"Lorcan Devereux"},
		},
		{
			name: "near miss: a participle that qualifies the noun",
			text: "Lorcan Devereux blamed rising costs caused by the war.",
			want: []quote{},
		},
		{
			name: "near miss: the -ing word after its noun",
			text: "Lorcan Devereux warned of rising costs hitting families.",
			want: []quote{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
