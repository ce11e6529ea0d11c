//go:build unix

package main

import (
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"soundbite/model"
)

// crashCompactions kills `soundbite compact` at random points of a copy of
// the imported store, and checks after every kill that the file at the
// store's path is whole, old or new: bbolt's check passes and every
// article is there. The kills spread over the length of a compaction
// that ran to its end, measured first.
func crashCompactions(t *testing.T, rng *rand.Rand, plan crashPlan, imported string) {
	db := filepath.Join(t.TempDir(), "compact.db")
	copyFile(t, imported, db)
	all := storedIDs(t, db)
	if len(all) == 0 {
		t.Fatal("the imported store is empty")
	}

	// The first compaction shrinks the file; the killed ones copy the
	// compacted file, so the second one is what they are timed by.
	var whole time.Duration
	for range 2 {
		start := time.Now()
		if out, errOut, code := soundbite(t, db, "compact"); code != 0 {
			t.Fatalf("compact: exit %d, %s%s", code, out, errOut)
		}
		whole = time.Since(start)
		checkBolt(t, db)
		checkStore(t, db, all)
	}

	finished := 0
	for i := range plan.compactKills {
		cmd := exec.Command(binary, "--db", db, "compact")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int64N(int64(whole) + 1)))
		_ = cmd.Process.Kill()
		if err := cmd.Wait(); err == nil {
			finished++
		}
		checkBolt(t, db)
		if counts := checkStore(t, db, all); counts.Articles != len(all) {
			t.Fatalf("kill %d: %d articles after the kill, %d before", i+1, counts.Articles, len(all))
		}
	}
	t.Logf("%d kills over %v, the length of a whole compaction; %d compactions finished first", plan.compactKills, whole, finished)
	// The next write removes what a killed compaction left beside the
	// store.
	if out, errOut, code := soundbite(t, db, "compact"); code != 0 {
		t.Fatalf("compact after the kills: exit %d, %s%s", code, out, errOut)
	}
	entries, err := os.ReadDir(filepath.Dir(db))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".compact.db.") {
			t.Errorf("a killed compaction's temporary file is still there: %s", e.Name())
		}
	}
}

// storedIDs lists every article in db.
func storedIDs(t *testing.T, db string) map[model.ID]bool {
	t.Helper()
	st := openChecked(t, db)
	defer closeStore(t, st)
	items, err := st.List(model.Filter{}, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	ids := make(map[model.ID]bool, len(items))
	for _, s := range items {
		ids[s.ID] = true
	}
	return ids
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
}
