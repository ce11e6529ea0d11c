package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	xhtml "golang.org/x/net/html"

	"soundbite/model"
)

// feedAccept asks for feeds first and takes anything, since many servers
// label feeds text/html or text/plain.
const feedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"

// maxValidator is the longest ETag or Last-Modified kept; a longer one is
// not a validator anyone needs to echo back.
const maxValidator = 512

// Result is the outcome of fetching one feed.
type Result struct {
	// Feed is the feed record brought up to date: Title, ETag and
	// LastModified from the response, LastFetch always, LastSuccess and a
	// cleared LastError on success, LastError on failure.
	Feed model.Feed
	// Articles are the feed's items, deduplicated by ID, in document order.
	// Items without a usable date have a zero Published, for the caller to
	// fill with the time it first saw them (Refresh does).
	Articles []model.Article
	// NotModified is set when the server answered 304 to the conditional
	// request; Articles is then empty.
	NotModified bool
	// Err is why the fetch failed; nil on success.
	Err error
}

// Fetch fetches and parses one feed with a conditional GET using the feed's
// stored validators. Failure is reported in Result.Err and
// Result.Feed.LastError, never by panicking, whatever the server sends.
func (c *Fetcher) Fetch(ctx context.Context, f model.Feed) Result {
	now := c.opts.Now()
	res := Result{Feed: f}
	res.Feed.LastFetch = now
	if err := c.fetch(ctx, &res); err != nil {
		res.Err = fmt.Errorf("fetch feed %s: %w", f.URL, err)
		res.Feed.LastError = model.SanitizeLine(err.Error())
		res.Articles = nil
		return res
	}
	res.Feed.LastSuccess = now
	res.Feed.LastError = ""
	return res
}

func (c *Fetcher) fetch(ctx context.Context, res *Result) error {
	f := &res.Feed
	hdr := http.Header{}
	hdr.Set("Accept", feedAccept)
	if f.ETag != "" {
		hdr.Set("If-None-Match", f.ETag)
	}
	if f.LastModified != "" {
		hdr.Set("If-Modified-Since", f.LastModified)
	}
	r, err := c.get(ctx, f.URL, hdr)
	if err != nil {
		return err
	}
	switch {
	case r.status == http.StatusNotModified:
		res.NotModified = true
		// A 304 may carry fresh validators; keep the old ones otherwise.
		if v := validator(r.header.Get("ETag")); v != "" {
			f.ETag = v
		}
		if v := validator(r.header.Get("Last-Modified")); v != "" {
			f.LastModified = v
		}
		return nil
	case r.status < 200 || r.status > 299:
		return &StatusError{Code: r.status, Status: fmt.Sprintf("%d %s", r.status, http.StatusText(r.status))}
	}

	title, articles, err := c.parse(f.URL, r)
	if err != nil {
		return err
	}
	if title != "" {
		f.Title = title
	}
	f.ETag = validator(r.header.Get("ETag"))
	f.LastModified = validator(r.header.Get("Last-Modified"))
	res.Articles = articles
	return nil
}

// validator cleans an ETag or Last-Modified header for storing and
// echoing back.
func validator(v string) string {
	v = model.SanitizeLine(v)
	if len(v) > maxValidator {
		return ""
	}
	return v
}

// parse turns a feed response into its title and articles.
func (c *Fetcher) parse(feedURL string, r *response) (title string, articles []model.Article, err error) {
	body := toUTF8(r.body, r.header.Get("Content-Type"))
	if len(bytes.TrimSpace(body)) == 0 {
		return "", nil, fmt.Errorf("%w (the response was empty)", ErrNotFeed)
	}
	var fd *gofeed.Feed
	err = safely("parse feed", func() error {
		p := gofeed.NewParser()
		// The original keeps what the universal form drops: JSON Feed's
		// content_text and attachment titles, Atom content types and
		// enclosure titles.
		p.KeepOriginalFeed = true
		var perr error
		fd, perr = p.Parse(bytes.NewReader(body))
		return perr
	})
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			if looksLikeHTML(body) {
				return "", nil, &NotFeedError{Alternates: discoverFeeds(body, r.url)}
			}
			return "", nil, ErrNotFeed
		}
		return "", nil, fmt.Errorf("parse feed: %w", err)
	}
	err = safely("convert feed items", func() error {
		articles = c.articles(feedURL, fd)
		return nil
	})
	if err != nil {
		return "", nil, err
	}
	return lineText(fd.Title), articles, nil
}

// safely runs fn, turning a panic in a parsing library into an error: the
// input is hostile and one bad feed must not take the reader down.
func safely(what string, fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: parser crashed: %v", what, p)
		}
	}()
	return fn()
}

// saneDate returns t unless it is missing or absurd: before 1990, or more
// than two days ahead of now (time zones and slow clocks explain a day).
func saneDate(t *time.Time, now time.Time) time.Time {
	if t == nil || t.IsZero() {
		return time.Time{}
	}
	if t.Year() < 1990 || t.After(now.Add(48*time.Hour)) {
		return time.Time{}
	}
	return t.UTC()
}

// looksLikeHTML reports whether a document that is not a feed is a web
// page.
func looksLikeHTML(b []byte) bool {
	if len(b) > 1024 {
		b = b[:1024]
	}
	s := strings.ToLower(string(b))
	return strings.Contains(s, "<html") || strings.Contains(s, "<!doctype html") || strings.Contains(s, "<head")
}

// discoverFeeds lists the feeds a web page advertises with
// <link rel="alternate" type="application/rss+xml" href="...">, resolved
// against the page's address.
func discoverFeeds(page []byte, base *url.URL) []string {
	var out []string
	z := xhtml.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			return out
		}
		if tt != xhtml.StartTagToken && tt != xhtml.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		if string(name) == "body" {
			return out
		}
		if string(name) != "link" || !hasAttr {
			continue
		}
		var rel, typ, href string
		for {
			k, v, more := z.TagAttr()
			switch string(k) {
			case "rel":
				rel = strings.ToLower(string(v))
			case "type":
				typ = strings.ToLower(string(v))
			case "href":
				href = string(v)
			}
			if !more {
				break
			}
		}
		if !strings.Contains(rel, "alternate") || href == "" {
			continue
		}
		if !strings.Contains(typ, "rss") && !strings.Contains(typ, "atom") && !strings.Contains(typ, "feed+json") {
			continue
		}
		u, err := url.Parse(strings.TrimSpace(href))
		if err != nil {
			continue
		}
		if base != nil {
			u = base.ResolveReference(u)
		}
		if httpScheme(u.Scheme) {
			out = append(out, model.SanitizeLine(u.String()))
		}
	}
}
