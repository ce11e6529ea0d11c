//go:build tools

// Package corpora pins, for go mod tidy, the modules whose test pages and
// texts the extractor is graded on (go-trafilatura is pinned as a tool); it is never
// built.
package corpora

import (
	_ "github.com/advancedlogic/GoOse"
	_ "github.com/jdkato/prose/v2"
	_ "github.com/markusmobius/go-htmldate"
	_ "gopkg.in/neurosnap/sentences.v1"
)
