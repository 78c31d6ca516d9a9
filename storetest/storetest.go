// Package storetest is the conformance suite every newsgraph store runs:
// the sqlite and postgres packages call Run with a function that opens an
// empty store, as testing/fstest.TestFS does for file systems.
package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	newsgraph "github.com/newsgraph/newsgraph"
)

// Run runs the suite; open returns a new, empty store for each test and
// arranges its closing.
func Run(t *testing.T, open func(t *testing.T) newsgraph.Store) {
	for _, tc := range []struct {
		name string
		fn   func(t *testing.T, s newsgraph.Store)
	}{
		{"PutDuplicateRevise", testPutDuplicateRevise},
		{"NotFound", testNotFound},
		{"SourceHashes", testSourceHashes},
		{"RecordRoundTrip", testRecordRoundTrip},
		{"Copies", testCopies},
		{"CopyGroups", testCopyGroups},
		{"EntityMerge", testEntityMerge},
		{"Quotes", testQuotes},
		{"Statements", testStatements},
		{"Events", testEvents},
		{"Articles", testArticles},
		{"NonEnglish", testNonEnglish},
		{"Concurrent", testConcurrent},
		{"Paging", testPaging},
		{"EntityCounts", testEntityCounts},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open(t)) })
	}
}

func put(t testing.TB, s newsgraph.Store, docs ...*doc) []newsgraph.PutResult {
	t.Helper()
	subs := make([]*newsgraph.Submission, len(docs))
	for i, d := range docs {
		subs[i] = d.sub()
	}
	res, err := s.PutArticles(context.Background(), subs)
	if err != nil {
		t.Fatalf("PutArticles: %v", err)
	}
	if len(res) != len(docs) {
		t.Fatalf("PutArticles returned %d results for %d submissions", len(res), len(docs))
	}
	return res
}

func stats(t *testing.T, s newsgraph.Store) newsgraph.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

func testPutDuplicateRevise(t *testing.T, s newsgraph.Store) {
	ctx := context.Background()
	a := article("a1", "Valley Post", "2024-03-05", "The council met on Tuesday.")
	if r := put(t, s, a)[0]; r.Status != newsgraph.PutNew || r.Revision != 1 || r.ArticleID != "a1" {
		t.Fatalf("first put = %+v, want new revision 1", r)
	}
	if r := put(t, s, article("a1", "Valley Post", "2024-03-05", "The council met on Tuesday."))[0]; r.Status != newsgraph.PutDuplicate || r.Revision != 1 {
		t.Fatalf("second put = %+v, want duplicate of revision 1", r)
	}
	b := article("a1", "Valley Post", "2024-03-05", "The council met on Wednesday.")
	if r := put(t, s, b)[0]; r.Status != newsgraph.PutRevised || r.Revision != 2 {
		t.Fatalf("changed put = %+v, want revised revision 2", r)
	}
	got, err := s.Article(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Revision != 2 || got.Record.Article.Text != b.r.Article.Text || got.ContentHash != b.sub().ContentHash {
		t.Errorf("Article = revision %d %q, want revision 2 %q", got.Revision, got.Record.Article.Text, b.r.Article.Text)
	}
	revs, err := s.Revisions(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if len(revs) != 2 || revs[0].Revision != 1 || revs[1].Revision != 2 || revs[0].ContentHash == revs[1].ContentHash {
		t.Errorf("Revisions = %+v, want revisions 1 and 2 with different hashes", revs)
	}
	// Several submissions of one id in one call are applied in order.
	res := put(t, s, article("a2", "", "", "one"), article("a2", "", "", "two"), article("a2", "", "", "two"))
	if res[0].Status != newsgraph.PutNew || res[1].Status != newsgraph.PutRevised || res[2].Status != newsgraph.PutDuplicate {
		t.Errorf("batch statuses = %v %v %v, want new revised duplicate", res[0].Status, res[1].Status, res[2].Status)
	}
	if st := stats(t, s); st.Articles != 2 || st.Revisions != 4 {
		t.Errorf("Stats = %d articles %d revisions, want 2 and 4", st.Articles, st.Revisions)
	}
}

func testNotFound(t *testing.T, s newsgraph.Store) {
	ctx := context.Background()
	check := func(what string, err error) {
		t.Helper()
		if code := newsgraph.ErrorCode(err); code != newsgraph.ENOTFOUND {
			t.Errorf("%s of a missing id: error %v (code %q), want %s", what, err, code, newsgraph.ENOTFOUND)
		}
	}
	a, err := s.Article(ctx, "missing")
	if a != nil {
		t.Errorf("Article of a missing id returned %+v", a)
	}
	check("Article", err)
	_, err = s.Revisions(ctx, "missing")
	check("Revisions", err)
	_, err = s.Copies(ctx, "missing")
	check("Copies", err)
	_, err = s.Entity(ctx, "person:nobody")
	check("Entity", err)
	if _, err := s.PutArticles(ctx, []*newsgraph.Submission{{Record: &newsgraph.Record{}}}); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
		t.Errorf("PutArticles without an id: %v, want code %s", err, newsgraph.EINVALID)
	}
}

func testSourceHashes(t *testing.T, s newsgraph.Store) {
	a, b := article("a", "", "", "alpha"), article("b", "", "", "beta")
	put(t, s, a, b)
	got, err := s.SourceHashes(context.Background(), []string{"a", "b", "c"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"a": a.sub().SourceHash, "b": b.sub().SourceHash}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SourceHashes = %v, want %v", got, want)
	}
	// Many ids at once.
	ids := make([]string, 1200)
	for i := range ids {
		ids[i] = fmt.Sprintf("x%d", i)
	}
	ids[999] = "b"
	if got, err := s.SourceHashes(context.Background(), ids); err != nil || len(got) != 1 {
		t.Errorf("SourceHashes of 1200 ids = %v, %v; want b alone", got, err)
	}
}

func testRecordRoundTrip(t *testing.T, s newsgraph.Store) {
	ctx := context.Background()
	d := article("rt", "Valley Post", "2024-03-05", "“We will not wait,” said Mira Holt, the mayor, on Friday.")
	d.entity("E1", "Mira Holt", newsgraph.Person, "Mira Holt").role("mayor")
	d.quote("Q1", "We will not wait,", "E1")
	d.time("T1", "2024-03-01", "Friday")
	sub := d.sub()
	mod := "2024-03-06"
	sub.Modified = &mod
	if _, err := s.PutArticles(ctx, []*newsgraph.Submission{sub}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Article(ctx, "rt")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(d.r)
	have, _ := json.Marshal(got.Record)
	if string(want) != string(have) {
		t.Errorf("stored record differs:\n got %s\nwant %s", have, want)
	}
	if got.Modified == nil || *got.Modified != mod || !got.Extracted || got.Source != "storetest:rt" || got.Group != "rt" {
		t.Errorf("bookkeeping = modified %v extracted %v source %q group %q", got.Modified, got.Extracted, got.Source, got.Group)
	}
	if got.IngestedAt.IsZero() {
		t.Error("IngestedAt is zero")
	}
	var ids []string
	put(t, s, article("a0", "", "", "first"))
	err = s.EachRecord(ctx, func(a *newsgraph.StoredArticle) error {
		ids = append(ids, a.Record.Article.ID)
		return nil
	})
	if err != nil || strings.Join(ids, ",") != "a0,rt" {
		t.Errorf("EachRecord visited %v (%v), want a0,rt", ids, err)
	}
	st := stats(t, s)
	if st.Quotes != 1 || st.Times != 1 || st.Mentions != 1 || st.Entities != 1 {
		t.Errorf("Stats = %+v, want one quote, time, mention and entity", st)
	}
}

func testCopies(t *testing.T, s newsgraph.Store) {
	ctx := context.Background()
	near := strings.Replace(longText, "twelve years", "eleven years", 1)
	res := put(t, s,
		article("wire", "Wire", "2024-03-05", longText),
		article("copy", "Valley Post", "2024-03-06", longText),
		article("near", "Hill Times", "2024-03-06", near),
		article("other", "Hill Times", "2024-03-06", strings.Repeat("A different story about the harvest festival and its parade. ", 5)),
	)
	if res[1].CopyOf != "wire" || res[2].CopyOf != "wire" || res[0].CopyOf != "" || res[3].CopyOf != "" {
		t.Errorf("CopyOf = %q %q %q %q, want \"\" wire wire \"\"", res[0].CopyOf, res[1].CopyOf, res[2].CopyOf, res[3].CopyOf)
	}
	hits, err := s.Copies(ctx, "near")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.ID)
	}
	if strings.Join(ids, ",") != "wire,copy,near" {
		t.Errorf("Copies(near) = %v, want wire,copy,near", ids)
	}
	if st := stats(t, s); st.Groups != 1 || st.Articles != 4 {
		t.Errorf("Stats = %d groups of %d articles, want 1 of 4", st.Groups, st.Articles)
	}
}
