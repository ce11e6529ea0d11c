package extract_test

import (
	"flag"
	"testing"
)

// Session 26: faults read off the pools released after session 26's
// fresh ones were graded blind, each a fault of the engine's grammar, not
// of one article's wording. First pass on version 35 (the rows copied
// into a worktree of 9228e18e): 24/63, every near miss among the 24.
//
// Shape "namedbelow": a wire lead names its source by office only ("a
// rebel spokesman said", "according to an official of the International
// Office for Travellers", "a Tarvian presidential spokesperson said",
// "The spokesperson for Secretary-General Ivo Brandt said") and a
// paragraph or three below names the holder of that office. The words
// went to nobody, to the body, or to the person spoken for. Near misses:
// "a spokesman said" with nothing to match, an office of another body.
//
// Shape "andsubject": "said their position and relations with colleagues
// makes it possible to ..." was an object, not a clause: a subject of two
// nouns joined by "and" after a possessive was a clause only when a plural
// verb followed the second noun at once. Near miss: "said their goodbyes
// and left".
//
// Shape "courttitle": the titles of South African and Kenyan courts and
// of the Irish police, "Advocate Shamila Varo", "Detective Garda Ivo
// Tamm", stayed in the name, a speaker no other form of it matched. Near
// miss: "Garda Headquarters", a body.
//
// Shape "solejudge": in a report of a hearing before one judge, "the
// court" that asks, remarks, observes and rules ("Justice Omar Velk heard
// the pleas. ... The court remarked that ...") was nobody, or the court
// named in the story; it is the one who sat. And "Judge Ana Lind held he
// was a flight risk": "held" reported a ruling only with its "that".
// Near misses: a bench or a unanimous ruling ("the court" stays the
// court), "Ivo Tamm held a meeting".
//
// Shape "courtverbs": a lawyer's "submitted that ..." said nothing, and
// "He thereby urged the court to ..." took "thereby" for its subject.
// Near miss: "submitted a report".
//
// Shape "letters": a body's letters that spell its connectors too, "United
// Nations Interim Force in Lebanon (UNIFIL)", ended the name at "in",
// and "Investigation officer (IO)" made "The IO submitted that" a body
// called IO. Near miss: a body's letters after its capitalised name.
//
// Shape "namedtail": three faults of a name at the end of a cue: "said
// KPA head of communications, Bulelwa Tenn, via an emailed statement"
// lost its speaker to "emailed", read as a verb; "Prosecutor Tshepo
// Mahange kaMsizi claimed" ended the name before its lower-case prefix;
// "According to Police First Information Report" and "the Kessby Annual
// Report" were people. Near misses: "iPhone", a brand; "Consumer Reports".
//
// Shape "wirename": a news service known by its name, "the Local
// Democracy Reporting Service", was a body that spoke. Near miss: "the
// Financial Reporting Council", a regulator.
//
// Shape "closingcue": a request's clause ran on through ", stated Prime
// Minister Ilse Varo in an interview", the inverted cue and its speaker
// ending the sentence after a phrase about the saying. (Whose the request
// is, the leaders' or the prime minister's, is left: a held-out set gives
// an unnamed subject's report to no one.)
//
// Shape "inresponse": "said in response to a question about the number of
// attackers who died that ..." lost its clause: the occasion's own
// relative clause ended the phrase. Near miss: "said in response to the
// ruling the road was closed", no "that".
//
// Shape "quotedsubject": "said “a written and verbal protest” was
// delivered" was a direct quotation of the phrase alone: "written", a
// participle after an article, was read as a verb inside the marks. Near
// miss: "said “the ship was hit”", a clause in the marks.
//
// Shape "describedbody": "the UN atomic watchdog said", "the U.N. food
// agency said" were bodies of their own beside the International Atomic
// Energy Agency and the World Food Programme the story names. Near miss:
// a description no named body's words hold ("the UN nuclear watchdog").
//
// Shape "latesurname": "Justice Omar Velk" first and "Justice Omar Velk
// Tarin" later were two judges, so "the court" had no sole judge and the
// fuller name spoke apart. Near miss: the fuller name without the title,
// which may be another's (a father's, a son's).
//
// Shape "statebody": "the Chinese coast guard said" was nobody, and "the
// bloc said" after "the regional bloc ECOWAS" too: a nation's coast guard
// is a body as its coastguard is, and "bloc" a body's word. Near miss: "a
// security guard said".
//
// Shape "bizvoices": three faults of business copy: "Businesses have been
// clamouring for a cut, saying ..." made a body called Businesses; "VPI
// bosses said" was nobody, where "VPI officials said" was VPI; and "he
// warns the Bank must weigh ..." took "the Bank" for the one warned and
// reported "must weigh ...". Near misses: "Harbour bosses said" (no body
// named), "he told the committee it was late" (a hearer).
//
// Shape "sporttail": "..., captain Vikram Tal said on Thursday after the
// team conceded a 1-2 series loss." reported nothing: the clause of time
// after the cue, with a verb of its own, stopped the search for the
// clause before. And "Varnshire fire and rescue service said" lost its
// speaker at "and". Near miss: a clause of time that reports speech of
// its own ("after the minister announced that ...").
//
// Shape "datelineoffice": "TARVIK — The CEO of Pellam Air says travel
// demand is strong, explaining why ..." and below "CEO Ivo Varo said":
// the office after a dateline was not found (the sentence opens with the
// town), and the participle sharing the subject stayed nobody's when the
// lead's office was given its holder late. Near miss: another office
// below ("CFO Ana Lind said").
//
// Shape "firmname": a firm named in its officer's title by its legal form,
// "Kessa Motor Corp. President Ivo Varo", was no body a later "the
// automaker said" could mean; and "an Anglo American spokesman", after
// "Anglo American Corp.", read as two nations' spokesman. Near misses:
// "Mining Minister Frida Osk" (no firm), "a Norland spokesman" beside the
// Norland Foreign Ministry.
//
// Shape "regulator": "The UK's competition watchdog said" made the UK a
// speaker; it is the Competition and Markets Authority the story names,
// or, when the story names none by words the description holds, no one.
// And "Checks found that the margin was too small" made a body called
// Checks. Near miss: "the Kessan health ministry", a country's body.
//
// Shape "ministertitle": "Algerian Energy and Mining Minister Chakib
// Varo told reporters" was a body called Algerian Energy and a man, two
// speakers and so none; and "a Chinese defence ministry spokesman said"
// was nobody, where "an Israeli army spokesman" was the army. Near miss:
// "the Energy Ministry and Mining Minister Ana Lind", a body and a woman.

var s26Known = flag.Bool("s26.known", false, "TestAuditS26 runs its known failures too")

func s26Rows() []auditRow {
	return []auditRow{
		// namedbelow.
		{class: "namedbelow/modifier", text: "Rebels in Osland reached the outskirts of Varnholt on Tuesday, but a rebel spokesman said they did not plan to take the city.\n\nIn four days of fighting, the rebels have advanced closer than ever.\n\nColonel Ardo Venn, spokesman for the Tarsk rebels, said fighters had advanced to within two kilometres of the city.",
			want: []quote{{"Ardo Venn", auI, "they did not plan to take the city"}, {"Ardo Venn", auI, "fighters had advanced to within two kilometres of the city"}}},
		{class: "namedbelow/body", text: "Nearly 1,000 migrants were returned to Kessa this week, according to an official of the International Office for Travellers.\n\nMira Dalen, a spokeswoman for the IOT, also said the migrants were likely to be taken to detention centres.",
			want:     []quote{{"Mira Dalen", auI, "Nearly 1,000 migrants were returned to Kessa this week"}, {"Mira Dalen", auI, "the migrants were likely to be taken to detention centres"}},
			speakers: []string{"Mira Dalen"}},
		{class: "namedbelow/title", text: "A delegation from the regional bloc met the ousted president in Varno on Saturday, a Kessan presidential spokesperson said.\n\nThe bloc is pursuing diplomatic ways to reverse the coup.\n\nThe group was led by a former army chief, an official said.\n\nKessan presidential spokesperson Ilmar Otsa posted a photo of the delegation.",
			want: []quote{{"Ilmar Otsa", auI, "A delegation from the regional bloc met the ousted president in Varno on Saturday"}, {"", auI, "The group was led by a former army chief"}}},
		{class: "namedbelow/forperson", text: "The spokesperson for Secretary-General Ivo Brandt on Monday said the agency is distressed by the crisis in Varno.\n\nTomas Kell said that the Secretary-General is gravely alarmed by reports of an assault on the city.",
			want:     []quote{{"Tomas Kell", auI, "the agency is distressed by the crisis in Varno"}, {"Tomas Kell", auI, "the Secretary-General is gravely alarmed by reports of an assault on the city"}},
			speakers: []string{"Tomas Kell"}},
		{class: "namedbelow/forperson", text: "A spokeswoman for Marlow Premier Ivo Brandt says he will not attend the meeting in Kessby.\n\nSpokeswoman Ana Lind said this morning Brandt has decided he must stay in Marlow.",
			want: []quote{{"Ana Lind", auI, "he will not attend the meeting in Kessby"}, {"Ana Lind", auI, "this morning Brandt has decided he must stay in Marlow"}}},
		{class: "namedbelow/near", text: "The convoy was stopped at the border, a spokesman said.\n\nThe road was closed for hours.\n\nArdo Venn, a spokesman for the army, said troops had fired warning shots.",
			want: []quote{{"", auI, "The convoy was stopped at the border"}, {"Ardo Venn", auI, "troops had fired warning shots"}}},
		{class: "namedbelow/near", text: "The convoy was stopped at the border, a rebel spokesman said.\n\nThe road was closed for hours.\n\nArdo Venn, a spokesman for the army, said troops had fired warning shots.",
			want: []quote{{"", auI, "The convoy was stopped at the border"}, {"Ardo Venn", auI, "troops had fired warning shots"}}},
		{class: "namedbelow/near", text: "Nearly 1,000 migrants were returned to Kessa this week, according to an official of the International Office for Travellers.\n\nMira Dalen, a spokeswoman for the Kessa Red Cross, said the centres were full.",
			want: []quote{{"International Office for Travellers", auI, "Nearly 1,000 migrants were returned to Kessa this week"}, {"Mira Dalen", auI, "the centres were full"}}},
		// andsubject.
		{class: "andsubject/pp", text: "Meshak Varo said their position and relations with colleagues makes it possible to meddle with the inquiry.",
			want: []quote{{"Meshak Varo", auI, "their position and relations with colleagues makes it possible to meddle with the inquiry"}}},
		{class: "andsubject/pp", text: "Ilse Brenn said its budget and staff numbers were cut last year.",
			want: []quote{{"Ilse Brenn", auI, "its budget and staff numbers were cut last year"}}},
		{class: "andsubject/near", text: "The players said their goodbyes and left the hall.",
			want: []quote{}, speakers: []string{}},
		// courttitle.
		{class: "courttitle/advocate", text: "Advocate Shamila Varo, the national prosecutor, said the charges were withdrawn.\n\nVaro said the case would be reviewed.",
			want: []quote{{"Shamila Varo", auI, "the charges were withdrawn"}, {"Shamila Varo", auI, "the case would be reviewed"}}, speakers: []string{"Shamila Varo"}},
		{class: "courttitle/garda", text: "Detective Garda Ivo Tamm said the men had fled.\n\nGarda Tamm said the car was found later.",
			want: []quote{{"Ivo Tamm", auI, "the men had fled"}, {"Ivo Tamm", auI, "the car was found later"}}, speakers: []string{"Ivo Tamm"}},
		{class: "courttitle/near", text: "Garda Headquarters said the review was complete.",
			want: []quote{{"Garda Headquarters", auI, "the review was complete"}}},
		// solejudge.
		{class: "solejudge/remarked", text: "Justice Omar Velk heard the pleas of the Tarvik Party at the Kessby High Court on Monday.\n\nThe court remarked that the arrests were symbolic.\n\nThe court also ruled that the police required more time.",
			want: []quote{{"Omar Velk", auI, "the arrests were symbolic"}, {"Omar Velk", auI, "the police required more time"}}, speakers: []string{"Omar Velk"}},
		{class: "solejudge/lead", text: "Six wardens suspected of aiding the escape will be detained for eight days, the court has ruled.\n\nSenior Resident Magistrate Boaz Tenn allowed the application.",
			want: []quote{{"Boaz Tenn", auI, "Six wardens suspected of aiding the escape will be detained for eight days"}}},
		{class: "solejudge/held", text: "Judge Ana Lind held he was a flight risk.",
			want: []quote{{"Ana Lind", auI, "he was a flight risk"}}},
		{class: "solejudge/near", text: "A bench of the Kessby High Court heard the appeal, with Justice Omar Velk presiding.\n\nThe court ruled that the ban was lawful.",
			want: []quote{{"Kessby High Court", auI, "the ban was lawful"}}, speakers: []string{"Kessby High Court"}},
		{class: "solejudge/near", text: "Justice Omar Velk heard the appeal at the Kessby High Court.\n\nThe court ruled unanimously that the ban was lawful.",
			want: []quote{{"Kessby High Court", auI, "the ban was lawful"}}, speakers: []string{"Kessby High Court"}},
		{class: "solejudge/near", text: "Ivo Tamm held a meeting on Monday.",
			want: []quote{}, speakers: []string{}},
		// courtverbs.
		{class: "courtverbs/submitted", text: "Justice Omar Velk heard the pleas on Monday.\n\nThe lawyer submitted that the arrests were symbolic.",
			want: []quote{{"", auI, "the arrests were symbolic"}}, speakers: []string{}},
		{class: "courtverbs/thereby", text: "Inspector Ahmed Varo informed the court that the offence is criminal in nature.\n\nHe thereby urged the court to adjourn the case.",
			want: []quote{{"Ahmed Varo", auI, "the offence is criminal in nature"}, {"Ahmed Varo", auI, "the court to adjourn the case"}}},
		{class: "courtverbs/near", text: "The lawyer submitted a report to the court.",
			want: []quote{}, speakers: []string{}},
		// letters.
		{class: "letters/connector", text: "A spokesperson for the United Nations Interim Force in Kessa (UNIFIK) said the bases had been hit.",
			want: []quote{{"United Nations Interim Force in Kessa", auI, "the bases had been hit"}}},
		{class: "letters/office", text: "Investigation officer (IO) produced seven accused before the court.\n\nThe IO submitted that they were arrested on November 26.",
			want: []quote{{"", auI, "they were arrested on November 26"}}, speakers: []string{}},
		{class: "letters/near", text: "The Kessby Transport Authority (KTA) said the line would reopen.\n\nThe KTA said buses would run.",
			want: []quote{{"Kessby Transport Authority", auI, "the line would reopen"}, {"Kessby Transport Authority", auI, "buses would run"}}},
		// namedtail.
		{class: "namedtail/emailed", text: "“The case is closed,” said KPA head of communications, Bulelwa Tenn, via an emailed statement.",
			want: []quote{{"Bulelwa Tenn", auD, "The case is closed"}}},
		{class: "namedtail/prefix", text: "Prosecutor Tshepo Mahange kaMsizi claimed that the accused refused.\n\nKaMsizi said the parade was delayed.",
			want: []quote{{"Tshepo Mahange kaMsizi", auI, "the accused refused"}, {"Tshepo Mahange kaMsizi", auI, "the parade was delayed"}}, speakers: []string{"Tshepo Mahange kaMsizi"}},
		{class: "namedtail/report", text: "According to Police First Information Report, the men were arrested by a team of agents.\n\nThe Kessby Annual Report said sales fell.",
			want: []quote{{"", auI, "the men were arrested by a team of agents"}, {"", auI, "sales fell"}}, speakers: []string{}},
		{class: "namedtail/near", text: "Ivo Tamm said the iPhone was sold out.",
			want: []quote{{"Ivo Tamm", auI, "the iPhone was sold out"}}, speakers: []string{"Ivo Tamm"}},
		// wirename.
		{class: "wirename/service", text: "The vote to split the county passed on Monday, the Local Democracy Reporting Service said.",
			want: []quote{{"", auI, "The vote to split the county passed on Monday"}}, speakers: []string{}},
		{class: "wirename/near", text: "The rules were tightened, said the Financial Reporting Council.",
			want: []quote{{"Financial Reporting Council", auI, "The rules were tightened"}}},
		// closingcue.
		{class: "closingcue/request", text: "Kessa's military leaders have called on a delegation to return for talks, stated Prime Minister Ilse Varo in an interview on Monday.",
			want: []quote{{"", auI, "a delegation to return for talks"}}},
		// inresponse.
		{class: "inresponse/long", text: "Ivo Tamm said in response to a question about the number of attackers who died that the mission counted 23 bodies.",
			want: []quote{{"Ivo Tamm", auI, "the mission counted 23 bodies"}}},
		{class: "inresponse/near", text: "Ivo Tamm said in response to the ruling the road was closed.",
			want: []quote{{"Ivo Tamm", auI, "the road was closed"}}},
		// quotedsubject.
		{class: "quotedsubject/participle", text: "The Kessan Foreign Ministry said “a written and verbal protest” was delivered to the ambassador.",
			want: []quote{{"Kessan Foreign Ministry", auM, "“a written and verbal protest” was delivered to the ambassador"}}},
		{class: "quotedsubject/near", text: "The Kessan Foreign Ministry said “the ship was hit” on Monday.",
			want: []quote{{"Kessan Foreign Ministry", auD, "the ship was hit"}}},
		// describedbody.
		{class: "describedbody/watchdog", text: "The UN atomic watchdog said on Wednesday that it would hold new talks in Varno.\n\nThe International Atomic Energy Agency (IAEA) has been pressing Kessa for access.",
			want: []quote{{"International Atomic Energy Agency", auI, "it would hold new talks in Varno"}}, speakers: []string{"International Atomic Energy Agency"}},
		{class: "describedbody/agency", text: "The UN food agency said aid was running out.\n\nThe World Food Programme (WFP) has warned of famine in the north.",
			want: []quote{{"World Food Programme", auI, "aid was running out"}}, speakers: []string{"World Food Programme"}},
		{class: "describedbody/near", text: "The UN nuclear watchdog said it would hold new talks.\n\nThe International Atomic Energy Agency (IAEA) has been pressing Kessa for access.",
			want: []quote{{"UN nuclear watchdog", auI, "it would hold new talks"}}},
		// latesurname.
		{class: "latesurname/title", text: "“You offered arrests and now you seek release,” Justice Omar Velk remarked.\n\nJustice Omar Velk Tarin heard the pleas. The court remarked that the arrests were symbolic.",
			want: []quote{{"Omar Velk Tarin", auD, "You offered arrests and now you seek release"}, {"Omar Velk Tarin", auI, "the arrests were symbolic"}}, speakers: []string{"Omar Velk Tarin"}},
		{class: "latesurname/near", text: "Omar Velk said the plant would close.\n\nOmar Velk Tarin, his son, said the plant would stay open.",
			want: []quote{{"Omar Velk", auI, "the plant would close"}, {"Omar Velk Tarin", auI, "the plant would stay open"}}},
		// statebody.
		{class: "statebody/coastguard", text: "Earlier, the Kessan coast guard said that it fired water cannons as a warning.\n\nIn a statement on Monday, the coast guard said the ships had no permit.",
			want: []quote{{"Kessan coast guard", auI, "it fired water cannons as a warning"}, {"Kessan coast guard", auI, "the ships had no permit"}}, speakers: []string{"Kessan coast guard"}},
		{class: "statebody/bloc", text: "A delegation from the regional bloc KESWAS met the president in Varno.\n\nThe bloc said a date had been agreed.",
			want: []quote{{"KESWAS", auI, "a date had been agreed"}}},
		{class: "statebody/near", text: "A security guard said the doors were locked.",
			want: []quote{{"", auI, "the doors were locked"}}, speakers: []string{}},
		// bizvoices.
		{class: "bizvoices/plural", text: "Rates were held on Tuesday.\n\nBusinesses have been clamouring for a cut, saying high rates discourage investment.",
			want: []quote{{"", auI, "high rates discourage investment"}}, speakers: []string{}},
		{class: "bizvoices/bosses", text: "Talks between Varno Plastics Industries (VPI) and the union broke down.\n\nVPI bosses said that the pay rise was the best they could offer.",
			want: []quote{{"Varno Plastics Industries", auI, "the pay rise was the best they could offer"}}},
		{class: "bizvoices/modal", text: "Bank of Kessa governor Mark Tenn spoke on Monday.\n\nHe warns the Bank must weigh inflation against growth.",
			want: []quote{{"Mark Tenn", auI, "the Bank must weigh inflation against growth"}}},
		{class: "bizvoices/near", text: "Harbour bosses said the plan was dead.\n\nIvo Tamm told the committee it was late.",
			want: []quote{{"", auI, "the plan was dead"}, {"Ivo Tamm", auI, "it was late"}}},
		// sporttail.
		{class: "sporttail/after", text: "The batting must improve, captain Vikram Tal said on Thursday after the team conceded a 1-2 series loss to Kessa.",
			want: []quote{{"Vikram Tal", auI, "The batting must improve"}}},
		{class: "sporttail/service", text: "Heavy rain fell on Monday.\n\nVarnshire fire and rescue service said officers rescued an adult and a child.",
			want: []quote{{"Varnshire fire and rescue service", auI, "officers rescued an adult and a child"}}},
		{class: "sporttail/near", text: "Ivo Tamm spoke on Thursday after the minister announced that the mine would close.",
			want: []quote{{"", auI, "the mine would close"}}},
		// datelineoffice.
		{class: "datelineoffice/ceo", text: "TARVIK, Kessa — The CEO of Pellam Air says travel demand is strong, explaining why profits are up.\n\nFuel was the biggest expense.\n\n“If it gets cut in half, that’s a big change,” CEO Ivo Varo said Tuesday.",
			want: []quote{{"Ivo Varo", auI, "travel demand is strong"}, {"Ivo Varo", auI, "why profits are up"}, {"Ivo Varo", auD, "If it gets cut in half, that’s a big change"}}},
		{class: "datelineoffice/near", text: "TARVIK, Kessa — The CEO of Pellam Air says travel demand is strong.\n\nFuel was the biggest expense.\n\n“It is a big change,” CFO Ana Lind said Tuesday.",
			want: []quote{{"", auI, "travel demand is strong"}, {"Ana Lind", auD, "It is a big change"}}},
		// firmname.
		{class: "firmname/title", text: "Kessa Motor Corp. President Ivo Varo on Friday lamented the tariff threat.\n\nThe automaker said Thursday it will expand investment.",
			want: []quote{{"Kessa Motor Corp.", auI, "it will expand investment"}}},
		{class: "firmname/short", text: "Most companies, including the giant Anglo American Corp., will fire miners.\n\n“We are profoundly disappointed,” an Anglo American spokesman said.",
			want: []quote{{"Anglo American Corp.", auD, "We are profoundly disappointed"}}},
		{class: "firmname/near", text: "Mining Minister Frida Osk arrived at the mine.\n\nThe company said it would cooperate with any inquiry.",
			want: []quote{{"", auI, "it would cooperate with any inquiry"}}, speakers: []string{}},
		// regulator.
		{class: "regulator/named", text: "The Competition and Markets Authority (CMA) will look into unit prices.\n\nThe UK's competition watchdog said it wants customers to compare prices.",
			want: []quote{{"Competition and Markets Authority", auI, "it wants customers to compare prices"}}, speakers: []string{"Competition and Markets Authority"}},
		{class: "regulator/unnamed", text: "Shoppers are misled.\n\nThe UK's competition watchdog said it wants customers to compare prices.",
			want: []quote{{"", auI, "it wants customers to compare prices"}}, speakers: []string{}},
		{class: "regulator/checks", text: "Checks found that the margin was much smaller than required.",
			want: []quote{{"", auI, "the margin was much smaller than required"}}, speakers: []string{}},
		// ministertitle.
		{class: "ministertitle/fields", text: "“I think we should leave things as they are,” Algerian Energy and Mining Minister Chakib Varo told reporters.",
			want: []quote{{"Chakib Varo", auD, "I think we should leave things as they are"}}},
		{class: "ministertitle/spokesman", text: "“We urge restraint,” a Chinese defence ministry spokesman said in a statement.",
			want: []quote{{"Chinese defence ministry", auD, "We urge restraint"}}},
		{class: "ministertitle/near", text: "The Kessan Energy Ministry and Mining Minister Ana Lind said the mine would close.",
			want: []quote{{"", auI, "the mine would close"}}},
	}
}

func TestAuditS26(t *testing.T) {
	runAudit(t, "s26", s26Rows(), *s26Known)
}
