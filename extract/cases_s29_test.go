package extract_test

import (
	"flag"
	"testing"
)

// Session 29: faults read off the pools of sessions 21 to 28 (all
// released) and the four pools this session collected once they were
// graded blind, each a fault of the engine's grammar, not of one
// article's wording. First pass on version 38: see the closing note.
//
// Shape "scenephrase": "About six hours after the drivers walked off the
// job, all services resumed at 9.40am, Busways said." lost the clause: a
// phrase opening with a preposition before a clause whose verb the
// lexicon does not know ("resumed") was taken for a scene with no words.
// Near miss: "About six hours into the talks, the union said.", a scene
// and nothing said.
//
// Shape "bareplural": "In the first nine months of the year, 27 countries
// reported outbreaks, WHO chief X said." gave "outbreaks" to nobody and
// lost the chief's clause: a bare plural after "reported" was read as a
// clause, where "its ambassador" was an object. Near miss: "The agency
// reported cases rose in May.", the plural a clause's subject.
//
// Shape "subordinatereport": "Park officials put the bear down after DNA
// tests confirmed it killed a hiker, a park spokeswoman said." made "DNA"
// a speaker and lost the spokeswoman's clause: a report inside a clause
// of time or cause kept the words before the closing cue. Near miss: "The
// council shut the road because inspectors said the bridge was unsafe.",
// no closing cue.
//
// Shape "titleddoc": "The Human Rights Watch (HRW) on Tuesday in its World
// Report 2020 said that ..." was nobody's, and "the report said" after
// "HRW has released its annual World Report 2020" too: a document's title
// in capitals, after its owner's possessive, was taken for the subject,
// and was no document named again. Near miss: "Mara Quell has read their
// annual World Report 2020. The report said ...", a reader's, not hers.
//
// Shape "resultreport": "Netflix reported a profit of $720 million ...
// Netflix warned growth could cool" gave the warning to nobody: a
// company reporting its own result was taken for a news outlet
// reporting, and outlets never speak. Near miss: "Tarvik Daily
// reported that the mayor resigned", an outlet still.
//
// Shape "whoseclause": "Google, whose parent company Alphabet reported
// $33.7 billion in revenue, said ... “...,” it said" gave the quotation to
// Alphabet: the subject of a "whose" clause outranked the body the
// sentence is about. Near miss: "Kessflix said ... Tarvo Holdings
// reported a loss. “...,” it said", Tarvo the subject of its own
// sentence.
//
// Shape "officeholder": "A statement by Deputy Director Army Public
// Relations, 7 Division, Col. Ado Isa ... The statement read, “...”" gave
// the words to an organisation named "Deputy Director Army Public
// Relations": an office named by its title words and its unit, with no
// "of", then its holder with a rank, was taken for a body that speaks.
// Near miss: "the army spokesman, Col. Ivo Dask, said", read before.
//
// Shape "bodyofficial": "A Hamas official has announced that ..." and two
// paragraphs down "But Bassem Naim from Hamas’ political bureau said"
// left the lead to nobody: an indefinite official of a named body, in the
// past tense, was read as a witness, whom the next name is not. Near
// miss: "..., an OPEC delegate said" and below "OPEC President X said",
// one of many delegates kept unnamed.
//
// Shape "countafter": "According to MONUSCO 24 people were killed" was
// nobody's: with no comma, the count that opens the clause was read on
// into the source's name. Near miss: "According to the Kessby 11 crew,
// the landing was smooth", a number inside the name.
//
// Shape "hearersource": "“...,” he told the alliance's 27 other defense
// ministers, according to a transcript." made the whole sentence a
// quotation of nobody's: the hearers, a possessive and a count, were not
// read as the cue's, so the source after them took the cue for its
// clause. Near miss: "“...,” he told the ministers, according to a
// transcript", read before.
//
// Shape "voiceof": "..., said a representative of Kani-based Kyauk Lone
// Gyi People’s Defense Force (PDF)." was nobody's: after the verb, only a
// spokesperson "for" a body, or an official "of" one, spoke for it.
// Near miss: "A representative of the Tarvik Defense Force said ...",
// read before.
//
// Shape "residentof": "A resident of Nyaung Kone also said that ... He and
// other locals had cremated the dead, he said" made the village a person
// who spoke: a name of unknown words after "a resident of" took the
// resident's words and the next "he". Near miss: "A resident also said
// ... he said", nobody's, read before.
//
// Shape "rolesjoined": "“...,” said Metrolinx president and CEO Phil
// Verster in a statement" gave the quotations to Metrolinx: after the
// verb, two roles joined by "and" ended the speaker's phrase at the first.
// Near miss: "said Kessrail president Ivo Dask", one role, read before.
//
// Shape "irregularpast": "Sound Transit blew the doors off its previous
// cost estimates yesterday, saying it will cost ..." was nobody's: "blew",
// a past the lexicon lacked, ran the subject's name on into the verb.
// Near miss: "Kessby Transit raised its estimates, saying ...", read
// before.
//
// Shape "remitoffice": "The UN High Commissioner for Refugees said" made a
// person called "Refugees", titled "High Commissioner for": the remit
// after "for", an everyday word, was read as the holder's name. After a
// body's letters the office is the agency, as the news uses it; and "the
// UNHCR official" after the agency's named spokeswoman is she. Near
// miss: "The Secretary for Education said ...", an office no one holds by
// name here.
//
// Shape "relativeissuer": "a report the academy released Thursday ...
// According to the report, ..." was nobody's: a document published by a
// body in a relative clause with no "that" had no author. Near miss: "a
// report the academy criticized", someone else's.
//
// Shape "businesssite": "the axed Bonar Yarns factory ... the firm said"
// was nobody's: a name before the site it runs had no evidence of being a
// company, so "the firm" found no body. Near miss: "the Hilltown plant
// ... The firm said", one word that may be the place.
//
// Shape "companyboard": "Yahoo's board of directors on Monday rejected
// Microsoft's buyout offer, saying ..." was nobody's: a company's board
// named by its owner's possessive was no one. Near miss: "Quell's board
// said ...", a person's, whose board is not she (a known failure, as
// before: the person is taken).
//
// Shape "titleletters": "said the PS", "CJP Isa said", "The CS also
// announced" made organisations called "PS", "CJP" and "CS": the letters
// of a Principal Secretary, a Chief Justice of Pakistan and a Kenyan
// Cabinet Secretary, titles before a name as "IGP" and "DSP" already
// were. Near miss: "IGP Ivo Dask said", read before.
//
// Shape "saidfirst": "Said Kabwila: “...”" made a person called "Said
// Kabwila": the inverted verb opening the sentence, capitalised, was read
// as a given name ("Said" is one). Near miss: "Said Hassan won the race",
// the given name, no colon or quotation after it.
//
// Shape "officetitle": "The Communication Service State Minister, said"
// made an organisation of the office: a body's words, then a minister's
// title, all in capitals after "the", were read as the body. Near miss:
// "The Harbour Board said ...", the body itself.
//
// Shape "namedvoice": "Bharatiya Janata Party spokesperson GVL Narasimha
// Rao said ... “...,” the BJP spokesperson said" gave the quotation to the
// party: "the <body> spokesperson", a voice the story had named, was read
// as the body's unnamed one. Near miss: "a Kessby Party spokesperson
// said", someone unnamed, the party's.
//
// Shape "plainverbs": "The NPP said Ghanaians deserve to hear policy
// alternatives" and "Unison said almost 250,000 members earn less than
// £6.50 an hour" lost the clause: a plain present verb the lexicon lacked
// ("deserve", "earn", "oppose", "seek") left no verb in it. Near miss:
// "The NPP said Ghanaians want change", read before.
//
// Shape "agreeing": "The government of American Samoa issued a statement
// agreeing the issue should be decided by Congress" lost the clause:
// "agreeing" was no form of the cue "agree". Near miss: "signed a deal,
// agreeing to meet in May", a promise, no clause.
//
// Shape "gerundsubject": "Waddoups wrote denying American Samoans
// citizenship violated the Fourteenth Amendment" lost the clause: a
// gerund with objects of its own before the clause's verb was read as
// no clause. Near miss: "Judge Ivo Dask wrote denying the request for a
// hearing", the gerund and its object only.
//
// Shape "nameservice": "The French Civil Security service said ..." was
// nobody's: a body's capitalised name, then "service" in lower case,
// named no body. Near miss: "The Lisk service said", one word that
// may be the town's.
//
// Shape "secondaffiliation": "Jennifer Daskal of American University and
// contributor to Slate wrote, “...”" gave the words to Slate, made a
// speaker: the second affiliation, joined by "and" and a role to the
// first, was read as the subject. Near miss: "Mara Quell, a contributor
// to Slate, wrote", read before.

var s29Known = flag.Bool("s29.known", false, "TestAuditS29 runs its known failures too")

func s29Rows() []auditRow {
	return []auditRow{
		// scenephrase.
		{class: "scenephrase/after", text: "About six hours after the drivers walked off the job, all services resumed at 9.40am, Kessby Lines said.",
			want: []quote{{"Kessby Lines", auI, "About six hours after the drivers walked off the job, all services resumed at 9.40am"}}, speakers: []string{"Kessby Lines"}},
		{class: "scenephrase/for", text: "For most of the week, ferries sailed late, the operator Kessby Lines said.",
			want: []quote{{"Kessby Lines", auI, "For most of the week, ferries sailed late"}}, speakers: []string{"Kessby Lines"}},
		{class: "scenephrase/near", text: "About six hours into the talks, the union said.",
			want: []quote{}, speakers: []string{}},
		// bareplural.
		{class: "bareplural/reported", text: "In the first nine months of the year, 27 countries reported outbreaks, agency chief Mara Quell said.",
			want: []quote{{"Mara Quell", auI, "In the first nine months of the year, 27 countries reported outbreaks"}}, speakers: []string{"Mara Quell"}},
		{class: "bareplural/profits", text: "The firm reported profits, its chief Ada Lind said.",
			want: []quote{{"Ada Lind", auI, "The firm reported profits"}}, speakers: []string{"Ada Lind"}},
		{class: "bareplural/near", text: "The agency reported cases rose in May.",
			want: []quote{{"", auI, "cases rose in May"}}, speakers: []string{}},
		// subordinatereport.
		{class: "subordinatereport/after", text: "Kessby Park officials put down a bear on Thursday after tests confirmed it attacked a hiker, a park spokeswoman said.",
			want: []quote{{"", auI, "Kessby Park officials put down a bear on Thursday after tests confirmed it attacked a hiker"}}, speakers: []string{}},
		{class: "subordinatereport/because", text: "The council closed the road on Monday because engineers found the bridge was unsafe, Mayor Ivo Dask said.",
			want: []quote{{"Ivo Dask", auI, "The council closed the road on Monday because engineers found the bridge was unsafe"}}, speakers: []string{"Ivo Dask"}},
		{class: "subordinatereport/near", text: "The council shut the road because inspectors said the bridge was unsafe.",
			want: []quote{{"", auI, "the bridge was unsafe"}}, speakers: []string{}},
		// titleddoc.
		{class: "titleddoc/between", text: "The Tarvik Rights Institute on Tuesday in its World Report 2020 said that attacks took a toll.",
			want: []quote{{"Tarvik Rights Institute", auI, "attacks took a toll"}}, speakers: []string{"Tarvik Rights Institute"}},
		{class: "titleddoc/released", text: "The Tarvik Rights Institute (TRI) has released its annual World Report 2020 on abuses.\n\nThe report criticized the government.\n\n“The government failed,” it said.\n\nThe report said that deaths rose.",
			want: []quote{{"Tarvik Rights Institute", auD, "The government failed"}, {"Tarvik Rights Institute", auI, "deaths rose"}}, speakers: []string{"Tarvik Rights Institute"}},
		{class: "titleddoc/near", text: "Mara Quell has read their annual World Report 2020 on abuses.\n\nThe report said that deaths rose.",
			want: []quote{{"", auI, "deaths rose"}}, speakers: []string{}},
		// resultreport.
		{class: "resultreport/profit", text: "Kessflix reported a profit of $720 million.\n\nKessflix warned growth could cool.",
			want: []quote{{"Kessflix", auI, "growth could cool"}}, speakers: []string{"Kessflix"}},
		{class: "resultreport/revenue", text: "Kessflix shares rose.\n\nKessflix reported $6.1 billion in revenue on Thursday. Kessflix said the quarter was strong.",
			want: []quote{{"Kessflix", auI, "the quarter was strong"}}, speakers: []string{"Kessflix"}},
		{class: "resultreport/near", text: "The Tarvik Daily reported that the mayor had resigned.",
			want: []quote{{"", auI, "the mayor had resigned"}}, speakers: []string{}},
		// whoseclause.
		{class: "whoseclause/parent", text: "The regulator fined Kessflix on Monday.\n\nKessflix, whose parent company Tarvo Holdings reported $33.7 billion in revenue in its most recent quarterly report, said in a statement it is “deeply committed” to privacy. “We are studying the decision,” it said.",
			want: []quote{{"Kessflix", auM, "it is “deeply committed” to privacy"}, {"Kessflix", auD, "We are studying the decision"}}, speakers: []string{"Kessflix"}},
		{class: "whoseclause/near", text: "Kessflix said on Monday it would appeal.\n\nTarvo Holdings, its parent, said the fine was unfair. “We are studying the decision,” it said.",
			want: []quote{{"Kessflix", auI, "it would appeal"}, {"Tarvo Holdings", auI, "the fine was unfair"}, {"Tarvo Holdings", auD, "We are studying the decision"}}, speakers: []string{"Kessflix", "Tarvo Holdings"}},
		// officeholder.
		{class: "officeholder/subject", text: "Deputy Director Army Public Relations, 7 Division, Col. Ivo Dask, said the attack failed.",
			want: []quote{{"Ivo Dask", auI, "the attack failed"}}, speakers: []string{"Ivo Dask"}},
		{class: "officeholder/statement", text: "A statement by Deputy Director Army Public Relations, 7 Division, Col. Ivo Dask, shed more light on the attack.\n\nThe statement read, “The attack was repelled by the troops.”",
			want: []quote{{"Ivo Dask", auD, "The attack was repelled by the troops."}}, speakers: []string{"Ivo Dask"}},
		{class: "officeholder/near", text: "A statement by the army spokesman, Col. Ivo Dask, said the attack failed.",
			want: []quote{{"Ivo Dask", auI, "the attack failed"}}, speakers: []string{"Ivo Dask"}},
		// bodyofficial.
		{class: "bodyofficial/bureau", text: "A Kessby Front official has announced that talks with the government resumed on Monday.\n\nTalks were halted last month when Marlow suspended them.\n\nBut Ivo Dask from the Kessby Front’s political bureau said that efforts had resumed.",
			want: []quote{{"Ivo Dask", auI, "talks with the government resumed on Monday"}, {"Ivo Dask", auI, "efforts had resumed"}}, speakers: []string{"Ivo Dask"}},
		{class: "bodyofficial/leader", text: "Talks will begin only after a release of prisoners, a Kessby Front leader said.\n\nThe government has said the group must first stop its attacks.\n\n“We agreed that all releases will be done together,” Ivo Dask, head of the Kessby Front’s negotiating team, told reporters.",
			want: []quote{{"Ivo Dask", auI, "Talks will begin only after a release of prisoners"}, {"", auI, "the group must first stop its attacks"}, {"Ivo Dask", auD, "We agreed that all releases will be done together"}}, speakers: []string{"Ivo Dask"}},
		{class: "bodyofficial/near", text: "A cut is still being discussed by ministers, an Orvane Council delegate said.\n\nOrvane Council President Ivo Dask said the council would meet in May.",
			want: []quote{{"", auI, "A cut is still being discussed by ministers"}, {"Ivo Dask", auI, "the council would meet in May"}}, speakers: []string{"Ivo Dask"}},
		// countafter.
		{class: "countafter/acronym", text: "According to MONUSCO 24 people were killed including a peacekeeper.",
			want: []quote{{"MONUSCO", auI, "24 people were killed including a peacekeeper"}}, speakers: []string{"MONUSCO"}},
		{class: "countafter/police", text: "According to Tarvik Police 24 people were killed.",
			want: []quote{{"Tarvik Police", auI, "24 people were killed"}}, speakers: []string{"Tarvik Police"}},
		{class: "countafter/near", text: "According to the Kessby 11 crew, the landing was smooth.",
			want: []quote{{"", auI, "the landing was smooth"}}, speakers: []string{}},
		// hearersource.
		{class: "hearersource/possessive", text: "Defence chief Ivo Dask spoke on Monday.\n\n“No longer can the taxpayer carry the burden,” he told the alliance's 27 other defense ministers, according to a transcript.",
			want: []quote{{"Ivo Dask", auD, "No longer can the taxpayer carry the burden"}}, speakers: []string{"Ivo Dask"}},
		{class: "hearersource/near", text: "Defence chief Ivo Dask spoke on Monday.\n\n“No longer can the taxpayer carry the burden,” he told the ministers, according to a transcript.",
			want: []quote{{"Ivo Dask", auD, "No longer can the taxpayer carry the burden"}}, speakers: []string{"Ivo Dask"}},
		// voiceof.
		{class: "voiceof/representative", text: "Three houses were destroyed, said a representative of Kani-based Tarvik People’s Defense Force (TPDF).",
			want: []quote{{"Tarvik People’s Defense Force", auI, "Three houses were destroyed"}}, speakers: []string{"Tarvik People’s Defense Force"}},
		{class: "voiceof/spokesman", text: "Three houses were destroyed, said a spokesman of the Tarvik Defense Force.",
			want: []quote{{"Tarvik Defense Force", auI, "Three houses were destroyed"}}, speakers: []string{"Tarvik Defense Force"}},
		{class: "voiceof/near", text: "A representative of the Tarvik Defense Force said three houses were destroyed.",
			want: []quote{{"Tarvik Defense Force", auI, "three houses were destroyed"}}, speakers: []string{"Tarvik Defense Force"}},
		// residentof.
		{class: "residentof/village", text: "A jet dropped three bombs on the village, according to Ivo Dask, a fighter.\n\nA resident of Nyaung Lisk also said that ten people had been killed in the strike.\n\nHe and other locals had cremated the dead later that evening, he said, asking not to use his name.",
			want: []quote{{"Ivo Dask", auI, "A jet dropped three bombs on the village"}, {"", auI, "ten people had been killed in the strike"}, {"", auI, "He and other locals had cremated the dead later that evening"}}, speakers: []string{"Ivo Dask"}},
		{class: "residentof/near", text: "A jet dropped three bombs on the village, according to Ivo Dask, a fighter.\n\nA resident also said that ten people had been killed in the strike.\n\nHe and other locals had cremated the dead later that evening, he said, asking not to use his name.",
			want: []quote{{"Ivo Dask", auI, "A jet dropped three bombs on the village"}, {"", auI, "ten people had been killed in the strike"}, {"", auI, "He and other locals had cremated the dead later that evening"}}, speakers: []string{"Ivo Dask"}},
		// rolesjoined.
		{class: "rolesjoined/ceo", text: "“We had expected the line to open,” said Kessrail president and CEO Ivo Dask in a statement.",
			want: []quote{{"Ivo Dask", auD, "We had expected the line to open"}}, speakers: []string{"Ivo Dask"}},
		{class: "rolesjoined/near", text: "“We had expected the line to open,” said Kessrail president Ivo Dask in a statement.",
			want: []quote{{"Ivo Dask", auD, "We had expected the line to open"}}, speakers: []string{"Ivo Dask"}},
		// irregularpast.
		{class: "irregularpast/blew", text: "Kessby Transit blew the doors off its cost estimates yesterday, saying it will cost an extra billion dollars.",
			want: []quote{{"Kessby Transit", auI, "it will cost an extra billion dollars"}}, speakers: []string{"Kessby Transit"}},
		{class: "irregularpast/near", text: "Kessby Transit raised its cost estimates yesterday, saying it will cost an extra billion dollars.",
			want: []quote{{"Kessby Transit", auI, "it will cost an extra billion dollars"}}, speakers: []string{"Kessby Transit"}},
		// remitoffice.
		{class: "remitoffice/agency", text: "The UN High Commissioner for Refugees said 200,000 people had fled.",
			want: []quote{{"UN High Commissioner for Refugees", auI, "200,000 people had fled"}}, speakers: []string{"UN High Commissioner for Refugees"}},
		{class: "remitoffice/voice", text: "Mara Lind, a spokeswoman for the UN High Commissioner for Refugees (UNHCR), told reporters returns must be voluntary.\n\nThe UNHCR official said the body was seeking clarity from the government.",
			want: []quote{{"Mara Lind", auI, "returns must be voluntary"}, {"Mara Lind", auI, "the body was seeking clarity from the government"}}, speakers: []string{"Mara Lind"}},
		{class: "remitoffice/near", text: "The Secretary for Education said schools would open.",
			want: []quote{{"", auI, "schools would open"}}, speakers: []string{}},
		// relativeissuer.
		{class: "relativeissuer/released", text: "Two-thirds of the voters were not members of the Kessby Music Academy in 2018.\n\nThat is one of the key findings of a report the academy released Thursday.\n\nAccording to the report, the share of members who are women has grown 27%.",
			want: []quote{{"Kessby Music Academy", auI, "the share of members who are women has grown 27%"}}, speakers: []string{"Kessby Music Academy"}},
		{class: "relativeissuer/near", text: "The Kessby Music Academy met on Monday.\n\nThat is one of the findings of a report the academy criticized Thursday.\n\nAccording to the report, the share of women has grown.",
			want: []quote{{"", auI, "the share of women has grown"}}, speakers: []string{}},
		// businesssite.
		{class: "businesssite/factory", text: "Workers at the axed Kessby Yarns factory in Lisk have been left in the dark.\n\nAll 127 workers at the Hilltown plant have been put on notice and the firm said up to 68 jobs could be affected.",
			want: []quote{{"Kessby Yarns", auI, "up to 68 jobs could be affected"}}, speakers: []string{"Kessby Yarns"}},
		{class: "businesssite/near", text: "Workers at the Hilltown plant were told on Monday.\n\nThe firm said up to 68 jobs could be affected.",
			want: []quote{{"", auI, "up to 68 jobs could be affected"}}, speakers: []string{}},
		// companyboard.
		{class: "companyboard/directors", text: "Kessco Inc. received an offer.\n\nKessco's board of directors on Monday rejected the offer, saying the bid is too low.",
			want: []quote{{"Kessco Inc.", auI, "the bid is too low"}}, speakers: []string{"Kessco Inc."}},
		{class: "companyboard/said", text: "Kessco Inc. received an offer.\n\nKessco's board said the bid is too low.",
			want: []quote{{"Kessco Inc.", auI, "the bid is too low"}}, speakers: []string{"Kessco Inc."}},
		{class: "companyboard/near", text: "Mara Quell chairs the Lisk school.\n\nQuell's board said the fees would rise.",
			want: []quote{{"", auI, "the fees would rise"}}, speakers: []string{},
			known: "person-owner: a person's possessive before a body's noun (\"Quell's board\") is taken for the person herself, as before this session; the new rule leaves people's boards alone"},
		// titleletters.
		{class: "titleletters/cjp", text: "The Chief Justice of Pakistan (CJP) heard the case.\n\nCJP Ivo Dask said arguments will begin afresh.\n\nThe CJP added that the bench had been formed.",
			want: []quote{{"Ivo Dask", auI, "arguments will begin afresh"}, {"Ivo Dask", auI, "the bench had been formed"}}, speakers: []string{"Ivo Dask"}},
		{class: "titleletters/cs", text: "Education CS Ivo Magada spoke in Lisk.\n\nThe CS also announced that 658 candidates will have to wait longer.",
			want: []quote{{"Ivo Magada", auI, "658 candidates will have to wait longer"}}, speakers: []string{"Ivo Magada"}},
		{class: "titleletters/near", text: "IGP Ivo Dask said the roads were closed.",
			want: []quote{{"Ivo Dask", auI, "the roads were closed"}}, speakers: []string{"Ivo Dask"}},
		// saidfirst.
		{class: "saidfirst/colon", text: "Spokesperson Jessie Tamm accused the party of fighting the commission.\n\nSaid Tamm: “The party should reserve its energy for the ground.”",
			want: []quote{{"Jessie Tamm", auD, "The party should reserve its energy for the ground."}}, speakers: []string{"Jessie Tamm"}},
		{class: "saidfirst/added", text: "Spokesperson Jessie Tamm accused the party of fighting the commission.\n\nAdded Tamm, “We are ready.”",
			want: []quote{{"Jessie Tamm", auD, "We are ready."}}, speakers: []string{"Jessie Tamm"}},
		{class: "saidfirst/near", text: "Said Hassan won the race in 2019.\n\n“It was close,” he said.",
			want: []quote{{"Said Hassan", auD, "It was close"}}, speakers: []string{"Said Hassan"}},
		// officetitle.
		{class: "officetitle/minister", text: "Minister of Government Communication Service, Ivo Desisa said the claims were false.\n\nThe Communication Service State Minister, said the embassy was lying.",
			want: []quote{{"Ivo Desisa", auI, "the claims were false"}, {"Ivo Desisa", auI, "the embassy was lying"}}, speakers: []string{"Ivo Desisa"}},
		{class: "officetitle/near", text: "The Harbour Board said the port would close.",
			want: []quote{{"Harbour Board", auI, "the port would close"}}, speakers: []string{"Harbour Board"}},
		// namedvoice.
		{class: "namedvoice/definite", text: "Kessby Party spokesperson Ivo Rao on Saturday said the rally was a failure.\n\n“We see complete desperation,” the Kessby Party spokesperson said.",
			want: []quote{{"Ivo Rao", auI, "the rally was a failure"}, {"Ivo Rao", auD, "We see complete desperation"}}, speakers: []string{"Ivo Rao"}},
		{class: "namedvoice/near", text: "The Kessby Party met on Saturday.\n\n“We see complete desperation,” a Kessby Party spokesperson said.",
			want: []quote{{"Kessby Party", auD, "We see complete desperation"}}, speakers: []string{"Kessby Party"}},
		// plainverbs.
		{class: "plainverbs/deserve", text: "The Kessby Party said voters deserve to hear policy alternatives.",
			want: []quote{{"Kessby Party", auI, "voters deserve to hear policy alternatives"}}, speakers: []string{"Kessby Party"}},
		{class: "plainverbs/earn", text: "The Tarvik Union said almost 250,000 members earn less than £6.50 an hour.",
			want: []quote{{"Tarvik Union", auI, "almost 250,000 members earn less than £6.50 an hour"}}, speakers: []string{"Tarvik Union"}},
		{class: "plainverbs/near", text: "The Kessby Party said voters want change.",
			want: []quote{{"Kessby Party", auI, "voters want change"}}, speakers: []string{"Kessby Party"}},
		// agreeing.
		{class: "agreeing/statement", text: "The government of Lisk issued a statement agreeing the issue should be decided by the council.",
			want: []quote{{"government of Lisk", auI, "the issue should be decided by the council"}}, speakers: []string{"government of Lisk"}},
		{class: "agreeing/near", text: "The union and the council signed a deal, agreeing to meet in May.",
			want: []quote{}, speakers: []string{}},
		// gerundsubject.
		{class: "gerundsubject/objects", text: "On Thursday, Judge Ivo Dask wrote denying the Lisk residents citizenship violated the charter.",
			want: []quote{{"Ivo Dask", auI, "denying the Lisk residents citizenship violated the charter"}}, speakers: []string{"Ivo Dask"}},
		{class: "gerundsubject/near", text: "Judge Ivo Dask wrote denying the request for a hearing.",
			want: []quote{}, speakers: []string{}},
		// nameservice.
		{class: "nameservice/service", text: "The Tarvik Civil Security service said water bombing by aircraft was disallowed.",
			want: []quote{{"Tarvik Civil Security", auI, "water bombing by aircraft was disallowed"}}, speakers: []string{"Tarvik Civil Security"}},
		{class: "nameservice/near", text: "The Kessby service said the vote was close.",
			want: []quote{{"", auI, "the vote was close"}}, speakers: []string{}},
		// secondaffiliation.
		{class: "secondaffiliation/contributor", text: "Mara Quell of Tarvik University and contributor to Slate wrote, \"a single country could demand takedowns.\"",
			want: []quote{{"Mara Quell", auD, "a single country could demand takedowns."}}, speakers: []string{"Mara Quell"}},
		{class: "secondaffiliation/near", text: "Mara Quell, a contributor to Slate, wrote, \"a single country could demand takedowns.\"",
			want: []quote{{"Mara Quell", auD, "a single country could demand takedowns."}}, speakers: []string{"Mara Quell"}},
	}
}

func TestAuditS29(t *testing.T) {
	runAudit(t, "s29", s29Rows(), *s29Known)
}
