package extract_test

import (
	"flag"
	"testing"
)

// Session 27: faults read off the two pools session 26 left unread
// (regional news of six English-speaking countries; the English press of
// Asia, Africa, the Middle East and Latin America) and the four this
// session collected (politics below the headlines; health, education and
// environment; technology and culture; transport, disasters and farming)
// and the eight after them (local news of North America; of Britain,
// Ireland and Australasia; the press of Africa and Asia; business and
// diplomacy; US national politics; sport; science and medicine; Europe
// and Latin America), each released after its blind grade, each a fault
// of the engine's grammar, not of one article's wording. First pass on version
// 36 (the rows copied into a worktree of e350791c): 30/73.
//
// Shape "noone": "said no one reported any baton charge" was no clause:
// "no one", two words, did not open a subject as "nobody" does. Near
// miss: "told no one", a hearer.
//
// Shape "relativeparticiple": "Brisk questioned the manner in which Keel
// responded to the reporter, adding that ..." gave the participle to
// Keel, whose cue inside the object's relative clause came last; the
// comma closes that clause, and the sentence's subject adds. Near miss:
// "Brisk said Keel had resigned, adding that ...", where the adding is
// Brisk's anyway.
//
// Shape "listedremit": "The Minister of Regional and Local Government,
// Housing and Rural Development, Major-General Carl Namby, has denied
// ..." gave Namby no office, the remit's fields set off by commas, so a
// later "the minister said" was nobody's. Near miss: "The Minister of
// Finance, Senator Ivo Tamm, Governor Ada Kessel and Mayor Ana Lind": a
// list of people after the office.
//
// Shape "agedfrom": "Mara Velk, 41, of Dunmore said" made the town the
// speaker: the age set off by commas, then where she lives, the closing
// comma lost, as "Ivo Tamm, a critic of the plan said" loses its own.
// Near miss: "Mara Velk, 41, said", closed at once.
//
// Shape "seatafterrole": "Dr Sunil Varga, district agriculture officer,
// Prayagraj, told ANI" made Prayagraj the speaker, read as the holder of
// the office before it ("the director, Ivo Tamm, said"); a bare role after
// a name, then one word, is the office's seat. Near miss: "the director,
// Ivo Tamm, said", where the name after the article's role speaks.
//
// Shape "statewords": "An agriculture department official in Uttar
// Pradesh said" made a person of the state, two capitalised words no
// list knew: "Pradesh", "oblast", "governorate" and "prefecture" now end
// a place's name, and the larger Indian and Pakistani states are places.
// Near miss: "An official in Marlow said", nobody all along.
//
// Shape "officeholder": "Congress MP Gaurav Gogoi" and "NTSB Air Safety
// Investigator Aaron McCarter" were bodies, the body's word before the
// office taking the whole name; the office after the body, then two or
// three capitalised words, is a holder's title and name. Near miss:
// "Commission on International Religious Freedom", no office.
//
// Shape "pluralbody": "Hospitals are coping well, District Health Boards
// say" made a person called Boards: a body's word in the plural ("Boards",
// "Councils", "Unions", "Associations") did not mark a body's name as the
// singular does. Near miss: "the boards say", no name.
//
// Shape "gerundes": "said putting a price on pollution creates good jobs"
// was no clause: the verb in -es the lexicon lacks, after the gerund's
// phrase, was not read as the verb. Near miss: "said putting a price on
// pollution", no verb.
//
// Shape "frontedhe": "Condemning what he called “the politics of
// exclusion”, Cllr Aidan Mullet declared: ..." gave the phrase to the man
// named in the paragraph before; the pronoun in a participle's phrase
// opening the sentence points forward to the main clause's subject. Near
// miss: a woman named after the comma, "he" stays the man before.
//
// Shape "sayingcomma": "she responded saying, “We had a technical
// issue.”" left the quotation unattributed: the participle after the
// verb handed over its quotation only with no comma between. Near miss:
// "The Varnshire council issued a statement saying, “...”", a document's
// words, its issuer unnamed.
//
// Shape "placedash": "Cape Town - A DA “take-over” ... is illegal, the
// Western Cape municipality said" made the city a speaker: a dateline in
// plain capitals before a spaced hyphen was read only when its first word
// was in capitals or a country followed. A place the lexicon knows is a
// dateline too. Near miss: "Ivo Tamm - The mayor ...", a name.
//
// Shape "reportedamount": "Pellam, whose parent company Orrin reported
// $33.7 billion in revenue in its most recent quarterly report, said in a
// statement it is “deeply committed” ..." made the figure and the rest of
// the sentence a clause reported, and lost the firm's words: a sum
// reported is a result, as one posted is. Near miss: "reported sales fell 5 percent",
// a clause.
//
// Shape "curlydouble": "‘‘Supermarkets ruin all this,’’ Mr Govett said":
// two curly single marks open a double one in some papers' copy, as
// ``...'' does in plain copy; the words were no quotation at all. Near
// miss: "‘the Sentinel’", a title in single marks.
//
// Shape "nationbody": "The Chief of Montreal Lake Cree Nation says ..."
// made a person called Cree Nation, and "B.C. officials are ...,
// saying ..." a body called B.C.: "Nation" ends a people's government's
// name as "Council" does, and B.C. is a province. Near miss: "the
// nation's officials said", no name.
//
// Shape "andremit": "Mine Safety and Health Administration spokesman
// Matthew Faraci said", "Bangladesh Additional Refugee Relief and
// Repatriation Commissioner Khalid Hossain said" and "Capital and Coast DHB
// chief medical advisor Dr John Tait said" were nobody's: the "and" inside
// a body's name or an office's remit was read as joining two speakers.
// Near misses: "Ilse Varga and Kessel Trust analyst Arno Vell" and "the
// Energy Ministry and Mining Minister Ana Lind", two each.
//
// Shape "thistime": "MetService meteorologist Georgina Griffiths this
// afternoon said" took "this afternoon" for the subject. Near miss: "who
// earlier this month indicated", the relative's time.
//
// Shape "asidesubject": "Ada Lind, the mayor, said Ivo Tamm, the
// treasurer, would resign" gave "would resign" to Tamm: the comma closing
// the subject's aside was read as the comma before an inverted cue ("...,
// said Ivo Tamm, the treasurer,"). Near miss: "The bridge is old, said
// Ivo Tamm, the treasurer.", inverted.
//
// Shape "ticker": "Canada's largest pipeline operator, Enbridge Inc
// ENB.TO, announced ..." made a body called "Enbridge Inc ENB.TO", and
// "Tarrow Group TRW.L said" no one: a share's ticker after a
// company's name is no part of it. Near miss: "E.ON", one letter before
// the point, a name.
//
// Shape "possessivetitle": "Troy Clarke, GM's North America Group Vice
// President, said" made the title a body (it holds "Group") that took
// his words. Near miss: "Norvania's Ministry of Health said", a body.
//
// Shape "plainclause": three plain reports were no quotes at all: "Police
// now say arson could be to blame" (the plain form after an adverb was
// taken for "to say"), "She said the file before her did not disclose
// ..." ("before her" read as a clause of time after an object, which
// "said" never takes), and "He said “a bunch of thugs” at the depot had
// been violent" (the quoted subject's place between it and its verb).
// Near misses: "will now say", a future; "promised protests until Sweden
// joined", an object and a clause of time.
//
// Shape "townstate": "Judge William Fitzpatrick, in Alexandria, Virginia,
// ruled that ..." made Virginia the speaker: the state closes the
// address the aside opened. And "COLORADO SPRINGS, Colo.—A cyclist is
// suing ..." made the town a body: a dateline's dash set without spaces.
// Near miss: "Ada Lind, in Kessby, Mara Quell said", two words that are a
// person's name.
//
// Shape "countrysbody": "The UK's biggest higher education union has
// called on the government to ..., warning that ..." gave the country the
// union's words: a country's possessive, then a description in lower case
// ending in a body's noun, is the body the story names with that noun,
// or no one. Near miss: "Kessa's government said", a state body named by
// its country, as before.
//
// Shape "subjectbody": "The FAA has asked SpaceX to investigate, the agency
// said" left the words to no one: the body a wire describes in the
// attribution is the one its report opens on, unless the name says it is
// another kind ("The Tarvik Council approved the plan, the company said");
// so are "agency officials" after "The Japan Aerospace Exploration Agency
// plans ...".
//
// Shape "thistime": also "..., the ministry said in a statement released
// this Thursday.": the document's participle took "this" for its object
// and the clause before lost its cue.

var s27Known = flag.Bool("s27.known", false, "TestAuditS27 runs its known failures too")

func s27Rows() []auditRow {
	return []auditRow{
		// noone.
		{class: "noone/reported", text: "However, the officer-in-charge of Varn police station, Anis Ruhan, said no one reported any baton charge by the police in the area.",
			want: []quote{{"Anis Ruhan", auI, "no one reported any baton charge by the police in the area"}}},
		{class: "noone/saw", text: "Ivo Tamm said no one saw the van leave.",
			want: []quote{{"Ivo Tamm", auI, "no one saw the van leave"}}},
		{class: "noone/near", text: "Ivo Tamm told no one about the van.",
			want: []quote{}, speakers: []string{}},
		// relativeparticiple.
		{class: "relativeparticiple/inwhich", text: "Government spokesman Orlan Brisk questioned the manner in which Tomas Keel responded to the reporter, adding that the administration values questions.",
			want: []quote{{"Orlan Brisk", auI, "the administration values questions"}}},
		{class: "relativeparticiple/way", text: "Orlan Brisk described the way in which Tomas Keel spoke to staff, saying it was unacceptable.",
			want: []quote{{"Orlan Brisk", auI, "it was unacceptable"}}},
		{class: "relativeparticiple/near", text: "Orlan Brisk said Tomas Keel had resigned, adding that a successor would be named.",
			want: []quote{{"Orlan Brisk", auI, "Tomas Keel had resigned"}, {"Orlan Brisk", auI, "a successor would be named"}}},
		// listedremit.
		{class: "listedremit/fields", text: "WINDHOEK – The Minister of Regional and Local Government, Housing and Rural Development, Major-General Carl Namby, has denied claims that his decision was biased.\n\n“If you are wrong, you are wrong,” the minister said.",
			want: []quote{{"Carl Namby", auD, "If you are wrong, you are wrong"}}},
		{class: "listedremit/three", text: "The Minister of Women, Children and Youth Affairs, Ada Kessel, opened the centre.\n\n“It is a start,” the minister said.",
			want: []quote{{"Ada Kessel", auD, "It is a start"}}},
		{class: "listedremit/near", text: "The Minister of Finance, Senator Ivo Tamm, Governor Ada Kessel and Mayor Ana Lind met on Monday.\n\n“It is a start,” Lind said.",
			want: []quote{{"Ana Lind", auD, "It is a start"}}, speakers: []string{"Ana Lind"}},
		// agedfrom.
		{class: "agedfrom/of", text: "Mara Velk, 41, of Dunmore said the water rose fast.",
			want: []quote{{"Mara Velk", auI, "the water rose fast"}}, speakers: []string{"Mara Velk"}},
		{class: "agedfrom/from", text: "Passenger Trent Pursley, 23, from Temecula said he felt lucky to have escaped.",
			want: []quote{{"Trent Pursley", auI, "he felt lucky to have escaped"}}, speakers: []string{"Trent Pursley"}},
		{class: "agedfrom/worker", text: "Narayan Rao, 45, a prawn farm worker in Kakinada said: “We are used to cyclones.”",
			want: []quote{{"Narayan Rao", auD, "We are used to cyclones."}}, speakers: []string{"Narayan Rao"}},
		{class: "agedfrom/near", text: "Mara Velk, 41, said the water rose fast.",
			want: []quote{{"Mara Velk", auI, "the water rose fast"}}, speakers: []string{"Mara Velk"}},
		// seatafterrole.
		{class: "seatafterrole/district", text: "Dr Sunil Varga, district agriculture officer, Prayagraj, told news agency ANI that the teams were ready.",
			want: []quote{{"Sunil Varga", auI, "the teams were ready"}}, speakers: []string{"Sunil Varga"}},
		{class: "seatafterrole/town", text: "Ada Lind, deputy commissioner, Kessby, said the roads were shut.",
			want: []quote{{"Ada Lind", auI, "the roads were shut"}}, speakers: []string{"Ada Lind"}},
		{class: "seatafterrole/near", text: "The union said the talks had failed. Its director, Ivo Tamm, said the strike would go on.",
			want: []quote{{"", auI, "the talks had failed"}, {"Ivo Tamm", auI, "the strike would go on"}}},
		// statewords.
		{class: "statewords/pradesh", text: "An agriculture department official in Uttar Pradesh said that the swarm was one of three.",
			want: []quote{{"", auI, "the swarm was one of three"}}, speakers: []string{}},
		{class: "statewords/oblast", text: "A spokesman for the governor of Kessa Oblast said the shelling had stopped.",
			want: []quote{{"", auI, "the shelling had stopped"}}, speakers: []string{}},
		{class: "statewords/near", text: "An official in Marlow said that the swarm was one of three.",
			want: []quote{{"", auI, "the swarm was one of three"}}, speakers: []string{}},
		// officeholder.
		{class: "officeholder/party", text: "Meanwhile, Congress MP Gaurav Gogoi said the administration is biased.",
			want: []quote{{"Gaurav Gogoi", auI, "the administration is biased"}}, speakers: []string{"Gaurav Gogoi"}},
		{class: "officeholder/agency", text: "NTSB Air Safety Investigator Aaron McCarter said investigators expect to stay for three days.",
			want: []quote{{"Aaron McCarter", auI, "investigators expect to stay for three days"}}, speakers: []string{"Aaron McCarter"}},
		{class: "officeholder/near", text: "The Commission on International Religious Freedom said the report was late.",
			want: []quote{{"Commission on International Religious Freedom", auI, "the report was late"}}},
		// pluralbody.
		{class: "pluralbody/boards", text: "Hospitals are coping well during the strike, District Health Boards say.",
			want: []quote{{"District Health Boards", auI, "Hospitals are coping well during the strike"}}},
		{class: "pluralbody/councils", text: "The plan is unaffordable, Rural Councils Varnshire said on Monday.",
			want: []quote{{"Rural Councils Varnshire", auI, "The plan is unaffordable"}}},
		{class: "pluralbody/near", text: "Hospitals are coping well during the strike, the boards say.",
			want: []quote{{"", auI, "Hospitals are coping well during the strike"}}, speakers: []string{}},
		// gerundes.
		{class: "gerundes/creates", text: "Ada Kessel said putting a price on pollution creates good jobs.",
			want: []quote{{"Ada Kessel", auI, "putting a price on pollution creates good jobs"}}},
		{class: "gerundes/reduces", text: "Ivo Tamm said planting trees along the river reduces flooding downstream.",
			want: []quote{{"Ivo Tamm", auI, "planting trees along the river reduces flooding downstream"}}},
		{class: "gerundes/near", text: "Ivo Tamm said goodbye to the staff on Friday.",
			want: []quote{}, speakers: []string{}},
		// frontedhe.
		{class: "frontedhe/called", text: "The pact had the support of Independent Cllr Ollie Brant.\n\nCondemning what he called “the politics of exclusion”, Cllr Aidan Mullet declared: “We now have what I call a cartel.”",
			want: []quote{{"Aidan Mullet", auD, "the politics of exclusion"}, {"Aidan Mullet", auD, "We now have what I call a cartel."}}},
		{class: "frontedhe/near", text: "The pact had the support of Independent Cllr Ollie Brant.\n\nCondemning what he called “the politics of exclusion”, Mayor Ada Kessel declared: “We now have a cartel.”",
			want: []quote{{"Ollie Brant", auD, "the politics of exclusion"}, {"Ada Kessel", auD, "We now have a cartel."}}},
		// sayingcomma.
		{class: "sayingcomma/responded", text: "The Herald emailed city spokeswoman Mary Shone on Wednesday. On Thursday, she responded saying, “We had a technical issue.”",
			want: []quote{{"Mary Shone", auD, "We had a technical issue."}}},
		{class: "sayingcomma/colon", text: "Ivo Tamm was asked about the vote. He replied saying: “There was a discrepancy.”",
			want: []quote{{"Ivo Tamm", auD, "There was a discrepancy."}}},
		{class: "sayingcomma/near", text: "The Varnshire council issued a statement saying, “The bridge will reopen.”",
			want: []quote{{"", auD, "The bridge will reopen."}}, speakers: []string{}},
		// placedash.
		{class: "placedash/capetown", text: "Cape Town - A DA “take-over” of the council is illegal, the municipality said on Friday.",
			want: []quote{{"", auM, "A DA “take-over” of the council is illegal"}}, speakers: []string{}},
		{class: "placedash/near", text: "Ivo Tamm - The mayor resigned on Friday, the council said.",
			want: []quote{{"", auI, "Ivo Tamm - The mayor resigned on Friday"}}, speakers: []string{}},
		// reportedamount.
		{class: "reportedamount/revenue", text: "Pellam, whose parent company Orrin reported $33.7 billion in revenue in its most recent quarterly report, said in a statement it is “deeply committed” to privacy.",
			want: []quote{{"Pellam", auM, "it is “deeply committed” to privacy"}}},
		{class: "reportedamount/rise", text: "Kessel Motors, which reported a 12% rise in profit, said the plant would close.",
			want: []quote{{"Kessel Motors", auI, "the plant would close"}}},
		{class: "reportedamount/near", text: "Vornik Ltd reported sales fell 5 percent in the quarter.",
			want: []quote{{"Vornik Ltd", auI, "sales fell 5 percent in the quarter"}}},
		// curlydouble.
		{class: "curlydouble/said", text: "‘‘Supermarkets are the ones that ruin all this,’’ Mr Ben Govett said.\n\n‘‘They have devalued our work,’’ he added.",
			want: []quote{{"Ben Govett", auD, "Supermarkets are the ones that ruin all this"}, {"Ben Govett", auD, "They have devalued our work"}}},
		{class: "curlydouble/near", text: "Ivo Tamm wrote for ‘the Sentinel’ for years. He said the paper would close.",
			want: []quote{{"Ivo Tamm", auI, "the paper would close"}}},
		// nationbody.
		{class: "nationbody/chief", text: "The Chief of Montreal Lake Cree Nation says comments made by a city councillor are “stereotypical.”",
			want: []quote{{"", auM, "comments made by a city councillor are “stereotypical.”"}}, speakers: []string{}},
		{class: "nationbody/body", text: "The Cherokee Nation said the ruling was a victory.",
			want: []quote{{"Cherokee Nation", auI, "the ruling was a victory"}}},
		{class: "nationbody/province", text: "B.C. officials are doubling down on warnings, saying that can put people at risk.",
			want: []quote{{"", auI, "that can put people at risk"}}, speakers: []string{}},
		{class: "nationbody/near", text: "The nation's officials said the ruling was a victory.",
			want: []quote{{"", auI, "the ruling was a victory"}}, speakers: []string{}},
		// andremit.
		{class: "andremit/chunk", text: "Mine Safety and Health Administration spokesman Matthew Faraci said the review was under way.",
			want: []quote{{"Matthew Faraci", auI, "the review was under way"}}, speakers: []string{"Matthew Faraci"}},
		{class: "andremit/title", text: "Kessan Additional Refugee Relief and Repatriation Commissioner Khalid Hossain said the delegation had returned.",
			want: []quote{{"Khalid Hossain", auI, "the delegation had returned"}}, speakers: []string{"Khalid Hossain"}},
		{class: "andremit/roles", text: "Capital and Coast DHB chief medical advisor Dr John Tait said the plan had helped.",
			want: []quote{{"John Tait", auI, "the plan had helped"}}, speakers: []string{"John Tait"}},
		{class: "andremit/union", text: "“The strike was unanimous,” Food and Beverage Union general secretary Rodolfo Varga told Radio Kessby.",
			want: []quote{{"Rodolfo Varga", auD, "The strike was unanimous"}}, speakers: []string{"Rodolfo Varga"}},
		{class: "andremit/near", text: "The Kessan Energy Ministry and Mining Minister Ana Lind said the mine would close.",
			want: []quote{{"", auI, "the mine would close"}}},
		// thistime.
		{class: "thistime/afternoon", text: "MetService meteorologist Georgina Griffiths this afternoon said the rain would ease.",
			want: []quote{{"Georgina Griffiths", auI, "the rain would ease"}}},
		{class: "thistime/near", text: "The storm hit Ada Lind's farm, which earlier this month reported flooding.",
			want: []quote{}, speakers: []string{}},
		// asidesubject.
		{class: "asidesubject/role", text: "Ada Lind, the mayor, said Ivo Tamm, the treasurer, would resign.",
			want: []quote{{"Ada Lind", auI, "Ivo Tamm, the treasurer, would resign"}}, speakers: []string{"Ada Lind"}},
		{class: "asidesubject/says", text: "Lai Mohammed, minister of information, says Abdulahi Sule, governor of Nasarawa, never claimed there were rebels in the state.",
			want: []quote{{"Lai Mohammed", auI, "Abdulahi Sule, governor of Nasarawa, never claimed there were rebels in the state"}}, speakers: []string{"Lai Mohammed"}},
		{class: "asidesubject/near", text: "The bridge is old, said Ivo Tamm, the treasurer.",
			want: []quote{{"Ivo Tamm", auI, "The bridge is old"}}},
		// ticker.
		{class: "ticker/appositive", text: "Kessa's largest pipeline operator, Enbridge Inc ENB.TO, announced it was cutting about 500 jobs.",
			want: []quote{{"Enbridge Inc", auI, "it was cutting about 500 jobs"}}, speakers: []string{"Enbridge Inc"}},
		{class: "ticker/subject", text: "Tarrow Group TRW.L said it would close two plants.",
			want: []quote{{"Tarrow Group", auI, "it would close two plants"}}, speakers: []string{"Tarrow Group"}},
		{class: "ticker/near", text: "E.ON said it would split its business.",
			want: []quote{{"E.ON", auI, "it would split its business"}}},
		// possessivetitle.
		{class: "possessivetitle/group", text: "Troy Clarke, Pellam's North America Group Vice President, said the agreement takes into account market demand.",
			want: []quote{{"Troy Clarke", auI, "the agreement takes into account market demand"}}, speakers: []string{"Troy Clarke"}},
		{class: "possessivetitle/near", text: "Norvania's Ministry of Health said on Monday that 40 new cases were found.",
			want: []quote{{"Ministry of Health", auI, "40 new cases were found"}}},
		// plainclause.
		{class: "plainclause/nowsay", text: "Kessby Fire Service officers now say arson could be to blame for the fires.",
			want: []quote{{"Kessby Fire Service", auI, "arson could be to blame for the fires"}}},
		{class: "plainclause/before", text: "Judge Ada Lind said the file before her did not disclose whether police had opposed bail.",
			want: []quote{{"Ada Lind", auI, "the file before her did not disclose whether police had opposed bail"}}},
		{class: "plainclause/quotedsubject", text: "Ivo Tamm said “a bunch of thugs” at the depot had been violent towards the drivers.",
			want: []quote{{"Ivo Tamm", auM, "“a bunch of thugs” at the depot had been violent towards the drivers"}}},
		{class: "plainclause/near", text: "Ivo Tamm will now say nothing more. He promised protests every week until Sweden joined the agreement.",
			want: []quote{}, speakers: []string{}},
		// townstate.
		{class: "townstate/ruled", text: "U.S. Magistrate Judge William Fitzpatrick, in Alexandria, Virginia, ruled on Monday that the evidence was flawed.",
			want: []quote{{"William Fitzpatrick", auI, "the evidence was flawed"}}, speakers: []string{"William Fitzpatrick"}},
		{class: "townstate/dateline", text: "KESSBY SPRINGS, Colo.—A cyclist is suing the agency, claiming the agency had planned to test the sample.",
			want: []quote{{"", auI, "the agency had planned to test the sample"}}, speakers: []string{}},
		{class: "townstate/near", text: "The harbour will close, Ada Lind, the mayor, said on Monday.",
			want: []quote{{"Ada Lind", auI, "The harbour will close"}}},
		// countrysbody.
		{class: "countrysbody/union", text: "The UK’s biggest higher education union has called on the government to launch an emergency fund, warning that 5,000 posts have already been axed.\n\nThe University and College Union said the cuts would harm students.",
			want: []quote{{"University and College Union", auI, "the government to launch an emergency fund"}, {"University and College Union", auI, "5,000 posts have already been axed"}, {"University and College Union", auI, "the cuts would harm students"}}},
		{class: "countrysbody/unnamed", text: "Kessa’s largest charity said the cuts would harm children.",
			want: []quote{{"", auI, "the cuts would harm children"}}, speakers: []string{}},
		{class: "countrysbody/near", text: "Kessa’s government said the plan would work.",
			want: []quote{{"Kessa’s government", auI, "the plan would work"}}},
		// subjectbody.
		{class: "subjectbody/agency", text: "The FAA has asked Pellam to investigate, the agency said in an emailed statement.",
			want: []quote{{"FAA", auI, "The FAA has asked Pellam to investigate"}}},
		{class: "subjectbody/officials", text: "The Kessan Space Exploration Agency plans to open a new institute on Wednesday, agency officials said Saturday.",
			want: []quote{{"Kessan Space Exploration Agency", auI, "The Kessan Space Exploration Agency plans to open a new institute on Wednesday"}}},
		{class: "subjectbody/near", text: "The Tarvik Council approved the plan, the company said.",
			want: []quote{{"", auI, "The Tarvik Council approved the plan"}}, speakers: []string{}},
		{class: "thistime/released", text: "The number of crossings has reached 402,300, the Kessan Ministry of Public Security said in a statement released this Thursday.",
			want: []quote{{"Kessan Ministry of Public Security", auI, "The number of crossings has reached 402,300"}}},
	}
}

func TestAuditS27(t *testing.T) {
	runAudit(t, "s27", s27Rows(), *s27Known)
}
