// Package opener opens a link in the user's browser.
//
// The browser is started directly, with the URL as one argument of its
// own, never through a shell: an article's URL is text from the network,
// and no character in it may be read as a command. Only http and https
// URLs are opened, and only ones with no control or format characters;
// spaces and the other characters a URL may not hold are percent-encoded
// first (Escape), as a browser would, so the link is one word even to a
// $BROWSER script that forgets its quotes.
package opener

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"unicode"
)

// ErrNotWeb says the link is not a web address the browser should get.
var ErrNotWeb = errors.New("not a web link")

// maxURL bounds the link handed to a browser; longer ones are abuse.
const maxURL = 8 << 10

// Opener starts a browser on a link.
type Opener struct {
	// Browser is the settings file's command: a program and arguments
	// split on spaces, the URL added as the last argument or put where
	// "%s" stands. Empty: $BROWSER, else the platform's opener.
	Browser string
	// Getenv reads the environment; nil means os.Getenv.
	Getenv func(string) string
}

// Check reports whether link can be opened: an http or https URL with a
// host and nothing that could be read as more than one argument.
func Check(link string) error {
	if len(link) > maxURL {
		return fmt.Errorf("%w: %d bytes long", ErrNotWeb, len(link))
	}
	if strings.ContainsFunc(link, func(r rune) bool { return unicode.IsControl(r) || unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) }) {
		return fmt.Errorf("%w: it holds spaces, control or format characters", ErrNotWeb)
	}
	u, err := url.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ErrNotWeb
	}
	return nil
}

// Escape percent-encodes the ASCII characters RFC 3986 does not allow in
// a URL (space, '"', '<', '>', backslash, '^', '`', '{', '|', '}'), which sloppy
// feeds leave in their links; browsers encode them the same way, so the
// link still leads to the same page. Everything else is left as it is.
func Escape(link string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(link); i++ {
		c := link[i]
		if strings.IndexByte(" \"<>\\^`{|}", c) < 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// Command returns the command that opens link (escaped first), not yet
// started.
func (o Opener) Command(link string) (*exec.Cmd, error) {
	link = Escape(link)
	if err := Check(link); err != nil {
		return nil, err
	}
	argv, err := o.argv(link)
	if err != nil {
		return nil, err
	}
	return exec.Command(argv[0], argv[1:]...), nil
}

// Open starts the browser on link and returns once it has started; the
// browser is not waited for beyond reaping it.
func (o Opener) Open(link string) error {
	cmd, err := o.Command(link)
	if err != nil {
		return err
	}
	// Nothing of the browser's may write over the reader's screen.
	cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, nil, nil
	detach(cmd)
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting %s: %w", cmd.Path, err)
	}
	go cmd.Wait() //nolint:errcheck // reaped only; its exit is not ours to report
	return nil
}

// argv builds the browser's argument list for link.
func (o Opener) argv(link string) ([]string, error) {
	getenv := o.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	spec := strings.TrimSpace(o.Browser)
	if spec == "" {
		// $BROWSER may list several commands separated by colons, the
		// first that exists winning (the convention of sensible-browser
		// and Python's webbrowser).
		for _, c := range strings.Split(getenv("BROWSER"), ":") {
			if f := strings.Fields(c); len(f) > 0 {
				if _, err := exec.LookPath(f[0]); err == nil {
					spec = c
					break
				}
			}
		}
	}
	if spec == "" {
		spec = platformOpener()
	}
	fields := strings.Fields(spec)
	if len(fields) == 0 {
		return nil, errors.New("no browser: set browser in the settings file or $BROWSER")
	}
	placed := false
	for i, f := range fields {
		if strings.Contains(f, "%s") {
			fields[i] = strings.ReplaceAll(f, "%s", link)
			placed = true
		}
	}
	if !placed {
		fields = append(fields, link)
	}
	return fields, nil
}

func platformOpener() string {
	switch runtime.GOOS {
	case "darwin":
		return "open"
	case "windows":
		return "rundll32 url.dll,FileProtocolHandler"
	}
	return "xdg-open"
}
