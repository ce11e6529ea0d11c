package report

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"soundbite/model"
)

// What the article commands print: list, show, speakers and quotes, as
// text for people and as JSON Lines.

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

func SummaryLine(s model.Summary) ArticleLine {
	speakers := s.Speakers
	if speakers == nil {
		speakers = []string{}
	}
	return ArticleLine{
		ID: s.ID, Title: s.Title, Category: s.Category, Feed: s.Feed, Date: s.Date,
		Read: s.State.Read, Bookmarked: s.State.Bookmarked, Speakers: speakers, Quotes: s.Quotes,
	}
}

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

type SpeakerJSON struct {
	Name    string            `json:"name"`
	Kind    model.SpeakerKind `json:"kind"`
	Aliases []string          `json:"aliases"`
	Roles   []string          `json:"roles"`
	Quotes  int               `json:"quotes"`
}

type QuoteJSON struct {
	Speaker *string         `json:"speaker"`
	Kind    model.QuoteKind `json:"kind"`
	Text    string          `json:"text"`
	Cue     string          `json:"cue"`
	Start   int             `json:"start"`
	End     int             `json:"end"`
}

func SpeakerOut(s model.Speaker) SpeakerJSON {
	return SpeakerJSON{Name: s.Name, Kind: s.Kind, Aliases: NonNil(s.Aliases), Roles: NonNil(s.Roles), Quotes: s.Quotes}
}

func QuoteOut(q model.Quote, offset func(int) int) QuoteJSON {
	out := QuoteJSON{Kind: q.Kind, Text: q.Text, Cue: q.Cue, Start: offset(q.Start), End: offset(q.End)}
	if q.Speaker != "" {
		name := q.Speaker
		out.Speaker = &name
	}
	return out
}

func NonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func Identity(n int) int { return n }

func ShowJSON(art model.Article) ArticleJSON {
	out := ArticleJSON{
		ID: art.ID, Title: art.Title, Category: art.Category, Caption: art.Caption,
		Source: art.Source, Feed: art.Feed, Author: art.Author, Imported: art.Imported,
		Read: art.State.Read, Bookmarked: art.State.Bookmarked, Body: NonNil(art.Body),
		Speakers: []SpeakerJSON{}, Quotes: []QuoteJSON{}, ExtractorVersion: art.ExtractorVersion,
	}
	if !art.Published.IsZero() {
		p := art.Published
		out.Published = &p
	}
	for _, s := range art.Speakers {
		out.Speakers = append(out.Speakers, SpeakerOut(s))
	}
	for _, q := range art.Quotes {
		out.Quotes = append(out.Quotes, QuoteOut(q, Identity))
	}
	return out
}

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
	if len(art.Quotes) > 0 {
		fmt.Fprintf(&b, "%d %s\n", len(art.Quotes), Plural(len(art.Quotes), "quote", "quotes"))
		for _, q := range art.Quotes {
			speaker := "(unattributed)"
			if q.Speaker != "" {
				speaker = model.SanitizeLine(q.Speaker)
			}
			text := model.SanitizeLine(q.Text)
			if q.Kind == model.Direct {
				text = "\u201c" + text + "\u201d"
			}
			fmt.Fprintf(&b, "  %s (%s): %s\n", speaker, q.Kind, text)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// SpeakerLine is one speaker in `speakers --json`.
type SpeakerLine struct {
	SpeakerJSON
	Articles int `json:"articles"`
	// Ref is the form that finds this speaker alone where its name finds
	// others too (model.SpeakerCount.Ref: "=varga", a bare Varga's own
	// entry beside Ilse and Tomas Varga), for `list --speaker`, `quotes`
	// and speaker:; absent where the name does.
	Ref string `json:"ref,omitempty"`
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

func QuoteRefLine(q model.QuoteRef) QuoteLine {
	l := QuoteLine{QuoteJSON: QuoteOut(q.Quote, Identity), Article: q.Article, Title: q.Title, Date: q.Date}
	if q.SpeakerName != "" && q.SpeakerName != q.Speaker {
		name := q.SpeakerName
		l.Speaker, l.NamedAs = &name, q.Speaker
	}
	return l
}

// SpeakerCountLine is s as `speakers --json` prints it.
func SpeakerCountLine(s model.SpeakerCount) SpeakerLine {
	return SpeakerLine{SpeakerJSON: SpeakerOut(s.Speaker), Articles: s.Articles, Ref: s.Ref}
}

// WriteSpeakerTable writes speakers as a table, most quoted first as
// given.
func WriteSpeakerTable(w io.Writer, speakers []model.SpeakerCount) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "QUOTES\tARTICLES\tKIND\tNAME")
	for _, s := range speakers {
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\n", s.Quotes, s.Articles, s.Kind, model.SanitizeLine(s.Name))
	}
	return tw.Flush()
}

// WriteQuotesText writes quotes for people, newest first as given, each
// with its article; withSpeaker names the speaker of each, for a name
// that found several.
func WriteQuotesText(w io.Writer, quotes []model.QuoteRef, withSpeaker bool) {
	for _, q := range quotes {
		who := ""
		if withSpeaker {
			who = model.SanitizeLine(q.SpeakerName) + ", "
		}
		fmt.Fprintf(w, "%s  %s (%s)\n  %s%s: %q\n\n", q.Date.Format("2006-01-02"), model.SanitizeLine(q.Title), q.Article, who, q.Kind, model.SanitizeLine(q.Text))
	}
}

// WarnSpeakers says, on stderr, when a name form found several speakers
// (an ambiguous surname), whose articles and quotes are then all shown.
func WarnSpeakers(o Output, form string, sps []model.SpeakerCount) {
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

// WriteMarked says how many articles read or unread (state) changed, and
// how many of those matched already were.
func WriteMarked(w io.Writer, done model.Marked, state string) {
	fmt.Fprintf(w, "Marked %d %s %s", done.Changed, Plural(done.Changed, "article", "articles"), state)
	if rest := done.Matched - done.Changed; rest > 0 {
		fmt.Fprintf(w, " (%d already %s)", rest, state)
	}
	fmt.Fprintln(w, ".")
}
