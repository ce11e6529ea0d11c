package extract_test

import (
	"flag"
	"testing"
)

// Session 21, pool r4: speaker errors of real reporting, made general.
//
// Shape "theletters": "The Tarrow Vale MP also claimed ...": the article
// and a place's (or a party's) capitalised words before an office's
// letters are a description of the member named before, the way "the
// Labour MP" is; the words were taken for a person's name with the
// letters after it ("Ilse Varga MP"). Near misses: a name with its
// letters and no article ("Ilse Varga MP said"), a place's MP named
// after it ("Tarrow Vale MP Ilse Varga said"), an honorific after the
// article ("the Rt Hon Ilse Varga MP"), letters of no office ("the
// Kessel PhD").
// First pass (before the fix): 6/10 rows (every near miss passed, no
// positive did).

var s21r4Known = flag.Bool("s21r4.known", false, "TestAuditS21R4 runs its known failures too, to see which a change fixed")

func s21r4LettersRows() []auditRow {
	return []auditRow{
		{class: "theletters/pos", text: "The opposition will boycott the vote, says Datuk Arno Vellasamy.\n\nThe Tarrow Vale MP also claimed that members had been forced to sign the pact.",
			want:     []quote{{"Arno Vellasamy", auI, "The opposition will boycott the vote"}, {"Arno Vellasamy", auI, "members had been forced to sign the pact"}},
			speakers: []string{"Arno Vellasamy"}},
		{class: "theletters/pos", text: "Ilse Varga said the bridge would reopen in May.\n\nThe Kessel MP said that the council had ignored the warnings.",
			want:     []quote{{"Ilse Varga", auI, "the bridge would reopen in May"}, {"Ilse Varga", auI, "the council had ignored the warnings"}},
			speakers: []string{"Ilse Varga"}},
		{class: "theletters/pos", text: "Farmers were still waiting for payment, Oskar Brandt told reporters on Monday.\n\nThe North Lenmoor MEP added that the fund had run dry.",
			want:     []quote{{"Oskar Brandt", auI, "Farmers were still waiting for payment"}, {"Oskar Brandt", auI, "the fund had run dry"}},
			speakers: []string{"Oskar Brandt"}},
		{class: "theletters/pos", text: "Mara Quell warned that the ferry would be cut.\n\nThe Glenrath East MSP said islanders had been let down.",
			want:     []quote{{"Mara Quell", auI, "the ferry would be cut"}, {"Mara Quell", auI, "islanders had been let down"}},
			speakers: []string{"Mara Quell"}},
		// Near misses: a name with its letters stays a name.
		{class: "theletters/near", text: "The opposition will boycott the vote, says Arno Vellasamy.\n\nIlse Varga MP said that members had been forced to sign the pact.",
			want:     []quote{{"Arno Vellasamy", auI, "The opposition will boycott the vote"}, {"Ilse Varga", auI, "members had been forced to sign the pact"}},
			speakers: []string{"Arno Vellasamy", "Ilse Varga"}},
		{class: "theletters/near", text: "The opposition will boycott the vote, says Arno Vellasamy.\n\nTarrow Vale MP Ilse Varga said that members had been forced to sign the pact.",
			want:     []quote{{"Arno Vellasamy", auI, "The opposition will boycott the vote"}, {"Ilse Varga", auI, "members had been forced to sign the pact"}},
			speakers: []string{"Arno Vellasamy", "Ilse Varga"}},
		{class: "theletters/near", text: "The opposition will boycott the vote, says Arno Vellasamy.\n\nThe Rt Hon Ilse Varga MP said that members had been forced to sign the pact.",
			want:     []quote{{"Arno Vellasamy", auI, "The opposition will boycott the vote"}, {"Ilse Varga", auI, "members had been forced to sign the pact"}},
			speakers: []string{"Arno Vellasamy", "Ilse Varga"}},
		{class: "theletters/near", text: "The opposition will boycott the vote, says Arno Vellasamy.\n\nThe Labour MP said that members had been forced to sign the pact.",
			want:     []quote{{"Arno Vellasamy", auI, "members had been forced to sign the pact"}},
			speakers: []string{"Arno Vellasamy"}},
		{class: "theletters/near", text: "The wall was rebuilt, Mara Quell said.\n\nLater, Oskar Brandt QC told the court that the deeds were forged.",
			want:     []quote{{"Mara Quell", auI, "The wall was rebuilt"}, {"Oskar Brandt", auI, "the deeds were forged"}},
			speakers: []string{"Mara Quell", "Oskar Brandt"}},
		{class: "theletters/near", text: "Doctors said the ward would close.\n\nA report by Dr Ilse Varga MP said that the ward had been understaffed.",
			want: []quote{{"", auI, "the ward would close"}, {"Ilse Varga", auI, "the ward had been understaffed"}}},
	}
}

func TestAuditS21R4(t *testing.T) {
	runAudit(t, "s21r4", s21r4LettersRows(), *s21r4Known)
}
