package library

import (
	"fmt"

	"soundbite/extract"
	"soundbite/model"
	"soundbite/store"
)

// reindex re-extracts stored articles. It collects the IDs to redo first,
// because a bbolt read transaction must not stay open across writes, then
// re-extracts and stores them in batches so that memory stays flat and
// each batch is one transaction. It runs where the store is: moving every
// article to another process and back would cost more than extracting.
func reindex(st *store.Store, all bool) (int, error) {
	var stale []model.ID
	err := st.ForEach(func(art model.Article) error {
		if all || art.ExtractorVersion != extract.Version {
			stale = append(stale, art.ID)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("reading articles: %w", err)
	}
	b := newBatcher(st, DefaultBatch, nil)
	for _, id := range stale {
		art, err := st.Get(id)
		if err != nil {
			return 0, fmt.Errorf("reading article %s: %w", id, err)
		}
		Annotate(&art)
		if err := b.add(art); err != nil {
			return 0, fmt.Errorf("storing re-extracted articles: %w", err)
		}
	}
	if err := b.flush(); err != nil {
		return 0, fmt.Errorf("storing re-extracted articles: %w", err)
	}
	if err := st.SetExtractorVersion(extract.Version); err != nil {
		return 0, err
	}
	// Re-extraction kept the search index in step; rebuilding it as well
	// makes reindex the one command that brings everything derived from
	// the articles up to date, and compacts the index.
	if err := st.ReindexSearch(); err != nil {
		return 0, fmt.Errorf("rebuilding the search index: %w", err)
	}
	return len(stale), nil
}
