package process

import (
	"fmt"
	"io"
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"time"
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

// ImportGC returns how the garbage collector runs during an import. The
// import extracts the next batch while the last one is stored, so the
// heap holds the extractor's garbage on top of the write transaction's,
// and its live part swings from ~20 to ~40 MB at 10,000 articles as
// batches, merges and commits come and go. With GOGC alone the heap's
// goal follows the swings up (1.75 times 40 MB at GOGC 75, the setting
// before): anonymous memory peaked at 75-80 MiB. A soft memory limit
// holds the peaks down, and with it GOGC can stay at 100, so there are
// fewer collections between them: at 10,000 articles the peak RSS fell
// by 16 MiB for about 1% more CPU (docs/benchmarks.md, issue 14).
//
// A fixed limit costs too much where the live heap itself comes near it:
// at 100,000 articles (live heap ~50 MB in the largest merges) 64 MiB
// took 21% more CPU. So the limit follows the live heap: never under
// MemoryLimit, and LimitHeadroom above the live heap the last
// collection found.
func ImportGC() GCSettings {
	return GCSettings{Percent: 100, MemoryLimit: 64 << 20, LimitHeadroom: 32 << 20}
}

// GCSettings are the garbage collector's GOGC and soft memory limit
// (GOMEMLIMIT) for a stretch of a run.
type GCSettings struct {
	Percent       int
	MemoryLimit   int64 // bytes; the limit's floor when LimitHeadroom is set
	LimitHeadroom int64 // bytes above the live heap; 0 for a fixed limit
}

// followEvery is how often the limit is moved after the live heap.
const followEvery = 50 * time.Millisecond

// CollectSooner applies gc, each setting unless the environment sets
// it (GOGC, GOMEMLIMIT), and returns what sets them back.
func CollectSooner(gc GCSettings) (restore func()) {
	oldPercent, oldLimit := -2, int64(-1)
	if os.Getenv("GOGC") == "" {
		oldPercent = debug.SetGCPercent(gc.Percent)
	}
	stopFollowing := func() {}
	if os.Getenv("GOMEMLIMIT") == "" {
		oldLimit = debug.SetMemoryLimit(gc.MemoryLimit)
		if gc.LimitHeadroom > 0 {
			stopFollowing = followLiveHeap(gc)
		}
	}
	return func() {
		stopFollowing()
		if oldPercent != -2 {
			debug.SetGCPercent(oldPercent)
		}
		if oldLimit >= 0 {
			debug.SetMemoryLimit(oldLimit)
		}
	}
}

// followLiveHeap keeps the memory limit at gc.LimitHeadroom above the
// live heap, and at least gc.MemoryLimit, until stopped.
func followLiveHeap(gc GCSettings) (stop func()) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	done, ended := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(ended)
		tick := time.NewTicker(followEvery)
		defer tick.Stop()
		set := gc.MemoryLimit
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() != metrics.KindUint64 {
				return // an older runtime: keep the floor
			}
			live := int64(min(sample[0].Value.Uint64(), math.MaxInt64/2))
			if want := max(gc.MemoryLimit, live+gc.LimitHeadroom); want != set {
				debug.SetMemoryLimit(want)
				set = want
			}
		}
	}()
	return func() {
		close(done)
		<-ended
	}
}
