package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// read --query marks the results of a query, read --all everything, and
// unread --query takes them back; each says how many changed.
func TestReadAllAndQuery(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(harbourFeed))
	}))
	defer srv.Close()
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
