package library

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"testing"
	"time"

	"soundbite/model"
)

// ownerEnv, set, makes the test binary a process that owns the store at
// its value and waits to be killed.
const ownerEnv = "SOUNDBITE_TEST_OWNER"

func TestMain(m *testing.M) {
	if path := os.Getenv(ownerEnv); path != "" {
		l, err := Open(path, Options{})
		if err != nil || !l.Owner() {
			fmt.Println("cannot own the store:", err)
			os.Exit(2)
		}
		fmt.Println("ready")
		select {}
	}
	os.Exit(m.Run())
}

// startOwner starts another process that owns the store at path.
func startOwner(t *testing.T, path string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run", "^$")
	cmd.Env = append(os.Environ(), ownerEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || line != "ready\n" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("the owner process did not start: %q, %v", line, err)
	}
	return cmd
}

// TestOwnerKilledDuringTraffic kills the process that owns the store
// with SIGKILL while this one writes through it, again and again: every
// call succeeds (the next one takes the store over), and every write
// that was answered is in the store afterwards. SOUNDBITE_KILLS sets the
// number of kills (50 for the long run); -short makes it 3.
func TestOwnerKilledDuringTraffic(t *testing.T) {
	kills := 8
	if testing.Short() {
		kills = 3
	}
	if n, err := strconv.Atoi(os.Getenv("SOUNDBITE_KILLS")); err == nil && n > 0 {
		kills = n
	}
	path := storePath(t)
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 13))
	var acked []model.ID // written and answered
	next := 0
	var worst time.Duration
	for round := range kills {
		owner := startOwner(t, path)
		lib := openLib(t, path)
		if lib.Owner() {
			t.Fatal("the test process owns the store while another process should")
		}
		var (
			mu   sync.Mutex
			wg   sync.WaitGroup
			stop = make(chan struct{})
			errs []error
		)
		for w := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					select {
					case <-stop:
						return
					default:
					}
					mu.Lock()
					n := next
					next++
					mu.Unlock()
					a := article(n*2 + w)
					start := time.Now()
					_, err := lib.Put([]model.Article{a})
					if err == nil {
						err = lib.SetRead(a.ID, true)
					}
					took := time.Since(start)
					mu.Lock()
					if err != nil {
						errs = append(errs, fmt.Errorf("round %d, article %d: %w", round, n, err))
					} else {
						acked = append(acked, a.ID)
					}
					worst = max(worst, took)
					mu.Unlock()
				}
			}()
		}
		time.Sleep(time.Duration(rng.IntN(40)) * time.Millisecond)
		owner.Process.Kill()
		owner.Wait()
		time.Sleep(50 * time.Millisecond)
		close(stop)
		wg.Wait()
		for _, err := range errs {
			t.Error(err)
		}
		if !lib.Owner() {
			t.Errorf("round %d: nobody took the store over", round)
		}
		if err := lib.Close(); err != nil {
			t.Fatal(err)
		}
	}
	lib := openLib(t, path)
	defer lib.Close()
	for _, id := range acked {
		a, err := lib.Get(id)
		if err != nil || !a.State.Read {
			t.Fatalf("article %s, written and answered: %+v, %v", id, a.State, err)
		}
	}
	t.Logf("%d kills, %d articles written and found again; slowest write across a kill: %v", kills, len(acked), worst)
}
