package postgres_test

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/postgres"
	"github.com/newsgraph/newsgraph/storetest"
)

// dsn returns the test server's DSN, or skips the test.
func dsn(t testing.TB) string {
	d := os.Getenv("NEWSGRAPH_TEST_POSTGRES")
	if d == "" {
		t.Skip("PostgreSQL tests skipped: set NEWSGRAPH_TEST_POSTGRES to a postgres:// DSN (.ci/postgres.sh sets one up)")
	}
	return d
}

var schemas atomic.Int64

// openStore returns a store in a new schema of the test database, dropped when
// the test ends.
func openStore(t testing.TB) *postgres.DB {
	t.Helper()
	base := dsn(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connecting to NEWSGRAPH_TEST_POSTGRES: %v", err)
	}
	defer conn.Close(ctx)
	schema := fmt.Sprintf("t%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, schemas.Add(1))
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	db, err := postgres.Open(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db.Close()
		c, err := pgx.Connect(ctx, base)
		if err == nil {
			c.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE")
			c.Close(ctx)
		}
	})
	return db
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) newsgraph.Store { return openStore(t) })
}

func TestOpenBadDSN(t *testing.T) {
	if _, err := postgres.Open(context.Background(), "postgres://nobody@127.0.0.1:1/none?connect_timeout=2"); err == nil {
		t.Fatal("Open of an unreachable server succeeded")
	}
}

// BenchmarkSearch times the store calls of a search over 10,000 articles.
func BenchmarkSearch(b *testing.B) {
	db := openStore(b)
	storetest.FillArticles(b, db, 10_000)
	b.ResetTimer()
	storetest.BenchmarkSearch(b, db)
}

// BenchmarkPutCopy times storing a reprint of a story that the store
// holds 10 and 5,000 reprints of: the cost should be the same.
func BenchmarkPutCopy(b *testing.B) {
	for _, n := range []int{10, 5000} {
		b.Run(fmt.Sprintf("copies=%d", n), func(b *testing.B) {
			storetest.BenchmarkPutCopy(b, openStore(b), n)
		})
	}
}
