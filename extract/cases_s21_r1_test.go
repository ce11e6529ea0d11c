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

func TestAuditS21R1(t *testing.T) {
	runAudit(t, "s21r1", s21r1RemitRows(), false)
}
