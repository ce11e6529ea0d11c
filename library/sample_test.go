package library

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// An empty store gives way to the sample store beside it; one with
// articles is kept, and the sample never lands in it.
func TestOrSample(t *testing.T) {
	corpus := os.DirFS(filepath.Join("..", "sample"))
	path := filepath.Join(t.TempDir(), "s.db")
	lib, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, sample, err := OrSample(lib, corpus)
	if err != nil || !sample || got.Path() != filepath.Join(filepath.Dir(path), SampleName) {
		t.Fatalf("empty store: sample %t, %v", sample, err)
	}
	counts, err := got.Counts()
	if err != nil || counts.Articles == 0 {
		t.Fatalf("the sample store holds %d articles, %v", counts.Articles, err)
	}
	got.Close()

	lib, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if counts, err := lib.Counts(); err != nil || counts.Articles != 0 {
		t.Fatalf("the user's store holds %d articles after the sample opened, %v", counts.Articles, err)
	}
	if _, err := LoadSample(lib, corpus, time.Now()); err != nil {
		t.Fatal(err)
	}
	got, sample, err = OrSample(lib, corpus)
	if err != nil || sample || got != lib {
		t.Fatalf("a store with articles: sample %t, %v", sample, err)
	}
	got.Close()
}
