package ingest

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"
)

// Job is a river job: one source, a file or URL, for a worker to ingest.
// Files must be readable at the same path on every worker's host.
type Job struct {
	Source string `json:"source"`
	Parse  bool   `json:"parse,omitempty"` // extract with the parser (Config.Parse)
}

// Kind names the job in river's tables.
func (Job) Kind() string { return "newsgraph_ingest" }

// Queue shares ingest work between processes on several hosts through a
// river job queue in PostgreSQL.
type Queue struct {
	client *river.Client[pgx.Tx]

	mu  sync.Mutex
	sum Summary
}

// NewQueue creates river's tables in the database if need be and returns
// a queue. With workers > 0 it can Work, storing into store with that many
// jobs at once; with 0 it only enqueues.
func NewQueue(ctx context.Context, pool *pgxpool.Pool, store newsgraph.ArticleService, workers int, f *Fetcher) (*Queue, error) {
	driver := riverpgxv5.New(pool)
	m, err := rivermigrate.New(driver, &rivermigrate.Config{Logger: quietLogger()})
	if err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	// Workers starting together would race to migrate; one at a time,
	// under a lock held by one connection while river migrates.
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock(7341652)`); err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	_, err = m.Migrate(ctx, rivermigrate.DirectionUp, nil)
	if _, uerr := conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(7341652)`); err == nil && uerr != nil {
		err = uerr
	}
	if err != nil {
		return nil, fmt.Errorf("queue: migrating river's tables: %w", err)
	}
	q := &Queue{sum: Summary{Failures: []Problem{}, Warnings: []Problem{}}}
	cfg := &river.Config{Logger: quietLogger(), JobTimeout: time.Hour}
	if workers > 0 {
		ws := river.NewWorkers()
		river.AddWorker(ws, &jobWorker{q: q, store: store, fetch: f})
		cfg.Workers = ws
		cfg.Queues = map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: workers}}
		cfg.FetchPollInterval = 200 * time.Millisecond
		cfg.FetchCooldown = 50 * time.Millisecond
	}
	if q.client, err = river.NewClient(driver, cfg); err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	return q, nil
}

func quietLogger() *slog.Logger {
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

// Enqueue adds one job per file under the sources (directories are
// walked) and per URL, and returns how many. With parse, workers extract
// them with the dependency parser.
func (q *Queue) Enqueue(ctx context.Context, sources []string, parse bool) (int, error) {
	files, err := Expand(sources)
	if err != nil {
		return 0, err
	}
	params := make([]river.InsertManyParams, len(files))
	for i, f := range files {
		params[i] = river.InsertManyParams{Args: Job{Source: f, Parse: parse}, InsertOpts: &river.InsertOpts{MaxAttempts: 5}}
	}
	for len(params) > 0 {
		n := min(len(params), 1000)
		if _, err := q.client.InsertMany(ctx, params[:n]); err != nil {
			return 0, fmt.Errorf("queue: enqueue: %w", err)
		}
		params = params[n:]
	}
	return len(files), nil
}

// Work works jobs until ctx ends or, with exitWhenIdle, until no job is
// left to do by any worker. It returns what this process did.
func (q *Queue) Work(ctx context.Context, exitWhenIdle bool) (*Summary, error) {
	start := time.Now()
	if err := q.client.Start(ctx); err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	tick := time.NewTicker(300 * time.Millisecond)
	defer tick.Stop()
	idle := 0
	for ctx.Err() == nil {
		select {
		case <-ctx.Done():
		case <-tick.C:
			if !exitWhenIdle {
				continue
			}
			n, err := q.Pending(ctx)
			if err != nil {
				return nil, err
			}
			if n == 0 {
				idle++
			} else {
				idle = 0
			}
		}
		if idle >= 3 {
			break
		}
	}
	stop, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
	defer cancel()
	if err := q.client.Stop(stop); err != nil {
		return nil, fmt.Errorf("queue: stopping: %w", err)
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	s := q.sum
	s.Elapsed = time.Since(start)
	return &s, nil
}

// Pending counts the jobs not yet done, on any host.
func (q *Queue) Pending(ctx context.Context) (int, error) {
	res, err := q.client.JobList(ctx, river.NewJobListParams().First(1).States(rivertype.JobStateAvailable,
		rivertype.JobStateRunning, rivertype.JobStateRetryable, rivertype.JobStateScheduled, rivertype.JobStatePending))
	if err != nil {
		return 0, fmt.Errorf("queue: %w", err)
	}
	return len(res.Jobs), nil
}

// jobWorker ingests one source per job. Per-item failures are part of the
// job's summary; a store failure fails the job, which river retries.
type jobWorker struct {
	river.WorkerDefaults[Job]
	q     *Queue
	store newsgraph.ArticleService
	fetch *Fetcher
}

func (w *jobWorker) Work(ctx context.Context, job *river.Job[Job]) error {
	sum, err := Run(ctx, Config{Store: w.store, Workers: 1, Fetcher: w.fetch, Parse: job.Args.Parse}, []string{job.Args.Source})
	if err != nil {
		return err
	}
	w.q.mu.Lock()
	defer w.q.mu.Unlock()
	s := &w.q.sum
	s.Read += sum.Read
	s.New += sum.New
	s.Revised += sum.Revised
	s.Duplicate += sum.Duplicate
	s.Failed += sum.Failed
	s.Copies += sum.Copies
	s.NonEnglish += sum.NonEnglish
	s.Skipped += sum.Skipped
	s.Failures = append(s.Failures, sum.Failures...)
	if len(s.Warnings) < maxProblems {
		s.Warnings = append(s.Warnings, sum.Warnings...)
	}
	return nil
}
