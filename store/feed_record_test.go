package store

import (
	"testing"

	"soundbite/model"
)

// TestFeedRecordVersions: a version 2 feed record keeps the folder and the
// sync server, and a version 1 record, as older soundbites wrote it,
// still decodes, with neither.
func TestFeedRecordVersions(t *testing.T) {
	f := model.Feed{URL: feedHarbour, Name: "n", Title: "t", Added: day(1), Folder: "Coast", Remote: "https://reader.example"}
	got, err := decodeFeed(encodeFeed(&f))
	if err != nil || got.Folder != "Coast" || got.Remote != f.Remote || got.Name != "n" {
		t.Fatalf("v2 round trip = %+v, %v", got, err)
	}
	e := encoder{}
	e.byte(feedV1)
	for _, s := range []string{f.URL, f.Name, f.Title} {
		e.str(s)
	}
	e.boolean(false)
	e.time(f.Added)
	e.str("")
	e.str("")
	e.time(f.LastFetch)
	e.time(f.LastSuccess)
	e.str("")
	got, err = decodeFeed(e.b)
	if err != nil || got.URL != f.URL || got.Title != "t" || got.Folder != "" || got.Remote != "" {
		t.Fatalf("v1 record = %+v, %v", got, err)
	}
	if _, err := decodeFeed(append([]byte{9}, e.b[1:]...)); err == nil {
		t.Fatal("a feed record of an unknown version decoded")
	}
}

// Get names the article's feed while it is subscribed: its own name,
// else its title; nothing once unsubscribed.
func TestGetNamesTheFeed(t *testing.T) {
	s := openTemp(t)
	a := corpus()[0] // harbour feed
	mustPut(t, s, a)
	name := func() string {
		t.Helper()
		got, err := s.Get(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		return got.FeedName
	}
	if n := name(); n != "" {
		t.Errorf("unsubscribed: feed name %q", n)
	}
	if err := s.AddFeed(model.Feed{URL: feedHarbour, Title: "Harbour Gazette"}); err != nil {
		t.Fatal(err)
	}
	if n := name(); n != "Harbour Gazette" {
		t.Errorf("feed name %q, want its title", n)
	}
	if err := s.UpdateFeed(model.Feed{URL: feedHarbour, Name: "Quay", Title: "Harbour Gazette"}); err != nil {
		t.Fatal(err)
	}
	if n := name(); n != "Quay" {
		t.Errorf("feed name %q, want the name given", n)
	}
}
