package report

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"soundbite/library"
	"soundbite/model"
	"soundbite/search"
	"soundbite/store"
)

// SearchLine is one article in `search --json`.
type SearchLine struct {
	ArticleLine
	Score   float64     `json:"score"`
	Snippet SnippetJSON `json:"snippet"`
	Matches []QuoteLine `json:"matching_quotes"`
}

// SnippetJSON is a snippet with its marks as [start, end) byte offsets.
type SnippetJSON struct {
	Text  string   `json:"text"`
	Marks [][2]int `json:"marks"`
}

// SearchQuoteLine is one quote in `search --quotes --json`.
type SearchQuoteLine struct {
	QuoteLine
	Score float64 `json:"score"`
}

// QueryError words a query the parser refused: the message, then the
// query with a caret under the fault.
type QueryError struct{ Err *search.SyntaxError }

func (e QueryError) Error() string {
	lines := strings.Split(e.Err.Pointer(), "\n")
	return fmt.Sprintf("bad query: %s\n  %s\n  %s", e.Err.Error(), lines[0], lines[1])
}

func (e QueryError) Unwrap() error { return e.Err }

// Hit is a search hit as `search --json` prints it.
func Hit(h store.SearchHit) SearchLine {
	l := SearchLine{
		ArticleLine: Summary(h.Summary),
		Score:       h.Score,
		Snippet:     SnippetJSON{Text: h.Snippet.Text, Marks: [][2]int{}},
		Matches:     []QuoteLine{},
	}
	for _, m := range h.Snippet.Marks {
		l.Snippet.Marks = append(l.Snippet.Marks, [2]int{m.Start, m.End})
	}
	for _, q := range h.Quotes {
		l.Matches = append(l.Matches, QuoteRef(q))
	}
	return l
}

// QuoteHit is a quote that matched as `search --quotes --json` prints it.
func QuoteHit(h library.QuoteHit) SearchQuoteLine {
	return SearchQuoteLine{QuoteLine: QuoteRef(h.QuoteRef), Score: h.Score}
}

// WriteSearchText prints each hit as the list does, then its snippet,
// indented, with the matched words in brackets. The snippet lines hold no
// tab, so they leave the columns alone.
func WriteSearchText(w io.Writer, hits []store.SearchHit) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, h := range hits {
		s := h.Summary
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", s.ID, s.Date.Format("2006-01-02"),
			model.SanitizeLine(s.Category), model.SanitizeLine(s.Title))
		if h.Snippet.Text != "" {
			fmt.Fprintf(tw, "    %s\n", h.Snippet.Marked("[", "]"))
		}
	}
	return tw.Flush()
}

// WriteQuoteHits prints matching quotes for people.
func WriteQuoteHits(w io.Writer, hits []library.QuoteHit) error {
	var b strings.Builder
	for _, h := range hits {
		l := QuoteRef(h.QuoteRef)
		speaker := "(unattributed)"
		if l.Speaker != nil {
			speaker = model.SanitizeLine(*l.Speaker)
		}
		fmt.Fprintf(&b, "%s: \u201c%s\u201d\n  %s  %s (%s)\n\n", speaker, model.SanitizeLine(l.Text),
			l.Date.Format("2006-01-02"), model.SanitizeLine(l.Title), l.Article)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
