package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/eval"
	"github.com/newsgraph/newsgraph/extract"
)

// evalCorpora are the corpus kinds that other files add to `newsgraph
// eval`, each printing its own report: `newsgraph eval KIND ARGS...`.
var evalCorpora = map[string]func(ctx context.Context, m *Main, args []string, asJSON bool) error{}

// runEval implements `newsgraph eval [flags] [polnear DIR | gold DIR]...`.
// With no corpus named it scores every dev corpus found under --data.
func runEval(ctx context.Context, m *Main, args []string) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	data := fs.String("data", defaultData(), "`dir` holding the shared dev corpora (polnear/, seed/)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	parse := fs.Bool("parse", true, "use the dependency parser to find statements (--parse=false: patterns alone)")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "usage: newsgraph eval [flags] [polnear DIR | gold DIR]...\n\nScores extraction against annotated corpora: PolNeAR (brat) and newsgraph gold files.\nWith no corpus named, scores the PolNeAR dev split, the seed article and our examples.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if rest := fs.Args(); len(rest) > 0 {
		if run, ok := evalCorpora[rest[0]]; ok {
			return run(ctx, m, rest[1:], *asJSON)
		}
	}
	type corpus struct{ kind, dir string }
	var corpora []corpus
	rest := fs.Args()
	for len(rest) > 0 {
		if len(rest) < 2 || (rest[0] != "polnear" && rest[0] != "gold") {
			fs.Usage()
			return fmt.Errorf("eval: expected 'polnear DIR' or 'gold DIR', got %q", rest)
		}
		corpora = append(corpora, corpus{rest[0], rest[1]})
		rest = rest[2:]
	}
	if len(corpora) == 0 {
		for _, c := range []corpus{{"polnear", filepath.Join(*data, "polnear")}, {"gold", filepath.Join(*data, "seed")}, {"gold", "examples"}} {
			if _, err := os.Stat(c.dir); err != nil {
				fmt.Fprintf(m.Stderr, "eval: skipping %s: %v\n", c.dir, err)
				continue
			}
			corpora = append(corpora, c)
		}
		if len(corpora) == 0 {
			return fmt.Errorf("eval: no corpus found under %s (set --data)", *data)
		}
	}
	extractor := func(in eval.Input) (*newsgraph.Record, error) {
		return extract.Article(extract.Input{ID: in.ID, Published: in.Published, Text: []byte(in.Text), Patterns: !*parse})
	}
	report := &eval.Report{}
	for _, c := range corpora {
		if err := ctx.Err(); err != nil {
			return err
		}
		switch c.kind {
		case "polnear":
			r, err := eval.PolNeAR(c.dir, extractor)
			if err != nil {
				return err
			}
			report.PolNeAR = append(report.PolNeAR, r)
		case "gold":
			r, err := eval.Gold(c.dir, extractor)
			if err != nil {
				return err
			}
			report.Gold = append(report.Gold, r)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(report)
	}
	return report.WriteTable(m.Stdout)
}

// defaultData is where the shared corpora sit beside a checkout:
// $NEWSGRAPH_DATA, else ../shared/data.
func defaultData() string {
	if d := os.Getenv("NEWSGRAPH_DATA"); d != "" {
		return d
	}
	return filepath.Join("..", "shared", "data")
}
