package main

import (
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	miniflux "miniflux.app/v2/client"

	"soundbite/library"
	"soundbite/mfsync"
)

// newsItem is one item of a test feed; every text is fictional.
type newsItem struct{ guid, title, speaker, quote string }

// newsFeeds serves RSS feeds whose items the test can add to.
type newsFeeds struct {
	mu    sync.Mutex
	items map[string][]newsItem // path -> items
	srv   *httptest.Server
}

func newNewsFeeds(t *testing.T) *newsFeeds {
	f := &newsFeeds{items: map[string][]newsItem{
		"/coast.xml": {
			{"coast-1", "Harbour reopens after storm", "Ilse Varga", "We worked through every night to get the boats back in the water"},
			{"coast-2", "Lighthouse keeper retires", "Odile Marsh", "Forty winters on the rock are enough for anyone"},
			{"coast-3", "Ferry fares frozen for winter", "Tomas Brenn", "Families on the islands deserve a ferry they can afford"},
		},
		"/valley.xml": {
			{"valley-1", "Orchard harvest breaks record", "Petra Lindqvist", "The apples came early and they came in thousands"},
			{"valley-2", "Mill bridge closed for repairs", "Anselm Okoro", "Nobody crosses until the beams are replaced"},
		},
		"/local.xml": {
			{"local-1", "Library extends opening hours", "Mirela Dunst", "Readers asked for evenings and we listened"},
			{"local-2", "Market square gets new benches", "Jonas Feld", "People should be able to sit and talk in the square"},
		},
	}}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		items, ok := f.items[r.URL.Path]
		items = append([]newsItem(nil), items...)
		f.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>%s</title><link>http://example.invalid/</link><description>Test news</description>`, strings.TrimSuffix(r.URL.Path[1:], ".xml")+" courier")
		base := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)
		for i, it := range items {
			body := fmt.Sprintf(`<p>The town council met on Tuesday.</p><p>"%s," said %s.</p><p>%s added that more news would follow.</p>`,
				it.quote, it.speaker, it.speaker[strings.LastIndexByte(it.speaker, ' ')+1:])
			fmt.Fprintf(w, `<item><title>%s</title><link>http://example.invalid/%s</link><guid>%s</guid><pubDate>%s</pubDate><content:encoded>%s</content:encoded></item>`,
				html.EscapeString(it.title), it.guid, it.guid, base.Add(time.Duration(i)*time.Minute).Format(time.RFC1123Z), html.EscapeString(body))
		}
		fmt.Fprint(w, "</channel></rss>")
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *newsFeeds) url(path string) string { return f.srv.URL + path }

func (f *newsFeeds) add(path string, items ...newsItem) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.items[path] = append(f.items[path], items...)
}

// syncReport is `sync --json`.
type syncReport struct {
	New          int      `json:"new"`
	Received     int      `json:"received"`
	Sent         int      `json:"sent"`
	FeedsAdded   int      `json:"feeds_added"`
	FeedsRemoved int      `json:"feeds_removed"`
	FeedsSent    int      `json:"feeds_sent"`
	FeedsDropped int      `json:"feeds_unsubscribed"`
	Failures     []string `json:"failures"`
}

func runSync(t *testing.T, db string) syncReport {
	t.Helper()
	start := time.Now()
	out, errOut, code := runWith(t, db, "", nil, "sync", "--json")
	t.Logf("sync took %v: %s", time.Since(start).Round(time.Millisecond), strings.TrimSpace(out))
	if code != 0 {
		t.Fatalf("sync: exit %d\n%s", code, errOut)
	}
	var rep syncReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("sync --json printed %q: %v", out, err)
	}
	return rep
}

// byTitle lists the store's articles by title, failing on a title stored
// twice.
func byTitle(t *testing.T, db string) map[string]articleLine {
	t.Helper()
	out := map[string]articleLine{}
	for _, a := range jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0")) {
		if _, dup := out[a.Title]; dup {
			t.Fatalf("%q is stored twice", a.Title)
		}
		out[a.Title] = a
	}
	return out
}

// serverEntries lists the server's entries by title.
func serverEntries(t *testing.T, c *miniflux.Client) map[string]*miniflux.Entry {
	t.Helper()
	res, err := c.Entries(&miniflux.Filter{Limit: 1000, Statuses: []string{"read", "unread"}})
	if err != nil {
		t.Fatalf("listing the server's entries: %v", err)
	}
	out := map[string]*miniflux.Entry{}
	for _, e := range res.Entries {
		out[e.Title] = e
	}
	return out
}

// TestMinifluxSync syncs a store with a real Miniflux both ways: feeds
// and folders, entries with their speakers, read and star state, feeds
// removed on either side, a sync killed midway, and the faults (a wrong
// token, the server down, the server's data reset).
func TestMinifluxSync(t *testing.T) {
	pg := startPostgres(t)
	mf := startMiniflux(t, buildMiniflux(t), pg.url(), freeAddr(t))
	news := newNewsFeeds(t)
	admin := miniflux.NewClient(mf.url, mf.user, mf.pw)
	key, err := admin.CreateAPIKey("soundbite test")
	if err != nil {
		t.Fatal(err)
	}
	coastCat, err := admin.CreateCategory("Coast")
	if err != nil {
		t.Fatal(err)
	}
	coastID, err := admin.CreateFeed(&miniflux.FeedCreationRequest{FeedURL: news.url("/coast.xml"), CategoryID: coastCat.ID})
	if err != nil {
		t.Fatalf("subscribing on the server: %v\n%s", err, mustRead(mf.log))
	}

	dir := t.TempDir()
	db := filepath.Join(dir, "soundbite.db")
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "config"))
	acctFile := filepath.Join(dir, "config", "soundbite", "miniflux.json")

	// A wrong token is refused before anything is saved.
	_, errOut, code := runWith(t, db, "not-a-token\n", nil, "sync", "add", mf.url)
	if code == 0 || !strings.Contains(errOut, "refused the credentials") {
		t.Fatalf("sync add with a wrong token: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(acctFile); err == nil {
		t.Fatal("a refused token was saved")
	}
	out, errOut, code := runWith(t, db, key.Token+"\n", nil, "sync", "add", mf.url)
	if code != 0 || !strings.Contains(out, "as admin") {
		t.Fatalf("sync add: exit %d, %q %q", code, out, errOut)
	}
	if st, err := os.Stat(acctFile); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("account file: %v, mode %v", err, st.Mode())
	}

	// A feed subscribed here before the first sync: its items are stored
	// already, and the server's entries for them must not be stored again.
	mustRun(t, db, "feed", "add", news.url("/local.xml"))
	out, errOut, code = runWith(t, db, "", nil, "sync")
	if code != 0 || !strings.Contains(errOut, "sync: new entries") {
		t.Fatalf("first sync: exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	arts := byTitle(t, db)
	if len(arts) != 5 {
		t.Fatalf("after the first sync: %d articles, want 3 from the server and 2 of our own: %v", len(arts), arts)
	}
	harbour := arts["Harbour reopens after storm"]
	if !contains(harbour.Speakers, "Ilse Varga") {
		t.Errorf("the server's entry was stored without its speaker: %+v", harbour)
	}
	srv := serverEntries(t, admin)
	if _, ok := srv["Library extends opening hours"]; !ok {
		t.Fatalf("our own feed was not subscribed on the server: %v", srv)
	}
	checkFolders(t, db, map[string]string{news.url("/coast.xml"): "Coast", news.url("/local.xml"): "All"})

	// Read and star here; the server hears of it.
	mustRun(t, db, "read", string(harbour.ID), string(arts["Library extends opening hours"].ID))
	mustRun(t, db, "bookmark", string(harbour.ID))
	if rep := runSync(t, db); rep.Sent != 3 || rep.New != 0 {
		t.Fatalf("sync after reading here: %+v, want 3 changes sent and nothing new", rep)
	}
	srv = serverEntries(t, admin)
	if e := srv["Harbour reopens after storm"]; e.Status != "read" || !e.Starred {
		t.Errorf("on the server, the article read and bookmarked here is %s, starred %v", e.Status, e.Starred)
	}
	if e := srv["Library extends opening hours"]; e.Status != "read" {
		t.Errorf("on the server, our own feed's article read here is %s", e.Status)
	}
	if e := srv["Lighthouse keeper retires"]; e.Status != "unread" || e.Starred {
		t.Errorf("an article left alone changed on the server: %s, starred %v", e.Status, e.Starred)
	}

	// The other way: the server reads, stars, unstars, subscribes and
	// unsubscribes; meanwhile this store, offline, marks another read.
	lighthouse, ferry := srv["Lighthouse keeper retires"], srv["Ferry fares frozen for winter"]
	must(t, admin.UpdateEntries([]int64{lighthouse.ID}, "read"))
	must(t, admin.UpdateEntriesStarred([]int64{lighthouse.ID}, true))
	must(t, admin.UpdateEntriesStarred([]int64{srv["Harbour reopens after storm"].ID}, false))
	valleyCat, err := admin.CreateCategory("Valley")
	must(t, err)
	_, err = admin.CreateFeed(&miniflux.FeedCreationRequest{FeedURL: news.url("/valley.xml"), CategoryID: valleyCat.ID})
	must(t, err)
	must(t, admin.DeleteFeed(srv["Library extends opening hours"].FeedID))
	mustRun(t, db, "read", string(arts["Ferry fares frozen for winter"].ID))
	rep := runSync(t, db)
	if rep.New != 2 || rep.Received != 2 || rep.Sent != 1 || rep.FeedsAdded != 1 || rep.FeedsRemoved != 1 {
		t.Fatalf("sync after the server's changes: %+v", rep)
	}
	arts = byTitle(t, db)
	if a := arts["Lighthouse keeper retires"]; !a.Read || !a.Bookmarked {
		t.Errorf("read and starred on the server, here: %+v", a)
	}
	if a := arts["Harbour reopens after storm"]; a.Bookmarked {
		t.Error("unstarred on the server, still bookmarked here")
	}
	if a, ok := arts["Orchard harvest breaks record"]; !ok || !contains(a.Speakers, "Petra Lindqvist") {
		t.Errorf("the server's new feed's entry here: %+v (present %v)", a, ok)
	}
	if _, ok := arts["Library extends opening hours"]; !ok {
		t.Error("an article of a feed the server unsubscribed from was deleted here")
	}
	if e := serverEntries(t, admin)["Ferry fares frozen for winter"]; e.Status != "read" {
		t.Errorf("read here while offline, on the server: %s", e.Status)
	}
	checkFolders(t, db, map[string]string{news.url("/coast.xml"): "Coast", news.url("/valley.xml"): "Valley"})
	_ = ferry

	// Unsubscribed here, unsubscribed there.
	mustRun(t, db, "feed", "remove", news.url("/valley.xml"))
	if rep := runSync(t, db); rep.FeedsDropped != 1 {
		t.Fatalf("sync after unsubscribing here: %+v", rep)
	}
	feeds, err := admin.Feeds()
	must(t, err)
	for _, f := range feeds {
		if f.FeedURL == news.url("/valley.xml") {
			t.Error("unsubscribed here, still subscribed on the server")
		}
	}

	// A sync killed midway: the next one finishes, nothing lost or doubled.
	var many []newsItem
	for i := range 260 {
		many = append(many, newsItem{fmt.Sprintf("tide-%d", i), fmt.Sprintf("Tide table %d published", i), "Harriet Voss", fmt.Sprintf("Tide %d comes in at dawn", i)})
	}
	news.add("/coast.xml", many...)
	must(t, admin.ForceRefreshFeed(coastID))
	before := len(byTitle(t, db))
	mustRun(t, db, "unread", string(arts["Lighthouse keeper retires"].ID)) // offline, sent after the kill
	if !killSyncMidway(t, db) {
		t.Fatal("the sync ended before it could be killed midway")
	}
	if n := len(byTitle(t, db)); n <= before || n >= before+260 {
		t.Fatalf("after the kill: %d articles, want some but not all of the 260 new ones past %d", n, before)
	}
	runSync(t, db)
	arts = byTitle(t, db)
	if len(arts) != before+260 {
		t.Fatalf("after a killed sync and another: %d articles, want %d", len(arts), before+260)
	}
	srv = serverEntries(t, admin)
	if e := srv["Lighthouse keeper retires"]; e == nil || e.Status != "unread" {
		t.Errorf("a change made before the killed sync did not reach the server: %+v", e)
	}
	if rep := runSync(t, db); rep.New != 0 || rep.Sent != 0 || rep.Received != 0 {
		t.Errorf("a sync with nothing to do did something: %+v", rep)
	}

	t.Run("reader", func(t *testing.T) { readerMarksRead(t, db, admin) })

	// Faults. A token the server no longer takes: a clear message, and
	// nothing changed here.
	state, _ := os.ReadFile(mfsync.StatePath(db))
	good, _ := os.ReadFile(acctFile)
	must(t, os.WriteFile(acctFile, []byte(`{"url":"`+mf.url+`","token":"revoked"}`), 0o600))
	listBefore := mustRun(t, db, "list", "--json", "--limit", "0")
	_, errOut, code = runWith(t, db, "", nil, "sync")
	if code == 0 || !strings.Contains(errOut, "refused the credentials") {
		t.Errorf("sync with a revoked token: exit %d, %q", code, errOut)
	}
	must(t, os.WriteFile(acctFile, good, 0o600))
	// The server down.
	mf.stop()
	_, errOut, code = runWith(t, db, "", nil, "sync")
	if code == 0 || !strings.Contains(errOut, "sync failed") {
		t.Errorf("sync with the server down: exit %d, %q", code, errOut)
	}
	after, _ := os.ReadFile(mfsync.StatePath(db))
	if string(after) != string(state) || mustRun(t, db, "list", "--json", "--limit", "0") != listBefore {
		t.Error("a failed sync changed the store or its sync state")
	}
	// The server's data reset: a new database behind the same address,
	// the same feed subscribed again. Refused, nothing merged.
	pg2 := startPostgres(t)
	mf2 := startMiniflux(t, mf.cmd.Path, pg2.url(), mf.addr)
	admin2 := miniflux.NewClient(mf2.url, mf2.user, mf2.pw)
	_, err = admin2.CreateFeed(&miniflux.FeedCreationRequest{FeedURL: news.url("/coast.xml"), CategoryID: 1})
	must(t, err)
	_, errOut, code = runWith(t, db, "", []string{"SOUNDBITE_MINIFLUX_PASSWORD=" + mf2.pw}, "sync", "add", "--user", "admin", mf2.url)
	if code != 0 {
		t.Fatalf("sync add --user: exit %d, %s", code, errOut)
	}
	_, errOut, code = runWith(t, db, "", nil, "sync")
	if code == 0 || !strings.Contains(errOut, "was it reset?") {
		t.Errorf("sync with a reset server: exit %d, %q", code, errOut)
	}
	if mustRun(t, db, "list", "--json", "--limit", "0") != listBefore {
		t.Error("a sync with a reset server changed the store")
	}

	// Forgetting the server: credentials and sync state go, the feeds
	// become this store's own again, the articles stay.
	var status struct {
		Server  string `json:"server"`
		Entries int    `json:"entries"`
	}
	must(t, json.Unmarshal([]byte(mustRun(t, db, "sync", "status", "--json")), &status))
	if status.Server != mf.url || status.Entries < 260 {
		t.Errorf("sync status: %+v", status)
	}
	mustRun(t, db, "sync", "remove")
	for _, p := range []string{acctFile, mfsync.StatePath(db)} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s is left after sync remove", filepath.Base(p))
		}
	}
	if _, errOut, code := runWith(t, db, "", nil, "sync", "status"); code == 0 || !strings.Contains(errOut, "no Miniflux server added") {
		t.Errorf("sync status after remove: exit %d, %q", code, errOut)
	}
	lib, err := library.Open(db, library.Options{})
	must(t, err)
	feeds2, err := lib.Feeds()
	lib.Close()
	must(t, err)
	for _, f := range feeds2 {
		if f.Remote != "" {
			t.Errorf("after sync remove, %s is still fetched by %s", f.URL, f.Remote)
		}
	}
	if mustRun(t, db, "list", "--json", "--limit", "0") != listBefore {
		t.Error("sync remove changed the articles")
	}
}

// checkFolders opens the store (no soundbite runs now) and checks the
// folders of feeds.
func checkFolders(t *testing.T, db string, want map[string]string) {
	t.Helper()
	lib, err := library.Open(db, library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	for url, folder := range want {
		f, err := lib.Feed(url)
		if err != nil || f.Folder != folder || f.Remote == "" {
			t.Errorf("feed %s: folder %q, remote %q, %v; want folder %q", url, f.Folder, f.Remote, err, folder)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func mustRead(path string) string {
	b, _ := os.ReadFile(path)
	return string(b)
}

// readerMarksRead opens the reader in tmux on the synced store, set to
// refresh on start: it syncs, so a read on the server shows; the server's
// entries show with their speakers; an article marked read in the reader
// is read on the server after a sync run beside it, and a change on the
// server shows in the open reader after the next one.
func readerMarksRead(t *testing.T, db string, admin *miniflux.Client) {
	before := byTitle(t, db)
	unread := 0
	for _, a := range before {
		if !a.Read {
			unread++
		}
	}
	srv := serverEntries(t, admin)
	must(t, admin.UpdateEntries([]int64{srv["Tide table 8 published"].ID}, "read"))
	conf := filepath.Join(os.Getenv("XDG_CONFIG_HOME"), "soundbite", "config.toml")
	must(t, os.WriteFile(conf, []byte("[refresh]\non_start = true\n"), 0o600))
	defer os.Remove(conf)

	tm := startTmux(t, binary, "--db", db)
	tm.waitFor(t, "Tide table 259 published", 15*time.Second)
	tm.waitFor(t, "Harriet Voss", 5*time.Second)
	tm.waitFor(t, "Refreshed:", 15*time.Second)
	tm.waitFor(t, fmt.Sprintf("%d unread", unread-1), 5*time.Second)
	if a := byTitle(t, db)["Tide table 8 published"]; !a.Read {
		t.Error("read on the server, unread here after the reader's sync on start")
	}
	if _, err := tm.run("send-keys", "-t", tm.target, "m"); err != nil {
		t.Fatal(err)
	}
	tm.waitFor(t, fmt.Sprintf("%d unread", unread-2), 5*time.Second)
	var marked string
	for title, a := range byTitle(t, db) {
		if a.Read && !before[title].Read && title != "Tide table 8 published" {
			marked = title
		}
	}
	if marked == "" {
		t.Fatal("the reader marked nothing read in the store")
	}
	if rep := runSync(t, db); rep.Sent != 1 {
		t.Errorf("sync beside the reader after marking read in it: %+v, want 1 change sent", rep)
	}
	srv = serverEntries(t, admin)
	if e := srv[marked]; e == nil || e.Status != "read" {
		t.Errorf("marked read in the reader, %q on the server: %+v", marked, e)
	}
	must(t, admin.UpdateEntries([]int64{srv["Tide table 7 published"].ID}, "read"))
	if rep := runSync(t, db); rep.Received != 1 {
		t.Errorf("sync beside the reader after a read on the server: %+v, want 1 change received", rep)
	}
	tm.waitFor(t, fmt.Sprintf("%d unread", unread-3), 5*time.Second)
	if _, err := tm.run("send-keys", "-t", tm.target, "Q"); err != nil {
		t.Fatal(err)
	}
	tm.waitGone(t, 10*time.Second)
}
