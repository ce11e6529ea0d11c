//go:build !unix

package mfsync

import "errors"

// ErrBusy says another sync of the same store is running.
var ErrBusy = errors.New("another soundbite is syncing this store")

// lock is a no-op where flock is missing: two syncs at once there may
// send the same change twice, which is harmless.
func lock(string) (func(), error) { return func() {}, nil }
