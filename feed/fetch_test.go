package feed

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"soundbite/model"
)

// want is what a test expects of one article; empty fields are not checked.
type want struct {
	title, author, category, source string
	published                       time.Time // zero: must be zero
	body                            []string  // expected leading paragraphs
	contains                        string    // a substring of the joined body
}

func TestFetchFormats(t *testing.T) {
	srv := serve(t, http.FileServer(http.Dir("testdata")))
	tests := []struct {
		file      string
		feedTitle string
		want      []want
	}{
		{
			file:      "rss2.xml",
			feedTitle: "The Amberly Ledger & Courier",
			want: []want{
				{
					title:     "Harbour council approves new sea wall",
					author:    "Marta Quillon",
					category:  "Local politics",
					source:    "https://ledger.example.org/2024/03/sea-wall",
					published: time.Date(2024, 3, 12, 9, 30, 0, 0, time.UTC),
					body: []string{
						"The Port Amberly harbour council voted 7 to 2 on Monday to build a new sea wall.",
						`"We cannot wait for the next storm," said **Odile Ferrante**, the council chair.`,
						"> The wall will protect four hundred homes.",
						"- Cost: 3 million crowns\n- Start: [this summer](https://ledger.example.org/2024/plans)",
						"Attachment: [Council debate, full recording](https://media.example.org/audio/seawall-debate.mp3) (audio/mpeg)",
					},
				},
				{
					title: "Ferry timetable changes",
					body: []string{
						"The Amberly ferry will run every forty minutes from April.",
						"Passengers with season tickets need not do anything & can travel as before.",
					},
				},
				// 1970 is before 1990: treated as missing.
				{title: "Lighthouse keeper retires after 30 years", author: "Tobias Wren",
					body: []string{"Keeper Ilse Marrow climbed the 212 steps for the last time."}},
				// 2999 is in the far future: treated as missing.
				{title: "Festival dates announced"},
				// The OSC 52 clipboard write, the 8-bit CSI and the
				// right-to-left override are gone, whole.
				{title: "Terminal tricked red", published: time.Date(2024, 3, 13, 10, 0, 0, 0, time.UTC),
					body: []string{"Body with an escape in it."}},
			},
		},
		{
			file:      "atom.xml",
			feedTitle: "Vellmark Gazette",
			want: []want{
				{
					title:     "Rail link to Osterbrook reopens",
					author:    "Henrike Solberg",
					category:  "Transport",
					source:    "https://gazette.example.net/news/rail-link",
					published: time.Date(2024, 5, 1, 6, 15, 0, 0, time.UTC),
					body: []string{
						"Trains between Vellmark and Osterbrook run again after eight months of repairs.",
						`"Passengers have been patient," said *Jorun Aske*, who runs the line.`,
						"[The new timetable](https://gazette.example.net/news/timetable) starts on Monday.",
						"Attachment: [Platform at dawn](https://gazette.example.net/img/platform.jpg) (image/jpeg)",
					},
				},
				{
					title:     "Library hours",
					published: time.Date(2024, 4, 30, 10, 0, 0, 0, time.UTC),
					body: []string{
						"The Vellmark library opens at nine from May.",
						"It closes at six, an hour later than before.",
					},
				},
				{
					title:     "Market square & fountain",
					published: time.Date(2024, 4, 29, 10, 0, 0, 0, time.UTC),
					body:      []string{"The fountain in the market square is **working** again."},
				},
			},
		},
		{
			file:      "jsonfeed.json",
			feedTitle: "Quarry Hill Dispatch",
			want: []want{
				{
					title:     "Footbridge over the Lenne closes for a week",
					author:    "Edda Lorne, Kasimir Holt",
					category:  "Roads",
					published: time.Date(2024, 6, 3, 7, 0, 0, 0, time.UTC),
					body: []string{
						"The footbridge will close on Monday, said engineer **Pavla Rusk**.",
						"A ferry will carry walkers across.",
						"Attachment: [Interview with Pavla Rusk](https://dispatch.example.com/media/bridge-interview.m4a) (audio/x-m4a)",
					},
				},
				// content_text: plain text, so the asterisks are escaped
				// rather than read as emphasis; no title, so one is made
				// from the text; "not a date" is no date. The third item
				// repeats the first one's id and is dropped.
				{
					title: "Short note: the *bakery* on Mill Lane reopens today.",
					body: []string{
						`Short note: the \*bakery* on Mill Lane reopens today.`,
						"It sells rye bread & buns.",
					},
				},
			},
		},
	}
	f := newTestFetcher(t, Options{})
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			url := srv.URL + "/" + tt.file
			res := f.Fetch(context.Background(), model.Feed{URL: url})
			if res.Err != nil {
				t.Fatalf("Fetch: %v", res.Err)
			}
			if res.Feed.Title != tt.feedTitle {
				t.Errorf("feed title = %q, want %q", res.Feed.Title, tt.feedTitle)
			}
			if !res.Feed.LastFetch.Equal(clock) || !res.Feed.LastSuccess.Equal(clock) || res.Feed.LastError != "" {
				t.Errorf("feed record = fetch %v success %v error %q", res.Feed.LastFetch, res.Feed.LastSuccess, res.Feed.LastError)
			}
			if res.Feed.LastModified == "" {
				t.Errorf("Last-Modified from the file server not kept")
			}
			if len(res.Articles) != len(tt.want) {
				for _, a := range res.Articles {
					t.Logf("got %q", a.Title)
				}
				t.Fatalf("got %d articles, want %d", len(res.Articles), len(tt.want))
			}
			for i, w := range tt.want {
				checkArticle(t, res.Articles[i], w)
				if res.Articles[i].Feed != url {
					t.Errorf("Feed = %q, want %q", res.Articles[i].Feed, url)
				}
			}
		})
	}
}

func checkArticle(t *testing.T, a model.Article, w want) {
	t.Helper()
	if a.Title != w.title {
		t.Errorf("title = %q, want %q", a.Title, w.title)
	}
	if w.author != "" && a.Author != w.author {
		t.Errorf("%s: author = %q, want %q", w.title, a.Author, w.author)
	}
	if w.category != "" && a.Category != w.category {
		t.Errorf("%s: category = %q, want %q", w.title, a.Category, w.category)
	}
	if w.source != "" && a.Source != w.source {
		t.Errorf("%s: source = %q, want %q", w.title, a.Source, w.source)
	}
	if !a.Published.Equal(w.published) {
		t.Errorf("%s: published = %v, want %v", w.title, a.Published, w.published)
	}
	for i, p := range w.body {
		if i >= len(a.Body) {
			t.Errorf("%s: body has %d paragraphs, want at least %d", w.title, len(a.Body), len(w.body))
			break
		}
		if a.Body[i] != p {
			t.Errorf("%s: paragraph %d = %q, want %q", w.title, i, a.Body[i], p)
		}
	}
	if w.contains != "" && !strings.Contains(a.Text(), w.contains) {
		t.Errorf("%s: body lacks %q", w.title, w.contains)
	}
	if len(a.ID) != model.IDLen {
		t.Errorf("%s: ID %q", w.title, a.ID)
	}
	checkClean(t, a)
}

// checkClean fails if any text of a is not valid, terminal-safe UTF-8, or
// if a paragraph is empty or padded with blank lines.
func checkClean(t *testing.T, a model.Article) {
	t.Helper()
	fields := map[string]string{"title": a.Title, "author": a.Author, "category": a.Category, "source": a.Source}
	for name, s := range fields {
		if !utf8.ValidString(s) || model.SanitizeLine(s) != s {
			t.Errorf("%s %q is not a clean line", name, s)
		}
	}
	for i, p := range a.Body {
		if !utf8.ValidString(p) || model.Sanitize(p) != p {
			t.Errorf("paragraph %d %q is not sanitised", i, p)
		}
		if strings.TrimSpace(p) == "" || strings.HasPrefix(p, "\n") || strings.HasSuffix(p, "\n") {
			t.Errorf("paragraph %d %q is empty or padded", i, p)
		}
	}
}

func TestFetchConditionalGet(t *testing.T) {
	body, err := os.ReadFile("testdata/rss2.xml")
	if err != nil {
		t.Fatal(err)
	}
	const etag = `"v1"`
	const lastMod = "Tue, 12 Mar 2024 10:00:00 GMT"
	var conditional []string
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		inm, ims := r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since")
		conditional = append(conditional, inm+"|"+ims)
		if inm == etag && ims == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(body)
	}))
	f := newTestFetcher(t, Options{})

	first := f.Fetch(context.Background(), model.Feed{URL: srv.URL})
	if first.Err != nil || first.NotModified || len(first.Articles) == 0 {
		t.Fatalf("first fetch: err %v, not modified %v, %d articles", first.Err, first.NotModified, len(first.Articles))
	}
	if first.Feed.ETag != etag || first.Feed.LastModified != lastMod {
		t.Fatalf("validators = %q, %q", first.Feed.ETag, first.Feed.LastModified)
	}

	second := f.Fetch(context.Background(), first.Feed)
	if second.Err != nil || !second.NotModified || len(second.Articles) != 0 {
		t.Fatalf("second fetch: err %v, not modified %v, %d articles", second.Err, second.NotModified, len(second.Articles))
	}
	if second.Feed.ETag != etag || second.Feed.LastModified != lastMod || second.Feed.Title != first.Feed.Title {
		t.Errorf("304 lost the feed record: %+v", second.Feed)
	}
	if !second.Feed.LastSuccess.Equal(clock) {
		t.Errorf("LastSuccess = %v after a 304", second.Feed.LastSuccess)
	}
	if want := []string{"|", etag + "|" + lastMod}; fmt.Sprint(conditional) != fmt.Sprint(want) {
		t.Errorf("conditional headers sent = %q, want %q", conditional, want)
	}
}

func TestFetchUserAgent(t *testing.T) {
	var got string
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r.Header.Get("User-Agent")
		http.ServeFile(w, r, "testdata/atom.xml")
	}))
	f := newTestFetcher(t, Options{UserAgent: UserAgent("1.2.3")})
	if res := f.Fetch(context.Background(), model.Feed{URL: srv.URL}); res.Err != nil {
		t.Fatal(res.Err)
	}
	if want := "soundbite/1.2.3 (+terminal news reader)"; got != want {
		t.Errorf("User-Agent = %q, want %q", got, want)
	}
}

func TestFetchEncodings(t *testing.T) {
	const title = "Último relatório: ações sobem"
	latin1 := []byte("<rss version=\"2.0\"><channel><title>Notícias</title><item><title>\xdaltimo relat\xf3rio: a\xe7\xf5es sobem</title><guid>1</guid></item></channel></rss>")
	declared := append([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?>`), latin1...)
	cp1251 := []byte("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>x</title><item><title>\xcd\xee\xe2\xee\xf1\xf2\xe8 \xce\xf0\xe5\xed\xe1\xf3\xf0\xe3\xe0</title><guid>1</guid></item></channel></rss>")
	utf16 := []byte{0xff, 0xfe}
	for _, r := range `<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><title>x</title><item><title>` + title + `</title><guid>1</guid></item></channel></rss>` {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	tests := []struct {
		name, contentType string
		body              []byte
		want              string
	}{
		{"undeclared latin-1 (guessed)", "application/rss+xml", latin1, title},
		{"latin-1 from the HTTP header", "text/xml; charset=iso-8859-1", latin1, title},
		{"latin-1 declared", "text/xml; charset=utf-8", declared, title},
		{"windows-1251 declared", "application/rss+xml", cp1251, "Новости Оренбурга"},
		{"UTF-16 with BOM", "application/xml", utf16, title},
		{"stray bytes in UTF-8", "", []byte("<rss><channel><item><title>caf\xc3\xa9 \x93quoted\x94</title><guid>1</guid></item></channel></rss>"), "café “quoted”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tt.contentType)
				w.Write(tt.body)
			}))
			res := newTestFetcher(t, Options{}).Fetch(context.Background(), model.Feed{URL: srv.URL})
			if res.Err != nil {
				t.Fatal(res.Err)
			}
			if len(res.Articles) != 1 || res.Articles[0].Title != tt.want {
				t.Fatalf("articles = %+v, want one titled %q", res.Articles, tt.want)
			}
		})
	}
}

func TestFetchNotAFeed(t *testing.T) {
	srv := serve(t, http.FileServer(http.Dir("testdata")))
	res := newTestFetcher(t, Options{}).Fetch(context.Background(), model.Feed{URL: srv.URL + "/article.html"})
	var nf *NotFeedError
	if !errors.Is(res.Err, ErrNotFeed) || !errors.As(res.Err, &nf) {
		t.Fatalf("err = %v, want a NotFeedError", res.Err)
	}
	if want := []string{srv.URL + "/feed.rss"}; fmt.Sprint(nf.Alternates) != fmt.Sprint(want) {
		t.Errorf("alternates = %q, want %q", nf.Alternates, want)
	}
	if res.Feed.LastError == "" || !res.Feed.LastFetch.Equal(clock) || !res.Feed.LastSuccess.IsZero() {
		t.Errorf("failure not recorded: %+v", res.Feed)
	}
}
