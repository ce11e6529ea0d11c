//go:build unix

package mfsync

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// ErrBusy says another sync of the same store is running.
var ErrBusy = errors.New("another soundbite is syncing this store")

// lock takes the sync lock of a state file, so two syncs of one store
// never interleave; the kernel releases it when the process dies.
func lock(statePath string) (unlock func(), err error) {
	f, err := os.OpenFile(statePath+".lock", os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("taking the sync lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, ErrBusy
		}
		return nil, fmt.Errorf("taking the sync lock: %w", err)
	}
	return func() { f.Close() }, nil
}
