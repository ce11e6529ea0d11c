package search

import (
	"slices"
	"testing"
	"time"

	"soundbite/model"
)

func docs(r Result) []uint64 {
	var out []uint64
	for _, h := range r.Hits {
		out = append(out, h.Doc)
	}
	return out
}

func run(t *testing.T, ix Index, query string, limit int) Result {
	t.Helper()
	q, err := ParseIn(query, time.UTC)
	if err != nil {
		t.Fatalf("parse %q: %v", query, err)
	}
	r, err := Search(ix, q, limit)
	if err != nil {
		t.Fatalf("search %q: %v", query, err)
	}
	return r
}

// TestSearchOperators runs each operator over the corpus. want is the
// documents in rank order when ranked is set, else in any order.
func TestSearchOperators(t *testing.T) {
	ix := corpusIndex(t)
	tests := []struct {
		query  string
		want   []uint64
		ranked bool
	}{
		{"ceasefire", []uint64{1, 2, 3, 5}, false},
		{"CEASEFIRES", []uint64{1, 2, 3, 5}, false}, // case and stemming
		{"harbour ceasefire", []uint64{1, 2, 5}, false},
		{"nowhere", nil, false},
		{"ceasefire nowhere", nil, false},
		// Phrases: order matters, stopwords keep their gaps.
		{`"state of the union"`, []uint64{4}, false},
		{`"union of the state"`, []uint64{4}, false},
		{`"state union"`, nil, false},
		{`"harbour is open"`, []uint64{1}, false},
		{`"open harbour"`, nil, false},
		{`cease-fire`, nil, false}, // two words in a row, which nothing has
		// A phrase never spans paragraphs: doc 1 ends one with "open" and
		// starts the next with "The talks".
		{`"open talks"`, nil, false},
		// said: only counts words inside quotes.
		{"said:ceasefire", []uint64{1, 2}, false},
		{"said:harbour", []uint64{1, 2}, false},
		{"said:timetable", nil, false},
		{`said:"lowest in forty years"`, []uint64{3}, false},
		{"speaker:kessel said:ceasefire", []uint64{1}, false},
		{"speaker:brannigan said:ceasefire", []uint64{2}, false},
		{"speaker:brannigan said:harbour", nil, false},
		{`speaker:"marta kessel" said:harbour`, []uint64{1, 2}, false},
		// speaker: by name or alias; unknown names match nothing.
		{"speaker:kessel", []uint64{2, 1}, true},
		{`speaker:"Foreign Minister Marta Kessel"`, []uint64{2, 1}, true},
		{`speaker:"port calder water board"`, []uint64{3}, false},
		{"speaker:nobody", nil, false},
		{"-speaker:kessel", []uint64{5, 4, 3}, true},
		{"category:politics", []uint64{4, 2, 1}, true},
		{"category:POLITICS ceasefire", []uint64{1, 2}, false},
		{"category:sport", nil, false},
		{"feed:" + feedA, []uint64{5, 3, 1}, true},
		{`feed:"Harbour News"`, []uint64{5, 3, 1}, true},
		{"feed:unknown", nil, false},
		{"-feed:" + feedA + " ceasefire", []uint64{2}, false},
		{"is:unread", []uint64{5, 4, 3, 1}, true},
		{"is:read", []uint64{2}, false},
		{"is:bookmarked", []uint64{3}, false},
		{"-is:bookmarked ceasefire", []uint64{1, 2, 5}, false},
		{"after:2031-03-03", []uint64{5, 4, 3}, true},
		{"before:2031-03-03", []uint64{2, 1}, true},
		{"after:2031-03-02 before:2031-03-04", []uint64{3, 2}, true},
		// Exclusions.
		{"ceasefire -harbour", []uint64{3}, false},
		{`ceasefire -"harbour is open"`, []uint64{2, 3, 5}, false},
		{"ceasefire -said:ceasefire", []uint64{3, 5}, false},
		{"-ceasefire", []uint64{4}, false},
		{"", []uint64{5, 4, 3, 2, 1}, true},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			r := run(t, ix, tt.query, 0)
			got := docs(r)
			want := slices.Clone(tt.want)
			if !tt.ranked {
				slices.Sort(got)
				slices.Sort(want)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%q: got %v, want %v", tt.query, got, want)
			}
			if r.Total != len(tt.want) {
				t.Errorf("%q: total %d, want %d", tt.query, r.Total, len(tt.want))
			}
		})
	}
}

func TestSearchSaidQuotes(t *testing.T) {
	ix := corpusIndex(t)
	tests := []struct {
		query string
		want  map[uint64][]int // doc -> quote indexes
	}{
		{"said:ceasefire", map[uint64][]int{1: {0}, 2: {0}}},
		{"said:harbour", map[uint64][]int{1: {0}, 2: {1}}},
		{"speaker:kessel said:harbour", map[uint64][]int{1: {0}, 2: {1}}},
		{"ceasefire", map[uint64][]int{1: nil, 2: nil, 3: nil, 5: nil}},
	}
	for _, tt := range tests {
		r := run(t, ix, tt.query, 0)
		got := map[uint64][]int{}
		for _, h := range r.Hits {
			got[h.Doc] = h.Quotes
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: hits %v, want %v", tt.query, got, tt.want)
			continue
		}
		for doc, q := range tt.want {
			if !slices.Equal(got[doc], q) {
				t.Errorf("%q: doc %d quotes %v, want %v", tt.query, doc, got[doc], q)
			}
		}
	}
}

func TestSearchRanking(t *testing.T) {
	m := newMemIndex()
	m.add(t, 1,
		article("Budget vote", "Politics", "", 1, nil, nil, "The lighthouse budget passed."),
		article("Lighthouse reopens", "Local", "", 2, nil, nil, "The budget was approved."),
		article("Fishing quotas", "Local", "", 3, nil, nil, "Lighthouse, lighthouse, lighthouse: the keepers sang about the lighthouse."),
		article("Harbour fees", "Local", "", 4, nil, nil, "Fees rise."),
		article("Harbour fees", "Local", "", 5, nil, nil, "Fees rise."),
	)
	r := run(t, m, "lighthouse", 0)
	// A title word weighs TitleBoost body words; doc 3 has the word four
	// times, which BM25 saturates, so the title still wins.
	if got := docs(r); !slices.Equal(got, []uint64{2, 3, 1}) {
		t.Errorf("lighthouse: got %v, want [2 3 1]", got)
	}
	for i := 1; i < len(r.Hits); i++ {
		if r.Hits[i].Score > r.Hits[i-1].Score {
			t.Errorf("scores do not descend: %v", r.Hits)
		}
	}
	// Equal scores: newest first.
	if got := docs(run(t, m, "fees", 0)); !slices.Equal(got, []uint64{5, 4}) {
		t.Errorf("fees: got %v, want [5 4]", got)
	}
	// limit keeps the best, total counts all.
	r = run(t, m, "lighthouse", 2)
	if got := docs(r); !slices.Equal(got, []uint64{2, 3}) || r.Total != 3 {
		t.Errorf("lighthouse limit 2: got %v total %d, want [2 3] total 3", got, r.Total)
	}
	// Every word must match.
	if r := run(t, m, "budget fishing", 0); len(r.Hits) != 0 {
		t.Errorf("budget fishing: got %v, want none", docs(r))
	}
}

func TestSearchDeletedAndMerged(t *testing.T) {
	ix := corpusIndex(t)
	before := map[string]Result{}
	queries := []string{"ceasefire", `"state of the union"`, "speaker:kessel said:harbour", "is:unread", "-ceasefire", "category:politics"}
	for _, q := range queries {
		before[q] = run(t, ix, q, 0)
	}
	ix.delete(2)
	for _, q := range queries {
		for _, h := range run(t, ix, q, 0).Hits {
			if h.Doc == 2 {
				t.Errorf("%q: deleted document 2 still found", q)
			}
		}
	}
	ix.mergeAll(t)
	if n := ix.segs[0].Docs.Len(); n != 4 {
		t.Fatalf("merged table has %d documents, want 4", n)
	}
	for _, q := range queries {
		var want []Hit
		for _, h := range before[q].Hits {
			if h.Doc != 2 {
				want = append(want, h)
			}
		}
		got := run(t, ix, q, 0).Hits
		if len(got) != len(want) {
			t.Errorf("%q after merge: got %v, want %v", q, got, want)
			continue
		}
		for i := range got {
			// Scores move a little: the merge dropped document 2 from
			// the statistics. Order and quotes must not.
			if got[i].Doc != want[i].Doc || !slices.Equal(got[i].Quotes, want[i].Quotes) {
				t.Errorf("%q after merge: hit %d is %+v, want %+v", q, i, got[i], want[i])
			}
		}
	}
}

func TestSearchEmptyIndex(t *testing.T) {
	r := run(t, newMemIndex(), "ceasefire", 10)
	if len(r.Hits) != 0 || r.Total != 0 {
		t.Errorf("empty index: %+v", r)
	}
}

func TestSearchFiltered(t *testing.T) {
	ix := corpusIndex(t)
	q := mustParse(t, "ceasefire")
	tests := []struct {
		f    model.Filter
		want []uint64
	}{
		{model.Filter{}, []uint64{1, 2, 3, 5}},
		{model.Filter{Speakers: []string{"marta kessel"}}, []uint64{1, 2}},
		{model.Filter{Speakers: []string{"marta kessel"}, Unread: true}, []uint64{1}},
		{model.Filter{Bookmarked: true}, []uint64{3}},
		{model.Filter{Feed: feedA}, []uint64{1, 3, 5}},
		{model.Filter{Title: "ignored"}, []uint64{1, 2, 3, 5}},
	}
	for _, tt := range tests {
		r, err := Search(ix, q.Filtered(tt.f), 0)
		if err != nil {
			t.Fatal(err)
		}
		got := docs(r)
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%+v: got %v, want %v", tt.f, got, tt.want)
		}
	}
	if len(q.Clauses) != 1 {
		t.Errorf("Filtered changed q: %+v", q.Clauses)
	}
}
