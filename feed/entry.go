package feed

import (
	"strings"
	"time"

	"soundbite/model"
)

// Entry is a feed item another service fetched and handed over already
// parsed: a sync server's entry. Every field is as the server sent it, so
// hostile.
type Entry struct {
	FeedURL   string
	Link      string
	Title     string
	Author    string
	HTML      string // the item's content, HTML
	Published time.Time
}

// EntryArticle converts an entry as Refresh converts an item of its feed:
// the same sanitising, the same Markdown body, the same limits. It leaves
// the ID to the caller, whose identity for the entry it is.
func (c *Fetcher) EntryArticle(e Entry) model.Article {
	link := model.SanitizeLine(e.Link)
	if u, err := parseHTTPURL(link); err != nil || u.Host == "" {
		link = ""
	}
	a := model.Article{
		Title:     lineText(e.Title),
		Source:    link,
		Feed:      e.FeedURL,
		Author:    lineText(e.Author),
		Format:    model.Markdown,
		Published: saneDate(&e.Published, c.opts.Now()),
	}
	if strings.TrimSpace(e.HTML) != "" {
		a.Body = htmlParagraphs(c.md, e.HTML, link)
	}
	if a.Title == "" {
		a.Title = titleFromBody(a.Body)
	}
	return a
}
