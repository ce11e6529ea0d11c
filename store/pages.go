package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
)

// A damaged page (zeroed by a failing disk, overwritten by a bad copy)
// makes bbolt panic when a transaction reaches it, and a write that never
// reaches it commits into the damaged file. So before its first write a
// Store looks at every page itself, from the raw file: bbolt's own
// Tx.Check walks pages in a goroutine of its own and panics there on the
// first bad page, which no recover can catch.
//
// The walk follows bbolt's layout (go.etcd.io/bbolt/internal/common), in
// the machine's byte order: a page starts with id u64, flags u16, count
// u16, overflow u32; branch elements are pos u32, ksize u32, child u64;
// leaf elements are flags u32, pos u32, ksize u32, vsize u32, pos counted
// from the element; a bucket's value starts with its root page u64 and
// sequence u64, and an inline bucket (root 0) holds its one leaf page
// right after.
const (
	pageBranch   = 0x01
	pageLeaf     = 0x02
	pageFreelist = 0x10
	leafBucket   = 0x01
	elemSize     = 16
	bucketHeader = 16
	noFreelist   = ^uint64(0)
	maxTreeDepth = 64 // far beyond any real tree: stops a cycle
)

// pageWalk is one check of a file's pages.
type pageWalk struct {
	r    io.ReaderAt
	data []byte // the file mapped into memory, when it could be
	// mapped counts the bytes of pages read through data since they were
	// last given back (dropPages): a walk touches every page of the
	// file, and the pages it maps would otherwise all count as the
	// process's memory until the walk ends (a reader's first write on a
	// 100,000-article store peaked at the size of the file).
	mapped   int
	pageSize int
	hwm      uint64   // pages the file holds, from the meta page
	seen     []uint64 // a bit per page: in use or free
	problems []string
	pages    int // pages in use, overflow included

	// collect maps a bucket's path to a function that receives every
	// key of the bucket that sits on a readable page.
	collect map[string]func(key []byte)
	// orphan, when set, receives every entry with an 8-byte key of
	// every leaf page the walk did not reach (its parent is damaged),
	// for Repair to sift.
	orphan func(key, val []byte)
}

// describer names what a page holds, for a problem's message: built
// only when there is one.
type describer interface{ String() string }

type bucketPath []byte

func (p bucketPath) String() string { return fmt.Sprintf("bucket %q", []byte(p)) }

type label string

func (l label) String() string { return string(l) }

// maxProblems bounds a report: a file of zeroes would otherwise list
// every page.
const maxProblems = 50

func (w *pageWalk) problem(format string, args ...any) {
	if len(w.problems) < maxProblems {
		w.problems = append(w.problems, fmt.Sprintf(format, args...))
	}
}

// walkMappedMax is how much of the mapped file a walk reads before it
// gives the pages back.
const walkMappedMax = 8 << 20

// read returns n bytes from the start of page id, which must lie within
// the pages the meta page says the file holds.
func (w *pageWalk) read(id uint64, n int) ([]byte, error) {
	off := id * uint64(w.pageSize)
	if id >= w.hwm || n < 0 || uint64(n) > (w.hwm-id)*uint64(w.pageSize) {
		return nil, fmt.Errorf("%d bytes at page %d lie beyond the file's %d pages", n, id, w.hwm)
	}
	if w.data != nil {
		// A read of a page's header maps the whole page, and more.
		if w.mapped += max(n, w.pageSize); w.mapped >= walkMappedMax {
			dropPages(w.data) // read-only: what is still in use faults back in
			w.mapped = 0
		}
		return w.data[off : off+uint64(n)], nil
	}
	b := make([]byte, n)
	_, err := w.r.ReadAt(b, int64(off))
	return b, err
}

// claim marks pages [id, id+n) in use, reporting any used twice.
func (w *pageWalk) claim(id uint64, n uint64, what describer) bool {
	if id < 2 || id+n > w.hwm || id+n < id {
		w.problem("page %d (%s): outside the file's %d pages", id, what, w.hwm)
		return false
	}
	for i := id; i < id+n; i++ {
		if w.isSeen(i) {
			w.problem("page %d (%s): used twice", i, what)
			return false
		}
		w.seen[i/64] |= 1 << (i % 64)
	}
	w.pages += int(n)
	return true
}

// header reads a page header and checks that it is the page it should be.
func (w *pageWalk) header(id uint64, what describer) (flags, count uint16, overflow uint32, ok bool) {
	b, err := w.read(id, 16)
	if err != nil {
		w.problem("page %d (%s): %v", id, what, err)
		return 0, 0, 0, false
	}
	ne := binary.NativeEndian
	if got := ne.Uint64(b); got != id {
		w.problem("page %d (%s): damaged (it says it is page %d, flags %#x)", id, what, got, ne.Uint16(b[8:]))
		return 0, 0, 0, false
	}
	return ne.Uint16(b[8:]), ne.Uint16(b[10:]), ne.Uint32(b[12:]), true
}

// tree checks the tree rooted at page id of the bucket at path.
func (w *pageWalk) tree(id uint64, path []byte, depth int) {
	if depth > maxTreeDepth {
		w.problem("page %d (%s): tree deeper than %d", id, bucketPath(path), maxTreeDepth)
		return
	}
	flags, count, overflow, ok := w.header(id, bucketPath(path))
	if !ok {
		return
	}
	if flags != pageBranch && flags != pageLeaf {
		w.problem("page %d (%s): flags %#x, not a branch or leaf page", id, bucketPath(path), flags)
		return
	}
	if !w.claim(id, uint64(overflow)+1, bucketPath(path)) {
		return
	}
	// A leaf holding no bucket needs only its element headers read;
	// branches, leaves with buckets and keys to collect need the page.
	size := (int(overflow) + 1) * w.pageSize
	collecting := w.collect[string(path)] != nil
	page, err := w.read(id, min(size, 16+int(count)*elemSize))
	if err == nil && (flags == pageBranch || collecting || hasBucket(page, int(count))) {
		page, err = w.read(id, size)
	}
	if err != nil {
		w.problem("page %d (%s): %v", id, bucketPath(path), err)
		return
	}
	w.elements(page, id, path, depth, false, collecting)
}

// hasBucket reports whether a leaf page's element headers mark a bucket.
func hasBucket(page []byte, count int) bool {
	for i := range count {
		if off := 16 + i*elemSize; off+4 <= len(page) && binary.NativeEndian.Uint32(page[off:])&leafBucket != 0 {
			return true
		}
	}
	return false
}

// elements checks the elements of a branch or leaf page (or an inline
// bucket's page, which may be cut short) and walks what they point to.
func (w *pageWalk) elements(page []byte, id uint64, path []byte, depth int, inline, collecting bool) {
	ne := binary.NativeEndian
	flags, count := ne.Uint16(page[8:]), int(ne.Uint16(page[10:]))
	if 16+count*elemSize > len(page) {
		w.problem("page %d (%s): %d elements do not fit", id, bucketPath(path), count)
		return
	}
	var prev []byte
	for i := range count {
		e := page[16+i*elemSize:]
		off := 16 + i*elemSize
		if flags == pageBranch {
			pos, ksize, child := int(ne.Uint32(e)), int(ne.Uint32(e[4:])), ne.Uint64(e[8:])
			key, ok := span(page, off+pos, ksize)
			if !ok {
				w.problem("page %d (%s): element %d lies outside the page", id, bucketPath(path), i)
				return
			}
			if prev != nil && bytes.Compare(key, prev) <= 0 {
				w.problem("page %d (%s): keys out of order", id, bucketPath(path))
			}
			prev = key
			w.tree(child, path, depth+1)
			continue
		}
		eflags, pos, ksize, vsize := ne.Uint32(e), int(ne.Uint32(e[4:])), int(ne.Uint32(e[8:])), int(ne.Uint32(e[12:]))
		if eflags&leafBucket == 0 && !collecting {
			continue // nothing below it; its bytes may not have been read
		}
		key, ok := span(page, off+pos, ksize)
		val, vok := span(page, off+pos+ksize, vsize)
		if !ok || !vok {
			w.problem("page %d (%s): element %d lies outside the page", id, bucketPath(path), i)
			return
		}
		if eflags&leafBucket == 0 {
			w.collect[string(path)](key)
			continue
		}
		if len(val) < bucketHeader {
			w.problem("page %d (%s): bucket %q has a short header", id, bucketPath(path), key)
			continue
		}
		sub := append(append(append([]byte(nil), path...), '/'), key...)
		if len(path) == 0 {
			sub = append([]byte(nil), key...)
		}
		root := ne.Uint64(val)
		switch {
		case root != 0:
			w.tree(root, sub, depth+1)
		case inline:
			w.problem("page %d (%s): inline bucket %q nests another", id, bucketPath(path), key)
		case len(val) < bucketHeader+16:
			w.problem("page %d (%s): inline bucket %q is cut short", id, bucketPath(path), key)
		default:
			w.elements(val[bucketHeader:], 0, sub, depth+1, true, w.collect[string(sub)] != nil)
		}
	}
}

// orphans passes the entries of every whole leaf page nothing reached to
// w.orphan.
func (w *pageWalk) orphans() {
	ne := binary.NativeEndian
	for id := uint64(2); id < w.hwm; id++ {
		if w.isSeen(id) {
			continue
		}
		hdr, err := w.read(id, 16)
		if err != nil || ne.Uint64(hdr) != id || ne.Uint16(hdr[8:]) != pageLeaf {
			continue
		}
		page, err := w.read(id, (int(ne.Uint32(hdr[12:]))+1)*w.pageSize)
		if err != nil {
			continue
		}
		for i := range int(ne.Uint16(hdr[10:])) {
			off := 16 + i*elemSize
			if off+elemSize > len(page) {
				break
			}
			e := page[off:]
			if ne.Uint32(e)&leafBucket != 0 {
				continue
			}
			pos, ksize, vsize := int(ne.Uint32(e[4:])), int(ne.Uint32(e[8:])), int(ne.Uint32(e[12:]))
			key, kok := span(page, off+pos, ksize)
			val, vok := span(page, off+pos+ksize, vsize)
			if kok && vok && ksize == idLen {
				w.orphan(key, val)
			}
		}
	}
}

func (w *pageWalk) isSeen(id uint64) bool { return w.seen[id/64]&(1<<(id%64)) != 0 }

func span(b []byte, at, n int) ([]byte, bool) {
	if at < 0 || n < 0 || at > len(b) || n > len(b)-at {
		return nil, false
	}
	return b[at : at+n], true
}

// freelist checks the freelist page and marks the pages it lists.
func (w *pageWalk) freelist(id uint64) {
	if id == noFreelist {
		return
	}
	flags, count, overflow, ok := w.header(id, label("freelist"))
	if !ok {
		return
	}
	if flags != pageFreelist {
		w.problem("page %d (freelist): flags %#x, not a freelist page", id, flags)
		return
	}
	if !w.claim(id, uint64(overflow)+1, label("freelist")) {
		return
	}
	page, err := w.read(id, (int(overflow)+1)*w.pageSize)
	if err != nil {
		w.problem("page %d (freelist): %v", id, err)
		return
	}
	ne := binary.NativeEndian
	ids, n := page[16:], int(count)
	if count == 0xFFFF { // the count did not fit: it is the first id
		n, ids = int(min(ne.Uint64(ids), uint64(len(ids)))), ids[8:]
	}
	if n*8 > len(ids) {
		w.problem("page %d (freelist): %d ids do not fit", id, n)
		return
	}
	for i := range n {
		if !w.claim(ne.Uint64(ids[i*8:]), 1, label("free")) {
			return
		}
	}
}

// walkPages walks every page of the bbolt file f, whose newest meta page
// is m, with w's collect and orphan functions (paths of collect's buckets
// look like "by_feed/<url>"), and returns what is wrong, if anything, and
// how many pages are in use. With freelistOnly it checks the freelist
// alone: bbolt reads it when it opens a file for writing, and panics there
// on a damaged one, leaving the file open and locked.
func walkPages(r io.ReaderAt, m boltMeta, w *pageWalk, freelistOnly bool) (problems []string, pages int) {
	w.r, w.pageSize, w.hwm, w.seen = r, int(m.pageSize), m.pgid, make([]uint64, (m.pgid+63)/64)
	// Reading pages through a mapping costs a tenth of a read call each.
	// The caller has checked the file holds hwm pages, and holds a lock
	// that keeps it from shrinking.
	if f, ok := r.(*os.File); ok {
		if data, unmap, err := mapFile(f, int64(m.pgid)*int64(m.pageSize)); err == nil {
			defer unmap()
			w.data = data
		}
	}
	if m.pgid < 2 {
		return []string{fmt.Sprintf("the file holds %d pages, fewer than its meta pages", m.pgid)}, 0
	}
	w.seen[0] |= 3 // the meta pages
	w.freelist(m.freelist)
	if freelistOnly {
		return w.problems, w.pages + 2
	}
	if m.root != 0 {
		w.tree(m.root, nil, 0)
	}
	if w.orphan != nil {
		w.orphans()
	}
	// Without a stored freelist (bbolt's NoFreelistSync) the pages in
	// use are all there is to check.
	for id := uint64(2); id < w.hwm && len(w.problems) == 0 && m.freelist != noFreelist; id++ {
		if !w.isSeen(id) {
			w.problem("page %d: neither in use nor free", id)
		}
	}
	return w.problems, w.pages + 2
}
