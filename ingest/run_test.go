package ingest_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
)

// batch lays out one of each format, good and bad, in a directory.
func batch(t *testing.T, dir, base string) {
	for _, f := range []string{"page.html", "article.txt", "russian.txt", "articles.jsonl", "doc.tml"} {
		copyFile(t, filepath.Join("testdata", f), filepath.Join(dir, f))
	}
	write(t, filepath.Join(dir, "feeds", "island.rss"), []byte(rssFeed(base)))
	write(t, filepath.Join(dir, "feeds", "broken.xml"), []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>x</tit`))
	write(t, filepath.Join(dir, "crawl.warc.gz"), warfFile(t))
	write(t, filepath.Join(dir, "cut.warc.gz"), warcFile(t, true))
	write(t, filepath.Join(dir, "wrong-charset.html"), wrongCharset)
	write(t, filepath.Join(dir, "list.json"), []byte(`[{"id": "a1", "text": "`+strings.ReplaceAll(longStory, "\n", " ")+`", "outlet": "Wire", "published": "2024-03-07"}, 7]`))
	write(t, filepath.Join(dir, "bundle.tar.gz"), tarGz(t, map[string]string{
		"bundle/one.txt":   "A short note from the archive about the harbour and the storm that closed it for a week in March.",
		"bundle/README.md": "not an article",
		"bundle/two.jsonl": `{"id": "t2", "text": "The library opened its new reading room on Monday, the town said."}`,
		"bundle/.DS_Store": "junk",
	}))
	write(t, filepath.Join(dir, "notes.md"), []byte("not an article"))
}

func warfFile(t *testing.T) []byte { return warcFile(t, false) }

func TestRunFormats(t *testing.T) {
	srv := server(t)
	dir := t.TempDir()
	batch(t, filepath.Join(dir, "in"), srv.URL)
	db := openDB(t, filepath.Join(dir, "store.db"))
	f := ingest.NewFetcher()
	f.Timeout, f.MaxBytes = 500*time.Millisecond, 100<<10
	var acked []string
	cfg := ingest.Config{Store: db, Fetcher: f, BatchSize: 3, Stored: func(r newsgraph.PutResult) { acked = append(acked, r.ArticleID) }}
	sources := []string{filepath.Join(dir, "in"), srv.URL + "/page", srv.URL + "/missing", srv.URL + "/slow",
		srv.URL + "/huge", srv.URL + "/loop", "http://127.0.0.1:1/closed", filepath.Join(dir, "absent.txt")}
	sum, err := ingest.Run(context.Background(), cfg, sources)
	if err != nil {
		t.Fatal(err)
	}
	wantFail := []string{
		"articles.jsonl:3: JSON", "articles.jsonl:4: neither text nor html", "broken.xml: feed",
		"cut.warc.gz#6 (https://valleypost.example/cut): WARC record 6: truncated", "list.json[1]: JSON",
		"/missing: " + srv.URL + "/missing: HTTP status 404", "/slow: " + srv.URL + "/slow: timed out", "/huge: " + srv.URL + "/huge: body larger than",
		"/loop: fetch Get \"/loop\": more than 5 redirects", "/closed: fetch Get", "absent.txt: stat",
	}
	var got []string
	for _, p := range sum.Failures {
		got = append(got, p.Source+": "+p.Reason)
	}
	all := strings.Join(got, "\n")
	for _, w := range wantFail {
		if !strings.Contains(all, w) {
			t.Errorf("no failure like %q in\n%s", w, all)
		}
	}
	if sum.Failed != len(wantFail) || len(sum.Failures) != sum.Failed {
		t.Errorf("%d failures, want %d:\n%s", sum.Failed, len(wantFail), all)
	}
	// Articles: page, article, russian, j1, j2, doc, 2 feed items, warc page
	// and resource, wrong-charset, a1, one.txt, t2, /page; the two WARC
	// files share two records. Each stored article is acknowledged; a
	// duplicate is too unless the reader skipped it before extraction.
	const articles, dups = 15, 2
	if sum.New != articles || sum.Duplicate != dups || sum.Read != articles+dups+len(wantFail) || sum.NonEnglish != 1 || len(acked) < articles {
		t.Errorf("summary %+v (%d acknowledged), want %d new and %d duplicates of %d read, 1 non-English", sum, len(acked), articles, dups, articles+dups+len(wantFail))
	}
	if sum.Skipped != 2 {
		t.Errorf("skipped %d files, want 2 (notes.md, README.md)", sum.Skipped)
	}
	var warned bool
	for _, w := range sum.Warnings {
		warned = warned || strings.Contains(w.Source, "wrong-charset.html") && strings.Contains(w.Reason, "declared as UTF-8")
	}
	if !warned {
		t.Errorf("no charset warning for wrong-charset.html in %+v", sum.Warnings)
	}
	// The page at five addresses, the story in the feed, WARC and JSON:
	// copies in two syndication groups.
	if sum.Copies != 5 {
		t.Errorf("%d copies, want 5", sum.Copies)
	}
	ctx := context.Background()
	check := func(id string, fn func(a *newsgraph.StoredArticle)) {
		t.Helper()
		a, err := db.Article(ctx, id)
		if err != nil {
			t.Errorf("article %s: %v", id, err)
			return
		}
		fn(a)
	}
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	check("page", func(a *newsgraph.StoredArticle) {
		r := a.Record.Article
		if r.Title != "Valley council limits water for bottling plant" || str(r.Outlet) != "Valley Post" || str(r.Published) != "2024-03-05" ||
			str(a.Modified) != "2024-03-07" || strings.Join(r.Byline, ",") != "Ana Ruiz" || str(r.PublishedBasis) != newsgraph.BasisMetadata ||
			!strings.Contains(r.Text, "\n\n“The reservoir belongs") || str(r.URL) != "https://valleypost.example/news/council-water" {
			t.Errorf("page = %+v modified %v", r, str(a.Modified))
		}
		if len(a.Record.Quotes) == 0 {
			t.Error("page: no quotes extracted")
		}
	})
	check("russian", func(a *newsgraph.StoredArticle) {
		if a.Extracted || a.Record.Article.Language != "ru" || len(a.Record.Entities) != 0 {
			t.Errorf("russian: extracted %v language %q", a.Extracted, a.Record.Article.Language)
		}
	})
	check("j1", func(a *newsgraph.StoredArticle) {
		if str(a.Record.Article.Outlet) != "Wire" || str(a.Record.Article.URL) != "https://wire.example/j1" || str(a.Record.Article.Published) != "2024-02-02" {
			t.Errorf("j1 = %+v", a.Record.Article)
		}
	})
	check("j2", func(a *newsgraph.StoredArticle) {
		if str(a.Record.Article.Published) != "2024-02-07" || !strings.Contains(a.Record.Article.Text, "library") {
			t.Errorf("j2 = %+v", a.Record.Article)
		}
	})
	check("XYZ20240301.0001", func(a *newsgraph.StoredArticle) {
		r := a.Record.Article
		if r.Title != "Ferry service resumes" || str(r.Published) != "2024-03-01" || str(r.Outlet) != "XYZ" ||
			!strings.HasPrefix(r.Text, "The ferry service between the islands resumed on Friday after repairs & checks") {
			t.Errorf("TimeML = %+v", r)
		}
	})
	check(srv.URL+"/ferry", func(a *newsgraph.StoredArticle) {
		r := a.Record.Article
		if str(r.Outlet) != "Island Times" || str(r.Published) != "2024-03-07" || strings.Join(r.Byline, ",") != "Ole Dam" ||
			!strings.Contains(r.Text, "Nobody should be left on the quay") {
			t.Errorf("feed item = %+v", r)
		}
	})
	check(srv.URL+"/story", func(a *newsgraph.StoredArticle) {
		if !strings.Contains(a.Record.Article.Text, "reservoir belongs to the whole valley") {
			t.Errorf("fetched feed item = %q", a.Record.Article.Text)
		}
	})
	check("https://valleypost.example/a", func(a *newsgraph.StoredArticle) {
		if a.Record.Article.Title != "Valley council limits water for bottling plant" {
			t.Errorf("WARC page title %q", a.Record.Article.Title)
		}
	})
	check("wrong-charset", func(a *newsgraph.StoredArticle) {
		if !strings.Contains(a.Record.Article.Text, "“We cannot pay twice as much") || !strings.Contains(a.Record.Article.Text, "Renée Marchal") {
			t.Errorf("wrong charset text = %q", a.Record.Article.Text)
		}
	})
	check("t2", func(*newsgraph.StoredArticle) {})
	check("one", func(*newsgraph.StoredArticle) {})

	// A second run adds nothing.
	sum2, err := ingest.Run(ctx, cfg, sources)
	if err != nil {
		t.Fatal(err)
	}
	if sum2.New != 0 || sum2.Revised != 0 || sum2.Duplicate != articles+dups || sum2.Failed != len(wantFail) {
		t.Errorf("second run %+v, want %d duplicates and nothing new", sum2, articles)
	}
	// A changed file is a new revision.
	write(t, filepath.Join(dir, "in", "article.txt"), []byte("Harbour reopens after storm\n\nThe harbour reopened on Tuesday."))
	sum3, err := ingest.Run(ctx, cfg, []string{filepath.Join(dir, "in", "article.txt")})
	if err != nil || sum3.Revised != 1 {
		t.Errorf("changed file: %+v, %v; want one revision", sum3, err)
	}
	if revs, err := db.Revisions(ctx, "article"); err != nil || len(revs) != 2 {
		t.Errorf("revisions of article: %+v, %v", revs, err)
	}
}
