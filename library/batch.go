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
// first article has waited this long. Committing the last batch is what
// an interrupted import still has to do before it exits, so this keeps a
// Ctrl+C well under a second, and a kill loses less.
const BatchAge = 250 * time.Millisecond

// batchBytes bounds the text of one batch: the articles, their search
// documents and the transaction's dirty pages all grow with it, so sizing
// batches by bytes keeps an import's memory flat whatever the articles'
// lengths (1 MiB is about 250 articles of 600 words), and a batch of long
// articles stays well inside a request to the owning process (maxRequest).
const batchBytes = 1 << 20

// batcher gathers articles into write transactions: every pipeline that
// stores many articles (import, reindex) goes through one.
type batcher struct {
	p       Putter
	max     int
	arts    []model.Article
	size    int
	started time.Time // when the first article of the batch came
	onBatch func(store.PutResult) error
}

func newBatcher(p Putter, max int, onBatch func(store.PutResult) error) *batcher {
	if max <= 0 {
		max = DefaultBatch
	}
	return &batcher{p: p, max: max, onBatch: onBatch}
}

// add queues an article, storing the batch once it is full.
func (b *batcher) add(a model.Article) error {
	if len(b.arts) == 0 {
		b.started = time.Now()
	}
	b.arts = append(b.arts, a)
	b.size += articleSize(a)
	if len(b.arts) >= b.max || b.size >= batchBytes || time.Since(b.started) >= BatchAge {
		return b.flush()
	}
	return nil
}

// flush stores what is queued in one transaction.
func (b *batcher) flush() error {
	if len(b.arts) == 0 {
		return nil
	}
	res, err := b.p.Put(b.arts)
	clear(b.arts) // the backing array must not keep the articles alive
	b.arts, b.size = b.arts[:0], 0
	if err != nil {
		return fmt.Errorf("storing articles: %w", err)
	}
	if b.onBatch != nil {
		return b.onBatch(res)
	}
	return nil
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
