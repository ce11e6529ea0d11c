package extract_test

import (
	"testing"

	"soundbite/extract"
)

// speakerCase is an invented text and who each of its quotes is given to
// (quote text -> speaker, "" for nobody).
type speakerCase struct {
	paras []string
	want  map[string]string
}

// checkSpeakerCases runs the cases and reports every quote missing or given
// to the wrong speaker.
func checkSpeakerCases(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, tc := range cases {
		r := extract.Extract(tc.paras)
		got := make(map[string]string)
		for _, q := range r.Quotes {
			got[q.Text] = q.Speaker
		}
		for text, who := range tc.want {
			if s, ok := got[text]; !ok || s != who {
				t.Errorf("%q in %q: speaker %q (found %v), want %q", text, tc.paras[0], s, ok, who)
			}
		}
	}
}

// TestSpeakerPhraseAfterQuote checks speaker phrases that follow a
// quotation and open with a description: a lower-case role with a modifier
// ("lead author"), a role set off before the name, and a university named
// with "of" before a role.
func TestSpeakerPhraseAfterQuote(t *testing.T) {
	checkSpeakerCases(t, []speakerCase{
		{[]string{`"We were surprised," lead author Mirela Sanz said.`},
			map[string]string{"We were surprised": "Mirela Sanz"}},
		{[]string{`"We were surprised," the study's lead author, Mirela Sanz, said.`},
			map[string]string{"We were surprised": "Mirela Sanz"}},
		{[]string{`"It is a big step," University of Tarn professor Ines Ralle said.`},
			map[string]string{"It is a big step": "Ines Ralle"}},
		{[]string{`University of Tarn professor Ines Ralle said the findings were a big step.`},
			map[string]string{"the findings were a big step": "Ines Ralle"}},
		{[]string{`"We will appeal," its chief executive, Lena Voss, told reporters.`},
			map[string]string{"We will appeal": "Lena Voss"}},
	})
}
