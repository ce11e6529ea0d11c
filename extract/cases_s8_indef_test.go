package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestIndefS8Cases covers indefinite descriptions whose role has a body or
// a place before it ("a top US public health expert"): the description
// names nobody, and never the last person named. Definite descriptions
// after an appositive still find the person.
func TestIndefS8Cases(t *testing.T) {
	tests := []freshCase{
		{
			name: "a top US public health expert after a named person",
			text: "Tomas Rilke opened the bridge. A top US public health expert warned that the virus would spread.",
			want: []quote{{"", model.Indirect, "the virus would spread"}},
		},
		{
			name: "a US official said after a named person",
			text: "Tomas Rilke opened the bridge. A US official said the road would reopen.",
			want: []quote{{"", model.Indirect, "the road would reopen"}},
		},
		{
			name: "a senior US State Department official after a titled person",
			text: "Mayor Ilse Varga visited Ostby on Monday. A senior US State Department official warned that the virus would spread.",
			want: []quote{{"", model.Indirect, "the virus would spread"}},
		},
		{
			name: "a US expert said after a direct quote",
			text: "Tomas Rilke opened the bridge. \"It will fall,\" a US expert said.",
			want: []quote{{"", model.Direct, "It will fall"}},
		},
		{
			name: "according to a US official",
			text: "Tomas Rilke opened the bridge. According to a US official, the road would reopen.",
			want: []quote{{"", model.Indirect, "the road would reopen"}},
		},
		{
			name: "a Tarvik-based doctor",
			text: "Tomas Rilke opened the bridge. A Tarvik-based doctor warned that the virus would spread.",
			want: []quote{{"", model.Indirect, "the virus would spread"}},
		},
		{
			name: "a Norlandic foreign ministry spokesman",
			text: "Tomas Rilke opened the bridge. A Norlandic foreign ministry spokesman warned that the virus would spread.",
			want: []quote{{"", model.Indirect, "the virus would spread"}},
		},
		{
			name: "near miss: a US official with no named person",
			text: "A US official said the road would reopen.",
			want: []quote{{"", model.Indirect, "the road would reopen"}},
		},
		{
			name:     "near miss: the US expert after the appositive",
			text:     "Dr Ilse Varga, a US expert on viruses, spoke in Ostby. The US expert warned that the virus would spread.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the virus would spread"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: the appositive itself",
			text:     "Dr Ilse Varga, a US expert on viruses, warned that the virus would spread.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the virus would spread"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a US expert, then the name",
			text:     "Tomas Rilke opened the bridge. A US expert on viruses, Ilse Varga, warned that the virus would spread.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the virus would spread"}},
			speakers: []string{"Ilse Varga"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
