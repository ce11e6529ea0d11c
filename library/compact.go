package library

import (
	"errors"
	"os"

	"soundbite/store"
)

// When a closed store is worth rewriting with store.Compact: after an
// import or a prune that changed much of it. A soundbite holding the
// store (a reader) means no compaction this time; soundbite compact does
// it later.

// FileSize is the size of the file at path, 0 when there is none: the
// store's size before an import, for CompactAfterImport.
func FileSize(path string) int64 {
	info, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return info.Size()
}

// grewMuch reports whether an import that took the store from before to
// after bytes is worth a compaction: bulk imports leave pages part full
// and free pages behind (merges rewrite the search index), and a copy
// with full pages is some 20% smaller. Small imports into a large store
// are not worth rewriting the file for, nor are tiny stores. A store of
// 10,000 articles is: the copy costs 0.22-0.27 s of one core after the
// import, once, and takes the file from 40 MiB to 30; left uncompacted,
// every start of the reader peaked 10 MiB higher (48 against 38 MiB)
// walking the larger file's pages.
func grewMuch(before, after int64) bool {
	return after >= compactFrom && after-before >= after/3
}

// compactFrom is the smallest store an import compacts: some 4,000
// articles of 600 words.
const compactFrom = 16 << 20

// CompactAfterImport compacts the closed store at path when an import
// took it from before bytes to much more. A store held by another
// soundbite is left as it is, without error.
func CompactAfterImport(path string, before int64) error {
	if !grewMuch(before, FileSize(path)) {
		return nil
	}
	if _, err := store.Compact(path); err != nil && !errors.Is(err, store.ErrLocked) {
		return err
	}
	return nil
}

// CompactAfterPrune compacts the closed store at path when a prune
// removed a tenth of it or more, giving the space back; compacted says
// whether it was worth trying. The error wraps store.ErrLocked when
// another soundbite holds the store.
func CompactAfterPrune(path string, done Pruned) (rep store.CompactReport, compacted bool, err error) {
	if done.Articles*10 < done.Articles+done.Kept {
		return store.CompactReport{}, false, nil
	}
	rep, err = store.Compact(path)
	return rep, true, err
}
