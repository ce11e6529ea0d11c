package mfsync

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"
)

// Environment variables that hand an account its secret without a prompt.
const (
	EnvToken    = "SOUNDBITE_MINIFLUX_TOKEN"
	EnvPassword = "SOUNDBITE_MINIFLUX_PASSWORD"
)

// ReadSecret reads an account's API token, or the password when user is
// set: from the environment, else a prompt on prompt that does not echo
// when stdin is a terminal, else stdin's first line.
func ReadSecret(stdin io.Reader, prompt io.Writer, user string) (string, error) {
	what, env := "API token", EnvToken
	if user != "" {
		what, env = "password for "+user, EnvPassword
	}
	if v := os.Getenv(env); v != "" {
		return strings.TrimSpace(v), nil
	}
	var secret string
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(f.Fd()) {
		fmt.Fprintf(prompt, "%s: ", what)
		b, err := term.ReadPassword(f.Fd())
		fmt.Fprintln(prompt)
		if err != nil {
			return "", fmt.Errorf("reading the %s: %w", what, err)
		}
		secret = string(b)
	} else {
		line, err := bufio.NewReader(io.LimitReader(stdin, 4096)).ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return "", fmt.Errorf("reading the %s from stdin: %w", what, err)
		}
		secret = line
	}
	if secret = strings.TrimSpace(secret); secret == "" {
		return "", fmt.Errorf("no %s given (set $%s, or type it at the prompt)", what, env)
	}
	return secret, nil
}
