package report

import (
	"fmt"
	"io"
	"time"

	"soundbite/library"
	"soundbite/model"
	"soundbite/store"
)

// BatchEvent is the `import --json` line for one committed transaction.
type BatchEvent struct {
	Event     string     `json:"event"` // "batch"
	New       int        `json:"new"`
	Updated   int        `json:"updated"`
	Unchanged int        `json:"unchanged"`
	IDs       []model.ID `json:"ids"`
}

// Batch is a committed transaction as `import --json` prints it.
func Batch(res store.PutResult) BatchEvent {
	ids := res.IDs
	if ids == nil {
		ids = []model.ID{}
	}
	return BatchEvent{Event: "batch", New: res.New, Updated: res.Updated, Unchanged: res.Unchanged, IDs: ids}
}

// DoneEvent is the last `import --json` line of an import that ran to its
// end.
type DoneEvent struct {
	Event string `json:"event"` // "done"
	library.ImportReport
}

// Done is the closing `import --json` line.
func Done(rep library.ImportReport) DoneEvent { return DoneEvent{Event: "done", ImportReport: rep} }

// ImportProgress prints a running count on a terminal, at most a few
// times a second, and nothing when stderr is not a terminal.
type ImportProgress struct {
	w    io.Writer
	on   bool
	last time.Time
}

// NewImportProgress draws on w when on.
func NewImportProgress(w io.Writer, on bool) *ImportProgress { return &ImportProgress{w: w, on: on} }

// Update shows n articles stored.
func (p *ImportProgress) Update(n int) {
	if !p.on || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	fmt.Fprintf(p.w, "\r\x1b[Kimporting: %d articles stored", n)
}

// Done clears the count.
func (p *ImportProgress) Done() {
	if p.on && !p.last.IsZero() {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
