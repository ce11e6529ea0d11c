package search

import (
	"reflect"
	"testing"
)

// A document analysed into a given-back document's arrays is the same
// as one analysed into new arrays, whichever was the larger.
func TestDocumentIntoSpare(t *testing.T) {
	arts := corpus()
	for i := range arts {
		for j := range arts {
			want := NewAnalyzer().Document(&arts[j])
			an := NewAnalyzer()
			first := an.Document(&arts[i])
			an.Reuse(first.Release())
			if first.Terms != nil || first.positions != nil {
				t.Fatalf("Release left the document's arrays in it")
			}
			got := an.Document(&arts[j])
			if !reflect.DeepEqual(got.Terms, want.Terms) || !reflect.DeepEqual(got.Quotes, want.Quotes) ||
				got.TitleLen != want.TitleLen || got.BodyLen != want.BodyLen {
				t.Errorf("article %d analysed into article %d's arrays differs from a fresh analysis", j, i)
			}
		}
	}
}
