package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestDescrS10Cases covers session 10's descriptions that stand for an
// entity named before them, as real reporting writes them ("The firm
// said" after "X signed a deal with Y"), with the near misses where the
// description must stay nobody's.
func TestDescrS10Cases(t *testing.T) {
	tests := []freshCase{
		// "The firm" is the body the previous sentence is about, not the
		// nearer one it names as an object or an agent.
		{
			name: "the firm after a subject and an object body",
			text: "Halvern Steel signed a deal with Ostby Shipping. The firm said orders had picked up.",
			want: []quote{{"Halvern Steel", model.Indirect, "orders had picked up"}},
		},
		{
			name: "the company after a body sued another",
			text: "Halvern Steel has sued Dunwell Freight over a late delivery. The company said it had lost 3 million.",
			want: []quote{{"Halvern Steel", model.Indirect, "it had lost 3 million"}},
		},
		{
			name: "the firm after a passive, the subject is the one sued",
			text: "Dunwell Freight was sued by Halvern Steel. The firm said the claim was baseless.",
			want: []quote{{"Dunwell Freight", model.Indirect, "the claim was baseless"}},
		},
		{
			name: "the firm announced, the subject bought from a council",
			text: "Vessey Capital bought the stadium from Tarrow Council in 2020. The firm announced on Monday that it would sell it.",
			want: []quote{{"Vessey Capital", model.Indirect, "it would sell it"}},
		},
		{
			name: "near miss: a generic spokesman after a named firm stays unnamed",
			text: "Halvern Steel shed 300 jobs. A spokesman said orders had collapsed.",
			want: []quote{{"", model.Indirect, "orders had collapsed"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
