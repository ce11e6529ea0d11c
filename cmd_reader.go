package main

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"

	"soundbite/library"
	"soundbite/mfsync"
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
	cfg, warning := readerSettings()
	a.retention = retentionOf(cfg)
	lib, err := a.openStore(readWrite)
	if err != nil {
		return err
	}
	counts, err := lib.Counts()
	if err != nil {
		lib.Close()
		return fmt.Errorf("counting articles: %w", err)
	}
	opts := readerOptions(cfg)
	opts.Store, opts.Feeds, opts.Changes, opts.Warning = lib, lib, lib, warning
	switch acct, err := a.account(); {
	case err == nil:
		opts.Feeds = lib.WithSync(acct) // refreshing syncs too
	case !errors.Is(err, mfsync.ErrNoAccount) && opts.Warning == "":
		opts.Warning = "sync: " + err.Error()
	}
	if counts.Articles == 0 {
		if err := lib.Close(); err != nil {
			return fmt.Errorf("closing the store: %w", err)
		}
		corpus, _ := fs.Sub(sampleFS, "sample") // "sample" is embedded, so Sub cannot fail
		if lib, err = library.OpenSample(lib.Path(), corpus); err != nil {
			return err
		}
		opts.Store, opts.Feeds, opts.Changes = lib, nil, lib
		opts.Notice = "Sample articles; add yours: soundbite import FILE"
	}
	defer lib.Close()
	return ui.Run(ctx, opts)
}
