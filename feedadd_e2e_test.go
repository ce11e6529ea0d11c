package main

import (
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFeedAddRefuses checks that feed add keeps nothing it could never
// fetch: addresses that are not http(s) URLs are refused before the store
// is touched, and URLs whose fetch fails (a web page, a 404, a refused
// port) are refused with the error said once, leaving no subscription.
func TestFeedAddRefuses(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "soundbite.db")
	for _, raw := range []string{"file:///etc/passwd", "javascript:alert(1)", "not a url", "example.org/news.rss", "http://"} {
		_, errOut, code := soundbite(t, db, "feed", "add", raw)
		if code != 1 || !strings.Contains(errOut, "not subscribing to") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("feed add %q: exit %d, stderr %q; want one refusal", raw, code, errOut)
		}
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("refusing bad addresses made a store: %v", err)
	}

	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/page" {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><head><title>Velmont Gazette</title></head><body><p>Front page</p></body></html>"))
			return
		}
		http.NotFound(w, r)
	}))
	defer srv.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	refused := "http://" + ln.Addr().String() + "/feed.xml"
	ln.Close()

	for url, why := range map[string]string{
		srv.URL + "/page":    "not an RSS, Atom or JSON feed",
		srv.URL + "/missing": "404",
		refused:              "refused",
	} {
		_, errOut, code := soundbite(t, db, "feed", "add", url)
		if code != 1 || !strings.Contains(errOut, why) || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "not subscribed to") {
			t.Errorf("feed add %s: exit %d, stderr %q; want one line saying %q", url, code, errOut, why)
		}
	}
	if feeds := jsonLines[feedLine](t, mustRun(t, db, "feed", "list", "--json")); len(feeds) != 0 {
		t.Errorf("failed subscriptions were kept: %+v", feeds)
	}
}
