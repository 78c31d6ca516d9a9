package http

import (
	"context"
	nethttp "net/http"
	"strings"
	"testing"

	newsgraph "github.com/newsgraph/newsgraph"
)

func TestQuotePage(t *testing.T) {
	a := hostile()
	q := &a.Record.Quotes[0]
	q.Text = "we will not stay here any longer"
	key := newsgraph.StatementKey(q.Text)
	s := &Server{Articles: &store{ArticleFn: func(context.Context, string) (*newsgraph.StoredArticle, error) { return a, nil }},
		Queries: &store{QuotesFn: func(_ context.Context, f newsgraph.Filter) ([]newsgraph.QuoteHit, error) {
			return []newsgraph.QuoteHit{
				{ArticleID: "a2", QuoteID: "Q4", Speaker: "Ann Lee", Via: []string{"Reuters", "TASS"}, Statement: key, Outlet: "Daily", Published: "2026-03-03"},
				{ArticleID: "a1", QuoteID: "Q1", Speaker: "Ann Lee", Via: []string{}, Statement: key, Outlet: "Wire", Published: "2026-03-02"},
				{ArticleID: "a3", QuoteID: "Q2", Speaker: "Ann Lee", Statement: "other", Outlet: "Elsewhere"},
			}, nil
		}}}
	doc := parse(t, get(t, s, "GET", "/quotes/a1/Q1", nil))
	reports := find(doc, "ol", "reports")[0]
	lis := find(reports, "li", "")
	if len(lis) != 2 {
		t.Fatalf("%d reports, want 2", len(lis))
	}
	if got := strings.Join(strings.Fields(text(find(lis[1], "div", "chain")[0])), " "); got != "Ann Lee → TASS → Reuters → Daily" {
		t.Errorf("relay chain %q", got)
	}
	if first := text(find(doc, "section", "")[0]); !strings.Contains(first, "Wire") {
		t.Errorf("first report: %q", first)
	}
	if w := get(t, s, "GET", "/quotes/a1/Q9", nil); w.Code != nethttp.StatusNotFound {
		t.Errorf("unknown quote: status %d", w.Code)
	}
}

func TestEntityPage(t *testing.T) {
	ann := &newsgraph.EntityHit{ID: "person:ann-lee", Name: "Ann Lee", Type: "person", Roles: []string{"Minister of Tests"}, Aliases: []string{"ann lee"}}
	s := &Server{Articles: &store{ArticleFn: func(context.Context, string) (*newsgraph.StoredArticle, error) {
		a := hostile()
		a.Record.Entities = append(a.Record.Entities, newsgraph.Entity{ID: "E2", Name: "Bob Stone", Type: newsgraph.Person})
		return a, nil
	}}, Queries: &store{
		EntityFn: func(_ context.Context, id string) (*newsgraph.EntityHit, error) {
			if id != ann.ID {
				return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "no entity %s", id)
			}
			return ann, nil
		},
		EntitiesFn: func(context.Context, newsgraph.Filter) ([]newsgraph.EntityHit, error) {
			return []newsgraph.EntityHit{*ann}, nil
		},
		QuotesFn: func(_ context.Context, f newsgraph.Filter) ([]newsgraph.QuoteHit, error) {
			return []newsgraph.QuoteHit{{ArticleID: "a1", QuoteID: "Q1", Text: "we stay", Speaker: "Ann Lee", SpeakerID: ann.ID, Published: "2026-03-02"}}, nil
		},
		EventsFn: func(_ context.Context, f newsgraph.Filter) ([]newsgraph.EventHit, error) {
			if f.Type != "CONSULT" {
				return []newsgraph.EventHit{}, nil
			}
			return []newsgraph.EventHit{{ID: "ev1", Type: "CONSULT", QuadClass: 1, Date: "2026-03-02",
				Actors: []string{"Ann Lee"}, ActorIDs: []string{ann.ID}, Targets: []string{"Cy Dale"}, TargetIDs: []string{"person:cy-dale"}}}, nil
		},
	}}
	doc := parse(t, get(t, s, "GET", "/entities/person:ann-lee", nil))
	if got := text(find(doc, "h1", "entity-name")[0]); !strings.HasPrefix(got, "Ann Lee") {
		t.Errorf("heading %q", got)
	}
	if n := len(find(doc, "li", "quotehit")); n != 1 {
		t.Errorf("%d statements", n)
	}
	if n := len(find(doc, "rect", "coop")); n != 1 {
		t.Errorf("%d bars of statements per month", n)
	}
	dyads := find(doc, "a", "dyad")
	var hrefs []string
	for _, d := range dyads {
		hrefs = append(hrefs, attr(d, "href"))
	}
	want := []string{"/dyad?a=person%3Aann-lee&b=person%3Acy-dale", // met
		"/dyad?a=person%3Aann-lee&b=Ann+%3Cimg+src%3Dx+onerror%3Dalert%282%29%3E+Lee", "/dyad?a=person%3Aann-lee&b=Bob+Stone"} // named alongside
	if strings.Join(hrefs, " ") != strings.Join(want, " ") {
		t.Errorf("dyad links %v, want %v", hrefs, want)
	}
	// An article's entity merged under another name is found by name.
	w := get(t, s, "GET", "/entities/person:a-lee?name=A.+Lee&type=person", nil)
	if w.Code != nethttp.StatusFound || w.Header().Get("Location") != "/entities/person:ann-lee" {
		t.Errorf("lookup by name: %d %s", w.Code, w.Header().Get("Location"))
	}
}
