package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	newsgraph "github.com/newsgraph/newsgraph"
)

// TestIngestQueryExport ingests our own example files, queries them in
// every format and exports them.
func TestIngestQueryExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "ng.db")
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	for _, f := range []string{"article.txt", "page.html", "articles.jsonl", "russian.txt"} {
		b, err := os.ReadFile(filepath.Join("../../ingest/testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(in, f), b, 0o644)
	}
	out, _, err := run(t, "", "ingest", "--db", db, "-q", in)
	if err == nil || !strings.Contains(out, "read 7: 5 new, 0 revised, 0 duplicate, 2 failed") || !strings.Contains(out, "articles.jsonl:3: JSON") {
		t.Errorf("ingest: %v\n%s", err, out)
	}
	out, _, err = run(t, "", "ingest", "--db", db, "-q", "--json", in)
	var sum struct{ New, Duplicate, Failed int }
	if json.Unmarshal([]byte(out), &sum); sum.New != 0 || sum.Duplicate != 5 || sum.Failed != 2 || err == nil {
		t.Errorf("second ingest: %v\n%s", err, out)
	}

	out, _, err = run(t, "", "query", "quotes", "--db", db, "--text", "reservoir", "--format", "json")
	var quotes []newsgraph.QuoteHit
	if err != nil || json.Unmarshal([]byte(out), &quotes) != nil || len(quotes) != 1 || quotes[0].ArticleID != "page" || quotes[0].Speaker != "Mira Holt" {
		t.Errorf("query quotes --text reservoir: %v\n%s", err, out)
	}
	out, _, err = run(t, "", "query", "quotes", "--db", db, "--speaker", "Lena Voss", "--format", "csv")
	if err != nil || !strings.HasPrefix(out, "published,outlet,speaker,kind,quote,via,article\n") || !strings.Contains(out, "Lena Voss") {
		t.Errorf("query quotes --speaker: %v\n%s", err, out)
	}
	out, _, err = run(t, "", "query", "entities", "--db", db, "--type", "person")
	if err != nil || !strings.HasPrefix(out, "ID ") || !strings.Contains(out, "person:mira-holt") {
		t.Errorf("query entities: %v\n%s", err, out)
	}
	out, _, err = run(t, "", "query", "timeline", "--db", db, "--format", "jsonl", "Mira Holt")
	if err != nil || !strings.Contains(out, `"kind":"quote"`) {
		t.Errorf("query timeline: %v\n%s", err, out)
	}
	out, _, err = run(t, "", "query", "articles", "--db", db, "--text", "library")
	if err != nil || !strings.Contains(out, "j2") {
		t.Errorf("query articles: %v\n%s", err, out)
	}
	if _, _, err := run(t, "", "query", "dyad", "--db", db, "A"); err == nil {
		t.Error("query dyad with one actor: no error")
	}
	if _, _, err := run(t, "", "query", "quotes", "--db", db, "--from", "March"); err == nil {
		t.Error("query with a bad date: no error")
	}

	out, _, err = run(t, "", "export", "--db", db)
	if lines := strings.Split(strings.TrimSpace(out), "\n"); err != nil || len(lines) != 5 {
		t.Fatalf("export jsonl: %v, %d lines", err, len(lines))
	} else if r := decode(t, lines[0]); r.Article.ID != "article" {
		t.Errorf("first exported record %s, want article", r.Article.ID)
	}
	out, _, err = run(t, "", "export", "--db", db, "--format", "csv", "--table", "quotes")
	if err != nil || strings.Count(out, "\n") < 3 {
		t.Errorf("export csv quotes: %v\n%s", err, out)
	}
	out, _, err = run(t, "", "export", "--db", db, "--format", "gdelt", "--header")
	if err != nil || strings.Count(strings.SplitN(out, "\n", 2)[0], "\t") != 60 {
		t.Errorf("export gdelt header: %v\n%s", err, out)
	}
}

func TestGDELTRow(t *testing.T) {
	if len(gdeltColumns) != 61 {
		t.Fatalf("%d GDELT columns, want 61", len(gdeltColumns))
	}
	row := gdeltRow(&newsgraph.EventHit{ID: "ev:00000000000fffff", Type: "CONSULT", Cameo: "042", Goldstein: 1.9, QuadClass: 1,
		Actors: []string{"Jens Stoltenberg"}, Targets: []string{"Sergei Lavrov"}, Date: "2017-02-17", Mentions: 3, Sources: 2,
		Articles: []string{"a", "b"}, URL: "https://example.org/a", Published: "2017-02-18"})
	want := map[string]string{"GLOBALEVENTID": "511", "SQLDATE": "20170217", "MonthYear": "201702", "Year": "2017",
		"Actor1Name": "JENS STOLTENBERG", "Actor2Name": "SERGEI LAVROV", "EventCode": "042", "EventBaseCode": "042",
		"EventRootCode": "04", "QuadClass": "1", "GoldsteinScale": "1.9", "NumMentions": "3", "NumSources": "2",
		"NumArticles": "2", "DATEADDED": "20170218000000", "SOURCEURL": "https://example.org/a"}
	for i, c := range gdeltColumns {
		if w, ok := want[c]; ok && row[i] != w {
			t.Errorf("%s = %q, want %q", c, row[i], w)
		}
	}
}
