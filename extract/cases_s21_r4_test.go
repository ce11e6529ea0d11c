package extract_test

import (
	"flag"
	"testing"
)

// Session 21, pool r4: speaker errors of real reporting, made general.
//
// Shape "theletters": "The Tarrow Vale MP also claimed ...": the article
// and a place's (or a party's) capitalised words before an office's
// letters are a description of the member named before, the way "the
// Labour MP" is; the words were taken for a person's name with the
// letters after it ("Ilse Varga MP"). Near misses: a name with its
// letters and no article ("Ilse Varga MP said"), a place's MP named
// after it ("Tarrow Vale MP Ilse Varga said"), an honorific after the
// article ("the Rt Hon Ilse Varga MP"), letters of no office ("the
// Kessel PhD").
// First pass (before the fix): 6/10 rows (every near miss passed, no
// positive did).

var s21r4Known = flag.Bool("s21r4.known", false, "TestAuditS21R4 runs its known failures too, to see which a change fixed")

func s21r4LettersRows() []auditRow {
	return []auditRow{
		{class: "theletters/pos", text: "The opposition will boycott the vote, says Datuk Arno Vellasamy.\n\nThe Tarrow Vale MP also claimed that members had been forced to sign the pact.",
			want:     []quote{{"Arno Vellasamy", auI, "The opposition will boycott the vote"}, {"Arno Vellasamy", auI, "members had been forced to sign the pact"}},
			speakers: []string{"Arno Vellasamy"}},
		{class: "theletters/pos", text: "Ilse Varga said the bridge would reopen in May.\n\nThe Kessel MP said that the council had ignored the warnings.",
			want:     []quote{{"Ilse Varga", auI, "the bridge would reopen in May"}, {"Ilse Varga", auI, "the council had ignored the warnings"}},
			speakers: []string{"Ilse Varga"}},
		{class: "theletters/pos", text: "Farmers were still waiting for payment, Oskar Brandt told reporters on Monday.\n\nThe North Lenmoor MEP added that the fund had run dry.",
			want:     []quote{{"Oskar Brandt", auI, "Farmers were still waiting for payment"}, {"Oskar Brandt", auI, "the fund had run dry"}},
			speakers: []string{"Oskar Brandt"}},
		{class: "theletters/pos", text: "Mara Quell warned that the ferry would be cut.\n\nThe Glenrath East MSP said islanders had been let down.",
			want:     []quote{{"Mara Quell", auI, "the ferry would be cut"}, {"Mara Quell", auI, "islanders had been let down"}},
			speakers: []string{"Mara Quell"}},
		// Near misses: a name with its letters stays a name.
		{class: "theletters/near", text: "The opposition will boycott the vote, says Arno Vellasamy.\n\nIlse Varga MP said that members had been forced to sign the pact.",
			want:     []quote{{"Arno Vellasamy", auI, "The opposition will boycott the vote"}, {"Ilse Varga", auI, "members had been forced to sign the pact"}},
			speakers: []string{"Arno Vellasamy", "Ilse Varga"}},
		{class: "theletters/near", text: "The opposition will boycott the vote, says Arno Vellasamy.\n\nTarrow Vale MP Ilse Varga said that members had been forced to sign the pact.",
			want:     []quote{{"Arno Vellasamy", auI, "The opposition will boycott the vote"}, {"Ilse Varga", auI, "members had been forced to sign the pact"}},
			speakers: []string{"Arno Vellasamy", "Ilse Varga"}},
		{class: "theletters/near", text: "The opposition will boycott the vote, says Arno Vellasamy.\n\nThe Rt Hon Ilse Varga MP said that members had been forced to sign the pact.",
			want:     []quote{{"Arno Vellasamy", auI, "The opposition will boycott the vote"}, {"Ilse Varga", auI, "members had been forced to sign the pact"}},
			speakers: []string{"Arno Vellasamy", "Ilse Varga"}},
		{class: "theletters/near", text: "The opposition will boycott the vote, says Arno Vellasamy.\n\nThe Labour MP said that members had been forced to sign the pact.",
			want:     []quote{{"Arno Vellasamy", auI, "members had been forced to sign the pact"}},
			speakers: []string{"Arno Vellasamy"}},
		{class: "theletters/near", text: "The wall was rebuilt, Mara Quell said.\n\nLater, Oskar Brandt QC told the court that the deeds were forged.",
			want:     []quote{{"Mara Quell", auI, "The wall was rebuilt"}, {"Oskar Brandt", auI, "the deeds were forged"}},
			speakers: []string{"Mara Quell", "Oskar Brandt"}},
		{class: "theletters/near", text: "Doctors said the ward would close.\n\nA report by Dr Ilse Varga MP said that the ward had been understaffed.",
			want: []quote{{"", auI, "the ward would close"}, {"Ilse Varga", auI, "the ward had been understaffed"}}},
	}
}

// Shape "memberbody": a name no list knows, two words shaped like a
// person's ("Tanah Bersatu", "Perikatan Nasional"), counted by its leaders
// or members ("a press conference with Tanah Bersatu leaders") is a
// party's or a movement's, and a later "he" never means it, even where
// its name was the last one before ("claimed that Bersatu is concerned
// ... He also questioned"). Near misses: a person with a first name, a
// person's supporters (no member noun), a place's leaders.
// First pass (before the fix): 5/7 rows (the third positive, a named
// subject between, passed before too).
func s21r4MemberRows() []auditRow {
	return []auditRow{
		{class: "memberbody/pos", text: "The opposition will boycott the vote, says Datuk Seri Arno Vellasamy.\n\n“We are confident,” he said in a press conference with Tanah Bersatu leaders on Monday.\n\nThe Kessel MP also claimed that Bersatu is concerned some members were forced.\n\nHe also questioned the need for a vote.\n\n“It is not known how many MPs support him,” he added.",
			want:     []quote{{"Arno Vellasamy", auD, "We are confident"}, {"Arno Vellasamy", auD, "It is not known how many MPs support him"}},
			speakers: []string{"Arno Vellasamy"}},
		{class: "memberbody/pos", text: "Senator Oskar Brandt said the pact was dead.\n\nHe spoke after meeting Sinar Harapan lawmakers.\n\nThe former minister also claimed that Sinar Harapan had broken its word.\n\n“They will regret this,” he added.",
			want:     []quote{{"Oskar Brandt", auI, "the pact was dead"}, {"Oskar Brandt", auD, "They will regret this"}},
			speakers: []string{"Oskar Brandt"}},
		{class: "memberbody/pos", text: "The ceasefire will not hold, said Mara Quell, the group's spokeswoman.\n\nThree Kata Lembah commanders were killed on Sunday, and Quell said Kata Lembah would respond.\n\n“We will not be silent,” she added.",
			want:     []quote{{"Mara Quell", auI, "The ceasefire will not hold"}, {"Mara Quell", auD, "We will not be silent"}},
			speakers: []string{"Mara Quell"}},
		// Near misses: people stay people.
		{class: "memberbody/near", text: "Kolmar supporters rallied outside the court on Monday.\n\nKolmar said the count was rigged.\n\n“We will appeal,” he added.",
			want:     []quote{{"Kolmar", auI, "the count was rigged"}, {"Kolmar", auD, "We will appeal"}},
			speakers: []string{"Kolmar"}},
		{class: "memberbody/near", text: "Ilse Varga met party members on Monday.\n\nVarga said the count was rigged.\n\n“We will appeal,” she added.",
			want:     []quote{{"Ilse Varga", auI, "the count was rigged"}, {"Ilse Varga", auD, "We will appeal"}},
			speakers: []string{"Ilse Varga"}},
		{class: "memberbody/near", text: "Senator Oskar Brandt met Tarrow leaders on Friday.\n\nBrandt said the road would be rebuilt.\n\n“It will take a year,” he added.",
			want:     []quote{{"Oskar Brandt", auI, "the road would be rebuilt"}, {"Oskar Brandt", auD, "It will take a year"}},
			speakers: []string{"Oskar Brandt"}},
		{class: "memberbody/near", text: "Arno Vellasamy met his members on Friday.\n\n“We will strike,” Vellasamy said.",
			want:     []quote{{"Arno Vellasamy", auD, "We will strike"}},
			speakers: []string{"Arno Vellasamy"}},
	}
}

// Shape "tooutlet": "In a statement to the BBC, the company said": the
// phrase read back from the cue went through the comma, taking the
// outlet for a town inside a company's description ("The Dalton, Ga.,
// carpet maker said"), and the outlet took the words, which then went
// to nobody. Near misses: the town's description itself, a named
// subject after the opening phrase, a name and its unclosed aside.
// First pass (before the fix): 4/7 rows (every near miss passed, no
// positive did).
func s21r4OutletRows() []auditRow {
	return []auditRow{
		{class: "tooutlet/pos", text: "Tarvik Media could face fines after a breach.\n\nIn a statement to the BBC, the company said a member of staff was to blame.",
			want: []quote{{"Tarvik Media", auI, "a member of staff was to blame"}}},
		{class: "tooutlet/pos", text: "Tarvik Media could face fines after a breach.\n\nIn a statement to the Norland Herald, the company said a member of staff was to blame.",
			want: []quote{{"Tarvik Media", auI, "a member of staff was to blame"}}},
		{class: "tooutlet/pos", text: "Brennick Council voted to close the pool on Monday.\n\nIn an email to the Tarvik Courier, the council explained that repairs would cost too much.",
			want: []quote{{"Brennick Council", auI, "repairs would cost too much"}}},
		// Near misses.
		{class: "tooutlet/near", text: "Brenmark Corp. cut 200 jobs on Monday.\n\nThe Dalton, Ga., carpet maker said demand had collapsed.",
			want: []quote{{"Brenmark Corp.", auI, "demand had collapsed"}}},
		{class: "tooutlet/near", text: "Tarvik Media could face fines after a breach.\n\nIn a statement, Oskar Brandt, the chief executive said a member of staff was to blame.",
			want: []quote{{"Oskar Brandt", auI, "a member of staff was to blame"}}},
		{class: "tooutlet/near", text: "Tarvik Media could face fines after a breach.\n\nIn a statement to the BBC, Oskar Brandt said a member of staff was to blame.",
			want: []quote{{"Oskar Brandt", auI, "a member of staff was to blame"}}},
		{class: "tooutlet/near", text: "Tarvik Media could face fines after a breach.\n\n“We are sorry,” Oskar Brandt, the chief executive of the company told reporters.",
			want: []quote{{"Oskar Brandt", auD, "We are sorry"}}},
	}
}

func TestAuditS21R4(t *testing.T) {
	rows := append(s21r4LettersRows(), s21r4MemberRows()...)
	runAudit(t, "s21r4", append(rows, s21r4OutletRows()...), *s21r4Known)
}
