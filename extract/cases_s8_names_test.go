package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// TestNamesS8Cases covers the session 8 boundaries of organisations'
// names: a place's public service named with a lower-case noun after the
// place ("the Tarvik fire service", "Ostby health department"). Each row
// gives exactly the quotes wanted; the near misses keep their speakers.
func TestNamesS8Cases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "the place's fire service said",
			text:     "The Tarvik fire service said the blaze was out by noon.",
			want:     []quote{{"Tarvik fire service", model.Indirect, "the blaze was out by noon"}},
			speakers: []string{"Tarvik fire service"},
			orgs:     []string{"Tarvik fire service"},
		},
		{
			name:     "a capitalised service's kind joined by and",
			text:     "The Scottish Fire and Rescue service urged people to take extra care with candles.",
			want:     []quote{{"Scottish Fire and Rescue service", model.Indirect, "people to take extra care with candles"}},
			speakers: []string{"Scottish Fire and Rescue service"},
		},
		{
			name: "the service, named again by its noun",
			text: "The Tarvik fire service said the blaze was out. The service added that no one was hurt.",
			want: []quote{
				{"Tarvik fire service", model.Indirect, "the blaze was out"},
				{"Tarvik fire service", model.Indirect, "no one was hurt"},
			},
			speakers: []string{"Tarvik fire service"},
		},
		{
			name: "near miss: a place named before is no service",
			text: "Tarvik is a quiet town. The service said the road was closed.",
			want: []quote{{"", model.Indirect, "the road was closed"}},
		},
		{
			name:     "a spokesman for the place's service",
			text:     "A spokesman for the Tarvik fire service said the blaze was out.",
			want:     []quote{{"Tarvik fire service", model.Indirect, "the blaze was out"}},
			speakers: []string{"Tarvik fire service"},
		},
		{
			name: "health department, tourism board, water authority, fire brigade",
			text: "Ostby health department said the water was safe to drink.\n\nThe Norland tourism board said visitor numbers had doubled.\n\nKestrel water authority said the reservoir was full.\n\nLenmoor fire brigade said the blaze began in the kitchen.",
			want: []quote{
				{"Ostby health department", model.Indirect, "the water was safe to drink"},
				{"Norland tourism board", model.Indirect, "visitor numbers had doubled"},
				{"Kestrel water authority", model.Indirect, "the reservoir was full"},
				{"Lenmoor fire brigade", model.Indirect, "the blaze began in the kitchen"},
			},
			speakers: []string{"Kestrel water authority", "Lenmoor fire brigade", "Norland tourism board", "Ostby health department"},
		},
		{
			name: "a place's possessive, a county's name, emergency services",
			text: "Ostby's health department said the water was safe.\n\nThe Kelmar County fire department said the blaze was out.\n\nThe Norland emergency services said the road was closed.",
			want: []quote{
				{"Ostby's health department", model.Indirect, "the water was safe"},
				{"Kelmar County fire department", model.Indirect, "the blaze was out"},
				{"Norland emergency services", model.Indirect, "the road was closed"},
			},
		},
		{
			name:     "near miss: a person's department speaks for the person",
			text:     "Tomas Brenn's health department said the water was safe.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the water was safe"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: a company's water authority is the company's",
			text:     "Kelmar Energy's water authority said the reservoir was full.",
			want:     []quote{{"Kelmar Energy", model.Indirect, "the reservoir was full"}},
			speakers: []string{"Kelmar Energy"},
		},
		{
			name:     "near miss: a service in a person's description",
			text:     "Ilse Varga, a Tarvik fire service officer, said the blaze was out.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the blaze was out"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "near miss: an unnamed service names nobody",
			text: "The tourism board said visitor numbers had doubled.",
			want: []quote{{"", model.Indirect, "visitor numbers had doubled"}},
		},
		// An agency named by its remit, two halves joined by "and".
		{
			name:     "customs and border protection said",
			text:     "U.S. Customs and Border Protection said agents found 475 pounds of cocaine.",
			want:     []quote{{"U.S. Customs and Border Protection", model.Indirect, "agents found 475 pounds of cocaine"}},
			speakers: []string{"U.S. Customs and Border Protection"},
			orgs:     []string{"U.S. Customs and Border Protection"},
		},
		{
			name:     "revenue and customs",
			text:     "HM Revenue and Customs said the tax would rise.",
			want:     []quote{{"HM Revenue and Customs", model.Indirect, "the tax would rise"}},
			speakers: []string{"HM Revenue and Customs"},
		},
		{
			name:     "a spokesman for immigration and customs enforcement",
			text:     "A spokesman for Immigration and Customs Enforcement said the man was detained.",
			want:     []quote{{"Immigration and Customs Enforcement", model.Indirect, "the man was detained"}},
			speakers: []string{"Immigration and Customs Enforcement"},
		},
		{
			name:     "near miss: the agency reported as the object of a said",
			text:     "Ilse Varga said Customs and Border Protection had seized the boat.",
			want:     []quote{{"Ilse Varga", model.Indirect, "Customs and Border Protection had seized the boat"}},
			speakers: []string{"Ilse Varga"},
		},
		// A ministry's remit listed with commas and "&" or "and".
		{
			name:     "the government's department for a listed remit",
			text:     "The Government's Department for Environment, Food & Rural Affairs said the change will save £60m.",
			want:     []quote{{"Department for Environment, Food & Rural Affairs", model.Indirect, "the change will save £60m"}},
			speakers: []string{"Department for Environment, Food & Rural Affairs"},
			orgs:     []string{"Department for Environment, Food & Rural Affairs"},
		},
		{
			name:     "a spokesman for a department of culture, media and sport",
			text:     "A spokesman for the Department for Culture, Media and Sport said the review was under way.",
			want:     []quote{{"Department for Culture, Media and Sport", model.Indirect, "the review was under way"}},
			speakers: []string{"Department for Culture, Media and Sport"},
		},
		{
			name: "remits of three and four",
			text: "The Ministry of Agriculture, Fisheries and Food said the ban would stay.\n\nThe Bureau of Alcohol, Tobacco, Firearms and Explosives said the gun was stolen.",
			want: []quote{
				{"Ministry of Agriculture, Fisheries and Food", model.Indirect, "the ban would stay"},
				{"Bureau of Alcohol, Tobacco, Firearms and Explosives", model.Indirect, "the gun was stolen"},
			},
		},
		{
			name:     "an institute's remit, and its acronym",
			text:     "As of yesterday, Norland's Institute of Epidemiology, Disease Control and Research (IEDCR) reported the number of cases included 114 active cases.",
			want:     []quote{{"Institute of Epidemiology, Disease Control and Research", model.Indirect, "the number of cases included 114 active cases"}},
			speakers: []string{"Institute of Epidemiology, Disease Control and Research"},
		},
		{
			name:     "near miss: a ministry's appositive after the comma",
			text:     "Ilse Varga, head of the Department for Culture, said the review was under way.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the review was under way"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "a remit's agency announced after a place and a comma",
			text:     "Agents found 475 pounds of cocaine in Las Croabas, Customs and Border Protection announced Tuesday.",
			want:     []quote{{"Customs and Border Protection", model.Indirect, "Agents found 475 pounds of cocaine in Las Croabas"}},
			speakers: []string{"Customs and Border Protection"},
		},
		{
			name: "near miss: a list of places still ends at the comma",
			text: "Talks will resume in May, Tarvik, Lenmoor and Osk said.",
			want: []quote{{"", model.Indirect, "Talks will resume in May, Tarvik"}},
		},
		// "on" opens a body's remit as "of" does; a full name after the
		// "and" is a person of their own.
		{
			name:     "a university's center on two things",
			text:     "Tarvik University's Center on Poverty and Inequality said the safety net was ineffective.",
			want:     []quote{{"Tarvik University's Center on Poverty and Inequality", model.Indirect, "the safety net was ineffective"}},
			speakers: []string{"Tarvik University's Center on Poverty and Inequality"},
		},
		{
			name:     "near miss: a body and a person joined by and",
			text:     "The Council of Europe and Tomas Brenn met on Monday. Brenn said the deal was off.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the deal was off"}},
			speakers: []string{"Tomas Brenn"},
		},
		// A body "of" another is not the other.
		{
			name: "the tribunal of a bank, then the bank",
			text: "The Administrative Tribunal of the World Bank found that Ilse Varga had erred. The World Bank acknowledged that the remarks were wrong.",
			want: []quote{
				{"Administrative Tribunal of the World Bank", model.Indirect, "Ilse Varga had erred"},
				{"World Bank", model.Indirect, "the remarks were wrong"},
			},
			speakers: []string{"Administrative Tribunal of the World Bank", "World Bank"},
		},
		{
			name: "a company's board, then the company",
			text: "The Board of Directors of Kelmar Energy said profits fell. Kelmar Energy said it would cut jobs.",
			want: []quote{
				{"Board of Directors of Kelmar Energy", model.Indirect, "profits fell"},
				{"Kelmar Energy", model.Indirect, "it would cut jobs"},
			},
			speakers: []string{"Board of Directors of Kelmar Energy", "Kelmar Energy"},
		},
		{
			name:     "near miss: a department's remit is its short name",
			text:     "The Department of Homeland Security said the border was secure. Homeland Security added that patrols had doubled.",
			want:     []quote{{"Department of Homeland Security", model.Indirect, "the border was secure"}, {"Department of Homeland Security", model.Indirect, "patrols had doubled"}},
			speakers: []string{"Department of Homeland Security"},
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
