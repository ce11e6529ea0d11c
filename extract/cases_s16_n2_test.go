package extract_test

import (
	"flag"
	"strings"
	"testing"
)

// Session 16, helper n2: a public broadcaster's wire stories
// (international news service copy: short paragraphs, many voices,
// translated speech). Invented people, countries, ministries, outlets
// and places, a cast of speakers (a titled minister, a named person with
// the role after, a military rank, a name with a particle) crossed with
// the frames of that copy: "X told Radio Kessel", "in an interview
// with", "speaking through an interpreter", "said in a televised
// address / on state television / at a news conference in Brask";
// anonymous officials; outlets and agencies as sources, never speakers;
// ministries, armies and groups speaking; unnamed residents; quotes
// first and the cue last; "X, however, said"; reported speech with
// urged, warned, called for, accused, denied, vowed, insisted; a second
// speaker in a coordinated clause with the pronoun after; datelines and
// bylines that are no one; translated speech; and whole short stories
// of many voices.
//
// FIRST PASS (engine at bbaaf57, the whole table written first and run
// once): 212/231 (0.92): anon 9/10, body 7/12, coord 6/8, dateline 9/9,
// however 16/16, interp 14/16, interview 15/16, outlet 14/16, qfirst
// 16/17, rverb 36/36, story 3/4, told 22/24, transl 5/5, unnamed 9/10,
// venue 31/32. Seven failures were the probe's: a cast member with her
// role in apposition lost the apposition's closing comma before the
// verb ("“...,” Liesl Kavran, Tannland's health minister told ..."); with
// the comma, 219/231 (0.95), and told, interview, interp, venue and
// qfirst all pass. The engine's misses, by class:
//   - a station named "Radio X" taken for a speaker ("According to Radio
//     Kessel, ..."): outlet 2;
//   - an armed group whose name holds an outlet's ("the Kessel
//     Liberation Front": "Liberation" is the French daily's name) taken
//     for an outlet: body 2;
//   - a fictional country's body by its possessive or its bare name
//     ("Tannland's foreign ministry", "Tannland's military", "the Norvan
//     foreign ministry"): body 3, story 1; and so ", while Norvan's
//     defence ministry insisted that ..." was not split off: coord 1;
//   - a first name given after an inverted cue ("“...,” said one
//     resident, who gave only her first name, Mira."): unnamed 1;
//   - "he added" after "An official who spoke on condition of anonymity
//     said ..." (a relative clause with no commas) given to a man named
//     before: anon 1;
//   - "He added" after "X said ..., while Liesl Y insisted ...": the
//     given name is in no gender list (known, n2GivenGender): coord 1.
//
// Batch 2 (n2FixRows: those classes crossed with more frames and near
// misses, written before the fixes were kept) first pass 11/24: radio
// 3/5, libgroup 1/3, state 2/5, coord2 0/2, given 1/3, relanon 2/4.
//
// After the fixes: 252/253, every class 1.00 but coord 7/8 (the known
// gender row). No score set moved, dev or held-out (totals), by any of
// them: the dev corpora hold none of these frames.
//
// Batch 3 (n2Rows3: an outlet carrying a speaker's words, ranks without
// full stops, "says", names with particles and single names, named
// spokespeople, witnesses, the page's furniture, a quotation over two
// paragraphs) first pass 51/52; the miss was the probe's (an
// apposition's closing comma again), so 52/52, no change.
// Batch 4 (n2Stories2: five longer stories with captions, "X said:",
// "Asked whether ...", a post on a social network, the broadcaster's
// request for comment, an analyst, an army's claim and a group's
// denial) first pass 5/5, no change.
// Batch 5 (n2Rows5, from varying batch 3's frames by hand): first pass
// leader 3/15 ("President Ilya Dorn ... The Norvan leader said" went to
// no one: "leader" named no head of state or government), withheld 2/7
// ("Mira, who asked that her surname not be used, said ...": the
// request reported as Mira's words). After: 15/15 and 7/7; no score set
// moved.
// Batch 6 (n2Rows6): first pass paren 4/12 (every row with the aside
// after the cue found nothing), progadv 6/10 ("is now telling/saying"
// found nothing). The fixes (stepping over the aside; the progressive
// with an adverb of time) passed 12/12 and 10/10; the helper left them
// out, as together they cost pages dev-b attribution 0.974 -> 0.971 (a
// lead's "A top ... expert is now warning that", named seven paragraphs
// on, newly recalled for no one). The lead kept them on merging: they
// lift FeedGold F1 0.937 -> 0.943 and recall 0.968 -> 0.973, pages dev-b
// recall 0.960 -> 0.963, and move no other set.
// Batch 7 (n2Rows7: "More on this story" and the other stories'
// headlines under it): first pass related 2/10 (only the near misses;
// "Tannland minister says border will reopen" was reported speech of the
// story's minister, "Norvan leader Dorn warns of ‘long war’" made Dorn a
// speaker). Fix: relatedBlockLine. related 10/10; no score set moved.
// Batch 8 (n2Rows8: "She said" two paragraphs after her, past a man's
// quotation paragraph): first pass farpron 3/12 (only the near misses:
// the pronoun window held only him, and a first name's gender being a
// hint, she was given his name). Fix: subjectOfGenderBefore looks past
// the window for a subject or speaker of the pronoun's gender before
// settling for one of the other. farpron 12/12; no score set moved.
// Batch 9 (n2Rows9: "the ministry" after "Tannland's foreign ministry"
// or "the Norvan defence ministry"): first pass ministry2 2/11 (only the
// near misses; a real nation's "the Chilean health ministry ... The
// ministry said" failed the same way, where "the government" after "the
// Mexican government" passed). Fix: resolveOrgDescription reads the
// country's name, up to two words of portfolio and "ministry"
// (ministryAfter), the body made when it was named in a sentence before
// without speaking. ministry2 11/11; no score set moved.
// Batch 10 (n2Rows10: "Norvan state TV said", "Norvan's state news
// agency, NNA, said", "NNA, Norvan's state news agency, said"): first
// pass statemedia 5/11 ("TV", "NNA", "NBK", "Varta" made speakers). Fix:
// describedAsOutlet reads the medium's word alone after a lower-case
// word or a nation ("state TV") and an outlet's description in
// apposition on either side, "the" or a country's, not "a" one
// (outletInApposition). statemedia 11/11; no score set moved.
// Tried and left out: "It added" three paragraphs after a body's words,
// past a person's quotation, went to no one (lastBodySpeaker stops at
// any named speaker since); letting a person not stop it cost pages
// dev-l attribution 0.948 -> 0.944 ("It found" after a survey went to
// the body), so no row was added and nothing changed.
// Batch 11 (n2Rows11: "Orsk, Tannland — The army said"): first pass
// dateline2 1/7 (only the near miss). Fix: datelineEnd takes a head not
// in capitals when it is a place and its country, one comma between two
// short capitalised parts, the first no first name, title or (alone)
// common word (placeCountryHead). dateline2 7/7; no score set moved.

var n2Known = flag.Bool("n2.known", false, "TestAuditS16N2 runs its known failures too, to see which a change fixed")

// The mechanism of the known failure, named once.
const n2GivenGender = "given-gender: a first name no gender list holds (\"Liesl\") leaves its bearer of unknown gender, so \"He added\" after \"X said ..., while Liesl Y insisted ...\" goes to the nearer speaker; with a listed name (\"Anna\") the row passes, so the class is the lists' coverage, not the coordination"

func n2Cap(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// n2Cast is one speaker as the copy introduces them (subj), as the
// engine should name them (name), and their pronoun.
type n2Cast struct{ subj, name, pron string }

var n2Casts = []n2Cast{
	{"Foreign Minister Adel Varo", "Adel Varo", "He"},
	{"Liesl Kavran, Tannland's health minister,", "Liesl Kavran", "She"},
	{"Gen. Orhan Dessel", "Orhan Dessel", "He"},
	{"President Yusuf al-Harrad", "Yusuf al-Harrad", "He"},
}

// n2Subj drops a trailing comma of an apposition where the frame puts
// the subject at a sentence's end or before a comma of its own.
func n2Subj(c n2Cast) string { return strings.TrimSuffix(c.subj, ",") }

const (
	n2C1 = "the border crossing would reopen on Thursday"
	n2C2 = "the ceasefire had been broken at least twice overnight"
	n2Q1 = "We will not negotiate while our towns are being shelled"
	n2Q2 = "The people of Kessel have suffered enough"
)

// n2Told: "X told Radio Kessel".
func n2Told() []auditRow {
	var rows []auditRow
	for _, c := range n2Casts {
		rows = append(rows,
			auditRow{class: "told/told the broadcaster that",
				text:     c.subj + " told Radio Kessel that " + n2C1 + ".",
				want:     []quote{{c.name, auI, n2C1}},
				speakers: []string{c.name}},
			auditRow{class: "told/quote, told the broadcaster",
				text:     "“" + n2Q1 + ",” " + c.subj + " told Radio Kessel.",
				want:     []quote{{c.name, auD, n2Q1}},
				speakers: []string{c.name}},
			auditRow{class: "told/told the broadcaster, colon",
				text:     c.subj + " told the Norvan World Service: “" + n2Q2 + ".”",
				want:     []quote{{c.name, auD, n2Q2}},
				speakers: []string{c.name}},
			auditRow{class: "told/quote, told by telephone from a city",
				text:     "“" + n2Q1 + ",” " + c.subj + " told the Norvan World Service by telephone from Brask.",
				want:     []quote{{c.name, auD, n2Q1}},
				speakers: []string{c.name}},
			auditRow{class: "told/told the broadcaster's programme",
				text:     c.subj + " told Radio Kessel's Morning Desk programme that " + n2C2 + ".",
				want:     []quote{{c.name, auI, n2C2}},
				speakers: []string{c.name}},
			auditRow{class: "told/speaking to the broadcaster",
				text:     "Speaking to Radio Kessel, " + c.subj + " said " + n2C1 + ".",
				want:     []quote{{c.name, auI, n2C1}},
				speakers: []string{c.name}},
		)
	}
	return rows
}

// n2Interview: "in an interview with".
func n2Interview() []auditRow {
	var rows []auditRow
	for _, c := range n2Casts {
		rows = append(rows,
			auditRow{class: "interview/in an interview with, opening",
				text:     "In an interview with Radio Kessel, " + c.subj + " said " + n2C1 + ".",
				want:     []quote{{c.name, auI, n2C1}},
				speakers: []string{c.name}},
			auditRow{class: "interview/said in an interview with that",
				text:     c.subj + " said in an interview with the Norvan World Service that " + n2C2 + ".",
				want:     []quote{{c.name, auI, n2C2}},
				speakers: []string{c.name}},
			auditRow{class: "interview/quote, said in an interview with",
				text:     "“" + n2Q2 + ",” " + c.subj + " said in an interview with Radio Kessel.",
				want:     []quote{{c.name, auD, n2Q2}},
				speakers: []string{c.name}},
			auditRow{class: "interview/told in an interview that",
				text:     c.subj + " told Radio Kessel in an interview broadcast on Sunday that " + n2C1 + ".",
				want:     []quote{{c.name, auI, n2C1}},
				speakers: []string{c.name}},
		)
	}
	return rows
}

// n2Interp: "speaking through an interpreter".
func n2Interp() []auditRow {
	var rows []auditRow
	for _, c := range n2Casts {
		rows = append(rows,
			auditRow{class: "interp/quote, said through an interpreter",
				text:     "“" + n2Q1 + ",” " + c.subj + " said through an interpreter.",
				want:     []quote{{c.name, auD, n2Q1}},
				speakers: []string{c.name}},
			auditRow{class: "interp/speaking through an interpreter, inserted",
				text:     strings.TrimSuffix(c.subj, ",") + ", speaking through an interpreter, said " + n2C1 + ".",
				want:     []quote{{c.name, auI, n2C1}},
				speakers: []string{c.name}},
			auditRow{class: "interp/speaking through an interpreter, opening",
				text:     "Speaking through an interpreter, " + c.subj + " told reporters " + n2C2 + ".",
				want:     []quote{{c.name, auI, n2C2}},
				speakers: []string{c.name}},
			auditRow{class: "interp/told the broadcaster through an interpreter",
				text:     "“" + n2Q2 + ",” " + c.subj + " told Radio Kessel through an interpreter.",
				want:     []quote{{c.name, auD, n2Q2}},
				speakers: []string{c.name}},
		)
	}
	return rows
}

// n2Venue: where the words were said.
func n2Venue() []auditRow {
	var rows []auditRow
	for _, c := range n2Casts {
		rows = append(rows,
			auditRow{class: "venue/said in a televised address that",
				text:     c.subj + " said in a televised address that " + n2C1 + ".",
				want:     []quote{{c.name, auI, n2C1}},
				speakers: []string{c.name}},
			auditRow{class: "venue/in a televised address, opening",
				text:     "In a televised address on Sunday evening, " + c.subj + " said " + n2C2 + ".",
				want:     []quote{{c.name, auI, n2C2}},
				speakers: []string{c.name}},
			auditRow{class: "venue/said on state television",
				text:     c.subj + " said on state television that " + n2C1 + ".",
				want:     []quote{{c.name, auI, n2C1}},
				speakers: []string{c.name}},
			auditRow{class: "venue/told a news conference in a city",
				text:     c.subj + " told a news conference in Brask that " + n2C2 + ".",
				want:     []quote{{c.name, auI, n2C2}},
				speakers: []string{c.name}},
			auditRow{class: "venue/speaking at a news conference, opening",
				text:     "Speaking at a news conference in Brask, " + c.subj + " said " + n2C1 + ".",
				want:     []quote{{c.name, auI, n2C1}},
				speakers: []string{c.name}},
			auditRow{class: "venue/quote, said at a news conference in a city",
				text:     "“" + n2Q1 + ",” " + c.subj + " said at a news conference in Brask.",
				want:     []quote{{c.name, auD, n2Q1}},
				speakers: []string{c.name}},
			auditRow{class: "venue/told state television, colon",
				text:     c.subj + " told state television on Monday: “" + n2Q2 + ".”",
				want:     []quote{{c.name, auD, n2Q2}},
				speakers: []string{c.name}},
			auditRow{class: "venue/wrote on social media",
				text:     c.subj + " wrote on social media that " + n2C2 + ".",
				want:     []quote{{c.name, auI, n2C2}},
				speakers: []string{c.name}},
		)
	}
	return rows
}

// n2Anon: officials who are not named are no speaker, and a named
// person before them does not take their words.
var n2Anon = []auditRow{
	{class: "anon/not authorized to talk to the press",
		text:     "An official who spoke on condition of anonymity because he was not authorized to talk to the press said the talks had stalled.",
		want:     []quote{{"", auI, "the talks had stalled"}},
		speakers: []string{}},
	{class: "anon/not authorised, a named minister before",
		text:     "Foreign Minister Adel Varo flew to Brask on Monday.\n\nAn official who spoke on condition of anonymity because he was not authorised to speak to the media said the talks had stalled.",
		want:     []quote{{"", auI, "the talks had stalled"}},
		speakers: []string{}},
	{class: "anon/commas round the anonymity",
		text:     "Liesl Kavran arrived in Kessel on Sunday.\n\nA senior diplomat, who spoke on condition of anonymity because she was not authorised to brief reporters, said the convoy had been turned back.",
		want:     []quote{{"", auI, "the convoy had been turned back"}},
		speakers: []string{}},
	{class: "anon/told the broadcaster on condition of anonymity, cue last",
		text:     "Foreign Minister Adel Varo left Brask on Monday.\n\nThe talks have stalled, a senior diplomat told Radio Kessel on condition of anonymity.",
		want:     []quote{{"", auI, "The talks have stalled"}},
		speakers: []string{}},
	{class: "anon/quote, one official who asked not to be named",
		text:     "Gen. Orhan Dessel inspected the front on Friday.\n\n“" + n2Q1 + ",” said one security official, who asked not to be named.",
		want:     []quote{{"", auD, n2Q1}},
		speakers: []string{}},
	{class: "anon/a government source told the broadcaster",
		text:     "A government source, speaking on condition of anonymity, told Radio Kessel that " + n2C1 + ".",
		want:     []quote{{"", auI, n2C1}},
		speakers: []string{}},
	{class: "anon/two officials who declined to be identified",
		text:     "President Yusuf al-Harrad met the envoys on Tuesday.\n\nTwo officials, who declined to be identified, said " + n2C2 + ".",
		want:     []quote{{"", auI, n2C2}},
		speakers: []string{}},
	{class: "anon/the pronoun after an unnamed official",
		text:     "Foreign Minister Adel Varo flew to Brask on Monday.\n\nAn official who spoke on condition of anonymity said the talks had stalled. He added that no date had been set for a new round.",
		want:     []quote{{"", auI, "the talks had stalled"}, {"", auI, "no date had been set for a new round"}},
		speakers: []string{}},
	{class: "anon/not authorized to speak publicly, familiar with",
		text:     "An official familiar with the negotiations, who was not authorized to speak publicly, said " + n2C1 + ".",
		want:     []quote{{"", auI, n2C1}},
		speakers: []string{}},
	{class: "anon/near miss: a named official then anonymous colleagues",
		text:     "Interior Minister Selim Arvo said " + n2C1 + ". Other officials, speaking on condition of anonymity, said " + n2C2 + ".",
		want:     []quote{{"Selim Arvo", auI, n2C1}, {"", auI, n2C2}},
		speakers: []string{"Selim Arvo"}},
}

// n2Outlets: state media, agencies and papers report; they are sources,
// not speakers.
var n2Outlets = []auditRow{
	{class: "outlet/the official news agency reported that",
		text:     "The official Norvan News Agency reported that three soldiers had been killed near the border.",
		speakers: []string{}},
	{class: "outlet/the clause, the official agency reported",
		text:     "Three soldiers were killed near the border, the official Norvan News Agency reported.",
		speakers: []string{}},
	{class: "outlet/local media reported",
		text:     "Three soldiers were killed near the border, local media reported.",
		speakers: []string{}},
	{class: "outlet/according to a radio station",
		text:     "According to Radio Kessel, the convoy was hit near the border.",
		want:     []quote{{"", auI, "the convoy was hit near the border"}},
		speakers: []string{}},
	{class: "outlet/according to a radio station, after",
		text:     "The convoy was hit near the border, according to Radio Kessel.",
		want:     []quote{{"", auI, "The convoy was hit near the border"}},
		speakers: []string{}},
	{class: "outlet/state television reported",
		text:     "State television reported that the president had left the capital.",
		speakers: []string{}},
	{class: "outlet/state broadcaster with a name said",
		text:     "State broadcaster TKV said the president had left the capital.",
		speakers: []string{}},
	{class: "outlet/the state-run agency quoted a minister",
		text:     "The state-run Tannland Press Agency quoted Interior Minister Selim Arvo as saying the border would stay closed.",
		want:     []quote{{"Selim Arvo", auI, "the border would stay closed"}},
		speakers: []string{"Selim Arvo"}},
	{class: "outlet/citing a source, the paper reported",
		text:     "Citing a military source, the Kessel Daily reported that two drones had been shot down.",
		speakers: []string{}},
	{class: "outlet/the agency, citing witnesses, said",
		text:     "The Norvan News Agency, citing witnesses, said the blast was heard across the city.",
		speakers: []string{}},
	{class: "outlet/the news agency by its initials",
		text:     "The blast was heard across the city, the news agency NNA said.",
		speakers: []string{}},
	{class: "outlet/local media quoted residents",
		text:     "Local media quoted residents as saying they had heard two explosions.",
		speakers: []string{}},
	{class: "outlet/a minister told state media",
		text:     "“" + n2Q2 + ",” Interior Minister Selim Arvo told state media.",
		want:     []quote{{"Selim Arvo", auD, n2Q2}},
		speakers: []string{"Selim Arvo"}},
	{class: "outlet/the agency reported, then a person spoke",
		text:     "The Norvan News Agency reported that the talks had collapsed.\n\nForeign Minister Adel Varo said " + n2C1 + ".",
		want:     []quote{{"Adel Varo", auI, n2C1}},
		speakers: []string{"Adel Varo"}},
	{class: "outlet/a paper's website reported",
		text:     "The Brask Herald's website reported that the minister had resigned.",
		speakers: []string{}},
	{class: "outlet/the pan-regional channel reported",
		text:     "The Gulf of Orrin channel Meridia TV reported that the hostages had been freed.",
		speakers: []string{}},
}

// n2Bodies: ministries, militaries and groups speaking.
var n2Bodies = []auditRow{
	{class: "body/country's foreign ministry said",
		text:     "Tannland's foreign ministry said the ambassador had been summoned.",
		want:     []quote{{"Tannland's foreign ministry", auI, "the ambassador had been summoned"}},
		speakers: []string{"Tannland's foreign ministry"}},
	{class: "body/the army said in a statement",
		text:     "The army said in a statement that two militants had been killed.",
		want:     []quote{{"", auI, "two militants had been killed"}},
		speakers: []string{}},
	{class: "body/in a statement, the nation's army",
		text:     "In a statement, the Tannish army said its troops had repelled an attack on the town of Orsk.",
		want:     []quote{{"Tannish army", auI, "its troops had repelled an attack on the town of Orsk"}},
		speakers: []string{"Tannish army"}},
	{class: "body/claimed responsibility, no speech",
		text:     "The Kessel Liberation Front claimed responsibility for the attack.",
		exact:    true,
		speakers: []string{}},
	{class: "body/a named group said in a statement posted online",
		text:     "The Kessel Liberation Front said in a statement posted online that its fighters had targeted a military convoy.",
		want:     []quote{{"Kessel Liberation Front", auI, "its fighters had targeted a military convoy"}},
		speakers: []string{"Kessel Liberation Front"}},
	{class: "body/country's military said it had",
		text:     "Tannland's military said it had shot down two drones over the capital.",
		want:     []quote{{"Tannland's military", auI, "it had shot down two drones over the capital"}},
		speakers: []string{"Tannland's military"}},
	{class: "body/near miss: the ministry summoned",
		text:     "The foreign ministry in Brask summoned the Norvan ambassador on Tuesday.",
		exact:    true,
		speakers: []string{}},
	{class: "body/the clause, the country's defence ministry said",
		text:     "Two drones were shot down over the capital, Tannland's defence ministry said.",
		want:     []quote{{"Tannland's defence ministry", auI, "Two drones were shot down over the capital"}},
		speakers: []string{"Tannland's defence ministry"}},
	{class: "body/the ministry of a country, named",
		text:     "The Norvan Ministry of Foreign Affairs said in a statement that the talks would resume in Brask.",
		want:     []quote{{"Norvan Ministry of Foreign Affairs", auI, "the talks would resume in Brask"}},
		speakers: []string{"Norvan Ministry of Foreign Affairs"}},
	{class: "body/the group claimed, with a clause",
		text:     "The Kessel Liberation Front claimed that its fighters had captured two villages.",
		want:     []quote{{"Kessel Liberation Front", auI, "its fighters had captured two villages"}},
		speakers: []string{"Kessel Liberation Front"}},
	{class: "body/the group, bare, said",
		text:     "The group said its fighters had captured two villages.",
		want:     []quote{{"", auI, "its fighters had captured two villages"}},
		speakers: []string{}},
	{class: "body/the military spokesman, named, for the army",
		text:     "Army spokesman Col. Ilan Sorel said " + n2C2 + ".",
		want:     []quote{{"Ilan Sorel", auI, n2C2}},
		speakers: []string{"Ilan Sorel"}},
}

// n2Unnamed: residents and protesters with no name, or a first name only.
var n2Unnamed = []auditRow{
	{class: "unnamed/who gave only her first name, said",
		text:     "One resident, who gave only her first name, Mira, said the shelling had lasted all night.",
		want:     []quote{{"Mira", auI, "the shelling had lasted all night"}},
		speakers: []string{"Mira"}},
	{class: "unnamed/quote, said one resident who gave only her first name",
		text:     "“We have had no water for a week,” said one resident, who gave only her first name, Mira.",
		want:     []quote{{"Mira", auD, "We have had no water for a week"}},
		speakers: []string{"Mira"}},
	{class: "unnamed/who gave his name only as",
		text:     "A protester who gave his name only as Tomas said the police had fired tear gas.",
		want:     []quote{{"Tomas", auI, "the police had fired tear gas"}},
		speakers: []string{"Tomas"}},
	{class: "unnamed/a student, no name",
		text:     "One protester, a 23-year-old student, said the police had fired tear gas.",
		want:     []quote{{"", auI, "the police had fired tear gas"}},
		speakers: []string{}},
	{class: "unnamed/quote, one demonstrator told the broadcaster",
		text:     "“We are not afraid any more,” one demonstrator told Radio Kessel.",
		want:     []quote{{"", auD, "We are not afraid any more"}},
		speakers: []string{}},
	{class: "unnamed/residents said",
		text:     "Residents said the water supply had been cut for three days.",
		want:     []quote{{"", auI, "the water supply had been cut for three days"}},
		speakers: []string{}},
	{class: "unnamed/a woman who did not want to give her name",
		text:     "A woman who did not want to give her name said her son had been detained at the checkpoint.",
		want:     []quote{{"", auI, "her son had been detained at the checkpoint"}},
		speakers: []string{}},
	{class: "unnamed/another resident, named, with age",
		text:     "Another resident, Pavel Drost, 61, said the market had been destroyed.",
		want:     []quote{{"Pavel Drost", auI, "the market had been destroyed"}},
		speakers: []string{"Pavel Drost"}},
	{class: "unnamed/first name only, then the pronoun",
		text:     "One resident, who gave only her first name, Mira, said the shelling had lasted all night. She said her children had not slept.",
		want:     []quote{{"Mira", auI, "the shelling had lasted all night"}, {"Mira", auI, "her children had not slept"}},
		speakers: []string{"Mira"}},
	{class: "unnamed/quote, a mother of three in a city",
		text:     "Foreign Minister Adel Varo visited the camp on Monday.\n\n“We sleep in the car,” said a mother of three in Orsk.",
		want:     []quote{{"", auD, "We sleep in the car"}},
		speakers: []string{}},
}

// n2QuoteFirst: quotations first and the cue last.
func n2QuoteFirst() []auditRow {
	var rows []auditRow
	for _, c := range n2Casts {
		rows = append(rows,
			auditRow{class: "qfirst/two sentences, cue last",
				text:     "“" + n2Q1 + ". " + n2Q2 + ",” " + c.subj + " said.",
				want:     []quote{{c.name, auD, n2Q1 + ". " + n2Q2}},
				speakers: []string{c.name}},
			auditRow{class: "qfirst/said name, the role after",
				text:     "“" + n2Q1 + ",” said " + n2Subj(c) + ".",
				want:     []quote{{c.name, auD, n2Q1}},
				speakers: []string{c.name}},
			auditRow{class: "qfirst/the pronoun after an introduction",
				text:     c.subj + " arrived in Brask on Monday for the talks.\n\n“" + n2Q2 + ",” " + strings.ToLower(c.pron) + " said.",
				want:     []quote{{c.name, auD, n2Q2}},
				speakers: []string{c.name}},
		)
	}
	rows = append(rows,
		auditRow{class: "qfirst/Mr and the surname",
			text:     "Foreign Minister Adel Varo arrived in Brask on Monday.\n\n“" + n2Q1 + ",” Mr Varo said.",
			want:     []quote{{"Adel Varo", auD, n2Q1}},
			speakers: []string{"Adel Varo"}},
		auditRow{class: "qfirst/Ms and the surname, a man between",
			text:     "Liesl Kavran, Tannland's health minister, met Adel Varo in Brask.\n\n“" + n2Q2 + ",” Ms Kavran said.",
			want:     []quote{{"Liesl Kavran", auD, n2Q2}},
			speakers: []string{"Liesl Kavran"}},
		auditRow{class: "qfirst/the role, introduced with the role",
			text:     "Foreign Minister Adel Varo arrived in Brask on Monday.\n\n“" + n2Q1 + ",” the minister said.",
			want:     []quote{{"Adel Varo", auD, n2Q1}},
			speakers: []string{"Adel Varo"}},
		auditRow{class: "qfirst/Mr with a particle name",
			text:     "President Yusuf al-Harrad spoke in Brask on Monday.\n\n“" + n2Q2 + ",” Mr al-Harrad said.",
			want:     []quote{{"Yusuf al-Harrad", auD, n2Q2}},
			speakers: []string{"Yusuf al-Harrad"}},
		auditRow{class: "qfirst/particle name opening a sentence",
			text:     "President Yusuf al-Harrad spoke in Brask on Monday. Al-Harrad said " + n2C1 + ".",
			want:     []quote{{"Yusuf al-Harrad", auI, n2C1}},
			speakers: []string{"Yusuf al-Harrad"}},
	)
	return rows
}

// n2However: an adverb inserted between the speaker and the cue.
func n2However() []auditRow {
	var rows []auditRow
	for _, c := range n2Casts {
		rows = append(rows,
			auditRow{class: "however/X, however, said",
				text:     n2Subj(c) + ", however, said " + n2C1 + ".",
				want:     []quote{{c.name, auI, n2C1}},
				speakers: []string{c.name}},
			auditRow{class: "however/X, for their part, said",
				text:     n2Subj(c) + ", for " + map[string]string{"He": "his", "She": "her"}[c.pron] + " part, said " + n2C2 + ".",
				want:     []quote{{c.name, auI, n2C2}},
				speakers: []string{c.name}},
			auditRow{class: "however/X, meanwhile, told the broadcaster",
				text:     n2Subj(c) + ", meanwhile, told Radio Kessel that " + n2C1 + ".",
				want:     []quote{{c.name, auI, n2C1}},
				speakers: []string{c.name}},
			auditRow{class: "however/but X insisted",
				text:     "The opposition called the vote a fraud. But " + c.subj + " insisted " + n2C2 + ".",
				want:     []quote{{c.name, auI, n2C2}},
				speakers: []string{c.name}},
		)
	}
	return rows
}

// n2Verbs: reported speech with the verbs of conflict reporting, and the
// near misses where the verb takes no clause.
func n2Verbs() []auditRow {
	var rows []auditRow
	for _, c := range n2Casts {
		s := c.subj
		rows = append(rows,
			auditRow{class: "rverb/warned that",
				text:     s + " warned that " + n2C2 + ".",
				want:     []quote{{c.name, auI, n2C2}},
				speakers: []string{c.name}},
			auditRow{class: "rverb/urged the government to",
				text:     s + " urged the Norvan government to reopen the border.",
				want:     []quote{{c.name, auI, "the Norvan government to reopen the border"}},
				speakers: []string{c.name}},
			auditRow{class: "rverb/insisted that",
				text:     s + " insisted that " + n2C1 + ".",
				want:     []quote{{c.name, auI, n2C1}},
				speakers: []string{c.name}},
			auditRow{class: "rverb/denied that",
				text:     s + " denied that " + n2C2 + ".",
				want:     []quote{{c.name, auI, n2C2}},
				speakers: []string{c.name}},
			auditRow{class: "rverb/accused, saying",
				text:     s + " accused Norvan of breaking the truce, saying " + n2C2 + ".",
				want:     []quote{{c.name, auI, n2C2}},
				speakers: []string{c.name}},
			auditRow{class: "rverb/vowed that",
				text:     s + " vowed that " + n2C1 + ".",
				want:     []quote{{c.name, auI, n2C1}},
				speakers: []string{c.name}},
			auditRow{class: "rverb/near miss: called for, no clause",
				text:     s + " called for an immediate ceasefire.",
				exact:    true,
				speakers: []string{}},
			auditRow{class: "rverb/near miss: accused of, no clause",
				text:     s + " accused Norvan of breaking the truce.",
				exact:    true,
				speakers: []string{}},
			auditRow{class: "rverb/near miss: vowed to",
				text:     s + " vowed to rebuild the market.",
				exact:    true,
				speakers: []string{}},
		)
	}
	return rows
}

// n2Coord: a second speaker in a coordinated clause, and the pronoun of
// the next sentence.
var n2Coord = []auditRow{
	{class: "coord/while she insisted, she added",
		text: "Foreign Minister Adel Varo said the talks would resume on Monday, while Health Minister Liesl Kavran insisted that the border would stay shut. She added that the decision was final.",
		want: []quote{{"Adel Varo", auI, "the talks would resume on Monday"},
			{"Liesl Kavran", auI, "the border would stay shut"},
			{"Liesl Kavran", auI, "the decision was final"}},
		speakers: []string{"Adel Varo", "Liesl Kavran"}},
	{class: "coord/while he insisted, he added",
		text: "Health Minister Liesl Kavran said the talks would resume on Monday, while Foreign Minister Adel Varo insisted that the border would stay shut. He added that the decision was final.",
		want: []quote{{"Liesl Kavran", auI, "the talks would resume on Monday"},
			{"Adel Varo", auI, "the border would stay shut"},
			{"Adel Varo", auI, "the decision was final"}},
		speakers: []string{"Adel Varo", "Liesl Kavran"}},
	{class: "coord/while she insisted, he added (the first)", known: n2GivenGender,
		text: "Foreign Minister Adel Varo said the talks would resume on Monday, while Health Minister Liesl Kavran insisted that the border would stay shut. He added that a new envoy would be named.",
		want: []quote{{"Adel Varo", auI, "the talks would resume on Monday"},
			{"Liesl Kavran", auI, "the border would stay shut"},
			{"Adel Varo", auI, "a new envoy would be named"}},
		speakers: []string{"Adel Varo", "Liesl Kavran"}},
	{class: "coord/but the second said",
		text: "Gen. Orhan Dessel said the army had withdrawn from Orsk, but Mayor Ilka Renn said soldiers were still in the town.",
		want: []quote{{"Orhan Dessel", auI, "the army had withdrawn from Orsk"},
			{"Ilka Renn", auI, "soldiers were still in the town"}},
		speakers: []string{"Ilka Renn", "Orhan Dessel"}},
	{class: "coord/and the second warned",
		text: "President Yusuf al-Harrad said the election would go ahead, and opposition leader Sanna Brisk warned that it would be neither free nor fair.",
		want: []quote{{"Yusuf al-Harrad", auI, "the election would go ahead"},
			{"Sanna Brisk", auI, "it would be neither free nor fair"}},
		speakers: []string{"Sanna Brisk", "Yusuf al-Harrad"}},
	{class: "coord/second sentence, however, then the pronoun",
		text: "Foreign Minister Adel Varo said the talks would resume on Monday. Liesl Kavran, the health minister, however, insisted that the border would stay shut. She said the decision was final.",
		want: []quote{{"Adel Varo", auI, "the talks would resume on Monday"},
			{"Liesl Kavran", auI, "the border would stay shut"},
			{"Liesl Kavran", auI, "the decision was final"}},
		speakers: []string{"Adel Varo", "Liesl Kavran"}},
	{class: "coord/while a body insisted",
		text: "Gen. Orhan Dessel said two drones had been shot down, while Norvan's defence ministry insisted that none had been launched.",
		want: []quote{{"Orhan Dessel", auI, "two drones had been shot down"},
			{"Norvan's defence ministry", auI, "none had been launched"}},
		speakers: []string{"Norvan's defence ministry", "Orhan Dessel"}},
	{class: "coord/while an outlet reported (the outlet is no speaker)",
		text:     "Gen. Orhan Dessel said two drones had been shot down, while the official Norvan News Agency reported that none had been launched.",
		want:     []quote{{"Orhan Dessel", auI, "two drones had been shot down"}},
		speakers: []string{"Orhan Dessel"}},
}

// n2Dateline: datelines and bylines are no one.
var n2Dateline = []auditRow{
	{class: "dateline/city, country, dashes",
		text:     "KESSEL, Tannland -- Foreign Minister Adel Varo said on Monday that " + n2C1 + ".",
		want:     []quote{{"Adel Varo", auI, n2C1}},
		speakers: []string{"Adel Varo"}},
	{class: "dateline/city and the broadcaster in brackets",
		text:     "BRASK (Radio Kessel) - The talks have stalled, officials said on Tuesday.",
		want:     []quote{{"", auI, "The talks have stalled"}},
		speakers: []string{}},
	{class: "dateline/byline paragraph then body",
		text:     "By Anna Lorn, Radio Kessel\n\nKESSEL, Tannland -- Health Minister Liesl Kavran said " + n2C2 + ".",
		want:     []quote{{"Liesl Kavran", auI, n2C2}},
		speakers: []string{"Liesl Kavran"}},
	{class: "dateline/byline in a city then a quote",
		text:     "By Anna Lorn in Kessel\n\n“" + n2Q1 + ",” Foreign Minister Adel Varo said on Monday.",
		want:     []quote{{"Adel Varo", auD, n2Q1}},
		speakers: []string{"Adel Varo"}},
	{class: "dateline/sign-off at the end",
		text:     "Foreign Minister Adel Varo said " + n2C1 + ".\n\n(Reporting by Anna Lorn; Editing by Piet Salm)",
		want:     []quote{{"Adel Varo", auI, n2C1}},
		speakers: []string{"Adel Varo"}},
	{class: "dateline/city, date and the broadcaster, then a quote",
		text:     "KESSEL, March 3 (RKI) – “" + n2Q2 + ",” said Liesl Kavran, Tannland's health minister.",
		want:     []quote{{"Liesl Kavran", auD, n2Q2}},
		speakers: []string{"Liesl Kavran"}},
	{class: "dateline/a reporter's line at the end",
		text:     "Foreign Minister Adel Varo said " + n2C1 + ".\n\nAnna Lorn reports from Kessel.",
		want:     []quote{{"Adel Varo", auI, n2C1}},
		speakers: []string{"Adel Varo"}},
	{class: "dateline/two-word city that looks like a name",
		text:     "PORT AVEL, Tannland -- Residents said the water supply had been cut.",
		want:     []quote{{"", auI, "the water supply had been cut"}},
		speakers: []string{}},
	{class: "dateline/city dateline then the anonymous",
		text:     "ORSK, Tannland (RKI) -- An official who was not authorised to speak to the press said the town had been surrounded.",
		want:     []quote{{"", auI, "the town had been surrounded"}},
		speakers: []string{}},
}

// n2Translated: speech given in translation.
var n2Translated = []auditRow{
	{class: "transl/according to a translation by the broadcaster",
		text:     "“" + n2Q1 + ",” Foreign Minister Adel Varo said, according to a translation by Radio Kessel.",
		want:     []quote{{"Adel Varo", auD, n2Q1}},
		speakers: []string{"Adel Varo"}},
	{class: "transl/said in remarks translated by the agency",
		text:     "President Yusuf al-Harrad said in remarks translated by the Norvan News Agency that " + n2C1 + ".",
		want:     []quote{{"Yusuf al-Harrad", auI, n2C1}},
		speakers: []string{"Yusuf al-Harrad"}},
	{class: "transl/said in a language",
		text:     "“" + n2Q2 + ",” Liesl Kavran said in Tannish.",
		want:     []quote{{"Liesl Kavran", auD, n2Q2}},
		speakers: []string{"Liesl Kavran"}},
	{class: "transl/in a language, the pronoun",
		text:     "Gen. Orhan Dessel addressed the troops in Orsk on Friday.\n\n“" + n2Q1 + ",” he said in Norvish.",
		want:     []quote{{"Orhan Dessel", auD, n2Q1}},
		speakers: []string{"Orhan Dessel"}},
	{class: "transl/quoted by the agency, translated",
		text:     "Interior Minister Selim Arvo was quoted by the Norvan News Agency as saying, in translation, that the border would stay closed.",
		want:     []quote{{"Selim Arvo", auI, "the border would stay closed"}},
		speakers: []string{"Selim Arvo"}},
}

// n2Stories: whole short stories of many voices, the house style of the
// genre: one or two sentences a paragraph.
var n2Stories = []auditRow{
	{class: "story/ceasefire: minister, agency, resident, anonymous, pronoun",
		text: "KESSEL, Tannland -- Tannland and Norvan agreed on Sunday to a three-day ceasefire in the border region, officials said.\n\n" +
			"Foreign Minister Adel Varo told Radio Kessel that " + n2C1 + ".\n\n" +
			"“" + n2Q1 + ",” he said.\n\n" +
			"The official Norvan News Agency reported that two shells had landed near Orsk on Sunday morning.\n\n" +
			"One resident of Orsk, who gave only her first name, Mira, said the shelling had lasted all night.\n\n" +
			"“We have had no water for a week,” she said.\n\n" +
			"An official who spoke on condition of anonymity because he was not authorised to talk to the press said the deal remained fragile.",
		want: []quote{
			{"", auI, "Tannland and Norvan agreed on Sunday to a three-day ceasefire in the border region"},
			{"Adel Varo", auI, n2C1},
			{"Adel Varo", auD, n2Q1},
			{"Mira", auI, "the shelling had lasted all night"},
			{"Mira", auD, "We have had no water for a week"},
			{"", auI, "the deal remained fragile"},
		},
		speakers: []string{"Adel Varo", "Mira"}},
	{class: "story/election: president, opposition, state TV, interpreter",
		text: "BRASK (RKI) -- President Yusuf al-Harrad said in a televised address on Saturday that the election would go ahead in May.\n\n" +
			"State television showed crowds gathering in the capital's main square.\n\n" +
			"Opposition leader Sanna Brisk, however, said the vote would be “a farce”.\n\n" +
			"“" + n2Q2 + ",” Ms Brisk told Radio Kessel through an interpreter.\n\n" +
			"The Norvan foreign ministry said it was following events closely.",
		want: []quote{
			{"Yusuf al-Harrad", auI, "the election would go ahead in May"},
			{"Sanna Brisk", auM, "the vote would be “a farce”"},
			{"Sanna Brisk", auD, n2Q2},
			{"Norvan foreign ministry", auI, "it was following events closely"},
		},
		speakers: []string{"Norvan foreign ministry", "Sanna Brisk", "Yusuf al-Harrad"}},
	{class: "story/attack: army, group, residents, the general",
		text: "ORSK, Tannland -- At least 12 people were killed when a car bomb exploded at a market in Orsk on Friday, local media reported.\n\n" +
			"The army said in a statement that the attackers had been identified.\n\n" +
			"The Kessel Liberation Front claimed responsibility for the attack.\n\n" +
			"“The whole street shook,” said Pavel Drost, 61, who runs a bakery near the market.\n\n" +
			"Gen. Orhan Dessel told a news conference in Brask that more troops would be sent to the region. He warned that further attacks were likely.",
		want: []quote{
			{"", auI, "the attackers had been identified"},
			{"Pavel Drost", auD, "The whole street shook"},
			{"Orhan Dessel", auI, "more troops would be sent to the region"},
			{"Orhan Dessel", auI, "further attacks were likely"},
		},
		speakers: []string{"Orhan Dessel", "Pavel Drost"}},
	{class: "story/talks: two ministers alternating by surname",
		text: "Foreign Minister Adel Varo and his Norvan counterpart, Edda Quist, met in Brask on Tuesday.\n\n" +
			"Mr Varo said the meeting had been “constructive”.\n\n" +
			"Ms Quist said " + n2C2 + ".\n\n" +
			"“" + n2Q1 + ",” Mr Varo told reporters afterwards.\n\n" +
			"She did not comment on the prisoners.",
		want: []quote{
			{"Adel Varo", auM, "the meeting had been “constructive”"},
			{"Edda Quist", auI, n2C2},
			{"Adel Varo", auD, n2Q1},
		},
		speakers: []string{"Adel Varo", "Edda Quist"}},
}

// Batch 2 (n2FixRows): the classes the first pass failed, each crossed
// with more frames and near misses that must not change, written before
// the fixes were kept.
var n2FixRows = []auditRow{
	// A station named after "Radio" is an outlet, a source.
	{class: "radio/according to, three words",
		text:     "According to Radio Free Orrin, the convoy was hit near the border.",
		want:     []quote{{"", auI, "the convoy was hit near the border"}},
		speakers: []string{}},
	{class: "radio/the station reported, after",
		text:     "The convoy was hit near the border, Radio Kessel reported.",
		speakers: []string{}},
	{class: "radio/the station said",
		text:     "Radio Kessel said the president had left the capital.",
		speakers: []string{}},
	{class: "radio/near miss: a union named after the station",
		text:     "The Radio Kessel Workers Union said that its members would strike on Friday.",
		want:     []quote{{"Radio Kessel Workers Union", auI, "its members would strike on Friday"}},
		speakers: []string{"Radio Kessel Workers Union"}},
	{class: "radio/near miss: a person told the station",
		text:     "“" + n2Q1 + ",” Interior Minister Selim Arvo told Radio Kessel.",
		want:     []quote{{"Selim Arvo", auD, n2Q1}},
		speakers: []string{"Selim Arvo"}},
	// An armed group's name holding an outlet's name.
	{class: "libgroup/national liberation army said in a statement",
		text:     "The Orrin National Liberation Army said in a statement that its fighters had withdrawn from Orsk.",
		want:     []quote{{"Orrin National Liberation Army", auI, "its fighters had withdrawn from Orsk"}},
		speakers: []string{"Orrin National Liberation Army"}},
	{class: "libgroup/cue last",
		text:     "Its fighters had withdrawn from Orsk, the Kessel Liberation Front said.",
		want:     []quote{{"Kessel Liberation Front", auI, "Its fighters had withdrawn from Orsk"}},
		speakers: []string{"Kessel Liberation Front"}},
	{class: "libgroup/near miss: the daily by its name reported",
		text:     "The daily Liberation reported that the minister had resigned.",
		speakers: []string{}},
	// A fictional country's body by its possessive or its name.
	{class: "state/country's government said",
		text:     "Orrin's government said the ambassador had been recalled.",
		want:     []quote{{"Orrin's government", auI, "the ambassador had been recalled"}},
		speakers: []string{"Orrin's government"}},
	{class: "state/the country's ministry, cue last",
		text:     "The ambassador had been recalled, Orrin's interior ministry said.",
		want:     []quote{{"Orrin's interior ministry", auI, "The ambassador had been recalled"}},
		speakers: []string{"Orrin's interior ministry"}},
	{class: "state/the name, the ministry",
		text:     "The Orrin defence ministry said two drones had been shot down.",
		want:     []quote{{"Orrin defence ministry", auI, "two drones had been shot down"}},
		speakers: []string{"Orrin defence ministry"}},
	{class: "state/near miss: a named minister's ministry",
		text:     "Adel Varo is the foreign minister. Varo's ministry said the border would reopen.",
		want:     []quote{{"Adel Varo", auI, "the border would reopen"}},
		speakers: []string{"Adel Varo"}},
	{class: "state/near miss: the country's army did, said nothing",
		text:     "Tannland's army withdrew from Orsk on Friday.",
		exact:    true,
		speakers: []string{}},
	// A second speaker after ", while": a name and a body's noun.
	{class: "coord2/while the country's military said",
		text: "Interior Minister Selim Arvo said the border was calm, while Orrin's military said its troops had been fired on.",
		want: []quote{{"Selim Arvo", auI, "the border was calm"},
			{"Orrin's military", auI, "its troops had been fired on"}},
		speakers: []string{"Orrin's military", "Selim Arvo"}},
	{class: "coord2/but the town's police said",
		text: "Mayor Ilka Renn said the protest had been peaceful, but Kessel police said 12 officers had been injured.",
		want: []quote{{"Ilka Renn", auI, "the protest had been peaceful"},
			{"Kessel police", auI, "12 officers had been injured"}},
		speakers: []string{"Ilka Renn", "Kessel police"}},
	// A name given by an unnamed speaker after an inverted cue.
	{class: "given/said a protester who gave his name only as",
		text:     "“We are not afraid any more,” said a protester who gave his name only as Tomas.",
		want:     []quote{{"Tomas", auD, "We are not afraid any more"}},
		speakers: []string{"Tomas"}},
	{class: "given/said one woman who would give only her first name",
		text:     "“We sleep in the car,” said one woman, who would give only her first name, Ilse.",
		want:     []quote{{"Ilse", auD, "We sleep in the car"}},
		speakers: []string{"Ilse"}},
	{class: "given/near miss: said one resident, a teacher",
		text:     "“We sleep in the car,” said one resident, a teacher.",
		want:     []quote{{"", auD, "We sleep in the car"}},
		speakers: []string{}},
	// The pronoun after an unnamed speaker with a relative clause and no
	// commas.
	{class: "relanon/a diplomat who attended, she added",
		text:     "Health Minister Liesl Kavran flew to Brask on Monday.\n\nA diplomat who attended the talks said they had stalled. She added that no date had been set.",
		want:     []quote{{"", auI, "they had stalled"}, {"", auI, "no date had been set"}},
		speakers: []string{}},
	{class: "relanon/a soldier who asked not to be named, he said",
		text:     "Gen. Orhan Dessel inspected the front on Friday.\n\nA soldier who asked not to be named said the unit had run out of fuel. He said the trucks had not come for a week.",
		want:     []quote{{"", auI, "the unit had run out of fuel"}, {"", auI, "the trucks had not come for a week"}},
		speakers: []string{}},
	{class: "relanon/near miss: a named person with a relative clause",
		text:     "Liesl Kavran, who attended the talks, said they had stalled. She added that no date had been set.",
		want:     []quote{{"Liesl Kavran", auI, "they had stalled"}, {"Liesl Kavran", auI, "no date had been set"}},
		speakers: []string{"Liesl Kavran"}},
	{class: "relanon/near miss: the named speaker after the unnamed one",
		text:     "An official who spoke on condition of anonymity said the talks had stalled. Foreign Minister Adel Varo, however, said they would resume. He added that a date would be set soon.",
		want:     []quote{{"", auI, "the talks had stalled"}, {"Adel Varo", auI, "they would resume"}, {"Adel Varo", auI, "a date would be set soon"}},
		speakers: []string{"Adel Varo"}},
}

// Batch 3 (n2Rows3): more of the genre's house style, written whole
// and run once before any fix: the speaker's words carried by an outlet,
// titles and ranks written without full stops ("Lt Gen", "Dr"), the
// present tense of the broadcaster's copy ("says"), names with particles
// and single names, spokespeople named after their body, witnesses, and
// the furniture of the page (subheadings, "Watch:", "Read more:").
func n2Rows3() []auditRow {
	var rows []auditRow
	type carried struct{ class, frame string }
	// The speaker's own words, an outlet carrying them: the speaker speaks.
	for _, f := range []carried{
		{"carried/in comments carried by the agency", "In comments carried by the official Norvan News Agency, {S} said {C}."},
		{"carried/said in remarks carried by state television", "{S} said in remarks carried by state television that {C}."},
		{"carried/said, according to the agency", "{S} said {C}, according to the official Norvan News Agency."},
		{"carried/according to state media, X said", "According to state media, {S} said {C}."},
		{"carried/quoted by the agency as saying", "{S} was quoted by the Norvan News Agency as saying {C}."},
		{"carried/the agency quoted X as saying", "The Norvan News Agency quoted {S} as saying {C}."},
	} {
		for _, c := range n2Casts[:2] {
			// The subject always has a word after it: an apposition
			// keeps its closing comma.
			text := strings.ReplaceAll(strings.ReplaceAll(f.frame, "{S}", c.subj), "{C}", n2C1)
			rows = append(rows, auditRow{class: f.class, text: text,
				want: []quote{{c.name, auI, n2C1}}, speakers: []string{c.name}})
		}
	}
	// Ranks and honorifics written without full stops, the broadcaster's
	// style, first and on second reference.
	type titled struct{ subj, second, name string }
	for _, t := range []titled{
		{"Lt Gen Orhan Dessel", "Gen Dessel", "Orhan Dessel"},
		{"Maj Gen Ilan Sorel", "Gen Sorel", "Ilan Sorel"},
		{"Dr Liesl Kavran", "Dr Kavran", "Liesl Kavran"},
		{"Sheikh Amir Tallal", "Sheikh Amir", "Amir Tallal"},
		{"Col Idris Maalek", "Col Maalek", "Idris Maalek"},
	} {
		rows = append(rows,
			auditRow{class: "nodot/title without a full stop, said",
				text:     t.subj + " said " + n2C2 + ".",
				want:     []quote{{t.name, auI, n2C2}},
				speakers: []string{t.name}},
			auditRow{class: "nodot/second reference, quote first",
				text:     t.subj + " arrived in Orsk on Friday.\n\n“" + n2Q1 + ",” " + t.second + " said.",
				want:     []quote{{t.name, auD, n2Q1}},
				speakers: []string{t.name}},
		)
	}
	// The present tense of the copy.
	for _, c := range n2Casts {
		rows = append(rows,
			auditRow{class: "says/X says that",
				text:     c.subj + " says " + strings.ReplaceAll(n2C1, "would", "will") + ".",
				want:     []quote{{c.name, auI, strings.ReplaceAll(n2C1, "would", "will")}},
				speakers: []string{c.name}},
			auditRow{class: "says/quote, pronoun says, after an introduction",
				text:     c.subj + " has led the talks since May.\n\n“" + n2Q2 + ",” " + strings.ToLower(c.pron) + " says.",
				want:     []quote{{c.name, auD, n2Q2}},
				speakers: []string{c.name}},
		)
	}
	// Names with particles and single names.
	type named struct{ subj, name string }
	for _, n := range []named{
		{"Omar bin Tallal, the interior minister,", "Omar bin Tallal"},
		{"Ruud van der Meer, a Norvan negotiator,", "Ruud van der Meer"},
		{"Suharno, the regional governor,", "Suharno"},
		{"Abu Karim al-Hassi, a tribal elder,", "Abu Karim al-Hassi"},
		{"Nguyen Thi Lan, a nurse in Orsk,", "Nguyen Thi Lan"},
	} {
		rows = append(rows,
			auditRow{class: "particle/apposition then said",
				text:     n.subj + " said " + n2C2 + ".",
				want:     []quote{{n.name, auI, n2C2}},
				speakers: []string{n.name}},
			auditRow{class: "particle/quote, said name and role",
				text:     "“" + n2Q1 + ",” said " + strings.TrimSuffix(n.subj, ",") + ".",
				want:     []quote{{n.name, auD, n2Q1}},
				speakers: []string{n.name}},
		)
	}
	rows = append(rows,
		// Spokespeople named after their body.
		auditRow{class: "spokes/the body's spokesman, named",
			text:     "Foreign ministry spokesman Piet Varn said " + n2C1 + ".",
			want:     []quote{{"Piet Varn", auI, n2C1}},
			speakers: []string{"Piet Varn"}},
		auditRow{class: "spokes/a spokesman for the president, named after",
			text:     "A spokesman for the president, Idris Kel, told Radio Kessel that " + n2C2 + ".",
			want:     []quote{{"Idris Kel", auI, n2C2}},
			speakers: []string{"Idris Kel"}},
		auditRow{class: "spokes/the person's office said",
			text:     "President Yusuf al-Harrad left for Brask on Monday.\n\nMr al-Harrad's office said " + n2C1 + ".",
			want:     []quote{{"Yusuf al-Harrad", auI, n2C1}},
			speakers: []string{"Yusuf al-Harrad"}},
		auditRow{class: "spokes/a body, its initials later",
			text:     "The Orrin Relief Agency (ORA) said 4,000 families had fled Orsk.\n\nThe ORA said " + n2C1 + ".",
			want:     []quote{{"Orrin Relief Agency", auI, "4,000 families had fled Orsk"}, {"Orrin Relief Agency", auI, n2C1}},
			speakers: []string{"Orrin Relief Agency"}},
		// Witnesses and eyewitnesses.
		auditRow{class: "witness/eyewitnesses told the broadcaster",
			text:     "Eyewitnesses told Radio Kessel that the building had collapsed within seconds.",
			want:     []quote{{"", auI, "the building had collapsed within seconds"}},
			speakers: []string{}},
		auditRow{class: "witness/witnesses said, cue last",
			text:     "The building collapsed within seconds, witnesses said.",
			want:     []quote{{"", auI, "The building collapsed within seconds"}},
			speakers: []string{}},
		auditRow{class: "witness/one witness, after a named minister",
			text:     "Interior Minister Selim Arvo visited the site on Friday.\n\n“It fell like a house of cards,” one witness told Radio Kessel.",
			want:     []quote{{"", auD, "It fell like a house of cards"}},
			speakers: []string{}},
		// The furniture of the page: no speaker.
		auditRow{class: "furniture/a subheading between a speaker's paragraphs",
			text:     "Foreign Minister Adel Varo said " + n2C1 + ".\n\nWhat happens next?\n\n“" + n2Q1 + ",” he said.",
			want:     []quote{{"Adel Varo", auI, n2C1}, {"Adel Varo", auD, n2Q1}},
			speakers: []string{"Adel Varo"}},
		auditRow{class: "furniture/Watch: line",
			text:     "Foreign Minister Adel Varo said " + n2C1 + ".\n\nWatch: Crowds gather in Kessel as talks resume\n\n“" + n2Q1 + ",” Mr Varo said.",
			want:     []quote{{"Adel Varo", auI, n2C1}, {"Adel Varo", auD, n2Q1}},
			speakers: []string{"Adel Varo"}},
		auditRow{class: "furniture/Read more: line, a headline with says",
			text:     "Foreign Minister Adel Varo said " + n2C1 + ".\n\nRead more: Kessel mayor says city is ready for refugees\n\nHealth Minister Liesl Kavran said " + n2C2 + ".",
			want:     []quote{{"Adel Varo", auI, n2C1}, {"Liesl Kavran", auI, n2C2}},
			speakers: []string{"Adel Varo", "Liesl Kavran"}},
		// A quotation running over two paragraphs, British style (no
		// closing mark at the end of the first).
		auditRow{class: "run/a quotation over two paragraphs",
			text:     "Foreign Minister Adel Varo spoke in Brask on Monday.\n\n“" + n2Q1 + ".\n\n“" + n2Q2 + ",” he said.",
			want:     []quote{{"Adel Varo", auD, n2Q1}, {"Adel Varo", auD, n2Q2}},
			speakers: []string{"Adel Varo"}},
		// Brackets inside a translated quotation.
		auditRow{class: "run/brackets inside the quotation",
			text:     "“We will fight [on] until the last village is free,” Gen. Orhan Dessel said.",
			want:     []quote{{"Orhan Dessel", auD, "We will fight [on] until the last village is free"}},
			speakers: []string{"Orhan Dessel"}},
	)
	return rows
}

// Batch 4 (n2Stories2): longer stories in the web copy of a public
// broadcaster, written whole and run once before any fix: picture
// captions and their sources, a speaker's words split by the cue, "X
// said:" and a colon, "Asked whether ..., X said", a post on a social
// network, the broadcaster's own request for comment, a body by
// "according to", and an analyst named after a description.
var n2Stories2 = []auditRow{
	{class: "story2/captions between the paragraphs",
		text: "Tannland and Norvan have agreed to reopen their shared border for the first time in three years.\n\n" +
			"Image source, Getty Images\n\n" +
			"Image caption, Edda Quist (left) and Adel Varo met in Brask on Monday\n\n" +
			"Foreign Minister Adel Varo said the agreement was “a first step”.\n\n" +
			"“We will not negotiate while our towns are being shelled,” Mr Varo said. “Not now, not ever.”\n\n" +
			"His Norvan counterpart, Edda Quist, said: “" + n2Q2 + ".”",
		want: []quote{
			{"Adel Varo", auM, "the agreement was “a first step”"},
			{"Adel Varo", auD, "We will not negotiate while our towns are being shelled"},
			{"Adel Varo", auD, "Not now, not ever."},
			{"Edda Quist", auD, n2Q2},
		},
		speakers: []string{"Adel Varo", "Edda Quist"}},
	{class: "story2/asked whether, a post on a social network, comment sought",
		text: "Health Minister Liesl Kavran has defended the decision to close three hospitals in Orsk.\n\n" +
			"Asked whether the closures would cost lives, Ms Kavran said: “No patient will be left without care.”\n\n" +
			"In a post on X, formerly Twitter, opposition leader Sanna Brisk wrote: “This is a betrayal of the north.”\n\n" +
			"Radio Kessel has contacted the health ministry for comment.",
		want: []quote{
			{"Liesl Kavran", auD, "No patient will be left without care."},
			{"Sanna Brisk", auD, "This is a betrayal of the north."},
		},
		speakers: []string{"Liesl Kavran", "Sanna Brisk"}},
	{class: "story2/according to a body, an analyst, the remarks came",
		text: "At least 4,000 families have fled Orsk since Friday, according to the Orrin Relief Agency.\n\n" +
			"The remarks came as President Yusuf al-Harrad prepared to visit the region.\n\n" +
			"“" + n2Q1 + ",” he told reporters before leaving Brask.\n\n" +
			"Others were less hopeful. One analyst, Tomas Vek of the Brask Institute, said the truce was unlikely to last the winter.",
		want: []quote{
			{"Orrin Relief Agency", auI, "At least 4,000 families have fled Orsk since Friday"},
			{"Yusuf al-Harrad", auD, n2Q1},
			{"Tomas Vek", auI, "the truce was unlikely to last the winter"},
		},
		speakers: []string{"Orrin Relief Agency", "Tomas Vek", "Yusuf al-Harrad"}},
	{class: "story2/speaking to reporters, she added, a colon",
		text: "Liesl Kavran, Tannland's health minister, visited the camp at Orsk on Tuesday.\n\n" +
			"Speaking to reporters at the camp, she added: “" + n2Q2 + ".”\n\n" +
			"Aid workers said supplies of clean water were running low.\n\n" +
			"“We need trucks, not speeches,” said Marta Oyelaran of the Orrin Relief Agency.",
		want: []quote{
			{"Liesl Kavran", auD, n2Q2},
			{"", auI, "supplies of clean water were running low"},
			{"Marta Oyelaran", auD, "We need trucks, not speeches"},
		},
		speakers: []string{"Liesl Kavran", "Marta Oyelaran"}},
	{class: "story2/the army's claim and the group's denial",
		text: "ORSK, Tannland (RKI) -- The Tannish army says it has killed 14 fighters of the Kessel Liberation Front in an overnight raid.\n\n" +
			"The group denied the claim, saying only two of its members had died.\n\n" +
			"Its spokesman, Farid Osk, told Radio Kessel by phone that the dead were “civilians, not fighters”.\n\n" +
			"The army's claims could not be independently verified.",
		want: []quote{
			{"Tannish army", auI, "it has killed 14 fighters of the Kessel Liberation Front in an overnight raid"},
			{"", auI, "only two of its members had died"},
			{"Farid Osk", auM, "the dead were “civilians, not fighters”"},
		},
		speakers: []string{"Farid Osk", "Tannish army"}},
}

// Batch 5 (n2Rows5), written from what batches 3 and 4 showed when
// their frames were varied by hand, whole and run once before the fixes:
// "the Norvan leader" for a head of state or government named with the
// title, and an unnamed or first-named speaker's request that their name
// be withheld, which is no reported speech.
func n2Rows5() []auditRow {
	var rows []auditRow
	type head struct{ subj, name, descr string }
	for _, h := range []head{
		{"President Ilya Dorn", "Ilya Dorn", "the Norvan leader"},
		{"Prime Minister Tanabe Haruki", "Tanabe Haruki", "the Tannish leader"},
		{"Chancellor Edda Quist", "Edda Quist", "the Orrin leader"},
		{"Premier Ruud Vell", "Ruud Vell", "the leader"},
	} {
		rows = append(rows,
			auditRow{class: "leader/the nation's leader said",
				text:     h.subj + " flew to Orsk on Monday. " + n2Cap(h.descr) + " said " + n2C1 + ".",
				want:     []quote{{h.name, auI, n2C1}},
				speakers: []string{h.name}},
			auditRow{class: "leader/quote, the leader said, next paragraph",
				text:     h.subj + " flew to Orsk on Monday.\n\n“" + n2Q1 + ",” " + h.descr + " said.",
				want:     []quote{{h.name, auD, n2Q1}},
				speakers: []string{h.name}},
			auditRow{class: "leader/the leader told reporters that",
				text:     h.subj + " arrived in Brask late on Sunday. " + n2Cap(h.descr) + " told reporters that " + n2C2 + ".",
				want:     []quote{{h.name, auI, n2C2}},
				speakers: []string{h.name}},
		)
	}
	rows = append(rows,
		auditRow{class: "leader/near miss: the opposition leader after the president",
			text:     "President Ilya Dorn met opposition leader Sanna Brisk on Monday. The opposition leader said " + n2C1 + ".",
			want:     []quote{{"Sanna Brisk", auI, n2C1}},
			speakers: []string{"Sanna Brisk"}},
		auditRow{class: "leader/near miss: the union leader after the president",
			text:     "President Ilya Dorn met union leader Tomas Vek on Monday. The union leader said " + n2C1 + ".",
			want:     []quote{{"Tomas Vek", auI, n2C1}},
			speakers: []string{"Tomas Vek"}},
		auditRow{class: "leader/near miss: the president, by the title",
			text:     "President Ilya Dorn flew to Orsk on Monday. The president said " + n2C1 + ".",
			want:     []quote{{"Ilya Dorn", auI, n2C1}},
			speakers: []string{"Ilya Dorn"}},
	)
	type withheld struct{ text, name string }
	for _, w := range []withheld{
		{"Mira, who asked that her surname not be used, said " + n2C2 + ".", "Mira"},
		{"A teacher, who asked that his name not be published for fear of reprisals, said " + n2C2 + ".", ""},
		{"Tomas, who requested that his full name be withheld, said " + n2C2 + ".", "Tomas"},
		{"One resident, who asked that her identity not be revealed, told Radio Kessel that " + n2C2 + ".", ""},
		{"A soldier who asked that his name not be used said " + n2C2 + ".", ""},
	} {
		sp := []string{}
		if w.name != "" {
			sp = []string{w.name}
		}
		rows = append(rows, auditRow{class: "withheld/asked that the name not be used",
			text: w.text, want: []quote{{w.name, auI, n2C2}}, speakers: sp, exact: true})
	}
	rows = append(rows,
		auditRow{class: "withheld/near miss: asked that a relative be released",
			text:     "Mira asked that her brother be released.",
			want:     []quote{{"Mira", auI, "her brother be released"}},
			speakers: []string{"Mira"}, exact: true},
		auditRow{class: "withheld/near miss: the council asked that residents stay indoors",
			text:  "The council asked that residents stay indoors.",
			want:  []quote{{"", auI, "residents stay indoors"}},
			exact: true},
	)
	return rows
}

// Batch 6 (n2Rows6), from more frames varied by hand, written whole and
// run once: a reporter's aside in brackets after the cue ("said on
// Tuesday (local time) that"), and the progressive with an adverb of
// time ("is now telling X that"). Both fixes were written and then left
// out (see the known mechanisms), since each cost a dev set's
// attribution more than 0.002 by recalling a quotation it could not
// attribute.
func n2Rows6() []auditRow {
	var rows []auditRow
	for _, c := range n2Casts[:2] {
		rows = append(rows,
			auditRow{class: "paren/said on a day (local time) that",
				text:     c.subj + " said on Tuesday (local time) that " + n2C1 + ".",
				want:     []quote{{c.name, auI, n2C1}},
				speakers: []string{c.name}},
			auditRow{class: "paren/said late on a day (an hour GMT), no that",
				text:     c.subj + " said late on Tuesday (11:00 GMT) " + n2C2 + ".",
				want:     []quote{{c.name, auI, n2C2}},
				speakers: []string{c.name}},
			auditRow{class: "paren/said (in a language) that",
				text:     c.subj + " said (in Tannish) that " + n2C1 + ".",
				want:     []quote{{c.name, auI, n2C1}},
				speakers: []string{c.name}},
			auditRow{class: "paren/the clause, cue last with the aside",
				text:     n2Cap(n2C2) + ", " + c.subj + " said on Tuesday (local time).",
				want:     []quote{{c.name, auI, n2Cap(n2C2)}},
				speakers: []string{c.name}},
			auditRow{class: "paren/near miss: the aside after the name",
				text:     c.subj + " (pictured) said " + n2C1 + ".",
				want:     []quote{{c.name, auI, n2C1}},
				speakers: []string{c.name}},
			auditRow{class: "paren/near miss: told reporters with the aside",
				text:     c.subj + " told reporters on Tuesday (local time) that " + n2C1 + ".",
				want:     []quote{{c.name, auI, n2C1}},
				speakers: []string{c.name}},
		)
	}
	for _, c := range n2Casts[2:] {
		rows = append(rows,
			auditRow{class: "progadv/is now telling the body that",
				text:     c.subj + " is now telling the Norvan government that " + strings.ReplaceAll(n2C1, "would", "will") + ".",
				want:     []quote{{c.name, auI, strings.ReplaceAll(n2C1, "would", "will")}},
				speakers: []string{c.name}},
			auditRow{class: "progadv/is now saying that",
				text:     c.subj + " is now saying that " + strings.ReplaceAll(n2C1, "would", "will") + ".",
				want:     []quote{{c.name, auI, strings.ReplaceAll(n2C1, "would", "will")}},
				speakers: []string{c.name}},
			auditRow{class: "progadv/are still insisting",
				text: "Officials loyal to " + c.subj + " are still insisting that " + n2C2 + ".",
				want: []quote{{"", auI, n2C2}}},
			auditRow{class: "progadv/near miss: is also saying",
				text:     c.subj + " is also saying that " + strings.ReplaceAll(n2C1, "would", "will") + ".",
				want:     []quote{{c.name, auI, strings.ReplaceAll(n2C1, "would", "will")}},
				speakers: []string{c.name}},
			auditRow{class: "progadv/near miss: is now running the ministry",
				text:     c.subj + " is now running the ministry.",
				exact:    true,
				speakers: []string{}},
		)
	}
	return rows
}

// Batch 7 (n2Rows7): the block of other stories' headlines a
// broadcaster's page sets after the story ("More on this story", then a
// headline and its "Published ..." line a paragraph each), written whole
// and run once before its fix. Its speech verbs and scare quotes report
// nothing in this story.
func n2Rows7() []auditRow {
	var rows []auditRow
	story := "Foreign Minister Adel Varo said " + n2C1 + ".\n\n“" + n2Q1 + ",” he said."
	want := []quote{{"Adel Varo", auI, n2C1}, {"Adel Varo", auD, n2Q1}}
	for _, label := range []string{"More on this story", "Related stories", "Related Topics", "Top Stories"} {
		rows = append(rows,
			auditRow{class: "related/headlines with says and a scare quote",
				text: story + "\n\n" + label + "\n\nTannland minister says border will reopen\n\nPublished 3 days ago\n\n" +
					"Norvan leader Dorn warns of ‘long war’\n\nPublished 1 March",
				want: want, speakers: []string{"Adel Varo"}, exact: true},
			auditRow{class: "related/a named speaker's headline",
				text: story + "\n\n" + label + "\n\nKavran: Hospitals in Orsk will stay open\n\nOrrin aid chief Marta Oyelaran says camps are full",
				want: want, speakers: []string{"Adel Varo"}, exact: true},
		)
	}
	rows = append(rows,
		auditRow{class: "related/near miss: a subheading inside the story",
			text:     "Foreign Minister Adel Varo said " + n2C1 + ".\n\nWhat the deal means\n\nHealth Minister Liesl Kavran said " + n2C2 + ".",
			want:     []quote{{"Adel Varo", auI, n2C1}, {"Liesl Kavran", auI, n2C2}},
			speakers: []string{"Adel Varo", "Liesl Kavran"}},
		auditRow{class: "related/near miss: the story goes on after a short line",
			text:     "Foreign Minister Adel Varo said " + n2C1 + ".\n\nTop stories\n\nHealth Minister Liesl Kavran said " + n2C2 + ".",
			want:     []quote{{"Adel Varo", auI, n2C1}, {"Liesl Kavran", auI, n2C2}},
			speakers: []string{"Adel Varo", "Liesl Kavran"}},
	)
	return rows
}

// Batch 8 (n2Rows8): the short paragraphs of the genre put two or three
// paragraphs between a speaker and the pronoun that goes back to them: a
// woman accuses, a man answers in two paragraphs, then "She said" (and
// the same with the sexes swapped). Written whole and run once before
// the fix.
func n2Rows8() []auditRow {
	var rows []auditRow
	type pair struct{ first, firstName, other, otherName, pron string }
	for _, p := range []pair{
		{"Opposition leader Sanna Brisk", "Sanna Brisk", "President John Harrad", "John Harrad", "She"},
		{"Opposition leader Anna Brisk", "Anna Brisk", "President Yusuf al-Harrad", "Yusuf al-Harrad", "She"},
		{"Opposition leader Tomas Brisk", "Tomas Brisk", "President Maria Harrad", "Maria Harrad", "He"},
	} {
		other := map[string]string{"She": "he", "He": "she"}[p.pron]
		opening := p.first + " accused the government of betraying the north.\n\n" +
			p.other + " rejected the criticism.\n\n“The north is safe,” " + other + " told Radio Kessel.\n\n"
		rows = append(rows,
			auditRow{class: "farpron/she later said, past a quotation paragraph",
				text:     opening + p.pron + " later said " + n2C1 + ".",
				want:     []quote{{p.otherName, auD, "The north is safe"}, {p.firstName, auI, n2C1}},
				speakers: []string{p.firstName, p.otherName}},
			auditRow{class: "farpron/quote, she said",
				text:     opening + "“" + n2Q2 + ",” " + strings.ToLower(p.pron) + " said.",
				want:     []quote{{p.otherName, auD, "The north is safe"}, {p.firstName, auD, n2Q2}},
				speakers: []string{p.firstName, p.otherName}},
			auditRow{class: "farpron/she told the broadcaster that",
				text:     opening + p.pron + " told Radio Kessel that " + n2C2 + ".",
				want:     []quote{{p.otherName, auD, "The north is safe"}, {p.firstName, auI, n2C2}},
				speakers: []string{p.firstName, p.otherName}},
			auditRow{class: "farpron/near miss: the same gender goes on",
				text:     opening + strings.ToUpper(other[:1]) + other[1:] + " added that " + n2C2 + ".",
				want:     []quote{{p.otherName, auD, "The north is safe"}, {p.otherName, auI, n2C2}},
				speakers: []string{p.otherName}},
		)
	}
	return rows
}

// Batch 9 (n2Rows9): "the ministry" after a ministry named by its
// country and portfolio ("Tannland's foreign ministry ... The ministry
// said"), written whole and run once before the fix.
func n2Rows9() []auditRow {
	var rows []auditRow
	type min struct{ subj, name string }
	for _, m := range []min{
		{"Tannland's foreign ministry", "Tannland's foreign ministry"},
		{"The Norvan defence ministry", "Norvan defence ministry"},
		{"Orrin's interior ministry", "Orrin's interior ministry"},
	} {
		rows = append(rows,
			auditRow{class: "ministry2/the ministry said, next paragraph",
				text:     m.subj + " said the ambassador had been summoned.\n\nThe ministry said " + n2C1 + ".",
				want:     []quote{{m.name, auI, "the ambassador had been summoned"}, {m.name, auI, n2C1}},
				speakers: []string{m.name}},
			auditRow{class: "ministry2/quote, the ministry said, past another body",
				text:     m.subj + " said the ambassador had been summoned. The Tannish army said it had fired warning shots.\n\n“" + n2Q2 + ",” the ministry said.",
				want:     []quote{{m.name, auI, "the ambassador had been summoned"}, {"Tannish army", auI, "it had fired warning shots"}, {m.name, auD, n2Q2}},
				speakers: []string{m.name, "Tannish army"}},
			auditRow{class: "ministry2/the ministry added that",
				text:     m.subj + " summoned the ambassador on Monday.\n\nThe ministry added that " + n2C2 + ".",
				want:     []quote{{m.name, auI, n2C2}},
				speakers: []string{m.name}},
		)
	}
	rows = append(rows,
		auditRow{class: "ministry2/near miss: two ministries, the portfolio picks",
			text: "Tannland's health ministry said 40 people were in hospital. Tannland's finance ministry said the budget was safe.\n\nThe health ministry said " + n2C1 + ".",
			want: []quote{{"Tannland's health ministry", auI, "40 people were in hospital"}, {"Tannland's finance ministry", auI, "the budget was safe"},
				{"Tannland's health ministry", auI, n2C1}},
			speakers: []string{"Tannland's finance ministry", "Tannland's health ministry"}},
		auditRow{class: "ministry2/near miss: no ministry before",
			text:     "Foreign Minister Adel Varo flew to Brask.\n\nThe ministry said " + n2C1 + ".",
			want:     []quote{{"", auI, n2C1}},
			speakers: []string{}},
	)
	return rows
}

// Batch 10 (n2Rows10): state media by the word for the medium and
// agencies named in apposition, the usual way international copy names
// them ("Norvan state TV said", "Norvan's state news agency, NNA, said",
// "NNA, Norvan's state news agency, said"), written whole and run once
// before the fix; with near misses that keep a person a person.
func n2Rows10() []auditRow {
	var rows []auditRow
	for _, f := range []struct{ class, text string }{
		{"statemedia/the country's state TV said", "Norvan state TV said " + n2C2 + "."},
		{"statemedia/the country's state TV reported that", "Norvan state TV reported that " + n2C2 + "."},
		{"statemedia/local radio, cue last", n2Cap(n2C2) + ", local radio said."},
		{"statemedia/the agency in apposition after", "Norvan's state news agency, NNA, said " + n2C2 + "."},
		{"statemedia/the agency in apposition before", "NNA, Norvan's state news agency, said " + n2C2 + "."},
		{"statemedia/the broadcaster in apposition after", "Norvan's state broadcaster, NBK, said " + n2C2 + "."},
		{"statemedia/the agency in apposition, cue last", n2Cap(n2C2) + ", Norvan's state news agency, NNA, reported."},
		{"statemedia/a word name in apposition", "Norvan's official news agency, Varta, said " + n2C2 + "."},
	} {
		rows = append(rows, auditRow{class: f.class, text: f.text, speakers: []string{}})
	}
	rows = append(rows,
		auditRow{class: "statemedia/near miss: the agency quotes a minister",
			text:     "Norvan's state news agency, NNA, quoted Interior Minister Selim Arvo as saying " + n2C1 + ".",
			want:     []quote{{"Selim Arvo", auI, n2C1}},
			speakers: []string{"Selim Arvo"}},
		auditRow{class: "statemedia/near miss: the newspaper's editor in apposition",
			text:     "Tomas Vek, the newspaper's editor, said " + n2C1 + ".",
			want:     []quote{{"Tomas Vek", auI, n2C1}},
			speakers: []string{"Tomas Vek"}},
		auditRow{class: "statemedia/near miss: a person told state TV",
			text:     "“" + n2Q1 + ",” Interior Minister Selim Arvo told Norvan state TV.",
			want:     []quote{{"Selim Arvo", auD, n2Q1}},
			speakers: []string{"Selim Arvo"}},
	)
	return rows
}

// Batch 11 (n2Rows11): a dateline not in capitals, a place and its
// country before a dash ("Orsk, Tannland — The army said"), as some
// international services write it; written whole and run once before
// the fix. Left in the sentence, "The army" after the dash was a name.
func n2Rows11() []auditRow {
	var rows []auditRow
	for _, dl := range []string{"Orsk, Tannland — ", "Port Avel, Tannland – ", "Kessel, North Orrin — "} {
		rows = append(rows,
			auditRow{class: "dateline2/the army said after a place and country",
				text:     dl + "The army said it had retaken the town of Orsk.",
				want:     []quote{{"", auI, "it had retaken the town of Orsk"}},
				speakers: []string{}},
			auditRow{class: "dateline2/a quotation after a place and country",
				text:     dl + "“" + n2Q1 + ",” said Mira Osk, 34.",
				want:     []quote{{"Mira Osk", auD, n2Q1}},
				speakers: []string{"Mira Osk"}},
		)
	}
	rows = append(rows,
		auditRow{class: "dateline2/near miss: a name and a role before a dash",
			text:     "Anna Lorn, Kessel's mayor — the city's first — said " + n2C1 + ".",
			want:     []quote{{"Anna Lorn", auI, n2C1}},
			speakers: []string{"Anna Lorn"}},
	)
	return rows
}

func n2Rows() []auditRow {
	var rows []auditRow
	for _, g := range [][]auditRow{
		n2Told(), n2Interview(), n2Interp(), n2Venue(), n2Anon, n2Outlets, n2Bodies,
		n2Unnamed, n2QuoteFirst(), n2However(), n2Verbs(), n2Coord, n2Dateline,
		n2Translated, n2Stories, n2FixRows, n2Rows3(), n2Stories2, n2Rows5(), n2Rows6(), n2Rows7(), n2Rows8(), n2Rows9(), n2Rows10(), n2Rows11(),
	} {
		rows = append(rows, g...)
	}
	return rows
}

func TestAuditS16N2(t *testing.T) { runAudit(t, "n2", n2Rows(), *n2Known) }
