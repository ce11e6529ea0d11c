// Package search is soundbite's full-text search, without the storage: it
// turns text into index terms, parses the query language, encodes the
// index's posting lists and segments, ranks matches with BM25 and picks
// snippets. It does no I/O; the store keeps its bytes in the bbolt file
// and answers the Index interface over them.
//
// # Analysis
//
// Text is cut into words (runs of Unicode letters and digits, with an
// apostrophe allowed between letters), lowercased, accent-folded (é→e,
// ß→ss) and stemmed with the Snowball English stemmer, so "ceasefires"
// finds "ceasefire" and "Zürich" finds "Zurich". Every word takes a
// position, but a short list of stopwords is left out of the index: they
// are too common to rank by and would double its size. Because stopwords
// keep their positions, the phrase "state of the union" still only
// matches those words in that order, with two words between "state" and
// "union". Phrases are verified from positions in the index, never by
// re-reading article text, so a phrase query costs about what its words
// cost.
//
// # Index layout
//
// The index is a set of segments, each built from one batch of articles
// (one store Put) and never changed afterwards, except by merging
// neighbours into one bigger segment (see PickMerge). A segment holds a
// doc table (every document's number, article ID, date and lengths, in
// fixed-width records), a quote table (where each document's quotes sit
// among its words, and whose they are) and one posting list per term.
// Documents are numbered by the caller, ascending in the order they are
// added; deleting one marks it with a tombstone that merges drop. This is
// the shape of Lucene's index, and for the same reason: an import touches
// only new keys, so a bbolt transaction writes new pages rather than
// rewriting a page for every term it meets.
//
// Articles' categories, feeds and speakers are indexed as terms too,
// under prefixes no word can start with, so speaker:, category: and feed:
// walk posting lists like words do. Quotes are indexed as spans of word
// positions per speaker (see QuoteSpan): said: matches a word's positions
// that fall inside a span, so quoted words cost no extra postings.
//
// # Ranking
//
// Search scores with BM25 (K1, B) over one field where a title word counts
// TitleBoost body words; a phrase scores as its words. Equal scores go
// newest first. Document frequencies count tombstoned documents until a
// merge drops them, as Lucene's do.
package search

// Version changes whenever analysis or an encoding changes, so a store
// built by another version knows to rebuild its index.
const Version = 1
