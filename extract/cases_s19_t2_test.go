package extract_test

import (
	"flag"
	"testing"
)

// Session 19, helper t2: the session-18 pool "hoC" (30 excerpts of real
// reporting: quakes and floods, elections, diplomacy, business, rail
// accidents, courts, sport, science; kept outside the repository),
// held out twice and released for tuning. The engine's misses on it,
// classified by mechanism; every sentence here is invented (fictional
// people, bodies and places; real nationality words only) in the shapes
// the pool showed, with near misses that must not change.
//
// FIRST PASS (the whole table of 37 rows written first and run once on
// the engine at bf4226b2, version 20): 12/37 (0.32); bodyshort 5/9 (the
// Danish-agency rows and the near misses), agencyref 1/2 (the near miss),
// subjgap 2/7 (the near misses), pronoun 1/4, cueedge 3/9, falsename 0/4,
// descr 0/2. Two failures were the rows' own: "Tun Aye" read "Tun" as no
// name (the row now says "Kyaw Lin"), and "called for Vell to be banned"
// had wanted a request, which the repository's gold leaves out (see
// cases_s16_n13_test.go; the pool's gold had it, mended in the copy); with
// them corrected, 13/37. The pool itself at bf4226b2: speaker F1 0.881,
// quote recall 0.965, attribution 0.886 (on its gold with that one quote
// removed: 0.881, 0.970, 0.886).
//
// FINAL (one commit a class; every repository set and dev pool as at the
// branch's start but heldout-c attribution 0.901 -> 0.906): 55/68 rows,
// 13 known by mechanism (t2hoPending); rows added after the first pass
// are near misses and the rows of each fix. The pool on its mended gold:
// speaker F1 0.938, quote recall 0.980, attribution 0.938.

var t2hoKnown = flag.Bool("t2.known", false, "TestAuditS19T2 runs its known failures too")

func TestAuditS19T2(t *testing.T) { runAudit(t, "t2", t2hoRows(), *t2hoKnown) }

// Mechanisms of known failures.
const (
	t2hoAccTail      = "according-tail: \", according to X, Y's emergency agency.\" closing a sentence keeps the phrase and its aside in the quote (the speaker is right; without the aside the span ends at the comma)"
	t2hoOwnedSubj    = "owned-subject: \"The presidency's communication agency said\" as a subject is read, by a path other than resolveOrgDescription, as the body that spoke in the sentence before"
	t2hoVoteVerb     = "vote-verb: \"demanded the vote be held again\": \"vote\" is read as a verb, so the subjunctive clause is not found (\"demanded the election be held again\" is)"
	t2hoPortfolio    = "portfolio-brackets: \"Transit Board member (Safety) Anil Varma told media\": the bracketed portfolio inside the title parts the title from the name, and no subject is found"
	t2hoApposRel     = "appos-relative: \"Paulo Brenn, scorer of the goal that gave his team the title, has revealed that\": the relative clause inside the apposition hides the name before it"
	t2hoElided       = "elided-accent: \"Nicolo' Brandi\": the apostrophe of an elided accent closes the given name, which is taken for a body, and the surname is lost; a dateline's city may then take the lawyer's words"
	t2hoBareFirm     = "bare-firm: a one-word firm named only as the subject of market news (\"Kellco was a washout with investors\") is no body a later \"it announced\" or \"the company announced\" means; bareBodySubject asks for \"its\" or a product noun"
	t2hoInnerCue     = "inner-cue: \"The commission has so far declared results in 30% of seats ..., he said.\": \"declared\" inside the reported clause takes it (\"results in\" read as a verb) and the trailing \"he said\" is lost"
	t2hoRelTail      = "request-relative: a request's object holding a relative clause (\"not to be misled by false news, which aims to ...\") is cut at the comma before \"which\""
	t2hoTweets       = "two-tweets: \"confirmed the capture in a tweet that said “...,” while its spokesman, Sgt. Mark Dorn, tweeted “...”\" is one mixed span for the body; the second tweet's own cue is not split off"
	t2hoHadMentioned = "had-mentioned: a quoted phrase followed by a reduced relative with a speech verb (\"the kind of “extra motivation” Hans Brenn had mentioned\") is not credited to that speaker"
)

// t2hoPending names the rows still failing, by row class, with their
// mechanism; each becomes the row's known.
var t2hoPending = map[string]string{
	"agencyref/unnamed agency, survey in a relative":       t2hoAccTail,
	"agencyref/owned unnamed agency after a named one":     t2hoOwnedSubj,
	"subjgap/acronym and day before the verb":              t2hoVoteVerb,
	"subjgap/portfolio in brackets in the title":           t2hoPortfolio,
	"subjgap/apposition holding a relative clause":         t2hoApposRel,
	"falsename/dateline city before a hyphen":              t2hoElided,
	"falsename/elided accent in a given name":              t2hoElided,
	"pronoun/company before a run-on full stop":            t2hoBareFirm,
	"pronoun/company before a spaced full stop, near miss": t2hoBareFirm,
	"pronoun/he said after a body's clause":                t2hoInnerCue,
	"cueedge/request with a relative clause in it":         t2hoRelTail,
	"cueedge/tweet that said, then another tweet":          t2hoTweets,
	"cueedge/quoted phrase a named person had mentioned":   t2hoHadMentioned,
}

func t2hoRows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// bodyshort: a nationality word and a body's noun ("the Chilean
	// ministry") after the text has named one such body in full ("the
	// Chilean Ministry of Mines", "the Chilean Foreign Ministry") is that
	// body, not a second speaker.
	type short struct{ full, short, place string }
	shorts := []short{
		{"Chilean Foreign Ministry", "Chilean ministry", "Chile"},
		{"Kenyan Ministry of Water", "Kenyan ministry", "Kenya"},
		{"Danish Maritime Agency", "Danish agency", "Denmark"},
	}
	for _, s := range shorts {
		add(auditRow{class: "bodyshort/statement then said/" + s.short,
			text: "Envoy Lars Pello has been summoned to the " + s.full + " late Thursday, according to a statement from the " + s.short + ".\n\n" +
				"The statement said that offices of the mission in Tarvik have come under a number of attacks.\n\n" +
				"\"We sadly see that our offices have been targeted in recent days,\" the " + s.short + " statement said.\n\n" +
				"\"Our concerns have been brought to the attention of the envoy,\" the " + s.full + " said in the statement.",
			want: []quote{
				{s.full, auI, "Envoy Lars Pello has been summoned to the " + s.full + " late Thursday"},
				{s.full, auI, "offices of the mission in Tarvik have come under a number of attacks"},
				{s.full, auD, "We sadly see that our offices have been targeted in recent days"},
				{s.full, auD, "Our concerns have been brought to the attention of the envoy"},
			},
			speakers: []string{s.full}})
		add(auditRow{class: "bodyshort/short form said/" + s.short,
			text: "The " + s.full + " opened an inquiry on Monday.\n\n" +
				"The " + s.short + " said the inquiry would report by June.",
			want:     []quote{{s.full, auI, "the inquiry would report by June"}},
			speakers: []string{s.full}, exact: true})
	}
	// Near misses: two bodies of the one country with that noun leave the
	// short form its own; none named leaves it its own too.
	add(auditRow{class: "bodyshort/two ministries, no merge",
		text: "The Chilean Ministry of Mines and the Chilean Ministry of Labour met on Monday.\n\n" +
			"The Chilean ministry said the talks would resume in June.",
		want:     []quote{{"Chilean ministry", auI, "the talks would resume in June"}},
		speakers: []string{"Chilean ministry"}, exact: true})
	add(auditRow{class: "bodyshort/no full name, no merge",
		text: "The Chilean ministry said the talks would resume in June.",
		want: []quote{{"Chilean ministry", auI, "the talks would resume in June"}}, exact: true})
	add(auditRow{class: "bodyshort/other country, no merge",
		text: "The Chilean Foreign Ministry opened an inquiry on Monday.\n\n" +
			"The Peruvian ministry said the inquiry was welcome.",
		want:     []quote{{"Peruvian ministry", auI, "the inquiry was welcome"}},
		speakers: []string{"Peruvian ministry"}, exact: true})

	// agencyref: "the agency said" credits the agency the text last
	// called one, not a body named only as the measurer in a relative
	// clause; an agency with no name of its own is nobody.
	add(auditRow{class: "agencyref/unnamed agency, survey in a relative",
		text: "The quake, which the Norland Geological Survey (NGS) measured at magnitude 6.1, struck near Ostby.\n\n" +
			"The presidency's press agency said at least seven homes were destroyed.\n\n" +
			"The agency said firefighters worked through the night.\n\n" +
			"One of the victims in Kell was a passenger in a car crushed by rubble from a house, according to the Civil Defence Directorate, Norland's emergency response agency.\n\n" +
			"In Kell, the agency also reported that several people were trapped under rubble.",
		want: []quote{
			{"", auI, "at least seven homes were destroyed"},
			{"", auI, "firefighters worked through the night"},
			{"Civil Defence Directorate", auI, "One of the victims in Kell was a passenger in a car crushed by rubble from a house"},
			{"Civil Defence Directorate", auI, "several people were trapped under rubble"},
		},
		speakers: []string{"Civil Defence Directorate"}})
	add(auditRow{class: "agencyref/owned agency after a survey in a relative",
		text: "The quake, which the Norland Geological Survey (NGS) measured at magnitude 6.1, struck near Ostby.\n\n" +
			"The presidency's press agency said at least seven homes were destroyed.\n\n" +
			"The agency said firefighters worked through the night.",
		want: []quote{
			{"", auI, "at least seven homes were destroyed"},
			{"", auI, "firefighters worked through the night"},
		},
		speakers: []string{}})
	add(auditRow{class: "agencyref/owned unnamed agency after a named one",
		text: "The Ostby Water Authority said the dam had held.\n\n" +
			"The presidency's communication agency said 40 homes were flooded.\n\n" +
			"The agency said pumps would run through the night.",
		want: []quote{
			{"Ostby Water Authority", auI, "the dam had held"},
			{"", auI, "40 homes were flooded"},
			{"", auI, "pumps would run through the night"},
		},
		speakers: []string{"Ostby Water Authority"}})
	add(auditRow{class: "agencyref/an aside calling the named body an agency, near miss",
		text: "The Ostby Water Authority said the dam had held.\n\n" +
			"Forty homes were flooded, according to the Civil Defence Directorate, the country's emergency agency.\n\n" +
			"The agency said pumps would run through the night.",
		want: []quote{
			{"Ostby Water Authority", auI, "the dam had held"},
			{"Civil Defence Directorate", auI, "pumps would run through the night"},
		},
		speakers: []string{"Ostby Water Authority", "Civil Defence Directorate"}})
	add(auditRow{class: "agencyref/the body's own agency named with its words, near miss",
		text: "The Norland Disaster Agency said at least seven homes were destroyed.\n\n" +
			"Norland's disaster agency said firefighters worked through the night.\n\n" +
			"The agency added that two roads were closed.",
		want: []quote{
			{"Norland Disaster Agency", auI, "at least seven homes were destroyed"},
			{"Norland Disaster Agency", auI, "two roads were closed"},
		}})
	add(auditRow{class: "agencyref/the country's agency, near miss",
		text: "The Norland Disaster Agency said at least seven homes were destroyed.\n\n" +
			"The country's disaster agency said firefighters worked through the night.\n\n" +
			"The agency added that two roads were closed.",
		want: []quote{
			{"Norland Disaster Agency", auI, "at least seven homes were destroyed"},
			{"Norland Disaster Agency", auI, "firefighters worked through the night"},
			{"Norland Disaster Agency", auI, "two roads were closed"},
		}})
	add(auditRow{class: "agencyref/aside calls the body a country's agency",
		text: "One of the victims was a driver, Peru's Risk Office said.\n\n" +
			"The Civil Safety Secretariat, Peru's emergency response agency, said two bridges were shut.\n\n" +
			"In Kell, the agency also reported that several people were trapped under rubble.",
		want: []quote{
			{"Risk Office", auI, "One of the victims was a driver"},
			{"Civil Safety Secretariat", auI, "two bridges were shut"},
			{"Civil Safety Secretariat", auI, "several people were trapped under rubble"},
		}})
	add(auditRow{class: "agencyref/a country's agency, no aside, near miss",
		text: "The Civil Safety Secretariat said two bridges were shut.\n\n" +
			"Peru's emergency response agency said several people were trapped under rubble.",
		want: []quote{
			{"Civil Safety Secretariat", auI, "two bridges were shut"},
		}})
	add(auditRow{class: "agencyref/named agency said, near miss",
		text: "The Norland Disaster Agency said at least seven homes were destroyed.\n\n" +
			"The agency said firefighters worked through the night.",
		want: []quote{
			{"Norland Disaster Agency", auI, "at least seven homes were destroyed"},
			{"Norland Disaster Agency", auI, "firefighters worked through the night"},
		},
		speakers: []string{"Norland Disaster Agency"}})

	// subjgap: words between a subject and its cue: an acronym in
	// brackets and a day, "here" and a day, a bracketed portfolio inside
	// a title, an apposition holding a relative clause.
	add(auditRow{class: "subjgap/acronym and day before the verb",
		text: "The Vell Unity Party (VUP) on Wednesday demanded the vote be held again under army supervision and said it would not recognise the result of the poll.",
		want: []quote{
			{"Vell Unity Party", auI, "the vote be held again under army supervision"},
			{"Vell Unity Party", auI, "it would not recognise the result of the poll"},
		},
		speakers: []string{"Vell Unity Party"}})
	add(auditRow{class: "subjgap/a party named Union ... and ... Party",
		text: "The Union Peace and Progress Party (UPPP) on Wednesday demanded the election be held again under military supervision and said it would not recognise the result of the poll.",
		want: []quote{
			{"Union Peace and Progress Party", auI, "the election be held again under military supervision"},
			{"Union Peace and Progress Party", auI, "it would not recognise the result of the poll"},
		},
		speakers: []string{"Union Peace and Progress Party"}})
	add(auditRow{class: "subjgap/a party named Union, a word no list knows",
		text:     "The Union Concordia and Renewal Party said it would not recognise the result of the poll.",
		want:     []quote{{"Union Concordia and Renewal Party", auI, "it would not recognise the result of the poll"}},
		speakers: []string{"Union Concordia and Renewal Party"}})
	add(auditRow{class: "subjgap/a bank and a steel firm, near miss",
		text:     "The Union Bank and Ostby Steel said they would merge next year.",
		want:     []quote{{"", auI, "they would merge next year"}},
		speakers: []string{}})
	add(auditRow{class: "subjgap/day before the verb, near miss",
		text:     "The Vell Unity Party on Wednesday said it would not recognise the result of the poll.",
		want:     []quote{{"Vell Unity Party", auI, "it would not recognise the result of the poll"}},
		speakers: []string{"Vell Unity Party"}})
	add(auditRow{class: "subjgap/here and a day, police",
		text:     "Tarvik: The police here on Saturday said that the death toll from the floods had climbed to 21.",
		want:     []quote{{"", auI, "the death toll from the floods had climbed to 21"}},
		speakers: []string{}})
	add(auditRow{class: "subjgap/here and a day, named body",
		text:     "Tarvik: The Kell Fire Service here on Saturday said that two homes were lost in the blaze.",
		want:     []quote{{"Kell Fire Service", auI, "two homes were lost in the blaze"}},
		speakers: []string{"Kell Fire Service"}})
	add(auditRow{class: "subjgap/here, no day",
		text:     "The army here said that 150 people had been moved to shelters.",
		want:     []quote{{"", auI, "150 people had been moved to shelters"}},
		speakers: []string{}})
	add(auditRow{class: "subjgap/the police here as an object's subject, near miss",
		text: "The mayor said the police here were doing their best.",
		want: []quote{{"", auI, "the police here were doing their best"}}, exact: true})
	add(auditRow{class: "subjgap/portfolio in brackets in the title",
		text:     "Rail officials on Thursday ordered an inquiry into the crash. The inquiry will be led by a senior engineer and its report is due in ten days, Transit Board member (Safety) Anil Varma told media.",
		want:     []quote{{"Anil Varma", auI, "The inquiry will be led by a senior engineer and its report is due in ten days"}},
		speakers: []string{"Anil Varma"}})
	add(auditRow{class: "subjgap/title without brackets, near miss",
		text:     "The inquiry will be led by a senior engineer and its report is due in ten days, Transit Board member Anil Varma told media.",
		want:     []quote{{"Anil Varma", auI, "The inquiry will be led by a senior engineer and its report is due in ten days"}},
		speakers: []string{"Anil Varma"}})
	add(auditRow{class: "subjgap/apposition holding a relative clause",
		text:     "Ostby: Rovers striker Paulo Brenn, scorer of the goal that gave his team their first title, has revealed that he wanted to win it for his father.",
		want:     []quote{{"Paulo Brenn", auI, "he wanted to win it for his father"}},
		speakers: []string{"Paulo Brenn"}})

	// falsename: words that are no speaker's name: a dateline's city
	// before a hyphen, a carriage's code, a name cut at an elided
	// accent's apostrophe, a star's catalogue name.
	add(auditRow{class: "falsename/dateline city before a hyphen",
		text: "Tarvik, May 13 - Marco Vell's defense lawyer on Monday said the prosecutors' request was \"very high\". \"Especially when compared to the precedent,\" said Nicolo' Brandi.",
		want: []quote{
			{"Nicolo' Brandi", auD, "Especially when compared to the precedent"},
		},
		speakers: []string{"Nicolo' Brandi"}})
	add(auditRow{class: "falsename/elided accent in a given name",
		text:     "\"The sentence is far too high,\" said Nicolo' Brandi, the defendant's lawyer.",
		want:     []quote{{"Nicolo' Brandi", auD, "The sentence is far too high"}},
		speakers: []string{"Nicolo' Brandi"}})
	add(auditRow{class: "falsename/carriage codes",
		text: "The inquiry will report in ten days, rail official Anil Varma told media.\n\n" +
			"The derailed coaches are HA1, A1, B2, S1, GS2 and the guard coach.\n\n" +
			"Of the injured passengers, one was rushed to hospital, while others were given first aid, he said.",
		want: []quote{
			{"Anil Varma", auI, "The inquiry will report in ten days"},
			{"Anil Varma", auI, "Of the injured passengers, one was rushed to hospital, while others were given first aid"},
		},
		speakers: []string{"Anil Varma"}})
	add(auditRow{class: "falsename/seat code, then she said",
		text: "Passenger Ilse Varga said the cabin filled with smoke within minutes.\n\n" +
			"The injured sat in rows 12 and 14, in seats C12, D14 and F14.\n\n" +
			"Most passengers left by the rear doors, she said.",
		want: []quote{
			{"Ilse Varga", auI, "the cabin filled with smoke within minutes"},
			{"Ilse Varga", auI, "Most passengers left by the rear doors"},
		},
		speakers: []string{"Ilse Varga"}})
	add(auditRow{class: "falsename/a firm with a digit in its name, near miss",
		text: "The mobile operator O2 said on Monday that the outage was fixed by noon.\n\n" +
			"It added that no customer data was lost.",
		want: []quote{
			{"O2", auI, "the outage was fixed by noon"},
			{"O2", auI, "no customer data was lost"},
		}})
	add(auditRow{class: "falsename/a star's name, the team said",
		text: "A team led from Ostby spotted the planets as they passed in front of a red dwarf star known as KELL-4.\n\n" +
			"The planets join three others circling KELL-4 that were found by the same team last year, after which the group said it intensified its search.",
		want:     []quote{{"", auI, "it intensified its search"}},
		speakers: []string{}})

	add(auditRow{class: "falsename/a pop star known as, near miss",
		text:     "The pop star known as Vell said she would tour next year.",
		want:     []quote{{"Vell", auI, "she would tour next year"}},
		speakers: []string{"Vell"}})
	add(auditRow{class: "falsename/a neutron star known as, the consortium said",
		text: "The signal came from a neutron star known as PSR-Kell.\n\n" +
			"Since then the collaboration has said it will watch PSR-Kell for another year.",
		want:     []quote{{"", auI, "it will watch PSR-Kell for another year"}},
		speakers: []string{}})

	// pronoun: a pronoun subject whose antecedent is a possessive subject,
	// or a company named before a full stop with no space after it.
	add(auditRow{class: "pronoun/possessive subject as antecedent",
		text: "Election chief Omar Tarik said the count was complete.\n\n" +
			"\"I know that I have to step down now,\" said President Ilyas Varo.\n\n" +
			"Varo's acceptance of the results surprised the opposition, which had expected a crackdown. He had earlier asked the poll body to defer the announcement of the results, according to reports.",
		want: []quote{
			{"Omar Tarik", auI, "the count was complete"},
			{"Ilyas Varo", auD, "I know that I have to step down now"},
			{"Ilyas Varo", auI, "the poll body to defer the announcement of the results"},
		}})
	add(auditRow{class: "pronoun/company before a run-on full stop",
		text:     "Kellco was a washout with investors Monday.Shares of the chip maker plummeted 54%, after it announced its quarterly sales would be lower than expected.",
		want:     []quote{{"Kellco", auI, "its quarterly sales would be lower than expected"}},
		speakers: []string{"Kellco"}})
	add(auditRow{class: "pronoun/company before a spaced full stop, near miss",
		text:     "Kellco was a washout with investors Monday. Shares of the chip maker plummeted 54%, after it announced its quarterly sales would be lower than expected.",
		want:     []quote{{"Kellco", auI, "its quarterly sales would be lower than expected"}},
		speakers: []string{"Kellco"}})
	add(auditRow{class: "pronoun/he said after a body's clause",
		text: "Commission member Kyaw Lin said the count would end on Sunday.\n\n" +
			"The party was free to make a complaint, he added.\n\n" +
			"The commission has so far declared results in 30% of seats and the Lotus Party won most of them, he said.",
		want: []quote{
			{"Kyaw Lin", auI, "the count would end on Sunday"},
			{"Kyaw Lin", auI, "The party was free to make a complaint"},
			{"Kyaw Lin", auI, "The commission has so far declared results in 30% of seats and the Lotus Party won most of them"},
		}})

	// cueedge: where a cue's quote starts and ends, and who holds it.
	add(auditRow{class: "cueedge/said moments ago as",
		text:     "The economy will top the talks today, President Harlan Vosk said moments ago as leaders allowed cameras into the lodge.",
		want:     []quote{{"Harlan Vosk", auI, "The economy will top the talks today"}},
		speakers: []string{"Harlan Vosk"}, exact: true})
	add(auditRow{class: "cueedge/said on a day as she did something",
		text:     "Prices will rise next year, Finance Minister Ana Berg said on Tuesday as she unveiled the budget.",
		want:     []quote{{"Ana Berg", auI, "Prices will rise next year"}},
		speakers: []string{"Ana Berg"}, exact: true})
	add(auditRow{class: "cueedge/said as a bare plural did something",
		text:     "The talks will focus on trade, Premier Ivo Lund said as union delegates gathered in the hall.",
		want:     []quote{{"Ivo Lund", auI, "The talks will focus on trade"}},
		speakers: []string{"Ivo Lund"}, exact: true})
	add(auditRow{class: "cueedge/said hours ago, sentence ends",
		text: "The bridge will reopen on Friday, the Ostby Roads Agency said two hours ago.",
		want: []quote{{"Ostby Roads Agency", auI, "The bridge will reopen on Friday"}}, exact: true})
	add(auditRow{class: "cueedge/said days ago that, near miss",
		text: "Ana Berg said two days ago that the dam was safe.",
		want: []quote{{"Ana Berg", auI, "the dam was safe"}}, exact: true})
	add(auditRow{class: "cueedge/said as many as, near miss",
		text: "Ana Berg said as many as 40 people had died in the floods.",
		want: []quote{{"Ana Berg", auI, "as many as 40 people had died in the floods"}}, exact: true})
	add(auditRow{class: "cueedge/reported missing, then the cue",
		text: "Twenty-nine people were reported missing in the northern region, the disaster agency said.",
		want: []quote{{"", auI, "Twenty-nine people were reported missing in the northern region"}}})
	add(auditRow{class: "cueedge/missing, then the cue, near miss",
		text: "Twenty-nine people were missing in the northern region, the disaster agency said.",
		want: []quote{{"", auI, "Twenty-nine people were missing in the northern region"}}})
	add(auditRow{class: "cueedge/called for X to be: no quote, as the repository's gold has it",
		text: "Prosecutors also called for Vell to be banned for life from holding public office.",
		want: []quote{}, exact: true})
	add(auditRow{class: "cueedge/called for a noun, near miss",
		text: "Prosecutors also called for a life ban from public office.",
		want: []quote{}, exact: true})
	add(auditRow{class: "cueedge/joint subject with a promise",
		text:     "The commission had said the results would not be delayed, and the police and Army promised to \"defend the decision made by the people\".",
		want:     []quote{{"", auD, "defend the decision made by the people"}},
		speakers: []string{}})
	add(auditRow{class: "cueedge/joint subject, common noun and name",
		text:     "The police and the Kell Fire Service said the road would stay closed until Monday.",
		want:     []quote{{"", auI, "the road would stay closed until Monday"}},
		speakers: []string{}})
	add(auditRow{class: "cueedge/joint subject after a clause",
		text:     "The storm eased overnight, but the government and Ostby Council warned that the river was still rising.",
		want:     []quote{{"", auI, "the river was still rising"}},
		speakers: []string{}})
	add(auditRow{class: "cueedge/head of police and a named chief, near miss",
		text:     "The head of police and Army chief Tomas Brenn said the road would stay closed until Monday.",
		want:     []quote{{"Tomas Brenn", auI, "the road would stay closed until Monday"}},
		speakers: []string{"Tomas Brenn"}})
	add(auditRow{class: "cueedge/named body alone, near miss",
		text:     "The Kell Fire Service said the road would stay closed until Monday.",
		want:     []quote{{"Kell Fire Service", auI, "the road would stay closed until Monday"}},
		speakers: []string{"Kell Fire Service"}})
	add(auditRow{class: "cueedge/request with a relative clause in it",
		text: "The ministry called on the media not to be misled by false news, which aims to undermine public trust and harm the reforms.",
		want: []quote{{"", auI, "the media not to be misled by false news, which aims to undermine public trust and harm the reforms"}}})
	add(auditRow{class: "cueedge/tweet that said, then another tweet",
		text: "The Kell State Patrol confirmed the capture in a tweet that said “#mallshooter is in custody,” while its spokesman, Sgt. Mark Dorn, tweeted “Gunman captured tonight by authorities.”",
		want: []quote{
			{"Kell State Patrol", auD, "#mallshooter is in custody"},
			{"Mark Dorn", auD, "Gunman captured tonight by authorities."},
		}})
	add(auditRow{class: "cueedge/quoted phrase a named person had mentioned",
		text:     "From the first minute, the winger showed exactly the kind of \"extra motivation\" Hans Brenn had mentioned before the game.",
		want:     []quote{{"Hans Brenn", auD, "extra motivation"}},
		speakers: []string{"Hans Brenn"}})

	// descr: a description standing for a person named nearby.
	add(auditRow{class: "descr/title alone after the titled name",
		text: "Election Commission President Omar Tarik said the count was over.\n\n" +
			"However, the Election Commission President had said that the results would not be delayed beyond Sunday.",
		want: []quote{
			{"Omar Tarik", auI, "the count was over"},
			{"Omar Tarik", auI, "the results would not be delayed beyond Sunday"},
		},
		speakers: []string{"Omar Tarik"}})
	add(auditRow{class: "descr/a board's chair by title alone",
		text: "Harbour Board Chairman Ivo Lund said the port would reopen on Friday.\n\n" +
			"The Harbour Board Chairman added that no cargo had been lost.",
		want: []quote{
			{"Ivo Lund", auI, "the port would reopen on Friday"},
			{"Ivo Lund", auI, "no cargo had been lost"},
		},
		speakers: []string{"Ivo Lund"}})
	add(auditRow{class: "descr/the body alone, near miss",
		text: "Election Commission President Omar Tarik said the count was over.\n\n" +
			"However, the Election Commission had said that the results would not be delayed beyond Sunday.",
		want: []quote{
			{"Omar Tarik", auI, "the count was over"},
			{"Election Commission", auI, "the results would not be delayed beyond Sunday"},
		}})
	add(auditRow{class: "descr/two holders of one title, near miss",
		text: "Former Party President Ana Berg said the count was over.\n\n" +
			"Party President Omar Tarik said the vote was fair.\n\n" +
			"However, the Party President had said that the results would be delayed.",
		want: []quote{
			{"Ana Berg", auI, "the count was over"},
			{"Omar Tarik", auI, "the vote was fair"},
		}})
	add(auditRow{class: "descr/outlet's reporter relays police",
		text:     "As Radio Kell's Mara Lind reported on Saturday morning, police believe he acted alone.",
		speakers: []string{}})
	add(auditRow{class: "descr/outlet's reporter reported that",
		text:     "Radio Kell's Mara Lind reported that the bridge would stay closed until June.",
		speakers: []string{}})
	add(auditRow{class: "descr/outlet's reporter as a witness, near miss",
		text:     "Radio Kell's Mara Lind said she saw the gunman leave the mall.",
		want:     []quote{{"Mara Lind", auI, "she saw the gunman leave the mall"}},
		speakers: []string{"Mara Lind"}})
	add(auditRow{class: "descr/a firm's analyst reported, near miss",
		text:     "Kellco's chief economist Mara Lind reported that prices rose in May.",
		want:     []quote{{"Mara Lind", auI, "prices rose in May"}},
		speakers: []string{"Mara Lind"}})
	for i := range rows {
		if m, ok := t2hoPending[rows[i].class]; ok {
			rows[i].known = m
		}
	}
	return rows
}
