package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"soundbite/feed"
	"soundbite/internal/cli"
	"soundbite/internal/process"
	"soundbite/library"
	"soundbite/model"
	"soundbite/report"
	"soundbite/ui"
)

func (a *app) feedCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "feed",
		Short: "Manage RSS, Atom and JSON Feed subscriptions",
	}
	cmd.AddCommand(a.feedAddCommand(), a.feedListCommand(), a.feedRemoveCommand())
	return cli.SubcommandsOnly(cmd)
}

func (a *app) feedAddCommand() *cobra.Command {
	var (
		f       model.Feed
		noFetch bool
		keep    bool
	)
	cmd := &cobra.Command{
		Use:   "add URL",
		Short: "Subscribe to a feed and fetch it",
		Long: `Subscribe to an RSS, Atom or JSON Feed and fetch it once. Only http and
https URLs are taken. A feed that cannot be fetched (a web page, a 404, a
server that does not answer) is not kept, unless --keep says to subscribe
anyway and try again at each refresh. If URL is a web page that advertises
feeds, the error names one to subscribe to instead. With --full-text, each
new item's web page is fetched and reduced to its article, for feeds that
carry only summaries.`,
		Example: "  soundbite feed add https://example.org/news.rss --name Example",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			u, err := feed.CheckURL(args[0])
			if err != nil {
				return fmt.Errorf("not subscribing to %s: %w", args[0], err)
			}
			f.URL = u
			f.Added = time.Now().UTC()
			return a.withStore(readWrite, func(st *library.Library) error {
				got, rep, err := st.Subscribe(cmd.Context(), f, !noFetch, keep)
				var fe *library.FetchError
				switch {
				case errors.As(err, &fe) && fe.Kept:
					a.Warnf("%s", fe)
					return process.ExitError{Code: 1}
				case errors.As(err, &fe):
					return fmt.Errorf("%w (--keep subscribes anyway)", fe)
				case err != nil:
					return err
				}
				report.WriteSubscribed(a.Stdout, got, !noFetch, rep.New)
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&f.Name, "name", "", "name to show for the feed (default: the feed's title)")
	cmd.Flags().BoolVar(&f.FullText, "full-text", false, "fetch each item's web page for its full text")
	cmd.Flags().BoolVar(&noFetch, "no-fetch", false, "subscribe without fetching now")
	cmd.Flags().BoolVar(&keep, "keep", false, "keep the subscription even when fetching it fails")
	return cmd
}

func (a *app) feedListCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List subscriptions with their folder, unread and stored articles, last fetch and any error",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withStore(readOnly, func(st *library.Library) error {
				feeds, err := st.Feeds()
				if err != nil {
					return fmt.Errorf("listing feeds: %w", err)
				}
				if asJSON {
					return report.WriteJSONLines(a.RawStdout, feeds, report.FeedJSON)
				}
				return report.WriteFeedTable(a.Stdout, feeds)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON Lines, one feed per line")
	return cmd
}

func (a *app) feedRemoveCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "remove URL|NAME",
		Short: "Unsubscribe from a feed (its stored articles stay)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withStore(readWrite, func(st *library.Library) error {
				f, err := library.FindFeed(st, args[0])
				if err != nil {
					return err
				}
				if err := st.RemoveFeed(f.URL); err != nil {
					return fmt.Errorf("removing %s: %w", f.URL, err)
				}
				fmt.Fprintf(a.Stdout, "unsubscribed from %s\n", f.DisplayName())
				return nil
			})
		},
	}
}

func (a *app) refreshCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "refresh [URL|NAME...]",
		Short: "Fetch subscribed feeds and store their new articles",
		Long: `Fetch every subscribed feed, or just those named, eight at a time and
at most two per host, with conditional requests so unchanged feeds cost
nothing. A feed that fails keeps its error (see feed list) and never stops
the others; the exit status is 1 when any failed. With [retention] in the
settings file, old articles are pruned afterwards.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, warning := ui.Settings()
			if warning != "" {
				a.Warnf("%s", warning)
			}
			a.retention = library.RetentionDays(cfg.Retention.MaxAgeDays, cfg.Retention.MaxPerFeed)
			return a.withStore(readWrite, func(st *library.Library) error {
				feeds, err := library.FeedsNamed(st, args)
				if err != nil {
					return err
				}
				if len(feeds) == 0 {
					a.Warnf("no feeds to refresh (add one with soundbite feed add URL)")
					return nil
				}
				bar := report.NewFeedProgress(a.Output, !asJSON && report.IsTerminal(a.RawStderr))
				sum, err := st.RefreshFeeds(cmd.Context(), feeds, bar.Report)
				bar.Finish()
				if _, signalled := process.Interruption(cmd.Context()); signalled {
					a.Warnf("interrupted: %d new %s stored; refresh again to fetch the feeds not finished",
						sum.New, report.Plural(sum.New, "article", "articles"))
					return err
				}
				if err != nil {
					return err
				}
				if err := report.WriteRefresh(a.Output, sum.Summary, sum.Pruned, asJSON); err != nil {
					return err
				}
				if sum.Failed > 0 {
					a.Warnf("failed: %s (see soundbite feed list)", sum.FailedNames())
					return process.ExitError{Code: 1}
				}
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the summary as JSON")
	return cmd
}

func (a *app) addCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "add URL",
		Short:   "Store one web page's article (full text, with readability)",
		Example: "  soundbite add https://example.org/2026/11/harbour-reopens",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withStore(readWrite, func(st *library.Library) error {
				res, err := st.AddPage(cmd.Context(), args[0])
				if err != nil {
					return err
				}
				report.WritePageAdded(a.Stdout, res.Article, res.New, res.Updated)
				return nil
			})
		},
	}
	return cmd
}

func (a *app) importOPMLCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "import-opml FILE",
		Short: "Subscribe to every feed in an OPML file (from newsboat, nom, Feedly...)",
		Long:  "Subscribe to every feed in an OPML file. Feeds already subscribed are skipped. Use - for standard input. Run soundbite refresh afterwards to fetch them.",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var r io.Reader = a.stdin
			if args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return fmt.Errorf("reading OPML: %w", err)
				}
				defer f.Close()
				r = f
			}
			feeds, err := feed.ParseOPML(r)
			if err != nil {
				return fmt.Errorf("reading %s: %w", args[0], err)
			}
			return a.withStore(readWrite, func(st *library.Library) error {
				added, skipped, err := library.AddFeeds(st, feeds, time.Now())
				if err != nil {
					return err
				}
				fmt.Fprintf(a.Stdout, "%d %s added, %d already subscribed; run soundbite refresh to fetch them\n", added, report.Plural(added, "feed", "feeds"), skipped)
				return nil
			})
		},
	}
}

func (a *app) exportOPMLCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "export-opml",
		Short: "Write the subscriptions as OPML 2.0 to standard output",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withStore(readOnly, func(st *library.Library) error {
				feeds, err := st.Feeds()
				if err != nil {
					return fmt.Errorf("listing feeds: %w", err)
				}
				return feed.WriteOPML(a.Stdout, feeds)
			})
		},
	}
}
