package extract_test

import "testing"

// Session 17, helper r8: English-language news from outside the US and UK
// (India, Pakistan, Sri Lanka, Bangladesh, Nigeria, Ghana, Kenya, South
// Africa, Malaysia, New Zealand), whose reporting idiom differs: "told
// newsmen", "disclosed", "stated that", "CM said", ranks before names
// ("DSP", "OC"), wire copy that closes a quote with two apostrophes.
// A fresh pool of 27 real excerpts, annotated before the extractor ran on
// it, gave the classes these rows probe with invented people and places.
//
// FIRST PASS (whole table written first and run once before any fix):
// 11/27 (0.41): nanclose 2/6, baretitle 3/6, pronmention 3/3, rankname
// 2/5, reportverb 1/7. One row was wrong, not the engine: the near miss
// "The farmers’ union said" wanted the union as a named speaker, and an
// unnamed union is nobody (12/27 on the mended row). The pool itself,
// first grading: speaker F1 0.876, quote recall 0.935, attribution 0.828
// (direct 0.757).
//
// Fix 1 (nanclose): "...from the gang,’’ he said": two curly apostrophes
// close an open double mark as two straight ones already did; read as
// single marks they left the quotation open to the paragraph's end, cue
// and all (tokenize).
//
// Fix 2 (rankname): "The State Commissioner of Police, Mr Ade Bello,
// said", "The Lagos State Police Public Relations Officer, DSP Bala Umar,
// said": an office in capitals after "the" before the comma describes the
// titled name after it, as a lower-case role did (roleBefore); and "OC",
// "CP", "AIG", "ASP" are police ranks in capitals before a name
// (capsTitles), not the first word of it.
//
// Fix 3 (baretitle): "CM said there would be no bias", "CM was addressing
// villagers": the chief minister without "the", opening a sentence before
// a speech verb or an auxiliary, is the title, not a name of its own
// (capsTitle); and "the Energy Minister said", a title of two capitalised
// words after "the", is the person named before with that title
// (capTitleHolder), not a body beside them. Rows capnoted and
// near-othertitle were added with the fix (capnoted failed before it).
//
// Fix 4 (reportverb): "has expressed worry that the situation will not
// end soon": "worry", "worries", "apprehension" and "displeasure" are
// objects of "express" that report (expressObjects); and "he said, that so
// far the government has completed 12 roads": a comma between the verb and
// its "that" no longer loses the clause (findComplement), though "said,
// that was all" still reports nothing. Rows near-saidthatwas and
// worrynear were added with the fix.
//
// Fix 5 (rankname, capofficelater, its own first pass 0/1): "The Orashi
// State Commissioner of Police, Tunde Okorafor, said": the capitalised
// office opening the sentence, "of" and all, is now noted as his role
// (capOfficeBefore), so that "the commissioner added" finds him; it found
// nobody. Near miss near-capofficeobject: an office not opening the
// sentence is left to the rules before.
//
// Fix 6 (reportverb/requested): "requested the people not to panic":
// "request" with a hearer and a to-infinitive is a request as "asked" is
// (requestVerb), and like "order" only with a hearer ("requested postal
// ballots to vote from home" is goods). Rows requestedobject and
// near-requestednoun were added with the fix.
//
// Fix 7 (reportverb/instructed): "instructed officials that drinking
// water should be provided": "instruct" with people as its hearers and a
// that-clause after them reports the clause (the verb was a cue only as a
// request with a to-infinitive); "instructed the officials on the new
// rules" still reports nothing. Rows instructedthe and near-instructedon
// were added with the fix.
//
// Fix 8 (reportverb/otherhearers): "called on other humanitarian
// agencies to intervene", "urged fellow traders to stay calm": the
// hearers of a request after "other" or "fellow", which no noun phrase
// opened with, were lost with the request (requestObject); goods still
// are none ("ordered other trucks to replace the fleet"). Rows
// otherhearers (failing before), fellowhearers and near-othergoods were
// added with the fix.
//
// Fix 9 (reportverb/despite): "said despite the change in departments,
// South Africans would keep suffering": a "despite" phrase set off by a
// comma before the clause was refused when its noun is a verb's form too
// ("change"); after a determiner it is the noun (clauseLike). Near misses
// near-despitetrailing and near-despitenocue were added with the fix.
//
// AFTER the fixes: 39/42 rows pass; the pool (27 articles, 199 quotes)
// from speaker F1 0.876, quote recall 0.935, attribution 0.828 to 0.907,
// 0.965, 0.896. Left: the classes below, and in the pool a few too rare
// or too deep to probe here: a pronoun going to a man named in passing
// when the speaker's first name is read as a woman's; a stand-alone
// quotation after "X leader and deputy prime minister Y doubled down"
// (the ranker's, whose weights the lead refits); lists inside a reported
// clause ("said that four suspects: A, 19; B, 21; ... were arrested").

// Mechanisms of the rows still failing (see the report at the top).
const (
	r8PlaceBoss  = "place-boss: \"the Orashi police boss added\": \"boss\" names no commissioner's office, and the fallback takes the person named last (a taxi driver the clause before mentions)"
	r8DescEntity = "desc-entity: the capitalised office before the apposition stays an entity, and \"the police spokesman\" later finds it; marking it a thing cost pages dev-o speaker F1 0.005"
	r8MemberOf   = "member-of: \"The Member of Parliament for Bontase, Yaw Ofori-Mensah, is calling on\" gives \"Member\""
)

func TestAuditS17R8(t *testing.T) { runAudit(t, "r8", r8Rows(), *auditKnown) }

func r8Rows() []auditRow {
	return []auditRow{
		// nanclose: a quote closed by two apostrophes (’’ or ''), the
		// house style of one national agency's copy, alone or at the end
		// of a quote running over several paragraphs.
		{class: "nanclose/single", text: "The Commissioner of Police in Orashi State, Mr Tunde Okorafor, spoke in Umuaka on Tuesday.\n\n“We have recovered nine rifles and two vehicles from the gang,’’ Okorafor said.",
			want: []quote{{"Tunde Okorafor", auD, "We have recovered nine rifles and two vehicles from the gang"}}},
		{class: "nanclose/straight", text: "The Commissioner of Police in Orashi State, Mr Tunde Okorafor, spoke in Umuaka on Tuesday.\n\n“We have recovered nine rifles and two vehicles from the gang,'' Okorafor said.",
			want: []quote{{"Tunde Okorafor", auD, "We have recovered nine rifles and two vehicles from the gang"}}},
		{class: "nanclose/multipara", text: "The State Commissioner of Police, Mr Tunde Okorafor, told newsmen in Umuaka that the command made the arrests after distress calls.\n\n“Fourteen robbery suspects and six cultists were arrested in the month under review.\n\n“One of the suspects, however, died in a shootout with the police.\n\n“Eleven firearms were recovered from the suspects,’’ he said.",
			want: []quote{{"Tunde Okorafor", auI, "the command made the arrests after distress calls"}, {"Tunde Okorafor", auD, "Fourteen robbery suspects and six cultists were arrested in the month under review."}, {"Tunde Okorafor", auD, "One of the suspects, however, died in a shootout with the police."}, {"Tunde Okorafor", auD, "Eleven firearms were recovered from the suspects"}}},
		{class: "nanclose/namecue", text: "Mrs Adaeze Nwankwo, the chairperson of the market women's association, addressed traders in Ezinta.\n\n“Nobody will be forced to relocate before the new stalls are ready,’’ Nwankwo said.\n\n“Investigation is ongoing to find those who set the fire,’’ she added.",
			want: []quote{{"Adaeze Nwankwo", auD, "Nobody will be forced to relocate before the new stalls are ready"}, {"Adaeze Nwankwo", auD, "Investigation is ongoing to find those who set the fire"}}},
		{class: "nanclose/near-curly", text: "The Commissioner of Police in Orashi State, Mr Tunde Okorafor, spoke in Umuaka on Tuesday.\n\n“We have recovered nine rifles and two vehicles from the gang,” Okorafor said.",
			want: []quote{{"Tunde Okorafor", auD, "We have recovered nine rifles and two vehicles from the gang"}}},
		{class: "nanclose/near-possessive", text: "The farmers’ union said the governors’ plan would fail, and the traders’ leaders agreed.",
			want: []quote{{"", auI, "the governors’ plan would fail"}}},

		// baretitle: the speaker named once with a title ("Chief Minister
		// Ravi Deshmane", "Energy Minister Chandana Welikala") and then
		// by the bare title ("CM said", "the Energy Minister said", "the
		// police boss added", "the county boss insisted").
		{class: "baretitle/cm", text: "Chief Minister Ravindra Deshmane said on Monday that relief would reach every flooded village in Varunagar district.\n\nCM was addressing villagers at a relief camp in Sonpur. CM said, “The survey of losses will begin as soon as the water recedes.”\n\nCM said there should be no discrimination in the distribution of relief.",
			want:     []quote{{"Ravindra Deshmane", auI, "relief would reach every flooded village in Varunagar district"}, {"Ravindra Deshmane", auD, "The survey of losses will begin as soon as the water recedes."}, {"Ravindra Deshmane", auI, "there should be no discrimination in the distribution of relief"}},
			speakers: []string{"Ravindra Deshmane"}},
		{class: "baretitle/thecm", text: "Chief Minister Ravindra Deshmane reviewed the flood situation on Monday with district collectors.\n\nThe CM said the state would release funds for rebuilding the damaged houses within a week.",
			want:     []quote{{"Ravindra Deshmane", auI, "the state would release funds for rebuilding the damaged houses within a week"}},
			speakers: []string{"Ravindra Deshmane"}},
		{class: "baretitle/energymin", text: "Fuel is being sent to filling stations in limited quantities, Energy Minister Chandana Welikala said on Monday.\n\nHe said three tankers were waiting outside the port of Kellapura.\n\n“The public must know the real situation,” the Energy Minister said.",
			want:     []quote{{"Chandana Welikala", auI, "Fuel is being sent to filling stations in limited quantities"}, {"Chandana Welikala", auI, "three tankers were waiting outside the port of Kellapura"}, {"Chandana Welikala", auD, "The public must know the real situation"}},
			speakers: []string{"Chandana Welikala"}},
		{class: "baretitle/policeboss", text: "The Orashi State Commissioner of Police, Tunde Okorafor, briefed journalists on Saturday.\n\nAccording to him, three suspects, Emeka Obi, Chidi Nnamdi and Uche Eze, were arrested for killing a taxi driver, Ifeanyi Okoli, in May.\n\nThe Orashi police boss added that two cultists were also arrested in June.",
			want:     []quote{{"Tunde Okorafor", auI, "three suspects, Emeka Obi, Chidi Nnamdi and Uche Eze, were arrested for killing a taxi driver, Ifeanyi Okoli, in May"}, {"Tunde Okorafor", auI, "two cultists were also arrested in June"}},
			speakers: []string{"Tunde Okorafor"}, known: r8PlaceBoss},
		{class: "baretitle/countyboss", text: "Marwa Governor Hassan Dubow, who chairs the Arid and Semi-Arid Lands (ASAL) Committee of the council, said the drought was getting worse.\n\n“This will draw the attention of the world,” the Marwa County boss insisted.",
			want:     []quote{{"Hassan Dubow", auI, "the drought was getting worse"}, {"Hassan Dubow", auD, "This will draw the attention of the world"}},
			speakers: []string{"Hassan Dubow"}},
		{class: "baretitle/capnoted", text: "Energy Minister Chandana Welikala said the port had three tankers waiting.\n\nThe Energy Minister also noted that a request to raise fuel prices had been made.",
			want:     []quote{{"Chandana Welikala", auI, "the port had three tankers waiting"}, {"Chandana Welikala", auI, "a request to raise fuel prices had been made"}},
			speakers: []string{"Chandana Welikala"}},
		{class: "baretitle/near-othertitle", text: "Energy Minister Chandana Welikala spoke first at the meeting.\n\nFinance Minister Ruwan Perera said taxes on fuel would stay.\n\n“The public must know the real situation,” the Energy Minister said.",
			want:     []quote{{"Ruwan Perera", auI, "taxes on fuel would stay"}, {"Chandana Welikala", auD, "The public must know the real situation"}},
			speakers: []string{"Chandana Welikala", "Ruwan Perera"}},
		{class: "baretitle/near-twoministers", text: "Energy Minister Chandana Welikala and Finance Minister Ruwan Perera met union leaders on Monday.\n\nThe union's secretary, Lalith Jayasekara, said the talks would resume on Friday.",
			want:     []quote{{"Lalith Jayasekara", auI, "the talks would resume on Friday"}},
			speakers: []string{"Lalith Jayasekara"}},

		// rankname: a police or civil rank abbreviation before the name
		// ("OC", "DSP", "CP", "DCP", "ASP") is a title, not part of the
		// name, and a title with the rank and name in apposition ("The
		// State Police Public Relations Officer, DSP Bala Umar, said")
		// gives the person.
		{class: "rankname/oc", text: "Workers blocked the highway for two hours on Monday.\n\nKorail Model Police Station OC Rafiqul Karim said that traffic returned to normal after the police arrived.",
			want:     []quote{{"Rafiqul Karim", auI, "traffic returned to normal after the police arrived"}},
			speakers: []string{"Rafiqul Karim"}},
		{class: "rankname/ocsaid", text: "Workers blocked the highway for two hours on Monday.\n\nOC Rafiqul Karim said, \"Nobody was hurt. The workers went home after the talks.\"",
			want:     []quote{{"Rafiqul Karim", auD, "Nobody was hurt. The workers went home after the talks."}},
			speakers: []string{"Rafiqul Karim"}},
		{class: "rankname/dspappos", text: "Police have arrested two suspected robbers in Ezinta.\n\nThe Orashi State Police Public Relations Officer, DSP Bala Umar, in a statement said that the suspects were caught with a locally made pistol.\n\n“The suspects will soon be charged to court,” the police spokesman said.",
			want:     []quote{{"Bala Umar", auI, "the suspects were caught with a locally made pistol"}, {"Bala Umar", auD, "The suspects will soon be charged to court"}},
			speakers: []string{"Bala Umar"}, known: r8DescEntity},
		{class: "rankname/capofficelater", text: "The Orashi State Commissioner of Police, Tunde Okorafor, briefed journalists on Saturday.\n\nAccording to him, three suspects were arrested for killing a taxi driver, Ifeanyi Okoli, in May.\n\nThe commissioner added that two cultists were also arrested in June.",
			want:     []quote{{"Tunde Okorafor", auI, "three suspects were arrested for killing a taxi driver, Ifeanyi Okoli, in May"}, {"Tunde Okorafor", auI, "two cultists were also arrested in June"}},
			speakers: []string{"Tunde Okorafor"}},
		{class: "rankname/near-capofficeobject", text: "The governor met the State Commissioner of Police, Tunde Okorafor, and the mayor, Ada Obi, on Monday.\n\nThe mayor said the talks had gone well.",
			want:     []quote{{"Ada Obi", auI, "the talks had gone well"}},
			speakers: []string{"Ada Obi"}},
		{class: "rankname/dcp", text: "A police team was attacked in Nandpur on Sunday night.\n\nDCP (North) Arvind Sehgal said four people had been arrested.",
			want:     []quote{{"Arvind Sehgal", auI, "four people had been arrested"}},
			speakers: []string{"Arvind Sehgal"}},
		{class: "rankname/near-plain", text: "Workers blocked the highway for two hours on Monday.\n\nPolice inspector Rafiqul Karim said that traffic returned to normal after the police arrived.",
			want:     []quote{{"Rafiqul Karim", auI, "traffic returned to normal after the police arrived"}},
			speakers: []string{"Rafiqul Karim"}},

		// pronmention: "he added" / "he asked" after a paragraph naming a
		// second person only as an object, a possessor or in passing;
		// the speaker stays the one who spoke before.
		{class: "pronmention/object", text: "Deputy Commissioner of Police Arvind Sehgal said, “A crowd gathered and confronted the team.”\n\n“The situation was brought under control,” he added.\n\nHe added that an FIR had been filed against those who attacked the team. Police had gone to arrest Rakesh, who is wanted in several robbery cases.",
			want:     []quote{{"Arvind Sehgal", auD, "A crowd gathered and confronted the team."}, {"Arvind Sehgal", auD, "The situation was brought under control"}, {"Arvind Sehgal", auI, "an FIR had been filed against those who attacked the team"}},
			speakers: []string{"Arvind Sehgal"}},
		{class: "pronmention/possessor", text: "Information Minister Haris Zulkifli said the cabinet would write to the Speaker.\n\nHe also called Datuk Kamal Yusof’s claim about the press hypocritical.\n\n“Where was he when the reporters were expelled?” he asked.",
			want:     []quote{{"Haris Zulkifli", auI, "the cabinet would write to the Speaker"}, {"Haris Zulkifli", auD, "Where was he when the reporters were expelled?"}},
			speakers: []string{"Haris Zulkifli"}},
		{class: "pronmention/insentence", text: "The Member of Parliament for Asokwa North, Kofi Ampem-Darko, said roads were not the work of a lawmaker.\n\nAgain, the former roads minister Alhaji Iddrisu Seidu, my classmate at college, came to help me with two kilometres of asphalt, he added.",
			want:     []quote{{"Kofi Ampem-Darko", auI, "roads were not the work of a lawmaker"}, {"Kofi Ampem-Darko", auI, "Again, the former roads minister Alhaji Iddrisu Seidu, my classmate at college, came to help me with two kilometres of asphalt"}},
			speakers: []string{"Kofi Ampem-Darko"}},

		// reportverb: the idiom's verbs of reporting and requesting with a
		// clause: "instructed officials that", "expressed worry that",
		// "is calling on X to", "requested the people not to", "explained
		// that", "he said, that", "said despite ...".
		{class: "reportverb/instructed", text: "Chief Minister Ravindra Deshmane visited Sonpur on Monday.\n\nDeshmane instructed officials that drinking water and food should be provided at every relief camp.",
			want: []quote{{"Ravindra Deshmane", auI, "drinking water and food should be provided at every relief camp"}}},
		{class: "reportverb/worry", text: "Governor Joseph Lekishon said the drought had hit 90,000 families.\n\nThe governor has expressed worry that the situation will not end soon.",
			want: []quote{{"Joseph Lekishon", auI, "the drought had hit 90,000 families"}, {"Joseph Lekishon", auI, "the situation will not end soon"}}},
		{class: "reportverb/callingon", text: "The Member of Parliament for Bontase, Yaw Ofori-Mensah, is calling on the President and the roads agencies to fix the roads in the constituency.",
			want: []quote{{"Yaw Ofori-Mensah", auI, "the President and the roads agencies to fix the roads in the constituency"}}, known: r8MemberOf},
		{class: "reportverb/requested", text: "Energy Minister Chandana Welikala said there was no shortage of fuel and requested the people not to panic.",
			want: []quote{{"Chandana Welikala", auI, "there was no shortage of fuel"}, {"Chandana Welikala", auI, "the people not to panic"}}},
		{class: "reportverb/explained", text: "The Commissioner for Works, Hon. Musa Garba, spoke in Lakoja on Monday.\n\nGarba explained that the projects are spread across the three senatorial zones of the state.\n\nSpeaking further, he said, that so far the government has completed nine roads in Lakoja alone.",
			want: []quote{{"Musa Garba", auI, "the projects are spread across the three senatorial zones of the state"}, {"Musa Garba", auI, "so far the government has completed nine roads in Lakoja alone"}}},
		{class: "reportverb/near-saidthatwas", text: "“The bridge will reopen in May,” Musa Garba said, that was all.",
			want: []quote{{"Musa Garba", auD, "The bridge will reopen in May"}}, exact: true},
		{class: "reportverb/worrynear", text: "Governor Joseph Lekishon said the rains had failed. He expressed worry over the herds.",
			want: []quote{{"Joseph Lekishon", auI, "the rains had failed"}}, exact: true},
		{class: "reportverb/requestedobject", text: "Governor Joseph Lekishon requested the county engineers to repair the dams before the rains.",
			want: []quote{{"Joseph Lekishon", auI, "the county engineers to repair the dams before the rains"}}},
		{class: "reportverb/near-requestednoun", text: "Governor Joseph Lekishon requested the drought reports from the ministry on Monday.",
			want: []quote{}, exact: true},
		{class: "reportverb/instructedthe", text: "Collector Meera Joshipura instructed the officials that every relief camp must have a doctor by Friday.",
			want: []quote{{"Meera Joshipura", auI, "every relief camp must have a doctor by Friday"}}},
		{class: "reportverb/near-instructedon", text: "Collector Meera Joshipura instructed the officials on the new rules for the camps.",
			want: []quote{}, exact: true},
		{class: "reportverb/otherhearers", text: "Governor Joseph Lekishon also called on other aid agencies to step in and help the herders.",
			want: []quote{{"Joseph Lekishon", auI, "other aid agencies to step in and help the herders"}}},
		{class: "reportverb/fellowhearers", text: "Market leader Adaeze Nwankwo urged fellow traders to stay calm until the new stalls are ready.",
			want: []quote{{"Adaeze Nwankwo", auI, "fellow traders to stay calm until the new stalls are ready"}}},
		{class: "reportverb/near-othergoods", text: "Governor Joseph Lekishon ordered other trucks to replace the old fleet.",
			want: []quote{}, exact: true},
		{class: "reportverb/near-despitetrailing", text: "The union went ahead despite the report, officials said.",
			want: []quote{{"", auI, "The union went ahead despite the report"}}, exact: true},
		{class: "reportverb/near-despitenocue", text: "Lerato Mokoena left despite the warning, and the crowd followed her.",
			want: []quote{}, exact: true},
		{class: "reportverb/despite", text: "Speaking to reporters, party spokesperson Lerato Mokoena said despite the change in departments, South Africans would keep suffering blackouts.",
			want: []quote{{"Lerato Mokoena", auI, "despite the change in departments, South Africans would keep suffering blackouts"}}},
		{class: "reportverb/near-worrynoun", text: "Governor Joseph Lekishon visited the county on Sunday. His worry about the drought was plain to everyone in the room.",
			want: []quote{}, exact: true},
	}
}
