package search

import (
	"errors"
	"math/rand"
	"reflect"
	"testing"
)

func randomPostings(r *rand.Rand, n int) []Posting {
	var ps []Posting
	doc := uint64(r.Intn(1000))
	for range n {
		doc += 1 + uint64(r.Intn(r.Intn(3)*100+2))
		p := Posting{Doc: doc}
		pos := uint32(0)
		for range r.Intn(3) {
			pos += 1 + uint32(r.Intn(5))
			p.Title = append(p.Title, pos)
		}
		pos = 0
		for range r.Intn(12) {
			pos += 1 + uint32(r.Intn(300))
			p.Body = append(p.Body, pos)
		}
		ps = append(ps, p)
	}
	return ps
}

func TestPostingsRoundTrip(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 2, 100, 5000} {
		ps := randomPostings(r, n)
		list, err := AppendPostings(nil, ps)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodePostings(list)
		if err != nil {
			t.Fatalf("%d postings: %v", n, err)
		}
		if !equalPostings(got, ps) {
			t.Fatalf("%d postings: round trip differs", n)
		}
		if c, err := PostingCount(list); err != nil || c != n {
			t.Errorf("PostingCount = %d, %v; want %d", c, err, n)
		}
	}
}

// equalPostings compares, treating nil and empty position lists alike.
func equalPostings(a, b []Posting) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Doc != b[i].Doc || len(a[i].Title) != len(b[i].Title) || len(a[i].Body) != len(b[i].Body) {
			return false
		}
		if len(a[i].Title) > 0 && !reflect.DeepEqual(a[i].Title, b[i].Title) ||
			len(a[i].Body) > 0 && !reflect.DeepEqual(a[i].Body, b[i].Body) {
			return false
		}
	}
	return true
}

// TestPostingIterSkips reads positions of every third document only: the
// positions of the documents passed over must be skipped correctly.
func TestPostingIterSkips(t *testing.T) {
	ps := randomPostings(rand.New(rand.NewSource(2)), 300)
	list, _ := AppendPostings(nil, ps)
	it, err := NewPostingIter(list)
	if err != nil {
		t.Fatal(err)
	}
	if it.Len() != len(ps) {
		t.Errorf("Len = %d, want %d", it.Len(), len(ps))
	}
	for i := 0; it.Next(); i++ {
		if it.Doc() != ps[i].Doc || it.TitleCount() != len(ps[i].Title) || it.BodyCount() != len(ps[i].Body) {
			t.Fatalf("doc %d: got %d (%d, %d), want %+v", i, it.Doc(), it.TitleCount(), it.BodyCount(), ps[i])
		}
		if i%3 != 0 {
			continue
		}
		title, body, err := it.Positions(nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !equalPostings([]Posting{{ps[i].Doc, title, body}}, ps[i:i+1]) {
			t.Fatalf("doc %d: positions %v %v, want %v %v", i, title, body, ps[i].Title, ps[i].Body)
		}
		if _, _, err := it.Positions(nil, nil); err == nil {
			t.Fatal("reading positions twice did not fail")
		}
	}
	if it.Err() != nil {
		t.Fatal(it.Err())
	}
}

func TestAppendPostingsRejectsDisorder(t *testing.T) {
	for _, ps := range [][]Posting{
		{{Doc: 2}, {Doc: 2}},
		{{Doc: 3}, {Doc: 1}},
		{{Doc: 1, Body: []uint32{5, 5}}},
		{{Doc: 1, Title: []uint32{2, 1}}},
	} {
		if _, err := AppendPostings(nil, ps); err == nil {
			t.Errorf("%+v: no error", ps)
		}
	}
}

func TestDecodePostingsCorrupt(t *testing.T) {
	good, _ := AppendPostings(nil, randomPostings(rand.New(rand.NewSource(3)), 20))
	for _, list := range [][]byte{
		nil,
		{0x80},
		{5, 0},
		{1, 10, 1},
		good[:len(good)-1],
		append(append([]byte{}, good...), 0),
	} {
		if _, err := DecodePostings(list); !errors.Is(err, ErrCorrupt) {
			t.Errorf("%x: error %v, want ErrCorrupt", list, err)
		}
	}
}

func FuzzDecodePostings(f *testing.F) {
	good, _ := AppendPostings(nil, randomPostings(rand.New(rand.NewSource(4)), 5))
	f.Add(good)
	f.Add([]byte{1, 2, 1, 2, 1})
	f.Fuzz(func(t *testing.T, list []byte) {
		ps, err := DecodePostings(list)
		if err != nil {
			return
		}
		again, err := AppendPostings(nil, ps)
		if err != nil {
			t.Fatalf("decoded postings do not encode: %v", err)
		}
		back, err := DecodePostings(again)
		if err != nil || !equalPostings(back, ps) {
			t.Fatalf("re-encoded postings differ: %v", err)
		}
	})
}

func BenchmarkPostingIterDocs(b *testing.B) {
	ps := randomPostings(rand.New(rand.NewSource(5)), 100_000)
	list, _ := AppendPostings(nil, ps)
	b.SetBytes(int64(len(list)))
	var it PostingIter
	for b.Loop() {
		_ = it.Reset(list)
		for it.Next() {
		}
	}
	b.ReportMetric(float64(len(list))/float64(len(ps)), "bytes/posting")
}
