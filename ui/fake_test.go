package ui

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"
	"time"

	"soundbite/model"
	"soundbite/search"
)

// fakeStore is an in-memory Store over a slice of articles, newest first.
// It indexes speakers so that filtering a large store stays cheap enough
// for the benchmarks to measure the reader rather than the fake.
type fakeStore struct {
	mu        sync.Mutex
	articles  []model.Article // newest first
	byID      map[model.ID]int
	keys      [][]string       // speaker keys per article, folded once
	bySpeaker map[string][]int // speaker key -> indexes, newest first
	session   model.Session
	failWrite error // returned by SetRead and SetBookmarked when set
	counts    model.Counts
	allSpeak  []model.SpeakerCount // Speakers of the zero filter, which states do not change
	saved     []string             // saved searches, newest first
}

func newFakeStore(articles []model.Article) *fakeStore {
	s := &fakeStore{byID: make(map[model.ID]int), bySpeaker: make(map[string][]int)}
	s.articles = slices.Clone(articles)
	slices.SortStableFunc(s.articles, func(a, b model.Article) int { return b.Date().Compare(a.Date()) })
	s.counts.Articles = len(s.articles)
	s.keys = make([][]string, len(s.articles))
	for i, a := range s.articles {
		s.byID[a.ID] = i
		for _, sp := range a.Speakers {
			s.keys[i] = append(s.keys[i], sp.Key())
		}
		if !a.State.Read {
			s.counts.Unread++
		}
		if a.State.Bookmarked {
			s.counts.Bookmarked++
		}
		for _, sp := range a.Speakers {
			s.bySpeaker[sp.Key()] = append(s.bySpeaker[sp.Key()], i)
		}
	}
	return s
}

func (s *fakeStore) match(i int, f model.Filter) bool {
	a := &s.articles[i]
	switch {
	case f.Unread && a.State.Read, f.Bookmarked && !a.State.Bookmarked, f.Feed != "" && a.Feed != f.Feed:
		return false
	case f.Title != "" && !strings.Contains(strings.ToLower(a.Title), strings.ToLower(f.Title)):
		return false
	}
	for _, k := range f.Speakers {
		if !slices.Contains(s.keys[i], k) {
			return false
		}
	}
	return true
}

// candidates are the indexes a filter can match: a speaker's articles when
// it names one, else all.
func (s *fakeStore) candidates(f model.Filter) iter.Seq[int] {
	return func(yield func(int) bool) {
		if len(f.Speakers) > 0 {
			for _, i := range s.bySpeaker[f.Speakers[0]] {
				if !yield(i) {
					return
				}
			}
			return
		}
		for i := range s.articles {
			if !yield(i) {
				return
			}
		}
	}
}

func (s *fakeStore) List(f model.Filter, offset, limit int) ([]model.Summary, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []model.Summary
	n := 0
	for i := range s.candidates(f) {
		a := &s.articles[i]
		if !s.match(i, f) {
			continue
		}
		if n >= offset {
			out = append(out, a.Summary())
			if len(out) == limit {
				break
			}
		}
		n++
	}
	return out, nil
}

func (s *fakeStore) Count(f model.Filter) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f.IsZero() {
		return len(s.articles), nil
	}
	n := 0
	for i := range s.candidates(f) {
		if s.match(i, f) {
			n++
		}
	}
	return n, nil
}

func (s *fakeStore) Counts() (model.Counts, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counts, nil
}

func (s *fakeStore) Get(id model.ID) (model.Article, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i, ok := s.byID[id]
	if !ok {
		return model.Article{}, fmt.Errorf("article %s: %w", id, errNotFound)
	}
	return s.articles[i], nil
}

var errNotFound = errors.New("not found")

func (s *fakeStore) setState(id model.ID, set func(*model.State)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failWrite != nil {
		return s.failWrite
	}
	i, ok := s.byID[id]
	if !ok {
		return fmt.Errorf("article %s: %w", id, errNotFound)
	}
	st := &s.articles[i].State
	s.counts.Unread -= b2i(!st.Read)
	s.counts.Bookmarked -= b2i(st.Bookmarked)
	set(st)
	s.counts.Unread += b2i(!st.Read)
	s.counts.Bookmarked += b2i(st.Bookmarked)
	return nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (s *fakeStore) SetRead(id model.ID, read bool) error {
	return s.setState(id, func(st *model.State) { st.Read = read })
}

// MarkView marks what List or SearchList give for the view, as the
// library does.
func (s *fakeStore) MarkView(f model.Filter, q search.Query, read bool) (model.Marked, error) {
	var rows []model.Summary
	var err error
	if q.IsZero() {
		rows, err = s.List(f, 0, 1<<30)
	} else {
		rows, _, err = s.SearchList(q.Filtered(f), 0, 1<<30)
	}
	done := model.Marked{Matched: len(rows)}
	if err != nil {
		return done, err
	}
	for _, r := range rows {
		if r.State.Read != read {
			if err := s.SetRead(r.ID, read); err != nil {
				return done, err
			}
			done.Changed++
		}
	}
	return done, nil
}

// Feeds: the fake has no subscriptions.
func (s *fakeStore) Feeds() ([]model.Feed, error) { return nil, nil }

// DeleteMany is not faked: the delete tests run on a real store.
func (s *fakeStore) DeleteMany([]model.ID, bool) (int, error) {
	return 0, errors.New("the fake store does not delete")
}

func (s *fakeStore) SetBookmarked(id model.ID, on bool) error {
	return s.setState(id, func(st *model.State) { st.Bookmarked = on })
}

func (s *fakeStore) Speakers(f model.Filter, limit int) ([]model.SpeakerCount, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f.IsZero() && s.allSpeak != nil {
		return s.allSpeak[:min(limit, len(s.allSpeak))], nil
	}
	agg := make(map[string]*model.SpeakerCount)
	for i := range s.candidates(f) {
		a := &s.articles[i]
		if !s.match(i, f) {
			continue
		}
		for j, sp := range a.Speakers {
			c, ok := agg[s.keys[i][j]]
			if !ok {
				c = &model.SpeakerCount{Speaker: model.Speaker{Name: sp.Name, Kind: sp.Kind}}
				agg[s.keys[i][j]] = c
			}
			c.Quotes += sp.Quotes
			c.Articles++
		}
	}
	out := make([]model.SpeakerCount, 0, len(agg))
	for _, c := range agg {
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b model.SpeakerCount) int {
		if a.Quotes != b.Quotes {
			return b.Quotes - a.Quotes
		}
		return strings.Compare(a.Name, b.Name)
	})
	if f.IsZero() {
		s.allSpeak = out
	}
	return out[:min(limit, len(out))], nil
}

func (s *fakeStore) SpeakerQuotes(key string, limit int) ([]model.QuoteRef, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []model.QuoteRef
	for _, i := range s.bySpeaker[key] {
		a := s.articles[i]
		for _, q := range a.Quotes {
			if model.SpeakerKey(q.Speaker) == key && len(out) < limit {
				out = append(out, model.QuoteRef{Quote: q, Article: a.ID, Title: a.Title, Date: a.Date()})
			}
		}
	}
	return out, nil
}

func (s *fakeStore) Session() (model.Session, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.session, nil
}

func (s *fakeStore) SaveSession(sess model.Session) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.session = sess
	return nil
}

// Fictional people and organisations for generated articles.
var (
	testPeople = []string{"Mara Olenko", "Tomas Reyvik", "Ilse Brandvold", "Aksel Moran", "Petra Lindqvist",
		"Jonah Ferreday", "Sefa Amari", "Lucan Drescher", "Odile Marchetti", "Rune Halvorsen"}
	testOrgs   = []string{"Eastmere Harbour Authority", "Northwind Transit Union", "Valdren Water Board"}
	testTopics = []string{"harbour", "tram line", "reservoir", "library", "ferry", "bridge", "market", "school"}
	testVerbs  = []string{"reopens", "delays", "expands", "closes", "rebuilds", "reviews"}
	testTowns  = []string{"Eastmere", "Valdren", "Kessock Bay", "Ormsby", "Tallow Cross"}
	testCats   = []string{"Local", "Transport", "Environment", "Politics", "Culture"}
)

// testArticle builds article i of a deterministic fictional corpus: a
// title, a caption, paragraphs, and two or three speakers with quotes at
// their true offsets.
func testArticle(i int) model.Article {
	town := testTowns[i%len(testTowns)]
	topic := testTopics[(i/3)%len(testTopics)]
	a := model.Article{
		Title:     fmt.Sprintf("%s %s %s after council vote", town, topic, testVerbs[i%len(testVerbs)]),
		Category:  testCats[i%len(testCats)],
		Caption:   fmt.Sprintf("The %s at %s, seen from the old quay", topic, town),
		Published: time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC).Add(-time.Duration(i) * 7 * time.Hour),
	}
	p1 := testPeople[i%len(testPeople)]
	p2 := testPeople[(i*7+3)%len(testPeople)]
	org := testOrgs[i%len(testOrgs)]
	if p2 == p1 {
		p2 = testPeople[(i+1)%len(testPeople)]
	}
	var body []string
	var quotes []model.Quote
	off := 0
	add := func(para string, quoted, speaker string) {
		if quoted != "" {
			j := strings.Index(para, quoted)
			quotes = append(quotes, model.Quote{Speaker: speaker, Kind: model.Direct, Text: quoted, Cue: "said",
				Start: off + j, End: off + j + len(quoted)})
		}
		body = append(body, para)
		off += len(para) + len(model.ParagraphSep)
	}
	add(fmt.Sprintf("The council of %s voted on Tuesday to settle the future of the %s, ending a debate that has run since spring.", town, topic), "", "")
	q1 := fmt.Sprintf("We owe the people of %s a %s that works", town, topic)
	add(fmt.Sprintf("“%s,” said %s, who chairs the committee.", q1, p1), q1, p1)
	add("Residents packed the hall for the vote, and several spoke before it. The meeting ran past midnight as members went through the budget line by line.", "", "")
	q2 := "The figures do not add up, and nobody has shown us otherwise"
	add(fmt.Sprintf("%s disagreed. “%s,” %s said.", p2, q2, p2), q2, p2)
	q3 := "Work can begin within the month"
	add(fmt.Sprintf("A spokesperson for the %s said: “%s.”", org, q3), q3, org)
	a.Body = body
	a.Quotes = quotes
	a.Speakers = []model.Speaker{
		{Name: p1, Kind: model.Person, Quotes: 1},
		{Name: p2, Kind: model.Person, Quotes: 1},
		{Name: org, Kind: model.Organization, Quotes: 1},
	}
	a.ID = model.NewID(model.ContentIdentity(a) + fmt.Sprint(i))
	return a
}

func testArticles(n int) []model.Article {
	out := make([]model.Article, n)
	for i := range out {
		out[i] = testArticle(i)
	}
	return out
}
