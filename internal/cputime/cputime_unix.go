//go:build unix

// Package cputime tells how much CPU this process has used, user and
// system. Benchmarks report it per operation: unlike wall time, other
// work on a shared machine does not inflate it.
package cputime

import (
	"syscall"
	"time"
)

// Used is the CPU time this process has used so far.
func Used() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
