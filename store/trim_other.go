//go:build !linux

package store

import bolt "go.etcd.io/bbolt"

// Trim does nothing where the mapped pages of the file are not known to
// be given back with madvise; see the Linux version.
func (s *Store) Trim() error { return nil }

// dropMapped does nothing here; see the Linux version.
func dropMapped(*bolt.Tx) {}

// dropPages does nothing here; see the Linux version.
func dropPages([]byte) {}

// residentFile is not known here; see the Linux version.
func residentFile() (int64, bool) { return 0, false }
