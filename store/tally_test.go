package store

import (
	"math/rand"
	"reflect"
	"testing"
)

// A tally counts as the maps of an aggregate do, whatever the order of
// the strings it is given and taken back.
func TestTallyCountsAsAMap(t *testing.T) {
	words := []string{"mayor of Tarrow", "spokeswoman", "", "chair of the Lenmoor board", "Spokeswoman"}
	r := rand.New(rand.NewSource(1))
	var tl tally
	m := map[string]uint64{}
	for i := range 2000 {
		add := r.Intn(3) > 0
		ss := []string{words[r.Intn(len(words))], words[r.Intn(len(words))]}
		tl.count(add, ss...)
		count(m, add, ss...)
		if !reflect.DeepEqual(tallyMap(tl), m) || len(m) == 0 && tl != nil {
			t.Fatalf("step %d: tally %v, map %v", i, tl, m)
		}
		if !reflect.DeepEqual(tl.ranked(), ranked(m)) {
			t.Fatalf("step %d: ranked %q, want %q", i, tl.ranked(), ranked(m))
		}
	}
}

// set keeps the strings in order and lets a later entry win, as a map
// assignment does, whatever order a record lists them in.
func TestTallySetOutOfOrder(t *testing.T) {
	var tl tally
	for _, e := range []tallied{{"b", 2}, {"a", 1}, {"c", 3}, {"a", 4}} {
		tl.set([]byte(e.s), e.n)
	}
	want := tally{{"a", 4}, {"b", 2}, {"c", 3}}
	if !reflect.DeepEqual(tl, want) {
		t.Fatalf("got %v, want %v", tl, want)
	}
}

func tallyMap(tl tally) map[string]uint64 {
	m := map[string]uint64{}
	for _, e := range tl {
		m[e.s] = e.n
	}
	return m
}
