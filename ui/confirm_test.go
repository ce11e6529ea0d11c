package ui

import (
	"fmt"
	"strings"
	"testing"
)

// A marks every article of the view read after a y, on a real store:
// here a search narrowed to one feed, so articles outside it stay unread
// and the status bar's counts follow.
func TestMarkAllReadSearchInFeed(t *testing.T) {
	arts := testArticles(40)
	for i := range arts {
		arts[i].Feed = "https://wire.example/feed"
		if i%2 == 1 {
			arts[i].Feed = "https://post.example/feed"
		}
	}
	st := openStore(t, arts)
	defer st.Close()
	d := newDriver(t, st, 120, 40)
	d.m.filter.Feed = "https://wire.example/feed"
	d.run(d.m.reload("", 0))
	d.keys("/", "O", "r", "m", "s", "b", "y", "enter")
	want := 0
	for _, a := range arts {
		if a.Feed == d.m.filter.Feed && strings.Contains(a.Title+a.Text(), "Ormsby") {
			want++
		}
	}
	if want == 0 || d.m.list.Total() != want {
		t.Fatalf("the view holds %d articles, want %d (not 0)", d.m.list.Total(), want)
	}

	d.keys("A")
	ask := fmt.Sprintf("Mark %d articles read? y/n", want)
	if !strings.Contains(d.frame(), ask) {
		t.Fatalf("no question %q in the status bar:\n%s", ask, d.frame())
	}
	d.keys("n")
	if c, _ := st.Counts(); c.Unread != len(arts) {
		t.Fatalf("after n: %d unread, want all %d", c.Unread, len(arts))
	}
	if !strings.Contains(d.frame(), "Changed nothing.") {
		t.Errorf("after n the status bar does not say nothing was marked:\n%s", d.frame())
	}

	d.keys("A", "y")
	c, err := st.Counts()
	if err != nil {
		t.Fatal(err)
	}
	if c.Unread != len(arts)-want {
		t.Fatalf("after y: %d unread, want %d", c.Unread, len(arts)-want)
	}
	if d.m.counts.Unread != c.Unread {
		t.Errorf("the reader counts %d unread, the store %d", d.m.counts.Unread, c.Unread)
	}
	if !strings.Contains(d.frame(), fmt.Sprintf("Marked %d articles read.", want)) {
		t.Errorf("the status bar does not say what was marked:\n%s", d.frame())
	}
	for _, a := range arts {
		got, err := st.Get(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		inView := a.Feed == d.m.filter.Feed && strings.Contains(a.Title+a.Text(), "Ormsby")
		if got.State.Read != inView {
			t.Errorf("%q in the view %v, read %v", a.Title, inView, got.State.Read)
		}
	}
}

// The action is rebindable by name, and an empty view asks nothing.
func TestMarkAllReadRebindAndEmpty(t *testing.T) {
	d := newDriver(t, newFakeStore(testArticles(5)), 80, 24)
	if err := d.m.keys.Rebind(map[string][]string{"mark_all_read": {"M"}}); err != nil {
		t.Fatal(err)
	}
	d.keys("M")
	if !strings.Contains(d.frame(), "Mark 5 articles read? y/n") {
		t.Fatalf("M does not ask:\n%s", d.frame())
	}
	d.keys("y")
	if d.m.counts.Unread != 0 {
		t.Fatalf("%d unread after marking all", d.m.counts.Unread)
	}
	d.keys("u") // unread only: now empty
	d.keys("M")
	if !strings.Contains(d.frame(), "Nothing here to mark read.") || d.m.asking != nil {
		t.Fatalf("an empty view asks:\n%s", d.frame())
	}
}

// D deletes the article shown after a y, on a real store; n keeps it.
func TestDeleteArticleAsks(t *testing.T) {
	arts := testArticles(6)
	st := openStore(t, arts)
	defer st.Close()
	d := newDriver(t, st, 120, 40)
	first := d.m.selected
	d.keys("D")
	if !strings.Contains(d.frame(), "from the store? y/n") {
		t.Fatalf("D does not ask:\n%s", d.frame())
	}
	d.keys("n")
	if ok, _ := st.Has(first); !ok {
		t.Fatal("n deleted the article")
	}
	d.keys("D", "y")
	if ok, _ := st.Has(first); ok {
		t.Fatal("y did not delete the article")
	}
	if d.m.counts.Articles != 5 || d.m.list.Total() != 5 || d.m.selected == first {
		t.Errorf("after the delete: %d counted, %d listed, selection %s (deleted %s)",
			d.m.counts.Articles, d.m.list.Total(), d.m.selected, first)
	}
	if !strings.Contains(d.frame(), "Deleted the article.") {
		t.Errorf("the status bar does not say so:\n%s", d.frame())
	}
}

// The paged help lists the new actions, as bound.
func TestHelpListsMarkDeleteFeeds(t *testing.T) {
	d := newDriver(t, newFakeStore(testArticles(3)), 80, 24)
	seen := ""
	for range 3 {
		d.keys("?")
		seen += d.frame()
	}
	for _, want := range []string{"mark all read", "delete article", "feeds"} {
		if !strings.Contains(seen, want) {
			t.Errorf("help never shows %q", want)
		}
	}
}
