//go:build !unix

// Package cputime tells how much CPU this process has used, user and
// system. Benchmarks report it per operation: unlike wall time, other
// work on a shared machine does not inflate it.
package cputime

import "time"

// Used is not measured here: it is always 0, and benchmarks then report
// no CPU figure.
func Used() time.Duration { return 0 }
