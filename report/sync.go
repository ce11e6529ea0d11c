package report

import (
	"encoding/json"
	"fmt"
	"time"

	"soundbite/mfsync"
	"soundbite/model"
)

// What sync prints: its progress on stderr, its summary, and the status
// of the account.

// SyncProgress is a sync's progress display for the server at url: one
// line on stderr per step.
func SyncProgress(o Output, url string) func(mfsync.Progress) {
	return func(p mfsync.Progress) {
		if p.Stage == "feeds" {
			fmt.Fprintf(o.Stderr, "sync: %d feeds on %s\n", p.Total, model.SanitizeLine(url))
			return
		}
		fmt.Fprintf(o.Stderr, "sync: %s %d/%d\n", p.Stage, p.Done, p.Total)
	}
}

// WriteSynced writes a finished sync's summary: one JSON object, or a
// line for people.
func WriteSynced(o Output, r mfsync.Report, asJSON bool) error {
	if asJSON {
		return json.NewEncoder(o.Stdout).Encode(syncJSON(r))
	}
	fmt.Fprintf(o.Stdout, "synced: %d new articles, %d changes received, %d sent; feeds: %d added, %d removed, %d sent, %d unsubscribed on the server\n",
		r.Entries, r.Received, r.Sent, r.FeedsAdded, r.FeedsRemoved, r.FeedsSent, r.FeedsDropped)
	return nil
}

func syncJSON(r mfsync.Report) map[string]any {
	failures := make([]string, len(r.Failures))
	for i, f := range r.Failures {
		failures[i] = model.SanitizeLine(f)
	}
	return map[string]any{
		"new": r.Entries, "received": r.Received, "sent": r.Sent,
		"feeds_added": r.FeedsAdded, "feeds_removed": r.FeedsRemoved,
		"feeds_sent": r.FeedsSent, "feeds_unsubscribed": r.FeedsDropped,
		"failures": failures,
	}
}

// WriteSyncStatus writes the account and what the last sync left: one
// JSON object, or lines for people.
func WriteSyncStatus(o Output, acct mfsync.Account, state *mfsync.State, asJSON bool) error {
	if asJSON {
		out := map[string]any{
			"server": acct.URL, "user": state.Username, "token": acct.Token != "",
			"feeds": len(state.Feeds), "entries": len(state.Entries), "last_sync": nil,
		}
		if !state.LastSync.IsZero() {
			out["last_sync"] = state.LastSync
		}
		return json.NewEncoder(o.Stdout).Encode(out)
	}
	last := "never"
	if !state.LastSync.IsZero() {
		last = state.LastSync.Local().Format(time.DateTime)
	}
	fmt.Fprintf(o.Stdout, "server:    %s\nuser:      %s\nlast sync: %s\nsynced:    %d feeds, %d entries\n",
		model.SanitizeLine(acct.URL), model.SanitizeLine(state.Username), last, len(state.Feeds), len(state.Entries))
	return nil
}
