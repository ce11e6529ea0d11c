package library

import (
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"time"

	"soundbite/ingest"
	"soundbite/model"
)

// SampleName is the sample store's file name, beside the user's store.
const SampleName = "sample.db"

// OrSample is lib when it holds articles. When it holds none, OrSample
// closes it and opens the sample store beside it instead (OpenSample), so
// a first run has something to read without putting sample articles into
// the user's own store; sample says so.
func OrSample(lib *Library, fsys fs.FS) (_ *Library, sample bool, err error) {
	counts, err := lib.Counts()
	if err != nil {
		lib.Close()
		return nil, false, fmt.Errorf("counting articles: %w", err)
	}
	if counts.Articles > 0 {
		return lib, false, nil
	}
	if err := lib.Close(); err != nil {
		return nil, false, fmt.Errorf("closing the store: %w", err)
	}
	if lib, err = OpenSample(lib.Path(), fsys); err != nil {
		return nil, false, err
	}
	return lib, true, nil
}

// OpenSample opens the sample store beside the store at storePath and
// loads the bundled corpus, the *.txt files of fsys, into it.
func OpenSample(storePath string, fsys fs.FS) (*Library, error) {
	lib, err := Open(filepath.Join(filepath.Dir(storePath), SampleName), Options{})
	if err != nil {
		return nil, fmt.Errorf("opening the sample store: %w", err)
	}
	if _, err := LoadSample(lib, fsys, time.Now()); err != nil {
		lib.Close()
		return nil, err
	}
	return lib, nil
}

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
