package extract_test

import (
	"flag"
	"testing"
)

// Session 22, tuner h1: missed speakers on the s21 pools, by class. Every
// person, place and body below is invented.
//
// Shape "ingaside": a reported clause without "that" whose subject is set
// off by a participle's phrase in -ing before its verb ("said the river,
// flooding for the third time in two years, had reached 13 metres"). The
// comma then "-ing" read as the object of the cue and the speaker's own
// participle ("denied the claim, saying ..."), so the whole report was
// lost. Near misses: an object, then the speaker's participle with its
// own clause, or a participle phrase closed by "and".
//
// Shape "itsis": "its" written for "it's" after a cue, with an adjective
// and its complement after it ("said its busy negotiating a settlement",
// "says its illegal for parents to close schools"), a body's report read
// as the cue's possessive object. Near misses: "its" before its noun
// ("praised its busy staff", "said its illegal dumping had stopped").
//
// Shape "unitat": a person named with the unit they are "of" or "from"
// and the larger body it sits "at" ("Ilse Varga of the Climate Research
// Unit at Oster University said"): the body after "at" was taken for the
// speaker. Near misses: no person before the unit, the unit alone, an
// unnamed head of the unit (the body's, as before).
//
// Shape "acrole": an inverted cue whose speaker is named after a body,
// its letters in brackets and a role ("said Tessaly Electoral Commission
// (TEC) chairwoman Ilse Varga"): the bracket ended the phrase at the
// body. Near misses: the body alone, its unnamed spokesman, the body as
// subject.
//
// Shape "descname": a description opening the clause ("A senior lawyer")
// with a name in its aside, when the cue is a participle or a second
// verb that shares the clause's subject ("A senior lawyer, Arno Kettle,
// had filed the petition saying ..."): the description, answering to no
// one named before, left the report to nobody. Near misses: no name in
// the aside, a name already read through a comma before the participle.
// One known failure: a body in the aside gets nobody too (left).
//
// Shape "purpose": speech as the purpose of writing to someone, with a
// verb of telling and its hearer ("wrote to the Speaker to inform her
// that ..."), after the perfect ("has written to X to say that") or an
// aside ("Ilse Varga, in her role as ..., has written"): "inform",
// "assure", "remind" and "notify" had no base form, and the perfect's
// "has" read as a passive's auxiliary. Near misses: a passive ("was
// forced to inform", unchanged: nothing), a failure ("failed to
// inform"), another's purpose ("hired a lawyer to inform").
//
// Shape "office": a body named for an office's staff with a possessive
// ("the Secretary of State's Office") was read as the office itself ("the
// Director of the Ostby Institute"), whose unnamed holder speaks for no
// one. Near misses: the office alone.
//
// Shape "dateline": a dateline in title case closed by a colon, as South
// Asian and African outlets write it ("Mumbai: The ... High Court on
// Wednesday pulled up ..., saying", "Oster/Varnby, May 25: ..."): the
// place was read as the lead's subject and speaker. The fix takes a
// place the lexicon knows, or any places with a date after a comma;
// the rows can test only the dated form with invented places. Near
// misses: a speaker's label ("Kelly:"); known: an undated place the
// lexicon does not know.
//
// Shape "bench": a court named, then its words given by "the bench",
// "the division bench" or "the judges" ("The bench noted that ...",
// "“...,” the judges said"), left to nobody while "the court" was the
// court's. Near misses: a prize's judges, a park's bench.
//
// Shape "tiergov": a place's government named with its tier, "the Oster
// state government", "the Varn provincial government", as Nigerian,
// Indian and Australian copy writes it: no body was made of it as of
// "the Oster government" and "Oster city council", and "the government"
// after it stood for nothing. Near misses: no place, no tier, a city
// council.
//
// Shape "union": a trade union named by its name and the lower-case
// noun ("the Varnex union said", "The powerful Varnex union vowed ... The
// union noted"), as British and wire copy names Unite or IG Metall: the
// name had no body's evidence, and "the union" after it stood for
// nothing. Near misses: a union named in full, by its letters, or not
// named. Left: initials before the name ("IG Metall", "KV Varnex") read
// as a person's and are not taken.
//
// Shape "employer": a company named only inside its executive's title
// ("Korvin CEO Ivo Tamm", "Tarrow Foods chief executive Mara Quell"),
// then "The company said": the name was no entity of its own, or one
// with a place's evidence, and the description stood for nothing. Near
// misses: a country's president, the officer's own "he", a title with
// no company.
//
// Shape "titlein": an inverted cue whose speaker's title names the body
// it is held in ("said Minister in the Presidency Ilse Varga", "said
// Minister at the Oster Health Office Tomas Vell"): the phrase read
// forward stopped at "in" and the quote went to nobody. Near misses: the
// title alone, a title with no body, the subject before the verb.
// Known: a title with its own "of" phrase first ("Minister of State at
// the ...").
//
// First pass (before the fixes, on the branch point 3dfc628a): 36/71 rows
// run, 3 known skipped. Every near miss passed; of the positives only the
// capitalised title after the letters ("(HWB) Chief Executive Tomas
// Vell") and a company whose name holds a company's word ("Tarrow Foods
// chief executive").

var h1Known = flag.Bool("h1.known", false, "TestAuditS22H1 runs its known failures too, to see which a change fixed")

func h1IngAsideRows() []auditRow {
	return []auditRow{
		{class: "ingaside/said", text: "Mayor Dana Kettle said the Varn River in Oster Falls, flooding for the third time in less than two years, had reached 13.48 metres (44 feet) and was expected to keep rising.",
			want: []quote{{"Dana Kettle", auI, "the Varn River in Oster Falls, flooding for the third time in less than two years, had reached 13.48 metres (44 feet) and was expected to keep rising"}}},
		{class: "ingaside/said", text: "Tomas Vell said the plant, employing 400 people, would close in May.",
			want: []quote{{"Tomas Vell", auI, "the plant, employing 400 people, would close in May"}}},
		{class: "ingaside/told", text: "The Harrow Water Board told residents the dam, holding back a full reservoir, was safe.",
			want: []quote{{"Harrow Water Board", auI, "the dam, holding back a full reservoir, was safe"}}},
		// Near misses: the speaker's own participle.
		{class: "ingaside/near", text: "Tomas Vell denied the claim, saying it was politically motivated.",
			want: []quote{{"Tomas Vell", auI, "it was politically motivated"}}},
		{class: "ingaside/near", text: "Tomas Vell rejected the offer, calling it an insult, and left the talks.",
			want: nil, speakers: []string{}},
		{class: "ingaside/near", text: "Ilse Varga thanked the crews, working through the night, and visited the shelters on Monday.",
			want: nil, speakers: []string{}},
	}
}

func h1ItsRows() []auditRow {
	return []auditRow{
		{class: "itsis/busy", text: "Meanwhile, the Oster-based Varn Legal Centre said its busy negotiating a settlement with the ministry to appoint teachers.",
			want: []quote{{"Varn Legal Centre", auI, "its busy negotiating a settlement with the ministry to appoint teachers"}}},
		{class: "itsis/illegal", text: "The Tarrow Department of Education says its illegal for parents to close schools.",
			want: []quote{{"Tarrow Department of Education", auI, "its illegal for parents to close schools"}}},
		{class: "itsis/not", text: "The Harrow Water Board said its not possible to reopen the dam before June.",
			want: []quote{{"Harrow Water Board", auI, "its not possible to reopen the dam before June"}}},
		// Near misses: "its" before its noun.
		{class: "itsis/near", text: "The Varn Legal Centre praised its busy staff for their work.",
			want: nil, speakers: []string{}},
		{class: "itsis/near", text: "The Tarrow Water Board said its illegal dumping inquiry had found nothing.",
			want: []quote{{"Tarrow Water Board", auI, "its illegal dumping inquiry had found nothing"}}},
		{class: "itsis/near", text: "The Harrow Council announced its new budget on Monday.",
			want: nil, speakers: []string{}},
	}
}

func h1UnitAtRows() []auditRow {
	return []auditRow{
		{class: "unitat/direct", text: "Ilse Varga of the Climate Research Unit at the Oster University said, \"That nine of the ten warmest years came in one decade is remarkable.\"",
			want: []quote{{"Ilse Varga", auD, "That nine of the ten warmest years came in one decade is remarkable."}}},
		{class: "unitat/indirect", text: "Tomas Vell from the Marine Lab at Harrow Institute said the reef was recovering.",
			want: []quote{{"Tomas Vell", auI, "the reef was recovering"}}},
		{class: "unitat/acronym", text: "The Oster University (OU) ran the survey.\n\nIlse Varga of the Soil Unit at the OU said the fields were drying out.",
			want: []quote{{"Ilse Varga", auI, "the fields were drying out"}}},
		// Near misses: no person before the unit; the unit's head alone.
		{class: "unitat/near", text: "Researchers of the Climate Research Unit at Oster University said the decade was remarkable.",
			want: []quote{{"Oster University", auI, "the decade was remarkable"}}},
		{class: "unitat/near", text: "Ilse Varga of the Climate Research Unit said the decade was remarkable.",
			want: []quote{{"Ilse Varga", auI, "the decade was remarkable"}}},
		{class: "unitat/near", text: "The head of the Climate Research Unit at Oster University said the decade was remarkable.",
			want: []quote{{"Oster University", auI, "the decade was remarkable"}}},
	}
}

func h1AcronymRoleRows() []auditRow {
	return []auditRow{
		{class: "acrole/inverted", text: "\"It is our view that the high turnout shows sound voter education,\" said Tessaly Electoral Commission (TEC) chairwoman Ilse Varga at a briefing in Oster late Monday.",
			want: []quote{{"Ilse Varga", auD, "It is our view that the high turnout shows sound voter education"}}},
		{class: "acrole/inverted", text: "\"The count is complete,\" said Harrow Water Board (HWB) Chief Executive Tomas Vell.",
			want: []quote{{"Tomas Vell", auD, "The count is complete"}}},
		// Near misses: the body alone, its unnamed officer, the body as subject.
		{class: "acrole/near", text: "\"It is our view that turnout was high,\" said the Tessaly Electoral Commission (TEC) in a statement.",
			want: []quote{{"Tessaly Electoral Commission", auD, "It is our view that turnout was high"}}},
		{class: "acrole/near", text: "\"Turnout was high,\" said the Tessaly Electoral Commission (TEC) spokesman.",
			want: []quote{{"Tessaly Electoral Commission", auD, "Turnout was high"}}},
		{class: "acrole/near", text: "The Tessaly Electoral Commission (TEC) said turnout was high.",
			want: []quote{{"Tessaly Electoral Commission", auI, "turnout was high"}}},
	}
}

func h1DescribedRows() []auditRow {
	return []auditRow{
		{class: "descname/participle", text: "A senior lawyer, Arno Kettle, had filed the petition saying the party threatened to overthrow the government.",
			want: []quote{{"Arno Kettle", auI, "the party threatened to overthrow the government"}}},
		{class: "descname/participle", text: "A retired teacher, Mara Quell, filed a complaint claiming the count had been rigged.",
			want: []quote{{"Mara Quell", auI, "the count had been rigged"}}},
		{class: "descname/and", text: "A senior lawyer, Arno Kettle, opposed the plan and said it was unlawful.",
			want: []quote{{"Arno Kettle", auI, "it was unlawful"}}},
		// Near misses: no name in the aside; a body's aside; the aside
		// with a comma already read.
		{class: "descname/near", text: "A senior lawyer filed the petition saying the party threatened to overthrow the government.",
			want: []quote{{"", auI, "the party threatened to overthrow the government"}}},
		{class: "descname/near", text: "The town's planning body, the Harrow Council, filed a petition saying the road was unsafe.",
			want:  []quote{{"Harrow Council", auI, "the road was unsafe"}},
			known: "describedBody: a body named in the aside after a description, its participle's report given to nobody, before and after this change"},
		{class: "descname/near", text: "A local farmer, Arno Kettle, wrote to the council on Monday, saying the road was unsafe.",
			want: []quote{{"Arno Kettle", auI, "the road was unsafe"}}},
	}
}

func h1PurposeRows() []auditRow {
	return []auditRow{
		{class: "purpose/inform", text: "Ilse Varga wrote to Assembly Speaker Tomas Vell to inform him that the bill had not been withdrawn.",
			want: []quote{{"Ilse Varga", auI, "the bill had not been withdrawn"}}},
		{class: "purpose/perfect", text: "Ilse Varga has written to Tomas Vell to say that the bill has not been withdrawn.",
			want: []quote{{"Ilse Varga", auI, "the bill has not been withdrawn"}}},
		{class: "purpose/aside", text: "Deputy Premier Ilse Varga, in her role as leader of the house, has written to Speaker Tomas Vell to inform him that the bill has not been withdrawn.",
			want: []quote{{"Ilse Varga", auI, "the bill has not been withdrawn"}}},
		{class: "purpose/assure", text: "Mayor Arno Kettle wrote to residents on Monday to assure them that the water was safe.",
			want: []quote{{"Arno Kettle", auI, "the water was safe"}}},
		{class: "purpose/remind", text: "Mara Quell called a meeting to remind staff that the rules had changed.",
			want: []quote{{"Mara Quell", auI, "the rules had changed"}}},
		// Near misses: a passive, a plan, another's purpose.
		{class: "purpose/near", text: "Ilse Varga was forced to inform the board that she had resigned.",
			want: nil, speakers: []string{}},
		{class: "purpose/near", text: "The ministry failed to inform residents that the water was unsafe.",
			want: nil, speakers: []string{}},
		{class: "purpose/near", text: "Ilse Varga hired a lawyer to inform the court that the contract was void.",
			want: nil, speakers: []string{}},
	}
}

func h1OfficeRows() []auditRow {
	return []auditRow{
		{class: "office/according", text: "The measure was rejected by voters 2-to-1 with 99 percent of precincts reporting, according to the Secretary of State's Office.",
			want: []quote{{"Secretary of State's Office", auI, "The measure was rejected by voters 2-to-1 with 99 percent of precincts reporting"}}},
		{class: "office/said", text: "The Minister of Health’s Office said the clinics would reopen on Monday.",
			want: []quote{{"Minister of Health’s Office", auI, "the clinics would reopen on Monday"}}},
		// Near misses: an office whose holder goes unnamed.
		{class: "office/near", text: "The Director of the Ostby Institute said the clinics would reopen on Monday.",
			want: []quote{{"", auI, "the clinics would reopen on Monday"}}},
		{class: "office/near", text: "The measure was rejected by voters, according to the Secretary of State.",
			want: []quote{{"", auI, "The measure was rejected by voters"}}},
	}
}

func h1DatelineRows() []auditRow {
	return []auditRow{
		{class: "dateline/dated", text: "Oster, May 25: The Tarrow High Court on Wednesday pulled up the city council for its failure to act, saying the civic body needs to put its house in order.",
			want: []quote{{"Tarrow High Court", auI, "the civic body needs to put its house in order"}}},
		{class: "dateline/slash", text: "Oster/Varnby, May 25: Ten coaches of the Harrow Express derailed on Tuesday, the Tarrow Rail Board said.",
			want: []quote{{"Tarrow Rail Board", auI, "Ten coaches of the Harrow Express derailed on Tuesday"}}, speakers: []string{"Tarrow Rail Board"}},
		// Near misses: a speaker's label, an undated place the lexicon
		// does not know (left: read as before).
		{class: "dateline/near", text: "Kelly: The count was fair, and we said so on Monday.",
			want: nil, speakers: []string{}},
		{class: "dateline/near", text: "Oster: The Tarrow High Court on Wednesday pulled up the city council, saying the civic body needs to put its house in order.",
			want:  []quote{{"Tarrow High Court", auI, "the civic body needs to put its house in order"}},
			known: "dateline: an undated place in title case the lexicon does not know is still read as the subject"},
	}
}

func h1BenchRows() []auditRow {
	return []auditRow{
		{class: "bench/bench", text: "The Tarrow High Court on Wednesday criticised the city council for its failure to act.\n\nThe bench noted that despite repeated orders, the council had failed to clear the pavements.",
			want: []quote{{"Tarrow High Court", auI, "despite repeated orders, the council had failed to clear the pavements"}}},
		{class: "bench/judges", text: "The Tarrow High Court on Wednesday criticised the city council for its failure to act.\n\n\"The council needs to put its house in order,\" the judges said.",
			want: []quote{{"Tarrow High Court", auD, "The council needs to put its house in order"}}},
		{class: "bench/division", text: "The Oster Labour Tribunal heard the appeal on Monday.\n\nThe division bench said the dismissal was unlawful.",
			want: []quote{{"Oster Labour Tribunal", auI, "the dismissal was unlawful"}}},
		// Near misses: no court named; a park's bench.
		{class: "bench/near", text: "The Oster Book Prize went to Ilse Varga on Monday.\n\n\"It is a remarkable book,\" the judges said.",
			want: []quote{{"", auD, "It is a remarkable book"}}},
		{class: "bench/near", text: "The bench was dedicated in memory of Walter Kettle, who taught at the school for 35 years. \"He would have loved this,\" his daughter Hedda Kettle said.",
			want: []quote{{"Hedda Kettle", auD, "He would have loved this"}}},
	}
}

func h1TierGovRows() []auditRow {
	return []auditRow{
		{class: "tiergov/state", text: "As some teachers threatened to form a new union, the Oster state government has declared that only the old union is recognised.\n\nThe government said all members should embrace dialogue.",
			want: []quote{{"Oster state government", auI, "only the old union is recognised"}, {"Oster state government", auI, "all members should embrace dialogue"}}},
		{class: "tiergov/provincial", text: "The Varn provincial government said the dam levels had dropped to 19 percent.",
			want: []quote{{"Varn provincial government", auI, "the dam levels had dropped to 19 percent"}}},
		{class: "tiergov/later", text: "Ilse Varga said the Oster state government had failed the farmers.\n\nThe government said it would appeal.",
			want: []quote{{"Ilse Varga", auI, "the Oster state government had failed the farmers"}, {"Oster state government", auI, "it would appeal"}}},
		// Near misses: no place named; the place's government without a
		// tier; another body of the tier.
		{class: "tiergov/near", text: "The state government said it would appeal.",
			want: []quote{{"", auI, "it would appeal"}}},
		{class: "tiergov/near", text: "The Oster government has declared that only the old union is recognised.",
			want: []quote{{"Oster government", auI, "only the old union is recognised"}}},
		{class: "tiergov/near", text: "The Oster city council said the strike would go ahead.",
			want: []quote{{"Oster city council", auI, "the strike would go ahead"}}},
	}
}

func h1UnionRows() []auditRow {
	return []auditRow{
		{class: "union/subject", text: "The Varnex union said the strike at the Oster plant would go ahead.",
			want: []quote{{"Varnex", auI, "the strike at the Oster plant would go ahead"}}},
		{class: "union/later", text: "The powerful Varnex union vowed to strike after talks collapsed.\n\nThe union noted that the protests would coincide with the anniversary of the 1979 strike.",
			want: []quote{{"Varnex", auI, "the protests would coincide with the anniversary of the 1979 strike"}}},
		{class: "union/spokesman", text: "A spokesman for the Varnex union said the strike would go ahead.",
			want: []quote{{"Varnex", auI, "the strike would go ahead"}}},
		// Near misses: a union named in full; a union of a place; a
		// union named by its letters; a person's name before "union".
		{class: "union/near", text: "The Tarrow Metal Workers Union vowed to strike.\n\nThe union noted that the protests would coincide with the anniversary.",
			want: []quote{{"Tarrow Metal Workers Union", auI, "the protests would coincide with the anniversary"}}},
		{class: "union/near", text: "The VMT union said the strike would go ahead.",
			want: []quote{{"VMT", auI, "the strike would go ahead"}}},
		{class: "union/near", text: "Ilse Varga joined the union in 1990. The union said she had been a loyal member.",
			want: []quote{{"", auI, "she had been a loyal member"}}},
	}
}

func h1EmployerRows() []auditRow {
	return []auditRow{
		{class: "employer/ceo", text: "OSTER — Korvin CEO Ivo Tamm defended his plan to grow the software business as its shares tumbled on Friday.\n\nThe company said first-quarter revenue came in at US$235 million, below expectations.",
			want: []quote{{"Korvin", auI, "first-quarter revenue came in at US$235 million, below expectations"}}},
		{class: "employer/chief", text: "Tarrow Foods chief executive Mara Quell defended her plan on Friday.\n\nThe company said revenue fell 4 percent.",
			want: []quote{{"Tarrow Foods", auI, "revenue fell 4 percent"}}},
		{class: "employer/later", text: "Korvin CEO Ivo Tamm defended his plan on Friday.\n\nThe company said revenue fell.\n\nOn the exchange, Korvin shares slid 11 per cent.",
			want: []quote{{"Korvin", auI, "revenue fell"}}},
		// Near misses: a country's president; the officer himself; a
		// company never named.
		{class: "employer/near", text: "Calder President Ivo Vell defended his plan on Friday.\n\nThe company said revenue fell.",
			want: []quote{{"", auI, "revenue fell"}}},
		{class: "employer/near", text: "Korvin CEO Ivo Tamm defended his plan on Friday.\n\nHe said revenue fell.",
			want: []quote{{"Ivo Tamm", auI, "revenue fell"}}, speakers: []string{"Ivo Tamm"}},
		{class: "employer/near", text: "Chief executive Ivo Tamm defended his plan on Friday.\n\nThe company said revenue fell.",
			want: []quote{{"", auI, "revenue fell"}}},
	}
}

func h1TitleInRows() []auditRow {
	return []auditRow{
		{class: "titlein/presidency", text: "“The bill is an executive bill, and the cabinet has accepted that there was no malice,” said Minister in the Presidency Ilse Varga.",
			want: []quote{{"Ilse Varga", auD, "The bill is an executive bill, and the cabinet has accepted that there was no malice"}}},
		{class: "titlein/at", text: "“The clinics will reopen on Monday,” said Minister at the Oster Health Office Tomas Vell.",
			want: []quote{{"Tomas Vell", auD, "The clinics will reopen on Monday"}}},
		// Near misses: the title alone, the title before the name, the
		// subject before the verb.
		{class: "titlein/near", text: "“The clinics will reopen on Monday,” said the Minister in a statement.",
			want: []quote{{"", auD, "The clinics will reopen on Monday"}}},
		{class: "titlein/near", text: "“The clinics will reopen on Monday,” said Minister of State Ilse Varga.",
			want: []quote{{"Ilse Varga", auD, "The clinics will reopen on Monday"}}},
		{class: "titlein/near", text: "Minister in the Presidency Ilse Varga said the bill is an executive bill.",
			want: []quote{{"Ilse Varga", auI, "the bill is an executive bill"}}},
		{class: "titlein/known", text: "“The clinics will reopen on Monday,” said Minister of State at the Oster Health Office Tomas Vell.",
			want:  []quote{{"Tomas Vell", auD, "The clinics will reopen on Monday"}},
			known: "titlein: a title with its own 'of' phrase before the preposition is not read through"},
	}
}

func TestAuditS22H1(t *testing.T) {
	rows := append(h1IngAsideRows(), h1ItsRows()...)
	rows = append(rows, h1UnitAtRows()...)
	rows = append(rows, h1AcronymRoleRows()...)
	rows = append(rows, h1DescribedRows()...)
	rows = append(rows, h1PurposeRows()...)
	rows = append(rows, h1OfficeRows()...)
	rows = append(rows, h1DatelineRows()...)
	rows = append(rows, h1BenchRows()...)
	rows = append(rows, h1TierGovRows()...)
	rows = append(rows, h1UnionRows()...)
	rows = append(rows, h1EmployerRows()...)
	runAudit(t, "h1", append(rows, h1TitleInRows()...), *h1Known)
}
