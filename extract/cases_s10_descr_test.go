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
			name: "the firm after a passive, the subject is the one sued",
			text: "Dunwell Freight was sued by Halvern Steel. The firm said the claim was baseless.",
			want: []quote{{"Dunwell Freight", model.Indirect, "the claim was baseless"}},
		},
		{
			name: "near miss: a generic spokesman after a named firm stays unnamed",
			text: "Halvern Steel shed 300 jobs. A spokesman said orders had collapsed.",
			want: []quote{{"", model.Indirect, "orders had collapsed"}},
		},
		// "The club", "the team", "the group" for a name of two
		// capitalised words that only its shape made a person, once its
		// sentence reads it as a body: a plural verb, "their".
		{
			name: "a statement from the club",
			text: "Pellan Rovers have sacked their manager. A statement from the club said the decision was taken with regret.",
			want: []quote{{"Pellan Rovers", model.Indirect, "the decision was taken with regret"}},
		},
		{
			name: "in a statement, the club said, after their",
			text: "Tarrow United sacked their manager on Sunday. In a statement, the club said the decision was taken with regret.",
			want: []quote{{"Tarrow United", model.Indirect, "the decision was taken with regret"}},
		},
		{
			name: "the club said, a club's name with no plural verb",
			text: "Marlow Athletic lost 4-0 on Saturday. “We apologise to our fans,” the club said.",
			want: []quote{{"Marlow Athletic", model.Direct, "We apologise to our fans"}},
		},
		{
			name: "near miss: two clubs in the sentence, the club is either",
			text: "Pellan Rovers beat Marlow Athletic 2-1. The club said the win was deserved.",
			want: []quote{{"", model.Indirect, "the win was deserved"}},
		},
		{
			name: "near miss: two people joined by and are no group",
			text: "Tomsk Varda and Ilse Brenn have run the inn for years. The group said they would retire.",
			want: []quote{{"", model.Indirect, "they would retire"}},
		},
		// "The group" for a named body of people that speaks with an
		// organisation's word, once it is its sentence's subject.
		{
			name: "the group after a named association",
			text: "The Brennick Residents Association has opposed the tower. The group said the tower would block the light.",
			want: []quote{{"Brennick Residents Association", model.Indirect, "the tower would block the light"}},
		},
		{
			name: "near miss: an unnamed group met the association",
			text: "A group of residents met the Brennick Residents Association on Monday. The group said the tower was too tall.",
			want: []quote{{"", model.Indirect, "the tower was too tall"}},
		},
		{
			name: "near miss: a ministry is no group",
			text: "The Tarrow Ministry of Transport closed the road. The group said the road was deadly.",
			want: []quote{{"", model.Indirect, "the road was deadly"}},
		},
		// A title for short ("the CMO") stands for the one named before
		// who holds it, and is no organisation of its own.
		{
			name: "the CMO after the named doctor as subject",
			text: "Ireland could see 2,300 cases a day. Dr Tony Harkin outlined a number of reasons for new restrictions. The CMO told Stephen Dunne that they were concerned the rules would not be enough.",
			want: []quote{{"Tony Harkin", model.Indirect, "they were concerned the rules would not be enough"}},
		},
		{
			name: "the CMO after the title written in full",
			text: "Chief Medical Officer Dr Anna Velt warned of a surge. “Hospitals are full,” the CMO said.",
			want: []quote{{"Anna Velt", model.Direct, "Hospitals are full"}},
		},
		{
			name:     "near miss: the CMO with no one named is no speaker",
			text:     "The CMO said hospitals were full.",
			want:     []quote{{"", model.Indirect, "hospitals were full"}},
			speakers: []string{},
		},
		// A title that the previous sentence gave its subject: as its
		// predicate, as a cabinet left, as the body the subject runs.
		{
			name: "the former minister after left the cabinet",
			text: "Aksel Brun left the cabinet in 2019. The former minister said the reform had failed.",
			want: []quote{{"Aksel Brun", model.Indirect, "the reform had failed"}},
		},
		{
			name: "the former minister after served as finance minister",
			text: "Aksel Brun served as finance minister until 2019. The former minister told reporters the reform had failed.",
			want: []quote{{"Aksel Brun", model.Indirect, "the reform had failed"}},
		},
		{
			name: "the head of the relief agency after runs the agency",
			text: "Hedda Lund runs the Brask Relief Agency. The head of the relief agency told reporters that 3,000 tents had been sent.",
			want: []quote{{"Hedda Lund", model.Indirect, "3,000 tents had been sent"}},
		},
		{
			name: "near miss: praising the government makes no former minister",
			text: "Aksel Brun praised the government on Monday. The former minister said the reform had failed.",
			want: []quote{{"", model.Indirect, "the reform had failed"}},
		},
		{
			name: "near miss: leaving the cabinet makes no sitting minister",
			text: "Aksel Brun left the cabinet in 2019. The minister said the reform had failed.",
			want: []quote{{"", model.Indirect, "the reform had failed"}},
		},
		// A role guessed from salience alone means nobody when two people
		// were named together.
		{
			name: "near miss: the driver after two drivers joined by and",
			text: "Mikkel Aune and Lars Petterin crashed on lap three. The driver said the brakes had failed.",
			want: []quote{{"", model.Indirect, "the brakes had failed"}},
		},
		{
			name: "the driver after one driver",
			text: "Mikkel Aune crashed on lap three of the Brennick Grand Prix. The driver said the brakes had failed.",
			want: []quote{{"Mikkel Aune", model.Indirect, "the brakes had failed"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
