package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"soundbite/library"
	"soundbite/model"
	"soundbite/report"
	"soundbite/search"
)

// readCommand builds read and unread: on the articles named, on every
// article (--all), or on the results of a query (--query), which change
// in batches, one transaction each.
func (a *app) readCommand(name, short string, read bool) *cobra.Command {
	var (
		all   bool
		query string
	)
	state := "read"
	if !read {
		state = "unread"
	}
	cmd := &cobra.Command{
		Use:   name + " [ID...]",
		Short: short,
		Long: short + ` named by ID or unique ID prefix, every article with --all, or the
results of a query with --query (the language of soundbite search).`,
		Example: fmt.Sprintf(`  soundbite %[1]s 3f2a91c0
  soundbite %[1]s --all
  soundbite %[1]s --query 'feed:wire before:2026-11-01'`, name),
		RunE: func(cmd *cobra.Command, args []string) error {
			views := len(args) > 0
			if all && views || query != "" && (views || all) {
				return errors.New("give IDs, --all or --query, one of them")
			}
			if !all && query == "" {
				if !views {
					return errors.New("give article IDs, --all or --query (see soundbite " + name + " --help)")
				}
				change := library.MarkRead
				if !read {
					change = library.MarkUnread
				}
				return a.withStore(readWrite, func(st *library.Library) error {
					return library.ChangeState(st, change, args)
				})
			}
			var q search.Query
			if query != "" {
				var err error
				if q, err = report.ParseQuery(query); err != nil {
					return err
				}
			}
			return a.withStore(readWrite, func(st *library.Library) error {
				done, err := st.MarkView(model.Filter{}, q, read)
				if err != nil {
					return err
				}
				report.WriteMarked(a.Stdout, done, state)
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&all, "all", false, "every article in the store")
	cmd.Flags().StringVar(&query, "query", "", "the articles a search query finds (see soundbite search --help)")
	return cmd
}
