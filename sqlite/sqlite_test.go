package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/sqlite"
	"github.com/newsgraph/newsgraph/storetest"
)

func open(t *testing.T) newsgraph.Store {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestStore(t *testing.T) { storetest.Run(t, open) }

// TestReopen checks that opening an existing file migrates nothing twice
// and keeps what was stored.
func TestReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "b.db")
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	r := &newsgraph.Record{Article: newsgraph.Article{ID: "x", Language: "en", Text: "text"}}
	if _, err := db.PutArticles(ctx, []*newsgraph.Submission{newsgraph.NewSubmission(r, "s", "h", true)}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Article(ctx, "x"); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkQuoteSearch searches 100,000 stored quotes.
func BenchmarkQuoteSearch(b *testing.B) {
	db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	storetest.FillQuotes(b, db, 100_000)
	b.ResetTimer()
	storetest.BenchmarkQuoteSearch(b, db)
}

// BenchmarkSearch times the store calls of a search over 10,000 articles.
func BenchmarkSearch(b *testing.B) {
	db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	storetest.FillArticles(b, db, 10_000)
	b.ResetTimer()
	storetest.BenchmarkSearch(b, db)
}

// BenchmarkPutCopy times storing a reprint of a story that the store
// holds 10 and 5,000 reprints of: the cost should be the same.
func BenchmarkPutCopy(b *testing.B) {
	for _, n := range []int{10, 5000} {
		b.Run(fmt.Sprintf("copies=%d", n), func(b *testing.B) {
			db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			storetest.BenchmarkPutCopy(b, db, n)
		})
	}
}
