package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"soundbite/library"
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
			// A flag not given takes the settings file's value. A file
			// that cannot be used is an error here, not a warning: prune
			// deletes.
			if flags := cmd.Flags(); !flags.Changed("older-than") || !flags.Changed("keep-per-feed") {
				cfg, err := ui.LoadSettings()
				if err != nil {
					return err
				}
				if !flags.Changed("older-than") {
					olderThan = cfg.Retention.MaxAgeDays
				}
				if !flags.Changed("keep-per-feed") {
					keep = cfg.Retention.MaxPerFeed
				}
			}
			r := library.RetentionDays(olderThan, keep)
			if r.IsZero() {
				return errors.New("nothing to prune by: give --older-than or --keep-per-feed, or set [retention] in the settings file (soundbite config)")
			}
			path, err := a.storePath()
			if err != nil {
				return err
			}
			var done library.Pruned
			err = a.withStore(readWrite, func(st *library.Library) error {
				var err error
				done, err = library.Prune(st, r, time.Now(), dryRun)
				report.WritePruned(a.Stdout, done.Articles, done.Kept, dryRun)
				return err
			})
			if err != nil || dryRun {
				return err
			}
			// The store is closed: a big prune gives the space back.
			switch rep, compacted, err := library.CompactAfterPrune(path, done); {
			case !compacted:
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
				if err := library.Delete(st, args); err != nil {
					return err
				}
				fmt.Fprintf(a.Stdout, "Deleted %d %s.\n", len(args), report.Plural(len(args), "article", "articles"))
				return nil
			})
		},
	}
}
