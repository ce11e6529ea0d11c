package library

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"soundbite/model"
)

// rawConn connects to the owner without the client's checks and
// handshake, to send it what a client would not.
func rawConn(t *testing.T, path string) net.Conn {
	t.Helper()
	c, err := net.Dial("unix", SocketPath(path))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	_ = c.SetDeadline(time.Now().Add(5 * time.Second))
	return c
}

func readWire(t *testing.T, c net.Conn, v any) {
	t.Helper()
	frame, err := readFrame(c, maxResponse)
	if err != nil {
		t.Fatalf("reading the owner's answer: %v", err)
	}
	if err := json.Unmarshal(frame, v); err != nil {
		t.Fatal(err)
	}
}

func handshake(t *testing.T, c net.Conn) {
	t.Helper()
	if err := writeFrame(c, hello{Protocol: "soundbite", Version: ProtocolVersion}); err != nil {
		t.Fatal(err)
	}
	var h hello
	readWire(t, c, &h)
	if h.Error != nil {
		t.Fatalf("handshake refused: %+v", h.Error)
	}
}

// stillServes checks the owner answers a well-formed client after abuse.
func stillServes(t *testing.T, path string) {
	t.Helper()
	c, err := Dial(SocketPath(path))
	if err != nil {
		t.Fatalf("the owner no longer answers: %v", err)
	}
	defer c.Close()
	if _, err := c.Counts(); err != nil {
		t.Fatalf("the owner no longer answers: %v", err)
	}
}

func TestProtocolVersionMismatch(t *testing.T) {
	path := storePath(t)
	owner := openLib(t, path)
	defer owner.Close()
	c := rawConn(t, path)
	if err := writeFrame(c, hello{Protocol: "soundbite", Version: ProtocolVersion + 1}); err != nil {
		t.Fatal(err)
	}
	var h hello
	readWire(t, c, &h)
	if h.Error == nil || h.Error.Code != "version" || !strings.Contains(h.Error.Message, "same soundbite version") {
		t.Fatalf("answer to a newer client: %+v, want a version error that says what to do", h.Error)
	}
	if err := fromWire(h.Error); !errors.Is(err, ErrProtocol) {
		t.Fatalf("%v does not match ErrProtocol", err)
	}
	stillServes(t, path)
}

func TestMalformedRequestsAreRefusedAndHarmNothing(t *testing.T) {
	path := storePath(t)
	owner := openLib(t, path)
	defer owner.Close()
	if _, err := owner.Put([]model.Article{article(1)}); err != nil {
		t.Fatal(err)
	}
	c := rawConn(t, path)
	handshake(t, c)
	for _, body := range []string{
		`{"op":"list"`,                                 // cut short
		`not json`,                                     // not JSON
		`{"op":"drop_everything"}`,                     // no such op
		`{"op":"list","args":{"Limit":"many"}}`,        // wrong type
		`{"op":"list","args":{"Bogus":1}}`,             // unknown field
		`{"op":"put","args":{"Articles":[{"ID":""}]}}`, // an ID no soundbite makes
		`{"op":"count"} {"op":"count"}`,                // two in one
	} {
		var buf [4]byte
		binary.BigEndian.PutUint32(buf[:], uint32(len(body)))
		if _, err := c.Write(append(buf[:], body...)); err != nil {
			t.Fatal(err)
		}
		var resp response
		readWire(t, c, &resp)
		if resp.Error == nil || resp.Error.Code != "bad_request" {
			t.Errorf("%s: answered %+v, want a bad_request error", body, resp)
		}
	}
	// The same connection still works after refusals.
	if err := writeFrame(c, request{Op: "count", Args: json.RawMessage(`{}`)}); err != nil {
		t.Fatal(err)
	}
	var resp response
	readWire(t, c, &resp)
	if resp.Error != nil || string(resp.Result) != "1" {
		t.Fatalf("count after refusals: %+v", resp)
	}
}

func TestOversizedRequestIsRefusedBeforeItIsRead(t *testing.T) {
	path := storePath(t)
	owner := openLib(t, path)
	defer owner.Close()
	c := rawConn(t, path)
	handshake(t, c)
	var buf [4]byte
	binary.BigEndian.PutUint32(buf[:], maxRequest+1)
	if _, err := c.Write(buf[:]); err != nil {
		t.Fatal(err)
	}
	var resp response
	readWire(t, c, &resp)
	if resp.Error == nil || resp.Error.Code != "bad_request" || !strings.Contains(resp.Error.Message, "too large") {
		t.Fatalf("answer to an oversized request: %+v", resp.Error)
	}
	stillServes(t, path)
}

func TestClientThatHangsUpMidwayHarmsNothing(t *testing.T) {
	path := storePath(t)
	owner := openLib(t, path)
	defer owner.Close()
	c := rawConn(t, path)
	handshake(t, c)
	var buf [4]byte
	binary.BigEndian.PutUint32(buf[:], 1000)
	if _, err := c.Write(append(buf[:], `{"op":"put","args":{"Articles":[`...)); err != nil {
		t.Fatal(err)
	}
	c.Close()
	stillServes(t, path)
	if n, err := owner.Count(model.Filter{}); err != nil || n != 0 {
		t.Fatalf("after a cut-off put: %d articles, %v", n, err)
	}
}

func TestPeerOfAnotherUserIsRefused(t *testing.T) {
	path := storePath(t)
	owner := openLib(t, path)
	defer owner.Close()
	// The owner's SO_PEERCRED check sees this process's real uid; make
	// the owner expect another, as if this process were another user's.
	owner.mu.Lock()
	owner.srv.uid = os.Getuid() + 1
	owner.mu.Unlock()
	_, err := Dial(SocketPath(path))
	if !errors.Is(err, ErrDenied) || !strings.Contains(err.Error(), "belongs to uid") {
		t.Fatalf("Dial as another user: %v, want a clear refusal", err)
	}
}

func TestSocketOrStoreOpenToOthersIsRefused(t *testing.T) {
	t.Run("world-writable directory", func(t *testing.T) {
		path := storePath(t)
		if err := os.Chmod(dirOf(path), 0o777); err != nil {
			t.Fatal(err)
		}
		_, err := Open(path, Options{})
		if !errors.Is(err, ErrDenied) || !strings.Contains(err.Error(), "writable by every user") {
			t.Fatalf("Open in a world-writable directory: %v", err)
		}
	})
	t.Run("world-writable socket", func(t *testing.T) {
		path := storePath(t)
		owner := openLib(t, path)
		defer owner.Close()
		if err := os.Chmod(SocketPath(path), 0o666); err != nil {
			t.Fatal(err)
		}
		_, err := Open(path, Options{Wait: 200 * time.Millisecond})
		if !errors.Is(err, ErrDenied) || !strings.Contains(err.Error(), "writable by every user") {
			t.Fatalf("Open beside a world-writable socket: %v", err)
		}
	})
	t.Run("another user's socket and store", func(t *testing.T) {
		if os.Getuid() != 0 {
			t.Skip("giving a file to another user needs root")
		}
		path := storePath(t)
		owner := openLib(t, path)
		defer owner.Close()
		if err := os.Lchown(SocketPath(path), 65534, 65534); err != nil {
			t.Fatal(err)
		}
		_, err := Open(path, Options{Wait: 200 * time.Millisecond})
		if !errors.Is(err, ErrDenied) || !strings.Contains(err.Error(), "belongs to uid 65534") {
			t.Fatalf("Open beside another user's socket: %v", err)
		}
		if err := os.Chown(path, 65534, 65534); err != nil {
			t.Fatal(err)
		}
		_, err = Open(path, Options{Wait: 200 * time.Millisecond})
		if !errors.Is(err, ErrDenied) || !strings.Contains(err.Error(), "store file") {
			t.Fatalf("Open of another user's store: %v", err)
		}
	})
}

func dirOf(path string) string { return path[:strings.LastIndexByte(path, '/')] }

// FuzzRespond sends arbitrary request frames to an owner's decoder and
// dispatcher, without the panic guard the connection loop adds.
func FuzzRespond(f *testing.F) {
	for _, seed := range []string{
		`{"op":"list","args":{"Filter":{},"Offset":0,"Limit":5}}`,
		`{"op":"get","args":{"ID":"0123456789abcdef"}}`,
		`{"op":"search_list","args":{"Query":{"Clauses":[{"Op":1,"Value":"x","Terms":[{"Term":"x"}]}]},"Limit":3}}`,
		`{"op":"put","args":{"Articles":[{"ID":"0123456789abcdef","Title":"t","Body":["b"]}]}}`,
		`{"op":"speakers","args":{"Filter":{"Speakers":["a"]},"Limit":-1}}`,
		`{"op":"set_read","args":{"ID":"zz","On":true}}`,
		`{"op":"feed_add","args":{"URL":""}}`,
		`{"op":"resolve","args":{"Text":""}}`,
	} {
		f.Add([]byte(seed))
	}
	path := filepathJoin(f.TempDir(), "f.db")
	st, err := openStore(path)
	if err != nil {
		f.Fatal(err)
	}
	defer st.Close()
	l := NewLocal(st)
	f.Fuzz(func(t *testing.T, frame []byte) {
		resp := respond(l, frame)
		if resp.Error == nil && resp.Result == nil {
			t.Fatal("neither a result nor an error")
		}
	})
}

func TestStickyDirectoryLikeTmpIsAccepted(t *testing.T) {
	path := storePath(t)
	if err := os.Chmod(dirOf(path), 0o777|os.ModeSticky); err != nil {
		t.Fatal(err)
	}
	lib, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("Open in a sticky directory: %v", err)
	}
	lib.Close()
}
