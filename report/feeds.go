package report

import (
	"fmt"
	"io"
	"os"
	"sync"
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
