//go:build !linux

package library

import (
	"net"
	"os"
)

// peerUID cannot ask the kernel here; the socket's mode (0600) and its
// directory's checks are what keep other users out.
func peerUID(*net.UnixConn) (int, error) { return os.Getuid(), nil }

func peerCred(c *net.UnixConn) (uid, pid int, err error) {
	uid, err = peerUID(c)
	return uid, 0, err
}
