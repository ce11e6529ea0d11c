package library

import (
	"fmt"
	"time"

	"soundbite/model"
	"soundbite/store"
)

// DefaultBatch is how many articles go into one write transaction: large
// enough that fsync cost is spread thin, small enough that a crash loses
// little work and memory stays flat.
const DefaultBatch = 1000

// BatchAge bounds a batch by time as well: a batch is committed once its
// first article has waited this long and no other batch is being stored.
// Committing the last batch is what an interrupted import still has to do
// before it exits, so this keeps a Ctrl+C well under a second, and a kill
// loses less. While a batch is being stored the next one gathers to its
// full size (batchBytes bounds what a Ctrl+C then waits for): sending it
// early would only stop the pipeline until the store is done, leave the
// cores idle meanwhile, and make more, smaller transactions.
const BatchAge = 250 * time.Millisecond

// batchBytes bounds the text of one batch: the articles, their search
// documents and the transaction's dirty pages all grow with it, so sizing
// batches by bytes keeps an import's memory flat whatever the articles'
// lengths (2 MiB is about 330 articles of 600 words), and a batch of long
// articles stays well inside a request to the owning process (maxRequest).
// Much of a write transaction's work is per batch rather than per article
// (every speaker record and index page it touches is rewritten whole, each
// batch is a search segment to merge, and a commit syncs twice), so at
// 1 MiB an import of 100,000 articles spent about 15% more CPU; at 4 MiB
// the peak memory of an import of 10,000 rose by a third.
const batchBytes = 2 << 20

// batcher gathers articles into write transactions: every pipeline that
// stores many articles (import, reindex) goes through one.
//
// A full batch is stored by a goroutine of its own while the next one
// gathers, so the extractor keeps the cores busy through the write
// transaction, its commit and its fsync, which mostly run on one core or
// none. Only one batch is stored at a time, in order: the next full batch
// waits for it, which also bounds memory to two batches. The outcome of a
// batch being stored (its error, or onBatch's) comes back from the add or
// flush after it.
type batcher struct {
	p       Putter
	max     int
	maxAge  time.Duration // BatchAge, but for tests
	arts    []model.Article
	size    int
	started time.Time // when the first article of the batch came
	onBatch func(store.PutResult) error

	storing chan stored     // set while a batch is being stored; holds its outcome once stored
	free    []model.Article // a stored batch's slice, emptied, for reuse
}

// stored is what a storing goroutine hands back: its batch's slice, for
// the batch after next, and its error.
type stored struct {
	arts []model.Article
	err  error
}

func newBatcher(p Putter, max int, onBatch func(store.PutResult) error) *batcher {
	if max <= 0 {
		max = DefaultBatch
	}
	return &batcher{p: p, max: max, maxAge: BatchAge, onBatch: onBatch}
}

// add queues an article, handing the batch over to be stored once it is
// full.
func (b *batcher) add(a model.Article) error {
	if len(b.arts) == 0 {
		b.started = time.Now()
	}
	b.arts = append(b.arts, a)
	b.size += articleSize(a)
	full := len(b.arts) >= b.max || b.size >= batchBytes
	if full || time.Since(b.started) >= b.maxAge && b.idle() {
		return b.send()
	}
	return nil
}

// idle reports whether no batch is being stored: none was sent, or the
// last one has been stored and its outcome waits in its channel.
func (b *batcher) idle() bool {
	return b.storing == nil || len(b.storing) > 0
}

// flush stores what is queued and waits until every batch is stored, so
// that when it returns nil everything added is committed.
func (b *batcher) flush() error {
	if err := b.send(); err != nil {
		return err
	}
	return b.wait()
}

// send waits for the batch being stored, then starts storing the queued
// one.
func (b *batcher) send() error {
	if len(b.arts) == 0 {
		return nil
	}
	if err := b.wait(); err != nil {
		return err
	}
	arts, next := b.arts, b.spare()
	b.arts, b.size = next, 0
	done := make(chan stored, 1)
	b.storing = done
	go func() {
		res, err := b.p.Put(arts)
		clear(arts) // the backing array must not keep the articles alive
		if err != nil {
			err = fmt.Errorf("storing articles: %w", err)
		} else if b.onBatch != nil {
			err = b.onBatch(res)
		}
		done <- stored{arts: arts[:0], err: err}
	}()
	return nil
}

// wait waits for the batch being stored, if there is one, and returns
// its error. Its slice is kept for the next batch.
func (b *batcher) wait() error {
	if b.storing == nil {
		return nil
	}
	s := <-b.storing
	b.storing = nil
	b.free = s.arts
	return s.err
}

// spare returns an empty slice for the next batch: the one the last
// stored batch gave back, when there is one.
func (b *batcher) spare() []model.Article {
	s := b.free
	b.free = nil
	return s
}

// articleSize is about what an article weighs in a request.
func articleSize(a model.Article) int {
	n := len(a.Title) + len(a.Caption) + len(a.Source) + 256
	for _, p := range a.Body {
		n += len(p)
	}
	for _, q := range a.Quotes {
		n += len(q.Text) + 64
	}
	return n
}
