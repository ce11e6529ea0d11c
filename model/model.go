// Package model holds soundbite's domain types: articles, speakers, quotes,
// per-article reading state and list filters, with the pure helpers that
// belong to them. It does no I/O and imports only the standard library.
package model

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode/utf8"
)

// ID identifies an article. It is derived from the article's identity (its
// content for files, its feed and GUID for feed items), so importing the same
// article twice yields the same ID. It is 16 lowercase hex digits.
type ID string

// IDLen is the length of an ID in hex digits.
const IDLen = 16

// NewID derives an ID from identity, a string that is equal for two copies of
// the same article and different otherwise.
func NewID(identity string) ID {
	sum := sha256.Sum256([]byte(identity))
	return ID(hex.EncodeToString(sum[:IDLen/2]))
}

// ContentIdentity is the identity of an article known only by its text: two
// files with the same category, caption, title and body are one article,
// whatever their names.
func ContentIdentity(a Article) string {
	var b strings.Builder
	b.WriteString("content\x00")
	b.WriteString(a.Category)
	b.WriteByte(0)
	b.WriteString(a.Caption)
	b.WriteByte(0)
	b.WriteString(a.Title)
	for _, p := range a.Body {
		b.WriteByte(0)
		b.WriteString(p)
	}
	return b.String()
}

// ContentID is NewID(ContentIdentity(a)), hashing the identity through a
// small buffer rather than building it: import derives every file's ID
// this way, and the identity is as long as the article.
func ContentID(a *Article) ID {
	h := sha256.New()
	var buf [512]byte
	n := 0
	write := func(s string) {
		for len(s) > 0 {
			k := copy(buf[n:], s)
			n, s = n+k, s[k:]
			if n == len(buf) {
				h.Write(buf[:n])
				n = 0
			}
		}
	}
	write("content\x00")
	write(a.Category)
	write("\x00")
	write(a.Caption)
	write("\x00")
	write(a.Title)
	for _, p := range a.Body {
		write("\x00")
		write(p)
	}
	h.Write(buf[:n])
	var sum [sha256.Size]byte
	return ID(hex.EncodeToString(h.Sum(sum[:0])[:IDLen/2]))
}

// FeedItemIdentity is the identity of a feed item: its GUID when it has one,
// else its link, else its content (see ContentIdentity).
func FeedItemIdentity(feedURL, guid, link string, a Article) string {
	switch {
	case strings.TrimSpace(guid) != "":
		return "feed\x00" + feedURL + "\x00guid\x00" + strings.TrimSpace(guid)
	case strings.TrimSpace(link) != "":
		return "feed\x00" + feedURL + "\x00link\x00" + strings.TrimSpace(link)
	default:
		return "feed\x00" + feedURL + "\x00" + ContentIdentity(a)
	}
}

// Article is one stored news article.
type Article struct {
	ID       ID
	Title    string
	Category string
	Caption  string // image caption, as the sample layout's first line gives it
	Source   string // file path or URL the article came from
	Feed     string // feed URL for feed items, empty otherwise
	// FeedName is the feed's display name (Feed.DisplayName) while it is
	// subscribed; reads fill it in, and it is never stored.
	FeedName string
	Author   string   // byline, when the source gives one
	Body     []string // paragraphs, without blank lines or boilerplate
	Format   BodyFormat

	Published time.Time // zero when unknown
	Imported  time.Time

	// Speakers and Quotes are the extractor's results for this article.
	Speakers []Speaker
	Quotes   []Quote
	// ExtractorVersion is the version of the extractor that produced
	// Speakers and Quotes; zero when the article was never extracted.
	ExtractorVersion int

	State State
}

// Text is the article body as one string: paragraphs joined by a blank line.
// Quote offsets are byte offsets into Text.
func (a Article) Text() string { return strings.Join(a.Body, ParagraphSep) }

// ParagraphSep separates paragraphs in Article.Text.
const ParagraphSep = "\n\n"

// Date is the time the article is sorted by: its publication time when
// known, else the time it was imported.
func (a Article) Date() time.Time {
	if !a.Published.IsZero() {
		return a.Published
	}
	return a.Imported
}

// Summary returns the list metadata of a.
func (a Article) Summary() Summary {
	s := Summary{
		ID:       a.ID,
		Title:    a.Title,
		Category: a.Category,
		Feed:     a.Feed,
		Date:     a.Date(),
		State:    a.State,
		Quotes:   len(a.Quotes),
	}
	for _, sp := range a.Speakers {
		s.Speakers = append(s.Speakers, sp.Name)
	}
	return s
}

// BodyFormat says how an article's body paragraphs are written.
type BodyFormat string

const (
	// PlainText paragraphs are shown as they are: any Markdown-like
	// characters in them are literal. The zero value.
	PlainText BodyFormat = ""
	// Markdown paragraphs carry links and emphasis: bodies converted from
	// HTML (feeds, web pages) and Markdown files.
	Markdown BodyFormat = "markdown"
)

// Summary is what the article list shows of an article: everything but the
// body, so a page of the list never decodes bodies.
type Summary struct {
	ID       ID
	Title    string
	Category string
	Feed     string
	Date     time.Time
	State    State
	Speakers []string // canonical names, most quoted first
	Quotes   int
}

// State is a reader's per-article state. The zero value is unread and not
// bookmarked.
type State struct {
	Read         bool
	ReadAt       time.Time
	Bookmarked   bool
	BookmarkedAt time.Time
}

// SpeakerKind tells people from organisations.
type SpeakerKind string

const (
	Person       SpeakerKind = "person"
	Organization SpeakerKind = "organization"
)

// Speaker is a person or organisation quoted or paraphrased in an article.
type Speaker struct {
	Name    string      // canonical name: the fullest form used, without titles
	Kind    SpeakerKind //
	Aliases []string    // other forms used in the text ("Putin", "President Vladimir Putin")
	Roles   []string    // titles and descriptions ("President", "Kremlin spokesperson")
	Quotes  int         // number of quotes attributed in the article
}

// Key is the speaker's name folded for lookups and indexes.
func (s Speaker) Key() string { return SpeakerKey(s.Name) }

// SpeakerKey folds a speaker name for lookups: case and surrounding space do
// not matter, inner runs of space count as one.
func SpeakerKey(name string) string {
	// Names are nearly all ASCII, and folding them is a hot path of
	// import (every quote and speaker of every article): fold those in
	// one pass, without copying a name that is a key already.
	if key, ok := asciiSpeakerKey(name); ok {
		return key
	}
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}

// asciiSpeakerKey is SpeakerKey for an ASCII name; ok is false for any
// other.
func asciiSpeakerKey(name string) (key string, ok bool) {
	folded := true // name is its own key so far
	space := true  // the last byte was space, or there is none yet
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c >= utf8.RuneSelf:
			return "", false
		case asciiSpace(c):
			folded = folded && c == ' ' && !space && i+1 < len(name) && !asciiSpace(name[i+1])
			space = true
		default:
			folded = folded && (c < 'A' || c > 'Z')
			space = false
		}
	}
	if folded {
		return name, true
	}
	b := make([]byte, 0, len(name))
	pending := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if asciiSpace(c) {
			pending = len(b) > 0
			continue
		}
		if pending {
			b = append(b, ' ')
			pending = false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b), true
}

// asciiSpace reports whether c is an ASCII byte strings.Fields splits at.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// QuoteKind says how a quote was given.
type QuoteKind string

const (
	Direct   QuoteKind = "direct"   // the speaker's words in quotation marks
	Indirect QuoteKind = "indirect" // reported speech: "X said that ..."
	Mixed    QuoteKind = "mixed"    // reported speech holding a quoted phrase
)

// Quote is one thing a speaker said in an article.
type Quote struct {
	Speaker string    // canonical speaker name; empty when unattributed
	Kind    QuoteKind //
	Text    string    // the words, without quotation marks; the reported clause for indirect speech
	Cue     string    // the speech verb or phrase ("said", "according to"); may be empty
	Start   int       // byte offset of Text in Article.Text()
	End     int       // byte offset just after Text in Article.Text()
}

// SpeakerCount is a speaker across the store, for the sidebar.
type SpeakerCount struct {
	Speaker
	Articles int // articles that quote the speaker
	// Ref names this speaker alone where its name finds others too: a
	// bare "Kowalski" entry of its own, beside the Kowalskis a bare
	// "Kowalski" also finds. Empty when Key does; see FilterKey.
	Ref string `json:",omitempty"`
}

// FilterKey is the form a filter or lookup takes to find this speaker and
// no other: Ref when set, else Key.
func (s SpeakerCount) FilterKey() string {
	if s.Ref != "" {
		return s.Ref
	}
	return s.Key()
}

// QuoteRef is a quote with the article it is in, for the quote view.
type QuoteRef struct {
	Quote
	// SpeakerName is the speaker's name across the store
	// (SpeakerCount.Name), where Quote.Speaker is the name the article
	// gave; empty when unknown.
	SpeakerName string
	Article     ID
	Title       string
	Date        time.Time
}

// QuoteHit is a quote that matched a search, with its article's score.
type QuoteHit struct {
	QuoteRef
	Score float64
}

// Filter selects articles for the list. The zero value selects all.
type Filter struct {
	Speakers   []string // speakers by any form of their names (store resolves them); an article must quote all of them
	Feed       string   // feed URL
	Folder     string   // articles of the feeds filed in this folder or one inside it
	Unread     bool     // unread only
	Bookmarked bool     // bookmarked only
	Title      string   // case-insensitive substring of the title
}

// IsZero reports whether f selects every article.
func (f Filter) IsZero() bool {
	return len(f.Speakers) == 0 && f.Feed == "" && f.Folder == "" && !f.Unread && !f.Bookmarked && f.Title == ""
}

// Counts are the totals the status bar shows.
type Counts struct {
	Articles   int
	Unread     int
	Bookmarked int
}

// Marked is what marking a view read or unread did: how many articles
// the view held, and how many of them changed (the others already were).
type Marked struct {
	Matched, Changed int
}

// Feed is a subscription to an RSS, Atom or JSON feed.
type Feed struct {
	URL      string // the feed's address; its identity
	Name     string // user's name for it; the feed's own title when empty
	Title    string // the feed's own title, from its last fetch
	FullText bool   // fetch each item's web page for its full text
	Added    time.Time
	Folder   string // the folder it is filed under (an OPML outline, a sync server's category); empty for none
	// Remote is the sync server that fetches this feed for us (see
	// mfsync); soundbite's own refresh leaves such a feed alone, so its
	// items are stored once, as the server's entries.
	Remote string

	// Conditional GET validators from the last successful fetch.
	ETag         string
	LastModified string

	LastFetch   time.Time // last attempt
	LastSuccess time.Time
	LastError   string // empty when the last attempt succeeded
	Articles    int    // articles stored from this feed
	Unread      int    // of them, those not read
}

// DisplayName is the name to show for the feed.
func (f Feed) DisplayName() string {
	switch {
	case f.Name != "":
		return f.Name
	case f.Title != "":
		return f.Title
	}
	return f.URL
}

// Session is where the reader was when it last quit, so it can reopen there.
type Session struct {
	Selected ID
	Filter   Filter
	Query    string // the search in the list, in the query language; empty for none
	Feeds    bool   // the sidebar showed the feeds view
}
