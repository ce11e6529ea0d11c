package library

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"soundbite/internal/corpus"
	"soundbite/internal/cputime"
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

// importArticles is how many generated articles BenchmarkImport imports
// each time: one import of the scale the issue 14 figures start at.
const importArticles = 2000

// BenchmarkImport is `soundbite import` in process: generated article
// files (internal/corpus, as the bench script's corpus) walked, parsed,
// extracted and stored into an empty store, search index included. It
// reports the CPU time per article, which other work on the machine
// does not inflate as it does wall time, and articles/s, which shows
// how well the pipeline keeps the cores busy.
func BenchmarkImport(b *testing.B) {
	dir := b.TempDir()
	for i := 1; i <= importArticles; i++ {
		name, data := corpus.Article(1, i)
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			b.Fatal(err)
		}
		// The importer dates an article without a date by its file.
		date := corpus.Date(1, i)
		if err := os.Chtimes(path, date, date); err != nil {
			b.Fatal(err)
		}
	}
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		st, err := openStore(filepath.Join(b.TempDir(), "s.db"))
		if err != nil {
			b.Fatal(err)
		}
		start := cputime.Used()
		b.StartTimer()
		rep, err := Import(context.Background(), NewLocal(st), []string{dir}, ImportOptions{})
		b.StopTimer()
		cpu += cputime.Used() - start
		if err != nil || rep.New != importArticles {
			b.Fatalf("import: %+v, %v", rep, err)
		}
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	n := float64(b.N * importArticles)
	b.ReportMetric(n/b.Elapsed().Seconds(), "articles/s")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/n, "cpu-µs/article")
	}
}
