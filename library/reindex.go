package library

import (
	"context"
	"errors"
	"fmt"

	"soundbite/extract"
	"soundbite/store"
)

// Reindex re-extracts the articles an older extractor annotated (every
// one with all) and returns how many it stored of how many it had to. It
// runs the extractor here, in the calling process, and stores through b
// in batches, so memory stays flat and each batch is one transaction.
// When ctx ends it commits the batch in hand and returns ctx's cause; the
// articles left keep their old extractor version, so the next reindex
// picks them up.
func Reindex(ctx context.Context, b Backend, all bool) (done, total int, err error) {
	stale, err := b.Outdated(all)
	if err != nil {
		return 0, 0, err
	}
	if ctx.Err() != nil {
		return 0, len(stale), context.Cause(ctx)
	}
	total = len(stale)
	bt := newBatcher(b, DefaultBatch, func(res store.PutResult) error {
		done += len(res.IDs)
		return nil
	})
	for _, id := range stale {
		if ctx.Err() != nil {
			if err := bt.flush(); err != nil {
				return done, total, fmt.Errorf("storing re-extracted articles: %w", err)
			}
			return done, total, context.Cause(ctx)
		}
		art, err := b.Get(id)
		if err != nil {
			// The batch being stored is finished first: done counts it.
			return done, total, errors.Join(fmt.Errorf("reading article %s: %w", id, err), bt.wait())
		}
		Annotate(&art)
		if err := bt.add(art); err != nil {
			return done, total, fmt.Errorf("storing re-extracted articles: %w", err)
		}
	}
	if err := bt.flush(); err != nil {
		return done, total, fmt.Errorf("storing re-extracted articles: %w", err)
	}
	if err := b.SetExtractorVersion(extract.Version); err != nil {
		return done, total, err
	}
	// Re-extraction kept the indexes in step, one article at a time;
	// rebuilding them as well joins every speaker to an identity afresh
	// over the whole store, and compacts the search index, so reindex is
	// the one command that brings everything derived from the articles up
	// to date. It is one transaction: a signal during it waits for it, and
	// a kill loses only it.
	if err := b.RebuildIndexes(); err != nil {
		return done, total, fmt.Errorf("rebuilding the speaker and search indexes: %w", err)
	}
	return done, total, nil
}
