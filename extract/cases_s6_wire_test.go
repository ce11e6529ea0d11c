package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestWireCopyCases covers the wordings of wire copy (news agencies and
// public broadcasters) that a probe of invented stories found the
// extractor getting wrong.
func TestWireCopyCases(t *testing.T) {
	tests := []freshCase{
		// Datelines and bylines: where and by whom a story was filed is no
		// part of the words reported before a closing cue.
		{
			name:     "a dateline with region and agency, the cue last",
			text:     "HARBOURTON, Calder (Wirenews) — The Calder government will raise fuel prices by 12 percent next month, Finance Minister Tomas Brenn said on Tuesday.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "The Calder government will raise fuel prices by 12 percent next month"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name: "a dateline with a short dash and an unnamed source",
			text: "OSTBY, Veldria (AP) - Rescuers pulled three survivors from the rubble on Sunday, officials said.",
			want: []quote{{"", model.Indirect, "Rescuers pulled three survivors from the rubble on Sunday"}},
		},
		{
			name:     "a dateline with a date, after a byline",
			text:     "By Mara Quell, Wirenews\n\nKESTREL BAY, Calder, March 3 (Wirenews) - Fire crews battled the blaze for six hours, Fire Chief Tomas Brenn said.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "Fire crews battled the blaze for six hours"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "a dateline in capitals alone, then a quotation",
			text:     "By Mara Quell\n\nOSTBY, Veldria — \"We will not back down,\" Ilse Varga said.",
			want:     []quote{{"Ilse Varga", model.Direct, "We will not back down"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "a dateline in ordinary case with the agency in brackets",
			text:     "Harbourton (Wirenews) - The bridge will reopen in May, Mayor Ilse Varga said on Monday.",
			want:     []quote{{"Ilse Varga", model.Indirect, "The bridge will reopen in May"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "a byline's writer is no one a pronoun means",
			text:     "By Tomas Brenn, Wirenews\n\nOSTBY — Ilse Varga met union leaders on Monday.\n\n\"The talks went nowhere,\" she said.",
			want:     []quote{{"Ilse Varga", model.Direct, "The talks went nowhere"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a name and a dash in apposition is no dateline",
			text:     "Ilse Varga - the mayor of Ostby - said the bridge would reopen in May.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge would reopen in May"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "near miss: by and a time is no byline",
			text: "By Monday, the council said, the bridge would reopen.",
			want: []quote{{"", model.Indirect, "the bridge would reopen"}},
		},
		// An object, then a participle of speech: the object is no clause.
		{
			name:     "denied an accusation, saying ...",
			text:     "Ilse Varga has denied the accusation, saying it was politically motivated.",
			want:     []quote{{"Ilse Varga", model.Indirect, "it was politically motivated"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "a body denied a report, saying ...",
			text: "The Calder Defence Ministry denied the report, saying no troops had crossed the border.",
			want: []quote{{"Calder Defence Ministry", model.Indirect, "no troops had crossed the border"}},
		},
		{
			name:     "confirmed the closure, citing ...: nothing",
			text:     "Tidemark Energy confirmed the closure, citing falling demand.",
			speakers: []string{},
		},
		{
			name:     "near miss: said a clause, then a participle, keeps the clause",
			text:     "Ilse Varga said the bridge was unsafe, adding that it would close.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was unsafe"}, {"Ilse Varga", model.Indirect, "it would close"}},
			speakers: []string{"Ilse Varga"},
		},
		// Where a reported clause ends: a participle that tells how or
		// where the speaker spoke is no part of what they said.
		{
			name:     "said a clause, speaking to reporters",
			text:     "Ilse Varga said the bridge was safe, speaking to reporters in Ostby.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "told an agency a clause, speaking on condition of anonymity",
			text: "Two sources told Wirenews that a deal was close, speaking on condition of anonymity.",
			want: []quote{{"", model.Indirect, "a deal was close"}},
		},
		{
			name:     "said a clause, citing a report",
			text:     "Ilse Varga said the bridge was unsafe, citing an engineers' report.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was unsafe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "said a clause, speaking at a news conference on a day",
			text:     "Tidemark Energy chief Tomas Brenn said profits would fall, speaking at a news conference on Monday.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "profits would fall"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: a participle that goes on with the clause stays",
			text:     "Ilse Varga said the economy grew by 3 percent, driving prices higher.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the economy grew by 3 percent, driving prices higher"}},
			speakers: []string{"Ilse Varga"},
		},
		// A relative clause with its own cue ends at its comma, an
		// auxiliary or adverb between "who" and the verb or not.
		{
			name:     "who had said, then the main verb",
			text:     "The bill passed on Monday. Ilse Varga, who had said it would create jobs, welcomed the vote.",
			want:     []quote{{"Ilse Varga", model.Indirect, "it would create jobs"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "who has repeatedly said, then the main verb",
			text: "The mayor, who has repeatedly said the bridge is safe, declined to comment on Monday.",
			want: []quote{{"", model.Indirect, "the bridge is safe"}},
		},
		{
			name:     "near miss: a who-clause ending the sentence keeps its clause",
			text:     "The vote went to Tomas Brenn, who had said the bridge was safe, and to his party.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the bridge was safe"}},
			speakers: []string{"Tomas Brenn"},
		},
		// An outlet's report citing a named source is the source's.
		{
			name:     "state television reported, citing a named person",
			text:     "The bridge collapsed on Monday, state television reported, citing Mayor Ilse Varga.",
			want:     []quote{{"Ilse Varga", model.Indirect, "The bridge collapsed on Monday"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "an agency reported, citing a named body",
			text:     "The bridge collapsed on Monday, the state news agency VNA reported, citing the Calder Transport Ministry.",
			want:     []quote{{"Calder Transport Ministry", model.Indirect, "The bridge collapsed on Monday"}},
			speakers: []string{"Calder Transport Ministry"},
		},
		{
			name:     "an outlet reported on a day, quoting a named person",
			text:     "Twelve people were arrested, the Harbourton Herald reported on Tuesday, quoting Police Chief Tomas Brenn.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "Twelve people were arrested"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: citing unnamed sources stays nobody's",
			text:     "Twelve people were arrested, the Harbourton Herald reported, citing police sources.",
			want:     []quote{{"", model.Indirect, "Twelve people were arrested"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a speaker citing someone keeps the words",
			text:     "Ilse Varga said the bridge was unsafe, citing Tomas Brenn, the city engineer.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was unsafe"}},
			speakers: []string{"Ilse Varga"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
