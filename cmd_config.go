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
its default, commented out. To start one:

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
			fmt.Fprintf(a.Stdout, "# %s\n", path)
			return config.Template(a.Stdout, ui.DefaultBindings())
		},
	}
	cmd.Flags().Bool("path", false, "print only the settings file's path")
	return cmd
}
