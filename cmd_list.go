package main

import (
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"soundbite/library"
	"soundbite/model"
	"soundbite/report"
	"soundbite/store"
)

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
					return report.WriteJSONLines(a.RawStdout, items, report.SummaryLine)
				}
				return report.WriteArticleTable(a.Stdout, items)
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
					return report.WriteJSONLines(a.RawStdout, []model.Article{art}, report.ShowJSON)
				}
				return report.WriteArticleText(a.Stdout, art)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the article as one JSON object")
	return cmd
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
					return report.WriteJSONLines(a.RawStdout, speakers, func(s model.SpeakerCount) report.SpeakerLine {
						return report.SpeakerLine{SpeakerJSON: report.SpeakerOut(s.Speaker), Articles: s.Articles}
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
					return report.WriteJSONLines(a.RawStdout, quotes, report.QuoteRefLine)
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
