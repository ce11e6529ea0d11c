package feed

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestPage(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServer(http.Dir("testdata")))
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7"))
	})
	mux.HandleFunc("/blank", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><head><title>Nothing</title></head><body></body></html>"))
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		page := "<html><head><meta charset=\"iso-8859-1\"><title>Pra\xe7a</title></head><body><article>" +
			strings.Repeat("<p>A pra\xe7a central de Vila Serena foi reaberta depois de obras que duraram dois anos inteiros.</p>", 8) +
			"</article></body></html>"
		w.Write([]byte(page))
	})
	// No charset anywhere and nothing but ASCII in the first 1,024 bytes:
	// the HTML standard would read it as Windows-1252, and every curly
	// quote would come out as "â€œ".
	mux.HandleFunc("/undeclared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		page := "<html><head><title>Harbour</title>" + strings.Repeat("<!-- padding -->", 80) + "</head><body><article>" +
			strings.Repeat("<p>\u201cThe harbour wall will hold,\u201d said Ilse Marrow, the port\u2019s engineer, on Tuesday evening.</p>", 8) +
			"</article></body></html>"
		w.Write([]byte(page))
	})
	// Declared UTF-8, with Windows-1252 curly quotes pasted in: decoding as
	// declared would put U+FFFD where every quotation mark was.
	mux.HandleFunc("/stray1252", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		page := "<html><head><meta charset=\"utf-8\"><title>Caf\u00e9 vote</title></head><body><article>" +
			strings.Repeat("<p>\x93The caf\u00e9 stays open,\x94 said Ilse Marrow, the council\x92s clerk, on Tuesday evening.</p>", 8) +
			"</article></body></html>"
		w.Write([]byte(page))
	})
	srv := serve(t, mux)
	f := newTestFetcher(t, Options{})

	a, err := f.Page(context.Background(), srv.URL+"/article.html")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Orchard growers form a cooperative" || a.Author != "Sigrun Pellow" {
		t.Errorf("title, author = %q, %q", a.Title, a.Author)
	}
	if want := time.Date(2024, 6, 14, 6, 30, 0, 0, time.UTC); !a.Published.Equal(want) {
		t.Errorf("published = %v, want %v", a.Published, want)
	}
	if a.Source != srv.URL+"/article.html" || a.Feed != "" {
		t.Errorf("source, feed = %q, %q", a.Source, a.Feed)
	}
	text := a.Text()
	for _, s := range []string{"said Tamsin Oakridge", "Barnaby Fitch", "[old mill](" + srv.URL + "/archive/old-mill)"} {
		if !strings.Contains(text, s) {
			t.Errorf("body lacks %q", s)
		}
	}
	// Readability leaves navigation, sidebar and footer behind.
	for _, s := range []string{"Most read", "All rights reserved", "Weather"} {
		if strings.Contains(text, s) {
			t.Errorf("body keeps boilerplate %q", s)
		}
	}
	checkClean(t, a)
	again, err := f.Page(context.Background(), srv.URL+"/article.html")
	if err != nil || again.ID != a.ID {
		t.Errorf("same page, different ID: %q, %q (%v)", a.ID, again.ID, err)
	}

	latin, err := f.Page(context.Background(), srv.URL+"/latin1")
	if err != nil {
		t.Fatal(err)
	}
	if latin.Title != "Praça" || !strings.Contains(latin.Text(), "A praça central") {
		t.Errorf("latin-1 page: %q, %q", latin.Title, latin.Body)
	}

	undeclared, err := f.Page(context.Background(), srv.URL+"/undeclared")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(undeclared.Text(), "\u201cThe harbour wall will hold,\u201d said Ilse Marrow, the port\u2019s engineer") {
		t.Errorf("undeclared UTF-8 page decoded wrongly: %q", undeclared.Body)
	}

	stray, err := f.Page(context.Background(), srv.URL+"/stray1252")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stray.Text(), "\u201cThe caf\u00e9 stays open,\u201d said Ilse Marrow, the council\u2019s clerk") {
		t.Errorf("UTF-8 page with Windows-1252 quotes decoded wrongly: %q", stray.Body)
	}

	for _, tt := range []struct {
		path string
		is   error
	}{
		{"/pdf", ErrNotHTML},
		{"/blank", ErrNoArticle},
		{"/missing", nil},
	} {
		_, err := f.Page(context.Background(), srv.URL+tt.path)
		if err == nil || tt.is != nil && !errors.Is(err, tt.is) {
			t.Errorf("%s: err = %v, want %v", tt.path, err, tt.is)
		}
	}
	if _, err := f.Page(context.Background(), "file:///etc/passwd"); !errors.Is(err, ErrScheme) {
		t.Errorf("file URL: err = %v", err)
	}
}
