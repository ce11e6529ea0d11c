package main

import (
	"runtime/debug"
	"testing"
)

func TestCollectSoonerSetsGOGCForTheImportAndBack(t *testing.T) {
	t.Setenv("GOGC", "")
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)

	restore := collectSooner()
	if got := debug.SetGCPercent(importGCPercent); got != importGCPercent {
		t.Errorf("GOGC during the import is %d, want %d", got, importGCPercent)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC after the import is %d, want 100 back", got)
	}

	t.Setenv("GOGC", "300")
	debug.SetGCPercent(300)
	restore = collectSooner()
	if got := debug.SetGCPercent(300); got != 300 {
		t.Errorf("with GOGC=300 in the environment, the import set GOGC %d", got)
	}
	restore()
}
