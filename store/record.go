package store

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"soundbite/model"
)

// Key layout. See the package comment.
const (
	idLen     = model.IDLen / 2 // bytes
	dateLen   = 8
	dateIDLen = dateLen + idLen
)

// idKey decodes an ID to its 8-byte key. Only the canonical form (16
// lowercase hex digits) is accepted, so an ID read back equals the one put.
func idKey(id model.ID) ([]byte, error) {
	if len(id) != model.IDLen {
		return nil, fmt.Errorf("article id %q is not %d hex digits", id, model.IDLen)
	}
	k, err := hex.DecodeString(string(id))
	if err != nil || hex.EncodeToString(k) != string(id) {
		return nil, fmt.Errorf("article id %q is not %d lowercase hex digits", id, model.IDLen)
	}
	return k, nil
}

func keyID(k []byte) model.ID { return model.ID(hex.EncodeToString(k)) }

// appendDate appends the sortable 8-byte form of t: Unix microseconds with
// the sign bit flipped, big-endian. Times beyond ±290,000 years are
// clamped; within a microsecond, index order falls back to the ID.
func appendDate(b []byte, t time.Time) []byte {
	var us int64
	switch {
	case t.Before(time.UnixMicro(math.MinInt64)):
		us = math.MinInt64
	case t.After(time.UnixMicro(math.MaxInt64)):
		us = math.MaxInt64
	default:
		us = t.UnixMicro()
	}
	return binary.BigEndian.AppendUint64(b, uint64(us)^(1<<63))
}

func keyDate(k []byte) time.Time {
	return time.UnixMicro(int64(binary.BigEndian.Uint64(k) ^ (1 << 63)))
}

// dateIDKey is the key every date-ordered index uses for an article.
func dateIDKey(date time.Time, id []byte) []byte {
	return append(appendDate(make([]byte, 0, dateIDLen), date), id...)
}

// bodyKey is a body chunk's key: a sequence number, so bodies are appended
// in import order (see body.go).
func bodyKey(seq uint64) []byte { return binary.BigEndian.AppendUint64(nil, seq) }

// rankKey orders speakers by quotes, most first, then by key.
func rankKey(quotes uint64, key string) []byte {
	return append(binary.BigEndian.AppendUint64(nil, ^quotes), key...)
}

// Record versions: the first byte of each record.
const (
	summaryV1   = 1
	bodyV1      = 1 // flate-compressed body fields (see body.go)
	bodyV2      = 2 // bodyV1, then the body format
	quoteNumsV1 = 1
	aggregateV1 = 1
	feedV1      = 1
	feedV2      = 2 // feedV1, then the folder and the sync server
	sessionV1   = 1
	sessionV2   = 2 // adds the search
	timeV1      = 1
)

// errCorrupt marks a record that does not decode.
var errCorrupt = errors.New("corrupt record")

// encoder appends varint-framed fields.
type encoder struct{ b []byte }

func (e *encoder) byte(v byte)      { e.b = append(e.b, v) }
func (e *encoder) uvarint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) varint(v int64)   { e.b = binary.AppendVarint(e.b, v) }
func (e *encoder) int(v int)        { e.varint(int64(v)) }
func (e *encoder) str(s string)     { e.uvarint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *encoder) boolean(v bool) {
	if v {
		e.byte(1)
	} else {
		e.byte(0)
	}
}

func (e *encoder) strs(ss []string) {
	e.uvarint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

// time keeps the instant to the nanosecond; the zone is not kept.
func (e *encoder) time(t time.Time) {
	if t.IsZero() {
		e.byte(0)
		return
	}
	e.byte(1)
	e.varint(t.Unix())
	e.uvarint(uint64(t.Nanosecond()))
}

// decoder reads what encoder wrote. The first error sticks and later reads
// return zero values, so record decoders check once at the end. Every
// length is checked against what is left, so a hostile record cannot make
// it allocate more than the record's size.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: bad %s", errCorrupt, what)
	}
}

func (d *decoder) byte() byte {
	if d.err != nil || len(d.b) == 0 {
		d.fail("byte")
		return 0
	}
	v := d.b[0]
	d.b = d.b[1:]
	return v
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("uvarint")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail("varint")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) int() int {
	v := d.varint()
	if v > math.MaxInt || v < math.MinInt {
		d.fail("int")
		return 0
	}
	return int(v)
}

// count reads a length or element count, at most what could still follow.
func (d *decoder) count() int {
	v := d.uvarint()
	if v > uint64(len(d.b)) {
		d.fail("length")
		return 0
	}
	return int(v)
}

// str copies, so strings outlive the transaction the bytes came from.
func (d *decoder) str() string {
	n := d.count()
	if d.err != nil {
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) boolean() bool { return d.byte() != 0 }

func (d *decoder) strs() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = d.str()
	}
	return ss
}

func (d *decoder) time() time.Time {
	if d.byte() == 0 {
		return time.Time{}
	}
	sec := d.varint()
	nsec := d.uvarint()
	if nsec >= 1e9 {
		d.fail("time")
		return time.Time{}
	}
	return time.Unix(sec, int64(nsec))
}

// version checks a record's leading version byte.
func (d *decoder) version(want byte, what string) {
	if v := d.byte(); d.err == nil && v != want {
		d.err = fmt.Errorf("%w: %s record version %d, want %d", errCorrupt, what, v, want)
	}
}

// done reports the sticky error, or trailing bytes.
func (d *decoder) done(what string) error {
	if d.err == nil && len(d.b) != 0 {
		d.fail(what + " (trailing bytes)")
	}
	if d.err != nil {
		return fmt.Errorf("%s: %w", what, d.err)
	}
	return nil
}

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
	s.chunks = d.count()
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

// encodeQuoteNums is a by_speaker entry's value: which of the article's
// quotes are the speaker's. The quotes themselves stay in the body: copying
// their text into the index would cost about a kilobyte an article.
func encodeQuoteNums(nums []int) []byte {
	if len(nums) == 0 {
		return nil
	}
	e := encoder{make([]byte, 0, 2+len(nums))}
	e.byte(quoteNumsV1)
	e.uvarint(uint64(len(nums)))
	for _, n := range nums {
		e.uvarint(uint64(n))
	}
	return e.b
}

func decodeQuoteNums(b []byte) ([]int, error) {
	if len(b) == 0 {
		return nil, nil
	}
	d := decoder{b: b}
	d.version(quoteNumsV1, "quote numbers")
	nums := make([]int, d.count())
	for i := range nums {
		v := d.uvarint()
		if v > math.MaxInt32 {
			d.fail("quote number")
		}
		nums[i] = int(v)
	}
	return nums, d.done("quote numbers")
}

func encodeTime(t time.Time) []byte {
	e := encoder{make([]byte, 0, 16)}
	e.byte(timeV1)
	e.time(t)
	return e.b
}

func decodeTime(b []byte) (time.Time, error) {
	d := decoder{b: b}
	d.version(timeV1, "time")
	t := d.time()
	return t, d.done("time")
}

func encodeFeed(f *model.Feed) []byte {
	e := encoder{make([]byte, 0, 128)}
	e.byte(feedV2)
	e.str(f.URL)
	e.str(f.Name)
	e.str(f.Title)
	e.boolean(f.FullText)
	e.time(f.Added)
	e.str(f.ETag)
	e.str(f.LastModified)
	e.time(f.LastFetch)
	e.time(f.LastSuccess)
	e.str(f.LastError)
	e.str(f.Folder)
	e.str(f.Remote)
	return e.b
}

func decodeFeed(b []byte) (model.Feed, error) {
	d := decoder{b: b}
	v := d.byte()
	if d.err == nil && v != feedV1 && v != feedV2 {
		d.fail("feed version")
	}
	f := model.Feed{
		URL:          d.str(),
		Name:         d.str(),
		Title:        d.str(),
		FullText:     d.boolean(),
		Added:        d.time(),
		ETag:         d.str(),
		LastModified: d.str(),
		LastFetch:    d.time(),
		LastSuccess:  d.time(),
		LastError:    d.str(),
	}
	if v == feedV2 {
		f.Folder = d.str()
		f.Remote = d.str()
	}
	return f, d.done("feed")
}

// encodeSession writes a version 2 session record: version 1's fields,
// then the reader's search.
func encodeSession(s *model.Session) []byte {
	e := encoder{make([]byte, 0, 64)}
	e.byte(sessionV2)
	e.str(string(s.Selected))
	e.strs(s.Filter.Speakers)
	e.str(s.Filter.Feed)
	e.boolean(s.Filter.Unread)
	e.boolean(s.Filter.Bookmarked)
	e.str(s.Filter.Title)
	e.str(s.Query)
	return e.b
}

func decodeSession(b []byte) (model.Session, error) {
	d := decoder{b: b}
	v := d.byte()
	if d.err == nil && v != sessionV1 && v != sessionV2 {
		d.fail("session version")
	}
	s := model.Session{
		Selected: model.ID(d.str()),
		Filter: model.Filter{
			Speakers:   d.strs(),
			Feed:       d.str(),
			Unread:     d.boolean(),
			Bookmarked: d.boolean(),
			Title:      d.str(),
		},
	}
	if v >= sessionV2 {
		s.Query = d.str()
	}
	return s, d.done("session")
}
