//go:build linux

package process

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"syscall"
	"time"
)

// ShedProgramPages gives back, every period until stop is called, the
// pages of the program's own file that are mapped read-only: its machine
// code and read-only data. The kernel maps them 64 KiB at a fault, and
// package initialisation (Glamour's styles, Chroma's lexers, the
// extractor's tables) touches most of a 32 MB binary, so an import
// carried 18-19 MiB of it in its resident memory while using a fraction.
// Given back, the pages stay in the page cache; the code the import runs
// faults back in at once, a minor fault each, and the rest stays out.
//
// Only mappings of the executable that are not writable and hold no
// anonymous (copied-on-write) pages are given back: their contents are
// the file's, so dropping them loses nothing. Where /proc cannot be read,
// nothing is done.
func ShedProgramPages(period time.Duration) (stop func()) {
	spans := programSpans()
	if len(spans) == 0 {
		return func() {}
	}
	done, ended := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(ended)
		tick := time.NewTicker(period)
		defer tick.Stop()
		for {
			for _, s := range spans {
				_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, s.start, s.size, syscall.MADV_DONTNEED)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() {
		close(done)
		<-ended
	}
}

// span is an address range of the process's memory.
type span struct{ start, size uintptr }

// programSpans returns the read-only mappings of the executable that
// hold only the file's pages, from /proc/self/smaps.
func programSpans() []span {
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		return nil
	}
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return nil
	}
	defer f.Close()
	var spans []span
	var cur span
	candidate := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Bytes()
		fields := bytes.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if lo, hi, ok := bytes.Cut(fields[0], []byte("-")); ok && len(fields) >= 5 {
			// A mapping's header: "start-end perms offset dev inode [path]".
			candidate = false
			start, err1 := strconv.ParseUint(string(lo), 16, 64)
			end, err2 := strconv.ParseUint(string(hi), 16, 64)
			if err1 != nil || err2 != nil || end <= start {
				continue
			}
			perms := fields[1]
			path := ""
			if len(fields) >= 6 {
				path = string(bytes.Join(fields[5:], []byte(" ")))
			}
			candidate = path == exe && len(perms) >= 2 && perms[0] == 'r' && perms[1] == '-'
			cur = span{start: uintptr(start), size: uintptr(end - start)}
			continue
		}
		if candidate && string(fields[0]) == "Anonymous:" && len(fields) >= 2 {
			// Anonymous is the last of the fields this needs: decide now.
			if string(fields[1]) == "0" {
				spans = append(spans, cur)
			}
			candidate = false
		}
	}
	if sc.Err() != nil {
		return nil
	}
	return spans
}
