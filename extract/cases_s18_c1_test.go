package extract_test

import "testing"

// Session 18, helper c1: a description speaks before (or without) the
// name of its holder, and the story names the holder later, or names
// elsewhere the body the description belongs to: "The head of the harbour
// authority has told residents ..." and below "harbour authority chief
// Ilse Varga said". Every sentence is invented, with near misses that must
// not change (two holders of the role, a description that names nobody,
// a holder who did not speak).
//
// FIRST PASS (engine at 87917d19, the whole table of 20 rows written
// first and run once): 10/20 (0.50): office-below 3/10, named-before
// 2/3, body-below 1/2, near 4/5. Rows added after it: the three
// "named-before/other title" rows (two pass at the first pass's engine).
//
// On the pools (15 real-reporting pools, session 17's and this
// session's dev pools) the class left about 35 attribution misses, most
// a lead's description whose holder the next paragraphs name.
//
// AFTER this branch's five fixes: 28/37 rows (0.76; 9 left known with
// their mechanism): office-below 7/10, named-before 6/9, body-below 5/8,
// fronted-pronoun 3/3, near 7/8. Pools: r13 attribution .906 -> .930
// (speaker F1 .907 -> .920), n1 .941 -> .949, n2 .882 -> .894, the other
// twelve unchanged; every repository score set unchanged. "An official
// said" given to the office-holder who speaks in the next paragraph was
// tried and dropped: the pools' golds differ on it (one gain, one loss).

func c1s18Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// office-below: a lead's office of a body, its holder named below
	// with a title of that office.
	add(auditRow{class: "office-below/head chief",
		text: "Harbour dues will rise\n\nThe head of the Tarvik harbour authority has told residents that the dues will rise in May.\n\n“We have no choice,” harbour authority chief Ilse Varga said on Monday.",
		want: []quote{{"Ilse Varga", auI, "the dues will rise in May"}, {"Ilse Varga", auD, "We have no choice"}}})
	add(auditRow{class: "office-below/head administrator",
		text: "Rules rolled back\n\nThe head of the Norland Water Agency announced on Wednesday that the river rules would be scrapped.\n\n“This is a good day for farmers,” agency Administrator Tomas Brenn said in a statement.",
		want: []quote{{"Tomas Brenn", auI, "the river rules would be scrapped"}, {"Tomas Brenn", auD, "This is a good day for farmers"}}})
	add(auditRow{class: "office-below/head director",
		text: "Clinic to close\n\nThe head of the Brenmark Health Board said on Friday that the night clinic would close.\n\n“We cannot staff it,” board director Ana Holt told reporters.",
		want: []quote{{"Ana Holt", auI, "the night clinic would close"}, {"Ana Holt", auD, "We cannot staff it"}}})
	add(auditRow{class: "office-below/former director",
		text: "Former agency chief warns\n\nThe former director of the Norland Health Agency said that he expects the new vaccine to be approved soon.\n\n“There will be bumps in the road,” Dr. Pavel Osk, who led the agency until 2019, told Radio Vessa.",
		want: []quote{{"Pavel Osk", auI, "he expects the new vaccine to be approved soon"}, {"Pavel Osk", auD, "There will be bumps in the road"}}})
	add(auditRow{class: "office-below/possessive leader",
		text: "Opposition rejects results\n\nTARVIK - Norland’s opposition party leader says they will not accept the results of Sunday’s vote.\n\nBut opposition leader Ivo Dane said Monday the vote was marred by fraud.",
		want: []quote{{"Ivo Dane", auI, "they will not accept the results of Sunday’s vote"}, {"Ivo Dane", auI, "the vote was marred by fraud"}}})
	add(auditRow{class: "office-below/possessive commissioner",
		text: "Refugee chief fears exodus\n\nFighting in Morland could create a “huge outflow” of people, the Union’s refugee commissioner said on Friday.\n\n“We hope this does not happen,” High Commissioner for Refugees Lena Kask told reporters in Vessa.",
		want: []quote{{"Lena Kask", auM, "Fighting in Morland could create a “huge outflow” of people"}, {"Lena Kask", auD, "We hope this does not happen"}}})
	add(auditRow{class: "office-below/its chief scientist", known: "no-title-below: the holder below carries no title of the office (an astronomer), so no guess",
		text: "Telescope cooling down\n\nIt has been a busy month for the Orrin Space Telescope, but its chief scientist says the mission is on track.\n\n“The mirrors are cold,” said Marta Veil, an astronomer at the Vessa Observatory.",
		want: []quote{{"Marta Veil", auI, "the mission is on track"}, {"Marta Veil", auD, "The mirrors are cold"}}})
	add(auditRow{class: "office-below/main opposition leader",
		text: "Opposition leader says poll unfair\n\nSpeaking in the House on Thursday, the main opposition leader has claimed that the local poll was not fair.\n\nOpposition leader Harald Ostrem said the count had been rigged in three wards.",
		want: []quote{{"Harald Ostrem", auI, "the local poll was not fair"}, {"Harald Ostrem", auI, "the count had been rigged in three wards"}}})
	add(auditRow{class: "office-below/official then spokesman", known: `voice-of-many: "an official" is left as one of many, not the spokesman named below`,
		text: "Militants killed in clashes\n\nTARVIK: Nine militants were killed in clashes in the north of the province, an official said on Wednesday.\n\nGovernor’s spokesman Omar Vessel told reporters the clashes took place near the river.",
		want: []quote{{"Omar Vessel", auI, "Nine militants were killed in clashes in the north of the province"}, {"Omar Vessel", auI, "the clashes took place near the river"}}})
	add(auditRow{class: "office-below/union official organiser", known: `voice-of-many: "a union official" is left as one of many, not the organiser named below`,
		text: "Strike goes on\n\nA union official said the strike would go on until pay was settled.\n\nUnion organiser Joe Kask said the walkout had the support of every depot.",
		want: []quote{{"Joe Kask", auI, "the strike would go on until pay was settled"}, {"Joe Kask", auI, "the walkout had the support of every depot"}}})

	// fronted-pronoun: a pronoun in a clause before the subject looks
	// ahead to it.
	add(auditRow{class: "fronted-pronoun/head below",
		text: "Agency rolls back river rules\n\nIn what he called the “biggest day of reform in our history,” the head of the Norland Water Agency announced a series of steps on Wednesday to scrap river rules.\n\n“We are ending the war on farmers,” agency Administrator Tomas Brenn said in an essay.",
		want: []quote{{"Tomas Brenn", auD, "biggest day of reform in our history"}, {"Tomas Brenn", auD, "We are ending the war on farmers"}}})
	add(auditRow{class: "fronted-pronoun/named subject after another",
		text: "Ana Holt spoke first at the meeting.\n\nIn what he called a “fair deal”, Ivo Dane said the talks had ended.",
		want: []quote{{"Ivo Dane", auD, "fair deal"}, {"Ivo Dane", auI, "the talks had ended"}}})
	add(auditRow{class: "fronted-pronoun/near: it and a person",
		text: "The Vessa Rail Board met on Monday.\n\nIn what it called a “final offer”, union leader Ivo Dane said the strike would end.",
		want: []quote{{"Ivo Dane", auI, "the strike would end"}}})

	// named-before: the role's holder named earlier in the story.
	add(auditRow{class: "named-before/magistrate",
		text: "Magistrate Ana Holt heard the case in Vessa on Monday.\n\nA 53-year-old man was remanded in custody after the magistrate ruled that he was not fit to stand trial.",
		want: []quote{{"Ana Holt", auI, "he was not fit to stand trial"}}})
	add(auditRow{class: "named-before/spokeswoman for the police",
		text: "Vessa Police closed the road after the crash on Tuesday.\n\nA spokeswoman for the police said the driver had been taken to hospital.",
		want: []quote{{"Vessa Police", auI, "the driver had been taken to hospital"}}})
	add(auditRow{class: "named-before/the agency", known: `span: the cue after the clause cuts the reported span short ("a banned drug ...")`,
		text: "The Norland Anti-Doping Office banned the runner for four years.\n\nTests showed a banned drug in his system, the agency told Radio Vessa.",
		want: []quote{{"Norland Anti-Doping Office", auI, "Tests showed a banned drug in his system"}}})

	add(auditRow{class: "named-before/other title",
		text: "Opposition leader accuses government\n\nHarbour Party Chairman Ivo Dane has accused the government of rigging the vote.\n\nSpeaking in the House on Thursday, the main opposition leader has claimed that the count was not fair.",
		want: []quote{{"Ivo Dane", auI, "the count was not fair"}}})
	add(auditRow{class: "named-before/other title plain", known: "no-field-word: the description shares no word with the holder’s title and no headline ties them",
		text: "Harbour Party Chairman Ivo Dane has accused the government of rigging the vote.\n\nThe opposition leader said the count was not fair.",
		want: []quote{{"Ivo Dane", auI, "the count was not fair"}}})

	add(auditRow{class: "named-before/other title long",
		text: "Norland opposition leader accuses government of rigging polls\n\nHPU-NL Chairman Ivo Dane has accused the government of rigging the recent local election.\n\nParticipating in the discussion on the government’s policies and programs in the House on Thursday, the main opposition leader has claimed that the election was not fair.\n\n“Why have results not arrived?” he questioned.",
		want: []quote{{"Ivo Dane", auI, "the election was not fair"}}})

	add(auditRow{class: "named-before/UN agency",
		text: "Fund says convoys blocked\n\nThe World Grain Fund (WGF) has denounced the blocking of aid convoys by armed groups in the north.\n\nThe United Nations agency said in a statement it had sent 180 staff to the region.",
		want: []quote{{"World Grain Fund", auI, "it had sent 180 staff to the region"}}})
	add(auditRow{class: "named-before/agency after acronym", known: "agency-kind: an acronym that has not spoken is no agency yet",
		text: "Forecasters expect a quiet season\n\nStorm season begins on June 1, and it is expected to be quiet.\n\nNWSA thinks so. The agency issued its outlook on Wednesday in Vessa, and said there was a 70 percent chance of a quiet season.",
		want: []quote{{"NWSA", auI, "there was a 70 percent chance of a quiet season"}}})

	add(auditRow{class: "near/pension fund no agency",
		text: "The Vessa Weather Agency warned of storms on Monday.\n\nThe Tarvik Pension Fund lost money on bonds last year.\n\nThe agency said the storms would pass by Friday.",
		want: []quote{{"Vessa Weather Agency", auI, "the storms would pass by Friday"}}})

	add(auditRow{class: "named-before/police constabulary",
		text: "Vessa Constabulary closed the road after the crash on Tuesday.\n\nA spokeswoman for the police said the driver had been taken to hospital.",
		want: []quote{{"Vessa Constabulary", auI, "the driver had been taken to hospital"}}})

	// body-below: the body spoken for, named in the next sentence.
	add(auditRow{class: "body-below/said the Guild", known: `bare-head-body: "the Guild" is made a body of its own, not the Guild of Marlow Weavers named after`,
		text: "“The looms will stay in Marlow,” said the Guild. The President of the Guild of Marlow Weavers, Ivo Dane, added that the hall would be sold.",
		want: []quote{{"Guild of Marlow Weavers", auD, "The looms will stay in Marlow"}, {"Ivo Dane", auI, "the hall would be sold"}}})
	add(auditRow{class: "body-below/a council has said",
		text: "Road to stay shut\n\nA section of the B42 could stay closed until next week because of flooding, a council has said.\n\nBrenmark County Council said crews were pumping water from the road.",
		want: []quote{{"Brenmark County Council", auI, "A section of the B42 could stay closed until next week because of flooding"}, {"Brenmark County Council", auI, "crews were pumping water from the road"}}})

	add(auditRow{class: "body-below/monitoring group",
		text: "Strikes kill civilians in north\n\nAt least 40 civilians have been killed in air strikes on the hill towns, a monitoring group said on Monday.\n\nThe attacks hit the towns of Arvo and Benn on Sunday, the Vessa-based Norland Observatory for Rights said.",
		want: []quote{{"Norland Observatory for Rights", auI, "At least 40 civilians have been killed in air strikes on the hill towns"}, {"Norland Observatory for Rights", auI, "The attacks hit the towns of Arvo and Benn on Sunday"}}})
	add(auditRow{class: "body-below/council spokesman far",
		text: "Flooded road to stay shut\n\nA section of the B42 in Brenmark could stay closed until next week because of flooding, a council has said.\n\nThe road is impassable between Arvo and the craft centre at Benn.\n\nMotorists have been advised not to drive through the water.\n\nA spokesman for Brenmark County Council said: “We strongly advise against driving through the flood.”",
		want: []quote{{"Brenmark County Council", auI, "A section of the B42 in Brenmark could stay closed until next week because of flooding"}, {"Brenmark County Council", auD, "We strongly advise against driving through the flood."}}})

	add(auditRow{class: "body-below/police force named after",
		text: "A man has been arrested after a stand-off with officers in Vessa.\n\nA spokeswoman for the police said the driver had been taken to hospital.\n\nVessa Police said the road would stay shut.",
		want: []quote{{"Vessa Police", auI, "the driver had been taken to hospital"}, {"Vessa Police", auI, "the road would stay shut"}}})
	add(auditRow{class: "body-below/according to police spokeswoman", known: "according-to: the spokeswoman of an \"according to\" phrase is not resolved forward",
		text: "A man has been arrested after a stand-off with officers in Vessa.\n\nAccording to a spokeswoman for the police, the driver had been taken to hospital.\n\nAccording to a statement from Vessa Constabulary: “The road will stay shut for a while.”",
		want: []quote{{"Vessa Constabulary", auI, "the driver had been taken to hospital"}, {"Vessa Constabulary", auD, "The road will stay shut for a while."}}})

	// near misses: no guess.
	add(auditRow{class: "near/two holders",
		text: "Mayors meet\n\nThe mayor said the bridge would reopen in June.\n\nMayor Ilse Varga of Tarvik and Mayor Ana Holt of Brenn met on Monday to discuss the bridge.",
		want: []quote{{"", auI, "the bridge would reopen in June"}}})
	add(auditRow{class: "near/nobody named",
		text: "Port to close\n\nThe head of the Tarvik harbour authority said the port would close for a week.\n\nFishermen were angry. “We were not told,” said trawler owner Ivo Dane.",
		want: []quote{{"", auI, "the port would close for a week"}, {"Ivo Dane", auD, "We were not told"}}})
	add(auditRow{class: "near/holder silent, other spoke",
		text: "Union split\n\nA union official said the strike would go on.\n\nUnion organiser Joe Kask was not at the meeting. Driver Ana Holt said the vote had been close.",
		want: []quote{{"", auI, "the strike would go on"}, {"Ana Holt", auI, "the vote had been close"}}})
	add(auditRow{class: "near/other office below",
		text: "Clinic to close\n\nThe head of the Brenmark Health Board said on Friday that the night clinic would close.\n\n“It is a disgrace,” nurse Ana Holt told reporters.",
		want: []quote{{"", auI, "the night clinic would close"}, {"Ana Holt", auD, "It is a disgrace"}}})
	add(auditRow{class: "near/two councils below",
		text: "Road to stay shut\n\nA section of the B42 could stay closed until next week because of flooding, a council has said.\n\nBrenmark County Council and Arvo Town Council both look after parts of the road.\n\nMotorists were told to stay away.",
		want: []quote{{"", auI, "A section of the B42 could stay closed until next week because of flooding"}}})
	add(auditRow{class: "near/person below a group",
		text: "Strikes kill civilians\n\nAt least 40 civilians have been killed in air strikes on the hill towns, a monitoring group said on Monday.\n\nFarmer Ivo Dane said the strikes came at dawn.",
		want: []quote{{"", auI, "At least 40 civilians have been killed in air strikes on the hill towns"}, {"Ivo Dane", auI, "the strikes came at dawn"}}})
	add(auditRow{class: "near/two forces after",
		text: "A man has been arrested after a stand-off with officers in Vessa.\n\nA spokeswoman for the police said the driver had been taken to hospital.\n\nVessa Police and Tarvik Constabulary are both looking into the crash.",
		want: []quote{{"", auI, "the driver had been taken to hospital"}}})
	add(auditRow{class: "near/two forces", known: "joint-subject: the two forces named together are read as one joint speaker",
		text: "Vessa Police and Tarvik Police searched the woods on Tuesday.\n\nA spokeswoman for the police said the search would go on.",
		want: []quote{{"", auI, "the search would go on"}}})
	return rows
}

func TestAuditS18C1(t *testing.T) { runAudit(t, "c1", c1s18Rows(), *auditKnown) }
