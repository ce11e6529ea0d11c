package main

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"

	"soundbite/library"
	"soundbite/report"
	"soundbite/store"
)

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
			defer collectSooner()()
			var rep library.ImportReport
			err = a.withStore(readWrite, func(st *library.Library) error {
				prog := report.NewImportProgress(a.RawStderr, report.IsTerminal(a.RawStderr))
				stored := 0
				var err error
				rep, err = st.Import(cmd.Context(), args, library.ImportOptions{
					Batch:  batchSize,
					OnSkip: func(_ string, err error) { a.Warnf("skipping %v", err) }, // ingest's errors start with the path
					OnBatch: func(res store.PutResult) error {
						stored += len(res.IDs)
						prog.Update(stored)
						// The pages a batch read stay mapped, and count as
						// the process's memory, until given back: a large
						// import would end with the whole file resident.
						if err := st.Trim(); err != nil {
							return err
						}
						if !asJSON {
							return nil
						}
						return report.WriteJSON(a.RawStdout, report.BatchEvent{
							Event: "batch", New: res.New, Updated: res.Updated, Unchanged: res.Unchanged,
							IDs: report.NonNilIDs(res.IDs),
						})
					},
				})
				prog.Done()
				if _, signalled := interruption(cmd.Context()); signalled {
					a.Warnf("interrupted: %d %s stored before the signal (%d new, %d updated, %d unchanged), %d failed; import again to do the rest",
						rep.Stored(), report.Plural(rep.Stored(), "article", "articles"), rep.New, rep.Updated, rep.Unchanged, rep.Failed)
				}
				return err
			})
			if _, signalled := interruption(cmd.Context()); signalled || err != nil {
				return err // an interrupted import has no done line
			}
			// The store is closed: compact it before saying the import is
			// done, so a script that waits for the done line finds the
			// store free. Another soundbite holding it (a reader) means
			// no compaction this time, and nothing to say about it.
			if grewMuch(before, fileSize(path)) {
				if _, err := store.Compact(path); err != nil && !errors.Is(err, store.ErrLocked) {
					a.Warnf("the import is stored, but compacting the store failed: %v", err)
				}
			}
			if asJSON {
				if err := report.WriteJSON(a.RawStdout, report.DoneEvent{Event: "done", ImportReport: rep}); err != nil {
					return err
				}
			} else {
				fmt.Fprintf(a.Stdout, "%d new, %d updated, %d unchanged, %d failed\n", rep.New, rep.Updated, rep.Unchanged, rep.Failed)
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
	cmd.Flags().IntVar(&batchSize, "batch-size", library.DefaultBatch, "articles per write transaction")
	_ = cmd.Flags().MarkHidden("batch-size")
	return cmd
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

// importGCPercent is the garbage collector's GOGC during an import. The
// import extracts the next batch while the last one is stored, so the
// heap holds the extractor's garbage on top of the write transaction's:
// at the default 100 that took the peak of anonymous memory of a
// 30,000-article import from 58 to 70 MiB. At 75 it is back at 57 MiB,
// for a few more collections (docs/benchmarks.md, issue 14).
const importGCPercent = 75

// collectSooner sets GOGC to importGCPercent, unless the environment sets
// GOGC, and returns what sets it back.
func collectSooner() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(importGCPercent)
	return func() { debug.SetGCPercent(old) }
}
