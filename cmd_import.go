package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"soundbite/internal/process"
	"soundbite/library"
	"soundbite/report"
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
			path, err := a.storePath()
			if err != nil {
				return err
			}
			before := library.FileSize(path)
			defer process.CollectSooner(process.ImportGC())()
			var rep library.ImportReport
			err = a.withStore(readWrite, func(st *library.Library) error {
				disp := report.NewImportDisplay(a.Output, asJSON)
				var err error
				rep, err = st.Import(cmd.Context(), args, library.ImportOptions{Batch: batchSize, OnSkip: disp.Skip, OnBatch: disp.Batch})
				disp.Done()
				if _, signalled := process.Interruption(cmd.Context()); signalled {
					a.Warnf("interrupted: %d %s stored before the signal (%d new, %d updated, %d unchanged), %d failed; import again to do the rest",
						rep.Stored(), report.Plural(rep.Stored(), "article", "articles"), rep.New, rep.Updated, rep.Unchanged, rep.Failed)
				}
				return err
			})
			if _, signalled := process.Interruption(cmd.Context()); signalled || err != nil {
				return err // an interrupted import has no done line
			}
			// The store is closed: compact it before saying the import is
			// done, so a script that waits for the done line finds the
			// store free.
			if err := library.CompactAfterImport(path, before); err != nil {
				a.Warnf("the import is stored, but compacting the store failed: %v", err)
			}
			done := report.DoneEvent[library.ImportError]{New: rep.New, Updated: rep.Updated, Unchanged: rep.Unchanged, Failed: rep.Failed, Errors: rep.Errors}
			if err := report.WriteImportDone(a.Output, done, asJSON); err != nil {
				return err
			}
			if rep.Failed > 0 {
				return process.ExitError{Code: 1}
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
