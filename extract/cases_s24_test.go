package extract_test

import (
	"flag"
	"testing"
)

// Session 24: faults read off session 23's pools once session 24's fresh
// pools replaced them as the blind measure, each a fault of the engine's
// grammar, not of one article's wording.
//
// Shape "docback": a document brought in with its author in one
// paragraph and cited in the next ("The Unity Party filed a complaint on
// Monday. | The complaint said ...", "... referring to a Tarvik State
// University report. | ..., according to the report.") was nobody's: the
// look back to the sentence before stopped at the paragraph unless a
// quotation opened the new one, and a body named as the document's
// modifier was not read as its author. Near misses: a report someone
// read, an amendment a chamber approved (not its author's own text).
//
// Shape "kindword": a description whose head names the body's kind, not
// a word of its name: "the authority" for a county council, "the
// department" for a sheriff's office. Near miss: "the agency" after a
// research centre and a space agency stays the agency's.
//
// Shape "relay": a quotation handed to a named speaker, then a news
// outlet's report of it ("“...,” said Shanna Corvel, from the agency's
// health division, the Daily Courier reported."): the outlet's cue took
// the quotation and its cue as what it relayed, nobody's. Near misses: a
// speaker with no words of his own before the outlet, an outlet credited
// with "according to".
//
// Shape "seat": an elected member's title written out ("the first-term
// Member of Parliament said") made the parliament the speaker, or, with a
// seat after it, nobody at all; and a railway's "East-West Line" passed
// for a person whom "the MP" could mean. Near misses: the parliament
// itself speaking, "the MP".
//
// Shape "tworoles": two roles joined by "and" before one name after an
// inverted cue ("said legislator and union leader Ada Dunmere", "said
// lawyer and rights activist Tomas Brekke"): the name was not reached,
// and the quotation went to nobody, or to someone named before. Near
// misses: two groups ("Teachers and parents said"), one role.
//
// Shape "command": "the Joint Chiefs of Staff", the military command
// wire copy cites after every launch, was cut to "Joint Chiefs", a name
// of no kind, and its words went to nobody or to the country before it
// ("Tarvik's Joint Chiefs of Staff said"). Near miss: a chairwoman of it.
//
// Shape "junta": a country's junta ("Vessenia's junta said") was no
// body, as its government or military is. Near miss: a government.
//
// Shape "scientists": a body's scientists speak for it as its
// researchers do ("say two Tarvik University scientists"). Near miss: a
// country's scientists ("Norland scientists say") are nobody's.
//
// Shape "reportedas": the passive "was reported (quoted) as saying"
// closing a sentence with the one who reported it after ("..., Abbas
// Keverin was reported as saying by the state news agency."): the "by"
// phrase was read as what was said, and the clause before went unsaid.
// Near miss: no "by" phrase.
//
// Shape "afterbody": a clause of time with a named body as the speaker
// of its own ("announced it would cut the service after Marlow County
// Council said it could no longer afford it") ran on inside the first
// speaker's clause, as one with a named person did not. Near miss: a
// country after "after", which stays inside.
//
// Shape "participle": a past participle opening a sentence ("Initiated
// the day after the launch, the network ...") was a name, which a later
// "it" or cue could take. Near miss: a given name in "-ed" opening one.
//
// Shape "notcompany": "the company" went to a body the text had called
// a union ("the KTWU union ... The company says"), for a name with no
// word of a firm in it that has spoken may be a company. Near miss: a
// name that has spoken and that the text called nothing else.
//
// Shape "result": "according to the result announced by the Kessby
// Electoral Commission" was nobody's where "the results" and "figures"
// were the commission's: the singular was no word for a body's data.
// Near miss: the plural.
//
// Shape "withobj": a participle of speech with no comma after the
// object of "with" ("called for negotiations with Tarvex saying a
// coalition should be formed") was given to that object, as if "with"
// opened an absolute phrase, which takes a comma before it. Near misses:
// the absolute phrase after a comma, an object set off by commas.
//
// Shape "mission": a mission's name ends with the country it serves
// ("the UN Assistance Mission in Tarvia said"), as an embassy's does; it
// was cut at "in", and the cut name made a second speaker beside the
// whole one. Near miss: a mission's staff "in" a town after a comma.
//
// Shape "timeowner": a clause whose subject a time owns ("says last
// week's flooding was a one in 200 year event") lost its time to the
// cue's adverbials and began at "'s". Near miss: a time phrase before
// the clause ("said last week the budget was too small").
//
// Shape "asidesubject": a name, then a participle's aside, then "said"
// and a clause whose subject has its own aside ("Judge Ilse Kovar,
// handing down sentence, said Ivo Parfen, a campaign manager, had been
// part of a crowd"): the cue was read as inverted, "said Ivo Parfen, a
// campaign manager," closing the words before, and the judge's words
// went to the man she sentenced. Near misses: a real inverted cue after
// a clause, a participle's aside with a plain clause after "said".
//
// Shape "usled": "the U.S.-led coalition", the tokens split at the
// hyphen after a dotted name and "led" read as a verb, was no body: as a
// subject the coalition was nobody, and closing a clause it reported
// nothing at all. Near miss: "the U.S.-backed government" is no body of
// the country backing it.
//
// Shape "lettersvoice": a body's letters in brackets between its name
// and those who speak for it ("Kessby Space Agency (KSA) officials say")
// cut the officials off from the body, and the words went to nobody.
// Near miss: no letters.
//
// Shape "securities": "the Securities and Exchange Commission" was cut at
// its "and" ("Securities", a word of firms' names, read as a firm before
// it), and the two halves, a joint subject, spoke for nobody. Near miss:
// a securities firm and a bank joined by "and" stay two.
//
// Shape "cst": the Canadian police rank "Cst." (constable) was no title
// the engine knew, so "spokesman Cst. Hans Orvell said" named nobody and
// the sentence's full stop after it cut the sentence. Near miss: "Sgt.".
//
// Shape "quotepredicate": a body whose predicate is a quotation ("The
// Kessby Council “will act soon”, it said") was no subject for the "it"
// after it, so the words went to nobody. Near miss: the predicate
// unquoted, which worked.
//
// First pass (before the fix), each class run before its own fix:
// docback 3/6, kindword 1/3, relay 2/4, seat 2/5, tworoles 2/5, command 1/3, junta 1/3, scientists 1/3, reportedas 1/3, afterbody 1/2, participle 1/2, notcompany 1/2, result 1/2, withobj 2/3, mission 1/2, timeowner 2/3, asidesubject 2/3, usled 1/3, lettersvoice 1/3, securities 1/3, cst 1/3, quotepredicate 1/3.

var s24Known = flag.Bool("s24.known", false, "TestAuditS24 runs its known failures too")

func s24Rows() []auditRow {
	return []auditRow{
		// docback.
		{class: "docback/filed", text: "The Unity Party filed a complaint on Monday.\n\nThe complaint said the irregularities amounted to fraud.",
			want: []quote{{"Unity Party", auI, "the irregularities amounted to fraud"}}},
		{class: "docback/adopted", text: "The Marl Union adopted a resolution on Monday.\n\nThe resolution said leaders were deeply concerned.",
			want: []quote{{"Marl Union", auI, "leaders were deeply concerned"}}},
		{class: "docback/named", text: "Ada Rovell noted, referring to a Tarvik State University report.\n\nHouses shook and rattled, according to the report.",
			want: []quote{{"Tarvik State University", auI, "Houses shook and rattled"}}},
		{class: "docback/named", text: "A Tarvik State University report was cited by Ada Rovell. The report said houses shook.",
			want: []quote{{"Tarvik State University", auI, "houses shook"}}},
		{class: "docback/near", text: "Jonas Brekke read a report by the Ostby Institute.\n\nWages will fall, according to the report.",
			want: []quote{{"", auI, "Wages will fall"}}, speakers: []string{}},
		{class: "docback/near", text: "The Assembly approved an amendment offered by Deputy Tomas Brekke.\n\nThe amendment says the port stays public.",
			want: []quote{{"", auI, "the port stays public"}}, speakers: []string{}},
		// kindword.
		{class: "kindword/authority", text: "Marlow County Council cut its funding last week.\n\nThe Conservative-run authority said the service cost too much.",
			want: []quote{{"Marlow County Council", auI, "the service cost too much"}}},
		{class: "kindword/department", text: "The Kessby County Sheriff's Office arrested two men on Monday.\n\nThe department said both were charged.",
			want: []quote{{"Kessby County Sheriff's Office", auI, "both were charged"}}},
		{class: "kindword/near", text: "The Orvik Space Agency and the Brannock Flight Centre built the probe.\n\nThe agency said it would fly in March.",
			want: []quote{{"Orvik Space Agency", auI, "it would fly in March"}}},
		// relay.
		{class: "relay/inverted", text: "“We need to support young people,” said Shanna Corvel, from the agency's health division, the Daily Courier reported.",
			want: []quote{{"Shanna Corvel", auD, "We need to support young people"}}},
		{class: "relay/plain", text: "“We will appeal,” Tomas Brekke said, the Kessby Herald reported.",
			want: []quote{{"Tomas Brekke", auD, "We will appeal"}}},
		{class: "relay/near", text: "Governor Ada Varga announced mandatory evacuations, Ohio's WKRX reported.",
			want: []quote{{"", auI, "Governor Ada Varga announced mandatory evacuations"}}, speakers: []string{}},
		{class: "relay/near", text: "“We will appeal,” Tomas Brekke said, according to the Kessby Herald.",
			want: []quote{{"Tomas Brekke", auD, "We will appeal"}}},
		// seat.
		{class: "seat/member", text: "Ada Quell spoke on Monday.\n\nThe Member of Parliament said the vote was close.",
			want: []quote{{"Ada Quell", auI, "the vote was close"}}, speakers: []string{"Ada Quell"}},
		{class: "seat/member", text: "Ada Quell spoke on Monday.\n\n“We are ready,” the Member of Parliament for Kessby said.",
			want: []quote{{"Ada Quell", auD, "We are ready"}}},
		{class: "seat/line", text: "Transport Minister Tobin Sallow acknowledged the disruptions on Wednesday.\n\nNoting that works at the East-West Line take time, the first-term Member of Parliament said, “Our engineers work very hard.”",
			want: []quote{{"Tobin Sallow", auD, "Our engineers work very hard."}}, speakers: []string{"Tobin Sallow"}},
		{class: "seat/near", text: "The Kessby Parliament met on Monday.\n\nThe Parliament said the vote was close.",
			want: []quote{{"Kessby Parliament", auI, "the vote was close"}}},
		{class: "seat/near", text: "Ada Quell spoke on Monday.\n\n“We are ready,” the MP said.",
			want: []quote{{"Ada Quell", auD, "We are ready"}}},
		// tworoles.
		{class: "tworoles/inverted", text: "“The strike was withdrawn,” said legislator and union leader Ada Dunmere.",
			want: []quote{{"Ada Dunmere", auD, "The strike was withdrawn"}}},
		{class: "tworoles/inverted", text: "“We will appeal,” said lawyer and rights activist Tomas Brekke on Monday.",
			want: []quote{{"Tomas Brekke", auD, "We will appeal"}}},
		{class: "tworoles/letters", text: "The strike ended after talks with transport minister Oren Vask. “The strike was withdrawn,” said Kessby legislator and KTU leader A. Dunmere.",
			want: []quote{{"A. Dunmere", auD, "The strike was withdrawn"}}, speakers: []string{"A. Dunmere"}},
		{class: "tworoles/near", text: "Teachers and parents said the school should stay open.",
			want: []quote{{"", auI, "the school should stay open"}}, speakers: []string{}},
		{class: "tworoles/near", text: "“We will appeal,” said rights activist Tomas Brekke.",
			want: []quote{{"Tomas Brekke", auD, "We will appeal"}}},
		// command.
		{class: "command/owner", text: "Vessenia's Joint Chiefs of Staff said the missile flew about 900km.",
			want: []quote{{"Joint Chiefs of Staff", auI, "the missile flew about 900km"}}, speakers: []string{"Joint Chiefs of Staff"}},
		{class: "command/trailing", text: "The missile flew about 900km before splashing into the sea, Tarvik's Joint Chiefs of Staff said.",
			want: []quote{{"Joint Chiefs of Staff", auI, "The missile flew about 900km before splashing into the sea"}}},
		{class: "command/near", text: "“We are ready,” said Ada Quell, chairwoman of the Joint Chiefs of Staff.",
			want: []quote{{"Ada Quell", auD, "We are ready"}}, speakers: []string{"Ada Quell"}},
		// junta.
		{class: "junta/owner", text: "Vessenia's junta on Tuesday slammed the UN's “one-sided allegations” and said it had received no official communication.",
			want: []quote{{"Vessenia's junta", auD, "one-sided allegations"}, {"Vessenia's junta", auI, "it had received no official communication"}}},
		{class: "junta/adjective", text: "The Vessenian junta said it would hold elections next year.",
			want: []quote{{"Vessenian junta", auI, "it would hold elections next year"}}},
		{class: "junta/near", text: "Vessenia's government said it would hold elections next year.",
			want: []quote{{"Vessenia's government", auI, "it would hold elections next year"}}},
		// scientists.
		{class: "scientists/inverted", text: "All heat waves pose risks, say two Tarvik University scientists.",
			want: []quote{{"Tarvik University", auI, "All heat waves pose risks"}}},
		{class: "scientists/plain", text: "Two Tarvik University scientists say all heat waves pose risks.",
			want: []quote{{"Tarvik University", auI, "all heat waves pose risks"}}},
		{class: "scientists/near", text: "Norland scientists say all heat waves pose risks.",
			want: []quote{{"", auI, "all heat waves pose risks"}}, speakers: []string{}},
		// reportedas.
		{class: "reportedas/by", text: "The next round of talks will take place in Marlow from June 16, senior negotiator Abbas Keverin was reported as saying by the state news agency.",
			want: []quote{{"Abbas Keverin", auI, "The next round of talks will take place in Marlow from June 16"}}},
		{class: "reportedas/by", text: "Talks will resume in June, Abbas Keverin was quoted as saying by the Kessby Herald.",
			want: []quote{{"Abbas Keverin", auI, "Talks will resume in June"}}, speakers: []string{"Abbas Keverin"}},
		{class: "reportedas/near", text: "Talks will resume in June, Abbas Keverin was quoted as saying.",
			want: []quote{{"Abbas Keverin", auI, "Talks will resume in June"}}},
		// afterbody.
		{class: "afterbody/body", text: "Tarvik Rail announced it would cut the service after Marlow County Council said it could no longer afford it.",
			want: []quote{{"Tarvik Rail", auI, "it would cut the service"}, {"Marlow County Council", auI, "it could no longer afford it"}}, exact: true},
		{class: "afterbody/near", text: "Tarvik Rail announced it would cut the service after Mayor Ada Quell said the town could not pay for it.",
			want: []quote{{"Tarvik Rail", auI, "it would cut the service"}, {"Ada Quell", auI, "the town could not pay for it"}}, exact: true},
		// participle.
		{class: "participle/opening", text: "Initiated the day after the launch, this capability is expected to deliver data on launch points, flight paths, and predicted impact points.",
			speakers: []string{}},
		{class: "participle/near", text: "Rasheed Vell said the network would run all year.",
			want: []quote{{"Rasheed Vell", auI, "the network would run all year"}}},
		// notcompany.
		{class: "notcompany/union", text: "Kessby Rail and the KTWU union met on Monday. KTWU said its members would strike.\n\nThe company says it needs to make massive savings.",
			want: []quote{{"KTWU", auI, "its members would strike"}, {"Kessby Rail", auI, "it needs to make massive savings"}}},
		{class: "notcompany/near", text: "Goldvane said on Monday that sales had doubled.\n\nThe company says it needs to hire.",
			want: []quote{{"Goldvane", auI, "sales had doubled"}, {"Goldvane", auI, "it needs to hire"}}},
		// result.
		{class: "result/singular", text: "Ada Quell lost by 533,304 votes, according to the result announced by the Kessby Electoral Commission on Sunday.",
			want: []quote{{"Kessby Electoral Commission", auI, "Ada Quell lost by 533,304 votes"}}, speakers: []string{"Kessby Electoral Commission"}},
		{class: "result/near", text: "Ada Quell lost by 533,304 votes, according to the results announced by the Kessby Electoral Commission on Sunday.",
			want: []quote{{"Kessby Electoral Commission", auI, "Ada Quell lost by 533,304 votes"}}},
		// withobj.
		{class: "withobj/plain", text: "Varnex called for negotiations with Tarvex saying a coalition government should be formed.",
			want: []quote{{"Varnex", auI, "a coalition government should be formed"}}, speakers: []string{"Varnex"}},
		{class: "withobj/near", text: "The talks ended, with Ivo Tamm warning that more strikes would follow.",
			want: []quote{{"Ivo Tamm", auI, "more strikes would follow"}}},
		{class: "withobj/near", text: "Ada Quell met with Ivo Tamm, the union's head, saying the strike would end.",
			want: []quote{{"Ada Quell", auI, "the strike would end"}}},
		// mission.
		{class: "mission/in", text: "The UN Assistance Mission in Tarvia said on Wednesday that 12 civilians were killed.\n\n“We call for an inquiry,” the UN Assistance Mission in Tarvia said.",
			want: []quote{{"UN Assistance Mission in Tarvia", auI, "12 civilians were killed"}, {"UN Assistance Mission in Tarvia", auD, "We call for an inquiry"}}, speakers: []string{"UN Assistance Mission in Tarvia"}},
		{class: "mission/near", text: "Ada Quell of the UN Assistance Mission, in Tarvia on Monday, said 12 civilians were killed.",
			want: []quote{{"Ada Quell", auI, "12 civilians were killed"}}},
		// timeowner.
		{class: "timeowner/last", text: "Mayor Julia Bower says last week's flooding was a one in 200 year event.",
			want: []quote{{"Julia Bower", auI, "last week's flooding was a one in 200 year event"}}, exact: true},
		{class: "timeowner/last", text: "Mayor Julia Bower said last year's budget was too small.",
			want: []quote{{"Julia Bower", auI, "last year's budget was too small"}}, exact: true},
		{class: "timeowner/near", text: "Mayor Julia Bower said last week the budget was too small.",
			want: []quote{{"Julia Bower", auI, "the budget was too small"}}, exact: true},
		// asidesubject.
		{class: "asidesubject/participle", text: "Judge Ilse Kovar, handing down sentence after a one-day trial, said Ivo Parfen, a campaign manager, had been part of a lawless crowd.",
			want: []quote{{"Ilse Kovar", auI, "Ivo Parfen, a campaign manager, had been part of a lawless crowd"}}, speakers: []string{"Ilse Kovar"}},
		{class: "asidesubject/near", text: "Prices rose sharply in May, rising again, said Ivo Parfen, the union's head.",
			want: []quote{{"Ivo Parfen", auI, "Prices rose sharply in May, rising again"}}},
		{class: "asidesubject/near", text: "Ada Quell, speaking on Monday, said the bridge was safe.",
			want: []quote{{"Ada Quell", auI, "the bridge was safe"}}},
		// usled.
		{class: "usled/subject", text: "The U.S.-led coalition confirmed that international forces called in the air strikes.",
			want: []quote{{"U.S.-led coalition", auI, "international forces called in the air strikes"}}},
		{class: "usled/trailing", text: "International forces called in the air strikes, the U.S.-led coalition said.",
			want: []quote{{"U.S.-led coalition", auI, "International forces called in the air strikes"}}},
		{class: "usled/near", text: "The Saudi-backed government said international forces called in the air strikes.",
			want: []quote{{"", auI, "international forces called in the air strikes"}}, speakers: []string{}},
		// lettersvoice.
		{class: "lettersvoice/officials", text: "Kessby Space Agency (KSA) officials say that Norland is becoming the leader in Earth observation.",
			want: []quote{{"Kessby Space Agency", auI, "Norland is becoming the leader in Earth observation"}}},
		{class: "lettersvoice/researchers", text: "Kessby Space Agency (KSA) researchers said the ice was melting.",
			want: []quote{{"Kessby Space Agency", auI, "the ice was melting"}}},
		{class: "lettersvoice/near", text: "Kessby Space Agency officials say that Norland is becoming the leader in Earth observation.",
			want: []quote{{"Kessby Space Agency", auI, "Norland is becoming the leader in Earth observation"}}},
		// securities.
		{class: "securities/commission", text: "The Kessby Securities and Exchange Commission said the bank leaders lied.",
			want: []quote{{"Kessby Securities and Exchange Commission", auI, "the bank leaders lied"}}},
		{class: "securities/commission", text: "The Securities and Futures Commission said the bank leaders lied.",
			want: []quote{{"Securities and Futures Commission", auI, "the bank leaders lied"}}},
		{class: "securities/near", text: "Tarvex Securities and Marlow Bank said the deal was off.",
			want: []quote{{"", auI, "the deal was off"}}, speakers: []string{}},
		// cst.
		{class: "cst/spokesman", text: "“Members are expected to hold a high standard,” spokesman Cst. Hans Orvell said in an interview.",
			want: []quote{{"Hans Orvell", auD, "Members are expected to hold a high standard"}}},
		{class: "cst/alone", text: "Charges were laid against Cst. Eric Palver in Marlow court, the force said.",
			want: []quote{{"", auI, "Charges were laid against Cst. Eric Palver in Marlow court"}}, speakers: []string{}},
		{class: "cst/near", text: "“Members are expected to hold a high standard,” spokesman Sgt. Hans Orvell said.",
			want: []quote{{"Hans Orvell", auD, "Members are expected to hold a high standard"}}},
		// quotepredicate.
		{class: "quotepredicate/it", text: "The Kessby Council “will act soon”, it said in a statement.",
			want: []quote{{"Kessby Council", auM, "The Kessby Council “will act soon”"}}, speakers: []string{"Kessby Council"}},
		{class: "quotepredicate/it", text: "The Marl Union's Peace and Security Council “demands the military return to barracks”, it said in a communique on Friday.",
			want: []quote{{"Peace and Security Council", auM, "The Marl Union's Peace and Security Council “demands the military return to barracks”"}}},
		{class: "quotepredicate/near", text: "The Kessby Council will act soon, it said in a statement.",
			want: []quote{{"Kessby Council", auI, "The Kessby Council will act soon"}}},
	}
}

func TestAuditS24(t *testing.T) {
	runAudit(t, "s24", s24Rows(), *s24Known)
}
