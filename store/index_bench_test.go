package store

import (
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"soundbite/internal/cputime"
	"soundbite/search"
)

// Search benchmarks run on the shared benchmark store (100,000 articles
// unless -store.articles says otherwise). Each asks for the first 50
// results, as the reader and `soundbite search` do, snippets and all.
// Words are the generator's: {common} is its most frequent non-stopword
// ("said"), {word} one in about a tenth of the articles, {next} the word
// after it, and {speaker} one speaker's surname.

func benchQuery(b *testing.B, query string) {
	f := benchStore(b)
	s := f.open(b)
	g := newGen(42)
	query = strings.NewReplacer(
		"{common}", "said",
		"{word}", g.vocab[300],
		"{next}", g.vocab[301],
		"{speaker}", strings.ToLower(genLast[3]),
	).Replace(query)
	q, err := search.Parse(query)
	if err != nil {
		b.Fatal(err)
	}
	var r SearchResults
	start := cputime.Used()
	for b.Loop() {
		if r, err = s.SearchPage(q, 0, 50); err != nil {
			b.Fatal(err)
		}
	}
	cpu := cputime.Used() - start
	if r.Total == 0 {
		b.Fatalf("%q matches nothing", query)
	}
	b.ReportMetric(float64(r.Total), "matches")
	// CPU time, which other work on the machine does not inflate as it
	// does wall time; with snippets made on every core it can exceed it.
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkSearchList is the reader's search: summaries of the first 50
// hits, no bodies read.
func BenchmarkSearchList(b *testing.B) {
	f := benchStore(b)
	s := f.open(b)
	q, err := search.Parse(newGen(42).vocab[300])
	if err != nil {
		b.Fatal(err)
	}
	start := cputime.Used()
	for b.Loop() {
		if list, _, err := s.SearchList(q, 0, 50); err != nil || len(list) != 50 {
			b.Fatalf("SearchList: %d, %v", len(list), err)
		}
	}
	b.ReportMetric(float64((cputime.Used()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

func BenchmarkSearchWord(b *testing.B)        { benchQuery(b, "{word}") }
func BenchmarkSearchCommonWord(b *testing.B)  { benchQuery(b, "{common}") }
func BenchmarkSearchTwoWords(b *testing.B)    { benchQuery(b, "{word} {common}") }
func BenchmarkSearchPhrase(b *testing.B)      { benchQuery(b, `"{common} {word}"`) }
func BenchmarkSearchSpeakerWord(b *testing.B) { benchQuery(b, "speaker:{speaker} {word}") }
func BenchmarkSearchSpeakerSaid(b *testing.B) { benchQuery(b, "speaker:{speaker} said:{word}") }
func BenchmarkSearchFilters(b *testing.B)     { benchQuery(b, "category:politics is:unread") }

// BenchmarkSearchIndexSize reports the search index's share of the file:
// the pages its buckets take, and the bytes of their keys and values.
func BenchmarkSearchIndexSize(b *testing.B) {
	f := benchStore(b)
	s := f.open(b)
	var pages, data int
	for b.Loop() {
		pages, data = 0, 0
		err := s.db.View(func(tx *bolt.Tx) error {
			for _, name := range searchBuckets() {
				st := tx.Bucket(name).Stats()
				pages += st.BranchAlloc + st.LeafAlloc
				data += st.LeafInuse
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	n := float64(len(f.ids))
	b.ReportMetric(float64(pages)/n, "B/article")
	b.ReportMetric(float64(data)/n, "used-B/article")
	b.ReportMetric(float64(f.size)/n, "file-B/article")
}

// BenchmarkImportNoSearch is BenchmarkImport without the search index,
// to show what indexing costs an import.
func BenchmarkImportNoSearch(b *testing.B) { benchImport(b, true) }
