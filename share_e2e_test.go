package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// selectedRow is the list row under the cursor: the line with the
// selection bar, cut to the list's column.
func selectedRow(screen string) string {
	for _, line := range strings.Split(screen, "\n") {
		if strings.HasPrefix(line, "┃") {
			return strings.TrimSpace(strings.SplitN(line, "│", 2)[0])
		}
	}
	return ""
}

// showsWithin waits for text in a reader and logs how long it took.
func showsWithin(t *testing.T, tm *tmuxSession, name, text string, since time.Time) string {
	t.Helper()
	screen := tm.waitFor(t, text, 10*time.Second)
	t.Logf("%s shows %q %v after the command returned", name, text, time.Since(since).Round(time.Millisecond))
	return screen
}

// TestOneStoreManyProcesses opens two readers on one store in real
// terminals, then runs the other commands beside them: every command
// succeeds, both readers show what the commands changed without a
// restart, on the same article, and when the reader that owns the store
// is killed the other reader and the commands carry on.
func TestOneStoreManyProcesses(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "soundbite.db")
	mustRun(t, db, "import", "sample/00-kremlin-middle-east.txt", "sample/01-budget-vote.txt")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			http.Error(w, "no such feed", http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, harbourFeed)
	}))
	t.Cleanup(srv.Close)

	first := startTmux(t, binary, "--db", db)
	first.waitFor(t, "2 articles", 15*time.Second)
	second := startTmux(t, binary, "--db", db)
	second.waitFor(t, "2 articles", 15*time.Second)
	// The first reader's cursor on the second article: it stays there.
	if _, err := first.run("send-keys", "-t", first.target, "j"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	before := selectedRow(first.waitFor(t, "2 articles", time.Second))
	if before == "" {
		t.Fatal("no selected row on the first reader's screen")
	}

	mustRun(t, db, "import", "sample/02-rail-strike.txt", "sample/03-interest-rates.txt", "sample/04-harrow-glacier.txt")
	done := time.Now()
	showsWithin(t, first, "the first reader", "5 articles", done)
	showsWithin(t, second, "the second reader", "5 articles", done)

	if out := mustRun(t, db, "feed", "add", srv.URL+"/feed.xml"); !strings.Contains(out, "2 new articles") {
		t.Fatalf("feed add said %q", out)
	}
	done = time.Now()
	showsWithin(t, first, "the first reader", "7 articles", done)
	showsWithin(t, second, "the second reader", "7 articles", done)
	if out := mustRun(t, db, "refresh"); !strings.Contains(out, "1 feeds") {
		t.Fatalf("refresh said %q", out)
	}

	items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0"))
	if len(items) != 7 {
		t.Fatalf("list --json beside the readers: %d articles, want 7", len(items))
	}
	mustRun(t, db, "bookmark", string(items[0].ID))
	done = time.Now()
	screen := showsWithin(t, first, "the first reader", "1 ★", done)
	showsWithin(t, second, "the second reader", "1 ★", done)
	mustRun(t, db, "read", string(items[1].ID))
	showsWithin(t, second, "the second reader", "6 unread", time.Now())
	if after := selectedRow(screen); after != before {
		t.Errorf("the first reader's cursor moved from %q to %q", before, after)
	}
	for _, args := range [][]string{
		{"show", string(items[0].ID)}, {"search", "harbour"}, {"speakers", "--json"},
		{"quotes", "Ilse Varga"}, {"feed", "list", "--json"},
	} {
		mustRun(t, db, args...)
	}

	// The owner dies: the commands and the other reader carry on.
	if err := syscall.Kill(first.panePID(t), syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	mustRun(t, db, "unbookmark", string(items[0].ID))
	t.Logf("the first command after the owner's kill took %v", time.Since(start).Round(time.Millisecond))
	showsWithin(t, second, "the second reader", "0 ★", time.Now())
	if got := jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0")); len(got) != 7 || !got[1].Read {
		t.Fatalf("after the kill: %d articles, the read one read=%v", len(got), len(got) > 1 && got[1].Read)
	}
	if _, err := second.run("send-keys", "-t", second.target, "q"); err != nil {
		t.Fatal(err)
	}
	second.waitGone(t, 10*time.Second)
	for _, p := range []string{db + ".sock"} {
		if _, err := os.Lstat(p); err == nil {
			t.Errorf("%s is left behind once every soundbite has gone", p)
		}
	}
}

// TestRefreshFromCron runs refresh as cron would, without a terminal,
// with one feed that fails: lines on stdout, the failed feed named, and a
// non-zero exit.
func TestRefreshFromCron(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			http.Error(w, "gone", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, harbourFeed)
	}))
	t.Cleanup(srv.Close)
	db := filepath.Join(t.TempDir(), "soundbite.db")
	mustRun(t, db, "feed", "add", "--no-fetch", "--name", "Courier", srv.URL+"/feed.xml")
	mustRun(t, db, "feed", "add", "--no-fetch", "--name", "Gazette", srv.URL+"/broken.xml")
	out, errOut, code := soundbite(t, db, "refresh")
	if code == 0 {
		t.Fatalf("refresh with a failing feed exited 0\nstdout: %s\nstderr: %s", out, errOut)
	}
	if !strings.Contains(out, "2 feeds: 2 new articles, 0 unchanged, 1 failed") {
		t.Errorf("stdout %q lacks the summary line", out)
	}
	if !strings.Contains(errOut, "failed: Gazette") || strings.Contains(errOut, "\x1b") {
		t.Errorf("stderr %q does not name the failed feed on a plain line", errOut)
	}
}
