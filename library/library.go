package library

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sync"
	"time"

	"soundbite/feed"
	"soundbite/model"
	"soundbite/store"
)

const (
	// lockProbe is how long an open waits for the store's lock before it
	// looks for an owner to talk to instead.
	lockProbe = 50 * time.Millisecond
	// retryPause is the wait between attempts while an owner is starting
	// or one has just died.
	retryPause = 20 * time.Millisecond
	// DefaultWait is how long to keep trying to own the store or reach
	// its owner before giving up.
	DefaultWait = 5 * time.Second
)

// Options configure a Library.
type Options struct {
	// Fetcher fetches feeds for Refresh; nil means a default one.
	Fetcher *feed.Fetcher
	// Wait bounds how long Open, and a call whose owner died, keep trying
	// to own the store or reach its owner; 0 means DefaultWait.
	Wait time.Duration
	// ReadOnly says the caller only reads: when the store is held by a
	// process that does not serve it (an older soundbite, another tool
	// with the file open read-only), the store is opened read-only
	// beside it instead of waiting for it.
	ReadOnly bool
	// Retention, when not zero, prunes the store after every refresh
	// this Library runs (RefreshFeeds, RefreshAll).
	Retention Retention
}

// Library is a store as the faces see it: owned by this process and
// served to the others, or reached through the process that owns it. When
// that process goes away, the next call takes the store over (or finds
// the process that did) and is sent again, so an owner that dies, even by
// kill -9, costs a caller a few milliseconds and nothing else.
//
// Library implements Backend; its methods are safe for concurrent use.
type Library struct {
	path, sock string
	opts       Options

	mu     sync.Mutex
	st     *store.Store // non-nil while this process owns the store
	local  *Local
	srv    *server
	client *Client
	closed bool
}

// Open opens the store at path: as its owner when no other soundbite
// holds it, else as a client of the one that does.
func Open(path string, opts Options) (*Library, error) {
	if opts.Wait <= 0 {
		opts.Wait = DefaultWait
	}
	if opts.Fetcher == nil {
		opts.Fetcher = feed.NewFetcher(feed.Options{})
	}
	path = filepath.Clean(path)
	l := &Library{path: path, sock: SocketPath(path), opts: opts}
	if _, err := l.backend(); err != nil {
		return nil, err
	}
	return l, nil
}

// Path is the store file's path.
func (l *Library) Path() string { return l.path }

// Owner reports whether this process holds the store now.
func (l *Library) Owner() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.st != nil
}

// backend is the current Backend, acquiring one when there is none.
func (l *Library) backend() (Backend, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return nil, errors.New("the store is closed")
	}
	if l.local != nil {
		return l.local, nil
	}
	if l.client != nil {
		return l.client, nil
	}
	return l.acquire()
}

// acquire tries to own the store, else to reach its owner, until one
// works or Wait has passed. An owner that just died leaves its lock
// released by the kernel and its socket refusing connections, so the
// next try takes over; one that is starting holds the lock before its
// socket is up, so a try or two later it answers.
func (l *Library) acquire() (Backend, error) {
	if err := checkPlace(l.path); err != nil {
		return nil, err
	}
	if err := checkSocketPath(l.sock); err != nil {
		return nil, err
	}
	deadline := time.Now().Add(l.opts.Wait)
	for {
		st, err := store.Open(l.path, store.Options{Timeout: lockProbe})
		if err == nil {
			local := NewLocal(st)
			srv, err := serve(local, l.sock)
			if err != nil {
				st.Close()
				return nil, err
			}
			l.st, l.local, l.srv = st, local, srv
			return local, nil
		}
		if l.opts.ReadOnly && errors.Is(err, fs.ErrPermission) {
			// A file this user may read but not write: read it as it is.
			ro, rerr := store.Open(l.path, store.Options{ReadOnly: true, Timeout: lockProbe})
			if rerr != nil {
				return nil, rerr
			}
			l.st, l.local = ro, NewLocal(ro)
			return l.local, nil
		}
		if !errors.Is(err, store.ErrLocked) {
			return nil, err
		}
		c, derr := Dial(l.sock)
		if derr == nil {
			l.client = c
			return c, nil
		}
		var stuck *UnresponsiveError
		if errors.As(derr, &stuck) {
			return nil, fmt.Errorf("%w; %w", err, stuck)
		}
		if !errors.Is(derr, errOwnerGone) {
			return nil, derr
		}
		if l.opts.ReadOnly && errors.Is(derr, fs.ErrNotExist) {
			// No socket: whoever holds the lock does not serve. A
			// shared lock still lets this process read.
			if ro, rerr := store.Open(l.path, store.Options{ReadOnly: true, Timeout: lockProbe}); rerr == nil {
				l.st, l.local = ro, NewLocal(ro)
				return l.local, nil
			}
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("%w; the soundbite holding it does not answer on %s (%v)", err, l.sock, derr)
		}
		time.Sleep(retryPause)
	}
}

// forget drops a client whose owner went away, so the next call acquires
// again; other goroutines may have done so already.
func (l *Library) forget(b Backend) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if c, ok := b.(*Client); ok && l.client == c {
		c.Close()
		l.client = nil
	}
}

// do runs fn on the current Backend, again on the next one when the owner
// went away under it.
func (l *Library) do(fn func(Backend) error) error {
	deadline := time.Now().Add(l.opts.Wait)
	for {
		b, err := l.backend()
		if err != nil {
			return err
		}
		err = fn(b)
		if !errors.Is(err, errOwnerGone) || time.Now().After(deadline) {
			return err
		}
		l.forget(b)
	}
}

// Close stops serving the store, when this process owns it, once the
// requests in flight are answered, then closes it. The next soundbite to
// call takes it over.
func (l *Library) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return nil
	}
	l.closed = true
	var err error
	if l.client != nil {
		err = l.client.Close()
	}
	if l.srv != nil {
		err = errors.Join(err, l.srv.close())
	}
	if l.st != nil {
		if cerr := l.st.Close(); cerr != nil {
			err = errors.Join(err, fmt.Errorf("closing the store: %w", cerr))
		}
	}
	return err
}

// Use runs fn on l, then closes l: for a command that opens the store
// for one piece of work. The error is fn's, else the close's.
func (l *Library) Use(fn func(*Library) error) (err error) {
	defer func() {
		if cerr := l.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("closing the store: %w", cerr)
		}
	}()
	return fn(l)
}

// Trim gives back the memory pages a big read mapped, when the store is
// in this process (store.Store.Trim); an owner elsewhere manages its own.
func (l *Library) Trim() error {
	l.mu.Lock()
	st := l.st
	l.mu.Unlock()
	if st == nil {
		return nil
	}
	return st.Trim()
}

// Import runs the import pipeline (Import) on this store, giving back
// the memory each batch mapped (Trim) before opts.OnBatch hears of it:
// the pages a batch read stay mapped, and count as the process's memory,
// until given back, so a large import would end with the whole file
// resident.
func (l *Library) Import(ctx context.Context, paths []string, opts ImportOptions) (ImportReport, error) {
	onBatch := opts.OnBatch
	opts.OnBatch = func(res store.PutResult) error {
		if err := l.Trim(); err != nil {
			return err
		}
		if onBatch == nil {
			return nil
		}
		return onBatch(res)
	}
	return Import(ctx, l, paths, opts)
}

// RefreshFeeds fetches feeds (every subscribed one when feeds is empty)
// in this process and stores what is new (Refresh).
func (l *Library) RefreshFeeds(ctx context.Context, feeds []model.Feed, progress func(feed.Progress)) (RefreshReport, error) {
	rep, err := Refresh(ctx, l, l.opts.Fetcher, feeds, progress)
	if err != nil || ctx.Err() != nil || l.opts.Retention.IsZero() {
		return rep, err
	}
	pruned, err := Prune(l, l.opts.Retention, time.Now(), false)
	rep.Pruned = pruned.Articles
	if err != nil {
		err = fmt.Errorf("pruning after the refresh: %w", err)
	}
	return rep, err
}

// RefreshAll is the reader's refresh: every feed, with progress as counts,
// and an error that names the feeds that failed.
func (l *Library) RefreshAll(ctx context.Context, progress func(done, total int)) (int, error) {
	if progress == nil {
		progress = func(int, int) {}
	}
	rep, err := l.RefreshFeeds(ctx, nil, func(p feed.Progress) { progress(p.Done, p.Total) })
	if errors.Is(err, ErrNoFeeds) {
		return 0, errors.New("no feeds to refresh: add one with soundbite feed add URL")
	}
	if err == nil && rep.Failed > 0 {
		err = fmt.Errorf("%d of %d feeds failed: %s", rep.Failed, rep.Feeds, rep.FailedNames())
	}
	return rep.New, err
}
