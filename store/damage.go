package store

import (
	"fmt"
	"os"
	"runtime/debug"
	"strings"
)

// guard runs fn, turning a panic into ErrDamaged naming path. bbolt
// panics when a transaction reaches a page that is not what its parent
// says (a zeroed page, say); a panic inside db.View or db.Update has
// rolled the transaction back by the time it reaches here, so nothing was
// written. A fault reading the mapped file (one cut short while open)
// panics too, rather than killing the process.
func guard(path string, fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s is damaged: %s: %w", path, firstLine(fmt.Sprint(r)), ErrDamaged)
		}
	}()
	return fn()
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// checkDamage walks every page of the file at path and fails with
// ErrDamaged, naming the first fault, if any page is not what the tree
// says. The caller holds a lock that keeps writers out.
func checkDamage(path string) error { return damageIn(path, false) }

// checkFreelist checks only the freelist, which bbolt reads when it opens
// a file for writing.
func checkFreelist(path string) error { return damageIn(path, true) }

func damageIn(path string, freelistOnly bool) error {
	problems, _, err := walkFile(path, &pageWalk{}, freelistOnly)
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s is damaged: %s: %w", path, problems[0], ErrDamaged)
	}
	return nil
}

// walkFile runs checkPages on the file at path with its newest meta page.
func walkFile(path string, w *pageWalk, freelistOnly bool) (problems []string, pages int, err error) {
	// The walk checks every offset it reads; should it still trip on
	// some byte pattern, or the file shrink under it, that is damage too.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			problems = append(problems, fmt.Sprintf("the page walk failed: %s", firstLine(fmt.Sprint(r))))
		}
	}()
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	m, ok := newestMeta(f)
	if !ok {
		return nil, 0, fmt.Errorf("%s: no whole meta page: %w", path, ErrNotDatabase)
	}
	info, err := f.Stat()
	if err != nil {
		return nil, 0, fmt.Errorf("stat %s: %w", path, err)
	}
	// A file cut short is walked as far as it goes, for what Repair can
	// still find in it.
	var cut []string
	if need := int64(m.pgid) * int64(m.pageSize); info.Size() < need {
		cut = []string{fmt.Sprintf("the file is %d bytes but its last commit needs %d", info.Size(), need)}
		m.pgid = uint64(info.Size() / int64(m.pageSize))
	}
	problems, pages = walkPages(f, m, w, freelistOnly)
	return append(cut, problems...), pages, nil
}
