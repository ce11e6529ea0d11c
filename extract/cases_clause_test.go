package extract_test

import (
	"testing"

	"soundbite/model"
)

// TestReportedClauseCases covers how a reported clause is recognised
// after a speech verb, as a probe of invented sentences in common news
// wordings found it: the verb's tense and aspect, contracted subjects,
// and objects that are not clauses.
func TestReportedClauseCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "progressive: is saying",
			text:     "Mayor Ilse Varga is saying the bridge will stay shut.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge will stay shut"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "progressive: has been warning that",
			text:     "Mayor Ilse Varga has been warning that the bridge is unsafe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge is unsafe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "progressive after the clause",
			text:     "The bridge is safe, Mayor Ilse Varga is saying.",
			want:     []quote{{"Ilse Varga", model.Indirect, "The bridge is safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "progressive with an object: no quote",
			text:     "Mayor Ilse Varga is stressing the importance of safety.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "contracted subject: they're",
			text:     "Mayor Ilse Varga said they're working on the bridge.",
			want:     []quote{{"Ilse Varga", model.Indirect, "they're working on the bridge"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "contracted subject with a curly apostrophe: she’d",
			text:     "Mayor Ilse Varga said she’d resign.",
			want:     []quote{{"Ilse Varga", model.Indirect, "she’d resign"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "contracted subject: there's",
			text:     "Mayor Ilse Varga said there's no danger to drivers.",
			want:     []quote{{"Ilse Varga", model.Indirect, "there's no danger to drivers"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "contracted subject: we'll",
			text:     "Mayor Ilse Varga told reporters we'll see what the engineers find.",
			want:     []quote{{"Ilse Varga", model.Indirect, "we'll see what the engineers find"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "a day, then a number opens the clause",
			text:     "Calder police said on Monday two people were hurt.",
			want:     []quote{{"Calder police", model.Indirect, "two people were hurt"}},
			speakers: []string{"Calder police"},
		},
		{
			name:     "a year, then a number opens the clause",
			text:     "Calder police said in 2024 300 people were hurt in crashes on the bridge.",
			want:     []quote{{"Calder police", model.Indirect, "300 people were hurt in crashes on the bridge"}},
			speakers: []string{"Calder police"},
		},
		{
			name:     "a date's number is no part of the clause",
			text:     "Calder police said on Monday 3 May that two people were hurt.",
			want:     []quote{{"Calder police", model.Indirect, "two people were hurt"}},
			speakers: []string{"Calder police"},
		},
		{
			name:     "a month and its year are no part of the clause",
			text:     "Calder police said in March 2024 that two people were hurt.",
			want:     []quote{{"Calder police", model.Indirect, "two people were hurt"}},
			speakers: []string{"Calder police"},
		},
		{
			name:     "late on Monday is no part of the clause",
			text:     "Mayor Ilse Varga said late on Monday that the bridge would stay shut.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge would stay shut"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "late as the clause's first word stays",
			text:     "Mayor Ilse Varga said late payments would be fined.",
			want:     []quote{{"Ilse Varga", model.Indirect, "late payments would be fined"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "denied reports that: others' words, no quote",
			text:     "Mayor Ilse Varga denied reports that she would resign.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "denied media reports that: the noun is no cue",
			text:     "Mayor Ilse Varga denied media reports that she had lied.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "denied that: her clause",
			text:     "Mayor Ilse Varga denied that the bridge was unsafe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was unsafe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "said claims that ... were false: a clause with the noun for subject",
			text:     "Mayor Ilse Varga said claims that she lied were false.",
			want:     []quote{{"Ilse Varga", model.Indirect, "claims that she lied were false"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "after the clause: a statement released by an office",
			text:     "The bridge is safe, Mayor Ilse Varga said in a statement released by her office.",
			want:     []quote{{"Ilse Varga", model.Indirect, "The bridge is safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "after the clause: a statement issued on a day",
			text:     "The bridge is safe, Mayor Ilse Varga said in a statement issued on Monday.",
			want:     []quote{{"Ilse Varga", model.Indirect, "The bridge is safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "an interview with an outlet published on a day, then the clause",
			text:     "Mayor Ilse Varga said in an interview with the Ostby Courier published on Monday that the bridge is safe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge is safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "repeated that",
			text:     "Mayor Ilse Varga repeated that the bridge was safe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "repeated her claim that: her own words",
			text:     "Mayor Ilse Varga repeated her earlier claim that the bridge was safe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "repeated her call: an object",
			text:     "Mayor Ilse Varga repeated her call for calm.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "signalled a clause without that",
			text:     "The Harbour Agency signalled tolls would rise in May.",
			want:     []quote{{"Harbour Agency", model.Indirect, "tolls would rise in May"}},
			speakers: []string{"Harbour Agency"},
		},
		{
			name:     "signalled support: an object",
			text:     "The Harbour Agency signalled its support for the plan.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "repeated as an adjective: no cue",
			text:     "The subpoena follows repeated failed attempts to obtain the documents.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "repeated his claim, that left out",
			text:     "Mayor Ilse Varga repeated her claim tolls would rise in May.",
			want:     []quote{{"Ilse Varga", model.Indirect, "tolls would rise in May"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "signalled an intent: an object",
			text:     "Mayor Ilse Varga had signalled an intent to run but ultimately decided against it.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "told him, then the clause",
			text:     "Mayor Ilse Varga told him the bridge was safe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "told her staff, then the clause",
			text:     "Mayor Ilse Varga told her staff the bridge was safe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "told him to: a request reports speech (session 6 rule)",
			text:     "Mayor Ilse Varga told him to leave.",
			want:     []quote{{"Ilse Varga", model.Indirect, "him to leave"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "reassured residents that",
			text:     "Mayor Ilse Varga reassured residents that the bridge was safe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "that before an auxiliary is the clause's subject",
			text:     "Mayor Ilse Varga said that would be a mistake.",
			want:     []quote{{"Ilse Varga", model.Indirect, "that would be a mistake"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "an aside with a participle inside the clause",
			text:     "Mayor Ilse Varga said the bridge, built in 1970, would stay shut.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge, built in 1970, would stay shut"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "an object, then a second verb after a comma: no clause",
			text:     "Mayor Ilse Varga announced the closure, met residents, and left.",
			want:     nil,
			speakers: []string{},
		},
		{
			name: "a plural subject and a base form: prosecutors allege",
			text: "Calder prosecutors allege Tomas Brenn lied to the council.",
			want: []quote{{"", model.Indirect, "Tomas Brenn lied to the council"}},
		},
		{
			name:     "continued to insist",
			text:     "Mayor Ilse Varga continued to insist the bridge was safe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "keeps saying",
			text:     "Mayor Ilse Varga keeps saying the bridge is safe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge is safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "declined to confirm: no speech",
			text:     "Mayor Ilse Varga declined to confirm the bridge was unsafe.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "will confirm: no speech",
			text:     "The council will confirm the decision on Monday.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "a cue after an auxiliary splits the clause",
			text:     "The bridge will, Mayor Ilse Varga said, stay shut until May.",
			want:     []quote{{"Ilse Varga", model.Indirect, "stay shut until May"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "a cue after a negated auxiliary splits the clause",
			text:     "The bridge would not, Mayor Ilse Varga said, reopen before May.",
			want:     []quote{{"Ilse Varga", model.Indirect, "reopen before May"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			// Session 7: the two clauses, never the cue between them, as
			// the dev gold has it ("... was not airworthy, investigators
			// have said, and should not have taken off").
			name: "a cue between two clauses joined by and gives each",
			text: "The bridge will stay shut, Mayor Ilse Varga said, and repairs will start in May.",
			want: []quote{
				{"Ilse Varga", model.Indirect, "The bridge will stay shut"},
				{"Ilse Varga", model.Indirect, "repairs will start in May"},
			},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "an amount with a currency sign opens the clause",
			text:     "Minister Hamid Karimi said $4 million had been set aside for repairs.",
			want:     []quote{{"Hamid Karimi", model.Indirect, "$4 million had been set aside for repairs"}},
			speakers: []string{"Hamid Karimi"},
		},
		{
			name:     "an amount in euros opens the clause",
			text:     "Minister Hamid Karimi told reporters €4 million had been set aside.",
			want:     []quote{{"Hamid Karimi", model.Indirect, "€4 million had been set aside"}},
			speakers: []string{"Hamid Karimi"},
		},
		{
			name:     "announced an amount: an object",
			text:     "Minister Hamid Karimi announced $4 million for the bridge.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "between two numbers opens the clause",
			text:     "Minister Hamid Karimi said between 40 and 50 people attended the meeting.",
			want:     []quote{{"Hamid Karimi", model.Indirect, "between 40 and 50 people attended the meeting"}},
			speakers: []string{"Hamid Karimi"},
		},
		{
			name:     "to date, then a number",
			text:     "Minister Hamid Karimi said to date 40 people had been arrested.",
			want:     []quote{{"Hamid Karimi", model.Indirect, "40 people had been arrested"}},
			speakers: []string{"Hamid Karimi"},
		},
		{
			name:     "in total, then a number",
			text:     "Minister Hamid Karimi said in total 40 people had been arrested.",
			want:     []quote{{"Hamid Karimi", model.Indirect, "40 people had been arrested"}},
			speakers: []string{"Hamid Karimi"},
		},
		{
			name:     "by a day, then a number",
			text:     "Minister Hamid Karimi said by Monday 40 people had been arrested.",
			want:     []quote{{"Hamid Karimi", model.Indirect, "40 people had been arrested"}},
			speakers: []string{"Hamid Karimi"},
		},
		{
			name:     "said in remarks, then the clause",
			text:     "Mayor Ilse Varga said in remarks on Monday that the bridge was safe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "said in a written statement, then the clause",
			text:     "Mayor Ilse Varga said in a written statement the bridge was safe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "said in remarks broadcast on television",
			text:     "Mayor Ilse Varga said in remarks broadcast on national television that the bridge was safe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "told hearers gathered somewhere, then the clause",
			text:     "Mayor Ilse Varga told journalists gathered outside the town hall the bridge was safe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "said without giving details, then the clause",
			text:     "Mayor Ilse Varga said without giving details that the bridge was safe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "told the council a clause with a participle of its own",
			text:     "Mayor Ilse Varga told the council the report released on Monday was wrong.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the report released on Monday was wrong"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "a speech noun after a possessive in a phrase is no verb",
			text:     "Mayor Ilse Varga noted the damage in her report.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "a speech noun after a possessive inside a clause",
			text:     "Mayor Ilse Varga said the damage in her report was worse than expected.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the damage in her report was worse than expected"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "but that opens a second clause, one quote with the first as the gold has it",
			text:     "Mayor Ilse Varga said the bridge was unsafe but that it would reopen in May.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was unsafe but that it would reopen in May"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "but that before a noun points at it: one clause",
			text:     "Mayor Ilse Varga said the deputy would normally take over, but that office stands vacant.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the deputy would normally take over, but that office stands vacant"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "inquired whether: a reported question",
			text:     "Mayor Ilse Varga inquired whether the bridge was safe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "whether the bridge was safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "wondered aloud whether",
			text:     "Mayor Ilse Varga wondered aloud whether the bridge was safe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "whether the bridge was safe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "disputed that",
			text:     "Mayor Ilse Varga disputed that the bridge was unsafe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was unsafe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "disputed the figures: an object",
			text:     "Mayor Ilse Varga disputed the figures.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "emailed residents that",
			text:     "Mayor Ilse Varga emailed residents that the bridge would reopen.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge would reopen"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "briefed reporters on: no clause",
			text:     "Mayor Ilse Varga briefed reporters on the closure.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "a clause of time before the cue is no words of the speaker's",
			text:     "After the bridge was shut, Mayor Ilse Varga complained.",
			want:     nil,
			speakers: []string{},
		},
		{
			name:     "a clause of condition with its main clause before the cue",
			text:     "If the bridge collapses, people will die, Mayor Ilse Varga said.",
			want:     []quote{{"Ilse Varga", model.Indirect, "If the bridge collapses, people will die"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "a clause of time and its main clause without a comma",
			text:     "When the bridge is fixed it will reopen, Mayor Ilse Varga said.",
			want:     []quote{{"Ilse Varga", model.Indirect, "When the bridge is fixed it will reopen"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "is said to have warned: the subject spoke",
			text:     "Mayor Ilse Varga is said to have warned that the bridge was unsafe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was unsafe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "is understood to have told: the subject spoke",
			text:     "Mayor Ilse Varga is understood to have told the council the bridge was unsafe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was unsafe"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "was reported as saying: the subject spoke",
			text:     "Mayor Ilse Varga was reported as saying the bridge was unsafe.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the bridge was unsafe"}},
			speakers: []string{"Ilse Varga"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
