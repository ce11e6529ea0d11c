package extract_test

import "testing"

// First pass (before the fix): 6/11 (nation 0/5, near misses 6/6).
//
// A nation's unnamed officials ("a senior Tarsinian official said",
// "Norlandic authorities claim", "Norlandic officials said") speak for the
// nation when the story names the nation itself elsewhere, as the page
// gold credits "a senior Japanese official" to Japan. Without the nation
// named as an actor (a subject or an owner: "Norland closed", "Norland's
// minister"), or with people who are not the state ("Norlandic investors",
// "a Norlandic company official"), they stay nobody's: the Wikinews gold
// leaves "Chinese authorities said" to nobody where China is only a place
// and "the government of China".

var s13natRows = []auditRow{
	{class: "nation/senior official, nation in the quote",
		text: "Norland is deeply worried about the new tariffs, a senior Norlandic official said on Tuesday.",
		want: []quote{{"Norland", auI, "Norland is deeply worried about the new tariffs"}}},
	{class: "nation/officials said, nation named before",
		text: "Norland closed its border with Tarsinia on Monday.\n\nNorlandic officials said the crossing would stay shut until March.",
		want: []quote{{"Norland", auI, "the crossing would stay shut until March"}}},
	{class: "nation/authorities claim and say",
		text: "Tarsinia has pulled down 40 sheds near the river this year.\n\nTarsinian authorities claim the sheds are unlicensed and say the owners were warned twice.",
		want: []quote{{"Tarsinia", auI, "the sheds are unlicensed"}, {"Tarsinia", auI, "the owners were warned twice"}}},
	{class: "nation/an official, nation speaks elsewhere",
		text: "Tarsinia said on Friday it would recall its envoy.\n\nA Tarsinian official said the envoy would return within a week.",
		want: []quote{{"Tarsinia", auI, "the envoy would return within a week"}}},
	{class: "nation/top officials, nation named after",
		text:  "Top Norlandic officials said the grain deal was close.\n\nNorland has sought the deal for two years.",
		want:  []quote{{"Norland", auI, "the grain deal was close"}},
		known: "sentence-start modifier: a capital \"Top\" opening the sentence joins the adjective's chunk, so the nation's adjective is not found"},
	{class: "miss/officials, nation never named",
		text: "Norlandic officials said the port would reopen on Monday.",
		want: []quote{{"", auI, "the port would reopen on Monday"}}, speakers: []string{}},
	{class: "miss/spokesman of a ministry, nation never named",
		text: "Tomas Rilke opened the bridge. A Norlandic foreign ministry spokesman warned that the virus would spread.",
		want: []quote{{"", auI, "the virus would spread"}}},
	{class: "miss/investors are people, not the state",
		text: "Norland cut its interest rate on Monday.\n\nNorlandic investors said the cut came too late.",
		want: []quote{{"", auI, "the cut came too late"}}},
	{class: "miss/a company official",
		text: "Norland cut its interest rate on Monday.\n\nA Norlandic company official said orders had fallen by a third.",
		want: []quote{{"", auI, "orders had fallen by a third"}}},
	{class: "miss/a U.S. official, the U.S. only in the phrase",
		text: "Talks on the canal resumed in Brennick.\n\nA U.S. official said the talks would last three days.",
		want: []quote{{"", auI, "the talks would last three days"}}},
	{class: "miss/the nation only as a place and a government's object",
		text: "Two visitors died in Brennick, Norland, last week.\n\nThe government of Norland has closed the port.\n\nNorlandic authorities said the visitors had been ill for days.",
		want: []quote{{"", auI, "the visitors had been ill for days"}}},
	{class: "miss/a named official keeps his words",
		text: "Norland closed its border on Monday.\n\nA senior Norlandic official, Ilan Dravic, said the crossing would stay shut.",
		want: []quote{{"Ilan Dravic", auI, "the crossing would stay shut"}}},
}

func TestAuditS13Nation(t *testing.T) { runAudit(t, "s13nation", s13natRows, false) }
