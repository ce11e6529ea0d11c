package store

import (
	"slices"
	"testing"
	"time"

	"soundbite/model"
)

// SetReadMany changes many articles in one transaction, keeps the indexes
// and counters as one-by-one changes would, skips articles it does not
// hold and says how many changed.
func TestSetReadMany(t *testing.T) {
	s := openTemp(t)
	arts := corpus()
	mustPut(t, s, arts...)
	if err := s.SetRead(arts[0].ID, true); err != nil {
		t.Fatal(err)
	}
	first, err := s.Get(arts[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	batch := []model.ID{arts[0].ID, arts[1].ID, arts[2].ID, model.NewID("never stored"), "not an id"}
	n, err := s.SetReadMany(batch, true)
	if err != nil || n != 2 {
		t.Fatalf("SetReadMany = %d, %v; want 2 changed", n, err)
	}
	c, _ := s.Counts()
	if c.Unread != 1 {
		t.Errorf("%d unread, want 1", c.Unread)
	}
	again, _ := s.Get(arts[0].ID)
	if !again.State.ReadAt.Equal(first.State.ReadAt) {
		t.Errorf("an article already read got a new ReadAt")
	}
	unread, err := s.List(model.Filter{Unread: true}, 0, 0)
	if err != nil || len(unread) != 1 || unread[0].ID != arts[3].ID {
		t.Errorf("unread list = %v, %v; want only %s", ids(unread), err, arts[3].ID)
	}
	verify(t, s)

	n, err = s.SetReadMany([]model.ID{arts[1].ID, arts[3].ID}, false)
	if err != nil || n != 1 {
		t.Fatalf("SetReadMany unread = %d, %v; want 1 changed", n, err)
	}
	verify(t, s)

	if _, err := s.SetReadMany(make([]model.ID, maxStateBatch+1), true); err == nil {
		t.Error("a batch over the bound was taken")
	}
}

// A feed keeps its folder; a record written before folders existed
// (version 1) still reads, with none.
func TestFeedFolder(t *testing.T) {
	s := openTemp(t)
	f := model.Feed{URL: "https://wire.example/feed", Name: "Wire", Folder: "News/World"}
	if err := s.AddFeed(f); err != nil {
		t.Fatal(err)
	}
	got, err := s.Feed(f.URL)
	if err != nil || got.Folder != f.Folder {
		t.Fatalf("Feed = %+v, %v; want folder %q", got, err, f.Folder)
	}
	e := encoder{}
	e.byte(feedV1)
	for _, v := range []string{f.URL, f.Name, ""} {
		e.str(v)
	}
	e.boolean(false)
	e.time(time.Time{})
	e.str("")
	e.str("")
	e.time(time.Time{})
	e.time(time.Time{})
	e.str("")
	old, err := decodeFeed(e.b)
	if err != nil || old.URL != f.URL || old.Name != f.Name || old.Folder != "" {
		t.Fatalf("version 1 record = %+v, %v", old, err)
	}
}

// A folder filter lists the articles of every feed in the folder or one
// inside it; a feed counts its unread articles.
func TestFolderFilterAndUnreadPerFeed(t *testing.T) {
	s := openTemp(t)
	arts := corpus()
	mustPut(t, s, arts...)
	for _, f := range []model.Feed{
		{URL: feedHarbour, Folder: "Coast"},
		{URL: feedTransit, Folder: "Coast/Trams"},
	} {
		if err := s.AddFeed(f); err != nil {
			t.Fatal(err)
		}
	}
	for folder, want := range map[string][]model.ID{
		"coast":       {arts[1].ID, arts[0].ID},
		"Coast/Trams": {arts[1].ID},
		"Coa":         nil,
		"Inland":      nil,
	} {
		got, err := s.List(model.Filter{Folder: folder}, 0, 0)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(ids(got), want) {
			t.Errorf("folder %q lists %v, want %v", folder, ids(got), want)
		}
		if n, _ := s.Count(model.Filter{Folder: folder}); n != len(want) {
			t.Errorf("folder %q counts %d, want %d", folder, n, len(want))
		}
	}
	if err := s.SetRead(arts[0].ID, true); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.List(model.Filter{Folder: "Coast", Unread: true}, 0, 0); !slices.Equal(ids(got), []model.ID{arts[1].ID}) {
		t.Errorf("unread in Coast: %v", ids(got))
	}
	feeds, err := s.Feeds()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range feeds {
		if want := map[string]int{feedHarbour: 0, feedTransit: 1}[f.URL]; f.Unread != want || f.Articles != 1 {
			t.Errorf("%s: %d unread of %d, want %d of 1", f.URL, f.Unread, f.Articles, want)
		}
	}
}
