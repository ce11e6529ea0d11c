package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"soundbite/internal/cli"
	"soundbite/library"
	"soundbite/report"
)

func (a *app) searchCommand() *cobra.Command {
	var (
		limit  int
		asJSON bool
		quotes bool
	)
	cmd := &cobra.Command{
		Use:   "search QUERY...",
		Short: "Search articles and quotes",
		Long: `Search every stored article: titles, bodies, speakers and quotes.

The words of QUERY are joined with spaces; quote the query for the shell
when it holds "phrases", and put -- before a query that starts with -word.
Flags go before or after the query. Every term must match:

  word             the word, in any form ("talks" finds "talk", "Zürich" "zurich")
  "two words"      the words in a row
  -word, -"a b"    articles without them (any term below may be excluded too)
  speaker:NAME     articles quoting the speaker, by any of their names
  said:WORD        the word inside a quote: the speaker's, with speaker:
  said:"a b"       the words in a row inside a quote
  category:NAME    articles of the category
  feed:NAME        articles from the feed (its name, title or URL)
  is:unread, is:read, is:bookmarked
  after:YYYY-MM-DD articles from that day on; before:YYYY-MM-DD, until then

Results come best first; a query without words lists newest first.`,
		Example: `  soundbite search ceasefire
  soundbite search 'speaker:putin said:"security guarantees"'
  soundbite search --quotes speaker:peskov said:kyiv --json
  soundbite search 'harbour -strike after:2026-11-01 is:unread'`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			q, err := report.ParseQuery(strings.Join(args, " "))
			if err != nil {
				return err
			}
			return a.withStore(readOnly, func(st *library.Library) error {
				if quotes {
					hits, err := library.SearchQuotes(st, q, limit)
					if err != nil {
						return err
					}
					return report.WriteSearchQuotes(a.Output, hits, asJSON)
				}
				hits, err := st.Search(q, limit)
				if err != nil {
					return fmt.Errorf("searching: %w", err)
				}
				if asJSON {
					return report.WriteJSONLines(a.RawStdout, hits, report.SearchJSON)
				}
				return report.WriteSearchText(a.Stdout, hits)
			})
		},
	}
	cli.AddLimitFlag(cmd.Flags(), &limit, 20, "articles (or quotes, with --quotes)")
	cmd.SetFlagErrorFunc(cli.QueryFlagErrors)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON Lines, one article (or quote) per line")
	cmd.Flags().BoolVar(&quotes, "quotes", false, "print the matching quotes, with speaker and article, instead of articles")
	return cmd
}
