package ingest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"soundbite/model"
)

// seedDir holds the article the product started from, beside the
// repository; tests that need it skip when it is absent.
const seedDir = "../../shared/seed"

func seedFile(t testing.TB) (string, []byte) {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(paths) == 0 {
		t.Skipf("no seed article in %s (the shared material is not checked out beside the repository)", seedDir)
	}
	data, err := os.ReadFile(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	return paths[0], data
}

func TestSeed(t *testing.T) {
	path, _ := seedFile(t)
	d, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a := d.Article
	if d.Format != FormatSample {
		t.Errorf("Format = %v, want sample", d.Format)
	}
	if a.Category != "Israel-Hamas War" {
		t.Errorf("Category = %q", a.Category)
	}
	wantCaption := "Russian President Vladimir Putin, right, and Iraq's Prime Minister Mohammed Shia' Al Sudani " +
		"pose for a photo during their meeting at the Kremlin in Moscow, Russia"
	if a.Caption != wantCaption {
		t.Errorf("Caption = %q, want %q", a.Caption, wantCaption)
	}
	wantTitle := "Russian President Vladimir Putin, on Tuesday, asserted that the escalating violence…"
	if a.Title != wantTitle {
		t.Errorf("Title = %q, want %q", a.Title, wantTitle)
	}
	if n := len(a.Body); n < 14 || n > 17 {
		t.Errorf("%d paragraphs, want about 16", n)
	}
	for i, p := range a.Body {
		if strings.Contains(strings.ToLower(p), "share if you like") {
			t.Errorf("paragraph %d holds the boilerplate: %q", i, p)
		}
		if p == "" || strings.ContainsAny(p, "\r\n") {
			t.Errorf("paragraph %d = %q: empty or holds a line break", i, p)
		}
	}
	if !strings.HasPrefix(a.Body[0], "Russian President Vladimir Putin, on Tuesday,") ||
		!strings.HasSuffix(a.Body[len(a.Body)-1], "resumption of the negotiation process.") {
		t.Errorf("body runs from %q to %q", a.Body[0], a.Body[len(a.Body)-1])
	}
	if a.Source != path {
		t.Errorf("Source = %q, want %q", a.Source, path)
	}
	if a.ID != model.NewID(model.ContentIdentity(a)) || len(a.ID) != model.IDLen {
		t.Errorf("ID = %q, not the content identity", a.ID)
	}
	info, _ := os.Stat(path)
	if !a.Published.Equal(info.ModTime()) {
		t.Errorf("Published = %v, want the mtime %v", a.Published, info.ModTime())
	}
}

// TestSeedVariants: the same article with CRLF, a BOM and without its final
// boilerplate line is the same article.
func TestSeedVariants(t *testing.T) {
	_, data := seedFile(t)
	want, err := Parse("seed", data)
	if err != nil {
		t.Fatal(err)
	}
	crlf := bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
	// The last paragraph with the boilerplate glued on, no newline.
	glued := bytes.TrimRight(bytes.TrimSuffix(bytes.TrimRight(data, "\n"), []byte(Boilerplate)), "\n")
	glued = slices.Concat(glued, []byte(Boilerplate))
	variants := map[string][]byte{
		"crlf":          crlf,
		"bom":           append([]byte(byteOrderMark), data...),
		"bom crlf":      append([]byte(byteOrderMark), crlf...),
		"final newline": append(slices.Clone(data), '\n'),
		"glued":         glued,
	}
	for name, v := range variants {
		t.Run(name, func(t *testing.T) {
			got, err := Parse("seed", v)
			if err != nil {
				t.Fatal(err)
			}
			g, w := got.Article, want.Article
			if g.ID != w.ID || g.Title != w.Title || g.Caption != w.Caption || g.Category != w.Category {
				t.Errorf("got %s %q %q %q, want %s %q %q %q", g.ID, g.Title, g.Caption, g.Category, w.ID, w.Title, w.Caption, w.Category)
			}
			if !slices.Equal(g.Body, w.Body) {
				t.Errorf("body differs: last paragraph %q, want %q", g.Body[len(g.Body)-1], w.Body[len(w.Body)-1])
			}
			assertExactOffsets(t, v, got)
		})
	}
}

// TestRealWorldOffsets checks offsets on real articles in the sample layout.
func TestRealWorldOffsets(t *testing.T) {
	paths, _ := filepath.Glob("../../shared/realworld/news/[0-9]*.txt")
	if len(paths) == 0 {
		t.Skip("no real-world articles in ../../shared/realworld/news")
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(path, data)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if d.Format != FormatSample || d.Article.Category == "" || strings.HasSuffix(d.Article.Caption, ",") {
			t.Errorf("%s: format %v, category %q, caption %q", path, d.Format, d.Article.Category, d.Article.Caption)
		}
		assertExactOffsets(t, data, d)
	}
}

// assertExactOffsets checks that each paragraph, which must be one line in
// data, maps back to itself.
func assertExactOffsets(t *testing.T, data []byte, d Doc) {
	t.Helper()
	off := 0
	for i, p := range d.Article.Body {
		s, e := d.FileOffset(off), d.FileOffset(off+len(p))
		if s < 0 || e > len(data) || s > e {
			t.Fatalf("paragraph %d maps to [%d:%d], out of [0:%d]", i, s, e, len(data))
		}
		if got := string(data[s:e]); got != p {
			t.Errorf("paragraph %d: data[%d:%d] = %q, want %q", i, s, e, got, p)
		}
		off += len(p) + len(model.ParagraphSep)
	}
}

func TestParseLayouts(t *testing.T) {
	tests := []struct {
		name                     string
		in                       string
		format                   Format
		category, caption, title string
		body                     []string
	}{
		{
			name:     "sample",
			in:       "Sport,Fans at the Harbour Ground, Eastmere, on Sunday,\nShare If You Like The Article\n\nThe club won. Fans cheered.\n\nIt was the first title.\n\nShare If You Like The Article",
			format:   FormatSample,
			category: "Sport", caption: "Fans at the Harbour Ground, Eastmere, on Sunday", title: "The club won",
			body: []string{"The club won. Fans cheered.", "It was the first title."},
		},
		{
			name:     "sample boilerplate glued to the last paragraph",
			in:       "Sport,A caption,\nShare If You Like The Article\n\nFirst.\n\nLast words.Share If You Like The Article",
			format:   FormatSample,
			category: "Sport", caption: "A caption", title: "First",
			body: []string{"First.", "Last words."},
		},
		{
			name:     "sample without the boilerplate",
			in:       "Climate,Flooded fields near Varn,\n\nRain fell for a week.\n",
			format:   FormatSample,
			category: "Climate", caption: "Flooded fields near Varn", title: "Rain fell for a week",
			body: []string{"Rain fell for a week."},
		},
		{
			name:     "sample boilerplate in lower case",
			in:       "Health,Caption,\nshare if you like the article\n\nBody.",
			format:   FormatSample,
			category: "Health", caption: "Caption", title: "Body",
			body: []string{"Body."},
		},
		{
			name:   "plain headline",
			in:     "Minister resigns over harbour plan\n\nThe minister resigned on Monday.\n\nMore followed.\n",
			format: FormatPlain,
			title:  "Minister resigns over harbour plan",
			body:   []string{"The minister resigned on Monday.", "More followed."},
		},
		{
			name:     "category and headline (peer corpora)",
			in:       "World,Kingsbridge braces for costly embassy reopening\n\nA decision is due.\n\n\"It matters,\" said Ana Vell.",
			format:   FormatPlain,
			category: "World", title: "Kingsbridge braces for costly embassy reopening",
			body: []string{"A decision is due.", "\"It matters,\" said Ana Vell."},
		},
		{
			name:   "headline with a spaced comma is all headline",
			in:     "Markets fall, bonds rally\n\nTraders were busy.",
			format: FormatPlain,
			title:  "Markets fall, bonds rally",
			body:   []string{"Traders were busy."},
		},
		{
			name:   "lower-case word before the comma is no category",
			in:     "Rates rise,again\n\nBody.",
			format: FormatPlain,
			title:  "Rates rise,again",
			body:   []string{"Body."},
		},
		{
			name:   "no headline: first sentence",
			in:     "The council met on Tuesday. It voted.\n\nLater it adjourned.",
			format: FormatPlain,
			title:  "The council met on Tuesday",
			body:   []string{"The council met on Tuesday. It voted.", "Later it adjourned."},
		},
		{
			name:   "one paragraph is body, not headline",
			in:     "Just one paragraph here",
			format: FormatPlain,
			title:  "Just one paragraph here",
			body:   []string{"Just one paragraph here"},
		},
		{
			name:   "wrapped lines join with a space",
			in:     "Headline\n\n  line one  \nline two\n\nline three\n",
			format: FormatPlain,
			title:  "Headline",
			body:   []string{"line one line two", "line three"},
		},
		{
			name:   "lone CR line ends",
			in:     "Headline\r\rBody one\rcontinued\r\rBody two",
			format: FormatPlain,
			title:  "Headline",
			body:   []string{"Body one continued", "Body two"},
		},
		{
			name:   "boilerplate line inside text splits paragraphs",
			in:     "Headline\n\nPara one\nShare If You Like The Article\nPara two",
			format: FormatPlain,
			title:  "Headline",
			body:   []string{"Para one", "Para two"},
		},
		{
			name:   "whitespace-only lines are blank",
			in:     "\n \t\nHeadline\n \t \nBody.\n\t\n",
			format: FormatPlain,
			title:  "Headline",
			body:   []string{"Body."},
		},
		{
			name:   "markdown ATX",
			in:     "# The Title #\n\nPara one\ncontinued.\n\n## Section\nText under.\n",
			format: FormatMarkdown,
			title:  "The Title",
			body:   []string{"Para one continued.", "## Section", "Text under."},
		},
		{
			name:   "markdown setext",
			in:     "The Title\n=========\n\nBody.",
			format: FormatMarkdown,
			title:  "The Title",
			body:   []string{"Body."},
		},
		{
			name:     "markdown front matter",
			in:       "---\ntitle: \"Front Title\"\ncategory: Technology\n---\n\nBody text.",
			format:   FormatMarkdown,
			category: "Technology", title: "Front Title",
			body: []string{"Body text."},
		},
		{
			name:   "markdown empty heading: derived title",
			in:     "#\n\nFirst sentence here. Second.",
			format: FormatMarkdown,
			title:  "First sentence here",
			body:   []string{"First sentence here. Second."},
		},
		{
			name:   "hashtag is no heading",
			in:     "#news today\n\nBody.",
			format: FormatPlain,
			title:  "#news today",
			body:   []string{"Body."},
		},
		{
			name:   "escape sequences and bidi overrides are removed",
			in:     "Head\x1b]0;pwned\aline\n\nBody \x1b[31mred\x1b[0m text\u202e.\x1b]52;c;ZXZpbA==\a",
			format: FormatPlain,
			title:  "Headline",
			body:   []string{"Body red text."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("in.txt", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			a := d.Article
			if d.Format != tt.format || a.Category != tt.category || a.Caption != tt.caption || a.Title != tt.title {
				t.Errorf("got %v %q %q %q, want %v %q %q %q", d.Format, a.Category, a.Caption, a.Title,
					tt.format, tt.category, tt.caption, tt.title)
			}
			if !slices.Equal(a.Body, tt.body) {
				t.Errorf("Body = %q, want %q", a.Body, tt.body)
			}
			if a.Source != "in.txt" || a.ID != model.NewID(model.ContentIdentity(a)) || !a.Published.IsZero() {
				t.Errorf("Source %q, ID %q, Published %v", a.Source, a.ID, a.Published)
			}
			assertOffsetsInvariant(t, []byte(tt.in), d)
		})
	}
}

// assertOffsetsInvariant checks what holds for any parse: offsets are in
// range and never go backwards, and every byte of the text but the joining
// spaces maps to an equal byte in data.
func assertOffsetsInvariant(t testing.TB, data []byte, d Doc) {
	t.Helper()
	text := d.Article.Text()
	prev := 0
	for i := -1; i <= len(text)+1; i++ {
		f := d.FileOffset(i)
		if f < 0 || f > len(data) || f < prev {
			t.Fatalf("FileOffset(%d) = %d after %d, data length %d", i, f, prev, len(data))
		}
		prev = f
		if i >= 0 && i < len(text) && text[i] != ' ' && text[i] != '\n' && (f == len(data) || data[f] != text[i]) {
			t.Fatalf("text[%d] = %q maps to data[%d], which is not it (text %q)", i, text[i], f, text)
		}
	}
}

func TestFileOffsetWrapped(t *testing.T) {
	data := []byte("\xef\xbb\xbfHeadline\r\n\r\nThe first line\r\nand the second.\r\n\r\n\r\n  Indented one.  \r\n")
	d, err := Parse("w.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	text := d.Article.Text()
	for _, tt := range []struct {
		sub  string
		want string // data[FileOffset(start):FileOffset(end)]
	}{
		{"first line", "first line"},
		{"The first line and the second.", "The first line\r\nand the second."},
		{"second.", "second."},
		{"Indented one.", "Indented one."},
	} {
		start := strings.Index(text, tt.sub)
		s, e := d.FileOffset(start), d.FileOffset(start+len(tt.sub))
		if got := string(data[s:e]); got != tt.want {
			t.Errorf("%q maps to %q, want %q", tt.sub, got, tt.want)
		}
	}
	// A separator and offsets past either end are clamped.
	first := strings.Index(string(data), "The first")
	last := strings.Index(string(data), "one.") + len("one.")
	sep := strings.Index(text, model.ParagraphSep)
	for _, tt := range []struct{ in, want int }{
		{-10, first}, {0, first}, {sep, strings.Index(string(data), "second.") + len("second.")},
		{len(text), last}, {len(text) + 100, last},
	} {
		if got := d.FileOffset(tt.in); got != tt.want {
			t.Errorf("FileOffset(%d) = %d, want %d", tt.in, got, tt.want)
		}
	}
	if got := (Doc{}).FileOffset(5); got != 0 {
		t.Errorf("zero Doc: FileOffset = %d, want 0", got)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"whitespace", []byte(" \r\n\t\n\n"), ErrEmpty},
		{"bom only", []byte(byteOrderMark), ErrEmpty},
		{"boilerplate only", []byte("Share If You Like The Article\n\nShare If You Like The Article"), ErrEmpty},
		{"sample header only", []byte("Politics,Caption,\nShare If You Like The Article\n\nShare If You Like The Article"), ErrEmpty},
		{"markdown title only", []byte("# Title\n"), ErrEmpty},
		{"escape sequences only", []byte("\x1b[2J\x1b]0;x\a\n"), ErrEmpty},
		{"NUL byte", []byte("text\x00more text"), ErrBinary},
		{"UTF-16", []byte("\xff\xfeH\x00i\x00"), ErrBinary},
		{"control bytes", []byte("\x01\x02\x03\x04\x05\x06 words"), ErrBinary},
		{"random high bytes", bytes.Repeat([]byte{0xff, 0xfe, 0x80, 'a'}, 100), ErrBinary},
		{"Latin-1", []byte("Caf\xe9 society\n\nThe caf\xe9 opened on Monday in the old town square."), ErrInvalidUTF8},
		{"too large", bytes.Repeat([]byte("word "), MaxFileSize/5+1), ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("bad.txt", tt.in)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "bad.txt: ") {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

func TestParseMaxSizeAccepted(t *testing.T) {
	data := bytes.Repeat([]byte("word "), MaxFileSize/5)
	data = append(data, bytes.Repeat([]byte("x"), MaxFileSize-len(data))...)
	if _, err := Parse("max.txt", data); err != nil {
		t.Fatalf("a file of exactly MaxFileSize bytes: %v", err)
	}
}

func TestFormatString(t *testing.T) {
	for f, want := range map[Format]string{FormatSample: "sample", FormatPlain: "plain", FormatMarkdown: "markdown", 0: "Format(0)"} {
		if got := f.String(); got != want {
			t.Errorf("Format(%d).String() = %q, want %q", int(f), got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Sport,Caption, with comma,\nShare If You Like The Article\n\nBody one.\n\nBody two.Share If You Like The Article",
		"\xef\xbb\xbfHeadline\r\n\r\nLine one\r\nline two\r\n",
		"# Title\n\nPara\n## Sub\ntext",
		"---\ntitle: x\n---\nbody",
		"a\x1b]0;t\ab\rc\u202ed\n\ne\x1b[1m",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse("fuzz", data)
		if err != nil {
			if d.Article.ID != "" || len(d.Article.Body) != 0 {
				t.Fatalf("error %v with a non-zero Doc", err)
			}
			return
		}
		a := d.Article
		if len(a.Body) == 0 || a.Title == "" {
			t.Fatalf("no body or no title: %+v", a)
		}
		for _, s := range []string{a.Title, a.Category, a.Caption} {
			if strings.ContainsAny(s, "\t\n") || strings.TrimSpace(s) != s {
				t.Fatalf("header field %q is not one trimmed line", s)
			}
		}
		for _, s := range append([]string{a.Title, a.Category, a.Caption}, a.Body...) {
			if !utf8.ValidString(s) || model.Sanitize(s) != s {
				t.Fatalf("unsanitised text %q", s)
			}
		}
		for _, p := range a.Body {
			if p == "" || strings.Contains(p, "\n") {
				t.Fatalf("bad paragraph %q", p)
			}
		}
		assertOffsetsInvariant(t, data, d)
	})
}

// benchArticle is a sample-layout article of about 600 words.
func benchArticle() []byte {
	var b bytes.Buffer
	b.WriteString("Business,Workers at the Varn shipyard, Eastmere, on Monday,\nShare If You Like The Article\n\n")
	para := "“We expect the yard to be busy until the spring,” said Mira Solberg, the yard's director, " +
		"who added that orders from Lowmark Freight had doubled since the summer and that the union had " +
		"agreed to longer shifts."
	for range 14 {
		b.WriteString(para)
		b.WriteString("\n\n")
	}
	b.WriteString(Boilerplate)
	return b.Bytes()
}

func BenchmarkParse(b *testing.B) {
	for _, bm := range []struct {
		name string
		data []byte
	}{
		{"article", benchArticle()},
		{"article-crlf", bytes.ReplaceAll(benchArticle(), []byte("\n"), []byte("\r\n"))},
		{"max-size", bytes.Repeat([]byte("Some words in a wrapped line\nof a long plain file.\n\n"), MaxFileSize/54)},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(len(bm.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse("bench.txt", bm.data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
