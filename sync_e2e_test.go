package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	miniflux "miniflux.app/v2/client"

	"soundbite/mfsync"
)

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
	// At a terminal the token is typed at a prompt that does not echo it.
	tm := startTmux(t, "sh", "-c", binary+" --db "+db+" sync add "+mf.url+"; sleep 30")
	tm.waitFor(t, "API token:", 10*time.Second)
	if _, err := tm.run("send-keys", "-t", tm.target, key.Token, "Enter"); err != nil {
		t.Fatal(err)
	}
	if screen := tm.waitFor(t, "as admin", 10*time.Second); strings.Contains(screen, key.Token) {
		t.Errorf("the token typed at the prompt shows on screen:\n%s", screen)
	}

	// A feed subscribed here before the first sync: its items are stored
	// already, and the server's entries for them must not be stored again;
	// nor must the entry for an item deleted here, which the server knows
	// under an ID of its own.
	news.add("/local.xml", newsItem{"local-3", "Fountain in the old square restored", "Greta Hollis", "The water runs again after eleven dry summers"})
	mustRun(t, db, "feed", "add", news.url("/local.xml"))
	mustRun(t, db, "delete", string(byTitle(t, db)["Fountain in the old square restored"].ID))
	out, errOut, code = runWith(t, db, "", nil, "sync")
	if code != 0 || !strings.Contains(errOut, "sync: new entries") {
		t.Fatalf("first sync: exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	arts := byTitle(t, db)
	if len(arts) != 5 {
		t.Fatalf("after the first sync: %d articles, want 3 from the server and 2 of our own: %v", len(arts), arts)
	}
	if _, ok := serverEntries(t, admin)["Fountain in the old square restored"]; !ok {
		t.Fatal("the server did not list the item deleted here, so the test shows nothing")
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
	lighthouse := srv["Lighthouse keeper retires"]
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
	stateBeforeTides, err := os.ReadFile(mfsync.StatePath(db))
	must(t, err)
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

	// Articles deleted here stay deleted when a sync fetches their
	// entries again: here, the syncs since the tide tables came are
	// undone, as if each had died before saving its state.
	for _, n := range []int{100, 101, 102} {
		mustRun(t, db, "delete", string(arts[fmt.Sprintf("Tide table %d published", n)].ID))
	}
	must(t, os.WriteFile(mfsync.StatePath(db), stateBeforeTides, 0o600))
	if rep := runSync(t, db); rep.New != 0 {
		t.Errorf("a sync fetching the deleted articles' entries again stored %d", rep.New)
	}
	if n := len(byTitle(t, db)); n != before+257 {
		t.Errorf("after the sync: %d articles, want the %d left", n, before+257)
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
	for _, f := range jsonLines[feedLine](t, mustRun(t, db, "feed", "list", "--json")) {
		if f.SyncedWith != "" {
			t.Errorf("after sync remove, %s is still fetched by %s", f.URL, f.SyncedWith)
		}
	}
	if mustRun(t, db, "list", "--json", "--limit", "0") != listBefore {
		t.Error("sync remove changed the articles")
	}
}
