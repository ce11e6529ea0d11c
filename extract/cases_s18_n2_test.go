package extract_test

import (
	"flag"
	"testing"
)

// Session 18, helper n2: public broadcasters' and wire services' short
// stories (politics, courts, councils, disasters, world news), the shape
// of the pool of real reporting graded in this session. Invented people,
// bodies and places in the frames where the engine failed on that pool:
//   - reqgap: a request whose hearer is followed by a gap before the
//     infinitive ("called on the board, widely criticised for the delays,
//     to publish", "ordered the ministries on Monday to freeze hiring",
//     "the Green League (GL), to stop"), with near misses (a noun
//     object and a purpose infinitive, a hearer's clause with its own
//     infinitive and a that-clause after it, goods ordered);
//   - apposubj: a subject that is a description with the name in
//     apposition ("Rask's main rival, former Prime Minister Olav Tenn,
//     said") and a title that lists portfolios with commas ("Social
//     Affairs, Housing and Youth Minister Greta Lind said");
//   - spokes: "the spokesman/the official said" after a body's unnamed
//     spokesman or official, with a person of another role named in
//     between, and near misses where the spokesman is named;
//   - leadbody: a lead's "Police said"/"a council has said" when the
//     story names one such body as a speaker (bare "police" and a body's
//     "officials" stay nobody's, as the annotation rules and the gold
//     have them: two rows first wanted the force and the council, and
//     so did four quotes of the pool's gold, mended);
//   - saying: "slammed the ... allegation (,) saying that ...";
//   - misc: "was forced to deny (that) ...", "according to an official
//     with X who spoke on condition of anonymity", and near misses that
//     are no speech ("maintained enough seats", "figures show").
//
// spokes (after unnamedRoleBefore/unnamedRoleBody): "the spokesman
// said" with the body's spokesman only mentioned before is that body's,
// or nobody's, never the last man named: 5/6 -> 6/6 (the row's lead no
// longer carries its span problem: reworded as two sentences).
//
// FIRST PASS (engine at f8a1dee, the whole table written first and run
// once): 19/41 (0.46): reqgap 4/15, apposubj 5/9, spokes 5/6, leadbody
// 2/4, saying 2/3, misc 1/4. (The first spokes row's lead then also lost
// its span to ", in a statement issued by its spokesman"; the row is the
// same class either way. The comma-list row wanted one span for "said
// she was ... but also accepted ..."; it wants two, as the pool's gold
// was mended to.)
//
// The pool itself, 27 stories, 174 quotes, graded before any change:
// speaker F1 0.926, quote recall 0.943, attribution 0.823.
//
// After requestGap/spanRequestGap (a hearer's time, bracket or comma
// insertion before the infinitive) and titledPersonIn (a description
// whose person is named with a title in the aside after it): 31/41,
// reqgap 13/15, apposubj 8/9; the pool 0.934/0.960/0.832. The rows still
// failing carry their mechanism in known.
//
// At the end of the session, all batches: 68/70 (saying-nocomma 1,
// figures-show 1 known; the told-aside pair passes with its three new
// rows, written with the fix). The pool, its gold mended in
// five quotes (bare "police"/"officials" nobody's, one span split at
// "but also accepted"): 0.926/0.943/0.841 before any change, 0.942/
// 0.977/0.882 after; quotes given to a wrong named person 12 -> 6. No
// repository score set and no session-17 dev pool moved.
// ("accepted there were", its near miss and the two portfolio rows were
// written with their fixes; the comma-list row with "but also accepted"
// failed before them.)

// Mechanisms of the rows still failing.
const (
	n2s18SayingNoComma = "saying-nocomma: \"slammed the allegation of the opposition saying that ...\": a participle of saying with no comma after a noun object is taken as the noun's modifier"
	n2s18FiguresShow   = "figures-show: \"Early figures show the ruling party won 68 seats\": data that show is taken for a speaker's clause with no speaker"
)

var n2s18Known = flag.Bool("n2s18.known", false, "TestAuditS18N2 runs its known failures too, to see which a change fixed")

func TestAuditS18N2(t *testing.T) { runAudit(t, "s18n2", n2s18Rows(), *n2s18Known) }

func n2s18Rows() []auditRow {
	var rows []auditRow
	for _, g := range [][]auditRow{n2s18ReqGap, n2s18ApposSubj, n2s18Spokes, n2s18LeadBody, n2s18Saying, n2s18Misc, n2s18Ruling, n2s18Relay, n2s18Trail, n2s18Nested} {
		rows = append(rows, g...)
	}
	return rows
}

var n2s18ReqGap = []auditRow{
	{class: "reqgap/participle insertion",
		text: "The mayor, Ilse Varga, called on the Harbour Board, widely criticised for the delays, to publish its accounts.",
		want: []quote{{"Ilse Varga", auI, "the Harbour Board, widely criticised for the delays, to publish its accounts"}}},
	{class: "reqgap/apposition with a parenthesis",
		text: "Premier Tova Rask is calling on her coalition partners, the Green League (GL), to stop briefing against the cabinet.",
		want: []quote{{"Tova Rask", auI, "her coalition partners, the Green League (GL), to stop briefing against the cabinet"}}},
	{class: "reqgap/time after hearer, order",
		text: "Chancellor Edvin Moor ordered the ministries in his government on Monday to freeze all hiring.",
		want: []quote{{"Edvin Moor", auI, "the ministries in his government on Monday to freeze all hiring"}}},
	{class: "reqgap/time after hearer, court order",
		text: "Judge Anneli Sorvik ordered the company last week to pay the workers in full.",
		want: []quote{{"Anneli Sorvik", auI, "the company last week to pay the workers in full"}}},
	{class: "reqgap/time after hearer, urged",
		text: "Interior Minister Karel Dunn urged residents of the valley on Sunday to leave before nightfall.",
		want: []quote{{"Karel Dunn", auI, "residents of the valley on Sunday to leave before nightfall"}}},
	{class: "reqgap/time word after hearer, asked",
		text: "Police Chief Maren Holt asked drivers in the city centre this morning to avoid the bridge.",
		want: []quote{{"Maren Holt", auI, "drivers in the city centre this morning to avoid the bridge"}}},
	{class: "reqgap/relative clause insertion",
		text: "The governor, Petra Lund, urged the Electoral Board, which oversees the count, to release the results.",
		want: []quote{{"Petra Lund", auI, "the Electoral Board, which oversees the count, to release the results"}}},
	{class: "reqgap/parenthesis after hearer",
		text: "Harbour Minister Jon Aske called on the Tarvik Port Authority (TPA) to reopen the quay.",
		want: []quote{{"Jon Aske", auI, "the Tarvik Port Authority (TPA) to reopen the quay"}}},
	{class: "reqgap/prepositional insertion",
		text: "Health Minister Oskar Vell told hospitals, in a letter sent on Friday, to postpone routine surgery.",
		want: []quote{{"Oskar Vell", auI, "hospitals, in a letter sent on Friday, to postpone routine surgery"}}},
	{class: "reqgap/second sentence, pronoun subject",
		text: "Opposition leader Sanna Ivik said the vote had been flawed.\n\nShe called on the Election Commission, accused of bias by observers, to order a recount.",
		want: []quote{{"Sanna Ivik", auI, "the vote had been flawed"}, {"Sanna Ivik", auI, "the Election Commission, accused of bias by observers, to order a recount"}}},
	{class: "reqgap/near miss, hearer's clause with its own infinitive then that",
		text: "Minister Lars Obel told the council, which had voted on Friday to close the depot, that the plan was final.",
		want: []quote{{"Lars Obel", auI, "the plan was final"}}, exact: true},
	{class: "reqgap/told the council, which ..., that",
		text: "Minister Lars Obel told the council, which meets on Mondays, that the depot would close.",
		want: []quote{{"Lars Obel", auI, "the depot would close"}}, exact: true},
	{class: "reqgap/near miss, told the council, which voted, no clause",
		text:  "Minister Lars Obel told the council, which had voted to close the depot, about the budget.",
		exact: true},
	{class: "reqgap/urged schools, in a letter, to",
		text: "Education Minister Anna Lode urged schools, in a letter sent on Monday, to close early.",
		want: []quote{{"Anna Lode", auI, "schools, in a letter sent on Monday, to close early"}}},
	{class: "reqgap/near miss, goods ordered with a time",
		text:  "The rail board ordered new trains on Tuesday to replace the ageing fleet.",
		exact: true},
	{class: "reqgap/near miss, noun object, time, purpose",
		text:  "The minister, Aino Pell, urged restraint on Friday to avoid further clashes.",
		exact: true},
	{class: "reqgap/near miss, thanked with an insertion",
		text:  "Mayor Dina Brekke thanked the volunteers, who had worked through the night, to loud applause.",
		exact: true},
	{class: "reqgap/near miss, told a story, time, purpose",
		text:  "The ranger, Emil Sand, told the story on Sunday to show how the fire began.",
		exact: true},
}

var n2s18ApposSubj = []auditRow{
	{class: "apposubj/possessive rival, title and name",
		text: "Rask's main rival, former Prime Minister Olav Tenn, said he would not recognise the result.",
		want: []quote{{"Olav Tenn", auI, "he would not recognise the result"}}},
	{class: "apposubj/the president's challenger",
		text: "The president's chief challenger, opposition leader Mira Sander, said the count had been rigged.",
		want: []quote{{"Mira Sander", auI, "the count had been rigged"}}},
	{class: "apposubj/predecessor, told",
		text: "Holt's predecessor, retired general Anton Weir, told reporters the army was ready.",
		want: []quote{{"Anton Weir", auI, "the army was ready"}}},
	{class: "apposubj/the main challenger, second paragraph",
		text: "President Ilmar Kask was re-elected on Sunday.\n\nKask's main challenger, former Finance Minister Hedda Lorn, said she would take the result to court.",
		want: []quote{{"Hedda Lorn", auI, "she would take the result to court"}}},
	{class: "apposubj/comma-list title, mixed",
		text: "Social Affairs, Housing and Youth Minister Greta Lind said she was \"delighted\" with the figures but also accepted there was a long way to go.",
		want: []quote{{"Greta Lind", auM, "she was \"delighted\" with the figures"}, {"Greta Lind", auI, "there was a long way to go"}}},
	{class: "apposubj/comma-list title, indirect",
		text: "Transport, Energy and Water Minister Pavel Roos said the tunnel would open in May.",
		want: []quote{{"Pavel Roos", auI, "the tunnel would open in May"}}},
	{class: "apposubj/comma-list title after another speaker",
		text: "Prime Minister Ada Kellin said the figures were pleasing.\n\nTrade, Tourism and Sport Minister Nils Hovde said the sector had recovered.",
		want: []quote{{"Ada Kellin", auI, "the figures were pleasing"}, {"Nils Hovde", auI, "the sector had recovered"}}},
	{class: "apposubj/accepted there were, alone",
		text: "Harbour Minister Jon Aske accepted there were risks in the plan.",
		want: []quote{{"Jon Aske", auI, "there were risks in the plan"}}},
	{class: "apposubj/near miss, accepted the bid there",
		text: "The club accepted the bid there and then, chairman Ivo Brenn said.",
		want: []quote{{"Ivo Brenn", auI, "The club accepted the bid there and then"}}, exact: true},
	{class: "apposubj/comma-list title with Employment",
		text: "Social Development, Employment and Youth Minister Ruth Ambler said she was \"thrilled\" with the figures.",
		want: []quote{{"Ruth Ambler", auM, "she was \"thrilled\" with the figures"}}},
	{class: "apposubj/comma-list title with Infrastructure",
		text: "Transport, Infrastructure and Veterans Minister Ivo Nandor said the bridge would be rebuilt.",
		want: []quote{{"Ivo Nandor", auI, "the bridge would be rebuilt"}}},
	{class: "apposubj/near miss, a list that is the quote",
		text: "Housing, transport and schools were the main worries, Minister Greta Lind said.",
		want: []quote{{"Greta Lind", auI, "Housing, transport and schools were the main worries"}}},
	{class: "apposubj/near miss, names in a list",
		text: "Olav Tenn, Mira Sander and Anton Weir attended the meeting. Tenn said the talks had been useful.",
		want: []quote{{"Olav Tenn", auI, "the talks had been useful"}}},
}

var n2s18Spokes = []auditRow{
	{class: "spokes/the spokesman after a detained man named",
		text: "The Kessel Foreign Ministry said on Friday it would review the treaty. The statement was issued by its spokesman.\n\nEarlier, state media reported that a trader named Alvar Kett had been detained. Kett said he had acted alone.\n\n\"The treaty has been violated,\" the spokesman said.",
		want: []quote{{"Kessel Foreign Ministry", auI, "it would review the treaty"}, {"Alvar Kett", auI, "he had acted alone"}, {"Kessel Foreign Ministry", auD, "The treaty has been violated"}}},
	{class: "spokes/a spokesman at the ministry, then the spokesman",
		text: "A spokesman at the Norvan Defence Ministry said the exercise would go ahead.\n\nThe ministry's critics include Ulla Brisk, a retired admiral, who said the drills were provocative.\n\n\"We will not be intimidated,\" the spokesman said.",
		want: []quote{{"Norvan Defence Ministry", auI, "the exercise would go ahead"}, {"Ulla Brisk", auI, "the drills were provocative"}, {"Norvan Defence Ministry", auD, "We will not be intimidated"}}},
	{class: "spokes/the official after a named sister",
		text: "An official of the Tarvik Interior Ministry said talks would resume.\n\nIn a statement, Mara Quell, the rebel leader's sister, rejected the offer.\n\nThe official said Tarvik remained open to dialogue without preconditions.",
		want: []quote{{"Tarvik Interior Ministry", auI, "talks would resume"}, {"Tarvik Interior Ministry", auI, "Tarvik remained open to dialogue without preconditions"}}},
	{class: "spokes/near miss, the spokesman is named",
		text: "Ivo Dask, a spokesman for the Tarvik Interior Ministry, said the border would stay open.\n\nMara Quell, a farmer, said she had not been consulted.\n\n\"Nothing has changed,\" the spokesman said.",
		want: []quote{{"Ivo Dask", auI, "the border would stay open"}, {"Mara Quell", auI, "she had not been consulted"}, {"Ivo Dask", auD, "Nothing has changed"}}},
	{class: "spokes/near miss, police spokesman named by title",
		text: "Police spokesman Ivo Dask said two men had been arrested.\n\nShopkeeper Mara Quell said she had seen the van.\n\n\"The inquiry is at an early stage,\" the spokesman said.",
		want: []quote{{"Ivo Dask", auI, "two men had been arrested"}, {"Mara Quell", auI, "she had seen the van"}, {"Ivo Dask", auD, "The inquiry is at an early stage"}}},
	{class: "spokes/near miss, the official is named",
		text: "Alma Reis, an official at the Vessen Health Ministry, said supplies had arrived.\n\nDoctor Per Linde said the clinics were full.\n\nThe official said more doctors would be sent.",
		want: []quote{{"Alma Reis", auI, "supplies had arrived"}, {"Per Linde", auI, "the clinics were full"}, {"Alma Reis", auI, "more doctors would be sent"}}},
}

var n2s18LeadBody = []auditRow{
	{class: "leadbody/police said, the force named after",
		text: "Police said they arrested a man outside Brennick station on Monday but added that the incident was not terror-related.\n\n\"Officers have arrested a man for public disorder,\" Harbour Transport Police said in a statement.",
		want: []quote{{"", auI, "they arrested a man outside Brennick station on Monday"}, {"", auI, "the incident was not terror-related"}, {"Harbour Transport Police", auD, "Officers have arrested a man for public disorder"}}},
	{class: "leadbody/a council has said, the council named after",
		text: "A section of the B4120 could remain closed until next week because of flooding, a council has said.\n\nA spokesman for Tarvik County Council said: \"We strongly advise drivers against this.\"\n\nCounty council officials said the road would stay shut until Saturday.",
		want: []quote{{"Tarvik County Council", auI, "A section of the B4120 could remain closed until next week because of flooding"}, {"Tarvik County Council", auD, "We strongly advise drivers against this."}, {"", auI, "the road would stay shut until Saturday"}}},
	{class: "leadbody/near miss, two forces named",
		text: "Police said a man had been arrested in Brennick.\n\n\"The man is in custody,\" Harbour Transport Police said. Norvale Police said a second man was being sought.",
		want: []quote{{"", auI, "a man had been arrested in Brennick"}, {"Harbour Transport Police", auD, "The man is in custody"}, {"Norvale Police", auI, "a second man was being sought"}}},
	{class: "leadbody/near miss, no force speaks",
		text: "Police said a man had been arrested in Brennick.\n\nThe Harbour Transport Police station was closed for an hour.",
		want: []quote{{"", auI, "a man had been arrested in Brennick"}}},
}

var n2s18Saying = []auditRow{
	{class: "saying/slammed the allegation saying that, no comma",
		text:  "Chief Minister Arjun Vell also slammed the \"puppet\" allegation of the opposition saying that the officers had gone for training on his instructions.",
		want:  []quote{{"Arjun Vell", auI, "the officers had gone for training on his instructions"}},
		known: n2s18SayingNoComma},
	{class: "saying/criticised the claims, saying that",
		text: "Mayor Ola Berg also criticised the claims of the opposition, saying that the plots had been sold lawfully.",
		want: []quote{{"Ola Berg", auI, "the plots had been sold lawfully"}}},
	{class: "saying/rejected the report saying",
		text: "The ministry rejected the report, saying the figures were out of date.",
		want: []quote{{"", auI, "the figures were out of date"}}},
}

var n2s18Misc = []auditRow{
	{class: "misc/forced to deny a clause",
		text: "A government spokesman was forced to deny the minister had called the mayor a liar.",
		want: []quote{{"", auI, "the minister had called the mayor a liar"}}},
	{class: "misc/according to an official with a body who spoke on condition",
		text: "The second blast came an hour after the first, according to an official with the Vessen regional government who spoke on condition of anonymity.",
		want: []quote{{"", auI, "The second blast came an hour after the first"}}, exact: true},
	{class: "misc/near miss, maintained seats",
		text:  "The ruling party appears to have lost ground but maintained enough seats in parliament to keep power.",
		exact: true},
	{class: "misc/near miss, figures show",
		text:  "Early figures show the ruling Unity Party won 68 seats, down from 90.",
		exact: true,
		known: n2s18FiguresShow},
}

// Batch 2, written before its fix: a party described by the word it was
// introduced with ("The ruling Kessel Unity Party ... The ruling party
// said"), against a nearer party of the other side. First pass 2/4; but
// two rows named the other side an "Alliance" and a "League", which
// "the party" never describes, so they tested nothing of the class:
// renamed "Party", 1/4 (the row that passed has the nearer party
// unnamed by the description's head). After introducedWith: 4/4.
var n2s18Ruling = []auditRow{
	{class: "ruling/the ruling party after the opposition named",
		text: "The ruling Kessel Unity Party (KUP) has hit back at the opposition after it claimed the vote was unfair.\n\nA KUP spokesman said the Free Voters Party had lied. He said the FVP had been warned.\n\nThe ruling party on Monday claimed that the results were final.",
		want: []quote{{"Kessel Unity Party", auI, "the results were final"}}},
	{class: "ruling/the opposition party after the ruling one spoke",
		text: "The opposition Free Voters Party said on Sunday it would not accept the count.\n\nThe Kessel Unity Party said the vote had been fair.\n\nThe opposition party said it would appeal to the courts.",
		want: []quote{{"Free Voters Party", auI, "it would not accept the count"}, {"Kessel Unity Party", auI, "the vote had been fair"}, {"Free Voters Party", auI, "it would appeal to the courts"}}},
	{class: "ruling/the governing party, a pronoun after",
		text: "The governing Harbour Labour Party won 60 seats. The Free Voters Party said it had been cheated.\n\nThe governing party said the result was clear. It added that talks would begin.",
		want: []quote{{"Free Voters Party", auI, "it had been cheated"}, {"Harbour Labour Party", auI, "the result was clear"}, {"Harbour Labour Party", auI, "talks would begin"}}},
	{class: "ruling/near miss, the modifier in the name",
		text: "The Ruling Workers Party said it would boycott the vote. The Free Voters Party said it would take part.\n\nThe ruling party later said the boycott stood.",
		want: []quote{{"Ruling Workers Party", auI, "it would boycott the vote"}, {"Free Voters Party", auI, "it would take part"}, {"Ruling Workers Party", auI, "the boycott stood"}}},
}

// Batch 3, written before its fix: a reporter credited with "according
// to" and described as "reporting for" or "from" a place or outlet relays
// what others said, as an outlet does; near misses: a source who reports
// to a body, a source with a role. First pass 2/4 (both relays taken
// for the reporter's words); after reportingFor 4/4.
var n2s18Relay = []auditRow{
	{class: "relay/according to a reporter reporting for a radio",
		text: "Opposition candidates held a news conference Monday to denounce the poll as a \"grand fraud,\" according to Ivo Brenn, reporting for Radio Kessel from Tarvik.",
		want: []quote{{"", auM, "Opposition candidates held a news conference Monday to denounce the poll as a \"grand fraud,\""}}, speakers: []string{}},
	{class: "relay/according to a reporter reporting from a city",
		text: "The strike had closed three ports, according to Lena Voss, reporting from Brask for the Harbour Wire.",
		want: []quote{{"", auI, "The strike had closed three ports"}}, speakers: []string{}},
	{class: "relay/near miss, a minister reporting to parliament",
		text: "The talks had failed, according to Ivo Brenn, a minister who was reporting to parliament.",
		want: []quote{{"Ivo Brenn", auI, "The talks had failed"}}},
	{class: "relay/near miss, a source with a role",
		text: "The talks had failed, according to Lena Voss, the envoy.",
		want: []quote{{"Lena Voss", auI, "The talks had failed"}}},
}

// Batch 4, the misc rows' classes crossed with more frames and near
// misses (written while their fixes were being made; run against the
// engine before them: 4/8, the four positives failing, and misc 1/4):
// the source of a trailing "according to" with its body after "with",
// "at" or "from" and a relative clause, and "deny" after "was forced
// to". After the fixes 8/8 and misc 3/4.
var n2s18Trail = []auditRow{
	{class: "trail/according to an official at a body who asked",
		text: "Four bridges were closed, according to an official at the Tarvik roads agency who asked not to be named.",
		want: []quote{{"", auI, "Four bridges were closed"}}, exact: true},
	{class: "trail/according to a diplomat from a country who spoke",
		text: "The envoy left the talks early, according to a diplomat from Norvale who spoke to reporters in Brask.",
		want: []quote{{"", auI, "The envoy left the talks early"}}, exact: true},
	{class: "trail/near miss, the source first with its aside",
		text: "According to an official with the ministry, who spoke on condition of anonymity, the talks had failed.",
		want: []quote{{"", auI, "the talks had failed"}}, exact: true},
	{class: "trail/near miss, named source with a body",
		text: "The dam held, according to Ivo Brenn with the Tarvik water board.",
		want: []quote{{"Ivo Brenn", auI, "The dam held"}}, exact: true},
	{class: "trail/forced to deny that",
		text: "The mayor, Dina Brekke, was forced to deny that she had misled the council.",
		want: []quote{{"Dina Brekke", auI, "she had misled the council"}}},
	{class: "trail/compelled to deny a bare clause",
		text: "Finance Minister Aino Pell was compelled to deny the budget had been leaked.",
		want: []quote{{"Aino Pell", auI, "the budget had been leaked"}}},
	{class: "trail/near miss, forced to deny a report",
		text:  "Finance Minister Aino Pell was forced to deny the report on Tuesday.",
		exact: true},
	{class: "trail/near miss, forced to resign",
		text:  "Finance Minister Aino Pell was forced to resign after the budget was leaked.",
		exact: true},
}

// Batch 5, written before its fix: a relative clause set off at the end
// of one speaker's reported clause, whose antecedent speaks ("... a
// statement by the Tarvik Monitors, which said it had seen fraud"): the
// writer's aside, not the first speaker's words; near misses: the
// relative inside the reported clause's subject, and "which" about a
// thing. First pass 2/5 (the three positives failing); after
// closingRelativeCue 5/5.
var n2s18Nested = []auditRow{
	{class: "nested/which said, at the clause's end",
		text: "Ivo Brenn claimed the party was behind a statement by the Tarvik Monitors, which said it had seen fraud.",
		want: []quote{{"Ivo Brenn", auI, "the party was behind a statement by the Tarvik Monitors"}, {"Tarvik Monitors", auI, "it had seen fraud"}}},
	{class: "nested/which on Sunday said, and claimed",
		text: "Ivo Brenn claimed the party was behind a statement by a coalition of monitors, the Tarvik Monitors, which on Sunday said it had seen fraud and claimed the vote was unfree.",
		want: []quote{{"Ivo Brenn", auI, "the party was behind a statement by a coalition of monitors, the Tarvik Monitors"}, {"Tarvik Monitors", auI, "it had seen fraud"}, {"Tarvik Monitors", auI, "the vote was unfree"}}},
	{class: "nested/who told reporters",
		text: "Mara Quell said the plan came from Ivo Brenn, who told reporters it would cut costs.",
		want: []quote{{"Mara Quell", auI, "the plan came from Ivo Brenn"}, {"Ivo Brenn", auI, "it would cut costs"}}},
	{class: "nested/in which he said, after a noun",
		text: "The envoy noted the tone of Ivo Brenn's speech, in which he said the border would stay open.",
		want: []quote{{"Ivo Brenn", auI, "the border would stay open"}}},
	{class: "nested/near miss, the relative inside the subject",
		text: "Mara Quell said the firm, which had said it would hire 200 people, had cut jobs.",
		want: []quote{{"Mara Quell", auI, "the firm, which had said it would hire 200 people, had cut jobs"}}},
	{class: "nested/near miss, which of a thing",
		text: "Mara Quell said the council had approved the plan, which would cut costs.",
		want: []quote{{"Mara Quell", auI, "the council had approved the plan, which would cut costs"}}, exact: true},
}
