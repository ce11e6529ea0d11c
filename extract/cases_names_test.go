package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestNameFormCases covers how names of people and bodies are read and
// linked across an article, classes a probe of invented sentences found
// wrong: a body known by its acronym and later by a word for a body,
// surnames of several words, and the near misses a fix must leave alone.
func TestNameFormCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "an acronym, then the agency",
			text: "NASA said the launch would be delayed. The agency said the rocket needed repairs.",
			want: []quote{
				{"NASA", model.Indirect, "the launch would be delayed"},
				{"NASA", model.Indirect, "the rocket needed repairs"},
			},
			speakers: []string{"NASA"},
			orgs:     []string{"NASA"},
		},
		{
			name: "an acronym after the, then the fund",
			text: "The IMF said growth would slow. The fund added that inflation would ease.",
			want: []quote{
				{"IMF", model.Indirect, "growth would slow"},
				{"IMF", model.Indirect, "inflation would ease"},
			},
			speakers: []string{"IMF"},
		},
		{
			name: "a surname with particles, then the surname alone",
			text: "Jan van der Berg said the dike would hold. Van der Berg added that pumps were running.",
			want: []quote{
				{"Jan van der Berg", model.Indirect, "the dike would hold"},
				{"Jan van der Berg", model.Indirect, "pumps were running"},
			},
			speakers: []string{"Jan van der Berg"},
		},
		{
			name: "a Spanish surname of several words",
			text: "Gabriel García de la Vega said the contract was void. García de la Vega added that he would appeal.",
			want: []quote{
				{"Gabriel García de la Vega", model.Indirect, "the contract was void"},
				{"Gabriel García de la Vega", model.Indirect, "he would appeal"},
			},
			speakers: []string{"Gabriel García de la Vega"},
		},
		{
			name: "two surnames, then the first of them",
			text: "Lucía Fernández del Río said the plan was flawed. Fernández said it would fail.",
			want: []quote{
				{"Lucía Fernández del Río", model.Indirect, "the plan was flawed"},
				{"Lucía Fernández del Río", model.Indirect, "it would fail"},
			},
			speakers: []string{"Lucía Fernández del Río"},
		},
		{
			name: "two given names, the first with an accent",
			text: "Andrés Manuel Ortiz Vela said the oil plan would go ahead. Ortiz Vela added that prices would fall.",
			want: []quote{
				{"Andrés Manuel Ortiz Vela", model.Indirect, "the oil plan would go ahead"},
				{"Andrés Manuel Ortiz Vela", model.Indirect, "prices would fall"},
			},
			speakers: []string{"Andrés Manuel Ortiz Vela"},
		},
		{
			name: "near miss: two people who share a surname stay two",
			text: "Tomas Brenn said the road would close. Ilse Brenn said it would stay open.",
			want: []quote{
				{"Tomas Brenn", model.Indirect, "the road would close"},
				{"Ilse Brenn", model.Indirect, "it would stay open"},
			},
			speakers: []string{"Ilse Brenn", "Tomas Brenn"},
		},
		{
			name: "near miss: a body named for a place is not a person of that name",
			text: "Ostby Police said the suspect had fled. Chief Tomas Ostby said roads were closed.",
			want: []quote{
				{"Ostby Police", model.Indirect, "the suspect had fled"},
				{"Tomas Ostby", model.Indirect, "roads were closed"},
			},
			speakers: []string{"Ostby Police", "Tomas Ostby"},
		},
		{
			name:     "a law states: its words, nobody's",
			text:     "The 14th Amendment states that no state shall deny equal protection.",
			want:     []quote{{"", model.Indirect, "no state shall deny equal protection"}},
			speakers: []string{},
		},
		{
			name:     "an act says",
			text:     "The Clean Water Act says that discharges must be licensed.",
			want:     []quote{{"", model.Indirect, "discharges must be licensed"}},
			speakers: []string{},
		},
		{
			name: "near miss: a party's government is no one government a later one means",
			text: "Tomas Brenn says that officials of the Conservative government have complained to him. However, when a document is found, the government then says it was not sensitive.",
			want: []quote{
				{"Tomas Brenn", model.Indirect, "officials of the Conservative government have complained to him"},
				{"", model.Indirect, "it was not sensitive"},
			},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "a person of a body at its seat",
			text:     "Ilse Varga of the Calder Institute at Brenna said fees were high.",
			want:     []quote{{"Ilse Varga", model.Indirect, "fees were high"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "the family of a person is not the person",
			text:     "The family of Tomas Brenn said in a statement that they were grieving.",
			want:     []quote{{"", model.Indirect, "they were grieving"}},
			speakers: []string{},
		},
		{
			name:     "the mother of a person is not the person",
			text:     "The mother of Ilse Varga said she was safe.",
			want:     []quote{{"", model.Indirect, "she was safe"}},
			speakers: []string{},
		},
		{
			name: "near miss: researchers at a body are its voice",
			text: "Researchers at Ostby University said the data were clear.",
			want: []quote{{"Ostby University", model.Indirect, "the data were clear"}},
		},
		{
			name: "a shared surname with a gendered honorific is the person of that gender",
			text: "Tomas Varga and his wife, Ilse Varga, run the farm. Mr Varga said the harvest had failed. Mrs Varga said prices would rise.",
			want: []quote{
				{"Tomas Varga", model.Indirect, "the harvest had failed"},
				{"Ilse Varga", model.Indirect, "prices would rise"},
			},
			speakers: []string{"Ilse Varga", "Tomas Varga"},
		},
		{
			name: "a first name met first, then the full name",
			text: "Ilse Varga said the harvest had failed. Her husband, Tomas, said prices would rise. Tomas Varga added that they would sell.",
			want: []quote{
				{"Ilse Varga", model.Indirect, "the harvest had failed"},
				{"Tomas Varga", model.Indirect, "prices would rise"},
				{"Tomas Varga", model.Indirect, "they would sell"},
			},
			speakers: []string{"Ilse Varga", "Tomas Varga"},
		},
		{
			name: "near miss: an acronym for a country is no agency",
			text: "The US said the talks would resume. The agency said it had not been told.",
			want: []quote{
				{"US", model.Indirect, "the talks would resume"},
				{"", model.Indirect, "it had not been told"},
			},
		},
		{
			name: "near miss: police after an acronym are not that body",
			text: "The FBI said the suspect had fled. Police said roads were closed.",
			want: []quote{
				{"FBI", model.Indirect, "the suspect had fled"},
				{"", model.Indirect, "roads were closed"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
