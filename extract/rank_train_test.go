package extract_test

// The trainer of the ranker of standalone quotations' speakers (rank.go):
// a conditional logit model (a softmax over each quotation's candidates)
// fitted by full-batch gradient descent on the tuning gold only, the
// fictional set (testdata/gold.jsonl) and the real-news dev files. It is
// deterministic: examples in file order, no randomness, no map iterated.
//
//	go test ./extract -run 'TestTrainRanker$' -ranker.train   rewrites rankweights.go
//	go test ./extract -run 'TestRankerCrossValidation$' -ranker.cv -v   the K-fold check (rank_cv_test.go)
//
// The trainer is built with the package, so after removing a feature,
// delete its line from rankweights.go by hand before retraining.

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
)

var (
	rankerTrain = flag.Bool("ranker.train", false, "retrain the standalone-quotation ranker and rewrite rankweights.go")
	rankerCV    = flag.Bool("ranker.cv", false, "log the ranker's K-fold cross-validation on the dev sets")
)

const rankWeightsFile = "rankweights.go"

// The trainer's settings: steps of gradient descent, step size, and the L2
// penalty per example.
const (
	rankSteps   = 2000
	rankRate    = 0.5
	rankPenalty = 0.002
)

// rankExample is one standalone quotation whose gold speaker is among its
// candidates: the candidates' features and the index of the right one.
type rankExample struct {
	x     []extract.RankWeights
	label int
}

// rankSet is one annotated set: its gold and the folder of its articles.
type rankSet struct {
	gold []goldArticle
	dir  string
}

// trainingSets returns the fictional set and the named dev files, skipping
// the test when the real-news articles are missing.
func trainingSets(t *testing.T, files ...string) []rankSet {
	t.Helper()
	if _, err := os.Stat(wikinewsDir); err != nil {
		t.Skipf("Wikinews articles not available in %s: %v", wikinewsDir, err)
	}
	sets := []rankSet{{gold: loadGold(t), dir: articlesDir}}
	for _, f := range files {
		sets = append(sets, rankSet{gold: loadGoldFile(t, filepath.Join(realnewsGoldDir, f)), dir: wikinewsDir})
	}
	return sets
}

// caseTally counts quotations that match a gold direct quote: all of
// them, those whose gold speaker is a candidate, those the engine gave to
// the right one, and those it gave to nobody, of which how many are
// nobody's in the gold; and the quotations no gold quote covers.
type caseTally struct{ matched, reachable, right, nobody, nobodyRight, unquoted int }

// rankMode is a use of the ranker: which quotations it learns from and
// which it decides.
type rankMode struct {
	name       string
	standalone bool // standalone quotations only; else every direct quotation, deciding those left to nobody
}

// fallbackMode is the shipped use; a standalone mode (rankMode{standalone:
// true} with extract.Rankers{Standalone: w}) measures the ranker in place
// of the carrying rules.
var fallbackMode = rankMode{name: "fallback"}

// labelCases pairs the quotations of one article with its gold direct
// quotes and returns the examples, of the mode's kind, whose gold speaker
// is among the candidates.
func labelCases(body string, g goldArticle, cases []extract.RankCase, m rankMode, tally *caseTally) []rankExample {
	goldIndex := make(map[string]int, len(g.Speakers))
	for i, sp := range g.Speakers {
		goldIndex[sp.Name] = i
	}
	var out []rankExample
	for _, c := range cases {
		if m.standalone && !c.Standalone {
			continue
		}
		gq, ok := goldQuoteAt(body, g, c.Start, c.End)
		if !ok && !m.standalone && len(c.Cands) > 1 {
			// Words in quotation marks that no gold quote covers (a
			// title, a scare quote) are nobody's: a speaker given them
			// is a false one.
			tally.unquoted++
			ex := rankExample{label: 0}
			for _, cand := range c.Cands {
				ex.x = append(ex.x, cand.X)
			}
			out = append(out, ex)
			continue
		}
		if !ok || gq.Kind != model.Direct {
			continue
		}
		tally.matched++
		if c.Chosen == 0 {
			tally.nobody++
			if gq.Speaker == nil {
				tally.nobodyRight++
			}
		}
		label := -1
		for i, cand := range c.Cands {
			if cand.Nobody && gq.Speaker == nil ||
				!cand.Nobody && gq.Speaker != nil && resolve(cand.Speaker, g.Speakers) == goldIndex[*gq.Speaker] {
				label = i
				break
			}
		}
		if label < 0 {
			continue
		}
		tally.reachable++
		if c.Chosen == label {
			tally.right++
		}
		ex := rankExample{label: label}
		for _, cand := range c.Cands {
			ex.x = append(ex.x, cand.X)
		}
		out = append(out, ex)
	}
	return out
}

// goldQuoteAt returns the gold quote that the span [start, end) covers at
// least half of, as the scorer counts a quote found.
func goldQuoteAt(body string, g goldArticle, start, end int) (goldQuote, bool) {
	for _, gq := range g.Quotes {
		i := strings.Index(body, gq.Text)
		if i < 0 {
			continue
		}
		if n := (span{i, i + len(gq.Text)}).overlap(span{start, end}); 2*n >= len(gq.Text) {
			return gq, true
		}
	}
	return goldQuote{}, false
}

// collectExamples runs the engine with the rankers r over the sets and
// returns the labelled examples of mode m and the tally.
func collectExamples(t *testing.T, sets []rankSet, r extract.Rankers, m rankMode) ([]rankExample, caseTally) {
	t.Helper()
	var out []rankExample
	var tally caseTally
	for _, set := range sets {
		for _, g := range set.gold {
			paras := readBodyIn(t, set.dir, g.File)
			body := strings.Join(paras, model.ParagraphSep)
			out = append(out, labelCases(body, g, extract.RankCases(paras, r), m, &tally)...)
		}
	}
	return out, tally
}

// trainRanker fits the weights with the shipped penalty.
func trainRanker(examples []rankExample) extract.RankWeights {
	return trainRankerWith(examples, rankPenalty)
}

// trainRankerWith fits the weights by gradient descent on the mean
// negative log-likelihood of the right candidates plus the L2 penalty
// (per example), and rounds them to three decimals, as they are written
// out.
func trainRankerWith(examples []rankExample, penalty float64) extract.RankWeights {
	return trainRankerWeighted(examples, nil, penalty)
}

// trainRankerWeighted is trainRankerWith with example i counted weight[i]
// times (nil: once each).
func trainRankerWeighted(examples []rankExample, weight []float64, penalty float64) extract.RankWeights {
	var w, grad extract.RankWeights
	n := 0.0
	for i := range examples {
		n += weightOf(weight, i)
	}
	if n == 0 {
		return w
	}
	p := make([]float64, 0, 16)
	for range rankSteps {
		grad = extract.RankWeights{}
		for ei, ex := range examples {
			wt := weightOf(weight, ei)
			if wt == 0 {
				continue
			}
			p = p[:0]
			top := math.Inf(-1)
			for _, x := range ex.x {
				s := dot(&w, &x)
				p = append(p, s)
				top = max(top, s)
			}
			sum := 0.0
			for i := range p {
				p[i] = math.Exp(p[i] - top)
				sum += p[i]
			}
			for i, x := range ex.x {
				pi := wt * p[i] / sum
				for f, v := range x {
					grad[f] += pi * v
				}
			}
			for f, v := range ex.x[ex.label] {
				grad[f] -= wt * v
			}
		}
		for f := range w {
			w[f] -= rankRate * (grad[f]/n + penalty*w[f])
		}
	}
	for f := range w {
		w[f] = math.Round(w[f]*1000) / 1000
		if w[f] == 0 {
			w[f] = 0 // no negative zero in the file
		}
	}
	return w
}

func weightOf(weight []float64, i int) float64 {
	if weight == nil {
		return 1
	}
	return weight[i]
}

func dot(w, x *extract.RankWeights) float64 {
	s := 0.0
	for f := range w {
		s += w[f] * x[f]
	}
	return s
}

// rankWeightsSource renders the weights as the generated Go file.
func rankWeightsSource(w extract.RankWeights, examples int) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Code generated by go test ./extract -run 'TestTrainRanker$' -ranker.train; DO NOT EDIT.\n\n")
	b.WriteString("package extract\n\n")
	fmt.Fprintf(&b, "// rankWeights weigh the features of a direct quotation's candidate\n"+
		"// speakers (rank.go), fitted on %d direct quotations of the fictional set\n"+
		"// and the real-news dev files, for the %s use.\n", examples, shippedMode.name)
	b.WriteString("var rankWeights = [numRankFeatures]float64{\n")
	for f, v := range w {
		fmt.Fprintf(&b, "\t%s: %s,\n", extract.RankFeatureNames[f], strconv.FormatFloat(v, 'f', -1, 64))
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

// devFiles are the tuning gold's file names: every dev-*.jsonl, so a dev
// file added later is trained on without anyone listing it.
func devFiles(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(realnewsGoldDir, "dev-*.jsonl"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no dev gold in %s: %v", realnewsGoldDir, err)
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = filepath.Base(p)
	}
	return names
}

// shippedMode is the use the weights in rankweights.go are trained for.
var shippedMode = fallbackMode

// TestTrainRanker checks that the weights in rankweights.go are what the
// trainer gives on the tuning gold as it stands; with -ranker.train it
// rewrites the file instead.
func TestTrainRanker(t *testing.T) {
	examples, tally := collectExamples(t, trainingSets(t, devFiles(t)...), extract.Rankers{}, shippedMode)
	w := trainRanker(examples)
	src, err := rankWeightsSource(w, len(examples))
	if err != nil {
		t.Fatalf("formatting the weights: %v", err)
	}
	t.Logf("%d quotations match a gold direct quote, %d have the gold speaker among their candidates, the rules give %d the right one; %d match no gold quote",
		tally.matched, tally.reachable, tally.right, tally.unquoted)
	if *rankerTrain {
		if err := os.WriteFile(rankWeightsFile, src, 0o644); err != nil {
			t.Fatalf("writing the weights: %v", err)
		}
		return
	}
	have, err := os.ReadFile(rankWeightsFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, src) {
		t.Errorf("%s is not what the trainer gives on the gold as it stands; run go test ./extract -run 'TestTrainRanker$' -ranker.train", rankWeightsFile)
	}
}

// inventedExamples builds examples in which the right candidate is always
// the one with the feature sole, among others with person.
func inventedExamples() []rankExample {
	var out []rankExample
	for i := range 40 {
		var nobody, a, b extract.RankWeights
		nobody[rankFeature("ftNobody")] = 1
		a[rankFeature("ftPerson")], b[rankFeature("ftPerson")] = 1, 1
		b[rankFeature("ftSole")] = 1
		if i%3 == 0 {
			a[rankFeature("ftMostRecent")] = 1
		} else {
			b[rankFeature("ftMostRecent")] = 1
		}
		out = append(out, rankExample{x: []extract.RankWeights{nobody, a, b}, label: 2})
	}
	return out
}

// rankFeature returns the index of the feature named name.
func rankFeature(name string) int {
	for f, n := range extract.RankFeatureNames {
		if n == name {
			return f
		}
	}
	panic("no ranker feature " + name)
}

func TestRankFeatureNames(t *testing.T) {
	seen := make(map[string]bool)
	for f, n := range extract.RankFeatureNames {
		if n == "" || seen[n] {
			t.Errorf("feature %d: name %q is empty or taken", f, n)
		}
		seen[n] = true
	}
}

// TestTrainRankerLearns checks that the trainer weighs up the feature that
// marks the right candidate, and that training twice gives the same
// weights and the same file.
func TestTrainRankerLearns(t *testing.T) {
	w1 := trainRanker(inventedExamples())
	w2 := trainRanker(inventedExamples())
	if w1 != w2 {
		t.Errorf("two trainings differ:\n%v\n%v", w1, w2)
	}
	s1, err1 := rankWeightsSource(w1, 40)
	s2, err2 := rankWeightsSource(w2, 40)
	if err1 != nil || err2 != nil || !bytes.Equal(s1, s2) {
		t.Errorf("two renderings differ or fail: %v, %v", err1, err2)
	}
	if sole := w1[rankFeature("ftSole")]; sole <= 0 || sole <= w1[rankFeature("ftMostRecent")] {
		t.Errorf("ftSole weighs %v (ftMostRecent %v), want it positive and first", sole, w1[rankFeature("ftMostRecent")])
	}
	for _, ex := range inventedExamples() {
		if best := argmax(&w1, ex.x); best != ex.label {
			t.Fatalf("the trained weights rank candidate %d first, want %d", best, ex.label)
		}
	}
	if w := trainRanker(nil); w != (extract.RankWeights{}) {
		t.Errorf("trained on nothing: %v, want zero weights", w)
	}
}

// argmax returns the index of the candidate w scores highest.
func argmax(w *extract.RankWeights, xs []extract.RankWeights) int {
	best := 0
	for i := range xs {
		if dot(w, &xs[i]) > dot(w, &xs[best]) {
			best = i
		}
	}
	return best
}
