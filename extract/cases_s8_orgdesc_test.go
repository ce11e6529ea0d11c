package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestOrgDescS8Cases covers descriptions of a body whose modifier names a
// trade ("the grid operator", "the bus operator"): a nearer body whose
// name names another trade is not the one described. The near misses keep
// a fitting or opaque body.
func TestOrgDescS8Cases(t *testing.T) {
	tests := []freshCase{
		{
			name: "the grid operator is not a nearer Energy Commission",
			text: "The Energy Commission met on Monday. \"Demand has peaked,\" the grid operator said.",
			want: []quote{{"", model.Direct, "Demand has peaked"}},
		},
		{
			name: "the bus operator is not a rail company",
			text: "Tarnby Rail said fares would rise. \"We run on time,\" the bus operator said.",
			want: []quote{{"Tarnby Rail", model.Indirect, "fares would rise"}, {"", model.Direct, "We run on time"}},
		},
		{
			name: "the bus operator passes over a nearer rail company to a bus company",
			text: "Osterby Buses runs the routes. Tarnby Rail said fares would rise. The bus operator said the routes would change.",
			want: []quote{{"Tarnby Rail", model.Indirect, "fares would rise"}, {"Osterby Buses", model.Indirect, "the routes would change"}},
		},
		{
			name: "the water company is not the Energy Commission",
			text: "The Energy Commission objected. \"Bills must rise,\" the water company said.",
			want: []quote{{"", model.Direct, "Bills must rise"}},
		},
		{
			name: "the power company is not a gas company",
			text: "Vesper Gas raised prices. \"We had no choice,\" the power company said.",
			want: []quote{{"", model.Direct, "We had no choice"}},
		},
		{
			name: "near miss: the gas company",
			text: "Vesper Gas raised prices. \"We had no choice,\" the gas company said.",
			want: []quote{{"Vesper Gas", model.Direct, "We had no choice"}},
		},
		{
			name: "near miss: the bus operator for a bus company named in the plural",
			text: "Tarnby Rail said fares would rise. Osterby Buses cut routes. \"We are sorry,\" the bus operator said.",
			want: []quote{{"Tarnby Rail", model.Indirect, "fares would rise"}, {"Osterby Buses", model.Direct, "We are sorry"}},
		},
		{
			name: "near miss: the rail operator",
			text: "Norland Rail said fares would rise. The rail operator said the trains would be late.",
			want: []quote{{"Norland Rail", model.Indirect, "fares would rise"}, {"Norland Rail", model.Indirect, "the trains would be late"}},
		},
		{
			name: "near miss: the company",
			text: "Kestrel Energy raised prices. \"We had no choice,\" the company said.",
			want: []quote{{"Kestrel Energy", model.Direct, "We had no choice"}},
		},
		{
			name: "near miss: the power company for an energy company",
			text: "Kestrel Energy raised prices. \"We had no choice,\" the power company said.",
			want: []quote{{"Kestrel Energy", model.Direct, "We had no choice"}},
		},
		{
			name: "near miss: the institute",
			text: "The Marlow Institute published a study. The institute said the data were clear.",
			want: []quote{{"Marlow Institute", model.Indirect, "the data were clear"}},
		},
		{
			name: "near miss: the ferry operator for a ferry company",
			text: "Tovik Ferries cancelled sailings. \"Storms are coming,\" the ferry operator said.",
			want: []quote{{"Tovik Ferries", model.Direct, "Storms are coming"}},
		},
		{
			name: "near miss: a name that names no trade",
			text: "Orsa Holdings said it would invest. \"We will grow,\" the rail operator said.",
			want: []quote{{"Orsa Holdings", model.Indirect, "it would invest"}, {"Orsa Holdings", model.Direct, "We will grow"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
