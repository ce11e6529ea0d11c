package feed

import (
	"html"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	ext "github.com/mmcdole/gofeed/extensions"
	jsonfeed "github.com/mmcdole/gofeed/json"

	"soundbite/model"
)

// item is one feed item with the format-specific original it was
// translated from, where the universal form loses something we need.
type item struct {
	*gofeed.Item
	atom *atom.Entry
	json *jsonfeed.Item
}

// articles converts a parsed feed's items, dropping repeats: two items
// with the same ID (a repeated GUID, or two identical items without GUID or
// link) would be one article in the store anyway.
func (c *Fetcher) articles(feedURL string, fd *gofeed.Feed) []model.Article {
	var (
		atomEntries []*atom.Entry
		jsonItems   []*jsonfeed.Item
	)
	// The translators map items one to one and in order; check rather than
	// trust it.
	switch o := fd.OriginalFeed().(type) {
	case *atom.Feed:
		if len(o.Entries) == len(fd.Items) {
			atomEntries = o.Entries
		}
	case *jsonfeed.Feed:
		if len(o.Items) == len(fd.Items) {
			jsonItems = o.Items
		}
	}
	now := c.opts.Now()
	seen := make(map[model.ID]bool, len(fd.Items))
	out := make([]model.Article, 0, len(fd.Items))
	for i, it := range fd.Items {
		if it == nil {
			continue
		}
		src := item{Item: it}
		if atomEntries != nil {
			src.atom = atomEntries[i]
		}
		if jsonItems != nil {
			src.json = jsonItems[i]
		}
		a := c.article(feedURL, src, now)
		if seen[a.ID] {
			continue
		}
		seen[a.ID] = true
		out = append(out, a)
	}
	return out
}

func (c *Fetcher) article(feedURL string, it item, now time.Time) model.Article {
	link := itemLink(it.Item)
	a := model.Article{
		Title:  lineText(it.Title),
		Source: link,
		Feed:   feedURL,
		Author: itemAuthor(it.Item),
		Format: model.Markdown, // bodies are converted from HTML
	}
	for _, cat := range it.Categories {
		if a.Category = lineText(cat); a.Category != "" {
			break
		}
	}
	if a.Published = saneDate(it.PublishedParsed, now); a.Published.IsZero() {
		a.Published = saneDate(it.UpdatedParsed, now)
	}
	a.Body = c.itemBody(it, link)
	a.Body = append(a.Body, enclosureParagraphs(it, a.Body)...)
	if a.Title == "" {
		a.Title = titleFromBody(a.Body)
	}
	a.ID = model.NewID(model.FeedItemIdentity(feedURL, it.GUID, link, a))
	return a
}

// itemLink is the item's web page: its link, else the first http(s) one
// of its links.
func itemLink(it *gofeed.Item) string {
	for _, l := range append([]string{it.Link}, it.Links...) {
		l = model.SanitizeLine(l)
		if u, err := url.Parse(l); err == nil && httpScheme(u.Scheme) && u.Host != "" {
			return l
		}
	}
	return ""
}

// itemAuthor joins the names of the item's authors. Feeds often give only
// an e-mail address; addresses are not bylines and are left out.
func itemAuthor(it *gofeed.Item) string {
	people := it.Authors
	if len(people) == 0 && it.Author != nil {
		people = []*gofeed.Person{it.Author}
	}
	var names []string
	seen := map[string]bool{}
	for _, p := range people {
		if p == nil {
			continue
		}
		name := lineText(p.Name)
		if name == "" || strings.Contains(name, "@") && !strings.Contains(name, " ") || seen[name] {
			continue
		}
		seen[name] = true
		names = append(names, name)
	}
	return strings.Join(names, ", ")
}

// itemBody picks the fullest content the item has and converts it.
func (c *Fetcher) itemBody(it item, base string) []string {
	switch {
	case it.json != nil:
		// JSON Feed says exactly which strings are HTML and which are text.
		switch {
		case strings.TrimSpace(it.json.ContentHTML) != "":
			return htmlParagraphs(c.md, it.json.ContentHTML, base)
		case strings.TrimSpace(it.json.ContentText) != "":
			return textParagraphs(c.md, it.json.ContentText)
		}
		return textParagraphs(c.md, it.json.Summary)
	case it.atom != nil && it.atom.Content != nil && strings.TrimSpace(it.atom.Content.Value) != "":
		// gofeed has already decoded the entities of a text construct; a
		// text construct that nevertheless holds tags is a mislabelled
		// HTML one, which is common.
		if atomText(it.atom.Content.Type) && !hasTags(it.atom.Content.Value) {
			return textParagraphs(c.md, it.atom.Content.Value)
		}
		return htmlParagraphs(c.md, it.atom.Content.Value, base)
	}
	raw := it.Content
	if strings.TrimSpace(raw) == "" {
		raw = it.Description
	}
	if !hasTags(raw) {
		// RSS text is HTML by definition, but plain text with blank lines
		// between paragraphs is common and reads better kept as paragraphs.
		return textParagraphs(c.md, html.UnescapeString(raw))
	}
	return htmlParagraphs(c.md, raw, base)
}

func atomText(typ string) bool {
	typ = strings.ToLower(strings.TrimSpace(typ))
	return typ == "" || typ == "text" || typ == "text/plain"
}

// hasTags reports whether s holds something that looks like an HTML tag,
// comment or entity-free markup: '<' followed by a letter, '/' or '!'.
func hasTags(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0 && i+1 < len(s); {
		c := s[i+1]
		if c == '/' || c == '!' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			return true
		}
		j := strings.IndexByte(s[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// enclosure is an attached file: a podcast episode, an image, a video.
type enclosure struct {
	url, typ, title string
}

// enclosureParagraphs lists the item's attachments as Markdown links, titled
// where the feed gives a title, leaving out those the body already links.
func enclosureParagraphs(it item, body []string) []string {
	var encs []enclosure
	switch {
	case it.json != nil && it.json.Attachments != nil:
		for _, at := range *it.json.Attachments {
			encs = append(encs, enclosure{url: at.URL, typ: at.MimeType, title: at.Title})
		}
	case it.atom != nil:
		for _, l := range it.atom.Links {
			if l != nil && strings.EqualFold(l.Rel, "enclosure") {
				encs = append(encs, enclosure{url: l.Href, typ: l.Type, title: l.Title})
			}
		}
	default:
		titles, itemTitle := mediaTitles(it.Extensions)
		for _, e := range it.Enclosures {
			if e == nil {
				continue
			}
			t := titles[strings.TrimSpace(e.URL)]
			if t == "" && len(it.Enclosures) == 1 {
				t = itemTitle
			}
			encs = append(encs, enclosure{url: e.URL, typ: e.Type, title: t})
		}
	}
	if len(encs) == 0 {
		return nil
	}
	text := strings.Join(body, "\n")
	var out []string
	seen := map[string]bool{}
	for _, e := range encs {
		u, err := url.Parse(model.SanitizeLine(e.url))
		if err != nil || !httpScheme(u.Scheme) || u.Host == "" {
			continue
		}
		link := u.String()
		if seen[link] || strings.Contains(text, link) {
			continue
		}
		seen[link] = true
		title := lineText(e.title)
		if title == "" {
			title = lineText(path.Base(u.Path))
		}
		if title == "" || title == "/" || title == "." {
			title = u.Host
		}
		p := "Attachment: [" + escapeLinkText(title) + "](" + escapeLinkURL(link) + ")"
		if typ := lineText(e.typ); typ != "" {
			p += " (" + escapeLinkText(typ) + ")"
		}
		out = append(out, p)
	}
	return out
}

// mediaTitles reads Media RSS titles: per media:content URL (directly or
// inside media:group), and the item-level media:title.
func mediaTitles(exts ext.Extensions) (byURL map[string]string, itemTitle string) {
	media := exts["media"]
	if media == nil {
		return nil, ""
	}
	byURL = map[string]string{}
	var contents []ext.Extension
	contents = append(contents, media["content"]...)
	for _, g := range media["group"] {
		contents = append(contents, g.Children["content"]...)
	}
	for _, mc := range contents {
		if u := strings.TrimSpace(mc.Attrs["url"]); u != "" {
			if ts := mc.Children["title"]; len(ts) > 0 {
				byURL[u] = ts[0].Value
			}
		}
	}
	if ts := media["title"]; len(ts) > 0 {
		itemTitle = ts[0].Value
	}
	return byURL, itemTitle
}

// escapeLinkText escapes what would end or confuse Markdown link text.
func escapeLinkText(s string) string {
	return strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`, "*", `\*`, "_", `\_`, "`", "\\`").Replace(s)
}

// escapeLinkURL percent-encodes what would end a Markdown link destination.
func escapeLinkURL(s string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E").Replace(s)
}
