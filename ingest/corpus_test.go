package ingest_test

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/postgres"
)

// data is where the shared corpora are, beside the repository.
const data = "../../shared/data"

// corpora returns the PolNeAR dev texts and the TE3 TimeML folders, or
// skips the test when they are absent.
func corpora(t testing.TB, silver bool) []string {
	t.Helper()
	dirs := []string{
		filepath.Join(data, "polnear", "text"),
		filepath.Join(data, "tempeval3-tbaq", "AQUAINT"),
		filepath.Join(data, "tempeval3-tbaq", "TimeBank"),
	}
	if silver {
		dirs = append(dirs, filepath.Join(data, "tempeval3-silver", "TE3-Silver-data.tar.gz"))
	}
	for _, d := range dirs {
		if _, err := os.Stat(d); err != nil {
			t.Skipf("corpus %s absent: %v", d, err)
		}
	}
	return dirs
}

// postgresStore returns a store in a new schema of NEWSGRAPH_TEST_POSTGRES,
// or nil when it is not set.
func postgresStore(t testing.TB) newsgraph.Store {
	base := os.Getenv("NEWSGRAPH_TEST_POSTGRES")
	if base == "" {
		return nil
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	schema := fmt.Sprintf("ingest_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(base)
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	db, err := postgres.Open(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db.Close()
		if c, err := pgx.Connect(ctx, base); err == nil {
			c.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE")
			c.Close(ctx)
		}
	})
	return db
}

// TestCorpora ingests all PolNeAR dev texts and TE3 TimeML texts into
// SQLite and, when configured, PostgreSQL: nothing fails, both hold the
// same counts, and a second ingest adds nothing.
func TestCorpora(t *testing.T) {
	dirs := corpora(t, !testing.Short())
	stores := map[string]newsgraph.Store{"sqlite": openDB(t, filepath.Join(t.TempDir(), "corpora.db"))}
	if pg := postgresStore(t); pg != nil {
		stores["postgres"] = pg
	} else {
		t.Log("PostgreSQL part skipped: NEWSGRAPH_TEST_POSTGRES is not set")
	}
	ctx := context.Background()
	counts := map[string]newsgraph.Stats{}
	for name, st := range stores {
		sum, err := ingest.Run(ctx, ingest.Config{Store: st}, dirs)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if sum.Failed != 0 || sum.New != sum.Read {
			t.Errorf("%s: %d read, %d new, %d failed: %v", name, sum.Read, sum.New, sum.Failed, sum.Failures)
		}
		t.Logf("%s: %d articles in %s (%.0f/s)", name, sum.New, sum.Elapsed.Round(time.Millisecond), float64(sum.New)/sum.Elapsed.Seconds())
		again, err := ingest.Run(ctx, ingest.Config{Store: st}, dirs)
		if err != nil || again.New != 0 || again.Revised != 0 || again.Duplicate != sum.Read {
			t.Errorf("%s: second ingest %+v, %v; want only duplicates", name, again, err)
		}
		if counts[name], err = st.Stats(ctx); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %+v", name, counts[name])
	}
	if pg, ok := counts["postgres"]; ok {
		lite := counts["sqlite"]
		if lite.Articles != pg.Articles || lite.Revisions != pg.Revisions || lite.Quotes != pg.Quotes ||
			lite.Mentions != pg.Mentions || lite.Times != pg.Times || lite.Events != pg.Events || lite.NonEnglish != pg.NonEnglish {
			t.Errorf("counts differ:\n sqlite   %+v\n postgres %+v", lite, pg)
		}
	}
}

// BenchmarkIngestSQLite measures articles per second into SQLite over the
// PolNeAR and TE3 texts (run with -cpu 2 for the two-core figure).
func BenchmarkIngestSQLite(b *testing.B) { benchmarkIngestSQLite(b, false) }

// BenchmarkIngestSQLiteParse is BenchmarkIngestSQLite with the parser
// (ingest --parse).
func BenchmarkIngestSQLiteParse(b *testing.B) { benchmarkIngestSQLite(b, true) }

func benchmarkIngestSQLite(b *testing.B, parse bool) {
	dirs := corpora(b, false)
	var n int
	var elapsed time.Duration
	for i := 0; i < b.N; i++ {
		db := openDB(b, filepath.Join(b.TempDir(), fmt.Sprintf("bench%d.db", i)))
		sum, err := ingest.Run(context.Background(), ingest.Config{Store: db, Parse: parse}, dirs)
		if err != nil {
			b.Fatal(err)
		}
		db.Close()
		n += sum.New
		elapsed += sum.Elapsed
	}
	b.ReportMetric(float64(n)/elapsed.Seconds(), "articles/s")
}
