package main

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"time"

	tea "charm.land/bubbletea/v2"

	"soundbite/feed"
	"soundbite/ingest"
	"soundbite/model"
	"soundbite/store"
	"soundbite/ui"
)

// sampleFS is the bundled corpus the reader opens on when the store is empty.
//
//go:embed sample/*.txt
var sampleFS embed.FS

// runReader opens the reader. When the user's store holds no articles, it
// opens a separate sample store beside it, filled from the bundled corpus,
// so a first run has something to read without putting sample articles
// into the user's own store.
func (a *app) runReader(ctx context.Context) error {
	st, err := a.openStore()
	if err != nil {
		return err
	}
	counts, err := st.Counts()
	if err != nil {
		st.Close()
		return fmt.Errorf("counting articles: %w", err)
	}
	notice := ""
	if counts.Articles == 0 {
		userPath := st.Path()
		if err := st.Close(); err != nil {
			return fmt.Errorf("closing the store: %w", err)
		}
		samplePath := filepath.Join(filepath.Dir(userPath), "sample.db")
		st, err = openSampleStore(samplePath)
		if err != nil {
			return err
		}

		notice = "Sample articles; add yours: soundbite import FILE"
	}
	defer st.Close()

	cfg, warning := readerSettings()
	opts := readerOptions(cfg)
	opts.Store, opts.Notice, opts.Warning = st, notice, warning
	if notice == "" {
		opts.Refresh = func(ctx context.Context, progress func(done, total int)) (int, error) {
			feeds, err := st.Feeds()
			if err != nil {
				return 0, fmt.Errorf("listing feeds: %w", err)
			}
			if len(feeds) == 0 {
				return 0, errors.New("no feeds to refresh: add one with soundbite feed add URL")
			}
			sum, err := a.newFetcher().Refresh(ctx, feedStore{st}, feeds, annotate, func(p feed.Progress) {
				progress(p.Done, p.Total)
			})
			if err == nil && sum.Failed > 0 {
				err = fmt.Errorf("%d of %d feeds failed (see soundbite feed list)", sum.Failed, sum.Feeds)
			}
			return sum.New, err
		}
	}
	// 120 frames a second (bubbletea's ceiling; the default is 60) halves
	// the wait between a keypress and the frame that shows it; frames are
	// only drawn when something changed, so an idle reader costs nothing.
	prog := tea.NewProgram(ui.New(opts), tea.WithContext(ctx), tea.WithFPS(120))
	if _, err := prog.Run(); err != nil && ctx.Err() == nil {
		return fmt.Errorf("running the reader: %w", err)
	}
	return nil
}

// openSampleStore opens the sample store and loads the bundled corpus into
// it. Loading is idempotent: articles already there are left as they are,
// with their read state.
func openSampleStore(path string) (*store.Store, error) {
	st, err := store.Open(path, store.Options{})
	if err != nil {
		return nil, fmt.Errorf("opening the sample store: %w", err)
	}
	articles, err := sampleArticles(time.Now().UTC())
	if err == nil {
		_, err = st.Put(articles)
	}
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("loading the bundled sample corpus: %w", err)
	}
	return st, nil
}

// sampleArticles parses and annotates the bundled corpus. The corpus has no
// dates, so import times step back a minute per file to keep the files'
// order as the list's newest-first order.
func sampleArticles(now time.Time) ([]model.Article, error) {
	names, err := fs.Glob(sampleFS, "sample/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	articles := make([]model.Article, 0, len(names))
	for i, name := range names {
		data, err := sampleFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		doc, err := ingest.Parse(path.Base(name), data)
		if err != nil {
			return nil, fmt.Errorf("bundled %s: %w", name, err)
		}
		art := doc.Article
		art.Source = "bundled:" + path.Base(name)
		art.Imported = now.Add(-time.Duration(i) * time.Minute)
		annotate(&art)
		articles = append(articles, art)
	}
	return articles, nil
}
