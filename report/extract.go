package report

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"soundbite/extract"
	"soundbite/ingest"
	"soundbite/model"
)

// What extract prints: each file's speakers and quotes, as text for
// people and as JSON Lines.

// ExtractLine is one file in `extract --json`.
type ExtractLine struct {
	File     string        `json:"file"`
	Title    string        `json:"title"`
	Category string        `json:"category"`
	Speakers []SpeakerJSON `json:"speakers"`
	Quotes   []QuoteJSON   `json:"quotes"`
}

func ExtractJSON(file string, doc ingest.Doc, res extract.Result) ExtractLine {
	out := ExtractLine{
		File: file, Title: doc.Article.Title, Category: doc.Article.Category,
		Speakers: []SpeakerJSON{}, Quotes: []QuoteJSON{},
	}
	for _, s := range res.Speakers {
		out.Speakers = append(out.Speakers, SpeakerOut(s))
	}
	for _, q := range res.Quotes {
		out.Quotes = append(out.Quotes, QuoteOut(q, doc.FileOffset))
	}
	return out
}

// WriteExtractText prints a file's speakers, each followed by its quotes,
// then the quotes nobody could be credited with.
func WriteExtractText(w io.Writer, path string, art model.Article, res extract.Result) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", path, model.SanitizeLine(art.Title))
	if len(res.Speakers) == 0 {
		b.WriteString("  no speakers found\n")
	}
	bySpeaker := map[string][]model.Quote{}
	for _, q := range res.Quotes {
		bySpeaker[q.Speaker] = append(bySpeaker[q.Speaker], q)
	}
	for _, s := range res.Speakers {
		fmt.Fprintf(&b, "\n  %s (%s, %d %s)", model.SanitizeLine(s.Name), s.Kind, s.Quotes, Plural(s.Quotes, "quote", "quotes"))
		if len(s.Roles) > 0 {
			fmt.Fprintf(&b, " · %s", model.SanitizeLine(strings.Join(s.Roles, ", ")))
		}
		b.WriteString("\n")
		for _, q := range bySpeaker[s.Name] {
			writeQuoteLine(&b, q)
		}
	}
	if qs := bySpeaker[""]; len(qs) > 0 {
		b.WriteString("\n  (unattributed)\n")
		for _, q := range qs {
			writeQuoteLine(&b, q)
		}
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func writeQuoteLine(b *strings.Builder, q model.Quote) {
	text := model.SanitizeLine(q.Text)
	if q.Kind == model.Direct {
		text = "“" + text + "”"
	}
	fmt.Fprintf(b, "    %-8s %s\n", q.Kind, text)
}

// WriteExtract writes what the extractor found in the article file at
// path: one JSON object, or a listing grouped by speaker.
func WriteExtract(o Output, path string, doc ingest.Doc, res extract.Result, asJSON bool) error {
	if !asJSON {
		return WriteExtractText(o.Stdout, path, doc.Article, res)
	}
	return WriteJSONLines(o.RawStdout, []extract.Result{res}, func(r extract.Result) ExtractLine {
		return ExtractJSON(filepath.Base(path), doc, r)
	})
}
