package extract_test

import (
	"slices"
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// TestWhoSpeaksCases covers how the extractor resolves who speaks: a
// description that must find someone named before, a pronoun with several
// candidates, joint speakers and speakers nobody can name, each found by a
// probe of invented sentences in common news wordings. Each row lists all
// the quotes its text holds (see checkAllQuotes). Near misses keep each fix from reaching too
// far.
func TestWhoSpeaksCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "the deputy prime minister is the deputy, not the prime minister",
			text: "Prime Minister Tomas Brenn and Deputy Prime Minister Ilse Varga met the unions.\n\n" +
				"The deputy prime minister said the talks were useful.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the talks were useful"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "near miss: the prime minister is not the deputy",
			text: "Prime Minister Tomas Brenn and Deputy Prime Minister Ilse Varga met the unions.\n\n" +
				"The prime minister said the talks were useful.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the talks were useful"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "the vice president named alone before",
			text:     "Vice President Anna Varga visited Osk.\n\nThe vice president said the region would get help.",
			want:     []quote{{"Anna Varga", model.Indirect, "the region would get help"}},
			speakers: []string{"Anna Varga"},
		},
		{
			name: "the vice president beside the president",
			text: "President Tomas Brenn and Vice President Anna Varga visited Osk.\n\n" +
				"The vice president said the region would get help.",
			want:     []quote{{"Anna Varga", model.Indirect, "the region would get help"}},
			speakers: []string{"Anna Varga"},
		},
		{
			name:     "the prime minister is no deputy prime minister named alone",
			text:     "Deputy Prime Minister Anna Varga visited Osk.\n\nThe prime minister said the region would get help.",
			want:     []quote{{"", model.Indirect, "the region would get help"}},
			speakers: []string{},
		},
		{
			name:     "the deputy prime minister is no prime minister named alone",
			text:     "Prime Minister Tomas Brenn visited Osk.\n\nThe deputy prime minister said the region would get help.",
			want:     []quote{{"", model.Indirect, "the region would get help"}},
			speakers: []string{},
		},
		{
			name: "the deputy prime minister is not the prime minister who just spoke",
			text: "Prime Minister Tomas Brenn said the region would get help.\n\n" +
				"The deputy prime minister said the money was ready.",
			want: []quote{
				{"Tomas Brenn", model.Indirect, "the region would get help"},
				{"", model.Indirect, "the money was ready"},
			},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name: "the deputy mayor in apposition",
			text: "Anna Varga, the deputy mayor, and Tomas Brenn, the mayor, visited Osk.\n\n" +
				"The deputy mayor said the region would get help.",
			want:     []quote{{"Anna Varga", model.Indirect, "the region would get help"}},
			speakers: []string{"Anna Varga"},
		},
		{
			name: "near miss: the mayor beside the deputy mayor",
			text: "Anna Varga, the deputy mayor, and Tomas Brenn, the mayor, visited Osk.\n\n" +
				"The mayor said the region would get help.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the region would get help"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "a role in apposition after a name that closes the sentence",
			text:     "Tomas Vell, a farmer, met the mayor, Anna Varga.\n\n“We will pay for the damage,” the mayor said.",
			want:     []quote{{"Anna Varga", model.Direct, "We will pay for the damage"}},
			speakers: []string{"Anna Varga"},
		},
		{
			name:     "near miss: the farmer of the same sentence",
			text:     "Tomas Vell, a farmer, met the mayor, Anna Varga.\n\n“We lost the harvest,” the farmer said.",
			want:     []quote{{"Tomas Vell", model.Direct, "We lost the harvest"}},
			speakers: []string{"Tomas Vell"},
		},
		{
			name:     "a relative clause after a name is no role: his sister does not make him a woman",
			text:     "Tomas Brenn, whose sister runs the bakery, opened a shop.\n\nHe said the rent was too high.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the rent was too high"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "a relative clause naming someone else",
			text:     "Tomas Brenn, whose sister Anna Varga runs the bakery, opened a shop.\n\nShe said the rent was too high.",
			want:     []quote{{"Anna Varga", model.Indirect, "the rent was too high"}},
			speakers: []string{"Anna Varga"},
		},
		{
			name:     "a relative clause after an inverted unnamed speaker reports nothing",
			text:     "“We are not leaving,” said a resident who asked not to be named.",
			want:     []quote{{"", model.Direct, "We are not leaving"}},
			speakers: []string{},
		},
		{
			name:     "a relative clause after an inverted unnamed speaker, a participle cue after",
			text:     "“We are not leaving,” said a protester who declined to give her name, adding that the water was brown.",
			want:     []quote{{"", model.Direct, "We are not leaving"}, {"", model.Indirect, "the water was brown"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a cue inside the relative clause after a comma",
			text:     "“It is over,” said Tomas Vell, who added that talks would resume.",
			want:     []quote{{"Tomas Vell", model.Direct, "It is over"}, {"Tomas Vell", model.Indirect, "talks would resume"}},
			speakers: []string{"Tomas Vell"},
		},
		{
			name:     "two named speakers after a quotation are each credited",
			text:     "“The talks have failed,” Mara Quell and Tomas Brenn said.",
			want:     []quote{{"", model.Direct, "The talks have failed"}}, // a joint cue: neither's alone
			speakers: []string{},
		},
		{
			name:     "two named speakers after an inverted cue are each credited",
			text:     "“The talks have failed,” said Mara Quell and Tomas Brenn.",
			want:     []quote{{"", model.Direct, "The talks have failed"}}, // a joint cue: neither's alone
			speakers: []string{},
		},
		{
			name:     "two named speakers before a colon are each credited",
			text:     "Mara Quell and Tomas Brenn said: “The talks have failed.”",
			want:     []quote{{"", model.Direct, "The talks have failed."}}, // a joint cue: neither's alone
			speakers: []string{},
		},
		{
			name:     "near miss: two named bodies in a joint statement are nobody alone",
			text:     "“The talks have failed,” said the Harbour Authority and the Dockers Union in a joint statement.",
			want:     []quote{{"", model.Direct, "The talks have failed"}},
			speakers: []string{},
		},
		{
			name: "a person of a body whose name holds and is one speaker",
			text: "Ilse Varga of Osk Fire and Rescue said: “No one will go into the building.”",
			want: []quote{{"Ilse Varga", model.Direct, "No one will go into the building."}},
		},
		{
			name:     "names given as examples of a group are not its speakers",
			text:     "Commentators such as Ilse Varga and Tomas Brenn said the speech was dull.",
			want:     []quote{{"", model.Indirect, "the speech was dull"}},
			speakers: []string{},
		},
		{
			name:     "names given as examples after including",
			text:     "Critics, including Ilse Varga and Tomas Brenn, said the plan would fail.",
			want:     []quote{{"", model.Indirect, "the plan would fail"}},
			speakers: []string{},
		},
		{
			name:     "near miss: one example of a group is the one who speaks",
			text:     "Other sites such as Tarviknews.com have stated that they will keep the video.",
			want:     []quote{{"Tarviknews.com", model.Indirect, "they will keep the video"}},
			speakers: []string{"Tarviknews.com"},
		},
		{
			name: "near miss: two joined bodies each speak",
			text: "The Osk Teachers Union and the Tarvik Parents Forum said the closures were unlawful.",
			want: []quote{
				{"Osk Teachers Union", model.Indirect, "the closures were unlawful"},
				{"Tarvik Parents Forum", model.Indirect, "the closures were unlawful"},
			},
			speakers: []string{"Osk Teachers Union", "Tarvik Parents Forum"},
		},
		{
			name:     "a body's officials named before the word speak for it",
			text:     "Harbour Agency officials said the port would reopen.",
			want:     []quote{{"Harbour Agency", model.Indirect, "the port would reopen"}},
			speakers: []string{"Harbour Agency"},
			orgs:     []string{"Harbour Agency"},
		},
		{
			name:     "near miss: a place's officials name nobody",
			text:     "Osk officials said the port would reopen.",
			want:     []quote{{"", model.Indirect, "the port would reopen"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a country's officials name nobody",
			text:     "Japanese officials said the port would reopen.",
			want:     []quote{{"", model.Indirect, "the port would reopen"}},
			speakers: []string{},
		},
		{
			name: "a hearer named by a pronoun, then the clause",
			text: "Tomas Brenn told them the plan was dead. Anna Varga told me the work would end in May.",
			want: []quote{
				{"Tomas Brenn", model.Indirect, "the plan was dead"},
				{"Anna Varga", model.Indirect, "the work would end in May"},
			},
			speakers: []string{"Anna Varga", "Tomas Brenn"},
		},
		{
			name:     "her as the hearer, then the clause",
			text:     "Tomas Brenn told her the plan was dead.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the plan was dead"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: her as a determiner of the hearer",
			text:     "Tomas Brenn told her son the plan was dead.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the plan was dead"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: a pronoun hearer and no clause; a request reports speech (session 6 rule)",
			text:     "Tomas Brenn told them to leave. Anna Varga warned us about the storm. Brenn told them the truth.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "them to leave"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name: "according to her",
			text: "Anna Varga spoke on Monday. According to her, the work would end in May.",
			want: []quote{{"Anna Varga", model.Indirect, "the work would end in May"}},
		},
		{
			name: "names set off by commas after a verb are its objects, not subjects a pronoun means",
			text: "Anna Varga, the mayor, met Tomas Brenn, the engineer, and Lena Osk, his deputy.\n\n" +
				"“The barrier will hold,” she said.",
			want:     []quote{{"Anna Varga", model.Direct, "The barrier will hold"}},
			speakers: []string{"Anna Varga"},
		},
		{
			name: "near miss: names set off by commas that open the sentence are its subjects",
			text: "Tomas Brenn, the engineer, and Lena Osk, his deputy, met Anna Varga.\n\n" +
				"“The barrier will hold,” he said.",
			want:     []quote{{"Tomas Brenn", model.Direct, "The barrier will hold"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "someone else's kin in a relative clause says nothing of the holder's sex",
			text:     "Tomas Brenn, who hired his sister at the bakery, opened a shop.\n\nHe said the rent was too high.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the rent was too high"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: a kin word that is the holder's own role",
			text:     "Tomas Brenn met Lena Osk, the widow of the fisherman.\n\nShe said the sea had taken him.",
			want:     []quote{{"Lena Osk", model.Indirect, "the sea had taken him"}},
			speakers: []string{"Lena Osk"},
		},
		{
			name: "an age that fits nobody named is nobody, not the one of another age",
			text: "Tomas Brenn, 45, and his son, 19, were arrested.\n\nThe 19-year-old said he was innocent.",
			want: []quote{{"", model.Indirect, "he was innocent"}},
		},
		{
			name: "near miss: the age that fits",
			text: "Tomas Brenn, 45, and his son, 19, were arrested.\n\nThe 45-year-old said he was innocent.",
			want: []quote{{"Tomas Brenn", model.Indirect, "he was innocent"}},
		},
		{
			name: "the health ministry beside the finance ministry",
			text: "The Osk Ministry of Health and the Osk Ministry of Finance met.\n\nThe health ministry said the clinic would reopen.",
			want: []quote{{"Osk Ministry of Health", model.Indirect, "the clinic would reopen"}},
		},
		{
			name: "near miss: the nearer ministry when the modifier fits it",
			text: "The Osk Ministry of Health and the Osk Ministry of Finance met.\n\nThe finance ministry said the clinic would reopen.",
			want: []quote{{"Osk Ministry of Finance", model.Indirect, "the clinic would reopen"}},
		},
		{
			name:     "a role of a body, then the name in apposition, after a quotation",
			text:     "“We need more time,” the head of the Osk Water Board, Ahmed Karimi, told reporters.",
			want:     []quote{{"Ahmed Karimi", model.Direct, "We need more time"}},
			speakers: []string{"Ahmed Karimi"},
		},
		{
			name:     "a role of a place, then the name in apposition, after a quotation",
			text:     "“We need more time,” the mayor of Osk, Anna Varga, said.",
			want:     []quote{{"Anna Varga", model.Direct, "We need more time"}},
			speakers: []string{"Anna Varga"},
		},
		{
			name:     "an inverted role of a place, then the name closing the sentence",
			text:     "“We need more time,” said the mayor of Osk, Anna Varga.",
			want:     []quote{{"Anna Varga", model.Direct, "We need more time"}},
			speakers: []string{"Anna Varga"},
		},
		{
			name:     "near miss: a clause before the cue that ends in a name",
			text:     "The money went to the people of Osk, Anna Varga said.",
			want:     []quote{{"Anna Varga", model.Indirect, "The money went to the people of Osk"}},
			speakers: []string{"Anna Varga"},
		},
		{
			name:     "the office of a named person speaks for her, as her office does",
			text:     "The office of Mayor Anna Varga said the barrier would hold. Anna Varga's office said the work would end in May.",
			want:     []quote{{"Anna Varga", model.Indirect, "the barrier would hold"}, {"Anna Varga", model.Indirect, "the work would end in May"}},
			speakers: []string{"Anna Varga"},
		},
		{
			name:     "near miss: the office of an unnamed holder is nobody",
			text:     "The office of the mayor said the barrier would hold.",
			want:     []quote{{"", model.Indirect, "the barrier would hold"}},
			speakers: []string{},
		},
		{
			name: "a friend or a parent of a named person is someone unnamed",
			text: "A friend of Anna Varga said she would stay. The mother of Tomas Brenn said he was innocent.",
			want: []quote{
				{"", model.Indirect, "she would stay"},
				{"", model.Indirect, "he was innocent"},
			},
			speakers: []string{},
		},
		{
			name:     "near miss: a parent of a named person, named in apposition",
			text:     "The wife of Tomas Brenn, Anna Brenn, said he was innocent.",
			want:     []quote{{"Anna Brenn", model.Indirect, "he was innocent"}},
			speakers: []string{"Anna Brenn"},
		},
		{
			name:     "near miss: a spokesman for a named person speaks for him",
			text:     "A spokesman for Tomas Brenn said he was innocent.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "he was innocent"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "a person and her husband named in apposition each speak",
			text:     "Anna Varga and her husband, Tomas, said they would stay.",
			want:     []quote{{"", model.Indirect, "they would stay"}}, // a joint cue: neither's alone
			speakers: []string{},
		},
		{
			name:     "a person and her husband named in apposition after a quotation",
			text:     "“We will stay,” Anna Varga and her husband, Tomas, said.",
			want:     []quote{{"", model.Direct, "We will stay"}}, // a joint cue: neither's alone
			speakers: []string{},
		},
		{
			name:     "near miss: her husband unnamed",
			text:     "Anna Varga and her husband said they would stay.",
			want:     []quote{{"Anna Varga", model.Indirect, "they would stay"}},
			speakers: []string{"Anna Varga"},
		},
		{
			name: "her opponent is someone else, unnamed",
			text: "Anna Varga said the plan was sound.\n\n“It is a fantasy,” her opponent said.",
			want: []quote{
				{"Anna Varga", model.Indirect, "the plan was sound"},
				{"", model.Direct, "It is a fantasy"},
			},
			speakers: []string{"Anna Varga"},
		},
		{
			name:     "her lawyer is someone else, unnamed",
			text:     "Anna Varga was arrested.\n\n“She is innocent,” her lawyer said.",
			want:     []quote{{"", model.Direct, "She is innocent"}},
			speakers: []string{},
		},
		{
			name:     "near miss: her lawyer named before",
			text:     "Anna Varga was arrested. Her lawyer, Tomas Brenn, spoke to reporters.\n\n“She is innocent,” her lawyer said.",
			want:     []quote{{"Tomas Brenn", model.Direct, "She is innocent"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: her spokesman speaks for her",
			text:     "Anna Varga was arrested.\n\n“She is innocent,” her spokesman said.",
			want:     []quote{{"Anna Varga", model.Direct, "She is innocent"}},
			speakers: []string{"Anna Varga"},
		},
		{
			name: "another after a quotation is someone else, unnamed",
			text: "Anna Varga said the plan was sound.\n\n“It is a fantasy,” another said. “It will never work,” said another.",
			want: []quote{
				{"Anna Varga", model.Indirect, "the plan was sound"},
				{"", model.Direct, "It is a fantasy"},
				{"", model.Direct, "It will never work"},
			},
			speakers: []string{"Anna Varga"},
		},
		{
			name:     "near miss: another document said",
			text:     "Another report said the water was brown.",
			want:     []quote{{"", model.Indirect, "the water was brown"}},
			speakers: []string{},
		},
		{
			name: "a description whose holder withholds a name is nobody",
			text: "Anna Varga said the plan was sound.\n\n“It is a fantasy,” said the woman, who did not give her name.",
			want: []quote{
				{"Anna Varga", model.Indirect, "the plan was sound"},
				{"", model.Direct, "It is a fantasy"},
			},
			speakers: []string{"Anna Varga"},
		},
		{
			name:     "near miss: a description with a relative clause that names nothing withheld",
			text:     "Anna Varga, the mayor, visited the dam.\n\n“It will hold,” said the mayor, who visited it twice.",
			want:     []quote{{"Anna Varga", model.Direct, "It will hold"}},
			speakers: []string{"Anna Varga"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAllQuotes(t, tt) })
	}
}

// checkAllQuotes checks that the text of tt gives exactly the quotes it
// lists, the same words twice when two speakers are credited with them,
// and the speakers it lists (and the result's invariants).
func checkAllQuotes(t *testing.T, tt freshCase) {
	t.Helper()
	checkCase(t, tt.text, nil, false)
	res := extract.Extract(strings.Split(tt.text, "\n\n"))
	line := func(speaker string, kind model.QuoteKind, text string) string {
		return speaker + " | " + string(kind) + " | " + text
	}
	var got, want []string
	for _, q := range res.Quotes {
		got = append(got, line(q.Speaker, q.Kind, q.Text))
	}
	for _, w := range tt.want {
		want = append(want, line(w.speaker, w.kind, w.text))
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("quotes:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
	names := []string{}
	for _, s := range res.Speakers {
		names = append(names, s.Name)
	}
	slices.Sort(names)
	if tt.speakers != nil && !slices.Equal(names, tt.speakers) {
		t.Errorf("speakers %q, want %q", names, tt.speakers)
	}
}
