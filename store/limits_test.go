package store

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"soundbite/feed"
	"soundbite/ingest"
	"soundbite/model"
)

// Sizes the importers let through: an article file, and a feed
// response (one item can be nearly all of it).
const (
	fileLimit = ingest.MaxFileSize
	feedLimit = feed.MaxBody
)

// proseArticle is article i of g with its body grown to about size bytes
// of prose, keeping its quotes' offsets.
func proseArticle(g *gen, i, size int) model.Article {
	a := g.article(i)
	n := 0
	for _, p := range a.Body {
		n += len(p) + len(model.ParagraphSep)
	}
	for n < size {
		var p strings.Builder
		for p.Len() < 600 {
			p.WriteString(g.sentence())
			p.WriteByte(' ')
		}
		a.Body = append(a.Body, p.String())
		n += p.Len() + len(model.ParagraphSep)
	}
	return a
}

// TestRecordsAtTheLimits stores articles as large as the importers allow,
// and one with every field absurdly large, and checks that each can be
// read back, listed, searched and counted, before and after reopening:
// a record the store writes but cannot read would make the store
// unlistable for good.
func TestRecordsAtTheLimits(t *testing.T) {
	g := newGen(16)
	arts := []model.Article{
		// ~280 KB of prose: the article that first broke listing.
		proseArticle(g, 1, 280_000),
		proseArticle(g, 2, 1_200_000),
		proseArticle(g, 3, fileLimit),
	}
	if !testing.Short() {
		arts = append(arts, proseArticle(g, 4, feedLimit))
	}
	// Every field large, many speakers and quotes.
	huge := g.article(5)
	huge.Title = strings.Repeat("Tidewater ", 100_000)
	huge.Category = strings.Repeat("c", 40_000)
	huge.Feed = "https://news.example.org/" + strings.Repeat("f", 40_000)
	huge.Caption = strings.Repeat("caption ", 100_000)
	huge.Author = strings.Repeat("a", 40_000)
	huge.Source = strings.Repeat("s", 40_000)
	long := model.Speaker{Name: "Ysolde " + strings.Repeat("Q", 40_000), Kind: model.Person,
		Aliases: []string{strings.Repeat("alias", 10_000)}, Roles: []string{strings.Repeat("role", 10_000)}, Quotes: 1}
	huge.Speakers = append(huge.Speakers, long)
	huge.Quotes = append(huge.Quotes, model.Quote{Speaker: long.Name, Kind: model.Direct,
		Text: strings.Repeat("q", 100_000), Start: 0, End: 3})
	for i := range 5_000 {
		name := fmt.Sprintf("Speaker Number %d Oakhollow", i)
		huge.Speakers = append(huge.Speakers, model.Speaker{Name: name, Kind: model.Person, Quotes: 1})
		huge.Quotes = append(huge.Quotes, model.Quote{Speaker: name, Kind: model.Direct,
			Text: huge.Body[0][:10], Start: 0, End: 10, Cue: "said"})
	}
	arts = append(arts, huge)

	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		mustPut(t, s, a)
	}
	// The case that broke: more body chunks than bytes after the chunk
	// count in the summary.
	err = s.db.View(func(tx *bolt.Tx) error {
		idk, _ := idKey(arts[1].ID)
		sum, err := decodeSummary(tx.Bucket(bucketArticles).Get(idk))
		if err != nil {
			return err
		}
		if rest := len(sum.appendFields(nil)); sum.chunks <= rest {
			t.Errorf("the 1.2 MB article has %d chunks and %d bytes after them: not the case that broke", sum.chunks, rest)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	check := func(s *Store) {
		t.Helper()
		for _, a := range arts {
			got, err := s.Get(a.ID)
			if err != nil {
				t.Fatalf("get %d-byte article: %v", len(a.Text()), err)
			}
			sameArticle(t, got, a)
		}
		sums, err := s.List(model.Filter{}, 0, 0)
		if err != nil {
			t.Fatalf("list: %v", err)
		}
		if want := len(arts); len(sums) != want {
			t.Errorf("listed %d articles, want %d", len(sums), want)
		}
		if got := find(t, s, "Tidewater"); !slices.Contains(got, huge.Title) {
			t.Errorf("search for a word of the huge title found %d others", len(got))
		}
		if _, err := s.Speakers(model.Filter{}, 0); err != nil {
			t.Errorf("speakers: %v", err)
		}
		verify(t, s)
	}
	check(s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err = Open(path, Options{}); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	check(s)
	// A reindex of the search index reads every article back.
	if err := s.ReindexSearch(); err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if err := s.Delete(a.ID); err != nil {
			t.Fatalf("delete: %v", err)
		}
	}
	verify(t, s)
}
