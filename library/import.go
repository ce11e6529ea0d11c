package library

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"soundbite/extract"
	"soundbite/ingest"
	"soundbite/model"
	"soundbite/store"
)

// Putter is what the import pipeline needs of a store.
type Putter interface {
	Put(articles []model.Article) (store.PutResult, error)
	SetExtractorVersion(v int) error
}

// ImportOptions tune Import.
type ImportOptions struct {
	// Batch is how many articles go into one write transaction at most;
	// 0 means DefaultBatch.
	Batch int
	// OnBatch, when set, is called after each transaction commits, with
	// what it stored. An error from it stops the import.
	OnBatch func(store.PutResult) error
	// OnSkip, when set, is called for each file that could not be read,
	// as it happens. Both path and err are as they came: sanitise them
	// before they reach a terminal.
	OnSkip func(path string, err error)
}

// ImportReport is the outcome of an import.
type ImportReport struct {
	New       int           `json:"new"`
	Updated   int           `json:"updated"`
	Unchanged int           `json:"unchanged"`
	Failed    int           `json:"failed"`
	Errors    []ImportError `json:"errors"`
}

// ImportError is one file an import skipped; Error is sanitised to one
// line, File is exact.
type ImportError struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

// Import walks paths, extracts speakers on every core and stores the
// articles in batches through p, a local store or the process that owns
// it. Files that cannot be read are counted and reported through OnSkip;
// only a store failure or the end of ctx stops the import. When ctx ends,
// the walk stops, files not yet extracted are left, the articles already
// extracted are committed, and the report says what was stored along
// with ctx's cause.
func Import(ctx context.Context, p Putter, paths []string, opts ImportOptions) (ImportReport, error) {
	rep := ImportReport{Errors: []ImportError{}}
	docs := make(chan model.Article, 64)
	extracted := make(chan model.Article, 64)

	var workers sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for art := range docs {
				if ctx.Err() != nil {
					continue // drain: the walk is stopping
				}
				Annotate(&art)
				extracted <- art
			}
		}()
	}
	go func() {
		workers.Wait()
		close(extracted)
	}()

	// stop tells the walk to give up once storing has failed or ctx has
	// ended, so a dead store does not cost a walk of the whole tree.
	stop := make(chan struct{})
	var stopOnce sync.Once
	halt := func() { stopOnce.Do(func() { close(stop) }) }
	walkDone := make(chan error, 1)
	go func() {
		defer close(docs)
		now := time.Now().UTC()
		walkDone <- ingest.Walk(paths, func(path string, d ingest.Doc, err error) error {
			if ctx.Err() != nil {
				return filepath.SkipAll
			}
			if err != nil {
				rep.Failed++
				rep.Errors = append(rep.Errors, ImportError{File: path, Error: model.SanitizeLine(withoutPath(err, path))})
				if opts.OnSkip != nil {
					opts.OnSkip(path, err)
				}
				return nil
			}
			d.Article.Imported = now
			select {
			case docs <- d.Article:
				return nil
			case <-stop:
				return filepath.SkipAll
			case <-ctx.Done():
				return filepath.SkipAll
			}
		})
	}()

	b := newBatcher(p, opts.Batch, func(res store.PutResult) error {
		rep.New += res.New
		rep.Updated += res.Updated
		rep.Unchanged += res.Unchanged
		if opts.OnBatch != nil {
			return opts.OnBatch(res)
		}
		return nil
	})
	var storeErr error
	for art := range extracted {
		if storeErr != nil {
			continue // drain, so the workers and the walk can finish
		}
		if err := b.add(art); err != nil {
			storeErr = err
			halt()
		}
	}
	if storeErr == nil {
		storeErr = b.flush()
	}
	halt()
	// The walk has finished once extracted is closed, so rep's error
	// fields are no longer written concurrently.
	if err := <-walkDone; err != nil {
		return rep, fmt.Errorf("walking %v: %w", paths, err)
	}
	if storeErr != nil {
		return rep, storeErr
	}
	if ctx.Err() != nil {
		return rep, context.Cause(ctx)
	}
	if err := p.SetExtractorVersion(extract.Version); err != nil {
		return rep, fmt.Errorf("recording the extractor version: %w", err)
	}
	return rep, nil
}

// Annotate runs the speaker extractor on an article and keeps its results.
func Annotate(a *model.Article) {
	res := extract.Extract(a.Body)
	detach(&res)
	a.Speakers = res.Speakers
	a.Quotes = res.Quotes
	a.ExtractorVersion = extract.Version
}

// detach copies the strings of res into one allocation of their own.
// The extractor's strings are slices of the article's text joined into
// one, a copy of the whole body, which would otherwise stay alive until
// the article is stored: an import holds some 800 articles between the
// extractor and the store, so that was ~4 MB of its live heap.
func detach(res *extract.Result) {
	n := 0
	eachString(res, func(s *string) { n += len(*s) })
	var b strings.Builder
	b.Grow(n)
	eachString(res, func(s *string) { b.WriteString(*s) })
	all, at := b.String(), 0
	eachString(res, func(s *string) {
		end := at + len(*s)
		*s = all[at:end]
		at = end
	})
}

// eachString calls fn with every string of res, always in the same order.
func eachString(res *extract.Result, fn func(*string)) {
	for i := range res.Quotes {
		q := &res.Quotes[i]
		fn(&q.Speaker)
		fn(&q.Text)
		fn(&q.Cue)
	}
	for i := range res.Speakers {
		sp := &res.Speakers[i]
		fn(&sp.Name)
		for j := range sp.Aliases {
			fn(&sp.Aliases[j])
		}
		for j := range sp.Roles {
			fn(&sp.Roles[j])
		}
	}
}

// withoutPath is err's text without the "path: " it starts with, for a
// field beside the path.
func withoutPath(err error, path string) string {
	msg, _ := strings.CutPrefix(err.Error(), path+": ")
	return msg
}

// Stored is how many articles the import has committed.
func (r ImportReport) Stored() int { return r.New + r.Updated + r.Unchanged }
