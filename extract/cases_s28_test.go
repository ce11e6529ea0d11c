package extract_test

import (
	"flag"
	"testing"
)

// Session 28: faults read off the four pools session 27 left unread
// (crime and courts; world wire stories; companies; community news),
// released after their blind grade, each a fault of the engine's grammar,
// not of one article's wording. First pass on version 37 (the rows copied
// into a worktree of 52b6f4dd): 36/81.
//
// Shape "affiliation": "Analyst Richard Windsor of Nomura estimated the
// cost ... | “...,” he said." gave the quotation to Nomura, made a
// person: the name after "of" took the verb as its own and outranked the
// analyst as the subject "he" goes back to. Near miss: "Ivo Tamm of
// Kessan said ...", the analyst speaking himself.
//
// Shape "capsdateline": "TORONTO–The union ... said" made the town a
// speaker: a dateline in capitals alone, its dash set with no spaces,
// was read only after a comma ("COLORADO SPRINGS, Colo.—"). Near miss:
// "UK–US talks resumed", no dateline.
//
// Shape "groupplural": "Regulators have ordered the company to ..." made
// a body of the plural opening the sentence, and "Administrators Duff &
// Phelps confirmed" kept the plural in the firm's name: the plural of
// people before a name of two words or more is who they are. Near miss:
// "Democrats Abroad said", a name of one word after the plural.
//
// Shape "placeadjective": "according to the Hamas-affiliated Health
// Ministry" and "according to U.S.-based rights group X" kept the
// adjective in the body's name, or made the place the source. Near miss:
// "according to the London-based Syrian Observatory", read right before.
//
// Shape "invertedgesture": "“...,” smiled councillor Ranjan Poddar" and
// "“...,” remembers Kitty Baker" gave the quotation to whoever spoke
// before: the gesture before its subject, and "remembers" beside
// "remembered". Near miss: "“...,” Ada Lind laughed", read before.
//
// Shape "tun": "Brigadier General Zaw Min Tun told a news conference"
// was no one: "Tun", Malaysia's honorific, ended the Burmese name as a
// title and no name followed it. Near miss: "Tun Arif Osman", the title
// before a name.
//
// Shape "briefingname": "said in a Thursday briefing Mexico Beach took
// the brunt" lost the clause: the occasion's noun phrase ran on into the
// name. Near miss: "said in a briefing that ...".
//
// Shape "ownedunnamed": "A Taliban soldier said ... He said ..." gave the
// second report to the movement's spokesman named before: a body's name
// before the unnamed speaker's noun hid the speaker. Near miss: "A
// soldier said ... He said", nobody's all along.
//
// Shape "relativeaux": "the Hawaii Department of Health said a person who
// died was diagnosed with coronavirus" was no clause: a relative clause
// of one verb, then the main clause's auxiliary, had no word between them
// that the reader of relatives looked for. Near miss: "said a fire that
// started in the basement spread upstairs", read before.
//
// Shape "themodifier": "the head of state said the Nord Stream leaks are
// ... | “...,” he said." gave the quotation to Nord Stream: a name
// between "the" and its noun qualifies the noun, as one after "a" does.
// Near miss: "the Tarvik mayor", a person.
//
// Shape "newcomer": "The man suspected of killing him told police he
// believed ..." and "The woman who attacked him told police ..." gave
// the report to the man named before: the pronoun inside the modifier,
// or the description's noun, went back to him. A noun for a person
// picked out by a relative clause or a participle of suspicion is
// someone new, unnamed. Near miss: "The man who founded the firm, Ivo
// Tamm, said", named in apposition.
//
// Shape "herecue": "..., Kuwaiti oil minister Sheikh Saud Nasser
// al-Sabah said here Tuesday." reported nothing: "here" after the verb
// was read as the start of a clause. Near miss: "said there were ten
// dead", the clause's "there".
//
// Shape "andcue": "“...,” said Turkish Foreign Minister Mevlüt Çavuşoğlu
// and added that ..." left both unattributed: an inverted speaker must be
// followed by an end, a comma or a modifier, and his own second verb was
// none. Near miss: "“...,” said Ada Lind, adding that ...", read before.
//
// Shape "requestturn": "Ada Lind called on Pope Francis to step in. |
// Diosdado Cabello said ... He called on all Venezuelans to ..." gave
// the call to the Pope: a request was taken for a question the one
// called on answers in turn. Near miss: "Varga asked Brenn whether ...
// He said ...", the one asked answering.
//
// Shape "claimsrejected": "Russia rejects the statements saying that
// Moscow is using gas as “a weapon,” Kremlin Spokesman Dmitry Peskov told
// reporters" gave the whole to nobody: the participle after "the
// statements" read on through the comma inside the closing mark and the
// cue after it. The claims a subject rejects are inside what the named
// speaker says. Near miss: "The port was “a disaster,” Ada Lind told
// reporters", read before.
//
// Shape "decimal": "perhaps .02 percent, he said" ended a sentence at the
// decimal's point. Near miss: "0.02 percent".
//
// Shape "groupdescription": "Residents spokesman, retired professor Bill
// Williamson, said" was no one's: a description opening on a capitalised
// plural of people was taken for a bare word. Near miss: "The
// residents' spokesman, ...".
//
// Shape "timespan": "Just three months after announcing he would not
// run, Madison Mayor Paul Soglin declared" made "three months" the
// subject, as "Just three experts said" has it. Near miss: "Three months
// after announcing ...".
//
// Shape "barespokesman": "A Foreign Ministry spokesman said Tuesday ..."
// and in the next paragraph "spokesman Hong Lei said" left the lead to
// the ministry: the lead's modifiers had to be in the office named below,
// which the wire gives bare once the body is known. Near miss: "according
// to a family spokesperson" and below "Representative John Dingell", no
// spokesman.
//
// Shape "nationagency": "According to Turkish Anadolu Agency, ..." made
// the wire a speaker: the nation's adjective before its name hid the
// outlet word, taken for a body's name before "Agency". Near miss:
// "According to Anadolu Agency", an outlet already.
//
// Shape "filing": "according to his campaign's most recent S.C. Ethics
// Commission filing" made the commission the source: a filing is the
// filer's, the body named before it only where it was filed. Near miss:
// "according to a Pentagon report", the Pentagon's.
//
// Shape "unnamedcredit": a wire's closing credit to people unnamed,
// "..., officials in the movement said.", "..., witnesses and news
// reports said.", "..., a witness there said.", reported nothing: the
// subject read back stopped at the phrase's object, at the "and", at
// "there". And "officers responded to a domestic dispute involving a
// juvenile, authorities said" took "respond" for a reply. Near miss:
// "..., officials said.", read before.
//
// Shape "heardthat": "The meeting heard that access ... would require
// more land" and "Councillors heard that" reported nothing: only a court,
// a jury or an inquiry was a hearing. Near miss: "The inquest heard
// that", read before.
//
// Shape "crews": "Field crews report that some rivers are still at flood
// stage" was no report: "crews" was no plural of people a plain form
// follows. Near miss: "Firefighters report that".
//
// Shape "agedunits": "urged Americans aged six months and older to get
// their flu shots" was no request: the hearers' age range was read only
// in figures of years. Near miss: "residents aged 65 and over".
//
// Shape "localnumber": "Service Employees International Union Local 1000
// said" was "... Local": the local's number is its name. Near miss:
// "the local said".
//
// Shape "theunion": "the Union’s Secretary General Wilson Sossion told
// Nairobi News. | The union gave ... notice, saying ..." made "Union" a
// body of its own: a body's common word after "the", its possessive
// after it, describes the union the story names. Near miss: "the
// Police" mid-sentence, read before.
//
// Shape "remitminister": "“...,” said Forest and Environment minister
// Ganesh Ram Singhkhuntia" gave the quotation to "Forest": the remit's
// "Environment" is also a title's word, and stopped the search for the
// title. Near miss: "said Parks and Recreation Commissioner Dara Quist".
//
// Shape "givenafter": "Minister for Defense Khawaja Muhammad Asif ...
// | “...,” he said" could not be "he": a first word in "-a" no list
// knows was guessed a woman's given name, though a known given name
// followed it. Near miss: "Vichitra Lanka said ... she added", a name of
// two words.
//
// Shape "tworoles": "BJP leader and former Union Minister Rajeev
// Chandrasekhar said ... | the senior BJP leader said:" gave the leader's
// words to the Prime Minister named since: only the role after "and" was
// his. Near miss: "between the accused and prosecuting counsel Mr Adrian
// Mannering", two people, the first with its article.

var s28Known = flag.Bool("s28.known", false, "TestAuditS28 runs its known failures too")

func s28Rows() []auditRow {
	return []auditRow{
		// affiliation.
		{class: "affiliation/estimated", text: "Analyst Ivo Tamm of Kessan estimated the cost at 40 million euros.\n\n“Historically, the supplier has had to pay,” he said.",
			want: []quote{{"Ivo Tamm", auD, "Historically, the supplier has had to pay"}}, speakers: []string{"Ivo Tamm"}},
		{class: "affiliation/at", text: "Economist Ada Lind at Tarrow expected the rate to fall.\n\n“It is only a matter of time,” she said.",
			want: []quote{{"Ada Lind", auD, "It is only a matter of time"}}, speakers: []string{"Ada Lind"}},
		{class: "affiliation/near", text: "Ivo Tamm of Kessan said the cost was high.\n\n“The supplier pays,” he said.",
			want: []quote{{"Ivo Tamm", auI, "the cost was high"}, {"Ivo Tamm", auD, "The supplier pays"}}, speakers: []string{"Ivo Tamm"}},
		// capsdateline.
		{class: "capsdateline/endash", text: "TARVIK–The union representing workers at the plant said it would fight the closure.",
			want: []quote{{"", auI, "it would fight the closure"}}, speakers: []string{}},
		{class: "capsdateline/emdash", text: "PORT AVEL—The mayor said the harbour would reopen on Monday.",
			want: []quote{{"", auI, "the harbour would reopen on Monday"}}, speakers: []string{}},
		{class: "capsdateline/near", text: "UK–US talks resumed on Monday, officials said.",
			want: []quote{{"", auI, "UK–US talks resumed on Monday"}}, speakers: []string{}},
		// groupplural.
		{class: "groupplural/regulators", text: "Regulators have ordered the company to explain the outage.",
			want: []quote{{"", auI, "the company to explain the outage"}}, speakers: []string{}},
		{class: "groupplural/administrators", text: "Administrators Lind & Osk confirmed in a statement that the group would be sold.",
			want: []quote{{"Lind & Osk", auI, "the group would be sold"}}, speakers: []string{"Lind & Osk"}},
		{class: "groupplural/near", text: "Democrats Abroad said the vote was close.",
			want: []quote{{"Democrats Abroad", auI, "the vote was close"}}, speakers: []string{"Democrats Abroad"}},
		// placeadjective.
		{class: "placeadjective/affiliated", text: "According to the Vessen-affiliated Health Ministry, 157 people have been killed since March.",
			want: []quote{{"Health Ministry", auI, "157 people have been killed since March"}}, speakers: []string{"Health Ministry"}},
		{class: "placeadjective/splitbased", text: "At least 20 people have been killed, according to U.S.-based rights group Tarvik Watch.",
			want: []quote{{"Tarvik Watch", auI, "At least 20 people have been killed"}}, speakers: []string{"Tarvik Watch"}},
		{class: "placeadjective/near", text: "The London-based Tarvik Observatory for Human Rights said 20 people died.",
			want: []quote{{"Tarvik Observatory for Human Rights", auI, "20 people died"}}, speakers: []string{"Tarvik Observatory for Human Rights"}},
		// invertedgesture.
		{class: "invertedgesture/smiled", text: "Ivo Tamm opened the hall.\n\n“This is a whole year’s effort paying off,” smiled councillor Ravi Dunmore, who led the committee.",
			want: []quote{{"Ravi Dunmore", auD, "This is a whole year’s effort paying off"}}},
		{class: "invertedgesture/remembers", text: "Ivo Tamm opened the hall.\n\n“Betsy got the ball rolling,” remembers Mara Quell, one of the first members.",
			want: []quote{{"Mara Quell", auD, "Betsy got the ball rolling"}}},
		{class: "invertedgesture/near", text: "Ivo Tamm opened the hall.\n\n“It was a long night,” Ada Lind laughed.",
			want: []quote{{"Ada Lind", auD, "It was a long night"}}},
		// tun.
		{class: "tun/told", text: "Junta spokesman Brigadier General Kyaw Min Tun told a news conference that the roads were open.",
			want: []quote{{"Kyaw Min Tun", auI, "the roads were open"}}, speakers: []string{"Kyaw Min Tun"}},
		{class: "tun/said", text: "“We request calm,” Kyaw Min Tun said.",
			want: []quote{{"Kyaw Min Tun", auD, "We request calm"}}, speakers: []string{"Kyaw Min Tun"}},
		{class: "tun/near", text: "Former premier Tun Arif Osman said the roads were open.",
			want: []quote{{"Arif Osman", auI, "the roads were open"}}, speakers: []string{"Arif Osman"}},
		// briefingname.
		{class: "briefingname/thursday", text: "Agency director Ada Lind said in a Thursday briefing Port Avel took the brunt of the storm.",
			want: []quote{{"Ada Lind", auI, "Port Avel took the brunt of the storm"}}},
		{class: "briefingname/statement", text: "Ada Lind said in a statement Tarvik Rail would close the line.",
			want: []quote{{"Ada Lind", auI, "Tarvik Rail would close the line"}}},
		{class: "briefingname/near", text: "Ada Lind said in a briefing that the port was shut.",
			want: []quote{{"Ada Lind", auI, "the port was shut"}}},
		// ownedunnamed.
		{class: "ownedunnamed/soldier", text: "Movement spokesman Ivo Tamm confirmed the attack had taken place.\n\nA Vessen soldier said two people were killed. He said there appeared to have been two bombers.",
			want: []quote{{"Ivo Tamm", auI, "the attack had taken place"}, {"", auI, "two people were killed"}, {"", auI, "there appeared to have been two bombers"}}, speakers: []string{"Ivo Tamm"}},
		{class: "ownedunnamed/officer", text: "Police spokeswoman Ada Lind said the road was shut.\n\nA Tarvik Police officer said two people were hurt. She said the driver had fled.",
			want: []quote{{"Ada Lind", auI, "the road was shut"}, {"", auI, "two people were hurt"}, {"", auI, "the driver had fled"}}},
		{class: "ownedunnamed/near", text: "Movement spokesman Ivo Tamm confirmed the attack had taken place.\n\nA soldier said two people were killed. He said there appeared to have been two bombers.",
			want: []quote{{"Ivo Tamm", auI, "the attack had taken place"}, {"", auI, "two people were killed"}, {"", auI, "there appeared to have been two bombers"}}, speakers: []string{"Ivo Tamm"}},
		// relativeaux.
		{class: "relativeaux/died", text: "Earlier this week, the Vessen Department of Health said a person who died was diagnosed with the virus.",
			want: []quote{{"Vessen Department of Health", auI, "a person who died was diagnosed with the virus"}}},
		{class: "relativeaux/the", text: "Police said the man who died was a teacher.",
			want: []quote{{"", auI, "the man who died was a teacher"}}, speakers: []string{}},
		{class: "relativeaux/near", text: "Ivo Tamm said a fire that started in the basement spread upstairs.",
			want: []quote{{"Ivo Tamm", auI, "a fire that started in the basement spread upstairs"}}},
		// themodifier.
		{class: "themodifier/leaks", text: "President Ada Lind spoke on Monday.\n\nSpeaking at a press conference, the head of state said the Tarvik Stream leaks were sabotage.\n\n\"It is their wish to force us into a corner,\" she said.",
			want: []quote{{"Ada Lind", auD, "It is their wish to force us into a corner"}}, speakers: []string{"Ada Lind"}},
		{class: "themodifier/pipeline", text: "Ivo Tamm chairs the board.\n\nThe Orrvale Ridge pipeline will be delayed, the company said.\n\n\"We are sorry,\" he said.",
			want: []quote{{"Ivo Tamm", auD, "We are sorry"}}},
		{class: "themodifier/near", text: "The Tarvik mayor, Ivo Tamm, opened the hall.\n\n\"We are proud,\" he said.",
			want: []quote{{"Ivo Tamm", auD, "We are proud"}}, speakers: []string{"Ivo Tamm"}},
		// newcomer.
		{class: "newcomer/suspected", text: "Prime Minister Ivo Tamm spoke on Monday.\n\nThe man suspected of killing him told police he believed the church was to blame.",
			want: []quote{{"", auI, "he believed the church was to blame"}}, speakers: []string{}},
		{class: "newcomer/who", text: "Mayor Ivo Tamm opened the hall.\n\nThe woman who attacked him told police she was provoked.",
			want: []quote{{"", auI, "she was provoked"}}, speakers: []string{}},
		{class: "newcomer/near", text: "Mayor Ivo Tamm opened the hall.\n\nThe man who founded the firm, Ada Lind, said it would close.",
			want: []quote{{"Ada Lind", auI, "it would close"}}},
		// herecue.
		{class: "herecue/tuesday", text: "Producers have reached an agreement, oil minister Sheikh Saud Nasser al-Tamm said here Tuesday.",
			want: []quote{{"Saud Nasser al-Tamm", auI, "Producers have reached an agreement"}}},
		{class: "herecue/that", text: "Ada Lind told reporters here that the talks had failed.",
			want: []quote{{"Ada Lind", auI, "the talks had failed"}}},
		{class: "herecue/near", text: "Ada Lind said there were ten dead.",
			want: []quote{{"Ada Lind", auI, "there were ten dead"}}},
		// andcue.
		{class: "andcue/added", text: "“We have to go the peaceful way,” said Foreign Minister Ivo Tamm and added that the talks would go on.",
			want: []quote{{"Ivo Tamm", auD, "We have to go the peaceful way"}, {"Ivo Tamm", auI, "the talks would go on"}}},
		{class: "andcue/noted", text: "“The port will reopen,” said Mayor Ada Lind and noted that repairs had begun.",
			want: []quote{{"Ada Lind", auD, "The port will reopen"}, {"Ada Lind", auI, "repairs had begun"}}},
		{class: "andcue/near", text: "“The port will reopen,” said Mayor Ada Lind, adding that repairs had begun.",
			want: []quote{{"Ada Lind", auD, "The port will reopen"}, {"Ada Lind", auI, "repairs had begun"}}},
		// requestturn.
		{class: "requestturn/calledon", text: "Ada Lind recently called on Bishop Tomas to step in.\n\nIvo Tamm said Monday the sanctions were an open threat. He called on all citizens to “strongly reject” them.",
			want: []quote{{"Ada Lind", auI, "Bishop Tomas to step in"}, {"Ivo Tamm", auI, "the sanctions were an open threat"}, {"Ivo Tamm", auM, "all citizens to “strongly reject” them"}}},
		{class: "requestturn/urged", text: "Ada Lind urged Bishop Tomas to step in.\n\nIvo Tamm said Monday the sanctions were a threat. He urged citizens to stay calm.",
			want: []quote{{"Ada Lind", auI, "Bishop Tomas to step in"}, {"Ivo Tamm", auI, "the sanctions were a threat"}, {"Ivo Tamm", auI, "citizens to stay calm"}}},
		{class: "requestturn/near", text: "Ada Lind asked Tomas Brenn whether the port would reopen.\n\nHe said the port would reopen in May.",
			want: []quote{{"Ada Lind", auI, "whether the port would reopen"}, {"Tomas Brenn", auI, "the port would reopen in May"}}},
		// claimsrejected.
		{class: "claimsrejected/quotedcomma", text: "Vessen rejects the statements saying that it is using gas as “a political weapon,” presidential spokesman Ivo Tamm told reporters on Friday.",
			want: []quote{{"Ivo Tamm", auM, "Vessen rejects the statements saying that it is using gas as “a political weapon,”"}}},
		{class: "claimsrejected/comma", text: "Vessen rejects the statements saying that it is using gas as a weapon, presidential spokesman Ivo Tamm told reporters on Friday.",
			want: []quote{{"Ivo Tamm", auI, "Vessen rejects the statements saying that it is using gas as a weapon"}}},
		{class: "claimsrejected/near", text: "The port was “a disaster,” Ada Lind told reporters on Friday.",
			want: []quote{{"Ada Lind", auM, "The port was “a disaster,”"}}},
		// decimal.
		{class: "decimal/point", text: "Superintendent Ivo Tamm spoke.\n\nThe district may need a tax increase, perhaps .02 percent, he said.",
			want: []quote{{"Ivo Tamm", auI, "The district may need a tax increase, perhaps .02 percent"}}},
		{class: "decimal/near", text: "Superintendent Ivo Tamm spoke.\n\nThe district may need a tax increase, perhaps 0.02 percent, he said.",
			want: []quote{{"Ivo Tamm", auI, "The district may need a tax increase, perhaps 0.02 percent"}}},
		// groupdescription.
		{class: "groupdescription/residents", text: "Residents spokesman, retired professor Ivo Tamm, said the development was out of scale.",
			want: []quote{{"Ivo Tamm", auI, "the development was out of scale"}}, speakers: []string{"Ivo Tamm"}},
		{class: "groupdescription/near", text: "The residents' spokesman, retired professor Ivo Tamm, said the development was out of scale.",
			want: []quote{{"Ivo Tamm", auI, "the development was out of scale"}}, speakers: []string{"Ivo Tamm"}},
		// timespan.
		{class: "timespan/just", text: "Just three months after announcing he would not run for re-election, Tarvik Mayor Ivo Tamm declared his candidacy.",
			want: []quote{{"Ivo Tamm", auI, "he would not run for re-election"}}},
		{class: "timespan/near", text: "Three months after announcing he would not run for re-election, Tarvik Mayor Ivo Tamm declared his candidacy.",
			want: []quote{{"Ivo Tamm", auI, "he would not run for re-election"}}},
		// barespokesman.
		{class: "barespokesman/next", text: "A Foreign Ministry spokesman said Tuesday that the summit would help both countries.\n\nThe talks would deepen trust, spokesman Ivo Tamm said at a regular press conference.",
			want: []quote{{"Ivo Tamm", auI, "the summit would help both countries"}, {"Ivo Tamm", auI, "The talks would deepen trust"}}, speakers: []string{"Ivo Tamm"}},
		{class: "barespokesman/spokeswoman", text: "A Harbour Board spokeswoman said the quay would reopen.\n\nRepairs were nearly done, spokeswoman Ada Lind said.",
			want: []quote{{"Ada Lind", auI, "the quay would reopen"}, {"Ada Lind", auI, "Repairs were nearly done"}}, speakers: []string{"Ada Lind"}},
		{class: "barespokesman/near", text: "The singer died yesterday, according to a family spokesperson.\n\nShe worked for Representative Ivo Tamm as an aide.",
			want: []quote{{"", auI, "The singer died yesterday"}}, speakers: []string{}},
		// nationagency.
		{class: "nationagency/turkish", text: "According to Turkish Anadolu Agency, the minister was present at the meeting.",
			want: []quote{{"", auI, "the minister was present at the meeting"}}, speakers: []string{}},
		{class: "nationagency/near", text: "According to Anadolu Agency, the minister was present at the meeting.",
			want: []quote{{"", auI, "the minister was present at the meeting"}}, speakers: []string{}},
		// filing.
		{class: "filing/campaign", text: "Ivo Tamm raised $42,566 between July and October, according to his campaign's most recent Tarvik Ethics Commission filing.",
			want: []quote{{"", auI, "Ivo Tamm raised $42,566 between July and October"}}, speakers: []string{}},
		{class: "filing/bare", text: "Ivo Tamm raised $42,566, according to a Federal Election Commission filing.",
			want: []quote{{"", auI, "Ivo Tamm raised $42,566"}}, speakers: []string{}},
		{class: "filing/near", text: "Ivo Tamm raised $42,566, according to a Pentagon report.",
			want: []quote{{"Pentagon", auI, "Ivo Tamm raised $42,566"}}, speakers: []string{"Pentagon"}},
		// unnamedcredit.
		{class: "unnamedcredit/officialsin", text: "A blast killed several civilians at a mosque, officials in the movement said.",
			want: []quote{{"", auI, "A blast killed several civilians at a mosque"}}, speakers: []string{}},
		{class: "unnamedcredit/witnessesreports", text: "Troops fired grenades at protesters on Friday, witnesses and news reports said.",
			want: []quote{{"", auI, "Troops fired grenades at protesters on Friday"}}, speakers: []string{}},
		{class: "unnamedcredit/there", text: "One person was killed when police opened fire in the port, a witness there said.",
			want: []quote{{"", auI, "One person was killed when police opened fire in the port"}}, speakers: []string{}},
		{class: "unnamedcredit/dispute", text: "A deputy was arrested after officers responded to a domestic dispute involving a juvenile, authorities said.",
			want: []quote{{"", auI, "A deputy was arrested after officers responded to a domestic dispute involving a juvenile"}}, speakers: []string{}},
		{class: "unnamedcredit/near", text: "A blast killed several civilians at a mosque, officials said.",
			want: []quote{{"", auI, "A blast killed several civilians at a mosque"}}, speakers: []string{}},
		// heardthat.
		{class: "heardthat/meeting", text: "The meeting heard that access from Milford Way would require more land to be developed.",
			want: []quote{{"", auI, "access from Milford Way would require more land to be developed"}}, speakers: []string{}},
		{class: "heardthat/councillors", text: "Councillors heard that the road would close in May.",
			want: []quote{{"", auI, "the road would close in May"}}, speakers: []string{}},
		{class: "heardthat/near", text: "The inquest heard that the driver had been speeding.",
			want: []quote{{"", auI, "the driver had been speeding"}}, speakers: []string{}},
		// crews.
		{class: "crews/report", text: "Field crews report that some rivers are still at flood stage.",
			want: []quote{{"", auI, "some rivers are still at flood stage"}}, speakers: []string{}},
		{class: "crews/near", text: "Firefighters report that some rivers are still at flood stage.",
			want: []quote{{"", auI, "some rivers are still at flood stage"}}, speakers: []string{}},
		// agedunits.
		{class: "agedunits/months", text: "Director Ada Lind urged Tarvians aged six months and older to get their flu shots.",
			want: []quote{{"Ada Lind", auI, "Tarvians aged six months and older to get their flu shots"}}},
		{class: "agedunits/near", text: "Director Ada Lind urged residents aged 65 and over to get their flu shots.",
			want: []quote{{"Ada Lind", auI, "residents aged 65 and over to get their flu shots"}}},
		// localnumber.
		{class: "localnumber/union", text: "Tarvik Workers Union Local 1000 said that 74 percent of the ballots supported a strike.",
			want: []quote{{"Tarvik Workers Union Local 1000", auI, "74 percent of the ballots supported a strike"}}, speakers: []string{"Tarvik Workers Union Local 1000"}},
		{class: "localnumber/near", text: "Tarvik Workers Union said that 74 percent of the ballots supported a strike.",
			want: []quote{{"Tarvik Workers Union", auI, "74 percent of the ballots supported a strike"}}, speakers: []string{"Tarvik Workers Union"}},
		// theunion.
		{class: "theunion/possessive", text: "The Tarvik National Union of Teachers issued a notice.\n\n“We are not getting answers,” the Union’s Secretary General Ivo Tamm told reporters.\n\nThe union gave the ministry a strike notice, saying they had exhausted all avenues of consultation.",
			want: []quote{{"Ivo Tamm", auD, "We are not getting answers"}, {"Tarvik National Union of Teachers", auI, "they had exhausted all avenues of consultation"}}, speakers: []string{"Ivo Tamm", "Tarvik National Union of Teachers"}},
		{class: "theunion/near", text: "The Tarvik National Union of Teachers issued a notice.\n\nThe union gave the ministry a strike notice, saying they had exhausted all avenues of consultation.",
			want: []quote{{"Tarvik National Union of Teachers", auI, "they had exhausted all avenues of consultation"}}},
		// remitminister.
		{class: "remitminister/lower", text: "“The compensation will be provided,” said Forest and Environment minister Ivo Tamm, while expressing grief.",
			want: []quote{{"Ivo Tamm", auD, "The compensation will be provided"}}, speakers: []string{"Ivo Tamm"}},
		{class: "remitminister/near", text: "“The park will reopen,” said Parks and Recreation Commissioner Dara Quist.",
			want: []quote{{"Dara Quist", auD, "The park will reopen"}}, speakers: []string{"Dara Quist"}},
		// givenafter.
		{class: "givenafter/khawaja", text: "Minister for Defense Khawaja Muhammad Asif on Friday met party leaders.\n\n“Talks are the only way,” he said.",
			want: []quote{{"Khawaja Muhammad Asif", auD, "Talks are the only way"}}},
		{class: "givenafter/near", text: "Vichitra Lanka opened the clinic on Friday.\n\n“Talks are the only way,” she said.",
			want: []quote{{"Vichitra Lanka", auD, "Talks are the only way"}}},
		// tworoles.
		{class: "tworoles/leader", text: "Tarvik, Nov 30 (Wirenews) Reform leader and former Union Minister Ivo Tamm said on Saturday that the opposition had lost its way.\n\nHis remark came after a row over a remark about Prime Minister Tomas Brenn.\n\nTalking to reporters, the senior Reform leader said: “The opposition abuses the system.”",
			want: []quote{{"Ivo Tamm", auI, "the opposition had lost its way"}, {"Ivo Tamm", auD, "The opposition abuses the system."}}, speakers: []string{"Ivo Tamm"}},
		{class: "tworoles/near", text: "There was a heated exchange between the accused and prosecuting counsel Mr Ivo Tamm.\n\nThe accused claimed Mr Tamm had engaged in “character assassination”.",
			want: []quote{{"", auM, "Mr Tamm had engaged in “character assassination”"}}, speakers: []string{}},
	}
}

func TestAuditS28(t *testing.T) {
	runAudit(t, "s28", s28Rows(), *s28Known)
}
