package main

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The end-to-end sync tests run a real Miniflux (built from the tools
// module, kept out of soundbite's own go.mod) on a real PostgreSQL that
// they start themselves, both on 127.0.0.1 only.

// postgresBin finds the directory holding initdb and postgres: on PATH,
// else Debian's /usr/lib/postgresql/*/bin, newest first.
func postgresBin() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		dir := filepath.Dir(p)
		if _, err := os.Stat(filepath.Join(dir, "postgres")); err == nil {
			return dir, nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	for i := len(dirs) - 1; i >= 0; i-- {
		if _, err := os.Stat(filepath.Join(dirs[i], "initdb")); err == nil {
			return dirs[i], nil
		}
	}
	return "", errors.New("initdb and postgres are not installed (Debian: apt-get install postgresql)")
}

// freeAddr is a free TCP address on 127.0.0.1.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// postgres is a PostgreSQL cluster the test started.
type postgres struct {
	addr string
	cmd  *exec.Cmd
}

// url is the address of the cluster's postgres database.
func (p *postgres) url() string {
	return "postgres://postgres@" + p.addr + "/postgres?sslmode=disable"
}

// startPostgres initialises a cluster in a temporary folder and runs it
// on a private port, as an unprivileged user when the test runs as root
// (PostgreSQL refuses root). It skips the test when PostgreSQL cannot run.
func startPostgres(t *testing.T) *postgres {
	t.Helper()
	bin, err := postgresBin()
	if err != nil {
		t.Skipf("skipping the Miniflux sync test: %v", err)
	}
	var cred *syscall.Credential
	var uid, gid = -1, -1
	if os.Getuid() == 0 {
		u, err := user.Lookup("nobody")
		if err != nil {
			t.Skipf("skipping the Miniflux sync test: running as root and no user nobody to run PostgreSQL as: %v", err)
		}
		uid, _ = strconv.Atoi(u.Uid)
		gid, _ = strconv.Atoi(u.Gid)
		cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
	}
	// A folder under the system's temporary directory, which every user
	// can reach (t.TempDir's parent is root's alone).
	dir, err := os.MkdirTemp("", "sbpg")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	data := filepath.Join(dir, "data")
	if err := os.Mkdir(data, 0o700); err != nil {
		t.Fatal(err)
	}
	if cred != nil {
		for _, p := range []string{dir, data} {
			if err := os.Chown(p, uid, gid); err != nil {
				t.Skipf("skipping the Miniflux sync test: cannot give PostgreSQL its folder: %v", err)
			}
		}
	}
	pgCmd := func(name string, args ...string) *exec.Cmd {
		cmd := exec.Command(filepath.Join(bin, name), args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "LC_ALL=C", "HOME="+dir)
		if cred != nil {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
		}
		return cmd
	}
	if out, err := pgCmd("initdb", "--no-sync", "-A", "trust", "-U", "postgres", "-E", "UTF8", "-D", data).CombinedOutput(); err != nil {
		t.Skipf("skipping the Miniflux sync test: initdb failed: %v\n%s", err, out)
	}
	addr := freeAddr(t)
	_, port, _ := net.SplitHostPort(addr)
	cmd := pgCmd("postgres", "-D", data, "-p", port, "-c", "listen_addresses=127.0.0.1",
		"-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
	logf, err := os.Create(filepath.Join(t.TempDir(), "postgres.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Skipf("skipping the Miniflux sync test: starting postgres: %v", err)
	}
	p := &postgres{addr: addr, cmd: cmd}
	t.Cleanup(p.stop)
	waitTCP(t, addr, 20*time.Second, logf.Name())
	return p
}

// stop shuts the cluster down fast (SIGINT) and waits for it.
func (p *postgres) stop() {
	if p.cmd.ProcessState != nil {
		return
	}
	_ = p.cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { _ = p.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = p.cmd.Process.Kill()
		<-done
	}
}

// waitTCP waits until addr accepts connections.
func waitTCP(t *testing.T, addr string, timeout time.Duration, logPath string) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
			return
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(logPath)
			t.Fatalf("nothing listens on %s after %v: %v\n%s", addr, timeout, err, log)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// buildMiniflux builds the Miniflux server of the tools module (cached
// by Go's build cache after the first time).
func buildMiniflux(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "miniflux")
	start := time.Now()
	cmd := exec.Command("go", "build", "-o", bin, "miniflux.app/v2")
	cmd.Dir = filepath.Join("tools", "miniflux")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building Miniflux in tools/miniflux: %v\n%s", err, out)
	}
	t.Logf("built Miniflux in %v", time.Since(start).Round(time.Millisecond))
	return bin
}

// minifluxServer is a running Miniflux.
type minifluxServer struct {
	url      string
	addr     string
	cmd      *exec.Cmd
	log      string
	user, pw string
}

// startMiniflux runs Miniflux on addr against the database at dbURL,
// creating its tables and an admin, and allowing feeds on 127.0.0.1.
func startMiniflux(t *testing.T, bin, dbURL, addr string) *minifluxServer {
	t.Helper()
	m := &minifluxServer{url: "http://" + addr, addr: addr, user: "admin", pw: "harbour-master-42", log: filepath.Join(t.TempDir(), "miniflux.log")}
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(),
		"DATABASE_URL="+dbURL, "RUN_MIGRATIONS=1", "CREATE_ADMIN=1",
		"ADMIN_USERNAME="+m.user, "ADMIN_PASSWORD="+m.pw, "LISTEN_ADDR="+addr,
		"FETCHER_ALLOW_PRIVATE_NETWORKS=1", "POLLING_FREQUENCY=1440", "WORKER_POOL_SIZE=1",
		"LOG_LEVEL=info", "BASE_URL="+m.url,
	)
	logf, err := os.Create(m.log)
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting Miniflux: %v", err)
	}
	m.cmd = cmd
	t.Cleanup(m.stop)
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(m.url + "/healthcheck")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return m
			}
		}
		if time.Now().After(deadline) || cmd.ProcessState != nil {
			log, _ := os.ReadFile(m.log)
			t.Fatalf("Miniflux did not come up on %s: %v\n%s", addr, err, log)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func (m *minifluxServer) stop() {
	if m.cmd == nil || m.cmd.ProcessState != nil {
		return
	}
	_ = m.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = m.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = m.cmd.Process.Kill()
		<-done
	}
}

// runWith runs the binary on db with stdin and extra environment.
func runWith(t *testing.T, db, stdin string, env []string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"--db", db}, args...)...)
	cmd.Env = append(append(os.Environ(), "NO_COLOR=1"), env...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("running soundbite %v: %v", args, err)
	}
	return out.String(), errb.String(), code
}

// killSyncMidway starts soundbite sync and kills it with SIGKILL once it
// has reported a page of new entries stored. It reports whether the kill
// came before the sync ended on its own.
func killSyncMidway(t *testing.T, db string) bool {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, "--db", db, "sync")
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killed := false
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "sync: new entries ") {
			_ = cmd.Process.Kill()
			killed = true
			break
		}
	}
	_, _ = io.Copy(io.Discard, stderr) // to the end: the process is gone, or about to end
	err = cmd.Wait()
	if killed {
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
			t.Logf("the sync ended before the kill landed: %v", err)
			return false
		}
	}
	return killed
}
