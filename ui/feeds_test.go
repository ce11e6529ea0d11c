package ui

import (
	"fmt"
	"strings"
	"testing"

	"soundbite/model"
	"soundbite/ui/speakers"
)

// The feeds view on a real store: unread counts by feed and folder, a
// folder filter, then mark-all-read of one feed, every count following.
func TestFeedsViewFolderFilterAndMarkAll(t *testing.T) {
	arts := testArticles(30)
	urls := []string{"https://wire.example/feed", "https://post.example/feed", "https://ledger.example/feed"}
	for i := range arts {
		arts[i].Feed = urls[i%3]
	}
	st := openStore(t, arts)
	defer st.Close()
	for i, f := range []model.Feed{
		{URL: urls[0], Name: "Wire", Folder: "Coast"},
		{URL: urls[1], Name: "Post", Folder: "Coast"},
		{URL: urls[2], Name: "Ledger", Folder: "Inland", LastError: "HTTP 404"},
	} {
		if err := st.AddFeed(f); err != nil {
			t.Fatal(i, err)
		}
	}
	d := newDriver(t, st, 120, 40)
	d.keys("F")
	if !d.m.speakers.InFeeds() || d.m.focus != focusSpeakers {
		t.Fatalf("F does not open the feeds view")
	}
	frame := d.frame()
	for _, want := range []string{"Feeds", "All articles", "Coast", "Wire", "Inland", "Ledger"} {
		if !strings.Contains(frame, want) {
			t.Errorf("feeds view lacks %q:\n%s", want, frame)
		}
	}
	// Rows: All, Unread, Bookmarked, Coast, Post, Wire, Inland, Ledger.
	d.keys("j", "j", "j")
	if e, _ := d.m.speakers.SelectedEntry(); e.Kind != speakers.FolderEntry || e.Folder != "Coast" || e.Unread != 20 {
		t.Fatalf("fourth row = %+v, want the Coast folder with 20 unread", e)
	}
	d.keys("enter")
	if d.m.filter.Folder != "Coast" || d.m.list.Total() != 20 {
		t.Fatalf("folder filter: %+v, %d listed; want Coast, 20", d.m.filter, d.m.list.Total())
	}
	if !strings.Contains(d.frame(), "▸ Coast") {
		t.Errorf("no folder chip:\n%s", d.frame())
	}
	d.keys("j", "j", "enter") // Wire
	if d.m.filter.Feed != urls[0] || d.m.list.Total() != 10 {
		t.Fatalf("feed filter: %+v, %d listed", d.m.filter, d.m.list.Total())
	}
	d.keys("A", "y")
	if d.m.counts.Unread != 20 {
		t.Fatalf("%d unread after marking Wire, want 20", d.m.counts.Unread)
	}
	for _, e := range d.m.speakers.Entries() {
		want := map[string]int{"All articles": 20, "Unread": 20, "Coast": 10, "Wire": 0, "Post": 10, "Inland": 10, "Ledger": 10}[e.Label]
		if e.Label != "Bookmarked" && e.Unread != want {
			t.Errorf("%s shows %d unread, want %d", e.Label, e.Unread, want)
		}
	}
	d.keys("k", "k", "k", "k", "k") // Ledger's error shows under the header
	d.keys("G")
	if !strings.Contains(d.frame(), "! HTTP 404") {
		t.Errorf("the failing feed's error is not shown:\n%s", d.frame())
	}
	d.keys("esc")
	if d.m.speakers.InFeeds() || d.m.filter.Feed != urls[0] {
		t.Errorf("esc: feeds view open %v, filter %+v; want closed, the filter kept", d.m.speakers.InFeeds(), d.m.filter)
	}
}

// The sidebar pages through every speaker: as the cursor nears the end of
// those loaded it asks for more, until the store has no more.
func TestSidebarPagesThroughAllSpeakers(t *testing.T) {
	s := newFakeStore(testArticles(5))
	for i := range 450 {
		s.allSpeak = append(s.allSpeak, model.SpeakerCount{
			Speaker: model.Speaker{Name: fmt.Sprintf("Speaker %03d", i), Kind: model.Person, Quotes: 500 - i}, Articles: 1})
	}
	d := newDriver(t, s, 120, 40)
	if d.m.speakers.Len() != speakerLimit || !d.m.speakers.HasMore() {
		t.Fatalf("first page: %d speakers, more %v", d.m.speakers.Len(), d.m.speakers.HasMore())
	}
	d.keys("tab", "tab")
	if d.m.focus != focusSpeakers {
		t.Fatalf("focus %v, want the sidebar", d.m.focus)
	}
	if !strings.Contains(d.frame(), "200+") {
		t.Errorf("the header does not say more speakers wait:\n%s", d.frame())
	}
	for range 4 {
		d.keys("G")
	}
	if d.m.speakers.Len() != 450 || d.m.speakers.HasMore() {
		t.Fatalf("after paging: %d speakers, more %v; want all 450", d.m.speakers.Len(), d.m.speakers.HasMore())
	}
	if sel, _ := d.m.speakers.Selected(); sel.Name != "Speaker 449" && d.m.speakers.Len() == 450 {
		d.keys("G")
		if sel, _ = d.m.speakers.Selected(); sel.Name != "Speaker 449" {
			t.Errorf("G ends on %q, want the last speaker", sel.Name)
		}
	}
}

// A terminal closed on a folder of the feeds view, with a speaker filter,
// a search and the cursor on one article, reopens on all of them, from
// the store's own session record.
func TestFeedsViewReopens(t *testing.T) {
	arts := testArticles(30)
	urls := []string{"https://wire.example/feed", "https://post.example/feed", "https://ledger.example/feed"}
	for i := range arts {
		arts[i].Feed = urls[i%3]
	}
	st := openStore(t, arts)
	defer st.Close()
	for _, f := range []model.Feed{
		{URL: urls[0], Name: "Wire", Folder: "Coast"},
		{URL: urls[1], Name: "Post", Folder: "Coast"},
		{URL: urls[2], Name: "Ledger", Folder: "Inland"},
	} {
		if err := st.AddFeed(f); err != nil {
			t.Fatal(err)
		}
	}
	d := newDriver(t, st, 120, 40)
	selectSpeaker(t, d, "Tomas Reyvik")
	d.keys("enter")
	d.keys("F", "j", "j", "j", "enter") // Coast
	if d.m.filter.Folder != "Coast" || len(d.m.filter.Speakers) != 1 {
		t.Fatalf("filter %+v, want a speaker in the Coast folder", d.m.filter)
	}
	d.keys("tab", "j", "j")
	if d.m.focus != focusList {
		t.Fatalf("focus %v, want the list", d.m.focus)
	}
	sel, ok := d.m.list.Selected()
	if !ok || !d.m.speakers.InFeeds() {
		t.Fatalf("nothing selected (%v) or the feeds view closed (%v)", ok, d.m.speakers.InFeeds())
	}
	want := d.m.session()
	d.keys("Q")

	d = newDriver(t, st, 120, 40)
	got := d.m.session()
	if got.Filter.Folder != "Coast" || got.Selected != sel.ID || !got.Feeds || len(got.Filter.Speakers) != 1 {
		t.Fatalf("reopened on %+v, want %+v", got, want)
	}
	if e, ok := d.m.speakers.SelectedEntry(); !ok || e.Folder != "Coast" || e.Kind != speakers.FolderEntry {
		t.Errorf("the feeds view's cursor is on %+v, want the Coast folder", e)
	}
	if !strings.Contains(d.frame(), "▸ Coast") {
		t.Errorf("no folder chip after reopening:\n%s", d.frame())
	}
	if d.m.focus != focusList {
		t.Errorf("focus %v after reopening, want the list", d.m.focus)
	}
}
