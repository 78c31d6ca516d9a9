package sqlite

import (
	"context"
	"database/sql"
)

// txn is a write transaction that prepares each statement once.
type txn struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

func (t *txn) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if s, ok := t.stmts[q]; ok {
		return s, nil
	}
	s, err := t.tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	if t.stmts == nil {
		t.stmts = map[string]*sql.Stmt{}
	}
	t.stmts[q] = s
	return s, nil
}

// ExecContext runs a statement, prepared once per transaction.
func (t *txn) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	s, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}

// QueryContext runs a query, prepared once per transaction.
func (t *txn) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	s, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return s.QueryContext(ctx, args...)
}

// row is a single-row result whose error may come from preparing.
type row struct {
	r   *sql.Row
	err error
}

func (r row) Scan(dst ...any) error {
	if r.err != nil {
		return r.err
	}
	return r.r.Scan(dst...)
}

// QueryRowContext runs a single-row query, prepared once per transaction.
func (t *txn) QueryRowContext(ctx context.Context, q string, args ...any) row {
	s, err := t.stmt(ctx, q)
	if err != nil {
		return row{err: err}
	}
	return row{r: s.QueryRowContext(ctx, args...)}
}
