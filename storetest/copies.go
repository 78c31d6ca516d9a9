package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	newsgraph "github.com/newsgraph/newsgraph"
)

// harbourText is a second story long enough for a MinHash, of our own
// writing, sharing no run of three words worth noting with longText.
const harbourText = `Dock workers at the northern harbour walked off the job before dawn on Monday after talks on night
shifts broke down. The port authority said two ferries were held at their moorings and that grain ships would wait
offshore until a deal was found. A spokesman for the dockers said the men had worked without a new contract since
last autumn and wanted the overtime rate restored. The shipping companies asked the labour ministry to appoint a
mediator, and the mayor offered the town hall for a meeting on Thursday. Fishermen, whose catch is landed at the
same quay, said they would keep sailing but feared their boats could not unload for long.`

// wireCopy returns the text of the i-th reprint of a wire story: the
// story under a dateline of its own, as outlets reprint it.
func wireCopy(story string, i int) string {
	day := time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i)
	return fmt.Sprintf("PORT AUREL, %s (Wire) — %s", day.Format("January 2"), story)
}

// copyDocs returns n reprints of story, with ids prefix-00000 onwards.
func copyDocs(prefix, story string, n int) []*doc {
	out := make([]*doc, n)
	for i := range out {
		out[i] = article(fmt.Sprintf("%s-%05d", prefix, i), fmt.Sprintf("Outlet %d", i%9), "2024-03-05", wireCopy(story, i))
	}
	return out
}

// partialText shares most of longText's first paragraph but is not a
// copy of it: an article that MinHash bands offer as a candidate copy of
// longText's reprints and that comparing the signatures turns down.
func partialText() string {
	return strings.Join(strings.Fields(longText)[:86], " ") + " " + strings.Join(strings.Fields(harbourText)[:29], " ")
}

// testCopyGroups stores more reprints of two stories than a store compares
// a new article with, interleaved over several transactions, after an
// article that is the oldest candidate copy of one of them but not a copy:
// each reprint joins its story's group, and storing them all again
// changes nothing.
func testCopyGroups(t *testing.T, s newsgraph.Store) {
	ctx := context.Background()
	const n = 150
	valley, harbour := copyDocs("valley", longText, n), copyDocs("harbour", harbourText, n)
	partial := article("partial", "Hill Times", "2024-03-04", partialText())
	ps, vs := partial.sub().MinHash, valley[1].sub().MinHash
	if newsgraph.NearDuplicate(ps, vs) || !shareBand(ps, vs) {
		t.Fatal("fixture: partialText must share a MinHash band with longText's reprints without being a near duplicate")
	}
	if r := put(t, s, partial)[0]; r.CopyOf != "" {
		t.Fatalf("partial is a copy of %q", r.CopyOf)
	}
	var docs []*doc
	for i := range n {
		docs = append(docs, valley[i], harbour[i])
	}
	check := func(res []newsgraph.PutResult, status string) {
		t.Helper()
		for i, r := range res {
			want := docs[i%2].r.Article.ID
			if i < 2 {
				want = ""
			}
			if r.Status != status || r.CopyOf != want {
				t.Fatalf("put of %s = %s copy of %q, want %s copy of %q", r.ArticleID, r.Status, r.CopyOf, status, want)
			}
		}
	}
	var res []newsgraph.PutResult
	for i := 0; i < len(docs); i += 50 {
		res = append(res, put(t, s, docs[i:i+50]...)...)
	}
	check(res, newsgraph.PutNew)
	want := stats(t, s)
	if want.Groups != 2 || want.Articles != 2*n+1 {
		t.Errorf("Stats = %d groups of %d articles, want 2 of %d", want.Groups, want.Articles, 2*n+1)
	}
	hits, err := s.Copies(ctx, harbour[n-1].r.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != n || hits[0].ID != harbour[0].r.Article.ID || hits[n-1].ID != harbour[n-1].r.Article.ID {
		t.Errorf("Copies of the last harbour reprint: %d, want %d from %s", len(hits), n, harbour[0].r.Article.ID)
	}
	check(put(t, s, docs...), newsgraph.PutDuplicate)
	if got := stats(t, s); got != want {
		t.Errorf("Stats after storing again = %+v, want %+v", got, want)
	}
}

// shareBand reports whether two signatures fall in one bucket of a band.
func shareBand(a, b []uint32) bool {
	bb := newsgraph.MinHashBands(b)
	for i, h := range newsgraph.MinHashBands(a) {
		if h == bb[i] {
			return true
		}
	}
	return false
}

// BenchmarkPutCopy times storing one more reprint of a wire story, in a
// transaction of its own, into a store that holds n reprints of it (and
// more with each iteration: -benchtime=100x keeps the group near n). The
// cost should not grow with n.
func BenchmarkPutCopy(b *testing.B, s newsgraph.Store, n int) {
	ctx := context.Background()
	docs := copyDocs("wire", longText, n)
	for len(docs) > 0 {
		k := min(len(docs), 200)
		put(b, s, docs[:k]...)
		docs = docs[k:]
	}
	first := fmt.Sprintf("wire-%05d", 0)
	i := n
	for b.Loop() {
		d := article(fmt.Sprintf("wire-%05d", i), "Outlet 1", "2024-03-05", wireCopy(longText, i))
		res, err := s.PutArticles(ctx, []*newsgraph.Submission{d.sub()})
		if err != nil || res[0].CopyOf != first {
			b.Fatalf("PutArticles = %+v, %v; want a copy of %s", res, err, first)
		}
		i++
	}
}
