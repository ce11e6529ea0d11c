// Package feed brings news in from the network: RSS 0.9x/1.0/2.0, Atom and
// JSON Feed subscriptions, OPML subscription lists, and single web pages
// reduced to their article with readability.
//
// Everything it hands back is a model.Article or model.Feed with every text
// field sanitised for the terminal and bodies converted to Markdown
// paragraphs for Glamour. It does no storage and no extraction of its own:
// Refresh takes the small Store interface it declares and an extract
// function, and main wires the real ones in.
//
// The network is hostile. Every response body is capped at MaxBody before
// and after decompression, every request has a connect and an overall
// timeout, redirects are bounded, only http and https are fetched, and bytes
// in any declared or guessed encoding are turned into valid UTF-8 before a
// parser sees them.
package feed

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
)

// MaxBody is the most bytes read from one response, counted both on the
// wire and after decompression, so neither a huge feed nor a gzip bomb can
// exhaust memory.
const MaxBody = 16 << 20

// Defaults for Options and NewClient.
const (
	DefaultTimeout     = 30 * time.Second // one request, connect to last body byte
	DialTimeout        = 10 * time.Second // TCP connect and TLS handshake
	MaxRedirects       = 5
	DefaultConcurrency = 8
	DefaultPerHost     = 2
	// A full-text feed costs one page fetch per new item. These bound a
	// refresh's pages, per feed and in all; the items left wait, unstored,
	// for the next refresh, which carries on from there.
	DefaultFullTextPerFeed    = 50
	DefaultFullTextPerRefresh = 200
)

// Errors callers may branch on. They arrive wrapped with the URL and the
// step that failed; test with errors.Is.
var (
	ErrScheme           = errors.New("only http and https URLs can be fetched")
	ErrTooLarge         = fmt.Errorf("response body is larger than %d MiB", MaxBody>>20)
	ErrTooManyRedirects = fmt.Errorf("more than %d redirects", MaxRedirects)
	ErrRedirectLoop     = errors.New("redirect loop")
	ErrNotFeed          = errors.New("not an RSS, Atom or JSON feed")
	ErrNotHTML          = errors.New("not an HTML page")
	ErrNoArticle        = errors.New("no readable article found on the page")
)

// StatusError is an HTTP answer other than success or 304 Not Modified.
type StatusError struct {
	Code   int
	Status string // as the server sent it, e.g. "404 Not Found"
}

func (e *StatusError) Error() string { return "server answered " + e.Status }

// NotFeedError says that a URL gave an HTML page rather than a feed, and
// lists the feeds the page advertises with <link rel="alternate">, so the
// caller can offer them. It matches ErrNotFeed with errors.Is.
type NotFeedError struct {
	Alternates []string // absolute feed URLs, in page order; may be empty
}

func (e *NotFeedError) Error() string {
	if len(e.Alternates) == 0 {
		return ErrNotFeed.Error() + " (the address gave a web page)"
	}
	return fmt.Sprintf("%s (the address gave a web page; it links to the feed %s)", ErrNotFeed, e.Alternates[0])
}

func (e *NotFeedError) Is(target error) bool { return target == ErrNotFeed }

// UserAgent is the User-Agent header soundbite sends, for the given
// program version.
func UserAgent(version string) string {
	return "soundbite/" + version + " (+terminal news reader)"
}

// Options configure a Fetcher. The zero value is usable.
type Options struct {
	// UserAgent is sent with every request; empty means UserAgent("dev").
	UserAgent string
	// Concurrency is how many feeds Refresh fetches at once; default 8.
	Concurrency int
	// PerHost is how many requests may be open to one host at once, across
	// everything the Fetcher does; default 2.
	PerHost int
	// Timeout bounds one request from connect to last body byte when the
	// Fetcher builds its own client; default 30 s. Tests shorten it.
	Timeout time.Duration
	// Client makes the requests; nil builds one as NewClient does. A client
	// supplied here still gets the body cap, which Fetcher applies itself.
	Client *http.Client
	// FullTextPerFeed and FullTextPerRefresh bound the web pages a refresh
	// fetches for full-text feeds, per feed and across the refresh;
	// defaults DefaultFullTextPerFeed and DefaultFullTextPerRefresh.
	FullTextPerFeed, FullTextPerRefresh int
	// Now is the clock, for LastFetch and first-seen dates; default time.Now.
	Now func() time.Time
}

// Fetcher fetches feeds and pages. It is safe for concurrent use; the
// per-host limit holds across all of its calls.
type Fetcher struct {
	opts   Options
	client *http.Client
	md     *converter.Converter
	hosts  *hostLimiter
}

// NewFetcher returns a Fetcher with opts, defaults filled in.
func NewFetcher(opts Options) *Fetcher {
	if opts.UserAgent == "" {
		opts.UserAgent = UserAgent("dev")
	}
	if opts.Concurrency <= 0 {
		opts.Concurrency = DefaultConcurrency
	}
	if opts.PerHost <= 0 {
		opts.PerHost = DefaultPerHost
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.FullTextPerFeed <= 0 {
		opts.FullTextPerFeed = DefaultFullTextPerFeed
	}
	if opts.FullTextPerRefresh <= 0 {
		opts.FullTextPerRefresh = DefaultFullTextPerRefresh
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	client := opts.Client
	if client == nil {
		client = newClient(opts.UserAgent, opts.Timeout)
	}
	return &Fetcher{
		opts:   opts,
		client: client,
		md:     newMarkdownConverter(),
		hosts:  newHostLimiter(opts.PerHost),
	}
}
