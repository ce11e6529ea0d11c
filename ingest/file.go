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
)

// ReadFile reads and parses the file at path. The size is checked before
// the file is read, and the read is bounded too, because a file can grow
// after the check and a pipe or device has no size. Non-regular files
// (pipes, /dev/stdin) are read like any other. Article.Published is the
// file's modification time.
func ReadFile(path string) (Doc, error) {
	f, err := os.Open(path)
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
	if info.Size() > MaxFileSize {
		return Doc{}, fmt.Errorf("%s: %w (%d bytes, limit %d)", path, ErrTooLarge, info.Size(), MaxFileSize)
	}
	var buf bytes.Buffer
	if info.Mode().IsRegular() {
		buf.Grow(int(info.Size()) + bytes.MinRead) // one allocation, no regrowth
	}
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

// Walk visits the article files under paths in order, calling fn for each
// with the parsed doc or that file's error. A per-file error, unreadable
// directories included, goes to fn and never stops the walk by itself.
//
// A path that names a file is always read, whatever its name. Directories
// are walked recursively in lexical order, skipping hidden files and
// directories (a name starting with "."), files other than .txt, .md,
// .markdown and extensionless ones, and non-regular files. Symbolic links
// to regular files are followed; links to directories are not, so a walk
// cannot loop.
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
		if e.Type()&fs.ModeSymlink != 0 {
			if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
				return nil // dangling, or a link to a directory or device
			}
		} else if !e.Type().IsRegular() {
			return nil
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
