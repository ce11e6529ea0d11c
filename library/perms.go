package library

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// maxSocketPath is the longest socket path every Unix takes (macOS: 104
// bytes with the terminating zero; Linux 108).
const maxSocketPath = 103

// SocketPath is where the owner of the store at storePath serves it.
func SocketPath(storePath string) string { return storePath + ".sock" }

func checkSocketPath(path string) error {
	if len(path) > maxSocketPath {
		return fmt.Errorf("the socket path %s is longer than %d bytes, the most a Unix socket takes: keep the store at a shorter path", path, maxSocketPath)
	}
	return nil
}

// checkPlace refuses a store whose directory or file another user owns,
// or others may write to: its lock and its socket would be theirs to
// take, swap or listen on.
func checkPlace(storePath string) error {
	dir := filepath.Dir(storePath)
	// A first run creates the directory, as the store would, for this
	// user alone.
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("creating the store's directory: %w", err)
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("checking the store's directory: %w", err)
	}
	// A sticky directory such as /tmp is writable by all, but nobody
	// may remove or rename another's files in it: the checks on the
	// store file and the socket below are then enough.
	if fi.Mode()&fs.ModeSticky == 0 {
		if err := ownedAndClosed(dir, fi, "directory"); err != nil {
			return err
		}
	} else if uid, ok := owner(fi); ok && uid != 0 && uid != os.Getuid() {
		return fmt.Errorf("%w: the directory %s belongs to uid %d, not to you (uid %d)", ErrDenied, dir, uid, os.Getuid())
	}
	fi, err = os.Stat(storePath)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("checking the store: %w", err)
	}
	return ownedAndClosed(storePath, fi, "store file")
}

// ownedAndClosed checks that fi belongs to this user and nobody else may
// write to it.
func ownedAndClosed(path string, fi fs.FileInfo, what string) error {
	if uid, ok := owner(fi); ok && uid != os.Getuid() {
		return fmt.Errorf("%w: the %s %s belongs to uid %d, not to you (uid %d)", ErrDenied, what, path, uid, os.Getuid())
	}
	if fi.Mode().Perm()&0o002 != 0 {
		return fmt.Errorf("%w: the %s %s is writable by every user (mode %04o): chmod o-w it", ErrDenied, what, path, fi.Mode().Perm())
	}
	return nil
}

// checkSocket refuses to talk to a socket that is not this user's alone.
func checkSocket(path string) error {
	fi, err := os.Lstat(path)
	if err != nil {
		return err
	}
	if fi.Mode().Type() != fs.ModeSocket {
		return fmt.Errorf("%w: %s is not a socket", ErrDenied, path)
	}
	if err := ownedAndClosed(path, fi, "socket"); err != nil {
		return err
	}
	if fi.Mode().Perm()&0o022 != 0 {
		return fmt.Errorf("%w: the socket %s is open to other users (mode %04o)", ErrDenied, path, fi.Mode().Perm())
	}
	return nil
}

// removeStaleSocket removes a dead owner's socket; the caller holds the
// store's lock, so no live process serves on it. Anything but this
// user's socket is left alone and refused.
func removeStaleSocket(path string) error {
	fi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("checking %s: %w", path, err)
	}
	if fi.Mode().Type() != fs.ModeSocket {
		return fmt.Errorf("%w: %s is in the way of the store's socket and is not one; move it away", ErrDenied, path)
	}
	if uid, ok := owner(fi); ok && uid != os.Getuid() {
		return fmt.Errorf("%w: the socket %s belongs to uid %d, not to you (uid %d)", ErrDenied, path, uid, os.Getuid())
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("removing a dead soundbite's socket: %w", err)
	}
	return nil
}

func owner(fi fs.FileInfo) (int, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, false
	}
	return int(st.Uid), true
}

func inode(fi fs.FileInfo) uint64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Ino)
	}
	return 0
}
