package opener

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fakeBrowser writes a script that records its arguments one per line,
// the way a test proves the URL arrives as exactly one argument.
func fakeBrowser(t *testing.T) (script, out string) {
	t.Helper()
	dir := t.TempDir()
	out = filepath.Join(dir, "args")
	script = filepath.Join(dir, "browser")
	body := "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > " + out + ".tmp\nmv " + out + ".tmp " + out + "\n"
	if err := os.WriteFile(script, []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	return script, out
}

func waitFile(t *testing.T, path string) string {
	t.Helper()
	for range 200 {
		if b, err := os.ReadFile(path); err == nil {
			return string(b)
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("%s never written", path)
	return ""
}

func TestOpenPassesURLAsOneArgument(t *testing.T) {
	script, out := fakeBrowser(t)
	dir := t.TempDir()
	t.Chdir(dir)
	link := "https://news.example/a?q=$(touch${IFS}pwned)&b=`touch${IFS}pwned`;touch${IFS}pwned|x"
	o := Opener{Browser: script + " --new-tab"}
	if err := o.Open(link); err != nil {
		t.Fatalf("Open: %v", err)
	}
	got := waitFile(t, out)
	// The braces, backticks and the bar, which a URL may not hold,
	// arrive percent-encoded; the rest as it was.
	want := "https://news.example/a?q=$(touch$%7BIFS%7Dpwned)&b=%60touch$%7BIFS%7Dpwned%60;touch$%7BIFS%7Dpwned%7Cx"
	if got != "--new-tab\n"+want+"\n" {
		t.Fatalf("browser got %q", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "pwned")); err == nil {
		t.Fatal("a command in the URL ran")
	}
}

// A link with spaces, as sloppy feeds write them, opens percent-encoded:
// one argument, the page the browser would have asked for, and nothing run.
func TestSpacesAreEncoded(t *testing.T) {
	script, out := fakeBrowser(t)
	dir := t.TempDir()
	t.Chdir(dir)
	if err := (Opener{Browser: script}).Open(`https://a.example/story?id=$(touch pwned); touch pwned "x"`); err != nil {
		t.Fatalf("Open: %v", err)
	}
	if got, want := waitFile(t, out), "https://a.example/story?id=$(touch%20pwned);%20touch%20pwned%20%22x%22\n"; got != want {
		t.Fatalf("browser got %q, want %q", got, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "pwned")); err == nil {
		t.Fatal("a command in the URL ran")
	}
}

func TestPlaceholderAndEnvironment(t *testing.T) {
	script, out := fakeBrowser(t)
	o := Opener{Browser: script + " --url=%s --x", Getenv: func(string) string { return "" }}
	if err := o.Open("http://a.example/"); err != nil {
		t.Fatal(err)
	}
	if got := waitFile(t, out); got != "--url=http://a.example/\n--x\n" {
		t.Fatalf("got %q", got)
	}

	// $BROWSER: the first command of the list that exists.
	env := func(k string) string {
		if k == "BROWSER" {
			return "no-such-browser-here:" + script
		}
		return ""
	}
	cmd, err := Opener{Getenv: env}.Command("https://b.example/x")
	if err != nil {
		t.Fatal(err)
	}
	if cmd.Path != script || len(cmd.Args) != 2 || cmd.Args[1] != "https://b.example/x" {
		t.Fatalf("cmd = %v %q", cmd.Path, cmd.Args)
	}
}

func TestRefusesWhatIsNotAWebLink(t *testing.T) {
	for _, link := range []string{
		"", "file:///etc/passwd", "javascript:alert(1)", "/home/someone/article.txt",
		"https://a.example/\x1b]52;c;eA==\a", "https://a.example/\u00a0x",
		"https://a.example/\u202e", "http://", "mailto:a@b.example",
		"https://a.example/" + strings.Repeat("a", maxURL),
	} {
		if _, err := (Opener{Browser: "true"}).Command(link); !errors.Is(err, ErrNotWeb) {
			t.Errorf("%q: err = %v, want ErrNotWeb", link, err)
		}
	}
}
