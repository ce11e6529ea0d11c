package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"soundbite/library"
	"soundbite/model"
	"soundbite/report"
	"soundbite/store"
)

// articleLine is one article in `list --json`.
type articleLine struct {
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

func summaryLine(s model.Summary) articleLine {
	speakers := s.Speakers
	if speakers == nil {
		speakers = []string{}
	}
	return articleLine{
		ID: s.ID, Title: s.Title, Category: s.Category, Feed: s.Feed, Date: s.Date,
		Read: s.State.Read, Bookmarked: s.State.Bookmarked, Speakers: speakers, Quotes: s.Quotes,
	}
}

func (a *app) listCommand() *cobra.Command {
	var (
		f      model.Filter
		limit  int
		asJSON bool
		speak  []string
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List stored articles, newest first",
		Example: `  soundbite list --limit 20
  soundbite list --speaker putin --unread --json | jq -r .title`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withStore(readOnly, func(st *library.Library) error {
				if f.Feed != "" {
					url, err := feedURL(st, f.Feed)
					if err != nil {
						return err
					}
					f.Feed = url
				}
				for _, name := range speak {
					if _, err := a.speakersNamed(st, name); err != nil {
						return err
					}
					// The store resolves the name again, as search's
					// speaker: does, so the two always agree.
					f.Speakers = append(f.Speakers, name)
				}
				items, err := st.List(f, 0, limit)
				if err != nil {
					return fmt.Errorf("listing articles: %w", err)
				}
				if asJSON {
					return report.WriteJSONLines(a.RawStdout, items, summaryLine)
				}
				return writeArticleTable(a.Stdout, items)
			})
		},
	}
	cmd.Flags().StringSliceVar(&speak, "speaker", nil, "only articles quoting this speaker (any name form; repeat to require several)")
	cmd.Flags().BoolVar(&f.Unread, "unread", false, "only unread articles")
	cmd.Flags().BoolVar(&f.Bookmarked, "bookmarked", false, "only bookmarked articles")
	cmd.Flags().StringVar(&f.Feed, "feed", "", "only articles from this feed: its URL, name or title")
	cmd.Flags().StringVar(&f.Title, "title", "", "only articles whose title contains this text")
	addLimitFlag(cmd.Flags(), &limit, 50, "articles")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON Lines, one article per line")
	return cmd
}

func writeArticleTable(w io.Writer, items []model.Summary) error {
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

// articleJSON is one article in `show --json`: everything stored about it.
type articleJSON struct {
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
	Speakers         []speakerJSON `json:"speakers"`
	Quotes           []quoteJSON   `json:"quotes"`
	ExtractorVersion int           `json:"extractor_version"`
}

type speakerJSON struct {
	Name    string            `json:"name"`
	Kind    model.SpeakerKind `json:"kind"`
	Aliases []string          `json:"aliases"`
	Roles   []string          `json:"roles"`
	Quotes  int               `json:"quotes"`
}

type quoteJSON struct {
	Speaker *string         `json:"speaker"`
	Kind    model.QuoteKind `json:"kind"`
	Text    string          `json:"text"`
	Cue     string          `json:"cue"`
	Start   int             `json:"start"`
	End     int             `json:"end"`
}

func speakerOut(s model.Speaker) speakerJSON {
	return speakerJSON{Name: s.Name, Kind: s.Kind, Aliases: nonNil(s.Aliases), Roles: nonNil(s.Roles), Quotes: s.Quotes}
}

func quoteOut(q model.Quote, offset func(int) int) quoteJSON {
	out := quoteJSON{Kind: q.Kind, Text: q.Text, Cue: q.Cue, Start: offset(q.Start), End: offset(q.End)}
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

func (a *app) showCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show one article with its speakers and quotes",
		Long:  "Show one article. ID may be any unique prefix of at least four characters.",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withStore(readOnly, func(st *library.Library) error {
				art, err := resolveArticle(st, args[0])
				if err != nil {
					return err
				}
				if asJSON {
					return report.WriteJSONLines(a.RawStdout, []model.Article{art}, showJSON)
				}
				return writeArticleText(a.Stdout, art)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the article as one JSON object")
	return cmd
}

func showJSON(art model.Article) articleJSON {
	out := articleJSON{
		ID: art.ID, Title: art.Title, Category: art.Category, Caption: art.Caption,
		Source: art.Source, Feed: art.Feed, Author: art.Author, Imported: art.Imported,
		Read: art.State.Read, Bookmarked: art.State.Bookmarked, Body: nonNil(art.Body),
		Speakers: []speakerJSON{}, Quotes: []quoteJSON{}, ExtractorVersion: art.ExtractorVersion,
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

func writeArticleText(w io.Writer, art model.Article) error {
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
		fmt.Fprintf(&b, "%d %s\n", len(art.Quotes), report.Plural(len(art.Quotes), "quote", "quotes"))
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

// resolveArticle finds an article by ID or unique ID prefix.
func resolveArticle(st *library.Library, idOrPrefix string) (model.Article, error) {
	id, err := resolveID(st, idOrPrefix)
	if err != nil {
		return model.Article{}, err
	}
	art, err := st.Get(id)
	if err != nil {
		return model.Article{}, fmt.Errorf("reading article %s: %w", id, err)
	}
	return art, nil
}

// resolveID finds an article ID by ID or unique prefix, worded for people.
func resolveID(st *library.Library, idOrPrefix string) (model.ID, error) {
	id, err := st.Resolve(idOrPrefix)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return "", fmt.Errorf("no article %q (see soundbite list)", idOrPrefix)
	case errors.Is(err, store.ErrAmbiguous):
		return "", fmt.Errorf("%q names more than one article, or is shorter than %d characters: give more of the ID", idOrPrefix, store.MinPrefix)
	case err != nil:
		return "", fmt.Errorf("finding article %q: %w", idOrPrefix, err)
	}
	return id, nil
}

type stateSetter func(st *library.Library, id model.ID) error

func setBookmark(on bool) stateSetter {
	return func(st *library.Library, id model.ID) error { return st.SetBookmarked(id, on) }
}

// stateCommand builds read, unread, bookmark and unbookmark: each changes one
// piece of state on the articles named.
func (a *app) stateCommand(name, short string, set stateSetter) *cobra.Command {
	return &cobra.Command{
		Use:   name + " ID...",
		Short: short,
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withStore(readWrite, func(st *library.Library) error {
				for _, arg := range args {
					id, err := resolveID(st, arg)
					if err != nil {
						return err
					}
					if err := set(st, id); err != nil {
						return fmt.Errorf("updating article %s: %w", id, err)
					}
				}
				return nil
			})
		},
	}
}

// speakerLine is one speaker in `speakers --json`.
type speakerLine struct {
	speakerJSON
	Articles int `json:"articles"`
}

func (a *app) speakersCommand() *cobra.Command {
	var (
		limit  int
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "speakers",
		Short: "List the people and organisations quoted in the store, most quoted first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withStore(readOnly, func(st *library.Library) error {
				speakers, err := st.Speakers(model.Filter{}, limit)
				if err != nil {
					return fmt.Errorf("listing speakers: %w", err)
				}
				if asJSON {
					return report.WriteJSONLines(a.RawStdout, speakers, func(s model.SpeakerCount) speakerLine {
						return speakerLine{speakerJSON: speakerOut(s.Speaker), Articles: s.Articles}
					})
				}
				tw := tabwriter.NewWriter(a.Stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "QUOTES\tARTICLES\tKIND\tNAME")
				for _, s := range speakers {
					fmt.Fprintf(tw, "%d\t%d\t%s\t%s\n", s.Quotes, s.Articles, s.Kind, model.SanitizeLine(s.Name))
				}
				return tw.Flush()
			})
		},
	}
	addLimitFlag(cmd.Flags(), &limit, 0, "speakers")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON Lines, one speaker per line")
	return cmd
}

// quoteLine is one quote in `quotes --json`: speaker is the speaker's
// name across the store, named_as the form the article used when it
// differs.
type quoteLine struct {
	quoteJSON
	NamedAs string    `json:"named_as,omitempty"`
	Article model.ID  `json:"article"`
	Title   string    `json:"title"`
	Date    time.Time `json:"date"`
}

func quoteRefLine(q model.QuoteRef) quoteLine {
	l := quoteLine{quoteJSON: quoteOut(q.Quote, identity), Article: q.Article, Title: q.Title, Date: q.Date}
	if q.SpeakerName != "" && q.SpeakerName != q.Speaker {
		name := q.SpeakerName
		l.Speaker, l.NamedAs = &name, q.Speaker
	}
	return l
}

// speakersNamed returns the speakers a name form finds, saying on stderr
// when it finds several (an ambiguous surname), whose articles and quotes
// are then all shown.
func (a *app) speakersNamed(st *library.Library, form string) ([]model.SpeakerCount, error) {
	sps, err := st.SpeakersNamed(form)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return nil, fmt.Errorf("no speaker %q in the store (see soundbite speakers)", form)
	case err != nil:
		return nil, fmt.Errorf("finding speaker %q: %w", form, err)
	}
	if len(sps) > 1 {
		names := make([]string, len(sps))
		for i, sp := range sps {
			names[i] = model.SanitizeLine(sp.Name)
		}
		fmt.Fprintf(a.Stderr, "soundbite: %q names %d speakers (%s); showing them all, name one in full for one\n",
			model.SanitizeLine(form), len(sps), strings.Join(names, ", "))
	}
	return sps, nil
}

func (a *app) quotesCommand() *cobra.Command {
	var (
		limit  int
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:     "quotes SPEAKER",
		Short:   "List what one speaker said across the store, newest first",
		Example: "  soundbite quotes peskov --json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withStore(readOnly, func(st *library.Library) error {
				sps, err := a.speakersNamed(st, args[0])
				if err != nil {
					return err
				}
				quotes, err := st.SpeakerQuotes(args[0], limit)
				if err != nil {
					return fmt.Errorf("listing quotes of %s: %w", sps[0].Name, err)
				}
				if asJSON {
					return report.WriteJSONLines(a.RawStdout, quotes, quoteRefLine)
				}
				for _, q := range quotes {
					who := ""
					if len(sps) > 1 {
						who = model.SanitizeLine(q.SpeakerName) + ", "
					}
					fmt.Fprintf(a.Stdout, "%s  %s (%s)\n  %s%s: %q\n\n", q.Date.Format("2006-01-02"), model.SanitizeLine(q.Title), q.Article, who, q.Kind, model.SanitizeLine(q.Text))
				}
				return nil
			})
		},
	}
	addLimitFlag(cmd.Flags(), &limit, 0, "quotes")
	cmd.SetFlagErrorFunc(queryFlagErrors)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON Lines, one quote per line")
	return cmd
}
