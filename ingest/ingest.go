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
// Errors are sentinel values (ErrEmpty, ErrBinary, ErrInvalidUTF8,
// ErrTooLarge, ErrUnreadable) wrapped with the file name. The file name is
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
	if bytes.HasPrefix(data, bom) {
		base = len(bom)
	}
	lines := splitLines(data, base)
	h := readHeader(lines)
	paras := paragraphs(lines[h.body:], h.format == FormatMarkdown)
	if len(paras) == 0 {
		return Doc{}, fmt.Errorf("%s: %w", name, ErrEmpty)
	}

	d := Doc{Format: h.format}
	a := &d.Article
	a.Category, a.Caption, a.Title, a.Source = h.category, h.caption, h.title, name
	a.Body = make([]string, len(paras))
	n := 0
	for _, p := range paras {
		n += len(p.spans)
	}
	d.spans = make([]span, 0, n)
	off := 0
	for i, p := range paras {
		a.Body[i] = p.text
		for _, s := range p.spans {
			s.text += off
			d.spans = append(d.spans, s)
		}
		off += len(p.text) + len(model.ParagraphSep)
	}
	if a.Title == "" {
		a.Title = deriveTitle(a.Body[0])
	}
	a.ID = model.NewID(model.ContentIdentity(*a))
	return d, nil
}

var bom = []byte("\xef\xbb\xbf")

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
		if c < utf8.RuneSelf {
			if c < 0x20 && !strings.ContainsRune("\t\n\v\f\r\x1b", rune(c)) || c == 0x7f {
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

// line is one sanitised, trimmed line of the file.
type line struct {
	text  string
	spans []span // text offsets relative to text
	// end is the file offset just after the line's last kept byte: where a
	// joining space or a paragraph end maps to.
	end int
	// blank lines separate paragraphs; the boilerplate line is blank and
	// boiler, because it marks the sample layout.
	blank, boiler bool
}

// splitLines splits data[base:] at LF, CRLF and lone CR, sanitises and
// trims each line and drops the boilerplate.
func splitLines(data []byte, base int) []line {
	lines := make([]line, 0, bytes.Count(data, []byte{'\n'})+1)
	for i := base; i < len(data); {
		j := i
		for j < len(data) && data[j] != '\n' && data[j] != '\r' {
			j++
		}
		lines = append(lines, cleanLine(string(data[i:j]), i))
		switch {
		case j+1 < len(data) && data[j] == '\r' && data[j+1] == '\n':
			i = j + 2
		default:
			i = j + 1
		}
	}
	return lines
}

// cleanLine sanitises raw, the line found at file offset at, trims it and
// strips the boilerplate.
func cleanLine(raw string, at int) line {
	clean := model.Sanitize(raw)
	var spans []span
	if clean == raw {
		spans = []span{{0, at, len(raw)}}
	} else {
		spans = align(clean, raw, at)
	}
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
	spans = cutSpans(spans, lo, hi)
	last := spans[len(spans)-1]
	return line{text: text, spans: spans, end: last.file + last.n}
}

// align maps each byte of clean, which Sanitize made from raw, back to raw.
// For valid UTF-8 without line breaks Sanitize only deletes bytes, so clean
// is a subsequence of raw and a greedy match finds it; it can pick a wrong
// but equal byte inside a deleted sequence, which is why offsets are only
// promised exact for unchanged text.
func align(clean, raw string, at int) []span {
	var spans []span
	j := 0
	for i := 0; i < len(clean); i++ {
		for j < len(raw) && raw[j] != clean[i] {
			j++
		}
		pos := at + min(j, len(raw))
		if k := len(spans) - 1; k >= 0 && spans[k].text+spans[k].n == i && spans[k].file+spans[k].n == pos {
			spans[k].n++
		} else {
			spans = append(spans, span{i, pos, 1})
		}
		if j < len(raw) {
			j++
		}
	}
	return spans
}

// cutSpans returns the part of spans covering text[lo:hi], rebased to lo.
func cutSpans(spans []span, lo, hi int) []span {
	var out []span
	for _, s := range spans {
		a, b := max(s.text, lo), min(s.text+s.n, hi)
		if a >= b {
			continue
		}
		out = append(out, span{a - lo, s.file + a - s.text, b - a})
	}
	return out
}

// para is one body paragraph with its spans relative to its text.
type para struct {
	text  string
	spans []span
}

// paragraphs groups lines into paragraphs at blank lines. In Markdown a
// heading is a paragraph of its own even without blank lines around it.
func paragraphs(lines []line, markdown bool) []para {
	var out []para
	var cur []line
	flush := func() {
		if len(cur) > 0 {
			out = append(out, joinLines(cur))
			cur = cur[:0]
		}
	}
	for _, l := range lines {
		switch {
		case l.blank:
			flush()
		case markdown && atxLevel(l.text) > 0:
			flush()
			cur = append(cur, l)
			flush()
		default:
			cur = append(cur, l)
		}
	}
	flush()
	return out
}

// joinLines joins a paragraph's lines with single spaces. Each joining space
// maps to just after the previous line's last byte.
func joinLines(ls []line) para {
	if len(ls) == 1 {
		return para{ls[0].text, ls[0].spans}
	}
	var b strings.Builder
	var spans []span
	for i, l := range ls {
		if i > 0 {
			spans = append(spans, span{b.Len(), ls[i-1].end, 1})
			b.WriteByte(' ')
		}
		for _, s := range l.spans {
			s.text += b.Len()
			spans = append(spans, s)
		}
		b.WriteString(l.text)
	}
	return para{b.String(), spans}
}
