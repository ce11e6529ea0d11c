package mfsync

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"soundbite/feed"
	"soundbite/model"
	"soundbite/store"
)

func TestCheckURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://reader.example/":      "https://reader.example",
		"https://reader.example/v1/":   "https://reader.example",
		" http://host:8080/miniflux/ ": "http://host:8080/miniflux",
	} {
		if got, err := CheckURL(in); err != nil || got != want {
			t.Errorf("CheckURL(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "reader.example", "ftp://reader.example", "https://user:pw@reader.example", "https:///x"} {
		if _, err := CheckURL(bad); err == nil {
			t.Errorf("CheckURL(%q) took it", bad)
		}
	}
}

// TestAccountFile: the credentials go to a file only its owner reads, in
// a directory made for the owner alone, and come back as they went.
func TestAccountFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config", "soundbite", "miniflux.json")
	if _, err := LoadAccount(path); !errors.Is(err, ErrNoAccount) {
		t.Fatalf("no file: %v, want ErrNoAccount", err)
	}
	a := Account{URL: "https://reader.example", Token: "t0ken"}
	if err := SaveAccount(path, a); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("account file mode %v, %v", st.Mode(), err)
	}
	if dir, _ := os.Stat(filepath.Dir(path)); dir.Mode().Perm() != 0o700 {
		t.Errorf("config directory mode %v", dir.Mode())
	}
	if got, err := LoadAccount(path); err != nil || got != a {
		t.Fatalf("LoadAccount = %+v, %v", got, err)
	}
	if err := os.WriteFile(path, []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadAccount(path); err == nil {
		t.Error("a damaged account file loaded")
	}
	if err := RemoveAccount(path); err != nil {
		t.Fatal(err)
	}
	if err := RemoveAccount(path); err != nil {
		t.Errorf("removing it twice: %v", err)
	}
}

// TestPick: a side that changed a flag since the last sync wins over one
// that did not.
func TestPick(t *testing.T) {
	for _, c := range []struct{ base, local, server, want bool }{
		{false, false, false, false},
		{false, true, false, true}, // changed here
		{false, false, true, true}, // changed there
		{false, true, true, true},  // both, alike
		{true, false, true, false},
		{true, true, false, false},
	} {
		if got := pick(c.base, c.local, c.server); got != c.want {
			t.Errorf("pick(%v, %v, %v) = %v", c.base, c.local, c.server, got)
		}
	}
}

// noStore is a Store that fails every call: a sync that touches it
// before the server answered is a bug.
type noStore struct{ t *testing.T }

func (s noStore) fail() error                        { s.t.Error("the sync touched the store"); return errors.New("touched") }
func (s noStore) Feeds() ([]model.Feed, error)       { return nil, s.fail() }
func (s noStore) AddFeed(model.Feed) error           { return s.fail() }
func (s noStore) UpdateFeed(model.Feed) error        { return s.fail() }
func (s noStore) RemoveFeed(string) error            { return s.fail() }
func (s noStore) SetRead(model.ID, bool) error       { return s.fail() }
func (s noStore) SetBookmarked(model.ID, bool) error { return s.fail() }
func (s noStore) Put([]model.Article) (store.PutResult, error) {
	return store.PutResult{}, s.fail()
}
func (s noStore) List(model.Filter, int, int) ([]model.Summary, error) { return nil, s.fail() }
func (s noStore) Removed(string, []model.ID, []string) ([]bool, error) { return nil, s.fail() }

// TestSlowServerTimesOut: a server that never answers costs the client's
// timeout, then a failed sync that changed nothing.
func TestSlowServerTimesOut(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	dir := t.TempDir()
	start := time.Now()
	_, err := Run(context.Background(), noStore{t}, Options{
		Account:   Account{URL: srv.URL, Token: "t"},
		HTTP:      &http.Client{Timeout: 200 * time.Millisecond},
		Fetcher:   feed.NewFetcher(feed.Options{}),
		Annotate:  func(*model.Article) {},
		StorePath: filepath.Join(dir, "soundbite.db"),
	})
	if err == nil {
		t.Fatal("a sync with a server that never answers succeeded")
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the sync gave up after %v", d)
	}
	if _, err := os.Stat(StatePath(filepath.Join(dir, "soundbite.db"))); err == nil {
		t.Error("a failed first sync left a sync state")
	}
}

func TestSaneURL(t *testing.T) {
	for raw, want := range map[string]bool{
		"https://news.example/feed.xml":             true,
		"http://127.0.0.1:8080/coast.xml":           true,
		"ftp://news.example/feed.xml":               false,
		"https://news.example/\x1b]0;owned\x07.xml": false,
		"/feed.xml": false,
		"https://news.example/" + strings.Repeat("a", 2000): false,
	} {
		if got := saneURL(raw); got != want {
			t.Errorf("saneURL(%q) = %v, want %v", raw, got, want)
		}
	}
}
