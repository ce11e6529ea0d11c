package extract_test

import (
	"testing"

	"soundbite/model"
)

// The classes in this file came from fresh fictional articles (numbers 25
// to 36 of testdata/articles), scored before any change to the engine.

// TestGerundSubjectCases covers a reported clause whose subject opens with
// an -ing word: "said falling birth rates meant that ...".
func TestGerundSubjectCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "an -ing word, two nouns, then a verb in the past",
			text:     "Lorcan Devereux said falling birth rates meant that all three schools would be half empty.",
			want:     []quote{{"Lorcan Devereux", model.Indirect, "falling birth rates meant that all three schools would be half empty"}},
			speakers: []string{"Lorcan Devereux"},
		},
		{
			name:     "an -ing word, a noun, then a verb in -ed",
			text:     "The Tarvik Dockers' Union said rising costs forced the closure of the depot.",
			want:     []quote{{"Tarvik Dockers' Union", model.Indirect, "rising costs forced the closure of the depot"}},
			speakers: []string{"Tarvik Dockers' Union"},
		},
		{
			name:     "a cue verb after the noun",
			text:     "Lorcan Devereux said falling birth rates showed that the schools would close.",
			want:     []quote{{"Lorcan Devereux", model.Indirect, "falling birth rates showed that the schools would close"}},
			speakers: []string{"Lorcan Devereux"},
		},
		{
			name: "near miss: a participle that qualifies the noun",
			text: "Lorcan Devereux blamed rising costs caused by the war.",
			want: []quote{},
		},
		{
			name: "near miss: the -ing word after its noun",
			text: "Lorcan Devereux warned of rising costs hitting families.",
			want: []quote{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestUnnamedSpeakerPronounCases covers a pronoun after an unnamed person
// who has just spoken ("One supporter, who had travelled from Dunmere,
// said ... “...,” he said"): the words are nobody's, not those of the
// last person named.
func TestUnnamedSpeakerPronounCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "a relative clause between the person and the verb",
			text: "Mayor Ilse Varga said the bridge would reopen. One supporter, who had travelled from Ostby, said the club had been doomed. “We saw this coming,” he said.",
			want: []quote{
				{"Ilse Varga", model.Indirect, "the bridge would reopen"},
				{"", model.Indirect, "the club had been doomed"},
				{"", model.Direct, "We saw this coming"},
			},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "an adjective before the role noun",
			text: "Mayor Ilse Varga said the bridge would reopen. A local shopkeeper, who asked not to be named, said her shop had lost trade. “We are barely surviving,” she said.",
			want: []quote{
				{"Ilse Varga", model.Indirect, "the bridge would reopen"},
				{"", model.Indirect, "her shop had lost trade"},
				{"", model.Direct, "We are barely surviving"},
			},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "a possessive before the role noun",
			text: "Valentin Roux said importers would suffer. One ship's captain, whose vessel has been at anchor for 16 days, said his crew were short of food. “We have rice and tinned fish,” he said.",
			want: []quote{
				{"Valentin Roux", model.Indirect, "importers would suffer"},
				{"", model.Indirect, "his crew were short of food"},
				{"", model.Direct, "We have rice and tinned fish"},
			},
			speakers: []string{"Valentin Roux"},
		},
		{
			name: "near miss: the unnamed person asked her, and she answers",
			text: "Mayor Ilse Varga said the bridge would reopen. A local reporter asked her about the cost. “It will be paid by the region,” she said.",
			want: []quote{
				{"Ilse Varga", model.Indirect, "the bridge would reopen"},
				{"Ilse Varga", model.Direct, "It will be paid by the region"},
			},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "near miss: the unnamed person is the object",
			text: "Mayor Ilse Varga met a local trader, who asked not to be named. “Trade will recover,” she said.",
			want: []quote{{"Ilse Varga", model.Direct, "Trade will recover"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestStatementPronounCases covers "it" standing for a statement that a
// person or body has just issued: "Leopold Stang issued a statement. The
// club, it said, would ...".
func TestStatementPronounCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "a person named in apposition issued it, the cue in mid-sentence",
			text:     "The Rovers chairman, Leopold Stang, issued a short statement on Saturday. The club, it said, would regroup and return.",
			want:     []quote{{"Leopold Stang", model.Indirect, "would regroup and return"}},
			speakers: []string{"Leopold Stang"},
		},
		{
			name:     "a person released it, the cue first",
			text:     "Leopold Stang released a statement after the match. It said the club would regroup and return.",
			want:     []quote{{"Leopold Stang", model.Indirect, "the club would regroup and return"}},
			speakers: []string{"Leopold Stang"},
		},
		{
			name:     "a body published it",
			text:     "Tarvik Council published a statement on Monday. It said the bridge would stay shut until May.",
			want:     []quote{{"Tarvik Council", model.Indirect, "the bridge would stay shut until May"}},
			speakers: []string{"Tarvik Council"},
		},
		{
			name: "near miss: a letter received is not the receiver's",
			text: "Ilse Varga received a letter from her landlord on Monday. It said the rent would rise.",
			want: []quote{{"", model.Indirect, "the rent would rise"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestAlternatingPronounCases covers a man and a woman taking turns: a
// pronoun whose gender fits nobody in its window, right after the other
// one spoke, goes back to the last speaker it fits ("He replied that ...").
func TestAlternatingPronounCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "he replies after three paragraphs of her",
			text: "Lorcan Devereux defended the plan. “I understand why parents are angry,” he said.\n\n" +
				"His challenger, Philippa Sandoval, said the council had never consulted the villages. She accused him of deciding first.\n\n" +
				"“The consultation lasted six weeks,” she said. “That is not listening.”\n\n" +
				"He replied that the council had held eleven public meetings.",
			want: []quote{
				{"Lorcan Devereux", model.Direct, "I understand why parents are angry"},
				{"Philippa Sandoval", model.Indirect, "the council had never consulted the villages"},
				{"Philippa Sandoval", model.Direct, "The consultation lasted six weeks"},
				{"Philippa Sandoval", model.Direct, "That is not listening."},
				{"Lorcan Devereux", model.Indirect, "the council had held eleven public meetings"},
			},
			speakers: []string{"Lorcan Devereux", "Philippa Sandoval"},
		},
		{
			name: "she replies after three paragraphs of him",
			text: "Anna Varga said the plant would close in May. “We have no choice,” she said.\n\n" +
				"Tomas Brenn, the union leader, said the workers would strike.\n\n" +
				"“We will not give up,” he said. “Not now, not ever.”\n\n" +
				"“We have heard this before,” he added.\n\n" +
				"She replied that the closure was final.",
			want: []quote{
				{"Anna Varga", model.Indirect, "the plant would close in May"},
				{"Anna Varga", model.Direct, "We have no choice"},
				{"Tomas Brenn", model.Indirect, "the workers would strike"},
				{"Tomas Brenn", model.Direct, "We will not give up"},
				{"Tomas Brenn", model.Direct, "Not now, not ever."},
				{"Tomas Brenn", model.Direct, "We have heard this before"},
				{"Anna Varga", model.Indirect, "the closure was final"},
			},
		},
		{
			name: "near miss: an unnamed woman spoke since",
			text: "Anna Varga said the plant would close in May. “We have no choice,” she said.\n\n" +
				"Tomas Brenn, the union leader, said the workers would strike.\n\n" +
				"“We will not give up,” he said. “Not now, not ever.”\n\n" +
				"The head of the inquiry told the court the records were lost. She also said the plant had been unsafe for years.",
			want: []quote{
				{"Anna Varga", model.Indirect, "the plant would close in May"},
				{"Anna Varga", model.Direct, "We have no choice"},
				{"Tomas Brenn", model.Indirect, "the workers would strike"},
				{"Tomas Brenn", model.Direct, "We will not give up"},
				{"Tomas Brenn", model.Direct, "Not now, not ever."},
				{"", model.Indirect, "the records were lost"},
				{"", model.Indirect, "the plant had been unsafe for years"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestUnlabelledInterviewCases covers a profile's questions and answers
// without labels: a question paragraph, then the answer in the first
// person, three times or more; the answers are the words of the person
// the article opens with.
func TestUnlabelledInterviewCases(t *testing.T) {
	intro := "Ysolde Quennell has made pots outside Marrowby since 1975. We spoke to her in her studio.\n\n"
	tests := []freshCase{
		{
			name: "three questions, three answers, narrative between",
			text: intro +
				"Why did it take fifty years?\n\nNobody asked. And I did not want to look back.\n\n" +
				"How did you choose the pieces?\n\nI did not, mostly. The curator chose them.\n\n" +
				"The curator, Tamsin Oduya, said the hardest part had been the early work.\n\n" +
				"Do you think about stopping?\n\nEvery winter. My hands hurt in the cold.",
			want: []quote{
				{"Ysolde Quennell", model.Direct, "Nobody asked. And I did not want to look back."},
				{"Ysolde Quennell", model.Direct, "I did not, mostly. The curator chose them."},
				{"Tamsin Oduya", model.Indirect, "the hardest part had been the early work"},
				{"Ysolde Quennell", model.Direct, "Every winter. My hands hurt in the cold."},
			},
			speakers: []string{"Tamsin Oduya", "Ysolde Quennell"},
		},
		{
			name: "near miss: two questions are not an interview",
			text: intro +
				"Why did it take fifty years?\n\nNobody asked. And I did not want to look back.\n\n" +
				"How did you choose the pieces?\n\nI did not, mostly. The curator chose them.",
			want: []quote{},
		},
		{
			name: "near miss: questions answered by the narrative",
			text: "Mayor Ilse Varga closed the bridge on Monday.\n\n" +
				"Why did the bridge close?\n\nEngineers found cracks in two piers.\n\n" +
				"When will it reopen?\n\nIt will not reopen before May, the council has said.\n\n" +
				"What should drivers do?\n\nThe detour adds twenty minutes.",
			want: []quote{{"", model.Indirect, "It will not reopen before May"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestFriendsOfCases covers a group named "Friends of" a place or a body:
// the whole name is the group's, not the place's.
func TestFriendsOfCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "according to the Friends of a library",
			text:     "A petition has gathered 3,000 signatures, according to the Friends of Eastgate Library, which organised it.",
			want:     []quote{{"Friends of Eastgate Library", model.Indirect, "A petition has gathered 3,000 signatures"}},
			speakers: []string{"Friends of Eastgate Library"},
		},
		{
			name:     "the Friends of a park said",
			text:     "The Friends of Tarvik Park said the trees would be cut down.",
			want:     []quote{{"Friends of Tarvik Park", model.Indirect, "the trees would be cut down"}},
			speakers: []string{"Friends of Tarvik Park"},
			orgs:     []string{"Friends of Tarvik Park"},
		},
		{
			name: "near miss: friends of a person are nobody named",
			text: "Friends of the victim said he had been happy.",
			want: []quote{{"", model.Indirect, "he had been happy"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestGroupDescriptionCases covers "the group" for a body that has just
// spoken and is no company ("the Friends of Eastgate Library ... The group
// said"); a part of the state is no group.
func TestGroupDescriptionCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "the group after a campaign named Friends of",
			text: "A petition has gathered 3,000 signatures, according to the Friends of Eastgate Library, which organised it. The group said it would consider a legal challenge.",
			want: []quote{
				{"Friends of Eastgate Library", model.Indirect, "A petition has gathered 3,000 signatures"},
				{"Friends of Eastgate Library", model.Indirect, "it would consider a legal challenge"},
			},
			speakers: []string{"Friends of Eastgate Library"},
		},
		{
			name: "the group after a society",
			text: "The Ostby Heritage Society said the mill should be listed. The group said it had written to the minister.",
			want: []quote{
				{"Ostby Heritage Society", model.Indirect, "the mill should be listed"},
				{"Ostby Heritage Society", model.Indirect, "it had written to the minister"},
			},
			speakers: []string{"Ostby Heritage Society"},
		},
		{
			name: "near miss: a council is no group",
			text: "The Tarvik Council said the road would close. The group said it would appeal.",
			want: []quote{
				{"Tarvik Council", model.Indirect, "the road would close"},
				{"", model.Indirect, "it would appeal"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestShoutedVerbCases covers a speech verb in capitals right after a
// person's name ("Teodor Vask DENIES that: “...”"): it is that person's
// speech verb; a line all in capitals names nobody.
func TestShoutedVerbCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "a shouted verb and a colon after a titled name",
			text:     "The council says the bridge is unsafe. Mayor Ilse Varga INSISTS: \"The bridge is safe and it will stay open.\"",
			want:     []quote{{"", model.Indirect, "the bridge is unsafe"}, {"Ilse Varga", model.Direct, "The bridge is safe and it will stay open."}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "near miss: a line in capitals",
			text: "COUNCIL SAYS: \"The bridge is unsafe and must close.\"",
			want: []quote{{"", model.Direct, "The bridge is unsafe and must close."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestJobDescriptionCases covers a job description of the person who
// just spoke, or who was the subject just before, when the story has not
// given them a role yet ("Ada Lind said ... The chief executive said");
// an office of the state ("the prime minister") is not so given, nor a
// job to someone who holds another.
func TestJobDescriptionCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "the chief executive after her quotation",
			text: "Ada Lind was defiant. “We have done nothing wrong,” she told shareholders. Asked about the fine, the chief executive said the company would appeal.",
			want: []quote{
				{"Ada Lind", model.Direct, "We have done nothing wrong"},
				{"Ada Lind", model.Indirect, "the company would appeal"},
			},
			speakers: []string{"Ada Lind"},
		},
		{
			name: "the chief executive after her reported speech",
			text: "Ada Lind said profits would rise. The chief executive said costs were falling.",
			want: []quote{
				{"Ada Lind", model.Indirect, "profits would rise"},
				{"Ada Lind", model.Indirect, "costs were falling"},
			},
		},
		{
			name: "the coach after the subject of the last sentence",
			text: "Tomas Brenn, 61, has coached the team for a decade. The coach said the season had been hard.",
			want: []quote{{"Tomas Brenn", model.Indirect, "the season had been hard"}},
		},
		{
			name: "near miss: an office of the state",
			text: "Anna Varga said the plant would close. The prime minister said the plant was not viable.",
			want: []quote{
				{"Anna Varga", model.Indirect, "the plant would close"},
				{"", model.Indirect, "the plant was not viable"},
			},
		},
		{
			name: "near miss: the last speaker holds another job",
			text: "Ivo Tamm, a farmer, said the harvest was poor. The chief executive said prices had fallen.",
			want: []quote{
				{"Ivo Tamm", model.Indirect, "the harvest was poor"},
				{"", model.Indirect, "prices had fallen"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestPossessiveKinCases covers "her father", "his wife" as a speaker: the
// relative named before who shares the name, else the one whose role the
// word is; never the person whose relative it is.
func TestPossessiveKinCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "her father, who shares her surname",
			text: "The yard is run by Torvald Haldane and his daughter, Ingrid Haldane. Torvald said it was the hardest decision. Ingrid said the insurance had tripled. “Nobody wants to pay,” she said. “Over my dead body,” her father said.",
			want: []quote{
				{"Torvald Haldane", model.Indirect, "it was the hardest decision"},
				{"Ingrid Haldane", model.Indirect, "the insurance had tripled"},
				{"Ingrid Haldane", model.Direct, "Nobody wants to pay"},
				{"Torvald Haldane", model.Direct, "Over my dead body"},
			},
			speakers: []string{"Ingrid Haldane", "Torvald Haldane"},
		},
		{
			name: "his wife, named by her role under another surname",
			text: "Tomas Brenn said the deal was done. His wife, Lena Osk, said she had not been told. “I found out from the radio,” his wife added.",
			want: []quote{
				{"Tomas Brenn", model.Indirect, "the deal was done"},
				{"Lena Osk", model.Indirect, "she had not been told"},
				{"Lena Osk", model.Direct, "I found out from the radio"},
			},
		},
		{
			name: "near miss: her father never named is not her",
			text: "Ivo Tamm said the yard would close. Ingrid Haldane said the insurance had tripled. “Over my dead body,” her father said.",
			want: []quote{
				{"Ivo Tamm", model.Indirect, "the yard would close"},
				{"Ingrid Haldane", model.Indirect, "the insurance had tripled"},
				{"", model.Direct, "Over my dead body"},
			},
		},
		{
			name: "near miss: his wife never named is not him",
			text: "Peter Varga lost his home in the flood. “The water rose in minutes,” his wife said.",
			want: []quote{{"", model.Direct, "The water rose in minutes"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestInventedFirstNameCases covers a first name no list knows, ending in
// -a, as a woman's hint, so that "he" and "she" tell two speakers with
// invented names apart.
func TestInventedFirstNameCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "he after her reply is the man who spoke before",
			text: "Brannoc Yelland and Isaura Pendry debated the plan. “It will bankrupt us,” Yelland said. “We have waited ten years,” Pendry replied. “Nonsense,” he said.",
			want: []quote{
				{"Brannoc Yelland", model.Direct, "It will bankrupt us"},
				{"Isaura Pendry", model.Direct, "We have waited ten years"},
				{"Brannoc Yelland", model.Direct, "Nonsense"},
			},
		},
		{
			name: "near miss: she after her reply stays hers",
			text: "Brannoc Yelland and Isaura Pendry debated the plan. “It will bankrupt us,” Yelland said. “We have waited ten years,” Pendry replied. “Nonsense,” she said.",
			want: []quote{
				{"Brannoc Yelland", model.Direct, "It will bankrupt us"},
				{"Isaura Pendry", model.Direct, "We have waited ten years"},
				{"Isaura Pendry", model.Direct, "Nonsense"},
			},
		},
		{
			name: "near miss: a listed man's name in -a",
			text: "Musa Kallon and Isaura Pendry debated the plan. “It will bankrupt us,” Kallon said. “We have waited ten years,” Pendry replied. “Nonsense,” he said.",
			want: []quote{
				{"Musa Kallon", model.Direct, "It will bankrupt us"},
				{"Isaura Pendry", model.Direct, "We have waited ten years"},
				{"Musa Kallon", model.Direct, "Nonsense"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestAndThatCases covers "said A and that B": one reported clause, as the
// gold of every set has it, so that a short first half does not lose the
// quote.
func TestAndThatCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "a quoted word in the first half",
			text:     "Greta Fallon said the players were “devastated” and that she would not single anyone out.",
			want:     []quote{{"Greta Fallon", model.Mixed, "the players were “devastated” and that she would not single anyone out"}},
			speakers: []string{"Greta Fallon"},
		},
		{
			name:     "added that, then and that",
			text:     "Governor Sunniva Eklund added that the hall was full and that a second centre was being set up at a school in Arvsund.",
			want:     []quote{{"Sunniva Eklund", model.Indirect, "the hall was full and that a second centre was being set up at a school in Arvsund"}},
			speakers: []string{"Sunniva Eklund"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestCourtRoleCases covers the parts in a trial as descriptions: "the
// prosecutor" is Crown counsel named before; "the defendant" and "the
// prosecutor" are not given to the last speaker who has no role yet.
func TestCourtRoleCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "the defendant is not the Crown counsel who spoke last",
			text: "Anselm Virtanen, 51, is accused of fraud. He denies the charges.\n\n" +
				"Crown counsel Leonie Hartwick told the jury that Virtanen had kept the money.\n\n" +
				"On Monday the defendant said he had reported the faults.",
			want: []quote{
				{"Leonie Hartwick", model.Indirect, "Virtanen had kept the money"},
				{"Anselm Virtanen", model.Indirect, "he had reported the faults"},
			},
		},
		{
			name: "the prosecutor is Crown counsel",
			text: "Crown counsel Leonie Hartwick asked why the sales were voided. Anselm Virtanen said the system crashed. “That is convenient,” the prosecutor said.",
			want: []quote{
				{"Leonie Hartwick", model.Indirect, "why the sales were voided"},
				{"Anselm Virtanen", model.Indirect, "the system crashed"},
				{"Leonie Hartwick", model.Direct, "That is convenient"},
			},
		},
		{
			name: "near miss: no prosecutor named",
			text: "Caspar Nwosu, defending, said the software was faulty. Anselm Virtanen told the court he was innocent. The prosecutor said the evidence was clear.",
			want: []quote{
				{"Caspar Nwosu", model.Indirect, "the software was faulty"},
				{"Anselm Virtanen", model.Indirect, "he was innocent"},
				{"", model.Indirect, "the evidence was clear"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestBodyAppositiveCases covers a name called a company, a charity or the
// like by its appositive ("Grauhorn Bahnen, the company that runs the
// cable car,"): "it" and "the company" can stand for it later, whatever
// the name alone looks like.
func TestBodyAppositiveCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "it after the company that runs it",
			text: "Grauhorn Bahnen, the company that runs the cable car, said a fault had cut the power. It said the backup had been tested two weeks ago.",
			want: []quote{
				{"Grauhorn Bahnen", model.Indirect, "a fault had cut the power"},
				{"Grauhorn Bahnen", model.Indirect, "the backup had been tested two weeks ago"},
			},
		},
		{
			name: "it added, after a charity based somewhere",
			text: "Tarnwick Aid, a charity based in Ostby, said the grant had been cut. It added that six staff would lose their jobs.",
			want: []quote{
				{"Tarnwick Aid", model.Indirect, "the grant had been cut"},
				{"Tarnwick Aid", model.Indirect, "six staff would lose their jobs"},
			},
		},
		{
			name: "the company, after the company that runs it",
			text: "Grauhorn Bahnen, the company that runs the cable car, was fined. The company said it would appeal.",
			want: []quote{{"Grauhorn Bahnen", model.Indirect, "it would appeal"}},
		},
		{
			name: "near miss: the company's founder is a person",
			text: "Ivo Tamm, the company's founder, said a fault had cut the power. It said the backup had been tested.",
			want: []quote{
				{"Ivo Tamm", model.Indirect, "a fault had cut the power"},
				{"", model.Indirect, "the backup had been tested"},
			},
		},
		{
			name: "near miss: a company director is a person",
			text: "Ivo Tamm, a company director, said a fault had cut the power. It said the backup had been tested.",
			want: []quote{
				{"Ivo Tamm", model.Indirect, "a fault had cut the power"},
				{"", model.Indirect, "the backup had been tested"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestPluralPossessiveAndCases covers a body named by two plurals joined by
// "and" ("the Dockers' and Harbour Workers' Union"): one name, not its
// second half.
func TestPluralPossessiveAndCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "a union of two trades",
			text:     "The Dockers' and Harbour Workers' Union said the offer was too low.",
			want:     []quote{{"Dockers' and Harbour Workers' Union", model.Indirect, "the offer was too low"}},
			speakers: []string{"Dockers' and Harbour Workers' Union"},
		},
		{
			name:     "a federation of two professions",
			text:     "The Nurses' and Midwives' Federation said the wards were full.",
			want:     []quote{{"Nurses' and Midwives' Federation", model.Indirect, "the wards were full"}},
			speakers: []string{"Nurses' and Midwives' Federation"},
		},
		{
			name: "near miss: two bodies' spokesmen",
			text: "The Farmers' and the Dockers' spokesmen said the price was too low.",
			want: []quote{{"", model.Indirect, "the price was too low"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestNextSentenceSubjectCases covers a quotation that opens its paragraph
// as a sentence of its own, its speaker named as the subject of the next
// sentence, which has no cue ("“We will rebuild this town.” With those
// words, Mayor Ilse Varga opened the meeting.").
func TestNextSentenceSubjectCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "with those words, the subject",
			text: "Residents packed the hall.\n\n“We will rebuild this town.” With those words, Mayor Ilse Varga opened the meeting.",
			want: []quote{{"Ilse Varga", model.Direct, "We will rebuild this town."}},
		},
		{
			name: "the subject was speaking",
			text: "Residents packed the hall.\n\n“We will rebuild this town.” Mayor Ilse Varga was speaking to residents on Monday.",
			want: []quote{{"Ilse Varga", model.Direct, "We will rebuild this town."}},
		},
		{
			name: "near miss: the next sentence reports words of its own",
			text: "Residents packed the hall.\n\n“Stop the closures.” Ivo Tamm, 34, said he had come from Ostby.",
			want: []quote{{"", model.Direct, "Stop the closures."}, {"Ivo Tamm", model.Indirect, "he had come from Ostby"}},
		},
		{
			name: "near miss: a slogan its bearer carried",
			text: "Residents packed the hall.\n\n“No to the bridge.” Ivo Tamm carried the banner through the square.",
			want: []quote{{"", model.Direct, "No to the bridge."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}

// TestAgeAndRoleCases covers an age with a role after it ("Maren Tulloch,
// 54, an engineer from Ostby,") and a description giving both ("the
// 54-year-old engineer"): either picks her out.
func TestAgeAndRoleCases(t *testing.T) {
	tests := []freshCase{
		{
			name: "the role after the age",
			text: "Maren Tulloch, 54, an engineer from Ostby, inspected the bridge. Halvard Ostrem said it would reopen. “The pier is cracked,” the engineer said.",
			want: []quote{
				{"Halvard Ostrem", model.Indirect, "it would reopen"},
				{"Maren Tulloch", model.Direct, "The pier is cracked"},
			},
		},
		{
			name: "the age in a description with a role",
			text: "Maren Tulloch, 54, inspected the bridge. Halvard Ostrem, 61, said it would reopen. “The pier is cracked,” the 54-year-old engineer said.",
			want: []quote{
				{"Halvard Ostrem", model.Indirect, "it would reopen"},
				{"Maren Tulloch", model.Direct, "The pier is cracked"},
			},
		},
		{
			name: "near miss: the verb after the age, and his wife",
			text: "Aldous Brennagh, 69, arrived on the headland in 1987 with his late wife, Morag, and a dog. “People think it must be lonely,” he said.",
			want: []quote{{"Aldous Brennagh", model.Direct, "People think it must be lonely"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFreshCase(t, tt) })
	}
}
