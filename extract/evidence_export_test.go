package extract

import (
	"math"
	"strings"
)

// What the engine knows of each speaker it reports, for studying which
// reported speakers are false (speakerfeat_test.go). Test-only: nothing in
// the pipeline reads it.

// SpeakerEvidenceNames name the columns of SpeakerEvidence.X.
var SpeakerEvidenceNames = []string{
	"person", "org", "quotes", "logQuotes", "direct", "indirect", "mixed",
	"nameWords", "forms", "roles", "chunks", "firstPara", "lastPara",
	"cueName", "cuePronoun", "cueDesc", "cueInverted", "cueAccording", "cueCo",
	"quoteCue", "quoteCarried", "quoteOther", "answers", "embeds", "credited",
	"personEv", "orgEv", "placeEv", "fullyNamed", "bodyHead", "genderKnown",
	"oneWord", "oneQuote", "allCarried", "noNameCue",
}

// SpeakerEvidence is one reported speaker and the evidence for it.
type SpeakerEvidence struct {
	Name string
	X    []float64 // by SpeakerEvidenceNames
}

// EvidenceOf extracts paragraphs and returns, beside the result, the
// evidence for each of its speakers, in the result's order.
func EvidenceOf(paragraphs []string) (Result, []SpeakerEvidence) {
	d := runPipeline(paragraphs, nil, &rankWeights, nil)
	res := d.result()
	col := make(map[string]int, len(SpeakerEvidenceNames))
	for i, n := range SpeakerEvidenceNames {
		col[n] = i
	}
	numParas := max(1, len(d.paraFirst)-1)
	out := make([]SpeakerEvidence, 0, len(res.Speakers))
	for _, sp := range res.Speakers {
		x := make([]float64, len(SpeakerEvidenceNames))
		set := func(n string, v float64) { x[col[n]] = v }
		add := func(n string, v float64) { x[col[n]] += v }
		if sp.Kind == "person" {
			set("person", 1)
		} else {
			set("org", 1)
		}
		set("quotes", float64(sp.Quotes))
		set("logQuotes", math.Log1p(float64(sp.Quotes)))
		if sp.Quotes == 1 {
			set("oneQuote", 1)
		}
		for _, q := range res.Quotes {
			if q.Speaker == sp.Name {
				add(string(q.Kind), 1)
			}
		}
		words := len(strings.Fields(sp.Name))
		set("nameWords", float64(words))
		if words == 1 {
			set("oneWord", 1)
		}
		set("forms", float64(len(sp.Aliases)))
		set("roles", float64(len(sp.Roles)))
		first, last := -1, -1
		for e := range d.ents {
			en := &d.ents[e]
			if cleanLine(en.fullName()) != sp.Name {
				continue
			}
			add("personEv", float64(min(en.personEv, 5)))
			add("orgEv", float64(min(en.orgEv, 5)))
			add("placeEv", float64(min(en.placeEv, 5)))
			if en.fullyNamed {
				set("fullyNamed", 1)
			}
			if en.bodyHead != "" {
				set("bodyHead", 1)
			}
			if en.gender != 0 && !en.genderHint {
				set("genderKnown", 1)
			}
			for _, c := range d.chunks {
				if c.ent != e {
					continue
				}
				add("chunks", 1)
				p := int(d.toks[c.first].para)
				if first < 0 || p < first {
					first = p
				}
				last = max(last, p)
			}
			for ci := range d.cues {
				c := &d.cues[ci]
				if c.skip || !c.found || len(c.comps) == 0 || c.ent != e && c.co != e {
					continue
				}
				if c.co == e {
					add("cueCo", 1)
				}
				if c.inverted {
					add("cueInverted", 1)
				}
				if strings.HasPrefix(c.lemma, "according") {
					add("cueAccording", 1)
				}
				lo, hi := c.subjFirst, c.verb
				if lo >= hi {
					lo, hi = c.verb, c.after
				}
				if c.inverted {
					hi = c.after
				}
				named, pronoun := false, false
				for k := max(lo, 0); k < hi && k < len(d.toks); k++ {
					if d.chunkAt[k] >= 0 && int(d.entAt[k]) == e {
						named = true
					}
					switch d.lower(k) {
					case "he", "she", "they", "it", "we", "i", "his", "her", "its", "their":
						pronoun = true
					}
				}
				switch {
				case named:
					add("cueName", 1)
				case pronoun:
					add("cuePronoun", 1)
				default:
					add("cueDesc", 1)
				}
			}
			for qi := range d.quotes {
				q := &d.quotes[qi]
				if !q.decided || q.ent != e && q.co != e {
					continue
				}
				switch {
				case q.carried:
					add("quoteCarried", 1)
				case q.cue != "":
					add("quoteCue", 1)
				default:
					add("quoteOther", 1)
				}
			}
			for _, a := range d.answers {
				if a.ent == e {
					add("answers", 1)
				}
			}
			for _, p := range d.embeds {
				if p.ent == e {
					add("embeds", 1)
				}
			}
			for _, c := range d.credited {
				if c.ent == e {
					add("credited", 1)
				}
			}
		}
		if first >= 0 {
			set("firstPara", float64(first)/float64(numParas))
			set("lastPara", float64(last)/float64(numParas))
		} else {
			set("firstPara", 1)
			set("lastPara", 1)
		}
		if x[col["quoteCarried"]] > 0 && x[col["quoteCarried"]] >= float64(sp.Quotes) {
			set("allCarried", 1)
		}
		if x[col["cueName"]] == 0 {
			set("noNameCue", 1)
		}
		out = append(out, SpeakerEvidence{Name: sp.Name, X: x})
	}
	return res, out
}
