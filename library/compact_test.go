package library

import "testing"

func TestGrewMuch(t *testing.T) {
	const mib = 1 << 20
	tests := []struct {
		before, after int64
		want          bool
	}{
		{0, 15 * mib, false},        // tiny stores are not worth it
		{0, 16 * mib, true},         // a first big import
		{0, 42 * mib, true},         // 10,000 articles
		{50 * mib, 80 * mib, true},  // grew by a third
		{60 * mib, 80 * mib, false}, // grew by a quarter
		{10 * mib, 20 * mib, true},  // a tiny store the import took past compactFrom
	}
	for _, tt := range tests {
		if got := grewMuch(tt.before, tt.after); got != tt.want {
			t.Errorf("grewMuch(%d, %d) = %t, want %t", tt.before, tt.after, got, tt.want)
		}
	}
}

func TestCompactAfterPruneOnlyAfterATenth(t *testing.T) {
	path := t.TempDir() + "/s.db"
	lib, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := lib.Close(); err != nil {
		t.Fatal(err)
	}
	if _, compacted, err := CompactAfterPrune(path, Pruned{Articles: 9, Kept: 91}); compacted || err != nil {
		t.Errorf("9 of 100 pruned: compacted %t, %v", compacted, err)
	}
	rep, compacted, err := CompactAfterPrune(path, Pruned{Articles: 10, Kept: 90})
	if !compacted || err != nil || rep.After == 0 {
		t.Errorf("10 of 100 pruned: compacted %t, %+v, %v; want a compaction", compacted, rep, err)
	}
}
