package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"soundbite/internal/process"
	"soundbite/model"
	"soundbite/report"
	"soundbite/store"
)

func (a *app) checkCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Look for damage in the store",
		Long: `Check every page of the store file and, when they are all whole, read
every article. Nothing is written. Exits 1 when the store is damaged; then
soundbite repair copies what can still be read into a new file.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path, err := a.storePath()
			if err != nil {
				return err
			}
			rep, err := store.Check(path)
			if errors.Is(err, store.ErrLocked) {
				// Checking reads the file itself, so no soundbite may hold it.
				return fmt.Errorf("%s is open in another soundbite; check needs it to itself: quit that one first", path)
			}
			if err != nil {
				return err
			}
			if err := report.WriteCheck(a.Output, rep, asJSON); err != nil {
				return err
			}
			if rep.Damaged() {
				return process.ExitError{Code: 1}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as one JSON object")
	return cmd
}

func (a *app) repairCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "repair",
		Short: "Copy what can be read from a damaged store into a new one",
		Long: `Copy every article, reading state, feed and saved search that can still
be read from the store into a new file, built under a temporary name beside
it, then put the new file in the store's place. The damaged original is kept
beside it as NAME.damaged-TIME.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path, err := a.storePath()
			if err != nil {
				return err
			}
			if found, err := store.Check(path); errors.Is(err, store.ErrLocked) {
				return fmt.Errorf("%s is open in another soundbite; repair needs it to itself: quit that one first", path)
			} else if err != nil {
				return err
			} else if !found.Damaged() {
				fmt.Fprintf(a.Stdout, "%s: no damage, nothing to repair\n", model.SanitizeLine(path))
				return nil
			}
			rep, err := store.Repair(path, time.Now())
			if err != nil {
				return err
			}
			report.WriteRepaired(a.Stdout, rep)
			return nil
		},
	}
}

func (a *app) compactCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "compact",
		Short: "Rewrite the store into a smaller file",
		Long: `Copy the store into a new file with every page full and no free pages,
built under a temporary name beside it, then put the new file in the store's
place. Until that last step the old file is in place, whole; a kill at any
point leaves one or the other. Refused while another soundbite has the store
open. Import compacts by itself when it leaves much of the file free.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path, err := a.storePath()
			if err != nil {
				return err
			}
			rep, err := store.Compact(path)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "%s: %s, was %s\n", model.SanitizeLine(path), report.Mib(rep.After), report.Mib(rep.Before))
			return nil
		},
	}
}
