package ui

import (
	"testing"
	"time"
)

// TestDebounceBurst plays a burst of 1,000 changes half a millisecond
// apart against a clock: the timer is armed once, fires every delay while
// the burst lasts, and settles delay after the last change.
func TestDebounceBurst(t *testing.T) {
	const (
		delay = 6 * time.Millisecond
		gap   = time.Millisecond / 2
		n     = 1000
	)
	t0 := time.Unix(1000, 0)
	var d debounce
	armed, fires := 0, 0
	var timer time.Time // when the timer on its way fires; zero for none
	var settledAt time.Time
	for now := t0; settledAt.IsZero() && now.Before(t0.Add(2*time.Second)); now = now.Add(gap / 5) {
		if i := now.Sub(t0); i < n*gap && i%gap == 0 {
			if d.changed(now, delay) {
				if !timer.IsZero() {
					t.Fatalf("a second timer armed at %v", i)
				}
				armed++
				timer = now.Add(delay)
			}
		}
		if !timer.IsZero() && !now.Before(timer) {
			fires++
			timer = time.Time{}
			wait, ok := d.fired(now)
			if ok {
				settledAt = now
			} else {
				timer = now.Add(wait)
			}
		}
	}
	last := t0.Add((n - 1) * gap)
	if want := last.Add(delay); !settledAt.Equal(want) {
		t.Errorf("settled at %v after the last change, want %v", settledAt.Sub(last), delay)
	}
	if armed != 1 {
		t.Errorf("armed %d times, want once", armed)
	}
	if max := int((n*gap)/delay) + 2; fires > max {
		t.Errorf("the timer fired %d times for a %v burst, want at most %d", fires, n*gap, max)
	}
	// Settled: the next change arms a timer again.
	if !d.changed(settledAt.Add(time.Second), delay) {
		t.Error("a change after settling armed no timer")
	}
}
