package extract_test

import (
	"flag"
	"testing"
)

// Session 30: faults read off the pools of sessions 21 to 29 (all
// released) and the pools this session collected once they were graded
// blind, each a fault of the engine's grammar, not of one article's
// wording. First pass on version 39: see the closing note.
//
// Shape "outletobject": "Speaking to Okaz newspaper, Muhammad ibn Jubair
// said ..." lost every quotation of the speaker: the outlet that ends an
// opening phrase was read as a description in apposition to the name
// after its comma, so the name was taken for the outlet's. Near miss:
// "Syria's state news agency, SANA, said", an outlet still.
//
// Shape "samepronoun": "Regarding today's stage, which he finished in
// third place, 14 seconds behind Dumoulin, he said: “...”" gave the
// winner's words to the rider he finished behind: the name nearest the
// cue's "he" won, though the same "he" earlier in the sentence, the
// one who finished, is whom the sentence is about. Near miss: "When he
// crossed the line, Ivo Dask said: “...”", a subject named between.
//
// Shape "leagueclub": "English Premier League club, Chelsea have
// announced ... “...,” the club said in a statement" gave the club's
// statement to nobody: a body's noun after a league's name, set off by a
// comma before the subject's name, was not read as the description "the
// club" later stands for, as "the club, Chelsea," was. Near miss: "Lisk
// League club, Ivo Dask said ...", a person.
//
// Shape "continuedclose": "Imad Wasim was asked to rescind his decision
// to retire. And he agreed, the PCB chief continued." reported nothing,
// and the next "He said" went to the player: "continued" closing a
// clause after its comma was read as a verb of quotations only, where
// "added" reports the clause. Near miss: "The rain stopped, and the
// match continued.", no one speaking.
//
// Shape "bodychief": "the PCB chief" after "Pakistan Cricket Board (PCB)
// Chairman Mohsin Naqvi", and "the FIFA chief" after "FIFA President
// ...", were no one: "chief", a title word, asked for a holder of the
// word itself, where the body's name and its top office's title before
// a name say who leads it. Near miss: "the police chief", whom no title
// of the body's names.
//
// Shape "anotherscoach": "Kipchoge's coach and former steeplechase world
// champion Patrick Sang paid tribute ... “There is no secret about him
// ... he is a disciplined runner,” he said." gave the coach's words to
// the runner: a silent person the quotation calls "he" is taken for
// whom it speaks of, not its speaker, which does not hold when he is
// named as the other's coach. Near miss: "His best pupil, Anders Mollo,
// won two medals. “He trains harder than anyone,” he said.", read
// before.
//
// Shape "describedsubject": "The Kenyan raised the bar, slashing a minute
// off compatriot Dennis Kimetto's previous world record. “...,” he
// added." gave the runner's words to the rival: a subject described
// ("The Kenyan", "The 33-year-old"), not named, was no mention of anyone,
// so the name in its object was the nearest "he". Near miss: "The man
// suspected of killing him told police he believed Abe had links to the
// church. He claims ...", someone not named.
//
// Shape "freshfrom": "American Ryan Murphy, fresh from finishing second
// ... and ceding the title to Russian Evgeny Rylov, labelled the race as
// “probably not clean.”" gave the words to the winner: an aside opening
// with an adjective and its preposition ("fresh from", "famous for",
// "grateful to") was not stepped over as "angry at" is. Near miss:
// "Ryan Murphy, after finishing second behind Evgeny Rylov, said", read
// before.
//
// Shape "coachword": "“It's part of the game,” the youthful mentor said"
// after "Canada head coach Jordi Fernandez" was no one's, and the coach's
// next quotations went to a player: "mentor" and "gaffer", the sports
// pages' other names for a coach, were no role, as "tactician" is. Near
// miss: "the Portuguese tactician", read before.
//
// Shape "pastdescription": "When questioned if he could air his
// frustrations, the 2002 All-Ireland winning captain opined that no such
// avenues exist." after the Armagh manager's quotations was no one's,
// and his next quotations too: a title word ("captain") asked for its
// holder or a speaker with no role, where a year or "former" says the
// description tells what the last speaker was. Near miss: "the captain
// said" after the manager spoke, someone else.
//
// Shape "quotenames": "Jason Day, meanwhile, was sad to see a final round
// lead slip away. He said: “... I am really happy for Adam and I hope he
// can get over the line.”" gave Day's words to the golfer quoted before:
// a quotation that speaks of "he" is taken to speak of the silent person
// just named, not to be his, even when the quotation names whom its "he"
// means. Near miss: "His best pupil, Anders Mollo, won two medals. “He
// trains harder than anyone,” he said.", read before.
//
// Shape "capitaltitle": "Henna Virkkunen, Commission Vice President, said
// ..." made "Commission Vice President" a body that speaks: a title in
// capitals after a person's name, its body's word before it, was read as
// a name, as "Norland Army Spokesman" was before. Near miss: "the group,
// Fair Counsel, said", a body's name.
//
// Shape "vptitle": "..., Santosh Janardhan, VP of Facebook's
// Infrastructure wrote in the blog post." was no one's: "VP" (and "SVP",
// "EVP") was no title, so the aside was no role and the department the
// speaker. Near miss: "Vice President of Infrastructure", read before.
//
// Shape "inresponse": "Activision Blizzard also took issue with the
// decision, and in response said it will now be reassessing its growth
// plans" was nobody's: "in response", "in reply", "in turn" between a
// coordinated verb and its subject were not stepped over as "in a
// statement" is.
//
// Shape "companysigns": "Telstra has apologised to customers after another
// major outage. A spokesman for the company said ..." and "Amazon objected
// to claims that it intimidated workers. “...,” the company wrote." were
// nobody's, or a union's named before: a one-word name with nothing else
// to say what it is was no company, though only a business has
// customers and outages, and only a body is "it" in its own clause. Near
// miss: "Ivo Dask apologised to voters. The company said ...", a person.
//
// Shape "followingstatement": "Redcar and Cleveland Borough Council
// released the following statement:" and the paragraphs of quotation
// after it went to the council leader quoted before: "following", a
// preposition too, stopped the walk to the statement's noun after
// "released", as it did not after "issued". Near miss: "released the
// following prisoners", no statement.
//
// Shape "lowercaseagency": "Berlin, Feb. 25, (dpa/GNA) – Germany's
// conservative opposition leader Friedrich Merz, whose centre-right bloc
// won the country's election on Sunday, said ..." was nobody's: an
// agency in lower case ("dpa") was no dateline's, so the dateline's
// commas joined the asides before the verb. Near miss: "(Wirenews)",
// read before.
//
// Shape "leaderhead": "..., said the Dutch far-right leader, who will
// not be prime minister." after "PVV head Geert Wilders" was no one's:
// a party's head leads it. Near miss: "the head of the electoral
// (commission) has told the opposition leader", not the leader.
//
// Shape "ingadjective": "But he said underlying price pressures are still
// stubbornly high" reported nothing: a participle with no object that
// opens the clause's subject ("underlying", "rising", "remaining") was
// read as a gerund's object, as "ongoing" was not. Near miss: "said
// raising taxes would hurt", a gerund still, read before.
//
// Shape "participlegoeson": "October's figure was the first negative
// number following 28 positive monthly readings, indicating that national
// house price growth was “grinding to a halt,” RICS said." was nobody's:
// a participle of speech after a comma, with no subject of its own, took
// the clause after it and the trailing cue with it, where the speaker
// after the comma inside the closing mark says the whole sentence.
// Near miss: "Prices fell, Ivo Dask said, adding that growth was
// slowing", the participle after the cue.
//
// Shape "flagged": "Hong Kong's commerce secretary Edward Yau flagged
// Monday the government had restarted talks" reported nothing: "flagged"
// was no verb of speech. Near miss: "flagged the issue in May", where
// "May" is the month, no modal opening a clause (which also made "noted
// the issue in May" a report).
//
// Shape "spokenof": "According to the prime minister, all attempts to
// ... dismiss Minister of Justice Zbigniew Ziobro ... were “political
// games.” | “...,” he said to opposition MPs." gave the prime minister's
// words to the minister he spoke of: one named inside what someone
// reported, no subject there, was the nearest "he". Near miss: the
// reported clause's own subject, left as it was.
//
// Shape "companyboard2": "Recticel N.V. has rejected a buyout bid ... The
// board says the bid ... undervalues the company" was nobody's: "N.V."
// (and "S.A.", "S.p.A.", "B.V.", "Oyj") was no company's legal form, and
// "the board" no company's. Near miss: "Quell's board said", a person's
// (the known failure of session 29).
//
// Shape "malenamea": "“...,” said Sipilä. | “...,” he added" gave the
// prime minister's words to the finance minister named before: "Juha",
// no first name the lists knew, was guessed a woman's by its final "a".
// Men's names ending so (Juha, Ilja, Jonah, Elijah, Kosta, Sakari)
// join the list. Near miss: "Maria", a woman's, read before.
//
// Shape "ownpossessive": "“We are not going to leave the streets,” the
// opponent swore in front of her supporters" after "her candidate
// Edmundo Gonzalez Urrutia" gave Machado's words to the man named last:
// a description falls back on the nearest salient person, though the
// clause's own "her" says a woman. Near miss: "the accused, who said she
// had called an ambulance for her friend", whose "her" is in what was
// said.
//
// Shape "tradeopening": "Telecoms operator Safaricom on Tuesday said ...
// Although the telecom firm said it had repaired its network" gave the
// second report to "Telecoms", made a body: the trade's word opening a
// sentence, capitalised only there, before the trade's noun and the
// firm's name, was read as a name of its own. Near miss: "Kessby CEO
// Ivo Dask said", a company's name before its officer's title.
//
// Shape "itsownsubject": "Lululemon Athletica was set for its biggest
// one-day percentage loss ... after the company warned investors that
// first-quarter sales would fall" was nobody's: two words shaped like a
// person's name were no company, though the sentence calls them "its".
// Near miss: "Ivo Dask was set for his biggest win after the company
// warned ...", a person.
//
// Shape "namesnotnames": "Prior to a Crown barrister opening the
// prosecution's case, Judge Gordon Kerr KC addressed the jury and said:
// “...”" made "Prior" a body that spoke, "A MOTHER says" made "MOTHER"
// one, and "on the night of 6 June" a woman named June: a preposition of
// two words at a sentence's opening, a tabloid's capitals on a common
// noun, and a month after its day were read as names. Near miss: "Prior
// said the plan was sound", a surname.
//
// Shape "initialstime": "the Automobile Association (AA) this morning
// said last year's road toll returned to pre-pandemic levels" was
// nobody's: a time after the body's initials in brackets was not stepped
// over as one right after a name is. Near miss: "Georgina Griffiths this
// afternoon said", read before.
//
// Shape "itclause2": "SpaceX aborted a rocket launch Sunday after it
// experienced an engine power problem, the company said." was nobody's:
// the subject its own clause of time calls "it" is a company, as one
// its "that" clause calls so is.
//
// Shape "remitlist": "Bernie Brannan, the council's director of housing,
// leisure, libraries and culture, said: “...”" was nobody's: a role whose
// remit is a list set off by commas broke the aside at its first comma,
// and the list's last items, joined by "and", were read as the subject.
// Near miss: "a supplier of paper, ink, toner and other goods", read
// before. Left: the same after a capitalised owner ("Swindon Council's
// director of housing, leisure, ...").
//
// Shape "whilerole": "A volunteer ... said the centre is “really
// struggling” while project manager, Dee Ward, added that something “has
// got to change”" gave both reports to the volunteer, as one: a bare role
// and its holder's name set off by commas after "while" were no second
// speaker. Near miss: "while Governor Y wrote that ...", read before.

var s30Known = flag.Bool("s30.known", false, "TestAuditS30 runs its known failures too")

func s30Rows() []auditRow {
	return []auditRow{
		// outletobject.
		{class: "outletobject/speaking", text: "Speaking to the newspaper, Quell said the port would reopen in May.",
			want: []quote{{"Quell", auI, "the port would reopen in May"}}, speakers: []string{"Quell"}},
		{class: "outletobject/named", text: "Speaking to Lisk newspaper, Mara Quell said the port would reopen in May.",
			want: []quote{{"Mara Quell", auI, "the port would reopen in May"}}, speakers: []string{"Mara Quell"}},
		{class: "outletobject/near", text: "Tarvik's state news agency, TNA, said the port would reopen in May.",
			want: []quote{{"", auI, "the port would reopen in May"}}, speakers: []string{}},
		// leagueclub.
		{class: "leagueclub/have", text: "Lisk Premier League club, Kessby have sacked their manager.\n\n“This was a difficult decision,” the club said in a statement.",
			want: []quote{{"Kessby", auD, "This was a difficult decision"}}, speakers: []string{"Kessby"}},
		{class: "leagueclub/near", text: "Lisk Premier League club, Ivo Dask said the season was over.",
			want: []quote{{"Ivo Dask", auI, "the season was over"}}, speakers: []string{"Ivo Dask"}},
		// continuedclose.
		{class: "continuedclose/role", text: "Lisk Rowing Board (LRB) Chairman Ivo Dask met the squad.\n\nMara Quell was asked to stay on. And she agreed, the LRB chief continued.",
			want: []quote{{"Ivo Dask", auI, "And she agreed"}}, speakers: []string{"Ivo Dask"}},
		{class: "continuedclose/pronoun", text: "Ivo Dask spoke in Lisk on Monday.\n\nThe squad will be picked in May, he continued.",
			want: []quote{{"Ivo Dask", auI, "The squad will be picked in May"}}, speakers: []string{"Ivo Dask"}},
		{class: "continuedclose/near", text: "The rain stopped after an hour, and the match continued.",
			want: []quote{}, speakers: []string{}},
		// bodychief.
		{class: "bodychief/president", text: "Lisk Rowing Federation President Ivo Dask met the squad on Monday.\n\nThe squad will improve, the federation chief said.\n\nThe boats are old, the Lisk Rowing Federation chief said.",
			want: []quote{{"Ivo Dask", auI, "The squad will improve"}, {"Ivo Dask", auI, "The boats are old"}}, speakers: []string{"Ivo Dask"}},
		{class: "bodychief/acronym", text: "Lisk Rowing Board (LRB) Chairman Ivo Dask met the squad, and Mara Quell spoke to the press.\n\nThe squad will improve, the LRB chief said.",
			want: []quote{{"Ivo Dask", auI, "The squad will improve"}}, speakers: []string{"Ivo Dask"}},
		{class: "bodychief/near", text: "Lisk Rowing Board (LRB) Chairman Ivo Dask met the squad, and Mara Quell spoke to the press.\n\nThe squad will improve, the police chief said.",
			want: []quote{{"", auI, "The squad will improve"}}, speakers: []string{}},
		// anotherscoach.
		{class: "anotherscoach/coach", text: "Marathon champion Ivo Dask says he will rest.\n\n“I wanted a personal best,” Dask said.\n\nDask's coach and former world champion Oren Talli paid tribute to his athlete's discipline.\n\n“There is no secret about him. He is a disciplined runner,” he said.",
			want: []quote{{"Ivo Dask", auI, "he will rest"}, {"Ivo Dask", auD, "I wanted a personal best"}, {"Oren Talli", auD, "There is no secret about him. He is a disciplined runner"}}, speakers: []string{"Ivo Dask", "Oren Talli"}},
		// describedsubject.
		{class: "describedsubject/nation", text: "Marathon champion Ivo Dask, 33, says he will rest.\n\n“I am happy,” he said.\n\nThe 33-year-old raised the bar, slashing a minute off compatriot Oren Talli's previous world record.\n\n“I wanted a personal best,” he added.",
			want: []quote{{"Ivo Dask", auI, "he will rest"}, {"Ivo Dask", auD, "I am happy"}, {"Ivo Dask", auD, "I wanted a personal best"}}, speakers: []string{"Ivo Dask"}},
		{class: "describedsubject/near", text: "Mayor Ivo Dask was attacked in May.\n\nThe man suspected of attacking him told police he believed Dask had lied. He claims the council bankrupted his family.",
			want: []quote{{"", auI, "he believed Dask had lied"}, {"", auI, "the council bankrupted his family"}}, speakers: []string{}},
		// freshfrom.
		{class: "freshfrom/from", text: "Ivo Dask, fresh from finishing second behind Oren Talli, said the race was “not clean.”",
			want: []quote{{"Ivo Dask", auM, "the race was “not clean.”"}}, speakers: []string{"Ivo Dask"}},
		{class: "freshfrom/grateful", text: "Mara Quell, grateful to Ada Lind for the loan, said the club would survive.",
			want: []quote{{"Mara Quell", auI, "the club would survive"}}, speakers: []string{"Mara Quell"}},
		{class: "freshfrom/near", text: "Ivo Dask, after finishing second behind Oren Talli, said the race was unfair.",
			want: []quote{{"Ivo Dask", auI, "the race was unfair"}}, speakers: []string{"Ivo Dask"}},
		// coachword.
		{class: "coachword/mentor", text: "Lisk head coach Ivo Dask refused to blame the referees.\n\nStars Oren Talli and Mara Quell were in foul trouble.\n\n“It is part of the game,” the youthful mentor said.",
			want: []quote{{"Ivo Dask", auD, "It is part of the game"}}, speakers: []string{"Ivo Dask"}},
		{class: "coachword/near", text: "Lisk head coach Ivo Dask refused to blame the referees.\n\n“It is part of the game,” the Kessbian tactician said.",
			want: []quote{{"Ivo Dask", auD, "It is part of the game"}}, speakers: []string{"Ivo Dask"}},
		// pastdescription.
		{class: "pastdescription/year", text: "Lisk manager Ivo Dask criticised the referee.\n\n“He never learns,” he said.\n\nAsked about an appeal, the 2002 cup-winning captain said that no such avenue exists.",
			want: []quote{{"Ivo Dask", auD, "He never learns"}, {"Ivo Dask", auI, "no such avenue exists"}}, speakers: []string{"Ivo Dask"}},
		{class: "pastdescription/near", text: "Lisk manager Ivo Dask criticised the referee.\n\n“He never learns,” he said.\n\nAsked about an appeal, the captain said that no such avenue exists.",
			want: []quote{{"Ivo Dask", auD, "He never learns"}, {"", auI, "no such avenue exists"}}, speakers: []string{"Ivo Dask"}},
		// quotenames.
		{class: "quotenames/firstname", text: "Ivo Dask was calm after finishing fifth. He said: “I could not get the speed right.”\n\nOren Talli, meanwhile, was sad to see his lead slip away. He said: “It is a pity. I am happy for Adam and I hope he wins.”",
			want: []quote{{"Ivo Dask", auD, "I could not get the speed right."}, {"Oren Talli", auD, "It is a pity. I am happy for Adam and I hope he wins."}}, speakers: []string{"Ivo Dask", "Oren Talli"}},
		{class: "quotenames/near", text: "Ivo Dask praised his pupils.\n\nHis best pupil, Oren Talli, won two medals. “He trains harder than anyone,” he said.",
			want: []quote{{"Ivo Dask", auD, "He trains harder than anyone"}}, speakers: []string{"Ivo Dask"}},
		// capitaltitle.
		{class: "capitaltitle/vicepresident", text: "Henna Valko, Lisk Commission Vice President, said the probes are in a technical phase.",
			want: []quote{{"Henna Valko", auI, "the probes are in a technical phase"}}, speakers: []string{"Henna Valko"}},
		{class: "capitaltitle/near", text: "The group, Fair Counsel, said the probes were too slow.",
			want: []quote{{"Fair Counsel", auI, "the probes were too slow"}}, speakers: []string{"Fair Counsel"}},
		// vptitle.
		{class: "vptitle/vp", text: "Santosh Dravic, VP of Tarvik's Infrastructure wrote in the blog post that the outage was over.",
			want: []quote{{"Santosh Dravic", auI, "the outage was over"}}, speakers: []string{"Santosh Dravic"}},
		{class: "vptitle/near", text: "Santosh Dravic, Vice President of Infrastructure, wrote that the outage was over.",
			want: []quote{{"Santosh Dravic", auI, "the outage was over"}}, speakers: []string{"Santosh Dravic"}},
		// inresponse.
		{class: "inresponse/response", text: "Kessby Games took issue with the decision, and in response said it will reassess its plans.",
			want: []quote{{"Kessby Games", auI, "it will reassess its plans"}}, speakers: []string{"Kessby Games"}},
		{class: "inresponse/turn", text: "Ivo Dask in turn argued that the plan would fail.",
			want: []quote{{"Ivo Dask", auI, "the plan would fail"}}, speakers: []string{"Ivo Dask"}},
		{class: "inresponse/near", text: "Kessby Games took issue with the decision, and in a statement said it will reassess its plans.",
			want: []quote{{"Kessby Games", auI, "it will reassess its plans"}}, speakers: []string{"Kessby Games"}},
		// companysigns.
		{class: "companysigns/customers", text: "Kessnet has apologised to customers after another major outage.\n\nA spokesman for the company said the network was stable.",
			want: []quote{{"Kessnet", auI, "the network was stable"}}, speakers: []string{"Kessnet"}},
		{class: "companysigns/itclause", text: "Faye Dorn, the president of the Lisk Workers Union, criticised the vote.\n\nIn a blog post Friday, Kessmart objected to claims that it intimidated workers. “Our employees made the choice,” the company wrote.",
			want: []quote{{"Kessmart", auD, "Our employees made the choice"}}, speakers: []string{"Kessmart"}},
		{class: "companysigns/near", text: "Ivo Dask apologised to voters after the defeat.\n\nThe company said the plant would close.",
			want: []quote{{"", auI, "the plant would close"}}, speakers: []string{}},
		// followingstatement.
		{class: "followingstatement/released", text: "Council leader Mara Quell said the systems were being rebuilt.\n\nFollowing the attack, Lisk Borough Council released the following statement:\n\n“We are still able to answer limited calls.\n\n“Our teams are working hard.”",
			want: []quote{{"Mara Quell", auI, "the systems were being rebuilt"}, {"Lisk Borough Council", auD, "We are still able to answer limited calls."}, {"Lisk Borough Council", auD, "Our teams are working hard."}}, speakers: []string{"Mara Quell", "Lisk Borough Council"}},
		{class: "followingstatement/near", text: "Mara Quell spoke at noon.\n\nThe Lisk army released the following prisoners: Ivo Dask and Oren Talli.",
			want: []quote{}, speakers: []string{}},
		// lowercaseagency.
		{class: "lowercaseagency/dpa", text: "Lisk, Feb. 25, (dpa/GNA) – Kessbian opposition leader Ivo Dask, whose bloc won the election on Sunday, said the country needs swift coalition talks.",
			want: []quote{{"Ivo Dask", auI, "the country needs swift coalition talks"}}, speakers: []string{"Ivo Dask"}},
		{class: "lowercaseagency/near", text: "LISK (Wirenews) – Opposition leader Ivo Dask, whose bloc won the election on Sunday, said the country needs swift coalition talks.",
			want: []quote{{"Ivo Dask", auI, "the country needs swift coalition talks"}}, speakers: []string{"Ivo Dask"}},
		// leaderhead.
		{class: "leaderhead/leader", text: "KP head Ivo Dask won the vote.\n\nPoliticians clinched a deal on Wednesday, said the Kessbian far-right leader, who will not be prime minister.",
			want: []quote{{"Ivo Dask", auI, "Politicians clinched a deal on Wednesday"}}, speakers: []string{"Ivo Dask"}},
		{class: "leaderhead/near", text: "Opposition leader Ivo Dask said the vote was stolen.\n\nBut the head of the electoral commission has told the opposition leader that he was entitled to his opinion.",
			want: []quote{{"Ivo Dask", auI, "the vote was stolen"}, {"", auI, "he was entitled to his opinion"}}, speakers: []string{"Ivo Dask"}},
		// ingadjective.
		{class: "ingadjective/underlying", text: "Governor Ivo Dask spoke on Wednesday.\n\nBut he said underlying price pressures are still high.",
			want: []quote{{"Ivo Dask", auI, "underlying price pressures are still high"}}, speakers: []string{"Ivo Dask"}},
		{class: "ingadjective/rising", text: "The Lisk Universities Council said rising costs had created a serious risk.",
			want: []quote{{"Lisk Universities Council", auI, "rising costs had created a serious risk"}}, speakers: []string{"Lisk Universities Council"}},
		{class: "ingadjective/near", text: "Ivo Dask said raising taxes would hurt the town.",
			want: []quote{{"Ivo Dask", auI, "raising taxes would hurt the town"}}, speakers: []string{"Ivo Dask"}},
		// participlegoeson.
		{class: "participlegoeson/indicating", text: "October's figure was the first negative number, indicating that growth was “grinding to a halt,” the Lisk Surveyors Institute said.",
			want: []quote{{"Lisk Surveyors Institute", auM, "October's figure was the first negative number, indicating that growth was “grinding to a halt,”"}}, speakers: []string{"Lisk Surveyors Institute"}},
		{class: "participlegoeson/adding", text: "Prices fell in October, adding that growth was slowing, the Lisk Surveyors Institute said.",
			want: []quote{{"Lisk Surveyors Institute", auI, "Prices fell in October, adding that growth was slowing"}}, speakers: []string{"Lisk Surveyors Institute"}},
		{class: "participlegoeson/near", text: "Prices fell in October, Ivo Dask said, adding that growth was slowing.",
			want: []quote{{"Ivo Dask", auI, "Prices fell in October"}, {"Ivo Dask", auI, "growth was slowing"}}, speakers: []string{"Ivo Dask"}},
		// flagged.
		{class: "flagged/monday", text: "Commerce secretary Ivo Dask flagged Monday the government had restarted talks.",
			want: []quote{{"Ivo Dask", auI, "the government had restarted talks"}}, speakers: []string{"Ivo Dask"}},
		{class: "flagged/near", text: "Ivo Dask flagged the issue in May.\n\nMara Quell noted the problem in May.",
			want: []quote{}, speakers: []string{}},
		// spokenof.
		{class: "spokenof/object", text: "Oren Talli said the vote would be close.\n\nAccording to him, attempts to dismiss Justice Minister Ivo Dask were “political games.”\n\n“We will win,” he said to opposition MPs.",
			want: []quote{{"Oren Talli", auI, "the vote would be close"}, {"Oren Talli", auM, "attempts to dismiss Justice Minister Ivo Dask were “political games.”"}, {"Oren Talli", auD, "We will win"}}, speakers: []string{"Oren Talli"}},
		// companyboard2.
		{class: "companyboard2/nv", text: "Kessby N.V. has rejected a buyout bid from Tarvo.\n\nThe board says the bid undervalues the company.",
			want: []quote{{"Kessby N.V.", auI, "the bid undervalues the company"}}, speakers: []string{"Kessby N.V."}},
		{class: "companyboard2/near", text: "Mara Quell chairs the Lisk school.\n\nThe board says the fees will rise.",
			want: []quote{{"", auI, "the fees will rise"}}, speakers: []string{}},
		// malenamea.
		{class: "malenamea/juha", text: "Prime Minister Juha Vessala and Finance Minister Petteri Orvo met the party.\n\n“Our values must be close,” said Vessala.\n\n“The risk was high,” he added.",
			want: []quote{{"Juha Vessala", auD, "Our values must be close"}, {"Juha Vessala", auD, "The risk was high"}}, speakers: []string{"Juha Vessala"}},
		// ownpossessive.
		{class: "ownpossessive/her", text: "“We are strong,” said Mara Quell.\n\nShe claims victory for her candidate Ivo Dask, who replaced her at short notice.\n\n“We are not going to leave the streets,” the opponent swore in front of her supporters.",
			want: []quote{{"Mara Quell", auD, "We are strong"}, {"Mara Quell", auD, "We are not going to leave the streets"}}, speakers: []string{"Mara Quell"}},
		// tradeopening.
		{class: "tradeopening/operator", text: "Telecoms operator Kessnet on Tuesday said it had resolved a technical problem.\n\nAlthough the telecom firm said it had repaired its network, services remained sporadic.",
			want: []quote{{"Kessnet", auI, "it had resolved a technical problem"}, {"Kessnet", auI, "it had repaired its network"}}, speakers: []string{"Kessnet"}},
		{class: "tradeopening/near", text: "Kessnet CEO Ivo Dask said the network was stable.",
			want: []quote{{"Ivo Dask", auI, "the network was stable"}}, speakers: []string{"Ivo Dask"}},
		// itsownsubject.
		{class: "itsownsubject/its", text: "Kessmora Athletica was set for its biggest loss in years after the company warned investors that sales would fall.",
			want: []quote{{"Kessmora Athletica", auI, "sales would fall"}}, speakers: []string{"Kessmora Athletica"}},
		{class: "itsownsubject/near", text: "Ivo Dask was set for his biggest win in years after the company warned investors that sales would fall.",
			want: []quote{{"", auI, "sales would fall"}}, speakers: []string{}},
		// namesnotnames.
		{class: "namesnotnames/prior", text: "Prior to a Crown barrister opening the case, Judge Ivo Dask addressed the jury and said: “You are not asked to decide guilt.”",
			want: []quote{{"Ivo Dask", auD, "You are not asked to decide guilt."}}, speakers: []string{"Ivo Dask"}},
		{class: "namesnotnames/caps", text: "A MOTHER says she is convinced her son died after a prank.",
			want: []quote{{"", auI, "she is convinced her son died after a prank"}}, speakers: []string{}},
		{class: "namesnotnames/june", text: "Mara Quell was arrested on the night of 6 June.\n\nThe accused, who said she had called an ambulance for her friend, was released.",
			want: []quote{{"Mara Quell", auI, "she had called an ambulance for her friend"}}, speakers: []string{"Mara Quell"}},
		{class: "namesnotnames/near", text: "Prior said the plan was sound.",
			want: []quote{{"Prior", auI, "the plan was sound"}}, speakers: []string{"Prior"}},
		// initialstime.
		{class: "initialstime/this", text: "It comes after the Lisk Motorists Association (LMA) this morning said the road toll returned to its old levels.",
			want: []quote{{"Lisk Motorists Association", auI, "the road toll returned to its old levels"}}, speakers: []string{"Lisk Motorists Association"}},
		// itclause2.
		{class: "itclause2/after", text: "Kessby aborted a rocket launch Sunday after it experienced an engine power problem, the company said.",
			want: []quote{{"Kessby", auI, "Kessby aborted a rocket launch Sunday after it experienced an engine power problem"}}, speakers: []string{"Kessby"}},
		{class: "itclause2/near", text: "Ivo Dask left the race after he experienced an engine problem, the company said.",
			want: []quote{{"", auI, "Ivo Dask left the race after he experienced an engine problem"}}, speakers: []string{}},
		// remitlist.
		{class: "remitlist/the", text: "Ivo Dask, the council's director of housing, leisure, libraries and culture, said: “He was a great friend.”",
			want: []quote{{"Ivo Dask", auD, "He was a great friend."}}, speakers: []string{"Ivo Dask"}},
		{class: "remitlist/bare", text: "Ivo Dask, director of housing, leisure and culture, said the plan was sound.",
			want: []quote{{"Ivo Dask", auI, "the plan was sound"}}, speakers: []string{"Ivo Dask"}},
		// whilerole.
		{class: "whilerole/commas", text: "A volunteer said the centre is struggling while project manager, Dee Ward, added that something “has got to change”.",
			want: []quote{{"", auI, "the centre is struggling"}, {"Dee Ward", auM, "something “has got to change”"}}, speakers: []string{"Dee Ward"}},
		// samepronoun.
		{class: "samepronoun/behind", text: "Mara Quell won the race in Lisk.\n\n“I am happy,” she said. “It was hard.”\n\nRegarding the final stage, which she finished 14 seconds behind Ada Lind, she said: “I felt strong.”",
			want: []quote{{"Mara Quell", auD, "I am happy"}, {"Mara Quell", auD, "It was hard."}, {"Mara Quell", auD, "I felt strong."}}, speakers: []string{"Mara Quell"}},
		{class: "samepronoun/near", text: "Mara Quell won the race in Lisk.\n\nWhen he crossed the line, Ivo Dask said: “It was close.”",
			want: []quote{{"Ivo Dask", auD, "It was close."}}, speakers: []string{"Ivo Dask"}},
	}
}

func TestAuditS30(t *testing.T) {
	runAudit(t, "s30", s30Rows(), *s30Known)
}
