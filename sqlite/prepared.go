package sqlite

import (
	"context"
	"database/sql"
	"sync"
)

// maxPrepared bounds the read statements kept prepared. Queries are built
// from a few templates, so the bound is only a guard.
const maxPrepared = 512

// prepared keeps read statements prepared on the readers: parsing and
// planning a query costs about as much as running a search through the
// indexes. database/sql prepares each again on each connection, once.
type prepared struct {
	mu    sync.Mutex
	stmts map[string]*sql.Stmt
}

// stmt returns q prepared on db, or nil when the cache is full. It holds
// no lock while preparing, which waits for a connection.
func (p *prepared) stmt(ctx context.Context, db *sql.DB, q string) (*sql.Stmt, error) {
	p.mu.Lock()
	s, ok := p.stmts[q]
	full := len(p.stmts) >= maxPrepared
	p.mu.Unlock()
	if ok || full {
		return s, nil
	}
	s, err := db.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if old, ok := p.stmts[q]; ok {
		s.Close()
		return old, nil
	}
	if p.stmts == nil {
		p.stmts = map[string]*sql.Stmt{}
	}
	p.stmts[q] = s
	return s, nil
}

func (p *prepared) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, s := range p.stmts {
		s.Close()
	}
	p.stmts = nil
}

// reader runs read queries through the prepared statements, each on a
// connection of the pool. It is not for use inside a transaction: a
// statement prepared for the first time waits for a connection, which
// the transaction would hold.
type reader struct{ db *DB }

// read returns a reader over the pool.
func (db *DB) read() reader { return reader{db: db} }

func (r reader) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	s, err := r.db.prepared.stmt(ctx, r.db.r, q)
	if err != nil {
		return nil, err
	} else if s == nil {
		return r.db.r.QueryContext(ctx, q, args...)
	}
	return s.QueryContext(ctx, args...)
}
