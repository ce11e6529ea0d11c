package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
)

// The profiles of a whole run go to the files these name. They are for
// measuring (docs/benchmarks.md says how), so they are environment
// variables rather than flags every subcommand would list.
const (
	cpuProfileEnv   = "SOUNDBITE_CPUPROFILE"
	allocProfileEnv = "SOUNDBITE_ALLOCPROFILE" // every allocation of the run, sampled
)

// startProfiles starts the profiles the environment asks for and returns
// what stops them and writes them out.
func startProfiles(stderr io.Writer) (stop func()) {
	warn := func(env string, err error) { fmt.Fprintf(stderr, "soundbite: %s: %v\n", env, err) }
	stopCPU := func() {}
	if path := os.Getenv(cpuProfileEnv); path != "" {
		if f, err := os.Create(path); err != nil {
			warn(cpuProfileEnv, err)
		} else if err := pprof.StartCPUProfile(f); err != nil {
			warn(cpuProfileEnv, err)
			f.Close()
		} else {
			stopCPU = func() {
				pprof.StopCPUProfile()
				if err := f.Close(); err != nil {
					warn(cpuProfileEnv, err)
				}
			}
		}
	}
	return func() {
		stopCPU()
		path := os.Getenv(allocProfileEnv)
		if path == "" {
			return
		}
		f, err := os.Create(path)
		if err != nil {
			warn(allocProfileEnv, err)
			return
		}
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			warn(allocProfileEnv, err)
		}
		if err := f.Close(); err != nil {
			warn(allocProfileEnv, err)
		}
	}
}
