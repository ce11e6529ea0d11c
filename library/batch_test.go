package library

import (
	"errors"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"

	"soundbite/model"
	"soundbite/store"
)

// gatedPutter holds each Put until the test lets it through, and records
// the batches in the order they were stored.
type gatedPutter struct {
	started chan int     // the size of each batch as its Put begins
	release chan error   // what the Put waiting returns
	active  atomic.Int32 // Puts running now
	stored  [][]model.ID
	overlap bool // two Puts ran at once
}

func newGatedPutter() *gatedPutter {
	return &gatedPutter{started: make(chan int, 16), release: make(chan error)}
}

func (g *gatedPutter) Put(arts []model.Article) (store.PutResult, error) {
	if g.active.Add(1) > 1 {
		g.overlap = true
	}
	defer g.active.Add(-1)
	g.started <- len(arts)
	if err := <-g.release; err != nil {
		return store.PutResult{}, err
	}
	res := store.PutResult{New: len(arts)}
	for _, a := range arts {
		res.IDs = append(res.IDs, a.ID)
	}
	g.stored = append(g.stored, res.IDs)
	return res, nil
}

func (g *gatedPutter) SetExtractorVersion(int) error { return nil }

func batchArticle(i int) model.Article {
	return model.Article{ID: model.NewID(strings.Repeat("x", i+1)), Title: "Tarrow council meets"}
}

func TestBatcherGathersTheNextBatchWhileOneIsStored(t *testing.T) {
	g := newGatedPutter()
	var committed []int
	b := newBatcher(g, 2, func(res store.PutResult) error {
		committed = append(committed, len(res.IDs))
		return nil
	})
	for i := range 2 {
		if err := b.add(batchArticle(i)); err != nil {
			t.Fatal(err)
		}
	}
	if n := <-g.started; n != 2 {
		t.Fatalf("first Put stores %d articles, want 2", n)
	}
	// The first batch is still being stored: the next one gathers
	// meanwhile, and add does not wait for the store.
	if err := b.add(batchArticle(2)); err != nil {
		t.Fatal(err)
	}
	select {
	case n := <-g.started:
		t.Fatalf("a second Put (of %d) began while the first ran", n)
	default:
	}
	flushed := make(chan error, 1)
	go func() { flushed <- b.flush() }()
	g.release <- nil // the first batch commits
	if n := <-g.started; n != 1 {
		t.Fatalf("second Put stores %d articles, want the 1 gathered meanwhile", n)
	}
	select {
	case err := <-flushed:
		t.Fatalf("flush returned (%v) before the last batch was stored", err)
	default:
	}
	g.release <- nil
	if err := <-flushed; err != nil {
		t.Fatal(err)
	}
	if g.overlap {
		t.Fatal("two Puts ran at once")
	}
	if len(g.stored) != 2 || len(g.stored[0]) != 2 || len(g.stored[1]) != 1 || g.stored[1][0] != batchArticle(2).ID {
		t.Fatalf("stored %v; want the two articles, then the third", g.stored)
	}
	if len(committed) != 2 || committed[0] != 2 || committed[1] != 1 {
		t.Fatalf("onBatch saw %v; want 2 then 1", committed)
	}
}

func TestBatcherReportsAFailedBatchAtTheNextCall(t *testing.T) {
	g := newGatedPutter()
	b := newBatcher(g, 1, nil)
	if err := b.add(batchArticle(0)); err != nil {
		t.Fatal(err)
	}
	<-g.started
	g.release <- errors.New("disk full")
	// The next full batch waits for the one before it, and gets its
	// error instead of being stored.
	err := b.add(batchArticle(1))
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("add after a failed batch: %v; want the failure", err)
	}
	if len(g.stored) != 0 {
		t.Fatalf("stored %v after the failure", g.stored)
	}
	select {
	case n := <-g.started:
		t.Fatalf("a Put of %d began after the failure", n)
	default:
	}
}

func TestBatcherFlushWithNothingQueued(t *testing.T) {
	b := newBatcher(newGatedPutter(), 0, nil)
	if err := b.flush(); err != nil {
		t.Fatal(err)
	}
}

func TestBatcherSendsAnAgedBatchOnlyWhenNoneIsBeingStored(t *testing.T) {
	g := newGatedPutter()
	b := newBatcher(g, 100, nil)
	b.maxAge = 0 // every batch is old enough to go as soon as the store is free
	if err := b.add(batchArticle(0)); err != nil {
		t.Fatal(err)
	}
	if n := <-g.started; n != 1 {
		t.Fatalf("first Put stores %d articles, want the 1 that had aged", n)
	}
	// While the first batch is being stored, the next one keeps
	// gathering however old it is.
	for i := 1; i <= 3; i++ {
		if err := b.add(batchArticle(i)); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case n := <-g.started:
		t.Fatalf("a Put of %d began while the first ran", n)
	default:
	}
	g.release <- nil
	for !b.idle() {
		runtime.Gosched() // the storing goroutine hands its outcome back
	}
	// Once the store is free the aged batch goes with the next article.
	if err := b.add(batchArticle(4)); err != nil {
		t.Fatal(err)
	}
	if n := <-g.started; n != 4 {
		t.Fatalf("second Put stores %d articles, want the 4 gathered meanwhile", n)
	}
	g.release <- nil
	if err := b.flush(); err != nil {
		t.Fatal(err)
	}
	if len(g.stored) != 2 || len(g.stored[1]) != 4 {
		t.Fatalf("stored %v; want 1 article, then 4", g.stored)
	}
}
