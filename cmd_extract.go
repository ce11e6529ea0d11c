package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"soundbite/extract"
	"soundbite/internal/process"
	"soundbite/library"
	"soundbite/report"
)

func (a *app) extractCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "extract FILE...",
		Short: "Print who is quoted in article files, without storing them",
		Long: `Run the speaker and quote extractor on article files and print the
result: by default a listing grouped by speaker, with --json one object per
file with its speakers and quotes. start and end are byte offsets of a
quote's text in the file. The store is not opened.`,
		Example: `  soundbite extract article.txt
  soundbite extract --json *.txt | jq '.speakers[].name'`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			failed := 0
			for _, path := range args {
				doc, res, err := library.ExtractFile(path)
				if err != nil {
					failed++
					a.Warnf("skipping %v", err) // ingest's errors start with the path
					continue
				}
				err = report.WriteExtract(a.Output, path, doc, res, asJSON)
				if err != nil {
					return err
				}
			}
			if failed > 0 {
				return process.ExitError{Code: 1}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object per file")
	return cmd
}

func (a *app) reindexCommand() *cobra.Command {
	var all bool
	cmd := &cobra.Command{
		Use:   "reindex",
		Short: "Re-run the speaker extractor and rebuild the search index",
		Long: `Re-extract speakers and quotes for every stored article whose results
come from an older extractor version (or all of them with --all), then
rebuild the search index. Read state and bookmarks are kept.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withStore(readWrite, func(st *library.Library) error {
				n, total, err := library.Reindex(cmd.Context(), st, all)
				if _, signalled := process.Interruption(cmd.Context()); signalled {
					a.Warnf("interrupted: %d of %d %s re-extracted and stored; reindex again to do the rest", n, total, report.Plural(total, "article", "articles"))
					return err
				}
				if err != nil {
					return err
				}
				fmt.Fprintf(a.Stdout, "%d %s re-extracted (extractor version %d)\n", n, report.Plural(n, "article", "articles"), extract.Version)
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&all, "all", false, "re-extract every article, not just outdated ones")
	return cmd
}
