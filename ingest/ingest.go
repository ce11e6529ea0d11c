// Package ingest turns article files into model.Articles. It reads three
// layouts and tells them apart by content, never by file name, because the
// files people feed it are named anything:
//
//   - The sample layout soundbite's bundled articles use: a first line
//     "Category,image caption," (the caption may hold commas; one trailing
//     comma ends it), the boilerplate line "Share If You Like The Article",
//     then paragraphs separated by blank lines. It has no headline, so the
//     title is derived from the text (see Title derivation below).
//   - Plain text: an optional headline line, a blank line, then paragraphs.
//     A first line "Category,Headline" (an unspaced comma after a short,
//     capitalised category, as machine-written corpora have it) gives both.
//   - Markdown: a "# Title" (or setext "Title\n=====") first heading, or a
//     front matter block with a title, then paragraphs.
//
// The boilerplate line is dropped wherever it stands as a line, and also when
// it is glued to the end of a line. CRLF and lone CR line ends, a UTF-8 byte
// order mark and a missing final newline are all accepted. Lines inside a
// paragraph are joined with one space; every piece of text passes through
// model.Sanitize, so nothing read here can drive the terminal.
//
// # Title derivation
//
// When a file has no headline, the title is the first sentence of the first
// paragraph without its full stop. A sentence longer than 90 characters is
// cut at a word boundary, trailing punctuation and dangling short words
// ("the", "between", "that") are dropped, and an ellipsis is added, so the
// seed article reads "Russian President Vladimir Putin, on Tuesday, asserted
// that the escalating violence…". The lede says what happened; the image
// caption, the other candidate, describes a photograph.
//
// # Offsets
//
// Doc.FileOffset maps byte offsets in Article.Text back to the file, so that
// `soundbite extract --json` can report quotes as file offsets.
//
// # Errors
//
// Errors are sentinel values (ErrEmpty, ErrBinary, ErrInvalidUTF8,
// ErrTooLarge, ErrUnreadable, ErrNotRegular) wrapped with the file name. The file name is
// used as given, unsanitised, in errors and in Article.Source: whoever shows
// them decides how.
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"soundbite/model"
)

// MaxFileSize is the largest file ingest reads. A news article is a few
// kilobytes; anything this large is a mistake or an attack.
const MaxFileSize = 5 << 20

// Errors callers can branch on with errors.Is. Each is returned wrapped with
// the file name and, where it helps, a detail.
var (
	// ErrEmpty: the file holds no article text, only whitespace, headers
	// or boilerplate.
	ErrEmpty = errors.New("no article text")
	// ErrBinary: the file holds NUL bytes or is mostly not text.
	ErrBinary = errors.New("binary file")
	// ErrInvalidUTF8: the file is text but not UTF-8 (Latin-1, say).
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrTooLarge: the file is over MaxFileSize.
	ErrTooLarge = errors.New("file too large")
	// ErrUnreadable: the path could not be opened or read. The underlying
	// error is wrapped too, so errors.Is(err, fs.ErrNotExist) and
	// errors.Is(err, fs.ErrPermission) work.
	ErrUnreadable = errors.New("unreadable")
	// ErrNotRegular: the path names a named pipe, socket or device, which
	// is never opened for reading: a pipe with no writer blocks a read
	// forever, and a device can stream without end.
	ErrNotRegular = errors.New("not a regular file")
)

// Boilerplate is the line the sample layout carries under its first line
// and after its last paragraph.
const Boilerplate = "Share If You Like The Article"

// Format is the layout a file was read as.
type Format int

// The layouts ingest reads. The zero Format is none of them.
const (
	FormatSample Format = iota + 1
	FormatPlain
	FormatMarkdown
)

func (f Format) String() string {
	switch f {
	case FormatSample:
		return "sample"
	case FormatPlain:
		return "plain"
	case FormatMarkdown:
		return "markdown"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// Doc is one parsed file.
type Doc struct {
	// Article has ID (from model.ContentIdentity), Title, Category, Caption,
	// Source (the name given to Parse) and Body set. Published is set by
	// ReadFile to the file's modification time and is zero from Parse.
	Article model.Article
	Format  Format

	// spans map Article.Text back to the file, in text order. Bytes not
	// covered (paragraph separators) sit between spans.
	spans []span
}

// span says that n bytes of Article.Text starting at text came from the
// file starting at file, byte for byte.
type span struct {
	text, file, n int
}

// FileOffset converts a byte offset in d.Article.Text() to the offset of the
// same byte in the file's data. It is exact for every byte of a paragraph
// whose text is unchanged from the file, across CRLF line ends and a byte
// order mark. The space that joins two lines of a paragraph maps to just
// after the first line's last byte, and so does a paragraph separator, so
// an exclusive end offset maps to just after the last byte it covers.
// Where sanitising removed bytes, the result is the best match. Offsets
// outside the text are clamped; the result is always within the data.
func (d Doc) FileOffset(textOffset int) int {
	sp := d.spans
	if len(sp) == 0 {
		return 0
	}
	if textOffset <= sp[0].text {
		return sp[0].file
	}
	// The last span starting at or before textOffset.
	i := sort.Search(len(sp), func(i int) bool { return sp[i].text > textOffset }) - 1
	s := sp[i]
	if textOffset < s.text+s.n {
		return s.file + textOffset - s.text
	}
	return s.file + s.n
}

// Parse parses one file's bytes. name is used for Article.Source and error
// messages only; the layout is detected from the content.
func Parse(name string, data []byte) (Doc, error) {
	if len(data) > MaxFileSize {
		return Doc{}, fmt.Errorf("%s: %w (%d bytes, limit %d)", name, ErrTooLarge, len(data), MaxFileSize)
	}
	if err := checkText(data); err != nil {
		return Doc{}, fmt.Errorf("%s: %w", name, err)
	}
	base := 0
	if bytes.HasPrefix(data, []byte(byteOrderMark)) {
		base = len(byteOrderMark)
	}
	var ls lines
	ls.split(string(data), base)
	h := readHeader(ls.lines)
	d := Doc{Format: h.format}
	a := &d.Article
	a.Body, d.spans = ls.paragraphs(h.body, h.format == FormatMarkdown)
	if len(a.Body) == 0 {
		return Doc{}, fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	// The header's fields are slices of the file's text: copied, so the
	// article does not keep the whole file alive beside its body (an
	// import holds ~1,000 articles between the walk and the store).
	a.Category, a.Caption, a.Title, a.Source = strings.Clone(h.category), strings.Clone(h.caption), strings.Clone(h.title), name
	if h.format == FormatMarkdown {
		a.Format = model.Markdown
	}
	if a.Title == "" {
		a.Title = deriveTitle(a.Body[0])
	}
	a.ID = model.ContentID(a)
	return d, nil
}

const byteOrderMark = "\xef\xbb\xbf"

// checkText rejects data that is not UTF-8 text. A NUL byte means binary,
// as it does for git and grep. Without one, data where more than a tenth of
// the bytes are control characters or invalid UTF-8 is binary too; with
// fewer it is text in the wrong encoding, which deserves its own message.
// ESC is not counted: text full of escape sequences is hostile text, and
// Sanitize deals with it.
func checkText(data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w (NUL byte at offset %d)", ErrBinary, i)
	}
	odd, firstBad := 0, -1
	for i := 0; i < len(data); {
		c := data[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			switch c {
			case '\t', '\n', '\v', '\f', '\r', 0x1b:
			default:
				odd++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			odd++
			if firstBad < 0 {
				firstBad = i
			}
		}
		i += size
	}
	switch {
	case odd*10 > len(data):
		return fmt.Errorf("%w (%d of %d bytes are not text)", ErrBinary, odd, len(data))
	case firstBad >= 0:
		return fmt.Errorf("%w (at offset %d)", ErrInvalidUTF8, firstBad)
	}
	return nil
}

// lines is a file split into sanitised lines. The spans of all lines share
// one slice, so a file costs a few allocations rather than a few per line.
type lines struct {
	lines []line
	spans []span // text offsets relative to each line's text
}

// line is one sanitised, trimmed line of the file.
type line struct {
	text   string
	lo, hi int // the line's spans are lines.spans[lo:hi]
	// end is the file offset just after the line's last kept byte: where a
	// joining space or a paragraph end maps to.
	end int
	// blank lines separate paragraphs; the boilerplate line is blank and
	// boiler, because it marks the sample layout.
	blank, boiler bool
}

// split splits s[base:] at LF, CRLF and lone CR, sanitises and trims each
// line and drops the boilerplate.
func (ls *lines) split(s string, base int) {
	n := strings.Count(s, "\n") + 1
	ls.lines = make([]line, 0, n)
	ls.spans = make([]span, 0, n)
	for i := base; i < len(s); {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			j = len(s)
		} else {
			j += i
		}
		next := j + 1
		if k := strings.IndexByte(s[i:j], '\r'); k >= 0 {
			j = i + k
			next = j + 1
			if next < len(s) && s[next] == '\n' {
				next++
			}
		}
		ls.lines = append(ls.lines, ls.clean(s[i:j], i))
		i = next
	}
}

// clean sanitises raw, the line found at file offset at, trims it and
// strips the boilerplate.
func (ls *lines) clean(raw string, at int) line {
	clean := model.Sanitize(raw)
	lo := len(clean) - len(strings.TrimLeftFunc(clean, unicode.IsSpace))
	hi := len(strings.TrimRightFunc(clean, unicode.IsSpace))
	if lo >= hi {
		return line{blank: true}
	}
	text := clean[lo:hi]
	if n := len(text) - len(Boilerplate); n >= 0 && strings.EqualFold(text[n:], Boilerplate) {
		// Either the whole line is the boilerplate or it is glued to
		// the end of the last paragraph.
		text = strings.TrimRightFunc(text[:n], unicode.IsSpace)
		if text == "" {
			return line{blank: true, boiler: true}
		}
		hi = lo + len(text)
	}
	l := line{text: text, lo: len(ls.spans)}
	if clean == raw {
		ls.spans = append(ls.spans, span{0, at + lo, hi - lo})
	} else {
		ls.spans = appendAligned(ls.spans, clean, raw, at, lo, hi)
	}
	l.hi = len(ls.spans)
	last := ls.spans[l.hi-1]
	l.end = last.file + last.n
	return l
}

// appendAligned appends the spans that map clean[lo:hi], made by Sanitize
// from raw, back to raw, with text offsets relative to lo. For valid UTF-8
// without line breaks Sanitize only deletes bytes, so clean is a
// subsequence of raw and a greedy match finds it; it can pick a wrong but
// equal byte inside a deleted sequence, which is why offsets are only
// promised exact for unchanged text.
func appendAligned(spans []span, clean, raw string, at, lo, hi int) []span {
	first := len(spans)
	j := 0
	for i := 0; i < hi; i++ {
		for j < len(raw) && raw[j] != clean[i] {
			j++
		}
		pos := at + min(j, len(raw))
		if j < len(raw) {
			j++
		}
		if i < lo {
			continue
		}
		if k := len(spans) - 1; k >= first && spans[k].text+spans[k].n == i-lo && spans[k].file+spans[k].n == pos {
			spans[k].n++
		} else {
			spans = append(spans, span{i - lo, pos, 1})
		}
	}
	return spans
}

// paragraphs groups the lines from index from on into paragraphs at blank
// lines and returns them with the spans of their text joined by
// model.ParagraphSep. In Markdown a heading is a paragraph of its own even
// without blank lines around it. Lines of a paragraph are joined by one
// space, which maps to just after the previous line's last byte.
func (ls *lines) paragraphs(from int, markdown bool) ([]string, []span) {
	var (
		b     strings.Builder
		spans []span
		ends  []int // end of each paragraph in b
		prev  *line // previous line of the current paragraph
	)
	endPara := func() {
		if prev != nil {
			ends = append(ends, b.Len())
			prev = nil
		}
	}
	for i := from; i < len(ls.lines); i++ {
		l := &ls.lines[i]
		if l.blank {
			endPara()
			continue
		}
		heading := markdown && atxLevel(l.text) > 0
		if heading {
			endPara()
		}
		switch {
		case prev != nil:
			spans = append(spans, span{b.Len(), prev.end, 1})
			b.WriteByte(' ')
		case len(ends) > 0:
			b.WriteString(model.ParagraphSep)
		default:
			b.Grow(ls.textLen(i))
		}
		for _, s := range ls.spans[l.lo:l.hi] {
			s.text += b.Len()
			spans = append(spans, s)
		}
		b.WriteString(l.text)
		prev = l
		if heading {
			endPara()
		}
	}
	endPara()
	text := b.String()
	body := make([]string, len(ends))
	start := 0
	for i, end := range ends {
		body[i] = text[start:end]
		start = end + len(model.ParagraphSep)
	}
	return body, spans
}

// textLen is about the length of the text from line i on: enough that the
// builder allocates once.
func (ls *lines) textLen(i int) int {
	n := 0
	for _, l := range ls.lines[i:] {
		n += len(l.text) + len(model.ParagraphSep)
	}
	return n
}
