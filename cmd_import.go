package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"soundbite/library"
	"soundbite/model"
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
a done line was cut short (the process was killed, or the store failed):
the articles its batch lines name are stored all the same, and importing
again picks up the rest.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if batchSize < 1 {
				return fmt.Errorf("--batch-size must be at least 1, not %d", batchSize)
			}
			return a.withStore(func(st *library.Library) error {
				prog := report.NewImportProgress(a.RawStderr, report.IsTerminal(a.RawStderr))
				stored := 0
				rep, err := st.Import(cmd.Context(), args, library.ImportOptions{
					Batch: batchSize,
					OnSkip: func(path string, err error) {
						a.Warnf("skipping %s: %s", path, model.SanitizeLine(err.Error()))
					},
					OnBatch: func(res store.PutResult) error {
						stored += len(res.IDs)
						prog.Update(stored)
						if asJSON {
							return report.WriteJSON(a.RawStdout, report.Batch(res))
						}
						return nil
					},
				})
				prog.Done()
				if err != nil {
					return err
				}
				if asJSON {
					if err := report.WriteJSON(a.RawStdout, report.Done(rep)); err != nil {
						return err
					}
				} else {
					fmt.Fprintf(a.Stdout, "%d new, %d updated, %d unchanged, %d failed\n", rep.New, rep.Updated, rep.Unchanged, rep.Failed)
				}
				if rep.Failed > 0 {
					return exitError{code: 1}
				}
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "stream JSON Lines: one line per committed batch, then a summary line")
	// Tests shrink the batch so a run commits many transactions and a kill
	// can land in any of them; nobody else needs to turn this knob.
	cmd.Flags().IntVar(&batchSize, "batch-size", library.DefaultBatch, "articles per write transaction")
	_ = cmd.Flags().MarkHidden("batch-size")
	return cmd
}
