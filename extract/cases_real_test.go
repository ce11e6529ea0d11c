package extract_test

import (
	"slices"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// TestRealReportingCases covers the patterns of real reporting that
// issue 11 lists, one small invented text each.
func TestRealReportingCases(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  []quote
		exact bool
	}{
		{
			name: "a spokesperson named by the body before the role",
			text: "A Harbour Police spokesman said the road would reopen on Friday.",
			want: []quote{{"Harbour Police", model.Indirect, "the road would reopen on Friday"}},
		},
		{
			name: "a spokesperson after according to",
			text: "The tide was late this year, according to a Tidemark Shipping spokesperson.",
			want: []quote{{"Tidemark Shipping", model.Indirect, "The tide was late this year"}},
		},
		{
			name: "a long apposition with a relative clause",
			text: "Mara Quell, director of the institute that ran the trial, said the results were encouraging.",
			want: []quote{{"Mara Quell", model.Indirect, "the results were encouraging"}},
		},
		{
			name: "a phrase inserted before that",
			text: "Mara Quell alleged, by way of example, that the samples had been mislabelled.",
			want: []quote{{"Mara Quell", model.Indirect, "the samples had been mislabelled"}},
		},
		{
			name: "a post on a day by a titled author",
			text: "The ministry will review the ban, according to a post on Monday by Foreign Minister Ilan Dravic.",
			want: []quote{{"Ilan Dravic", model.Indirect, "The ministry will review the ban"}},
		},
		{
			name: "a second reported clause in a relative clause",
			text: "Ilan Dravic said on Friday he could sign the treaty in June, which he said would allow him to visit Palvaro.",
			want: []quote{
				{"Ilan Dravic", model.Indirect, "he could sign the treaty in June"},
				{"Ilan Dravic", model.Indirect, "would allow him to visit Palvaro"},
			},
		},
		{
			name: "according to without a comma",
			text: "The ferry will run twice a day according to Torvald Brekke.",
			want: []quote{{"Torvald Brekke", model.Indirect, "The ferry will run twice a day"}},
		},
		{
			name: "a second speaker after while, and the pronoun after",
			text: "Senator Anna Veld said the plan was reckless while Governor Piet Amsel wrote that it was overdue. He added that the money was ready.",
			want: []quote{
				{"Anna Veld", model.Indirect, "the plan was reckless"},
				{"Piet Amsel", model.Indirect, "it was overdue"},
				{"Piet Amsel", model.Indirect, "the money was ready"},
			},
			exact: true,
		},
		{
			name: "a whip's title and a sheriff's office",
			text: "Senate Minority Whip Dara Olsen said the vote would be close. The Alder County Sheriff's Office said two men had been arrested.",
			want: []quote{
				{"Dara Olsen", model.Indirect, "the vote would be close"},
				{"Alder County Sheriff's Office", model.Indirect, "two men had been arrested"},
			},
		},
		{
			name:  "a precise description names nobody",
			text:  "Kelmar United conceded a penalty in the second half.\n\nThe head of the relief agency told reporters the camps were full.",
			want:  []quote{{"", model.Indirect, "the camps were full"}},
			exact: true,
		},
		{
			name: "the consultancy and it",
			text: "The Corvel Group is a consultancy. The consultancy says demand will fall. It said prices would rise.",
			want: []quote{
				{"Corvel Group", model.Indirect, "demand will fall"},
				{"Corvel Group", model.Indirect, "prices would rise"},
			},
		},
		{
			name: "the quotation first and the cue last",
			text: "The delay \"has cost us a season,\" Orlan Vesk told the station. It is \"worrying,\" he added.",
			want: []quote{
				{"Orlan Vesk", model.Mixed, "The delay \"has cost us a season,\""},
				{"Orlan Vesk", model.Mixed, "It is \"worrying,\""},
			},
		},
		{
			name: "a place after in is where the speaker is",
			text: "Ecologist Ryan Norris of the University of Guelph in Ontario also said human actions had little to do with it.",
			want: []quote{{"Ryan Norris", model.Indirect, "human actions had little to do with it"}},
		},
		{
			name:  "a joint statement has no single speaker",
			text:  "The Harbour Authority and the Dockers Union said in a joint statement that talks would resume.",
			want:  []quote{{"", model.Indirect, "talks would resume"}},
			exact: true,
		},
		{
			name: "findings, rulings and figures",
			text: "The Supreme Court ruled that the law was unconstitutional. The data show prices rose by 4 percent. The survey found that most residents opposed the plan.",
			want: []quote{
				{"Supreme Court", model.Indirect, "the law was unconstitutional"},
				{"", model.Indirect, "prices rose by 4 percent"},
				{"", model.Indirect, "most residents opposed the plan"},
			},
		},
		{
			name: "a request in the subjunctive",
			text: "Councillor Stephen Mold urged the immunity be waived. The union urged members to vote.",
			want: []quote{{"Stephen Mold", model.Indirect, "the immunity be waived"},
				{"", model.Indirect, "members to vote"}}, // a request reports speech (session 6 rule)
			exact: true,
		},
		{
			name: "written speech",
			text: "Mayor Ilse Brandt tweeted that the park would close. Brandt wrote in a letter to residents that the works would take a year.",
			want: []quote{
				{"Ilse Brandt", model.Indirect, "the park would close"},
				{"Ilse Brandt", model.Indirect, "the works would take a year"},
			},
		},
		{
			name: "a statement from the king",
			text: "King Arvid Tamsel has reigned since 2016.\n\nThe palace issued the following statement from the king: \"The princess keeps her place in the family.\"",
			want: []quote{{"Arvid Tamsel", model.Direct, "The princess keeps her place in the family."}},
		},
		{
			name: "a quotation after a colon goes to the subject",
			text: "Legislator Tanya Chan spoke to the press after the speech: \"Please go.\"",
			want: []quote{{"Tanya Chan", model.Direct, "Please go."}},
		},
		{
			name: "an unnamed subject takes the next pronoun",
			text: "Prosecutor Kama Melly said the victims were vulnerable.\n\nOne of the victims decided to speak. She said she wanted to help others.",
			want: []quote{
				{"Kama Melly", model.Indirect, "the victims were vulnerable"},
				{"", model.Indirect, "she wanted to help others"},
			},
		},
		{
			name: "post-nominal letters and a verb opening the sentence",
			text: "Judge Durham Hall QC said they had shown no remorse.\n\nRemarked Tidewater Trust scientist Tierra Curry, \"This is a reprieve.\"",
			want: []quote{
				{"Durham Hall", model.Indirect, "they had shown no remorse"},
				{"Tierra Curry", model.Direct, "This is a reprieve."},
			},
		},
		{
			name:  "an outlet that relays is no speaker, nor a noun use of a speech verb",
			text:  "According to Agence France-Presse, the man had moved to Gonesse. The team showed some PAX highlights, and Ajman boasts of a new campus.",
			want:  []quote{{"", model.Indirect, "the man had moved to Gonesse"}},
			exact: true,
		},
		{
			name: "an interview transcript with labels",
			text: "Gregory Kurtzer founded the project in 2004.\n\n((WN)) How did it start?\n\n((Gregory Kurtzer)) It started in a garage. We were small.\n\nThen we grew.\n\n((WN)) What comes next?\n\n((Gregory Kurtzer)) More work.",
			want: []quote{
				{"Gregory Kurtzer", model.Direct, "It started in a garage. We were small."},
				{"Gregory Kurtzer", model.Direct, "Then we grew."},
				{"Gregory Kurtzer", model.Direct, "More work."},
			},
			exact: true,
		},
		{
			name:  "an interview transcript with initials",
			text:  "Professor Michael Siegel led the study.\n\n((WN)) Why this subject?\n\nMS Because nobody had controlled for depression before.",
			want:  []quote{{"Michael Siegel", model.Direct, "Because nobody had controlled for depression before."}},
			exact: true,
		},
		{
			name:  "captions are no transcript",
			text:  "Keisha Lance Bottoms Image: Afdahe.\n\nSusan Rice Image: White House.\n\nJo VarenImage: Jo Varen for President now.\n\n((WN)) Why run?\n\nThe campaign went on through June.",
			want:  []quote{},
			exact: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkCase(t, tt.text, tt.want, tt.exact) })
	}
}

// TestNameBoundaries checks the speaker names made of real reporting's
// titles, parties and abbreviations.
func TestNameBoundaries(t *testing.T) {
	text := []string{
		"Speaker of the House Paul Ryan (R-WI) said his party would be fine. Sen. Maggie Hassan, D-N.H., said the answer was politics.",
		"AT&T CEO Randall Stephenson said he had never offered to sell the network. The Justice Dept said the deal was illegal. The Department of Justice said it would sue.",
		"Democrat Phil Murphy said he would win. Prof. Hossam Hamdy, Chancellor of GMU said the meeting went well.",
		"President Donald J. Trump said the tax cut was huge. Donald Trump said it again.",
		"United States Senator from Vermont Bernie Sanders said the path was closed.",
	}
	res := extract.Extract(text)
	var names []string
	for _, s := range res.Speakers {
		names = append(names, s.Name)
	}
	slices.Sort(names)
	want := []string{"Bernie Sanders", "Department of Justice", "Donald Trump", "Hossam Hamdy", "Maggie Hassan", "Paul Ryan", "Phil Murphy", "Randall Stephenson"}
	if !slices.Equal(names, want) {
		t.Errorf("speakers %q, want %q", names, want)
	}
}

// TestQuestionAnswerTranscript checks a transcript labelled Q and A.
func TestQuestionAnswerTranscript(t *testing.T) {
	checkCase(t, "Dorsa Derakhshani spoke to us after the tournament.\n\nQ: How did you start playing chess?\n\nA: My father taught me when I was two years old.",
		[]quote{{"Dorsa Derakhshani", model.Direct, "My father taught me when I was two years old."}}, true)
}

// TestCoordinatedFragments checks that a quoted fragment going on from an
// attributed quotation in the same sentence keeps its speaker, that an
// opening phrase's object is not what a pronoun means, and clauses after a
// named hearer or a number.
func TestCoordinatedFragments(t *testing.T) {
	for _, tc := range []struct {
		paras []string
		want  map[string]string // quote text -> speaker
	}{
		{[]string{`Prime Minister Tavo Renner tweeted "Deeply saddened by the loss" and offered "condolences to the families."`},
			map[string]string{"Deeply saddened by the loss": "Tavo Renner", "condolences to the families.": "Tavo Renner"}},
		{[]string{`Mara Quell said the plan was sound. She described it as "a turning point" which was "long overdue" and "welcome."`},
			map[string]string{"a turning point": "Mara Quell", "long overdue": "Mara Quell", "welcome.": "Mara Quell"}},
		{[]string{`Speaking to Tom Reed of the Harbour Gazette, he said, "It happened under my watch."`},
			map[string]string{"It happened under my watch.": ""}},
		{[]string{`Former Ambassador to the United Nations Nikki Dorran wrote, "We must keep faith."`},
			map[string]string{"We must keep faith.": "Nikki Dorran"}},
		{[]string{`Senator Lina Marrow spoke on Harbour Radio, "This will lead to a comeback." Mayor Osric Hale thanked "the crews who came out."`},
			map[string]string{"This will lead to a comeback.": "Lina Marrow", "the crews who came out.": "Osric Hale"}},
		{[]string{`President Alberto Dask elaborated, "A state that is present must protect citizens."`},
			map[string]string{"A state that is present must protect citizens.": "Alberto Dask"}},
		{[]string{`During the speech Orlan Dask claimed, "The plan is a surrender."`},
			map[string]string{"The plan is a surrender.": "Orlan Dask"}},
		{[]string{`Mara Quell, while campaigning in Tarvik, called the decision "a betrayal of the voters."`},
			map[string]string{"a betrayal of the voters.": "Mara Quell"}},
		{[]string{`Ryan Coller, the director of the film, wrote of Brandt, "I noticed then that he was an anomaly."`},
			map[string]string{"I noticed then that he was an anomaly.": "Ryan Coller"}},
		{[]string{`Orlan Dask lauded Quell as a "powerful voice of freedom." Dask referred to the riots as acts of "domestic terror".`},
			map[string]string{"powerful voice of freedom.": "Orlan Dask", "domestic terror": "Orlan Dask"}},
		{[]string{`United States Attorney Jessie K. Lenn said, "Children are safer."`},
			map[string]string{"Children are safer.": "Jessie K. Lenn"}},
		{[]string{`Mara Quell was elected in May. Not everyone agreed. One MP told the Harbour Post, "We know that many wanted to stay."`},
			map[string]string{"We know that many wanted to stay.": ""}},
		{[]string{`Dask was treated abroad, and according to the Ministry of Foreign Affairs he died in the morning.`},
			map[string]string{"he died in the morning": "Ministry of Foreign Affairs"}},
		{[]string{`The tower was shut, according to The Guardian. Politico reported that the minister was flown to a hospital.`},
			map[string]string{"The tower was shut": "", "the minister was flown to a hospital": ""}},
		{[]string{`Mayor Osric Khal praised the crews. Khal talked of the town's "countless debts to them" at length. Hale joined the band as a songwriter, writing songs such as "Dark Harbour".`},
			map[string]string{"countless debts to them": "Osric Khal"}},
		{[]string{`Calling it "just another apology", Anna Franek of the Tarvik charity told the Harbour Post "it almost appears as if the statement was prepared before."`},
			map[string]string{"just another apology": "Anna Franek"}},
		{[]string{`Rebel spokesman Tarin Vosk claimed 190 were dead. The flood claimed 12 lives.`},
			map[string]string{"190 were dead": "Tarin Vosk"}},
		{[]string{`Jasim Orr, a spokesperson for the fire service, told the Associated Press four victims were from a single family.`},
			map[string]string{"four victims were from a single family": "Jasim Orr"}},
		{[]string{`Connie Marek, a spokeswoman for the police of nearby Dunmore, told CNN, neighbours from other lodges attempted to save him.`},
			map[string]string{"neighbours from other lodges attempted to save him": "Connie Marek"}},
	} {
		r := extract.Extract(tc.paras)
		got := make(map[string]string)
		for _, q := range r.Quotes {
			got[q.Text] = q.Speaker
		}
		for text, who := range tc.want {
			if s, ok := got[text]; !ok || s != who {
				t.Errorf("%q: speaker %q (found %v), want %q", text, s, ok, who)
			}
		}
	}
}
