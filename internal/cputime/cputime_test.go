package cputime

import (
	"runtime"
	"testing"
	"time"
)

// Work done shows in the CPU time used, where it is measured at all.
func TestUsedGrows(t *testing.T) {
	before := Used()
	if before == 0 {
		t.Skip("CPU time is not measured on " + runtime.GOOS)
	}
	x := 0
	for start := time.Now(); time.Since(start) < 50*time.Millisecond; {
		x++
	}
	if after := Used(); after <= before {
		t.Errorf("CPU time went from %v to %v over 50 ms of work (%d rounds)", before, after, x)
	}
}
