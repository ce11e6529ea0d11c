package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestCarryS10Cases covers quotations with no cue of their own that the
// carrying rules gave to the wrong person: a paragraph opening with the
// words and naming its speaker in the next sentence ("“...” Ilse Varga
// told councillors that ..."), which goes to the one named rather than to
// the speaker of the paragraph before; and the near misses where the next
// sentence answers the words or names no speaker.
func TestCarryS10Cases(t *testing.T) {
	const intro = "Ilse Varga, the harbour master, has run the port for nine years. Tomas Brekke, a fisherman, has fished there all his life.\n\n“The harbour is ours,” Brekke said.\n\n"
	tests := []freshCase{
		{
			name: "a named speaker reminds, after the words",
			text: intro + "“We will not close the pier. The town needs it.” Varga reminded councillors that the budget had been agreed in May.",
			want: []quote{
				{"Tomas Brekke", model.Direct, "The harbour is ours"},
				{"Ilse Varga", model.Direct, "We will not close the pier. The town needs it."},
				{"Ilse Varga", model.Indirect, "the budget had been agreed in May"},
			},
		},
		{
			name: "a named speaker told a hearer, after the words",
			text: intro + "“We will not close the pier. The town needs it.” Varga told the meeting that the budget had been agreed in May.",
			want: []quote{
				{"Tomas Brekke", model.Direct, "The harbour is ours"},
				{"Ilse Varga", model.Direct, "We will not close the pier. The town needs it."},
				{"Ilse Varga", model.Indirect, "the budget had been agreed in May"},
			},
		},
		{
			name: "a named speaker also said, after the words",
			text: intro + "“The money is there. It has always been there.” Varga also said the ferry would keep running.",
			want: []quote{
				{"Tomas Brekke", model.Direct, "The harbour is ours"},
				{"Ilse Varga", model.Direct, "The money is there. It has always been there."},
				{"Ilse Varga", model.Indirect, "the ferry would keep running"},
			},
		},
		{
			name: "an aside between the name and the verb",
			text: intro + "“The money is there. It has always been there.” Varga, speaking after the vote, said the ferry would keep running.",
			want: []quote{
				{"Tomas Brekke", model.Direct, "The harbour is ours"},
				{"Ilse Varga", model.Direct, "The money is there. It has always been there."},
				{"Ilse Varga", model.Indirect, "the ferry would keep running"},
			},
		},
		{
			name: "a named speaker added that, after the words",
			text: intro + "“The money is there.” Varga added that the ferry would keep running.",
			want: []quote{
				{"Tomas Brekke", model.Direct, "The harbour is ours"},
				{"Ilse Varga", model.Direct, "The money is there."},
				{"Ilse Varga", model.Indirect, "the ferry would keep running"},
			},
		},
		{
			name: "near miss: the one named replies to the words",
			text: intro + "“The money is there. It has always been there.” Varga replied that the budget had been agreed in May.",
			want: []quote{
				{"Tomas Brekke", model.Direct, "The harbour is ours"},
				{"Tomas Brekke", model.Direct, "The money is there. It has always been there."},
				{"Ilse Varga", model.Indirect, "the budget had been agreed in May"},
			},
		},
		{
			name: "near miss: the one named disagrees",
			text: intro + "“The money is there. It has always been there.” Varga disagreed.",
			want: []quote{
				{"Tomas Brekke", model.Direct, "The harbour is ours"},
				{"Tomas Brekke", model.Direct, "The money is there. It has always been there."},
			},
		},
		{
			name: "near miss: the one named does something, not speaking",
			text: intro + "“The money is there. It has always been there.” Varga laughed.",
			want: []quote{
				{"Tomas Brekke", model.Direct, "The harbour is ours"},
				{"Tomas Brekke", model.Direct, "The money is there. It has always been there."},
			},
		},
		{
			name: "near miss: the words come after a sentence of the paragraph",
			text: intro + "The meeting went on. “The money is there.” Varga said the ferry would keep running.",
			want: []quote{
				{"Tomas Brekke", model.Direct, "The harbour is ours"},
				{"Tomas Brekke", model.Direct, "The money is there."},
				{"Ilse Varga", model.Indirect, "the ferry would keep running"},
			},
		},
		{
			name: "near miss: the speaker named only in the next paragraph",
			text: intro + "“The money is there. It has always been there.”\n\nVarga said the ferry would keep running.",
			want: []quote{
				{"Tomas Brekke", model.Direct, "The harbour is ours"},
				{"Tomas Brekke", model.Direct, "The money is there. It has always been there."},
				{"Ilse Varga", model.Indirect, "the ferry would keep running"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestCourtSideS10Cases covers "the witness" (the defendant, the judge)
// said, when the person just before is of another part in the trial: the
// barrister who put the question is not the witness who answers it.
func TestCourtSideS10Cases(t *testing.T) {
	const intro = "A former trustee, Dorrit Vance, told the court she had asked for statements. The barrister, Lionel Achebe, rose to question her.\n\n"
	tests := []freshCase{
		{
			name: "the witness said, after the barrister's suggestion",
			text: intro + "Achebe suggested that the trustees had approved every transfer. “That is simply not true,” said the witness.",
			want: []quote{
				{"Dorrit Vance", model.Indirect, "she had asked for statements"},
				{"Lionel Achebe", model.Indirect, "the trustees had approved every transfer"},
				{"Dorrit Vance", model.Direct, "That is simply not true"},
			},
		},
		{
			name: "the witness, then she",
			text: "The court heard from a former colleague, Marit Solheim, who was called by the prosecution. His barrister, Caspar Nwosu, has told the jury the software was faulty.\n\nUnder cross-examination, Nwosu suggested that she might have seen him moving the float. The witness said she could not be sure. “It was a bag. That is all I can tell you,” she said.",
			want: []quote{
				{"Caspar Nwosu", model.Indirect, "the software was faulty"},
				{"Caspar Nwosu", model.Indirect, "she might have seen him moving the float"},
				{"Marit Solheim", model.Indirect, "she could not be sure"},
				{"Marit Solheim", model.Direct, "It was a bag. That is all I can tell you"},
			},
		},
		{
			name: "near miss: the barrister described as such",
			text: intro + "Vance said the statements never came. “Then who approved the transfers?” the barrister asked.",
			want: []quote{
				{"Dorrit Vance", model.Indirect, "she had asked for statements"},
				{"Dorrit Vance", model.Indirect, "the statements never came"},
				{"Lionel Achebe", model.Direct, "Then who approved the transfers?"},
			},
		},
		{
			name: "near miss: a description with no part in a trial still takes the one just before",
			text: "Tomas Brenn, a ferry captain, was at the harbour on Monday.\n\nBrenn said the crossing had been rough. “We nearly turned back,” the captain said.",
			want: []quote{
				{"Tomas Brenn", model.Indirect, "the crossing had been rough"},
				{"Tomas Brenn", model.Direct, "We nearly turned back"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestEmphaticCueS10Cases covers an emphatic "did" before a speech verb's
// base form ("But Brekke did admit that ..."), which reports speech as
// "did say" does, so that the quotation paragraphs after it carry on the
// speaker; and the near misses: "did not", "What ... did report was".
func TestEmphaticCueS10Cases(t *testing.T) {
	tests := []freshCase{
		{
			name: "did admit that, then a quotation paragraph",
			text: "Tomas Brekke was asked about the loan on Friday.\n\nBut Brekke did admit that United could choose to recall him.\n\n“We all know that they might take that decision.”",
			want: []quote{
				{"Tomas Brekke", model.Indirect, "United could choose to recall him"},
				{"Tomas Brekke", model.Direct, "We all know that they might take that decision."},
			},
		},
		{
			name: "did warn that",
			text: "Marit Holst did warn that the ferry could be cut.",
			want: []quote{{"Marit Holst", model.Indirect, "the ferry could be cut"}},
		},
		{
			name: "does argue that",
			text: "Marit Holst does argue that the harbour is too small.",
			want: []quote{{"Marit Holst", model.Indirect, "the harbour is too small"}},
		},
		{
			name: "near miss: did not admit",
			text: "Marit Holst did not admit that the plan had failed.",
			want: []quote{},
		},
		{
			name: "near miss: what she did report was",
			text: "What Marit Holst did report was a loss.",
			want: []quote{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestWritingBetweenS10Cases covers a quotation paragraph after one that
// opens with a piece of writing saying something or characterised ("The
// report, published on Friday, was blunter."): the words are the
// writing's, and the speaker before does not carry over them; a writing
// that is only an event, and a paragraph about no one, still let the
// speaker's turn go on.
func TestWritingBetweenS10Cases(t *testing.T) {
	const first = "“The harbour is ours,” Ilse Varga said on Monday.\n\n"
	const words = "\n\n“We cannot keep paying for a pier nobody uses.”"
	tests := []freshCase{
		{
			name: "the report was blunter",
			text: first + "The report, published on Friday, was blunter." + words,
			want: []quote{{"Ilse Varga", model.Direct, "The harbour is ours"}, {"", model.Direct, "We cannot keep paying for a pier nobody uses."}},
		},
		{
			name: "the letter was read out",
			text: first + "The letter was read out at the meeting." + words,
			want: []quote{{"Ilse Varga", model.Direct, "The harbour is ours"}, {"", model.Direct, "We cannot keep paying for a pier nobody uses."}},
		},
		{
			name: "near miss: the report comes after an event",
			text: first + "The report comes two years after the pier was rebuilt." + words,
			want: []quote{{"Ilse Varga", model.Direct, "The harbour is ours"}, {"Ilse Varga", model.Direct, "We cannot keep paying for a pier nobody uses."}},
		},
		{
			name: "near miss: the plan would close the pier",
			text: first + "The plan would close the pier in 2028." + words,
			want: []quote{{"Ilse Varga", model.Direct, "The harbour is ours"}, {"Ilse Varga", model.Direct, "We cannot keep paying for a pier nobody uses."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestTypesetMarksS10Cases covers wire copy set for print, whose double
// marks are two single ones (two backticks to open, two apostrophes to
// close, or a straight mark closed by two apostrophes).
func TestTypesetMarksS10Cases(t *testing.T) {
	tests := []freshCase{
		{
			name: "a straight mark closed by two single marks",
			text: "Hotels reopened on Monday.\n\n\"We hope to work with the neighbouring countries,'' said Ilse Varga, the owner of a hotel.",
			want: []quote{{"Ilse Varga", model.Direct, "We hope to work with the neighbouring countries"}},
		},
		{
			name: "backticks closed by two single marks",
			text: "Hotels reopened on Monday.\n\n``We hope to work with the neighbouring countries,'' said Ilse Varga, the owner of a hotel.",
			want: []quote{{"Ilse Varga", model.Direct, "We hope to work with the neighbouring countries"}},
		},
		{
			name: "two sentences, then the cue",
			text: "Hotels reopened on Monday.\n\n\"We hope to work with them. It is the only way,'' Ilse Varga said.",
			want: []quote{{"Ilse Varga", model.Direct, "We hope to work with them. It is the only way"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestCreditThenWordsS10Cases covers words after a sentence that credits
// the words before it to someone named late ("That was the reply from the
// mayor of Ostby, Aksel Rudd."): the one credited speaks on, not the one
// who spoke before the first words.
func TestCreditThenWordsS10Cases(t *testing.T) {
	const pre = "Tomas Brenn, the minister, said the ferry would be cut. “Show me the passengers,” he added.\n\n“He will get the passengers in the summer.” "
	tests := []freshCase{
		{
			name: "the reply from a role, then the name",
			text: pre + "That was the reply from the mayor of Ostby, Aksel Rudd. “In the winter we need the ferry most.”",
			want: []quote{
				{"Tomas Brenn", model.Indirect, "the ferry would be cut"},
				{"Tomas Brenn", model.Direct, "Show me the passengers"},
				{"Aksel Rudd", model.Direct, "He will get the passengers in the summer."},
				{"Aksel Rudd", model.Direct, "In the winter we need the ferry most."},
			},
		},
		{
			name: "the words of a role, then the name, then a clause about another",
			text: pre + "Those were the words of the head of the Harbour Council, Aksel Rudd, when Brenn's remarks were read to him. “In the winter we need the ferry most.”",
			want: []quote{
				{"Tomas Brenn", model.Indirect, "the ferry would be cut"},
				{"Tomas Brenn", model.Direct, "Show me the passengers"},
				{"Aksel Rudd", model.Direct, "He will get the passengers in the summer."},
				{"Aksel Rudd", model.Direct, "In the winter we need the ferry most."},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
