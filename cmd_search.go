package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"soundbite/library"
	"soundbite/model"
	"soundbite/report"
	"soundbite/search"
)

// queryError words a query the parser refused: the message, then the
// query with a caret under the fault.
type queryError struct{ err *search.SyntaxError }

func (e queryError) Error() string {
	lines := strings.Split(e.err.Pointer(), "\n")
	return fmt.Sprintf("bad query: %s\n  %s\n  %s", e.err.Error(), lines[0], lines[1])
}

func (e queryError) Unwrap() error { return e.err }

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
			q, err := parseQuery(strings.Join(args, " "))
			if err != nil {
				return err
			}
			return a.withStore(readOnly, func(st *library.Library) error {
				if quotes {
					return a.searchQuotes(st, q, limit, asJSON)
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
	addLimitFlag(cmd.Flags(), &limit, 20, "articles (or quotes, with --quotes)")
	cmd.SetFlagErrorFunc(queryFlagErrors)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON Lines, one article (or quote) per line")
	cmd.Flags().BoolVar(&quotes, "quotes", false, "print the matching quotes, with speaker and article, instead of articles")
	return cmd
}

// searchQuotes prints the quotes of the best articles that match, at
// most limit of them (all when limit <= 0).
func (a *app) searchQuotes(st *library.Library, q search.Query, limit int, asJSON bool) error {
	hits, err := library.SearchQuotes(st, q, limit)
	if err != nil {
		return err
	}
	lines := make([]report.SearchQuoteLine, len(hits))
	for i, h := range hits {
		lines[i] = report.SearchQuoteLine{QuoteLine: report.QuoteRefLine(h.QuoteRef), Score: h.Score}
	}
	if asJSON {
		return report.WriteJSONLines(a.RawStdout, lines, func(l report.SearchQuoteLine) report.SearchQuoteLine { return l })
	}
	var b strings.Builder
	for _, l := range lines {
		speaker := "(unattributed)"
		if l.Speaker != nil {
			speaker = model.SanitizeLine(*l.Speaker)
		}
		fmt.Fprintf(&b, "%s: \u201c%s\u201d\n  %s  %s (%s)\n\n", speaker, model.SanitizeLine(l.Text),
			l.Date.Format("2006-01-02"), model.SanitizeLine(l.Title), l.Article)
	}
	_, err = io.WriteString(a.Stdout, b.String())
	return err
}

// parseQuery reads a query in the search language for a command, worded
// for people: a syntax error points at its column, and an empty query is
// refused.
func parseQuery(text string) (search.Query, error) {
	q, err := search.Parse(text)
	var se *search.SyntaxError
	switch {
	case errors.As(err, &se):
		return q, queryError{se}
	case err != nil:
		return q, err
	case q.IsZero():
		return q, errors.New("empty query: give words or operators (see soundbite search --help)")
	}
	return q, nil
}
