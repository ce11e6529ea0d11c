package store

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"soundbite/internal/cputime"
	"soundbite/model"
)

// The benchmark store is built once per test binary, on first use, so
// `go test` without -bench never pays for it. -store.articles shrinks it
// for a quick look.
var (
	benchArticles    = flag.Int("store.articles", 100_000, "articles in the benchmark store")
	benchRandomDates = flag.Bool("store.random-dates", false, "import benchmark articles in random date order")
)

const importBatch = 1000

type fixture struct {
	once     sync.Once
	dir      string
	path     string
	ids      []model.ID
	speakers []string // keys
	size     int64    // file bytes
	err      error
}

// bench is the shared benchmark store; TestMain removes it.
var bench fixture

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if bench.dir != "" {
		_ = os.RemoveAll(bench.dir)
	}
	os.Exit(code)
}

func benchStore(b *testing.B) *fixture {
	b.Helper()
	bench.once.Do(func() { bench.err = bench.build(*benchArticles) })
	if bench.err != nil {
		b.Fatal(bench.err)
	}
	return &bench
}

func (f *fixture) build(n int) error {
	var err error
	if f.dir, err = os.MkdirTemp("", "soundbite-bench-"); err != nil {
		return err
	}
	f.path = filepath.Join(f.dir, "soundbite.db")
	s, err := Open(f.path, Options{})
	if err != nil {
		return err
	}
	g := newGen(42)
	g.randomDates = *benchRandomDates
	for _, sp := range g.pool {
		f.speakers = append(f.speakers, sp.Key())
	}
	for start := 0; start < n; start += importBatch {
		batch := make([]model.Article, 0, importBatch)
		for i := start; i < min(start+importBatch, n); i++ {
			batch = append(batch, g.article(i))
		}
		res, err := s.Put(batch)
		if err != nil {
			s.Close()
			return fmt.Errorf("build benchmark store: %w", err)
		}
		f.ids = append(f.ids, res.IDs...)
	}
	if err := s.Close(); err != nil {
		return err
	}
	info, err := os.Stat(f.path)
	if err != nil {
		return err
	}
	f.size = info.Size()
	return nil
}

func (f *fixture) open(b *testing.B) *Store {
	b.Helper()
	s, err := Open(f.path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	return s
}

// BenchmarkOpenFirstPage is soundbite's start: open the store and read the
// first page of the unfiltered list. It also reports the file's size per
// article.
func BenchmarkOpenFirstPage(b *testing.B) {
	f := benchStore(b)
	for b.Loop() {
		s, err := Open(f.path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		page, err := s.List(model.Filter{}, 0, 50)
		if err != nil || len(page) != 50 {
			b.Fatalf("List: %d, %v", len(page), err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(f.size)/float64(len(f.ids)), "B/article")
}

// BenchmarkSpeakerArticles is the first page of one speaker's articles.
func BenchmarkSpeakerArticles(b *testing.B) {
	f := benchStore(b)
	s := f.open(b)
	i := 0
	for b.Loop() {
		key := f.speakers[i%len(f.speakers)]
		i++
		if _, err := s.List(model.Filter{Speakers: []string{key}}, 0, 50); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTwoSpeakersUnread is a harder filter: two speakers, unread
// only, walking the rarer speaker's index and testing the others.
func BenchmarkTwoSpeakersUnread(b *testing.B) {
	f := benchStore(b)
	s := f.open(b)
	i := 0
	for b.Loop() {
		k1, k2 := f.speakers[i%len(f.speakers)], f.speakers[(i*7+3)%len(f.speakers)]
		i++
		if _, err := s.List(model.Filter{Speakers: []string{k1, k2}, Unread: true}, 0, 50); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTitleNoMatch is the worst filter: a title substring found
// nowhere makes List decode every summary (but no body).
func BenchmarkTitleNoMatch(b *testing.B) {
	f := benchStore(b)
	s := f.open(b)
	for b.Loop() {
		if page, err := s.List(model.Filter{Title: "zeppelin"}, 0, 50); err != nil || len(page) != 0 {
			b.Fatalf("List: %d, %v", len(page), err)
		}
	}
}

// BenchmarkDeepPage reads a page 10,000 articles in: offsets skip index
// keys without reading records.
func BenchmarkDeepPage(b *testing.B) {
	f := benchStore(b)
	s := f.open(b)
	for b.Loop() {
		if _, err := s.List(model.Filter{}, min(10_000, len(f.ids)/2), 50); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGet opens one article: its summary, state and body, which
// it decompresses and decodes. It reports CPU time per article too,
// which other work on the machine inflates less than wall time.
func BenchmarkGet(b *testing.B) {
	f := benchStore(b)
	s := f.open(b)
	i := 0
	start := cputime.Used()
	for b.Loop() {
		if _, err := s.Get(f.ids[(i*7919)%len(f.ids)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	if cpu := cputime.Used() - start; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/1000, "cpu-µs/op")
	}
}

func BenchmarkSpeakersTop50(b *testing.B) {
	f := benchStore(b)
	s := f.open(b)
	for b.Loop() {
		if top, err := s.Speakers(model.Filter{}, 50); err != nil || len(top) != 50 {
			b.Fatalf("Speakers: %d, %v", len(top), err)
		}
	}
}

func BenchmarkSpeakerQuotes50(b *testing.B) {
	f := benchStore(b)
	s := f.open(b)
	i := 0
	for b.Loop() {
		if _, err := s.SpeakerQuotes(f.speakers[i%len(f.speakers)], 50); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkSetRead is one read toggle: one small write transaction,
// synced to disk.
func BenchmarkSetRead(b *testing.B) {
	f := benchStore(b)
	s := f.open(b)
	i := 0
	for b.Loop() {
		if err := s.SetRead(f.ids[(i/2*7919)%len(f.ids)], i%2 == 0); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkImport puts batches of 1000 new articles into a store that
// starts empty; -benchtime=100x imports 100,000. Generating the articles
// is not timed. Besides wall-clock articles/s it reports the CPU time per
// article (compression runs on every core, so wall time can be lower).
func BenchmarkImport(b *testing.B) { benchImport(b, false) }

// benchImport is BenchmarkImport, with the search index or without it
// (BenchmarkImportNoSearch).
func benchImport(b *testing.B, noSearch bool) {
	path := filepath.Join(b.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	s.noSearch = noSearch
	g := newGen(7)
	g.randomDates = *benchRandomDates
	next := 0
	var cpu time.Duration
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		batch := make([]model.Article, importBatch)
		for j := range batch {
			batch[j] = g.article(next)
			next++
		}
		start := cputime.Used()
		b.StartTimer()
		if _, err := s.Put(batch); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		cpu += cputime.Used() - start
	}
	b.ReportMetric(float64(next)/b.Elapsed().Seconds(), "articles/s")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/float64(next), "cpu-µs/article")
	}
	if info, err := os.Stat(path); err == nil {
		b.ReportMetric(float64(info.Size())/float64(next), "B/article")
	}
}

// BenchmarkSpeakersOfFilter is the sidebar of a filtered list, which
// counts every matching article: one speaker's articles, and every
// unread article (the worst case, a filter matching the whole store).
func BenchmarkSpeakersOfFilter(b *testing.B) {
	f := benchStore(b)
	s := f.open(b)
	b.Run("speaker", func(b *testing.B) {
		i := 0
		for b.Loop() {
			key := f.speakers[i%len(f.speakers)]
			i++
			if _, err := s.Speakers(model.Filter{Speakers: []string{key}}, 200); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("unread", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Speakers(model.Filter{Unread: true}, 200); err != nil {
				b.Fatal(err)
			}
		}
	})
}
