// Package postgres is newsgraph's shared store: PostgreSQL through pgx,
// with the schema of the sqlite package and tsvector full-text search, so
// that ingest workers on several hosts can write to one database.
//
// Each public method is one transaction; lowercase helpers take it.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/storesql"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a store in a PostgreSQL database.
type DB struct {
	Pool *pgxpool.Pool
}

// Compile-time check that DB is a store.
var _ newsgraph.Store = (*DB)(nil)

// Open connects to the database named by a postgres:// URL and brings its
// schema up to date.
func Open(ctx context.Context, dsn string) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "postgres: %v", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: %s:%d: %w", cfg.ConnConfig.Host, cfg.ConnConfig.Port, err)
	}
	db := &DB{Pool: pool}
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return db, nil
}

// Close closes the connections.
func (db *DB) Close() error {
	db.Pool.Close()
	return nil
}

// migrateLock is the advisory lock that lets one process at a time
// migrate, when several workers start together.
const migrateLock = 0x6e6577736772 // "newsgr"

// migrate applies the embedded migrations not yet applied, in order, each
// in its own transaction.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := storesql.Migrations(migrations)
	if err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	for _, m := range ms {
		err = pgx.BeginFunc(ctx, db.Pool, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrateLock); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS migrations (version integer PRIMARY KEY, name text NOT NULL)`); err != nil {
				return err
			}
			var n int
			if err := tx.QueryRow(ctx, `SELECT COUNT(*) FROM migrations WHERE version = $1`, m.Version).Scan(&n); err != nil || n > 0 {
				return err
			}
			body, err := migrations.ReadFile(m.Path)
			if err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, string(body)); err != nil {
				return err
			}
			_, err = tx.Exec(ctx, `INSERT INTO migrations (version, name) VALUES ($1, $2)`, m.Version, m.Name)
			return err
		})
		if err != nil {
			return fmt.Errorf("postgres: migration %s: %w", m.Name, err)
		}
	}
	return nil
}

// pgQueries caches queries written with ? placeholders turned into $n.
var pgQueries sync.Map

// pg returns q with its ? placeholders numbered as PostgreSQL wants them.
func pg(q string) string {
	if v, ok := pgQueries.Load(q); ok {
		return v.(string)
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	pgQueries.Store(q, b.String())
	return b.String()
}

// querier is a pool or a transaction.
type querier interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

func exec(ctx context.Context, db querier, q string, args ...any) error {
	_, err := db.Exec(ctx, pg(q), args...)
	return err
}

func query(ctx context.Context, db querier, q string, args ...any) (pgx.Rows, error) {
	return db.Query(ctx, pg(q), args...)
}

func queryRow(ctx context.Context, db querier, q string, args ...any) pgx.Row {
	return db.QueryRow(ctx, pg(q), args...)
}

// retryable reports whether a transaction failed only for meeting another
// one (a deadlock or a serialization failure) and may be run again.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001" || pe.Code == "23505")
}
