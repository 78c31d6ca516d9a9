package ingest

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	newsgraph "github.com/newsgraph/newsgraph"
)

// Config says how Run reads and where it stores.
type Config struct {
	Store   newsgraph.ArticleService
	Workers int      // articles prepared at once; 0 means GOMAXPROCS
	Fetcher *Fetcher // nil means NewFetcher()
	NoFetch bool     // feed items keep their summaries instead of fetching pages
	// Parse has extraction use the dependency parser, as `newsgraph
	// extract` does: slightly more exact attributions, about a third fewer
	// articles a second. Bulk ingest leaves it off by default.
	Parse     bool
	BatchSize int // articles stored per transaction; 0 means 64
	// Progress, when set, is called after each stored batch.
	Progress func(Summary)
	// Stored, when set, is called for each article once its transaction
	// has committed: the article is acknowledged.
	Stored func(newsgraph.PutResult)
}

// Summary counts what a run did.
type Summary struct {
	Read       int           `json:"read"`      // items found, failed ones included
	New        int           `json:"new"`       // articles stored for the first time
	Revised    int           `json:"revised"`   // new revisions of stored articles
	Duplicate  int           `json:"duplicate"` // items already stored as they are
	Failed     int           `json:"failed"`
	Copies     int           `json:"copies"`      // new articles that are copies of stored ones
	NonEnglish int           `json:"non_english"` // stored unextracted
	Skipped    int           `json:"skipped"`     // files and records holding no article
	Failures   []Problem     `json:"failures"`
	Warnings   []Problem     `json:"warnings"`
	Elapsed    time.Duration `json:"elapsed_ns"`
}

// Problem is a failure or warning about one item.
type Problem struct {
	Source string `json:"source"`
	Reason string `json:"reason"`
}

// maxProblems bounds the warnings a summary lists; failures are all kept.
const maxProblems = 1000

// result is a worker's answer for one item.
type result struct {
	it  *Item
	sub *newsgraph.Submission
	err error
}

// Run reads every source (paths and URLs), extracts the articles on all
// workers and stores them in batches. Per-item failures are counted in the
// summary; the error is for the store failing or ctx ending.
func Run(ctx context.Context, cfg Config, sources []string) (*Summary, error) {
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = 64
	}
	if cfg.Fetcher == nil {
		cfg.Fetcher = NewFetcher()
	}
	start := time.Now()
	sum := &Summary{Failures: []Problem{}, Warnings: []Problem{}}
	items := make(chan *Item, 4*cfg.Workers)
	results := make(chan result, 4*cfg.Workers)
	var skippedMu sync.Mutex
	skipped := 0

	go func() {
		defer close(items)
		rd := &reader{ctx: ctx, fetch: cfg.Fetcher, noFetch: cfg.NoFetch,
			emit: func(it *Item) error {
				select {
				case items <- it:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			},
			skipped: func(string, string) { skippedMu.Lock(); skipped++; skippedMu.Unlock() },
		}
		for _, s := range sources {
			if rd.source(s) != nil {
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for range cfg.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			known := func(id string) (string, error) {
				m, err := cfg.Store.SourceHashes(ctx, []string{id})
				return m[id], err
			}
			for it := range items {
				sub, err := prepareSafely(ctx, it, cfg, known)
				results <- result{it, sub, err}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// The writer stores batches while the workers go on preparing.
	var mu sync.Mutex // guards sum from here on
	batches := make(chan []*newsgraph.Submission, 2)
	writerDone := make(chan error, 1)
	go func() {
		var err error
		for b := range batches {
			if err != nil {
				continue
			}
			err = store(context.WithoutCancel(ctx), cfg, sum, &mu, b)
			if cfg.Progress != nil {
				mu.Lock()
				sum.Elapsed = time.Since(start)
				snap := *sum
				mu.Unlock()
				cfg.Progress(snap)
			}
		}
		writerDone <- err
	}()
	var batch []*newsgraph.Submission
	flush := func() {
		if len(batch) > 0 {
			batches <- batch
			batch = nil
		}
	}
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
loop:
	for {
		select {
		case r, ok := <-results:
			if !ok {
				break loop
			}
			mu.Lock()
			sum.Read++
			for _, w := range r.it.Warnings {
				if len(sum.Warnings) < maxProblems {
					sum.Warnings = append(sum.Warnings, Problem{r.it.Source, w})
				}
			}
			switch {
			case r.err != nil:
				sum.Failed++
				sum.Failures = append(sum.Failures, Problem{r.it.Source, r.err.Error()})
			case r.sub == nil:
				sum.Duplicate++
			default:
				batch = append(batch, r.sub)
			}
			mu.Unlock()
			if len(batch) >= cfg.BatchSize {
				flush()
			}
		case <-tick.C:
			flush()
		}
	}
	flush()
	close(batches)
	storeErr := <-writerDone
	skippedMu.Lock()
	sum.Skipped = skipped
	skippedMu.Unlock()
	sum.Elapsed = time.Since(start)
	if storeErr != nil {
		return sum, storeErr
	}
	return sum, ctx.Err()
}

// store puts a batch in one transaction. When the batch fails, each
// article is tried alone, so that one bad article fails by itself; the
// store failing for all of them is an error.
func store(ctx context.Context, cfg Config, sum *Summary, mu *sync.Mutex, batch []*newsgraph.Submission) error {
	res, err := cfg.Store.PutArticles(ctx, batch)
	mu.Lock()
	defer mu.Unlock()
	if err == nil {
		for i, r := range res {
			count(cfg, sum, batch[i], r)
		}
		return nil
	}
	if len(batch) == 1 {
		sum.Failed++
		sum.Failures = append(sum.Failures, Problem{batch[0].Source, err.Error()})
		return nil
	}
	ok := 0
	for _, s := range batch {
		mu.Unlock()
		res, err := cfg.Store.PutArticles(ctx, []*newsgraph.Submission{s})
		mu.Lock()
		if err != nil {
			sum.Failed++
			sum.Failures = append(sum.Failures, Problem{s.Source, err.Error()})
			continue
		}
		ok++
		count(cfg, sum, s, res[0])
	}
	if ok == 0 {
		return fmt.Errorf("ingest: store: %w", err)
	}
	return nil
}

func count(cfg Config, sum *Summary, s *newsgraph.Submission, r newsgraph.PutResult) {
	switch r.Status {
	case newsgraph.PutNew:
		sum.New++
		if r.CopyOf != "" {
			sum.Copies++
		}
		if !s.Extracted {
			sum.NonEnglish++
		}
	case newsgraph.PutRevised:
		sum.Revised++
	default:
		sum.Duplicate++
	}
	if cfg.Stored != nil {
		cfg.Stored(r)
	}
}

// prepareSafely runs prepare, turning a panic in a stage on odd input into
// a failure of that item alone.
func prepareSafely(ctx context.Context, it *Item, cfg Config, known func(string) (string, error)) (sub *newsgraph.Submission, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	sub, err = prepare(ctx, it, cfg.Fetcher, cfg.Parse, known)
	if err != nil && errors.Is(err, context.Canceled) {
		return nil, err
	}
	return sub, err
}
