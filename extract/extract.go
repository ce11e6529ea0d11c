// Package extract finds who is quoted or paraphrased in a news article:
// speakers (people and organisations) and the quotes attributed to them.
//
// It is pure and deterministic: text in, speakers and quotes out, with no
// I/O and no shared mutable state, so it is safe for concurrent use. It is
// rule-based, because it runs for every imported article and must keep up
// with an import of thousands of articles a second on one core.
package extract

import (
	"soundbite/model"
)

// Version changes whenever results may change, so stored articles get
// re-extracted (soundbite reindex).
const Version = 1

// Result is what Extract finds in one article.
type Result struct {
	Speakers []model.Speaker
	Quotes   []model.Quote
}

// Extract finds who is quoted or paraphrased in an article's body
// paragraphs. Quote.Start and Quote.End are byte offsets of Quote.Text in
// strings.Join(paragraphs, model.ParagraphSep). Speakers are sorted by
// number of quotes, most first, then by name.
func Extract(paragraphs []string) Result {
	return Result{}
}
