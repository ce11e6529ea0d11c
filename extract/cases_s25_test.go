package extract_test

import (
	"flag"
	"testing"
)

// Session 25: faults read off the pools released before session 25's
// fresh ones were graded, each a fault of the engine's grammar, not of
// one article's wording.
//
// Shape "released": a body "released a statement (on Tuesday) that ..."
// said nothing: "issued" took its statement's clause and "released" no
// clause at all. Near misses: "a study released on Monday found", a
// prisoner released.
//
// Shape "rolename": "according to" a role's whole phrase, then the name
// it describes after a comma ("according to DW's correspondent in
// Minsk, Nick Connery.", "according to a spokesman for the ministry,
// Ilse Varga."): the name was never reached, the words went to nobody,
// and a second such sentence took its own cue into the quote. Near
// misses: a role with no name, "according to police, Brenn lost control".
//
// Shape "twobodies": two bodies joined by "and" read as one name: "the
// Ministry of Health and NEA", "Kessby Federal Police and Marlow Police"
// became a speaker no one is. Near misses: "the Ministry of Health and
// Family Welfare", "the Food and Drug Administration", one body each.
//
// Shape "withbare": an absolute "with" phrase without its comma ("... to
// impeach him with the Senate declaring that ...") gave the words to the
// sentence's subject. Near miss: "met with X saying", the one who met.
//
// Shape "lop": "the Rajya Sabha LoP" (the Leader of the Opposition) was
// a speaker of its own, then the last man named. Near miss: none.
//
// Shape "firmand": a firm named by two names joined by "and" ("British
// retailer Marks and Spencer") was two people saying one thing, nobody;
// its initials ("M&S") another body; and "the clothing, food and
// homewares group" nobody. Near miss: the plural "retailers A and B".
//
// Shape "titleremit": "the Minister for Justice" was read by its last
// word, and went to the opposition's "Spokesperson on Justice"; and the
// singular "they" after "A spokesperson for the minister said" was
// nobody. Near miss: "they" after a group.
//
// Shape "bill": a law before parliament named "the Repeal Bill" or "the
// EU (Withdrawal) Bill" was a man called Bill, and "the Prime Minister"
// next took him for the holder. Near miss: a man named Bill.
//
// Shape "givennames": a patronymic name ("Nik Varian Nik Osman", "Ahmad
// Zaki Hamid") shortened to its given names ("Nik Varian") was a second
// speaker. Near miss: two people sharing a given name.
//
// Shape "guessedgender": a gender guessed from a first name's ending (a
// name in -a, "Bukola", "Kizza") outweighed the narration's own
// "himself" and the turn of "“...,” he said" right after the man spoke,
// and his words went to the last other man named. Near miss: a woman's
// known name.
//
// Shape "counterpart": "the main rival of Arvo Tenn said", "the leading
// challenger to President Arvo Tenn said" gave the words to Tenn. Near
// misses: "the wife of" (nobody, as before), a president's own title.
//
// Shape "longrelative": "The MP who served as the Minority Chief Whip in
// the 7th Parliament revealed that ...": a relative clause longer than
// eight words, or with an ordinal, left "the 7th Parliament" the
// speaker. Near miss: a short one.
var s25Known = flag.Bool("s25.known", false, "TestAuditS25 runs its known failures too")

func s25Rows() []auditRow {
	return []auditRow{
		// released.
		{class: "released/that", text: "The Marlow Heritage Agency (MHA) released a statement on Tuesday that the two bridges were closed on Dec. 9.",
			want: []quote{{"Marlow Heritage Agency", auI, "the two bridges were closed on Dec. 9"}}},
		{class: "released/that", text: "The Kessby Council released a brief statement that the road would reopen.",
			want: []quote{{"Kessby Council", auI, "the road would reopen"}}},
		{class: "released/near", text: "A study released on Monday by the Kessby Council found that the road would reopen.",
			want: []quote{{"Kessby Council", auI, "the road would reopen"}}},
		{class: "released/near", text: "The Kessby Council released the prisoners on Monday, and the road reopened.",
			want: []quote{}, speakers: []string{}},
		// rolename.
		{class: "rolename/place", text: "Police reduced their presence as the crowd grew, according to the Courier's correspondent in Kessby, Nick Connery.",
			want: []quote{{"Nick Connery", auI, "Police reduced their presence as the crowd grew"}}},
		{class: "rolename/body", text: "The road will reopen on Monday, according to a spokesman for the ministry, Ilse Varga.",
			want: []quote{{"Ilse Varga", auI, "The road will reopen on Monday"}}},
		{class: "rolename/again", text: "Police left, according to a correspondent, Nick Connery.\n\nThe crowd grew, according to its correspondent in Kessby, Nick Connery.",
			want: []quote{{"Nick Connery", auI, "Police left"}, {"Nick Connery", auI, "The crowd grew"}}},
		{class: "rolename/near", text: "The road will reopen on Monday, according to a spokesman in Kessby.",
			want: []quote{{"", auI, "The road will reopen on Monday"}}, speakers: []string{}},
		{class: "rolename/near", text: "According to police, Nick Connery lost control of the car.",
			want: []quote{{"", auI, "Nick Connery lost control of the car"}}, speakers: []string{}},
		{class: "rolename/near", text: "According to the news agency KNA, the prosecutor general of Marlow, Ilse Varga, said the men must face \"terrorism charges\".",
			want: []quote{{"Ilse Varga", auM, "the men must face \"terrorism charges\""}}},
		{class: "rolename/near", text: "Osk Tenn tested positive on Friday.\n\nAccording to official statements, Tenn, now resting at home, is to continue working during a quarantine.",
			want: []quote{{"", auI, "Tenn, now resting at home, is to continue working during a quarantine"}}, speakers: []string{}},
		// twobodies.
		{class: "twobodies/acronym", text: "The Ministry of Health and NHA have said that they expect more infections.",
			want: []quote{{"", auI, "they expect more infections"}}, speakers: []string{}},
		{class: "twobodies/samehead", text: "He has been charged, Kessby Federal Police and Marlow Police said on Saturday.",
			want: []quote{{"", auI, "He has been charged"}}, speakers: []string{}},
		{class: "twobodies/near", text: "The Ministry of Health and Family Welfare said cases fell.",
			want: []quote{{"Ministry of Health and Family Welfare", auI, "cases fell"}}},
		{class: "twobodies/near", text: "The Kessby Food and Drug Administration said cases fell.",
			want: []quote{{"Kessby Food and Drug Administration", auI, "cases fell"}}},
		// ticket: "Tenn-Varga released a statement" is two people's
		// campaign, no one's alone (the Wikinews gold's call).
		{class: "ticket/hyphen", text: "Osk Tenn and Ilse Varga campaigned in Marlow.\n\nTenn-Varga released a statement: “We cannot accept this.”",
			want: []quote{{"", auD, "We cannot accept this."}}, speakers: []string{}},
		{class: "ticket/near", text: "The Marlow-Kessby Railway released a statement: “We cannot accept this.”",
			want: []quote{{"Marlow-Kessby Railway", auD, "We cannot accept this."}}},
		// saidthis: "said this in an interview" names what was said
		// before; no clause follows.
		{class: "saidthis/prep", text: "The MP said this in an exclusive interview with a Kessby radio station on Friday.",
			want: []quote{}, speakers: []string{}},
		{class: "saidthis/near", text: "The MP said this week that the vote was rigged.",
			want: []quote{{"", auI, "the vote was rigged"}}, speakers: []string{}},
		{class: "saidthis/near", text: "The MP said this was the worst budget in years.",
			want: []quote{{"", auI, "this was the worst budget in years"}}, speakers: []string{}},
		// withbare: "with the Senate declaring that" without its comma.
		{class: "withbare/named", text: "The Marlow governor survived removal on a technicality as the members failed to prove that a sitting happened to impeach him with the Senate declaring that the process is as important as the outcome.",
			want: []quote{{"Senate", auI, "the process is as important as the outcome"}}},
		{class: "withbare/near", text: "Ilse Varga met with Osk Tenn saying that the deal was close.",
			want: []quote{{"Ilse Varga", auI, "the deal was close"}}},
		// lop: "the Rajya Sabha LoP" is the Leader of the Opposition.
		{class: "lop/title", text: "Leader of Opposition in the House Arvesh Kulkar said the minister must reply.\n\nThe Kessby Sabha LoP again stood up and said, “You interrupt on every point.”",
			want: []quote{{"Arvesh Kulkar", auI, "the minister must reply"}, {"Arvesh Kulkar", auD, "You interrupt on every point."}}},
		// firmand: "British retailer Tarrow and Vell" is one firm, "T&V"
		// its initials, "the clothing, food and homewares group" it.
		{class: "firmand/retailer", text: "British retailer Tarrow and Vell issued a shock profit warning today and said a consumer downturn was likely to be deeper.\n\nT&V said its food head was leaving.",
			want: []quote{{"Tarrow and Vell", auI, "a consumer downturn was likely to be deeper"}, {"Tarrow and Vell", auI, "its food head was leaving"}}, speakers: []string{"Tarrow and Vell"}},
		{class: "firmand/tradelist", text: "British retailer Tarrow and Vell issued a shock profit warning today.\n\nThe clothing, food and homewares group said in a trading update that sales fell.",
			want: []quote{{"Tarrow and Vell", auI, "sales fell"}}},
		{class: "firmand/near", text: "Retailers Tarrow and Vell said sales fell.",
			want: []quote{{"", auI, "sales fell"}}, speakers: []string{}},
		// andobject: "said the officers acted with caution and observed
		// the rules": a speech verb with a plain object after "and" goes
		// on with the clause.
		{class: "andobject/object", text: "Osk Tenn said the officers acted with caution and observed the social distancing measure.",
			want: []quote{{"Osk Tenn", auI, "the officers acted with caution and observed the social distancing measure"}}},
		{class: "andobject/near", text: "Osk Tenn said the officers acted with caution and added that no one was hurt.",
			want: []quote{{"Osk Tenn", auI, "the officers acted with caution"}, {"Osk Tenn", auI, "no one was hurt"}}},
		// forsubject: "said a new wage agreement for transport employees
		// had been reached": the subject's "for" phrase, then its verb.
		{class: "forsubject/aux", text: "Mr. Venkar said a new wage agreement for transport employees had been reached after 23 rounds of talks.",
			want: []quote{{"Venkar", auI, "a new wage agreement for transport employees had been reached after 23 rounds of talks"}}},
		{class: "forsubject/near", text: "Mr. Venkar proposed a payment for those who give birth.",
			want: []quote{}, speakers: []string{}},
		// titleand: "said U.S. Health and Human Services Secretary Alec
		// Azor on a press call Monday": the title's "and", then a phrase
		// after the name.
		{class: "titleand/phrase", text: "The Tarn Disease Agency has confirmed 704 cases.\n\n“Most of us have never seen the consequences,” said U.S. Health and Human Services Secretary Alec Azor on a press call Monday.",
			want: []quote{{"Alec Azor", auD, "Most of us have never seen the consequences"}}},
		{class: "titleand/near", text: "“We saw it,” said Health and Human Services Secretary Alec Azor.",
			want: []quote{{"Alec Azor", auD, "We saw it"}}},
		// unionvoice: "Varnex, the largest local union, said ... “...,” a
		// spokeswoman said": the body its appositive calls a union.
		{class: "unionvoice/spokeswoman", text: "Varnex, the largest local government union, said its members had rejected the offer. “We are calling on the employers to meet,” a spokeswoman said.",
			want: []quote{{"Varnex", auI, "its members had rejected the offer"}, {"Varnex", auD, "We are calling on the employers to meet"}}},
		{class: "unionvoice/near", text: "Ada Varnex, a local teacher, said the offer was poor. “We are calling on the employers to meet,” a spokeswoman said.",
			want: []quote{{"Ada Varnex", auI, "the offer was poor"}, {"", auD, "We are calling on the employers to meet"}}},
		// ownpredicate: "The Norland Foreign Ministry in a statement early
		// Wednesday “welcomed the results”": the named subject's words.
		{class: "ownpredicate/phrase", text: "The Norland Foreign Ministry in a statement early Wednesday marking the end of the visit “welcomed the positive results of the talks.”",
			want: []quote{{"Norland Foreign Ministry", auD, "welcomed the positive results of the talks."}}},
		{class: "ownpredicate/bare", text: "The Kessby Council “agreed to reopen the bridge in May.”",
			want: []quote{{"Kessby Council", auD, "agreed to reopen the bridge in May."}}},
		{class: "ownpredicate/near", text: "The waiting list at Marlow hospital “grows by the week.”",
			want: []quote{{"", auM, "The waiting list at Marlow hospital “grows by the week.”"}}, speakers: []string{}},
		// stateagency: "Bahia’s civil defense agency said" is a body under
		// that phrase, as "Peru's health ministry" is.
		{class: "stateagency/possessive", text: "Tarvik’s civil defense agency said on Monday that 20 people had died.",
			want: []quote{{"Tarvik’s civil defense agency", auI, "20 people had died"}}},
		{class: "stateagency/near", text: "Tarvik’s state news agency said on Monday that 20 people had died.",
			want: []quote{{"", auI, "20 people had died"}}, speakers: []string{}},
		{class: "stateagency/near", text: "A travel agency said the trips were off.",
			want: []quote{{"", auI, "the trips were off"}}, speakers: []string{}},
		// journal: "A study published September 19 in Kessby Ocean
		// Letters explained that": the journal carried it, said nothing.
		{class: "journal/dated", text: "A study published September 19 in Kessby Ocean Letters explained that historical data may have leaned conservative.",
			want: []quote{{"", auI, "historical data may have leaned conservative"}}, speakers: []string{}},
		// docname: "The Presidential Statement recalls that": a
		// document's capitalised name is no body.
		{class: "docname/statement", text: "The Marl Security Council unanimously adopted the brief Presidential Statement.\n\nThe Presidential Statement recalls that all member states must settle disputes by peaceful means.",
			want: []quote{{"", auI, "all member states must settle disputes by peaceful means"}}, speakers: []string{}},
		// hearer: "“...,” he said to Bartow": the one spoken to is not
		// "he".
		{class: "hearer/saidto", text: "Jon Olsen criticised the questioner, Chris Bartow, on Tuesday.\n\n\"Get it through your thick head,\" he said to Bartow.",
			want: []quote{{"Jon Olsen", auD, "Get it through your thick head"}}},
		{class: "hearer/near", text: "Jon Olsen criticised the questioner, Chris Bartow, on Tuesday.\n\n\"It was a fair question,\" said Bartow.",
			want: []quote{{"Chris Bartow", auD, "It was a fair question"}}},
		// titleremit: "A spokesperson for the Minister for Justice said
		// ... They said: “...”": the minister's title whole, not the
		// "Spokesperson on Justice" of another party; the singular
		// "they" after a spokesperson.
		{class: "titleremit/minister", text: "Minister for Justice Jim Ocallan has blamed a \"narrow interpretation\" of a question.\n\nThe Labour Party’s Spokesperson on Justice Alan Kelby has accused the minister of misleading the house.\n\nA spokesperson for the Minister for Justice said the response to Mr Kelby’s question was incomplete.\n\nThey said: \"The minister acknowledges that the reply should have been complete.\"",
			want: []quote{{"Jim Ocallan", auD, "narrow interpretation"}, {"Jim Ocallan", auI, "the response to Mr Kelby’s question was incomplete"}, {"Jim Ocallan", auD, "The minister acknowledges that the reply should have been complete."}}},
		{class: "titleremit/near", text: "Council members met on Monday.\n\nThey said: \"The budget is late.\"",
			want: []quote{{"", auD, "The budget is late."}}, speakers: []string{}},
		// agentrole: "Tseng Ming-chung, convener of the KMT caucus, said":
		// a role no list knows, by its form, is still an apposition.
		{class: "agentrole/convener", text: "Ilse Varga, convener of the Kessby caucus, said her caucus had received feedback.",
			want: []quote{{"Ilse Varga", auI, "her caucus had received feedback"}}},
		{class: "agentrole/near", text: "Ilse Varga, aware of the risks, said the caucus had received feedback.",
			want: []quote{{"Ilse Varga", auI, "the caucus had received feedback"}}},
		// pluralposs: "the International Federation of Air Line Pilots'
		// Associations" is one name, "the Pilots' Association" its
		// short form.
		{class: "pluralposs/federation", text: "The International Federation of Kessby Pilots' Associations said in a statement that it has concerns about the runway.\n\n\"The runway is deteriorating,\" the Pilots' Association said.",
			want:     []quote{{"International Federation of Kessby Pilots' Associations", auI, "it has concerns about the runway"}, {"International Federation of Kessby Pilots' Associations", auD, "The runway is deteriorating"}},
			speakers: []string{"International Federation of Kessby Pilots' Associations"}},
		// prepaside: "CP Danmamman, in a statement signed by the Public
		// Relations Officer, Wasiu Abiodun, described ...": how he spoke,
		// not his role.
		{class: "prepaside/statement", text: "Police Commissioner Osk Danmar, in a statement signed by the Public Relations Officer, Ilse Varga, described the report as untrue.\n\nThe officer said the report was false.",
			want: []quote{{"Ilse Varga", auI, "the report was false"}}},
		// barecouncil: "On Wednesday, council said": New Zealand copy's
		// bare noun is the council named before.
		{class: "barecouncil/said", text: "The Kessby District Council has hit back at falsehoods on social media.\n\nOn a post to Facebook on Wednesday, council said it was prepared to receive fair criticism.",
			want: []quote{{"Kessby District Council", auI, "it was prepared to receive fair criticism"}}},
		{class: "barecouncil/near", text: "Residents met on Monday.\n\nOn Wednesday, council said it was prepared to receive fair criticism.",
			want: []quote{{"", auI, "it was prepared to receive fair criticism"}}, speakers: []string{}},
		// titlesurname: "District Judge Peter King" is Peter King, whose
		// surname is a title's word too, and "Judge King" him again.
		{class: "titlesurname/king", text: "When asked by District Judge Tomas King if he had a lawyer, Joey Marrick replied: “Aye.”\n\nJudge King told him: “You need somebody to represent you.”",
			want: []quote{{"Joey Marrick", auD, "Aye."}, {"Tomas King", auD, "You need somebody to represent you."}}},
		{class: "titlesurname/near", text: "District Judge Oren Vask said the case was closed.",
			want: []quote{{"Oren Vask", auI, "the case was closed"}}},
		// theyspeaker: "The NPS said the Njoro Office is processing the
		// suspects. | They appealed to the public to ...": the body that
		// spoke, not the one its clause was about.
		{class: "theyspeaker/appealed", text: "The Kessby Police Service said the Njoro Investigations Office is processing the suspects.\n\nThey appealed to the public to exercise caution on social media.",
			want: []quote{{"Kessby Police Service", auI, "the Njoro Investigations Office is processing the suspects"}, {"Kessby Police Service", auI, "the public to exercise caution on social media"}}},
		// housenumber: "responded to a fire at 741 Howard St., said
		// division chief Kim Kull": a street's number before its name
		// leaves it a preposition's object, the speaker after the comma.
		{class: "housenumber/inverted", text: "Firefighters responded to a fire at 741 Howard St., said division chief Kim Kull.",
			want: []quote{{"Kim Kull", auI, "Firefighters responded to a fire at 741 Howard St."}}},
		// firstadj: "said first responders encountered heavy smoke":
		// "first" of the subject, no adverb; and "said about 20.3cm of
		// rain fell": a measure in one word.
		{class: "firstadj/responders", text: "Kim Kull said first responders encountered heavy smoke.",
			want: []quote{{"Kim Kull", auI, "first responders encountered heavy smoke"}}},
		{class: "firstadj/measure", text: "Hayley Adamo said about 20.3cm of rain fell in the past 24 hours.",
			want: []quote{{"Hayley Adamo", auI, "about 20.3cm of rain fell in the past 24 hours"}}},
		{class: "firstadj/near", text: "Ilse Varga said first the bridge would close.",
			want: []quote{{"Ilse Varga", auI, "the bridge would close"}}},
		// strandedprep: "told CNN that “we need to take a look at”
		// placing passengers on a list": the quoted words stop on a
		// preposition whose object runs on outside the marks.
		{class: "strandedprep/at", text: "Transport Secretary Pete Buttigan told the Courier on Monday that “we need to take a look at” placing unruly passengers on a list.",
			want: []quote{{"Pete Buttigan", auM, "“we need to take a look at” placing unruly passengers on a list"}}},
		{class: "strandedprep/near", text: `Dorin Vasko said "the talks are over" and walked out of the room.`,
			want: []quote{{"Dorin Vasko", auD, "the talks are over"}}},
		// organisers: "Festival organisers announced" after "the Kessby
		// Theatre Festival", and "the organisers added" after them.
		{class: "organisers/festival", text: "The Kessby Theatre Festival opened on Monday.\n\nFestival organisers announced Fabre would present his piece.\n\nThe organisers added: “We believe the stage is not a courtroom.”",
			want: []quote{{"Kessby Theatre Festival", auI, "Fabre would present his piece"}, {"Kessby Theatre Festival", auD, "We believe the stage is not a courtroom."}}},
		{class: "organisers/near", text: "Residents gathered on Monday.\n\nOrganisers said the march would go ahead.",
			want: []quote{{"", auI, "the march would go ahead"}}, speakers: []string{}},
		// bill.
		{class: "bill/repeal", text: "Olna Vesk’s landmark EU (Withdrawal) Bill has passed its first hurdle.\n\nMPs passed the legislation – often referred to as the Repeal Bill – by 326 votes to 290.\n\nThe Prime Minister described the vote as a “historic decision”.",
			want: []quote{{"Olna Vesk", auD, "historic decision"}}},
		{class: "bill/near", text: "Bill Tanner, the club's coach, said the pitch was ready.",
			want: []quote{{"Bill Tanner", auI, "the pitch was ready"}}},
		// givennames.
		{class: "givennames/patronym", text: "Nik Varian Nik Osman (PAS-Pasir Tengah) said they were against the rising cost of living.\n\nNik Varian said the MPs did not meet to discuss the bill.",
			want:     []quote{{"Nik Varian Nik Osman", auI, "they were against the rising cost of living"}, {"Nik Varian Nik Osman", auI, "the MPs did not meet to discuss the bill"}},
			speakers: []string{"Nik Varian Nik Osman"}},
		{class: "givennames/near", text: "Ahmad Zaki Hamid said the bill was late.\n\nAhmad Rosli said the vote was free.",
			want: []quote{{"Ahmad Zaki Hamid", auI, "the bill was late"}, {"Ahmad Rosli", auI, "the vote was free"}}},
		// guessedgender.
		{class: "guessedgender/himself", text: "Senate President Bukola Penk accused the government of intolerance.\n\nPenk, who himself suffered a similar fate, insisted the government was behind the blockade.\n\nHe, however, praised Orin Tass for firing Edo Varl, which made the agents leave. He said the move “went a long way”.",
			want: []quote{{"Bukola Penk", auI, "the government was behind the blockade"}, {"Bukola Penk", auM, "the move “went a long way”"}}},
		{class: "guessedgender/turn", text: "Kizza Belan, a long-time opposition leader, told reporters the mood in Tarvik Rovo’s camp “has turned to panic”.\n\n“That is why police attacked us,” he said.",
			want: []quote{{"Kizza Belan", auM, "the mood in Tarvik Rovo’s camp “has turned to panic”"}, {"Kizza Belan", auD, "That is why police attacked us"}}},
		{class: "guessedgender/near", text: "Maria Belan told reporters the mood “has turned to panic”.\n\nOsk Tenn, the mayor, disagreed. “That is why police came,” he said.",
			want: []quote{{"Maria Belan", auM, "the mood “has turned to panic”"}, {"Osk Tenn", auD, "That is why police came"}}},
		// counterpart.
		{class: "counterpart/to", text: "The leading challenger to Norland President Arvo Tenn said on Tuesday that he had no confidence in the vote.",
			want: []quote{{"", auI, "he had no confidence in the vote"}}, speakers: []string{}},
		{class: "counterpart/of", text: "The main rival of Arvo Tenn said the count was late.",
			want: []quote{{"", auI, "the count was late"}}, speakers: []string{}},
		{class: "counterpart/near", text: "Norland President Arvo Tenn said the count was late.",
			want: []quote{{"Arvo Tenn", auI, "the count was late"}}},
		// longrelative.
		{class: "longrelative/ordinal", text: "Member of Parliament for Asawa, Hon Mutaka Obeng has narrated how the majority bullied the minority.\n\nThe MP who served as the Minority Chief Whip in the 7th Parliament revealed that the majority had the power to bully.",
			want: []quote{{"Mutaka Obeng", auI, "the majority had the power to bully"}}},
		{class: "longrelative/near", text: "Member of Parliament for Asawa, Hon Mutaka Obeng has narrated how the majority bullied the minority.\n\nThe MP who served in the Kessby Assembly said the vote was rigged.",
			want: []quote{{"Mutaka Obeng", auI, "the vote was rigged"}}},
	}
}

func TestAuditS25(t *testing.T) {
	runAudit(t, "s25", s25Rows(), *s25Known)
}
