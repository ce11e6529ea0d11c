package main

import (
	"cmp"
	"context"

	"soundbite/library"
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
	feeds, syncWarning := lib.SavedRefresher()
	opts.Store, opts.Feeds, opts.Changes, opts.Warning = lib, feeds, lib, cmp.Or(warning, syncWarning)
	if isSample {
		opts.Feeds, opts.Notice = nil, "Sample articles; add yours: soundbite import FILE"
	}
	return ui.Run(ctx, opts)
}
