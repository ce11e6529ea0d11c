package extract_test

import "testing"

// Session 17, helper r4: a fresh audit of BUSINESS, ECONOMY, TECHNOLOGY,
// SPORT AND CULTURE REPORTING, drawn from the classes the engine missed on
// a pool of 27 real excerpts of such reporting (kept outside the
// repository). Every sentence here is invented: fictional companies,
// banks, clubs and people, in the shapes the pool showed, with near
// misses that must not change.
//
// FIRST PASS (engine at 351d05f, the whole table of 32 rows written first
// and run once): 16/32 (0.50): said-as 5/10, paren-acr 3/5, run-on 2/6,
// sees-as 1/4, officials 3/3, relay 1/2, memo 1/2.
//
// On the pool itself the engine at 351d05f scored, before anyone tuned on
// it: speaker F1 0.889, quote recall 0.959, attribution 0.841 (direct
// 0.980/0.840, indirect 0.939/0.870, mixed 0.900/0.778). Four quotes my
// gold had missed were added before any fix (0.889, 0.960, 0.845).
//
// AFTER this branch's fixes (one commit a class, every repository score
// set unchanged but Pages/dev-k quote recall 0.984 -> 0.987): 64/69 rows
// (0.93), said-as 12/12, run-on 8/8, role-mod 4/5, paren-acr (bare
// weekday) 7/8, sees-as 6/7, memo 4/5, org-for 7/7, forecast-noun 5/5,
// caused 7/7, officials 3/3, relay 1/2; the pool: speaker F1 0.901,
// quote recall 0.977, attribution 0.924. Rows added after the first
// pass are the near misses of each fix and the classes role-mod,
// org-for, forecast-noun and caused, which the pool showed later (their
// positives checked failing before each fix). Five rows are left known,
// each with its mechanism below.

func r4Rows() []auditRow {
	var rows []auditRow
	add := func(r auditRow) { rows = append(rows, r) }

	// said-as: a trailing cue followed by "as" and a clause of what the
	// speaker was doing ("..., the company said as it cut its forecast")
	// says when, not what: the reported clause is the one before the cue.
	add(auditRow{class: "said-as/company as it raised",
		text: "Quarterly profit rose 12 percent, Halvorsen Freight said as it raised its outlook for the year.",
		want: []quote{{"Halvorsen Freight", auI, "Quarterly profit rose 12 percent"}}, exact: true})
	add(auditRow{class: "said-as/the group on Tuesday as it cut",
		text: "Demand for steel will stay weak until spring, the Corvane Group said on Tuesday as it cut 400 jobs.",
		want: []quote{{"Corvane Group", auI, "Demand for steel will stay weak until spring"}}, exact: true})
	add(auditRow{class: "said-as/person as she left",
		text: "Marta Kellgren, the chief executive of Halvorsen Freight, spoke to reporters.\n\nThe recovery is fragile, Kellgren said as she left the meeting.",
		want: []quote{{"Marta Kellgren", auI, "The recovery is fragile"}}, exact: true})
	add(auditRow{class: "said-as/bank as it reported",
		text: "Eastmarch Bank reported its results on Thursday.\n\nFunding costs would keep rising through the year, Eastmarch Bank said as it reported a 9 percent fall in earnings.",
		want: []quote{{"Eastmarch Bank", auI, "Funding costs would keep rising through the year"}}, exact: true})
	add(auditRow{class: "said-as/fund acronym as it cut",
		text: "Growth in the region will slow to 2 percent next year, the Tarvik Monetary Fund (TMF) said as it cut its forecast.",
		want: []quote{{"Tarvik Monetary Fund", auI, "Growth in the region will slow to 2 percent next year"}}, exact: true})
	add(auditRow{class: "said-as/they as they",
		text: "The strike would go ahead on Monday, the Norrland Dockers Union said as its members gathered outside the port.",
		want: []quote{{"Norrland Dockers Union", auI, "The strike would go ahead on Monday"}}, exact: true})
	// Near misses: "said as many as", "said as part of", "said as a
	// result" open the reported clause itself.
	add(auditRow{class: "said-as/near: as many as",
		text: "Halvorsen Freight said as many as 300 drivers would be hired this year.",
		want: []quote{{"Halvorsen Freight", auI, "as many as 300 drivers would be hired this year"}}, exact: true})
	add(auditRow{class: "said-as/near: as part of",
		text: "Eastmarch Bank said as part of the deal it would keep all 40 of its branches open.",
		want: []quote{{"Eastmarch Bank", auI, "as part of the deal it would keep all 40 of its branches open"}}, exact: true})
	add(auditRow{class: "said-as/near: as a result",
		text: "Oskar Velde said as a result the plant would close in May.",
		want: []quote{{"Oskar Velde", auI, "as a result the plant would close in May"}}, exact: true})
	add(auditRow{class: "said-as/near: as expected",
		text: "Oskar Velde said sales fell as expected in the third quarter.",
		want: []quote{{"Oskar Velde", auI, "sales fell as expected in the third quarter"}}, exact: true})
	add(auditRow{class: "said-as/near: cue after but, scene in the clause",
		text: "Analysts were cautious, but Oskar Velde said as the economy recovered demand for freight would return.",
		want: []quote{{"Oskar Velde", auI, "as the economy recovered demand for freight would return"}}, exact: true})
	add(auditRow{class: "said-as/near: cue first, as its",
		text: "Oskar Velde said as its costs rose the company would cut jobs.",
		want: []quote{{"Oskar Velde", auI, "as its costs rose the company would cut jobs"}}})

	// paren-acronym: a body's acronym in brackets, or a bare weekday,
	// between the subject and its cue.
	add(auditRow{class: "paren-acr/fund (TMF) said on Tuesday",
		text: "Growth in the region will slow to 2 percent next year, the Tarvik Monetary Fund (TMF) said on Tuesday.",
		want: []quote{{"Tarvik Monetary Fund", auI, "Growth in the region will slow to 2 percent next year"}}, exact: true})
	add(auditRow{class: "paren-acr/governor of the Bank (BoT), Tuesday said",
		text: "Oskar Velde, governor of the Bank of Tarvik (BoT), Tuesday said the slowdown in prices was temporary.",
		want: []quote{{"Oskar Velde", auI, "the slowdown in prices was temporary"}}, exact: true})
	add(auditRow{class: "paren-acr/governor of the Bank, Tuesday said",
		text: "Oskar Velde, governor of the Bank of Tarvik, Tuesday said the slowdown in prices was temporary.",
		want: []quote{{"Oskar Velde", auI, "the slowdown in prices was temporary"}}, exact: true})
	add(auditRow{class: "paren-acr/governor (BoT), on Tuesday said",
		text: "Oskar Velde, governor of the Bank of Tarvik (BoT), on Tuesday said the slowdown in prices was temporary.",
		want: []quote{{"Oskar Velde", auI, "the slowdown in prices was temporary"}}, exact: true})
	add(auditRow{class: "paren-acr/chief of Freight (HF), said",
		text: "Marta Kellgren, chief executive of Halvorsen Freight (HF), said the strike had cost the company 3 million crowns.",
		want: []quote{{"Marta Kellgren", auI, "the strike had cost the company 3 million crowns"}}, exact: true})
	add(auditRow{class: "paren-acr/body Tuesday said",
		text: "The Bank of Tarvik Tuesday said the slowdown in prices was temporary.",
		want: []quote{{"Bank of Tarvik", auI, "the slowdown in prices was temporary"}}, exact: true})
	add(auditRow{class: "paren-acr/near: a weekday inside a name",
		text: "The Harrow Tuesday Club said the hall would close for the winter.",
		want: []quote{{"Harrow Tuesday Club", auI, "the hall would close for the winter"}}, exact: true})
	add(auditRow{class: "paren-acr/near: weekday after the verb",
		text: "Marta Kellgren said Tuesday the plant would close in May.",
		want: []quote{{"Marta Kellgren", auI, "the plant would close in May"}}, exact: true})

	// run-on: a quotation of several paragraphs flattened into one, each
	// former paragraph opening with a mark and only the last one closed.
	add(auditRow{class: "run-on/curly after said",
		text: "Marta Kellgren, the Pellan coach, was upbeat after the defeat.\n\n“We played well,” Kellgren said after the match. “I am proud of the team. “We will learn from this defeat. “The season is long and we will be back.”",
		want: []quote{{"Marta Kellgren", auD, "We played well"}, {"Marta Kellgren", auD, "I am proud of the team."}, {"Marta Kellgren", auD, "We will learn from this defeat."}, {"Marta Kellgren", auD, "The season is long and we will be back."}}, exact: true})
	add(auditRow{class: "run-on/curly with said inside",
		text: "Marta Kellgren, the Pellan coach, was upbeat after the defeat.\n\n“We played well,” Kellgren said after the match. “I am proud of the team. “The season is long, as I have said before, and we will be back. “We believe, as we said in the spring, that the squad is strong enough.”",
		want: []quote{{"Marta Kellgren", auD, "We played well"}, {"Marta Kellgren", auD, "I am proud of the team."}, {"Marta Kellgren", auD, "The season is long, as I have said before, and we will be back."}, {"Marta Kellgren", auD, "We believe, as we said in the spring, that the squad is strong enough."}}, exact: true})
	add(auditRow{class: "run-on/straight after said",
		text: "Oskar Velde, the Harrow manager, was pleased with the draw.\n\n\"It was a hard game from start to finish,\" he said. \"We knew what to expect. \"But we gave away two soft goals. \"We will be better next week.\"",
		want: []quote{{"Oskar Velde", auD, "It was a hard game from start to finish"}, {"Oskar Velde", auD, "We knew what to expect."}, {"Oskar Velde", auD, "But we gave away two soft goals."}, {"Oskar Velde", auD, "We will be better next week."}}, exact: true})
	add(auditRow{class: "run-on/straight after added",
		text: "Oskar Velde, the Harrow manager, was pleased with the draw.\n\n\"It happens,\" he added. \"We are still learning as a team. \"But the reaction after the goal pleased me. \"We will get better.\"",
		want: []quote{{"Oskar Velde", auD, "It happens"}, {"Oskar Velde", auD, "We are still learning as a team."}, {"Oskar Velde", auD, "But the reaction after the goal pleased me."}, {"Oskar Velde", auD, "We will get better."}}, exact: true})
	// Near misses: a short quoted word inside the open quotation, and two
	// closed quotations in a row.
	add(auditRow{class: "run-on/near: inner straight pair",
		text: "Oskar Velde, the Harrow manager, was pleased with the draw.\n\n\"The fans called it \"the long night\" and they were right,\" Velde said.",
		want: []quote{{"Oskar Velde", auD, "The fans called it \"the long night\" and they were right"}}})
	add(auditRow{class: "run-on/near: two closed quotations",
		text: "Oskar Velde, the Harrow manager, was pleased with the draw.\n\n\"We won. That is all that matters,\" Velde said. \"Next week is another game.\"",
		want: []quote{{"Oskar Velde", auD, "We won. That is all that matters"}, {"Oskar Velde", auD, "Next week is another game."}}, exact: true})

	add(auditRow{class: "run-on/near: run-on part with its own cue",
		text: "Marta Kellgren, the Pellan coach, was upbeat after the defeat.\n\n“We played well,” Kellgren said. “We were unlucky. “It was a fair result,” said Tomasz Brill, the Harrow coach.",
		want: []quote{{"Marta Kellgren", auD, "We played well"}, {"Marta Kellgren", auD, "We were unlucky."}, {"Tomasz Brill", auD, "It was a fair result"}}, exact: true})
	add(auditRow{class: "run-on/near: straight mark after a stop, lower case",
		text: "Oskar Velde, the Harrow manager, was pleased with the draw.\n\n\"We were told to \"play it safe\" and we did,\" Velde said.",
		want: []quote{{"Oskar Velde", auD, "We were told to \"play it safe\" and we did"}}})

	// role-modifier: "said the caretaker coach" after "Harrow coach Oskar
	// Velde": a word for how the role is held, not for another field.
	add(auditRow{class: "role-mod/said the caretaker coach",
		text: "Harrow coach Oskar Velde felt his side was the better team.\n\n“I am very proud of my boys,” said the caretaker coach.",
		want: []quote{{"Oskar Velde", auI, "his side was the better team"}, {"Oskar Velde", auD, "I am very proud of my boys"}}, exact: true})
	add(auditRow{class: "role-mod/the caretaker manager said",
		text: "Pellan manager Marta Kellgren was pleased with the draw.\n\n“We deserved three points,” the caretaker manager said.",
		want: []quote{{"Marta Kellgren", auD, "We deserved three points"}}, exact: true})
	add(auditRow{class: "role-mod/said the longtime coach",
		text: "Harrow coach Oskar Velde was pleased with the draw.\n\n“We deserved three points,” said the longtime coach.",
		want: []quote{{"Oskar Velde", auD, "We deserved three points"}}, exact: true})
	add(auditRow{class: "role-mod/near: the assistant coach is another",
		text: "Harrow coach Oskar Velde was pleased with the draw.\n\n“We deserved three points,” said the assistant coach.",
		want: []quote{{"", auD, "We deserved three points"}}, exact: true})
	add(auditRow{class: "role-mod/near: the goalkeeping coach is another",
		text: "Harrow coach Oskar Velde was pleased with the draw.\n\n“We deserved three points,” said the goalkeeping coach.",
		want: []quote{{"", auD, "We deserved three points"}}, exact: true})

	// sees-as: an analyst "sees" or "views" something as a quoted phrase:
	// the phrase is the analyst's words.
	add(auditRow{class: "sees-as/analyst sees the merger as",
		text: "Norrland Securities analyst Tomasz Brill sees the merger as \"a clear win for shareholders of both companies.\"",
		want: []quote{{"Tomasz Brill", auD, "a clear win for shareholders of both companies."}}, exact: true})
	add(auditRow{class: "sees-as/surname sees an outcome as",
		text: "Norrland Securities analyst Tomasz Brill expects a rival bid. But Brill sees that outcome as \"relatively unlikely.\"",
		want: []quote{{"Tomasz Brill", auD, "relatively unlikely."}}})
	add(auditRow{class: "sees-as/views the deal as curly",
		text: "Tomasz Brill, an analyst at Norrland Securities, views the deal as “overpriced by a wide margin.”",
		want: []quote{{"Tomasz Brill", auD, "overpriced by a wide margin."}}, exact: true})
	add(auditRow{class: "sees-as/near: sees as, no marks",
		text:  "The board of Corvane sees the merger as a way to cut costs.",
		exact: true})
	add(auditRow{class: "sees-as/near: saw smoke",
		text:     "Oskar Velde saw smoke rising over the port on Tuesday.",
		speakers: []string{}, exact: true})
	add(auditRow{class: "sees-as/near: saw a title",
		text:     "Tomasz Brill saw “The Long Night” at the Harrow festival and left early.",
		speakers: []string{}})
	add(auditRow{class: "sees-as/near: was viewed as, passive",
		text:     "Tomasz Brill was viewed as a safe pair of hands by the board.",
		speakers: []string{}, exact: true})

	// officials: "<named body> officials said" speaks for the body.
	add(auditRow{class: "officials/bank officials said",
		text: "Eastmarch Bank officials said they were aware of the delay.",
		want: []quote{{"Eastmarch Bank", auI, "they were aware of the delay"}}, exact: true})
	add(auditRow{class: "officials/company officials said, after",
		text: "The plant would reopen in June, Corvane Group officials said.",
		want: []quote{{"Corvane Group", auI, "The plant would reopen in June"}}, exact: true})
	add(auditRow{class: "officials/near: city officials",
		text: "City officials said the road would close for a week.",
		want: []quote{{"", auI, "the road would close for a week"}}, exact: true})

	// quoted-as-saying: an outlet relays a named person's words.
	add(auditRow{class: "relay/quoted X as saying",
		text: "The Tarvik Herald quoted Oskar Velde as saying the bank would not raise rates this year.",
		want: []quote{{"Oskar Velde", auI, "the bank would not raise rates this year"}}, exact: true})
	add(auditRow{class: "relay/reports analyst X saying",
		text: "The Tarvik Herald reports Norrland Securities analyst Tomasz Brill saying the results were weaker than they looked.",
		want: []quote{{"Tomasz Brill", auI, "the results were weaker than they looked"}}, exact: true})

	// memo-saying: a document the subject sent, "saying" what it says.
	add(auditRow{class: "memo/sent a memo saying",
		text: "Halvorsen Freight chief executive Marta Kellgren sent a memo to staff on Monday saying the company has “hard choices to make” this year.",
		want: []quote{{"Marta Kellgren", auM, "the company has “hard choices to make” this year"}}, exact: true})
	add(auditRow{class: "memo/sent out an email saying",
		text: "Marta Kellgren sent out an email on Wednesday saying the Dublin office would close.",
		want: []quote{{"Marta Kellgren", auI, "the Dublin office would close"}}, exact: true})
	add(auditRow{class: "memo/union sent a letter to a named person saying",
		text: "The Norrland Dockers Union sent a letter to Marta Kellgren on Friday saying the strike would go ahead.",
		want: []quote{{"Norrland Dockers Union", auI, "the strike would go ahead"}}, exact: true})
	add(auditRow{class: "memo/near: a memo was sent, passive",
		text: "A memo was sent to staff at Halvorsen Freight on Monday saying the Dublin office would close.",
		want: []quote{{"", auI, "the Dublin office would close"}}, exact: true})
	add(auditRow{class: "memo/near: received a memo saying",
		text: "Marta Kellgren received a memo on Monday saying the Dublin office would close.",
		want: []quote{{"", auI, "the Dublin office would close"}}, exact: true})

	// org-for: a body's name with "for" opening the sentence or following
	// the quotation, before a role and a name.
	add(auditRow{class: "org-for/bank for, economist, said",
		text: "Bank for Northern Settlements economist Mira Holt said rates would rise.",
		want: []quote{{"Mira Holt", auI, "rates would rise"}}, exact: true})
	add(auditRow{class: "org-for/quotation, institute for, director",
		text: "“Rates will rise,” Institute for Fiscal Research director Mira Holt said.",
		want: []quote{{"Mira Holt", auD, "Rates will rise"}}, exact: true})
	add(auditRow{class: "org-for/quotation, centre for, on Tuesday",
		text: "“Rates will rise,” Centre for Budget Studies economist Mira Holt said on Tuesday.",
		want: []quote{{"Mira Holt", auD, "Rates will rise"}}, exact: true})
	add(auditRow{class: "org-for/quotation, head of research",
		text: "“The path to a soft landing is narrowing,” Bank for Northern Settlements head of research Mira Holt said at the panel.",
		want: []quote{{"Mira Holt", auD, "The path to a soft landing is narrowing"}}, exact: true})
	add(auditRow{class: "org-for/the body itself, no article",
		text: "Bank for Northern Settlements said rates would rise.",
		want: []quote{{"Bank for Northern Settlements", auI, "rates would rise"}}, exact: true})
	add(auditRow{class: "org-for/near: calls for",
		text: "Calls for calm grew louder, Mira Holt said.",
		want: []quote{{"Mira Holt", auI, "Calls for calm grew louder"}}, speakers: []string{"Mira Holt"}, exact: true})
	add(auditRow{class: "org-for/near: funds for a town",
		text: "Funds for Lenmoor were cut last year, Mira Holt said.",
		want: []quote{{"Mira Holt", auI, "Funds for Lenmoor were cut last year"}}, speakers: []string{"Mira Holt"}, exact: true})

	// forecast-noun: "its growth forecast" is a compound noun, not "its
	// growth" forecasting; the verb joined by "and" after it is the
	// clause's subject's.
	add(auditRow{class: "forecast-noun/cut its growth forecast and warned",
		text: "The Tarvik Monetary Fund cut its growth forecast and warned that the government could be cutting the deficit too fast.",
		want: []quote{{"Tarvik Monetary Fund", auI, "the government could be cutting the deficit too fast"}}, exact: true})
	add(auditRow{class: "forecast-noun/opening phrase, forecast for a place",
		text: "On Tuesday, the Washington-based Tarvik Monetary Fund cut its growth forecast for Lenmoor and warned that the government could be cutting the deficit too fast.",
		want: []quote{{"Tarvik Monetary Fund", auI, "the government could be cutting the deficit too fast"}}, exact: true})
	add(auditRow{class: "forecast-noun/raised its sales forecast and said",
		text: "Halvorsen Freight raised its sales forecast for the year and said demand in the north was strong.",
		want: []quote{{"Halvorsen Freight", auI, "demand in the north was strong"}}, exact: true})
	add(auditRow{class: "forecast-noun/near: forecast that",
		text: "Tomasz Brill forecast that rates would fall in the spring.",
		want: []quote{{"Tomasz Brill", auI, "rates would fall in the spring"}}, exact: true})
	add(auditRow{class: "forecast-noun/near: economists forecast in a report that",
		text: "Norrland economists forecast in a report that rates would fall in the spring.",
		want: []quote{{"", auI, "rates would fall in the spring"}}})

	// caused: "..., prompting X to say that ...": the one prompted said
	// it, as after "prompted X to say".
	add(auditRow{class: "caused/prompting X to tell reporters that",
		text: "The figures shocked investors, prompting Marta Kellgren to tell reporters that the company would recover.",
		want: []quote{{"Marta Kellgren", auI, "the company would recover"}}, exact: true})
	add(auditRow{class: "caused/prompting X to say that",
		text: "The swap was classified as a recall last week, prompting Oskar Velde to say that the label was unfair.",
		want: []quote{{"Oskar Velde", auI, "the label was unfair"}}, exact: true})
	add(auditRow{class: "caused/forcing the union to announce",
		text: "The strike spread to three ports, forcing the Norrland Dockers Union to announce that talks would resume.",
		want: []quote{{"Norrland Dockers Union", auI, "talks would resume"}}, exact: true})
	add(auditRow{class: "caused/leading X to write on a blog that “...”",
		text: "The swap was classified as a recall last week, leading Oskar Velde to write on his blog that “the word needs to be retired.”",
		want: []quote{{"Oskar Velde", auD, "the word needs to be retired."}}, exact: true})
	add(auditRow{class: "caused/near: went home to write a letter",
		text:     "Oskar Velde went home to write a letter to the board.",
		speakers: []string{}, exact: true})
	add(auditRow{class: "caused/near: leading X to resign",
		text:     "The board rejected the bid, leading Oskar Velde to resign.",
		speakers: []string{}, exact: true})
	add(auditRow{class: "caused/near: a leading economist is expected to say",
		text:     "A leading economist, Oskar Velde, is expected to say that rates will rise.",
		speakers: []string{}, exact: true})
	return rows
}

// r4Known gives the rows the engine still fails their mechanism, by
// class, so the test passes while the figures count them as failures.
var r4Known = map[string]string{
	"role-mod/near: the goalkeeping coach is another": r4RoleIng,
	"paren-acr/near: a weekday inside a name":         r4DayInName,
	"sees-as/views the deal as curly":                 r4ViewsAs,
	"memo/near: a memo was sent, passive":             r4PassiveSent,
	"relay/reports analyst X saying":                  r4Relay,
}

const (
	r4RunOn       = "run-on: a quotation of several paragraphs flattened into one loses its speaker after two carried parts, and a straight mark after a stop closes instead of opening"
	r4DayInName   = "day-in-name: a weekday inside a body's name (\"the Harrow Tuesday Club\") ends the name before it, leaving \"Club\" as the speaker (as at 351d05f)"
	r4RoleIng     = "role-ing: a modifier in -ing before the role (\"the goalkeeping coach\") is read as how the role is held (\"the outgoing president\"), so the head coach named before takes the words"
	r4ViewsAs     = "views-as: only \"sees\" is a cue form of seeing-as: \"views\", \"viewed\" and \"saw\" cost Pages held-out-e speaker F1 0.006"
	r4PassiveSent = "passive-sent: after \"a memo was sent to staff at <body>\" the body in the hearers' phrase takes the participle \"saying\" (as at 351d05f)"
	r4Relay       = "relay: \"<outlet> reports <role> X saying ...\" is not read as X's report"
)

func TestAuditS17R4(t *testing.T) {
	rows := r4Rows()
	for i := range rows {
		if m, ok := r4Known[rows[i].class]; ok && rows[i].known == "" {
			rows[i].known = m
		}
	}
	runAudit(t, "r4", rows, *auditKnown)
}
