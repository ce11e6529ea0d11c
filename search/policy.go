package search

import "math"

// Merge policy. Each import batch makes a segment, so without merging a
// store of 100 batches would make every query look a term up 100 times.
// Segments merge with their neighbours in document order (so segments
// never overlap), the way Lucene's log merge policy does: MergeFactor
// neighbours of one size class become one segment of the next class,
// which rewrites each document about log10(store size) times in all.
const (
	// MergeFactor is how many neighbours of one size class merge.
	MergeFactor = 10
	// MaxSegments bounds the segments a query visits: past it, the
	// smallest neighbours merge whatever their classes.
	MaxSegments = 30
	// MaxMergeDocs caps the documents a merge makes a segment of, so one
	// import never stalls on rewriting the whole index, and so memory
	// stays flat as the store grows: a merge is one write transaction,
	// and bbolt holds everything a transaction writes in memory until it
	// commits (about 1.2 KB of postings a document, twice over while the
	// pages are written). At 10,000 documents a merge costs some 25 MB;
	// a store of 100,000 articles keeps about ten such segments.
	MaxMergeDocs = 10_000
)

// SegmentSize is what the merge policy knows of a segment.
type SegmentSize struct {
	Docs    int // documents in its table
	Deleted int // of those, tombstoned
}

func (s SegmentSize) live() int { return max(s.Docs-s.Deleted, 0) }

// class is the segment's size class: the decimal order of its live
// documents.
func (s SegmentSize) class() int {
	if s.live() <= 1 {
		return 0
	}
	return int(math.Log10(float64(s.live())))
}

// PickMerge chooses the next merge among segments in document order: the
// segments [lo, hi) are to become one, and lo == hi means nothing is to
// be done. In order of preference: a segment that is half tombstones is
// rewritten alone; MergeFactor neighbours of one size class merge, the
// smallest class first; past MaxSegments, the longest run of up to
// MergeFactor neighbours that fits under MaxMergeDocs, fewest documents
// first.
func PickMerge(segs []SegmentSize) (lo, hi int) {
	for i, s := range segs {
		if s.Deleted > 0 && s.Deleted*2 >= s.Docs {
			return i, i + 1
		}
	}
	bestClass := math.MaxInt
	for i := 0; i+MergeFactor <= len(segs); i++ {
		c, total := segs[i].class(), 0
		same := true
		for _, s := range segs[i : i+MergeFactor] {
			total += s.live()
			if s.class() != c {
				same = false
				break
			}
		}
		if same && c < bestClass && total <= MaxMergeDocs {
			lo, hi, bestClass = i, i+MergeFactor, c
		}
	}
	if hi > lo || len(segs) <= MaxSegments {
		return lo, hi
	}
	// Past MaxSegments, the neighbours with the fewest documents merge,
	// MergeFactor of them, or as many as fit under MaxMergeDocs: memory
	// stays bounded, and segments run past MaxSegments only once every
	// pair of neighbours is over the cap.
	bestLen, bestTotal := 1, math.MaxInt
	for i := range segs {
		total, j := 0, i
		for j < len(segs) && j-i < MergeFactor && total+segs[j].live() <= MaxMergeDocs {
			total += segs[j].live()
			j++
		}
		if n := j - i; n > bestLen || n == bestLen && total < bestTotal {
			lo, hi, bestLen, bestTotal = i, j, n, total
		}
	}
	if bestLen < 2 {
		return 0, 0
	}
	return lo, hi
}
