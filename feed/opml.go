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
// Feedly and most readers export it. An outline is a feed when it has an
// xmlUrl (any letter case), named by its title, else its text; an outline
// without one is a folder, and a feed inside folders keeps their names,
// joined by "/", as its Folder. Feeds are returned in document order,
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
		// open holds, for each outline not yet closed, the folder its
		// children are in, so a feed's folder costs nothing however deep
		// it sits.
		open []string
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
		if end, ok := tok.(xml.EndElement); ok && strings.EqualFold(end.Name.Local, "outline") && len(open) > 0 {
			open = open[:len(open)-1]
			continue
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
		parent := ""
		if len(open) > 0 {
			parent = open[len(open)-1]
		}
		f, ok := outlineFeed(start.Attr)
		if !ok {
			open = append(open, subfolder(parent, outlineName(start.Attr)))
			continue
		}
		open = append(open, parent)
		if seen[f.URL] {
			continue
		}
		f.Folder = parent
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

// maxFolder bounds a folder's name, nesting and all.
const maxFolder = 200

// subfolder names the folder name inside parent: "World/Europe". A name
// that would take it past maxFolder characters is left out, so the
// deepest folders of a very deep document share their ancestor's name.
func subfolder(parent, name string) string {
	switch {
	case name == "":
		return parent
	case parent == "":
		return name
	case len(parent)+1+len(name) > maxFolder:
		return parent
	}
	return parent + "/" + name
}

// outlineName is an outline's title, else its text, for a folder or a
// feed.
func outlineName(attrs []xml.Attr) string {
	var title, text string
	for _, a := range attrs {
		switch strings.ToLower(a.Name.Local) {
		case "title":
			title = a.Value
		case "text":
			text = a.Value
		}
	}
	if t := model.SanitizeLine(title); t != "" {
		return truncate(t, maxTitle)
	}
	return truncate(model.SanitizeLine(text), maxTitle)
}

// outlineFeed reads a feed from an outline's attributes.
func outlineFeed(attrs []xml.Attr) (model.Feed, bool) {
	var xmlURL, fullText string
	for _, a := range attrs {
		switch strings.ToLower(a.Name.Local) {
		case "xmlurl":
			xmlURL = a.Value
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
	name := outlineName(attrs)
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
// reads back to the same feeds (URL, display name, FullText, Folder). Each
// feed's outline carries text and title (the feed's display name) and
// xmlUrl; feeds without a folder come first, then each folder's outline
// holding its feeds, in the order of their first feed.
func WriteOPML(w io.Writer, feeds []model.Feed) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<opml version="2.0" xmlns:soundbite="` + soundbiteNS + `">` + "\n")
	bw.WriteString("  <head>\n    <title>soundbite subscriptions</title>\n  </head>\n  <body>\n")
	var folders []string
	inFolder := map[string][]model.Feed{}
	for _, f := range feeds {
		if f.Folder == "" {
			writeOutline(bw, f, "    ")
			continue
		}
		if inFolder[f.Folder] == nil {
			folders = append(folders, f.Folder)
		}
		inFolder[f.Folder] = append(inFolder[f.Folder], f)
	}
	for _, folder := range folders {
		bw.WriteString(`    <outline text="`)
		xmlAttr(bw, folder)
		bw.WriteString(`" title="`)
		xmlAttr(bw, folder)
		bw.WriteString("\">\n")
		for _, f := range inFolder[folder] {
			writeOutline(bw, f, "      ")
		}
		bw.WriteString("    </outline>\n")
	}
	bw.WriteString("  </body>\n</opml>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write OPML: %w", err)
	}
	return nil
}

// writeOutline writes one feed's outline.
func writeOutline(bw *bufio.Writer, f model.Feed, indent string) {
	{
		name := f.DisplayName()
		bw.WriteString(indent + `<outline type="rss" text="`)
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
}

// xmlAttr writes s escaped for a double-quoted attribute. xml.EscapeText
// also escapes newlines and tabs, which attribute normalisation would
// otherwise turn into spaces.
func xmlAttr(w *bufio.Writer, s string) {
	// EscapeText only fails when w does; Flush reports that.
	_ = xml.EscapeText(w, []byte(model.SanitizeLine(s)))
}
