package feed

import (
	"bytes"
	"context"
	"fmt"
	"mime"
	"net/http"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	xhtml "golang.org/x/net/html"

	"soundbite/model"
)

// maxPageElements bounds the pages readability scores: its passes are
// costly per element, and no article needs more.
const maxPageElements = 100_000

// Page fetches one web page and extracts its article with readability:
// title, byline as Author, publication date when the page gives one, and
// the article's content as Markdown paragraphs. Source is url; Feed is
// empty; the ID is derived from the URL, so adding a page twice gives the
// same article.
func (c *Fetcher) Page(ctx context.Context, url string) (model.Article, error) {
	a, err := c.page(ctx, url)
	if err != nil {
		return model.Article{}, fmt.Errorf("fetch page %s: %w", url, err)
	}
	return a, nil
}

func (c *Fetcher) page(ctx context.Context, pageURL string) (model.Article, error) {
	hdr := http.Header{}
	hdr.Set("Accept", "text/html, application/xhtml+xml;q=0.9, */*;q=0.5")
	r, err := c.get(ctx, pageURL, hdr)
	if err != nil {
		return model.Article{}, err
	}
	if r.status < 200 || r.status > 299 {
		return model.Article{}, &StatusError{Code: r.status, Status: fmt.Sprintf("%d %s", r.status, http.StatusText(r.status))}
	}
	ct := r.header.Get("Content-Type")
	if ct == "" {
		ct = http.DetectContentType(r.body)
	}
	if mt, _, err := mime.ParseMediaType(ct); err != nil || (mt != "text/html" && mt != "application/xhtml+xml") {
		return model.Article{}, fmt.Errorf("%w (the server sent %q)", ErrNotHTML, model.SanitizeLine(ct))
	}
	decoded := pageToUTF8(r.body, ct)
	doc, err := xhtml.Parse(bytes.NewReader(decoded))
	if err != nil {
		return model.Article{}, fmt.Errorf("parse page: %w", err)
	}
	// Escape sequences go after parsing, once character references are
	// decoded, and before readability, so that it scores clean text; see
	// sanitizeTree.
	sanitizeTree(doc)

	var art readability.Article
	err = safely("extract article", func() error {
		p := readability.NewParser()
		p.MaxElemsToParse = maxPageElements
		var perr error
		art, perr = p.ParseAndMutate(doc, r.url)
		return perr
	})
	if err != nil {
		return model.Article{}, fmt.Errorf("extract article: %w", err)
	}
	if art.Node == nil {
		return model.Article{}, ErrNoArticle
	}

	a := model.Article{
		Title:  lineText(art.Title()),
		Author: lineText(art.Byline()),
		Source: model.SanitizeLine(strings.TrimSpace(pageURL)),
		Format: model.Markdown, // the body is converted from HTML
	}
	if t, err := art.PublishedTime(); err == nil {
		a.Published = saneDate(&t, c.opts.Now())
	}
	err = safely("convert article", func() error {
		md, cerr := c.md.ConvertNode(art.Node, converter.WithDomain(r.url.String()))
		if cerr != nil {
			return cerr
		}
		a.Body = splitParagraphs(model.Sanitize(string(md)))
		return nil
	})
	if err != nil {
		return model.Article{}, fmt.Errorf("convert article: %w", err)
	}
	if len(a.Body) == 0 {
		return model.Article{}, ErrNoArticle
	}
	if a.Title == "" {
		a.Title = titleFromBody(a.Body)
	}
	a.ID = model.NewID(model.FeedItemIdentity("", "", a.Source, a))
	return a, nil
}
