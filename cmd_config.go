package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"soundbite/config"
	"soundbite/ui"
)

func (a *app) configCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Print where the settings file is and every setting at its default",
		Long: `Print the settings file's path, then a settings file with every setting at
its default, commented out; a settings file that cannot be used is named on
stderr with what is wrong. To start one:

  soundbite config > "$(soundbite config --path)"   # or copy the lines you want`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path, err := config.Path()
			if err != nil {
				return err
			}
			if only, _ := cmd.Flags().GetBool("path"); only {
				fmt.Fprintln(a.Stdout, path)
				return nil
			}
			// The reader's status bar has one line for a broken file;
			// here the whole message goes to stderr.
			keys := ui.DefaultKeyMap()
			if _, err := config.Load(path, keys.ActionNames()); err != nil {
				a.Warnf("the settings file is not used: %v", err)
			}
			fmt.Fprintf(a.Stdout, "# %s\n", path)
			return config.Template(a.Stdout, ui.DefaultBindings())
		},
	}
	cmd.Flags().Bool("path", false, "print only the settings file's path")
	return cmd
}
