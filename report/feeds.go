package report

import (
	"fmt"
	"io"
	"os"
	"sync"
	"text/tabwriter"
	"time"

	"charm.land/bubbles/v2/progress"
	"github.com/charmbracelet/x/term"

	"soundbite/feed"
	"soundbite/model"
)

// What the feed commands print: subscriptions as JSON Lines and the
// progress of a refresh.

// FeedLine is one feed in `feed list --json`.
type FeedLine struct {
	URL         string     `json:"url"`
	Name        string     `json:"name"`
	Title       string     `json:"title"`
	FullText    bool       `json:"full_text"`
	Articles    int        `json:"articles"`
	Unread      int        `json:"unread"`
	Added       time.Time  `json:"added"`
	LastFetch   *time.Time `json:"last_fetch"`
	LastSuccess *time.Time `json:"last_success"`
	LastError   string     `json:"last_error"`
	Folder      string     `json:"folder,omitempty"`
	SyncedWith  string     `json:"synced_with,omitempty"` // the sync server that fetches it
}

func TimePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// FeedProgress reports refresh progress: a bubbles progress bar redrawn in
// place on a terminal, or a plain line per feed otherwise. Failures are
// always printed on a line of their own so they are not lost.
type FeedProgress struct {
	mu  sync.Mutex
	out Output
	tty bool
	bar progress.Model
}

func NewFeedProgress(out Output, tty bool) *FeedProgress {
	return &FeedProgress{out: out, tty: tty, bar: progress.New(progress.WithWidth(40), progress.WithDefaultBlend())}
}

func (p *FeedProgress) Report(pr feed.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	name := model.SanitizeLine(pr.Feed)
	if p.tty {
		fmt.Fprint(p.out.RawStderr, "\r\x1b[K")
	}
	if pr.Err != nil {
		p.out.Warnf("%s: %s", name, model.SanitizeLine(pr.Err.Error()))
	} else if !p.tty {
		fmt.Fprintf(p.out.Stderr, "fetched %d/%d %s\n", pr.Done, pr.Total, name)
	}
	if p.tty && pr.Total > 0 {
		fmt.Fprintf(p.out.RawStderr, "%s %d/%d feeds", p.bar.ViewAs(float64(pr.Done)/float64(pr.Total)), pr.Done, pr.Total)
	}
}

func (p *FeedProgress) Finish() {
	if p.tty {
		fmt.Fprint(p.out.RawStderr, "\r\x1b[K")
	}
}

// FeedJSON is f as `feed list --json` prints it.
func FeedJSON(f model.Feed) FeedLine {
	return FeedLine{URL: f.URL, Name: f.DisplayName(), Title: f.Title, FullText: f.FullText,
		Articles: f.Articles, Unread: f.Unread, Added: f.Added, LastFetch: TimePtr(f.LastFetch),
		LastSuccess: TimePtr(f.LastSuccess), LastError: f.LastError, Folder: f.Folder, SyncedWith: f.Remote}
}

// WriteFeedTable writes the subscriptions as a table, as `feed list`
// prints them.
func WriteFeedTable(w io.Writer, feeds []model.Feed) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
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
}

// WriteSubscribed says that f was subscribed to, and when it was fetched
// how many articles that stored.
func WriteSubscribed(w io.Writer, f model.Feed, fetched bool, added int) {
	if !fetched {
		fmt.Fprintf(w, "subscribed to %s\n", f.URL)
		return
	}
	fmt.Fprintf(w, "subscribed to %s: %d new %s\n", f.DisplayName(), added, Plural(added, "article", "articles"))
}

// WriteRefresh writes a refresh's summary: one JSON object, or lines for
// people with what the retention pruned and the full-text pages left for
// later.
func WriteRefresh(o Output, sum feed.Summary, pruned int, asJSON bool) error {
	if asJSON {
		return WriteJSON(o.RawStdout, map[string]int{"feeds": sum.Feeds, "failed": sum.Failed,
			"not_modified": sum.NotModified, "new": sum.New, "deferred": sum.Deferred, "pruned": pruned})
	}
	fmt.Fprintf(o.Stdout, "%d %s: %d new %s, %d unchanged, %d failed\n", sum.Feeds, Plural(sum.Feeds, "feed", "feeds"),
		sum.New, Plural(sum.New, "article", "articles"), sum.NotModified, sum.Failed)
	if pruned > 0 {
		fmt.Fprintf(o.Stdout, "pruned %d old %s (retention in the settings file)\n", pruned, Plural(pruned, "article", "articles"))
	}
	if sum.Deferred > 0 {
		fmt.Fprintf(o.Stdout, "%d full-text %s left for the next refresh (at most %d pages a feed, %d a refresh)\n",
			sum.Deferred, Plural(sum.Deferred, "item", "items"), feed.DefaultFullTextPerFeed, feed.DefaultFullTextPerRefresh)
	}
	return nil
}

// WritePageAdded says what `add` did with a web page's article: added it,
// found it stored already, or updated it.
func WritePageAdded(w io.Writer, art model.Article, isNew, updated bool) {
	state := "added"
	if !isNew {
		state = "already stored"
		if updated {
			state = "updated"
		}
	}
	fmt.Fprintf(w, "%s %s: %s (%d %s)\n", state, art.ID, model.SanitizeLine(art.Title), len(art.Speakers), Plural(len(art.Speakers), "speaker", "speakers"))
}
