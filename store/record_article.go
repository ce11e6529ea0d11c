package store

import (
	"encoding/binary"
	"fmt"
	"strings"
	"time"

	"soundbite/model"
)

// An article is two records: its summary, in the articles bucket, and its
// body fields, flate-compressed in the bodies bucket (body.go). Both use
// the encoder and decoder of record.go.

// summary is the articles bucket's record: what the list shows, the dates,
// and a hash of the whole content so re-importing an unchanged article
// costs one lookup.
type summary struct {
	hash      []byte // contentHashLen bytes
	body      uint64 // sequence number of the body's first chunk
	chunks    int
	title     string
	category  string
	feed      string
	published time.Time
	imported  time.Time
	quotes    int
	extractor int
	speakers  []speakerQuotes // in the article's order
}

type speakerQuotes struct {
	name   string
	quotes int
}

// contentHashLen is the bytes of SHA-256 kept: the hash only tells one
// article's stored content from its re-imported content.
const contentHashLen = 8

func (s *summary) date() time.Time {
	if !s.published.IsZero() {
		return s.published
	}
	return s.imported
}

func (s *summary) model(id model.ID) model.Summary {
	m := model.Summary{
		ID:       id,
		Title:    s.title,
		Category: s.category,
		Feed:     s.feed,
		Date:     s.date(),
		Quotes:   s.quotes,
	}
	for _, sp := range s.speakers {
		m.Speakers = append(m.Speakers, sp.name)
	}
	return m
}

func summaryOf(a *model.Article) summary {
	s := summary{
		title:     a.Title,
		category:  a.Category,
		feed:      a.Feed,
		published: a.Published,
		imported:  a.Imported,
		quotes:    len(a.Quotes),
		extractor: a.ExtractorVersion,
	}
	for _, sp := range a.Speakers {
		s.speakers = append(s.speakers, speakerQuotes{name: sp.Name, quotes: sp.Quotes})
	}
	return s
}

// appendFields encodes everything but the version, hash and body key: the
// bytes the content hash covers.
func (s *summary) appendFields(b []byte) []byte {
	e := encoder{b}
	e.str(s.title)
	e.str(s.category)
	e.str(s.feed)
	e.time(s.published)
	e.time(s.imported)
	e.int(s.quotes)
	e.int(s.extractor)
	e.uvarint(uint64(len(s.speakers)))
	for _, sp := range s.speakers {
		e.str(sp.name)
		e.int(sp.quotes)
	}
	return e.b
}

func (s *summary) encode() []byte {
	b := make([]byte, 0, 1+contentHashLen+binary.MaxVarintLen64+128)
	b = append(b, summaryV1)
	b = append(b, s.hash...)
	b = binary.AppendUvarint(b, s.body)
	b = binary.AppendUvarint(b, uint64(s.chunks))
	return s.appendFields(b)
}

func decodeSummary(b []byte) (summary, error) {
	var s summary
	d := decoder{b: b}
	d.version(summaryV1, "summary")
	if d.err == nil && len(d.b) < contentHashLen {
		d.fail("hash")
	}
	if d.err == nil {
		s.hash = append([]byte(nil), d.b[:contentHashLen]...)
		d.b = d.b[contentHashLen:]
	}
	s.body = d.uvarint()
	// The chunk count is of body chunks elsewhere in the file, not of
	// bytes in this record, so it is bounded by the largest body.
	if c := d.uvarint(); c == 0 || c > maxChunks {
		d.fail("chunk count")
	} else {
		s.chunks = int(c)
	}
	s.title = d.str()
	s.category = d.str()
	s.feed = d.str()
	s.published = d.time()
	s.imported = d.time()
	s.quotes = d.int()
	s.extractor = d.int()
	if n := d.count(); n > 0 {
		s.speakers = make([]speakerQuotes, n)
		for i := range s.speakers {
			s.speakers[i] = speakerQuotes{name: d.str(), quotes: d.int()}
		}
	}
	return s, d.done("summary")
}

// summaryTitle returns the title bytes of a summary record without
// decoding the rest or copying: the title filter tests every summary it
// walks, and keeps few.
func summaryTitle(b []byte) ([]byte, error) {
	d := decoder{b: b}
	d.version(summaryV1, "summary")
	if d.err == nil && len(d.b) < contentHashLen {
		d.fail("hash")
	}
	if d.err == nil {
		d.b = d.b[contentHashLen:]
	}
	d.uvarint() // body
	d.uvarint() // chunks
	n := d.count()
	if d.err != nil {
		return nil, fmt.Errorf("summary: %w", d.err)
	}
	return d.b[:n], nil
}

// appendBodyFields encodes the part of an article the summary lacks. The
// bodies bucket stores it flate-compressed behind a version byte.
func appendBodyFields(b []byte, a *model.Article) []byte {
	e := encoder{b}
	e.str(a.Caption)
	e.str(a.Source)
	e.str(a.Author)
	e.strs(a.Body)
	e.uvarint(uint64(len(a.Speakers)))
	for _, sp := range a.Speakers {
		e.str(sp.Name)
		e.str(string(sp.Kind))
		e.strs(sp.Aliases)
		e.strs(sp.Roles)
		e.int(sp.Quotes)
	}
	e.uvarint(uint64(len(a.Quotes)))
	for i := range a.Quotes {
		q := &a.Quotes[i]
		e.str(q.Speaker)
		e.str(string(q.Kind))
		e.int(q.Start)
		e.int(q.End)
		// Most quotes are the text between their offsets: keep the
		// offsets only.
		if text, ok := textSlice(a.Body, q.Start, q.End); ok && text == q.Text {
			e.byte(quoteInText)
		} else {
			e.byte(quoteOwnText)
			e.str(q.Text)
		}
		e.str(q.Cue)
	}
	e.str(string(a.Format))
	return e.b
}

// textSlice returns Article.Text()[start:end] for an article with these
// paragraphs, without joining them when the span lies in one paragraph.
func textSlice(body []string, start, end int) (string, bool) {
	if start < 0 || start > end {
		return "", false
	}
	if len(body) == 0 {
		return "", end == 0
	}
	off := 0
	for i, p := range body {
		if start >= off && end <= off+len(p) {
			return p[start-off : end-off], true
		}
		if start < off+len(p)+len(model.ParagraphSep) {
			// The span crosses a paragraph break: rare, so join.
			text := strings.Join(body[i:], model.ParagraphSep)
			if end-off > len(text) {
				return "", false
			}
			return text[start-off : end-off], true
		}
		off += len(p) + len(model.ParagraphSep)
	}
	return "", false
}

// How a body record holds a quote's text.
const (
	quoteInText  = 0 // Text()[Start:End]
	quoteOwnText = 1 // a string follows
)

// decodeBodyFields fills a's body fields from a decompressed record of the
// given version.
func decodeBodyFields(b []byte, version byte, a *model.Article) error {
	d := decoder{b: b}
	a.Caption = d.str()
	a.Source = d.str()
	a.Author = d.str()
	a.Body = d.strs()
	if n := d.count(); n > 0 {
		a.Speakers = make([]model.Speaker, n)
		for i := range a.Speakers {
			a.Speakers[i] = model.Speaker{
				Name:    d.str(),
				Kind:    model.SpeakerKind(d.str()),
				Aliases: d.strs(),
				Roles:   d.strs(),
				Quotes:  d.int(),
			}
		}
	}
	if n := d.count(); n > 0 {
		a.Quotes = make([]model.Quote, n)
		for i := range a.Quotes {
			q := &a.Quotes[i]
			q.Speaker = d.str()
			q.Kind = model.QuoteKind(d.str())
			q.Start = d.int()
			q.End = d.int()
			switch d.byte() {
			case quoteInText:
				text, ok := textSlice(a.Body, q.Start, q.End)
				if !ok {
					d.fail("quote offsets")
				}
				q.Text = text
			case quoteOwnText:
				q.Text = d.str()
			default:
				d.fail("quote text")
			}
			q.Cue = d.str()
		}
	}
	if version >= bodyV2 {
		a.Format = model.BodyFormat(d.str())
	}
	return d.done("body")
}
