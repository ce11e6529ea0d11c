package extract_test

import (
	"testing"

	"soundbite/model"
)

// classCase is one invented text for a class of attribution that real news
// uses: several wordings per class, from newspapers, wire copy and press
// releases, so that a rule written for the class rather than one sentence
// passes them all.
type classCase struct {
	class string
	text  string
	want  []quote
	exact bool // no other quotes may be found
}

// TestAttributionClasses runs the classes of issue 15: reported speech and
// speakers that real articles phrase in ways the engine missed.
func TestAttributionClasses(t *testing.T) {
	var cases []classCase
	for _, group := range [][]classCase{
		spokespersonCases, appositionCases, insertedPhraseCases, clauseShapeCases,
		secondSpeakerCases, writtenSpeechCases, nameBoundaryCases, outletCases,
		notSpeechCases, reportingVerbCases, descriptionCases, quoteFirstCases,
		notSpeakerCases, unnamedCases,
	} {
		cases = append(cases, group...)
	}
	for _, tc := range cases {
		t.Run(tc.class, func(t *testing.T) { checkCase(t, tc.text, tc.want, tc.exact) })
	}
}

// A spokesperson for a named body speaks for it.
var spokespersonCases = []classCase{
	{class: "spokesperson/body before the role",
		text: "A Harbour Police spokesman said the coast road would reopen on Friday.",
		want: []quote{{"Harbour Police", model.Indirect, "the coast road would reopen on Friday"}}},
	{class: "spokesperson/according to a body's spokesperson",
		text: "The ferry was three hours late, according to a Tidemark Shipping spokesperson.",
		want: []quote{{"Tidemark Shipping", model.Indirect, "The ferry was three hours late"}}},
	{class: "spokesperson/a statement from the ministry",
		text: "The Ministry of Fisheries has closed the bay to trawlers.\n\nA statement from the ministry said the ban would last a month.",
		want: []quote{{"Ministry of Fisheries", model.Indirect, "the ban would last a month"}}},
	{class: "spokesperson/for a body, after the role",
		text: "A spokeswoman for Varrow Energy said the plant had been shut as a precaution.",
		want: []quote{{"Varrow Energy", model.Indirect, "the plant had been shut as a precaution"}}},
	{class: "spokesperson/told a fictional agency",
		text: "A spokesperson for the Kessel Water Board told Meridian Wire on Tuesday that supplies were safe.",
		want: []quote{{"Kessel Water Board", model.Indirect, "supplies were safe"}}},
	{class: "spokesperson/the body said in a statement",
		text: "Orrin Mining said in a statement that it would suspend work at the Tallow pit.",
		want: []quote{{"Orrin Mining", model.Indirect, "it would suspend work at the Tallow pit"}}},
	{class: "spokesperson/the agency said Tuesday",
		text: "The Coastal Survey Agency said Tuesday that sea levels in the bay had risen by 4 centimetres.",
		want: []quote{{"Coastal Survey Agency", model.Indirect, "sea levels in the bay had risen by 4 centimetres"}}},
	{class: "spokesperson/according to a release",
		text: "The Dunmore Institute will open a second laboratory in 2027, according to a release from the institute.",
		want: []quote{{"Dunmore Institute", model.Indirect, "The Dunmore Institute will open a second laboratory in 2027"}}},
}

// Long appositions between the name and the cue.
var appositionCases = []classCase{
	{class: "apposition/relative clause inside",
		text: "Mara Quell, director of the institute that ran the trial, said the results were encouraging.",
		want: []quote{{"Mara Quell", model.Indirect, "the results were encouraging"}}},
	{class: "apposition/role at a university",
		text: "Tobin Ashgrove, a professor of geology at the University of Tarn who was not involved in the study, said the dating looked sound.",
		want: []quote{{"Tobin Ashgrove", model.Indirect, "the dating looked sound"}}},
	{class: "apposition/age and home town",
		text: "Elsa Marrick, 54, a nurse from Pellow who has worked at the hospital for 20 years, told the Harbour Gazette she was exhausted.",
		want: []quote{{"Elsa Marrick", model.Indirect, "she was exhausted"}}},
	{class: "apposition/role of a named body",
		text: "Dariusz Penn, chief executive of the Corvel Group, which owns the mill, said the site would close in June.",
		want: []quote{{"Dariusz Penn", model.Indirect, "the site would close in June"}}},
	{class: "apposition/quotation after",
		text: "Ines Varga, the lead author of the study and an ecologist at the Marlow Institute, said: \"We did not expect this.\"",
		want: []quote{{"Ines Varga", model.Direct, "We did not expect this."}}},
	{class: "apposition/added Name, a professor",
		text: "\"The data are clear,\" added Kalle Rudd, a professor of medicine at Tarn University.",
		want: []quote{{"Kalle Rudd", model.Direct, "The data are clear"}}},
}

// Phrases inserted between the speaker, the cue and the clause.
var insertedPhraseCases = []classCase{
	{class: "inserted/by way of example",
		text: "Quell alleged, by way of example, that the samples had been mislabelled.",
		want: []quote{{"Quell", model.Indirect, "the samples had been mislabelled"}}},
	{class: "inserted/a post on a day by a titled author",
		text: "The ministry will review the ban, according to a post on Monday by Foreign Minister Ilan Dravic.",
		want: []quote{{"Ilan Dravic", model.Indirect, "The ministry will review the ban"}}},
	{class: "inserted/in an interview",
		text: "Governor Petra Holm said in an interview on Sunday that the budget was balanced.",
		want: []quote{{"Petra Holm", model.Indirect, "the budget was balanced"}}},
	{class: "inserted/adverb and time between",
		text: "Finance Minister Arno Keplin told lawmakers late on Wednesday that the deficit would shrink.",
		want: []quote{{"Arno Keplin", model.Indirect, "the deficit would shrink"}}},
	{class: "inserted/said in an email",
		text: "Rafe Hollis said in an email that the company had not been warned.",
		want: []quote{{"Rafe Hollis", model.Indirect, "the company had not been warned"}}},
	{class: "inserted/a participle phrase without commas",
		text: "Prime Minister Tavo Renner speaking to the Harbour Council think tank called the treaty \"null and void\".",
		want: []quote{{"Tavo Renner", model.Direct, "null and void"}}},
	{class: "inserted/a restrictive relative clause without commas",
		text: "State representative Orla Bexley who sponsored the bill remarked the bill could not be enforced yet.",
		want: []quote{{"Orla Bexley", model.Indirect, "the bill could not be enforced yet"}}},
	{class: "inserted/a passive with its agent",
		text: "Tavo Renner won the vote. The result was described by Renner as a \"historic mandate\", saying he would act quickly.",
		want: []quote{
			{"Tavo Renner", model.Direct, "historic mandate"},
			{"Tavo Renner", model.Indirect, "he would act quickly"},
		}},
	{class: "inserted/aside in commas before the cue",
		text: "Judge Ilse Varner, speaking from the bench, said the evidence was thin.",
		want: []quote{{"Ilse Varner", model.Indirect, "the evidence was thin"}}},
}

// Several reported clauses in one sentence, a cue in the middle of a
// clause, "according to" with no comma.
var clauseShapeCases = []classCase{
	{class: "clauses/which he said",
		text: "Ilan Dravic said on Friday he could sign the treaty in June, which he said would allow him to visit Palvaro.",
		want: []quote{
			{"Ilan Dravic", model.Indirect, "he could sign the treaty in June"},
			{"Ilan Dravic", model.Indirect, "would allow him to visit Palvaro"},
		}},
	{class: "clauses/officials said in the middle",
		text: "The bridge, officials said, will stay shut until March.",
		want: []quote{{"", model.Indirect, "will stay shut until March"}}},
	{class: "clauses/he said in the middle",
		text: "Mayor Osric Hale spoke to residents on Monday.\n\nThe harbour wall, he said, had been neglected for years.",
		want: []quote{{"Osric Hale", model.Indirect, "had been neglected for years"}}},
	{class: "clauses/according to without a comma",
		text: "The ferry will run twice a day according to Torvald Brekke.",
		want: []quote{{"Torvald Brekke", model.Indirect, "The ferry will run twice a day"}}},
	{class: "clauses/according to a surname without a comma after",
		text: "Ines Varga studied the tombs. Writers mention feeding the birds, but according to Varga archaeologists have found no hatcheries.",
		want: []quote{{"Ines Varga", model.Indirect, "archaeologists have found no hatcheries"}}},
	{class: "clauses/according to mid-sentence without a comma",
		text: "Prices rose by 3 percent in May according to the Tarn Statistics Office.",
		want: []quote{{"Tarn Statistics Office", model.Indirect, "Prices rose by 3 percent in May"}}},
	{class: "clauses/two clauses joined by and that",
		text: "Senator Anna Veld said the plan was reckless and that it would cost jobs.",
		want: []quote{
			{"Anna Veld", model.Indirect, "the plan was reckless"},
			{"Anna Veld", model.Indirect, "it would cost jobs"},
		}},
}

// A second speaker in a coordinated clause, and the pronoun after.
var secondSpeakerCases = []classCase{
	{class: "second speaker/while wrote, then he",
		text: "Senator Anna Veld said the plan was reckless while Governor Piet Amsel wrote that it was overdue. He added that the money was ready.",
		want: []quote{
			{"Anna Veld", model.Indirect, "the plan was reckless"},
			{"Piet Amsel", model.Indirect, "it was overdue"},
			{"Piet Amsel", model.Indirect, "the money was ready"},
		},
		exact: true},
	{class: "second speaker/but said",
		text: "Mayor Ilse Brandt said the park would reopen, but Councillor Jonas Tamm said it would stay shut. He said the council had no money.",
		want: []quote{
			{"Ilse Brandt", model.Indirect, "the park would reopen"},
			{"Jonas Tamm", model.Indirect, "it would stay shut"},
			{"Jonas Tamm", model.Indirect, "the council had no money"},
		}},
	{class: "second speaker/whereas argued, then she",
		text: "Coach Ravi Dunmore said the side was tired, whereas captain Lena Orrick argued that it had lost focus. She added that the squad would recover.",
		want: []quote{
			{"Ravi Dunmore", model.Indirect, "the side was tired"},
			{"Lena Orrick", model.Indirect, "it had lost focus"},
			{"Lena Orrick", model.Indirect, "the squad would recover"},
		}},
	{class: "second speaker/and a company said",
		text: "Talvik Airport said flights were delayed, and Norvale Airways said it had cancelled six departures.",
		want: []quote{
			{"Talvik Airport", model.Indirect, "flights were delayed"},
			{"Norvale Airways", model.Indirect, "it had cancelled six departures"},
		}},
}

// Written speech and courts speaking through their rulings.
var writtenSpeechCases = []classCase{
	{class: "written/tweeted and wrote in a letter",
		text: "Mayor Ilse Brandt tweeted that the park would close. Brandt wrote in a letter to residents that the works would take a year.",
		want: []quote{
			{"Ilse Brandt", model.Indirect, "the park would close"},
			{"Ilse Brandt", model.Indirect, "the works would take a year"},
		}},
	{class: "written/posted on social media",
		text: "Senator Maria Okonjo posted on social media that she would vote against the bill.",
		want: []quote{{"Maria Okonjo", model.Indirect, "she would vote against the bill"}}},
	{class: "written/the researchers wrote",
		text: "Ines Varga and her colleagues at the Marlow Institute studied 40 lakes. The researchers wrote that warming had halved the ice season.",
		want: []quote{{"", model.Indirect, "warming had halved the ice season"}}},
	{class: "written/said in a ruling",
		text: "The Tarn High Court said in its ruling that the ban was unlawful.",
		want: []quote{{"Tarn High Court", model.Indirect, "the ban was unlawful"}}},
	{class: "written/the court wrote in its judgment",
		text: "The Court of Appeal wrote in its judgment that the trial had been fair.",
		want: []quote{{"Court of Appeal", model.Indirect, "the trial had been fair"}}},
	{class: "written/a judge wrote",
		text: "Judge Ilse Varner wrote that the evidence did not support the charge.",
		want: []quote{{"Ilse Varner", model.Indirect, "the evidence did not support the charge"}}},
	{class: "written/said in a statement, named person",
		text: "Ottoline Reyes, the board's chair, said in a statement that the sale was final.",
		want: []quote{{"Ottoline Reyes", model.Indirect, "the sale was final"}}},
}

// Titles before a name and the whole name of an office.
var nameBoundaryCases = []classCase{
	{class: "names/whip's title",
		text: "Senate Minority Whip Dara Olsen said the vote would be close.",
		want: []quote{{"Dara Olsen", model.Indirect, "the vote would be close"}}},
	{class: "names/sheriff's office",
		text: "The Alder County Sheriff's Office said two men had been arrested.",
		want: []quote{{"Alder County Sheriff's Office", model.Indirect, "two men had been arrested"}}},
	{class: "names/deputy chief of staff",
		text: "Deputy Chief of Staff Rolf Ganner said the meeting had been postponed.",
		want: []quote{{"Rolf Ganner", model.Indirect, "the meeting had been postponed"}}},
	{class: "names/chief of staff of a body",
		text: "White House Chief of Staff Rolf Ganner said the meeting had been postponed.",
		want: []quote{{"Rolf Ganner", model.Indirect, "the meeting had been postponed"}}},
	{class: "names/every word after a title",
		text: "Prof. Veda Ashok Marr, Provost of TIU, said the campus would open in May.",
		want: []quote{{"Veda Ashok Marr", model.Indirect, "the campus would open in May"}}},
	{class: "names/a state attorney general",
		text: "Marlow Attorney General Petra Lind said the settlement was fair.",
		want: []quote{{"Petra Lind", model.Indirect, "the settlement was fair"}}},
	{class: "names/a department of a county",
		text: "The Pellow County Department of Health said the outbreak was over.",
		want: []quote{{"Pellow County Department of Health", model.Indirect, "the outbreak was over"}}},
	{class: "names/a fire service's office",
		text: "The Tarn Fire Marshal's Office said the blaze had been set deliberately.",
		want: []quote{{"Tarn Fire Marshal's Office", model.Indirect, "the blaze had been set deliberately"}}},
}

// Outlets that report are sources; a joint statement has no single
// speaker.
var outletCases = []classCase{
	{class: "outlets/according to a broadcaster",
		text:  "According to Harbour Radio, the ferry sank in minutes.",
		want:  []quote{{"", model.Indirect, "the ferry sank in minutes"}},
		exact: true},
	{class: "outlets/a paper reported",
		text:  "The Tarvik Herald reported that the mayor had resigned.",
		want:  []quote{{"", model.Indirect, "the mayor had resigned"}},
		exact: true},
	{class: "outlets/a website said",
		text:  "The news website Pellow Today said the minister had been flown home.",
		want:  []quote{{"", model.Indirect, "the minister had been flown home"}},
		exact: true},
	{class: "outlets/an agency reported, citing",
		text:  "The Meridian Press Agency reported that the talks had collapsed.",
		want:  []quote{{"", model.Indirect, "the talks had collapsed"}},
		exact: true},
	{class: "outlets/joint statement",
		text:  "The Harbour Authority and the Dockers Union said in a joint statement that talks would resume.",
		want:  []quote{{"", model.Indirect, "talks would resume"}},
		exact: true},
	{class: "outlets/joint statement of three",
		text:  "In a joint statement, Tarn, Vessaly and Ordmark said they would share the costs.",
		want:  []quote{{"", model.Indirect, "they would share the costs"}},
		exact: true},
	{class: "outlets/the broadcaster says with a person after",
		text: "Mara Quell told Harbour Radio that she would stand again.",
		want: []quote{{"Mara Quell", model.Indirect, "she would stand again"}}},
}

// Words that look like speech and are not.
var notSpeechCases = []classCase{
	{class: "not speech/conceded a penalty",
		text:  "Kelmar United conceded a penalty in the second half.",
		want:  []quote{},
		exact: true},
	{class: "not speech/member states met",
		text:  "Member states met in Tarvik on Monday to discuss the budget.",
		want:  []quote{},
		exact: true},
	{class: "not speech/said to the crowd, which",
		text:  "\"Thank you all,\" said Mara Quell to the crowd, which cheered for ten minutes.",
		want:  []quote{{"Mara Quell", model.Direct, "Thank you all"}},
		exact: true},
	{class: "not speech/told the fans, who",
		text:  "\"We won it for you,\" coach Ravi Dunmore told the fans, who sang until midnight.",
		want:  []quote{{"Ravi Dunmore", model.Direct, "We won it for you"}},
		exact: true},
	{class: "not speech/maintains its status",
		text:  "The Harbourcast maintains its status as the best quiz podcast around with talk of pickled eels, boats disguised as sheds, and much more.",
		want:  []quote{},
		exact: true},
	{class: "not speech/warns the crew while",
		text:  "Osric warns the crew of the dangers of rope burn while Tam misses his train.",
		want:  []quote{},
		exact: true},
	{class: "not speech/tells the tale",
		text:  "Mara tells the tale of her first regatta, Tam hates eels, and Ola gets lost in Pellow.",
		want:  []quote{},
		exact: true},
	{class: "not speech/a film title before a noun",
		text:  "We're getting our obvious Return to Pellow II jokes out of the way early so we can move on to the eels.",
		want:  []quote{},
		exact: true},
	{class: "not speech/an item in a list",
		text:  "Tam is back just in time to discuss Harbour Run 2010, Pellow Fest highlights, Tarn Quest 2, and more.",
		want:  []quote{},
		exact: true},
	{class: "not speech/Simon says",
		text: "This week, Simon says \"Listen to our chatter about the regatta and the eels.\"",
		want: []quote{{"", model.Direct, "Listen to our chatter about the regatta and the eels."}}},
	{class: "not speech/the statement of accounts",
		text:  "The council published its statement of accounts on Friday.",
		want:  []quote{},
		exact: true},
	{class: "not speech/the ship's report arrived",
		text:  "Talvik Rovers admitted two new players to the squad this week.",
		want:  []quote{},
		exact: true},
	{class: "not speech/announced the winners",
		text:  "The jury announced the winners at a ceremony in Pellow.",
		want:  []quote{},
		exact: true},
}

// Reported speech without "said".
var reportingVerbCases = []classCase{
	{class: "verbs/urged the subjunctive",
		text:  "Councillor Stephen Mold urged the immunity be waived. The union urged members to vote.",
		want:  []quote{{"Stephen Mold", model.Indirect, "the immunity be waived"}},
		exact: true},
	{class: "verbs/proposed that",
		text: "Finance Minister Arno Keplin proposed that the tax be cut by half.",
		want: []quote{{"Arno Keplin", model.Indirect, "the tax be cut by half"}}},
	{class: "verbs/requested that",
		text: "The Tarn Bar Council requested that the hearing be held in public.",
		want: []quote{{"Tarn Bar Council", model.Indirect, "the hearing be held in public"}}},
	{class: "verbs/hinted",
		text: "Prime Minister Tavo Renner hinted that an election could come in the spring.",
		want: []quote{{"Tavo Renner", model.Indirect, "an election could come in the spring"}}},
	{class: "verbs/estimated",
		text: "The Marlow Institute estimated that 4,000 homes had been damaged.",
		want: []quote{{"Marlow Institute", model.Indirect, "4,000 homes had been damaged"}}},
	{class: "verbs/a court ordered",
		text: "The Tarn High Court ordered that the files be released.",
		want: []quote{{"Tarn High Court", model.Indirect, "the files be released"}}},
	{class: "verbs/the data show",
		text: "The data show the river rose by two metres in a day.",
		want: []quote{{"", model.Indirect, "the river rose by two metres in a day"}}},
	{class: "verbs/the survey found",
		text: "The survey found that most residents opposed the plan.",
		want: []quote{{"", model.Indirect, "most residents opposed the plan"}}},
	{class: "verbs/warned that",
		text: "The Coastal Survey Agency warned that the dunes could collapse.",
		want: []quote{{"Coastal Survey Agency", model.Indirect, "the dunes could collapse"}}},
	{class: "verbs/a judge ruled without that",
		text: "District Judge Orla Bexley ruled the ban violated the charter.",
		want: []quote{{"Orla Bexley", model.Indirect, "the ban violated the charter"}}},
	{class: "verbs/a court ruled without that",
		text: "On Friday, a federal court in Marlow ruled the county's voting map is unlawful.",
		want: []quote{{"", model.Indirect, "the county's voting map is unlawful"}}},
	{class: "verbs/officials estimated without that",
		text: "Citing the size of the burn, officials estimated the fire may have started a week earlier.",
		want: []quote{{"", model.Indirect, "the fire may have started a week earlier"}}},
	{class: "verbs/studies have shown that",
		text: "Previous studies have shown that, unlike most glues, the resin is not toxic.",
		want: []quote{{"", model.Indirect, "unlike most glues, the resin is not toxic"}}},
	{class: "verbs/investigations suggest",
		text: "Preliminary investigations suggest a faulty sensor was forcing the nose down.",
		want: []quote{{"", model.Indirect, "a faulty sensor was forcing the nose down"}}},
	{class: "verbs/the observations showed",
		text: "The observations showed the lake had lost half its ice since 1990.",
		want: []quote{{"", model.Indirect, "the lake had lost half its ice since 1990"}}},
	{class: "verbs/the study revealed, last",
		text: "Ines Varga led the work. If the mice were warmed first, their recovery was faster, the study revealed.",
		want: []quote{{"", model.Indirect, "If the mice were warmed first, their recovery was faster"}}},
	{class: "verbs/the study suggests",
		text: "Ines Varga led the work at the Marlow Institute. Her study suggests that the ice will be gone by 2060.",
		want: []quote{{"", model.Indirect, "the ice will be gone by 2060"}}},
}

// A description as the speaker.
var descriptionCases = []classCase{
	{class: "description/the head of an agency names nobody",
		text:  "The head of the relief agency told reporters the camps were full.",
		want:  []quote{{"", model.Indirect, "the camps were full"}},
		exact: true},
	{class: "description/the consultancy says",
		text: "The Corvel Group is a consultancy. The consultancy says demand will fall.",
		want: []quote{{"Corvel Group", model.Indirect, "demand will fall"}}},
	{class: "description/it said after an organisation",
		text: "Selwyn Foods will close its bakery in Durn. It said the site had lost money for years.",
		want: []quote{{"Selwyn Foods", model.Indirect, "the site had lost money for years"}}},
	{class: "description/the director of a body, then the name",
		text: "In an online briefing, the director of IEDR, Dr Nalini Osk, said the fatalities included four men.",
		want: []quote{{"Nalini Osk", model.Indirect, "the fatalities included four men"}}},
	{class: "description/the company said",
		text: "Orrin Mining cut 200 jobs on Monday. The company said demand for coal had collapsed.",
		want: []quote{{"Orrin Mining", model.Indirect, "demand for coal had collapsed"}}},
	{class: "description/the minister, named before",
		text: "Health Minister Piet Orwell visited the ward on Friday. The minister said more beds would open.",
		want: []quote{{"Piet Orwell", model.Indirect, "more beds would open"}}},
	{class: "description/the agency said Tuesday",
		text: "The Tarn Space Agency launched its first probe last year. The agency said Tuesday the probe had reached orbit.",
		want: []quote{{"Tarn Space Agency", model.Indirect, "the probe had reached orbit"}}},
}

// The quotation first and the cue last.
var quoteFirstCases = []classCase{
	{class: "quote first/mixed, told the station",
		text: "The delay \"has cost us a season,\" Orlan Vesk told the station.",
		want: []quote{{"Orlan Vesk", model.Mixed, "The delay \"has cost us a season,\""}}},
	{class: "quote first/it is worrying, he added",
		text: "Orlan Vesk runs the harbour. It is \"worrying,\" he added.",
		want: []quote{{"Orlan Vesk", model.Mixed, "It is \"worrying,\""}}},
	{class: "quote first/direct, the researchers wrote",
		text: "\"Our results show a clear decline,\" the researchers wrote in the journal.",
		want: []quote{{"", model.Direct, "Our results show a clear decline"}}},
	{class: "quote first/direct, said in an email",
		text: "\"We are reviewing the decision,\" Rafe Hollis, a spokesman for the port, said in an email.",
		want: []quote{{"Rafe Hollis", model.Direct, "We are reviewing the decision"}}},
	{class: "quote first/the cue in a link",
		text: "Dana Roel won the seat. Alma Garrow served a term before her.\n\n\"To everyone who was ever left out,\" [Roel told supporters on Tuesday](https://example.org/roel-wins). \"This is for you.\"",
		want: []quote{
			{"Dana Roel", model.Direct, "To everyone who was ever left out"},
			{"Dana Roel", model.Direct, "This is for you."},
		}},
	{class: "quote first/told a fictional agency",
		text: "\"We will not give up,\" Elsa Marrick told Meridian Wire.",
		want: []quote{{"Elsa Marrick", model.Direct, "We will not give up"}}},
	{class: "quote first/the agency said",
		text: "The Tarn Space Agency launched a probe. \"The mission is on track,\" the agency said in a statement.",
		want: []quote{{"Tarn Space Agency", model.Direct, "The mission is on track"}}},
}

// Places, ships and products are not speakers; quoted titles are not
// quotes.
var notSpeakerCases = []classCase{
	{class: "not speaker/name in place",
		text: "Vessen in Marlow said the harvest had failed.",
		want: []quote{{"Vessen", model.Indirect, "the harvest had failed"}}},
	{class: "not speaker/person of a place",
		text: "Dora Quist of Pellow said the water had risen overnight.",
		want: []quote{{"Dora Quist", model.Indirect, "the water had risen overnight"}}},
	{class: "not speaker/a book title",
		text:  "Her novel \"The Salt Harbour\" won the Tarn Prize in 2019.",
		want:  []quote{},
		exact: true},
	{class: "not speaker/a film title",
		text:  "The film \"Night Over Pellow\" opens on Friday in 200 cinemas.",
		want:  []quote{},
		exact: true},
	{class: "not speaker/a law",
		text:  "Parliament passed the \"Clean Harbours Act\" on Thursday.",
		want:  []quote{},
		exact: true},
	{class: "not speaker/a ship",
		text: "The crew of the MV Tarn Star said the engine had failed.",
		want: []quote{{"", model.Indirect, "the engine had failed"}}},
}

// When nothing names the speaker, nobody is the speaker.
var unnamedCases = []classCase{
	{class: "unnamed/one resident",
		text: "Mayor Osric Hale opened the bridge. One resident said the queues had gone.",
		want: []quote{{"", model.Indirect, "the queues had gone"}}},
	{class: "unnamed/officials said",
		text: "Mayor Osric Hale opened the bridge. Officials said traffic had halved.",
		want: []quote{{"", model.Indirect, "traffic had halved"}}},
	{class: "unnamed/witnesses told",
		text: "Dora Quist was at home. Witnesses told the Tarvik Herald they heard two shots.",
		want: []quote{{"", model.Indirect, "they heard two shots"}}},
	{class: "unnamed/a source",
		text: "The minister, Petra Lind, met the envoy. A source close to the talks said a deal was near.",
		want: []quote{{"", model.Indirect, "a deal was near"}}},
	{class: "unnamed/police said",
		text: "Tomas Brenner, 33, was arrested on Sunday. Police said he had been driving at 120 km/h.",
		want: []quote{{"", model.Indirect, "he had been driving at 120 km/h"}}},
	{class: "unnamed/a nominee to head a body",
		text: "President Tavo Renner's choice to head the Department of Coastal Security said Wednesday that she believes the dunes are at risk.",
		want: []quote{{"", model.Indirect, "she believes the dunes are at risk"}}},
	{class: "unnamed/the man picked to lead a body",
		text: "The man picked to lead the Tarn Water Board told lawmakers the pipes were sound.",
		want: []quote{{"", model.Indirect, "the pipes were sound"}}},
	{class: "unnamed/some experts",
		text: "Ines Varga published the study. Some experts warned that the sample was small.",
		want: []quote{{"", model.Indirect, "the sample was small"}}},
}
