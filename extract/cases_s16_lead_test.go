package extract_test

import (
	"testing"

	"soundbite/extract"
)

// Session 16, found by helper n3's probes: a date of month and day
// between the cue and its clause ("said on February 21 that ...") gave the
// clause the day's number, because the rule that lets a number after a
// day open the clause ("said on Monday 40 people were hurt") took the
// month for a day. The day of the month belongs to the date; a number
// before a plain noun still counts things. Spans are checked exactly.
func TestDateBeforeClauseS16(t *testing.T) {
	const who = "Ilse Varga"
	for _, c := range []struct{ text, want string }{
		{"Mayor Ilse Varga said on February 21 that the road would close.", "the road would close"},
		{"Mayor Ilse Varga said on Feb. 21 that the road would close.", "the road would close"},
		{"Mayor Ilse Varga told reporters on 3 May that the road would close.", "the road would close"},
		{"Mayor Ilse Varga said on March 3 the plant would close.", "the plant would close"},
		{"Mayor Ilse Varga said on October 30, the plant would close.", "the plant would close"},
		{"Mayor Ilse Varga announced on June 12 she would resign.", "she would resign"},
		// Near misses: a number counting things after a day or a month.
		{"Mayor Ilse Varga said on Monday 40 people were hurt in the blast.", "40 people were hurt in the blast"},
		{"Mayor Ilse Varga said on March 3 people were hurt in the blast.", "3 people were hurt in the blast"},
		{"Mayor Ilse Varga said in 2024 300 homes had flooded.", "300 homes had flooded"},
	} {
		res := extract.Extract([]string{c.text})
		if len(res.Quotes) != 1 || res.Quotes[0].Text != c.want || res.Quotes[0].Speaker != who {
			t.Errorf("%s\n got %s\nwant %q by %q", c.text, describe(res), c.want, who)
		}
	}
}
