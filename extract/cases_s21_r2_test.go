package extract_test

import "testing"

// Session 21, pool r2, class elected-member: an elected member's short
// title (MP, AM, MSP, MLA, MEP, TD) with the seat or party words before
// it, or the seat after "for", in the aside after a name: "Ilse Varga,
// North Velmark Liberal AM, said", "Karl Holm, Labour MP for Eastfield,
// said". The aside describes the person before the comma; neither the
// seat nor the run of capitalised words before the title is a speaker.
// Near misses: a body's name in the aside ("Ilse Varga, Velmark Liberal
// Party, said" stays as it was), the bare short title already handled,
// and a name with the title after it with no comma.
// Shape "the seat MP": "The Kota Sela MP also claimed" later in the
// story is the member named before, as "the Tarvik mayor" is; the seat
// was taken for a person's name with "MP" after it.
// First pass (before the fix): 7/13 rows (every near miss, "Karl Holm,
// Labour MP for Eastfield," and "A Labour MSP said"; none of the seat
// and party runs before the title, none of "the seat MP").

func electedRows() []auditRow {
	return []auditRow{
		{class: "elected/seat-party", text: "Ilse Varga, North Velmark Liberal AM, said the service had got worse.",
			want: []quote{{"Ilse Varga", auI, "the service had got worse"}}, speakers: []string{"Ilse Varga"}},
		{class: "elected/seat-party", text: "Fares rose on Monday.\n\nJonas Brekke, Tarvik East Labour MSP, claimed the line had been neglected for years.",
			want: []quote{{"Jonas Brekke", auI, "the line had been neglected for years"}}, speakers: []string{"Jonas Brekke"}},
		{class: "elected/party-for", text: "Karl Holm, Labour MP for Eastfield, said the service had got worse.",
			want: []quote{{"Karl Holm", auI, "the service had got worse"}}, speakers: []string{"Karl Holm"}},
		{class: "elected/party-for", text: "Marta Olsen, Green MEP for the Northern Isles, warned that the fishing fleet would shrink.",
			want: []quote{{"Marta Olsen", auI, "the fishing fleet would shrink"}}, speakers: []string{"Marta Olsen"}},
		{class: "elected/seat", text: "Arno Vell, Ostby North MLA, said the clinic should stay open.",
			want: []quote{{"Arno Vell", auI, "the clinic should stay open"}}, speakers: []string{"Arno Vell"}},
		// Near misses.
		{class: "elected/near", text: "Arno Vell, MLA for Ostby North, said the clinic should stay open.",
			want: []quote{{"Arno Vell", auI, "the clinic should stay open"}}, speakers: []string{"Arno Vell"}},
		{class: "elected/near", text: "Ostby North MLA Arno Vell said the clinic should stay open.",
			want: []quote{{"Arno Vell", auI, "the clinic should stay open"}}, speakers: []string{"Arno Vell"}},
		{class: "elected/near", text: "Karl Holm MP said the service had got worse.",
			want: []quote{{"Karl Holm", auI, "the service had got worse"}}, speakers: []string{"Karl Holm"}},
		// Shape "the seat MP": an article, the seat or party, the title;
		// the member described, never the seat as a person.
		{class: "elected/the-seat", text: "The opposition will not vote, says Arno Vell, the Ostby Sela MP.\n\nFares rose on Monday.\n\nThe Ostby Sela MP also claimed that members had been forced to sign.",
			want: []quote{{"Arno Vell", auI, "members had been forced to sign"}}, speakers: []string{"Arno Vell"}},
		{class: "elected/the-seat", text: "Karl Holm, Labour MP for Eastfield, said the vote was a sham.\n\nFares rose on Monday.\n\nThe Eastfield MP also claimed that members had been forced to sign.",
			want: []quote{{"Karl Holm", auI, "members had been forced to sign"}}, speakers: []string{"Karl Holm"}},
		{class: "elected/the-seat", text: "Fares rose on Monday.\n\nA Labour MSP said the line had been neglected for years.",
			want: []quote{{"", auI, "the line had been neglected for years"}}, speakers: []string{}},
		// Near misses: a body's name ending in no title, a title before a name.
		{class: "elected/near", text: "Fares rose on Monday.\n\nThe Eastfield Labour Party said the line had been neglected for years.",
			want: []quote{{"Eastfield Labour Party", auI, "the line had been neglected for years"}}, speakers: []string{"Eastfield Labour Party"}},
		{class: "elected/near", text: "Fares rose on Monday.\n\nThe Eastfield MP Karl Holm said the line had been neglected for years.",
			want: []quote{{"Karl Holm", auI, "the line had been neglected for years"}}, speakers: []string{"Karl Holm"}},
	}
}

// Class remit-plural: one body named with its remit before its head
// word, singular, and after "of", plural: "the Railway Ministry" and
// "the Ministry of Railways", "the Highway Department" and "the
// Department of Highways". Both are one speaker. Near misses: two bodies
// whose remits differ by more than the plural, a short word ("News"/
// "New") left exact.
// First pass (before the fix): 3/6 rows (the near misses).
func remitPluralRows() []auditRow {
	return []auditRow{
		{class: "remitplural/merge", text: "The Railway Ministry said the line would reopen on Friday.\n\nFares rose on Monday.\n\nThe Ministry of Railways said the staff were safe.",
			want: []quote{{"Ministry of Railways", auI, "the line would reopen on Friday"}, {"Ministry of Railways", auI, "the staff were safe"}}, speakers: []string{"Ministry of Railways"}},
		{class: "remitplural/merge", text: "The Velmark Department of Highways said the bridge was closed.\n\nThe Highway Department said repairs would take a month.",
			want: []quote{{"Velmark Department of Highways", auI, "the bridge was closed"}, {"Velmark Department of Highways", auI, "repairs would take a month"}}, speakers: []string{"Velmark Department of Highways"}},
		{class: "remitplural/merge", text: "The Ministry of Mines said output fell in May.\n\nThe Mine Ministry said the pits would reopen.",
			want: []quote{{"Ministry of Mines", auI, "output fell in May"}, {"Ministry of Mines", auI, "the pits would reopen"}}, speakers: []string{"Ministry of Mines"}},
		// Near misses.
		{class: "remitplural/near", text: "The Ministry of Railways said the line would reopen.\n\nThe Roads Ministry said the bridge was closed.",
			want: []quote{{"Ministry of Railways", auI, "the line would reopen"}, {"Roads Ministry", auI, "the bridge was closed"}}, speakers: []string{"Ministry of Railways", "Roads Ministry"}},
		{class: "remitplural/near", text: "The Ministry of Forests said the fires were contained.\n\nThe Forest Service said crews were tired.",
			want: []quote{{"Ministry of Forests", auI, "the fires were contained"}, {"Forest Service", auI, "crews were tired"}}, speakers: []string{"Ministry of Forests", "Forest Service"}},
		{class: "remitplural/near", text: "The Ministry of Transport said the line would reopen.\n\nThe Transport Ministry said the staff were safe.",
			want: []quote{{"Ministry of Transport", auI, "the line would reopen"}, {"Ministry of Transport", auI, "the staff were safe"}}, speakers: []string{"Ministry of Transport"}},
	}
}

// Class in-the-place: a name, then "in the" and a common noun for a place
// the story has set, then the cue: "The BBC's Pumza Fihlani in the
// capital says", "Arno Vell in the north said". The named one speaks;
// "the capital" is where. With an outlet's possessive before the name
// (its reporter) too. Near misses: the place noun as the subject itself
// ("Officials said ... The capital said" stays nobody's), a name as the
// object ("troops met Arno Vell in the capital, police said").
// First pass (before the fix): 4/7 rows (the near misses, and the
// outlet's reporter "in Ostby", a named place). Left: "Aid worker Arno
// Vell in the north says", whose lower-case trade before the name the
// check of what opens the sentence does not take.
func inPlaceRows() []auditRow {
	return []auditRow{
		{class: "inplace/common", text: "A storm hit Tarvik on Monday.\n\nMarta Olsen in the capital said the streets were empty.",
			want: []quote{{"Marta Olsen", auI, "the streets were empty"}}, speakers: []string{"Marta Olsen"}},
		{class: "inplace/common", text: "A storm hit Tarvik on Monday.\n\nNurse Arno Vell in the north says the roads are closed.",
			want: []quote{{"Arno Vell", auI, "the roads are closed"}}, speakers: []string{"Arno Vell"}},
		{class: "inplace/outlet", text: "A storm hit Tarvik on Monday.\n\nThe BBC’s Ilse Varga in the capital says police closed the roads near the harbour.",
			want: []quote{{"Ilse Varga", auI, "police closed the roads near the harbour"}}, speakers: []string{"Ilse Varga"}},
		{class: "inplace/outlet", text: "A storm hit Tarvik on Monday.\n\nThe BBC’s Ilse Varga in Ostby says police closed the roads near the harbour.",
			want: []quote{{"Ilse Varga", auI, "police closed the roads near the harbour"}}, speakers: []string{"Ilse Varga"}},
		// Near misses.
		{class: "inplace/near", text: "A storm hit Tarvik on Monday.\n\nThe Herald’s Jonas Brekke says police closed the roads.",
			want: []quote{{"Jonas Brekke", auI, "police closed the roads"}}, speakers: []string{"Jonas Brekke"}},
		{class: "inplace/near", text: "A storm hit Tarvik on Monday.\n\nTroops met Arno Vell in the capital, police said.",
			want: []quote{{"", auI, "Troops met Arno Vell in the capital"}}, speakers: []string{}},
		{class: "inplace/near", text: "A storm hit Tarvik on Monday.\n\nResidents in the capital said the streets were empty.",
			want: []quote{{"", auI, "the streets were empty"}}, speakers: []string{}},
	}
}

// Class as-far-as: a place after "as far (away, afield) as" ends a longer
// subject as a place after "in" does: "with residents as far away as
// Ostby saying they felt the tremor" is the residents', unnamed, never
// Ostby's. Near misses: the place in the reported words, a named speaker
// before the comparison.
// First pass (before the fix): 4/6 rows (the near misses, and "Farmers
// as far as Lenmoor reported", which another rule already gave nobody).
func asFarRows() []auditRow {
	return []auditRow{
		{class: "asfar/away", text: "A quake hit Tarvik.\n\nThe quake struck at dawn, with residents as far away as Ostby saying they felt the tremor.",
			want: []quote{{"", auI, "they felt the tremor"}}, speakers: []string{}},
		{class: "asfar/afield", text: "A quake struck Tarvik at dawn.\n\nPeople as far afield as Kessel Bay said the shaking lasted a minute.",
			want: []quote{{"", auI, "the shaking lasted a minute"}}, speakers: []string{}},
		{class: "asfar/plain", text: "A quake struck Tarvik at dawn.\n\nFarmers as far as Lenmoor reported that wells had cracked.",
			want: []quote{{"", auI, "wells had cracked"}}, speakers: []string{}},
		// Near misses.
		{class: "asfar/near", text: "A quake struck Tarvik at dawn.\n\nThe tremor was felt as far away as Ostby, Ilse Varga said.",
			want: []quote{{"Ilse Varga", auI, "The tremor was felt as far away as Ostby"}}, speakers: []string{"Ilse Varga"}},
		{class: "asfar/near", text: "A quake struck Tarvik at dawn.\n\nResidents in Ostby said they felt the tremor.",
			want: []quote{{"", auI, "they felt the tremor"}}, speakers: []string{}},
		{class: "asfar/near", text: "A quake struck Tarvik at dawn.\n\nSeismologist Arno Vell, who drove as far as Ostby, said the fault had moved.",
			want: []quote{{"Arno Vell", auI, "the fault had moved"}}, speakers: []string{"Arno Vell"}},
	}
}

// Class unclosed-relative: a person's name opening the sentence, ", who"
// and a relative clause, and the cue with the closing comma left out:
// "Marta Olsen, who refused to sign the results said: “...”". The named
// one speaks. Near misses: the comma written, a name that is an object,
// "who" with no comma before it. A body's name with ", which" is the same
// slip, left (a known row).
// First pass (before the fix): 3/7 rows (the three near misses; the
// body's row failed too).
func unclosedRelRows() []auditRow {
	return []auditRow{
		{class: "unclosedrel/indirect", text: "The vote was close.\n\nMarta Olsen, who refused to sign the results said the vote was rigged.",
			want: []quote{{"Marta Olsen", auI, "the vote was rigged"}}, speakers: []string{"Marta Olsen"}},
		{class: "unclosedrel/direct", text: "The vote was close.\n\nKarl Holm, who leads the party in Ostby said: “We reject the results.”",
			want: []quote{{"Karl Holm", auD, "We reject the results."}}, speakers: []string{"Karl Holm"}},
		{class: "unclosedrel/titled", text: "The vote was close.\n\nSenator Ilse Varga, who chaired the count told reporters the tally was wrong.",
			want: []quote{{"Ilse Varga", auI, "the tally was wrong"}}, speakers: []string{"Ilse Varga"}},
		// Near misses.
		{class: "unclosedrel/near", text: "The vote was close.\n\nMarta Olsen, who refused to sign the results, said the vote was rigged.",
			want: []quote{{"Marta Olsen", auI, "the vote was rigged"}}, speakers: []string{"Marta Olsen"}},
		{class: "unclosedrel/near", text: "The vote was close.\n\nThe Tarvik Electoral Board, which ran the count said the tally was right.",
			want: []quote{{"Tarvik Electoral Board", auI, "the tally was right"}}, speakers: []string{"Tarvik Electoral Board"},
			known: "body-which: a body's name, \", which\" and no closing comma is left to nobody; the fix takes a person's name only"},
		{class: "unclosedrel/near", text: "The vote was close.\n\nPolice met Marta Olsen, who refused to sign, and officials said the vote was fair.",
			want: []quote{{"", auI, "the vote was fair"}}, speakers: []string{}},
		{class: "unclosedrel/near", text: "The vote was close.\n\nThe people who voted said the count was slow.",
			want: []quote{{"", auI, "the count was slow"}}, speakers: []string{}},
	}
}

func TestAuditS21R2(t *testing.T) {
	rows := append(electedRows(), remitPluralRows()...)
	rows = append(rows, inPlaceRows()...)
	rows = append(rows, asFarRows()...)
	runAudit(t, "s21r2", append(rows, unclosedRelRows()...), false)
}
