// Command gen writes a synthetic news corpus for benchmarks and crash tests
// at scale:
//
//	go run ./internal/gen -n 100000 -out DIR [-seed 1] [-workers N]
//
// Article i goes to DIR/000/000001.txt ... (1000 to a directory, see
// corpus.Name) in the sample layout, and the file's modification time is
// set to corpus.Date(seed, i), because the importer takes a file's
// modification time as its publication date. Article 1 is the newest.
// Existing files of the same names are overwritten; others are left alone.
//
// The same -n and -seed always give the same bytes and times, and a corpus
// of N articles is a prefix of any larger one with the same seed. A
// summary goes to standard output; progress goes to standard error when it
// is a terminal.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/x/term"

	"soundbite/internal/corpus"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, term.IsTerminal(os.Stderr.Fd())))
}

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // the corpus could not be written
	exitUsage = 2 // bad flags
)

// maxArticles bounds -n: past a million the six-digit file names stop
// sorting in article order, and no benchmark needs more.
const maxArticles = 999_999

type config struct {
	n       int
	out     string
	seed    int64
	workers int
}

// run is main without the process: it returns the exit code, so tests can
// call it.
func run(args []string, stdout, stderr io.Writer, progress bool) int {
	cfg, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "gen: %v\nRun 'gen -h' for usage.\n", err)
		return exitUsage
	}
	var report func(done int)
	if progress {
		report = func(done int) {
			fmt.Fprintf(stderr, "\rgen: %d/%d articles", done, cfg.n)
		}
	}
	start := time.Now()
	sum, err := generate(cfg, report)
	if progress {
		fmt.Fprint(stderr, "\r\033[K") // clear the progress line
	}
	if err != nil {
		fmt.Fprintf(stderr, "gen: %v\n", err)
		return exitError
	}
	elapsed := time.Since(start)
	fmt.Fprintf(stdout, "gen: wrote %d articles (%.1f MB) to %s in %.1fs (%.0f articles/s)\n",
		cfg.n, float64(sum.bytes)/1e6, cfg.out, elapsed.Seconds(), float64(cfg.n)/elapsed.Seconds())
	fmt.Fprintf(stdout, "gen: seed %d; newest %s (%s), oldest %s (%s)\n", cfg.seed,
		corpus.Name(1), corpus.Date(cfg.seed, 1).Format(time.DateTime),
		corpus.Name(cfg.n), corpus.Date(cfg.seed, cfg.n).Format(time.DateTime))
	return exitOK
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	// Parse errors are reported once, by run, in gen's own words; usage is
	// printed only when asked for.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.IntVar(&cfg.n, "n", 0, "number of articles to write (required, 1 to 999999)")
	fs.StringVar(&cfg.out, "out", "", "directory to write the corpus into (required; created if missing)")
	fs.Int64Var(&cfg.seed, "seed", 1, "random seed: the same seed gives the same corpus")
	fs.IntVar(&cfg.workers, "workers", runtime.GOMAXPROCS(0), "articles generated and written at once")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stderr, "Usage: gen -n N -out DIR [-seed S] [-workers W]\n\n"+
				"Writes N synthetic news articles as DIR/000/000001.txt ..., 1000 to a directory,\n"+
				"each with its publication date as its modification time.\n\n")
			fs.SetOutput(stderr)
			fs.PrintDefaults()
		}
		return cfg, err
	}
	switch {
	case fs.NArg() > 0:
		return cfg, fmt.Errorf("unexpected argument %q: give the directory with -out", fs.Arg(0))
	case cfg.n < 1 || cfg.n > maxArticles:
		return cfg, fmt.Errorf("-n must be between 1 and %d, got %d", maxArticles, cfg.n)
	case cfg.out == "":
		return cfg, errors.New("-out is required")
	case cfg.workers < 1:
		return cfg, fmt.Errorf("-workers must be at least 1, got %d", cfg.workers)
	}
	return cfg, nil
}

type summary struct {
	bytes int64
}

// chunk is how many consecutive articles a worker claims at a time: large
// enough that claiming costs nothing, small enough to share the tail.
const chunk = 64

// generate writes the corpus. report, when not nil, is called from one
// goroutine now and then with the number of articles written.
func generate(cfg config, report func(done int)) (summary, error) {
	// Directories first, so workers only write files.
	for d := 1; d <= cfg.n; d += corpus.PerDir {
		dir := filepath.Join(cfg.out, filepath.Dir(filepath.FromSlash(corpus.Name(d))))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return summary{}, fmt.Errorf("creating corpus directory: %w", err)
		}
	}

	var (
		next, done, written atomic.Int64
		failed              atomic.Bool
		firstErr            error
		errOnce             sync.Once
		wg                  sync.WaitGroup
	)
	for range min(cfg.workers, (cfg.n+chunk-1)/chunk) {
		wg.Go(func() {
			for !failed.Load() {
				lo := int(next.Add(chunk)) - chunk + 1
				if lo > cfg.n {
					return
				}
				for i := lo; i < lo+chunk && i <= cfg.n; i++ {
					n, err := writeArticle(cfg, i)
					if err != nil {
						errOnce.Do(func() { firstErr = err })
						failed.Store(true)
						return
					}
					written.Add(int64(n))
					done.Add(1)
				}
			}
		})
	}

	if report != nil {
		stop := make(chan struct{})
		var reporter sync.WaitGroup
		reporter.Go(func() {
			tick := time.NewTicker(200 * time.Millisecond)
			defer tick.Stop()
			for {
				select {
				case <-stop:
					return
				case <-tick.C:
					report(int(done.Load()))
				}
			}
		})
		defer reporter.Wait()
		defer close(stop)
	}
	wg.Wait()
	if firstErr != nil {
		return summary{}, firstErr
	}
	return summary{bytes: written.Load()}, nil
}

// writeArticle writes article i and dates it; it returns the bytes written.
func writeArticle(cfg config, i int) (int, error) {
	name, data := corpus.Article(cfg.seed, i)
	path := filepath.Join(cfg.out, filepath.FromSlash(name))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return 0, fmt.Errorf("writing article %d: %w", i, err)
	}
	date := corpus.Date(cfg.seed, i)
	if err := os.Chtimes(path, date, date); err != nil {
		return 0, fmt.Errorf("dating article %d: %w", i, err)
	}
	return len(data), nil
}
