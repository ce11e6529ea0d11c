package extract_test

// This file grades the extractor against the annotated set in testdata/:
// articles written for the purpose, with hand-made gold speakers and quotes
// in testdata/gold.jsonl (see testdata/README.md for the annotation rules).
// It also checks the gold itself, so a broken annotation fails loudly rather
// than quietly lowering or raising the score.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"soundbite/extract"
	"soundbite/ingest"
	"soundbite/model"
)

// Floors for the annotated set, about 0.02 under the measured scores
// (1.000, 1.000, 1.000 with extract.Version 5 on the first 24 articles;
// 0.990, 0.994, 0.981 on all 36 after session 6; 0.987, 0.996, 0.969 on
// all 46, when ten articles hard on direct quotes came in: the attribution
// floor went to 0.96 for the bigger set, not for a change, and back up
// to 0.97 at 0.981 after the fixes for it; 0.984, 0.996, 0.969 on all
// 58, when twelve wire stories and agency releases came in: the attribution
// floor went to 0.96 again for the bigger set, not for a change, and back
// up to 0.97 at 0.984 after the fixes for it; 0.978, 0.994, 0.970 on all
// 68, when ten fictional articles hard on attribution came in in session
// 8: the speaker floor went to 0.97 for the bigger set, not for a change,
// and back up to 0.98 at 0.991 after the fixes for it; 0.987, 0.996,
// 0.980 on all 80, when twelve wire stories and agency releases came in in
// session 9). These floors only go up:
// raise one when the extractor gets better, and never lower one to let a
// change through.
const (
	minSpeakerF1   = 0.98
	minQuoteRecall = 0.98
	minAttribution = 0.97
)

// The set must stay big and varied enough for the floors to mean something.
const (
	minGoldArticles = 80
	minGoldQuotes   = 600
)

const (
	goldPath    = "testdata/gold.jsonl"
	articlesDir = "testdata/articles"
)

var showMisses = flag.Bool("misses", false, "log every gold quote the extractor missed or misattributed")

// goldArticle is one line of gold.jsonl.
type goldArticle struct {
	File        string        `json:"file"`
	Speakers    []goldSpeaker `json:"speakers"`
	NotSpeakers []string      `json:"not_speakers"`
	Quotes      []goldQuote   `json:"quotes"`
}

type goldSpeaker struct {
	Name    string            `json:"name"`
	Kind    model.SpeakerKind `json:"kind"`
	Aliases []string          `json:"aliases"`
}

type goldQuote struct {
	Speaker *string         `json:"speaker"` // nil when nobody can be named
	Kind    model.QuoteKind `json:"kind"`
	Text    string          `json:"text"`
}

// speaker is the gold speaker's name, "" when the quote is unattributed, the
// same convention as model.Quote.Speaker.
func (q goldQuote) speaker() string {
	if q.Speaker == nil {
		return ""
	}
	return *q.Speaker
}

func loadGold(t testing.TB) []goldArticle {
	t.Helper()
	return loadGoldFile(t, goldPath)
}

// loadGoldFile reads the gold records of one annotated set.
func loadGoldFile(t testing.TB, path string) []goldArticle {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading gold: %v", err)
	}
	var gold []goldArticle
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields() // a misspelt key would silently drop annotations
		var g goldArticle
		if err := dec.Decode(&g); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		gold = append(gold, g)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading gold: %v", err)
	}
	return gold
}

// readBody parses an article the way an import does and returns its
// paragraphs.
func readBody(t testing.TB, file string) []string {
	t.Helper()
	return readBodyIn(t, articlesDir, file)
}

// readBodyIn is readBody for an article of the set in dir.
func readBodyIn(t testing.TB, dir, file string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		t.Fatalf("reading article: %v", err)
	}
	doc, err := ingest.Parse(file, data)
	if err != nil {
		t.Fatalf("parsing %s: %v", file, err)
	}
	return doc.Article.Body
}

// TestGoldValid checks the annotations against the raw article files, so it
// says nothing about the extractor and does not depend on how ingest splits
// paragraphs.
func TestGoldValid(t *testing.T) {
	gold := loadGold(t)
	if len(gold) < minGoldArticles {
		t.Errorf("gold has %d articles, want at least %d", len(gold), minGoldArticles)
	}

	files, err := filepath.Glob(filepath.Join(articlesDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	onDisk := make(map[string]bool)
	for _, f := range files {
		onDisk[filepath.Base(f)] = true
	}

	kinds := make(map[model.QuoteKind]int)
	seen := make(map[string]bool)
	for _, g := range gold {
		if seen[g.File] {
			t.Errorf("%s: annotated twice", g.File)
		}
		seen[g.File] = true
		if !onDisk[g.File] {
			t.Errorf("%s: annotated but not in %s", g.File, articlesDir)
			continue
		}
		data, err := os.ReadFile(filepath.Join(articlesDir, g.File))
		if err != nil {
			t.Fatal(err)
		}
		for _, msg := range checkGold(g, string(data)) {
			t.Errorf("%s: %s", g.File, msg)
		}
		for _, q := range g.Quotes {
			kinds[q.Kind]++
		}
	}
	for f := range onDisk {
		if !seen[f] {
			t.Errorf("%s: in %s but not annotated", f, articlesDir)
		}
	}

	total := kinds[model.Direct] + kinds[model.Indirect] + kinds[model.Mixed]
	if total < minGoldQuotes {
		t.Errorf("gold has %d quotes, want at least %d", total, minGoldQuotes)
	}
	for _, k := range []model.QuoteKind{model.Direct, model.Indirect, model.Mixed} {
		if kinds[k] == 0 {
			t.Errorf("gold has no %s quotes", k)
		}
	}
	t.Logf("gold: %d articles, %d quotes (%d direct, %d indirect, %d mixed)",
		len(gold), total, kinds[model.Direct], kinds[model.Indirect], kinds[model.Mixed])
}

// checkGold returns what is wrong with the annotation g of the article text.
func checkGold(g goldArticle, text string) []string {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }

	// Every form of every name must point at one speaker, or matching a
	// prediction against the gold would be ambiguous.
	owner := make(map[string]string)
	quoted := make(map[string]int)
	for _, s := range g.Speakers {
		if s.Name == "" || s.Name != strings.TrimSpace(s.Name) {
			bad("speaker name %q is empty or padded", s.Name)
		}
		if s.Kind != model.Person && s.Kind != model.Organization {
			bad("speaker %q: kind %q", s.Name, s.Kind)
		}
		for _, form := range append([]string{s.Name}, s.Aliases...) {
			if !strings.Contains(text, form) {
				bad("speaker %q: name form %q not in the article", s.Name, form)
			}
			key := model.SpeakerKey(form)
			if o, ok := owner[key]; ok && o != s.Name {
				bad("name form %q belongs to both %q and %q", form, o, s.Name)
			}
			owner[key] = s.Name
		}
		quoted[s.Name] = 0
	}
	for _, n := range g.NotSpeakers {
		if !strings.Contains(text, n) {
			bad("not-speaker %q not in the article", n)
		}
		if o, ok := owner[model.SpeakerKey(n)]; ok {
			bad("%q is both a speaker (%q) and a not-speaker", n, o)
		}
	}

	for i, q := range g.Quotes {
		switch q.Kind {
		case model.Direct, model.Indirect, model.Mixed:
		default:
			bad("quote %d: kind %q", i, q.Kind)
		}
		if q.Speaker != nil {
			if _, ok := quoted[*q.Speaker]; !ok {
				bad("quote %d: speaker %q is not among the article's speakers", i, *q.Speaker)
			}
			quoted[*q.Speaker]++
		}
		if strings.TrimSpace(q.Text) != q.Text || q.Text == "" {
			bad("quote %d: text %q is empty or padded", i, q.Text)
		}
		// A mixed clause may open with its quoted phrase ("three
		// terrorists" were killed); anything else starts inside the marks.
		if q.Kind != model.Mixed && strings.ContainsAny(q.Text[:min(len(q.Text), 1)], "\"“”") {
			bad("quote %d: text %q starts with a quotation mark", i, q.Text)
		}
		// Reported speech with a quoted phrase inside is mixed, by definition.
		if hasMarks := strings.ContainsAny(q.Text, "\"“”"); q.Kind == model.Indirect && hasMarks ||
			q.Kind == model.Mixed && !hasMarks {
			bad("quote %d: kind %s does not fit %q", i, q.Kind, q.Text)
		}
		// Unique, so that strings.Index places it without doubt.
		if n := strings.Count(text, q.Text); n != 1 {
			bad("quote %d: text occurs %d times, want once: %q", i, n, q.Text)
		}
	}
	for _, s := range g.Speakers {
		if quoted[s.Name] == 0 {
			bad("speaker %q has no quotes; list them under not_speakers", s.Name)
		}
	}
	return errs
}

// TestScoreExtractor grades extract.Extract on the annotated set.
func TestScoreExtractor(t *testing.T) {
	total := scoreSet(t, loadGold(t), articlesDir, true)
	total.checkFloors(t, "", minSpeakerF1, minQuoteRecall, minAttribution)
}

// checkFloors fails t for each of the totals' speaker F1, quote recall
// and attribution under its floor; what, when not empty, names the set in
// the message.
func (s score) checkFloors(t *testing.T, what string, minF1, minRecall, minAttribution float64) {
	t.Helper()
	if what != "" {
		what += " "
	}
	if _, _, f1 := s.speakerPRF(); f1 < minF1 {
		t.Errorf("%sspeaker F1 %.3f below floor %.2f", what, f1, minF1)
	}
	if r := s.quoteRecall(); r < minRecall {
		t.Errorf("%squote recall %.3f below floor %.2f", what, r, minRecall)
	}
	if a := s.attribution(); a < minAttribution {
		t.Errorf("%sattribution accuracy %.3f below floor %.2f", what, a, minAttribution)
	}
}

// scoreSet runs the extractor over every gold article of the set whose
// files are in dir, logs the totals and each quote kind's recall and
// attribution, and returns the totals for the caller's floors. With detail
// it also logs a per-article table (and, with -misses, every miss); a
// held-out set is scored without it, so that its errors stay unseen. It
// runs the extractor without Extract's recover: a rule that panics on a
// gold article must fail the test, where Extract's empty result would
// only lower a score (a held-out set's, where nobody reads the misses).
func scoreSet(t *testing.T, gold []goldArticle, dir string, detail bool) score {
	t.Helper()
	return scoreSetWith(t, gold, dir, detail, extract.ExtractStrict)
}

// scoreSetWith is scoreSet for the extractor extract.
func scoreSetWith(t *testing.T, gold []goldArticle, dir string, detail bool, extractor func([]string) extract.Result) score {
	t.Helper()
	return scoreBodies(t, gold, func(g goldArticle) ([]string, bool) {
		paras := readBodyIn(t, dir, g.File)
		body := strings.Join(paras, model.ParagraphSep)
		for _, q := range g.Quotes {
			if !strings.Contains(body, q.Text) {
				t.Fatalf("%s: gold text not in the ingested body (did ingest change paragraphs?): %q", g.File, q.Text)
			}
		}
		return paras, true
	}, detail, extractor)
}

// scoreBodies runs extractor over every gold article whose body
// paragraphs bodyOf gives (one it gives none for, ok false, is left out),
// and logs and returns the totals as scoreSet does, with the same detail.
func scoreBodies(t *testing.T, gold []goldArticle, bodyOf func(goldArticle) ([]string, bool), detail bool, extractor func([]string) extract.Result) score {
	t.Helper()
	var total score
	var table strings.Builder
	const width = 58
	const row = "%-58s %8v %8v %6v %6v %5v %9v %9v %7v\n"
	fmt.Fprintf(&table, row, "article", "spk gold", "spk pred", "spk ok", "quotes", "found", "attrib ok", "predicted", "pred ok")
	for _, g := range gold {
		paras, ok := bodyOf(g)
		if !ok {
			continue
		}
		s := scoreArticle(strings.Join(paras, model.ParagraphSep), g, extractor(paras))
		name := g.File
		if n := utf8.RuneCountInString(name); n > width {
			name = "…" + string([]rune(name)[n-width+1:])
		}
		s.row(&table, row, name)
		if detail && *showMisses {
			for _, m := range s.misses {
				t.Logf("%s: %s", g.File, m)
			}
		}
		total.add(s)
	}
	total.row(&table, row, "TOTAL")
	if detail {
		t.Logf("per article:\n%s", table.String())
	}
	total.log(t, detail)
	return total
}

// log writes the totals: speakers, quotes, and recall and attribution per
// quote kind; with detail, the names of the outlets made speakers.
func (s score) log(t *testing.T, detail bool) {
	t.Helper()
	p, r, f1 := s.speakerPRF()
	t.Logf("%d articles; speakers: precision %.3f recall %.3f F1 %.3f (%d gold, %d predicted, %d matched)",
		s.articles, p, r, f1, s.goldSpeakers, s.predSpeakers, s.matchedSpeakers)
	t.Logf("quotes: recall %.3f (%d/%d), attribution %.3f (%d/%d), precision %.3f (%d of %d predicted overlap a gold quote)",
		s.quoteRecall(), s.found, s.goldQuotes,
		s.attribution(), s.attributed, s.found,
		ratio(s.predMatched, s.predQuotes), s.predMatched, s.predQuotes)
	for _, k := range []model.QuoteKind{model.Direct, model.Indirect, model.Mixed} {
		t.Logf("  %-8s recall %.3f (%d/%d)  attribution %.3f (%d/%d)", k,
			ratio(s.foundByKind[k], s.goldByKind[k]), s.foundByKind[k], s.goldByKind[k],
			ratio(s.attribByKind[k], s.foundByKind[k]), s.attribByKind[k], s.foundByKind[k])
	}
	if detail {
		t.Logf("news outlets or publications made speakers: %d %q", len(s.outlets), s.outlets)
	} else {
		t.Logf("news outlets or publications made speakers: %d", len(s.outlets))
	}
}

// TestScoreArticle checks the scorer itself, so a bug in it cannot pass for
// a good or bad extractor.
func TestScoreArticle(t *testing.T) {
	ostrem, tulloch, sigrid := "Halvard Ostrem", "Maren Tulloch", "Sigrid Ostrem"
	body := "Ostrem said the bridge would reopen in May.\n\n" +
		"“We will not cut corners,” he said. Tulloch said it was too slow.\n\n" +
		"A banner read “Give us back our bridge”.\n\n" +
		"His sister, Sigrid Ostrem, said he had always been stubborn."
	g := goldArticle{
		File: "test.txt",
		Speakers: []goldSpeaker{
			{Name: ostrem, Kind: model.Person, Aliases: []string{"Ostrem"}},
			{Name: tulloch, Kind: model.Person, Aliases: []string{"Tulloch"}},
			{Name: sigrid, Kind: model.Person, Aliases: []string{"Sigrid"}},
		},
		Quotes: []goldQuote{
			{Speaker: &ostrem, Kind: model.Indirect, Text: "the bridge would reopen in May"},
			{Speaker: &ostrem, Kind: model.Direct, Text: "We will not cut corners"},
			{Speaker: &tulloch, Kind: model.Indirect, Text: "it was too slow"},
			{Kind: model.Direct, Text: "Give us back our bridge"},
			{Speaker: &sigrid, Kind: model.Indirect, Text: "he had always been stubborn"},
		},
	}
	at := func(speaker, text string) model.Quote {
		i := strings.Index(body, text)
		if i < 0 {
			t.Fatalf("test quote %q not in body", text)
		}
		return model.Quote{Speaker: speaker, Text: text, Start: i, End: i + len(text)}
	}
	tests := []struct {
		name                             string
		res                              extract.Result
		matched, pred, found, attributed int
	}{
		{"nothing", extract.Result{}, 0, 0, 0, 0},
		{"perfect", extract.Result{
			Speakers: []model.Speaker{{Name: ostrem, Kind: model.Person}, {Name: tulloch, Kind: model.Person}, {Name: sigrid, Kind: model.Person}},
			Quotes: []model.Quote{at(ostrem, "the bridge would reopen in May"), at(ostrem, "We will not cut corners"),
				at(tulloch, "it was too slow"), at("", "Give us back our bridge"), at(sigrid, "he had always been stubborn")},
		}, 3, 3, 5, 5},
		{"an unshared surname matches, a longer one does not", extract.Result{
			Speakers: []model.Speaker{{Name: "Maren Tulloch-Brae"}, {Name: "Councillor M. Tulloch", Kind: model.Person}},
			Quotes:   []model.Quote{at("Councillor M. Tulloch", "it was too slow")},
		}, 1, 2, 1, 1},
		{"a surname two gold people share matches neither", extract.Result{
			Speakers: []model.Speaker{{Name: "Interior Minister H. Ostrem", Kind: model.Person}},
			Quotes:   []model.Quote{at("Interior Minister H. Ostrem", "We will not cut corners")},
		}, 0, 1, 1, 0},
		{"the sister's words given to her brother", extract.Result{
			Speakers: []model.Speaker{{Name: "Ostrem", Kind: model.Person}, {Name: sigrid, Kind: model.Person}},
			Quotes:   []model.Quote{at("Ostrem", "he had always been stubborn")},
		}, 2, 2, 1, 0},
		{"unmerged alias is a false speaker", extract.Result{
			Speakers: []model.Speaker{{Name: ostrem, Kind: model.Person}, {Name: "Ostrem", Kind: model.Person}},
		}, 1, 2, 0, 0},
		{"half overlap is found, less is not", extract.Result{
			Quotes: []model.Quote{at(ostrem, "the bridge would reopen"), at(tulloch, "slow")},
		}, 0, 0, 1, 1},
		{"offsets that disagree with text fall back to the text", extract.Result{
			Quotes: []model.Quote{{Speaker: ostrem, Text: "We will not cut corners", Start: 0, End: 3}},
		}, 0, 0, 1, 1},
		{"wrong speaker and attributing the banner", extract.Result{
			Quotes: []model.Quote{at(tulloch, "We will not cut corners"), at(ostrem, "Give us back our bridge")},
		}, 0, 0, 2, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := scoreArticle(body, g, tt.res)
			if s.matchedSpeakers != tt.matched || s.predSpeakers != tt.pred || s.found != tt.found || s.attributed != tt.attributed {
				t.Errorf("matched %d/%d speakers, found %d, attributed %d; want %d/%d, %d, %d",
					s.matchedSpeakers, s.predSpeakers, s.found, s.attributed, tt.matched, tt.pred, tt.found, tt.attributed)
			}
		})
	}
}

// TestScoreGoldAgainstItself feeds the gold back as a prediction: anything
// short of a perfect score is a bug in the scorer or in the gold.
func TestScoreGoldAgainstItself(t *testing.T) {
	for _, g := range loadGold(t) {
		body := strings.Join(readBody(t, g.File), model.ParagraphSep)
		for _, msg := range checkSelfScore(body, g) {
			t.Errorf("%s: %s", g.File, msg)
		}
	}
}

// checkSelfScore feeds the gold g back as a prediction over the ingested
// body and returns what keeps it from a perfect score: a text the ingested
// body lost, or a bug in the scorer or the gold.
func checkSelfScore(body string, g goldArticle) []string {
	var errs []string
	for _, q := range g.Quotes {
		if !strings.Contains(body, q.Text) {
			errs = append(errs, fmt.Sprintf("gold text not in the ingested body: %q", q.Text))
		}
	}
	res := goldAsResult(body, g)
	s := scoreArticle(body, g, res)
	if s.matchedSpeakers != len(g.Speakers) || s.predSpeakers != len(g.Speakers) ||
		s.found != len(g.Quotes) || s.attributed != len(g.Quotes) || s.predMatched != len(g.Quotes) {
		errs = append(errs, fmt.Sprintf("gold scored against itself: %+v", s))
	}
	return errs
}

func BenchmarkExtractGold(b *testing.B) {
	var bodies [][]string
	var size int64
	for _, g := range loadGold(b) {
		paras := readBody(b, g.File)
		bodies = append(bodies, paras)
		size += int64(len(strings.Join(paras, model.ParagraphSep)))
	}
	b.SetBytes(size)
	for b.Loop() {
		for _, p := range bodies {
			extract.Extract(p)
		}
	}
}

// score counts one article's results, or the sum over the set.
type score struct {
	goldSpeakers, predSpeakers, matchedSpeakers int
	goldQuotes, found, attributed               int
	predQuotes, predMatched                     int // predicted quotes, and those overlapping some gold quote
	goldByKind, foundByKind, attribByKind       map[model.QuoteKind]int
	outlets                                     []string // predicted speakers that are news outlets or publications
	articles                                    int
	misses                                      []string
}

func (s score) row(w io.Writer, format, name string) {
	fmt.Fprintf(w, format, name, s.goldSpeakers, s.predSpeakers, s.matchedSpeakers,
		s.goldQuotes, s.found, s.attributed, s.predQuotes, s.predMatched)
}

func (s *score) add(o score) {
	s.goldSpeakers += o.goldSpeakers
	s.predSpeakers += o.predSpeakers
	s.matchedSpeakers += o.matchedSpeakers
	s.goldQuotes += o.goldQuotes
	s.found += o.found
	s.attributed += o.attributed
	s.predQuotes += o.predQuotes
	s.predMatched += o.predMatched
	s.articles += o.articles
	s.outlets = append(s.outlets, o.outlets...)
	if s.goldByKind == nil {
		s.goldByKind, s.foundByKind, s.attribByKind = make(map[model.QuoteKind]int), make(map[model.QuoteKind]int), make(map[model.QuoteKind]int)
	}
	for k, n := range o.goldByKind {
		s.goldByKind[k] += n
	}
	for k, n := range o.foundByKind {
		s.foundByKind[k] += n
	}
	for k, n := range o.attribByKind {
		s.attribByKind[k] += n
	}
}

// speakerPRF is micro-averaged over all the articles added.
func (s score) speakerPRF() (p, r, f1 float64) {
	p = ratio(s.matchedSpeakers, s.predSpeakers)
	r = ratio(s.matchedSpeakers, s.goldSpeakers)
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

func (s score) quoteRecall() float64 { return ratio(s.found, s.goldQuotes) }
func (s score) attribution() float64 { return ratio(s.attributed, s.found) }

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// scoreArticle grades res against the gold g for the article text body.
func scoreArticle(body string, g goldArticle, res extract.Result) score {
	s := score{
		articles:     1,
		goldSpeakers: len(g.Speakers),
		predSpeakers: len(res.Speakers),
		goldQuotes:   len(g.Quotes),
		predQuotes:   len(res.Quotes),
		goldByKind:   make(map[model.QuoteKind]int),
		foundByKind:  make(map[model.QuoteKind]int),
		attribByKind: make(map[model.QuoteKind]int),
	}
	s.matchedSpeakers = matchSpeakers(res.Speakers, g.Speakers)
	matchedGold := make(map[int]bool)
	for _, sp := range res.Speakers {
		gi := resolve(sp, g.Speakers)
		if gi < 0 && outletName(sp.Name) {
			s.outlets = append(s.outlets, sp.Name)
		}
		if gi < 0 || matchedGold[gi] {
			s.misses = append(s.misses, fmt.Sprintf("false speaker %q (%s)", sp.Name, sp.Kind))
		}
		if gi >= 0 {
			matchedGold[gi] = true
		}
	}
	for gi, gs := range g.Speakers {
		if !matchedGold[gi] {
			s.misses = append(s.misses, fmt.Sprintf("missed speaker %q", gs.Name))
		}
	}

	// A quote's speaker is looked up among the predicted speakers, so that
	// their aliases count when matching it to the gold.
	predSpeaker := make(map[string]model.Speaker)
	for _, sp := range res.Speakers {
		predSpeaker[sp.Key()] = sp
	}
	goldIndex := make(map[string]int)
	for i, sp := range g.Speakers {
		goldIndex[sp.Name] = i
	}

	spans := make([]span, len(res.Quotes))
	for i, q := range res.Quotes {
		spans[i] = locate(body, q)
	}
	overlapsGold := make([]bool, len(res.Quotes))
	for _, gq := range g.Quotes {
		s.goldByKind[gq.Kind]++
		start := strings.Index(body, gq.Text)
		gs := span{start, start + len(gq.Text)}
		best, bestLen := -1, 0
		for i, ps := range spans {
			if n := gs.overlap(ps); n > 0 {
				overlapsGold[i] = true
				if n > bestLen {
					best, bestLen = i, n
				}
			}
		}
		if best < 0 || 2*bestLen < len(gq.Text) {
			s.misses = append(s.misses, fmt.Sprintf("missed %s quote (%s): %q", gq.Kind, orNobody(gq.speaker()), gq.Text))
			continue
		}
		s.found++
		s.foundByKind[gq.Kind]++
		pred := res.Quotes[best]
		var ok bool
		if gq.Speaker == nil {
			ok = pred.Speaker == ""
		} else if pred.Speaker != "" {
			sp, known := predSpeaker[model.SpeakerKey(pred.Speaker)]
			if !known {
				sp = model.Speaker{Name: pred.Speaker}
			}
			ok = resolve(sp, g.Speakers) == goldIndex[*gq.Speaker]
		}
		if ok {
			s.attributed++
			s.attribByKind[gq.Kind]++
		} else {
			s.misses = append(s.misses, fmt.Sprintf("gave %s quote of %s to %s: %q",
				gq.Kind, orNobody(gq.speaker()), orNobody(pred.Speaker), gq.Text))
		}
	}
	for _, ok := range overlapsGold {
		if ok {
			s.predMatched++
		}
	}
	return s
}

func orNobody(name string) string {
	if name == "" {
		return "nobody"
	}
	return name
}

// span is a byte range [start, end) of the article text.
type span struct{ start, end int }

func (a span) overlap(b span) int { return max(0, min(a.end, b.end)-max(a.start, b.start)) }

// locate finds a predicted quote in the body: by its offsets when they hold
// its text, else by the text itself, else nowhere.
func locate(body string, q model.Quote) span {
	if q.Start >= 0 && q.Start < q.End && q.End <= len(body) && body[q.Start:q.End] == q.Text {
		return span{q.Start, q.End}
	}
	if q.Text != "" {
		if i := strings.Index(body, q.Text); i >= 0 {
			return span{i, i + len(q.Text)}
		}
	}
	return span{}
}

// matchSpeakers counts the gold speakers that some predicted speaker
// resolves to. Pairs are one to one: a second prediction for the same gold
// speaker (an alias left unmerged) is a false speaker.
func matchSpeakers(pred []model.Speaker, gold []goldSpeaker) int {
	matched := make(map[int]bool)
	for _, p := range pred {
		if gi := resolve(p, gold); gi >= 0 {
			matched[gi] = true
		}
	}
	return len(matched)
}

// resolve returns the index of the gold speaker that the predicted speaker p
// is, or -1. p is a gold speaker when some form of one name equals some form
// of the other, ignoring case; failing that, when the gold speaker is a
// person whose name ends in the same word as p's, and no other gold person's
// does, so that a father's quote given to his daughter never counts as right.
func resolve(p model.Speaker, gold []goldSpeaker) int {
	predForms := make(map[string]bool)
	for _, f := range append([]string{p.Name}, p.Aliases...) {
		predForms[model.SpeakerKey(f)] = true
	}
	for gi, g := range gold {
		for _, f := range append([]string{g.Name}, g.Aliases...) {
			if predForms[model.SpeakerKey(f)] {
				return gi
			}
		}
	}
	found := -1
	if last := lastWord(p.Name); last != "" {
		for gi, g := range gold {
			if g.Kind == model.Person && lastWord(g.Name) == last {
				if found >= 0 {
					return -1
				}
				found = gi
			}
		}
	}
	return found
}

func lastWord(name string) string {
	f := strings.Fields(model.SpeakerKey(name))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
