package search

import (
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"soundbite/model"
)

// memIndex is an Index in memory, built with the same Builder and Merge
// the store uses, so engine tests exercise the real encodings.
type memIndex struct {
	segs     []Segment
	postings map[uint64]map[string][]byte
	state    map[model.ID]model.State
	speakers map[string][]string // name key or alias key -> speaker keys
	feeds    map[string]string   // feed name -> URL
	nextSeg  uint64
}

func newMemIndex() *memIndex {
	return &memIndex{
		postings: map[uint64]map[string][]byte{},
		state:    map[model.ID]model.State{},
		speakers: map[string][]string{},
		feeds:    map[string]string{},
	}
}

// add indexes arts as one segment, numbering them from first.
func (m *memIndex) add(t testing.TB, first uint64, arts ...model.Article) {
	t.Helper()
	b := NewBuilder()
	a := NewAnalyzer()
	for i := range arts {
		doc := first + uint64(i)
		d := a.Document(&arts[i])
		d.Date = arts[i].Date()
		if err := b.Add(doc, arts[i].ID, &d); err != nil {
			t.Fatal(err)
		}
		m.state[arts[i].ID] = arts[i].State
		for _, sp := range arts[i].Speakers {
			for _, name := range append([]string{sp.Name}, sp.Aliases...) {
				k := model.SpeakerKey(name)
				if !slices.Contains(m.speakers[k], sp.Key()) {
					m.speakers[k] = append(m.speakers[k], sp.Key())
				}
			}
		}
	}
	m.nextSeg++
	id := m.nextSeg
	lists := map[string][]byte{}
	table, quotes, err := b.Finish(func(term string, list []byte) error {
		lists[term] = slices.Clone(list)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	m.postings[id] = lists
	m.segs = append(m.segs, Segment{ID: id, Docs: table, Quotes: quotes})
}

// delete tombstones doc.
func (m *memIndex) delete(doc uint64) {
	for i := range m.segs {
		if _, ok := m.segs[i].Docs.Find(doc, 0); ok {
			m.segs[i].Deleted = append(m.segs[i].Deleted, doc)
			slices.Sort(m.segs[i].Deleted)
		}
	}
}

// mergeAll merges every segment into one, dropping deleted documents.
func (m *memIndex) mergeAll(t testing.TB) {
	t.Helper()
	var srcs []MergeSource
	dead := map[uint64]bool{}
	for _, s := range m.segs {
		lists := m.postings[s.ID]
		terms := make([]string, 0, len(lists))
		for term := range lists {
			terms = append(terms, term)
		}
		slices.Sort(terms)
		srcs = append(srcs, MergeSource{Docs: s.Docs, Quotes: s.Quotes, Terms: func(yield func(string, []byte) bool) {
			for _, term := range terms {
				if !yield(term, lists[term]) {
					return
				}
			}
		}})
		for _, d := range s.Deleted {
			dead[d] = true
		}
	}
	merged := map[string][]byte{}
	table, quotes, err := Merge(srcs, func(doc uint64) bool { return dead[doc] }, func(term string, list []byte) error {
		merged[term] = slices.Clone(list)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	m.nextSeg++
	m.postings = map[uint64]map[string][]byte{m.nextSeg: merged}
	m.segs = []Segment{{ID: m.nextSeg, Docs: table, Quotes: quotes}}
}

func (m *memIndex) Segments() ([]Segment, error) { return m.segs, nil }
func (m *memIndex) Postings(seg uint64, term string) ([]byte, error) {
	return m.postings[seg][term], nil
}
func (m *memIndex) Read(key []byte) (bool, error) {
	return m.state[model.ID(hex.EncodeToString(key))].Read, nil
}
func (m *memIndex) Bookmarked(key []byte) (bool, error) {
	return m.state[model.ID(hex.EncodeToString(key))].Bookmarked, nil
}
func (m *memIndex) SpeakerKeys(name string) ([]string, error) {
	return m.speakers[model.SpeakerKey(name)], nil
}
func (m *memIndex) FeedURLs(v string) ([]string, error) {
	if u, ok := m.feeds[strings.ToLower(v)]; ok {
		return []string{u}, nil
	}
	if strings.Contains(v, "://") {
		return []string{v}, nil
	}
	return nil, nil
}

// article builds a fictional article; quotes are given as speaker and
// text, and placed where the text first occurs in the body.
func article(title, category, feed string, day int, speakers []model.Speaker, quotes [][2]string, body ...string) model.Article {
	a := model.Article{
		Title:     title,
		Category:  category,
		Feed:      feed,
		Body:      body,
		Published: time.Date(2031, 3, day, 9, 0, 0, 0, time.UTC),
		Speakers:  speakers,
	}
	a.ID = model.NewID(title)
	text := a.Text()
	for _, q := range quotes {
		i := strings.Index(text, q[1])
		if i < 0 {
			panic(fmt.Sprintf("quote %q not in %q", q[1], title))
		}
		a.Quotes = append(a.Quotes, model.Quote{Speaker: q[0], Kind: model.Direct, Text: q[1], Start: i, End: i + len(q[1])})
	}
	return a
}

var (
	kessel    = model.Speaker{Name: "Marta Kessel", Kind: model.Person, Aliases: []string{"Kessel", "Foreign Minister Marta Kessel"}}
	brannigan = model.Speaker{Name: "Ivo Brannigan", Kind: model.Person, Aliases: []string{"Brannigan"}}
	board     = model.Speaker{Name: "Port Calder Water Board", Kind: model.Organization}
)

const feedA = "https://harbour.example.org/feed.xml"

// corpus is the engine tests' articles: fictional places and people.
func corpus() []model.Article {
	return []model.Article{
		// doc 1
		article("Vellmark rejects harbour ceasefire", "Politics", feedA, 1,
			[]model.Speaker{kessel},
			[][2]string{{"Marta Kessel", "There will be no ceasefire until the harbour is open"}},
			`Foreign Minister Marta Kessel said: "There will be no ceasefire until the harbour is open."`,
			"The talks in Port Calder stalled on Tuesday."),
		// doc 2
		article("Talks resume in Port Calder", "Politics", "", 2,
			[]model.Speaker{kessel, brannigan},
			[][2]string{
				{"Ivo Brannigan", "We want a ceasefire by spring"},
				{"Marta Kessel", "The harbour stays closed"},
			},
			`Negotiator Ivo Brannigan said: "We want a ceasefire by spring."`,
			`Kessel answered: "The harbour stays closed."`),
		// doc 3
		article("Water board warns of drought", "Science", feedA, 3,
			[]model.Speaker{board},
			[][2]string{{"Port Calder Water Board", "Reservoirs are at their lowest in forty years"}},
			`The Port Calder Water Board said: "Reservoirs are at their lowest in forty years."`,
			"A ceasefire between the farmers and the board is not in sight."),
		// doc 4
		article("State of the union address praised", "Politics", "", 4, nil, nil,
			"The state of the union address was short.",
			"Critics called the union of the state a myth."),
		// doc 5
		article("Ferry timetable changes", "Transport", feedA, 5, nil, nil,
			"Ferries leave the harbour hourly.",
			"Ceasefire talks did not affect the timetable."),
	}
}

// corpusIndex indexes corpus as two segments, documents 1 to 5.
func corpusIndex(t testing.TB) *memIndex {
	m := newMemIndex()
	arts := corpus()
	arts[1].State = model.State{Read: true}
	arts[2].State = model.State{Bookmarked: true}
	m.add(t, 1, arts[:2]...)
	m.add(t, 3, arts[2:]...)
	m.feeds["harbour news"] = feedA
	return m
}
