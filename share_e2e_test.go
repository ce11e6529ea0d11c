package main

import (
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"soundbite/model"
)

// selectedRow is the list row under the cursor: the line whose list
// column starts with the selection bar, cut to that column. The list is
// the column left of the reader's, the right-hand one (at 120 columns the
// speakers stand left of the list).
func selectedRow(screen string) string {
	for _, line := range strings.Split(screen, "\n") {
		cols := strings.Split(line, "│")
		if len(cols) < 2 {
			continue
		}
		if list := cols[len(cols)-2]; strings.HasPrefix(list, "┃") {
			return strings.TrimSpace(list)
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
	if out := mustRun(t, db, "refresh"); !strings.Contains(out, "1 feed: ") {
		t.Fatalf("refresh said %q", out)
	}

	items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0"))
	if len(items) != 7 {
		t.Fatalf("list --json beside the readers: %d articles, want 7", len(items))
	}
	mustRun(t, db, "bookmark", string(items[0].ID))
	done = time.Now()
	showsWithin(t, first, "the first reader", "1 ★", done)
	showsWithin(t, second, "the second reader", "1 ★", done)
	mustRun(t, db, "read", string(items[1].ID))
	showsWithin(t, second, "the second reader", "6 unread", time.Now())
	// The row under the cursor is the same article's (a frame drawn
	// mid-reload may cut it short, so wait for it rather than compare one).
	first.waitFor(t, before, 3*time.Second)
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

// TestKillOwnerDuringTraffic SIGKILLs an import that owns the store while
// other soundbites bookmark, unbookmark and list through it: every command
// succeeds, every batch the import reported committed is stored, and
// every bookmark change a command reported is kept. SOUNDBITE_KILLS sets
// the number of kills (50 for the long run; 4 by default, 2 with -short).
func TestKillOwnerDuringTraffic(t *testing.T) {
	kills := 4
	if testing.Short() {
		kills = 2
	}
	if n, err := strconv.Atoi(os.Getenv("SOUNDBITE_KILLS")); err == nil && n > 0 {
		kills = n
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "soundbite.db")
	files := filepath.Join(dir, "corpus")
	writeCorpus(t, files, corpusSeed, 300)
	mustRun(t, db, "import", "sample")
	var ids []model.ID
	for _, a := range jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0")) {
		ids = append(ids, a.ID)
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	committed := map[model.ID]bool{}
	bookmarked := map[model.ID]bool{}
	commands := 0
	for round := range kills {
		run := startImport(t, db, 5, files)
		select {
		case l, ok := <-run.lines:
			if !ok {
				res := run.stopAfter(t, 0)
				t.Fatalf("round %d: the import ended before its first batch: %s", round, res.stderr)
			}
			for _, id := range l.IDs {
				committed[id] = true
			}
		case <-time.After(30 * time.Second):
			t.Fatal("the import reported no batch in 30s")
		}
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				id := ids[(round*7+i)%len(ids)]
				want := !bookmarked[id]
				verb := "bookmark"
				if !want {
					verb = "unbookmark"
				}
				args := []string{verb, string(id)}
				if i%3 == 2 {
					args = []string{"list", "--json", "--limit", "5"}
				}
				out, errOut, code := soundbite(t, db, args...)
				commands++
				if code != 0 {
					t.Errorf("round %d: soundbite %v beside a dying owner: exit %d\nstdout: %s\nstderr: %s", round, args, code, out, errOut)
					continue
				}
				if args[0] == verb {
					bookmarked[id] = want
				}
			}
		}()
		res := run.stopAfter(t, time.Duration(50+rng.IntN(200))*time.Millisecond)
		for _, l := range res.batches {
			for _, id := range l.IDs {
				committed[id] = true
			}
		}
		time.Sleep(150 * time.Millisecond) // traffic goes on after the kill
		close(stop)
		wg.Wait()
	}
	st := openChecked(t, db)
	defer closeStore(t, st)
	checkCounts(t, st, "after the kills")
	for id := range committed {
		if ok, err := st.Has(id); err != nil || !ok {
			t.Fatalf("article %s, reported committed, is gone: %v", id, err)
		}
	}
	for id, want := range bookmarked {
		a, err := st.Get(id)
		if err != nil || a.State.Bookmarked != want {
			t.Fatalf("article %s: bookmarked=%v, the last command that succeeded set %v (%v)", id, a.State.Bookmarked, want, err)
		}
	}
	t.Logf("%d kills of the owner, %d commands beside them, %d committed articles all there", kills, commands, len(committed))
}
