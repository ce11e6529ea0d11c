package extract_test

import "testing"

// Session 22, tuner h4: attribution classes of the s21 pools.
//
// Shape "counsel": in a court report, a party's lawyer described and not
// named ("The petitioner's counsel stated", "the counsel said") after a
// judge titled "Justice" ("Justice Omar Velk observed") is nobody: the
// bench is no lawyer, however recent. Near misses: "the judge" after the
// same judge (still the judge), a lawyer the text names ("counsel Ilse
// Marr") then "the counsel said", a Minister of Justice (no judge).
// First pass (before the fix): 4/8 rows.
func h4CounselRows() []auditRow {
	return []auditRow{
		{class: "counsel/party", text: "At the outset of the hearing, Justice Omar Velk observed that the union had already called off its march.\n\nThe petitioner's counsel stated that the city had not decided on the application.",
			want: []quote{{"Omar Velk", auI, "the union had already called off its march"}, {"", auI, "the city had not decided on the application"}}},
		{class: "counsel/party", text: "Justice Hana Trell asked why the march went ahead without approval.\n\nThe counsel said the police had beaten the marchers.",
			want: []quote{{"Hana Trell", auI, "why the march went ahead without approval"}, {"", auI, "the police had beaten the marchers"}}},
		{class: "counsel/party", text: "Chief Justice Pavel Orrin remarked that the law was plain.\n\nHowever, the petitioner's lawyer said any citizen could approach the court.",
			want: []quote{{"Pavel Orrin", auI, "the law was plain"}, {"", auI, "any citizen could approach the court"}}},
		{class: "counsel/party", text: "Justice Mirela Stan said the bench would hear the plea on Monday.\n\nThe defence lawyer said his client had been held for a month without charge.",
			want: []quote{{"Mirela Stan", auI, "the bench would hear the plea on Monday"}, {"", auI, "his client had been held for a month without charge"}}},
		// Near misses.
		{class: "counsel/near", text: "Justice Omar Velk observed that the union had already called off its march.\n\nThe judge said the petitioner should have gone to the city first.",
			want: []quote{{"Omar Velk", auI, "the union had already called off its march"}, {"Omar Velk", auI, "the petitioner should have gone to the city first"}}},
		{class: "counsel/near", text: "Justice Omar Velk heard the plea of the union, argued by counsel Ilse Marr.\n\nThe counsel said the police had beaten the marchers.",
			want: []quote{{"Ilse Marr", auI, "the police had beaten the marchers"}}},
		{class: "counsel/near", text: "Minister of Justice Tomas Brenn met the union on Monday.\n\nThe minister said the march could go ahead.",
			want: []quote{{"Tomas Brenn", auI, "the march could go ahead"}}},
		{class: "counsel/near", text: "Justice Hana Trell granted the request on Monday.\n\nShe said the witness could testify on Friday.",
			want: []quote{{"Hana Trell", auI, "the witness could testify on Friday"}}},
	}
}

// Shape "partylawyer": a party's lawyer described by the party's part
// ("the petitioner's lawyer said", "the defendant's counsel argued")
// after a party and a law officer of the state are named is nobody, and
// so is the "he" that goes on for him. Near misses: a lawyer named
// before ("Ilse Marr, the petitioner's lawyer, ... the petitioner's
// lawyer said"), "the attorney general said" (the law officer), a party
// speaking for itself ("The petitioner said").
// First pass (before the fix): 2/6 rows (the last near miss failed
// before the fix as well; kept as a known failure).
func h4PartyLawyerRows() []auditRow {
	lead := "KESSEL: The high court on Friday reserved its verdict on a plea against the arrests.\n\n"
	return []auditRow{
		{class: "partylawyer/party", text: lead + "Emil Strand has filed the petition. Attorney General Ravi Mehr pointed out that no illegal arrest had been made.\n\nHowever, the petitioner's lawyer said any citizen could approach the court. He said party workers had been kept in detention.",
			want: []quote{{"Ravi Mehr", auI, "no illegal arrest had been made"}, {"", auI, "any citizen could approach the court"}, {"", auI, "party workers had been kept in detention"}}},
		{class: "partylawyer/party", text: lead + "Marta Veld, a trader, brought the case. Advocate General Tomas Lund said the arrests were lawful.\n\nThe defendant's counsel argued that the police had no warrant.",
			want: []quote{{"Tomas Lund", auI, "the arrests were lawful"}, {"", auI, "the police had no warrant"}}},
		{class: "partylawyer/party", text: lead + "Justice Pavel Orrin heard the plea of Ida Farn.\n\nThe petitioner's counsel stated that the city had not decided on the application.",
			want: []quote{{"", auI, "the city had not decided on the application"}}},
		// Near misses.
		{class: "partylawyer/near", text: lead + "Ilse Marr, the petitioner's lawyer, filed a new plea. Attorney General Ravi Mehr said no arrest had been made.\n\nThe petitioner's lawyer said the workers had been held for a week.",
			want: []quote{{"Ravi Mehr", auI, "no arrest had been made"}, {"Ilse Marr", auI, "the workers had been held for a week"}}},
		{class: "partylawyer/near", text: lead + "Emil Strand has filed the petition. Attorney General Ravi Mehr was in court.\n\nThe attorney general said no illegal arrest had been made.",
			want: []quote{{"Ravi Mehr", auI, "no illegal arrest had been made"}}},
		{class: "partylawyer/near", text: lead + "Emil Strand has filed the petition against the arrests.\n\nThe petitioner said he had been held for a week.",
			want:  []quote{{"Emil Strand", auI, "he had been held for a week"}},
			known: "party-part: 'the petitioner' is no description the engine resolves to the one who filed the plea (fails before the fix too)"},
	}
}

// Shape "letters-in-place": a body's name with its letters in brackets,
// then "in" and a place, as the sentence's subject ("The Provincial
// Relief Authority (PRA) in Tarvik on Thursday said that ..."): the body
// speaks, not the place. Near misses: the same without the letters
// (already the body), the body as an object ("Troops raided the ...
// (PRA) in Tarvik, officials said"), a person of the body ("The head of
// the ... (PRA) in Tarvik said": not the body).
// First pass (before the fix): 4/7 rows (every near miss passed, and
// "the survey released by" already did).
func h4LettersInPlaceRows() []auditRow {
	return []auditRow{
		{class: "letters/body", text: "The Provincial Relief Authority (PRA) in Tarvik on Thursday said that a rescue operation was under way in Osk district.",
			want: []quote{{"Provincial Relief Authority", auI, "a rescue operation was under way in Osk district"}}},
		{class: "letters/body", text: "The Norland Flood Commission (NFC) in Vessen said the river was flowing in high flood.",
			want: []quote{{"Norland Flood Commission", auI, "the river was flowing in high flood"}}},
		{class: "letters/body", text: "The Kessel Water and Power Board (KWPB) in Harrow on Monday said that supply would resume by evening.",
			want: []quote{{"Kessel Water and Power Board", auI, "supply would resume by evening"}}},
		{class: "letters/body", text: "Heavy rain lashed the coast on Sunday.\n\nThe Coastal Disaster Agency (CDA) in Marrow said 40 families had been moved to camps.",
			want: []quote{{"Coastal Disaster Agency", auI, "40 families had been moved to camps"}}},
		// Near misses.
		{class: "letters/near", text: "The Provincial Relief Authority in Tarvik on Thursday said that a rescue operation was under way in Osk district.",
			want: []quote{{"Provincial Relief Authority", auI, "a rescue operation was under way in Osk district"}}},
		{class: "letters/near", text: "Troops raided the Provincial Relief Authority (PRA) in Tarvik on Thursday, officials said.",
			want: []quote{{"", auI, "Troops raided the Provincial Relief Authority (PRA) in Tarvik on Thursday"}}},
		{class: "letters/near", text: "Ilse Varga, the head of the Provincial Relief Authority (PRA) in Tarvik, said the camps were full.",
			want: []quote{{"Ilse Varga", auI, "the camps were full"}}},
	}
}

// Shape "tradefirm": a one-word name of no known kind, the subject of a
// sentence about its trade's own goods ("Skyvo has apologised after
// cancelling several flights"), or with its own "its" ("Skyvo cancelled
// more than half of its flights"), then "the airline said", "the
// retailer said": that firm. Near misses: a person the subject ("Ilse
// Varga cancelled ... flights"), goods of another trade ("Brightmart
// cancelled several flights ... the retailer"), two firms ("Skyvo and
// Jetta cancelled"), a word for no firm ("the union said").
// First pass (before the fix): 5/9 rows (every near miss passed, no
// positive did).
func h4TradeFirmRows() []auditRow {
	return []auditRow{
		{class: "tradefirm/firm", text: "Skyvo has apologised after cancelling several flights at Tarvik Airport.\n\nFive flights were cancelled last week.\n\nThe airline said the problems were down to operational reasons.",
			want: []quote{{"Skyvo", auI, "the problems were down to operational reasons"}}},
		{class: "tradefirm/firm", text: "Skyvo cancelled more than half of its flights on Tuesday.\n\nThe airline said the problems were down to operational reasons.",
			want: []quote{{"Skyvo", auI, "the problems were down to operational reasons"}}},
		{class: "tradefirm/firm", text: "Brightmart will close 40 stores across the north next month.\n\nThe retailer said about 900 jobs were at risk.",
			want: []quote{{"Brightmart", auI, "about 900 jobs were at risk"}}},
		{class: "tradefirm/firm", text: "Hollinde has rejected thousands of flood claims since March.\n\nThe insurer said every claim was checked twice.",
			want: []quote{{"Hollinde", auI, "every claim was checked twice"}}},
		// Near misses.
		{class: "tradefirm/near", text: "Ilse Varga cancelled several flights at Tarvik Airport.\n\nThe airline said the problems were down to operational reasons.",
			want: []quote{{"", auI, "the problems were down to operational reasons"}}},
		{class: "tradefirm/near", text: "Brightmart has cancelled several flights on Monday.\n\nThe retailer said the trips were not needed.",
			want: []quote{{"", auI, "the trips were not needed"}}},
		{class: "tradefirm/near", text: "Skyvo and Jetta cancelled several flights on Monday.\n\nThe airline said the problems were down to operational reasons.",
			want: []quote{{"", auI, "the problems were down to operational reasons"}}},
		{class: "tradefirm/near", text: "Skyvo cancelled several flights on Monday.\n\nThe union said pilots had not been paid.",
			want: []quote{{"", auI, "pilots had not been paid"}}},
		{class: "tradefirm/near", text: "Skyvo has apologised after cancelling several flights at Tarvik Airport.\n\nThe airport said the problems were down to the airline.",
			want: []quote{{"Tarvik Airport", auI, "the problems were down to the airline"}}},
	}
}

// Shape "madedoc": a document made by a named body, the participle of
// its making between ("An annual report filed by the Tarvik Water Board
// gave the plant two stars, saying ..."), speaks for the body, in the
// participle after it and in "the report said" later; so with the body
// described ("filed by the regional council"). Near misses: a report
// only ordered by the body ("commissioned by"), a report a person read
// ("Ilse Varga read a report ..."), a report of no named maker, a study
// an institution released ("a new study released by the Tarvik Museum":
// its researchers' work, nobody's in particular).
// First pass (before the fix): 5/8 rows (every near miss passed, and
// "the survey released by" already did).
func h4MadeDocRows() []auditRow {
	return []auditRow{
		{class: "madedoc/author", text: "An annual report filed by the Tarvik Water Board gave the plant two stars, saying there were breaches of its permit.\n\nThe board received 422 complaints in 2022, the report said.",
			want: []quote{{"Tarvik Water Board", auI, "there were breaches of its permit"}, {"Tarvik Water Board", auI, "The board received 422 complaints in 2022"}}},
		{class: "madedoc/author", text: "More than 400 complaints were lodged with the Tarvik Regional Council last year.\n\nAn annual report filed by the regional council gave the plant two stars, saying there were breaches of its permit.",
			want: []quote{{"Tarvik Regional Council", auI, "there were breaches of its permit"}}},
		{class: "madedoc/author", text: "A review published by the Kessel Audit Office on Monday graded the scheme poor, warning that costs could double.",
			want: []quote{{"Kessel Audit Office", auI, "costs could double"}}},
		{class: "madedoc/author", text: "A survey released by the Norland Farmers Union rated the harvest as fair.\n\nMost growers expect lower prices next year, the survey said.",
			want: []quote{{"Norland Farmers Union", auI, "Most growers expect lower prices next year"}}},
		// Near misses.
		{class: "madedoc/near", text: "A review commissioned by the Kessel Audit Office graded the scheme poor, warning that costs could double.",
			want: []quote{{"", auI, "costs could double"}}},
		{class: "madedoc/near", text: "In a new study released by the Tarvik Museum of Nature on Monday, scientists report frogs grew spikes 25 times.\n\nAccording to the study, the spikes came with large prey.",
			want: []quote{{"", auI, "the spikes came with large prey"}}},
		{class: "madedoc/near", text: "An annual report gave the plant two stars, saying there were breaches of its permit.",
			want: []quote{{"", auI, "there were breaches of its permit"}}},
		{class: "madedoc/near", text: "Ilse Varga read a report filed by the Tarvik Water Board on Monday.\n\nShe said the plant had breached its permit.",
			want: []quote{{"Ilse Varga", auI, "the plant had breached its permit"}}},
	}
}

// Shape "twoplaces": a body named for two places joined by "and" ("the
// Tarvik and Osk City Council") is one body, whose document ("A Tarvik
// and Osk City Council housing panel report said") speaks for it. Near
// misses: two bodies' data ("Vell Reserve and Commerce Department data
// show", "Treasury and Commerce Department data show"): no one body's.
// First pass (before the fix): 3/5 rows.
func h4TwoPlacesRows() []auditRow {
	return []auditRow{
		{class: "twoplaces/body", text: "A Tarvik and Osk City Council housing management panel report said that as a result residents wanted double yellow lines.",
			want: []quote{{"Tarvik and Osk City Council", auI, "as a result residents wanted double yellow lines"}}},
		{class: "twoplaces/body", text: "Rubbish is piling up on the estate.\n\nA Marrow and Vell District Council report said that bins were collected only once a fortnight.",
			want: []quote{{"Marrow and Vell District Council", auI, "bins were collected only once a fortnight"}}},
		// Near misses.
		{class: "twoplaces/near", text: "Vell Reserve and Commerce Department data show that prices rose in May.",
			want: []quote{{"", auI, "prices rose in May"}}},
		{class: "twoplaces/near", text: "Treasury and Commerce Department data show that prices rose in May.",
			want: []quote{{"", auI, "prices rose in May"}}},
		{class: "twoplaces/near", text: "The Tarvik and Osk City Council said that residents wanted double yellow lines.",
			want: []quote{{"Tarvik and Osk City Council", auI, "residents wanted double yellow lines"}}},
	}
}

// Shape "leadit": a lead's description of a body linked to the body the
// story names below ("The fire service said ..." and later "of Tarvik
// Fire and Rescue Service"), then "It said ..." in the next sentence:
// the same body, though the pronoun was read before the link was made.
// Near misses: "she said" after the body (no body's pronoun), "It" two
// sentences on with another sentence between.
// First pass (before the fix): 2/4 rows.
func h4LeadItRows() []auditRow {
	tail := "\n\nIncident commander Ivo Lenn, of Tarvik Fire and Rescue Service, said: \"Our crews turned up to really arduous conditions.\""
	return []auditRow{
		{class: "leadit/body", text: "A wildfire on a common has forced people to leave their homes.\n\nThe fire service said 15 people from seven homes had to leave.\n\nIt said the fire spread across 35 hectares but was dealt with by 17:00." + tail,
			want: []quote{{"Tarvik Fire and Rescue Service", auI, "15 people from seven homes had to leave"}, {"Tarvik Fire and Rescue Service", auI, "the fire spread across 35 hectares but was dealt with by 17:00"}}},
		{class: "leadit/body", text: "A wildfire on a common has forced people to leave their homes.\n\nThe fire service said 15 people from seven homes had to leave. It said the fire spread across 35 hectares." + tail,
			want: []quote{{"Tarvik Fire and Rescue Service", auI, "15 people from seven homes had to leave"}, {"Tarvik Fire and Rescue Service", auI, "the fire spread across 35 hectares"}}},
		// Near misses.
		{class: "leadit/near", text: "A wildfire on a common has forced people to leave their homes.\n\nThe fire service said 15 people from seven homes had to leave.\n\nShe said the fire spread across 35 hectares." + tail,
			want: []quote{{"", auI, "the fire spread across 35 hectares"}}},
		{class: "leadit/near", text: "A wildfire on a common has forced people to leave their homes.\n\nThe fire service said 15 people from seven homes had to leave. Roads were closed for hours.\n\nIt said the fire spread across 35 hectares." + tail,
			want: []quote{{"", auI, "the fire spread across 35 hectares"}}},
	}
}

func TestAuditS22H4(t *testing.T) {
	rows := append(h4CounselRows(), h4PartyLawyerRows()...)
	rows = append(rows, h4LettersInPlaceRows()...)
	rows = append(rows, h4TradeFirmRows()...)
	rows = append(rows, h4MadeDocRows()...)
	rows = append(rows, h4TwoPlacesRows()...)
	runAudit(t, "h4", append(rows, h4LeadItRows()...), false)
}
