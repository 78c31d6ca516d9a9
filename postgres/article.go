package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"sort"
	"time"

	"github.com/jackc/pgx/v5"
	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/storesql"
)

// maxTries bounds how often a transaction that met another is run again.
const maxTries = 8

// PutArticles stores submissions in one transaction. An id stored with the
// same content hash is a duplicate and changes nothing; new content under
// a stored id becomes a new revision, the old ones kept. Writers on other
// connections or hosts are serialised per article id.
func (db *DB) PutArticles(ctx context.Context, subs []*newsgraph.Submission) ([]newsgraph.PutResult, error) {
	for _, s := range subs {
		if s == nil || s.Record == nil || s.Record.Article.ID == "" {
			return nil, newsgraph.Errorf(newsgraph.EINVALID, "postgres: a submission without a record or article id")
		}
	}
	var out []newsgraph.PutResult
	var err error
	for try := 0; try < maxTries; try++ {
		out, err = db.putArticles(ctx, subs)
		if err == nil || !retryable(err) {
			break
		}
		time.Sleep(time.Duration(try+1) * 20 * time.Millisecond)
	}
	return out, err
}

func (db *DB) putArticles(ctx context.Context, subs []*newsgraph.Submission) ([]newsgraph.PutResult, error) {
	out := make([]newsgraph.PutResult, len(subs))
	err := pgx.BeginFunc(ctx, db.Pool, func(tx pgx.Tx) error {
		// Lock the ids in one order, so that two batches never wait on
		// each other in a circle.
		keys := make([]int64, 0, len(subs))
		for _, s := range subs {
			h := fnv.New64a()
			h.Write([]byte(s.Record.Article.ID))
			keys = append(keys, int64(h.Sum64()>>1))
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, k := range keys {
			if err := exec(ctx, tx, `SELECT pg_advisory_xact_lock(?)`, k); err != nil {
				return err
			}
		}
		now := time.Now().UTC()
		for i, s := range subs {
			var err error
			if out[i], err = putArticle(ctx, tx, s, now); err != nil {
				return fmt.Errorf("article %s: %w", s.Record.Article.ID, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return out, nil
}

// putArticle stores one submission inside tx.
func putArticle(ctx context.Context, tx pgx.Tx, s *newsgraph.Submission, now time.Time) (newsgraph.PutResult, error) {
	a := &s.Record.Article
	res := newsgraph.PutResult{ArticleID: a.ID}
	var (
		seq                            int64
		rev                            int
		contentHash, sourceHash, group string
		exists                         = true
	)
	err := queryRow(ctx, tx, `SELECT seq, revision, content_hash, source_hash, copy_group FROM articles WHERE id = ?`, a.ID).
		Scan(&seq, &rev, &contentHash, &sourceHash, &group)
	if errors.Is(err, pgx.ErrNoRows) {
		exists = false
	} else if err != nil {
		return res, err
	}
	if exists && contentHash == s.ContentHash {
		res.Status, res.Revision = newsgraph.PutDuplicate, rev
		if group != a.ID {
			res.CopyOf = group
		}
		if sourceHash != s.SourceHash && s.SourceHash != "" {
			return res, exec(ctx, tx, `UPDATE articles SET source_hash = ?, source = ? WHERE seq = ?`, s.SourceHash, s.Source, seq)
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
		err = exec(ctx, tx, `UPDATE articles SET revision = ?, url = ?, outlet = ?, language = ?, title = ?,
			published = ?, modified = ?, extracted = ?, source = ?, source_hash = ?, content_hash = ?,
			minhash = ?, ingested_at = ?, body = ? WHERE seq = ?`,
			rev, a.URL, a.Outlet, a.Language, a.Title, a.Published, s.Modified, s.Extracted, s.Source, s.SourceHash,
			s.ContentHash, minhash(s), now, a.Text, seq)
	} else {
		rev = 1
		res.Status = newsgraph.PutNew
		if group, err = findGroup(ctx, tx, s); err != nil {
			return res, err
		}
		if group == "" {
			group = a.ID
		}
		err = queryRow(ctx, tx, `INSERT INTO articles (id, revision, url, outlet, language, title, published, modified,
			extracted, source, source_hash, content_hash, minhash, copy_group, ingested_at, body)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`,
			a.ID, rev, a.URL, a.Outlet, a.Language, a.Title, a.Published, s.Modified, s.Extracted, s.Source, s.SourceHash,
			s.ContentHash, minhash(s), group, now, a.Text).Scan(&seq)
	}
	if err != nil {
		return res, err
	}
	res.Revision = rev
	if group != a.ID {
		res.CopyOf = group
	}
	if err := exec(ctx, tx, `INSERT INTO revisions (article_id, revision, source, content_hash, title, ingested_at, record)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, a.ID, rev, s.Source, s.ContentHash, a.Title, now, string(rec)); err != nil {
		return res, err
	}
	for b, h := range newsgraph.MinHashBands(s.MinHash) {
		if err := exec(ctx, tx, `INSERT INTO article_bands (band, hash, seq) VALUES (?, ?, ?)`, b, h, seq); err != nil {
			return res, err
		}
	}
	return res, insertParts(ctx, tx, s.Record)
}

// findGroup returns the syndication group a new article joins: that of an
// article with the same content, else of the first near duplicate among
// the oldest that share a MinHash band with it (storesql.NearCopy).
func findGroup(ctx context.Context, tx pgx.Tx, s *newsgraph.Submission) (string, error) {
	var group string
	err := queryRow(ctx, tx, `SELECT copy_group FROM articles WHERE content_hash = ? ORDER BY seq LIMIT 1`, s.ContentHash).Scan(&group)
	if err == nil || !errors.Is(err, pgx.ErrNoRows) {
		return group, err
	}
	// An array of the candidates' seqs, not IN: the planner would
	// otherwise merge-join them with all articles in seq order.
	return storesql.NearCopy(s.MinHash, func(candidates string, args []any) (storesql.Rows, error) {
		rows, err := query(ctx, tx, `SELECT a.minhash, a.copy_group FROM articles a WHERE a.seq = ANY(ARRAY(`+candidates+`))
			ORDER BY a.seq`, args...)
		if err != nil {
			return nil, err
		}
		return closer{rows}, nil
	})
}

// closer gives pgx rows the Close of *sql.Rows.
type closer struct{ pgx.Rows }

func (r closer) Close() error {
	r.Rows.Close()
	return r.Rows.Err()
}

// minhash returns the stored form of a submission's signature.
func minhash(s *newsgraph.Submission) []byte {
	if s.MinHash == nil {
		return nil
	}
	return newsgraph.EncodeMinHash(s.MinHash)
}

// deleteParts removes what the current revision of an article added
// besides its row and revisions.
func deleteParts(ctx context.Context, tx pgx.Tx, seq int64, id string) error {
	if err := exec(ctx, tx, countEntities, -1, -1, id, id); err != nil {
		return err
	}
	if err := exec(ctx, tx, `DELETE FROM article_bands WHERE seq = ?`, seq); err != nil {
		return err
	}
	for _, t := range []string{"quotes", "article_entities", "mentions", "times", "events", "event_parties"} {
		if err := exec(ctx, tx, `DELETE FROM `+t+` WHERE article_id = ?`, id); err != nil {
			return err
		}
	}
	return nil
}

// SourceHashes returns the current source hash of each stored id.
func (db *DB) SourceHashes(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	rows, err := query(ctx, db.Pool, `SELECT id, source_hash FROM articles WHERE id = ANY(?)`, ids)
	if err != nil {
		return nil, fmt.Errorf("postgres: source hashes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, h string
		if err := rows.Scan(&id, &h); err != nil {
			return nil, err
		}
		out[id] = h
	}
	return out, rows.Err()
}
