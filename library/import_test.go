package library

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"soundbite/extract"
	"soundbite/model"
	"soundbite/store"
)

// writeArticles writes n plain-text articles under dir, in two levels.
func writeArticles(t *testing.T, dir string, n int) {
	t.Helper()
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("d%d", i%3))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		text := fmt.Sprintf("Tarrow council meets, session %d\n\n\"We will vote on the bridge on day %d,\" said Mira Olsten, the council leader.\n", i, i)
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("a%03d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestImportPipeline(t *testing.T) {
	dir := t.TempDir()
	writeArticles(t, dir, 25)
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := openStore(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	local := NewLocal(st)

	var batches []store.PutResult
	var skipped []string
	rep, err := Import(context.Background(), local, []string{dir}, ImportOptions{
		Batch:   10,
		OnBatch: func(r store.PutResult) error { batches = append(batches, r); return nil },
		OnSkip:  func(path string, err error) { skipped = append(skipped, path) },
	})
	if err != nil {
		t.Fatal(err)
	}
	if rep.New != 25 || rep.Failed != 1 || len(rep.Errors) != 1 || len(skipped) != 1 || !strings.HasSuffix(skipped[0], "empty.txt") {
		t.Fatalf("report %+v, skipped %v; want 25 new and the empty file failed", rep, skipped)
	}
	if len(batches) != 3 || len(batches[0].IDs) != 10 || len(batches[2].IDs) != 5 {
		t.Fatalf("batches %v; want 10, 10 and 5 articles", batches)
	}
	for _, b := range batches {
		for _, id := range b.IDs {
			a, err := st.Get(id)
			if err != nil || a.ExtractorVersion != extract.Version || len(a.Quotes) == 0 {
				t.Fatalf("article %s after import: version %d, %d quotes, %v", id, a.ExtractorVersion, len(a.Quotes), err)
			}
		}
	}
	if v, _ := st.ExtractorVersion(); v != extract.Version {
		t.Fatalf("extractor version %d after import, want %d", v, extract.Version)
	}

	again, err := Import(context.Background(), local, []string{dir}, ImportOptions{})
	if err != nil || again.New != 0 || again.Unchanged != 25 {
		t.Fatalf("second import %+v, %v; want all 25 unchanged", again, err)
	}
}

// failingPutter fails its second Put.
type failingPutter struct {
	Putter
	puts int
}

func (f *failingPutter) Put(a []model.Article) (store.PutResult, error) {
	if f.puts++; f.puts == 2 {
		return store.PutResult{}, errors.New("disk full")
	}
	return f.Putter.Put(a)
}

func TestImportStopsOnAStoreFailureKeepingWhatWasCommitted(t *testing.T) {
	dir := t.TempDir()
	writeArticles(t, dir, 30)
	st, err := openStore(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rep, err := Import(context.Background(), &failingPutter{Putter: NewLocal(st)}, []string{dir}, ImportOptions{Batch: 10})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("import over a failing store: %v", err)
	}
	if n, _ := st.Count(model.Filter{}); n != 10 || rep.New != 10 {
		t.Fatalf("%d stored, %d reported; want the first batch of 10", n, rep.New)
	}
}

func TestImportStopsWhenCancelled(t *testing.T) {
	dir := t.TempDir()
	writeArticles(t, dir, 30)
	st, err := openStore(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Import(ctx, NewLocal(st), []string{dir}, ImportOptions{Batch: 5})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("import with a cancelled context: %v", err)
	}
}

func TestReindexThroughTheOwner(t *testing.T) {
	path := storePath(t)
	owner := openLib(t, path)
	defer owner.Close()
	other := openLib(t, path)
	defer other.Close()
	a := article(7)
	a.Quotes, a.Speakers, a.ExtractorVersion = nil, nil, 0
	if _, err := other.Put([]model.Article{a}); err != nil {
		t.Fatal(err)
	}
	n, total, err := Reindex(context.Background(), other, false)
	if err != nil || n != 1 || total != 1 {
		t.Fatalf("Reindex: %d of %d, %v; want the one outdated article", n, total, err)
	}
	got, _ := other.Get(a.ID)
	if got.ExtractorVersion != extract.Version || len(got.Quotes) == 0 {
		t.Fatalf("after reindex: version %d, %d quotes", got.ExtractorVersion, len(got.Quotes))
	}
}

func TestAnnotateDetachesTheSameResult(t *testing.T) {
	body := []string{
		`"We will rebuild the bridge by spring," said Mayor Ilse Varnhold of Brennick.`,
		`Varnhold, a former engineer, added that the council had "no other choice."`,
		`Transport minister Oskar Delmont said the plan was sound.`,
	}
	want := extract.Extract(body)
	a := model.Article{Body: body}
	Annotate(&a)
	if !reflect.DeepEqual(a.Quotes, want.Quotes) || !reflect.DeepEqual(a.Speakers, want.Speakers) {
		t.Fatalf("Annotate kept\n%+v\n%+v\nwant\n%+v\n%+v", a.Quotes, a.Speakers, want.Quotes, want.Speakers)
	}
	if len(a.Quotes) == 0 {
		t.Fatal("no quotes: the test says nothing")
	}
}
