//go:build !linux

package process

import "time"

// ShedProgramPages does nothing where the process's mappings cannot be
// read from /proc (see shed_linux.go).
func ShedProgramPages(time.Duration) (stop func()) { return func() {} }
