package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/eval"
)

func init() {
	evalCorpora["timeml"] = runEvalTimeML
}

// runEvalTimeML implements `newsgraph eval [--json] timeml [-v] [DIR...]`:
// the TempEval-3 scores of the temporal tagger on TimeML and MEANTIME
// corpora, one report per directory. With no directory it scores
// tempeval3-tbaq and meantime-en under --data's default.
func runEvalTimeML(ctx context.Context, m *Main, args []string, asJSON bool) error {
	fs := flag.NewFlagSet("eval timeml", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	verbose := fs.Bool("v", false, "list every expression that is not fully right")
	jsonFlag := fs.Bool("json", false, "print the reports as JSON")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "usage: newsgraph eval [--json] timeml [-v] [DIR...]\n\nScores the temporal tagger against TimeML (.tml: TempEval-3 TimeBank and AQUAINT) and\nMEANTIME (CAT XML) documents found under each DIR: strict and relaxed extent, type and\nvalue as TempEval-3 defines them. With no DIR, scores tempeval3-tbaq and meantime-en\nunder the shared data directory.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	asJSON = asJSON || *jsonFlag
	dirs := fs.Args()
	if len(dirs) == 0 {
		for _, name := range []string{"tempeval3-tbaq", "meantime-en"} {
			dir := filepath.Join(defaultData(), name)
			if _, err := os.Stat(dir); err != nil {
				fmt.Fprintf(m.Stderr, "eval: skipping %s: %v\n", dir, err)
				continue
			}
			dirs = append(dirs, dir)
		}
		if len(dirs) == 0 {
			return fmt.Errorf("eval timeml: no corpus found under %s (name a DIR)", defaultData())
		}
	}
	var reports []*eval.TimeMLReport
	for _, dir := range dirs {
		if err := ctx.Err(); err != nil {
			return err
		}
		r, err := eval.TimeML(dir)
		if err != nil {
			return err
		}
		reports = append(reports, r)
	}
	if asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"timeml": reports})
	}
	for i, r := range reports {
		if i > 0 {
			fmt.Fprintln(m.Stdout)
		}
		if *verbose {
			if err := r.WriteMisses(m.Stdout); err != nil {
				return err
			}
		}
		if err := r.WriteTable(m.Stdout); err != nil {
			return err
		}
	}
	return nil
}
