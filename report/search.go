package report

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"soundbite/model"
	"soundbite/store"
)

// What search prints: articles with their snippets, or quotes, as text
// for people and as JSON Lines.

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

func SearchJSON(h store.SearchHit) SearchLine {
	l := SearchLine{
		ArticleLine: SummaryLine(h.Summary),
		Score:       h.Score,
		Snippet:     SnippetJSON{Text: h.Snippet.Text, Marks: [][2]int{}},
		Matches:     []QuoteLine{},
	}
	for _, m := range h.Snippet.Marks {
		l.Snippet.Marks = append(l.Snippet.Marks, [2]int{m.Start, m.End})
	}
	for _, q := range h.Quotes {
		l.Matches = append(l.Matches, QuoteRefLine(q))
	}
	return l
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

// WriteSearchQuotes writes the quotes a search found, best first as
// given: JSON Lines, or text for people.
func WriteSearchQuotes(o Output, hits []model.QuoteHit, asJSON bool) error {
	lines := make([]SearchQuoteLine, len(hits))
	for i, h := range hits {
		lines[i] = SearchQuoteLine{QuoteLine: QuoteRefLine(h.QuoteRef), Score: h.Score}
	}
	if asJSON {
		return WriteJSONLines(o.RawStdout, lines, func(l SearchQuoteLine) SearchQuoteLine { return l })
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
	_, err := io.WriteString(o.Stdout, b.String())
	return err
}
