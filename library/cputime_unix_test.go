//go:build unix

package library

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used, user and system; the
// import benchmark reports it per article, a figure that, unlike wall
// time, other work on the machine does not inflate.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
