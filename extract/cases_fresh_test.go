package extract_test

import (
	"slices"
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// freshCase is one invented text for a class of real reporting, with the
// quotes it must give; speakers, when not nil, is the exact sorted list of
// speakers, and orgs are speakers that must be organisations.
type freshCase struct {
	name     string
	text     string
	want     []quote
	speakers []string
	orgs     []string
}

// checkFreshCase checks one case's quotes (and the result's invariants),
// and, when given, its speakers and which of them are organisations.
func checkFreshCase(t *testing.T, tt freshCase) {
	t.Helper()
	checkCase(t, tt.text, tt.want, false)
	names := []string{}
	kinds := make(map[string]model.SpeakerKind)
	for _, s := range extract.Extract(strings.Split(tt.text, "\n\n")).Speakers {
		names = append(names, s.Name)
		kinds[s.Name] = s.Kind
	}
	slices.Sort(names)
	if tt.speakers != nil && !slices.Equal(names, tt.speakers) {
		t.Errorf("speakers %q, want %q", names, tt.speakers)
	}
	for _, o := range tt.orgs {
		if kinds[o] != model.Organization {
			t.Errorf("speaker %q is %q, want an organisation", o, kinds[o])
		}
	}
}

// TestFreshReportingCases covers the classes of real reporting that the
// extractor got wrong on articles it had never seen (dev-g and dev-h, read
// fresh), one small invented text per wording.
func TestFreshReportingCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "an outlet's name as a person's surname",
			text: "Wednesday, the day he left the race, Martin Bloomberg endorsed his rival, Tomas Vell. “Three months ago,” he said, “I entered the race.”",
			want: []quote{
				{"Martin Bloomberg", model.Direct, "Three months ago"},
				{"Martin Bloomberg", model.Direct, "I entered the race."},
			},
			speakers: []string{"Martin Bloomberg"},
		},
		{
			name:     "the surname alone after the full name stays a person",
			text:     "Megan Fox opened the festival in Tarvik. Later, Fox endorsed her co-star, Ilse Varner. “We grew up together,” she said.",
			want:     []quote{{"Megan Fox", model.Direct, "We grew up together"}},
			speakers: []string{"Megan Fox"},
		},
		{
			name:     "an outlet stays an outlet without a first name",
			text:     "The harbour will close in May, according to Bloomberg. Fox News reported that the mayor had resigned.",
			want:     []quote{{"", model.Indirect, "The harbour will close in May"}},
			speakers: []string{},
		},
		{
			name: "a participle cue after an opening phrase of time",
			text: "A month later, during the third debate, Orla Brenning defended her proposal of a buyback, saying that “Hell yes, we are going to take your boats.”",
			want: []quote{{"Orla Brenning", model.Direct, "Hell yes, we are going to take your boats."}},
		},
		{
			name: "a participle cue after a number of days",
			text: "Two days ago, the Tarvik Council rejected the harbour plan, arguing that it would cost too much.",
			want: []quote{{"Tarvik Council", model.Indirect, "it would cost too much"}},
		},
		{
			name: "a participle cue after this year",
			text: "Earlier this year, Mayor Ilse Varner closed the bridge, saying “It is not safe.”",
			want: []quote{{"Ilse Varner", model.Direct, "It is not safe."}},
		},
		{
			name: "the father and the mother after the couple is named",
			text: "Judge Ilse Varner sentenced Piet and Anna Brask to ten years in prison.\n\n" +
				"Piet Brask, alone, was also charged with fraud.\n\n" +
				"The father said “I love my children.”\n\nThe mother said “I look forward to the day I can see them.”",
			want: []quote{
				{"Piet Brask", model.Direct, "I love my children."},
				{"Anna Brask", model.Direct, "I look forward to the day I can see them."},
			},
			speakers: []string{"Anna Brask", "Piet Brask"},
		},
		{
			name: "the husband and the wife",
			text: "Tomas Hale and his wife, Maria, were rescued from the roof on Tuesday. " +
				"The husband told reporters that the water had risen in minutes. The wife said: “We lost everything.”",
			want: []quote{
				{"Tomas Hale", model.Indirect, "the water had risen in minutes"},
				{"Maria", model.Direct, "We lost everything."},
			},
		},
		{
			name: "the mother of two joined owners, named by her first name",
			text: "Tarin Vosk was killed in 2016 by her brother, Omar Vosk.\n\n" +
				"Vosk and Omar's mother, Selma, wept upon hearing her son had been convicted and said she believed he was innocent.",
			want:     []quote{{"Selma", model.Indirect, "she believed he was innocent"}},
			speakers: []string{"Selma"},
		},
		{
			name:     "a journal that publishes a study does not say its finding",
			text:     "On Thursday, the journal Coastal Letters published a report by a team from Tarvik University, saying the bay had warmed by two degrees.",
			want:     []quote{{"", model.Indirect, "the bay had warmed by two degrees"}},
			speakers: []string{},
		},
		{
			name:     "a journal named before its kind",
			text:     "The Marine Review journal reported that the reef had recovered. Lead author Ana Cole said the recovery was fast.",
			want:     []quote{{"Ana Cole", model.Indirect, "the recovery was fast"}},
			speakers: []string{"Ana Cole"},
		},
		{
			name: "initials and a word in brackets after a university are its short name",
			text: "A team from the University of Tarvik at Lenmoor (UT Lenmoor) studied the bay.\n\n" +
				"UT Lenmoor said the ship was safe.\n\n" +
				"Co-lead author Sam Orrin of UT Lenmoor's Center for Oceanography said, “The expedition was unique.”",
			want: []quote{
				{"UT Lenmoor", model.Indirect, "the ship was safe"},
				{"Sam Orrin", model.Direct, "The expedition was unique."},
			},
			speakers: []string{"Sam Orrin", "UT Lenmoor"},
			orgs:     []string{"UT Lenmoor"},
		},
		{
			name: "they after two authors is not the university one of them works at",
			text: "The study's lead authors, Sam Orrin of Lenmoor University and Nick Hale of Tarvik University, had tested the water. " +
				"They found that the iron had formed clumps.",
			want:     []quote{{"", model.Indirect, "the iron had formed clumps"}},
			speakers: []string{},
		},
		{
			name: "two bodies joined after an of-place are two, and a participle cue after them is a joint claim",
			text: "On Thursday, the Civil Liberties Union of Tarvik and Lenmoor Native Rights Fund filed a lawsuit against the state, " +
				"saying the law would stop many people from voting.",
			want:     []quote{{"", model.Indirect, "the law would stop many people from voting"}},
			speakers: []string{},
		},
		{
			name:     "a joint claim of two named bodies after a participle cue",
			text:     "The Tarvik Teachers Union and the Lenmoor Parents Forum sued the council, arguing that the closures were unlawful.",
			want:     []quote{{"", model.Indirect, "the closures were unlawful"}},
			speakers: []string{},
		},
		{
			name: "a list of three named bodies is nobody alone",
			text: "Tarvik, Lenmoor, and Osk have pledged that the bridge would be rebuilt. Varnia, Orsk and Dellin said the money was ready.",
			want: []quote{
				{"", model.Indirect, "the bridge would be rebuilt"},
				{"", model.Indirect, "the money was ready"},
			},
			speakers: []string{},
		},
		{
			name:     "one body whose name ends in a pair of words stays one",
			text:     "The Department of Health and Human Services said the clinic would reopen.",
			want:     []quote{{"Department of Health and Human Services", model.Indirect, "the clinic would reopen"}},
			speakers: []string{"Department of Health and Human Services"},
		},
		{
			name:     "a country after in, ending the subject, is where the speakers work",
			text:     "In findings published on Monday, researchers mostly from Tarvik State University (Tarvik State) in the U.S. reported that the coating cut water use by half.",
			want:     []quote{{"", model.Indirect, "the coating cut water use by half"}},
			speakers: []string{},
		},
		{
			name: "the research team is no country mentioned later",
			text: "Researchers at a lab in the U.S. made a coating for pipes.\n\n" +
				"According to the research team, half of all people are affected by limits on their water supply, which is about 37 billion U.S. gallons a day.",
			want:     []quote{{"", model.Indirect, "half of all people are affected by limits on their water supply, which is about 37 billion U.S. gallons a day"}},
			speakers: []string{},
		},
		{
			name:     "a country still speaks for its government",
			text:     "The U.S. said the sanctions would stay.",
			want:     []quote{{"U.S.", model.Indirect, "the sanctions would stay"}},
			speakers: []string{"U.S."},
		},
		{
			name:     "a source within a ministry speaks for no one",
			text:     "A source within the central Tarvik Interior Ministry reportedly said “I have been told not to make the figures public.”",
			want:     []quote{{"", model.Direct, "I have been told not to make the figures public."}},
			speakers: []string{},
		},
		{
			name: "sources in, close to and at a body",
			text: "A source in the Tarvik Ministry of Health said the figures were hidden. " +
				"Sources close to the Lenmoor Council said the vote would be delayed. Insiders at Osk Energy said the plant would close.",
			want: []quote{
				{"", model.Indirect, "the figures were hidden"},
				{"", model.Indirect, "the vote would be delayed"},
				{"", model.Indirect, "the plant would close"},
			},
			speakers: []string{},
		},
		{
			name:     "a spokeswoman for a body still speaks for it",
			text:     "A spokeswoman for the Tarvik Ministry of Health said the figures were accurate.",
			want:     []quote{{"Tarvik Ministry of Health", model.Indirect, "the figures were accurate"}},
			speakers: []string{"Tarvik Ministry of Health"},
		},
		{
			name: "a journalist speaking in his own name, questions as the clause's subject",
			text: "The Harbour Gazette's Jonas Brekke said questions remain over how much help the rebels received. " +
				"Mara Quell said questions were raised about the deal. Ivo Tamm answered questions about the deal.",
			want: []quote{
				{"Jonas Brekke", model.Indirect, "questions remain over how much help the rebels received"},
				{"Mara Quell", model.Indirect, "questions were raised about the deal"},
			},
			speakers: []string{"Jonas Brekke", "Mara Quell"},
		},
		{
			name: "according to without a comma after a participle clause and a number",
			text: "Typhoon Orla made landfall on Tarvik on Tuesday, killing at least 20 according to Tarvik officials on Thursday, and leaving 15,000 stranded at ports. " +
				"The storm hit Lenmoor, killing 12 people according to the Lenmoor Fire Service.",
			want: []quote{
				{"", model.Indirect, "killing at least 20"},
				{"Lenmoor Fire Service", model.Indirect, "killing 12 people"},
			},
		},
		{
			name: "according to without a comma after a figure",
			text: "Turnout in Tarvik was 68 per cent according to the Tarvik Electoral Commission.",
			want: []quote{{"Tarvik Electoral Commission", model.Indirect, "Turnout in Tarvik was 68 per cent"}},
		},
		{
			name: "the academy, the observatory: a body named before by its full name",
			text: "The Royal Tarvik Academy of Sciences announced on Tuesday that the prize would go to Ana Cole.\n\n" +
				"Cole found a comet in 1995. According to the academy, four thousand comets have been found since. " +
				"The Lenmoor Space Observatory tracked it for a year. The comet will return in 2090, the observatory said.",
			want: []quote{
				{"Royal Tarvik Academy of Sciences", model.Indirect, "four thousand comets have been found since"},
				{"Lenmoor Space Observatory", model.Indirect, "The comet will return in 2090"},
			},
		},
		{
			name: "researchers from two bodies, both in a country, report a finding that is no one body's",
			text: "In findings published on Wednesday, researchers from the Tarvik Institute of Technology (TIT) and University of South Lenmoor Osk, " +
				"both in the United States, reported warming seas appear to weaken the corals.",
			want:     []quote{{"", model.Indirect, "warming seas appear to weaken the corals"}},
			speakers: []string{},
		},
		{
			name:     "a finding opened by an -ing word and a plural",
			text:     "Odile Brask said rising prices remain the main worry. Ivo Tamm reported seeing lights over the bay.",
			want:     []quote{{"Odile Brask", model.Indirect, "rising prices remain the main worry"}},
			speakers: []string{"Odile Brask"},
		},
		{
			name: "a person of a body whose name is in quotation marks",
			text: "Calling it as “just another apology”, Anna Franek of “Have no fear”, a victim support charity, told the Harbour Post “it was prepared before.” " +
				"Ivo Tamm of “Open Doors” said the charity would appeal.",
			want: []quote{
				{"Anna Franek", model.Direct, "just another apology"},
				{"Anna Franek", model.Direct, "it was prepared before."},
				{"Ivo Tamm", model.Indirect, "the charity would appeal"},
			},
			speakers: []string{"Anna Franek", "Ivo Tamm"},
		},
		{
			name: "an outlet reports what a named source recommended",
			text: "The Harbour Gazette reported Ivo Tamm, the caretaker Prime Minister, recommended the Tarvik troops in Osk withdraw. " +
				"Harbour Radio reported that Mara Quell said the border would stay open.",
			want: []quote{
				{"Ivo Tamm", model.Indirect, "the Tarvik troops in Osk withdraw"},
				{"Mara Quell", model.Indirect, "the border would stay open"},
			},
			speakers: []string{"Ivo Tamm", "Mara Quell"},
		},
		{
			name: "a request with a bare verb reports a clause, an object does not",
			text: "Authorities recommended residents avoid public gatherings. Ivo Tamm urged the council reconsider. " +
				"Mara Quell recommended the plan to the board.",
			want: []quote{
				{"", model.Indirect, "residents avoid public gatherings"},
				{"Ivo Tamm", model.Indirect, "the council reconsider"},
			},
			speakers: []string{"Ivo Tamm"},
		},
		{
			name: "a banner from a campaign is nobody's, and the campaign keeps its whole name",
			text: "Protesters with flags and a banner from People's Vote saying “put it to the people” marched on Saturday. " +
				"A placard from the Tarvik Union read “No cuts”. People's Vote said the march was the biggest yet.",
			want: []quote{
				{"", model.Direct, "put it to the people"},
				{"", model.Direct, "No cuts"},
				{"People's Vote", model.Indirect, "the march was the biggest yet"},
			},
			speakers: []string{"People's Vote"},
		},
		{
			name: "data set off with its source between commas is the source's",
			text: "Satellite imaging from 2017, from the Tarvik Mapping Office, suggests Lenmoor contained 35,000 damaged buildings at that time. " +
				"The figures, from the Osk Statistics Board, show that Lenmoor lost 300 homes. The man, from Varnia, said the bridge had fallen.",
			want: []quote{
				{"Tarvik Mapping Office", model.Indirect, "Lenmoor contained 35,000 damaged buildings at that time"},
				{"Osk Statistics Board", model.Indirect, "Lenmoor lost 300 homes"},
				{"", model.Indirect, "the bridge had fallen"},
			},
			speakers: []string{"Osk Statistics Board", "Tarvik Mapping Office"},
		},
		{
			name: "the company is the one-word name that hosted with its own products, not a company named earlier",
			text: "“You have to work seven days to earn a weekend,” said Lenmoor Entertainment editor Ana Cole.\n\n" +
				"Varnex hosted a panel about their toy boats.\n\nAsked about packaging, the company noted that it had switched to paper.",
			want: []quote{
				{"Ana Cole", model.Direct, "You have to work seven days to earn a weekend"},
				{"Varnex", model.Indirect, "it had switched to paper"},
			},
			speakers: []string{"Ana Cole", "Varnex"},
		},
		{
			name: "plural people named by two in apposition speak together",
			text: "The study's lead authors, Ana Cole of Tarvik University and Ivo Tamm of Lenmoor College, had hypothesized the lava would feed the microbes. " +
				"Its founders, Mara Quell and Orlan Dask, said the shop would close. The study's lead author, Nika Varn of Osk University, said the work went on.",
			want: []quote{
				{"", model.Indirect, "the lava would feed the microbes"},
				{"", model.Indirect, "the shop would close"},
				{"Nika Varn", model.Indirect, "the work went on"},
			},
			speakers: []string{"Nika Varn"},
		},
		{
			name: "estimates indicate a number written out",
			text: "Estimates by event organizers indicate 10,000 people marched in Tarvik on Saturday. " +
				"Ana Cole said about two thousand people marched in Lenmoor.",
			want: []quote{
				{"", model.Indirect, "10,000 people marched in Tarvik on Saturday"},
				{"Ana Cole", model.Indirect, "about two thousand people marched in Lenmoor"},
			},
			speakers: []string{"Ana Cole"},
		},
		{
			name: "an outlet reports after the clause what a named source said",
			text: "Governor Ana Cole visited the town. Tarvik District Hospital treated 25 wounded people, Harbour Radio reported the governor said. " +
				"The bridge will reopen in May, the Harbour Gazette reported Ivo Tamm said. The road will close in June, the Harbour Gazette reported.",
			want: []quote{
				{"Ana Cole", model.Indirect, "Tarvik District Hospital treated 25 wounded people"},
				{"Ivo Tamm", model.Indirect, "The bridge will reopen in May"},
				{"", model.Indirect, "The road will close in June"},
			},
			speakers: []string{"Ana Cole", "Ivo Tamm"},
		},
		{
			name: "a cue in a relative clause reports up to its closing comma",
			text: "The plan, which Ana Cole said was ready, was delayed. The dam, which Ivo Tamm says holds 40 billion liters, was built in 1950. " +
				"Mara Quell, who said the road was safe, left early.",
			want: []quote{
				{"Ana Cole", model.Indirect, "was ready"},
				{"Ivo Tamm", model.Indirect, "holds 40 billion liters"},
				{"Mara Quell", model.Indirect, "the road was safe"},
			},
		},
		{
			name: "a cue inside a sentence whose clause goes on with a gerund subject",
			text: "If these findings are accurate, scientists say, containing the virus may require a different approach. " +
				"The plant will close, Ana Cole said, citing costs.",
			want: []quote{
				{"", model.Indirect, "If these findings are accurate, scientists say, containing the virus may require a different approach"},
				{"Ana Cole", model.Indirect, "The plant will close"},
			},
		},
		{
			name:     "a cue after which and its subject, before is",
			text:     "The dam holds 40 billion liters, which Ana Cole says is twice the lake's volume. What Ivo Tamm says is true.",
			want:     []quote{{"Ana Cole", model.Indirect, "is twice the lake's volume"}},
			speakers: []string{"Ana Cole"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
