package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"soundbite/internal/cli"
	"soundbite/library"
	"soundbite/model"
	"soundbite/report"
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
					url, err := library.FeedURL(st, f.Feed)
					if err != nil {
						return err
					}
					f.Feed = url
				}
				for _, name := range speak {
					sps, err := library.SpeakersNamed(st, name)
					if err != nil {
						return err
					}
					report.WarnSpeakers(a.Output, name, sps)
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
	cli.AddLimitFlag(cmd.Flags(), &limit, 50, "articles")
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
				art, err := library.Article(st, args[0])
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

// stateCommand builds bookmark and unbookmark: each changes one piece of
// state on the articles named.
func (a *app) stateCommand(name, short string, change library.StateChange) *cobra.Command {
	return &cobra.Command{
		Use:   name + " ID...",
		Short: short,
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withStore(readWrite, func(st *library.Library) error {
				return library.ChangeState(st, change, args)
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
					return report.WriteJSONLines(a.RawStdout, speakers, report.SpeakerCountLine)
				}
				return report.WriteSpeakerTable(a.Stdout, speakers)
			})
		},
	}
	cli.AddLimitFlag(cmd.Flags(), &limit, 0, "speakers")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON Lines, one speaker per line")
	return cmd
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
				sps, err := library.SpeakersNamed(st, args[0])
				if err != nil {
					return err
				}
				report.WarnSpeakers(a.Output, args[0], sps)
				quotes, err := st.SpeakerQuotes(args[0], limit)
				if err != nil {
					return fmt.Errorf("listing quotes of %s: %w", sps[0].Name, err)
				}
				if asJSON {
					return report.WriteJSONLines(a.RawStdout, quotes, report.QuoteRefLine)
				}
				report.WriteQuotesText(a.Stdout, quotes, len(sps) > 1)
				return nil
			})
		},
	}
	cli.AddLimitFlag(cmd.Flags(), &limit, 0, "quotes")
	cmd.SetFlagErrorFunc(cli.QueryFlagErrors)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON Lines, one quote per line")
	return cmd
}
