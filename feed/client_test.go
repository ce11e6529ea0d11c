package feed

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"soundbite/model"
)

func TestFetchRejects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop2", http.StatusFound)
	})
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	// /chain/n redirects to /chain/n-1; /chain/0 is the feed.
	mux.HandleFunc("/chain/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		if n == 0 {
			http.ServeFile(w, r, "testdata/atom.xml")
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/feed.xml", http.StatusFound)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>One</ti`)
	})
	mux.HandleFunc("/garbage", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "\x00\x01 this is not a feed at all")
	})
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("/declared-huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(MaxBody+1))
		io.WriteString(w, "<rss>") // the client gives up before reading
	})
	srv := serve(t, mux)

	tests := []struct {
		path string // appended to the server URL unless it has a scheme
		is   error  // errors.Is target; nil: any error
		msg  string // substring of the message
	}{
		{path: "/loop", is: ErrRedirectLoop, msg: "redirect loop"},
		{path: "/chain/6", is: ErrTooManyRedirects, msg: "more than 5 redirects"},
		{path: "/to-ftp", is: ErrScheme},
		{path: "/to-file", is: ErrScheme},
		{path: "ftp://example.com/feed.xml", is: ErrScheme},
		{path: "file:///etc/passwd", is: ErrScheme},
		{path: "javascript:alert(1)", is: ErrScheme},
		{path: "http:///no-host", msg: "no host"},
		{path: "/missing", msg: "server answered 404 Not Found"},
		{path: "/broken", msg: "parse feed"},
		{path: "/garbage", is: ErrNotFeed},
		{path: "/empty", is: ErrNotFeed, msg: "empty"},
		{path: "/declared-huge", is: ErrTooLarge},
	}
	f := newTestFetcher(t, Options{})
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			u := tt.path
			if strings.HasPrefix(u, "/") {
				u = srv.URL + u
			}
			res := f.Fetch(context.Background(), model.Feed{URL: u})
			if res.Err == nil {
				t.Fatalf("no error; %d articles", len(res.Articles))
			}
			if tt.is != nil && !errors.Is(res.Err, tt.is) {
				t.Errorf("err = %v, want %v", res.Err, tt.is)
			}
			if !strings.Contains(res.Err.Error(), tt.msg) {
				t.Errorf("err = %q, want it to say %q", res.Err, tt.msg)
			}
			if res.Feed.LastError == "" || model.SanitizeLine(res.Feed.LastError) != res.Feed.LastError {
				t.Errorf("LastError = %q", res.Feed.LastError)
			}
		})
	}

	// Five redirects are allowed.
	if res := f.Fetch(context.Background(), model.Feed{URL: srv.URL + "/chain/5"}); res.Err != nil || len(res.Articles) == 0 {
		t.Errorf("five redirects: %v", res.Err)
	}
}

func TestFetchSlowServer(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the 2 s timeout")
	}
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		for {
			// One byte every half second: never idle long enough for an
			// idle timeout, never done.
			if _, err := io.WriteString(w, " "); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-time.After(500 * time.Millisecond):
			case <-r.Context().Done():
				return
			}
		}
	}))
	f := newTestFetcher(t, Options{Timeout: 2 * time.Second})
	res := f.Fetch(context.Background(), model.Feed{URL: srv.URL})
	var ne net.Error
	if !errors.As(res.Err, &ne) || !ne.Timeout() {
		t.Fatalf("err = %v, want a timeout", res.Err)
	}
}

// TestFetchHugeBody serves a 1 GiB feed generated on the fly: the fetch
// must stop at MaxBody with ErrTooLarge, having read (and allocated) about
// MaxBody, not the gigabyte.
func TestFetchHugeBody(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 16 MiB")
	}
	const size = 1 << 30
	var written atomic.Int64
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// No Content-Length, so the client cannot refuse it unread and
		// must stop at the cap while reading.
		head := `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><item><title>x</title><description>`
		n, _ := io.WriteString(w, head)
		written.Add(int64(n))
		chunk := []byte(strings.Repeat("all work and no play ", 3000))
		for written.Load() < size-int64(len(chunk)) {
			n, err := w.Write(chunk)
			written.Add(int64(n))
			if err != nil {
				return
			}
		}
	}))
	f := newTestFetcher(t, Options{})

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	res := f.Fetch(context.Background(), model.Feed{URL: srv.URL})
	runtime.ReadMemStats(&after)

	if !errors.Is(res.Err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", res.Err)
	}
	// Socket buffers let the server get somewhat ahead of the reader.
	if w := written.Load(); w > 2*MaxBody {
		t.Errorf("server wrote %d MiB before the client stopped", w>>20)
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("allocated %d MiB while refusing a 1 GiB body", alloc>>20)
	if alloc > 6*MaxBody {
		t.Errorf("allocated %d MiB refusing the body, want at most %d (about three times the cap)", alloc>>20, 6*MaxBody>>20)
	}
}

func TestFetchGzip(t *testing.T) {
	feed, err := os.ReadFile("testdata/rss2.xml")
	if err != nil {
		t.Fatal(err)
	}
	var acceptEncoding string
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		acceptEncoding = r.Header.Get("Accept-Encoding")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		if r.URL.Path == "/bomb" {
			// 1 GiB of zeros, a megabyte on the wire.
			zeros := make([]byte, 1<<20)
			for range 1 << 10 {
				if _, err := zw.Write(zeros); err != nil {
					return
				}
			}
		} else {
			zw.Write(feed)
		}
		zw.Close()
	}))
	f := newTestFetcher(t, Options{})

	res := f.Fetch(context.Background(), model.Feed{URL: srv.URL + "/feed"})
	if res.Err != nil || len(res.Articles) != 5 {
		t.Fatalf("gzipped feed: err %v, %d articles", res.Err, len(res.Articles))
	}
	if acceptEncoding != "gzip" {
		t.Errorf("Accept-Encoding = %q", acceptEncoding)
	}

	if testing.Short() {
		t.Skip("the gzip bomb decompresses 16 MiB")
	}
	res = f.Fetch(context.Background(), model.Feed{URL: srv.URL + "/bomb"})
	if !errors.Is(res.Err, ErrTooLarge) {
		t.Fatalf("gzip bomb: err = %v, want ErrTooLarge", res.Err)
	}
}

func TestCappedReader(t *testing.T) {
	tests := []struct {
		size, limit int64
		wantErr     error
	}{
		{size: 0, limit: 10},
		{size: 10, limit: 10},
		{size: 11, limit: 10, wantErr: ErrTooLarge},
		{size: 1000, limit: 10, wantErr: ErrTooLarge},
	}
	for _, tt := range tests {
		r := &cappedReader{r: io.NopCloser(io.LimitReader(zeroReader{}, tt.size)), left: tt.limit}
		b, err := io.ReadAll(r)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("size %d limit %d: err = %v, want %v", tt.size, tt.limit, err, tt.wantErr)
		}
		if tt.wantErr == nil && int64(len(b)) != tt.size {
			t.Errorf("size %d limit %d: read %d", tt.size, tt.limit, len(b))
		}
	}
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func TestNewClient(t *testing.T) {
	c := NewClient("")
	if c.Timeout != DefaultTimeout {
		t.Errorf("Timeout = %v", c.Timeout)
	}
	tr, ok := c.Transport.(*transport)
	if !ok || tr.userAgent != UserAgent("dev") {
		t.Fatalf("transport = %#v", c.Transport)
	}
	if base := tr.base.(*http.Transport); !base.DisableCompression {
		t.Errorf("transparent gzip left on: the decompressed body would be uncapped")
	}
}

func TestReadCapped(t *testing.T) {
	tests := []struct {
		size, hint int64
		wantErr    error
	}{
		{size: 0},
		{size: 100, hint: 100},
		{size: 100, hint: 10}, // a lying Content-Length
		{size: 100 << 10},
		{size: MaxBody, hint: MaxBody},
		{size: MaxBody},
		{size: MaxBody + 1, wantErr: ErrTooLarge},
		{size: MaxBody + 1, hint: MaxBody, wantErr: ErrTooLarge},
	}
	for _, tt := range tests {
		b, err := readCapped(io.LimitReader(zeroReader{}, tt.size), tt.hint)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("size %d hint %d: err = %v, want %v", tt.size, tt.hint, err, tt.wantErr)
		}
		if tt.wantErr == nil && int64(len(b)) != tt.size {
			t.Errorf("size %d hint %d: read %d bytes", tt.size, tt.hint, len(b))
		}
	}
}
