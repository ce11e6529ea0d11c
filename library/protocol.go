package library

// The protocol between the process that owns a store and the others.
//
// Transport: a Unix stream socket named after the store file with ".sock"
// added (soundbite.db.sock), mode 0600, in the store's directory, which
// must belong to the user and not be writable by others (a sticky
// directory such as /tmp will do). The owner checks every peer's uid with
// SO_PEERCRED and the client checks the owner's, so only the user who owns
// the store talks to it.
//
// Ownership: the owner is the process holding bbolt's exclusive lock on
// the store file. A process that cannot take the lock dials the socket; a
// refused or missing socket means the owner is starting or has died (the
// kernel drops a dead process's lock), so the caller tries the lock again,
// every 20 ms, until it owns the store or reaches its owner. The new owner
// replaces a dead owner's socket. An owner that accepts but does not
// answer the handshake within answerTimeout is stopped or hung, and the
// caller says so rather than wait.
//
// Framing: each message is a 4-byte big-endian length, then that many
// bytes of JSON. A request is at most maxRequest bytes, a response at most
// maxResponse.
//
// Handshake: the client's first message is
//
//	{"protocol":"soundbite","version":1}
//
// and the owner answers {"version":1}, or an error (below) and closes the
// connection when the versions differ; a handshake must come within
// helloTimeout. Version 1 is this file.
//
// Requests, one at a time per connection, each answered before the next;
// a request that has begun must arrive whole within frameTimeout, and an
// owner serves at most maxConns connections:
//
//	{"op":"list","args":{"Filter":{...},"Offset":0,"Limit":50}}
//
// answered by {"result":...} or {"error":{"code":"not_found","message":"..."}}.
// The ops and their arguments are the table ops in ops.go, named after
// the Backend method each one runs; arguments and results are the Go types
// encoded by encoding/json. Error codes: not_found, exists, ambiguous
// (the store's sentinel errors), bad_request (malformed, unknown or
// oversized), version, denied (wrong user), closing (the owner is shutting
// down: take over or reconnect), internal (a bug in the owner; the request
// was not done) and "" for any other failure, with its message.
//
// Writes are idempotent but for feed_add, so a client that lost the
// owner between a request and its answer sends it again to the next
// owner. The store's change token (op changes) is random per owner and
// counts writes, so a reader polling it sees every change, whoever made
// it, and an owner's death as one too.

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"soundbite/store"
)

// ProtocolVersion is the version of the protocol this soundbite speaks.
const ProtocolVersion = 1

const (
	maxRequest  = 64 << 20  // a batch of articles is at most batchBytes of text
	maxResponse = 512 << 20 // every summary of a very large store
	maxHello    = 4 << 10
)

// Errors a remote call can end with, besides the store's own.
var (
	// ErrProtocol says the other side spoke another protocol version or
	// sent something that is not the protocol.
	ErrProtocol = errors.New("soundbite protocol mismatch")
	// ErrBadRequest says the owner refused a malformed request.
	ErrBadRequest = errors.New("bad request")
	// ErrDenied says the socket, or the process behind it, belongs to
	// another user, or is open to others.
	ErrDenied = errors.New("refused")
	// errOwnerGone says the owner went away (or is going): the call may
	// be tried again on the next owner.
	errOwnerGone = errors.New("the soundbite that owned the store went away")
)

type hello struct {
	Protocol string     `json:"protocol,omitempty"`
	Version  int        `json:"version"`
	Error    *wireError `json:"error,omitempty"`
}

type request struct {
	Op   string          `json:"op"`
	Args json.RawMessage `json:"args,omitempty"`
}

type response struct {
	Result json.RawMessage `json:"result,omitempty"`
	Error  *wireError      `json:"error,omitempty"`
}

type wireError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// RemoteError is an error the owning process answered with. It matches
// the sentinel its code names with errors.Is.
type RemoteError struct {
	Code    string
	Message string
}

func (e *RemoteError) Error() string { return e.Message }

func (e *RemoteError) Unwrap() error { return codeErrors[e.Code] }

var codeErrors = map[string]error{
	"not_found":   store.ErrNotFound,
	"exists":      store.ErrExists,
	"ambiguous":   store.ErrAmbiguous,
	"bad_request": ErrBadRequest,
	"version":     ErrProtocol,
	"denied":      ErrDenied,
	"closing":     errOwnerGone,
}

// toWire words err for the other side, with the code of the first
// sentinel it wraps.
func toWire(err error) *wireError {
	for code, sentinel := range codeErrors {
		if errors.Is(err, sentinel) {
			return &wireError{Code: code, Message: err.Error()}
		}
	}
	return &wireError{Message: err.Error()}
}

func fromWire(w *wireError) error {
	return &RemoteError{Code: w.Code, Message: w.Message}
}

// writeFrame writes v as one frame, in a single Write.
func writeFrame(w io.Writer, v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encoding a message: %w", err)
	}
	buf := make([]byte, 4+len(body))
	binary.BigEndian.PutUint32(buf, uint32(len(body)))
	copy(buf[4:], body)
	_, err = w.Write(buf)
	return err
}

// errTooLarge says a frame announced more than the reader accepts.
var errTooLarge = errors.New("message too large")

// readFrame reads one frame of at most limit bytes. The length is read
// first, so an oversized frame is refused before anything is allocated.
func readFrame(r io.Reader, limit int) ([]byte, error) {
	var head [4]byte
	if _, err := io.ReadFull(r, head[:]); err != nil {
		return nil, err
	}
	n := binary.BigEndian.Uint32(head[:])
	if int64(n) > int64(limit) {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d", errTooLarge, n, limit)
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(r, body); err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return body, nil
}

// decodeStrict decodes one JSON value into v, refusing trailing data and
// unknown fields, so that a typo is an error and not a silent default.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %w", ErrBadRequest, err)
	}
	if dec.More() {
		return fmt.Errorf("%w: data after the message", ErrBadRequest)
	}
	return nil
}
