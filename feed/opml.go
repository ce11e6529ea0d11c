package feed

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"golang.org/x/net/html/charset"

	"soundbite/model"
)

// ErrNotOPML is returned for a document whose root is not <opml>.
var ErrNotOPML = errors.New("not an OPML document")

// ParseOPML reads a subscription list as newsboat (newsboat -e), nom,
// Feedly and most readers export it. Outlines are flattened, categories
// and all; an outline is a feed when it has an xmlUrl (any letter case),
// named by its title, else its text. Feeds are returned in document order,
// each URL once. feed:// addresses become http(s); outlines whose address
// is not http or https (newsboat's exec: and filter: feeds) are skipped,
// since they cannot be fetched.
//
// The document is read as a token stream, so nesting depth costs nothing,
// and at most MaxBody bytes of it.
func ParseOPML(r io.Reader) ([]model.Feed, error) {
	body := &cappedReader{r: io.NopCloser(r), left: MaxBody}
	dec := xml.NewDecoder(bufio.NewReader(controlFilter{body}))
	// Exporters write HTML entities and stray ampersands; be forgiving.
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	dec.AutoClose = xml.HTMLAutoClose
	dec.CharsetReader = charset.NewReaderLabel

	var (
		feeds  []model.Feed
		seen   = map[string]bool{}
		rooted bool
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if errors.Is(err, ErrTooLarge) {
				return nil, fmt.Errorf("read OPML: %w", err)
			}
			if !rooted {
				return nil, fmt.Errorf("%w: %w", ErrNotOPML, err)
			}
			return nil, fmt.Errorf("parse OPML: %w", err)
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if !rooted {
			if !strings.EqualFold(start.Name.Local, "opml") {
				return nil, fmt.Errorf("%w (the root element is <%s>)", ErrNotOPML, model.SanitizeLine(start.Name.Local))
			}
			rooted = true
			continue
		}
		if !strings.EqualFold(start.Name.Local, "outline") {
			continue
		}
		f, ok := outlineFeed(start.Attr)
		if !ok || seen[f.URL] {
			continue
		}
		seen[f.URL] = true
		feeds = append(feeds, f)
	}
	if !rooted {
		return nil, fmt.Errorf("%w (the document is empty)", ErrNotOPML)
	}
	return feeds, nil
}

// controlFilter drops the C0 control bytes XML forbids (all but tab, line
// feed and carriage return), which the decoder would otherwise refuse the
// whole document for. They are the same bytes in UTF-8 and every
// single-byte encoding, and never part of a multi-byte UTF-8 sequence.
type controlFilter struct{ r io.Reader }

func (c controlFilter) Read(p []byte) (int, error) {
	for {
		n, err := c.r.Read(p)
		w := 0
		for _, b := range p[:n] {
			if b >= 0x20 || b == '\t' || b == '\n' || b == '\r' {
				p[w] = b
				w++
			}
		}
		if w > 0 || err != nil || n == 0 {
			return w, err
		}
	}
}

// outlineFeed reads a feed from an outline's attributes.
func outlineFeed(attrs []xml.Attr) (model.Feed, bool) {
	var xmlURL, title, text, fullText string
	for _, a := range attrs {
		switch strings.ToLower(a.Name.Local) {
		case "xmlurl":
			xmlURL = a.Value
		case "title":
			title = a.Value
		case "text":
			text = a.Value
		case "fulltext":
			if a.Name.Space == soundbiteNS || a.Name.Space == "soundbite" {
				fullText = a.Value
			}
		}
	}
	u := feedURL(xmlURL)
	if u == "" {
		return model.Feed{}, false
	}
	// Attribute values are plain text once XML has decoded them; reading
	// them as HTML would eat a name like "Tips & <Tricks>".
	name := truncate(model.SanitizeLine(title), maxTitle)
	if name == "" {
		name = truncate(model.SanitizeLine(text), maxTitle)
	}
	if name == u {
		// Exporters fill text with the URL when a feed has no name.
		name = ""
	}
	return model.Feed{URL: u, Name: name, FullText: fullText == "true"}, true
}

// feedURL normalises an xmlUrl: feed:// and feed:http... become http(s),
// anything that is not an absolute http(s) URL gives "".
func feedURL(raw string) string {
	raw = model.SanitizeLine(raw)
	lower := strings.ToLower(raw)
	switch {
	case strings.HasPrefix(lower, "feed:http://"), strings.HasPrefix(lower, "feed:https://"):
		raw = raw[len("feed:"):]
	case strings.HasPrefix(lower, "feed://"):
		raw = "http://" + raw[len("feed://"):]
	}
	u, err := url.Parse(raw)
	if err != nil || !httpScheme(u.Scheme) || u.Host == "" {
		return ""
	}
	return raw
}

// soundbiteNS is the namespace of soundbite's own outline attribute,
// soundbite:fullText, which other readers ignore.
const soundbiteNS = "https://soundbite.invalid/opml"

// WriteOPML writes feeds as an OPML 2.0 subscription list that ParseOPML
// reads back to the same feeds (URL, display name, FullText). Each outline
// carries text and title (the feed's display name) and xmlUrl.
func WriteOPML(w io.Writer, feeds []model.Feed) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<opml version="2.0" xmlns:soundbite="` + soundbiteNS + `">` + "\n")
	bw.WriteString("  <head>\n    <title>soundbite subscriptions</title>\n  </head>\n  <body>\n")
	for _, f := range feeds {
		name := f.DisplayName()
		bw.WriteString(`    <outline type="rss" text="`)
		xmlAttr(bw, name)
		bw.WriteString(`" title="`)
		xmlAttr(bw, name)
		bw.WriteString(`" xmlUrl="`)
		xmlAttr(bw, f.URL)
		bw.WriteString(`"`)
		if f.FullText {
			bw.WriteString(` soundbite:fullText="true"`)
		}
		bw.WriteString("/>\n")
	}
	bw.WriteString("  </body>\n</opml>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write OPML: %w", err)
	}
	return nil
}

// xmlAttr writes s escaped for a double-quoted attribute. xml.EscapeText
// also escapes newlines and tabs, which attribute normalisation would
// otherwise turn into spaces.
func xmlAttr(w *bufio.Writer, s string) {
	// EscapeText only fails when w does; Flush reports that.
	_ = xml.EscapeText(w, []byte(model.SanitizeLine(s)))
}
