package storesql

import (
	"strconv"
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
)

// CopyCandidates is how many stored articles sharing a MinHash band with
// a new article, first stored first, are compared with it.
const CopyCandidates = 64

// Rows is the result of a query, as *sql.Rows has it.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close() error
}

// NearCopy returns the copy group of the first of the CopyCandidates
// articles stored first that share a MinHash band with sig and are near
// duplicates of it; "" when there is none. query returns the signature
// and copy group (articles.minhash, articles.copy_group) of each article
// whose seq the subquery candidates selects with args, in seq order.
//
// The oldest candidate alone is asked for first: a reprint of a wire
// story is a near duplicate of the group's first article, however many
// reprints the group holds. Only when it is not are the others read.
func NearCopy(sig []uint32, query func(candidates string, args []any) (Rows, error)) (string, error) {
	bands := newsgraph.MinHashBands(sig)
	if bands == nil {
		return "", nil
	}
	for _, limit := range []int{1, CopyCandidates} {
		q, args := copyCandidates(bands, limit)
		group, n, err := firstNearCopy(sig, query, q, args)
		if err != nil || group != "" || n < limit {
			return group, err
		}
	}
	return "", nil
}

// firstNearCopy returns the group of the first near duplicate of sig
// among the candidates that q selects, and how many it read.
func firstNearCopy(sig []uint32, query func(string, []any) (Rows, error), q string, args []any) (string, int, error) {
	rows, err := query(q, args)
	if err != nil {
		return "", 0, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		n++
		var (
			minhash []byte
			group   string
		)
		if err := rows.Scan(&minhash, &group); err != nil {
			return "", n, err
		}
		if newsgraph.NearDuplicate(newsgraph.DecodeMinHash(minhash), sig) {
			return group, n, nil
		}
	}
	return "", n, rows.Err()
}

// copyCandidates returns the subquery of the seqs of the first limit
// articles that share one of the given band keys, and its arguments.
//
// Each band's bucket is read on its own through the article_bands (hash,
// band, seq) index, its first limit seqs only: the first limit of the
// union are among them. A bucket of thousands of copies of one story thus
// costs no more than one of a few.
func copyCandidates(bands []int64, limit int) (string, []any) {
	n := strconv.Itoa(limit)
	arms := make([]string, len(bands))
	args := make([]any, 0, 2*len(bands))
	for b, h := range bands {
		arms[b] = `SELECT seq FROM (SELECT seq FROM article_bands WHERE hash = ? AND band = ? ORDER BY seq LIMIT ` + n +
			`) b` + strconv.Itoa(b)
		args = append(args, h, b)
	}
	return `SELECT DISTINCT seq FROM (` + strings.Join(arms, " UNION ALL ") + `) c ORDER BY seq LIMIT ` + n, args
}
