package ingest_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/postgres"
)

// TestQueueTwoWorkers queues a batch of files and lets two workers, each
// with its own connections as on two hosts, share it.
func TestQueueTwoWorkers(t *testing.T) {
	st := postgresStore(t)
	if st == nil {
		t.Skip("PostgreSQL tests skipped: set NEWSGRAPH_TEST_POSTGRES to a postgres:// DSN (.ci/postgres.sh sets one up)")
	}
	pg := st.(*postgres.DB)
	dir := t.TempDir()
	batch(t, dir, "http://127.0.0.1:1")
	ctx := context.Background()
	q, err := ingest.NewQueue(ctx, pg.Pool, pg, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	n, err := q.Enqueue(ctx, []string{dir, filepath.Join(dir, "absent.txt")}, false)
	if err != nil {
		t.Fatal(err)
	}
	if n != 13 { // 12 files and one that is missing
		t.Errorf("queued %d jobs, want 13", n)
	}
	var wg sync.WaitGroup
	sums := make([]*ingest.Summary, 2)
	for i := range sums {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w, err := ingest.NewQueue(ctx, pg.Pool, pg, 2, ingest.NewFetcher())
			if err != nil {
				t.Error(err)
				return
			}
			if sums[i], err = w.Work(ctx, true); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	total := 0
	for _, s := range sums {
		total += s.New
	}
	stats, err := pg.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// As in TestRunFormats, without the web: the feed item that carries
	// only a summary fails to fetch.
	const want = 13
	if stats.Articles != want || stats.Revisions != want || total != want {
		t.Errorf("workers stored %d (%d and %d); store holds %+v; want %d articles", total, sums[0].New, sums[1].New, stats, want)
	}
	t.Logf("the workers stored %d and %d articles", sums[0].New, sums[1].New)
	if left, err := q.Pending(ctx); err != nil || left != 0 {
		t.Errorf("%d jobs left, %v", left, err)
	}
}
