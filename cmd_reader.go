package main

import (
	"context"
	"embed"
	"errors"
	"io/fs"

	"soundbite/library"
	"soundbite/mfsync"
	"soundbite/ui"
)

// sampleFS is the bundled corpus the reader opens on when the store is empty.
//
//go:embed sample/*.txt
var sampleFS embed.FS

// runReader opens the reader, on the sample store while the user's holds
// no articles (library.OrSample).
func (a *app) runReader(ctx context.Context) error {
	cfg, warning := ui.Settings()
	a.retention = library.RetentionDays(cfg.Retention.MaxAgeDays, cfg.Retention.MaxPerFeed)
	lib, err := a.openStore(readWrite)
	if err != nil {
		return err
	}
	corpus, _ := fs.Sub(sampleFS, "sample") // "sample" is embedded, so Sub cannot fail
	lib, sample, err := library.OrSample(lib, corpus)
	if err != nil {
		return err
	}
	defer lib.Close()
	opts := ui.OptionsFrom(cfg)
	opts.Store, opts.Feeds, opts.Changes, opts.Warning = lib, lib, lib, warning
	switch acct, err := a.account(); {
	case err == nil:
		opts.Feeds = lib.WithSync(acct) // refreshing syncs too
	case !errors.Is(err, mfsync.ErrNoAccount) && opts.Warning == "":
		opts.Warning = "sync: " + err.Error()
	}
	if sample {
		opts.Feeds, opts.Notice = nil, "Sample articles; add yours: soundbite import FILE"
	}
	return ui.Run(ctx, opts)
}
