package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"soundbite/library"
)

// read --query marks the results of a query, read --all everything, and
// unread --query takes them back; each says how many changed.
func TestReadAllAndQuery(t *testing.T) {
	srv := serveHarbourFeed(t)
	db := filepath.Join(t.TempDir(), "soundbite.db")
	mustRun(t, db, "import", "sample")
	mustRun(t, db, "feed", "add", "--name", "Courier", srv.URL+"/rss")
	all := jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0"))
	unread := func() int {
		return len(jsonLines[articleLine](t, mustRun(t, db, "list", "--unread", "--json", "--limit", "0")))
	}

	if out := mustRun(t, db, "read", "--query", "feed:courier"); out != "Marked 2 articles read.\n" {
		t.Fatalf("read --query feed:courier said %q", out)
	}
	if n := unread(); n != len(all)-2 {
		t.Fatalf("%d unread after marking the feed, want %d", n, len(all)-2)
	}
	for _, it := range jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--feed", "Courier")) {
		if !it.Read {
			t.Errorf("%s of the feed is unread", it.ID)
		}
	}
	if out := mustRun(t, db, "read", "--query", "feed:courier"); out != "Marked 0 articles read (2 already read).\n" {
		t.Errorf("read --query again said %q", out)
	}
	want := fmt.Sprintf("Marked %d articles read (2 already read).\n", len(all)-2)
	if out := mustRun(t, db, "read", "--all"); out != want {
		t.Errorf("read --all said %q, want %q", out, want)
	}
	if n := unread(); n != 0 {
		t.Fatalf("%d unread after read --all", n)
	}
	if out := mustRun(t, db, "unread", "--query", "feed:courier"); out != "Marked 2 articles unread.\n" {
		t.Errorf("unread --query said %q", out)
	}
	if n := unread(); n != 2 {
		t.Errorf("%d unread after unread --query, want 2", n)
	}

	for _, args := range [][]string{{"read"}, {"read", "--all", string(all[0].ID)}, {"read", "--all", "--query", "x"}, {"unread", "--query", "-"}} {
		if _, errOut, code := soundbite(t, db, args...); code == 0 || strings.TrimSpace(errOut) == "" {
			t.Errorf("soundbite %v: exit %d, stderr %q", args, code, errOut)
		}
	}
}

// prune --keep-per-feed keeps a feed's newest and its bookmarks; a dry
// run removes nothing; delete removes one article; with no retention
// anywhere prune refuses, and a settings file's [retention] is its
// default.
func TestPruneAndDelete(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	srv := serveHarbourFeed(t)
	db := filepath.Join(t.TempDir(), "soundbite.db")
	mustRun(t, db, "import", "sample")
	mustRun(t, db, "feed", "add", "--name", "Courier", srv.URL+"/rss")
	all := jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0"))
	feed := jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--feed", "Courier"))
	if len(feed) != 2 {
		t.Fatalf("the feed holds %d articles, want 2", len(feed))
	}

	if _, errOut, code := soundbite(t, db, "prune"); code != 1 || !strings.Contains(errOut, "nothing to prune by") {
		t.Fatalf("prune with no retention: exit %d, stderr %q", code, errOut)
	}
	if out := mustRun(t, db, "prune", "--dry-run", "--keep-per-feed", "1"); out != fmt.Sprintf("Would remove 1 article; %d kept.\n", len(all)-1) {
		t.Fatalf("dry run said %q", out)
	}
	mustRun(t, db, "bookmark", string(feed[1].ID)) // the older one
	if out := mustRun(t, db, "prune", "--dry-run", "--keep-per-feed", "1"); !strings.HasPrefix(out, "Would remove 0 articles;") {
		t.Fatalf("dry run with the older bookmarked said %q", out)
	}
	mustRun(t, db, "unbookmark", string(feed[1].ID))
	settings := filepath.Join(os.Getenv("XDG_CONFIG_HOME"), "soundbite")
	if err := os.MkdirAll(settings, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(settings, "config.toml"), "[retention]\nmax_per_feed = 1\n")
	if out := mustRun(t, db, "prune"); out != fmt.Sprintf("Removed 1 article; %d kept.\n", len(all)-1) {
		t.Fatalf("prune from the settings said %q", out)
	}
	left := jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--feed", "Courier"))
	if len(left) != 1 || left[0].ID != feed[0].ID {
		t.Fatalf("the feed keeps %v, want its newest %s", left, feed[0].ID)
	}

	if out := mustRun(t, db, "delete", string(left[0].ID[:8])); out != "Deleted 1 article.\n" {
		t.Errorf("delete said %q", out)
	}
	if _, _, code := soundbite(t, db, "show", string(left[0].ID)); code == 0 {
		t.Error("a deleted article is still shown")
	}
	if n := len(jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0"))); n != len(all)-2 {
		t.Errorf("%d articles left, want %d", n, len(all)-2)
	}

	// The feed still lists both items, pruned and deleted: a refresh
	// stores neither again.
	if out := mustRun(t, db, "refresh"); !strings.Contains(out, ": 0 new articles") || strings.Contains(out, "pruned") {
		t.Errorf("refresh after the prune and the delete said %q", out)
	}
	if n := len(jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--feed", "Courier"))); n != 0 {
		t.Errorf("the feed holds %d articles again after a refresh", n)
	}

	// A second feed's two items: the refresh prunes one by the settings,
	// and the next refresh does not bring it back.
	mustRun(t, db, "feed", "add", "--name", "Ledger", srv.URL+"/ledger")
	if out := mustRun(t, db, "refresh"); !strings.Contains(out, ": 0 new articles") || !strings.Contains(out, "pruned 1 old article ") {
		t.Errorf("refresh with retention said %q", out)
	}
	for range 2 {
		if out := mustRun(t, db, "refresh"); !strings.Contains(out, ": 0 new articles") || strings.Contains(out, "pruned") {
			t.Errorf("refresh after pruning said %q", out)
		}
	}
	if n := len(jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--feed", "Ledger"))); n != 1 {
		t.Errorf("the second feed holds %d articles after refreshes with max_per_feed = 1", n)
	}
}

// import-opml keeps folders; feed list shows them with unread counts;
// a folder's name works in a query; export-opml writes the folders back.
func TestFoldersAndUnreadPerFeed(t *testing.T) {
	srv := serveHarbourFeed(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "soundbite.db")
	subscribeTwoFolders(t, db, srv.URL)
	if out := mustRun(t, db, "read", "--query", "feed:Coast"); out != "Marked 4 articles read.\n" {
		t.Fatalf("read --query feed:Coast said %q", out)
	}
	type line struct {
		Name     string
		Folder   string
		Unread   int
		Articles int
	}
	want := map[string]line{
		"Courier": {"Courier", "Coast", 0, 2}, "Ledger": {"Ledger", "Coast", 0, 2}, "Gazette": {"Gazette", "Inland", 2, 2},
	}
	for _, f := range jsonLines[line](t, mustRun(t, db, "feed", "list", "--json")) {
		if f != want[f.Name] {
			t.Errorf("feed list: %+v, want %+v", f, want[f.Name])
		}
	}
	table := mustRun(t, db, "feed", "list")
	if !strings.Contains(table, "FOLDER") || !strings.Contains(table, "UNREAD") || !regexp.MustCompile(`Gazette\s+Inland\s+2\s+2\s`).MatchString(table) {
		t.Errorf("feed list table:\n%s", table)
	}
	out := mustRun(t, db, "export-opml")
	if !regexp.MustCompile(`(?s)<outline text="Coast" title="Coast">\s*<outline [^>]*text="Courier".*</outline>`).MatchString(out) {
		t.Errorf("export-opml lost the folders:\n%s", out)
	}
}

// subscribeTwoFolders imports an OPML file of three feeds in two folders,
// Coast (Courier at /a, Ledger at /b) and Inland (Gazette at /c) of base,
// and fetches them.
func subscribeTwoFolders(t *testing.T, db, base string) {
	t.Helper()
	opml := filepath.Join(filepath.Dir(db), "subs.opml")
	writeFile(t, opml, `<?xml version="1.0"?><opml version="2.0"><body>
<outline text="Coast"><outline text="Courier" xmlUrl="`+base+`/a"/><outline text="Ledger" xmlUrl="`+base+`/b"/></outline>
<outline text="Inland"><outline text="Gazette" xmlUrl="`+base+`/c"/></outline>
</body></opml>`)
	mustRun(t, db, "import-opml", opml)
	mustRun(t, db, "refresh")
}

// A day with the reader, in tmux at 120x40 and 80x24, on three local
// feeds in two folders: the feeds view's unread counts, a folder filter,
// open-in-browser on an item whose link and title hold shell commands
// (the browser gets the link as its one argument; nothing runs), mark all
// read of one feed, a delete that a refresh does not undo, and every
// count following without a restart; then a closed terminal reopens on
// the same feed.
func TestReaderFeedsDay(t *testing.T) {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		if r.URL.Path == "/b" {
			fmt.Fprintf(w, settingsFeed, srv.URL) // its newest: "Quarry reopens; touch pwned"
			return
		}
		w.Write([]byte(harbourFeed))
	}))
	defer srv.Close()
	dir := t.TempDir()
	db := filepath.Join(dir, "soundbite.db")
	subscribeTwoFolders(t, db, srv.URL)
	work, cfgHome := filepath.Join(dir, "work"), filepath.Join(dir, "config")
	for _, d := range []string{work, filepath.Join(cfgHome, "soundbite")} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	browser, args := testBrowser(t, dir)
	writeFile(t, filepath.Join(cfgHome, "soundbite", "config.toml"), fmt.Sprintf("browser = %q\n", browser))
	start := func() *tmuxSession {
		return startTmux(t, "sh", "-c", `cd "$0" && exec env XDG_CONFIG_HOME="$1" "$2" --db "$3"`, work, cfgHome, binary, db)
	}
	counts := func(tm *tmuxSession, want ...string) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for {
			screen, _ := tm.run("capture-pane", "-p", "-t", tm.target)
			missing := ""
			for _, w := range want {
				if !regexp.MustCompile(w).MatchString(screen) {
					missing = w
				}
			}
			if missing == "" {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%q is not on screen:\n%s", missing, screen)
			}
			time.Sleep(30 * time.Millisecond)
		}
	}

	tm := start()
	tm.waitFor(t, "Quarry reopens", 15*time.Second)
	tm.send(t, "F")
	counts(tm, `All articles\s+6`, `Coast\s+4`, `Courier\s+2`, `Ledger\s+2`, `Inland\s+2`, `Gazette\s+2`)
	tm.send(t, "j", "j", "j", "Enter") // Coast
	counts(tm, `▸ Coast`, `4 in filter`)

	// The newest article, the quarry, opens in the browser; the reader's
	// header names its feed.
	tm.send(t, "Tab", "g", "o")
	counts(tm, `via Ledger`)
	got := waitForFile(t, args)
	if want := srv.URL + "/quarry?q=$(touch$%7BIFS%7Dpwned)%3Btouch$%7BIFS%7Dpwned\n"; got != want {
		t.Errorf("the browser got %q, want the link as its one argument %q", got, want)
	}

	// Mark all read of Ledger: its count, its folder's and the totals.
	tm.send(t, "F", "j", "j", "Enter") // Coast, Courier, Ledger
	counts(tm, `feed Ledger`, `2 in filter`)
	tm.send(t, "A")
	tm.waitFor(t, "Mark 2 articles read? y/n", 5*time.Second)
	tm.send(t, "y")
	counts(tm, `Marked 2 articles read`, `Ledger\s+0`, `Coast\s+2`, `All articles\s+4`, `6 articles · 4 unread`)

	// Delete the quarry; a refresh, though the feed still lists it, does
	// not bring it back.
	tm.send(t, "Tab", "g", "D")
	tm.waitFor(t, "from the store? y/n", 5*time.Second)
	tm.send(t, "y")
	counts(tm, `5 articles · 4 unread`, `1 in filter`)
	tm.send(t, "R")
	counts(tm, `Refreshed: 0 new articles`, `5 articles · 4 unread`, `1 in filter`)

	// Another process marks Gazette read: the counts follow.
	mustRun(t, db, "read", "--query", "feed:Gazette")
	counts(tm, `Gazette\s+0`, `Inland\s+0`, `5 articles · 2 unread`)

	// At 80x24 the list and the feeds view share the screen.
	if out, err := tm.run("resize-window", "-t", tm.target, "-x", "80", "-y", "24"); err != nil {
		t.Fatalf("resize: %v\n%s", err, out)
	}
	counts(tm, `feed Ledger`, `Courier\s+2`, `Ledger\s+0`, `5 articles · 2 unread`)
	tm.send(t, "Q")
	tm.waitGone(t, 10*time.Second)
	if _, err := os.Stat(filepath.Join(work, "pwned")); err == nil {
		t.Error("a command in an article's link or title ran")
	}

	// Reopened, the reader is on Ledger, with the feeds view open.
	tm = start()
	counts(tm, `feed Ledger`, `1 in filter`, `Feeds · unread`)
	tm.send(t, "Q")
	tm.waitGone(t, 10*time.Second)
}

// prune on a generated 10,000-article store through the binary: every
// bookmark stays and the file shrinks.
func TestPruneTenThousandShrinks(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and imports 10,000 articles")
	}
	dir := t.TempDir()
	gen := exec.Command("go", "run", "./internal/gen", "-n", "10000", "-out", filepath.Join(dir, "corpus"))
	if out, err := gen.CombinedOutput(); err != nil {
		t.Fatalf("gen: %v\n%s", err, out)
	}
	db := filepath.Join(dir, "soundbite.db")
	mustRun(t, db, "import", filepath.Join(dir, "corpus"))
	all := jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0"))
	var marks []string
	for i := 0; i < len(all); i += 100 {
		marks = append(marks, string(all[i].ID))
	}
	mustRun(t, db, append([]string{"bookmark"}, marks...)...)
	before := library.FileSize(db)
	out := mustRun(t, db, "prune", "--older-than", "1")
	if want := fmt.Sprintf("Removed %d articles; %d kept.\n", len(all)-len(marks), len(marks)); !strings.HasPrefix(out, want) || !strings.Contains(out, "Compacted the store") {
		t.Fatalf("prune said %q, want %q and a compaction", out, want)
	}
	left := jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0"))
	if len(left) != len(marks) {
		t.Fatalf("%d articles left, want the %d bookmarked", len(left), len(marks))
	}
	for _, a := range left {
		if !a.Bookmarked {
			t.Errorf("%s survived without a bookmark", a.ID)
		}
	}
	if after := library.FileSize(db); after*4 > before {
		t.Errorf("the file went from %d to %d bytes; want it under a quarter", before, after)
	}
}
