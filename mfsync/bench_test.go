package mfsync

import (
	"fmt"
	"path/filepath"
	"testing"

	"soundbite/model"
)

// BenchmarkStateSave measures writing the sync state, which a sync does
// after every page of entries: its cost grows with the entries synced.
func BenchmarkStateSave(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("entries=%d", n), func(b *testing.B) {
			s := newState()
			for i := range n {
				s.Entries[int64(i+1)] = Base{Article: model.NewID(fmt.Sprint(i)), Read: i%3 == 0, Starred: i%17 == 0}
			}
			path := filepath.Join(b.TempDir(), "state.json")
			b.ResetTimer()
			for b.Loop() {
				if err := s.save(path); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
