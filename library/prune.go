package library

import (
	"fmt"
	"time"

	"soundbite/model"
)

// Retention says which articles Prune removes: those older than MaxAge,
// and those past the newest PerFeed of their feed. Zero keeps everything
// by that rule. Bookmarked articles are always kept, and do not count
// toward PerFeed.
type Retention struct {
	MaxAge  time.Duration
	PerFeed int
}

// IsZero says the retention keeps everything.
func (r Retention) IsZero() bool { return r.MaxAge <= 0 && r.PerFeed <= 0 }

// Pruned is what Prune removed, or would remove on a dry run.
type Pruned struct {
	Articles int // removed (or to be removed)
	Kept     int // left in the store
}

// Prune removes the articles r does not keep, in batches of MarkBatch,
// one transaction each; with dryRun it only counts them. An article's age
// is that of its date: published, else imported.
func Prune(b Backend, r Retention, now time.Time, dryRun bool) (Pruned, error) {
	var doomed []model.ID
	perFeed := make(map[string]int)
	kept := 0
	for offset := 0; ; offset += MarkBatch {
		rows, err := b.List(model.Filter{}, offset, MarkBatch)
		if err != nil {
			return Pruned{}, fmt.Errorf("listing articles: %w", err)
		}
		for _, s := range rows { // newest first, so a feed's newest count first
			if s.State.Bookmarked {
				kept++
				continue
			}
			old := r.MaxAge > 0 && !s.Date.IsZero() && now.Sub(s.Date) > r.MaxAge
			over := false
			if s.Feed != "" && r.PerFeed > 0 {
				perFeed[s.Feed]++
				over = perFeed[s.Feed] > r.PerFeed
			}
			if old || over {
				doomed = append(doomed, s.ID)
			} else {
				kept++
			}
		}
		if len(rows) < MarkBatch {
			break
		}
	}
	if dryRun {
		return Pruned{Articles: len(doomed), Kept: kept}, nil
	}
	done := Pruned{}
	for start := 0; start < len(doomed); start += MarkBatch {
		n, err := b.DeleteMany(doomed[start:min(start+MarkBatch, len(doomed))], true)
		done.Articles += n
		if err != nil {
			return done, fmt.Errorf("deleting articles: %w", err)
		}
	}
	done.Kept = kept + len(doomed) - done.Articles
	return done, nil
}

// RetentionDays is the retention that keeps maxAgeDays days (0 for no
// limit by age) and perFeed articles a feed (0 for no limit), as the
// settings file and prune's flags give them.
func RetentionDays(maxAgeDays, perFeed int) Retention {
	return Retention{MaxAge: time.Duration(maxAgeDays) * 24 * time.Hour, PerFeed: perFeed}
}
