package extract_test

import "testing"

// Session 19, helper d4: a fresh audit from a pool of 30 excerpts of
// science, health, medicine and environment reporting (health services,
// agencies, university and broadcasters' science desks), kept outside
// the repository. Every sentence here is invented: fictional people,
// places and bodies, in the shapes the pool showed, with near misses
// that must not change.
//
// FIRST PASS (engine at 890dd47a, the table of 21 rows written whole and
// run once): 9/21 (0.43): acronym-body 4/5, place-body 1/2, it-acronym
// 2/2, office-runon 1/1, quoted-as-saying 0/3, long-title 1/3,
// same-surname 0/1, month-abbrev 0/2, participle-cue 0/2. body-website
// (four rows, written after the pool showed the class) ran 2/4 before
// its fix.
//
// On the pool itself the engine at 890dd47a (version 20) scored, before
// anyone tuned on it: speaker F1 0.916 (precision 0.942), quote recall
// 0.924, attribution 0.894 (direct 0.947/0.958, indirect 0.906/0.818,
// mixed 0.913/0.952); 0.914/0.944/0.924 once nine gold calls were mended
// to the house rules (single-quoted fragments are no quotation marks,
// an unnamed "public health" or report is nobody, two named hospitals
// together are nobody, a paraphrase with no cue is no quote).
//
// AFTER this branch's fixes (every repository dev set and the twelve dev
// pools unchanged or up): 50/59 rows, 9 known; the pool: speaker F1
// 0.952 (precision 0.962), quote recall 0.989, attribution 0.955. Each
// fixed class's rows were seen failing before its fix.

func d4s19Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// acronym-body: a body the story names only by its acronym, never
	// spelled out ("the HSE said"), speaks like a named body.
	add(auditRow{class: "acronym-body/according to, then said",
		text:     "There are 310 people in hospital with flu today, according to the KHSA.\n\nThe KHSA said it had planned for a surge in admissions.",
		want:     []quote{{"KHSA", auI, "There are 310 people in hospital with flu today"}, {"KHSA", auI, "it had planned for a surge in admissions"}},
		speakers: []string{"KHSA"}})
	add(auditRow{class: "acronym-body/said alone",
		text:     "The KHSA said emergency departments were always open to the sickest patients.",
		want:     []quote{{"KHSA", auI, "emergency departments were always open to the sickest patients"}},
		speakers: []string{"KHSA"}})
	add(auditRow{class: "acronym-body/they asked",
		text:     "The KHSA said wards were full.\n\nThey asked people to stay away from hospitals with colds.",
		want:     []quote{{"KHSA", auI, "wards were full"}, {"KHSA", auI, "people to stay away from hospitals with colds"}},
		speakers: []string{"KHSA"}})
	add(auditRow{class: "acronym-body/near: acronym before a person",
		text:     "KHSA chief Orla Vantry said the wards were full.",
		want:     []quote{{"Orla Vantry", auI, "the wards were full"}},
		speakers: []string{"Orla Vantry"}})
	add(auditRow{class: "acronym-body/near: unit acronym with patients",
		text:     "Patients waiting in A&E said the queues were long.",
		want:     []quote{{"", auI, "the queues were long"}},
		speakers: []string{}})

	// body-website: "found on the KHSA website" is the body's own site;
	// the body still speaks (an outlet's site is named as one).
	add(auditRow{class: "body-website/acronym body's site",
		text:     "The KHSA said wards were full.\n\nThey asked people to check visiting rules, which can be found on the KHSA website.",
		want:     []quote{{"KHSA", auI, "wards were full"}, {"KHSA", auI, "people to check visiting rules"}},
		speakers: []string{"KHSA"}})
	add(auditRow{class: "body-website/named body's site",
		text:     "The Kestland Water Board said supplies were safe.\n\nUpdates are posted on the Kestland Water Board website.",
		want:     []quote{{"Kestland Water Board", auI, "supplies were safe"}},
		speakers: []string{"Kestland Water Board"}})
	add(auditRow{class: "body-website/near: news website before the name",
		text:     "The mayor had resigned, news website Tarnpost reported.",
		want:     []quote{{"", auI, "The mayor had resigned"}},
		speakers: []string{}})
	add(auditRow{class: "body-website/near: magazine after the name",
		text:     "The dam was unsafe, Harbour magazine said in an editorial.",
		speakers: []string{}})

	// place-body: a place in front of a lower-case body ("the Norland
	// department of agriculture") is not itself the speaker.
	add(auditRow{class: "place-body/figures compiled by",
		text:     "Milk output rose 2% nationally, but figures compiled by the Norland department of agriculture show that it was down 4% in Calder.",
		want:     []quote{{"", auI, "it was down 4% in Calder"}},
		speakers: []string{}})
	add(auditRow{class: "place-body/known country, figures compiled by",
		text:     "Catches rose 2% in Calder, but figures compiled by the UK department of fisheries show that they fell 4% in Harwick.",
		want:     []quote{{"", auI, "they fell 4% in Harwick"}},
		speakers: []string{}})
	add(auditRow{class: "place-body/known country, data from",
		text:     "Data from the US department of energy show that output fell.",
		want:     []quote{{"", auI, "output fell"}},
		speakers: []string{}})
	add(auditRow{class: "place-body/near: the country's own data",
		text:     "Data from the UK show that output fell.",
		want:     []quote{{"UK", auI, "output fell"}},
		speakers: []string{"UK"}})
	add(auditRow{class: "place-body/near: a body's capitalised name",
		text:     "Data from the Norland Institute of Health show that cases fell.",
		want:     []quote{{"Norland Institute of Health", auI, "cases fell"}},
		speakers: []string{"Norland Institute of Health"}})
	add(auditRow{class: "place-body/near: country said",
		text:     "Norland said the border would reopen on Monday.",
		want:     []quote{{"Norland", auI, "the border would reopen on Monday"}},
		speakers: []string{"Norland"}})

	// it-acronym: "it said" after a sentence whose subject is a body is
	// the body, not an acronym glossed in brackets at the sentence's end.
	add(auditRow{class: "it-acronym/bracket gloss",
		text:     "In a report, the Kelby Hospitals Trust admitted there had been problems at Accident & Emergency (A&E).\n\nThere had also been problems with bed blocking, it said.",
		want:     []quote{{"Kelby Hospitals Trust", auI, "there had been problems at Accident & Emergency (A&E)"}, {"Kelby Hospitals Trust", auI, "There had also been problems with bed blocking"}},
		speakers: []string{"Kelby Hospitals Trust"}})
	add(auditRow{class: "it-acronym/acronym inside the last clause reported",
		text:     "In a report, the Kelby Hospitals Trust admitted there had been problems at Accident & Emergency (A&E).\n\nIt said waits of four hours in A&E were caused by the booking system.\n\nThere had also been problems with bed blocking, it said.",
		want:     []quote{{"Kelby Hospitals Trust", auI, "waits of four hours in A&E were caused by the booking system"}, {"Kelby Hospitals Trust", auI, "There had also been problems with bed blocking"}},
		speakers: []string{"Kelby Hospitals Trust"}})
	add(auditRow{class: "it-acronym/named body inside the last clause reported",
		text:     "The Kelby Water Board said on Monday that supplies were safe.\n\nIt said levels at the Arden Dam Company were normal.\n\nRationing would not be needed, it said.",
		want:     []quote{{"Kelby Water Board", auI, "levels at the Arden Dam Company were normal"}, {"Kelby Water Board", auI, "Rationing would not be needed"}},
		speakers: []string{"Kelby Water Board"}})
	add(auditRow{class: "it-acronym/near: company after a preposition in the narrative",
		text:     "Shares in Pellam Freight fell 4% on Monday.\n\nProfit would fall this year, it said.",
		want:     []quote{{"Pellam Freight", auI, "Profit would fall this year"}},
		speakers: []string{"Pellam Freight"}})
	add(auditRow{class: "it-acronym/near: body named by acronym",
		text:     "The Kelby Water Board (KWB) said reservoirs were low.\n\nSupplies would last the summer, it said.",
		want:     []quote{{"Kelby Water Board", auI, "reservoirs were low"}, {"Kelby Water Board", auI, "Supplies would last the summer"}},
		speakers: []string{"Kelby Water Board"}})

	// office-runon: a list "X of the Office of A and Y of the Office of
	// B" is two people and two offices, not one body named across the
	// "and".
	add(auditRow{class: "office-runon/two researchers, then the agency's findings",
		text:     "Two researchers from the Kestland Environment Agency were on the team: Mara Odell of the agency's Office of Water Quality and Standards and Piet Lunde of the Office of Field Research.\n\nAccording to the agency's own findings, the new rules will cause 300 more deaths a year.",
		want:     []quote{{"Kestland Environment Agency", auI, "the new rules will cause 300 more deaths a year"}},
		speakers: []string{"Kestland Environment Agency"}})

	// quoted-as-saying: "..., the report quoted X as saying." and "...,
	// the Courier reported scientists as saying" hand the clause before
	// them to X (or to nobody); the outlet never speaks.
	add(auditRow{class: "quoted-as-saying/report quoted person",
		text:     "The shrinking lakes were now the clearest warning of a warming climate, the report quoted Ilse Varga, head of the Norland Climate Office, as saying.",
		want:     []quote{{"Ilse Varga", auI, "The shrinking lakes were now the clearest warning of a warming climate"}},
		speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "quoted-as-saying/outlet reported scientists",
		text:     "The world's lakes are shrinking faster than at any time on record, the Calder Courier reported scientists as saying on Sunday.",
		want:     []quote{{"", auI, "The world's lakes are shrinking faster than at any time on record"}},
		speakers: []string{}})
	add(auditRow{class: "quoted-as-saying/outlet quoted person",
		text:     "The dam was safe, the Calder Courier quoted engineer Piet Lunde as saying.",
		want:     []quote{{"Piet Lunde", auI, "The dam was safe"}},
		speakers: []string{"Piet Lunde"}})

	add(auditRow{class: "quoted-as-saying/near: clause after, first cue its own",
		text: "Officials said the road was closed, and the Calder Courier quoted engineer Piet Lunde as saying the dam was safe.",
		want: []quote{{"", auI, "the road was closed"}, {"Piet Lunde", auI, "the dam was safe"}}})
	add(auditRow{class: "quoted-as-saying/near: passive quoted after the clause",
		text:     "The dam was safe, engineer Piet Lunde was quoted as saying.",
		want:     []quote{{"Piet Lunde", auI, "The dam was safe"}},
		speakers: []string{"Piet Lunde"}})

	// long-title: a long office and membership in front of a name, or an
	// appositive expert, still lets the name take the cue.
	add(auditRow{class: "long-title/consultant and member before Dr",
		text:     "Consultant in Emergency Medicine at Harwick Hospital and a member of the Consultants Committee of the KMA Dr Piet Lunde said that flu had come early.",
		want:     []quote{{"Piet Lunde", auI, "flu had come early"}},
		speakers: []string{"Piet Lunde"}})
	add(auditRow{class: "long-title/expert appositive with from",
		text:     "An expert on lake ecology, Professor Ilse Varga from Calder University, said she believed the survey showed a sixth die-off.",
		want:     []quote{{"Ilse Varga", auI, "she believed the survey showed a sixth die-off"}},
		speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "long-title/role noun before titled name of place",
		text:     "A lake expert, Professor Piet Lunde of Calder University, said the water was warming.",
		want:     []quote{{"Piet Lunde", auI, "the water was warming"}},
		speakers: []string{"Piet Lunde"}})
	add(auditRow{class: "long-title/near: colleague of a titled name",
		text:     "Ivo Dane, a colleague of Professor Lars Holm of Calder University, said the water was warming.",
		want:     []quote{{"Ivo Dane", auI, "the water was warming"}},
		speakers: []string{"Ivo Dane"}})
	add(auditRow{class: "long-title/near: office after the name",
		text:     "Mara Quell, Director of the Ostby Institute, said the water was warming.",
		want:     []quote{{"Mara Quell", auI, "the water was warming"}},
		speakers: []string{"Mara Quell"}})
	add(auditRow{class: "long-title/member of committee before Dr",
		text:     "A member of the committee Dr Lars Holm said that flu had come early.",
		want:     []quote{{"Lars Holm", auI, "flu had come early"}},
		speakers: []string{"Lars Holm"}})
	add(auditRow{class: "long-title/near: spokesman for Dr",
		text: "A spokesman for Dr Lars Holm said the clinic would reopen.",
		want: []quote{{"", auI, "the clinic would reopen"}}})
	add(auditRow{class: "long-title/body chief description",
		text:     "The chief clinical officer of the Kestland Health Service, Dr Orla Vantry, said wards were busy.\n\nThe health service chief said this may be a sign of high vaccine uptake.",
		want:     []quote{{"Orla Vantry", auI, "wards were busy"}, {"Orla Vantry", auI, "this may be a sign of high vaccine uptake"}},
		speakers: []string{"Orla Vantry"}})

	// ing-adjective: "ongoing", "upcoming" look like participles but
	// open a noun phrase: "said ongoing pressures would remain".
	add(auditRow{class: "ing-adjective/right after said",
		text:     "Orla Vantry said ongoing pressures on wards would remain.",
		want:     []quote{{"Orla Vantry", auI, "ongoing pressures on wards would remain"}},
		speakers: []string{"Orla Vantry"}})
	add(auditRow{class: "ing-adjective/after a fronted concession",
		text:     "The chief clinical officer with the Kestland Health Service has said despite the flu season reaching its peak, ongoing pressures on wards are expected to remain.",
		want:     []quote{{"Kestland Health Service", auI, "despite the flu season reaching its peak, ongoing pressures on wards are expected to remain"}},
		speakers: []string{"Kestland Health Service"}})
	add(auditRow{class: "ing-adjective/upcoming",
		text:     "Lars Holm said upcoming repairs would close the bridge.",
		want:     []quote{{"Lars Holm", auI, "upcoming repairs would close the bridge"}},
		speakers: []string{"Lars Holm"}})
	add(auditRow{class: "ing-adjective/near: a participle cue after the comma",
		text:     "Piet Lunde said the talks were over, adding that a deal was near.",
		want:     []quote{{"Piet Lunde", auI, "the talks were over"}, {"Piet Lunde", auI, "a deal was near"}},
		speakers: []string{"Piet Lunde"}})

	// order-institutions: an order to institutions ("ordered state
	// hospitals to ensure ...") has a hearer, as one to people does.
	add(auditRow{class: "order-institutions/hospitals",
		text: "Her apology comes after national health bosses ordered Harwick hospitals to tackle the failures, which have left the trust in debt.",
		want: []quote{{"", auI, "Harwick hospitals to tackle the failures"}}})
	add(auditRow{class: "order-institutions/quoted words",
		text: "The Calder health ministry ordered state hospitals to ensure \"immediate attention\" to patients.",
		want: []quote{{"Calder health ministry", auM, "state hospitals to ensure \"immediate attention\" to patients"}}})
	add(auditRow{class: "order-institutions/schools told",
		text:     "Mayor Ilse Varga told schools to close early on Friday.",
		want:     []quote{{"Ilse Varga", auI, "schools to close early on Friday"}},
		speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "order-institutions/near: goods ordered",
		text:  "The council ordered new buses to replace the old fleet.",
		want:  []quote{},
		exact: true})

	// same-surname: two people share a surname; the bare surname goes to
	// the one last named.
	add(auditRow{class: "same-surname/bare surname after the second",
		text: "At the clinic, Jonas Brekke, a teacher, said: \"I have been ill for days.\"\n\nLars Brekke, who has a farm nearby, said his cows were suffering.\n\n\"My animals feel the heat,\" Brekke said.",
		want: []quote{{"Jonas Brekke", auD, "I have been ill for days."}, {"Lars Brekke", auI, "his cows were suffering"}, {"Lars Brekke", auD, "My animals feel the heat"}}})

	add(auditRow{class: "same-surname/near: daughter introduced as kin",
		text: "Declan Ferris and his daughter Maeve Ferris run the farm.\n\n\"We lost half the herd,\" Ferris said.",
		want: []quote{{"Declan Ferris", auD, "We lost half the herd"}}})
	add(auditRow{class: "same-surname/near: one called by first name",
		text: "Jonas Brekke, a teacher, said the school was closed.\n\nLars Brekke, who farms nearby, said the cows were suffering. Lars said he had sold two.\n\n\"It is the worst summer I remember,\" Brekke said.",
		want: []quote{{"Jonas Brekke", auD, "It is the worst summer I remember"}}})
	add(auditRow{class: "same-surname/bare surname in the same paragraph",
		text: "Jonas Brekke, a teacher, said the school was closed.\n\nLars Brekke, who farms nearby, said his cows were suffering. \"My animals feel the heat,\" Brekke said.",
		want: []quote{{"Lars Brekke", auD, "My animals feel the heat"}}})

	// dated-statement: "said in a Jan. 29 statement": the date stands
	// between the article and the document's noun; no clause opens at its
	// number. (Written as "month-abbrev" in the first pass.)
	add(auditRow{class: "dated-statement/March 29",
		text:     "Travel was the first source of the cases, Lars Holm said in a March 29 statement.",
		want:     []quote{{"Lars Holm", auI, "Travel was the first source of the cases"}},
		speakers: []string{"Lars Holm"}})
	add(auditRow{class: "dated-statement/near: number opens the clause after the day",
		text:     "Lars Holm said on Monday 29 people had been taken to hospital.",
		want:     []quote{{"Lars Holm", auI, "29 people had been taken to hospital"}},
		speakers: []string{"Lars Holm"}})
	add(auditRow{class: "dated-statement/near: date after the statement",
		text:     "Travel was the first source of the cases, Lars Holm said in a statement on March 29.",
		want:     []quote{{"Lars Holm", auI, "Travel was the first source of the cases"}},
		speakers: []string{"Lars Holm"}})
	add(auditRow{class: "dated-statement/Jan. 29",
		text:     "Travel was the first source of the cases, but recent ones came from exposure at home, Chief Officer Dr. Ilse Varga said in a Jan. 29 statement.",
		want:     []quote{{"Ilse Varga", auI, "Travel was the first source of the cases, but recent ones came from exposure at home"}},
		speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "reported-inside/said, noting that",
		text:     "Chief Officer Ilse Varga spoke on Monday.\n\nMost of the cases reported in Calder involved unvaccinated people, Varga said, noting that many involve infants.",
		want:     []quote{{"Ilse Varga", auI, "Most of the cases reported in Calder involved unvaccinated people"}, {"Ilse Varga", auI, "many involve infants"}},
		speakers: []string{"Ilse Varga"}})

	add(auditRow{class: "reported-inside/cases reported since",
		text:     "Tallies of cases reported since May rose sharply, the Kestland Health Service said.",
		want:     []quote{{"Kestland Health Service", auI, "Tallies of cases reported since May rose sharply"}},
		speakers: []string{"Kestland Health Service"}})
	add(auditRow{class: "reported-inside/near: doctors reported that",
		text: "Doctors reported in the journal that the drug had failed.",
		want: []quote{{"", auI, "the drug had failed"}}})
	add(auditRow{class: "reported-inside/near: a body reported on Monday",
		text:     "The Kestland Health Service reported on Monday that cases had fallen.",
		want:     []quote{{"Kestland Health Service", auI, "cases had fallen"}},
		speakers: []string{"Kestland Health Service"}})

	// participle-cue: "with some stating ..." and "In praising X as a
	// “Y,”" carry unnamed speech.
	add(auditRow{class: "participle-cue/with some stating",
		text: "Members of the panel dismissed the link, with some stating they did not agree that soot could cause an early death.",
		want: []quote{{"", auI, "they did not agree that soot could cause an early death"}}})
	add(auditRow{class: "participle-cue/with officials saying",
		text: "The talks ended on Friday, with officials saying that a deal was near.",
		want: []quote{{"", auI, "a deal was near"}}})
	add(auditRow{class: "participle-cue/near: with a named person",
		text:     "The talks ended on Friday, with Ivo Tamm stating that a deal was near.",
		want:     []quote{{"Ivo Tamm", auI, "a deal was near"}},
		speakers: []string{"Ivo Tamm"}})
	add(auditRow{class: "participle-cue/near: with some of the money",
		text:  "The fund grew last year, with some coming from abroad.",
		want:  []quote{},
		exact: true})
	add(auditRow{class: "participle-cue/praising as fragment",
		text: "In praising the study as a “slam dunk,” one former agency scientist warned that the board “ignores it at its peril.”",
		want: []quote{{"", auD, "slam dunk"}, {"", auM, "the board “ignores it at its peril."}}})
	return rows
}

// d4s19Known lists the rows still failing, by class, with the mechanism.
var d4s19Known = map[string]string{
	"long-title/member of committee before Dr":               "long-title: \"A member of the committee Dr X said\": the titled name at the end of a description with no comma does not take the cue (a fix passed every set but did not move the pool, so it was left out)",
	"long-title/consultant and member before Dr":             "long-title: a long office and membership joined by \"and\" before \"the KMA Dr X said\" still leaves the cue without its subject",
	"long-title/near: spokesman for Dr":                      "spokesman-for: \"a spokesman for Dr X said\" credits X (fails at 890dd47a too)",
	"same-surname/bare surname after the second":             "same-surname: a bare surname two unrelated people share, neither called by first name, goes to the first named, not the one named in full just before (taking the latest cost Realnews dev speaker F1 0.004: newspaper custom gives it to the first)",
	"same-surname/bare surname in the same paragraph":        "same-surname: a bare surname two unrelated people share, neither called by first name, goes to the first named, not the one named in full just before (taking the latest cost Realnews dev speaker F1 0.004: newspaper custom gives it to the first)",
	"place-body/known country, data from":                    "place-body-opening: \"Data from the US department of energy show\" opening the sentence still credits the country (another path than the data after a comma)",
	"quoted-as-saying/near: clause after, first cue its own": "said-runs-on: a \"said\" clause runs on over \", and the Courier quoted X as saying ...\", swallowing the second source (fails at 890dd47a too)",
	"acronym-body/near: unit acronym with patients":          "unit-acronym: a hospital unit's acronym after \"in\" (\"waiting in A&E\") is taken for a body and speaks for the patients",
	"participle-cue/praising as fragment":                    "praising-as: a quoted fragment after \"praising X as a\" is left out",
}

func TestAuditS19D4(t *testing.T) {
	rows := d4s19Rows()
	for i := range rows {
		if k, ok := d4s19Known[rows[i].class]; ok {
			rows[i].known = k
		}
	}
	runAudit(t, "d4", rows, *auditKnown)
}
