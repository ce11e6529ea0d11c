package main

import (
	"context"
	"errors"

	"soundbite/library"
	"soundbite/mfsync"
	"soundbite/sample"
	"soundbite/ui"
)

// runReader opens the reader, on the sample store while the user's holds
// no articles (library.OrSample).
func (a *app) runReader(ctx context.Context) error {
	cfg, warning := ui.Settings()
	a.retention = library.RetentionDays(cfg.Retention.MaxAgeDays, cfg.Retention.MaxPerFeed)
	lib, err := a.openStore(readWrite)
	if err != nil {
		return err
	}
	lib, isSample, err := library.OrSample(lib, sample.FS)
	if err != nil {
		return err
	}
	defer lib.Close()
	opts := ui.OptionsFrom(cfg)
	opts.Store, opts.Feeds, opts.Changes, opts.Warning = lib, lib, lib, warning
	switch acct, err := mfsync.LoadSaved(); {
	case err == nil:
		opts.Feeds = lib.WithSync(acct) // refreshing syncs too
	case !errors.Is(err, mfsync.ErrNoAccount) && opts.Warning == "":
		opts.Warning = "sync: " + err.Error()
	}
	if isSample {
		opts.Feeds, opts.Notice = nil, "Sample articles; add yours: soundbite import FILE"
	}
	return ui.Run(ctx, opts)
}
