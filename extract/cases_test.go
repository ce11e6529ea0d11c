package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// quote is an expected quote: its text, kind and speaker ("" for nobody).
type quote struct {
	speaker string
	kind    model.QuoteKind
	text    string
}

// TestExtractCases runs small annotated texts, one pattern of news
// attribution each. Paragraphs are separated by blank lines. Every
// expected quote must be found with its speaker and kind; quotes not listed
// are allowed unless the case says exact.
func TestExtractCases(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  []quote
		exact bool // no other quotes may be found
	}{
		{
			name: "cue after a curly quote",
			text: "“We will rebuild the bridge,” Mara Velling said.",
			want: []quote{{"Mara Velling", model.Direct, "We will rebuild the bridge"}},
		},
		{
			name: "inverted cue and age",
			text: "\"It was the best day of my life,\" said Tomas Brenner, 33.",
			want: []quote{{"Tomas Brenner", model.Direct, "It was the best day of my life"}},
		},
		{
			name: "cue before with a colon",
			text: "Judge Ilse Varner said: \"The evidence does not support the charge.\"",
			want: []quote{{"Ilse Varner", model.Direct, "The evidence does not support the charge."}},
		},
		{
			name: "interrupted quote",
			text: "“People have been patient,” Odile Brask said, “but patience is not a policy.”",
			want: []quote{
				{"Odile Brask", model.Direct, "People have been patient"},
				{"Odile Brask", model.Direct, "but patience is not a policy."},
			},
		},
		{
			name: "quote over two paragraphs",
			text: "Coach Ravi Dunmore said:\n\n“We were poor in the first half.\n\n“In the second we were ourselves again.”",
			want: []quote{
				{"Ravi Dunmore", model.Direct, "We were poor in the first half."},
				{"Ravi Dunmore", model.Direct, "In the second we were ourselves again."},
			},
		},
		{
			name: "reported speech with that",
			text: "Finance Minister Arno Keplin said that the budget would be balanced by 2027.",
			want: []quote{{"Arno Keplin", model.Indirect, "the budget would be balanced by 2027"}},
		},
		{
			name: "reported clause before the cue, source credited",
			text: "The plant will close in March, the company acknowledged, as reported by the Harbour Wire.",
			want: []quote{},
		},
		{
			name: "sentence-final cue names the company",
			text: "Selwyn Foods will close its bakery in Durn and cut 300 jobs, the company said on Monday.",
			want: []quote{{"Selwyn Foods", model.Indirect, "Selwyn Foods will close its bakery in Durn and cut 300 jobs"}},
		},
		{
			name: "according to",
			text: "According to Kremlin spokesperson Pavlo Dressek, talks will resume next week.",
			want: []quote{{"Pavlo Dressek", model.Indirect, "talks will resume next week"}},
		},
		{
			name: "mixed quote",
			text: "Lena Orrick said the plan had been “filed and forgotten” for years.",
			want: []quote{{"Lena Orrick", model.Mixed, "the plan had been “filed and forgotten” for years"}},
		},
		{
			name: "pronoun after a quote",
			text: "Dario Fenn, a union secretary, spoke at the gates.\n\n“They found out from their phones,” he said.",
			want: []quote{{"Dario Fenn", model.Direct, "They found out from their phones"}},
		},
		{
			name: "stand-alone quote continues the previous speaker",
			text: "Mayor Ingrid Solheim asserted that the harbour had been neglected.\n\n“Nobody has invested here in twenty years.”",
			want: []quote{
				{"Ingrid Solheim", model.Indirect, "the harbour had been neglected"},
				{"Ingrid Solheim", model.Direct, "Nobody has invested here in twenty years."},
			},
		},
		{
			name: "spokesperson description and possessive",
			text: "Pavel Orlin, Lindqvist’s spokesperson, noted that the talks were difficult.\n\n" +
				"“We will keep trying,” Lindqvist’s spokesperson said.",
			want: []quote{
				{"Pavel Orlin", model.Indirect, "the talks were difficult"},
				{"Pavel Orlin", model.Direct, "We will keep trying"},
			},
		},
		{
			name: "organisation speaks, then they",
			text: "The Tarrow Council issued a statement urging calm. They stressed that the water was safe to drink.",
			want: []quote{{"Tarrow Council", model.Indirect, "the water was safe to drink"}},
		},
		{
			name: "unnamed sources stay unattributed",
			text: "“The market wanted this,” one analyst said. Officials said the deal would close soon.",
			want: []quote{
				{"", model.Direct, "The market wanted this"},
				{"", model.Indirect, "the deal would close soon"},
			},
		},
		{
			name:  "outlet credited is no speaker: what it relays is nobody's",
			text:  "According to the Meridian Press Service, the border crossing has reopened.",
			want:  []quote{{"", model.Indirect, "the border crossing has reopened"}},
			exact: true,
		},
		{
			name:  "negated speech reports nothing",
			text:  "The Ministry of Energy has not said whether it will appeal.",
			want:  []quote{},
			exact: true,
		},
		{
			name: "a sign is quoted by nobody",
			text: "Protesters held placards reading “Park it, don't tax it” outside the hall.",
			want: []quote{{"", model.Direct, "Park it, don't tax it"}},
		},
		{
			name: "coordinated speech verbs share the speaker",
			text: "Health Minister Piet Orwell called the strike “regrettable and avoidable” and said the offer was fair.",
			want: []quote{
				{"Piet Orwell", model.Direct, "regrettable and avoidable"},
				{"Piet Orwell", model.Indirect, "the offer was fair"},
			},
		},
		{
			name: "a bare cue after a quotation that ended its sentence",
			text: "“We are ready for the vote.” Senator Maria Okonjo said on Monday.",
			want: []quote{{"Maria Okonjo", model.Direct, "We are ready for the vote."}},
		},
		{
			name:  "according to, with a relative clause after the name",
			text:  "“The bill is flawed,” according to Gov. John F. Keller, who spoke in Albany.",
			want:  []quote{{"John F. Keller", model.Direct, "The bill is flawed"}},
			exact: true,
		},
		{
			name: "names with accents and apostrophes",
			text: "José Núñez, the union's treasurer, said: “Nobody asked us.” Pádraig O'Brien, 71, told the Westport Times that he had fished the bay all his life.",
			want: []quote{
				{"José Núñez", model.Direct, "Nobody asked us."},
				{"Pádraig O'Brien", model.Indirect, "he had fished the bay all his life"},
			},
		},
		{
			name: "a participle phrase after a sentence-final cue",
			text: "Norvale Airways will cut 1,200 jobs, the airline announced on Thursday, blaming fuel costs.",
			want: []quote{{"Norvale Airways", model.Indirect, "Norvale Airways will cut 1,200 jobs"}},
		},
		{
			name: "asides in dashes and parentheses",
			text: "Chief engineer Tobiah Ngata - who has worked on the dam for 22 years - told reporters the cracks were minor. " +
				"Agnes Whitcombe (72), who lives below the dam, said she had packed a bag.",
			want: []quote{
				{"Tobiah Ngata", model.Indirect, "the cracks were minor"},
				{"Agnes Whitcombe", model.Indirect, "she had packed a bag"},
			},
		},
		{
			name: "quoted as saying",
			text: "The regional governor, Sabine Kroll, was quoted as saying that the region had run out of money.",
			want: []quote{{"Sabine Kroll", model.Indirect, "the region had run out of money"}},
		},
		{
			name: "the age description",
			text: "Yusuf Demarr, who runs a café, said trade had halved.\n\n“I don't know who will come now,” the 61-year-old said.",
			want: []quote{
				{"Yusuf Demarr", model.Indirect, "trade had halved"},
				{"Yusuf Demarr", model.Direct, "I don't know who will come now"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkCase(t, tt.text, tt.want, tt.exact) })
	}
}

// checkCase extracts text, paragraphs separated by blank lines, and checks
// that every wanted quote is found with its speaker and kind, and no other
// when exact.
func checkCase(t *testing.T, text string, want []quote, exact bool) {
	t.Helper()
	paras := strings.Split(text, "\n\n")
	res := extract.Extract(paras)
	checkInvariants(t, paras, res)
	for _, w := range want {
		found := false
		for _, q := range res.Quotes {
			if q.Text == w.text {
				found = true
				if q.Speaker != w.speaker || q.Kind != w.kind {
					t.Errorf("quote %q: got %s by %q, want %s by %q", w.text, q.Kind, q.Speaker, w.kind, w.speaker)
				}
			}
		}
		if !found {
			t.Errorf("quote %q (%s by %q) not found; got %s", w.text, w.kind, w.speaker, describe(res))
		}
	}
	if exact && len(res.Quotes) != len(want) {
		t.Errorf("got %d quotes, want %d: %s", len(res.Quotes), len(want), describe(res))
	}
}

func describe(res extract.Result) string {
	var b strings.Builder
	for _, q := range res.Quotes {
		b.WriteString("\n\t")
		b.WriteString(string(q.Kind) + " by " + q.Speaker + ": " + q.Text)
	}
	return b.String()
}
