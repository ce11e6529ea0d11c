//go:build !unix

package store

import (
	"errors"
	"os"
)

// mapFile is not done here: pages are read with ReadAt instead.
func mapFile(*os.File, int64) ([]byte, func(), error) {
	return nil, nil, errors.New("no mapping on this system")
}
