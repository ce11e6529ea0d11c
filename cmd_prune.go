package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"soundbite/config"
	"soundbite/library"
	"soundbite/model"
	"soundbite/report"
	"soundbite/store"
	"soundbite/ui"
)

func (a *app) pruneCommand() *cobra.Command {
	var (
		dryRun          bool
		olderThan, keep int
	)
	cmd := &cobra.Command{
		Use:   "prune",
		Short: "Remove old articles, keeping bookmarked ones",
		Long: `Remove the articles older than --older-than days, and those past the newest
--keep-per-feed of their feed. Either defaults to the settings file's
[retention] max_age_days and max_per_feed. Bookmarked articles are always
kept and do not count toward --keep-per-feed. A feed's items stay removed:
refresh does not store them again while the feed still lists them.`,
		Example: `  soundbite prune --dry-run --older-than 90
  soundbite prune --keep-per-feed 500`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if olderThan < 0 || keep < 0 {
				return errors.New("--older-than and --keep-per-feed take a number of 0 or more")
			}
			r, err := retention(cmd, olderThan, keep)
			if err != nil {
				return err
			}
			if r.IsZero() {
				return errors.New("nothing to prune by: give --older-than or --keep-per-feed, or set [retention] in the settings file (soundbite config)")
			}
			path, _, err := a.databasePath()
			if err != nil {
				return err
			}
			var done library.Pruned
			err = a.withStore(readWrite, func(st *library.Library) error {
				var err error
				done, err = library.Prune(st, r, time.Now(), dryRun)
				verb := "Removed"
				if dryRun {
					verb = "Would remove"
				}
				fmt.Fprintf(a.Stdout, "%s %d %s; %d kept.\n", verb, done.Articles, report.Plural(done.Articles, "article", "articles"), done.Kept)
				return err
			})
			if err != nil || dryRun || done.Articles*10 < done.Articles+done.Kept {
				return err
			}
			// The store is closed: a prune of a tenth of it or more gives
			// the space back. Another soundbite holding the store (a
			// reader) means no compaction this time; soundbite compact
			// does it later.
			rep, err := store.Compact(path)
			switch {
			case errors.Is(err, store.ErrLocked):
				a.Warnf("the store is open elsewhere, so the file keeps its size; run soundbite compact once it is closed")
			case err != nil:
				a.Warnf("the prune is stored, but compacting the store failed: %v", err)
			default:
				fmt.Fprintf(a.Stdout, "Compacted the store: %d KiB to %d KiB.\n", rep.Before>>10, rep.After>>10)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "count what would go, remove nothing")
	cmd.Flags().IntVar(&olderThan, "older-than", 0, "remove articles older than this many days (default: retention.max_age_days)")
	cmd.Flags().IntVar(&keep, "keep-per-feed", 0, "keep only this many newest articles of each feed (default: retention.max_per_feed)")
	return cmd
}

// retention is the flags' retention, each flag not given taken from the
// settings file. A settings file that cannot be used is an error here, not
// a warning: prune deletes.
func retention(cmd *cobra.Command, olderThan, keep int) (library.Retention, error) {
	flags := cmd.Flags()
	if !flags.Changed("older-than") || !flags.Changed("keep-per-feed") {
		path, err := config.Path()
		if err != nil {
			return library.Retention{}, fmt.Errorf("settings: %w", err)
		}
		keys := ui.DefaultKeyMap()
		cfg, err := config.Load(path, keys.ActionNames())
		if err != nil {
			return library.Retention{}, fmt.Errorf("settings: %w", err)
		}
		if !flags.Changed("older-than") {
			olderThan = cfg.Retention.MaxAgeDays
		}
		if !flags.Changed("keep-per-feed") {
			keep = cfg.Retention.MaxPerFeed
		}
	}
	return library.Retention{MaxAge: time.Duration(olderThan) * 24 * time.Hour, PerFeed: keep}, nil
}

// retentionOf is the settings' retention.
func retentionOf(cfg config.Config) library.Retention {
	return library.Retention{MaxAge: time.Duration(cfg.Retention.MaxAgeDays) * 24 * time.Hour, PerFeed: cfg.Retention.MaxPerFeed}
}

func (a *app) deleteCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "delete ID...",
		Short: "Delete articles from the store (bookmarked ones too)",
		Long: `Delete articles from the store, bookmarked ones too. A feed's item stays
deleted: refresh and sync do not store it again while the feed still lists
it. An article imported from a file comes back if you import the file again.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withStore(readWrite, func(st *library.Library) error {
				for _, arg := range args {
					id, err := resolveID(st, arg)
					if err != nil {
						return err
					}
					if _, err := st.DeleteMany([]model.ID{id}, false); err != nil {
						return fmt.Errorf("deleting article %s: %w", id, err)
					}
				}
				fmt.Fprintf(a.Stdout, "Deleted %d %s.\n", len(args), report.Plural(len(args), "article", "articles"))
				return nil
			})
		},
	}
}
