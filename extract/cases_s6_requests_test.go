package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// TestRequestCases covers the session 6 annotation rule: requests, calls
// and orders with a hearer and a to-infinitive, "warned (X) against V-ing"
// and "proposed V-ing / to VP" report speech. Each row gives exactly the
// quotes wanted; the near misses want none.
func TestRequestCases(t *testing.T) {
	tests := []freshCase{
		{
			name:     "urged the union to",
			text:     "Mayor Ilse Varga urged the union to call off the strike.",
			want:     []quote{{"Ilse Varga", model.Indirect, "the union to call off the strike"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "called on, a named organisation",
			text:     "The Tarvik Chamber of Commerce called on the government to lower taxes.",
			want:     []quote{{"Tarvik Chamber of Commerce", model.Indirect, "the government to lower taxes"}},
			speakers: []string{"Tarvik Chamber of Commerce"},
		},
		{
			name: "called on, an unnamed council",
			text: "The Ostby council called on residents to conserve water during the drought.",
			want: []quote{{"", model.Indirect, "residents to conserve water during the drought"}},
		},
		{
			name:     "has called upon",
			text:     "Anja Koll has called upon the United Nations to intervene.",
			want:     []quote{{"Anja Koll", model.Indirect, "the United Nations to intervene"}},
			speakers: []string{"Anja Koll"},
		},
		{
			name: "police asked drivers to: unnamed",
			text: "Police asked drivers to avoid the Marlow bridge on Sunday.",
			want: []quote{{"", model.Indirect, "drivers to avoid the Marlow bridge on Sunday"}},
		},
		{
			name:     "told residents to",
			text:     "Ilse Varga told residents to stay indoors until the smoke cleared.",
			want:     []quote{{"Ilse Varga", model.Indirect, "residents to stay indoors until the smoke cleared"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "warned residents against V-ing: the text follows against",
			text:     "Ilse Varga warned residents against swimming in the lake.",
			want:     []quote{{"Ilse Varga", model.Indirect, "swimming in the lake"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "warned against V-ing, no hearer",
			text:     "Ilse Varga warned against swimming in the lake.",
			want:     []quote{{"Ilse Varga", model.Indirect, "swimming in the lake"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "cautioned investors against",
			text:     "Tomas Brenn cautioned investors against buying the shares.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "buying the shares"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "warned residents not to",
			text:     "Ilse Varga warned residents not to swim in the lake.",
			want:     []quote{{"Ilse Varga", model.Indirect, "residents not to swim in the lake"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "proposed V-ing",
			text:     "Ilse Varga proposed cutting the fares by a third.",
			want:     []quote{{"Ilse Varga", model.Indirect, "cutting the fares by a third"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "proposed to VP",
			text:     "Ilse Varga proposed to cut the fares by a third.",
			want:     []quote{{"Ilse Varga", model.Indirect, "to cut the fares by a third"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "urged a pronoun not to",
			text:     "Tomas Brenn urged them not to sell their land.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "them not to sell their land"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "in a statement, X urged",
			text:     "In a statement, Tomas Brenn urged the council to reconsider its decision.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the council to reconsider its decision"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name: "urged Y to A, saying ...: the request and the clause",
			text: "Tomas Brenn urged the council to reconsider, saying the plan would ruin the harbour.",
			want: []quote{
				{"Tomas Brenn", model.Indirect, "the council to reconsider"},
				{"Tomas Brenn", model.Indirect, "the plan would ruin the harbour"},
			},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "pressed the ministry to",
			text:     "The Marlow Farmers Union pressed the ministry to release the funds.",
			want:     []quote{{"Marlow Farmers Union", model.Indirect, "the ministry to release the funds"}},
			speakers: []string{"Marlow Farmers Union"},
		},
		{
			name:     "appealed to residents to",
			text:     "Tomas Brenn appealed to residents to report any sightings of the bear.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "residents to report any sightings of the bear"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "encouraged, after an appositive",
			text:     "The health minister, Anja Koll, encouraged parents to vaccinate their children.",
			want:     []quote{{"Anja Koll", model.Indirect, "parents to vaccinate their children"}},
			speakers: []string{"Anja Koll"},
		},
		{
			name:     "advised travellers to",
			text:     "Anja Koll advised travellers to check their flights before leaving home.",
			want:     []quote{{"Anja Koll", model.Indirect, "travellers to check their flights before leaving home"}},
			speakers: []string{"Anja Koll"},
		},
		{
			name:     "a judge instructed the jury to",
			text:     "Judge Petra Lind instructed the jury to disregard the remark.",
			want:     []quote{{"Petra Lind", model.Indirect, "the jury to disregard the remark"}},
			speakers: []string{"Petra Lind"},
		},
		{
			name:     "a judge ordered the company to",
			text:     "Judge Petra Lind ordered the company to hand over its records.",
			want:     []quote{{"Petra Lind", model.Indirect, "the company to hand over its records"}},
			speakers: []string{"Petra Lind"},
		},
		{
			name:     "implored and begged",
			text:     "Anja Koll implored the protesters to go home. Tomas Brenn begged the court to show mercy.",
			want:     []quote{{"Anja Koll", model.Indirect, "the protesters to go home"}, {"Tomas Brenn", model.Indirect, "the court to show mercy"}},
			speakers: []string{"Anja Koll", "Tomas Brenn"},
		},
		{
			name:     "an object with of, after a time",
			text:     "Anja Koll on Monday urged all residents of the coast to leave immediately.",
			want:     []quote{{"Anja Koll", model.Indirect, "all residents of the coast to leave immediately"}},
			speakers: []string{"Anja Koll"},
		},
		{
			name:     "a request ends before a comma and but",
			text:     "Anja Koll urged Ostby residents to vote, but the turnout remained low.",
			want:     []quote{{"Anja Koll", model.Indirect, "Ostby residents to vote"}},
			speakers: []string{"Anja Koll"},
		},
		{
			name:     "a quotation first, then the order: the quotation",
			text:     "\"Go home,\" Judge Petra Lind ordered the crowd.",
			want:     []quote{{"Petra Lind", model.Direct, "Go home"}},
			speakers: []string{"Petra Lind"},
		},
		{
			name:     "a question stays a question",
			text:     "Tomas Brenn asked the council whether the library would close.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "whether the library would close"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name:     "told a hearer a clause stays a clause",
			text:     "Anja Koll told reporters the plan was dead.",
			want:     []quote{{"Anja Koll", model.Indirect, "the plan was dead"}},
			speakers: []string{"Anja Koll"},
		},
		{
			name: "a participle after a statement, unnamed body",
			text: "The council issued a statement urging residents to stay indoors.",
			want: []quote{{"", model.Indirect, "residents to stay indoors"}},
		},
		{
			name: "police are asking anyone with information to",
			text: "Police are asking anyone with information to contact them.",
			want: []quote{{"", model.Indirect, "anyone with information to contact them"}},
		},
		{
			name:     "a named court orders",
			text:     "The Ostby District Court ordered Tidemark Shipping to pay damages.",
			want:     []quote{{"Ostby District Court", model.Indirect, "Tidemark Shipping to pay damages"}},
			speakers: []string{"Ostby District Court"},
		},
		{
			name: "a quoted phrase inside the request makes it mixed",
			text: "Anja Koll urged the government to \"act now\" on housing.",
			want: []quote{{"Anja Koll", model.Mixed, "the government to \"act now\" on housing"}},
		},
		{
			name: "a request then a clause after and said",
			text: "Anja Koll urged residents to leave and said the storm was strong.",
			want: []quote{{"Anja Koll", model.Indirect, "residents to leave"}, {"Anja Koll", model.Indirect, "the storm was strong"}},
		},
		{
			name: "a quotation, then said, urging",
			text: "\"We need help,\" Anja Koll said, urging donors to give generously.",
			want: []quote{{"Anja Koll", model.Direct, "We need help"}, {"Anja Koll", model.Indirect, "donors to give generously"}},
		},
		{
			name: "a pronoun subject in the next sentence",
			text: "Tomas Brenn spoke in Ostby on Monday. He urged the council to act.",
			want: []quote{{"Tomas Brenn", model.Indirect, "the council to act"}},
		},
		{
			name: "to A and to B is one request; ends before a comma and a clause of the writer's",
			text: "Anja Koll called on the government to send troops and to close the border, and the opposition laughed.",
			want: []quote{{"Anja Koll", model.Indirect, "the government to send troops and to close the border"}},
		},
		{
			name: "advised against V-ing",
			text: "Anja Koll advised against travelling to the coast.",
			want: []quote{{"Anja Koll", model.Indirect, "travelling to the coast"}},
		},
		{
			name: "proposed V-ing with an object",
			text: "Anja Koll proposed raising the tax on fuel.",
			want: []quote{{"Anja Koll", model.Indirect, "raising the tax on fuel"}},
		},
		{
			name: "proposed a noun and said: only the clause",
			text: "Anja Koll proposed a ferry tax and said it would pay for the new pier.",
			want: []quote{{"Anja Koll", model.Indirect, "it would pay for the new pier"}},
		},
		{
			name:     "asked for X to be: the hearer after for",
			text:     "Anja Koll asked for the price to be kept secret. Tomas Brenn urged for the National Guard to be brought in.",
			want:     []quote{{"Anja Koll", model.Indirect, "the price to be kept secret"}, {"Tomas Brenn", model.Indirect, "the National Guard to be brought in"}},
			speakers: []string{"Anja Koll", "Tomas Brenn"},
		},
		{
			name: "calls on after and",
			text: "The Ostby Green Party opposes the war and calls on Marlow to remain neutral.",
			want: []quote{{"Ostby Green Party", model.Indirect, "Marlow to remain neutral"}},
		},
		{
			name: "a hearer with in and a place",
			text: "Police warned people in the general vicinity to stay inside and close their windows.",
			want: []quote{{"", model.Indirect, "people in the general vicinity to stay inside and close their windows"}},
		},
		{
			name:     "a hearer that is also a speech verb",
			text:     "The Ostby Party urged states not to reschedule their elections but rather to use postal voting.",
			want:     []quote{{"Ostby Party", model.Indirect, "states not to reschedule their elections but rather to use postal voting"}},
			speakers: []string{"Ostby Party"},
		},
		{
			name:     "a participle after a comma and an adverb",
			text:     "Anja Koll asked for support, especially asking voters to vote early.",
			want:     []quote{{"Anja Koll", model.Indirect, "voters to vote early"}},
			speakers: []string{"Anja Koll"},
		},
		{
			name: "a participle after after",
			text: "The plane hit the water shortly after asking air traffic control to return.",
			want: []quote{{"", model.Indirect, "air traffic control to return"}},
		},
		{
			name:     "a request ends before the writer's relative clause",
			text:     "Tomas Brenn ordered his staff to delay the aid for Ostby, which is at war with Marlow.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "his staff to delay the aid for Ostby"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name: "a request ends before a dash",
			text: "Protesters carried placards asking the government to revoke the law — the act passed in May — and marched to the hall.",
			want: []quote{{"", model.Indirect, "the government to revoke the law"}},
		},
		{
			name:     "the clause first, then urged",
			text:     "Residents should stay indoors, Ilse Varga urged on Monday.",
			want:     []quote{{"Ilse Varga", model.Indirect, "Residents should stay indoors"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name: "the clause first, then demanded",
			text: "The council must act now, the union demanded.",
			want: []quote{{"", model.Indirect, "The council must act now"}},
		},
		{
			name:     "a quotation first, then warned a hearer",
			text:     "\"Do not swim,\" Ilse Varga warned residents.",
			want:     []quote{{"Ilse Varga", model.Direct, "Do not swim"}},
			speakers: []string{"Ilse Varga"},
		},
		{
			name:     "hearers in apposition, joined, counted, or described",
			text:     "Tomas Brenn urged the mayor, Ilse Varga, to resign. Brenn urged Ostby and Marlow to sign the treaty. Brenn urged those affected to call the hotline.",
			want:     []quote{{"Tomas Brenn", model.Indirect, "the mayor, Ilse Varga, to resign"}, {"Tomas Brenn", model.Indirect, "Ostby and Marlow to sign the treaty"}, {"Tomas Brenn", model.Indirect, "those affected to call the hotline"}},
			speakers: []string{"Tomas Brenn"},
		},
		{
			name: "a number of hearers",
			text: "Police urged 2,000 residents to leave. Tomas Brenn told three officers to stand down.",
			want: []quote{{"", model.Indirect, "2,000 residents to leave"}, {"Tomas Brenn", model.Indirect, "three officers to stand down"}},
		},
		{
			name: "more than a number of hearers",
			text: "Police urged more than 2,000 residents to leave.",
			want: []quote{{"", model.Indirect, "more than 2,000 residents to leave"}},
		},
		{
			name: "pressured X not to",
			text: "Several officials pressured Tomas Brenn not to sign the bill.",
			want: []quote{{"", model.Indirect, "Tomas Brenn not to sign the bill"}},
		},
		{
			name: "a request ends before the notice it was made in",
			text: "The embassy advised citizens to leave the country immediately in its January 3 security alert. Tomas Brenn urged residents to stay indoors in a statement on Monday.",
			want: []quote{{"", model.Indirect, "citizens to leave the country immediately"}, {"Tomas Brenn", model.Indirect, "residents to stay indoors"}},
		},
		{
			name: "a statement inside the request stays",
			text: "Tomas Brenn urged residents to read the warning in the statement carefully.",
			want: []quote{{"Tomas Brenn", model.Indirect, "residents to read the warning in the statement carefully"}},
		},
		{
			name: "a judge orders the defendants, the jury",
			text: "The judge ordered the defendants to pay. Judge Petra Lind ordered the jury to disregard it.",
			want: []quote{{"", model.Indirect, "the defendants to pay"}, {"Petra Lind", model.Indirect, "the jury to disregard it"}},
		},
		{
			name:     "to ask as the purpose of a past action",
			text:     "Judge Evander Lisle interrupted twice to ask the lawyers to keep their questions short. Tomas Brenn returned to ask the court to delay the case.",
			want:     []quote{{"Evander Lisle", model.Indirect, "the lawyers to keep their questions short"}, {"Tomas Brenn", model.Indirect, "the court to delay the case"}},
			speakers: []string{"Evander Lisle", "Tomas Brenn"},
		},
		// Near misses: no request reported.
		{name: "near miss: to ask as a wish or a plan", text: "Tomas Brenn wanted to ask the council to wait. Ilse Varga is expected to urge the council to act. Varga was scheduled to ask the council to act. Brenn plans to ask voters to back him.", speakers: []string{}},
		{name: "near miss: the urge to", text: "Tomas Brenn felt the urge to leave.", speakers: []string{}},
		{name: "near miss: goods ordered for a purpose", text: "The airline ordered 20 jets to expand its fleet. Ostby Rail ordered new trains to replace the old fleet.", speakers: []string{}},
		{name: "near miss: asked a question for a purpose", text: "Tomas Brenn asked the question to provoke a debate.", speakers: []string{}},
		{name: "near miss: pressured passive, pressured into, the noun", text: "Tomas Brenn was pressured to resign. The bank pressured the council into selling the land. Pressure on the council to act grew.", speakers: []string{}},
		{name: "near miss: those who came to help", text: "Tomas Brenn thanked those who came to help.", speakers: []string{}},
		{name: "near miss: a request to come", text: "Ilse Varga will ask the council to approve the plan. Tomas Brenn plans to urge the council to act.", speakers: []string{}},
		{name: "near miss: a request denied", text: "Ilse Varga did not ask residents to leave.", speakers: []string{}},
		{name: "near miss: asking for places to eat", text: "Anja Koll posted online asking for places to eat on the drive to Ostby.", speakers: []string{}},
		{name: "near miss: called for X to is left out", text: "The Ostby council called for the minister to resign.", speakers: []string{}},
		{name: "near miss: a participle after a bare noun", text: "Ostby officials joined the calls by council members asking the government to waive the fee.", speakers: []string{}},
		{name: "near miss: proposed a noun with a purpose infinitive", text: "The Ostby council proposed an amendment to the bylaw to allow night markets.", speakers: []string{}},
		{name: "near miss: requested things to do something", text: "Thousands of voters in Ostby requested postal ballots to vote from home.", speakers: []string{}},
		{name: "near miss: proposed a noun in -ing", text: "Anja Koll proposed funding for schools. Tomas Brenn proposed spending cuts.", speakers: []string{}},
		{name: "near miss: told a story to children", text: "Tomas Brenn told the story to children at the library.", speakers: []string{}},
		{name: "near miss: asked the way to a place", text: "Tomas Brenn asked the way to the station.", speakers: []string{}},
		{name: "near miss: urged to safety", text: "The rescue team urged residents to safety.", speakers: []string{}},
		{name: "near miss: helped and allowed are no speech", text: "Anja Koll helped residents to leave the town. Tomas Brenn allowed residents to return home.", speakers: []string{}},
		{name: "near miss: ordered a noun", text: "The Ostby council ordered the evacuation of the town.", speakers: []string{}},
		{name: "near miss: asked for, begged for", text: "Anja Koll asked for help. Tomas Brenn begged for mercy.", speakers: []string{}},
		{name: "near miss: a passive ask", text: "Tomas Brenn was asked to leave the room.", speakers: []string{}},
		{name: "near miss: appealed a ruling, pressed ahead", text: "Anja Koll appealed the ruling. Tomas Brenn pressed ahead with the plan.", speakers: []string{}},
		{name: "near miss: a noun object alone (urged restraint)", text: "Tomas Brenn urged restraint.", speakers: []string{}},
		{name: "near miss: called for calm", text: "Mayor Ilse Varga called for calm.", speakers: []string{}},
		{name: "near miss: ordered a recount", text: "Judge Petra Lind ordered a recount.", speakers: []string{}},
		{name: "near miss: proposed a noun", text: "Anja Koll proposed a four-day week.", speakers: []string{}},
		{name: "near miss: requested a noun", text: "Anja Koll requested an inquiry.", speakers: []string{}},
		{name: "near miss: a passive order", text: "Tidemark Shipping was ordered to pay damages.", speakers: []string{}},
		{name: "near miss: a passive urging", text: "Residents of Ostby were urged to stay indoors.", speakers: []string{}},
		{name: "near miss: asked to be excused, no hearer", text: "Tomas Brenn asked to be excused from the hearing.", speakers: []string{}},
		{name: "near miss: asked not to be named", text: "A council worker, who asked not to be named, left.", speakers: []string{}},
		{name: "near miss: plans of one's own", text: "Tomas Brenn wanted to leave early. Anja Koll decided to resign.", speakers: []string{}},
		{name: "near miss: invited is no speech", text: "Anja Koll invited residents to comment on the plan.", speakers: []string{}},
		{name: "near miss: encouraged by results", text: "Anja Koll was encouraged by the results.", speakers: []string{}},
		{name: "near miss: appealed to pride", text: "Tomas Brenn appealed to the pride of the voters.", speakers: []string{}},
		{name: "near miss: called on a friend", text: "Tomas Brenn called on a friend in Ostby.", speakers: []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFreshCase(t, tt)
			if res := extract.Extract(strings.Split(tt.text, "\n\n")); len(res.Quotes) != len(tt.want) {
				t.Errorf("got %d quotes, want %d", len(res.Quotes), len(tt.want))
			}
		})
	}
}

// TestRequestTwoSpeakers: "X and Y urged ..." gives the request to each.
func TestRequestTwoSpeakers(t *testing.T) {
	res := extract.Extract([]string{"Tomas Brenn and Ilse Varga urged voters to turn out on Sunday."})
	got := map[string]string{}
	for _, q := range res.Quotes {
		got[q.Speaker] = q.Text
	}
	// A joint request: neither's alone (session 13).
	if len(res.Quotes) != 1 || got[""] != "voters to turn out on Sunday" {
		t.Errorf("got %s", describe(res))
	}
}
