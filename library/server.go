package library

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"
)

const (
	// helloTimeout bounds the handshake, and frameTimeout the rest of a
	// request once its first bytes came: a client that stalls midway
	// holds one goroutine for that long, no more.
	helloTimeout = 5 * time.Second
	frameTimeout = 30 * time.Second
	// maxConns bounds the connections served at once.
	maxConns = 64
)

// server serves a Local on a Unix socket to the user's other processes.
type server struct {
	local *Local
	ln    *net.UnixListener
	path  string
	ino   uint64 // the socket file's inode, so close removes only its own
	uid   int    // the only user served

	mu      sync.Mutex
	conns   map[net.Conn]struct{}
	closing bool
	wg      sync.WaitGroup
}

// serve listens on path. The caller holds the store's lock, so a socket
// already at path is a dead owner's and is replaced. The socket is bound
// under a temporary name, made 0600 and only then renamed into place, so
// it is never open to others, even for a moment.
func serve(local *Local, path string) (*server, error) {
	if err := checkSocketPath(path); err != nil {
		return nil, err
	}
	if err := removeStaleSocket(path); err != nil {
		return nil, err
	}
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+"."+strconv.Itoa(os.Getpid()))
	_ = os.Remove(tmp)
	ln, err := net.ListenUnix("unix", &net.UnixAddr{Name: tmp, Net: "unix"})
	if err != nil {
		return nil, fmt.Errorf("serving the store on %s: %w", path, err)
	}
	ln.SetUnlinkOnClose(false)
	if err := os.Chmod(tmp, 0o600); err != nil {
		ln.Close()
		os.Remove(tmp)
		return nil, fmt.Errorf("serving the store: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		ln.Close()
		os.Remove(tmp)
		return nil, fmt.Errorf("serving the store on %s: %w", path, err)
	}
	s := &server{local: local, ln: ln, path: path, uid: os.Getuid(), conns: make(map[net.Conn]struct{})}
	if fi, err := os.Lstat(path); err == nil {
		s.ino = inode(fi)
	}
	s.wg.Add(1)
	go s.accept()
	return s, nil
}

func (s *server) accept() {
	defer s.wg.Done()
	for {
		c, err := s.ln.AcceptUnix()
		if err != nil {
			s.mu.Lock()
			closing := s.closing
			s.mu.Unlock()
			if closing {
				return
			}
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				continue
			}
			time.Sleep(10 * time.Millisecond) // out of descriptors: wait, do not spin
			continue
		}
		s.mu.Lock()
		if s.closing || len(s.conns) >= maxConns {
			s.mu.Unlock()
			_ = writeFrame(c, hello{Version: ProtocolVersion, Error: &wireError{Code: "closing", Message: "the owning soundbite is busy or closing"}})
			c.Close()
			continue
		}
		s.conns[c] = struct{}{}
		s.wg.Add(1)
		s.mu.Unlock()
		go s.serveConn(c)
	}
}

// serveConn checks who is calling, shakes hands, then answers requests
// until the client hangs up or the server closes.
func (s *server) serveConn(c *net.UnixConn) {
	defer s.wg.Done()
	defer func() {
		s.mu.Lock()
		delete(s.conns, c)
		s.mu.Unlock()
		c.Close()
	}()
	if uid, err := peerUID(c); err != nil || uid != s.uid {
		msg := fmt.Sprintf("refused: this store belongs to uid %d, and the connection comes from uid %d", s.uid, uid)
		if err != nil {
			msg = fmt.Sprintf("refused: cannot tell who is connecting: %v", err)
		}
		_ = writeFrame(c, hello{Version: ProtocolVersion, Error: &wireError{Code: "denied", Message: msg}})
		return
	}
	_ = c.SetDeadline(time.Now().Add(helloTimeout))
	if !s.handshake(c) {
		return
	}
	for {
		// Under the lock, so that close's wake-up is never undone.
		s.mu.Lock()
		if s.closing {
			s.mu.Unlock()
			return
		}
		_ = c.SetDeadline(time.Time{})
		s.mu.Unlock()
		frame, err := s.readRequest(c)
		if err != nil {
			if errors.Is(err, errTooLarge) {
				_ = c.SetWriteDeadline(time.Now().Add(frameTimeout))
				_ = writeFrame(c, response{Error: &wireError{Code: "bad_request", Message: "request refused: " + err.Error()}})
			}
			return // disconnected, stalled, or out of step: nothing was done
		}
		s.mu.Lock()
		closing := s.closing
		s.mu.Unlock()
		var resp response
		if closing {
			resp.Error = &wireError{Code: "closing", Message: "the owning soundbite is closing"}
		} else {
			resp = s.respondSafely(frame)
		}
		_ = c.SetWriteDeadline(time.Now().Add(frameTimeout))
		if err := writeFrame(c, resp); err != nil || closing {
			return
		}
	}
}

// readRequest waits for a request as long as the client likes, then
// gives the rest of it frameTimeout to arrive.
func (s *server) readRequest(c *net.UnixConn) ([]byte, error) {
	return readFrame(&deadlineReader{c: c}, maxRequest)
}

// deadlineReader arms the frame deadline once the first byte is in.
type deadlineReader struct {
	c     *net.UnixConn
	armed bool
}

func (r *deadlineReader) Read(p []byte) (int, error) {
	n, err := r.c.Read(p)
	if n > 0 && !r.armed {
		r.armed = true
		_ = r.c.SetReadDeadline(time.Now().Add(frameTimeout))
	}
	return n, err
}

func (s *server) handshake(c *net.UnixConn) bool {
	frame, err := readFrame(c, maxHello)
	if err != nil {
		return false
	}
	var h hello
	if err := decodeStrict(frame, &h); err != nil || h.Protocol != "soundbite" {
		_ = writeFrame(c, hello{Version: ProtocolVersion, Error: &wireError{Code: "version", Message: "not a soundbite handshake"}})
		return false
	}
	if h.Version != ProtocolVersion {
		_ = writeFrame(c, hello{Version: ProtocolVersion, Error: &wireError{Code: "version", Message: fmt.Sprintf(
			"the soundbite that owns this store speaks protocol %d, this one %d: run the same soundbite version in both", ProtocolVersion, h.Version)}})
		return false
	}
	return writeFrame(c, hello{Version: ProtocolVersion}) == nil
}

// respondSafely answers a request; a panic in the owner's code becomes an
// error for that request alone, so no request can take the owner down.
func (s *server) respondSafely(frame []byte) (resp response) {
	defer func() {
		if r := recover(); r != nil {
			resp = response{Error: &wireError{Code: "internal", Message: fmt.Sprintf("internal error in the owning soundbite: %v", r)}}
		}
	}()
	return respond(s.local, frame)
}

// respond decodes a request and runs it.
func respond(l *Local, frame []byte) response {
	var req request
	if err := decodeStrict(frame, &req); err != nil {
		return response{Error: toWire(err)}
	}
	h, ok := ops[req.Op]
	if !ok {
		return response{Error: toWire(fmt.Errorf("%w: unknown op %.40q", ErrBadRequest, req.Op))}
	}
	res, err := h(l, req.Args)
	if err != nil {
		return response{Error: toWire(err)}
	}
	out, err := json.Marshal(res)
	if err != nil {
		return response{Error: toWire(fmt.Errorf("encoding the answer: %w", err))}
	}
	return response{Result: out}
}

// close stops serving: no new connections, idle ones cut, requests in
// flight answered; then the socket file goes. The store stays open for
// the caller to close.
func (s *server) close() error {
	s.mu.Lock()
	s.closing = true
	for c := range s.conns {
		// Wakes idle reads; a request being answered finishes first.
		_ = c.SetReadDeadline(time.Now())
	}
	s.mu.Unlock()
	err := s.ln.Close()
	// Remove the socket only while it is still ours: nobody else can
	// have replaced it while this process holds the store's lock, but
	// checking costs nothing.
	if fi, lerr := os.Lstat(s.path); lerr == nil && inode(fi) == s.ino {
		if rerr := os.Remove(s.path); rerr != nil && err == nil {
			err = rerr
		}
	}
	s.wg.Wait()
	if err != nil {
		return fmt.Errorf("closing %s: %w", s.path, err)
	}
	return nil
}
