package report

import (
	"fmt"
	"io"
	"sync"
	"text/tabwriter"
	"time"

	"charm.land/bubbles/v2/progress"

	"soundbite/feed"
	"soundbite/library"
	"soundbite/model"
)

// FeedLine is one feed in `feed list --json`.
type FeedLine struct {
	URL         string     `json:"url"`
	Name        string     `json:"name"`
	Title       string     `json:"title"`
	FullText    bool       `json:"full_text"`
	Articles    int        `json:"articles"`
	Added       time.Time  `json:"added"`
	LastFetch   *time.Time `json:"last_fetch"`
	LastSuccess *time.Time `json:"last_success"`
	LastError   string     `json:"last_error"`
}

// Feed is a subscription as `feed list --json` prints it.
func Feed(f model.Feed) FeedLine {
	return FeedLine{URL: f.URL, Name: f.DisplayName(), Title: f.Title, FullText: f.FullText,
		Articles: f.Articles, Added: f.Added, LastFetch: timePtr(f.LastFetch),
		LastSuccess: timePtr(f.LastSuccess), LastError: f.LastError}
}

func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

// WriteFeedTable prints subscriptions for people.
func WriteFeedTable(w io.Writer, feeds []model.Feed) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tARTICLES\tLAST FETCH\tSTATUS\tURL")
	for _, f := range feeds {
		status, when := "ok", "never"
		if f.LastError != "" {
			status = "error: " + f.LastError
		}
		if !f.LastFetch.IsZero() {
			when = f.LastFetch.Local().Format("2006-01-02 15:04")
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\n", model.SanitizeLine(f.DisplayName()), f.Articles, when,
			model.SanitizeLine(status), model.SanitizeLine(f.URL))
	}
	return tw.Flush()
}

// WriteRefreshSummary prints a refresh's totals: one line, or a JSON
// object with --json; then, for people, the feeds that failed.
func WriteRefreshSummary(o Output, rep library.RefreshReport, asJSON bool) error {
	sum := rep.Summary
	if asJSON {
		return WriteJSON(o.RawStdout, map[string]int{"feeds": sum.Feeds, "failed": sum.Failed,
			"not_modified": sum.NotModified, "new": sum.New})
	}
	fmt.Fprintf(o.Stdout, "%d feeds: %d new articles, %d unchanged, %d failed\n", sum.Feeds, sum.New, sum.NotModified, sum.Failed)
	if sum.Failed > 0 {
		o.Warnf("failed: %s (see soundbite feed list)", rep.FailedNames())
	}
	return nil
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

// NewFeedProgress draws on out's stderr, as a bar when tty.
func NewFeedProgress(out Output, tty bool) *FeedProgress {
	return &FeedProgress{out: out, tty: tty, bar: progress.New(progress.WithWidth(40), progress.WithDefaultBlend())}
}

// Report shows one feed done.
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

// Finish clears the bar.
func (p *FeedProgress) Finish() {
	if p.tty {
		fmt.Fprint(p.out.RawStderr, "\r\x1b[K")
	}
}
