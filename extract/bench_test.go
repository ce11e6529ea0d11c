package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/ingest"
)

// benchArticles builds articles of about 800 words, the size the import
// budget is set for, by joining the annotated articles' paragraphs in
// order.
func benchArticles(b *testing.B) [][]string {
	b.Helper()
	files, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		b.Skip("no annotated articles in testdata/articles")
	}
	var out [][]string
	var cur []string
	words := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := ingest.Parse(filepath.Base(f), data)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range doc.Article.Body {
			cur = append(cur, p)
			words += len(strings.Fields(p))
			if words >= 800 {
				out = append(out, cur)
				cur, words = nil, 0
			}
		}
	}
	if len(out) == 0 {
		out = append(out, cur)
	}
	return out
}

// BenchmarkExtract measures extraction of ~800-word articles on one core;
// the import needs at least 2,000 articles a second.
func BenchmarkExtract(b *testing.B) {
	articles := benchArticles(b)
	var size int64
	for _, a := range articles {
		size += int64(len(strings.Join(a, "\n\n")))
	}
	b.SetBytes(size / int64(len(articles)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		extract.Extract(articles[n%len(articles)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkExtractLong runs one very long article (every annotated article
// joined, many times over), to show the cost stays linear in its length.
func BenchmarkExtractLong(b *testing.B) {
	articles := benchArticles(b)
	var long []string
	for len(long) < 2000 {
		for _, a := range articles {
			long = append(long, a...)
		}
	}
	b.SetBytes(int64(len(strings.Join(long, "\n\n"))))
	for b.Loop() {
		extract.Extract(long)
	}
}

// BenchmarkExtractPronounParagraph is one paragraph of 160 sentences each
// opening with "He": each pronoun once resolved every one before it, and
// those theirs (version 18 before its mend: 25 s; version 17: 21 ms).
func BenchmarkExtractPronounParagraph(b *testing.B) {
	text := []string{strings.Repeat("He called it 'the rock 'n' roll years' and left. ", 160)}
	b.SetBytes(int64(len(text[0])))
	for b.Loop() {
		extract.Extract(text)
	}
}
