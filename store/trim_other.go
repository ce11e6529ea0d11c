//go:build !linux

package store

// Trim does nothing where the mapped pages of the file are not known to
// be given back with madvise; see the Linux version.
func (s *Store) Trim() error { return nil }
