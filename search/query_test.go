package search

import (
	"errors"
	"reflect"
	"testing"
	"time"
)

func TestParseClauses(t *testing.T) {
	day := func(s string) time.Time {
		d, _ := time.ParseInLocation(time.DateOnly, s, time.UTC)
		return d
	}
	tests := []struct {
		query string
		want  []Clause
	}{
		{"ceasefire", []Clause{{Op: OpText, Value: "ceasefire", Terms: []Term{{"ceasefir", 0}}, Col: 1}}},
		{"  Harbour   Talks ", []Clause{
			{Op: OpText, Value: "Harbour", Terms: []Term{{"harbour", 0}}, Col: 3},
			{Op: OpText, Value: "Talks", Terms: []Term{{"talk", 0}}, Col: 13},
		}},
		{`"state of the union"`, []Clause{{Op: OpText, Value: "state of the union", Quoted: true,
			Terms: []Term{{"state", 0}, {"union", 3}}, Col: 1}}},
		{`“curly quotes”`, []Clause{{Op: OpText, Value: "curly quotes", Quoted: true,
			Terms: []Term{{"cur", 0}, {"quot", 1}}, Col: 1}}},
		{"cease-fire", []Clause{{Op: OpText, Value: "cease-fire", Terms: []Term{{"ceas", 0}, {"fire", 1}}, Col: 1}}},
		{"-harbour", []Clause{{Op: OpText, Not: true, Value: "harbour", Terms: []Term{{"harbour", 0}}, Col: 1}}},
		{`-"open harbour"`, []Clause{{Op: OpText, Not: true, Value: "open harbour", Quoted: true,
			Terms: []Term{{"open", 0}, {"harbour", 1}}, Col: 1}}},
		{"speaker:kessel", []Clause{{Op: OpSpeaker, Value: "kessel", Col: 1}}},
		{`Speaker:"Marta  Kessel"`, []Clause{{Op: OpSpeaker, Value: "Marta Kessel", Quoted: true, Col: 1}}},
		{"-speaker:kessel", []Clause{{Op: OpSpeaker, Not: true, Value: "kessel", Col: 1}}},
		{"said:ceasefire", []Clause{{Op: OpSaid, Value: "ceasefire", Terms: []Term{{"ceasefir", 0}}, Col: 1}}},
		{`said:"no ceasefire"`, []Clause{{Op: OpSaid, Value: "no ceasefire", Quoted: true,
			Terms: []Term{{"ceasefir", 0}}, Col: 1}}},
		{"category:Politics", []Clause{{Op: OpCategory, Value: "politics", Col: 1}}},
		{`category:"Élections Locales"`, []Clause{{Op: OpCategory, Value: "elections locales", Quoted: true, Col: 1}}},
		{"feed:https://example.org/rss?a=b", []Clause{{Op: OpFeed, Value: "https://example.org/rss?a=b", Col: 1}}},
		{"is:unread", []Clause{{Op: OpIs, Value: IsUnread, Col: 1}}},
		{"is:Bookmarked", []Clause{{Op: OpIs, Value: IsBookmarked, Col: 1}}},
		{"-is:read", []Clause{{Op: OpIs, Not: true, Value: IsRead, Col: 1}}},
		{"after:2026-11-01", []Clause{{Op: OpAfter, Value: "2026-11-01", Day: day("2026-11-01"), Col: 1}}},
		{"before:2026-11-30", []Clause{{Op: OpBefore, Value: "2026-11-30", Day: day("2026-11-30"), Col: 1}}},
		// Words that are all stopwords drop out when something else is left.
		{"the harbour", []Clause{{Op: OpText, Value: "harbour", Terms: []Term{{"harbour", 0}}, Col: 5}}},
		// A colon after something other than letters is just text.
		{"10:30", []Clause{{Op: OpText, Value: "10:30", Terms: []Term{{"10", 0}, {"30", 1}}, Col: 1}}},
		{"", nil},
	}
	for _, tt := range tests {
		q, err := ParseIn(tt.query, time.UTC)
		if err != nil {
			t.Errorf("%q: %v", tt.query, err)
			continue
		}
		if !reflect.DeepEqual(q.Clauses, tt.want) {
			t.Errorf("%q:\n got %+v\nwant %+v", tt.query, q.Clauses, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		query string
		col   int
		msg   string
	}{
		{"speaker: peskov", 9, "speaker: needs a name"},
		{"harbour speaker:", 17, "speaker: needs a name"},
		{"said:", 6, `said: needs words or a "phrase"`},
		{"category:", 10, "category: needs a category"},
		{"feed:", 6, "feed: needs a feed's name or URL"},
		{"is:", 4, "is: needs unread, read or bookmarked"},
		{"after:", 7, "after: needs a date as YYYY-MM-DD"},
		{`speaker:""`, 9, "speaker: needs a name"},
		{`""`, 1, "empty phrase"},
		{`harbour "open talks`, 9, `unclosed "`},
		{`said:"ceasefire`, 6, `unclosed "`},
		{`"open"harbour`, 7, `put a space after the closing "`},
		{`harbour"open"`, 8, `unexpected " inside a word; put a space before a "phrase"`},
		{"by:kessel", 1, "unknown operator by: (try speaker:, said:, category:, feed:, is:, after: or before:)"},
		{"harbour http://example.org", 9, "unknown operator http: (try speaker:, said:, category:, feed:, is:, after: or before:)"},
		{"is:starred", 4, `is: wants unread, read or bookmarked, not "starred"`},
		{"after:2026-13-01", 7, `after: wants a date as YYYY-MM-DD, not "2026-13-01"`},
		{"before:1/11/2026", 8, `before: wants a date as YYYY-MM-DD, not "1/11/2026"`},
		{"after:2026-11-30 before:2026-11-01", 18, "after:2026-11-30 leaves no day before before:2026-11-01"},
		{"-after:2026-11-01", 1, "after: cannot be excluded; use before:"},
		{"-before:2026-11-01", 1, "before: cannot be excluded; use after:"},
		{"harbour -", 9, `- needs a word, "phrase" or operator right after it`},
		{"--harbour", 1, `- needs a word, "phrase" or operator right after it`},
		{"the of", 1, `"the" is too common a word to search for`},
	}
	for _, tt := range tests {
		_, err := ParseIn(tt.query, time.UTC)
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%q: error %v, want a SyntaxError", tt.query, err)
			continue
		}
		if se.Col != tt.col || se.Msg != tt.msg {
			t.Errorf("%q: got %q at column %d, want %q at column %d", tt.query, se.Msg, se.Col, tt.msg, tt.col)
		}
	}
}

func TestParseTooLong(t *testing.T) {
	long := make([]byte, 0, 200)
	for range 40 {
		long = append(long, "word "...)
	}
	_, err := Parse(string(long))
	var se *SyntaxError
	if !errors.As(err, &se) || se.Col != 1+5*MaxClauses {
		t.Errorf("%d words: %v, want too many terms at column %d", 40, err, 1+5*MaxClauses)
	}
}

func TestSyntaxErrorMessage(t *testing.T) {
	_, err := Parse("harbour speaker: x")
	if got, want := err.Error(), "speaker: needs a name at column 17"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	var se *SyntaxError
	errors.As(err, &se)
	want := "harbour speaker: x\n                ^"
	if got := se.Pointer(); got != want {
		t.Errorf("Pointer() =\n%s\nwant\n%s", got, want)
	}
}

func TestQueryStringRoundTrip(t *testing.T) {
	for _, s := range []string{
		"ceasefire",
		`harbour -"open talks" speaker:"marta kessel" said:ceasefire`,
		"category:politics feed:https://example.org/rss is:unread -is:bookmarked",
		"after:2026-11-01 before:2026-11-30",
		`"10:30" 10:30 "http://x" "-x"`,
		`-speaker:kessel category:"local news"`,
	} {
		q, err := ParseIn(s, time.UTC)
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		again, err := ParseIn(q.String(), time.UTC)
		if err != nil {
			t.Fatalf("%q: String() = %q does not parse: %v", s, q.String(), err)
		}
		for i := range again.Clauses {
			again.Clauses[i].Col = q.Clauses[i].Col
		}
		if !reflect.DeepEqual(q, again) {
			t.Errorf("%q: String() = %q parses differently:\n got %+v\nwant %+v", s, q.String(), again.Clauses, q.Clauses)
		}
	}
}

func TestQueryWords(t *testing.T) {
	q, err := Parse(`harbour -ferry said:"no ceasefire" speaker:kessel`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := q.Words(), []string{"harbour", "ceasefir"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Words() = %q, want %q", got, want)
	}
	if !q.HasSaid() {
		t.Error("HasSaid() = false")
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{`speaker:"a b" said:x -"y z"`, "after:2026-01-01", `"`, "-", "a:b", "is:read"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseIn(s, time.UTC)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) || se.Col < 1 {
				t.Fatalf("%q: error %v is not a SyntaxError with a column", s, err)
			}
			return
		}
		if _, err := ParseIn(q.String(), time.UTC); err != nil {
			t.Fatalf("%q: String() = %q does not parse: %v", s, q.String(), err)
		}
	})
}
