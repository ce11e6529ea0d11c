package search

import (
	"fmt"
	"math/rand"
	"strings"
	"sync"
	"testing"
	"time"

	"soundbite/model"
)

// benchDocs is the size of the benchmark index: a store's worth.
const benchDocs = 100_000

// synthetic makes n articles of about 600 words over a Zipf vocabulary,
// each quoting three speakers of a pool of fictional names, in segments
// of 1,000 as imports would write them.
func synthetic(tb testing.TB, n int) (*memIndex, []string) {
	r := rand.New(rand.NewSource(1))
	vocab := []string{"the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "said"}
	syll := []string{"ka", "lo", "mer", "tin", "sa", "ve", "dor", "ul", "in", "an", "ro", "pe", "stra", "ny"}
	for len(vocab) < 4000 {
		var w strings.Builder
		for range 2 + r.Intn(3) {
			w.WriteString(syll[r.Intn(len(syll))])
		}
		vocab = append(vocab, w.String())
	}
	zipf := rand.NewZipf(r, 1.07, 3, uint64(len(vocab)-1))
	words := func(k int) string {
		ws := make([]string, k)
		for i := range ws {
			ws[i] = vocab[zipf.Uint64()]
		}
		return strings.Join(ws, " ")
	}
	var pool []model.Speaker
	for _, first := range []string{"Amara", "Tobias", "Ilse", "Corwin", "Maren", "Odile"} {
		for _, last := range []string{"Vellacourt", "Osterby", "Thornquist", "Ferrold", "Draycott"} {
			pool = append(pool, model.Speaker{Name: first + " " + last, Aliases: []string{last}})
		}
	}
	m := newMemIndex()
	origin := time.Date(2031, 6, 1, 0, 0, 0, 0, time.UTC)
	batch := make([]model.Article, 0, 1000)
	first := uint64(1)
	for i := range n {
		a := model.Article{
			ID:        model.NewID(fmt.Sprint(i)),
			Title:     words(7),
			Category:  []string{"Politics", "Science", "Local"}[i%3],
			Published: origin.Add(time.Duration(i) * 9 * time.Minute),
		}
		for range 12 {
			a.Body = append(a.Body, words(50)+".")
		}
		for k := range 3 {
			sp := pool[r.Intn(len(pool))]
			a.Speakers = append(a.Speakers, sp)
			p := 2 + 3*k
			start := len(strings.Join(a.Body[:p], model.ParagraphSep)) + len(model.ParagraphSep)
			a.Quotes = append(a.Quotes, model.Quote{Speaker: sp.Name, Text: a.Body[p], Start: start, End: start + len(a.Body[p])})
		}
		batch = append(batch, a)
		if len(batch) == cap(batch) || i == n-1 {
			m.add(tb, first, batch...)
			first += uint64(len(batch))
			batch = batch[:0]
		}
	}
	return m, vocab
}

// benchOnce builds the benchmark index once per test binary: it takes a
// while, and every benchmark only reads it.
var benchIndex = func() func(testing.TB) (*memIndex, []string) {
	var (
		once  sync.Once
		m     *memIndex
		vocab []string
	)
	return func(tb testing.TB) (*memIndex, []string) {
		once.Do(func() { m, vocab = synthetic(tb, benchDocs) })
		return m, vocab
	}
}()

// benchSearch runs a query; {1}, {2} and {3} in it are words of the
// vocabulary: the most frequent after the stopwords and "said", the next,
// and the 300th.
func benchSearch(b *testing.B, query string) {
	ix, vocab := benchIndex(b)
	q, err := ParseIn(strings.NewReplacer("{1}", vocab[12], "{2}", vocab[13], "{3}", vocab[300]).Replace(query), time.UTC)
	if err != nil {
		b.Fatal(err)
	}
	var total int
	for b.Loop() {
		r, err := Search(ix, q, 50)
		if err != nil {
			b.Fatal(err)
		}
		total = r.Total
	}
	b.ReportMetric(float64(total), "matches")
}

func BenchmarkSearchCommonWord(b *testing.B)  { benchSearch(b, "said") }
func BenchmarkSearchRareWord(b *testing.B)    { benchSearch(b, "{3}") }
func BenchmarkSearchTwoWords(b *testing.B)    { benchSearch(b, "{1} {2}") }
func BenchmarkSearchPhrase(b *testing.B)      { benchSearch(b, `"{1} {2}"`) }
func BenchmarkSearchSpeakerSaid(b *testing.B) { benchSearch(b, "speaker:osterby said:{1}") }
func BenchmarkSearchFilterOnly(b *testing.B)  { benchSearch(b, "category:science") }

func BenchmarkIndexBytes(b *testing.B) {
	ix, _ := benchIndex(b)
	var size int
	for _, s := range ix.segs {
		size += len(s.Docs)
		for _, l := range ix.postings[s.ID] {
			size += len(l)
		}
	}
	for _, s := range ix.segs {
		size += len(s.Quotes)
	}
	for b.Loop() {
	}
	b.ReportMetric(float64(size)/benchDocs, "bytes/doc")
}
