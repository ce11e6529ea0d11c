package extract_test

import "testing"

// Session 19, helper d6: a fresh audit of the ENGLISH-LANGUAGE PRESS OF
// ASIA AND AFRICA (national papers and agencies of India, Pakistan,
// Bangladesh, Sri Lanka, the Philippines, Malaysia, Nigeria, Ghana,
// Kenya, Uganda and Zimbabwe), drawn from the classes the engine got
// wrong on a pool of 30 real excerpts (kept outside the repository).
// Every sentence here is invented: fictional people, places and bodies,
// in the shapes the pool showed, with near misses that must not change.
//
// FIRST PASS (engine at 890dd47a, the table of 24 rows written first and
// run once): 12/24 (0.50): role-org 3/5, at-place 2/3, portfolio 2/5,
// reporter 2/2, against-org 1/2, title-object 0/1, while-subject 0/1,
// fronted 2/5. Two reporter rows were added after it, in the pool's
// shape (no that-clause); both failed.
//
// On the pool itself the engine at 890dd47a scored, before anyone tuned
// on it: speaker F1 0.840 (precision 0.857, recall 0.824), quote recall
// 0.961, attribution 0.909 (direct 0.988/0.962, indirect 0.941/0.874,
// mixed 1.000/0.875); with the gold's four convention calls mended
// ("hoped/hopes that" is a belief, no speech, twice; a paragraph of a
// letter that lost its marks is no quote; a Senate resolution speaks for
// the Senate): 0.851, 0.975, 0.914.
//
// AFTER this branch's thirteen fixes (one commit a class; every
// repository score set and the twelve dev pools unchanged): 52/54 rows
// (0.96, with the rows added with the fixes; 2 left known with their
// mechanism); the pool: speaker F1 0.961 (precision 0.980, recall 0.942),
// quote recall 0.990, attribution 0.985.

func d6Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// role-org: a capitalised run ending in a role word ("Tarvo Police
	// Spokesperson", "Food Agency Country Representative") is a title,
	// not an organisation: what "the police" or "the representative" say
	// goes to the body or the named holder, never to a body named after
	// the title.
	add(auditRow{class: "role-org/spokesperson title after name",
		text:     "\"Police shall not allow these plans,\" said Ama Kiconco, the Tarvo Police Spokesperson in a press statement\n\nPolice also confirmed that the leaders of the banned groups are mobilizing youths in the markets.",
		want:     []quote{{"Ama Kiconco", auD, "Police shall not allow these plans"}},
		speakers: []string{"Ama Kiconco"}})
	add(auditRow{class: "role-org/spokesman title before name",
		text:     "Orlan Police Spokesman Dario Fenn said the road would stay closed.\n\nThe police also said that two men had been arrested.",
		want:     []quote{{"Dario Fenn", auI, "the road would stay closed"}},
		speakers: []string{"Dario Fenn"}})
	add(auditRow{class: "role-org/country representative",
		text:     "Representative of the Food Agency in Norland, Mr. Kofi Abban explained that the fund would help farmers.\n\nThe Food Agency Country Representative affirmed that the 40 farmers would each receive a grant.",
		want:     []quote{{"Kofi Abban", auI, "the fund would help farmers"}, {"Kofi Abban", auI, "the 40 farmers would each receive a grant"}},
		speakers: []string{"Kofi Abban"}})
	add(auditRow{class: "role-org/office of a body before the holder, then the representative",
		text:     "Representative of the Relief Fund in Tarvo, Mrs. Ama Sefa said the wells would be dug by June.\n\nThe representative added that the fund had doubled.",
		want:     []quote{{"Ama Sefa", auI, "the wells would be dug by June"}, {"Ama Sefa", auI, "the fund had doubled"}},
		speakers: []string{"Ama Sefa"}})
	add(auditRow{class: "role-org/near: the body itself speaks",
		text: "The Relief Fund in Tarvo said the wells would be dug by June.",
		want: []quote{{"Relief Fund", auI, "the wells would be dug by June"}}})
	add(auditRow{class: "role-org/near: body named with service",
		text:     "The Tarvo Police Service said in a statement that the road would reopen on Monday.",
		want:     []quote{{"Tarvo Police Service", auI, "the road would reopen on Monday"}},
		speakers: []string{"Tarvo Police Service"}})
	add(auditRow{class: "role-org/near: named body with representative office",
		text: "The Office of the Trade Representative said the tariffs would stay.",
		want: []quote{{"Office of the Trade Representative", auI, "the tariffs would stay"}}})

	// at-place: a capitalised pair after "at his office at", "in", or
	// "at ... in the capital" is a place, never the speaker the next
	// sentence's pronoun means.
	add(auditRow{class: "at-place/office at place",
		text:     "Foreign minister Hadi Rahman said on Tuesday the talks would resume.\n\nThe minister was exchanging views with reporters at his office at Kemal Bagh in the capital in the afternoon.\n\nHe told the media that a total of 90 traders had been fined.",
		want:     []quote{{"Hadi Rahman", auI, "the talks would resume"}, {"Hadi Rahman", auI, "a total of 90 traders had been fined"}},
		speakers: []string{"Hadi Rahman"}})
	add(auditRow{class: "at-place/office at place, he added",
		text:     "Mayor Ines Carro said the market would move.\n\nShe spoke at her office at Dorran Hill on Monday. Some stalls were also closed, she added.",
		want:     []quote{{"Ines Carro", auI, "the market would move"}, {"Ines Carro", auI, "Some stalls were also closed"}},
		speakers: []string{"Ines Carro"}})
	add(auditRow{class: "at-place/rally at grounds",
		text:     "Party leader Ines Carro said the vote was fair.\n\nShe addressed a rally at Tarvo Grounds on Sunday. The turnout was high, she added.",
		want:     []quote{{"Ines Carro", auI, "the vote was fair"}, {"Ines Carro", auI, "The turnout was high"}},
		speakers: []string{"Ines Carro"}})
	add(auditRow{class: "at-place/near: owner's house after at",
		text:     "The talks were held at his office at Hadi Rahman's request.\n\nRahman said the talks would resume.",
		want:     []quote{{"Hadi Rahman", auI, "the talks would resume"}},
		speakers: []string{"Hadi Rahman"}})
	add(auditRow{class: "at-place/near: person met at office",
		text:     "The minister met Hadi Rahman at his office on Monday.\n\nRahman said the talks would resume.",
		want:     []quote{{"Hadi Rahman", auI, "the talks would resume"}},
		speakers: []string{"Hadi Rahman"}})

	// portfolio: "Minister of X and Y, NAME" names one office; Y is no
	// person, and the name is the one after the comma.
	add(auditRow{class: "portfolio/and title before comma name",
		text:     "The Minister of Plantation and Estate Roads, Dela Fonseka, said the estates would be repaired.\n\nHe claimed that the work would start in May.",
		want:     []quote{{"Dela Fonseka", auI, "the estates would be repaired"}, {"Dela Fonseka", auI, "the work would start in May"}},
		speakers: []string{"Dela Fonseka"}})
	add(auditRow{class: "portfolio/and title, name stated at end",
		text:     "Unlike last year, the budget will cover every district, the Minister of Plantation and Estate Roads, Dela Fonseka stated.\n\nHe claimed that the work would start in May.",
		want:     []quote{{"Dela Fonseka", auI, "Unlike last year, the budget will cover every district"}, {"Dela Fonseka", auI, "the work would start in May"}},
		speakers: []string{"Dela Fonseka"}})
	add(auditRow{class: "portfolio/and title without comma",
		text:     "Minister of Lands and Rural Resettlement Anxious Morva said the farms would be returned.",
		want:     []quote{{"Anxious Morva", auI, "the farms would be returned"}},
		speakers: []string{"Anxious Morva"}})
	add(auditRow{class: "portfolio/and title, name said at end",
		text:     "The dam will be finished by June, the Minister of Water and Sanitation, Ruth Adewale said.",
		want:     []quote{{"Ruth Adewale", auI, "The dam will be finished by June"}},
		speakers: []string{"Ruth Adewale"}})
	// (Rows added with the fix, in the pool's shape: the title alone.)
	add(auditRow{class: "portfolio/title alone, remit past and",
		text:     "The Minister of Plantation and Community Infrastructure said the estates would be repaired.",
		want:     []quote{{"", auI, "the estates would be repaired"}},
		speakers: []string{}})
	add(auditRow{class: "portfolio/title alone, two-word remit past and",
		text:     "The Minister of Lands and Estate Roads said the farms would be returned.",
		want:     []quote{{"", auI, "the farms would be returned"}},
		speakers: []string{}})
	add(auditRow{class: "portfolio/near: one-word remit then holder",
		text:     "Minister of Works and Housing Babatunde Okafor said the bridge would open in May.",
		want:     []quote{{"Babatunde Okafor", auI, "the bridge would open in May"}},
		speakers: []string{"Babatunde Okafor"}})
	add(auditRow{class: "portfolio/title set off without and",
		text: "The dam will be finished by June, the water minister, Ruth Adewale said.",
		want: []quote{{"Ruth Adewale", auI, "The dam will be finished by June"}}})
	add(auditRow{class: "portfolio/near: a list with a title ends the clause",
		text: "The prize went to the council, the school board and the mayor, Ruth Adewale said.",
		want: []quote{{"Ruth Adewale", auI, "The prize went to the council, the school board and the mayor"}}})
	add(auditRow{class: "portfolio/near: two people joined",
		text: "Tomas Grey and Lina Holt said the fund was empty.",
		want: []quote{{"", auI, "the fund was empty"}}})

	// represented: "NAME, represented by NAME2, said": the one
	// represented gives the speech that the deputy reads out.
	add(auditRow{class: "represented/director represented by officer",
		text:     "The Director of Fisheries, Mr. Wale Ojo, represented by Mr. Paul Eze said the project was aimed at better livelihoods.",
		want:     []quote{{"Wale Ojo", auI, "the project was aimed at better livelihoods"}},
		speakers: []string{"Wale Ojo"}})
	add(auditRow{class: "represented/governor represented by name, commas",
		text:     "Governor Ada Obi, represented by Tomas Eke, said the roads would be fixed.",
		want:     []quote{{"Ada Obi", auI, "the roads would be fixed"}},
		speakers: []string{"Ada Obi"}})
	add(auditRow{class: "represented/near: the representative speaks for himself",
		text:     "Tomas Eke, who represented Governor Ada Obi, said the roads would be fixed.",
		want:     []quote{{"Tomas Eke", auI, "the roads would be fixed"}},
		speakers: []string{"Tomas Eke"}})
	add(auditRow{class: "represented/near: represented by, then a relative",
		text:     "The team was represented by Tomas Eke, who said the roads would be fixed.",
		want:     []quote{{"Tomas Eke", auI, "the roads would be fixed"}},
		speakers: []string{"Tomas Eke"}})

	// letter-request: "sent a letter to X on DATE, asking to V": a request
	// with no hearer named after a letter sent or written, as after
	// "wrote to the embassy asking to".
	add(auditRow{class: "letter-request/sent a letter, date, comma",
		text:     "The Tarvo Revenue Unit sent a letter to all banks on 12 September, asking to provide details of the accounts of 11 traders.",
		want:     []quote{{"Tarvo Revenue Unit", auI, "to provide details of the accounts of 11 traders"}},
		speakers: []string{"Tarvo Revenue Unit"}})
	add(auditRow{class: "letter-request/wrote to, comma",
		text:     "The Tarvo Revenue Unit wrote to all banks, asking to provide details of the accounts.",
		want:     []quote{{"Tarvo Revenue Unit", auI, "to provide details of the accounts"}},
		speakers: []string{"Tarvo Revenue Unit"}})
	add(auditRow{class: "letter-request/near: a parcel sent, no letter",
		text: "The Tarvo Revenue Unit sent a parcel to all banks, asking to be paid.",
		want: []quote{}, exact: true, speakers: []string{}})

	// reporter: "according to Radio Kesh reporter Mila Duran" relays; the
	// reporter is no speaker (like the outlet).
	add(auditRow{class: "reporter/according to outlet reporter",
		text:     "Several senators on Wednesday denied that they had seen the document, according to Radio Kesh reporter Mila Duran.",
		want:     []quote{{"", auI, "they had seen the document"}},
		speakers: []string{}})
	// (Two rows added after the first pass: the pool's shape, no that.)
	add(auditRow{class: "reporter/according to lower-case outlet reporter",
		text:     "The senators denied the claims, according to kzBB reporter Nimra Valdo.",
		speakers: []string{}})
	add(auditRow{class: "reporter/according to outlet correspondent",
		text:     "Two ministers walked out of the meeting, according to Radio Kesh correspondent Nimra Valdo.",
		speakers: []string{}})
	add(auditRow{class: "reporter/near: reporter who speaks",
		text:     "Radio Kesh reporter Mila Duran said the senators had left the chamber.",
		want:     []quote{{"Mila Duran", auI, "the senators had left the chamber"}},
		speakers: []string{"Mila Duran"}})

	// against-org: a body named "Campaign Against X of Y (ACRONYM)" is
	// one name; its tail ("Schools") is no body of its own.
	add(auditRow{class: "against-org/campaign against with acronym",
		text:     "The Campaign Against Privatisation of Schools (CAPS) has suggested that the scholarships should go to poor households.",
		want:     []quote{{"Campaign Against Privatisation of Schools", auI, "the scholarships should go to poor households"}},
		speakers: []string{"Campaign Against Privatisation of Schools"}})
	add(auditRow{class: "against-org/cause joined by and, then of",
		text:     "The Campaign Against Privatisation and Commercialization of Schools (CAPS) has suggested that the scholarships should go to poor households.\n\nMr. Jon Kove, the convener of CAPS, said the system was unfair.",
		want:     []quote{{"Campaign Against Privatisation and Commercialization of Schools", auI, "the scholarships should go to poor households"}, {"Jon Kove", auI, "the system was unfair"}},
		speakers: []string{"Campaign Against Privatisation and Commercialization of Schools", "Jon Kove"}})
	add(auditRow{class: "against-org/near: its head speaks",
		text:     "Lina Holt, head of the Campaign Against Land Grabs, said the survey had been faked.",
		want:     []quote{{"Lina Holt", auI, "the survey had been faked"}},
		speakers: []string{"Lina Holt"}})
	add(auditRow{class: "against-org/coalition against",
		text:     "The Coalition Against Land Grabs said the survey had been faked.",
		want:     []quote{{"Coalition Against Land Grabs", auI, "the survey had been faked"}},
		speakers: []string{"Coalition Against Land Grabs"}})

	// title-object: a description ("the former Majority Leader") after a
	// sentence whose subject holds that office and whose object is another
	// person: the description is the subject's.
	add(auditRow{class: "title-object/former leader advises successor",
		text:     "Former Varna MP Osei Talbot has advised his successor, Kofi Mensa, to remain focused.\n\nSpeaking in an interview, the former Majority Leader acknowledged that it is too early to assess Mr. Mensa's work.\n\n\"You can't assess him yet,\" he said.",
		want:     []quote{{"Osei Talbot", auI, "his successor, Kofi Mensa, to remain focused"}, {"Osei Talbot", auI, "it is too early to assess Mr. Mensa's work"}, {"Osei Talbot", auD, "You can't assess him yet"}},
		speakers: []string{"Osei Talbot"}})

	add(auditRow{class: "title-object/pronoun after a sentence between", known: "pronoun: the reported clause's \"he\" (the object) carries over a non-cue sentence to the next \"he said\"",
		text:     "Former Varna MP Osei Talbot has advised his successor, Kofi Mensa, to remain focused.\n\nSpeaking in an interview, the former Majority Leader acknowledged that it is too early to assess Mr. Mensa's work as he is still new.\n\nHe compared it to a government being assessed after its first 100 days.\n\n\"You can't assess him yet,\" he said.",
		want:     []quote{{"Osei Talbot", auI, "it is too early to assess Mr. Mensa's work as he is still new"}, {"Osei Talbot", auD, "You can't assess him yet"}},
		speakers: []string{"Osei Talbot"}})
	add(auditRow{class: "title-object/thanked his wife, the minister said",
		text:     "Labour Minister Tomas Ekwe thanked his wife, Ama Ekwe, for her support.\n\nAt the dinner, the minister said that the strike had ended.",
		want:     []quote{{"Tomas Ekwe", auI, "the strike had ended"}},
		speakers: []string{"Tomas Ekwe"}})
	add(auditRow{class: "title-object/near: successor opens the sentence",
		text:     "His successor, Kofi Mensa, said the office was ready.",
		want:     []quote{{"Kofi Mensa", auI, "the office was ready"}},
		speakers: []string{"Kofi Mensa"}})

	// while-subject: "NAME while handing over X to NAME2, ..., explained
	// that": the subject before the while clause speaks.
	add(auditRow{class: "while-subject/handing over to",
		text:     "Dele Okon while symbolically handing over the letter to Femi Adaka, a striker in the then team, explained that the houses were shared across the states.",
		want:     []quote{{"Dele Okon", auI, "the houses were shared across the states"}},
		speakers: []string{"Dele Okon"}})

	add(auditRow{class: "while-subject/then he said",
		text:     "Dele Okon while handing over the keys to Femi Adaka, a striker in the old team, explained that the houses were shared across the states.\n\nHe said some members collected theirs in Lagos.",
		want:     []quote{{"Dele Okon", auI, "the houses were shared across the states"}, {"Dele Okon", auI, "some members collected theirs in Lagos"}},
		speakers: []string{"Dele Okon"}})
	add(auditRow{class: "while-subject/near: when asked opens the sentence",
		text:     "When asked about the houses, Femi Adaka said they were ready.",
		want:     []quote{{"Femi Adaka", auI, "they were ready"}},
		speakers: []string{"Femi Adaka"}})
	add(auditRow{class: "while-subject/near: aside with its own speaker",
		text:     "Dele Okon while handing over the keys to Femi Adaka said the houses were ready.",
		want:     []quote{{"Dele Okon", auI, "the houses were ready"}},
		speakers: []string{"Dele Okon"}})

	// fronted: a content clause opening with a fronted adverbial ("said
	// that instead of X, he ...", "said since taking over, he ...").
	add(auditRow{class: "fronted/that instead of",
		text: "Ada Kirani on Wednesday said that instead of keeping departments herself, she prefers to monitor the work of each minister.",
		want: []quote{{"Ada Kirani", auI, "instead of keeping departments herself, she prefers to monitor the work of each minister"}}})
	add(auditRow{class: "fronted/since taking over",
		text: "Governor Tomas Kerr said since taking over, he had managed to buy more lorries for the city.",
		want: []quote{{"Tomas Kerr", auI, "since taking over, he had managed to buy more lorries for the city"}}})
	add(auditRow{class: "fronted/after the vote",
		text: "Lina Holt said that after the vote, the council would meet again.",
		want: []quote{{"Lina Holt", auI, "after the vote, the council would meet again"}}})
	add(auditRow{class: "fronted/that after meeting",
		text: "Lina Holt said that after meeting the envoys, the council would vote again.",
		want: []quote{{"Lina Holt", auI, "after meeting the envoys, the council would vote again"}}})
	add(auditRow{class: "fronted/near: denied that, then a gerund aside", known: "demonstrative: the aside after \"denied that\" is taken for its clause (so already at 890dd47a, before the fix)",
		text: "Lina Holt denied that after meeting the envoys, and left the hall.",
		want: []quote{}, exact: true})
	add(auditRow{class: "fronted/aux adverbial said",
		text: "Mr Tomas Pell has in more than one occasion said the incumbent has failed to clear the garbage.",
		want: []quote{{"Tomas Pell", auI, "the incumbent has failed to clear the garbage"}}})
	add(auditRow{class: "fronted/aux on several occasions said",
		text: "Tomas Pell has on several occasions said the council had no money left.",
		want: []quote{{"Tomas Pell", auI, "the council had no money left"}}})
	add(auditRow{class: "fronted/near: occasions inside a relative clause",
		text: "Lina Holt, who has on several occasions met the envoys, said the talks were stuck.",
		want: []quote{{"Lina Holt", auI, "the talks were stuck"}}})
	add(auditRow{class: "fronted/near: since as cause",
		text: "Tomas Kerr said the city was short of lorries since the fire.",
		want: []quote{{"Tomas Kerr", auI, "the city was short of lorries since the fire"}}})
	return rows
}

func TestAuditS19D6(t *testing.T) { runAudit(t, "d6", d6Rows(), *auditKnown) }
