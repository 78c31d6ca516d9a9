package storetest

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	newsgraph "github.com/newsgraph/newsgraph"
)

func testEntityMerge(t *testing.T, s newsgraph.Store) {
	ctx := context.Background()
	put(t, s,
		article("m1", "Wire", "2024-03-01", "Jens Stoltenberg spoke. Stoltenberg left. The North Atlantic Treaty Organization (NATO) met.").
			entity("E1", "Jens Stoltenberg", newsgraph.Person, "Jens Stoltenberg", "Stoltenberg").role("Secretary General").
			entity("E2", "North Atlantic Treaty Organization", newsgraph.Organization, "North Atlantic Treaty Organization", "NATO"),
		article("m2", "Post", "2024-03-02", "Mr. Jens Stoltenberg arrived. NATO agreed.").
			entity("E1", "Jens Stoltenberg", newsgraph.Person, "Mr. Jens Stoltenberg").
			entity("E2", "NATO", newsgraph.Organization, "NATO"),
		article("m3", "Post", "2024-03-03", "Anna Stoltenberg, his sister, spoke.").
			entity("E1", "Anna Stoltenberg", newsgraph.Person, "Anna Stoltenberg"),
		article("m4", "Post", "2024-03-04", "Stoltenberg said nothing.").
			entity("E1", "Stoltenberg", newsgraph.Person, "Stoltenberg"),
	)
	hits, err := s.Entities(ctx, newsgraph.Filter{Entity: "Jens Stoltenberg"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].ID != "person:jens-stoltenberg" || hits[0].Articles != 2 || hits[0].Mentions != 3 {
		t.Fatalf("Entities(Jens Stoltenberg) = %+v, want person:jens-stoltenberg in 2 articles with 3 mentions", hits)
	}
	if strings.Join(hits[0].Roles, ",") != "Secretary General" || strings.Join(hits[0].Aliases, ",") != "jens stoltenberg" {
		t.Errorf("roles %v aliases %v, want [Secretary General] [jens stoltenberg]", hits[0].Roles, hits[0].Aliases)
	}
	// Three Stoltenbergs who share only a surname stay apart.
	all, err := s.Entities(ctx, newsgraph.Filter{Entity: "stoltenberg", Type: "person"})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 3 {
		t.Errorf("Entities(stoltenberg) = %+v, want three people", all)
	}
	org, err := s.Entities(ctx, newsgraph.Filter{Entity: "NATO", Type: "organization"})
	if err != nil {
		t.Fatal(err)
	}
	if len(org) != 1 || org[0].Articles != 2 || org[0].ID != "organization:north-atlantic-treaty-organization" {
		t.Errorf("Entities(NATO) = %+v, want one organisation in 2 articles", org)
	}
	if e, err := s.Entity(ctx, "person:anna-stoltenberg"); err != nil || e.Name != "Anna Stoltenberg" || e.Articles != 1 {
		t.Errorf("Entity(person:anna-stoltenberg) = %+v, %v", e, err)
	}
	if st := stats(t, s); st.Entities != 4 {
		t.Errorf("Stats.Entities = %d, want 4", st.Entities)
	}
	// Filters by outlet and date.
	if h, _ := s.Entities(ctx, newsgraph.Filter{Outlet: "wire"}); len(h) != 2 {
		t.Errorf("Entities(outlet wire) = %d hits, want 2", len(h))
	}
	if h, _ := s.Entities(ctx, newsgraph.Filter{From: "2024-03-03", To: "2024-03-03"}); len(h) != 1 {
		t.Errorf("Entities(2024-03-03) = %d hits, want 1", len(h))
	}
}

// quoteDocs are three articles quoting the same statement and one other.
func quoteDocs() []*doc {
	stmt := "The reservoir belongs to the whole valley and cannot wait"
	return []*doc{
		article("q2", "Valley Post", "2024-03-06", "Mira Holt said, according to Reuters: “"+stmt+".”").
			entity("E1", "Mira Holt", newsgraph.Person, "Mira Holt").
			entity("E2", "Reuters", newsgraph.Media, "Reuters").
			quote("Q1", stmt, "E1", "E2"),
		article("q1", "Wire", "2024-03-05", "“"+stmt+",” Mira Holt said. “Farmers come first,” she added.").
			entity("E1", "Mira Holt", newsgraph.Person, "Mira Holt").
			quote("Q1", stmt, "E1").
			quote("Q2", "Farmers come first,", "E1"),
		article("q3", "Hill Times", "2024-03-07", "The mayor, Mira Holt, said: “"+stmt+".” The bottling plant declined to comment.").
			entity("E1", "Mira Holt", newsgraph.Person, "Mira Holt").
			quote("Q1", stmt, "E1"),
		article("q4", "Hill Times", "2024-03-08", "“Bottling is our living,” said a worker.").
			quote("Q1", "Bottling is our living,", ""),
	}
}

func testQuotes(t *testing.T, s newsgraph.Store) {
	ctx := context.Background()
	put(t, s, quoteDocs()...)
	for _, tc := range []struct {
		f    newsgraph.Filter
		want string // article/quote ids, oldest first
	}{
		{newsgraph.Filter{}, "q1/Q1 q1/Q2 q2/Q1 q3/Q1 q4/Q1"},
		{newsgraph.Filter{Text: "reservoir valley"}, "q1/Q1 q2/Q1 q3/Q1"},
		{newsgraph.Filter{Text: "farmers"}, "q1/Q2"},
		{newsgraph.Filter{Text: "bottling"}, "q4/Q1"}, // quotes, not the article text of q3
		{newsgraph.Filter{Text: "belong"}, "q1/Q1 q2/Q1 q3/Q1"},
		{newsgraph.Filter{Text: `reservoir" (`}, "q1/Q1 q2/Q1 q3/Q1"},
		{newsgraph.Filter{Speaker: "Mira Holt"}, "q1/Q1 q1/Q2 q2/Q1 q3/Q1"},
		{newsgraph.Filter{Speaker: "holt"}, "q1/Q1 q1/Q2 q2/Q1 q3/Q1"},
		{newsgraph.Filter{Speaker: "person:mira-holt", Text: "farmers"}, "q1/Q2"},
		{newsgraph.Filter{Outlet: "hill times"}, "q3/Q1 q4/Q1"},
		{newsgraph.Filter{From: "2024-03-06", To: "2024-03-07"}, "q2/Q1 q3/Q1"},
		{newsgraph.Filter{Text: "reservoir", From: "2024-03-06", To: "2024-03-06"}, "q2/Q1"},
		{newsgraph.Filter{Text: "reservoir", Outlet: "hill times"}, "q3/Q1"},
		{newsgraph.Filter{Limit: 2}, "q1/Q1 q1/Q2"},
		{newsgraph.Filter{Text: "nowhere"}, ""},
		{newsgraph.Filter{Speaker: "100%_"}, ""},
	} {
		hits, err := s.Quotes(ctx, tc.f)
		if err != nil {
			t.Errorf("Quotes(%+v): %v", tc.f, err)
			continue
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.ArticleID+"/"+h.QuoteID)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("Quotes(%+v) = %v, want %s", tc.f, got, tc.want)
		}
	}
	hits, _ := s.Quotes(ctx, newsgraph.Filter{Outlet: "valley post"})
	if len(hits) != 1 || hits[0].Speaker != "Mira Holt" || hits[0].SpeakerID != "person:mira-holt" ||
		strings.Join(hits[0].Via, ",") != "Reuters" || hits[0].Published != "2024-03-06" || hits[0].Statement == "" {
		t.Errorf("Quotes(valley post) = %+v", hits)
	}
}

func testStatements(t *testing.T, s newsgraph.Store) {
	put(t, s, quoteDocs()...)
	st, err := s.Statements(context.Background(), newsgraph.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(st) != 1 {
		t.Fatalf("Statements = %+v, want one", st)
	}
	var chain []string
	for _, r := range st[0].Reports {
		chain = append(chain, r.ArticleID+":"+strings.Join(r.Via, ">"))
	}
	if st[0].Speaker != "Mira Holt" || strings.Join(chain, " ") != "q1: q2:Reuters q3:" {
		t.Errorf("statement by %q reported %v, want Mira Holt in q1: q2:Reuters q3:", st[0].Speaker, chain)
	}
	if n := stats(t, s).Statements; n != 1 {
		t.Errorf("Stats.Statements = %d, want 1", n)
	}
	if st, _ := s.Statements(context.Background(), newsgraph.Filter{Text: "farmers"}); len(st) != 0 {
		t.Errorf("Statements(farmers) = %+v, want none", st)
	}
}

func testEvents(t *testing.T, s newsgraph.Store) {
	ctx := context.Background()
	meet := func(id, outlet, pub string) *doc {
		return article(id, outlet, pub, "Jens Stoltenberg met Sergei Lavrov in Geneva on Friday.").
			entity("E1", "Jens Stoltenberg", newsgraph.Person, "Jens Stoltenberg").
			entity("E2", "Sergei Lavrov", newsgraph.Person, "Sergei Lavrov").
			entity("E3", "Geneva", newsgraph.Place, "Geneva").
			time("T1", "2024-03-01", "Friday").
			event("V1", "CONSULT", "040", "met", "T1", []string{"E1"}, []string{"E2"})
	}
	other := article("e3", "Post", "2024-03-09", "Sergei Lavrov accused Jens Stoltenberg of lying.").
		entity("E1", "Sergei Lavrov", newsgraph.Person, "Sergei Lavrov").
		entity("E2", "Jens Stoltenberg", newsgraph.Person, "Jens Stoltenberg").
		event("V1", "ACCUSE", "112", "accused", "", []string{"E1"}, []string{"E2"})
	put(t, s, meet("e2", "Post", "2024-03-02"), meet("e1", "Wire", "2024-03-01"), meet("e4", "Wire", "2024-03-03"), other)
	all, err := s.Events(ctx, newsgraph.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 {
		t.Fatalf("Events = %+v, want two linked events", all)
	}
	m := all[0]
	if m.Type != "CONSULT" || m.Mentions != 3 || m.Sources != 2 || strings.Join(m.Articles, ",") != "e1,e2,e4" ||
		m.Date != "2024-03-01" || strings.Join(m.Actors, ",") != "Jens Stoltenberg" || strings.Join(m.TargetIDs, ",") != "person:sergei-lavrov" ||
		m.Outlet != "Wire" || m.Evidence != "met" || m.Cameo != "040" {
		t.Errorf("first event = %+v", m)
	}
	if all[1].Type != "ACCUSE" || all[1].Date != "2024-03-09" || all[1].Mentions != 1 {
		t.Errorf("second event = %+v", all[1])
	}
	for _, tc := range []struct {
		f    newsgraph.Filter
		want string
	}{
		{newsgraph.Filter{Type: "consult"}, "CONSULT"},
		{newsgraph.Filter{Type: "11"}, "ACCUSE"},
		{newsgraph.Filter{Actor: "Lavrov"}, "ACCUSE"},
		{newsgraph.Filter{Actor: "Stoltenberg", Target: "Sergei Lavrov"}, "CONSULT"},
		{newsgraph.Filter{Actor: "Sergei Lavrov", Target: "Jens Stoltenberg", Dyad: true}, "CONSULT ACCUSE"},
		{newsgraph.Filter{Entity: "person:sergei-lavrov"}, "CONSULT ACCUSE"},
		{newsgraph.Filter{From: "2024-03-05"}, "ACCUSE"},
		{newsgraph.Filter{Outlet: "wire"}, "CONSULT"},
		{newsgraph.Filter{Actor: "nobody"}, ""},
	} {
		hits, err := s.Events(ctx, tc.f)
		if err != nil {
			t.Errorf("Events(%+v): %v", tc.f, err)
			continue
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.Type)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("Events(%+v) = %v, want %s", tc.f, got, tc.want)
		}
	}
	if st := stats(t, s); st.Events != 4 || st.EventGroups != 2 {
		t.Errorf("Stats = %d events in %d groups, want 4 in 2", st.Events, st.EventGroups)
	}
}

func testArticles(t *testing.T, s newsgraph.Store) {
	put(t, s, quoteDocs()...)
	hits, err := s.Articles(context.Background(), newsgraph.Filter{Text: "bottling plant declined"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].ID != "q3" || hits[0].Outlet != "Hill Times" || hits[0].Group != "q3" || hits[0].Language != "en" {
		t.Errorf("Articles(bottling plant declined) = %+v, want q3", hits)
	}
	if hits, _ := s.Articles(context.Background(), newsgraph.Filter{Outlet: "Hill Times", To: "2024-03-07"}); len(hits) != 1 {
		t.Errorf("Articles(Hill Times to 03-07) = %+v, want q3", hits)
	}
	// Revised text is searched, the old text no longer.
	put(t, s, article("q3", "Hill Times", "2024-03-07", "A rewritten story about orchards."))
	if hits, _ := s.Articles(context.Background(), newsgraph.Filter{Text: "declined"}); len(hits) != 0 {
		t.Errorf("after revision Articles(declined) = %+v, want none", hits)
	}
	if hits, _ := s.Quotes(context.Background(), newsgraph.Filter{Text: "reservoir"}); len(hits) != 2 {
		t.Errorf("after revision Quotes(reservoir) = %d, want 2", len(hits))
	}
}

func testNonEnglish(t *testing.T, s newsgraph.Store) {
	d := article("ru1", "ТАСС", "2024-03-05", "Генеральный секретарь НАТО заявил о необходимости диалога с Россией.")
	d.r.Article.Language = "ru"
	sub := d.sub()
	sub.Extracted = false
	if _, err := s.PutArticles(context.Background(), []*newsgraph.Submission{sub}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Article(context.Background(), "ru1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Extracted || got.Record.Article.Language != "ru" {
		t.Errorf("stored extracted=%v language=%q, want false ru", got.Extracted, got.Record.Article.Language)
	}
	if st := stats(t, s); st.NonEnglish != 1 {
		t.Errorf("Stats.NonEnglish = %d, want 1", st.NonEnglish)
	}
	if hits, _ := s.Articles(context.Background(), newsgraph.Filter{Text: "диалога"}); len(hits) != 1 {
		t.Errorf("Articles(диалога) = %+v, want ru1", hits)
	}
}

// testConcurrent puts from several goroutines at once, as several ingest
// workers or hosts do, with shared entities.
func testConcurrent(t *testing.T, s newsgraph.Store) {
	const workers, each = 4, 10
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				d := article(fmt.Sprintf("c%d-%d", w, i), "Wire", "2024-03-05", fmt.Sprintf("Mira Holt spoke, item %d of worker %d.", i, w)).
					entity("E1", "Mira Holt", newsgraph.Person, "Mira Holt")
				if _, err := s.PutArticles(context.Background(), []*newsgraph.Submission{d.sub()}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	st := stats(t, s)
	if st.Articles != workers*each || st.Entities != 1 {
		t.Errorf("Stats = %d articles %d entities, want %d and 1", st.Articles, st.Entities, workers*each)
	}
}
