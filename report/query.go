package report

import (
	"errors"
	"fmt"
	"strings"

	"soundbite/search"
)

// QueryError words a query the parser refused: the message, then the
// query with a caret under the fault.
type QueryError struct{ err *search.SyntaxError }

func (e QueryError) Error() string {
	lines := strings.Split(e.err.Pointer(), "\n")
	return fmt.Sprintf("bad query: %s\n  %s\n  %s", e.err.Error(), lines[0], lines[1])
}

func (e QueryError) Unwrap() error { return e.err }

// ParseQuery reads a query in the search language typed on the command
// line, with its errors worded for people: a syntax error points at its
// column, and an empty query is refused.
func ParseQuery(text string) (search.Query, error) {
	q, err := search.Parse(text)
	var se *search.SyntaxError
	switch {
	case errors.As(err, &se):
		return q, QueryError{se}
	case err != nil:
		return q, err
	case q.IsZero():
		return q, errors.New("empty query: give words or operators (see soundbite search --help)")
	}
	return q, nil
}
