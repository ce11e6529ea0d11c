// Package sample is the bundled corpus of fictional articles the reader
// opens on while the user's store is empty (library.OrSample). Its *.txt
// files are in the sample layout import reads; gold.jsonl annotates their
// speakers for the extractor's tests.
package sample

import "embed"

// FS holds the corpus's *.txt files at its root.
//
//go:embed *.txt
var FS embed.FS
