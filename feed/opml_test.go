package feed

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"soundbite/model"
)

func TestParseOPML(t *testing.T) {
	tests := []struct {
		file string
		want []model.Feed
	}{
		{
			// newsboat -e: flat, title only, an exec: feed that cannot
			// be fetched, and a feed with no name.
			file: "newsboat.opml",
			want: []model.Feed{
				{URL: "https://ledger.example.org/rss", Name: "The Amberly Ledger & Courier"},
				{URL: "https://gazette.example.net/atom.xml", Name: "Vellmark Gazette"},
				{URL: "https://dispatch.example.com/feed.json"},
			},
		},
		{
			// nom: one level of categories.
			file: "nom.opml",
			want: []model.Feed{
				{URL: "https://herald.example.com/feed.rss", Name: "Brennholt Herald", Folder: "Valley"},
				{URL: "https://dispatch.example.com/feed.json", Name: "Quarry Hill Dispatch", Folder: "Valley"},
				{URL: "https://ledger.example.org/rss", Name: "The Amberly Ledger", Folder: "Coast"},
			},
		},
		{
			// Feedly: nested categories, a feed:// address, and a feed
			// listed under two categories.
			file: "feedly.opml",
			want: []model.Feed{
				{URL: "https://gazette.example.net/atom.xml", Name: "Vellmark Gazette", Folder: "News"},
				{URL: "http://post.example.org/evening.rss", Name: "Osterbrook Evening Post", Folder: "News"},
				{URL: "https://orchards.example.com/notes.xml", Name: "Brennholt Orchard Notes", Folder: "Hobbies/Gardens"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := os.Open("testdata/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			got, err := ParseOPML(f)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestParseOPMLHostile(t *testing.T) {
	deep := `<opml version="2.0"><body>` + strings.Repeat("<outline text=\"c\">", 100_000) +
		`<outline text="Bottom" xmlUrl="https://deep.example.org/feed"/>` + strings.Repeat("</outline>", 100_000) + `</body></opml>`
	tests := []struct {
		name  string
		doc   string
		want  []model.Feed
		isErr error // nil with want nil: any error
	}{
		{name: "deeply nested", doc: deep, want: []model.Feed{{URL: "https://deep.example.org/feed", Name: "Bottom", Folder: strings.Repeat("c/", 99) + "c"}}},
		{name: "not OPML", doc: `<rss version="2.0"><channel/></rss>`, isErr: ErrNotOPML},
		{name: "empty", doc: ``, isErr: ErrNotOPML},
		{name: "not XML", doc: "# just some text\n", isErr: ErrNotOPML},
		{name: "truncated", doc: `<opml><body><outline text="A" xmlUrl="https://a.example.org/f"/><outline`},
		{
			name: "loose exporter",
			doc: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><opml><body><OUTLINE TEXT=\"Caf\xe9 &eacute; News\u001b[31m\" XMLURL=\"https://cafe.example.org/rss?a=1&b=2\"></OUTLINE>" +
				`<outline text="https://nameless.example.org/f" xmlUrl="https://nameless.example.org/f"/></body></opml>`,
			want: []model.Feed{
				// XML forbids the ESC byte, so it is dropped before
				// parsing: that defuses the sequence, whose printable
				// tail is left as harmless text.
				{URL: "https://cafe.example.org/rss?a=1&b=2", Name: "Café é News[31m"},
				{URL: "https://nameless.example.org/f"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseOPML(strings.NewReader(tt.doc))
			switch {
			case tt.want != nil:
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, tt.want) {
					t.Errorf("got  %+v\nwant %+v", got, tt.want)
				}
			case err == nil:
				t.Errorf("no error; got %+v", got)
			case tt.isErr != nil && !errors.Is(err, tt.isErr):
				t.Errorf("err = %v, want %v", err, tt.isErr)
			}
		})
	}
}

func TestOPMLRoundTrip(t *testing.T) {
	feeds := []model.Feed{
		{URL: "https://ledger.example.org/rss", Name: `The "Amberly" Ledger & <Courier>`},
		{URL: "https://gazette.example.net/atom.xml", Title: "Vellmark Gazette", FullText: true},
		{URL: "https://dispatch.example.com/feed.json?x=1&y=2", Folder: "Valley/Quarry"},
		{URL: "https://herald.example.com/feed.rss", Name: "Herald", Folder: "Coast & <Sea>"},
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, feeds); err != nil {
		t.Fatal(err)
	}
	got, err := ParseOPML(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.Bytes())
	}
	// What survives is what a subscription list holds: the address, the
	// name shown, and soundbite's full-text flag.
	want := []model.Feed{
		{URL: feeds[0].URL, Name: feeds[0].Name},
		{URL: feeds[1].URL, Name: "Vellmark Gazette", FullText: true},
		{URL: feeds[2].URL, Folder: feeds[2].Folder},
		{URL: feeds[3].URL, Name: "Herald", Folder: feeds[3].Folder},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\ngot  %+v\nwant %+v\n%s", got, want, buf.Bytes())
	}
	for i := range got {
		if got[i].DisplayName() != feeds[i].DisplayName() {
			t.Errorf("display name %q became %q", feeds[i].DisplayName(), got[i].DisplayName())
		}
	}

	// Writing what was read gives the same bytes.
	var again bytes.Buffer
	if err := WriteOPML(&again, got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Errorf("second write differs:\n%s\n%s", buf.Bytes(), again.Bytes())
	}
	if !strings.Contains(buf.String(), `<opml version="2.0"`) {
		t.Errorf("not OPML 2.0:\n%s", buf.Bytes())
	}
}

func TestWriteOPMLError(t *testing.T) {
	feeds := make([]model.Feed, 1000)
	for i := range feeds {
		feeds[i] = model.Feed{URL: fmt.Sprintf("https://f.example.org/%d", i)}
	}
	if err := WriteOPML(failingWriter{}, feeds); err == nil {
		t.Error("write error not reported")
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }
