package extract_test

import (
	"flag"
	"slices"
	"testing"
)

// Session 16, helper n13: election and parliamentary copy as wire
// services, Wikinews and public broadcasters write it (issue 11). The
// session 11 audit (cases_s11_audit3_test.go) covered US campaign and
// live politics copy; these rows cover parliamentary and party-list
// systems instead: a party as a speaker beside its leader, rallies,
// polls and an electoral commission's results, concessions (the act is
// no speech, "conceded that" is), a chamber voting against its speaker
// ruling, ministers answering MPs, opposition leaders accusing and
// calling for resignations, joint statements of coalitions, a
// presidency and a seat-of-power metonym, an MP's party label in
// brackets, "said on" a social platform, translated quotations, and
// party names made of common words ("Forward", "Renewal", "the Green
// Alliance") that must be neither split nor made people. Every country,
// party, parliament and person is invented. Calls follow
// testdata/README.md: a statement is its body's; "the poll found" alone
// is nobody's, as "the study found" is, and "according to a poll by" a
// named firm or "results published by" a commission are theirs;
// "accused the government of ..." and "called for X's resignation" are
// a noun or gerund object, no quote, while "called on X to resign" is a
// request and a quote; a joint statement of several bodies has no single
// speaker.
//
// FIRST PASS (n13Rows, 79 rows written whole before the engine saw them,
// run once at 81ab519): 72/79 (0.91): chamber 6/6, concede 7/7, joint
// 5/5, label 4/4, minister 6/6, presidency 5/5, rally 5/5, social 4/4,
// translated 3/3, opposition 7/8, party 6/7, partyname 6/7, poll 6/9,
// wire 2/3. Two failures were the rows' own errors, corrected since:
// "Preliminary results showed ..." had wanted no quote (the gold makes it
// nobody's quote, as "the study found"), and "called for Kaspar Dahl to
// resign" had wanted a request (the gold leaves it out; see cues.go).
// With them corrected, 74/79 (0.94). The failing classes: a party named
// by an everyday word opening a sentence ("Renewal said", "Forward, the
// liberal party ..., said") taken for the word (4 rows); a result that
// "showed" a named party doing something, its verb a participle
// ("showed the Civic Front leading with 36 percent"), not found (1); a
// given name that is a capital ("Sofia Laane") cut to the surname (1).
//
// FINAL: n13Rows 77/79, the two left known (bare-party); with the fix
// tables 101/104 (n13PartyFix 12/12, n13ShowFix 7/7, n13PlaceNameFix
// 5/6, city-airport failing before too). Every score set unchanged
// against the branch's start (each fix measured alone and together); a
// first form of the role-word party fix, on any one-word chunk, cost
// dev-j speaker F1 0.968 -> 0.957 ("Republican" beside "the Republican
// party" made a speaker) and now holds only opening a sentence.

// Mechanisms of the known failures.
const (
	n13CityAirport = "city-airport: \"Sofia Airport said\" credits \"Airport\" (failing before this branch too: the capital cut off as a place before a name)"
	n13BareParty   = "bare-party: an everyday word opening the sentence as a party (\"Renewal said it would boycott ...\", \"Renewal said in a statement\") with nothing else in the text calling it a party is the word, by design (commonAtStart): \"in a statement\" alone would make \"Security said in a statement\" a body"
)

var n13KnownFlag = flag.Bool("n13.known", false, "TestAuditS16N13 runs its known failures too")

func TestAuditS16N13(t *testing.T) {
	runAudit(t, "n13", slices.Concat(n13Rows, n13PartyFix, n13ShowFix, n13PlaceNameFix), *n13KnownFlag)
}

var n13Rows = []auditRow{
	// A party as a speaker, and its leader.
	{class: "party/the party said in a statement",
		text:     "The Civic Front said in a statement that it would not join any coalition led by the Renewal party.",
		want:     []quote{{"Civic Front", auI, "it would not join any coalition led by the Renewal party"}},
		speakers: []string{"Civic Front"}, exact: true},
	{class: "party/trailing cue with the party, lead paragraph",
		text:     "The government will fall within weeks if the budget is rejected, the People's Unity Party said on Tuesday.",
		want:     []quote{{"People's Unity Party", auI, "The government will fall within weeks if the budget is rejected"}},
		speakers: []string{"People's Unity Party"}, exact: true},
	{class: "party/the party's leader, named after the party",
		text:     "The Civic Front has ruled out a deal with the far right.\n\nIts leader, Ilse Varga, said the party would rather sit in opposition than \"sell its soul for three ministries\".",
		want:     []quote{{"Ilse Varga", auM, "the party would rather sit in opposition than \"sell its soul for three ministries\""}},
		speakers: []string{"Ilse Varga"}},
	{class: "party/leader of the party said, inverted",
		text:     "\"We will form the next government,\" said Tomas Reventlow, leader of the Renewal party, at its headquarters in Varna Nova.",
		want:     []quote{{"Tomas Reventlow", auD, "We will form the next government"}},
		speakers: []string{"Tomas Reventlow"}, exact: true},
	{class: "party/a spokesman for the party",
		text:     "A spokesman for the Green Alliance said the party had received no offer from the prime minister.",
		want:     []quote{{"Green Alliance", auI, "the party had received no offer from the prime minister"}},
		speakers: []string{"Green Alliance"}, exact: true},
	{class: "party/the party's statement, then its leader quoted",
		text:     "Forward, the liberal party founded only last year, said it had won seats in every region.\n\n\"This is the start of something,\" its founder Dana Petrovan told reporters.",
		want:     []quote{{"Forward", auI, "it had won seats in every region"}, {"Dana Petrovan", auD, "This is the start of something"}},
		speakers: []string{"Forward", "Dana Petrovan"}, exact: true},
	{class: "party/the party alone, no cue: no speaker",
		text:     "The Civic Front won 41 seats in the 200-seat Assembly, up from 29.",
		want:     []quote{},
		speakers: []string{}, exact: true},

	// Rallies.
	{class: "rally/told supporters at a rally in a town",
		text:     "Ilse Varga told supporters at a rally in Ostrevo that the election was \"a choice between two futures\".",
		want:     []quote{{"Ilse Varga", auM, "the election was \"a choice between two futures\""}},
		speakers: []string{"Ilse Varga"}, exact: true},
	{class: "rally/told a rally, direct quote first",
		text:     "\"They have had twelve years and they have wasted them,\" Marek Oszlo told a rally of about 3,000 people in Krasnagora on Saturday.",
		want:     []quote{{"Marek Oszlo", auD, "They have had twelve years and they have wasted them"}},
		speakers: []string{"Marek Oszlo"}, exact: true},
	{class: "rally/addressing a rally, then he said",
		text:     "Addressing a crowd of supporters in the port city of Lessa, Prime Minister Aurel Mincu promised to raise pensions.\n\n\"Nobody who worked all their life should be poor,\" he said.",
		want:     []quote{{"Aurel Mincu", auD, "Nobody who worked all their life should be poor"}},
		speakers: []string{"Aurel Mincu"}},
	{class: "rally/supporters chanted: no speaker",
		text:     "Supporters of the Renewal party chanted \"Reventlow! Reventlow!\" as the results came in.\n\nTomas Reventlow thanked them and said the fight was not over.",
		want:     []quote{{"Tomas Reventlow", auI, "the fight was not over"}},
		speakers: []string{"Tomas Reventlow"}},
	{class: "rally/the crowd near miss: a rally is no speaker",
		text:     "The rally in Ostrevo, organised by the Civic Front, drew about 10,000 people, police said.",
		want:     []quote{{"", auI, "The rally in Ostrevo, organised by the Civic Front, drew about 10,000 people"}},
		speakers: []string{}, exact: true},

	// Polls and an electoral commission's results.
	{class: "poll/the poll found: nobody",
		text:     "The poll found that 38 percent of voters backed the Civic Front, against 31 percent for Renewal.",
		want:     []quote{{"", auI, "38 percent of voters backed the Civic Front, against 31 percent for Renewal"}},
		speakers: []string{}, exact: true},
	{class: "poll/according to a poll by a named firm",
		text:     "Renewal is now the most popular party, according to a poll by the Meridian Research Institute published on Sunday.",
		want:     []quote{{"Meridian Research Institute", auI, "Renewal is now the most popular party"}},
		speakers: []string{"Meridian Research Institute"}, exact: true},
	{class: "poll/results published by the electoral commission showed",
		text:     "Results published by the Central Electoral Commission showed the Civic Front leading with 36.4 percent of the vote.",
		want:     []quote{{"Central Electoral Commission", auI, "the Civic Front leading with 36.4 percent of the vote"}},
		speakers: []string{"Central Electoral Commission"}},
	{class: "poll/the electoral commission said",
		text:     "Turnout was 61.2 percent, the lowest since independence, the Central Electoral Commission said.",
		want:     []quote{{"Central Electoral Commission", auI, "Turnout was 61.2 percent, the lowest since independence"}},
		speakers: []string{"Central Electoral Commission"}, exact: true},
	{class: "poll/the commission's chairwoman",
		text:     "Sofia Laane, who chairs the Central Electoral Commission, told reporters that the count would be finished by Tuesday.",
		want:     []quote{{"Sofia Laane", auI, "the count would be finished by Tuesday"}},
		speakers: []string{"Sofia Laane"}, exact: true},
	{class: "poll/an exit poll for a broadcaster, no cue verb",
		text:     "An exit poll for the public broadcaster KRT gave Renewal 33 percent and the Civic Front 30 percent.",
		want:     []quote{},
		speakers: []string{}, exact: true},
	{class: "poll/preliminary results showed, no body",
		text:     "Preliminary results showed the ruling party losing its majority for the first time.",
		want:     []quote{{"", auI, "the ruling party losing its majority for the first time"}},
		speakers: []string{}, exact: true},
	{class: "poll/according to the commission, leading",
		text:     "According to the electoral commission, 14 of the 18 parties on the ballot failed to pass the five percent threshold.",
		want:     []quote{{"", auI, "14 of the 18 parties on the ballot failed to pass the five percent threshold"}},
		speakers: []string{}},
	{class: "poll/a pollster named with his firm",
		text:     "\"The Greens are squeezing Renewal in the cities,\" said Pavel Dusek, a pollster at Meridian Research Institute.",
		want:     []quote{{"Pavel Dusek", auD, "The Greens are squeezing Renewal in the cities"}},
		speakers: []string{"Pavel Dusek"}, exact: true},

	// Concessions.
	{class: "concede/conceded defeat: no speech",
		text:     "Marek Oszlo conceded defeat late on Sunday night.",
		want:     []quote{},
		speakers: []string{}, exact: true},
	{class: "concede/conceded that",
		text:     "Marek Oszlo conceded that the result was a blow to his party.",
		want:     []quote{{"Marek Oszlo", auI, "the result was a blow to his party"}},
		speakers: []string{"Marek Oszlo"}, exact: true},
	{class: "concede/conceded defeat, then said",
		text:     "Marek Oszlo conceded defeat on Sunday and said he would stay on as party leader.",
		want:     []quote{{"Marek Oszlo", auI, "he would stay on as party leader"}},
		speakers: []string{"Marek Oszlo"}, exact: true},
	{class: "concede/conceding defeat, a direct quote",
		text:     "Conceding defeat in front of his supporters in Krasnagora, Marek Oszlo said: \"The voters have spoken and we respect their verdict.\"",
		want:     []quote{{"Marek Oszlo", auD, "The voters have spoken and we respect their verdict."}},
		speakers: []string{"Marek Oszlo"}, exact: true},
	{class: "concede/phoned to concede: no speech",
		text:     "Dana Petrovan phoned Ilse Varga to concede shortly after midnight.",
		want:     []quote{},
		speakers: []string{}, exact: true},
	{class: "concede/refused to concede, then a quote",
		text:     "Tomas Reventlow refused to concede, saying thousands of ballots had been wrongly declared invalid.",
		want:     []quote{{"Tomas Reventlow", auI, "thousands of ballots had been wrongly declared invalid"}},
		speakers: []string{"Tomas Reventlow"}, exact: true},
	{class: "concede/admitted the party had lost",
		text:     "Aurel Mincu admitted his party had \"lost the trust of young voters\" and promised to listen.",
		want:     []quote{{"Aurel Mincu", auM, "his party had \"lost the trust of young voters\""}},
		speakers: []string{"Aurel Mincu"}},

	// The chamber votes; its speaker rules.
	{class: "chamber/the assembly voted: no speech",
		text:     "The National Assembly voted 112 to 84 to approve the budget.",
		want:     []quote{},
		speakers: []string{}, exact: true},
	{class: "chamber/parliament passed a bill: no speech",
		text:     "Parliament passed the electoral reform bill on Thursday after a 14-hour debate.",
		want:     []quote{},
		speakers: []string{}, exact: true},
	{class: "chamber/the speaker ruled",
		text:     "The Speaker of the Assembly, Rasa Vilke, ruled that the motion was out of order.",
		want:     []quote{{"Rasa Vilke", auI, "the motion was out of order"}},
		speakers: []string{"Rasa Vilke"}, exact: true},
	{class: "chamber/the speaker ordered an MP to leave",
		text:     "Speaker Rasa Vilke ordered Jonas Kiral to leave the chamber after he refused to withdraw the remark.",
		want:     []quote{{"Rasa Vilke", auI, "Jonas Kiral to leave the chamber after he refused to withdraw the remark"}},
		speakers: []string{"Rasa Vilke"}},
	{class: "chamber/the committee chair said",
		text:     "The chair of the Assembly's finance committee, Edvin Marr, said the hearing would resume on Monday.",
		want:     []quote{{"Edvin Marr", auI, "the hearing would resume on Monday"}},
		speakers: []string{"Edvin Marr"}, exact: true},
	{class: "chamber/the motion was defeated: no speech",
		text:     "The motion of no confidence was defeated by 97 votes to 91.",
		want:     []quote{},
		speakers: []string{}, exact: true},

	// A minister answering in parliament.
	{class: "minister/told MPs",
		text:     "Finance Minister Lidia Sorn told MPs the deficit would fall below three percent next year.",
		want:     []quote{{"Lidia Sorn", auI, "the deficit would fall below three percent next year"}},
		speakers: []string{"Lidia Sorn"}, exact: true},
	{class: "minister/told the chamber, direct",
		text:     "\"I will not apologise for balancing the books,\" Lidia Sorn told the chamber.",
		want:     []quote{{"Lidia Sorn", auD, "I will not apologise for balancing the books"}},
		speakers: []string{"Lidia Sorn"}, exact: true},
	{class: "minister/answering questions in parliament, said",
		text:     "Answering questions in parliament on Wednesday, Interior Minister Kaspar Dahl said no police officer had been disciplined.",
		want:     []quote{{"Kaspar Dahl", auI, "no police officer had been disciplined"}},
		speakers: []string{"Kaspar Dahl"}, exact: true},
	{class: "minister/told lawmakers, then the opposition replied",
		text:     "Kaspar Dahl told lawmakers the inquiry would be independent.\n\n\"Independent of what? He appoints the judge,\" shouted Jonas Kiral, an opposition MP.",
		want:     []quote{{"Kaspar Dahl", auI, "the inquiry would be independent"}, {"Jonas Kiral", auD, "Independent of what? He appoints the judge"}},
		speakers: []string{"Kaspar Dahl", "Jonas Kiral"}, exact: true},
	{class: "minister/told deputies in the lower house",
		text:     "The prime minister, Aurel Mincu, told deputies in the lower house that early elections were \"not on the table\".",
		want:     []quote{{"Aurel Mincu", auM, "early elections were \"not on the table\""}},
		speakers: []string{"Aurel Mincu"}, exact: true},
	{class: "minister/in reply to a question from an MP",
		text:     "In reply to a question from Ilse Varga, the health minister, Oskar Lind, said waiting lists had grown by a fifth.",
		want:     []quote{{"Oskar Lind", auI, "waiting lists had grown by a fifth"}},
		speakers: []string{"Oskar Lind"}, exact: true},

	// Opposition leaders.
	{class: "opposition/accused the government of: no quote",
		text:     "Opposition leader Ilse Varga accused the government of rigging the boundaries of rural constituencies.",
		want:     []quote{},
		speakers: []string{}, exact: true},
	{class: "opposition/accused, then a direct quote",
		text:     "Ilse Varga accused the government of cowardice.\n\n\"They are hiding from the voters,\" she said.",
		want:     []quote{{"Ilse Varga", auD, "They are hiding from the voters"}},
		speakers: []string{"Ilse Varga"}, exact: true},
	{class: "opposition/called for the minister to resign: no quote, as the gold has it (cues.go)",
		text:     "Marek Oszlo called for Kaspar Dahl to resign over the affair.",
		want:     []quote{},
		speakers: []string{}, exact: true},
	{class: "opposition/called on the minister to resign",
		text:     "The Civic Front called on Interior Minister Kaspar Dahl to resign.",
		want:     []quote{{"Civic Front", auI, "Interior Minister Kaspar Dahl to resign"}},
		speakers: []string{"Civic Front"}},
	{class: "opposition/called for his resignation: no quote",
		text:     "Marek Oszlo called for the minister's resignation.",
		want:     []quote{},
		speakers: []string{}, exact: true},
	{class: "opposition/the opposition said, no name",
		text:     "The opposition said the vote had been rushed through without debate.",
		want:     []quote{{"", auI, "the vote had been rushed through without debate"}},
		speakers: []string{}, exact: true},
	{class: "opposition/demanded that",
		text:     "Opposition parties demanded that the election be postponed until the voter rolls are checked.",
		want:     []quote{{"", auI, "the election be postponed until the voter rolls are checked"}},
		speakers: []string{}},
	{class: "opposition/branded the budget, fragment",
		text:     "Tomas Reventlow branded the budget \"a tax on the future\".",
		want:     []quote{{"Tomas Reventlow", auD, "a tax on the future"}},
		speakers: []string{"Tomas Reventlow"}, exact: true},

	// Coalitions and joint statements.
	{class: "joint/a joint statement of two parties",
		text:     "In a joint statement, the Civic Front and the Green Alliance said they had agreed on a programme for government.",
		want:     []quote{{"", auI, "they had agreed on a programme for government"}},
		speakers: []string{}, exact: true},
	{class: "joint/the three parties said",
		text:     "The three parties said they would present their cabinet on Friday.",
		want:     []quote{{"", auI, "they would present their cabinet on Friday"}},
		speakers: []string{}, exact: true},
	{class: "joint/the coalition said, named by a common word",
		text:     "The ruling coalition said it still had the votes to pass the reform.",
		want:     []quote{{"", auI, "it still had the votes to pass the reform"}},
		speakers: []string{}, exact: true},
	{class: "joint/the two leaders said in a joint statement, named",
		text:     "Ilse Varga and Dana Petrovan said in a joint statement that talks would continue over the weekend.",
		want:     []quote{{"", auI, "talks would continue over the weekend"}},
		speakers: []string{}, exact: true},
	{class: "joint/a named alliance as one speaker",
		text:     "The Democratic Bloc, an alliance of four centre-right parties, said it would field a single candidate for president.",
		want:     []quote{{"Democratic Bloc", auI, "it would field a single candidate for president"}},
		speakers: []string{"Democratic Bloc"}, exact: true},

	// The presidency and a seat-of-power metonym.
	{class: "presidency/the presidency said",
		text:     "The presidency said the president would meet party leaders on Monday to begin consultations.",
		want:     []quote{{"", auI, "the president would meet party leaders on Monday to begin consultations"}},
		speakers: []string{}},
	{class: "presidency/the palace metonym said in a statement",
		text:     "The Varel Palace said in a statement that President Hanna Corvi had accepted the government's resignation.",
		want:     []quote{{"Varel Palace", auI, "President Hanna Corvi had accepted the government's resignation"}},
		speakers: []string{"Varel Palace"}, exact: true},
	{class: "presidency/a spokeswoman for the president",
		text:     "A spokeswoman for President Hanna Corvi said she would not sign the bill in its current form.",
		want:     []quote{{"Hanna Corvi", auI, "she would not sign the bill in its current form"}},
		speakers: []string{"Hanna Corvi"}, exact: true},
	{class: "presidency/the president's office, named president earlier",
		text:     "President Hanna Corvi has dissolved parliament.\n\nHer office said new elections would be held on 14 March.",
		want:     []quote{{"Hanna Corvi", auI, "new elections would be held on 14 March"}},
		speakers: []string{"Hanna Corvi"}},
	{class: "presidency/the palace is a place: no speaker",
		text:     "Hundreds of protesters gathered outside the Varel Palace on Sunday.",
		want:     []quote{},
		speakers: []string{}, exact: true},

	// An MP's party label in brackets.
	{class: "label/name (party) said",
		text:     "Ilse Varga (Civic Front) said the bill would hurt small farmers.",
		want:     []quote{{"Ilse Varga", auI, "the bill would hurt small farmers"}},
		speakers: []string{"Ilse Varga"}, exact: true},
	{class: "label/name (party, region) asked",
		text:     "\"Who will pay for this?\" asked Jonas Kiral (Renewal, Lessa North).",
		want:     []quote{{"Jonas Kiral", auD, "Who will pay for this?"}},
		speakers: []string{"Jonas Kiral"}, exact: true},
	{class: "label/name (Forward) said, a common-word party",
		text:     "Dana Petrovan (Forward) said her party would vote against.",
		want:     []quote{{"Dana Petrovan", auI, "her party would vote against"}},
		speakers: []string{"Dana Petrovan"}, exact: true},
	{class: "label/two MPs with labels",
		text:     "Edvin Marr (Green Alliance) said the plan was too timid. Jonas Kiral (Renewal) said it went too far.",
		want:     []quote{{"Edvin Marr", auI, "the plan was too timid"}, {"Jonas Kiral", auI, "it went too far"}},
		speakers: []string{"Edvin Marr", "Jonas Kiral"}, exact: true},

	// Social platforms.
	{class: "social/said on a platform",
		text:     "Tomas Reventlow said on Chirper that he would challenge the result in court.",
		want:     []quote{{"Tomas Reventlow", auI, "he would challenge the result in court"}},
		speakers: []string{"Tomas Reventlow"}, exact: true},
	{class: "social/wrote on a platform, direct",
		text:     "\"Thank you, Lessa!\" Ilse Varga wrote on Chirper after the count.",
		want:     []quote{{"Ilse Varga", auD, "Thank you, Lessa!"}},
		speakers: []string{"Ilse Varga"}, exact: true},
	{class: "social/in a post on a platform",
		text:     "In a post on Pictogram, Dana Petrovan said Forward had \"made history\".",
		want:     []quote{{"Dana Petrovan", auM, "Forward had \"made history\""}},
		speakers: []string{"Dana Petrovan"}, exact: true},
	{class: "social/the platform is no speaker",
		text:     "Chirper said it had removed 400 accounts spreading false claims about the vote.",
		want:     []quote{{"Chirper", auI, "it had removed 400 accounts spreading false claims about the vote"}},
		speakers: []string{"Chirper"}, exact: true},

	// Translated quotes.
	{class: "translated/said in Kestrian, then a quote",
		text:     "\"We will not be blackmailed,\" Aurel Mincu said in Kestrian, according to a translation by the broadcaster.",
		want:     []quote{{"Aurel Mincu", auD, "We will not be blackmailed"}},
		speakers: []string{"Aurel Mincu"}},
	{class: "translated/told the newspaper, in a translation",
		text:     "Marek Oszlo told the Lessa Courier, in remarks translated from Kestrian, that he had \"no regrets\".",
		want:     []quote{{"Marek Oszlo", auM, "he had \"no regrets\""}},
		speakers: []string{"Marek Oszlo"}},
	{class: "translated/roughly translates as: no quote",
		text:     "The party's slogan, \"Naprej skupaj\", roughly translates as \"Forward together\".",
		want:     []quote{},
		speakers: []string{}},

	// Party names of common words.
	{class: "partyname/Renewal said",
		text:     "Renewal said it would boycott the new parliament's first session.",
		want:     []quote{{"Renewal", auI, "it would boycott the new parliament's first session"}},
		speakers: []string{"Renewal"}, exact: true,
		known: n13BareParty},
	{class: "partyname/Forward's leader said",
		text:     "Forward's leader, Dana Petrovan, said the party had doubled its vote.",
		want:     []quote{{"Dana Petrovan", auI, "the party had doubled its vote"}},
		speakers: []string{"Dana Petrovan"}, exact: true},
	{class: "partyname/the Green Alliance said, not split",
		text:     "The Green Alliance and Renewal said they would not back the budget.",
		want:     []quote{{"", auI, "they would not back the budget"}},
		speakers: []string{}, exact: true},
	{class: "partyname/Freedom and Justice Party said",
		text:     "The Freedom and Justice Party said it had been denied airtime on state television.",
		want:     []quote{{"Freedom and Justice Party", auI, "it had been denied airtime on state television"}},
		speakers: []string{"Freedom and Justice Party"}, exact: true},
	{class: "partyname/a spokesman for Forward",
		text:     "A spokesman for Forward said the party would announce its candidate on Monday.",
		want:     []quote{{"Forward", auI, "the party would announce its candidate on Monday"}},
		speakers: []string{"Forward"}, exact: true},
	{class: "partyname/moving forward is no party",
		text:     "Moving forward, the government will publish its plans in the spring, Lidia Sorn said.",
		want:     []quote{{"Lidia Sorn", auI, "Moving forward, the government will publish its plans in the spring"}},
		speakers: []string{"Lidia Sorn"}, exact: true},
	{class: "partyname/the People's Unity Party leader",
		text:     "People's Unity Party leader Aurel Mincu said the coalition talks had failed.",
		want:     []quote{{"Aurel Mincu", auI, "the coalition talks had failed"}},
		speakers: []string{"Aurel Mincu"}, exact: true},

	// A whole short wire article.
	{class: "wire/election night, several speakers",
		text: "VARNA NOVA (KRT) - The Civic Front won the most seats in Sunday's parliamentary election but fell short of a majority, results published by the Central Electoral Commission showed on Monday.\n\n" +
			"The party's leader, Ilse Varga, told supporters in the capital that she would begin talks with \"every democratic party\".\n\n" +
			"\"The country has voted for change,\" Varga said.\n\n" +
			"Prime Minister Aurel Mincu, whose People's Unity Party came third, conceded defeat and said he would resign as party leader.\n\n" +
			"Renewal said in a statement it would not serve in a government led by Varga.\n\n" +
			"Turnout was 58 percent, the commission said.",
		want: []quote{
			{"Central Electoral Commission", auI, "The Civic Front won the most seats in Sunday's parliamentary election but fell short of a majority"},
			{"Ilse Varga", auM, "she would begin talks with \"every democratic party\""},
			{"Ilse Varga", auD, "The country has voted for change"},
			{"Aurel Mincu", auI, "he would resign as party leader"},
			{"Renewal", auI, "it would not serve in a government led by Varga"},
			{"Central Electoral Commission", auI, "Turnout was 58 percent"},
		},
		speakers: []string{"Central Electoral Commission", "Ilse Varga", "Aurel Mincu", "Renewal"},
		known:    n13BareParty},
	{class: "wire/question time, minister and opposition",
		text: "Finance Minister Lidia Sorn faced angry questions in the Assembly on Wednesday over the collapse of the state energy company.\n\n" +
			"\"Nobody in this government knew,\" she told MPs.\n\n" +
			"Jonas Kiral (Renewal) accused the minister of misleading the house and called on her to resign.\n\n" +
			"The Speaker, Rasa Vilke, ruled that the accusation must be withdrawn. Kiral refused and was ordered out of the chamber.",
		want: []quote{
			{"Lidia Sorn", auD, "Nobody in this government knew"},
			{"Jonas Kiral", auI, "her to resign"},
			{"Rasa Vilke", auI, "the accusation must be withdrawn"},
		},
		speakers: []string{"Lidia Sorn", "Jonas Kiral", "Rasa Vilke"}},
	{class: "wire/wikinews style, coalition formed",
		text: "On Thursday, the Civic Front and the Green Alliance signed a coalition agreement in Varna Nova, ending six weeks of talks.\n\n" +
			"Ilse Varga, who will become prime minister, said the agreement \"puts the climate at the centre of government\".\n\n" +
			"Green Alliance co-leader Edvin Marr said his party had won four ministries, including energy.\n\n" +
			"The agreement must still be approved by the Assembly, which votes next week.",
		want: []quote{
			{"Ilse Varga", auM, "the agreement \"puts the climate at the centre of government\""},
			{"Edvin Marr", auI, "his party had won four ministries, including energy"},
		},
		speakers: []string{"Ilse Varga", "Edvin Marr"}, exact: true},
}

// n13PartyFix: a party named by an everyday word ("Forward", "Renewal",
// "Progress") opening a sentence, which commonAtStart took for the word
// (and nameStart, for a role word such as "Forward" or "Defender", for a
// title with no name after it):
// named when an apposition calls it a party before any verb, or when the
// text names it a party elsewhere inside a sentence ("the Renewal
// party"). Written after the first pass; the positives failed before the
// fix (partyAppositive, partyNamedElsewhere in names.go), the near misses
// passed before and after.
var n13PartyFix = []auditRow{
	{class: "partyfix/apposition: the centrist party led by",
		text:     "Renewal, the centrist party led by Tomas Reventlow, said it would boycott the session.",
		want:     []quote{{"Renewal", auI, "it would boycott the session"}},
		speakers: []string{"Renewal"}, exact: true},
	{class: "partyfix/apposition: a party founded last year",
		text:     "Forward, a party founded last year by former students, said it had won 9 seats.",
		want:     []quote{{"Forward", auI, "it had won 9 seats"}},
		speakers: []string{"Forward"}, exact: true},
	{class: "partyfix/apposition: the movement, told reporters",
		text:     "Progress, the youth movement that backed the strike, told reporters it would field candidates in every district.",
		want:     []quote{{"Progress", auI, "it would field candidates in every district"}},
		speakers: []string{"Progress"}, exact: true},
	{class: "partyfix/named a party elsewhere in the text",
		text:     "The talks on a new government broke down on Friday after the Renewal party walked out.\n\nRenewal said the prime minister had refused to discuss pensions.",
		want:     []quote{{"Renewal", auI, "the prime minister had refused to discuss pensions"}},
		speakers: []string{"Renewal"}, exact: true},
	{class: "partyfix/named a movement elsewhere, said in a statement",
		text:     "Forward said in a statement that its leader had been detained.\n\nThe Forward movement has organised protests in Lessa since March.",
		want:     []quote{{"Forward", auI, "its leader had been detained"}},
		speakers: []string{"Forward"}, exact: true},
	{class: "partyfix/near miss: an adverb before the party's apposition",
		text:     "Meanwhile, the ruling party, which lost 20 seats, said it would choose a new leader.",
		want:     []quote{{"", auI, "it would choose a new leader"}},
		speakers: []string{}, exact: true},
	{class: "partyfix/near miss: the party said inside the sentence",
		text:     "Progress, the party said, had been slow.",
		speakers: []string{}},
	{class: "partyfix/near miss: a common word, no party in the text",
		text:     "Renewal of the broadcaster's licence was refused, the regulator said.",
		want:     []quote{{"", auI, "Renewal of the broadcaster's licence was refused"}},
		speakers: []string{}, exact: true},
	{class: "partyfix/near miss: the word lower case elsewhere, no party",
		text:     "Forward planning had failed, the minister said.\n\nThe opposition said the ministry had no plan for moving forward.",
		want:     []quote{{"", auI, "Forward planning had failed"}, {"", auI, "the ministry had no plan for moving forward"}},
		speakers: []string{}, exact: true},
	{class: "partyfix/a role word: a movement of retired soldiers",
		text:     "Defender, a movement of retired soldiers, said it would back Renewal in the run-off.",
		want:     []quote{{"Defender", auI, "it would back Renewal in the run-off"}},
		speakers: []string{"Defender"}, exact: true},
	{class: "partyfix/near miss: a role word, then the party's leader speaks",
		text:     "Captain, the party's leader said, was a title he never wanted.",
		speakers: []string{}},
	{class: "partyfix/near miss: a role word with a team's apposition",
		text:     "Forward, the position he played for the national side, suited him, his coach said.",
		speakers: []string{}},
}

// n13ShowFix: results or a poll that "showed" or "found" a party or a
// candidate doing something, the verb an -ing participle with no "that"
// ("showed the Civic Front leading with 36 percent"): a finding
// (nameThenGerund in complement.go). Written after the first pass; the
// positives failed before the fix, the near misses passed before and
// after.
var n13ShowFix = []auditRow{
	{class: "showfix/results published by the commission showed a party leading",
		text:     "Results published by the Central Electoral Commission showed the Civic Front leading with 36.4 percent of the vote.",
		want:     []quote{{"Central Electoral Commission", auI, "the Civic Front leading with 36.4 percent of the vote"}},
		speakers: []string{"Central Electoral Commission"}, exact: true},
	{class: "showfix/preliminary results showed a party winning",
		text:     "Preliminary results showed Renewal winning 33 percent in the capital.",
		want:     []quote{{"", auI, "Renewal winning 33 percent in the capital"}},
		speakers: []string{}, exact: true},
	{class: "showfix/the poll found a candidate trailing",
		text:     "The poll found Ilse Varga trailing her rival by six points among voters under 30.",
		want:     []quote{{"", auI, "Ilse Varga trailing her rival by six points among voters under 30"}},
		speakers: []string{}, exact: true},
	{class: "showfix/a pollster's survey showed a party gaining",
		text:     "A survey by the Meridian Research Institute showed the Green Alliance gaining ground in the north.",
		want:     []quote{{"Meridian Research Institute", auI, "the Green Alliance gaining ground in the north"}},
		speakers: []string{"Meridian Research Institute"}, exact: true},
	{class: "showfix/near miss: a person showed visitors around",
		text:     "Ilse Varga showed Tomas Reventlow around the new party offices on Monday.",
		want:     []quote{},
		speakers: []string{}, exact: true},
	{class: "showfix/near miss: television footage showed a candidate arriving",
		text:     "Dana Petrovan arrived at the count in Lessa shortly after midnight.\n\nShe said she was confident.",
		want:     []quote{{"Dana Petrovan", auI, "she was confident"}},
		speakers: []string{"Dana Petrovan"}, exact: true},
	{class: "showfix/near miss: a common noun and a participle is an object",
		text:     "The census showed the number of people living alone at a record high.",
		want:     []quote{},
		speakers: []string{}},
}

// n13PlaceNameFix: a given name that is also a city or a state ("Sofia",
// "Georgia", "Adelaide") opening a two-word name, which nameStart cut at
// the place and left the surname alone (placeGivenName in classify.go).
// Written after the first pass; the positives failed before the fix, the
// near misses passed before and after.
var n13PlaceNameFix = []auditRow{
	{class: "placename/Sofia, the commission's chairwoman",
		text:     "Sofia Laane, who chairs the Central Electoral Commission, told reporters that the count would be finished by Tuesday.",
		want:     []quote{{"Sofia Laane", auI, "the count would be finished by Tuesday"}},
		speakers: []string{"Sofia Laane"}, exact: true},
	{class: "placename/Georgia, a candidate",
		text:     "Georgia Marrin, the Renewal candidate in Lessa North, said she would demand a recount.",
		want:     []quote{{"Georgia Marrin", auI, "she would demand a recount"}},
		speakers: []string{"Georgia Marrin"}, exact: true},
	{class: "placename/Adelaide, a direct quote",
		text:     "\"We ran out of ballot papers by noon,\" said Adelaide Korsvik, a polling station officer.",
		want:     []quote{{"Adelaide Korsvik", auD, "We ran out of ballot papers by noon"}},
		speakers: []string{"Adelaide Korsvik"}, exact: true},
	{class: "placename/near miss: the city's airport",
		text:     "Sofia Airport said all flights would leave on time despite the strike.",
		want:     []quote{{"Sofia Airport", auI, "all flights would leave on time despite the strike"}},
		speakers: []string{"Sofia Airport"}, exact: true,
		known: n13CityAirport},
	{class: "placename/near miss: the city's university",
		text:     "Adelaide University said the vote on its campus had gone smoothly.",
		want:     []quote{{"Adelaide University", auI, "the vote on its campus had gone smoothly"}},
		speakers: []string{"Adelaide University"}, exact: true},
	{class: "placename/near miss: a place before a person's name",
		text:     "In Sofia Ilse Varga said the talks would go on.",
		want:     []quote{{"Ilse Varga", auI, "the talks would go on"}},
		speakers: []string{"Ilse Varga"}},
}
