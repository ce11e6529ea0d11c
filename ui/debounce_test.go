package ui

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
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

// TestBurstOfKeysArmsOneTimerEach moves the cursor fifty rows: the render
// ahead and the session write each arm one timer, not one a key.
func TestBurstOfKeysArmsOneTimerEach(t *testing.T) {
	d := newDriver(t, newFakeStore(testArticles(80)), 120, 40)
	d.m.renderDelay, d.m.placeDelay = renderDelay, sessionDelay
	armed := map[string]int{}
	d.m.after = func(_ time.Duration, fire func(time.Time) tea.Msg) tea.Cmd {
		armed[fmt.Sprintf("%T", fire(time.Time{}))]++
		return nil // the test does not wait for them
	}
	for range 50 {
		d.keys("j")
	}
	if d.m.list.Cursor() != 50 {
		t.Fatalf("cursor at %d, want 50", d.m.list.Cursor())
	}
	if n := armed["ui.renderTick"]; n != 1 {
		t.Errorf("%d render timers armed for 50 keys, want 1", n)
	}
	if n := armed["ui.sessionTick"]; n != 1 {
		t.Errorf("%d session timers armed for 50 keys, want 1", n)
	}
}
