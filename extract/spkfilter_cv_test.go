package extract_test

// An experiment, not shipped: a learned filter of the engine's speakers.
// Each speaker the engine outputs for an article is described by features
// read off the result (its quotes' number, kinds and cues; person or
// organisation; name form; roles; mentions in the text), and a logistic
// model fitted on the dev gold scores how likely it is a gold speaker.
// Dropping the speakers below a threshold (their quotes left to nobody)
// is judged by K-fold cross-validation by article over every dev set, the
// folds those of the ranker's cross-validation (cvArticles). Deterministic:
// full-batch gradient descent from zero, no randomness, no map iterated.
//
//	go test ./extract -run 'TestSpeakerFilterCrossValidation$' -spkfilter.cv -v
//
// What it showed in session 11: not worth shipping. The engine's speakers
// on the dev sets are 97% right (1598 of 1646, in 516 articles), and the 48
// false ones mostly look like the true. Of the first 19 features (quotes'
// number, kinds and cues, person or organisation, name form, roles,
// mentions) none marks a group more than 7.4% false (one-word names 6 of
// 81, a single quote 42 of 674, indirect only 29 of 482), and of the 100
// speakers the held-out folds' models scored lowest only 13 were false.
// The last five were added after reading the dev false speakers (so the
// cross-validation flatters them): every quote cued by a verb of finding,
// proposing or announcing marks 76 speakers, 24 false; an organisation
// with one indirect quote 190, 18 false. Even so, pooled over the folds
// (L2 0.001, all dev sets):
//
//	threshold  dropped (true)  spk P   R       F1      attribution
//	none       0               0.9708  0.9523  0.9615  0.9603 (4940)
//	0.40       1 (0)           0.9714  0.9523  0.9618  0.9603 (4940)
//	0.50       3 (2)           0.9714  0.9511  0.9612  0.9600 (4938)
//	0.60       15 (10)         0.9736  0.9464  0.9598  0.9586 (4931)
//	0.70       28 (18)         0.9765  0.9416  0.9587  0.9576 (4926)
//	0.80       48 (31)         0.9806  0.9338  0.9567  0.9555 (4915)
//	0.90       83 (61)         0.9834  0.9160  0.9485  0.9448 (4886)
//
// L2 0.01 drops nobody below 0.8 and loses F1 above; fitting on the page
// sets and feeds only (the least tuned on) loses more. Quote recall never
// moves (0.9666): only speakers are dropped. The best threshold gains one
// speaker of 1646. The held-out sets' lower precision comes from errors
// the dev gold, tuned on, no longer shows, so a filter fitted to the dev
// sets' residue has too few and too unlike negatives to learn them.
//
// Session 21 tried again where that last sentence points: on fresh pools
// of real reporting before tuning (five pools, 329 speakers, 32 false),
// with the engine's own evidence beside those features (how each quote's
// speaker was found: a name, a pronoun or a description as the cue's
// subject, an inverted cue, "according to", a carried or ranked
// quotation; the entity's person, organisation and place evidence, its
// mentions and where they fall). Logistic regression and boosted trees,
// each cross-validated leaving one pool out, dropped as many or more
// right speakers than false ones at every threshold (at 0.5: 3 false and
// 9 right). The false speakers of fresh text are each of a different
// mechanism (a district tag, post-nominal letters, a passive, a place),
// and no evidence the engine keeps tells them from right ones; the
// dump's code was not kept.

import (
	"cmp"
	"flag"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

var spkFilterCV = flag.Bool("spkfilter.cv", false, "log the K-fold cross-validation of a learned speaker filter on the dev sets")

// The speaker filter's features.
const (
	sfBias = iota
	sfLogQuotes
	sfOneQuote
	sfHasDirect
	sfIndirectOnly
	sfHasMixed
	sfOnlyAccordingTo
	sfNoCueShare // share of its quotes with no cue (carried or ranked)
	sfAllNoCue
	sfPerson
	sfOneWord
	sfHasRole
	sfHasAlias
	sfLogMentions
	sfEarly // named in the first two paragraphs
	sfOrgWord
	sfShortQuotes // its quotes average under six words
	sfOnlyMention // its name occurs once in the text
	sfAllCaps
	sfSaidShare      // share of its quotes cued by say, tell or add
	sfWeakCueOnly    // every quote's cue is a verb of finding, proposing or announcing
	sfLongRole       // a role of more than five words (a misparse)
	sfOrgOneIndirect // an organisation with a single indirect quote
	sfIngName        // the name's first word ends in -ing
	numSF
)

var sfNames = [numSF]string{"bias", "logQuotes", "oneQuote", "hasDirect", "indirectOnly", "hasMixed",
	"onlyAccordingTo", "noCueShare", "allNoCue", "person", "oneWord", "hasRole", "hasAlias",
	"logMentions", "early", "orgWord", "shortQuotes", "onlyMention", "allCaps", "saidShare", "weakCueOnly", "longRole", "orgOneIndirect", "ingName"}

type sfVec [numSF]float64

var sfSaidCues = []string{"said", "says", "say", "told", "tells", "added", "adds", "according to", "explained", "stated"}

var sfWeakCues = []string{"found", "find", "finds", "showed", "shows", "announced", "announcing", "proposed",
	"urged", "urging", "requested", "revealed", "estimate", "estimated", "claiming", "denied", "warning",
	"insisting", "emphasizes", "stressed", "informed", "posted", "demonstrates", "recalls", "alleged", "called"}

var sfOrgWords = []string{"ministry", "department", "council", "party", "agency", "police", "office",
	"university", "company", "group", "association", "union", "committee", "commission", "court",
	"government", "service", "authority", "board", "bank", "institute", "news", "times", "post"}

// sfFeatures describes each speaker of res.
func sfFeatures(paras []string, res extract.Result) []sfVec {
	body := strings.Join(paras, model.ParagraphSep)
	early := ""
	if len(paras) > 0 {
		early = strings.Join(paras[:min(2, len(paras))], " ")
	}
	out := make([]sfVec, len(res.Speakers))
	for i, sp := range res.Speakers {
		x := &out[i]
		x[sfBias] = 1
		key := sp.Key()
		n, direct, indirect, mixed, acc, nocue, words, said, weak := 0, 0, 0, 0, 0, 0, 0, 0, 0
		for _, q := range res.Quotes {
			if model.SpeakerKey(q.Speaker) != key {
				continue
			}
			n++
			switch q.Kind {
			case model.Direct:
				direct++
			case model.Indirect:
				indirect++
			case model.Mixed:
				mixed++
			}
			c := strings.ToLower(q.Cue)
			if strings.Contains(c, "according to") {
				acc++
			}
			if c == "" {
				nocue++
			}
			if slices.Contains(sfSaidCues, c) {
				said++
			}
			if slices.Contains(sfWeakCues, c) {
				weak++
			}
			words += len(strings.Fields(q.Text))
		}
		x[sfLogQuotes] = math.Log1p(float64(n))
		x[sfOneQuote] = f64(n == 1)
		x[sfHasDirect] = f64(direct > 0)
		x[sfIndirectOnly] = f64(n > 0 && indirect == n)
		x[sfHasMixed] = f64(mixed > 0)
		x[sfOnlyAccordingTo] = f64(n > 0 && acc == n)
		if n > 0 {
			x[sfNoCueShare] = float64(nocue) / float64(n)
			x[sfShortQuotes] = f64(words < 6*n)
		}
		x[sfAllNoCue] = f64(n > 0 && nocue == n)
		if n > 0 {
			x[sfSaidShare] = float64(said) / float64(n)
		}
		x[sfWeakCueOnly] = f64(n > 0 && weak == n)
		for _, r := range sp.Roles {
			if len(strings.Fields(r)) > 5 {
				x[sfLongRole] = 1
			}
		}
		x[sfOrgOneIndirect] = f64(sp.Kind != model.Person && n == 1 && indirect == 1)
		x[sfPerson] = f64(sp.Kind == model.Person)
		f := strings.Fields(sp.Name)
		x[sfOneWord] = f64(len(f) == 1)
		x[sfHasRole] = f64(len(sp.Roles) > 0)
		x[sfHasAlias] = f64(len(sp.Aliases) > 0)
		mentions := 0
		if len(f) > 0 {
			last := f[len(f)-1]
			mentions = strings.Count(body, last)
			x[sfEarly] = f64(strings.Contains(early, last))
		}
		x[sfLogMentions] = math.Log1p(float64(mentions))
		x[sfOnlyMention] = f64(mentions <= 1)
		low := strings.ToLower(sp.Name)
		for _, w := range sfOrgWords {
			for _, nw := range strings.Fields(low) {
				if nw == w {
					x[sfOrgWord] = 1
				}
			}
		}
		if len(f) > 0 {
			x[sfIngName] = f64(strings.HasSuffix(strings.ToLower(f[0]), "ing"))
		}
		x[sfAllCaps] = f64(strings.ToUpper(sp.Name) == sp.Name && len(sp.Name) > 1)
	}
	return out
}

func f64(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// sfLabels marks each speaker of res that is a gold speaker not already
// matched by an earlier one, as the scorer counts them.
func sfLabels(g goldArticle, res extract.Result) []bool {
	out := make([]bool, len(res.Speakers))
	seen := make(map[int]bool)
	for i, sp := range res.Speakers {
		if gi := resolve(sp, g.Speakers); gi >= 0 && !seen[gi] {
			seen[gi] = true
			out[i] = true
		}
	}
	return out
}

// sfTrain fits a logistic model by full-batch gradient descent on the mean
// log-loss plus an L2 penalty (bias excluded), rounded to three decimals.
func sfTrain(xs []sfVec, ys []bool, penalty float64) sfVec {
	var w sfVec
	n := float64(len(xs))
	for range 3000 {
		var grad sfVec
		for i, x := range xs {
			p := sigmoid(sfDot(&w, &x))
			e := p - f64(ys[i])
			for f := range grad {
				grad[f] += e * x[f] / n
			}
		}
		for f := range w {
			g := grad[f]
			if f != sfBias {
				g += penalty * w[f]
			}
			w[f] -= 0.5 * g
		}
	}
	for f := range w {
		w[f] = math.Round(w[f]*1000) / 1000
	}
	return w
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func sfDot(w, x *sfVec) float64 {
	s := 0.0
	for f := range w {
		s += w[f] * x[f]
	}
	return s
}

// sfApply drops the speakers whose probability is under th and leaves
// their quotes to nobody.
func sfApply(res extract.Result, xs []sfVec, w *sfVec, th float64) (extract.Result, int) {
	drop := make(map[string]bool)
	out := extract.Result{}
	for i, sp := range res.Speakers {
		if sigmoid(sfDot(w, &xs[i])) < th {
			drop[sp.Key()] = true
			continue
		}
		out.Speakers = append(out.Speakers, sp)
	}
	for _, q := range res.Quotes {
		if q.Speaker != "" && drop[model.SpeakerKey(q.Speaker)] {
			q.Speaker = ""
		}
		out.Quotes = append(out.Quotes, q)
	}
	return out, len(drop)
}

// TestSpeakerFilterCrossValidation logs, per threshold, the pooled and
// per-set figures with the held-out folds' filters.
func TestSpeakerFilterCrossValidation(t *testing.T) {
	if !*spkFilterCV {
		t.Skip("run with -spkfilter.cv")
	}
	arts := cvArticles(t)
	sets := cvSets(arts)
	results := make([]extract.Result, len(arts))
	feats := make([][]sfVec, len(arts))
	labels := make([][]bool, len(arts))
	pos, all := 0, 0
	for i, a := range arts {
		results[i] = extract.Extract(a.paras)
		feats[i] = sfFeatures(a.paras, results[i])
		labels[i] = sfLabels(a.g, results[i])
		for _, y := range labels[i] {
			all++
			pos += int(f64(y))
		}
	}
	t.Logf("%d dev articles, %d predicted speakers, %d match gold", len(arts), all, pos)
	// Each binary feature's share of false speakers, against the base rate.
	for f := range numSF {
		n, bad := 0, 0
		for i := range arts {
			for j, x := range feats[i] {
				if x[f] >= 0.5 {
					n++
					bad += int(f64(!labels[i][j]))
				}
			}
		}
		t.Logf("feature %-16s on %4d speakers, %3d false (%.3f)", sfNames[f], n, bad, ratio(bad, n))
	}
	type setting struct {
		penalty float64
		pages   bool // trained on the page sets and feeds only, the least tuned on
	}
	for _, c := range []setting{{0.001, false}, {0.01, false}, {0.001, true}} {
		penalty := c.penalty
		models := make([]sfVec, rankFolds)
		for k := range rankFolds {
			var xs []sfVec
			var ys []bool
			for i, a := range arts {
				if a.fold != k && (!c.pages || strings.HasPrefix(a.set, "pages") || a.set == "feeds") {
					xs = append(xs, feats[i]...)
					ys = append(ys, labels[i]...)
				}
			}
			models[k] = sfTrain(xs, ys, penalty)
		}
		var wAll []string
		for f := range numSF {
			wAll = append(wAll, fmt.Sprintf("%s %.2f", sfNames[f], models[0][f]))
		}
		t.Logf("penalty %g, pages and feeds only %v, fold-1 weights: %s", penalty, c.pages, strings.Join(wAll, ", "))
		// How well the held-out scores rank the false speakers first: of
		// the n lowest-scoring, how many are false (against the base rate).
		type scored struct {
			p    float64
			true bool
		}
		var oof []scored
		for i, a := range arts {
			w := models[a.fold]
			for j := range feats[i] {
				oof = append(oof, scored{sigmoid(sfDot(&w, &feats[i][j])), labels[i][j]})
			}
		}
		slices.SortStableFunc(oof, func(a, b scored) int { return cmp.Compare(a.p, b.p) })
		var low []string
		for _, n := range []int{10, 25, 50, 100, 200} {
			f := 0
			for _, s := range oof[:min(n, len(oof))] {
				f += int(f64(!s.true))
			}
			low = append(low, fmt.Sprintf("lowest %d: %d false (p<=%.3f)", n, f, oof[min(n, len(oof))-1].p))
		}
		t.Logf("ranking: base rate %d/%d false; %s", all-pos, all, strings.Join(low, "; "))
		for _, th := range []float64{0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9} {
			per := make(map[string]*score)
			dropped, droppedTrue := 0, 0
			for i, a := range arts {
				w := models[a.fold]
				res, _ := sfApply(results[i], feats[i], &w, th)
				for j := range results[i].Speakers {
					if sigmoid(sfDot(&w, &feats[i][j])) < th {
						dropped++
						droppedTrue += int(f64(labels[i][j]))
					}
				}
				if per[a.set] == nil {
					per[a.set] = &score{}
				}
				per[a.set].add(scoreArticle(a.body, a.g, res))
			}
			tot := pooled(per, sets)
			p, r, f1 := tot.speakerPRF()
			t.Logf("TH %.2f pooled: spk P %.4f R %.4f F1 %.4f  attr %.4f (%d)  recall %.4f  dropped %d (%d true)",
				th, p, r, f1, tot.attribution(), tot.attributed, tot.quoteRecall(), dropped, droppedTrue)
			for _, set := range sets {
				s := per[set]
				p, r, f1 := s.speakerPRF()
				t.Logf("    %-16s spk P %.3f R %.3f F1 %.3f  attr %.3f  recall %.3f", set, p, r, f1, s.attribution(), s.quoteRecall())
			}
		}
	}
}
