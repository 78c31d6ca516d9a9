// Command newsgraph turns news articles into records of who said what, to
// whom, when and where. Each subcommand lives in a file of its own; this
// file only dispatches.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"

	newsgraph "github.com/newsgraph/newsgraph"
)

// command is one subcommand.
type command struct {
	summary string
	run     func(ctx context.Context, m *Main, args []string) error
}

// commands is the table of subcommands.
var commands = map[string]command{
	"extract": {"print the record of articles as JSON", runExtract},
	"eval":    {"score extraction against annotated corpora", runEval},
	"version": {"print the version", runVersion},
}

// Main is the program, with its standard streams, so tests can run it in
// process.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	if err := m.Run(ctx, os.Args[1:]); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "newsgraph:", message(err))
		}
		os.Exit(exitCode(err))
	}
}

// Run runs the subcommand named by args[0].
func (m *Main) Run(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		m.usage()
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	c, ok := commands[args[0]]
	if !ok {
		m.usage()
		return fmt.Errorf("unknown command %q", args[0])
	}
	return c.run(ctx, m, args[1:])
}

var errUsage = errors.New("no command given")

func (m *Main) usage() {
	fmt.Fprintln(m.Stderr, "usage: newsgraph COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(m.Stderr, "  %-8s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(m.Stderr, "\nRun 'newsgraph COMMAND -h' for a command's flags.")
}

// message returns the one line to show a user for err.
func message(err error) string { return err.Error() }

func exitCode(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if errors.Is(err, errUsage) {
		return 2
	}
	return 1
}

func runVersion(_ context.Context, m *Main, _ []string) error {
	fmt.Fprintf(m.Stdout, "newsgraph %s (record schema %s)\n", newsgraph.Version, newsgraph.Schema)
	return nil
}
