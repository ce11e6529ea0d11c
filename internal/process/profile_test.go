package process

import (
	"runtime/debug"
	"testing"
)

// The import collects sooner and puts GOGC back, unless the environment
// sets it.
func TestCollectSoonerSetsGOGCForTheImportAndBack(t *testing.T) {
	t.Setenv("GOGC", "")
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)

	restore := CollectSooner(ImportGCPercent)
	if got := debug.SetGCPercent(ImportGCPercent); got != ImportGCPercent {
		t.Errorf("GOGC during the import is %d, want %d", got, ImportGCPercent)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC after the import is %d, want 100 back", got)
	}

	t.Setenv("GOGC", "300")
	debug.SetGCPercent(300)
	restore = CollectSooner(ImportGCPercent)
	if got := debug.SetGCPercent(300); got != 300 {
		t.Errorf("with GOGC=300 in the environment, the import set GOGC %d", got)
	}
	restore()
}
