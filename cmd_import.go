package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"soundbite/extract"
	"soundbite/ingest"
	"soundbite/model"
	"soundbite/store"
)

// importBatch is how many articles go into one write transaction: large
// enough that fsync cost is spread thin, small enough that a crash loses
// little work and memory stays flat.
const importBatch = 1000

// importBatchBytes bounds a batch by the text it holds as well: the
// articles, their search documents and the transaction's dirty pages
// all grow with it, so sizing batches by bytes keeps the import's
// memory flat whatever the articles' lengths. 1 MiB is about 250
// articles of 600 words.
const importBatchBytes = 1 << 20

// importBatchAge bounds a batch by time as well: a batch is committed once
// its first article has waited this long. Committing the last batch is
// what an interrupted import still has to do before it exits, so this
// keeps a Ctrl+C well under a second, and a kill loses less.
const importBatchAge = 250 * time.Millisecond

func (a *app) importCommand() *cobra.Command {
	var (
		asJSON    bool
		batchSize int
	)
	cmd := &cobra.Command{
		Use:   "import PATH...",
		Short: "Import article files and directories (recursive)",
		Long: `Import article files into the store. Directories are walked recursively
(hidden files and directories are skipped). Three layouts are recognised:
the sample layout ("Category,image caption," first line), plain text
(headline, blank line, body) and Markdown ("# Title"). Speakers and quotes
are extracted as articles are stored. Importing the same article again
changes nothing. Files that cannot be read are reported and skipped; the
exit status is 1 if any file failed.

Articles are stored in batches, one transaction each. With --json the
command prints JSON Lines on stdout as it goes, one line per committed
batch, written only once the batch is durably stored:

  {"event":"batch","new":N,"updated":N,"unchanged":N,"ids":["<id>",...]}

and, when the import has run to its end, one last line:

  {"event":"done","new":N,"updated":N,"unchanged":N,"failed":N,
   "errors":[{"file":"<path>","error":"<message>"},...]}

The done line's counts are the totals of the batch lines. A stream without
a done line was cut short (the process was killed, the store failed, or
SIGINT, SIGTERM or SIGHUP stopped it: then it says on stderr how far it
got and exits 130, 143 or 129): the articles its batch lines name are
stored all the same, and importing again picks up the rest.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if batchSize < 1 {
				return fmt.Errorf("--batch-size must be at least 1, not %d", batchSize)
			}
			path, _, err := a.databasePath()
			if err != nil {
				return err
			}
			before := fileSize(path)
			var rep importReport
			err = a.withStore(readWrite, func(st *store.Store) error {
				opts := importOptions{
					batch:        batchSize,
					out:          a.output,
					showProgress: isTerminal(a.rawStderr),
				}
				if asJSON {
					opts.onBatch = func(res store.PutResult) error {
						return writeJSON(a.rawStdout, batchEvent{
							Event: "batch", New: res.New, Updated: res.Updated, Unchanged: res.Unchanged,
							IDs: nonNilIDs(res.IDs),
						})
					}
				}
				var err error
				rep, err = importPaths(cmd.Context(), st, args, opts)
				if _, signalled := interruption(cmd.Context()); signalled {
					a.warnf("interrupted: %d %s stored before the signal (%d new, %d updated, %d unchanged), %d failed; import again to do the rest",
						rep.stored(), plural(rep.stored(), "article", "articles"), rep.New, rep.Updated, rep.Unchanged, rep.Failed)
					return err
				}
				return err
			})
			if err != nil {
				return err
			}
			// The store is closed: compact it before saying the import is
			// done, so a script that waits for the done line finds the
			// store free.
			if grewMuch(before, fileSize(path)) {
				if _, err := store.Compact(path); err != nil {
					a.warnf("the import is stored, but compacting the store failed: %v", err)
				}
			}
			if asJSON {
				if err := writeJSON(a.rawStdout, doneEvent{Event: "done", importReport: rep}); err != nil {
					return err
				}
			} else {
				fmt.Fprintf(a.stdout, "%d new, %d updated, %d unchanged, %d failed\n", rep.New, rep.Updated, rep.Unchanged, rep.Failed)
			}
			if rep.Failed > 0 {
				return exitError{code: 1}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "stream JSON Lines: one line per committed batch, then a summary line")
	// Tests shrink the batch so a run commits many transactions and a kill
	// can land in any of them; nobody else needs to turn this knob.
	cmd.Flags().IntVar(&batchSize, "batch-size", importBatch, "articles per write transaction")
	_ = cmd.Flags().MarkHidden("batch-size")
	return cmd
}

// importReport is the outcome of an import.
type importReport struct {
	New       int           `json:"new"`
	Updated   int           `json:"updated"`
	Unchanged int           `json:"unchanged"`
	Failed    int           `json:"failed"`
	Errors    []importError `json:"errors"`
}

// stored is how many articles the import has committed.
func (r importReport) stored() int { return r.New + r.Updated + r.Unchanged }

type importError struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

// batchEvent is the `import --json` line for one committed transaction.
type batchEvent struct {
	Event     string     `json:"event"` // "batch"
	New       int        `json:"new"`
	Updated   int        `json:"updated"`
	Unchanged int        `json:"unchanged"`
	IDs       []model.ID `json:"ids"`
}

// doneEvent is the last `import --json` line of an import that ran to its
// end.
type doneEvent struct {
	Event string `json:"event"` // "done"
	importReport
}

func nonNilIDs(ids []model.ID) []model.ID {
	if ids == nil {
		return []model.ID{}
	}
	return ids
}

// importOptions tune importPaths.
type importOptions struct {
	batch        int    // articles per transaction
	out          output // per-file errors and progress
	showProgress bool
	// onBatch, when set, is called after each transaction commits, with
	// what it stored. An error from it stops the import.
	onBatch func(store.PutResult) error
}

// importPaths walks paths, extracts speakers on all cores and stores the
// articles in batches. Per-file errors are written as they happen and
// counted; only a store failure or the end of ctx stops the import. When
// ctx ends, the walk stops, files not yet extracted are left, the articles
// already extracted are committed, and the report says what was stored
// along with ctx's cause.
func importPaths(ctx context.Context, st *store.Store, paths []string, opts importOptions) (importReport, error) {
	rep := importReport{Errors: []importError{}}
	docs := make(chan model.Article, 64)
	extracted := make(chan model.Article, 64)

	var workers sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for art := range docs {
				if ctx.Err() != nil {
					continue // drain: the walk is stopping
				}
				annotate(&art)
				extracted <- art
			}
		}()
	}
	go func() {
		workers.Wait()
		close(extracted)
	}()

	// stop tells the walk to give up once storing has failed, so a dead
	// store does not cost a walk of the whole tree.
	stop := make(chan struct{})
	walkDone := make(chan error, 1)
	go func() {
		defer close(docs)
		now := time.Now().UTC()
		walkDone <- ingest.Walk(paths, func(path string, d ingest.Doc, err error) error {
			if ctx.Err() != nil {
				return filepath.SkipAll
			}
			if err != nil {
				// The path stays exact in the report, where JSON escapes
				// it, so a script can act on it; text for people is
				// sanitised, since file names and errors can hold anything.
				rep.Failed++
				rep.Errors = append(rep.Errors, importError{File: path, Error: model.SanitizeLine(withoutPath(err, path))})
				opts.out.warnf("skipping %v", err) // ingest's errors start with the path
				return nil
			}
			d.Article.Imported = now
			select {
			case docs <- d.Article:
				return nil
			case <-stop:
				return filepath.SkipAll
			case <-ctx.Done():
				return filepath.SkipAll
			}
		})
	}()

	prog := newImportProgress(opts.out.rawStderr, opts.showProgress)
	batch := make([]model.Article, 0, opts.batch)
	var (
		batchStart time.Time
		batchBytes int
	)
	var storeErr error
	flush := func() {
		if len(batch) == 0 || storeErr != nil {
			return
		}
		res, err := st.Put(batch)
		clear(batch) // the backing array must not keep the articles alive
		batch, batchBytes = batch[:0], 0
		if err != nil {
			storeErr = fmt.Errorf("storing articles: %w", err)
			close(stop)
			return
		}
		rep.New += res.New
		rep.Updated += res.Updated
		rep.Unchanged += res.Unchanged
		if opts.onBatch != nil {
			if err := opts.onBatch(res); err != nil {
				storeErr = err
				close(stop)
				return
			}
		}
		prog.update(rep.New + rep.Updated + rep.Unchanged)
		// The pages the batch read stay mapped, and count as the
		// process's memory, until told otherwise: a large import would
		// end up with the whole file resident.
		if err := st.Trim(); err != nil {
			storeErr = err
			close(stop)
		}
	}
	for art := range extracted {
		if storeErr != nil {
			continue // drain, so the workers and the walk can finish
		}
		if len(batch) == 0 {
			batchStart = time.Now()
		}
		batch = append(batch, art)
		batchBytes += articleBytes(&art)
		if len(batch) == opts.batch || batchBytes >= importBatchBytes || time.Since(batchStart) >= importBatchAge {
			flush()
		}
	}
	flush()
	prog.done()
	// The walk has finished once extracted is closed, so rep's error fields
	// are no longer written concurrently.
	if err := <-walkDone; err != nil {
		return rep, fmt.Errorf("walking %v: %w", paths, err)
	}
	if storeErr != nil {
		return rep, storeErr
	}
	if ctx.Err() != nil {
		return rep, context.Cause(ctx)
	}
	if err := st.SetExtractorVersion(extract.Version); err != nil {
		return rep, err
	}
	return rep, nil
}

// grewMuch reports whether an import that took the store from before to
// after bytes is worth a compaction: bulk imports leave pages part full
// and free pages behind (merges rewrite the search index), and a copy
// with full pages is some 10% smaller. Small imports into a large store
// are not worth rewriting the file for.
func grewMuch(before, after int64) bool {
	return after >= 16<<20 && after-before >= after/3
}

// fileSize is the size of the file at path, 0 when there is none.
func fileSize(path string) int64 {
	info, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return info.Size()
}

// articleBytes is about how much text an article holds.
func articleBytes(a *model.Article) int {
	n := len(a.Title) + len(a.Caption)
	for _, p := range a.Body {
		n += len(p)
	}
	return n
}

// withoutPath is err's text without the "path: " it starts with, for a
// field beside the path.
func withoutPath(err error, path string) string {
	msg, _ := strings.CutPrefix(err.Error(), path+": ")
	return msg
}

// annotate runs the speaker extractor on an article and keeps its results.
func annotate(a *model.Article) {
	res := extract.Extract(a.Body)
	a.Speakers = res.Speakers
	a.Quotes = res.Quotes
	a.ExtractorVersion = extract.Version
}

// importProgress prints a running count on a terminal, at most a few times a
// second, and nothing when stderr is not a terminal.
type importProgress struct {
	w    io.Writer
	on   bool
	last time.Time
	n    int
}

func newImportProgress(w io.Writer, on bool) *importProgress { return &importProgress{w: w, on: on} }

func (p *importProgress) update(n int) {
	p.n = n
	if !p.on || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	fmt.Fprintf(p.w, "\r\x1b[Kimporting: %d articles stored", n)
}

func (p *importProgress) done() {
	if p.on && !p.last.IsZero() {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
