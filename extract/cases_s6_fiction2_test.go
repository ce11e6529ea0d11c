package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestCrowdVoiceCases covers direct quotes from voices nobody names, given
// between named speakers: "someone", "somebody", or an unnamed person placed
// in a crowd. The words went to the last named speaker, or were lost when
// the crowd was taken for the subject. Also "went on" as a cue beside a
// quotation.
func TestCrowdVoiceCases(t *testing.T) {
	const before = "Councillor Benedikt Hoyle said the council had looked at every alternative.\n\n"
	hoyle := quote{"Benedikt Hoyle", model.Indirect, "the council had looked at every alternative"}
	tests := []freshCase{
		{
			name: "someone shouted back",
			text: before + "“Then fight the government!” someone shouted back.",
			want: []quote{hoyle, {"", model.Direct, "Then fight the government!"}},
		},
		{
			name: "someone shouted",
			text: before + "“Then fight them!” someone shouted.",
			want: []quote{hoyle, {"", model.Direct, "Then fight them!"}},
		},
		{
			name: "somebody asked",
			text: before + "“Where is the money?” somebody asked.",
			want: []quote{hoyle, {"", model.Direct, "Where is the money?"}},
		},
		{
			name: "someone in the crowd said",
			text: before + "“We want answers,” someone in the crowd said.",
			want: []quote{hoyle, {"", model.Direct, "We want answers"}},
		},
		{
			name: "one woman in the crowd said",
			text: before + "“We want money,” one woman in the crowd said.",
			want: []quote{hoyle, {"", model.Direct, "We want money"}},
		},
		{
			name: "a man at the back of the hall shouted",
			text: before + "“We want homes,” a man at the back of the hall shouted.",
			want: []quote{hoyle, {"", model.Direct, "We want homes"}},
		},
		{
			// Near miss: a spokeswoman at a body speaks for it.
			name:     "a spokeswoman at the ministry said",
			text:     before + "“We want homes,” a spokeswoman at the Ministry of Housing said.",
			want:     []quote{hoyle, {"Ministry of Housing", model.Direct, "We want homes"}},
			speakers: []string{"Benedikt Hoyle", "Ministry of Housing"},
		},
		{
			// Near miss: a named speaker in the hall is still named.
			name: "a named speaker in the hall",
			text: before + "“We want homes,” Mira Dobrev said in the hall.",
			want: []quote{hoyle, {"Mira Dobrev", model.Direct, "We want homes"}},
		},
		{
			name: "went on, in the middle of a quote",
			text: before + "“It's not just commuters,” Aksel Rudd went on, “it's the doctor's visits.”",
			want: []quote{hoyle, {"Aksel Rudd", model.Direct, "It's not just commuters"}, {"Aksel Rudd", model.Direct, "it's the doctor's visits."}},
		},
		{
			name: "went on, after a quote",
			text: before + "“And that is the problem,” Aksel Rudd went on.",
			want: []quote{hoyle, {"Aksel Rudd", model.Direct, "And that is the problem"}},
		},
		{
			// Near miss: "went on" of an event reports nothing.
			name: "a strike went on",
			text: before + "The strike went on for three weeks.",
			want: []quote{hoyle},
		},
		{
			name: "went on to say",
			text: "Aksel Rudd went on to say that the port would close.",
			want: []quote{{"Aksel Rudd", model.Indirect, "the port would close"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestCounterpartCases covers a person introduced as someone's counterpart
// ("Her Corvanian counterpart, Bastian Leclerc", "His opposite number,
// Athletic's Solveig Marr"): the description that names the role of the
// other, with what sets them apart ("said the Corvanian minister", "the
// Athletic coach said"), is theirs, and so is a bare "the minister said"
// right after them. A team's plural possessive ("Rovers' coach") names the
// team as "Tidemark's CEO" does.
func TestCounterpartCases(t *testing.T) {
	const ministers = "Varnland's fisheries minister, Oda Kjellberg, said the offer was fair.\n\n" +
		"Her Corvanian counterpart, Bastian Leclerc, said the stock was moving north. "
	kjell := quote{"Oda Kjellberg", model.Indirect, "the offer was fair"}
	leclerc := quote{"Bastian Leclerc", model.Indirect, "the stock was moving north"}
	const coaches = "Rovers' coach, Branko Vidmar, said his side had deserved the win.\n\n" +
		"His opposite number, Athletic's Solveig Marr, said the referee was wrong. "
	vidmar := quote{"Branko Vidmar", model.Indirect, "his side had deserved the win"}
	marr := quote{"Solveig Marr", model.Indirect, "the referee was wrong"}
	tests := []freshCase{
		{
			name: "said the Corvanian minister",
			text: ministers + "“Our boats follow the fish,” said the Corvanian minister.",
			want: []quote{kjell, leclerc, {"Bastian Leclerc", model.Direct, "Our boats follow the fish"}},
		},
		{
			name: "the minister said, after the counterpart",
			text: ministers + "“There is always a deal in the end,” the minister said.",
			want: []quote{kjell, leclerc, {"Bastian Leclerc", model.Direct, "There is always a deal in the end"}},
		},
		{
			// Near miss: the named minister, picked out by her country.
			name: "said the Varnland minister",
			text: ministers + "“The door is open,” said the Varnland minister.",
			want: []quote{kjell, leclerc, {"Oda Kjellberg", model.Direct, "The door is open"}},
		},
		{
			name: "said the Athletic coach",
			text: coaches + "“What's the point?” said the Athletic coach.",
			want: []quote{vidmar, marr, {"Solveig Marr", model.Direct, "What's the point?"}},
		},
		{
			name: "the Rovers coach said, a plural possessive",
			text: coaches + "“Nothing at all,” the Rovers coach said.",
			want: []quote{vidmar, marr, {"Branko Vidmar", model.Direct, "Nothing at all"}},
		},
		{
			// Near miss: a counterpart of someone with no role gets none.
			name: "counterpart of someone without a role",
			text: "Oda Kjellberg said the offer was fair.\n\nHer counterpart, Bastian Leclerc, said the stock was moving north. “Our boats follow the fish,” said the minister.",
			want: []quote{kjell, leclerc, {"", model.Direct, "Our boats follow the fish"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestCourtPartCases covers the parts in a trial that a report gives
// around a name rather than as its title: "for the prosecution, X said",
// "X, for the defence,", "X, prosecuting,". "The prosecutor said" and "the
// defence lawyer said" are then theirs, not the last lawyer's or nobody's.
func TestCourtPartCases(t *testing.T) {
	const trial = "Opening the case for the prosecution, Hester Quayle KC said the money had gone.\n\n" +
		"The first witness, the scheme's former chair of trustees, Dorrit Vance, said she had asked three times.\n\n" +
		"Lionel Achebe, for the defence, suggested that the trustees had approved every transfer. "
	quayle := quote{"Hester Quayle", model.Indirect, "the money had gone"}
	vance := quote{"Dorrit Vance", model.Indirect, "she had asked three times"}
	achebe := quote{"Lionel Achebe", model.Indirect, "the trustees had approved every transfer"}
	tests := []freshCase{
		{
			name: "the prosecutor said, for the prosecution",
			text: trial + "“Loans are usually repaid,” the prosecutor said.",
			want: []quote{quayle, vance, achebe, {"Hester Quayle", model.Direct, "Loans are usually repaid"}},
		},
		{
			name: "the defence lawyer said, for the defence",
			text: trial + "“The trustees knew,” the defence lawyer said.",
			want: []quote{quayle, vance, achebe, {"Lionel Achebe", model.Direct, "The trustees knew"}},
		},
		{
			name: "prosecuting",
			text: "Hester Quayle, prosecuting, told the jury the money had gone.\n\nLionel Achebe said the trustees knew. “Loans are usually repaid,” the prosecutor said.",
			want: []quote{{"Hester Quayle", model.Indirect, "the money had gone"}, {"Lionel Achebe", model.Indirect, "the trustees knew"}, {"Hester Quayle", model.Direct, "Loans are usually repaid"}},
		},
		{
			// Near miss: speaking for a body is no part in a trial.
			name: "speaking for the government",
			text: "Speaking for the government, Hester Quayle said the money had gone.\n\nLionel Achebe said the trustees knew. “Loans are usually repaid,” the prosecutor said.",
			want: []quote{{"Hester Quayle", model.Indirect, "the money had gone"}, {"Lionel Achebe", model.Indirect, "the trustees knew"}, {"", model.Direct, "Loans are usually repaid"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestAndIngClauseCases covers a reported clause whose verb goes on with
// "and" and an -ing form that is also a speech verb ("was awake and asking
// for food", "was working hard and making progress"): the clause runs on,
// where it was cut as if a second report began. With a comma, or a past
// form, a second report still begins.
func TestAndIngClauseCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "and asking",
			text: "Rosa Mendez said her son was awake and asking for food.",
			want: []quote{{"Rosa Mendez", model.Indirect, "her son was awake and asking for food"}},
		},
		{
			name: "and making",
			text: "Ilse Varga said the team was working hard and making progress.",
			want: []quote{{"Ilse Varga", model.Indirect, "the team was working hard and making progress"}},
		},
		{
			name: "and warning as a noun",
			text: "Ilse Varga said the bridge was safe and warning signs would go up.",
			want: []quote{{"Ilse Varga", model.Indirect, "the bridge was safe and warning signs would go up"}},
		},
		{
			// Near miss: a comma and the -ing form: a second report.
			name: "comma, adding that",
			text: "Ilse Varga said the bridge was safe, adding that it would reopen.",
			want: []quote{{"Ilse Varga", model.Indirect, "the bridge was safe"}, {"Ilse Varga", model.Indirect, "it would reopen"}},
		},
		{
			// Near miss: a past form after "and": a second report.
			name: "and added that",
			text: "Ilse Varga said the bridge was safe and added that it would reopen.",
			want: []quote{{"Ilse Varga", model.Indirect, "the bridge was safe"}, {"Ilse Varga", model.Indirect, "it would reopen"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestSourceNamedAfterCases covers a quotation standing as a sentence or a
// paragraph of its own whose source the next sentence names: "So says
// Kari Lindahl, who ...", "That was the reply from ..., Aksel Rudd", "Those
// were the words of ...". The words went to whoever spoke before.
func TestSourceNamedAfterCases(t *testing.T) {
	const before = "Lars Engvall said the company had lost money.\n\n"
	engvall := quote{"Lars Engvall", model.Indirect, "the company had lost money"}
	tests := []freshCase{
		{
			name: "so says, in the same paragraph",
			text: before + "“Four boats a day is not a service.” So says Kari Lindahl, who has commuted for fourteen years.",
			want: []quote{engvall, {"Kari Lindahl", model.Direct, "Four boats a day is not a service."}},
		},
		{
			name: "so says, opening the next paragraph",
			text: before + "“Four boats a day is not a service.”\n\nSo says Kari Lindahl, who has commuted for fourteen years.",
			want: []quote{engvall, {"Kari Lindahl", model.Direct, "Four boats a day is not a service."}},
		},
		{
			name: "that was the reply from, past a role",
			text: before + "“He will get the passengers in the summer.” That was the reply from the chairman of the community council, Aksel Rudd.",
			want: []quote{engvall, {"Aksel Rudd", model.Direct, "He will get the passengers in the summer."}},
		},
		{
			name: "those were the words of",
			text: before + "“It is a disgrace.” Those were the words of Benedikt Hoyle, the council's budget chief.",
			want: []quote{engvall, {"Benedikt Hoyle", model.Direct, "It is a disgrace."}},
		},
		{
			name: "that is the view of",
			text: before + "“Nobody told us.” That is the view of Ilse Varga, a shopkeeper in Tarvik.",
			want: []quote{engvall, {"Ilse Varga", model.Direct, "Nobody told us."}},
		},
		{
			// Near miss: the view of a place's people names no one.
			name: "the view of most people in a town",
			text: "Lars Engvall said the company had lost money. “It will close in June.” That is the view of most people in Tarvik.",
			want: []quote{engvall, {"Lars Engvall", model.Direct, "It will close in June."}},
		},
		{
			// Near miss: the quotation has its own cue.
			name: "a quotation with its own cue",
			text: before + "“It will close,” Engvall said. That was the view of Ilse Varga too.",
			want: []quote{engvall, {"Lars Engvall", model.Direct, "It will close"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestNameGivenAsCases covers an unnamed speaker who gives a name in an
// aside: "One resident, who gave her name only as Berit, said", "A
// driver, who identified himself only as Tomas, said". The words are that
// name's, where they were nobody's; a name withheld stays nobody's.
func TestNameGivenAsCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "who gave her name only as, in commas",
			text: "One resident, who gave her name only as Berit, said nobody had warned her.",
			want: []quote{{"Berit", model.Indirect, "nobody had warned her"}},
		},
		{
			name: "who gave his name as, after an appositive",
			text: "One resident, a fisherman who gave his name as Joran, said the wall had held.",
			want: []quote{{"Joran", model.Indirect, "the wall had held"}},
		},
		{
			name: "who identified himself only as, in commas",
			text: "A driver, who identified himself only as Tomas, said the road was shut.",
			want: []quote{{"Tomas", model.Indirect, "the road was shut"}},
		},
		{
			// Near miss: a name withheld.
			name: "who did not give his name",
			text: "A driver, who did not give his name, said the road was shut.",
			want: []quote{{"", model.Indirect, "the road was shut"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestOrchestraCases covers ensembles named without the word "orchestra"
// ("the Orvale Philharmonic", "the Tarvik Sinfonia"): they are bodies, and
// "the orchestra said" is theirs, not nobody's.
func TestOrchestraCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "the orchestra said, a philharmonic",
			text:     "Her death was announced on Sunday by the Orvale Philharmonic, which she led for twenty-six years. The orchestra said she had died peacefully.",
			want:     []quote{{"Orvale Philharmonic", model.Indirect, "she had died peacefully"}},
			speakers: []string{"Orvale Philharmonic"},
			orgs:     []string{"Orvale Philharmonic"},
		},
		{
			name: "the orchestra said, a sinfonia",
			text: "The Tarvik Sinfonia played on Friday. “We are thrilled,” the orchestra said in a statement.",
			want: []quote{{"Tarvik Sinfonia", model.Direct, "We are thrilled"}},
		},
		{
			// Near miss: an orchestra named as one is matched as before.
			name: "a symphony orchestra",
			text: "The Lannport Symphony Orchestra cancelled the concert. The orchestra said the hall was unsafe.",
			want: []quote{{"Lannport Symphony Orchestra", model.Indirect, "the hall was unsafe"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestShotBackCases covers "shot back" beside a quotation, a retort in
// debate reports: the quotation was lost, and the one after it went to the
// other speaker. Without a quotation "shot back" reports nothing.
func TestShotBackCases(t *testing.T) {
	const before = "Mayor Cornelius Dahl shook his head. “That would stop the tram,” he said.\n\n"
	dahl := quote{"Cornelius Dahl", model.Direct, "That would stop the tram"}
	tests := []freshCase{
		{
			name: "shot back, then a second quotation",
			text: before + "“Good,” Ottilie Brask shot back. “It is two years late.”",
			want: []quote{dahl, {"Ottilie Brask", model.Direct, "Good"}, {"Ottilie Brask", model.Direct, "It is two years late."}},
		},
		{
			name: "she shot back",
			text: before + "Ottilie Brask laughed. “Good,” she shot back.",
			want: []quote{dahl, {"Ottilie Brask", model.Direct, "Good"}},
		},
		{
			// Near miss: shooting is no speech.
			name: "police shot back at the gunmen",
			text: before + "A bullet hit a car. Police shot back at the gunmen.",
			want: []quote{dahl},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
