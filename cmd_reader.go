package main

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"

	tea "charm.land/bubbletea/v2"

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
	// 120 frames a second (bubbletea's ceiling; the default is 60) halves
	// the wait between a keypress and the frame that shows it; frames are
	// only drawn when something changed, so an idle reader costs nothing.
	//
	// The terminal is restored on every way out: q and ctrl+c quit; SIGINT,
	// SIGTERM and SIGHUP end ctx (see signalContext), and bubbletea then
	// leaves the alternate screen, shows the cursor and turns the mouse off
	// before Run returns; ctrl+z and SIGTSTP suspend (see suspender).
	var susp suspender
	prog := tea.NewProgram(ui.New(opts), tea.WithContext(ctx), tea.WithFPS(120), tea.WithFilter(susp.filter))
	defer susp.watch(prog)()
	if _, err := prog.Run(); err != nil && ctx.Err() == nil {
		return fmt.Errorf("running the reader: %w", err)
	}
	return nil
}
