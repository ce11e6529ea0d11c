package library

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"sync"
	"time"

	"soundbite/model"
	"soundbite/search"
	"soundbite/store"
)

const (
	// maxIdle is how many idle connections a client keeps for its next
	// calls.
	maxIdle = 4
	// answerTimeout bounds the wait for the owner's handshake: a live
	// owner answers in microseconds, so one that has not in this long is
	// stopped (ctrl+z, SIGSTOP) or hung, and waiting longer helps nobody.
	answerTimeout = 2 * time.Second
)

// UnresponsiveError says the process that holds the store took the
// connection but did not answer it.
type UnresponsiveError struct{ PID int }

func (e *UnresponsiveError) Error() string {
	return fmt.Sprintf("the soundbite holding it (process %d) does not answer: it may be stopped (fg it, or kill -CONT %d) or hung", e.PID, e.PID)
}

// Client is a Backend served by the process that owns the store.
type Client struct {
	path string
	mu   sync.Mutex
	idle []*net.UnixConn
}

// Dial connects to the owner serving on the socket at path, checking
// that the socket and the process behind it are this user's.
func Dial(path string) (*Client, error) {
	c := &Client{path: path}
	conn, err := c.dial()
	if err != nil {
		return nil, err
	}
	c.put(conn)
	return c, nil
}

func (c *Client) dial() (*net.UnixConn, error) {
	if err := checkSocket(c.path); err != nil {
		if errors.Is(err, ErrDenied) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %w", errOwnerGone, err)
	}
	conn, err := net.DialUnix("unix", nil, &net.UnixAddr{Name: c.path, Net: "unix"})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errOwnerGone, err)
	}
	uid, pid, err := peerCred(conn)
	if err != nil || uid != os.Getuid() {
		conn.Close()
		if err != nil {
			return nil, fmt.Errorf("%w: cannot tell who serves %s: %w", ErrDenied, c.path, err)
		}
		return nil, fmt.Errorf("%w: %s is served by uid %d, not by you (uid %d)", ErrDenied, c.path, uid, os.Getuid())
	}
	_ = conn.SetDeadline(time.Now().Add(answerTimeout))
	// An owner that refuses this client says why before it hangs up, so
	// a failed write is followed by a read of that reason.
	werr := writeFrame(conn, hello{Protocol: "soundbite", Version: ProtocolVersion})
	frame, err := readFrame(conn, maxHello)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		conn.Close()
		return nil, &UnresponsiveError{PID: pid}
	}
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("%w: no answer on %s: %w", errOwnerGone, c.path, errors.Join(werr, err))
	}
	var h hello
	if err := json.Unmarshal(frame, &h); err != nil {
		conn.Close()
		return nil, fmt.Errorf("%w: the process on %s answered something else: %w", ErrProtocol, c.path, err)
	}
	if h.Error != nil {
		conn.Close()
		return nil, fromWire(h.Error)
	}
	if h.Version != ProtocolVersion {
		conn.Close()
		return nil, fmt.Errorf("%w: the soundbite that owns the store speaks protocol %d, this one %d: run the same soundbite version in both", ErrProtocol, h.Version, ProtocolVersion)
	}
	_ = conn.SetDeadline(time.Time{})
	return conn, nil
}

func (c *Client) get() (*net.UnixConn, error) {
	c.mu.Lock()
	if n := len(c.idle); n > 0 {
		conn := c.idle[n-1]
		c.idle = c.idle[:n-1]
		c.mu.Unlock()
		return conn, nil
	}
	c.mu.Unlock()
	return c.dial()
}

func (c *Client) put(conn *net.UnixConn) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.idle) < maxIdle {
		c.idle = append(c.idle, conn)
		return
	}
	conn.Close()
}

// Close hangs up.
func (c *Client) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, conn := range c.idle {
		conn.Close()
	}
	c.idle = nil
	return nil
}

// call sends one request and decodes its answer into out. A connection
// that fails is dropped; the error then wraps errOwnerGone.
func call[R any](c *Client, op string, args any) (R, error) {
	var out R
	raw, err := json.Marshal(args)
	if err != nil {
		return out, fmt.Errorf("encoding %s: %w", op, err)
	}
	conn, err := c.get()
	if err != nil {
		return out, err
	}
	if err := writeFrame(conn, request{Op: op, Args: raw}); err != nil {
		conn.Close()
		return out, fmt.Errorf("%w: %w", errOwnerGone, err)
	}
	frame, err := readFrame(conn, maxResponse)
	if err != nil {
		conn.Close()
		return out, fmt.Errorf("%w: %w", errOwnerGone, err)
	}
	var resp response
	if err := json.Unmarshal(frame, &resp); err != nil {
		conn.Close()
		return out, fmt.Errorf("%w: a malformed answer to %s: %w", ErrProtocol, op, err)
	}
	if resp.Error != nil {
		if resp.Error.Code == "closing" {
			conn.Close()
		} else {
			c.put(conn)
		}
		return out, fromWire(resp.Error)
	}
	c.put(conn)
	if err := json.Unmarshal(resp.Result, &out); err != nil {
		return out, fmt.Errorf("%w: a malformed answer to %s: %w", ErrProtocol, op, err)
	}
	return out, nil
}

func perform(c *Client, op string, args any) error {
	_, err := call[struct{}](c, op, args)
	return err
}

func (c *Client) List(f model.Filter, offset, limit int) ([]model.Summary, error) {
	return call[[]model.Summary](c, "list", listArgs{Filter: f, Offset: offset, Limit: limit})
}
func (c *Client) Count(f model.Filter) (int, error) { return call[int](c, "count", filterArgs{f}) }
func (c *Client) Counts() (model.Counts, error)     { return call[model.Counts](c, "counts", noArgs{}) }
func (c *Client) Get(id model.ID) (model.Article, error) {
	return call[model.Article](c, "get", idArgs{id})
}
func (c *Client) Has(id model.ID) (bool, error) { return call[bool](c, "has", idArgs{id}) }
func (c *Client) Resolve(p string) (model.ID, error) {
	return call[model.ID](c, "resolve", textArgs{p})
}
func (c *Client) Speakers(f model.Filter, limit int) ([]model.SpeakerCount, error) {
	return call[[]model.SpeakerCount](c, "speakers", limitArgs{Filter: f, Limit: limit})
}
func (c *Client) Speaker(form string) (model.SpeakerCount, error) {
	return call[model.SpeakerCount](c, "speaker", textArgs{form})
}
func (c *Client) SpeakersNamed(form string) ([]model.SpeakerCount, error) {
	return call[[]model.SpeakerCount](c, "speakers_named", textArgs{form})
}
func (c *Client) SpeakerQuotes(key string, limit int) ([]model.QuoteRef, error) {
	return call[[]model.QuoteRef](c, "speaker_quotes", limitArgs{Key: key, Limit: limit})
}
func (c *Client) Search(q search.Query, limit int) ([]store.SearchHit, error) {
	return call[[]store.SearchHit](c, "search", searchArgs{Query: q, Limit: limit})
}
func (c *Client) SearchPage(q search.Query, offset, limit int) (store.SearchResults, error) {
	return call[store.SearchResults](c, "search_page", searchArgs{Query: q, Offset: offset, Limit: limit})
}
func (c *Client) SearchList(q search.Query, offset, limit int) ([]model.Summary, int, error) {
	r, err := call[searchList](c, "search_list", searchArgs{Query: q, Offset: offset, Limit: limit})
	return r.Rows, r.Total, err
}
func (c *Client) SavedSearches() ([]string, error) {
	return call[[]string](c, "saved_searches", noArgs{})
}
func (c *Client) Session() (model.Session, error) { return call[model.Session](c, "session", noArgs{}) }
func (c *Client) Feeds() ([]model.Feed, error)    { return call[[]model.Feed](c, "feeds", noArgs{}) }
func (c *Client) Feed(url string) (model.Feed, error) {
	return call[model.Feed](c, "feed", textArgs{url})
}
func (c *Client) Removed(feedURL string, ids []model.ID, links []string) ([]bool, error) {
	return call[[]bool](c, "removed", feedIDsArgs{Feed: feedURL, IDs: ids, Links: links})
}
func (c *Client) Listed(feedURL string, ids []model.ID) ([]bool, error) {
	return call[[]bool](c, "listed", feedIDsArgs{Feed: feedURL, IDs: ids})
}
func (c *Client) ExtractorVersion() (int, error) { return call[int](c, "extractor_version", noArgs{}) }
func (c *Client) Changes() (uint64, error)       { return call[uint64](c, "changes", noArgs{}) }
func (c *Client) Put(a []model.Article) (store.PutResult, error) {
	return call[store.PutResult](c, "put", putArgs{a})
}
func (c *Client) SetRead(id model.ID, on bool) error {
	return perform(c, "set_read", stateArgs{ID: id, On: on})
}
func (c *Client) SetReadMany(ids []model.ID, on bool) (int, error) {
	return call[int](c, "set_read_many", manyArgs{IDs: ids, On: on})
}
func (c *Client) DeleteMany(ids []model.ID, keepBookmarked bool) (int, error) {
	return call[int](c, "delete_many", manyArgs{IDs: ids, On: keepBookmarked})
}
func (c *Client) SetBookmarked(id model.ID, on bool) error {
	return perform(c, "set_bookmarked", stateArgs{ID: id, On: on})
}
func (c *Client) SaveSession(s model.Session) error { return perform(c, "save_session", s) }
func (c *Client) SaveSearch(q string) error         { return perform(c, "save_search", textArgs{q}) }
func (c *Client) ForgetSearch(q string) error       { return perform(c, "forget_search", textArgs{q}) }
func (c *Client) AddFeed(f model.Feed) error        { return perform(c, "feed_add", f) }
func (c *Client) UpdateFeed(f model.Feed) error     { return perform(c, "feed_update", f) }
func (c *Client) RemoveFeed(url string) error       { return perform(c, "feed_remove", textArgs{url}) }
func (c *Client) SetExtractorVersion(v int) error {
	return perform(c, "set_extractor_version", intArgs{v})
}
func (c *Client) Outdated(all bool) ([]model.ID, error) {
	return call[[]model.ID](c, "outdated", boolArgs{all})
}
func (c *Client) Prepare() error        { return perform(c, "prepare", noArgs{}) }
func (c *Client) RebuildIndexes() error { return perform(c, "rebuild_indexes", noArgs{}) }
