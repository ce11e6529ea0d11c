package ui

import "time"

// debounce waits for something to stay put for a while, with at most one
// timer on its way however often it changes: a burst of a thousand keys
// arms one timer, not a thousand, each of which would cost an Update and
// a View when it fired. A timer that fires before the latest change has
// settled is armed again for the rest of the wait.
type debounce struct {
	due     time.Time // when the latest change will have settled
	pending bool      // a timer is on its way
}

// changed notes a change at now that settles after delay. It reports
// whether a timer must be armed for delay: none is on its way.
func (d *debounce) changed(now time.Time, delay time.Duration) bool {
	d.due = now.Add(delay)
	if d.pending {
		return false
	}
	d.pending = true
	return true
}

// fired takes the timer firing at now. It reports whether the latest
// change has settled; when not, a timer must be armed again for wait.
func (d *debounce) fired(now time.Time) (wait time.Duration, settled bool) {
	if wait := d.due.Sub(now); wait > 0 {
		d.pending = true
		return wait, false
	}
	d.pending = false
	return 0, true
}
