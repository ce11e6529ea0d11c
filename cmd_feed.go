package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"charm.land/bubbles/v2/progress"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"soundbite/feed"
	"soundbite/library"
	"soundbite/model"
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
	return cmd
}

func (a *app) feedAddCommand() *cobra.Command {
	var f model.Feed
	var noFetch bool
	cmd := &cobra.Command{
		Use:   "add URL",
		Short: "Subscribe to a feed and fetch it",
		Long: `Subscribe to an RSS, Atom or JSON Feed and fetch it once. With
--full-text, each new item's web page is fetched and reduced to its article,
for feeds that carry only summaries. If URL is a web page that advertises
feeds, they are listed so you can pick one.`,
		Example: "  soundbite feed add https://example.org/news.rss --name Example",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f.URL = strings.TrimSpace(args[0])
			f.Added = time.Now().UTC()
			return a.withStore(func(st *library.Library) error {
				if err := st.AddFeed(f); err != nil {
					if errors.Is(err, store.ErrExists) {
						return fmt.Errorf("already subscribed to %s", f.URL)
					}
					return fmt.Errorf("adding %s: %w", f.URL, err)
				}
				if noFetch {
					fmt.Fprintf(a.stdout, "subscribed to %s\n", f.URL)
					return nil
				}
				sum, err := a.refresh(cmd.Context(), st, []model.Feed{f}, false)
				if err != nil {
					return err
				}
				got, err := st.Feed(f.URL)
				if err != nil {
					return fmt.Errorf("reading %s back: %w", f.URL, err)
				}
				if got.LastError != "" && got.LastSuccess.IsZero() {
					fmt.Fprintf(a.stderr, "soundbite: subscribed to %s, but fetching it failed: %s\n", f.URL, got.LastError)
					return exitError{code: 1}
				}
				fmt.Fprintf(a.stdout, "subscribed to %s: %d new articles\n", got.DisplayName(), sum.New)
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&f.Name, "name", "", "name to show for the feed (default: the feed's title)")
	cmd.Flags().BoolVar(&f.FullText, "full-text", false, "fetch each item's web page for its full text")
	cmd.Flags().BoolVar(&noFetch, "no-fetch", false, "subscribe without fetching now")
	return cmd
}

// feedLine is one feed in `feed list --json`.
type feedLine struct {
	URL         string     `json:"url"`
	Name        string     `json:"name"`
	Title       string     `json:"title"`
	FullText    bool       `json:"full_text"`
	Articles    int        `json:"articles"`
	Added       time.Time  `json:"added"`
	LastFetch   *time.Time `json:"last_fetch"`
	LastSuccess *time.Time `json:"last_success"`
	LastError   string     `json:"last_error"`
	Folder      string     `json:"folder,omitempty"`
	SyncedWith  string     `json:"synced_with,omitempty"` // the sync server that fetches it
}

func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

func (a *app) feedListCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List subscriptions with their last fetch and any error",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withStore(func(st *library.Library) error {
				feeds, err := st.Feeds()
				if err != nil {
					return fmt.Errorf("listing feeds: %w", err)
				}
				if asJSON {
					return writeJSONLines(a.stdout, feeds, func(f model.Feed) feedLine {
						return feedLine{URL: f.URL, Name: f.DisplayName(), Title: f.Title, FullText: f.FullText,
							Articles: f.Articles, Added: f.Added, LastFetch: timePtr(f.LastFetch),
							LastSuccess: timePtr(f.LastSuccess), LastError: f.LastError, Folder: f.Folder, SyncedWith: f.Remote}
					})
				}
				tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "NAME\tARTICLES\tLAST FETCH\tSTATUS\tURL")
				for _, f := range feeds {
					status, when := "ok", "never"
					if f.LastError != "" {
						status = "error: " + f.LastError
					}
					if f.Remote != "" {
						status = "synced with " + f.Remote
					}
					if !f.LastFetch.IsZero() {
						when = f.LastFetch.Local().Format("2006-01-02 15:04")
					}
					fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\n", model.SanitizeLine(f.DisplayName()), f.Articles, when,
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
			return a.withStore(func(st *library.Library) error {
				f, err := findFeed(st, args[0])
				if err != nil {
					return err
				}
				if err := st.RemoveFeed(f.URL); err != nil {
					return fmt.Errorf("removing %s: %w", f.URL, err)
				}
				fmt.Fprintf(a.stdout, "unsubscribed from %s\n", f.DisplayName())
				return nil
			})
		},
	}
}

// findFeed finds a subscription by URL or by name, case-insensitively.
func findFeed(st *library.Library, urlOrName string) (model.Feed, error) {
	feeds, err := st.Feeds()
	if err != nil {
		return model.Feed{}, fmt.Errorf("listing feeds: %w", err)
	}
	for _, f := range feeds {
		if f.URL == urlOrName || strings.EqualFold(f.DisplayName(), urlOrName) {
			return f, nil
		}
	}
	return model.Feed{}, fmt.Errorf("no feed %q (see soundbite feed list)", urlOrName)
}

func (a *app) refreshCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "refresh [URL|NAME...]",
		Short: "Fetch subscribed feeds and store their new articles",
		Long: `Fetch every subscribed feed, or just those named, eight at a time and
at most two per host, with conditional requests so unchanged feeds cost
nothing. A feed that fails keeps its error (see feed list) and never stops
the others; the exit status is 1 when any failed.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withStore(func(st *library.Library) error {
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
					fmt.Fprintln(a.stderr, "soundbite: no feeds to refresh (add one with soundbite feed add URL)")
					return nil
				}
				sum, err := a.refresh(cmd.Context(), st, feeds, !asJSON)
				if err != nil {
					return err
				}
				if asJSON {
					if err := json.NewEncoder(a.stdout).Encode(map[string]int{"feeds": sum.Feeds, "failed": sum.Failed,
						"not_modified": sum.NotModified, "new": sum.New}); err != nil {
						return err
					}
				} else {
					fmt.Fprintf(a.stdout, "%d feeds: %d new articles, %d unchanged, %d failed\n", sum.Feeds, sum.New, sum.NotModified, sum.Failed)
				}
				if sum.Failed > 0 {
					fmt.Fprintf(a.stderr, "soundbite: failed: %s (see soundbite feed list)\n", sum.FailedNames())
					return exitError{code: 1}
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
	bar := newFeedProgress(a.stderr, showProgress && isTerminal(a.stderr))
	rep, err := st.RefreshFeeds(ctx, feeds, bar.report)
	bar.finish()
	return rep, err
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// feedProgress reports refresh progress: a bubbles progress bar redrawn in
// place on a terminal, or a plain line per feed otherwise. Failures are
// always printed on a line of their own so they are not lost.
type feedProgress struct {
	mu  sync.Mutex
	w   io.Writer
	tty bool
	bar progress.Model
}

func newFeedProgress(w io.Writer, tty bool) *feedProgress {
	return &feedProgress{w: w, tty: tty, bar: progress.New(progress.WithWidth(40), progress.WithDefaultBlend())}
}

func (p *feedProgress) report(pr feed.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	name := model.SanitizeLine(pr.Feed)
	if p.tty {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
	if pr.Err != nil {
		fmt.Fprintf(p.w, "soundbite: %s: %s\n", name, model.SanitizeLine(pr.Err.Error()))
	} else if !p.tty {
		fmt.Fprintf(p.w, "fetched %d/%d %s\n", pr.Done, pr.Total, name)
	}
	if p.tty && pr.Total > 0 {
		fmt.Fprintf(p.w, "%s %d/%d feeds", p.bar.ViewAs(float64(pr.Done)/float64(pr.Total)), pr.Done, pr.Total)
	}
}

func (p *feedProgress) finish() {
	if p.tty {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

func (a *app) addCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "add URL",
		Short:   "Store one web page's article (full text, with readability)",
		Example: "  soundbite add https://example.org/2026/11/harbour-reopens",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			art, err := a.newFetcher().Page(cmd.Context(), args[0])
			if err != nil {
				return fmt.Errorf("fetching %s: %w", args[0], err)
			}
			if art.Source == "" {
				art.Source = args[0]
			}
			art.ID = model.NewID("page\x00" + art.Source)
			art.Imported = time.Now().UTC()
			library.Annotate(&art)
			return a.withStore(func(st *library.Library) error {
				res, err := st.Put([]model.Article{art})
				if err != nil {
					return fmt.Errorf("storing %s: %w", args[0], err)
				}
				state := "added"
				if res.New == 0 {
					state = "already stored"
					if res.Updated > 0 {
						state = "updated"
					}
				}
				fmt.Fprintf(a.stdout, "%s %s: %s (%d speakers)\n", state, art.ID, model.SanitizeLine(art.Title), len(art.Speakers))
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
			return a.withStore(func(st *library.Library) error {
				added, skipped := 0, 0
				now := time.Now().UTC()
				for _, f := range feeds {
					f.Added = now
					switch err := st.AddFeed(f); {
					case errors.Is(err, store.ErrExists):
						skipped++
					case err != nil:
						return fmt.Errorf("adding %s: %w", f.URL, err)
					default:
						added++
					}
				}
				fmt.Fprintf(a.stdout, "%d feeds added, %d already subscribed; run soundbite refresh to fetch them\n", added, skipped)
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
			return a.withStore(func(st *library.Library) error {
				feeds, err := st.Feeds()
				if err != nil {
					return fmt.Errorf("listing feeds: %w", err)
				}
				return feed.WriteOPML(a.stdout, feeds)
			})
		},
	}
}
