package extract_test

import (
	"flag"
	"testing"
)

// Session 22, tuner h3: false speakers of the s21 pools, by class.
//
// Class "initials": a body named in full and again with a run of two
// words or more of it cut to their capital initials ("Water North
// Varnia" and "Water NV", "Tourism NK" and "Tourism New Kessel"): one
// body, not two speakers. Near misses: a one-word body
// whose letters are another's whole name is the acronym rule's, two
// bodies that differ in a word that is no initials, people.
//
// Class "madeup": a noun phrase after a cue whose participle of make-up
// ("made up of", "composed of", "comprised of") was read as the verb of a
// reported clause: "announced her national Cabinet made up of five
// parties" is what was announced, no one's speech. Near misses: the
// phrase inside a reported clause's subject, a clause after "announced".
//
// Class "callsign": a broadcaster's call sign after the possessive of the
// place it serves ("Ohio's WKRX reported") is a news outlet, never a
// speaker; and a cue whose object runs up to a closing report's credit
// (", Ohio's WKRX reported.", ", according to the Tarvik Herald.") has no
// clause of its own: the credit's "reported" is not its verb, and the
// sentence is the outlet's report, nobody's. Near misses: a body's
// acronym that speaks, a speaker's own clause the outlet relays, a
// decree whose speaker's own "said" closes the sentence.
//
// Class "gardai": "Gardaí" (or "Gardai"), the Irish word for police
// officers, opening a sentence in capitals is the plural of "garda", as
// "Police said" is police: no speaker. Near misses: a titled officer, the
// force's press office.
//
// Class "double": a surname spelt twice with its doubled letter at
// another consonant ("Ola Brannet" and "Ms Branett"), one person, not
// two speakers. Near misses: doubles of other letters, other surnames.
//
// Class "titleinit": a person's title cut to its capital initials before
// the surname ("DG Varsi" after "PDMA Director General Imran Varsi",
// "IG Tollan" after "Inspector General of Police Arif Tollan"), one
// person. Near miss: letters that are no initials of the title.
//
// Class "relreport": a cue that takes an object ("confirmed the death of
// two commanders") whose noun phrase ends in a relative with a report of
// its own (", who a Norland military spokesman said orchestrated
// attacks"): the relative's verbs are no verbs of a clause of the cue's,
// so the object is no one's words and its speaker no speaker. Near
// misses: "said", which takes only a clause; a relative with no report;
// "that" opening the clause.
//
// First pass (before the fixes): 18/38 rows (the near miss "Varga said
// ..., Ohio's WKRX reported" failed too: WKRX took her clause).

var h3Known = flag.Bool("h3.known", false, "TestAuditS22H3 runs its known failures too")

func h3InitialsRows() []auditRow {
	return []auditRow{
		{class: "initials/later", text: "In a statement, Energy New Kessel said there was no time to restore the cancelled games.\n\nEnergy NK confirmed drivers had been offered a pay rise of two percent.",
			want:     []quote{{"Energy New Kessel", auI, "there was no time to restore the cancelled games"}, {"Energy New Kessel", auI, "drivers had been offered a pay rise of two percent"}},
			speakers: []string{"Energy New Kessel"}},
		{class: "initials/later", text: "Water North Varnia said the reservoir was at 40 percent.\n\nWater NV warned that restrictions were likely in the summer.",
			want:     []quote{{"Water North Varnia", auI, "the reservoir was at 40 percent"}, {"Water North Varnia", auI, "restrictions were likely in the summer"}},
			speakers: []string{"Water North Varnia"}},
		{class: "initials/earlier", text: "Tourism NK said visitor numbers had doubled.\n\nA spokesman for Tourism New Kessel later said the figures would be revised.",
			want:     []quote{{"Tourism New Kessel", auI, "visitor numbers had doubled"}, {"Tourism New Kessel", auI, "the figures would be revised"}},
			speakers: []string{"Tourism New Kessel"}},
		// Near misses.
		{class: "initials/near", text: "Health Tarvia said the wards were full.\n\nHealth Norvania said its wards had room.",
			want:     []quote{{"Health Tarvia", auI, "the wards were full"}, {"Health Norvania", auI, "its wards had room"}},
			speakers: []string{"Health Norvania", "Health Tarvia"}},
		{class: "initials/near", text: "Sport New Kessel said the line would reopen.\n\nSport NS said its own line stayed shut.",
			want:     []quote{{"Sport New Kessel", auI, "the line would reopen"}, {"Sport NS", auI, "its own line stayed shut"}},
			speakers: []string{"Sport NS", "Sport New Kessel"}},
		{class: "initials/near", text: "Marta Vell Ossian said the vote was rigged.\n\nMarta VO Ossian, her cousin, said it was fair.",
			want: []quote{{"Marta Vell Ossian", auI, "the vote was rigged"}}},
	}
}

func h3MadeUpRows() []auditRow {
	return []auditRow{
		{class: "madeup/announce", text: "On Sunday, President Ilse Varga announced her national Cabinet made up of various parties as part of the Government of Unity.\n\n\"We are ready,\" Varga said.",
			want: []quote{{"Ilse Varga", auD, "We are ready"}}, exact: true},
		{class: "madeup/announce", text: "The league confirmed a new Board made up of former players and two bankers on Monday.\n\n\"It is a fresh start,\" commissioner Arno Kell said.",
			want: []quote{{"Arno Kell", auD, "It is a fresh start"}}, exact: true},
		{class: "madeup/comprised", text: "Mayor Ola Marn announced a panel comprised of nurses and police officers on Tuesday.",
			want: []quote{}, exact: true},
		{class: "madeup/composed", text: "Mayor Ola Marn announced a task force composed of nurses and police officers on Tuesday.\n\n\"It starts today,\" Marn said.",
			want: []quote{{"Ola Marn", auD, "It starts today"}}, exact: true},
		// Near misses: a clause whose subject the phrase describes, a
		// clause after the noun phrase.
		{class: "madeup/near", text: "Ilse Varga said the Cabinet, made up of five parties, would meet on Monday.",
			want: []quote{{"Ilse Varga", auI, "the Cabinet, made up of five parties, would meet on Monday"}}},
		{class: "madeup/near", text: "Ilse Varga said a Cabinet made up of five parties would meet on Monday.",
			want: []quote{{"Ilse Varga", auI, "a Cabinet made up of five parties would meet on Monday"}}},
		{class: "madeup/near", text: "Ilse Varga announced her government would resign.",
			want: []quote{{"Ilse Varga", auI, "her government would resign"}}},
	}
}

func h3CallSignRows() []auditRow {
	return []auditRow{
		{class: "callsign/state", text: "The river will crest on Friday, Ohio's WKRX reported.",
			want: []quote{{"", auI, "The river will crest on Friday"}}, speakers: []string{}},
		{class: "callsign/city", text: "The agency has said the river will crest on Friday, Denver's KQBT reported.",
			want: []quote{{"", auI, "the river will crest on Friday"}}, speakers: []string{}},
		{class: "callsign/object", text: "Governor Ilse Varga announced mandatory evacuations for the coast, effective 8 a.m. on Tuesday, Ohio's WKRX reported.",
			want: []quote{{"", auI, "Governor Ilse Varga announced mandatory evacuations for the coast, effective 8 a.m. on Tuesday"}}, speakers: []string{}},
		{class: "callsign/object", text: "Mayor Ola Marn announced a curfew for the old town, starting at 9 p.m., according to the Tarvik Herald.",
			want: []quote{{"", auI, "Mayor Ola Marn announced a curfew for the old town, starting at 9 p.m."}}, speakers: []string{}},
		// Near misses: a body's acronym, a speaker's own clause the
		// outlet relays, a credit with "said".
		{class: "callsign/near", text: "WADA said the test was positive.",
			want: []quote{{"WADA", auI, "the test was positive"}}},
		{class: "callsign/near", text: "Governor Ilse Varga said the coast would be evacuated, Ohio's WKRX reported.",
			want: []quote{{"Ilse Varga", auI, "the coast would be evacuated"}}, speakers: []string{"Ilse Varga"}},
		{class: "callsign/near", text: "Governor Ilse Varga announced the coast would be evacuated, the Tarvik Herald reported.",
			want: []quote{{"Ilse Varga", auI, "the coast would be evacuated"}}, speakers: []string{"Ilse Varga"}},
		{class: "callsign/near", text: "The Norland government declared a curfew in the capital on Sunday, the government said.",
			want: []quote{{"Norland government", auI, "a curfew in the capital on Sunday"}}},
	}
}

func h3GardaiRows() []auditRow {
	return []auditRow{
		{class: "gardai/opening", text: "Gardaí said a man in his 30s had been arrested in Tarvik.",
			want: []quote{{"", auI, "a man in his 30s had been arrested in Tarvik"}}, speakers: []string{}},
		{class: "gardai/opening", text: "Gardai have said that the review of the Kessel Road incident will be completed by May.",
			want: []quote{{"", auI, "the review of the Kessel Road incident will be completed by May"}}, speakers: []string{}},
		{class: "gardai/inverted", text: "\"The scene remains sealed off,\" Gardaí said.",
			want: []quote{{"", auD, "The scene remains sealed off,"}}, speakers: []string{}},
		// Near misses: the force's name, a titled officer, its office.
		{class: "gardai/near", text: "Garda Commissioner Ada Brinn said the error was regrettable.",
			want: []quote{{"Ada Brinn", auI, "the error was regrettable"}}, speakers: []string{"Ada Brinn"}},
		{class: "gardai/near", text: "The Garda Press Office said two journalists had been excluded.",
			want: []quote{{"Garda Press Office", auI, "two journalists had been excluded"}}, speakers: []string{"Garda Press Office"}},
	}
}

func h3DoubleRows() []auditRow {
	return []auditRow{
		{class: "double/later", text: "Tarvik resident Ola Brannet, one of 27 who sent a question, thumped the table.\n\nCouncil leader Ivo Kell called for calm after Ms Branett shouted.\n\nHe was interrupted by Ms Branett shouting: \u201cBuild the railway instead.\u201d",
			want: []quote{{"Ola Brannet", auD, "Build the railway instead."}}, speakers: []string{"Ola Brannet"}},
		{class: "double/later", text: "Engineer Tomas Hallet said the bridge was safe.\n\n\u201cIt will stand for a century,\u201d Halett said.",
			want: []quote{{"Tomas Hallet", auI, "the bridge was safe"}, {"Tomas Hallet", auD, "It will stand for a century,"}}, speakers: []string{"Tomas Hallet"}},
		// Near misses: two doubles of other letters, another surname.
		{class: "double/near", text: "Engineer Ivo Pellan said the bridge was safe.\n\n\u201cIt will fall,\u201d Pallen said.",
			want: []quote{{"Ivo Pellan", auI, "the bridge was safe"}, {"Pallen", auD, "It will fall,"}}},
		{class: "double/near", text: "Engineer Ivo Marrow said the bridge was safe.\n\n\u201cIt will fall,\u201d Morrel said.",
			want: []quote{{"Ivo Marrow", auI, "the bridge was safe"}, {"Morrel", auD, "It will fall,"}}},
	}
}

func h3TitleInitialsRows() []auditRow {
	return []auditRow{
		{class: "titleinit/dg", text: "According to PDMA Director General Imran Varsi, floodwater entered 15 villages.\n\nTalking to reporters, DG Varsi said 11,000 people had been moved to safer places.",
			want: []quote{{"Imran Varsi", auI, "floodwater entered 15 villages"}, {"Imran Varsi", auI, "11,000 people had been moved to safer places"}}, speakers: []string{"Imran Varsi"}},
		{class: "titleinit/ig", text: "Inspector General of Police Arif Tollan said the roads were closed.\n\nIG Tollan said 40 officers had been sent to the district.",
			want: []quote{{"Arif Tollan", auI, "the roads were closed"}, {"Arif Tollan", auI, "40 officers had been sent to the district"}}, speakers: []string{"Arif Tollan"}},
		// Near misses: letters that are no initials of the title.
		{class: "titleinit/near", text: "Mayor Imran Varsi said the roads were closed.\n\nKT Varsi said the bridge was open.",
			want: []quote{{"Imran Varsi", auI, "the roads were closed"}, {"KT Varsi", auI, "the bridge was open"}}},
	}
}

func h3RelReportRows() []auditRow {
	return []auditRow{
		{class: "relreport/comma", text: "The Kessel Front confirmed the death of two commanders, Ivo Marn and Tarek Osk, who a Norland military spokesman said orchestrated attacks in the north.",
			speakers: []string{}},
		{class: "relreport/dash", text: "The Kessel Front confirmed the death of two commanders, Ivo Marn and Tarek Osk — who Norland officials say planned the raids — in a statement on Sunday.",
			speakers: []string{}},
		// Near misses: "said" takes only a clause; a relative with no
		// report; "that" opens the clause.
		{class: "relreport/near", text: "Ilse Varga said the plant, which officials say opened in 1990, would close in May.",
			want: []quote{{"Ilse Varga", auI, "the plant, which officials say opened in 1990, would close in May"}}},
		{class: "relreport/near", text: "Ilse Varga confirmed the plant, which opened in 1990, would close in May.",
			want: []quote{{"Ilse Varga", auI, "the plant, which opened in 1990, would close in May"}}},
		{class: "relreport/near", text: "The Kessel Front confirmed that two commanders, who a spokesman said led the raid, had died.",
			want: []quote{{"Kessel Front", auI, "two commanders, who a spokesman said led the raid, had died"}}},
	}
}

// h3Rows are every class's rows.
func h3Rows() []auditRow {
	rows := append(h3InitialsRows(), h3MadeUpRows()...)
	rows = append(rows, h3CallSignRows()...)
	rows = append(rows, h3GardaiRows()...)
	rows = append(rows, h3DoubleRows()...)
	rows = append(rows, h3TitleInitialsRows()...)
	return append(rows, h3RelReportRows()...)
}

func TestAuditS22H3(t *testing.T) { runAudit(t, "h3", h3Rows(), *h3Known) }
