package feed

import (
	"context"
	"fmt"
	"net/http"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"soundbite/model"
)

// benchFeed is an RSS document of n items, each a few HTML paragraphs
// long, as a news feed with content:encoded would be.
func benchFeed(feed, n int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Bench feed %d</title><link>https://bench.example.org/%d</link>`, feed, feed)
	for i := range n {
		fmt.Fprintf(&b, `<item><title>Council story %d-%d</title><link>https://bench.example.org/%d/%d</link>
<guid>bench-%d-%d</guid><pubDate>Mon, 10 Jun 2024 08:%02d:00 +0000</pubDate><dc:creator>Reporter %d</dc:creator><category>Local</category>
<description>Summary of story %d.</description><content:encoded><![CDATA[`, feed, i, feed, i, feed, i, i%60, i%7, i)
		for p := range 6 {
			fmt.Fprintf(&b, `<p>Paragraph %d of the story: the <a href="/council">council</a> of Port Amberly met on Monday, and "we will decide by summer," said <strong>Odile Ferrante</strong>, who chairs it, adding that the harbour wall would cost more than planned.</p>`, p)
		}
		b.WriteString(`]]></content:encoded></item>`)
	}
	b.WriteString(`</channel></rss>`)
	return []byte(b.String())
}

// BenchmarkRefresh refreshes 100 local feeds of 50 items each into an empty
// fake store: fetch, parse, convert to Markdown, no-op extract, store. It
// reports items per second and the peak live heap seen while it ran.
func BenchmarkRefresh(b *testing.B) {
	const feeds, items = 100, 50
	docs := make([][]byte, feeds)
	for i := range docs {
		docs[i] = benchFeed(i, items)
	}
	srv := serve(b, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/%d", &n)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(docs[n])
	}))
	list := make([]model.Feed, feeds)
	for i := range list {
		list[i] = model.Feed{URL: fmt.Sprintf("%s/%d", srv.URL, i)}
	}
	f := NewFetcher(Options{})
	noop := func(*model.Article) {}

	stop := make(chan struct{})
	var peak atomic.Uint64
	var wg sync.WaitGroup
	wg.Go(func() { samplePeakHeap(stop, &peak) })

	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	stored := 0
	for range b.N {
		st := newFakeStore()
		sum, err := f.Refresh(context.Background(), st, list, noop, nil)
		if err != nil || sum.Failed > 0 {
			b.Fatalf("refresh: %+v, %v", sum, err)
		}
		stored += sum.New
	}
	elapsed := time.Since(start)
	b.StopTimer()
	close(stop)
	wg.Wait()

	if stored != b.N*feeds*items {
		b.Fatalf("stored %d items, want %d", stored, b.N*feeds*items)
	}
	b.ReportMetric(float64(stored)/elapsed.Seconds(), "items/s")
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MiB")
}

// samplePeakHeap records the largest live heap seen until stop closes.
// runtime/metrics reads without stopping the world, unlike ReadMemStats.
func samplePeakHeap(stop <-chan struct{}, peak *atomic.Uint64) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	tick := time.NewTicker(2 * time.Millisecond)
	defer tick.Stop()
	for {
		metrics.Read(sample)
		if v := sample[0].Value.Uint64(); v > peak.Load() {
			peak.Store(v)
		}
		select {
		case <-stop:
			return
		case <-tick.C:
		}
	}
}

// BenchmarkHTMLParagraphs converts one typical article body.
func BenchmarkHTMLParagraphs(b *testing.B) {
	conv := newMarkdownConverter()
	doc := string(benchFeed(0, 1))
	body := doc[strings.Index(doc, "<![CDATA[")+9 : strings.Index(doc, "]]>")]
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		htmlParagraphs(conv, body, "https://bench.example.org/0/0")
	}
}
