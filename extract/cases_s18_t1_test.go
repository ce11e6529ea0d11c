package extract_test

import (
	"flag"
	"strings"
	"testing"
)

// Session 18, helper t1: classes the engine missed on the session-17
// pool "ho" (58 excerpts of real reporting, held out in session 17 and
// released for tuning; kept outside the repository). Every sentence here
// is invented: fictional people, bodies and places in the shapes the
// pool showed, with near misses that must not change.
//
// FIRST PASS (engine at f8a1dee, the table of 30 rows written first and
// run once): 19/30; two rows wanted nobody where the repository's
// conventions give the words a speaker ("a spokesman for Brantley Air"
// is the airline's; "The governor says" with "Governor Ivo Marsh" below
// is his), mended: 21/30 (0.70). On the pool itself, before any change
// here: speaker F1 0.941, quote recall 0.948, attribution 0.914 (direct
// 0.976/0.942, indirect 0.919/0.895, mixed 0.957/0.864).
//
// AFTER this branch's fourteen fixes (one commit a class; no repository
// score set falling, the held-out pages set g rising 0.862 -> 0.875 in
// speaker F1, a total only; the ten session-17 dev pools unchanged):
// the pool scores speaker F1 0.962, quote recall 0.970, attribution
// 0.943. Left: conventions where the pool's gold and the repository's
// differ ("the human resources ministry" with no name, "called for X to
// be postponed", "researchers at Oxford" as nobody), "the French FM",
// a body's investigation "into" something, a role of a body ("the NWS
// hydrologist"), offices described mid-story before their holder, and
// "he" after a paragraph about someone else.
//
// Rows added after the first pass: represented/accompanied by deputy
// (seen failing before its fix); call-noun (the eight rows seen failing
// before its fix, its near miss passing both before and after);
// quantifier-of (the five rows seen failing before its fix, its two near
// misses passing both before and after); lead-desc under a headline and
// with "CEO" (the seven rows seen failing before its fix, the near miss
// passing both before and after); product/model named twice (the three
// rows seen failing before its fix); relative-list (the two rows seen
// failing before its fix, the rest passing both before and after); amid
// (eight rows seen failing before its fix, three passing both);
// title-after-possessive (three rows failing before its fix, the two near
// misses passing both); request-list (three rows failing before its fix,
// the near miss passing both); first-person-inside (four rows failing
// before its fix, two passing both; the unnamed near miss fails both,
// known); unknown-present (three "beyond" rows failing before its fix,
// one passing both, the near miss passing both; the "after the vote"
// rows are a second mechanism, known); opening-description (three
// "Calling X “Y”," rows failing before its fix, the near miss passing
// both; the describing participles, known at first, fixed by a later
// commit but for the comma after the marks); office-then-holder (three
// rows failing before its fix, the near miss passing both).

var t1Known = flag.Bool("t1.known", false, "TestAuditS18T1 runs its known failures too, to see which a change fixed")

// t1Rows crosses the pool's missed shapes with invented people.
func t1Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// represented: "NAME, represented by ROLE, NAME2, said ..." is NAME's
	// speech read out by NAME2; the words and the later "he said" are
	// NAME's, and the reader is no speaker.
	type rep struct{ who, short, reader, role string }
	reps := []rep{
		{"Godfrey Amadi", "Amadi", "Mr. Tobi Eze", "the Deputy Director, Press Office of the Authority,"},
		{"Halima Bassey", "Bassey", "Mrs. Ruth Okon", "the Head of Legal Services,"},
		{"Emeka Obiora", "Obiora", "Dr. Sani Lawal", "his Special Adviser on Media,"},
	}
	for _, r := range reps {
		add(auditRow{class: "represented/said/" + r.short,
			text: "The chairman of the Velmark Ports Authority, " + r.who + ", said on Monday the authority would cut fees.\n\n" +
				r.short + ", represented by " + r.role + " " + r.reader + ", said the authority would also build two new berths.\n\n" +
				"He said the work would start in March.",
			want: []quote{
				{r.who, auI, "the authority would cut fees"},
				{r.who, auI, "the authority would also build two new berths"},
				{r.who, auI, "the work would start in March"},
			},
			speakers: []string{r.who}})
	}
	add(auditRow{class: "represented/accompanied by deputy",
		text:     "Godfrey Amadi toured the port on Monday.\n\nAmadi, accompanied by his deputy, Ruth Okon, said the authority would also build two new berths.",
		want:     []quote{{"Godfrey Amadi", auI, "the authority would also build two new berths"}},
		speakers: []string{"Godfrey Amadi"}})
	add(auditRow{class: "represented/near: reader speaks for himself",
		text: "Godfrey Amadi did not attend the meeting.\n\nMr. Tobi Eze, the Deputy Director, Press Office of the Authority, said the authority would also build two new berths.",
		want: []quote{{"Tobi Eze", auI, "the authority would also build two new berths"}}})
	add(auditRow{class: "represented/near: represented at the talks",
		text: "Velmark, represented at the talks by its trade minister, Orla Feeney, said it would sign the deal.",
		want: []quote{{"Velmark", auI, "it would sign the deal"}}})

	// office-then-holder: an office with its body's acronym, then the
	// holder named with an honorific in apposition.
	for _, f := range []struct{ name, office, holder, who string }{
		{"governor acronym Mr", "The Governor of Central Bank of Velmark (CBV)", "Mr. Godfrey Amadi", "Godfrey Amadi"},
		{"director acronym Mrs", "The Director-General of Ports Authority of Tarvia (PAT)", "Mrs. Halima Bassey", "Halima Bassey"},
		{"chairman acronym Dr", "The Chairman of Marren Water Board (MWB)", "Dr. Emeka Obiora", "Emeka Obiora"},
	} {
		add(auditRow{class: "office-then-holder/" + f.name,
			text:     f.office + ", " + f.holder + ", said on Wednesday the body would cut its fees.",
			want:     []quote{{f.who, auI, "the body would cut its fees"}},
			speakers: []string{f.who}})
	}
	add(auditRow{class: "office-then-holder/near: a body then its member",
		text: "The Marren Water Board (MWB), Mr. Emeka Obiora's former employer, said on Wednesday it would cut its fees.",
		want: []quote{{"Marren Water Board", auI, "it would cut its fees"}}})

	// lead description: a lead's cue names its speaker by office ("The
	// chief executive of Brantley Air says ...") and the next paragraphs
	// name the holder.
	add(auditRow{class: "lead-desc/CEO of says, told reporters below",
		text: "The chief executive of Brantley Air says he wants to \"apologise without reserve\" to travellers hit by cancelled flights.\n\n" +
			"The airline had to cancel 31 flights out of Corvel airport this week, Oren Vask told reporters in a call on Tuesday.",
		want: []quote{
			{"Oren Vask", auM, "he wants to \"apologise without reserve\" to travellers hit by cancelled flights"},
			{"Oren Vask", auI, "The airline had to cancel 31 flights out of Corvel airport this week"},
		}})
	add(auditRow{class: "lead-desc/CEO of says, said below",
		text: "The chief executive of Brantley Air says the airline will refund every passenger.\n\n" +
			"\"We let people down,\" Oren Vask said on Tuesday.",
		want: []quote{
			{"Oren Vask", auI, "the airline will refund every passenger"},
			{"Oren Vask", auD, "We let people down"},
		}})
	add(auditRow{class: "lead-desc/head of at agency hails, told reporters below",
		text: "The head of emergencies at the Tarvian Health Agency is hailing “good news” in early trial results, but warns “there is a long way to go.”\n\n" +
			"“We now need much larger trials,” Dr. Lise Armand told reporters in Corvel.",
		want: []quote{
			{"Lise Armand", auD, "there is a long way to go."},
			{"Lise Armand", auD, "We now need much larger trials"},
		}})
	add(auditRow{class: "lead-desc/mayor of warning, Mayor below",
		text: "As the river rose, the mayor of Calder, the county's biggest town, repeated his call for residents to leave, warning them not to ignore the alerts.\n\n" +
			"Mayor Tobin Reyes said people should leave the town as soon as possible.",
		want: []quote{
			{"Tobin Reyes", auI, "them not to ignore the alerts"},
			{"Tobin Reyes", auI, "people should leave the town as soon as possible"},
		}})
	// Under a headline, "The" opens the lead paragraph in capitals; an
	// office in capitals ("CEO") is a description as "chief executive" is.
	heads := []struct{ name, text string }{
		{"sentence-case headline", "Brantley Air chief apologises for Corvel cancellations\n\n"},
		{"no headline", ""},
		{"title-case headline", "Corvel Flight Cancellations\n\n"},
	}
	for _, hl := range heads {
		for _, office := range []string{"CEO", "chief executive", "chairman"} {
			add(auditRow{class: "lead-desc/" + hl.name + "/" + office,
				text: hl.text + "The " + office + " of Brantley Air says he wants to \"apologise without reserve\" to travellers hit by cancelled flights.\n\n" +
					"The airline had to cancel 31 flights this week, Oren Vask told reporters in a media call.",
				want: []quote{
					{"Oren Vask", auM, "he wants to \"apologise without reserve\" to travellers hit by cancelled flights"},
					{"Oren Vask", auI, "The airline had to cancel 31 flights this week"},
				}})
		}
	}
	add(auditRow{class: "lead-desc/near: headline, the CEO, then a union leader",
		text: "Brantley Air chief apologises for Corvel cancellations\n\nThe CEO of Brantley Air says the airline will refund every passenger.\n\n" +
			"Pilots' union leader Mara Quell said the refunds came too late.",
		want: []quote{
			{"", auI, "the airline will refund every passenger"},
			{"Mara Quell", auI, "the refunds came too late"},
		}})
	add(auditRow{class: "lead-desc/near: spokesman then CEO named",
		text: "A spokesman for Brantley Air said the airline will refund every passenger.\n\n" +
			"\"We let people down,\" chief executive Oren Vask said on Tuesday.",
		want: []quote{
			{"Brantley Air", auI, "the airline will refund every passenger"},
			{"Oren Vask", auD, "We let people down"},
		}})
	add(auditRow{class: "lead-desc/near: officials then a named official",
		text: "Officials said the bridge would stay shut until Friday.\n\n" +
			"\"It is not safe yet,\" said Marta Quill, a county engineer.",
		want: []quote{
			{"", auI, "the bridge would stay shut until Friday"},
			{"Marta Quill", auD, "It is not safe yet"},
		}})

	// cue shapes: reported speech the engine did not find at all.
	type shape struct{ name, text, speaker, quote string }
	shapes := []shape{
		{"said none of", "Prosecutor Dana Whitlock said none of that matters in a case this brutal.", "Dana Whitlock", "none of that matters in a case this brutal"},
		{"said nothing", "Prosecutor Dana Whitlock said nothing could excuse the attack.", "Dana Whitlock", "nothing could excuse the attack"},
		{"says beyond", "The governor says beyond setting interest rates, the bank also runs the payments system.\n\nGovernor Ivo Marsh spoke in Tarvik.", "Ivo Marsh", "beyond setting interest rates, the bank also runs the payments system"},
		{"said apart from", "Ivo Marsh said apart from the rates, the bank also prints the banknotes.", "Ivo Marsh", "apart from the rates, the bank also prints the banknotes"},
		{"appositive subject, commission said", "Velmark's ruling party candidate, a retired colonel, won the presidential vote, the country's electoral commission said on Monday.", "", "Velmark's ruling party candidate, a retired colonel, won the presidential vote"},
		{"told reporters in a call", "The airline had to cancel 31 flights out of Corvel airport between Dec. 3 and Tuesday, Oren Vask told reporters in a media call on Tuesday afternoon.", "Oren Vask", "The airline had to cancel 31 flights out of Corvel airport between Dec. 3 and Tuesday"},
		{"called for ... to be postponed", "The opposition last week called for the vote to be postponed, but the election board said everything was in order.", "", "the vote to be postponed"},
		{"authorities urged people to", "Authorities urged people in the Marren and Tolvey districts to move to higher ground.", "", "people in the Marren and Tolvey districts to move to higher ground"},
	}
	for _, s := range shapes {
		add(auditRow{class: "cue-shape/" + s.name, text: s.text, want: []quote{{s.speaker, auI, s.quote}}})
	}
	// call-noun: a call held ("a media call", "a press call") after a
	// trailing cue is the occasion, not a verb.
	for _, occ := range []string{"in a media call", "on a press call", "during a briefing call", "in a media call on Tuesday afternoon"} {
		add(auditRow{class: "call-noun/trailing cue " + occ,
			text: "The ferry line had to cancel 14 sailings between Ostrel and Tarvik this week, Mira Dunmore told reporters " + occ + ".",
			want: []quote{{"Mira Dunmore", auI, "The ferry line had to cancel 14 sailings between Ostrel and Tarvik this week"}}})
		add(auditRow{class: "call-noun/said " + occ,
			text: "The ferry line will restore every sailing by Friday, Mira Dunmore said " + occ + ".",
			want: []quote{{"Mira Dunmore", auI, "The ferry line will restore every sailing by Friday"}}})
	}
	add(auditRow{class: "call-noun/near: the media call it",
		text: "Mira Dunmore said the media call it a crisis, but the line is sound.",
		want: []quote{{"Mira Dunmore", auI, "the media call it a crisis, but the line is sound"}}})
	// quantifier-of: "none of that", "some of them" opens the clause
	// even when its verb is one the lexicon does not know.
	for _, q := range []struct{ share, verb string }{
		{"none of that", "matters in a case this brutal"},
		{"none of this", "changes the verdict"},
		{"some of them", "deserve a second look"},
		{"most of it", "belongs to the harbour trust"},
		{"all of that", "counts against him"},
	} {
		add(auditRow{class: "quantifier-of/" + q.share + " " + q.verb,
			text: "Prosecutor Dana Whitlock said " + q.share + " " + q.verb + ".",
			want: []quote{{"Dana Whitlock", auI, q.share + " " + q.verb}}})
	}
	add(auditRow{class: "quantifier-of/near: said none of them, no verb",
		text: "Asked which of the plans had failed, Dana Whitlock said none of them.",
		want: nil, exact: true})
	add(auditRow{class: "quantifier-of/near: praised some of them",
		text: "Dana Whitlock praised some of them warmly.",
		want: nil, exact: true})
	// amid: a trailing cue with an "amid" scene after it keeps the
	// clause before it.
	for _, sc := range []string{"amid falling sales", "on Monday amid protests by dock workers", "amid allegations of fraud by the opposition's main candidate", "late on Friday amidst talk of a strike"} {
		add(auditRow{class: "amid/trailing/" + sc,
			text: "The Harrow plant will close next year, Lena Brask said " + sc + ".",
			want: []quote{{"Lena Brask", auI, "The Harrow plant will close next year"}}})
		add(auditRow{class: "amid/body trailing/" + sc,
			text: "Velmark's ruling party candidate, a retired colonel, won the vote, the country's electoral board said " + sc + ".",
			want: []quote{{"", auI, "Velmark's ruling party candidate, a retired colonel, won the vote"}}})
	}
	add(auditRow{class: "amid/said amid the protests that",
		text: "Lena Brask said amid the protests that the Harrow plant would close.",
		want: []quote{{"Lena Brask", auI, "the Harrow plant would close"}}})
	add(auditRow{class: "amid/said amid falling sales the firm would",
		text: "Lena Brask said amid falling sales the firm would close the Harrow plant.",
		want: []quote{{"Lena Brask", auI, "the firm would close the Harrow plant"}}})
	add(auditRow{class: "amid/near: a scene before the cue",
		text: "Amid falling sales, Lena Brask said the firm would close the Harrow plant.",
		want: []quote{{"Lena Brask", auI, "the firm would close the Harrow plant"}}})
	// request-list: the hearers' phrase lists names with commas.
	for _, l := range []struct{ verb, hearers string }{
		{"urged", "people in the Marren, Tolvey and Ostrel provinces"},
		{"told", "residents of Marren Oriental, Tolvey Del Sur and Tolvey Del Norte"},
		{"asked", "drivers from Marren, Tolvey and Ostrel"},
	} {
		add(auditRow{class: "request-list/" + l.verb,
			text: "Mayor Hanna Oberg " + l.verb + " " + l.hearers + " to move to higher ground.",
			want: []quote{{"Hanna Oberg", auI, l.hearers + " to move to higher ground"}}})
	}
	add(auditRow{class: "request-list/near: one place",
		text: "Mayor Hanna Oberg urged people in the Marren province to move to higher ground.",
		want: []quote{{"Hanna Oberg", auI, "people in the Marren province to move to higher ground"}}})
	// unknown-present: a present tense the lexicon does not know, after
	// an article and its noun, past an opening phrase.
	for _, v := range []string{"looks after payments and banknotes", "hinges on the vote in May", "dates from the last century", "sits at the heart of the plan"} {
		add(auditRow{class: "unknown-present/beyond/" + strings.Fields(v)[0],
			text: "Governor Ivo Marsh says beyond setting interest rates, the bank also " + v + ".",
			want: []quote{{"Ivo Marsh", auI, "beyond setting interest rates, the bank also " + v}}})
		add(auditRow{class: "unknown-present/after the vote/" + strings.Fields(v)[0],
			text: "Governor Ivo Marsh said after the vote, the bank " + v + ".",
			want: []quote{{"Ivo Marsh", auI, "the bank " + v}}})
	}
	add(auditRow{class: "unknown-present/near: confirmed the team talks",
		text: "Lena Brask confirmed the team talks with Velmark.",
		want: nil, exact: true})
	add(auditRow{class: "cue-shape/near: said none were hurt",
		text: "Police said none were hurt.",
		want: []quote{{"", auI, "none were hurt"}}})
	add(auditRow{class: "cue-shape/near: called for calm",
		text: "The opposition called for calm on Sunday.",
		want: nil, exact: true})

	// product: a product named with a model number is no person, and
	// "he" after it is the person the paragraph is about.
	for _, prod := range []string{"Galaxon X7", "Nimbus 3", "Pell Q12"} {
		add(auditRow{class: "product/he joked/" + prod,
			text: "Kestrel Mobile unveiled the " + prod + " on Sunday. The launch was led by mobile chief Arno Tesch.\n\n" +
				"The " + prod + " has a metal body and a bigger screen.\n\n" +
				"Tesch seemed relaxed, even making jokes. Referring to his English, he joked: “My mother tongue is engineering.”",
			want:     []quote{{"Arno Tesch", auD, "My mother tongue is engineering."}},
			speakers: []string{"Arno Tesch"}})
	}

	// The pool's shape: the product named with a model code twice and
	// the person once, then several paragraphs of "he".
	for _, prod := range [][2]string{{"Nimbus X7", "Nimbus X6"}, {"Galaxon S9", "Galaxon S8"}, {"Pell Q12", "Pell Q11"}} {
		add(auditRow{class: "product/model named twice/" + prod[0],
			text: "Kestrel Mobile has launched its new flagship phone the " + prod[0] + " in Corvel. The launch is led by mobile chief Arno Tesch.\n\n" +
				"After weak sales of the " + prod[1] + " last year, there was talk that Tesch would be moved.\n\n" +
				"Tesch kept his job. Now he has returned strong with the debut of the new " + strings.Fields(prod[0])[0] + ".\n\n" +
				"At the launch held Sunday, he himself took the wraps off the new phones in front of 6,000 people.\n\n" +
				"Compared to his past talks, he seemed more relaxed. Referring to his English, he joked: “My mother tongue is engineering.”",
			want:     []quote{{"Arno Tesch", auD, "My mother tongue is engineering."}},
			speakers: []string{"Arno Tesch"}})
	}
	add(auditRow{class: "product/near: a person after the model",
		text:     "Kestrel Mobile has launched the Nimbus X7 in Corvel.\n\n“It is our best phone,” said Lena Brask, who runs the phone unit.",
		want:     []quote{{"Lena Brask", auD, "It is our best phone"}},
		speakers: []string{"Lena Brask"}})

	// title-after-possessive: a title in marks between "their" (his,
	// its) and the noun it names is no quotation.
	for _, n := range []string{"“Empty Frames” campaign", "“Open Doors” project", "“Harbour Lights” tour"} {
		add(auditRow{class: "title-after-possessive/" + strings.Trim(strings.Fields(n)[len(strings.Fields(n))-1], "”"),
			text: "In Velmark, culture minister Piotr Galen continued their " + n + ", to bring attention to stolen artwork.",
			want: nil, exact: true, speakers: []string{}})
	}
	add(auditRow{class: "title-after-possessive/near: words said after their",
		text: "Piotr Galen said their “Big Promise” was empty.",
		want: []quote{{"Piotr Galen", auM, "their “Big Promise” was empty"}}})
	add(auditRow{class: "title-after-possessive/near: their hearts",
		text: "Piotr Galen said their “hearts go out” to the families.",
		want: []quote{{"Piotr Galen", auM, "their “hearts go out” to the families"}}})

	// first-person-inside: an unquoted first-person sentence ended by a
	// named cue is that speaker's whole, its own "I" cue included.
	for _, f := range []struct{ name, body string }{
		{"stressed", "In the spirit of the talks, I stressed Velmark's resolve to help end the war without preconditions"},
		{"told", "I told them we would not give up"},
		{"warned", "During the call I warned my counterparts over the risk of a wider war"},
	} {
		for _, cue := range []string{"Abelard added", "said Abelard"} {
			add(auditRow{class: "first-person-inside/" + f.name + "/" + cue,
				text: "Corin Abelard spoke to reporters in Tarvik.\n\n" + f.body + ", " + cue + ".",
				want: []quote{{"Corin Abelard", auI, f.body}}})
		}
	}
	add(auditRow{class: "first-person-inside/near: unnamed trailing cue",
		text: "I told them we would not give up, one protester said.",
		want: []quote{{"", auI, "I told them we would not give up"}}})

	// opening-description: an opening participle that calls something by
	// words in marks, its comma after the marks or inside them.
	for _, f := range []struct{ name, text, quote string }{
		{"call comma outside", "Calling the plan “a disaster”, Lise Armand left the room.", "a disaster"},
		{"call comma inside", "Calling the plan “a slow disaster,” Lise Armand left the room.", "a slow disaster,"},
		{"call the vote", "Calling the vote “a farce”, Tomas Brenn walked out of the hall.", "a farce"},
		{"describe as", "Describing her own remarks as a “stern warning,” Lise Armand laid out the threats from floods and fires.", "her own remarks as a “stern warning"},
		{"characterize as", "Characterizing her own remarks as a “stern warning,” Lise Armand laid out the threats from floods and fires.", "her own remarks as a “stern warning"},
		{"characterise as, spread", "Characterising the vote as “a farce”, Tomas Brenn spread the word to his allies.", "the vote as “a farce”"},
	} {
		who := "Lise Armand"
		if strings.Contains(f.text, "Brenn") {
			who = "Tomas Brenn"
		}
		kind := auD
		if strings.Contains(f.quote, " as ") {
			kind = auM // "her own remarks as a “stern warning": what is described and its words
		}
		add(auditRow{class: "opening-description/" + f.name, text: f.text,
			want: []quote{{who, kind, f.quote}}})
	}
	add(auditRow{class: "opening-description/near: calling for calm",
		text: "Calling for calm, Lise Armand left the room.",
		want: nil, exact: true})

	// minister abbreviation: "the FM" is the foreign minister named above.
	add(auditRow{class: "abbrev/the French FM said",
		text: "Velmark's foreign minister Corin Abelard has warned the foreign ministers of Tarvia and Ostrel over the risk of a wider war.\n\n" +
			"The border talks will resume without preconditions next week, the Velmark FM said in a statement.",
		want:     []quote{{"Corin Abelard", auI, "The border talks will resume without preconditions next week"}},
		speakers: []string{"Corin Abelard"}})

	// a body's own document: "the Ostrel Rowing Union's initial
	// investigation stated that ..." is the union's.
	add(auditRow{class: "org-document/investigation stated",
		text: "A rower went missing during a training session, and the Ostrel Rowing Union's initial investigation stated that the lake chosen for the session was dangerous.",
		want: []quote{{"Ostrel Rowing Union", auI, "the lake chosen for the session was dangerous"}}})
	add(auditRow{class: "org-document/report found",
		text: "The Ostrel Rowing Union's report found that the lake chosen for the session was dangerous.",
		want: []quote{{"Ostrel Rowing Union", auI, "the lake chosen for the session was dangerous"}}})

	// particle surname: "Ben van Tassel" is later "Tassel".
	add(auditRow{class: "particle-surname/who-clause added that",
		text: "\"We are on track,\" said Kestrel chief executive Joost van Brederode.\n\n" +
			"Brederode, who recently visited Tarvik and Ostrel, added that the parties expect to finish the deal in early 2027.",
		want: []quote{
			{"Joost van Brederode", auD, "We are on track"},
			{"Joost van Brederode", auI, "the parties expect to finish the deal in early 2027"},
		}})
	// relative-list: a relative clause between the subject and the cue
	// lists names with commas.
	for _, l := range []string{"Tarvik, Ostrel, Velmark and Corvel to discuss the deal", "Tarvik, Ostrel and Corvel", "Ivo Tamm, Lena Brask and Ada Moe about the deal"} {
		add(auditRow{class: "relative-list/" + l,
			text: "\"We are on track,\" said Kestrel chief executive Joost Brederode.\n\n" +
				"Brederode, who has recently visited " + l + ", added that the parties expect to finish the deal in early 2027.",
			want: []quote{
				{"Joost Brederode", auD, "We are on track"},
				{"Joost Brederode", auI, "the parties expect to finish the deal in early 2027"},
			}})
	}
	add(auditRow{class: "relative-list/near: the list speaks",
		text: "Tarvik, Ostrel and Corvel said on Monday that they would sign the pact.",
		want: []quote{{"", auI, "they would sign the pact"}}})
	add(auditRow{class: "relative-list/near: the last named speaks after a description",
		text: "The group's founder, who grew up in Tarvik, Mara Quell, said the pact would hold.",
		want: []quote{{"Mara Quell", auI, "the pact would hold"}}})
	add(auditRow{class: "particle-surname/near: van Brederode added",
		text: "\"We are on track,\" said Kestrel chief executive Joost van Brederode.\n\n" +
			"Van Brederode added that the parties expect to finish the deal in early 2027.",
		want: []quote{
			{"Joost van Brederode", auD, "We are on track"},
			{"Joost van Brederode", auI, "the parties expect to finish the deal in early 2027"},
		}})

	// body and role: "The Tarvian Weather Office (TWO) forecaster told
	// the Corvel Post that ..." is the office's.
	add(auditRow{class: "body-role/forecaster told",
		text: "The Tarvian Weather Office (TWO) forecaster told the Corvel Post that the Marren River is expected to crest at 12 metres on Monday.",
		want: []quote{{"Tarvian Weather Office", auI, "the Marren River is expected to crest at 12 metres on Monday"}}})

	for i := range rows {
		rows[i].known = t1KnownMechanism[rows[i].class]
	}
	return rows
}

// t1KnownMechanism names, by row class, the mechanism of each row still
// failing, so that the test passes while the rate counts them.
var t1KnownMechanism = map[string]string{
	"cue-shape/called for ... to be postponed":       "call-for: \"called for X to be done\" is a demand the engine does not report",
	"first-person-inside/near: unnamed trailing cue": "first-person-inside: after an unnamed trailing cue the inner \"I told\" keeps its own clause (nobody's either way)",
	"unknown-present/after the vote/looks":           "unknown-present: after a skipped time phrase and its comma the strict clause test still refuses an unknown present",
	"unknown-present/after the vote/dates":           "unknown-present: after a skipped time phrase and its comma the strict clause test still refuses an unknown present",
	"unknown-present/after the vote/sits":            "unknown-present: after a skipped time phrase and its comma the strict clause test still refuses an unknown present",
	"unknown-present/after the vote/hinges":          "unknown-present: as its siblings; it passed until session 30 only because \"in May\" was read as the modal \"may\"",
	"opening-description/characterise as, spread":    "opening-description: with the comma after the closing mark, a describing participle's \"X as “Y”\" is not found",
	"abbrev/the French FM said":                      "abbreviated-office: \"FM\" is no role word; \"the Velmark FM\" becomes a body",
	"org-document/investigation stated":              "org-document: a body's possessive before its investigation's verb is not its speaker",
	"body-role/forecaster told":                      "body-role: \"the Office (TWO) forecaster\" is an unnamed role, given to nobody",
}

func TestAuditS18T1(t *testing.T) { runAudit(t, "t1", t1Rows(), *t1Known) }
