package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// ReadFile reads and parses the file at path, which must be a regular file
// once symbolic links are followed: a named pipe, socket or device is
// refused with ErrNotRegular, never read. The open itself cannot block
// (O_NONBLOCK: opening a pipe with no writer would wait for one forever),
// and the type is checked on the file opened, so a file swapped for a pipe
// after a directory listing is refused too. The size is checked before the
// file is read, and the read is bounded as well, because a file can grow
// after the check. Article.Published is the file's modification time.
func ReadFile(path string) (Doc, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return Doc{}, unreadable(path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return Doc{}, unreadable(path, err)
	}
	if info.IsDir() {
		return Doc{}, fmt.Errorf("%s: %w: is a directory", path, ErrUnreadable)
	}
	if !info.Mode().IsRegular() {
		return Doc{}, notRegular(path, info.Mode())
	}
	if info.Size() > MaxFileSize {
		return Doc{}, fmt.Errorf("%s: %w (%d bytes, limit %d)", path, ErrTooLarge, info.Size(), MaxFileSize)
	}
	var buf bytes.Buffer
	buf.Grow(int(info.Size()) + bytes.MinRead) // one allocation, no regrowth
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxFileSize+1)); err != nil {
		return Doc{}, unreadable(path, err)
	}
	if buf.Len() > MaxFileSize {
		return Doc{}, fmt.Errorf("%s: %w (more than %d bytes)", path, ErrTooLarge, MaxFileSize)
	}
	d, err := Parse(path, buf.Bytes())
	if err != nil {
		return Doc{}, err
	}
	d.Article.Published = info.ModTime()
	return d, nil
}

// unreadable wraps an I/O error with ErrUnreadable and the path, keeping
// the cause for errors.Is (fs.ErrNotExist, fs.ErrPermission) without
// repeating the path a *fs.PathError already carries.
func unreadable(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s: %w: %w", path, ErrUnreadable, err)
}

// notRegular words ErrNotRegular with what the file is instead.
func notRegular(path string, mode fs.FileMode) error {
	kind := "a special file"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		kind = "a named pipe"
	case mode&fs.ModeSocket != 0:
		kind = "a socket"
	case mode&fs.ModeDevice != 0:
		kind = "a device"
	}
	return fmt.Errorf("%s: %w: %s", path, ErrNotRegular, kind)
}

// Walk visits the article files under paths in order, calling fn for each
// with the parsed doc or that file's error. A per-file error, unreadable
// directories included, goes to fn and never stops the walk by itself.
//
// A path that names a file is always read, whatever its name. Directories
// are walked recursively in lexical order, skipping hidden files and
// directories (a name starting with "."), and files other than .txt, .md,
// .markdown and extensionless ones. A named pipe, socket or device (or a
// link to one) goes to fn with ErrNotRegular and is never opened. Symbolic
// links to regular files are followed; links to directories are not, so a
// walk cannot loop, and dangling links are passed over.
//
// fn's error stops the walk and is returned, except that filepath.SkipAll
// stops it and returns nil, and filepath.SkipDir skips the rest of the
// directory the file is in.
func Walk(paths []string, fn func(path string, d Doc, err error) error) error {
	// WalkDir swallows SkipAll, so note it here to stop for good.
	stopped := false
	visit := func(path string, d Doc, err error) error {
		ferr := fn(path, d, err)
		if errors.Is(ferr, filepath.SkipAll) {
			stopped = true
		}
		return ferr
	}
	for _, root := range paths {
		err := walkOne(root, visit)
		if stopped {
			return nil
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func walkOne(root string, fn func(path string, d Doc, err error) error) error {
	info, err := os.Stat(root)
	if err != nil {
		return skipDirOK(fn(root, Doc{}, unreadable(root, err)))
	}
	if !info.IsDir() {
		d, err := ReadFile(root)
		return skipDirOK(fn(root, d, err))
	}
	return filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			// A directory that cannot be listed (or vanished): report it
			// and walk on.
			return fn(path, Doc{}, unreadable(path, err))
		}
		if path != root && strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if e.IsDir() || !isArticleName(e.Name()) {
			return nil
		}
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			fi, err := os.Stat(path)
			if err != nil || fi.IsDir() {
				return nil // dangling, or a link to a directory
			}
			mode = fi.Mode()
		}
		if !mode.IsRegular() {
			return fn(path, Doc{}, notRegular(path, mode))
		}
		d, err := ReadFile(path)
		return fn(path, d, err)
	})
}

// skipDirOK treats SkipDir from fn on an explicitly named file as "go on":
// there is no directory to skip.
func skipDirOK(err error) error {
	if errors.Is(err, filepath.SkipDir) {
		return nil
	}
	return err
}

// isArticleName reports whether a file found in a directory walk is read.
func isArticleName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case "", ".txt", ".md", ".markdown":
		return true
	}
	return false
}
