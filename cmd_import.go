package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/charmbracelet/x/term"
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

func (a *app) importCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "import PATH...",
		Short: "Import article files and directories (recursive)",
		Long: `Import article files into the store. Directories are walked recursively
(hidden files and directories are skipped). Three layouts are recognised:
the sample layout ("Category,image caption," first line), plain text
(headline, blank line, body) and Markdown ("# Title"). Speakers and quotes
are extracted as articles are stored. Importing the same article again
changes nothing. Files that cannot be read are reported and skipped; the
exit status is 1 if any file failed.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withStore(func(st *store.Store) error {
				rep, err := importPaths(st, args, a.stderr, term.IsTerminal(os.Stderr.Fd()))
				if err != nil {
					return err
				}
				if asJSON {
					if err := json.NewEncoder(a.stdout).Encode(rep); err != nil {
						return err
					}
				} else {
					fmt.Fprintf(a.stdout, "%d new, %d updated, %d unchanged, %d failed\n", rep.New, rep.Updated, rep.Unchanged, rep.Failed)
				}
				if rep.Failed > 0 {
					return exitError{code: 1}
				}
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the summary as JSON")
	return cmd
}

// importReport is the outcome of an import.
type importReport struct {
	New       int           `json:"new"`
	Updated   int           `json:"updated"`
	Unchanged int           `json:"unchanged"`
	Failed    int           `json:"failed"`
	Errors    []importError `json:"errors,omitempty"`
}

type importError struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

// importPaths walks paths, extracts speakers on all cores and stores the
// articles in batches. Per-file errors are written to errw as they happen
// and counted; only a store failure stops the import.
func importPaths(st *store.Store, paths []string, errw io.Writer, showProgress bool) (importReport, error) {
	var rep importReport
	docs := make(chan model.Article, 64)
	extracted := make(chan model.Article, 64)

	var workers sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for art := range docs {
				annotate(&art)
				extracted <- art
			}
		}()
	}
	go func() {
		workers.Wait()
		close(extracted)
	}()

	walkDone := make(chan error, 1)
	go func() {
		defer close(docs)
		now := time.Now().UTC()
		walkDone <- ingest.Walk(paths, func(path string, d ingest.Doc, err error) error {
			if err != nil {
				rep.Failed++
				rep.Errors = append(rep.Errors, importError{File: path, Error: err.Error()})
				fmt.Fprintf(errw, "soundbite: skipping %s: %v\n", path, err)
				return nil
			}
			d.Article.Imported = now
			docs <- d.Article
			return nil
		})
	}()

	prog := newImportProgress(errw, showProgress)
	batch := make([]model.Article, 0, importBatch)
	var storeErr error
	flush := func() {
		if len(batch) == 0 || storeErr != nil {
			return
		}
		res, err := st.Put(batch)
		if err != nil {
			storeErr = fmt.Errorf("storing articles: %w", err)
		}
		rep.New += res.New
		rep.Updated += res.Updated
		rep.Unchanged += res.Unchanged
		batch = batch[:0]
		prog.update(rep.New + rep.Updated + rep.Unchanged)
	}
	for art := range extracted {
		batch = append(batch, art)
		if len(batch) == cap(batch) {
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
	if err := st.SetExtractorVersion(extract.Version); err != nil {
		return rep, err
	}
	return rep, nil
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
