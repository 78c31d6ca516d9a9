package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"runtime"

	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/postgres"
)

func init() {
	commands["worker"] = command{"ingest jobs queued in PostgreSQL (several hosts share the work)", runWorker}
}

// runWorker implements `newsgraph worker --db postgres://...`.
func runWorker(ctx context.Context, m *Main, args []string) error {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	db := fs.String("db", "", "the shared store: a postgres://... URL")
	jobs := fs.Int("jobs", runtime.GOMAXPROCS(0), "jobs worked at once")
	idle := fs.Bool("exit-when-idle", false, "exit once no job is left on any host")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, `usage: newsgraph worker --db postgres://... [flags]

Works the ingest jobs that 'newsgraph ingest --enqueue' queued in the
database (one per file or URL), with any number of workers on any number of
hosts. Files must be at the same path on every host.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *db == "" {
		fs.Usage()
		return fmt.Errorf("worker: --db postgres://... is required")
	}
	st, err := postgres.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	q, err := ingest.NewQueue(ctx, st.Pool, st, *jobs, ingest.NewFetcher())
	if err != nil {
		return err
	}
	sum, err := q.Work(ctx, *idle)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(sum)
	}
	printSummary(m.Stdout, sum)
	return nil
}
