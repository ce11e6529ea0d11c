package library

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"soundbite/model"
	"soundbite/store"
)

// article makes a small distinct article.
func article(n int) model.Article {
	body := []string{fmt.Sprintf(`"The harbour at Wendmoor will reopen on day %d," said Ilsa Varrow, the harbour master.`, n)}
	a := model.Article{
		Title: fmt.Sprintf("Wendmoor harbour, day %d", n), Category: "Local", Body: body,
		Imported: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(n) * time.Minute),
	}
	a.ID = model.NewID(model.ContentIdentity(a))
	Annotate(&a)
	return a
}

func openLib(t *testing.T, path string) *Library {
	t.Helper()
	l, err := Open(path, Options{Wait: 3 * time.Second})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return l
}

func storePath(t *testing.T) string {
	// A short directory: a Unix socket path is at most about 100 bytes.
	dir, err := os.MkdirTemp("", "sb")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return filepath.Join(dir, "s.db")
}

func TestSecondOpenIsAClientOfTheFirst(t *testing.T) {
	path := storePath(t)
	owner := openLib(t, path)
	defer owner.Close()
	other := openLib(t, path)
	defer other.Close()
	if !owner.Owner() || other.Owner() {
		t.Fatalf("owner.Owner()=%v other.Owner()=%v, want true, false", owner.Owner(), other.Owner())
	}
	if fi, err := os.Stat(SocketPath(path)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("socket: %v, mode %v; want mode 0600", err, fi.Mode())
	}

	before, err := owner.Changes()
	if err != nil {
		t.Fatal(err)
	}
	res, err := other.Put([]model.Article{article(1), article(2)})
	if err != nil || res.New != 2 {
		t.Fatalf("Put through the owner: %+v, %v", res, err)
	}
	if err := other.SetBookmarked(res.IDs[0], true); err != nil {
		t.Fatal(err)
	}
	got, err := owner.Get(res.IDs[0])
	if err != nil || !got.State.Bookmarked || len(got.Quotes) == 0 {
		t.Fatalf("the owner reads %+v, %v; want it bookmarked, with its quotes", got.State, err)
	}
	after, _ := other.Changes()
	if after == before {
		t.Fatal("Changes did not move after writes")
	}
	if _, err := other.Resolve("ffff"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("Resolve of a missing prefix through the owner: %v, want store.ErrNotFound", err)
	}
	if err := other.AddFeed(model.Feed{URL: "http://127.0.0.1:1/feed"}); err != nil {
		t.Fatal(err)
	}
	if err := other.AddFeed(model.Feed{URL: "http://127.0.0.1:1/feed"}); !errors.Is(err, store.ErrExists) {
		t.Fatalf("second AddFeed: %v, want store.ErrExists", err)
	}

	// The owner leaves: the client's next call takes the store over.
	if err := owner.Close(); err != nil {
		t.Fatal(err)
	}
	n, err := other.Count(model.Filter{})
	if err != nil || n != 2 {
		t.Fatalf("Count after the owner left: %d, %v", n, err)
	}
	if !other.Owner() {
		t.Fatal("the client did not take the store over")
	}
	got, _ = other.Get(res.IDs[0])
	if !got.State.Bookmarked {
		t.Fatal("the bookmark was lost in the hand-over")
	}
}

func filepathJoin(a, b string) string { return filepath.Join(a, b) }

func openStore(path string) (*store.Store, error) { return store.Open(path, store.Options{}) }

func TestReadOnlyBesideANonServingHolder(t *testing.T) {
	path := storePath(t)
	lib := openLib(t, path)
	if _, err := lib.Put([]model.Article{article(1)}); err != nil {
		t.Fatal(err)
	}
	lib.Close()
	held, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	ro, err := Open(path, Options{ReadOnly: true, Wait: 200 * time.Millisecond})
	if err != nil {
		t.Fatalf("a reading Open beside a read-only holder: %v", err)
	}
	defer ro.Close()
	if n, err := ro.Count(model.Filter{}); err != nil || n != 1 {
		t.Fatalf("Count: %d, %v", n, err)
	}
	if _, err := Open(path, Options{Wait: 200 * time.Millisecond}); !errors.Is(err, store.ErrLocked) {
		t.Fatalf("a writing Open beside a read-only holder: %v, want store.ErrLocked", err)
	}
}
