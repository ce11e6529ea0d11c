package report

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"soundbite/extract"
	"soundbite/ingest"
	"soundbite/model"
)

// ArticleLine is one article in `list --json`.
type ArticleLine struct {
	ID         model.ID  `json:"id"`
	Title      string    `json:"title"`
	Category   string    `json:"category"`
	Feed       string    `json:"feed,omitempty"`
	Date       time.Time `json:"date"`
	Read       bool      `json:"read"`
	Bookmarked bool      `json:"bookmarked"`
	Speakers   []string  `json:"speakers"`
	Quotes     int       `json:"quotes"`
}

// Summary is a list row as `list --json` prints it.
func Summary(s model.Summary) ArticleLine {
	return ArticleLine{
		ID: s.ID, Title: s.Title, Category: s.Category, Feed: s.Feed, Date: s.Date,
		Read: s.State.Read, Bookmarked: s.State.Bookmarked, Speakers: nonNil(s.Speakers), Quotes: s.Quotes,
	}
}

// WriteArticleTable prints list rows for people.
func WriteArticleTable(w io.Writer, items []model.Summary) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, s := range items {
		mark := " "
		if !s.State.Read {
			mark = "•"
		}
		if s.State.Bookmarked {
			mark += "★"
		} else {
			mark += " "
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", s.ID, mark, s.Date.Format("2006-01-02"),
			model.SanitizeLine(s.Category), model.SanitizeLine(s.Title))
	}
	return tw.Flush()
}

// ArticleJSON is one article in `show --json`: everything stored about it.
type ArticleJSON struct {
	ID               model.ID      `json:"id"`
	Title            string        `json:"title"`
	Category         string        `json:"category"`
	Caption          string        `json:"caption"`
	Source           string        `json:"source"`
	Feed             string        `json:"feed,omitempty"`
	Author           string        `json:"author,omitempty"`
	Published        *time.Time    `json:"published,omitempty"`
	Imported         time.Time     `json:"imported"`
	Read             bool          `json:"read"`
	Bookmarked       bool          `json:"bookmarked"`
	Body             []string      `json:"body"`
	Speakers         []SpeakerJSON `json:"speakers"`
	Quotes           []QuoteJSON   `json:"quotes"`
	ExtractorVersion int           `json:"extractor_version"`
}

// SpeakerJSON is a speaker as every --json command prints it.
type SpeakerJSON struct {
	Name    string            `json:"name"`
	Kind    model.SpeakerKind `json:"kind"`
	Aliases []string          `json:"aliases"`
	Roles   []string          `json:"roles"`
	Quotes  int               `json:"quotes"`
}

// QuoteJSON is a quote as every --json command prints it.
type QuoteJSON struct {
	Speaker *string         `json:"speaker"`
	Kind    model.QuoteKind `json:"kind"`
	Text    string          `json:"text"`
	Cue     string          `json:"cue"`
	Start   int             `json:"start"`
	End     int             `json:"end"`
}

func speakerOut(s model.Speaker) SpeakerJSON {
	return SpeakerJSON{Name: s.Name, Kind: s.Kind, Aliases: nonNil(s.Aliases), Roles: nonNil(s.Roles), Quotes: s.Quotes}
}

func quoteOut(q model.Quote, offset func(int) int) QuoteJSON {
	out := QuoteJSON{Kind: q.Kind, Text: q.Text, Cue: q.Cue, Start: offset(q.Start), End: offset(q.End)}
	if q.Speaker != "" {
		name := q.Speaker
		out.Speaker = &name
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func identity(n int) int { return n }

// Show is an article as `show --json` prints it.
func Show(art model.Article) ArticleJSON {
	out := ArticleJSON{
		ID: art.ID, Title: art.Title, Category: art.Category, Caption: art.Caption,
		Source: art.Source, Feed: art.Feed, Author: art.Author, Imported: art.Imported,
		Read: art.State.Read, Bookmarked: art.State.Bookmarked, Body: nonNil(art.Body),
		Speakers: []SpeakerJSON{}, Quotes: []QuoteJSON{}, ExtractorVersion: art.ExtractorVersion,
	}
	if !art.Published.IsZero() {
		p := art.Published
		out.Published = &p
	}
	for _, s := range art.Speakers {
		out.Speakers = append(out.Speakers, speakerOut(s))
	}
	for _, q := range art.Quotes {
		out.Quotes = append(out.Quotes, quoteOut(q, identity))
	}
	return out
}

// WriteArticleText prints an article for people.
func WriteArticleText(w io.Writer, art model.Article) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", model.SanitizeLine(art.Title))
	fmt.Fprintf(&b, "%s · %s · %s\n", model.SanitizeLine(art.Category), art.Date().Format("2006-01-02 15:04"), art.ID)
	if art.Caption != "" {
		fmt.Fprintf(&b, "[%s]\n", model.SanitizeLine(art.Caption))
	}
	if len(art.Speakers) > 0 {
		names := make([]string, len(art.Speakers))
		for i, s := range art.Speakers {
			names[i] = model.SanitizeLine(s.Name)
		}
		fmt.Fprintf(&b, "Speakers: %s\n", strings.Join(names, ", "))
	}
	b.WriteString("\n")
	for _, p := range art.Body {
		b.WriteString(model.Sanitize(p))
		b.WriteString("\n\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// SpeakerLine is one speaker in `speakers --json`.
type SpeakerLine struct {
	SpeakerJSON
	Articles int `json:"articles"`
}

// Speaker is a speaker as `speakers --json` prints it.
func Speaker(s model.SpeakerCount) SpeakerLine {
	return SpeakerLine{SpeakerJSON: speakerOut(s.Speaker), Articles: s.Articles}
}

// WriteSpeakerTable prints speakers for people.
func WriteSpeakerTable(w io.Writer, speakers []model.SpeakerCount) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "QUOTES\tARTICLES\tKIND\tNAME")
	for _, s := range speakers {
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\n", s.Quotes, s.Articles, s.Kind, model.SanitizeLine(s.Name))
	}
	return tw.Flush()
}

// QuoteLine is one quote in `quotes --json`: speaker is the speaker's
// name across the store, named_as the form the article used when it
// differs.
type QuoteLine struct {
	QuoteJSON
	NamedAs string    `json:"named_as,omitempty"`
	Article model.ID  `json:"article"`
	Title   string    `json:"title"`
	Date    time.Time `json:"date"`
}

// QuoteRef is a quote with its article as `quotes --json` prints it.
func QuoteRef(q model.QuoteRef) QuoteLine {
	l := QuoteLine{QuoteJSON: quoteOut(q.Quote, identity), Article: q.Article, Title: q.Title, Date: q.Date}
	if q.SpeakerName != "" && q.SpeakerName != q.Speaker {
		name := q.SpeakerName
		l.Speaker, l.NamedAs = &name, q.Speaker
	}
	return l
}

// WriteQuotes prints a speaker's quotes for people, naming the speaker
// when the name found several.
func WriteQuotes(w io.Writer, quotes []model.QuoteRef, naming bool) error {
	var b strings.Builder
	for _, q := range quotes {
		who := ""
		if naming {
			who = model.SanitizeLine(q.SpeakerName) + ", "
		}
		fmt.Fprintf(&b, "%s  %s (%s)\n  %s%s: %q\n\n", q.Date.Format("2006-01-02"), model.SanitizeLine(q.Title), q.Article, who, q.Kind, model.SanitizeLine(q.Text))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ExtractLine is one file in `extract --json`.
type ExtractLine struct {
	File     string        `json:"file"`
	Title    string        `json:"title"`
	Category string        `json:"category"`
	Speakers []SpeakerJSON `json:"speakers"`
	Quotes   []QuoteJSON   `json:"quotes"`
}

// Extract is a file's extraction as `extract --json` prints it, with
// quote offsets into the file.
func Extract(file string, doc ingest.Doc, res extract.Result) ExtractLine {
	out := ExtractLine{
		File: file, Title: doc.Article.Title, Category: doc.Article.Category,
		Speakers: []SpeakerJSON{}, Quotes: []QuoteJSON{},
	}
	for _, s := range res.Speakers {
		out.Speakers = append(out.Speakers, speakerOut(s))
	}
	for _, q := range res.Quotes {
		out.Quotes = append(out.Quotes, quoteOut(q, doc.FileOffset))
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
		fmt.Fprintf(&b, "\n  %s (%s, %d quotes)", model.SanitizeLine(s.Name), s.Kind, s.Quotes)
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

// WarnAmbiguous says on stderr when a name form found several speakers,
// whose articles and quotes are then all shown.
func WarnAmbiguous(o Output, form string, sps []model.SpeakerCount) {
	if len(sps) < 2 {
		return
	}
	names := make([]string, len(sps))
	for i, sp := range sps {
		names[i] = model.SanitizeLine(sp.Name)
	}
	o.Warnf("%q names %d speakers (%s); showing them all, name one in full for one",
		model.SanitizeLine(form), len(sps), strings.Join(names, ", "))
}
