package process

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/pprof"
)

// The profiles of a whole run go to the files these name. They are for
// measuring (docs/benchmarks.md says how), so they are environment
// variables rather than flags every subcommand would list.
const (
	cpuProfileEnv   = "SOUNDBITE_CPUPROFILE"
	allocProfileEnv = "SOUNDBITE_ALLOCPROFILE" // every allocation of the run, sampled
)

// StartProfiles starts the profiles the environment asks for and returns
// what stops them and writes them out.
func StartProfiles(stderr io.Writer) (stop func()) {
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

// ImportGCPercent is the garbage collector's GOGC during an import. The
// import extracts the next batch while the last one is stored, so the
// heap holds the extractor's garbage on top of the write transaction's:
// at the default 100 that took the peak of anonymous memory of a
// 30,000-article import from 58 to 70 MiB. At 75 it is back at 57 MiB,
// for a few more collections (docs/benchmarks.md, issue 14).
const ImportGCPercent = 75

// CollectSooner sets GOGC to percent, unless the environment sets GOGC,
// and returns what sets it back.
func CollectSooner(percent int) (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(percent)
	return func() { debug.SetGCPercent(old) }
}
