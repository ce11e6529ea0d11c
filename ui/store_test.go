package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"soundbite/library"
	"soundbite/model"
	"soundbite/search"
	"soundbite/store"
)

// The library is what main hands the reader.
var _ Store = (*library.Library)(nil)

// realStore is a bbolt store with the library's use cases the reader
// needs beside the store's own calls.
type realStore struct{ *store.Store }

func (r realStore) MarkView(f model.Filter, q search.Query, read bool) (model.Marked, error) {
	return library.MarkView(library.NewLocal(r.Store), f, q, read)
}

// openStore opens a bbolt store in a temporary directory holding arts.
func openStore(tb testing.TB, arts []model.Article) realStore {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "soundbite.db")
	st, err := store.Open(path, store.Options{})
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	if len(arts) > 0 {
		if _, err := st.Put(arts); err != nil {
			tb.Fatalf("put articles: %v", err)
		}
	}
	return realStore{st}
}

func TestRealStoreStartOpenAndBookmarkRestart(t *testing.T) {
	arts := testArticles(10)
	st := openStore(t, arts)
	defer st.Close()

	d := newDriver(t, st, 120, 40)
	if d.m.reader.Title() != arts[0].Title {
		t.Fatalf("reader shows %q at start, want %q", d.m.reader.Title(), arts[0].Title)
	}
	d.keys("j", "j", "enter")
	if d.m.reader.Title() != arts[2].Title {
		t.Fatalf("j j enter shows %q, want %q", d.m.reader.Title(), arts[2].Title)
	}
	d.keys("b", "q", "q") // back to the list, then quit

	d = newDriver(t, st, 120, 40)
	sel, _ := d.m.list.Selected()
	if sel.ID != arts[2].ID || !sel.State.Bookmarked || !sel.State.Read {
		t.Errorf("after restart selected %q with state %+v, want %q read and bookmarked", sel.Title, sel.State, arts[2].Title)
	}
	if !strings.Contains(d.frame(), "★") {
		t.Errorf("no bookmark mark on screen after restart:\n%s", d.frame())
	}
}

func TestRealStoreSpeakerFilter(t *testing.T) {
	arts := testArticles(25)
	st := openStore(t, arts)
	defer st.Close()
	d := newDriver(t, st, 120, 40)
	selectSpeaker(t, d, "Sefa Amari")
	d.keys("enter")
	n := 0
	for _, a := range arts {
		for _, s := range a.Speakers {
			if s.Name == "Sefa Amari" {
				n++
			}
		}
	}
	if got := d.m.list.Total(); got != n {
		t.Errorf("speaker filter on the real store: %d articles, want %d", got, n)
	}
	d.keys("esc")
	if got := d.m.list.Total(); got != len(arts) {
		t.Errorf("esc: %d articles, want %d", got, len(arts))
	}
}
