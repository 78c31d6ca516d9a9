package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/storesql"
)

// PutArticles stores submissions in one transaction. An id stored with the
// same content hash is a duplicate and changes nothing; new content under
// a stored id becomes a new revision, the old ones kept.
func (db *DB) PutArticles(ctx context.Context, subs []*newsgraph.Submission) ([]newsgraph.PutResult, error) {
	for _, s := range subs {
		if s == nil || s.Record == nil || s.Record.Article.ID == "" {
			return nil, newsgraph.Errorf(newsgraph.EINVALID, "sqlite: a submission without a record or article id")
		}
	}
	sqlTx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("sqlite: begin: %w", err)
	}
	defer sqlTx.Rollback()
	tx := &txn{tx: sqlTx}
	now := time.Now().UTC().Format(time.RFC3339Nano)
	out := make([]newsgraph.PutResult, len(subs))
	for i, s := range subs {
		if out[i], err = putArticle(ctx, tx, s, now); err != nil {
			return nil, fmt.Errorf("sqlite: article %s: %w", s.Record.Article.ID, err)
		}
	}
	if err := sqlTx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: commit: %w", err)
	}
	return out, nil
}

// putArticle stores one submission inside tx.
func putArticle(ctx context.Context, tx *txn, s *newsgraph.Submission, now string) (newsgraph.PutResult, error) {
	a := &s.Record.Article
	res := newsgraph.PutResult{ArticleID: a.ID}
	var (
		seq, rev           int64
		contentHash, group string
		sourceHash         string
		exists             = true
	)
	err := tx.QueryRowContext(ctx, `SELECT seq, revision, content_hash, source_hash, copy_group FROM articles WHERE id = ?`, a.ID).
		Scan(&seq, &rev, &contentHash, &sourceHash, &group)
	if errors.Is(err, sql.ErrNoRows) {
		exists = false
	} else if err != nil {
		return res, err
	}
	if exists && contentHash == s.ContentHash {
		res.Status, res.Revision = newsgraph.PutDuplicate, int(rev)
		if group != a.ID {
			res.CopyOf = group
		}
		if sourceHash != s.SourceHash && s.SourceHash != "" {
			_, err := tx.ExecContext(ctx, `UPDATE articles SET source_hash = ?, source = ? WHERE seq = ?`, s.SourceHash, s.Source, seq)
			return res, err
		}
		return res, nil
	}
	rec, err := json.Marshal(s.Record)
	if err != nil {
		return res, err
	}
	if exists {
		rev++
		res.Status = newsgraph.PutRevised
		if err := deleteParts(ctx, tx, seq, a.ID); err != nil {
			return res, err
		}
		_, err = tx.ExecContext(ctx, `UPDATE articles SET revision = ?, url = ?, outlet = ?, language = ?, title = ?,
			published = ?, modified = ?, extracted = ?, source = ?, source_hash = ?, content_hash = ?,
			minhash = ?, ingested_at = ? WHERE seq = ?`,
			rev, a.URL, a.Outlet, a.Language, a.Title, a.Published, s.Modified, s.Extracted, s.Source, s.SourceHash,
			s.ContentHash, minhash(s), now, seq)
	} else {
		rev = 1
		res.Status = newsgraph.PutNew
		if group, err = findGroup(ctx, tx, s); err != nil {
			return res, err
		}
		if group == "" {
			group = a.ID
		}
		err = tx.QueryRowContext(ctx, `INSERT INTO articles (id, revision, url, outlet, language, title, published, modified,
			extracted, source, source_hash, content_hash, minhash, copy_group, ingested_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`,
			a.ID, rev, a.URL, a.Outlet, a.Language, a.Title, a.Published, s.Modified, s.Extracted, s.Source, s.SourceHash,
			s.ContentHash, minhash(s), group, now).Scan(&seq)
	}
	if err != nil {
		return res, err
	}
	res.Revision = int(rev)
	if group != a.ID {
		res.CopyOf = group
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO revisions (article_id, revision, source, content_hash, title, ingested_at, record)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, a.ID, rev, s.Source, s.ContentHash, a.Title, now, string(rec)); err != nil {
		return res, err
	}
	for b, h := range newsgraph.MinHashBands(s.MinHash) {
		if _, err := tx.ExecContext(ctx, `INSERT INTO article_bands (band, hash, seq) VALUES (?, ?, ?)`, b, h, seq); err != nil {
			return res, err
		}
	}
	key := ftsKey(a.Published, seq)
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET fts_key = ? WHERE seq = ?`, key, seq); err != nil {
		return res, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`, key, a.Title, a.Text); err != nil {
		return res, err
	}
	return res, insertParts(ctx, tx, s.Record)
}

// findGroup returns the syndication group a new article joins: that of an
// article with the same content, else of the first near duplicate among
// the oldest that share a MinHash band with it (storesql.NearCopy).
func findGroup(ctx context.Context, tx *txn, s *newsgraph.Submission) (string, error) {
	var group string
	err := tx.QueryRowContext(ctx, `SELECT copy_group FROM articles WHERE content_hash = ? ORDER BY seq LIMIT 1`, s.ContentHash).Scan(&group)
	if err == nil || !errors.Is(err, sql.ErrNoRows) {
		return group, err
	}
	return storesql.NearCopy(s.MinHash, func(candidates string, args []any) (storesql.Rows, error) {
		rows, err := tx.QueryContext(ctx, `SELECT a.minhash, a.copy_group FROM articles a WHERE a.seq IN (`+candidates+`)
			ORDER BY a.seq`, args...)
		if err != nil {
			return nil, err
		}
		return rows, nil
	})
}

// minhash returns the stored form of a submission's signature.
func minhash(s *newsgraph.Submission) any {
	if s.MinHash == nil {
		return nil
	}
	return newsgraph.EncodeMinHash(s.MinHash)
}

// deleteParts removes what the current revision of an article added
// besides its row and revisions.
func deleteParts(ctx context.Context, tx *txn, seq int64, id string) error {
	if err := countEntities(ctx, tx, id, -1); err != nil {
		return err
	}
	for _, q := range []string{
		`DELETE FROM articles_fts WHERE rowid = (SELECT fts_key FROM articles WHERE seq = ?)`,
		`DELETE FROM article_bands WHERE seq = ?`,
		`DELETE FROM quotes_fts WHERE rowid IN (SELECT fts_key FROM quotes WHERE article_id = ?)`,
		`DELETE FROM quotes WHERE article_id = ?`,
		`DELETE FROM article_entities WHERE article_id = ?`,
		`DELETE FROM mentions WHERE article_id = ?`,
		`DELETE FROM times WHERE article_id = ?`,
		`DELETE FROM events WHERE article_id = ?`,
		`DELETE FROM event_parties WHERE article_id = ?`,
	} {
		var arg any = id
		if strings.Contains(q, "seq") || strings.Contains(q, "articles_fts") {
			arg = seq
		}
		if _, err := tx.ExecContext(ctx, q, arg); err != nil {
			return err
		}
	}
	return nil
}

// SourceHashes returns the current source hash of each stored id.
func (db *DB) SourceHashes(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	for len(ids) > 0 {
		n := min(len(ids), 500)
		args := make([]any, n)
		for i := range n {
			args[i] = ids[i]
		}
		rows, err := db.r.QueryContext(ctx, `SELECT id, source_hash FROM articles WHERE id IN (`+placeholders(n)+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("sqlite: source hashes: %w", err)
		}
		for rows.Next() {
			var id, h string
			if err := rows.Scan(&id, &h); err != nil {
				rows.Close()
				return nil, err
			}
			out[id] = h
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		ids = ids[n:]
	}
	return out, nil
}

// placeholders returns "?, ?, ..." for n arguments.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}
