package library

import (
	"path/filepath"
	"testing"

	"soundbite/model"
)

// BenchmarkFirstPage reads the list's first page of 50 from a store of
// 2,000 articles: in the owning process, and from another through its
// socket, which is what every command and reader beside the owner pays.
func BenchmarkFirstPage(b *testing.B) {
	path := filepath.Join(b.TempDir(), "s.db")
	owner, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer owner.Close()
	arts := make([]model.Article, 0, 2000)
	for i := range 2000 {
		arts = append(arts, article(i))
	}
	if _, err := owner.Put(arts); err != nil {
		b.Fatal(err)
	}
	other, err := Open(path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer other.Close()
	for _, c := range []struct {
		name string
		lib  *Library
	}{{"owner", owner}, {"other-process", other}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if rows, err := c.lib.List(model.Filter{}, 0, 50); err != nil || len(rows) != 50 {
					b.Fatal(len(rows), err)
				}
			}
		})
	}
	b.Run("poll-changes", func(b *testing.B) {
		for b.Loop() {
			if _, err := other.Changes(); err != nil {
				b.Fatal(err)
			}
		}
	})
}
