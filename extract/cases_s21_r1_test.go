package extract_test

import "testing"

// Session 21, pool r1.
//
// Class remit-list: a portfolio or a trade listed with commas before the
// head word of a title or a body, "Energy, Water and Transport Minister
// Aman Rofi", "the Mining, Energy and Chemical Union": the comma after the
// first field split the name, so the first field alone was taken for a
// speaker ("Energy") and the rest for its description, or the body lost
// its first field ("Energy and Chemical Union"). Near misses: lists of
// places, people or firms, and a list of fields with no head word after
// it, stay apart.
// First pass (before the fix): 10/14 rows (every near miss passed; of
// the positives only the two titles opening their sentence did, where
// the first field is dropped as a sentence's capital and the name
// survives).

func s21r1RemitRows() []auditRow {
	return []auditRow{
		{class: "remit-list/minister-after", text: "The new rules will help farmers, said Energy, Water and Transport Minister Aman Rofi.",
			want: []quote{{"Aman Rofi", auI, "The new rules will help farmers"}}, speakers: []string{"Aman Rofi"}},
		{class: "remit-list/minister-after", text: "The grant will reach every school, said Investment, Science and Industry Minister Datuk Seri Halim Osra.",
			want: []quote{{"Halim Osra", auI, "The grant will reach every school"}}, speakers: []string{"Halim Osra"}},
		{class: "remit-list/minister-before", text: "Health, Sport and Housing Minister Petra Lindqvist said the clinics would open in May.",
			want: []quote{{"Petra Lindqvist", auI, "the clinics would open in May"}}, speakers: []string{"Petra Lindqvist"}},
		{class: "remit-list/secretary", text: "Culture, Media and Tourism Secretary Dalia Morrow said the museums would reopen on Monday.",
			want: []quote{{"Dalia Morrow", auI, "the museums would reopen on Monday"}}, speakers: []string{"Dalia Morrow"}},
		{class: "remit-list/union", text: "The Mining, Energy and Chemical Union will start a round of meetings at 20 companies today.\n\nThe agreement covers 3000 workers, and the union says it influences the pay of thousands more.",
			want: []quote{{"Mining, Energy and Chemical Union", auI, "it influences the pay of thousands more"}}, speakers: []string{"Mining, Energy and Chemical Union"}},
		{class: "remit-list/union", text: "The Engineering, Printing and Shipping Union said the offer was below the rate of inflation.",
			want: []quote{{"Engineering, Printing and Shipping Union", auI, "the offer was below the rate of inflation"}}, speakers: []string{"Engineering, Printing and Shipping Union"}},
		// Near misses.
		{class: "remit-list/near", text: "Teams from Harwick, Tarvik and Osmere Council said the roads were closed.",
			want: []quote{{"", auI, "the roads were closed"}}},
		{class: "remit-list/near", text: "Kessler, Dunn and Mayhew said the deal was fair.",
			want: []quote{{"", auI, "the deal was fair"}}},
		{class: "remit-list/near", text: "Spending on Health, Education and Transport rose, Minister Aman Rofi said.",
			want: []quote{{"Aman Rofi", auI, "Spending on Health, Education and Transport rose"}}, speakers: []string{"Aman Rofi"}},
		{class: "remit-list/near", text: "Energy Minister Aman Rofi said the new rules will help farmers.",
			want: []quote{{"Aman Rofi", auI, "the new rules will help farmers"}}, speakers: []string{"Aman Rofi"}},
		{class: "remit-list/near", text: "Trade and Industry Minister Halim Osra said the grant will reach every school.",
			want: []quote{{"Halim Osra", auI, "the grant will reach every school"}}, speakers: []string{"Halim Osra"}},
		{class: "remit-list/near", text: "Rates rose in Harwick, Tarvik and Osmere, Finance Minister Arno Vell said.",
			want: []quote{{"Arno Vell", auI, "Rates rose in Harwick, Tarvik and Osmere"}}, speakers: []string{"Arno Vell"}},
		{class: "remit-list/near", text: "In Tarvik, Osmere and Harwick, Mayor Dalia Morrow said, the schools would close.",
			want: []quote{{"Dalia Morrow", auI, "the schools would close"}}, speakers: []string{"Dalia Morrow"}},
		{class: "remit-list/near", text: "The Ministry of Agriculture, Fisheries and Food said the ban would stay.",
			want: []quote{{"Ministry of Agriculture, Fisheries and Food", auI, "the ban would stay"}}, speakers: []string{"Ministry of Agriculture, Fisheries and Food"}},
	}
}

// Class office-holder-who: an office opening the sentence, its holder
// named in apposition with a title or honorific, and a relative clause
// after the holder before the cue: "Head of the Marlow division,
// Superintendent Dorian Vell, who toured the site, said". Without the
// clause the holder speaks; with it the office spoke and was nobody,
// since the holder was sought in the nearest aside, the clause. Near
// misses: no holder named, the holder without the clause, a plain name.
// First pass (before the fix): 5/9 rows (every near miss passed, no
// positive did).

func s21r1HolderRows() []auditRow {
	return []auditRow{
		{class: "holder-who/title", text: "Head of the Marlow division, Superintendent Dorian Vell, who toured the site, said there have been nine thefts this year.",
			want: []quote{{"Dorian Vell", auI, "there have been nine thefts this year"}}, speakers: []string{"Dorian Vell"}},
		{class: "holder-who/title", text: "Head of the Osmere command, Superintendent of Police Arno Brekke, who gave an overview of the parish, said there have been 14 murders so far this year.",
			want: []quote{{"Arno Brekke", auI, "there have been 14 murders so far this year"}}, speakers: []string{"Arno Brekke"}},
		{class: "holder-who/honorific", text: "Director of Electoral Services, Dr Ilse Varga, who spoke after the count, said the results would be out on Friday.",
			want: []quote{{"Ilse Varga", auI, "the results would be out on Friday"}}, speakers: []string{"Ilse Varga"}},
		{class: "holder-who/honorific", text: "Chairman of the Tarvik Water Board, Mr. Odo Brannock, who visited the dam on Monday, said the levels were falling.",
			want: []quote{{"Odo Brannock", auI, "the levels were falling"}}, speakers: []string{"Odo Brannock"}},
		// Near misses.
		{class: "holder-who/near", text: "Officials at the Marlow division, who toured the site, said there have been nine thefts this year.",
			want: []quote{{"", auI, "there have been nine thefts this year"}}},
		{class: "holder-who/near", text: "Head of the Marlow division, Superintendent Dorian Vell, said there have been nine thefts this year.",
			want: []quote{{"Dorian Vell", auI, "there have been nine thefts this year"}}, speakers: []string{"Dorian Vell"}},
		{class: "holder-who/near", text: "Head of the Marlow division, Dorian Vell, who toured the site, said there have been nine thefts this year.",
			want: []quote{{"Dorian Vell", auI, "there have been nine thefts this year"}}, speakers: []string{"Dorian Vell"}},
		{class: "holder-who/near", text: "The head of the Marlow division, Superintendent Dorian Vell, who toured the site, said there have been nine thefts this year.",
			want: []quote{{"Dorian Vell", auI, "there have been nine thefts this year"}}, speakers: []string{"Dorian Vell"}},
		{class: "holder-who/near", text: "Residents of Marlow, who met on Monday, said the thefts had doubled.",
			want: []quote{{"", auI, "the thefts had doubled"}}},
	}
}

// Class passive-credit: a sentence with no cue of its own, then "This
// was stated by X" (disclosed, revealed, announced, confirmed, said)
// crediting it to a named person or body, as "That is the view of X"
// does (clauseCredit). The passive credit was read as no cue at all.
// Near misses: the credit names a place or nobody, the sentence before
// reports someone already, the verb is no speech ("built by").
// First pass (before the fix): 3/6 rows (every near miss passed, no
// positive did).

func s21r1PassiveCreditRows() []auditRow {
	return []auditRow{
		{class: "passive-credit/person", text: "The average dam level in the province has dropped to 18.9% from 19.5% last week.\n\nThis was stated by water minister Arno Brekke on Monday.",
			want: []quote{{"Arno Brekke", auI, "The average dam level in the province has dropped to 18.9% from 19.5% last week"}}, speakers: []string{"Arno Brekke"}},
		{class: "passive-credit/person", text: "Nine people were arrested after the march in Osmere on Saturday.\n\nThis was disclosed by police spokesman Dorian Vell.",
			want: []quote{{"Dorian Vell", auI, "Nine people were arrested after the march in Osmere on Saturday"}}, speakers: []string{"Dorian Vell"}},
		{class: "passive-credit/body", text: "The ferry service will resume on Thursday after two days of gales.\n\nThat was confirmed by the Tarvik Ferry Company in a statement.",
			want: []quote{{"Tarvik Ferry Company", auI, "The ferry service will resume on Thursday after two days of gales"}}, speakers: []string{"Tarvik Ferry Company"}},
		// Near misses.
		{class: "passive-credit/near", text: "The new bridge across the Osmere river opened to traffic on Monday.\n\nIt was built by Tarvik Steel over three years.",
			want: nil, speakers: []string{}},
		{class: "passive-credit/near", text: "Ilse Varga said the dam level in the province had dropped to 18.9%.\n\nThis was stated by water minister Arno Brekke on Monday.",
			want: []quote{{"Ilse Varga", auI, "the dam level in the province had dropped to 18.9%"}}},
		{class: "passive-credit/near", text: "The average dam level in the province has dropped to 18.9% from 19.5% last week.\n\nThis was stated in a report on Monday.",
			want: nil, speakers: []string{}},
	}
}

// Class body-typo: a body's name of three words or more given twice, once
// with one word misspelt ("Cadwalder" for "Cadwaladr"), left as two
// speakers. Near misses: two bodies whose differing word is a known word
// ("North"/"South", "Water"/"Waste") or differs more. The one body
// keeps the form met first.
// First pass (before the fix): 3/5 rows (every near miss passed, no
// positive did).

func s21r1BodyTypoRows() []auditRow {
	return []auditRow{
		{class: "body-typo/org", text: "The ward closed after Tarvenna Ostrovik University Health Board confirmed they are short of ten nurses.\n\nIn a statement Tarvenna Ostrovic University Health Board added that one bed was lost.",
			want: []quote{{"Tarvenna Ostrovik University Health Board", auI, "they are short of ten nurses"}, {"Tarvenna Ostrovik University Health Board", auI, "one bed was lost"}}, speakers: []string{"Tarvenna Ostrovik University Health Board"}},
		{class: "body-typo/org", text: "The Kelmarsh Brendova Water Authority said the reservoir was at 40%.\n\nThe Kelmarsh Brendowa Water Authority later said rationing would begin on Monday.",
			want: []quote{{"Kelmarsh Brendova Water Authority", auI, "the reservoir was at 40%"}, {"Kelmarsh Brendova Water Authority", auI, "rationing would begin on Monday"}}},
		// Near misses.
		{class: "body-typo/near", text: "The North Tarvik Health Board said the ward was closed.\n\nThe South Tarvik Health Board said its wards were open.",
			want: []quote{{"North Tarvik Health Board", auI, "the ward was closed"}, {"South Tarvik Health Board", auI, "its wards were open"}}},
		{class: "body-typo/near", text: "The Ostrovic Water Board said the pipes were old.\n\nThe Ostrovic Waste Board said the bins were full.",
			want: []quote{{"Ostrovic Water Board", auI, "the pipes were old"}, {"Ostrovic Waste Board", auI, "the bins were full"}}},
		{class: "body-typo/near", text: "The Brendova Marlstone Water Authority said the reservoir was full.\n\nThe Brendova Harlstead Water Authority said its reservoir was low.",
			want: []quote{{"Brendova Marlstone Water Authority", auI, "the reservoir was full"}, {"Brendova Harlstead Water Authority", auI, "its reservoir was low"}}},
	}
}

func TestAuditS21R1(t *testing.T) {
	rows := append(s21r1RemitRows(), s21r1HolderRows()...)
	rows = append(rows, s21r1PassiveCreditRows()...)
	runAudit(t, "s21r1", append(rows, s21r1BodyTypoRows()...), false)
}
