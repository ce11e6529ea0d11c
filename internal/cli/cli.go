// Package cli holds the conventions every soundbite command follows on
// top of cobra: a --limit that refuses negative counts, unknown
// subcommands refused with suggestions instead of a help page and exit
// status 0, and a hint when a word of free text was read as a flag.
package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// limitFlag is a --limit: a count of 0 or more, 0 meaning all. A negative
// one is refused when the flag is parsed, rather than read as "no limit".
type limitFlag struct{ n *int }

func (l limitFlag) String() string { return strconv.Itoa(*l.n) }

func (l limitFlag) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return errors.New("want a count of 0 (for all) or more")
	}
	*l.n = n
	return nil
}

func (l limitFlag) Type() string { return "int" }

// AddLimitFlag adds --limit to fs, defaulting to def; what is a noun such
// as "articles".
func AddLimitFlag(fs *pflag.FlagSet, n *int, def int, what string) {
	*n = def
	fs.Var(limitFlag{n}, "limit", "at most this many "+what+" (0 for all)")
}

// NoSuchCommand is the error for an unknown subcommand of cmd, with
// cobra's "did you mean" suggestions.
func NoSuchCommand(cmd *cobra.Command, name string) error {
	msg := fmt.Sprintf("unknown command %q for %q", name, cmd.CommandPath())
	if cmd.SuggestionsMinimumDistance <= 0 {
		cmd.SuggestionsMinimumDistance = 2 // cobra's own default, set only in its Find
	}
	if s := cmd.SuggestionsFor(name); len(s) > 0 {
		msg += "; did you mean " + strings.Join(s, " or ") + "?"
	}
	return fmt.Errorf("%s (see %s --help)", msg, cmd.CommandPath())
}

// SubcommandsOnly makes cmd, which only groups subcommands, refuse an
// unknown one with suggestions (cobra would print the help and exit 0),
// and show its help when given none.
func SubcommandsOnly(cmd *cobra.Command) *cobra.Command {
	cmd.Args = cobra.ArbitraryArgs
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 {
			return NoSuchCommand(cmd, args[0])
		}
		return cmd.Help()
	}
	return cmd
}

// QueryFlagErrors explains, for a command that takes free text, that a
// word starting with - is read as a flag unless -- comes before it.
func QueryFlagErrors(cmd *cobra.Command, err error) error {
	if !strings.HasPrefix(err.Error(), "unknown") { // unknown flag, unknown shorthand flag
		return err
	}
	return fmt.Errorf("%w (words that start with - are read as flags: put -- before them, as in %s -- -word)", err, cmd.CommandPath())
}
