package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestDescrS8Cases covers session 8's speakers referred to by a
// description: a described person the text keeps unnamed is never a
// person it named before. Near misses keep the description resolving.
func TestDescrS8Cases(t *testing.T) {
	tests := []freshCase{
		{
			name: "the neighbour, who asked not to be named, after a named woman",
			text: "Mara Tellen, 42, lives on Birch Lane. The neighbour, who asked not to be named, said the fire started at night.",
			want: []quote{{"", model.Indirect, "the fire started at night"}},
		},
		{
			name: "the neighbour, who declined to be identified",
			text: "Mara Tellen said the street was quiet. The neighbour, who declined to be identified, said the fire started at night.",
			want: []quote{
				{"Mara Tellen", model.Indirect, "the street was quiet"},
				{"", model.Indirect, "the fire started at night"},
			},
		},
		{
			name: "the official, who spoke on condition of anonymity",
			text: "Mara Tellen said the street was quiet. The official, who spoke on condition of anonymity, said the fire started at night.",
			want: []quote{
				{"Mara Tellen", model.Indirect, "the street was quiet"},
				{"", model.Indirect, "the fire started at night"},
			},
		},
		{
			name: "the firefighter, who didn't want to be identified, told reporters",
			text: "Mara Tellen said the street was quiet. The firefighter, who didn't want to be identified, told reporters that the fire started at night.",
			want: []quote{
				{"Mara Tellen", model.Indirect, "the street was quiet"},
				{"", model.Indirect, "the fire started at night"},
			},
		},
		{
			name: "the unnamed neighbour again adds",
			text: "Mara Tellen said the street was quiet. The neighbour, who asked not to be named, said the fire started at night. \"We ran,\" the neighbour added.",
			want: []quote{
				{"Mara Tellen", model.Indirect, "the street was quiet"},
				{"", model.Indirect, "the fire started at night"},
				{"", model.Direct, "We ran"},
			},
		},
		{
			name: "near miss: a relative clause that withholds nothing",
			text: "Mara Tellen, a neighbour, said the street was quiet. The neighbour, who has lived there for years, said the fire started at night.",
			want: []quote{
				{"Mara Tellen", model.Indirect, "the street was quiet"},
				{"Mara Tellen", model.Indirect, "the fire started at night"},
			},
		},
		{
			name:     "near miss: a named speaker who asked not to be named in full",
			text:     "Mara Tellen, who asked not to be named in full, said the fire started at night.",
			want:     []quote{{"Mara Tellen", model.Indirect, "the fire started at night"}},
			speakers: []string{"Mara Tellen"},
		},
		{
			name: "near miss: the owner is the named owner",
			text: "Usman Hasib, the owner of the Velra salon, spoke to reporters. The owner said a man entered the salon on Tuesday.",
			want: []quote{{"Usman Hasib", model.Indirect, "a man entered the salon on Tuesday"}},
		},
		// A body called an organisation by a copula: "TED is a nonprofit
		// organization dedicated to ...", then "the organization says".
		{
			name: "X is a nonprofit organization ... the organization says",
			text: "TED is a nonprofit organization dedicated to ideas. It holds conferences. Its talks have been viewed 800 million times, the organization says.",
			want: []quote{{"TED", model.Indirect, "Its talks have been viewed 800 million times"}},
		},
		{
			name: "the organization after another body named before the copula",
			text: "Orvale University hosted the event. TED is a nonprofit organization dedicated to ideas. Its talks have been viewed 800 million times, the organization says.",
			want: []quote{{"TED", model.Indirect, "Its talks have been viewed 800 million times"}},
		},
		{
			name: "X is an organization that ...",
			text: "Velra is an organization that plants trees. Its volunteers planted 9,000 trees, the organization said.",
			want: []quote{{"Velra", model.Indirect, "Its volunteers planted 9,000 trees"}},
		},
		{
			name: "X is a charity that ... the charity said",
			text: "Velra is a charity that plants trees. The charity said its volunteers planted 9,000 trees.",
			want: []quote{{"Velra", model.Indirect, "its volunteers planted 9,000 trees"}},
		},
		{
			name: "near miss: a person is a member of the organization",
			text: "Tomas Brenn is a member of the organization. The organization said its volunteers planted 9,000 trees.",
			want: []quote{{"", model.Indirect, "its volunteers planted 9,000 trees"}},
		},
		{
			name: "near miss: a person is a company director",
			text: "Ilse Varga is a company director. The company said its profits rose.",
			want: []quote{{"", model.Indirect, "its profits rose"}},
		},
		// "trust members said": the body's members speak for the body
		// named before, as "the trust said".
		{
			name: "trust members said after the trust is named",
			text: "The Tarvik Transportation Trust met on Monday. Trust members said the answers arrived too late.",
			want: []quote{{"Tarvik Transportation Trust", model.Indirect, "the answers arrived too late"}},
		},
		{
			name: "union members said after the union is named",
			text: "The Orvale Teachers Union met on Monday. Union members said the answers arrived too late.",
			want: []quote{{"Orvale Teachers Union", model.Indirect, "the answers arrived too late"}},
		},
		{
			name: "near miss: union members with no union named",
			text: "Ilse Varga met with students on Monday. Union members said the answers arrived too late.",
			want: []quote{{"", model.Indirect, "the answers arrived too late"}},
		},
		{
			name: "near miss: board members are not the trust",
			text: "The Tarvik Transportation Trust met on Monday. Board members said the answers arrived too late.",
			want: []quote{{"", model.Indirect, "the answers arrived too late"}},
		},
		{
			name: "near miss: family members",
			text: "The Tarvik Transportation Trust met on Monday. Family members said the answers arrived too late.",
			want: []quote{{"", model.Indirect, "the answers arrived too late"}},
		},
		// "In Hajjaj's case, she decided ...": the possessor of the
		// opening is the pronoun, not the speaker before.
		{
			name: "in X's case, she decided ... she continued",
			text: "One of those who fled was Ilse Varga, 25. \"I was afraid,\" she said.\n\nMara Tellen, a nurse, said many families could not reach the ward. \"It is very hard,\" she said.\n\nIn Varga's case, she decided to stay at the hospital. \"I am worried about him,\" she continued.",
			want: []quote{
				{"Ilse Varga", model.Direct, "I was afraid"},
				{"Mara Tellen", model.Indirect, "many families could not reach the ward"},
				{"Mara Tellen", model.Direct, "It is very hard"},
				{"Ilse Varga", model.Direct, "I am worried about him"},
			},
		},
		{
			name: "in X's case with the full name",
			text: "Mara Tellen, a nurse, said many families could not reach the ward. \"It is very hard,\" she said.\n\nIn Ilse Varga's case, she stayed at the hospital. \"I am worried about him,\" she said.",
			want: []quote{
				{"Mara Tellen", model.Indirect, "many families could not reach the ward"},
				{"Mara Tellen", model.Direct, "It is very hard"},
				{"Ilse Varga", model.Direct, "I am worried about him"},
			},
		},
		{
			name: "near miss: in X's house is a place, not a topic",
			text: "One of those who fled was Ilse Varga, 25. \"I was afraid,\" she said.\n\nMara Tellen, a nurse, said many families could not reach the ward. \"It is very hard,\" she said.\n\nIn Varga's house, she found nothing. \"I am worried about him,\" she said.",
			want: []quote{
				{"Ilse Varga", model.Direct, "I was afraid"},
				{"Mara Tellen", model.Indirect, "many families could not reach the ward"},
				{"Mara Tellen", model.Direct, "It is very hard"},
				{"Mara Tellen", model.Direct, "I am worried about him"},
			},
		},
		{
			name: "near miss: in his case, she is not him",
			text: "One of those who fled was Tomas Brenn, 25. \"I was afraid,\" he said.\n\nMara Tellen, a nurse, said many families could not reach the ward. \"It is very hard,\" she said.\n\nIn Brenn's case, she decided to help. \"I am worried about him,\" she continued.",
			want: []quote{
				{"Tomas Brenn", model.Direct, "I was afraid"},
				{"Mara Tellen", model.Indirect, "many families could not reach the ward"},
				{"Mara Tellen", model.Direct, "It is very hard"},
				{"Mara Tellen", model.Direct, "I am worried about him"},
			},
		},
		// "Prime Minister, Dr the Rt. Hon. Keith Mitchell": the role
		// before the comma is his though honorifics stand between; a
		// later "who served as Finance Minister" does not take it away.
		{
			name: "a role, a comma and honorifics before the name, then the title alone",
			text: "Prime Minister, Dr the Rt. Hon. Ada Vell greets Tomas Brenn\n\nVelmark's Prime Minister and Chairman of the OECS Authority, Dr the Rt. Hon. Ada Vell has voiced her support for a forum.\n\nDr Vell was among several leaders.\n\nThe Prime Minister said, \"We are taken for granted.\"\n\nDr Vell, who served as Finance Minister for several years, underscored the importance of banking.",
			want: []quote{{"Ada Vell", model.Direct, "We are taken for granted."}},
		},
		{
			name: "a later aside with another ministry",
			text: "Prime Minister Ada Vell has voiced her support for a forum.\n\nThe Prime Minister said, \"We are taken for granted.\"\n\nVell, who served as Finance Minister for several years, spoke on.",
			want: []quote{{"Ada Vell", model.Direct, "We are taken for granted."}},
		},
		{
			name: "near miss: another minister is not the Prime Minister",
			text: "Finance Minister Tomas Brenn spoke first.\n\nThe Prime Minister said, \"We are taken for granted.\"",
			want: []quote{{"", model.Direct, "We are taken for granted."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
