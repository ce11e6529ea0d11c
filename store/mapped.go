package store

import (
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
)

// A write transaction reads pages all over the file: each article of a
// batch touches its summary's leaf, its speakers' index buckets, their
// totals and aliases; a merge reads whole segments and frees their
// pages; the commit reads the header of every page the transaction
// changed. bbolt reads through a read-only mmap, and each page fault
// maps not one page but the kernel's fault-around window (64 KiB) of
// the page cache, so one batch of 1 MiB of text into a 100,000-article
// store mapped some 180 MiB, its commit some 130 MiB, and a merge some
// 140 MiB, all counted as the process's resident memory until given
// back (dropMapped).
//
// Some of these reads happen inside bbolt (the commit, freeing a
// bucket's pages), where no caller can give pages back between them. So
// while a long transaction runs, a watcher looks at how much of the
// process's memory is mapped from files (residentFile) every
// mapWatchEvery, and once it has grown mappedBudget past what it was
// after pages were last given back, gives back the file's mapped pages
// from a read transaction of its own. A read transaction holds bbolt's
// mmap lock, so the mapping cannot be replaced while madvise runs; the
// write transaction's next reads fault their pages back in from the
// page cache, unchanged, since it writes the file only through pwrite.
const (
	// mappedBudget is how far the mapped pages may grow between drops:
	// a few MiB of faults are cheap to take again, and tens of MiB are
	// a fifth of an import's memory.
	mappedBudget = 8 << 20
	// mapWatchEvery is how often the watcher looks: reading
	// /proc/self/statm costs a few microseconds, and a commit maps about
	// 1 MiB a millisecond at worst.
	mapWatchEvery = 5 * time.Millisecond
)

// mapWatch is a Store's record of its mapped pages, shared by its
// watchers.
type mapWatch struct {
	// base is the process's file-backed resident bytes after pages were
	// last given back; 0 before the first look.
	base atomic.Int64
}

// noteDropped records that the mapped pages were just given back.
func (m *mapWatch) noteDropped() {
	if now, ok := residentFile(); ok {
		m.base.Store(now)
	}
}

// watch gives back dbs' mapped pages whenever they grow past
// mappedBudget, until stop is called, which waits for the watcher to
// end. Where the mapped size cannot be read, it does nothing.
func (m *mapWatch) watch(dbs ...*bolt.DB) (stop func()) {
	if _, ok := residentFile(); !ok {
		return func() {}
	}
	done, ended := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(ended)
		tick := time.NewTicker(mapWatchEvery)
		defer tick.Stop()
		for {
			m.check(dbs)
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() {
		close(done)
		<-ended
	}
}

// check gives back dbs' mapped pages if they have grown past the budget.
func (m *mapWatch) check(dbs []*bolt.DB) {
	now, ok := residentFile()
	if !ok {
		return
	}
	base := m.base.Load()
	if base == 0 || now < base {
		// The first look, or pages given back elsewhere since.
		m.base.Store(now)
		return
	}
	if now-base <= mappedBudget {
		return
	}
	for _, db := range dbs {
		// Give back what a transaction since the last one could have
		// mapped; an error here means the DB is closing, and its
		// mapping with it.
		_ = db.View(func(tx *bolt.Tx) error {
			dropMapped(tx)
			return nil
		})
	}
	m.noteDropped()
}
