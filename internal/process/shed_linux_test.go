//go:build linux

package process

import (
	"reflect"
	"testing"
	"time"
)

func TestProgramSpansFindsTheCode(t *testing.T) {
	spans := programSpans()
	if len(spans) == 0 {
		t.Fatal("no read-only mapping of the test binary found")
	}
	// This function's own code must lie in one of them.
	pc := uintptr(funcAddr())
	for _, s := range spans {
		if pc >= s.start && pc < s.start+s.size {
			return
		}
	}
	t.Errorf("the code at %#x is in none of %v", pc, spans)
}

func TestShedProgramPagesKeepsTheProgramRunning(t *testing.T) {
	stop := ShedProgramPages(time.Millisecond)
	sum := 0
	deadline := time.Now().Add(50 * time.Millisecond)
	for time.Now().Before(deadline) {
		for i := range 1000 {
			sum += i
		}
	}
	stop()
	if sum == 0 {
		t.Fatal("the loop did not run")
	}
}

// funcAddr is the address of a function of this package's code.
func funcAddr() uintptr { return reflect.ValueOf(ShedProgramPages).Pointer() }
