package report

import (
	"fmt"
	"io"
	"time"

	"soundbite/model"
	"soundbite/store"
)

// What import prints: a JSON line per committed batch and one at the end,
// and a running count on a terminal.

// BatchEvent is the `import --json` line for one committed transaction.
type BatchEvent struct {
	Event     string     `json:"event"` // "batch"
	New       int        `json:"new"`
	Updated   int        `json:"updated"`
	Unchanged int        `json:"unchanged"`
	IDs       []model.ID `json:"ids"`
}

// DoneEvent is the last `import --json` line of an import that ran to its
// end: its totals, and E, the record of each file that failed.
type DoneEvent[E any] struct {
	Event     string `json:"event"` // "done"
	New       int    `json:"new"`
	Updated   int    `json:"updated"`
	Unchanged int    `json:"unchanged"`
	Failed    int    `json:"failed"`
	Errors    []E    `json:"errors"`
}

// WriteBatch writes the `import --json` line of one committed batch.
func WriteBatch(w io.Writer, res store.PutResult) error {
	return WriteJSON(w, BatchEvent{Event: "batch", New: res.New, Updated: res.Updated, Unchanged: res.Unchanged, IDs: NonNilIDs(res.IDs)})
}

// WriteImportDone writes the end of an import that ran to its end: the
// done line, or a line for people.
func WriteImportDone[E any](o Output, done DoneEvent[E], asJSON bool) error {
	if asJSON {
		done.Event = "done"
		return WriteJSON(o.RawStdout, done)
	}
	fmt.Fprintf(o.Stdout, "%d new, %d updated, %d unchanged, %d failed\n", done.New, done.Updated, done.Unchanged, done.Failed)
	return nil
}

func NonNilIDs(ids []model.ID) []model.ID {
	if ids == nil {
		return []model.ID{}
	}
	return ids
}

// ImportProgress prints a running count on a terminal, at most a few times a
// second, and nothing when stderr is not a terminal.
type ImportProgress struct {
	w    io.Writer
	on   bool
	last time.Time
	n    int
}

func NewImportProgress(w io.Writer, on bool) *ImportProgress { return &ImportProgress{w: w, on: on} }

func (p *ImportProgress) Update(n int) {
	p.n = n
	if !p.on || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	fmt.Fprintf(p.w, "\r\x1b[Kimporting: %d articles stored", n)
}

func (p *ImportProgress) Done() {
	if p.on && !p.last.IsZero() {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// ImportDisplay shows an import as it goes: a running count on a
// terminal, the files skipped, and with JSON a line per committed batch.
type ImportDisplay struct {
	o      Output
	asJSON bool
	prog   *ImportProgress
	stored int
}

// NewImportDisplay shows an import on o: batch lines on stdout when asJSON.
func NewImportDisplay(o Output, asJSON bool) *ImportDisplay {
	return &ImportDisplay{o: o, asJSON: asJSON, prog: NewImportProgress(o.RawStderr, IsTerminal(o.RawStderr))}
}

// Batch hears of a committed batch (library.ImportOptions.OnBatch).
func (d *ImportDisplay) Batch(res store.PutResult) error {
	d.stored += len(res.IDs)
	d.prog.Update(d.stored)
	if !d.asJSON {
		return nil
	}
	return WriteBatch(d.o.RawStdout, res)
}

// Skip says a file was skipped (library.ImportOptions.OnSkip); ingest's
// errors start with the path.
func (d *ImportDisplay) Skip(_ string, err error) { d.o.Warnf("skipping %v", err) }

// Done clears the running count.
func (d *ImportDisplay) Done() { d.prog.Done() }
