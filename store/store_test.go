package store

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"soundbite/model"
)

func TestPutGetList(t *testing.T) {
	s := openTemp(t)
	arts := corpus()
	res := mustPut(t, s, arts...)
	if res.New != len(arts) || res.Updated != 0 || res.Unchanged != 0 {
		t.Errorf("Put = %+v, want %d new", res, len(arts))
	}
	if want := []model.ID{arts[0].ID, arts[1].ID, arts[2].ID, arts[3].ID}; !slices.Equal(res.IDs, want) {
		t.Errorf("Put IDs = %v, want %v", res.IDs, want)
	}
	for _, a := range arts {
		got, err := s.Get(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		sameArticle(t, got, a)
		if ok, err := s.Has(a.ID); err != nil || !ok {
			t.Errorf("Has(%s) = %v, %v", a.ID, ok, err)
		}
	}

	sums, err := s.List(model.Filter{}, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Newest first by Date: a4 has no publication date and sorts by its
	// import on day 20.
	wantOrder := []int{3, 2, 1, 0}
	if len(sums) != len(wantOrder) {
		t.Fatalf("List returned %d summaries, want %d", len(sums), len(wantOrder))
	}
	for i, ai := range wantOrder {
		want := arts[ai].Summary()
		got := sums[i]
		if !got.Date.Equal(want.Date) {
			t.Errorf("summary %d date %v, want %v", i, got.Date, want.Date)
		}
		got.Date, want.Date = time.Time{}, time.Time{}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("summary %d:\n got %+v\nwant %+v", i, got, want)
		}
	}
	verify(t, s)
}

func TestBodiesOfEverySize(t *testing.T) {
	s := openTemp(t)
	rnd := newGen(5).r
	var arts []model.Article
	for _, size := range []int{0, 1, 100, 2000, 2100, 10_000, 100_000} {
		a := art(fmt.Sprintf("Body of %d bytes", size), "", day(2))
		// Random letters barely compress, so the record grows with size.
		b := make([]byte, size)
		for i := range b {
			b[i] = byte('a' + rnd.Intn(26))
		}
		a.Body = append(a.Body, string(b))
		// A quote whose text is not at its offsets, and one whose offsets
		// are out of range, keep their own text.
		a.Quotes = append(a.Quotes,
			model.Quote{Speaker: "Ilse Draycott", Kind: model.Indirect, Text: "that the tide was late", Start: 0, End: 5},
			model.Quote{Speaker: "Ilse Draycott", Kind: model.Mixed, Text: "late", Start: -3, End: 1 << 30},
		)
		arts = append(arts, a)
	}
	mustPut(t, s, arts...)
	for _, a := range arts {
		got, err := s.Get(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		sameArticle(t, got, a)
	}
	verify(t, s)
	// Replacing and deleting free every chunk.
	big := arts[len(arts)-1]
	big.Body = big.Body[:1]
	mustPut(t, s, big)
	if err := s.Delete(arts[len(arts)-2].ID); err != nil {
		t.Fatal(err)
	}
	verify(t, s)
}

func TestGetMissing(t *testing.T) {
	s := openTemp(t)
	for _, id := range []model.ID{model.NewID("nothing"), "not-an-id", "ABCDEF0123456789"} {
		if _, err := s.Get(id); !errors.Is(err, ErrNotFound) {
			t.Errorf("Get(%q) error = %v, want ErrNotFound", id, err)
		}
		if ok, err := s.Has(id); ok || err != nil {
			t.Errorf("Has(%q) = %v, %v", id, ok, err)
		}
		if err := s.SetRead(id, true); !errors.Is(err, ErrNotFound) {
			t.Errorf("SetRead(%q) error = %v, want ErrNotFound", id, err)
		}
		if err := s.Delete(id); !errors.Is(err, ErrNotFound) {
			t.Errorf("Delete(%q) error = %v, want ErrNotFound", id, err)
		}
	}
}

func TestPutRejectsBadID(t *testing.T) {
	s := openTemp(t)
	a := corpus()[0]
	for _, id := range []model.ID{"", "xyz", "ABCDEF0123456789", a.ID + "0"} {
		a.ID = id
		if _, err := s.Put([]model.Article{corpus()[1], a}); err == nil {
			t.Errorf("Put with id %q succeeded", id)
		}
	}
	// The batch is one transaction: the good article went with the bad.
	if c, _ := s.Counts(); c.Articles != 0 {
		t.Errorf("after failed puts, %d articles stored", c.Articles)
	}
}

func TestStateSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts := corpus()
	mustPut(t, s, arts...)
	readAt := time.Date(2031, 4, 1, 8, 0, 0, 123, time.UTC)
	s.now = func() time.Time { return readAt }
	if err := s.SetRead(arts[0].ID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetBookmarked(arts[1].ID, true); err != nil {
		t.Fatal(err)
	}
	sess := model.Session{Selected: arts[1].ID, Filter: model.Filter{Speakers: []string{"ilse draycott"}, Unread: true, Title: "fares"}}
	if err := s.SaveSession(sess); err != nil {
		t.Fatal(err)
	}
	if err := s.SetExtractorVersion(7); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a0, err := s.Get(arts[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if !a0.State.Read || !a0.State.ReadAt.Equal(readAt) || a0.State.Bookmarked {
		t.Errorf("a0 state = %+v, want read at %v", a0.State, readAt)
	}
	a1, _ := s.Get(arts[1].ID)
	if a1.State.Read || !a1.State.Bookmarked || !a1.State.BookmarkedAt.Equal(readAt) {
		t.Errorf("a1 state = %+v, want bookmarked", a1.State)
	}
	if c, _ := s.Counts(); c != (model.Counts{Articles: 4, Unread: 3, Bookmarked: 1}) {
		t.Errorf("Counts = %+v", c)
	}
	if got, err := s.Session(); err != nil || !reflect.DeepEqual(got, sess) {
		t.Errorf("Session = %+v, %v; want %+v", got, err, sess)
	}
	if v, err := s.ExtractorVersion(); err != nil || v != 7 {
		t.Errorf("ExtractorVersion = %d, %v", v, err)
	}
	verify(t, s)
}

func TestSetReadTwiceKeepsFirstTime(t *testing.T) {
	s := openTemp(t)
	a := corpus()[0]
	mustPut(t, s, a)
	first := time.Date(2031, 4, 1, 0, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return first }
	for range 2 {
		if err := s.SetRead(a.ID, true); err != nil {
			t.Fatal(err)
		}
		s.now = func() time.Time { return first.Add(time.Hour) }
	}
	got, _ := s.Get(a.ID)
	if !got.State.ReadAt.Equal(first) {
		t.Errorf("ReadAt = %v, want %v", got.State.ReadAt, first)
	}
	if err := s.SetRead(a.ID, false); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRead(a.ID, false); err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Counts(); c.Unread != 1 {
		t.Errorf("Unread = %d after unmarking twice, want 1", c.Unread)
	}
	verify(t, s)
}

func TestPutUnchangedWritesNothing(t *testing.T) {
	s := openTemp(t)
	arts := corpus()
	mustPut(t, s, arts...)
	before := s.db.Stats().TxStats
	again := corpus()
	for i := range again {
		again[i].Imported = day(25) // a later import of the same content
	}
	res := mustPut(t, s, again...)
	if res.Unchanged != len(arts) || res.New != 0 || res.Updated != 0 {
		t.Errorf("second Put = %+v, want all unchanged", res)
	}
	after := s.db.Stats().TxStats
	if n := after.GetSpill() - before.GetSpill(); n != 0 {
		t.Errorf("unchanged Put spilled %d nodes, want none written", n)
	}
	got, _ := s.Get(arts[0].ID)
	if !got.Imported.Equal(arts[0].Imported) {
		t.Errorf("Imported = %v, want the first import's %v", got.Imported, arts[0].Imported)
	}
}

func TestPutSameArticleTwiceInOneBatch(t *testing.T) {
	s := openTemp(t)
	a := corpus()[0]
	res := mustPut(t, s, a, a)
	if res.New != 1 || res.Unchanged != 1 {
		t.Errorf("Put = %+v, want 1 new, 1 unchanged", res)
	}
	verify(t, s)
}

func TestReimportKeepsState(t *testing.T) {
	s := openTemp(t)
	arts := corpus()
	mustPut(t, s, arts...)
	if err := s.SetRead(arts[2].ID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetBookmarked(arts[2].ID, true); err != nil {
		t.Fatal(err)
	}
	want, _ := s.Get(arts[2].ID)

	// The same story, re-fetched with a corrected title, a new date and
	// its state lost on the way: Updated, with state and Imported kept.
	changed := arts[2]
	changed.Title = "Vellacourt answers her harbour critics"
	changed.Published = day(4)
	changed.Imported = day(28)
	changed.State = model.State{}
	res := mustPut(t, s, changed)
	if res.Updated != 1 {
		t.Fatalf("Put = %+v, want 1 updated", res)
	}
	got, err := s.Get(changed.ID)
	if err != nil {
		t.Fatal(err)
	}
	changed.State = want.State
	changed.Imported = want.Imported
	sameArticle(t, got, changed)

	bm, _ := s.List(model.Filter{Bookmarked: true}, 0, 0)
	if len(bm) != 1 || bm[0].Title != changed.Title || !bm[0].Date.Equal(day(4)) {
		t.Errorf("bookmarked list = %+v, want the updated article", bm)
	}
	verify(t, s)
}

func TestNewArticleTakesState(t *testing.T) {
	s := openTemp(t)
	a := corpus()[0]
	a.State = model.State{Read: true, Bookmarked: true, BookmarkedAt: day(9)}
	mustPut(t, s, a)
	got, _ := s.Get(a.ID)
	if !got.State.Read || got.State.ReadAt.IsZero() || !got.State.BookmarkedAt.Equal(day(9)) {
		t.Errorf("state = %+v", got.State)
	}
	verify(t, s)
}

func TestFilters(t *testing.T) {
	s := openTemp(t)
	arts := corpus()
	mustPut(t, s, arts...)
	if err := s.SetRead(arts[2].ID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRead(arts[3].ID, true); err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{0, 2} {
		if err := s.SetBookmarked(arts[i].ID, true); err != nil {
			t.Fatal(err)
		}
	}
	id := func(is ...int) []model.ID {
		out := []model.ID{}
		for _, i := range is {
			out = append(out, arts[i].ID)
		}
		return out
	}
	tests := []struct {
		name string
		f    model.Filter
		want []model.ID
	}{
		{"all", model.Filter{}, id(3, 2, 1, 0)},
		{"speaker", model.Filter{Speakers: []string{"marta vellacourt"}}, id(2, 0)},
		{"speaker by name", model.Filter{Speakers: []string{"  Marta   VELLACOURT "}}, id(2, 0)},
		{"speaker by alias", model.Filter{Speakers: []string{"mayor vellacourt"}}, id(2, 0)},
		{"two speakers", model.Filter{Speakers: []string{"vellacourt", "ilse draycott"}}, id(2)},
		{"speaker twice", model.Filter{Speakers: []string{"vellacourt", "marta vellacourt"}}, id(2, 0)},
		{"speakers never together", model.Filter{Speakers: []string{"port calder water board", "draycott"}}, id()},
		{"unknown speaker", model.Filter{Speakers: []string{"nobody at all"}}, id()},
		{"feed", model.Filter{Feed: feedHarbour}, id(0)},
		{"unknown feed", model.Filter{Feed: "https://elsewhere.example.org/"}, id()},
		{"unread", model.Filter{Unread: true}, id(1, 0)},
		{"bookmarked", model.Filter{Bookmarked: true}, id(2, 0)},
		{"unread and bookmarked", model.Filter{Unread: true, Bookmarked: true}, id(0)},
		{"title", model.Filter{Title: "HARBOUR"}, id(2, 0)},
		{"title no match", model.Filter{Title: "zeppelin"}, id()},
		{"title and speaker", model.Filter{Title: "harbour", Speakers: []string{"draycott"}}, id(2)},
		{"everything", model.Filter{Speakers: []string{"vellacourt"}, Feed: feedHarbour, Unread: true, Bookmarked: true, Title: "dredging"}, id(0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sums, err := s.List(tt.f, 0, 0)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(sums); !slices.Equal(got, tt.want) {
				t.Errorf("List = %v, want %v", got, tt.want)
			}
			n, err := s.Count(tt.f)
			if err != nil || n != len(tt.want) {
				t.Errorf("Count = %d, %v; want %d", n, err, len(tt.want))
			}
			// Every page boundary gives the same sequence.
			var paged []model.ID
			for off := 0; off < len(tt.want)+1; off++ {
				page, err := s.List(tt.f, off, 1)
				if err != nil {
					t.Fatal(err)
				}
				paged = append(paged, ids(page)...)
			}
			if !slices.Equal(paged, tt.want) {
				t.Errorf("one by one = %v, want %v", paged, tt.want)
			}
		})
	}

	sums, _ := s.List(model.Filter{Bookmarked: true}, 0, 0)
	if !sums[0].State.Read || !sums[0].State.Bookmarked || sums[1].State.Read {
		t.Errorf("List states = %+v, %+v", sums[0].State, sums[1].State)
	}
}

func TestSpeakerLookup(t *testing.T) {
	s := openTemp(t)
	mustPut(t, s, corpus()...)
	tests := []struct {
		key  string
		want string
	}{
		{"marta vellacourt", "Marta Vellacourt"},
		{"Marta Vellacourt", "Marta Vellacourt"},
		{"vellacourt", "Marta Vellacourt"},
		{"mayor vellacourt", "Marta Vellacourt"},
		{"draycott", "Ilse Draycott"},
		{"the guild", "Oslund Fisheries Guild"},
	}
	for _, tt := range tests {
		got, err := s.Speaker(tt.key)
		if err != nil || got.Name != tt.want {
			t.Errorf("Speaker(%q) = %q, %v; want %q", tt.key, got.Name, err, tt.want)
		}
	}
	got, _ := s.Speaker("vellacourt")
	want := model.SpeakerCount{
		Speaker:  model.Speaker{Name: "Marta Vellacourt", Kind: model.Person, Aliases: []string{"Mayor Vellacourt", "Vellacourt"}, Roles: []string{"mayor of Port Calder"}, Quotes: 4},
		Articles: 2,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Speaker(vellacourt) =\n %+v\nwant %+v", got, want)
	}
	if _, err := s.Speaker("nobody"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Speaker(nobody) error = %v, want ErrNotFound", err)
	}
}

func TestAmbiguousAliasPicksMostQuoted(t *testing.T) {
	s := openTemp(t)
	ana := spk{"Ana Ferrold", model.Person, []string{"Ferrold"}, nil, 1}
	bo := spk{"Bo Ferrold", model.Person, []string{"Ferrold"}, nil, 3}
	mustPut(t, s, art("Ferrold siblings disagree", "", day(5), ana, bo))
	if got, err := s.Speaker("ferrold"); err != nil || got.Name != "Bo Ferrold" {
		t.Errorf("Speaker(ferrold) = %q, %v; want Bo Ferrold", got.Name, err)
	}
}

func TestSpeakers(t *testing.T) {
	s := openTemp(t)
	mustPut(t, s, corpus()...)
	names := func(scs []model.SpeakerCount) []string {
		var out []string
		for _, sc := range scs {
			out = append(out, sc.Name)
		}
		return out
	}
	all, err := s.Speakers(model.Filter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Quotes: Draycott 4, Vellacourt 4, then three with 1, by name.
	want := []string{"Ilse Draycott", "Marta Vellacourt", "Oslund Fisheries Guild", "Port Calder Water Board", "Velmora Transit Authority"}
	if got := names(all); !slices.Equal(got, want) {
		t.Errorf("Speakers = %v, want %v", got, want)
	}
	if all[0].Quotes != 4 || all[0].Articles != 2 {
		t.Errorf("Draycott = %+v", all[0])
	}
	top, _ := s.Speakers(model.Filter{}, 2)
	if got := names(top); !slices.Equal(got, want[:2]) {
		t.Errorf("Speakers limit 2 = %v", got)
	}

	harbour, err := s.Speakers(model.Filter{Title: "harbour"}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := names(harbour), []string{"Marta Vellacourt", "Ilse Draycott", "Port Calder Water Board"}; !slices.Equal(got, want) {
		t.Errorf("Speakers(title harbour) = %v, want %v", got, want)
	}
	if harbour[1].Quotes != 2 || harbour[1].Articles != 1 || harbour[1].Roles[0] != "union steward" {
		t.Errorf("Draycott within harbour articles = %+v", harbour[1])
	}
}

func TestSpeakerQuotesOrder(t *testing.T) {
	s := openTemp(t)
	arts := corpus()
	mustPut(t, s, arts...)
	refs, err := s.SpeakerQuotes("vellacourt", 0) // an alias's key
	if err != nil {
		t.Fatal(err)
	}
	// Newest article first (a3 on day 3, then a1), text order within each.
	type ref struct {
		id   model.ID
		text string
	}
	want := []ref{
		{arts[2].ID, arts[2].Quotes[0].Text}, {arts[2].ID, arts[2].Quotes[1].Text},
		{arts[0].ID, arts[0].Quotes[0].Text}, {arts[0].ID, arts[0].Quotes[1].Text},
	}
	var got []ref
	for _, r := range refs {
		got = append(got, ref{r.Article, r.Text})
	}
	if !slices.Equal(got, want) {
		t.Fatalf("SpeakerQuotes =\n %v\nwant %v", got, want)
	}
	if r := refs[0]; r.Title != arts[2].Title || !r.Date.Equal(day(3)) || r.Speaker != "Marta Vellacourt" || r.Start != arts[2].Quotes[0].Start {
		t.Errorf("first ref = %+v", r)
	}
	if two, _ := s.SpeakerQuotes("marta vellacourt", 2); len(two) != 2 || two[1].Text != want[1].text {
		t.Errorf("limit 2 = %+v", two)
	}
	if none, err := s.SpeakerQuotes("nobody", 5); err != nil || len(none) != 0 {
		t.Errorf("unknown speaker = %v, %v", none, err)
	}
}

func TestDeleteKeepsAggregates(t *testing.T) {
	s := openTemp(t)
	arts := corpus()
	mustPut(t, s, arts...)
	if err := s.SetRead(arts[0].ID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetBookmarked(arts[0].ID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(arts[0].ID); err != nil {
		t.Fatal(err)
	}
	verify(t, s)

	// The same as a store that never had a1.
	ref := openTemp(t)
	mustPut(t, ref, arts[1:]...)
	got, _ := s.Speakers(model.Filter{}, 0)
	want, _ := ref.Speakers(model.Filter{}, 0)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after delete, Speakers =\n %+v\nwant %+v", got, want)
	}
	if _, err := s.Speaker("port calder water board"); !errors.Is(err, ErrNotFound) {
		t.Errorf("speaker only in the deleted article: err = %v", err)
	}
	if _, err := s.Get(arts[0].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get deleted = %v", err)
	}
	if q, _ := s.SpeakerQuotes("vellacourt", 0); len(q) != 2 {
		t.Errorf("Vellacourt has %d quotes after delete, want 2", len(q))
	}
	if c, _ := s.Counts(); c != (model.Counts{Articles: 3, Unread: 3}) {
		t.Errorf("Counts = %+v", c)
	}

	// Re-importing it starts with fresh state.
	mustPut(t, s, arts[0])
	if a, _ := s.Get(arts[0].ID); a.State.Read || a.State.Bookmarked {
		t.Errorf("re-imported deleted article has state %+v", a.State)
	}
	verify(t, s)
}

// TestReextraction stores an article again with a newer extractor's
// speakers and quotes, as reindex does.
func TestReextraction(t *testing.T) {
	s := openTemp(t)
	arts := corpus()
	mustPut(t, s, arts...)
	if err := s.SetRead(arts[0].ID, true); err != nil {
		t.Fatal(err)
	}
	// A better extractor finds only the water board in a1, now with an
	// alias, and gives Vellacourt's words to it.
	a := arts[0]
	board := model.Speaker{Name: "Port Calder Water Board", Kind: model.Organization, Aliases: []string{"the board"}, Quotes: 3}
	quotes := slices.Clone(a.Quotes)
	for i := range quotes {
		quotes[i].Speaker = board.Name
	}
	stored, err := s.Get(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	stored.Speakers, stored.Quotes, stored.ExtractorVersion = []model.Speaker{board}, quotes, 2
	if res := mustPut(t, s, stored); res.Updated != 1 {
		t.Errorf("re-extracted article: %+v, want updated", res)
	}
	got, _ := s.Get(a.ID)
	if got.ExtractorVersion != 2 || len(got.Speakers) != 1 || !got.State.Read {
		t.Errorf("after re-extraction: %+v", got)
	}
	if sc, err := s.Speaker("the board"); err != nil || sc.Quotes != 3 {
		t.Errorf("Speaker(the board) = %+v, %v", sc, err)
	}
	if sc, _ := s.Speaker("vellacourt"); sc.Quotes != 2 || sc.Articles != 1 {
		t.Errorf("Vellacourt = %+v, want 2 quotes in 1 article", sc)
	}
	if n, _ := s.Count(model.Filter{Speakers: []string{"vellacourt"}}); n != 1 {
		t.Errorf("Vellacourt articles = %d", n)
	}
	verify(t, s)
}

func TestResolve(t *testing.T) {
	s := openTemp(t)
	// Hand-made IDs sharing prefixes.
	mk := func(id string) model.Article {
		a := art("Story "+id, "", day(1))
		a.ID = model.ID(id)
		return a
	}
	mustPut(t, s, mk("abcd000000000001"), mk("abcd000000000002"), mk("abce000000000000"), mk("0123456789abcdef"))
	tests := []struct {
		in   string
		want model.ID
		err  error
	}{
		{"abce", "abce000000000000", nil},
		{"ABCE0", "abce000000000000", nil},
		{"0123456789abcdef", "0123456789abcdef", nil},
		{" 01234 ", "0123456789abcdef", nil},
		{"abcd", "", ErrAmbiguous},
		{"abcd00000000000", "", ErrAmbiguous},
		{"abcd000000000002", "abcd000000000002", nil},
		{"abc", "", ErrAmbiguous},
		{"abcf", "", ErrNotFound},
		{"ffff", "", ErrNotFound},
		{"zzzz", "", ErrNotFound},
		{"0123456789abcdef0", "", ErrNotFound},
	}
	for _, tt := range tests {
		got, err := s.Resolve(tt.in)
		if got != tt.want || !errors.Is(err, tt.err) {
			t.Errorf("Resolve(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestForEach(t *testing.T) {
	s := openTemp(t)
	g := newGen(3)
	var arts []model.Article
	for i := range 2*forEachChunk + 5 {
		arts = append(arts, g.article(i))
	}
	mustPut(t, s, arts...)
	seen := map[model.ID]bool{}
	// fn writes to the store: ForEach must not hold a transaction then.
	err := s.ForEach(func(a model.Article) error {
		if seen[a.ID] {
			t.Errorf("visited %s twice", a.ID)
		}
		seen[a.ID] = true
		a.Speakers, a.Quotes, a.ExtractorVersion = a.Speakers[:1], a.Quotes[:1], 2
		_, err := s.Put([]model.Article{a})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != len(arts) {
		t.Errorf("visited %d articles, want %d", len(seen), len(arts))
	}
	verify(t, s)

	stop := errors.New("stop")
	n := 0
	err = s.ForEach(func(model.Article) error {
		if n++; n == 3 {
			return stop
		}
		return nil
	})
	if err != stop || n != 3 {
		t.Errorf("ForEach stopped after %d with %v, want 3 with stop", n, err)
	}
}

func TestFeeds(t *testing.T) {
	s := openTemp(t)
	mustPut(t, s, corpus()...)
	harbour := model.Feed{URL: feedHarbour, Title: "Harbour News", FullText: true}
	transit := model.Feed{URL: feedTransit, Name: "buses and trams"}
	for _, f := range []model.Feed{harbour, transit} {
		if err := s.AddFeed(f); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.AddFeed(harbour); !errors.Is(err, ErrExists) {
		t.Errorf("AddFeed twice = %v, want ErrExists", err)
	}
	if err := s.AddFeed(model.Feed{}); err == nil {
		t.Error("AddFeed without URL succeeded")
	}
	got, err := s.Feed(feedHarbour)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Harbour News" || !got.FullText || got.Added.IsZero() || got.Articles != 1 {
		t.Errorf("Feed = %+v", got)
	}
	got.ETag, got.LastError, got.LastFetch = `"v2"`, "503 Service Unavailable", day(6)
	if err := s.UpdateFeed(got); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Feed(feedHarbour); again.ETag != `"v2"` || again.LastError == "" || !again.LastFetch.Equal(day(6)) {
		t.Errorf("after update: %+v", again)
	}
	if err := s.UpdateFeed(model.Feed{URL: "https://new.example.org/"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("UpdateFeed(missing) = %v", err)
	}
	feeds, _ := s.Feeds()
	if len(feeds) != 2 || feeds[0].URL != feedTransit || feeds[1].URL != feedHarbour {
		t.Errorf("Feeds order = %+v, want buses and trams before Harbour News", feeds)
	}
	if err := s.RemoveFeed(feedHarbour); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Feed(feedHarbour); !errors.Is(err, ErrNotFound) {
		t.Errorf("Feed after remove = %v", err)
	}
	if err := s.RemoveFeed(feedHarbour); !errors.Is(err, ErrNotFound) {
		t.Errorf("RemoveFeed twice = %v", err)
	}
	if n, _ := s.Count(model.Filter{Feed: feedHarbour}); n != 1 {
		t.Errorf("removed feed's articles: %d, want 1 kept", n)
	}
}

func TestSessionDefault(t *testing.T) {
	s := openTemp(t)
	if got, err := s.Session(); err != nil || !reflect.DeepEqual(got, model.Session{}) {
		t.Errorf("Session of a new store = %+v, %v", got, err)
	}
	if v, err := s.ExtractorVersion(); err != nil || v != 0 {
		t.Errorf("ExtractorVersion of a new store = %d, %v", v, err)
	}
}

// TestRandomOperations runs a random mix of every write and checks after
// each step that the incrementally kept indexes equal a rebuild.
func TestRandomOperations(t *testing.T) {
	steps := 400
	if testing.Short() {
		steps = 60
	}
	s := openTemp(t)
	g := newGen(11)
	var pool []model.Article
	for i := range 25 {
		pool = append(pool, g.article(i))
	}
	r := g.r
	for step := range steps {
		a := pool[r.Intn(len(pool))]
		var err error
		switch op := r.Intn(7); op {
		case 0, 1:
			batch := []model.Article{a, pool[r.Intn(len(pool))]}
			_, err = s.Put(batch)
		case 2: // a changed version of a
			b := g.article(r.Intn(len(pool)))
			b.ID = a.ID
			_, err = s.Put([]model.Article{b})
		case 3:
			err = s.Delete(a.ID)
		case 4:
			err = s.SetRead(a.ID, r.Intn(2) == 0)
		case 5:
			err = s.SetBookmarked(a.ID, r.Intn(2) == 0)
		case 6:
			// Re-extraction: the stored article with fewer speakers
			// and quotes.
			var b model.Article
			if b, err = s.Get(a.ID); err == nil {
				b.Speakers = b.Speakers[:r.Intn(len(b.Speakers)+1)]
				b.Quotes = b.Quotes[:r.Intn(len(b.Quotes)+1)]
				b.ExtractorVersion = 3
				_, err = s.Put([]model.Article{b})
			}
		}
		if err != nil && !errors.Is(err, ErrNotFound) {
			t.Fatalf("step %d: %v", step, err)
		}
		if step%10 == 0 || step == steps-1 {
			verify(t, s)
			if t.Failed() {
				t.Fatalf("indexes diverged at step %d", step)
			}
		}
	}
}

// TestConcurrentUse runs writers and readers at once, as the UI's commands
// do, and checks the store is consistent afterwards (run with -race).
func TestConcurrentUse(t *testing.T) {
	s := openTemp(t)
	g := newGen(21)
	var arts []model.Article
	for i := range 60 {
		arts = append(arts, g.article(i))
	}
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for w := range 3 {
		wg.Go(func() {
			for i := w; i < len(arts); i += 3 {
				if _, err := s.Put(arts[i : i+1]); err != nil {
					errs <- err
					return
				}
				if err := s.SetRead(arts[i].ID, i%2 == 0); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	for range 2 {
		wg.Go(func() {
			for range 30 {
				if _, err := s.List(model.Filter{Unread: true}, 0, 20); err != nil {
					errs <- err
					return
				}
				if _, err := s.Speakers(model.Filter{}, 10); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	verify(t, s)
	if c, _ := s.Counts(); c.Articles != len(arts) || c.Unread != len(arts)/2 {
		t.Errorf("Counts = %+v", c)
	}
}
