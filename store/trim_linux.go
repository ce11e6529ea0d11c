package store

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"syscall"

	bolt "go.etcd.io/bbolt"
)

// Trim unmaps the pages of the file that reads have mapped, so they stop
// counting in the process's resident memory. bbolt reads through a
// read-only mmap, and every page a read touches stays mapped; when the
// file was written recently the kernel keeps it in large folios and maps
// whole folios at a time, so reading 1,000 list rows of a 100,000-article
// file maps some 60 MiB. The pages stay in the page cache: the next read
// of them is a minor fault, not disk I/O. Nothing is lost, since the
// mapping is never written to.
//
// Trim runs inside a read transaction, which holds bbolt's mmap lock, so
// the mapping cannot be replaced under it.
func (s *Store) Trim() error {
	err := s.db.View(func(tx *bolt.Tx) error {
		addr, size := s.db.Info().Data, uintptr(tx.Size())
		if size == 0 {
			return nil
		}
		if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, addr, size, syscall.MADV_DONTNEED); errno != 0 {
			return errno
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("trim mapped pages: %w", err)
	}
	s.mapped.noteDropped()
	return nil
}

// dropMapped gives back the pages of tx's file that it has mapped, as
// Trim does, from inside a transaction that is still reading: the
// mapping is read-only, so the next read faults them back in from the
// page cache.
func dropMapped(tx *bolt.Tx) {
	if size := uintptr(tx.Size()); size > 0 {
		_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, tx.DB().Info().Data, size, syscall.MADV_DONTNEED)
	}
}

// dropPages gives back the pages of a read-only mapping of the file, as
// Trim does for bbolt's; the next read faults them in from the page cache.
func dropPages(data []byte) { _ = syscall.Madvise(data, syscall.MADV_DONTNEED) }

// residentFile returns how many bytes of the process's memory are pages
// mapped from files (the third field of /proc/self/statm, in pages: the
// program's own text as well as the store's mapping), and whether it
// could be read.
func residentFile() (int64, bool) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, false
	}
	f := bytes.Fields(b)
	if len(f) < 3 {
		return 0, false
	}
	pages, err := strconv.ParseInt(string(f[2]), 10, 64)
	if err != nil {
		return 0, false
	}
	return pages * int64(os.Getpagesize()), true
}
