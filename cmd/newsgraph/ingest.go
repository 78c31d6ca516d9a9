package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/postgres"
	"github.com/newsgraph/newsgraph/sqlite"
)

func init() {
	commands["ingest"] = command{"read articles from files, pages, feeds and archives into a store", runIngest}
}

// defaultDB is the store used when --db is not given:
// $XDG_DATA_HOME/newsgraph/newsgraph.db, else
// ~/.local/share/newsgraph/newsgraph.db.
func defaultDB() string {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "newsgraph", "newsgraph.db")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".local", "share", "newsgraph", "newsgraph.db")
	}
	return "newsgraph.db"
}

// dbFlag adds the --db flag to fs.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", defaultDB(), "store: a SQLite file `path`, or a postgres://... URL")
}

// openStore opens the store named by --db: PostgreSQL for a postgres://
// or postgresql:// URL, else a SQLite file.
func openStore(ctx context.Context, db string) (newsgraph.Store, error) {
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(ctx, db)
}

// runIngest implements `newsgraph ingest [flags] PATH|URL ...`.
func runIngest(ctx context.Context, m *Main, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	db := dbFlag(fs)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles extracted at once")
	batch := fs.Int("batch", 64, "articles stored per transaction")
	noFetch := fs.Bool("no-fetch", false, "keep feed items' summaries instead of fetching their pages")
	parse := fs.Bool("parse", false, "extract statements with the dependency parser, as extract does: slightly more exact, about a third slower")
	timeout := fs.Duration("timeout", ingest.DefaultTimeout, "time limit of one web fetch")
	maxBytes := fs.Int64("max-bytes", ingest.DefaultMaxBytes, "size cap of one fetched page or feed")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	verbose := fs.Bool("v", false, "print a line for each article stored (after its transaction commits)")
	quiet := fs.Bool("q", false, "no progress output")
	enqueue := fs.Bool("enqueue", false, "with a postgres:// --db: queue one job per file or URL for `newsgraph worker` processes instead of ingesting here")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, `usage: newsgraph ingest [flags] PATH|URL ...

Reads directories, .txt, .html, .json/.jsonl, RSS/Atom feeds, WARC (.warc,
.warc.gz), TimeML (.tml), tar archives of these and http(s) URLs; extracts
each article and stores it. An article stored already with the same content
is a duplicate and changes nothing; changed content is a new revision.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("ingest: name a file, directory or URL")
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if *enqueue {
		pg, ok := st.(*postgres.DB)
		if !ok {
			return fmt.Errorf("ingest: --enqueue needs a postgres:// --db")
		}
		q, err := ingest.NewQueue(ctx, pg.Pool, st, 0, nil)
		if err != nil {
			return err
		}
		n, err := q.Enqueue(ctx, fs.Args(), *parse)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "queued %d jobs\n", n)
		return nil
	}
	f := ingest.NewFetcher()
	f.Timeout, f.MaxBytes = *timeout, *maxBytes
	p := newProgress(m.Stderr, ingest.Estimate(fs.Args()), *quiet)
	cfg := ingest.Config{Store: st, Workers: *workers, BatchSize: *batch, Fetcher: f, NoFetch: *noFetch, Parse: *parse, Progress: p.update}
	if *verbose {
		cfg.Stored = func(r newsgraph.PutResult) { fmt.Fprintf(m.Stdout, "%s %s\n", r.Status, r.ArticleID) }
	}
	sum, err := ingest.Run(ctx, cfg, fs.Args())
	p.done(*sum)
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		if e := enc.Encode(sum); e != nil && err == nil {
			err = e
		}
	} else {
		printSummary(m.Stdout, sum)
	}
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	if sum.Failed > 0 {
		return fmt.Errorf("ingest: %d of %d items failed; the others were stored", sum.Failed, sum.Read)
	}
	return nil
}

// printSummary writes a run's counts and each failure with its reason.
func printSummary(w io.Writer, s *ingest.Summary) {
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Read) / s.Elapsed.Seconds()
	}
	fmt.Fprintf(w, "read %d: %d new, %d revised, %d duplicate, %d failed (%d copies of stored articles, %d not in English, stored unextracted; %d files skipped) in %s, %.0f/s\n",
		s.Read, s.New, s.Revised, s.Duplicate, s.Failed, s.Copies, s.NonEnglish, s.Skipped, s.Elapsed.Round(time.Millisecond), rate)
	for _, p := range s.Failures {
		fmt.Fprintf(w, "failed: %s: %s\n", p.Source, p.Reason)
	}
	for _, p := range s.Warnings {
		fmt.Fprintf(w, "warning: %s: %s\n", p.Source, p.Reason)
	}
}

// progress shows a run's progress on stderr: a bar redrawn in place on a
// terminal, a plain line every few seconds otherwise.
type progress struct {
	w        io.Writer
	tty      bool
	total    int
	quiet    bool
	start    time.Time
	last     time.Time
	drawn    bool
	interval time.Duration
}

func newProgress(w io.Writer, total int, quiet bool) *progress {
	p := &progress{w: w, total: total, quiet: quiet, start: time.Now(), interval: 2 * time.Second}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.tty, p.interval = true, 100*time.Millisecond
		}
	}
	return p
}

func (p *progress) update(s ingest.Summary) {
	if p.quiet || time.Since(p.last) < p.interval {
		return
	}
	p.last = time.Now()
	p.draw(s)
}

func (p *progress) draw(s ingest.Summary) {
	rate := float64(s.Read) / max(time.Since(p.start).Seconds(), 1e-3)
	counts := fmt.Sprintf("%d read, %d new, %d revised, %d duplicate, %d failed, %.0f/s", s.Read, s.New, s.Revised, s.Duplicate, s.Failed, rate)
	if !p.tty {
		fmt.Fprintf(p.w, "ingest: %s\n", counts)
		return
	}
	const width = 30
	var bar string
	if p.total > 0 {
		n := min(width, s.Read*width/p.total)
		bar = strings.Repeat("=", n) + strings.Repeat(" ", width-n)
		counts = fmt.Sprintf("%d/%d %s", s.Read, p.total, counts[strings.Index(counts, ",")+2:])
	} else {
		k := s.Read % width
		bar = strings.Repeat(" ", k) + "<=>" + strings.Repeat(" ", width-k)
		bar = bar[:width]
	}
	fmt.Fprintf(p.w, "\r[%s] %s\033[K", bar, counts)
	p.drawn = true
}

// done draws the final state and ends the bar's line.
func (p *progress) done(s ingest.Summary) {
	if p.quiet {
		return
	}
	if p.tty {
		p.draw(s)
		if p.drawn {
			fmt.Fprintln(p.w)
		}
	}
}
