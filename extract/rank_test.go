package extract

import (
	"strings"
	"testing"
)

// rankLogOf runs the pipeline over text (paragraphs split at blank
// lines) and returns the doc and the candidates of its direct quotations.
func rankLogOf(text string) (*doc, []rankCase) {
	var log []rankCase
	d := runPipeline(strings.Split(text, "\n\n"), nil, nil, &log)
	return d, log
}

// candidateNamed returns the candidate of c named name ("" for nobody).
func candidateNamed(d *doc, c rankCase, name string) (rankCand, bool) {
	for _, k := range c.cands {
		if k.ent < 0 && name == "" || k.ent >= 0 && d.ents[k.ent].name == name {
			return k, true
		}
	}
	return rankCand{}, false
}

func TestRankFeatures(t *testing.T) {
	tests := []struct {
		name, text, quote, cand string
		on, off                 []int
	}{
		{"the subject of the sentence before, with a role",
			"Mayor Tomas Brekke opened the Velta bridge on Monday. \"It took ten years.\"",
			"It took ten years.", "Tomas Brekke",
			[]int{ftSubjectPrevSentence, ftPrevSentence, ftMostRecent, ftSole, ftPerson, ftRole, ftFullName},
			[]int{ftNamedInQuote, ftSpoke, ftEvent, ftOrg, ftSentBefore}},
		{"named in the quotation",
			"Tomas Brekke and Anders Holm met the press on Monday. \"Holm is wrong about the bridge.\"",
			"Holm is wrong about the bridge.", "Anders Holm",
			[]int{ftNamedInQuote, ftMostRecent, ftPrevSentence},
			[]int{ftSecondRecent, ftSole}},
		{"the other one named",
			"Tomas Brekke and Anders Holm met the press on Monday. \"Holm is wrong about the bridge.\"",
			"Holm is wrong about the bridge.", "Tomas Brekke",
			[]int{ftSecondRecent, ftPrevSentence},
			[]int{ftNamedInQuote, ftMostRecent}},
		{"before a colon in the quotation's sentence",
			"Reporters spoke to Anders Holm on Monday.\n\nHolm was at the bridge: \"It took ten years.\"",
			"It took ten years.", "Anders Holm",
			[]int{ftColonBefore, ftSentBefore, ftSentSubject, ftMentionsPara, ftMentionsPrev},
			[]int{ftSentAfter, ftCueSpeaker}},
		{"nobody, after a colon inside a sentence",
			"Reporters spoke to Anders Holm on Monday.\n\nHolm was at the bridge: \"It took ten years.\"",
			"It took ten years.", "",
			[]int{ftNobody, ftNobodyColon, ftNobodyInSentence, ftNobodyShort, ftNobodyNoCue},
			[]int{ftEvent, ftPerson, ftNobodyNoPerson}},
		{"the speaker of the paragraph before",
			"Anders Holm said the bridge was ready.\n\nThe mayor, Tomas Brekke, then cut the ribbon. He called it a \"bridge for everyone.\"",
			"bridge for everyone.", "Anders Holm",
			[]int{ftEvent, ftEventPrevPara, ftLastSpeaker, ftSpoke, ftSpokeNear, ftMentionsPrev},
			[]int{ftEventSamePara, ftCueSpeaker, ftMentionsPara}},
		{"the subject of a cue in the quotation's sentence",
			"Anders Holm said the bridge was ready.\n\nThe mayor, Tomas Brekke, then cut the ribbon. He called it a \"bridge for everyone.\"",
			"bridge for everyone.", "Tomas Brekke",
			[]int{ftCueSpeaker, ftSentBefore, ftSentSubject, ftSinceEvent, ftRole},
			[]int{ftEvent, ftSpoke}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, log := rankLogOf(tt.text)
			var c *rankCase
			for i := range log {
				if d.text[log[i].start:log[i].end] == tt.quote {
					c = &log[i]
				}
			}
			if c == nil {
				t.Fatalf("no candidates logged for %q", tt.quote)
			}
			k, ok := candidateNamed(d, *c, tt.cand)
			if !ok {
				t.Fatalf("%q is no candidate for %q", tt.cand, tt.quote)
			}
			for _, f := range tt.on {
				if k.x[f] == 0 {
					t.Errorf("%s: %s is off, want on", tt.cand, RankFeatureNames[f])
				}
			}
			for _, f := range tt.off {
				if k.x[f] != 0 {
					t.Errorf("%s: %s is %v, want off", tt.cand, RankFeatureNames[f], k.x[f])
				}
			}
		})
	}
}

// TestRankCandidatesNoOutlet checks that a news outlet, which relays, is
// never a candidate speaker.
func TestRankCandidatesNoOutlet(t *testing.T) {
	d, log := rankLogOf("The news agency Velta Press spoke to Anders Holm on Monday.\n\n\"It took ten years.\"")
	outlet := -1
	for e := range d.ents {
		if d.ents[e].name == "Velta Press" && d.ents[e].outlet {
			outlet = e
		}
	}
	if outlet < 0 {
		t.Fatal("Velta Press is not known for a news outlet; the test needs one")
	}
	if len(log) != 1 {
		t.Fatalf("%d quotations logged, want 1", len(log))
	}
	for _, k := range log[0].cands {
		if k.ent == outlet {
			t.Errorf("the outlet is a candidate: %v", k.x)
		}
	}
	if _, ok := candidateNamed(d, log[0], "Anders Holm"); !ok {
		t.Error("Anders Holm is no candidate")
	}
}

func TestRankBest(t *testing.T) {
	cand := func(ent int, fs ...int) rankCand {
		c := rankCand{ent: ent}
		for _, f := range fs {
			c.x[f] = 1
		}
		return c
	}
	var w [numRankFeatures]float64
	w[ftNobody], w[ftPerson], w[ftSole], w[ftOrg] = 0.5, 1, 2, -1
	tests := []struct {
		name       string
		cands      []rankCand
		best       int
		wantMargin float64
	}{
		{"nobody alone", []rankCand{cand(-1, ftNobody)}, -1, 0},
		{"a person over nobody", []rankCand{cand(-1, ftNobody), cand(4, ftPerson)}, 4, 0.5},
		{"the sole person over another", []rankCand{cand(-1, ftNobody), cand(4, ftPerson), cand(7, ftPerson, ftSole)}, 7, 2},
		{"equals: the first", []rankCand{cand(-1, ftNobody), cand(4, ftPerson), cand(7, ftPerson)}, 4, 0},
		{"an organisation under nobody", []rankCand{cand(-1, ftNobody), cand(4, ftOrg)}, -1, 1.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			best, margin := rankBest(tt.cands, &w)
			if best != tt.best || margin != tt.wantMargin {
				t.Errorf("rankBest = %d, %v; want %d, %v", best, margin, tt.best, tt.wantMargin)
			}
		})
	}
}
