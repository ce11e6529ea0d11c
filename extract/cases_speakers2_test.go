package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestBodyNamedWithOfThenTheHead covers a state body first named with its
// country after "of" ("the government of Varnia") and then by its head
// noun alone ("The government said"): the later mention is that body, not
// the country.
func TestBodyNamedWithOfThenTheHead(t *testing.T) {
	tests := []freshCase{
		{
			name:     "the government of a country acts, then the government says",
			text:     "On May 3, the government of Varnia closed its schools for a vaccination drive. The government said 40 teams took part.",
			want:     []quote{{"government of Varnia", model.Indirect, "40 teams took part"}},
			speakers: []string{"government of Varnia"},
		},
		{
			name:     "the government of a country, a sentence between",
			text:     "The government of Varnia ordered the ports shut. Ferries stayed in harbour for a week. The government said that the order would end on Friday.",
			want:     []quote{{"government of Varnia", model.Indirect, "the order would end on Friday"}},
			speakers: []string{"government of Varnia"},
		},
		{
			name:     "the government of a country, then the government in a direct quote",
			text:     "Last week the government of Varnia banned the fishing fleet from the bay. \"The stocks need two years,\" the government said.",
			want:     []quote{{"government of Varnia", model.Direct, "The stocks need two years"}},
			speakers: []string{"government of Varnia"},
		},
		{
			name:     "the administration of a region, then the administration says",
			text:     "The administration of Kessel Province cut the bus fares in June. The administration said ridership rose by a fifth.",
			want:     []quote{{"administration of Kessel Province", model.Indirect, "ridership rose by a fifth"}},
			speakers: []string{"administration of Kessel Province"},
		},
		{
			name:     "the city of a town stays the town",
			text:     "The city of Orlenburg closed the bridge. The city said repairs would take a month.",
			want:     []quote{{"Orlenburg", model.Indirect, "repairs would take a month"}},
			speakers: []string{"Orlenburg"},
		},
		{
			name:     "the government of a named person is no body of its own",
			text:     "The government of Prime Minister Ada Vell fell in March. The government said it would call an election.",
			speakers: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestNameAfterPluralPossessive covers a name after a plural possessive
// that ends in a bare apostrophe ("the Allied Nations' Fisheries and Water
// Agency"): the apostrophe ends the owner's name, and the name after it is
// a name of its own, not the tail of the owner's.
func TestNameAfterPluralPossessive(t *testing.T) {
	tests := []freshCase{
		{
			name:     "an agency of a plural-named body, its name with a conjunction",
			text:     "The Allied Nations' Fisheries and Water Agency said the ban was unnecessary.",
			want:     []quote{{"Fisheries and Water Agency", model.Indirect, "the ban was unnecessary"}},
			speakers: []string{"Fisheries and Water Agency"},
		},
		{
			name:     "an agency of a plural-named body after the quote",
			text:     "\"The ban was unnecessary,\" the Allied Nations' Fisheries Agency said in a statement.",
			want:     []quote{{"Fisheries Agency", model.Direct, "The ban was unnecessary"}},
			speakers: []string{"Fisheries Agency"},
		},
		{
			name:     "an agency of a plural-named body says",
			text:     "The Allied Nations' Fisheries Agency said that the quota would fall.",
			want:     []quote{{"Fisheries Agency", model.Indirect, "the quota would fall"}},
			speakers: []string{"Fisheries Agency"},
		},
		{
			name:     "a plural-named body's own words stay its own",
			text:     "The Allied Nations' report said that the quota would fall.",
			want:     []quote{{"Allied Nations", model.Indirect, "the quota would fall"}},
			speakers: []string{"Allied Nations"},
		},
		{
			name:     "a plural-named body's officer with a name",
			text:     "The Orlen Workers' Union's chairman, Piet Brask, said that the strike would go on.",
			want:     []quote{{"Piet Brask", model.Indirect, "the strike would go on"}},
			speakers: []string{"Piet Brask"},
		},
		{
			name:     "a one-word plural owner keeps its name whole",
			text:     "The Teachers' Union said the strike would go on.",
			want:     []quote{{"Teachers' Union", model.Indirect, "the strike would go on"}},
			speakers: []string{"Teachers' Union"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestMissionNamedWithItsCity covers an embassy or a consulate named with
// the city it sits in ("the Varnian Embassy in Orlenburg"): the city is part
// of the mission's name, whether the mission speaks at once or is later
// called "the embassy".
func TestMissionNamedWithItsCity(t *testing.T) {
	tests := []freshCase{
		{
			name:     "the mission is written to, then the embassy says",
			text:     "The mayor wrote to the Varnia Embassy in Orlenburg asking for the files. The embassy declined the request and said the files were sealed.",
			want:     []quote{{"Varnia Embassy in Orlenburg", model.Indirect, "the files were sealed"}},
			speakers: []string{"Varnia Embassy in Orlenburg"},
		},
		{
			name:     "the mission speaks at once",
			text:     "The Varnia Embassy in Orlenburg said the files were sealed.",
			want:     []quote{{"Varnia Embassy in Orlenburg", model.Indirect, "the files were sealed"}},
			speakers: []string{"Varnia Embassy in Orlenburg"},
		},
		{
			name:     "a consulate is written to, then the consulate says",
			text:     "Lawyers contacted the Varnia Consulate in Tarvik on Monday. The consulate said that no visas would be issued.",
			want:     []quote{{"Varnia Consulate in Tarvik", model.Indirect, "no visas would be issued"}},
			speakers: []string{"Varnia Consulate in Tarvik"},
		},
		{
			name:     "an embassy without its city stays as named",
			text:     "The mayor wrote to the Varnia Embassy. The embassy said the files were sealed.",
			want:     []quote{{"Varnia Embassy", model.Indirect, "the files were sealed"}},
			speakers: []string{"Varnia Embassy"},
		},
		{
			name:     "a time after in is no city",
			text:     "The mayor wrote to the Varnia Embassy in March. The embassy said the files were sealed.",
			want:     []quote{{"Varnia Embassy", model.Indirect, "the files were sealed"}},
			speakers: []string{"Varnia Embassy"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
