package search

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"soundbite/model"
)

// Op is what a query clause matches.
type Op int

const (
	OpText     Op = iota // free words and "phrases", in the title or body
	OpSaid               // said: words inside quotes
	OpSpeaker            // speaker: the article quotes this speaker
	OpCategory           // category:
	OpFeed               // feed: the article came from this feed
	OpIs                 // is:unread, is:read, is:bookmarked
	OpAfter              // after: published on or after this day
	OpBefore             // before: published before this day
)

// ops lists the operators, in the order help and errors name them.
func ops() []Op { return []Op{OpSpeaker, OpSaid, OpCategory, OpFeed, OpIs, OpAfter, OpBefore} }

// name is the operator as typed, without its colon.
func (o Op) name() string {
	switch o {
	case OpSaid:
		return "said"
	case OpSpeaker:
		return "speaker"
	case OpCategory:
		return "category"
	case OpFeed:
		return "feed"
	case OpIs:
		return "is"
	case OpAfter:
		return "after"
	case OpBefore:
		return "before"
	}
	return ""
}

// wants says what the operator's value is, for errors.
func (o Op) wants() string {
	switch o {
	case OpSaid:
		return "words or a \"phrase\""
	case OpSpeaker:
		return "a name"
	case OpCategory:
		return "a category"
	case OpFeed:
		return "a feed's name or URL"
	case OpIs:
		return "unread, read or bookmarked"
	case OpAfter, OpBefore:
		return "a date as YYYY-MM-DD"
	}
	return "words"
}

// String is the operator as typed, with its colon; empty for OpText.
func (o Op) String() string {
	if n := o.name(); n != "" {
		return n + ":"
	}
	return ""
}

func lookupOp(name string) (Op, bool) {
	for _, op := range ops() {
		if op.name() == name {
			return op, true
		}
	}
	return 0, false
}

// Is values.
const (
	IsUnread     = "unread"
	IsRead       = "read"
	IsBookmarked = "bookmarked"
)

// MaxClauses bounds a query, and so the work one can ask for.
const MaxClauses = 32

// maxQueryRunes bounds the text of a query.
const maxQueryRunes = 1000

// Query is a parsed query: every clause must match.
type Query struct {
	Clauses []Clause
}

// Clause is one term of a query.
type Clause struct {
	Op     Op
	Not    bool   // excluded: -word, -"phrase", -speaker:x
	Value  string // as typed, without quotes; folded for OpCategory and OpIs
	Quoted bool   // the value was a "phrase"
	// Terms are the indexed words of OpText and OpSaid values, with
	// their positions relative to the first, so a phrase is matched with
	// the gaps its stopwords leave. More than one term makes a phrase,
	// quoted or not ("cease-fire" is two words in a row).
	Terms []Term
	// Day is the start of the day OpAfter and OpBefore name.
	Day time.Time
	Col int // 1-based column of the clause in the query, in characters
}

// Term is one indexed word of a clause.
type Term struct {
	Term   string
	Offset int
}

// IsPhrase reports whether the clause matches words in a row.
func (c Clause) IsPhrase() bool { return len(c.Terms) > 1 }

// SyntaxError is a query that cannot be parsed: Msg says what is wrong
// and Col where, counting characters from 1.
type SyntaxError struct {
	Query string
	Col   int
	Msg   string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%s at column %d", e.Msg, e.Col) }

// Pointer returns the query and a caret under the faulty column, on two
// lines, for a terminal.
func (e *SyntaxError) Pointer() string {
	q := model.SanitizeLine(e.Query)
	col := min(max(e.Col, 1), len([]rune(q))+1)
	return q + "\n" + strings.Repeat(" ", col-1) + "^"
}

// Parse parses a query, reading dates as days in the local time zone.
func Parse(s string) (Query, error) { return ParseIn(s, time.Local) }

// ParseIn parses a query, reading dates as days in loc.
//
// The language: words and "phrases" match the title and body; -word and
// -"phrase" exclude. Operators: speaker:NAME (any of the speaker's
// names), said:WORDS (inside quotes: by the speaker: when one is given,
// else by anyone), category:NAME, feed:NAME-OR-URL, is:unread, is:read,
// is:bookmarked, after:YYYY-MM-DD (that day or later), before:YYYY-MM-DD
// (earlier days only). Values with spaces go in quotes. Every clause
// must match; any but after: and before: can be negated with -.
func ParseIn(s string, loc *time.Location) (Query, error) {
	p := parser{src: s, r: []rune(s), loc: loc}
	if len(p.r) > maxQueryRunes {
		return Query{}, p.errorf(maxQueryRunes+1, "query is longer than %d characters", maxQueryRunes)
	}
	q, err := p.parse()
	if err != nil {
		return Query{}, err
	}
	return q, nil
}

type parser struct {
	src string
	r   []rune
	i   int
	loc *time.Location
	an  Analyzer
}

func (p *parser) errorf(col int, format string, args ...any) *SyntaxError {
	return &SyntaxError{Query: p.src, Col: col, Msg: fmt.Sprintf(format, args...)}
}

func isQuote(r rune) bool { return r == '"' || r == '“' || r == '”' || r == '„' }

func (p *parser) parse() (Query, error) {
	var (
		q       Query
		dropped *Clause // first clause left out for having only stopwords
		after   *Clause
		before  *Clause
		parsed  int
	)
	for {
		for p.i < len(p.r) && unicode.IsSpace(p.r[p.i]) {
			p.i++
		}
		if p.i >= len(p.r) {
			break
		}
		c, err := p.clause()
		if err != nil {
			return Query{}, err
		}
		if parsed++; parsed > MaxClauses {
			return Query{}, p.errorf(c.Col, "too many terms: at most %d", MaxClauses)
		}
		switch {
		case (c.Op == OpText || c.Op == OpSaid) && len(c.Terms) == 0:
			if dropped == nil {
				dropped = &c
			}
			continue
		case c.Op == OpAfter:
			if after == nil || c.Day.After(after.Day) {
				after = &c
			}
		case c.Op == OpBefore:
			if before == nil || c.Day.Before(before.Day) {
				before = &c
			}
		}
		q.Clauses = append(q.Clauses, c)
	}
	if after != nil && before != nil && !after.Day.Before(before.Day) {
		later := after
		if before.Col > after.Col {
			later = before
		}
		return Query{}, p.errorf(later.Col, "after:%s leaves no day before before:%s",
			after.Day.Format(time.DateOnly), before.Day.Format(time.DateOnly))
	}
	if len(q.Clauses) == 0 && dropped != nil {
		return Query{}, p.errorf(dropped.Col, "%q is too common a word to search for", dropped.Value)
	}
	return q, nil
}

// clause parses one clause at p.i, which is not a space.
func (p *parser) clause() (Clause, error) {
	c := Clause{Col: p.i + 1}
	if p.r[p.i] == '-' {
		c.Not = true
		p.i++
		if p.i >= len(p.r) || unicode.IsSpace(p.r[p.i]) || p.r[p.i] == '-' {
			return c, p.errorf(c.Col, "- needs a word, \"phrase\" or operator right after it")
		}
	}
	start := p.i
	j := p.i
	for j < len(p.r) && (p.r[j] >= 'a' && p.r[j] <= 'z' || p.r[j] >= 'A' && p.r[j] <= 'Z') {
		j++
	}
	if j > start && j < len(p.r) && p.r[j] == ':' {
		name := strings.ToLower(string(p.r[start:j]))
		op, ok := lookupOp(name)
		if !ok {
			return c, p.errorf(start+1, "unknown operator %s: (try %s)", name, opList())
		}
		c.Op = op
		if c.Not && (op == OpAfter || op == OpBefore) {
			other := OpBefore
			if op == OpBefore {
				other = OpAfter
			}
			return c, p.errorf(c.Col, "%s cannot be excluded; use %s", op, other)
		}
		p.i = j + 1
	}
	valCol := p.i + 1
	value, quoted, err := p.value()
	if err != nil {
		return c, err
	}
	c.Value, c.Quoted = model.SanitizeLine(value), quoted
	if c.Value == "" {
		if c.Op == OpText {
			return c, p.errorf(valCol, "empty phrase")
		}
		return c, p.errorf(valCol, "%s needs %s", c.Op, c.Op.wants())
	}
	return c, p.check(&c, valCol)
}

// value reads a bare word or a quoted phrase at p.i.
func (p *parser) value() (string, bool, error) {
	if p.i >= len(p.r) || unicode.IsSpace(p.r[p.i]) {
		return "", false, nil
	}
	if isQuote(p.r[p.i]) {
		open := p.i
		end := open + 1
		for end < len(p.r) && !isQuote(p.r[end]) {
			end++
		}
		if end >= len(p.r) {
			return "", false, p.errorf(open+1, "unclosed \"")
		}
		p.i = end + 1
		if p.i < len(p.r) && !unicode.IsSpace(p.r[p.i]) {
			return "", false, p.errorf(p.i+1, "put a space after the closing \"")
		}
		return string(p.r[open+1 : end]), true, nil
	}
	start := p.i
	for p.i < len(p.r) && !unicode.IsSpace(p.r[p.i]) {
		if isQuote(p.r[p.i]) {
			return "", false, p.errorf(p.i+1, "unexpected \" inside a word; put a space before a \"phrase\"")
		}
		p.i++
	}
	return string(p.r[start:p.i]), false, nil
}

// check validates and analyses a clause's value.
func (p *parser) check(c *Clause, valCol int) error {
	switch c.Op {
	case OpText, OpSaid:
		first := -1
		p.an.Tokens(c.Value, 0, func(t Token) {
			if t.Stop {
				return
			}
			if first < 0 {
				first = t.Pos
			}
			c.Terms = append(c.Terms, Term{Term: t.Term, Offset: t.Pos - first})
		})
	case OpCategory:
		c.Value = Fold(c.Value)
	case OpIs:
		v := strings.ToLower(c.Value)
		if v != IsUnread && v != IsRead && v != IsBookmarked {
			return p.errorf(valCol, "is: wants unread, read or bookmarked, not %q", c.Value)
		}
		c.Value = v
	case OpAfter, OpBefore:
		d, err := time.ParseInLocation(time.DateOnly, c.Value, p.loc)
		if err != nil {
			return p.errorf(valCol, "%s wants a date as YYYY-MM-DD, not %q", c.Op, c.Value)
		}
		c.Day = d
	}
	return nil
}

// IsZero reports whether q has no clauses, and so matches every article.
func (q Query) IsZero() bool { return len(q.Clauses) == 0 }

// String is q in the query language, in a canonical form: parsing it
// gives q back.
func (q Query) String() string {
	var b strings.Builder
	for i, c := range q.Clauses {
		if i > 0 {
			b.WriteByte(' ')
		}
		if c.Not {
			b.WriteByte('-')
		}
		b.WriteString(c.Op.String())
		v := c.Value
		if c.Op == OpAfter || c.Op == OpBefore {
			v = c.Day.Format(time.DateOnly)
		}
		if c.Quoted || needsQuotes(c.Op, v) {
			// Quotes inside a value cannot be escaped; they become
			// spaces, which analysis ignores anyway.
			v = `"` + strings.Map(func(r rune) rune {
				if isQuote(r) {
					return ' '
				}
				return r
			}, v) + `"`
		}
		b.WriteString(v)
	}
	return b.String()
}

// needsQuotes reports whether v would not parse back bare: it has spaces
// or quotes, or as free text would read as an operator or an exclusion.
func needsQuotes(op Op, v string) bool {
	if strings.ContainsFunc(v, func(r rune) bool { return unicode.IsSpace(r) || isQuote(r) }) {
		return true
	}
	if op != OpText {
		return false
	}
	letters := strings.IndexFunc(v, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') })
	return strings.HasPrefix(v, "-") || letters > 0 && v[letters] == ':'
}

// Words returns the terms of the clauses that must match words (free
// words and said:), for highlighting.
func (q Query) Words() []string {
	var terms []string
	for _, c := range q.Clauses {
		if c.Not || c.Op != OpText && c.Op != OpSaid {
			continue
		}
		for _, t := range c.Terms {
			terms = append(terms, t.Term)
		}
	}
	return terms
}

// Filtered returns q narrowed by a list filter: its speakers, feed,
// unread and bookmarked settings become clauses. The title substring has
// no clause; a search replaces it.
func (q Query) Filtered(f model.Filter) Query {
	out := Query{Clauses: slices.Clone(q.Clauses)}
	for _, k := range f.Speakers {
		out.Clauses = append(out.Clauses, Clause{Op: OpSpeaker, Value: k})
	}
	if f.Feed != "" {
		out.Clauses = append(out.Clauses, Clause{Op: OpFeed, Value: f.Feed})
	}
	if f.Folder != "" {
		// feed: takes a folder's name too.
		out.Clauses = append(out.Clauses, Clause{Op: OpFeed, Value: f.Folder})
	}
	if f.Unread {
		out.Clauses = append(out.Clauses, Clause{Op: OpIs, Value: IsUnread})
	}
	if f.Bookmarked {
		out.Clauses = append(out.Clauses, Clause{Op: OpIs, Value: IsBookmarked})
	}
	return out
}

// HasSaid reports whether q looks for words inside quotes.
func (q Query) HasSaid() bool {
	for _, c := range q.Clauses {
		if c.Op == OpSaid && !c.Not {
			return true
		}
	}
	return false
}

// opList names the operators for an error message.
func opList() string {
	var names []string
	for _, op := range ops() {
		names = append(names, op.String())
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
