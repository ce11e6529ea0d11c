package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	miniflux "miniflux.app/v2/client"
)

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
