package library

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"time"

	"soundbite/ingest"
	"soundbite/model"
)

// SampleName is the sample store's file name, beside the user's store.
const SampleName = "sample.db"

// LoadSample puts the bundled corpus, the *.txt files of fsys, into the
// sample store b. Loading is idempotent: articles already there are left
// as they are, with their read state.
func LoadSample(b Putter, fsys fs.FS, now time.Time) (int, error) {
	articles, err := sampleArticles(fsys, now)
	if err == nil {
		_, err = b.Put(articles)
	}
	if err != nil {
		return 0, fmt.Errorf("loading the bundled sample corpus: %w", err)
	}
	return len(articles), nil
}

// sampleArticles parses and annotates the bundled corpus. The corpus has
// no dates, so import times step back a minute per file to keep the
// files' order as the list's newest-first order.
func sampleArticles(fsys fs.FS, now time.Time) ([]model.Article, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	articles := make([]model.Article, 0, len(names))
	for i, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		doc, err := ingest.Parse(path.Base(name), data)
		if err != nil {
			return nil, fmt.Errorf("bundled %s: %w", name, err)
		}
		art := doc.Article
		art.Source = "bundled:" + path.Base(name)
		art.Imported = now.UTC().Add(-time.Duration(i) * time.Minute)
		Annotate(&art)
		articles = append(articles, art)
	}
	return articles, nil
}
