package store

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
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
	bodyV3      = 3 // bodyV2's fields, zstd-compressed with a dictionary (schema 6)
	quoteNumsV1 = 1
	aggregateV1 = 1
	feedV1      = 1
	feedV2      = 2 // feedV1, then the folder and the sync server
	sessionV1   = 1
	sessionV2   = 2 // adds the search
	sessionV3   = 3 // adds the folder filter and the feeds view
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

// count reads a length, or the count of elements that take at least a
// byte each in this record, so at most what could still follow. A count
// of anything stored elsewhere is read with uvarint and bounded by the
// caller.
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

// bytes is str without the copy: the slice aliases the record.
func (d *decoder) bytes() []byte {
	n := d.count()
	if d.err != nil {
		return nil
	}
	b := d.b[:n:n]
	d.b = d.b[n:]
	return b
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
	var nums []int
	if n := d.count(); n > 0 {
		nums = make([]int, n)
	}
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

// encodeSession writes a version 3 session record: version 1's fields,
// then the reader's search (version 2), then the folder filter and whether
// the feeds view was open (version 3).
func encodeSession(s *model.Session) []byte {
	e := encoder{make([]byte, 0, 64)}
	e.byte(sessionV3)
	e.str(string(s.Selected))
	e.strs(s.Filter.Speakers)
	e.str(s.Filter.Feed)
	e.boolean(s.Filter.Unread)
	e.boolean(s.Filter.Bookmarked)
	e.str(s.Filter.Title)
	e.str(s.Query)
	e.str(s.Filter.Folder)
	e.boolean(s.Feeds)
	return e.b
}

func decodeSession(b []byte) (model.Session, error) {
	d := decoder{b: b}
	v := d.byte()
	if d.err == nil && (v < sessionV1 || v > sessionV3) {
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
	if v >= sessionV3 {
		s.Filter.Folder = d.str()
		s.Feeds = d.boolean()
	}
	return s, d.done("session")
}
