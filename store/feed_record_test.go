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
