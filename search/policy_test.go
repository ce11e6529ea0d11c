package search

import "testing"

func sizes(docs ...int) []SegmentSize {
	out := make([]SegmentSize, len(docs))
	for i, d := range docs {
		out[i] = SegmentSize{Docs: d}
	}
	return out
}

func TestPickMerge(t *testing.T) {
	many := func(n, docs int) []int {
		out := make([]int, n)
		for i := range out {
			out[i] = docs
		}
		return out
	}
	tests := []struct {
		name   string
		segs   []SegmentSize
		lo, hi int
	}{
		{"empty", nil, 0, 0},
		{"few", sizes(1000, 1000, 1000), 0, 0},
		{"ten of a class", sizes(many(10, 1000)...), 0, 10},
		{"ten of a class after a big one", sizes(append([]int{50_000}, many(10, 1000)...)...), 1, 11},
		{"mixed classes do not merge", sizes(append(many(9, 1000), 5)...), 0, 0},
		{"smallest class first", sizes(append(many(10, 1000), many(10, 3)...)...), 10, 20},
		{"too big to merge", sizes(many(10, 90_000)...), 0, 0},
		{"half deleted rewritten alone", []SegmentSize{{Docs: 100}, {Docs: 10, Deleted: 5}}, 1, 2},
		{"all deleted", []SegmentSize{{Docs: 3, Deleted: 3}}, 0, 1},
	}
	// Past MaxSegments, the lightest neighbours merge, as many as fit
	// under MaxMergeDocs.
	var crowded []int
	for i := range MaxSegments + 1 {
		crowded = append(crowded, []int{10, 100, 1000, 10_000}[i%4])
	}
	tests = append(tests, struct {
		name   string
		segs   []SegmentSize
		lo, hi int
	}{"crowded", sizes(crowded...), 0, 3})
	for _, tt := range tests {
		lo, hi := PickMerge(tt.segs)
		if lo != tt.lo || hi != tt.hi {
			t.Errorf("%s: PickMerge = [%d, %d), want [%d, %d)", tt.name, lo, hi, tt.lo, tt.hi)
		}
	}
}

// TestPickMergeConverges runs the policy over a long import of batches
// and checks that no merge makes a segment over MaxMergeDocs, that the
// segment count stays under MaxSegments to 150,000 documents, and that
// past that they are at most 20 more than the full segments.
func TestPickMergeConverges(t *testing.T) {
	var segs []SegmentSize
	merges, total := 0, 0
	for batch := range 1000 {
		size := 1000
		if batch%7 == 0 {
			size = 1 // a feed refresh between imports
		}
		segs = append(segs, SegmentSize{Docs: size})
		total += size
		for {
			lo, hi := PickMerge(segs)
			if lo == hi {
				break
			}
			merged := SegmentSize{}
			for _, s := range segs[lo:hi] {
				merged.Docs += s.live()
			}
			if merged.Docs > MaxMergeDocs && hi-lo > 1 {
				t.Fatalf("batch %d: a merge of %d documents", batch, merged.Docs)
			}
			segs = append(segs[:lo], append([]SegmentSize{merged}, segs[hi:]...)...)
			merges++
		}
		if limit := max(MaxSegments, total/MaxMergeDocs+20); len(segs) > limit || total <= 150_000 && len(segs) > MaxSegments {
			t.Fatalf("batch %d, %d documents: %d segments", batch, total, len(segs))
		}
	}
	t.Logf("%d segments after 1000 batches and %d merges", len(segs), merges)
}
