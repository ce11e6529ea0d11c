package library

import (
	"encoding/json"
	"fmt"
	"regexp"

	"soundbite/model"
	"soundbite/search"
	"soundbite/store"
)

// Arguments and results of the ops, as they travel.
type (
	noArgs   struct{}
	listArgs struct {
		Filter        model.Filter
		Offset, Limit int
	}
	filterArgs struct{ Filter model.Filter }
	idArgs     struct{ ID model.ID }
	textArgs   struct{ Text string }
	limitArgs  struct {
		Filter model.Filter
		Key    string
		Limit  int
	}
	searchArgs struct {
		Query         search.Query
		Offset, Limit int
	}
	searchList struct {
		Rows  []model.Summary
		Total int
	}
	stateArgs struct {
		ID model.ID
		On bool
	}
	manyArgs struct {
		IDs []model.ID
		On  bool
	}
	feedIDsArgs struct {
		Feed  string
		IDs   []model.ID
		Links []string `json:",omitempty"` // removed: the items' web addresses
	}
	putArgs  struct{ Articles []model.Article }
	intArgs  struct{ N int }
	boolArgs struct{ On bool }
)

// handler runs one op on the owner's store.
type handler func(l *Local, args json.RawMessage) (any, error)

// op makes a handler of a function of the op's decoded arguments.
func op[A, R any](fn func(l *Local, a A) (R, error)) handler {
	return func(l *Local, raw json.RawMessage) (any, error) {
		var a A
		if len(raw) > 0 {
			if err := decodeStrict(raw, &a); err != nil {
				return nil, err
			}
		}
		return fn(l, a)
	}
}

// done wraps a write that returns only an error.
func done(err error) (struct{}, error) { return struct{}{}, err }

// ops is the protocol's table of operations (version 1).
var ops = map[string]handler{
	"list":           op(func(l *Local, a listArgs) ([]model.Summary, error) { return l.List(a.Filter, a.Offset, a.Limit) }),
	"count":          op(func(l *Local, a filterArgs) (int, error) { return l.Count(a.Filter) }),
	"counts":         op(func(l *Local, _ noArgs) (model.Counts, error) { return l.Counts() }),
	"get":            op(func(l *Local, a idArgs) (model.Article, error) { return l.Get(a.ID) }),
	"has":            op(func(l *Local, a idArgs) (bool, error) { return l.Has(a.ID) }),
	"resolve":        op(func(l *Local, a textArgs) (model.ID, error) { return l.Resolve(a.Text) }),
	"speakers":       op(func(l *Local, a limitArgs) ([]model.SpeakerCount, error) { return l.Speakers(a.Filter, a.Limit) }),
	"speaker":        op(func(l *Local, a textArgs) (model.SpeakerCount, error) { return l.Speaker(a.Text) }),
	"speakers_named": op(func(l *Local, a textArgs) ([]model.SpeakerCount, error) { return l.SpeakersNamed(a.Text) }),
	"speaker_quotes": op(func(l *Local, a limitArgs) ([]model.QuoteRef, error) { return l.SpeakerQuotes(a.Key, a.Limit) }),
	"search":         op(func(l *Local, a searchArgs) ([]store.SearchHit, error) { return l.Search(a.Query, a.Limit) }),
	"search_page": op(func(l *Local, a searchArgs) (store.SearchResults, error) {
		return l.SearchPage(a.Query, a.Offset, a.Limit)
	}),
	"search_list": op(func(l *Local, a searchArgs) (searchList, error) {
		rows, n, err := l.SearchList(a.Query, a.Offset, a.Limit)
		return searchList{Rows: rows, Total: n}, err
	}),
	"saved_searches":    op(func(l *Local, _ noArgs) ([]string, error) { return l.SavedSearches() }),
	"session":           op(func(l *Local, _ noArgs) (model.Session, error) { return l.Session() }),
	"feeds":             op(func(l *Local, _ noArgs) ([]model.Feed, error) { return l.Feeds() }),
	"feed":              op(func(l *Local, a textArgs) (model.Feed, error) { return l.Feed(a.Text) }),
	"removed":           op(func(l *Local, a feedIDsArgs) ([]bool, error) { return l.Removed(a.Feed, a.IDs, a.Links) }),
	"extractor_version": op(func(l *Local, _ noArgs) (int, error) { return l.ExtractorVersion() }),
	"changes":           op(func(l *Local, _ noArgs) (uint64, error) { return l.Changes() }),

	"put": op(func(l *Local, a putArgs) (store.PutResult, error) {
		if err := checkArticles(a.Articles); err != nil {
			return store.PutResult{}, err
		}
		return l.Put(a.Articles)
	}),
	"set_read": op(func(l *Local, a stateArgs) (struct{}, error) { return done(l.SetRead(a.ID, a.On)) }),
	"set_read_many": op(func(l *Local, a manyArgs) (int, error) {
		if len(a.IDs) > MarkBatch {
			return 0, fmt.Errorf("%w: %d articles in one batch, at most %d", ErrBadRequest, len(a.IDs), MarkBatch)
		}
		return l.SetReadMany(a.IDs, a.On)
	}),
	"delete_many": op(func(l *Local, a manyArgs) (int, error) {
		if len(a.IDs) > MarkBatch {
			return 0, fmt.Errorf("%w: %d articles in one batch, at most %d", ErrBadRequest, len(a.IDs), MarkBatch)
		}
		return l.DeleteMany(a.IDs, a.On)
	}),
	"set_bookmarked":        op(func(l *Local, a stateArgs) (struct{}, error) { return done(l.SetBookmarked(a.ID, a.On)) }),
	"save_session":          op(func(l *Local, a model.Session) (struct{}, error) { return done(l.SaveSession(a)) }),
	"save_search":           op(func(l *Local, a textArgs) (struct{}, error) { return done(l.SaveSearch(a.Text)) }),
	"forget_search":         op(func(l *Local, a textArgs) (struct{}, error) { return done(l.ForgetSearch(a.Text)) }),
	"feed_add":              op(func(l *Local, a model.Feed) (struct{}, error) { return done(l.AddFeed(a)) }),
	"feed_update":           op(func(l *Local, a model.Feed) (struct{}, error) { return done(l.UpdateFeed(a)) }),
	"feed_remove":           op(func(l *Local, a textArgs) (struct{}, error) { return done(l.RemoveFeed(a.Text)) }),
	"listed":                op(func(l *Local, a feedIDsArgs) ([]bool, error) { return l.Listed(a.Feed, a.IDs) }),
	"set_extractor_version": op(func(l *Local, a intArgs) (struct{}, error) { return done(l.SetExtractorVersion(a.N)) }),
	"outdated":              op(func(l *Local, a boolArgs) ([]model.ID, error) { return l.Outdated(a.On) }),
	"prepare":               op(func(l *Local, _ noArgs) (struct{}, error) { return done(l.Prepare()) }),
	"rebuild_indexes":       op(func(l *Local, _ noArgs) (struct{}, error) { return done(l.RebuildIndexes()) }),
}

// validID is what model.NewID makes.
var validID = regexp.MustCompile(`^[0-9a-f]{16}$`)

// maxPut bounds the articles of one put, as the batcher does.
const maxPut = 10 * DefaultBatch

// checkArticles refuses articles no soundbite would send: the store keys
// them by ID, so an ID of another shape would be a record nothing finds.
func checkArticles(arts []model.Article) error {
	if len(arts) > maxPut {
		return fmt.Errorf("%w: %d articles in one put, at most %d", ErrBadRequest, len(arts), maxPut)
	}
	for i, a := range arts {
		if !validID.MatchString(string(a.ID)) {
			return fmt.Errorf("%w: article %d has the malformed ID %q", ErrBadRequest, i, model.SanitizeLine(string(a.ID)))
		}
	}
	return nil
}
