package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// TestTurnsS9Cases covers the session 9 classes of direct quotation that
// turn on who has the floor: a one-word answer, a quotation credited
// after it ("That was how X described it"), a transcript's labels, an
// interviewer's interjection, and a pronoun after two people. Each row
// gives exactly the quotes wanted; the near misses keep what they had.
func TestTurnsS9Cases(t *testing.T) {
	tests := []freshCase{
		// A one-word answer with its cue is words said, even when the
		// speaker is unnamed; a word in marks inside the writer's
		// sentence is not.
		{
			name:     "one word, the minister said",
			text:     "The minister was pressed on her future at the briefing. “Never,” the minister said.",
			want:     []quote{{"", model.Direct, "Never"}},
			speakers: []string{},
		},
		{
			name:     "one word with an exclamation mark, a union said",
			text:     "“Unacceptable!” the union said in a statement.",
			want:     []quote{{"", model.Direct, "Unacceptable!"}},
			speakers: []string{},
		},
		{
			name:     "one word after a colon",
			text:     "Asked about the fine, the company said: “Regrettable.”",
			want:     []quote{{"", model.Direct, "Regrettable."}},
			speakers: []string{},
		},
		{
			name:     "one word, a named speaker after the minister's title",
			text:     "The finance minister, Ilse Varga, faced questions on Monday. “Never,” the minister said.",
			want:     []quote{{"Ilse Varga", model.Direct, "Never"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a word in marks inside the sentence",
			text:     "The union called the offer “Insulting.” Her answer was “yes.”",
			speakers: []string{},
		},
		{
			name:     "near miss: the word in marks is the subject",
			text:     "“Dune,” the director said, was his favourite book.",
			speakers: []string{},
		},
		// "said X when asked about ...": a scene after the speaker, not a
		// clause he reported.
		{
			name:     "said X when asked",
			text:     "“That is rubbish,” said Tomas Brenn when asked about the report.",
			want:     []quote{{"Tomas Brenn", model.Direct, "That is rubbish"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "X said when asked, one word",
			text:     "“Rubbish,” Tomas Brenn said when asked about the report.",
			want:     []quote{{"Tomas Brenn", model.Direct, "Rubbish"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "said when pressed on the issue that",
			text:     "Tomas Brenn said when pressed on the issue that talks would resume.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "talks would resume"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "said when asked, then a colon",
			text:     "Tomas Brenn said when asked about the plant: “It will close.”",
			want:     []quote{{"Tomas Brenn", model.Direct, "It will close."}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: a time clause inside what was said",
			text:     "Tomas Brenn said the plant closed when demand fell.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the plant closed when demand fell"}},
			speakers: []string{"Tomas Brenn"},
		},
		// A credit after the words points back at them: "That was how X
		// described the vote", "So said X", "Those were the words of X",
		// "That was X's verdict". The latest speaker before is someone
		// else.
		{
			name: "that was how X described the vote",
			text: "Tomas Brenn spoke first. “We won fairly,” he said. “The vote was a betrayal.” That was how Ilse Varga described it.",
			want: []quote{
				{"Tomas Brenn", model.Direct, "We won fairly"},
				{"Ilse Varga", model.Direct, "The vote was a betrayal."},
			},
			speakers: []string{"Ilse Varga", "Tomas Brenn"},
		},
		{
			name:     "so said X, after an appositive role",
			text:     "Tomas Brenn spoke first. “The vote was a betrayal.” So said his rival, Ilse Varga.",
			want:     []quote{{"Ilse Varga", model.Direct, "The vote was a betrayal."}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "those were the words of X, in the next paragraph",
			text:     "Tomas Brenn spoke at the rally.\n\n“We will rebuild every house.”\n\nThose were the words of Ilse Varga, the mayor of Tarvik.",
			want:     []quote{{"Ilse Varga", model.Direct, "We will rebuild every house."}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "that was X's verdict",
			text:     "Tomas Brenn spoke first. “The vote was a betrayal.” That was Ilse Varga's verdict on Tuesday.",
			want:     []quote{{"Ilse Varga", model.Direct, "The vote was a betrayal."}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "that, at least, was how X put it",
			text:     "Tomas Brenn spoke first. “The vote was a betrayal.” That, at least, was how Ilse Varga, the opposition leader, put it.",
			want:     []quote{{"Ilse Varga", model.Direct, "The vote was a betrayal."}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: how X won the vote is a deed",
			text:     "Tomas Brenn spoke first. “The vote was a betrayal.” That was how Ilse Varga won the vote.",
			want:     []quote{{"Tomas Brenn", model.Direct, "The vote was a betrayal."}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: the words of a song X sang",
			text:     "Tomas Brenn spoke first. “The vote was a betrayal.” Those were the words of the song Ilse Varga sang.",
			want:     []quote{{"Tomas Brenn", model.Direct, "The vote was a betrayal."}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: the quotation has its cue",
			text:     "“The vote was a betrayal,” Tomas Brenn said. That was the view of Ilse Varga too.",
			want:     []quote{{"Tomas Brenn", model.Direct, "The vote was a betrayal"}},
			speakers: []string{"Tomas Brenn"},
		},
		// A pronoun after two people, one of them known to match it and
		// named after a subject of unknown gender ("Ilse" is in no list of
		// first names): the one known to match, unless the subject spoke
		// or the sentence reports the subject's words.
		{
			name:     "Ilse Varga met Tomas Brenn, he said",
			text:     "Ilse Varga met Tomas Brenn on Monday. “We agreed on nothing,” he said.",
			want:     []quote{{"Tomas Brenn", model.Direct, "We agreed on nothing"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "Ilse Varga met Tomas Brenn, he said that",
			text:     "Ilse Varga met Tomas Brenn on Monday. He said the talks had failed.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the talks had failed"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: Ilse Varga met Tomas Brenn, she said",
			text:     "Ilse Varga met Tomas Brenn on Monday. “We agreed on nothing,” she said.",
			want:     []quote{{"Ilse Varga", model.Direct, "We agreed on nothing"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "near miss: the subject spoke just before",
			text: "“We will win,” Kemal Oztan said. Oztan later met Tomas Brenn. “It went well,” he said.",
			want: []quote{
				{"Kemal Oztan", model.Direct, "We will win"},
				{"Kemal Oztan", model.Direct, "It went well"},
			},
			speakers: []string{"Kemal Oztan"},
		},
		{
			name:     "near miss: the subject's own words in the sentence",
			text:     "Natan Olvik called for Tomas Brenn to be released. He also urged calm, saying the case was still open.",
			want:     []quote{{"Natan Olvik", model.Indirect, "the case was still open"}},
			speakers: []string{"Natan Olvik"},
		},
		// The subject of a clause of time or cause ("after Tolvan Brenn
		// left") is not the sentence's: the pronoun goes on with the main
		// subject when neither gender is known.
		{
			name:     "the subject of an after-clause is not the topic",
			text:     "Ilse Varga spoke after Tolvan Brenn left the room. “He was rude,” she said.",
			want:     []quote{{"Ilse Varga", model.Direct, "He was rude"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "the subject of a because-clause is not the topic",
			text:     "Ilse Varga resigned because Tolvan Brenn refused to act. “I had no choice,” she said.",
			want:     []quote{{"Ilse Varga", model.Direct, "I had no choice"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: the main subject named first keeps it",
			text:     "Tolvan Brenn arrived while Ilse Varga was speaking. “We are late,” he said.",
			want:     []quote{{"Tolvan Brenn", model.Direct, "We are late"}},
			speakers: []string{"Tolvan Brenn"},
		},
		// A transcript's labels in capitals: a debate's or a hearing's
		// two speakers answer each other with no interviewer; a heading
		// ("UPDATE:", "WARNING:") is the writer's, and neither a label nor
		// more of the answer before it.
		{
			name: "a debate's labels in capitals",
			text: "Tomas Brenn and Ilse Varga debated on Radio Ostria.\n\nBRENN: The plan will cost too much.\n\nVARGA: It will pay for itself within ten years.\n\nBRENN: Nobody believes that.\n\nThe vote is on Friday.",
			want: []quote{
				{"Tomas Brenn", model.Direct, "The plan will cost too much."},
				{"Ilse Varga", model.Direct, "It will pay for itself within ten years."},
				{"Tomas Brenn", model.Direct, "Nobody believes that."},
			},
			speakers: []string{"Ilse Varga", "Tomas Brenn"},
		},
		{
			name: "a hearing's labels with honorifics and a title",
			text: "Senator Ada Kolm questioned Tomas Brenn at the hearing.\n\nSENATOR KOLM: Did you know about the leak?\n\nMR. BRENN: I did not know until March.\n\nSENATOR KOLM: That is hard to believe.",
			want: []quote{
				{"Ada Kolm", model.Direct, "Did you know about the leak?"},
				{"Tomas Brenn", model.Direct, "I did not know until March."},
				{"Ada Kolm", model.Direct, "That is hard to believe."},
			},
			speakers: []string{"Ada Kolm", "Tomas Brenn"},
		},
		{
			name: "an interview's labels in capitals, then an update",
			text: "Ilse Varga spoke to the Herald.\n\nQ: Will you resign?\n\nVARGA: No. The job is not done.\n\nUPDATE: Varga resigned on Friday.",
			want: []quote{
				{"Ilse Varga", model.Direct, "No. The job is not done."},
			},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a heading and one label make no interview",
			text:     "UPDATE: The road has reopened since this story was published.\n\nIlse Varga: We will keep the road open.\n\nThe council meets on Friday. It will vote on the budget.",
			speakers: []string{},
		},
		{
			name:     "near miss: a list of results by name",
			text:     "The results were close.\n\nIlse Varga: 4,210 votes.\n\nTomas Brenn: 4,198 votes.\n\nKerstin Olm: 1,002 votes.\n\nA recount is expected.",
			speakers: []string{},
		},
		{
			name: "near miss: reactions in marks after names",
			text: "Reactions came quickly.\n\nIlse Varga: “We are shocked by the verdict.”\n\nTomas Brenn: “It is a sad day for Tarvik.”\n\nKerstin Olm: “Justice was done.”\n\nThe appeal will be heard in May.",
			want: []quote{
				{"Ilse Varga", model.Direct, "We are shocked by the verdict."},
				{"Tomas Brenn", model.Direct, "It is a sad day for Tarvik."},
				{"Kerstin Olm", model.Direct, "Justice was done."},
			},
			speakers: []string{"Ilse Varga", "Kerstin Olm", "Tomas Brenn"},
		},
		{
			name:     "near miss: a place's dateline",
			text:     "LINDHOLM, Ostria — The plant will close, Ilse Varga said on Monday.",
			want:     []quote{{"Ilse Varga", model.Indirect, "The plant will close"}},
			speakers: []string{"Ilse Varga"},
		},
		// An interviewer's short interjection ("“Why?” I asked.") does not
		// take the turn: the words after it, in a paragraph of their own,
		// are the answer of whoever spoke before it, or of the one it was
		// put to.
		{
			name: "why, I asked, then the answer",
			text: "Ilse Varga has run the Tarvik museum for twenty years. “We almost closed in 2019,” she told me.\n\n“Why?” I asked.\n\n“The roof was falling in and nobody would pay for it.”",
			want: []quote{
				{"Ilse Varga", model.Direct, "We almost closed in 2019"},
				{"", model.Direct, "Why?"},
				{"Ilse Varga", model.Direct, "The roof was falling in and nobody would pay for it."},
			},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "a named interviewer's question to you",
			text: "Radio Ostria's Kerstin Olm interviewed the mayor, Tomas Brenn. “The bridge is safe,” Brenn said.\n\n“Are you sure?” Olm asked.\n\n“Engineers checked it last week. I drive over it every day.”",
			want: []quote{
				{"Tomas Brenn", model.Direct, "The bridge is safe"},
				{"Kerstin Olm", model.Direct, "Are you sure?"},
				{"Tomas Brenn", model.Direct, "Engineers checked it last week. I drive over it every day."},
			},
			speakers: []string{"Kerstin Olm", "Tomas Brenn"},
		},
		{
			name: "a reporter asked someone named",
			text: "“We will appeal,” Tomas Brenn said. “Will you resign?” a reporter asked Ilse Varga. “Never.”",
			want: []quote{
				{"Tomas Brenn", model.Direct, "We will appeal"},
				{"", model.Direct, "Will you resign?"},
				{"Ilse Varga", model.Direct, "Never."},
			},
			speakers: []string{"Ilse Varga", "Tomas Brenn"},
		},
		{
			name: "near miss: a named speaker's own question, answered by herself",
			text: "“The plan is sound,” Tomas Brenn said.\n\n“Who will pay for it?” Ilse Varga asked.\n\n“The taxpayer will.”",
			want: []quote{
				{"Tomas Brenn", model.Direct, "The plan is sound"},
				{"Ilse Varga", model.Direct, "Who will pay for it?"},
				{"Ilse Varga", model.Direct, "The taxpayer will."},
			},
			speakers: []string{"Ilse Varga", "Tomas Brenn"},
		},
		{
			name: "near miss: an echo goes on in the asker's paragraph",
			text: "“I should have pushed them harder, earlier,” Tomas Brenn replied.\n\n“Earlier?” Ilse Varga said. “It was late before the first rail was laid.”",
			want: []quote{
				{"Tomas Brenn", model.Direct, "I should have pushed them harder, earlier"},
				{"Ilse Varga", model.Direct, "Earlier?"},
				{"Ilse Varga", model.Direct, "It was late before the first rail was laid."},
			},
			speakers: []string{"Ilse Varga", "Tomas Brenn"},
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
