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

func TestAuditS21R2(t *testing.T) {
	runAudit(t, "s21r2", electedRows(), false)
}
