package feed

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// NewClient returns the HTTP client soundbite fetches with: http and https
// only, a 10 s connect timeout, a 30 s overall timeout, at most 5 redirects,
// and response bodies capped at MaxBody both on the wire and after gzip
// decompression. userAgent is sent unless a request sets its own; empty
// means UserAgent("dev").
func NewClient(userAgent string) *http.Client {
	return newClient(userAgent, DefaultTimeout)
}

func newClient(userAgent string, timeout time.Duration) *http.Client {
	if userAgent == "" {
		userAgent = UserAgent("dev")
	}
	dialer := &net.Dialer{Timeout: DialTimeout, KeepAlive: 30 * time.Second}
	base := &http.Transport{
		Proxy:                  http.ProxyFromEnvironment,
		DialContext:            dialer.DialContext,
		TLSHandshakeTimeout:    DialTimeout,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           64,
		MaxIdleConnsPerHost:    DefaultPerHost * 2,
		IdleConnTimeout:        90 * time.Second,
		ExpectContinueTimeout:  time.Second,
		MaxResponseHeaderBytes: 1 << 20,
		// Transparent gzip would hand us a decompressed stream we could no
		// longer count on the wire; transport decompresses itself, capped.
		DisableCompression: true,
	}
	return &http.Client{
		Transport:     &transport{base: base, userAgent: userAgent},
		CheckRedirect: checkRedirect,
		Timeout:       timeout,
	}
}

// transport enforces the scheme rule on every request (redirects included),
// sets the User-Agent, and decompresses gzip itself so that both the
// compressed and the decompressed stream are capped at MaxBody.
type transport struct {
	base      http.RoundTripper
	userAgent string
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	if !httpScheme(req.URL.Scheme) {
		if req.Body != nil {
			req.Body.Close()
		}
		return nil, fmt.Errorf("%w (got %q)", ErrScheme, req.URL.Scheme)
	}
	// A RoundTripper must not modify the caller's request.
	req = req.Clone(req.Context())
	if req.Header.Get("User-Agent") == "" {
		req.Header.Set("User-Agent", t.userAgent)
	}
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	resp.Body = &cappedReader{r: resp.Body, left: MaxBody}
	if enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc == "gzip" || enc == "x-gzip" {
		resp.Body = &cappedReader{r: &gzipBody{raw: resp.Body}, left: MaxBody}
		resp.Header.Del("Content-Encoding")
		resp.Header.Del("Content-Length")
		resp.ContentLength = -1
		resp.Uncompressed = true
	}
	return resp, nil
}

// checkRedirect stops redirect chains longer than MaxRedirects, loops, and
// redirects to schemes other than http and https.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if !httpScheme(req.URL.Scheme) {
		return fmt.Errorf("redirect to %q: %w", req.URL.Redacted(), ErrScheme)
	}
	for _, prev := range via {
		if prev.URL.String() == req.URL.String() {
			return fmt.Errorf("%w: %s redirects back to itself after %d hops", ErrRedirectLoop, req.URL.Redacted(), len(via))
		}
	}
	if len(via) > MaxRedirects {
		return fmt.Errorf("%w (stopped at %s)", ErrTooManyRedirects, req.URL.Redacted())
	}
	return nil
}

func httpScheme(s string) bool {
	return strings.EqualFold(s, "http") || strings.EqualFold(s, "https")
}

// CheckURL returns raw, trimmed, if it is an address soundbite can fetch: an
// absolute http or https URL with a host. file://, javascript: and text
// that is not a URL are refused with an error saying why (ErrScheme for a
// scheme other than http and https), so that nothing that could never be
// fetched is stored as a subscription.
func CheckURL(raw string) (string, error) {
	u, err := parseHTTPURL(raw)
	if err != nil {
		return "", err
	}
	return u.String(), nil
}

// parseHTTPURL parses an address to fetch, refusing anything but absolute
// http and https URLs.
func parseHTTPURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("parse URL: %w", err)
	}
	if !httpScheme(u.Scheme) {
		return nil, fmt.Errorf("%w (got %q)", ErrScheme, raw)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("URL %q has no host", raw)
	}
	return u, nil
}

// cappedReader fails with ErrTooLarge once more than left bytes would be
// read, rather than truncating silently into a corrupt document.
type cappedReader struct {
	r    io.ReadCloser
	left int64
}

func (c *cappedReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		// The allowance is spent: one more byte means the body is too large;
		// none means it ended exactly at the cap.
		var probe [1]byte
		n, err := c.r.Read(probe[:])
		if n > 0 {
			return 0, ErrTooLarge
		}
		return 0, err
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}

func (c *cappedReader) Close() error { return c.r.Close() }

// gzipBody decompresses lazily, so an empty body (a 304, a HEAD) is not a
// gzip header error.
type gzipBody struct {
	raw io.ReadCloser
	zr  *gzip.Reader
	err error
}

func (g *gzipBody) Read(p []byte) (int, error) {
	if g.zr == nil && g.err == nil {
		g.zr, g.err = gzip.NewReader(g.raw)
		if g.err != nil && g.err != io.EOF {
			g.err = fmt.Errorf("decompress gzip body: %w", g.err)
		}
	}
	if g.err != nil {
		return 0, g.err
	}
	return g.zr.Read(p)
}

func (g *gzipBody) Close() error { return g.raw.Close() }

// response is a finished exchange: the body is read (capped) and closed.
type response struct {
	status int
	header http.Header
	body   []byte
	url    *url.URL // the final address, after redirects
}

// get fetches rawURL with the extra request headers hdr, holding one of the
// host's slots for the whole exchange. The body is read only for 2xx
// answers; other statuses come back with a nil body and no error, for the
// caller to interpret.
func (c *Fetcher) get(ctx context.Context, rawURL string, hdr http.Header) (*response, error) {
	u, err := parseHTTPURL(rawURL)
	if err != nil {
		return nil, err
	}
	release, err := c.hosts.acquire(ctx, u.Host)
	if err != nil {
		return nil, err
	}
	defer release()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("build request: %w", err)
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	resp, err := c.client.Do(req)
	if err != nil {
		return nil, unwrapURLError(err)
	}
	defer resp.Body.Close()

	r := &response{status: resp.StatusCode, header: resp.Header, url: resp.Request.URL}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		// Drain a little so the connection can be reused; the rest is
		// dropped with the connection.
		_, _ = io.CopyN(io.Discard, resp.Body, 4<<10)
		return r, nil
	}
	if resp.ContentLength > MaxBody {
		return nil, fmt.Errorf("read body: %w", ErrTooLarge)
	}
	r.body, err = readCapped(resp.Body, resp.ContentLength)
	if err != nil {
		return nil, fmt.Errorf("read body: %w", unwrapURLError(err))
	}
	return r, nil
}

// readCapped reads all of r, failing with ErrTooLarge past MaxBody bytes.
// The cap is applied here as well as in transport so a caller-supplied
// http.Client is bounded too. The buffer doubles but never past
// MaxBody+1, so refusing a huge body costs about 2*MaxBody of allocation,
// not the 4*MaxBody bytes.Buffer would use.
func readCapped(r io.Reader, sizeHint int64) ([]byte, error) {
	size := 32 << 10
	if sizeHint > 0 && sizeHint <= MaxBody {
		size = int(sizeHint) + 1 // +1 so a body of the announced size hits EOF without a grow
	}
	buf := make([]byte, 0, size)
	for {
		if len(buf) == cap(buf) {
			grown := make([]byte, len(buf), min(2*cap(buf), MaxBody+1))
			copy(grown, buf)
			buf = grown
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if len(buf) > MaxBody {
			return nil, ErrTooLarge
		}
		switch {
		case err == io.EOF:
			return buf, nil
		case err != nil:
			return nil, err
		}
	}
}

// unwrapURLError drops net/http's *url.Error wrapper, whose message repeats
// the method and URL the caller already names.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
