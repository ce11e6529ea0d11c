package main

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"soundbite/config"
	"soundbite/library"
	"soundbite/opener"
	"soundbite/ui"
	"soundbite/ui/theme"
)

// sampleFS is the bundled corpus the reader opens on when the store is empty.
//
//go:embed sample/*.txt
var sampleFS embed.FS

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "soundbite",
		Short: "A terminal news reader that knows who said what",
		Long: `soundbite reads news in the terminal and shows who is quoted in it.

Run without a command to open the reader. When the store is empty the reader
opens on a bundled sample corpus so there is something to read at once.`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.NoArgs,
		// The reader. When the user's store holds no articles, it opens a
		// separate sample store beside it, filled from the bundled corpus,
		// so a first run has something to read without putting sample
		// articles into the user's own store.
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			lib, err := a.openLibrary()
			if err != nil {
				return err
			}
			counts, err := lib.Counts()
			if err != nil {
				lib.Close()
				return fmt.Errorf("counting articles: %w", err)
			}
			cfg, warning := readerSettings()
			opts := readerOptions(cfg)
			opts.Store, opts.Feeds, opts.Changes, opts.Warning = lib, lib, lib, warning
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
			prog := tea.NewProgram(ui.New(opts), tea.WithContext(ctx), tea.WithFPS(120))
			if _, err := prog.Run(); err != nil && ctx.Err() == nil {
				return fmt.Errorf("running the reader: %w", err)
			}
			return nil
		},
	}
	root.PersistentFlags().StringVar(&a.dbPath, "db", "", "path of the database file (default $SOUNDBITE_DB, else $XDG_DATA_HOME/soundbite/soundbite.db)")
	root.AddCommand(
		a.importCommand(),
		a.listCommand(),
		a.showCommand(),
		a.stateCommand("read", "Mark articles as read", library.MarkRead),
		a.stateCommand("unread", "Mark articles as unread", library.MarkUnread),
		a.stateCommand("bookmark", "Bookmark articles", library.Bookmark),
		a.stateCommand("unbookmark", "Remove bookmarks from articles", library.Unbookmark),
		a.speakersCommand(),
		a.quotesCommand(),
		a.extractCommand(),
		a.reindexCommand(),
		a.feedCommand(),
		a.refreshCommand(),
		a.addCommand(),
		a.importOPMLCommand(),
		a.exportOPMLCommand(),
		a.searchCommand(),
		a.checkCommand(),
		a.repairCommand(),
		a.configCommand(),
	)
	return root
}

// readerSettings loads the settings file for the reader. A file that
// cannot be used gives the defaults and a warning for the status bar:
// the reader always starts.
func readerSettings() (config.Config, string) {
	path, err := config.Path()
	if err != nil {
		return config.Default(), "settings: " + err.Error()
	}
	keys := ui.DefaultKeyMap()
	cfg, err := config.Load(path, keys.ActionNames())
	if err != nil {
		return cfg, "settings not used, running on defaults: " + err.Error()
	}
	return cfg, ""
}

// readerOptions turns settings into the reader's options.
func readerOptions(cfg config.Config) ui.Options {
	c := cfg.Colors
	return ui.Options{
		Keys: cfg.Keys,
		Theme: theme.Options{
			Colors:  theme.Colors{Text: c.Text, Subtle: c.Subtle, Accent: c.Accent, Quote: c.Quote, Rule: c.Rule},
			Glamour: strings.TrimPrefix(cfg.GlamourStyle, "auto"),
			Force:   strings.TrimPrefix(cfg.Theme, "auto"),
		},
		Widths:  ui.Widths{List: cfg.Layout.ListWidth, Sidebar: cfg.Layout.SidebarWidth, Reader: cfg.Layout.ReaderWidth},
		OpenURL: opener.Opener{Browser: cfg.Browser}.Open,

		RefreshOnStart: cfg.Refresh.OnStart,
		RefreshEvery:   time.Duration(cfg.Refresh.EveryMinutes) * time.Minute,
	}
}
