package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestKnownSpeakerCases covers who speaks when words come through someone
// tied to a named person: a lawyer acting for her speaks for nobody named,
// as "her lawyer" does, while her spokeswoman speaks for her.
func TestKnownSpeakerCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "a lawyer for a named person is someone unnamed",
			text:     "Ilse Varga was charged in May. A lawyer for Varga said the search had been unlawful.",
			want:     []quote{{"", model.Indirect, "the search had been unlawful"}},
			speakers: []string{},
		},
		{
			name:     "an attorney for a named person, told and a hearer",
			text:     "Ilse Varga was charged in May. An attorney for Ilse Varga told reporters that the search had been unlawful.",
			want:     []quote{{"", model.Indirect, "the search had been unlawful"}},
			speakers: []string{},
		},
		{
			name:     "a lawyer for a named person after the quotation",
			text:     "Ilse Varga was charged in May. “The search was unlawful,” a lawyer for Varga said.",
			want:     []quote{{"", model.Direct, "The search was unlawful"}},
			speakers: []string{},
		},
		{
			name:     "counsel for a named person opening the sentence",
			text:     "Ilse Varga was charged in May. Counsel for Varga said the search had been unlawful.",
			want:     []quote{{"", model.Indirect, "the search had been unlawful"}},
			speakers: []string{},
		},
		{
			name:     "lawyers representing a named person",
			text:     "Ilse Varga was charged in May. Lawyers representing Varga said the search had been unlawful.",
			want:     []quote{{"", model.Indirect, "the search had been unlawful"}},
			speakers: []string{},
		},
		{
			name:     "said, then a lawyer representing a named person",
			text:     "Ilse Varga was charged in May. “The search was unlawful,” said a lawyer representing Varga.",
			want:     []quote{{"", model.Direct, "The search was unlawful"}},
			speakers: []string{},
		},
		{
			name:     "lawyers for a named person argued",
			text:     "Lawyers for Ilse Varga argued that the search had been unlawful.",
			want:     []quote{{"", model.Indirect, "the search had been unlawful"}},
			speakers: []string{},
		},
		{
			name:     "an attorney for the family is nobody named",
			text:     "Ilse Varga was charged in May. An attorney for the family said the search had been unlawful.",
			want:     []quote{{"", model.Indirect, "the search had been unlawful"}},
			speakers: []string{},
		},
		{
			name:     "a named person's legal team is her lawyers, not she",
			text:     "Ilse Varga was charged in May. Varga's legal team said the search had been unlawful.",
			want:     []quote{{"", model.Indirect, "the search had been unlawful"}},
			speakers: []string{},
		},
		{
			name:     "her defence team argued",
			text:     "Ilse Varga was charged in May. Her defence team argued that the search had been unlawful.",
			want:     []quote{{"", model.Indirect, "the search had been unlawful"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a researcher's team speaks through her",
			text:     "Mara Quell led the study. Quell's team found that the ice was thinning.",
			want:     []quote{{"Mara Quell", model.Indirect, "the ice was thinning"}},
			speakers: []string{"Mara Quell"},
		},
		{
			name:     "near miss: the lawyer named in apposition speaks",
			text:     "Ilse Varga was charged in May. Varga's lawyer, Tomas Brenn, said the search had been unlawful.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the search had been unlawful"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: the lawyer named first speaks",
			text:     "Ilse Varga was charged in May. Tomas Brenn, a lawyer representing Varga, said the search had been unlawful.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the search had been unlawful"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: a lawyer for the family named after it speaks",
			text:     "Ilse Varga was charged in May. A lawyer for the family, Tomas Brenn, said the search had been unlawful.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the search had been unlawful"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: a spokeswoman for a named person speaks for her",
			text:     "Ilse Varga was charged in May. A spokeswoman for Varga said the search had been unlawful.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the search had been unlawful"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: someone representing a body speaks for it",
			text:     "The Tarn Dockers Union went on strike. A man representing the Tarn Dockers Union said the talks had failed.",
			want:     []quote{{"Tarn Dockers Union", model.Indirect, "the talks had failed"}},
			speakers: []string{"Tarn Dockers Union"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestKnownOfficeCases covers an officeholder's office named by a
// pronoun: "her office said" speaks for her, as "Varga's office" does.
func TestKnownOfficeCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "her office said, after a titled name",
			text:     "Mayor Ilse Varga opened the bridge. Her office said the work would end in May.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the work would end in May"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "his office said after the quotation",
			text:     "Mayor Tomas Brenn opened the bridge. “The work is done,” his office said.",
			want:     []quote{{"Tomas Brenn", model.Direct, "The work is done"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "his office said in a statement",
			text:     "Mayor Tomas Brenn opened the bridge. His office said in a statement that the work would end in May.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the work would end in May"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "according to his office",
			text:     "Senator Tomas Brenn voted against the bill. According to his office, the vote was close.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the vote was close"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "her press office said",
			text:     "Governor Ilse Varga vetoed the bill. Her press office said the bill was flawed.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bill was flawed"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "her press secretary said after the quotation",
			text:     "Governor Ilse Varga vetoed the bill. “It was flawed,” her press secretary said.",
			want:     []quote{{"Ilse Varga", model.Direct, "It was flawed"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "the named person's press secretary, as her spokesman",
			text:     "Governor Ilse Varga vetoed the bill. Varga's press secretary said the bill was flawed.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bill was flawed"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a press secretary named in apposition speaks",
			text:     "Governor Ilse Varga vetoed the bill. Varga's press secretary, Tomas Brenn, said the bill was flawed.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the bill was flawed"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "near miss: her secretary is someone of hers",
			text:     "Governor Ilse Varga vetoed the bill. Varga's secretary said the bill was flawed.",
			want:     []quote{{"", model.Indirect, "the bill was flawed"}},
			speakers: []string{},
		},
		{
			name:     "near miss: someone with no office to speak for her is nobody",
			text:     "Ilse Varga, a retired teacher, lost her home in the flood. Her office said the work would end in May.",
			want:     []quote{{"", model.Indirect, "the work would end in May"}},
			speakers: []string{},
		},
		{
			name:     "near miss: his office as an object says nothing",
			text:     "Mayor Tomas Brenn opened the bridge. His office was shut on Monday. Officials said the work would end in May.",
			want:     []quote{{"", model.Indirect, "the work would end in May"}},
			speakers: []string{},
		},
		{
			name:     "near miss: its office is the body's",
			text:     "The Tarn Ministry of Works opened the bridge. Its office said the work would end in May.",
			want:     []quote{{"Tarn Ministry of Works", model.Indirect, "the work would end in May"}},
			speakers: []string{"Tarn Ministry of Works"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestKnownReportByCases covers a report, study or data credited to the
// body that issued it when a time stands between the participle and its
// agent: "a report published on Monday by the Calder Institute".
func TestKnownReportByCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "according to a report published on a day by a body",
			text:     "According to a report published on Monday by the Calder Institute, wages fell by 4 per cent.",
			want:     []quote{{"Calder Institute", model.Indirect, "wages fell by 4 per cent"}},
			speakers: []string{"Calder Institute"},
		},
		{
			name:     "the clause first, then according to a report published on a day by a body",
			text:     "Wages fell by 4 per cent, according to a report published on Monday by the Calder Institute.",
			want:     []quote{{"Calder Institute", model.Indirect, "Wages fell by 4 per cent"}},
			speakers: []string{"Calder Institute"},
		},
		{
			name:     "a study published in a month by a body",
			text:     "According to a study published in March by the Calder Institute, wages fell by 4 per cent.",
			want:     []quote{{"Calder Institute", model.Indirect, "wages fell by 4 per cent"}},
			speakers: []string{"Calder Institute"},
		},
		{
			name:     "a report released last week by a body",
			text:     "According to a report released last week by the Calder Institute, wages fell by 4 per cent.",
			want:     []quote{{"Calder Institute", model.Indirect, "wages fell by 4 per cent"}},
			speakers: []string{"Calder Institute"},
		},
		{
			name:     "figures released on a day by a body",
			text:     "Wages fell by 4 per cent, according to figures released on Monday by the Calder Institute.",
			want:     []quote{{"Calder Institute", model.Indirect, "Wages fell by 4 per cent"}},
			speakers: []string{"Calder Institute"},
		},
		{
			name:     "data published on a day by an office",
			text:     "Wages fell by 4 per cent, according to data published on Tuesday by the Marlow Statistics Office.",
			want:     []quote{{"Marlow Statistics Office", model.Indirect, "Wages fell by 4 per cent"}},
			speakers: []string{"Marlow Statistics Office"},
		},
		{
			name:     "a report published on a day by a body said",
			text:     "A report published on Monday by the Calder Institute said wages fell by 4 per cent.",
			want:     []quote{{"Calder Institute", model.Indirect, "wages fell by 4 per cent"}},
			speakers: []string{"Calder Institute"},
		},
		{
			name:     "the report, then its participle between commas with the agent",
			text:     "According to the report, published on Monday by the Calder Institute, wages fell.",
			want:     []quote{{"Calder Institute", model.Indirect, "wages fell"}},
			speakers: []string{"Calder Institute"},
		},
		{
			name:     "figures, then their participle between commas with the agent",
			text:     "According to the figures, compiled by the Calder Institute, wages fell.",
			want:     []quote{{"Calder Institute", model.Indirect, "wages fell"}},
			speakers: []string{"Calder Institute"},
		},
		{
			name:     "near miss: the participle between commas names no agent",
			text:     "According to the report, published on Monday, wages fell.",
			want:     []quote{{"", model.Indirect, "wages fell"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a report published on a day, by nobody named",
			text:     "According to a report published on Monday, wages fell by 4 per cent.",
			want:     []quote{{"", model.Indirect, "wages fell by 4 per cent"}},
			speakers: []string{},
		},
		{
			name:     "near miss: a report published in a journal is not the journal's",
			text:     "According to a report published on Monday in the Tarvik Journal of Economics, wages fell by 4 per cent.",
			want:     []quote{{"", model.Indirect, "wages fell by 4 per cent"}},
			speakers: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestKnownQuestionCases covers reported questions and accounts: "wanted
// (demanded) to know whether ..." reports a question as "asked whether"
// does, and "described how ..." an account as "explained how" does; a
// wish or a demand with no question, and "described how to", are not.
func TestKnownQuestionCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "wanted to know whether",
			text:     "Ilse Varga wanted to know whether the bridge was safe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "whether the bridge was safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "wants to know why",
			text:     "Ilse Varga wants to know why the bridge was shut.",
			want:     []quote{{"Ilse Varga", model.Indirect, "why the bridge was shut"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "wanted to know after a quoted question",
			text:     "“Is the bridge safe?” Ilse Varga wanted to know.",
			want:     []quote{{"Ilse Varga", model.Direct, "Is the bridge safe?"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "demanded to know why",
			text:     "Ilse Varga demanded to know why the bridge was shut.",
			want:     []quote{{"Ilse Varga", model.Indirect, "why the bridge was shut"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "demanded to know who",
			text:     "Ilse Varga demanded to know who had ordered the closure.",
			want:     []quote{{"Ilse Varga", model.Indirect, "who had ordered the closure"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "described how",
			text:     "Ilse Varga described how the water rose within minutes.",
			want:     []quote{{"Ilse Varga", model.Indirect, "how the water rose within minutes"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "described how, a past perfect",
			text:     "Ilse Varga described how she had fled the flood.",
			want:     []quote{{"Ilse Varga", model.Indirect, "how she had fled the flood"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: wanted to leave is a wish",
			text:     "Ilse Varga wanted to leave the town.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "near miss: wanted to know more is no question",
			text:     "Ilse Varga wanted to know more about the plan.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "near miss: demanded to see someone",
			text:     "Ilse Varga demanded to see the minister.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "near miss: described how to is an instruction",
			text:     "Ilse Varga described how to build the dam.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "near miss: described an object",
			text:     "Ilse Varga described the bridge.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "near miss: knows how is no speech",
			text:     "Ilse Varga knows how the bridge collapsed.",
			want:     nil,
			speakers: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestKnownTitleSynonymCases covers a title named again by its other
// name: "the chief executive" after "CEO Mara Quell", "the premier" after
// "Prime Minister Ilse Varga", and back.
func TestKnownTitleSynonymCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "CEO, then the chief executive",
			text:     "Tidemark Energy CEO Mara Quell opened the plant. The chief executive said 200 jobs would be created.",
			want:     []quote{{"Mara Quell", model.Indirect, "200 jobs would be created"}},
			speakers: []string{"Mara Quell"},
		},
		{
			name:     "CEO, then the chief executive after a quotation",
			text:     "Tidemark Energy CEO Mara Quell opened the plant. “We will hire 200 people,” the chief executive said.",
			want:     []quote{{"Mara Quell", model.Direct, "We will hire 200 people"}},
			speakers: []string{"Mara Quell"},
		},
		{
			name:     "chief executive, then the CEO",
			text:     "Tidemark Energy chief executive Mara Quell opened the plant. “We will hire 200 people,” the CEO said.",
			want:     []quote{{"Mara Quell", model.Direct, "We will hire 200 people"}},
			speakers: []string{"Mara Quell"},
		},
		{
			name:     "Prime Minister, then the premier",
			text:     "Prime Minister Ilse Varga opened the bridge. The premier said it had cost too much.",
			want:     []quote{{"Ilse Varga", model.Indirect, "it had cost too much"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "Prime Minister, then the premier after a quotation",
			text:     "Prime Minister Ilse Varga opened the bridge. “It cost too much,” the premier said.",
			want:     []quote{{"Ilse Varga", model.Direct, "It cost too much"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "Premier, then the prime minister",
			text:     "Premier Ilse Varga opened the bridge. The prime minister said it had cost too much.",
			want:     []quote{{"Ilse Varga", model.Indirect, "it had cost too much"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "chairman, then the chair",
			text:     "Tidemark Energy chairman Mara Quell opened the plant. The chair said 200 jobs would be created.",
			want:     []quote{{"Mara Quell", model.Indirect, "200 jobs would be created"}},
			speakers: []string{"Mara Quell"},
		},
		{
			name: "a chairwoman and a chief executive, each found by the other name",
			text: "Tidemark Energy chairwoman Mara Quell and its chief executive, Tomas Brenn, opened the plant. The chair said 200 jobs would be created. The CEO said the plant would open in May.",
			want: []quote{
				{"Mara Quell", model.Indirect, "200 jobs would be created"},
				{"Tomas Brenn", model.Indirect, "the plant would open in May"},
			},
			speakers: []string{"Mara Quell", "Tomas Brenn"},
		},
		{
			name:     "near miss: the chief executive is not the chief financial officer",
			text:     "Tidemark Energy CEO Mara Quell opened the plant with Tomas Brenn, its chief financial officer. The chief executive said 200 jobs would be created.",
			want:     []quote{{"Mara Quell", model.Indirect, "200 jobs would be created"}},
			speakers: []string{"Mara Quell"},
		},
		{
			name:     "near miss: a deputy prime minister is not the premier",
			text:     "Deputy Prime Minister Ilse Varga opened the bridge. The premier said it had cost too much.",
			want:     []quote{{"", model.Indirect, "it had cost too much"}},
			speakers: []string{},
		},
		{
			name:     "near miss: the minister after a premier and a minister is the minister",
			text:     "Premier Ilse Varga met Health Minister Tomas Brenn. The minister said the hospital would open.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the hospital would open"}},
			speakers: []string{"Tomas Brenn"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestKnownDetailObjectCases covers objects that a relative clause picks
// out: "confirmed the date the bridge would reopen" reports no clause,
// while "confirmed the bridge would reopen" and "confirmed the people who
// were hurt had gone home" do.
func TestKnownDetailObjectCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "confirmed the date, a bare relative",
			text:     "Ilse Varga confirmed the date the bridge would reopen.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "revealed the exact date, a bare relative",
			text:     "Ilse Varga revealed the exact date the bridge would reopen.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "confirmed the number of people who",
			text:     "Ilse Varga confirmed the number of people who were hurt.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "announced the names of the players who",
			text:     "Ilse Varga announced the names of the players who will travel.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "disclosed the amount, a bare relative",
			text:     "Ilse Varga disclosed the amount the city had paid.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "announced the venue where",
			text:     "Ilse Varga announced the venue where the final will be played.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "the identity of the man who died",
			text:     "The Tarn Ministry of Health confirmed the identity of the man who died.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "near miss: confirmed a clause",
			text:     "Ilse Varga confirmed the bridge would reopen.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge would reopen"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: the date opens a clause",
			text:     "Ilse Varga announced the date would be set in May.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the date would be set in May"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a relative clause inside the clause's subject",
			text:     "Ilse Varga confirmed the number of people who were hurt had risen to ten.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the number of people who were hurt had risen to ten"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a bare relative inside the clause's subject",
			text:     "Ilse Varga said the date the bridge would reopen was not set.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the date the bridge would reopen was not set"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a present verb after the bare relative",
			text:     "Ilse Varga confirmed the date the bridge reopens is not set.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the date the bridge reopens is not set"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: people who were hurt, then the clause's verb",
			text:     "Ilse Varga confirmed the people who were hurt had gone home.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the people who were hurt had gone home"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: the time had come",
			text:     "Ilse Varga confirmed the time had come to act.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the time had come to act"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: a present verb the lexicon may not know after the bare relative",
			text:     "Ilse Varga confirmed the amount the city pays is too high.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the amount the city pays is too high"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: said opens a clause, whatever its verbs",
			text:     "Ilse Varga said the amount the city pays is too high. She said the date they chose suits everyone.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the amount the city pays is too high"}, {"Ilse Varga", model.Indirect, "the date they chose suits everyone"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "warned, then a clause whose subject has a bare relative",
			text:     "Ilse Varga warned the cost the city faces could double.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the cost the city faces could double"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: told a hearer, then the clause",
			text:     "Ilse Varga told reporters the date would be set in May.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the date would be set in May"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: after that, always a clause",
			text:     "Ilse Varga confirmed that the date the bridge would reopen was set.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the date the bridge would reopen was set"}},
			speakers: []string{"Ilse Varga"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestKnownGenerationCases covers a generation after a name: "Ilan Dravic
// Jr.", "Dravic Jr." and "Dravic" are one man, named with his "Jr.", and
// "Ilan Dravic Sr." is his father, another speaker.
func TestKnownGenerationCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "Jr., then the surname with Jr.",
			text: "Ilan Dravic Jr. said the mill would close. Dravic Jr. added that 40 jobs would go.",
			want: []quote{
				{"Ilan Dravic Jr.", model.Indirect, "the mill would close"},
				{"Ilan Dravic Jr.", model.Indirect, "40 jobs would go"},
			},
			speakers: []string{"Ilan Dravic Jr."},
		},
		{
			name: "Jr., then the surname alone",
			text: "Ilan Dravic Jr. said the mill would close. “Forty jobs will go,” Dravic said.",
			want: []quote{
				{"Ilan Dravic Jr.", model.Indirect, "the mill would close"},
				{"Ilan Dravic Jr.", model.Direct, "Forty jobs will go"},
			},
			speakers: []string{"Ilan Dravic Jr."},
		},
		{
			name: "Jr. between commas",
			text: "Ilan Dravic, Jr., said the mill would close. Dravic added that 40 jobs would go.",
			want: []quote{
				{"Ilan Dravic Jr.", model.Indirect, "the mill would close"},
				{"Ilan Dravic Jr.", model.Indirect, "40 jobs would go"},
			},
			speakers: []string{"Ilan Dravic Jr."},
		},
		{
			name: "Jr. and Sr. are two men",
			text: "Ilan Dravic Jr. said the mill would close. His father, Ilan Dravic Sr., said the mill had been losing money.",
			want: []quote{
				{"Ilan Dravic Jr.", model.Indirect, "the mill would close"},
				{"Ilan Dravic Sr.", model.Indirect, "the mill had been losing money"},
			},
			speakers: []string{"Ilan Dravic Jr.", "Ilan Dravic Sr."},
		},
		{
			name: "Jr., Sr., then the surname with Jr.",
			text: "Ilan Dravic Jr. said the mill would close. Ilan Dravic Sr. said the mill had been losing money. Dravic Jr. added that 40 jobs would go.",
			want: []quote{
				{"Ilan Dravic Jr.", model.Indirect, "the mill would close"},
				{"Ilan Dravic Sr.", model.Indirect, "the mill had been losing money"},
				{"Ilan Dravic Jr.", model.Indirect, "40 jobs would go"},
			},
			speakers: []string{"Ilan Dravic Jr.", "Ilan Dravic Sr."},
		},
		{
			name: "Jr., Sr., then the surname with Sr.",
			text: "Ilan Dravic Jr. said the mill would close. Ilan Dravic Sr. said the mill had been losing money. Dravic Sr. added that 40 jobs would go.",
			want: []quote{
				{"Ilan Dravic Jr.", model.Indirect, "the mill would close"},
				{"Ilan Dravic Sr.", model.Indirect, "the mill had been losing money"},
				{"Ilan Dravic Sr.", model.Indirect, "40 jobs would go"},
			},
			speakers: []string{"Ilan Dravic Jr.", "Ilan Dravic Sr."},
		},
		{
			name:     "the clause first, then said and a name with Jr.",
			text:     "The mill would close, said Ilan Dravic Jr.",
			want:     []quote{{"Ilan Dravic Jr.", model.Indirect, "The mill would close"}},
			speakers: []string{"Ilan Dravic Jr."},
		},
		{
			name:     "a numeral after the name",
			text:     "Ilan Dravic III said the mill would close.",
			want:     []quote{{"Ilan Dravic III", model.Indirect, "the mill would close"}},
			speakers: []string{"Ilan Dravic III"},
		},
		{
			name: "Jr., then the surname with Sr. is a second man",
			text: "Ilan Dravic Jr. said the mill would close. Dravic Sr. said it had been losing money.",
			want: []quote{
				{"Ilan Dravic Jr.", model.Indirect, "the mill would close"},
				{"Dravic Sr.", model.Indirect, "it had been losing money"},
			},
			speakers: []string{"Dravic Sr.", "Ilan Dravic Jr."},
		},
		{
			name:     "near miss: letters after a name are no part of it",
			text:     "Judge Mara Quell QC said the appeal had failed.",
			want:     []quote{{"Mara Quell", model.Indirect, "the appeal had failed"}},
			speakers: []string{"Mara Quell"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
	// "Ilan Dravic Jr. and Mara Quell said": the two joined (the suffix
	// does not end the phrase), whose words are no one's alone (session
	// 13, as in the real-news gold).
	checkAllQuotes(t, freshCase{
		text:     "Ilan Dravic Jr. and Mara Quell said the mill would close.",
		want:     []quote{{"", model.Indirect, "the mill would close"}},
		speakers: []string{},
	})
}

// TestKnownJointCases covers what two people named together say: "Both
// said" is a quote with no one speaker, as "the two said" is, and so
// (since session 13, as in the real-news gold) is "according to Varga and
// Brenn", as "Varga and Brenn said" is.
func TestKnownJointCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "both said, a clause",
			text:     "Ilse Varga and Tomas Brenn met on Monday. Both said the bridge was unsafe.",
			want:     []quote{{"", model.Indirect, "the bridge was unsafe"}},
			speakers: []string{},
		},
		{
			name:     "both said after a quotation",
			text:     "Ilse Varga and Tomas Brenn met on Monday. “The bridge is unsafe,” both said.",
			want:     []quote{{"", model.Direct, "The bridge is unsafe"}},
			speakers: []string{},
		},
		{
			name:     "according to two named people, no one's alone",
			text:     "According to Ilse Varga and Tomas Brenn, the bridge was unsafe.",
			want:     []quote{{"", model.Indirect, "the bridge was unsafe"}},
			speakers: []string{},
		},
		{
			name:     "the clause first, then according to two named people",
			text:     "The bridge was unsafe, according to Ilse Varga and Tomas Brenn.",
			want:     []quote{{"", model.Indirect, "The bridge was unsafe"}},
			speakers: []string{},
		},
		{
			name:     "near miss: according to two named people in a joint statement is no one alone",
			text:     "According to Ilse Varga and Tomas Brenn in a joint statement, the bridge was unsafe.",
			want:     []quote{{"", model.Indirect, "the bridge was unsafe"}},
			speakers: []string{},
		},
		{
			name:     "near miss: the clause joins two things, not two sources",
			text:     "According to Ilse Varga, the bridge and the road were unsafe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge and the road were unsafe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "near miss: an unnamed second source adds no speaker",
			text:     "According to Ilse Varga and her husband, the bridge was unsafe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was unsafe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "according to a named person and others is no one alone",
			text:     "The bridge was unsafe, according to Ilse Varga and others. According to Tomas Brenn and others, the road was shut.",
			want:     []quote{{"", model.Indirect, "The bridge was unsafe"}, {"", model.Indirect, "the road was shut"}},
			speakers: []string{},
		},
		{
			name:     "near miss: both men said, as the two said",
			text:     "Ilse Varga and Tomas Brenn met on Monday. Both men said the bridge was unsafe. The two said it would close.",
			want:     []quote{{"", model.Indirect, "the bridge was unsafe"}, {"", model.Indirect, "it would close"}},
			speakers: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAllQuotes(t, tt) })
	}
}

// TestKnownOfficialsCases pins who unnamed officials speak for: a body
// named right before or after them ("Tidemark Energy officials",
// "officials at Tidemark Energy"), but no body a common noun only
// describes ("company officials", "government officials", "health
// officials in Marlow"), as the gold has it. Crediting the body the noun
// describes was tried and lowered validation and fictional held-out.
func TestKnownOfficialsCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "a body's officials named before the word",
			text:     "Tidemark Energy officials said the plant would reopen.",
			want:     []quote{{"Tidemark Energy", model.Indirect, "the plant would reopen"}},
			speakers: []string{"Tidemark Energy"},
		},
		{
			name:     "officials at a body",
			text:     "Officials at Tidemark Energy said the plant would reopen.",
			want:     []quote{{"Tidemark Energy", model.Indirect, "the plant would reopen"}},
			speakers: []string{"Tidemark Energy"},
		},
		{
			// Session 15 (j2): a firm's officials speak for the firm the
			// story named, as the WSJ page gold has it; the narrow rule
			// (firm words only) moved no held-out set, where the broad
			// one tried before did.
			name:     "company officials after the company speak for it",
			text:     "Tidemark Energy said on Monday it would cut jobs. Company officials said the plant would reopen.",
			want:     []quote{{"Tidemark Energy", model.Indirect, "it would cut jobs"}, {"Tidemark Energy", model.Indirect, "the plant would reopen"}},
			speakers: []string{"Tidemark Energy"},
		},
		{
			name:     "near miss: government officials are unnamed",
			text:     "Government officials said the bridge would reopen.",
			want:     []quote{{"", model.Indirect, "the bridge would reopen"}},
			speakers: []string{},
		},
		{
			name:     "near miss: health officials of a place are unnamed",
			text:     "Health officials in Marlow said the outbreak was over. Marlow health officials said the clinic would reopen.",
			want:     []quote{{"", model.Indirect, "the outbreak was over"}, {"", model.Indirect, "the clinic would reopen"}},
			speakers: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
