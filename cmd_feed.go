package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"soundbite/feed"
	"soundbite/internal/process"
	"soundbite/library"
	"soundbite/model"
	"soundbite/report"
	"soundbite/store"
)

func (a *app) newFetcher() *feed.Fetcher {
	return feed.NewFetcher(feed.Options{UserAgent: feed.UserAgent(version)})
}

func (a *app) feedCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "feed",
		Short: "Manage RSS, Atom and JSON Feed subscriptions",
	}
	cmd.AddCommand(a.feedAddCommand(), a.feedListCommand(), a.feedRemoveCommand())
	return subcommandsOnly(cmd)
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
				return a.addFeed(cmd.Context(), st, f, noFetch, keep)
			})
		},
	}
	cmd.Flags().StringVar(&f.Name, "name", "", "name to show for the feed (default: the feed's title)")
	cmd.Flags().BoolVar(&f.FullText, "full-text", false, "fetch each item's web page for its full text")
	cmd.Flags().BoolVar(&noFetch, "no-fetch", false, "subscribe without fetching now")
	cmd.Flags().BoolVar(&keep, "keep", false, "keep the subscription even when fetching it fails")
	return cmd
}

// addFeed subscribes to f and fetches it. A feed whose first fetch fails
// is removed again, unless keep, so a mistyped address leaves nothing
// behind; the failure is reported once, as the command's error.
func (a *app) addFeed(ctx context.Context, st *library.Library, f model.Feed, noFetch, keep bool) error {
	got, rep, err := st.Subscribe(ctx, f, !noFetch, keep)
	var fe *library.FetchError
	switch {
	case errors.Is(err, store.ErrExists):
		return fmt.Errorf("already subscribed to %s", f.URL)
	case errors.As(err, &fe) && fe.Kept:
		a.Warnf("%s", fe)
		return process.ExitError{Code: 1}
	case errors.As(err, &fe):
		return fmt.Errorf("%w (--keep subscribes anyway)", fe)
	case err != nil:
		return err
	case noFetch:
		fmt.Fprintf(a.Stdout, "subscribed to %s\n", f.URL)
	default:
		fmt.Fprintf(a.Stdout, "subscribed to %s: %d new %s\n", got.DisplayName(), rep.New, report.Plural(rep.New, "article", "articles"))
	}
	return nil
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
					return report.WriteJSONLines(a.RawStdout, feeds, func(f model.Feed) report.FeedLine {
						return report.FeedLine{URL: f.URL, Name: f.DisplayName(), Title: f.Title, FullText: f.FullText,
							Articles: f.Articles, Unread: f.Unread, Added: f.Added, LastFetch: report.TimePtr(f.LastFetch),
							LastSuccess: report.TimePtr(f.LastSuccess), LastError: f.LastError, Folder: f.Folder, SyncedWith: f.Remote}
					})
				}
				tw := tabwriter.NewWriter(a.Stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "NAME\tFOLDER\tUNREAD\tARTICLES\tLAST FETCH\tSTATUS\tURL")
				for _, f := range feeds {
					status, when := "ok", "never"
					switch {
					case f.LastError != "":
						status = "error: " + f.LastError
					case f.LastFetch.IsZero():
						status = "not fetched yet"
					}
					if f.Remote != "" {
						status = "synced with " + f.Remote
					}
					if !f.LastFetch.IsZero() {
						when = f.LastFetch.Local().Format("2006-01-02 15:04")
					}
					folder := f.Folder
					if folder == "" {
						folder = "-"
					}
					fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\t%s\n", model.SanitizeLine(f.DisplayName()), model.SanitizeLine(folder), f.Unread, f.Articles, when,
						model.SanitizeLine(status), model.SanitizeLine(f.URL))
				}
				return tw.Flush()
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
				f, err := findFeed(st, args[0])
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

// errNoFeed: no subscription has the URL, name or title asked for.
var errNoFeed = errors.New("no such feed (see soundbite feed list)")

// findFeed finds a subscription by URL, or by name or title,
// case-insensitively.
func findFeed(st *library.Library, urlOrName string) (model.Feed, error) {
	feeds, err := st.Feeds()
	if err != nil {
		return model.Feed{}, fmt.Errorf("listing feeds: %w", err)
	}
	for _, f := range feeds {
		if f.URL == urlOrName {
			return f, nil
		}
	}
	for _, f := range feeds {
		if strings.EqualFold(f.DisplayName(), urlOrName) || strings.EqualFold(f.Title, urlOrName) {
			return f, nil
		}
	}
	return model.Feed{}, fmt.Errorf("%q: %w", urlOrName, errNoFeed)
}

// feedURL is the URL of the feed a --feed names. A URL no subscription
// has is taken as it is: the articles of a feed unsubscribed from keep it.
func feedURL(st *library.Library, urlOrName string) (string, error) {
	f, err := findFeed(st, urlOrName)
	switch {
	case err == nil:
		return f.URL, nil
	case errors.Is(err, errNoFeed) && strings.Contains(urlOrName, "://"):
		return urlOrName, nil
	}
	return "", err
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
			cfg, warning := readerSettings()
			if warning != "" {
				a.Warnf("%s", warning)
			}
			a.retention = retentionOf(cfg)
			return a.withStore(readWrite, func(st *library.Library) error {
				feeds, err := st.Feeds()
				if err != nil {
					return fmt.Errorf("listing feeds: %w", err)
				}
				if len(args) > 0 {
					feeds = feeds[:0]
					for _, arg := range args {
						f, err := findFeed(st, arg)
						if err != nil {
							return err
						}
						feeds = append(feeds, f)
					}
				}
				if len(feeds) == 0 {
					a.Warnf("no feeds to refresh (add one with soundbite feed add URL)")
					return nil
				}
				sum, err := a.refresh(cmd.Context(), st, feeds, !asJSON)
				if _, signalled := process.Interruption(cmd.Context()); signalled {
					a.Warnf("interrupted: %d new %s stored; refresh again to fetch the feeds not finished",
						sum.New, report.Plural(sum.New, "article", "articles"))
					return err
				}
				if err != nil {
					return err
				}
				if asJSON {
					if err := report.WriteJSON(a.RawStdout, map[string]int{"feeds": sum.Feeds, "failed": sum.Failed,
						"not_modified": sum.NotModified, "new": sum.New, "deferred": sum.Deferred, "pruned": sum.Pruned}); err != nil {
						return err
					}
				} else {
					fmt.Fprintf(a.Stdout, "%d %s: %d new %s, %d unchanged, %d failed\n", sum.Feeds, report.Plural(sum.Feeds, "feed", "feeds"),
						sum.New, report.Plural(sum.New, "article", "articles"), sum.NotModified, sum.Failed)
					if sum.Pruned > 0 {
						fmt.Fprintf(a.Stdout, "pruned %d old %s (retention in the settings file)\n", sum.Pruned, report.Plural(sum.Pruned, "article", "articles"))
					}
					if sum.Deferred > 0 {
						fmt.Fprintf(a.Stdout, "%d full-text %s left for the next refresh (at most %d pages a feed, %d a refresh)\n",
							sum.Deferred, report.Plural(sum.Deferred, "item", "items"), feed.DefaultFullTextPerFeed, feed.DefaultFullTextPerRefresh)
					}
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

// refresh fetches feeds with progress on stderr: a bar on a terminal, one
// line per feed when piped.
func (a *app) refresh(ctx context.Context, st *library.Library, feeds []model.Feed, showProgress bool) (library.RefreshReport, error) {
	bar := report.NewFeedProgress(a.Output, showProgress && report.IsTerminal(a.RawStderr))
	rep, err := st.RefreshFeeds(ctx, feeds, bar.Report)
	bar.Finish()
	return rep, err
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
				state := "added"
				if !res.New {
					state = "already stored"
					if res.Updated {
						state = "updated"
					}
				}
				art := res.Article
				fmt.Fprintf(a.Stdout, "%s %s: %s (%d %s)\n", state, art.ID, model.SanitizeLine(art.Title), len(art.Speakers), report.Plural(len(art.Speakers), "speaker", "speakers"))
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
