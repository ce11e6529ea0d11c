package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestLinkedWordsS8Cases covers Markdown links in web pages (page gold
// dev-a): a link holding a cue and the whole clause it reports, and a link
// on a speaker's name, read as the sentence's words; links that are
// phrases of their own stay as they were.
func TestLinkedWordsS8Cases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "a link on the cue and its clause, to the clause's end",
			text:     "The ministry [said the bridge would reopen in May](https://example.org/c).",
			want:     []quote{{"", model.Indirect, "the bridge would reopen in May"}},
			speakers: []string{},
		},
		{
			name:     "a link on an adverb, the cue and its clause",
			text:     "My colleague Ilse Varga, who also tried the headset this week, has [already pointed out that it will be a great TV](https://example.org/b).",
			want:     []quote{{"Ilse Varga", model.Indirect, "it will be a great TV"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "a link on a cue with an object and its clause",
			text:     "Tomas Brenn [told reporters the vote would be held in June](https://example.org/d).",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the vote would be held in June"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "a link on a request and its object",
			text:     "Tomas Brenn [asked the council to delay the vote until June](https://example.org/w).",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the council to delay the vote until June"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "according to a linked body",
			text:     "That would reduce revenue by $631 million over 10 years, according to the [Tidewater Policy Center](https://example.org/h).",
			want:     []quote{{"Tidewater Policy Center", model.Indirect, "That would reduce revenue by $631 million over 10 years"}},
			speakers: []string{"Tidewater Policy Center"},
		},
		{
			name:     "a title before a linked name",
			text:     "Mayor [Tomas Brenn](https://example.org/a) said the bridge would reopen in May.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the bridge would reopen in May"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "a spokeswoman for a linked body",
			text:     "A spokeswoman for the [Ministry of Labour](https://example.org/j) said the talks had failed.",
			want:     []quote{{"Ministry of Labour", model.Indirect, "the talks had failed"}},
			speakers: []string{"Ministry of Labour"},
		},
		{
			name:     "a linked name with a title in its address",
			text:     "In 2013, [Ilse Varga](https://example.org/n \"More articles about Ilse Varga.\") said the plan was reckless.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the plan was reckless"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "a link on a lower-case subject",
			text:     "A large body of neuroscientific [studies](https://example.org/a) has pointed out that the brain works in its spare time.",
			want:     []quote{{"", model.Indirect, "the brain works in its spare time"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a link on a lower-case object",
			text:     "You can [read more](https://example.org/r) about the bridge here.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "near miss: a linked outlet stays an outlet",
			text:     "According to the [Calder Gazette](https://example.org/b), the bridge will reopen.",
			want:     []quote{{"", model.Indirect, "the bridge will reopen"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a long link the sentence goes on after",
			text:     "The mayor [insisted his deputy Tomas Brenn meet with](https://example.org/f) the union leaders.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "near miss: a long link not opening with a cue",
			text:     "The council [voted to close the bridge for three months](https://example.org/r).",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "near miss: a linked place",
			text:     "Ilse Varga visited [Tarvik](https://example.org/c) on Monday. “It is a fine town,” she said.",
			want:     []quote{{"Ilse Varga", model.Direct, "It is a fine town"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a short adverb link keeps its old reading",
			text:     "The Calder Gazette has [just reported](https://example.org/e) that the port will close.",
			want:     nil,
			speakers: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestPicturesS8Cases covers web pages' pictures between a speaker's
// paragraphs (page gold dev-a): a paragraph that is only images says
// nothing, and the people its alt text names are no mentions; a caption
// naming the speaker alone does not end the speaker's turn.
func TestPicturesS8Cases(t *testing.T) {
	const said = "“The dam will hold,” said Ilse Varga, the engineer.\n\n"
	tests := []freshCase{
		{
			name: "a linked picture whose alt text names someone else",
			text: said + "[![Tomas Brenn at the dam.](https://example.org/a.jpg)](https://example.org/p#img-2)\n\n“We have checked it twice.”",
			want: []quote{{"Ilse Varga", model.Direct, "The dam will hold"}, {"Ilse Varga", model.Direct, "We have checked it twice."}},
		},
		{
			name: "a picture, then a paragraph about no one",
			text: said + "![Ilse Varga at the dam.](https://example.org/a.jpg)\n\nThe dam was built in 1954.\n\n“We have checked it twice.”",
			want: []quote{{"Ilse Varga", model.Direct, "The dam will hold"}, {"Ilse Varga", model.Direct, "We have checked it twice."}},
		},
		{
			name: "a picture and a caption naming the speaker",
			text: said + "[![Ilse Varga at the dam.](https://example.org/a.jpg)](https://example.org/p#img-2)\n\n- Ilse Varga at the dam on Monday\n\n“We have checked it twice.”",
			want: []quote{{"Ilse Varga", model.Direct, "The dam will hold"}, {"Ilse Varga", model.Direct, "We have checked it twice."}},
		},
		{
			name: "near miss: a caption naming someone else",
			text: said + "- Tomas Brenn at the dam on Monday\n\n“We have checked it twice.”",
			want: []quote{{"Ilse Varga", model.Direct, "The dam will hold"}, {"", model.Direct, "We have checked it twice."}},
		},
		{
			name: "near miss: two paragraphs about no one",
			text: said + "The dam was built in 1954.\n\nIt cost 40 million krone.\n\n“We have checked it twice.”",
			want: []quote{{"Ilse Varga", model.Direct, "The dam will hold"}, {"", model.Direct, "We have checked it twice."}},
		},
		{
			name: "near miss: a paragraph naming someone else who acts",
			text: said + "Tomas Brenn, the mayor, disagreed with her.\n\n“We have checked it twice.”",
			want: []quote{{"Ilse Varga", model.Direct, "The dam will hold"}, {"Tomas Brenn", model.Direct, "We have checked it twice."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestCueAfterOpeningS8Cases covers a speech verb that is as often a
// plural noun ("states", "claims", "notes") after an opening phrase and a
// name, before a quotation (page gold dev-a): the verb of a cue, not an
// item in a list.
func TestCueAfterOpeningS8Cases(t *testing.T) {
	const who = "Ilse Varga is a writer. "
	tests := []freshCase{
		{
			name: "an opening phrase, a name, states, a quotation",
			text: who + "In a tweet, Varga states, “Some people put words in his mouth.”",
			want: []quote{{"Ilse Varga", model.Direct, "Some people put words in his mouth."}},
		},
		{
			name: "an opening phrase, a name, claims, a quotation",
			text: who + "In a tweet, Varga claims, “Some people put words in his mouth.”",
			want: []quote{{"Ilse Varga", model.Direct, "Some people put words in his mouth."}},
		},
		{
			name: "later, a name, notes, a quotation",
			text: who + "Later, Varga notes, “Some people put words in his mouth.”",
			want: []quote{{"Ilse Varga", model.Direct, "Some people put words in his mouth."}},
		},
		{
			name:     "near miss: an item in a list of names and nouns",
			text:     "The show had UFC Undisputed 2010, PAX East highlights, Just Cause 2 and more.",
			want:     nil,
			speakers: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestPronounAfterQuotationS8Cases covers a pronoun's cue after
// paragraphs that are all quotation (page gold dev-a): they name no one
// and do not use up the pronoun's window, but reaching past them finds
// only the one who spoke.
func TestPronounAfterQuotationS8Cases(t *testing.T) {
	tests := []freshCase{
		{
			name: "she added, after a quotation over two paragraphs",
			text: "“The drug was in her system,” her mother, Marta, said yesterday.\n\n“As she deteriorated, the staff did all they could.\n\n“She was burning up from within.”\n\nShe added: “They never stood a chance.”",
			want: []quote{
				{"Marta", model.Direct, "The drug was in her system"},
				{"Marta", model.Direct, "As she deteriorated, the staff did all they could."},
				{"Marta", model.Direct, "She was burning up from within."},
				{"Marta", model.Direct, "They never stood a chance."},
			},
		},
		{
			name: "he added, after three quotation paragraphs",
			text: "“The drug was in his system,” Tomas Brenn said yesterday.\n\n“As she deteriorated, the staff did all they could.”\n\n“She was burning up from within.”\n\n“It was terrible.”\n\nHe added: “They never stood a chance.”",
			want: []quote{
				{"Tomas Brenn", model.Direct, "The drug was in his system"},
				{"Tomas Brenn", model.Direct, "As she deteriorated, the staff did all they could."},
				{"Tomas Brenn", model.Direct, "She was burning up from within."},
				{"Tomas Brenn", model.Direct, "It was terrible."},
				{"Tomas Brenn", model.Direct, "They never stood a chance."},
			},
		},
		{
			name: "near miss: a woman named before a man's quotations never spoke",
			text: "Ilse Varga ran the clinic.\n\n“The drug was in his system,” Tomas Brenn said yesterday.\n\n“As she deteriorated, the staff did all they could.\n\n“She was burning up from within.”\n\nShe added: “They never stood a chance.”",
			want: []quote{
				{"Tomas Brenn", model.Direct, "The drug was in his system"},
				{"Tomas Brenn", model.Direct, "As she deteriorated, the staff did all they could."},
				{"Tomas Brenn", model.Direct, "She was burning up from within."},
				{"", model.Direct, "They never stood a chance."},
			},
		},
		{
			name: "near miss: an unnamed speaker's quotations in between",
			text: "Ilse Varga ran the clinic for ten years.\n\nShe spoke to the board in 2019.\n\n“The drug was in his system,” a nurse said.\n\n“It was terrible.”\n\nShe added: “They never stood a chance.”",
			want: []quote{
				{"", model.Direct, "The drug was in his system"},
				{"", model.Direct, "It was terrible."},
				{"", model.Direct, "They never stood a chance."},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestAskedQuotationS8Cases covers request verbs that also give the
// manner a quotation was said in (page gold dev-a): “Don’t get nervous,”
// instructed the supervisor. Elsewhere they stay cues only of a request.
func TestAskedQuotationS8Cases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "instructed, inverted after the quotation",
			text:     "“Don’t get nervous,” instructed Milton Velez, the agency’s district supervisor.",
			want:     []quote{{"Milton Velez", model.Direct, "Don’t get nervous"}},
			speakers: []string{"Milton Velez"},
		},
		{
			name:     "a name, then instructed, after the quotation",
			text:     "“Don’t get nervous,” Milton Velez instructed.",
			want:     []quote{{"Milton Velez", model.Direct, "Don’t get nervous"}},
			speakers: []string{"Milton Velez"},
		},
		{
			name:     "begged, inverted after the quotation",
			text:     "“Please stay,” begged Ilse Varga, the mother of the boy.",
			want:     []quote{{"Ilse Varga", model.Direct, "Please stay"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: instructed in a relative clause after the cue",
			text:     "“We left,” said Ilse Varga, who was instructed to wait.",
			want:     []quote{{"Ilse Varga", model.Direct, "We left"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: an opening participle after a quotation",
			text:     "“We left.” Instructed by the police, Ilse Varga stayed home.",
			want:     []quote{{"", model.Direct, "We left."}},
			speakers: []string{},
		},
		{
			name:     "near miss: a title, then instructed",
			text:     "The report, “Tidewater Rising”, instructed readers on floods.",
			want:     nil,
			speakers: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestUnnamedGroupsS8Cases covers plural nouns for unnamed groups of
// people the group lexicon lacked (page gold dev-a): "indigenous elders
// say ..." reports words, nobody's in particular.
func TestUnnamedGroupsS8Cases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "indigenous elders say",
			text:     "But indigenous elders say they aren’t being listened to.",
			want:     []quote{{"", model.Indirect, "they aren’t being listened to"}},
			speakers: []string{},
		},
		{
			name:     "many women say",
			text:     "Many women say they feel unsafe in Tarvik.",
			want:     []quote{{"", model.Indirect, "they feel unsafe in Tarvik"}},
			speakers: []string{},
		},
		{
			name:     "vendors said",
			text:     "Street vendors said the market would close in May.",
			want:     []quote{{"", model.Indirect, "the market would close in May"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a named body holding a group word",
			text:     "The Tarvik Children's Fund said the school would close.",
			want:     []quote{{"Tarvik Children's Fund", model.Indirect, "the school would close"}},
			speakers: []string{"Tarvik Children's Fund"},
		},
		{
			name:     "near miss: the elders as an object",
			text:     "Ilse Varga, who met the elders on Monday, said the talks would resume.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the talks would resume"}},
			speakers: []string{"Ilse Varga"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestContrastSpeakerS8Cases covers a second speaker after a contrasting
// subordinator inside a reported clause (page gold dev-a): "claimed the
// tax cuts would pay for themselves even as the budget office estimated
// that ..." ends the first clause before "even as".
func TestContrastSpeakerS8Cases(t *testing.T) {
	tests := []freshCase{
		{
			name: "even as a body estimated that",
			text: "Tomas Brenn claimed the tax cuts would pay for themselves even as the Tidewater Budget Office estimated that they would add $250 billion to the deficit.",
			want: []quote{
				{"Tomas Brenn", model.Indirect, "the tax cuts would pay for themselves"},
				{"Tidewater Budget Office", model.Indirect, "they would add $250 billion to the deficit"},
			},
		},
		{
			name: "a comma, even as a body warned that",
			text: "Tomas Brenn said the bridge was safe, even as the Harbour Agency warned that it could collapse.",
			want: []quote{
				{"Tomas Brenn", model.Indirect, "the bridge was safe"},
				{"Harbour Agency", model.Indirect, "it could collapse"},
			},
		},
		{
			name: "a comma, although a group said",
			text: "Tomas Brenn insisted the bridge was safe, although engineers said it could collapse.",
			want: []quote{
				{"Tomas Brenn", model.Indirect, "the bridge was safe"},
				{"", model.Indirect, "it could collapse"},
			},
		},
		{
			name: "even though an unnamed body said",
			text: "Tomas Brenn said the bridge was safe even though the agency said it was not.",
			want: []quote{
				{"Tomas Brenn", model.Indirect, "the bridge was safe"},
				{"", model.Indirect, "it was not"},
			},
		},
		{
			name: "near miss: even as with no speaker after it",
			text: "Tomas Brenn said the bridge was safe even as cracks appeared in its deck.",
			want: []quote{{"Tomas Brenn", model.Indirect, "the bridge was safe even as cracks appeared in its deck"}},
		},
		{
			name: "near miss: while with a verb of no speech",
			text: "Tomas Brenn said the bridge would stay open while engineers inspected it.",
			want: []quote{{"Tomas Brenn", model.Indirect, "the bridge would stay open while engineers inspected it"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestBodyLikeNameS8Cases covers a body's name that looks like a person's
// (two capitalised words, no first name known): the words after it say
// it is a body (page gold dev-a, "Con Edison officials said").
func TestBodyLikeNameS8Cases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "a name, then officials",
			text:     "Vell Morrow officials said the lines were old.",
			want:     []quote{{"Vell Morrow", model.Indirect, "the lines were old"}},
			speakers: []string{"Vell Morrow"},
			orgs:     []string{"Vell Morrow"},
		},
		{
			name:     "a name's worker, then the company",
			text:     "A Vell Morrow worker repaired the cable, and the company said the lines were old.",
			want:     []quote{{"Vell Morrow", model.Indirect, "the lines were old"}},
			speakers: []string{"Vell Morrow"},
		},
		{
			name:     "a name, then which",
			text:     "Kaur Veldsen, which maintains the lines, said they were old.",
			want:     []quote{{"Kaur Veldsen", model.Indirect, "they were old"}},
			speakers: []string{"Kaur Veldsen"},
			orgs:     []string{"Kaur Veldsen"},
		},
		{
			name:     "near miss: a person's spokesman",
			text:     "Kaur Veldsen spokesman Ivo Tamm said the talks had failed.",
			want:     []quote{{"Ivo Tamm", model.Indirect, "the talks had failed"}},
			speakers: []string{"Ivo Tamm"},
		},
		{
			name:     "near miss: places joined before officials",
			text:     "New Orleans and Jefferson Parish officials have said they are not concerned about the levees.",
			want:     []quote{{"", model.Indirect, "they are not concerned about the levees"}},
			speakers: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestToldUsS8Cases covers what the writer was told by people unnamed
// (page gold dev-a, celebrity news): "We're told the footage shows ...",
// and "sources tell (us) ..." in the present.
func TestToldUsS8Cases(t *testing.T) {
	tests := []freshCase{
		{
			name: "we're told",
			text: "We're told there is security footage that could catch the culprit.",
			want: []quote{{"", model.Indirect, "there is security footage that could catch the culprit"}},
		},
		{
			name: "I am told, curly apostrophe",
			text: "I’m told the deal is close.",
			want: []quote{{"", model.Indirect, "the deal is close"}},
		},
		{
			name: "and we're told, second clause",
			text: "We know they were in the manager's office and we're told they have looked at security footage.",
			want: []quote{{"", model.Indirect, "they have looked at security footage"}},
		},
		{
			name: "sources tell an outlet",
			text: "Law enforcement sources tell the Calder Gazette the dress was taken out of her room.",
			want: []quote{{"", model.Indirect, "the dress was taken out of her room"}},
		},
		{
			name: "near miss: told to, a passive request",
			text: "We're told to stay indoors.",
			want: nil,
		},
		{
			name: "near miss: tell with a noun object",
			text: "Residents tell stories about the war.",
			want: nil,
		},
		{
			name: "near miss: hard to tell",
			text: "It is hard to tell whether the bridge is safe.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestSourceAsideS8Cases covers a clause naming someone, then an unnamed
// source with an aside, then the cue (wire reporting, page gold dev-a):
// "Ilse Varga left the talks, the source, who asked not to be named, told
// Reuters." The source speaks, not the person the clause is about.
func TestSourceAsideS8Cases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "a person's clause, the source and an aside, told",
			text:     "Ilse Varga left the talks on Monday, the source, who asked not to be named, told Reuters.",
			want:     []quote{{"", model.Indirect, "Ilse Varga left the talks on Monday"}},
			speakers: []string{},
		},
		{
			name:     "a role's clause, an official and an aside, said",
			text:     "The mayor left the talks on Monday, an official, who spoke on condition of anonymity, said.",
			want:     []quote{{"", model.Indirect, "The mayor left the talks on Monday"}},
			speakers: []string{},
		},
		{
			name: "a relative clause, the source, an aside with its own cue, told",
			text: "The figures are ministers Jonas Moyo and Ivo Kasuk, who fled to the compound after their homes were attacked, the source, who said he had spoken to people inside the compound, told Reuters.",
			want: []quote{
				{"", model.Indirect, "The figures are ministers Jonas Moyo and Ivo Kasuk, who fled to the compound after their homes were attacked"},
				{"", model.Indirect, "he had spoken to people inside the compound"},
			},
			speakers: []string{},
		},
		{
			name:     "near miss: a name, its aside, then the cue",
			text:     "The talks collapsed, Ilse Varga, who chairs the council, said on Monday.",
			want:     []quote{{"Ilse Varga", model.Indirect, "The talks collapsed"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a clause ending in a name and its aside",
			text:     "The move came after Tomas Brenn, a district judge, ruled that the ballots be counted.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the ballots be counted"}},
			speakers: []string{"Tomas Brenn"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestJoinedSubjectS8Cases covers a reported clause whose subject is two
// noun phrases joined by "and" after a possessive (page gold dev-a): "the
// company claims its new prices and Prime deals have saved customers
// millions". After verbs that take things as well, the "and" still ends
// an object.
func TestJoinedSubjectS8Cases(t *testing.T) {
	tests := []freshCase{
		{
			name: "claims its A and B have",
			text: "Tidewater Foods cut prices. The company claims its new prices and Prime deals have saved customers millions.",
			want: []quote{{"Tidewater Foods", model.Indirect, "its new prices and Prime deals have saved customers millions"}},
		},
		{
			name: "said its A and its B are",
			text: "Tomas Brenn said his plan and his budget are sound.",
			want: []quote{{"Tomas Brenn", model.Indirect, "his plan and his budget are sound"}},
		},
		{
			name: "near miss: announced its results, and others were",
			text: "The company announced its results and analysts were surprised.",
			want: nil,
		},
		{
			name: "near miss: denied his involvement, and the charges were",
			text: "Tomas Brenn denied his involvement and the charges were dropped.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestSignedQuotationS8Cases covers a quotation signed on a line of its
// own under it, as web pages sign block quotes and pull quotes (page gold
// dev-a): the name signed is the speaker.
func TestSignedQuotationS8Cases(t *testing.T) {
	const lead = "Ilse Varga runs the lab.\n\n"
	tests := []freshCase{
		{
			name:     "a block quote signed with credentials",
			text:     lead + "> “The dam will hold through the winter.”\n> \n> Ilse Varga, Ph.D.",
			want:     []quote{{"Ilse Varga", model.Direct, "The dam will hold through the winter."}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "a quotation signed after a dash",
			text:     lead + "“The dam will hold through the winter.” — Ilse Varga",
			want:     []quote{{"Ilse Varga", model.Direct, "The dam will hold through the winter."}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a name that goes on with a verb",
			text:     "“No to the bridge.”\nTomas Brenn carried the banner to the hall.",
			want:     []quote{{"", model.Direct, "No to the bridge."}},
			speakers: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestMidCueThenQuotationS8Cases covers a cue in the middle of its
// sentence whose clause runs into a quotation with a cue of its own (page
// gold dev-a): the clause ends before the quotation, which goes to its
// own cue.
func TestMidCueThenQuotationS8Cases(t *testing.T) {
	tests := []freshCase{
		{
			name: "the officials said, a clause, a quotation and its named cue",
			text: "To alleviate the threat, the officials said, the utility switched most of its manhole covers to vented ones, “so they cannot form a combustible amount,” Mr. Tomas Brenn said.",
			want: []quote{
				{"", model.Indirect, "the utility switched most of its manhole covers to vented ones"},
				{"Tomas Brenn", model.Direct, "so they cannot form a combustible amount"},
			},
		},
		{
			name: "near miss: a quoted phrase inside the clause after a mid cue",
			text: "The bridge, Ilse Varga said, was “a disgrace,” and should close.",
			want: []quote{{"Ilse Varga", model.Mixed, "was “a disgrace,” and should close"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestQuotedThenAgentS8Cases covers a passive speech verb whose quoted
// words come before its named agent: "was called “reckless” by Tomas
// Brenn", "was described as “heartbreaking” by Ilse Varga".
func TestQuotedThenAgentS8Cases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "described as a quotation by a name",
			text:     "The recent strandings have been described as “heartbreaking” by Ilse Varga.",
			want:     []quote{{"Ilse Varga", model.Direct, "heartbreaking"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "called a quotation by a name and role",
			text:     "The plan was called “reckless” by Tomas Brenn, the mayor.",
			want:     []quote{{"Tomas Brenn", model.Direct, "reckless"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: an unnamed agent",
			text:     "The film was described as “a triumph” by critics.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "near miss: an outlet as agent",
			text:     "The song was described as “haunting” by the Calder Gazette.",
			want:     nil,
			speakers: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
