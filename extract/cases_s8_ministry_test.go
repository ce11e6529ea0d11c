package extract_test

import (
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

// TestMinistryS8Cases covers descriptions of a body that name its remit:
// a ministry's portfolio ("the health ministry") and "the central bank"
// fit only a body whose name names that remit, and otherwise nobody; the
// bare description and a matching name keep resolving.
func TestMinistryS8Cases(t *testing.T) {
	const said = " said on Tuesday that the plan would cost more than expected."
	const met = " met on Monday to discuss the budget. "
	tests := []freshCase{
		{
			name: "another ministry's portfolio: nobody",
			text: "The Ministry of Finance" + met + "The health ministry" + said,
			want: []quote{{"", model.Indirect, "the plan would cost more than expected"}},
		},
		{
			name: "another department's portfolio: nobody",
			text: "The Department of Justice" + met + "The education department" + said,
			want: []quote{{"", model.Indirect, "the plan would cost more than expected"}},
		},
		{
			name: "a name with the portfolio first: nobody for another",
			text: "The Velmark Finance Ministry" + met + "The health ministry" + said,
			want: []quote{{"", model.Indirect, "the plan would cost more than expected"}},
		},
		{
			name: "defense and defence are one portfolio",
			text: "The Ministry of Defense" + met + "The defence ministry" + said,
			want: []quote{{"Ministry of Defense", model.Indirect, "the plan would cost more than expected"}},
		},
		{
			name: "the portfolio picks its ministry past a nearer one",
			text: "The Ministry of Health and the Ministry of Finance" + met + "The health ministry" + said,
			want: []quote{{"Ministry of Health", model.Indirect, "the plan would cost more than expected"}},
		},
		{
			name: "near miss: the bare ministry is the Ministry of Health",
			text: "The Ministry of Health" + met + "The ministry" + said,
			want: []quote{{"Ministry of Health", model.Indirect, "the plan would cost more than expected"}},
		},
		{
			name: "near miss: the health ministry is the Health Ministry",
			text: "The Velmark Health Ministry" + met + "The health ministry" + said,
			want: []quote{{"Velmark Health Ministry", model.Indirect, "the plan would cost more than expected"}},
		},
		{
			name: "near miss: the interior department is the Department of the Interior",
			text: "The Department of the Interior" + met + "The interior department" + said,
			want: []quote{{"Department of the Interior", model.Indirect, "the plan would cost more than expected"}},
		},
		{
			name: "a commercial bank is not the central bank",
			text: "Pellworth Bank" + met + "The central bank" + said,
			want: []quote{{"", model.Indirect, "the plan would cost more than expected"}},
		},
		{
			name: "the central bank past a nearer commercial one",
			text: "Pellworth Bank and the Bank of Japan" + met + "The central bank" + said,
			want: []quote{{"Bank of Japan", model.Indirect, "the plan would cost more than expected"}},
		},
		{
			name: "a reserve bank is a central bank",
			text: "The Reserve Bank of Velmark" + met + "The central bank" + said,
			want: []quote{{"Reserve Bank of Velmark", model.Indirect, "the plan would cost more than expected"}},
		},
		{
			name: "near miss: the bank is Kestrel Bank",
			text: "Kestrel Bank" + met + "The bank" + said,
			want: []quote{{"Kestrel Bank", model.Indirect, "the plan would cost more than expected"}},
		},
		{
			name: "near miss: an investment bank may be Kestrel Bank",
			text: "Kestrel Bank" + met + "The investment bank" + said,
			want: []quote{{"Kestrel Bank", model.Indirect, "the plan would cost more than expected"}},
		},
		{
			name: "near miss: a trade modifier still finds its trade",
			text: "Norland Railways" + met + "The rail operator" + said,
			want: []quote{{"Norland Railways", model.Indirect, "the plan would cost more than expected"}},
		},
		{
			name: "near miss: central in a name names no trade",
			text: "Central Valley Utilities" + met + "The power company" + said,
			want: []quote{{"Central Valley Utilities", model.Indirect, "the plan would cost more than expected"}},
		},
		{
			name: "the Federal Reserve is a central bank",
			text: "The Federal Reserve raised rates on Monday. The central bank" + said,
			want: []quote{{"Federal Reserve", model.Indirect, "the plan would cost more than expected"}},
		},
		{
			name: "near miss: an army reserve is no central bank",
			text: "The Velmark Army Reserve" + met + "The central bank" + said,
			want: []quote{{"", model.Indirect, "the plan would cost more than expected"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFreshCase(t, tt)
			if res := extract.Extract(strings.Split(tt.text, "\n\n")); len(res.Quotes) != len(tt.want) {
				t.Errorf("got %d quotes, want %d: %s", len(res.Quotes), len(tt.want), describe(res))
			}
		})
	}
}
