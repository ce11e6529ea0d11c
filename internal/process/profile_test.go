package process

import (
	"math"
	"runtime/debug"
	"testing"
)

// The import sets GOGC and the memory limit and puts them back, unless
// the environment sets them.
func TestCollectSoonerSetsTheImportsGCAndBack(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	gc := GCSettings{Percent: 90, MemoryLimit: 48 << 20}
	beforePercent := debug.SetGCPercent(100)
	defer debug.SetGCPercent(beforePercent)
	beforeLimit := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(beforeLimit)

	restore := CollectSooner(gc)
	if got := debug.SetGCPercent(gc.Percent); got != gc.Percent {
		t.Errorf("GOGC during the import is %d, want %d", got, gc.Percent)
	}
	if got := debug.SetMemoryLimit(-1); got != gc.MemoryLimit {
		t.Errorf("the memory limit during the import is %d, want %d", got, gc.MemoryLimit)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC after the import is %d, want 100 back", got)
	}
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("the memory limit after the import is %d, want none back", got)
	}

	t.Setenv("GOGC", "300")
	t.Setenv("GOMEMLIMIT", "1GiB")
	debug.SetGCPercent(300)
	debug.SetMemoryLimit(1 << 30)
	restore = CollectSooner(gc)
	if got := debug.SetGCPercent(300); got != 300 {
		t.Errorf("with GOGC=300 in the environment, the import set GOGC %d", got)
	}
	if got := debug.SetMemoryLimit(-1); got != 1<<30 {
		t.Errorf("with GOMEMLIMIT=1GiB in the environment, the import set the limit %d", got)
	}
	restore()
}
