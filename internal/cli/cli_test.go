package cli

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

func TestLimitFlag(t *testing.T) {
	var n int
	cmd := &cobra.Command{Use: "list", RunE: func(*cobra.Command, []string) error { return nil }}
	AddLimitFlag(cmd.Flags(), &n, 50, "articles")
	if n != 50 {
		t.Errorf("default %d, want 50", n)
	}
	for _, arg := range []string{"-1", "ten", ""} {
		if err := cmd.Flags().Set("limit", arg); err == nil {
			t.Errorf("--limit %q taken", arg)
		}
	}
	if err := cmd.Flags().Set("limit", "0"); err != nil || n != 0 {
		t.Errorf("--limit 0: %d, %v", n, err)
	}
}

func TestSubcommandsOnly(t *testing.T) {
	root := &cobra.Command{Use: "soundbite"}
	feed := SubcommandsOnly(&cobra.Command{Use: "feed"})
	feed.AddCommand(&cobra.Command{Use: "remove", Run: func(*cobra.Command, []string) {}})
	root.AddCommand(feed)
	root.SetOut(io.Discard)
	root.SetArgs([]string{"feed", "remvoe"})
	err := root.Execute()
	if err == nil || !strings.Contains(err.Error(), `unknown command "remvoe" for "soundbite feed"; did you mean remove?`) {
		t.Errorf("a mistyped subcommand: %v", err)
	}
	root.SetArgs([]string{"feed"})
	if err := root.Execute(); err != nil {
		t.Errorf("no subcommand: %v, want the help", err)
	}
}

func TestQueryFlagErrors(t *testing.T) {
	cmd := &cobra.Command{Use: "search"}
	if err := QueryFlagErrors(cmd, errors.New("unknown shorthand flag: 'w' in -word")); !strings.Contains(err.Error(), "put -- before them") {
		t.Errorf("unknown flag: %v", err)
	}
	other := errors.New(`invalid argument "x" for "--limit"`)
	if err := QueryFlagErrors(cmd, other); err != other {
		t.Errorf("another flag error changed: %v", err)
	}
}
