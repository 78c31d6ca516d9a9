package http

import (
	"context"
	"encoding/json"
	nethttp "net/http"
	"strings"
	"testing"

	newsgraph "github.com/newsgraph/newsgraph"
)

func ptr(s string) *string { return &s }

// hostile is an article whose every field is markup that must be shown,
// never run.
func hostile() *newsgraph.StoredArticle {
	text := `"<script>alert(1)</script> we stay," said Ann <img src=x onerror=alert(2)> Lee on Monday.`
	idx := func(s string) int { return len([]rune(text[:strings.Index(text, s)])) }
	span := func(s string) newsgraph.Span {
		i := idx(s)
		return newsgraph.Span{Start: i, End: i + len([]rune(s)), Text: s}
	}
	q := span(`<script>alert(1)</script> we stay,`)
	who := span(`Ann <img src=x onerror=alert(2)> Lee`)
	said := span("said")
	mon := span("Monday")
	return &newsgraph.StoredArticle{Revision: 1, Record: &newsgraph.Record{
		Article:  newsgraph.Article{ID: "a1", Title: `<b>"Bold"</b> & 'title'`, Outlet: ptr("<i>Wire</i>"), Published: ptr("2026-03-02"), Text: text},
		Entities: []newsgraph.Entity{{ID: "E1", Name: who.Text, Type: newsgraph.Person, Mentions: []newsgraph.Span{who}}},
		Quotes: []newsgraph.Quote{{ID: "Q1", Kind: newsgraph.Direct, Text: q.Text, Span: q, Speaker: ptr("E1"),
			SpeakerMention: &who, Cue: &said, Time: ptr("T1"), Via: []string{}}},
		Times:  []newsgraph.Time{{ID: "T1", Type: "DATE", Value: "2026-03-02", Span: mon}},
		Events: []newsgraph.Event{},
	}}
}

func TestArticlePage(t *testing.T) {
	a := hostile()
	s := &Server{Articles: &store{ArticleFn: func(_ context.Context, id string) (*newsgraph.StoredArticle, error) {
		if id != "a1" {
			return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "no article %s", id)
		}
		return a, nil
	}}, Queries: &store{}}
	w := get(t, s, "GET", "/articles/a1", nil)
	doc := parse(t, w)
	if n := len(find(doc, "script", "")); n != 1 {
		t.Errorf("%d script elements, want only app.js", n)
	}
	if n := len(find(doc, "img", "")) + len(find(doc, "b", "")) + len(find(doc, "i", "")); n != 0 {
		t.Errorf("article markup became %d elements", n)
	}
	body := find(doc, "div", "text")[0]
	if got := text(body); got != a.Record.Article.Text {
		t.Errorf("text shown as %q", got)
	}
	for class, want := range map[string]string{
		"quote": `<script>alert(1)</script> we stay,`, "speaker": "Ann <img src=x onerror=alert(2)> Lee",
		"cue": "said", "time": "Monday",
	} {
		ms := find(body, "mark", class)
		if len(ms) != 1 || text(ms[0]) != want {
			t.Errorf("mark.%s: got %d marks, want one of %q", class, len(ms), want)
			continue
		}
		if id := attr(ms[0], "id"); !strings.HasPrefix(id, "m-"+class+"-") {
			t.Errorf("mark.%s has anchor %q", class, id)
		}
	}
	if h := w.Header().Get("Content-Security-Policy"); !strings.Contains(h, "script-src 'self'") {
		t.Errorf("CSP %q", h)
	}
	if w := get(t, s, "GET", "/articles/nope", nil); w.Code != nethttp.StatusNotFound {
		t.Errorf("unknown article: status %d", w.Code)
	}
	if w := get(t, s, "GET", "/api/articles/nope", nil); w.Code != nethttp.StatusNotFound || !strings.Contains(w.Body.String(), `"not_found"`) {
		t.Errorf("unknown article in the API: %d %s", w.Code, w.Body)
	}
}

// quotes returns n quotes, from f.Offset on and at most f.Limit of them,
// as a store would.
func quotes(n int) func(context.Context, newsgraph.Filter) ([]newsgraph.QuoteHit, error) {
	return func(_ context.Context, f newsgraph.Filter) ([]newsgraph.QuoteHit, error) {
		var out []newsgraph.QuoteHit
		for i := f.Offset; i < n && (f.Limit == 0 || i < f.Offset+f.Limit); i++ {
			out = append(out, newsgraph.QuoteHit{ArticleID: "a1", QuoteID: "Q" + string(rune('A'+i)), Text: "said " + f.Text, Via: []string{}})
		}
		return out, nil
	}
}

func TestAPIPaging(t *testing.T) {
	s := &Server{Articles: &store{}, Queries: &store{QuotesFn: quotes(5)}}
	tests := []struct {
		query string
		ids   string
		next  bool
	}{
		{"per_page=2", "QA QB", true},
		{"per_page=2&page=2", "QC QD", true},
		{"per_page=2&page=3", "QE", false},
		{"per_page=2&page=9", "", false},
		{"", "QA QB QC QD QE", false},
	}
	for _, tt := range tests {
		// The quotes list cuts its page out of the rows before it; the
		// search asks the store for the page (Filter.Offset).
		for _, path := range []string{"/api/quotes", "/api/search"} {
			w := get(t, s, "GET", path+"?text=x&"+tt.query, nil)
			var p Page[newsgraph.QuoteHit]
			if path == "/api/search" {
				var res SearchResult
				if err := json.Unmarshal(w.Body.Bytes(), &res); err != nil {
					t.Fatalf("%s %s: %v: %s", path, tt.query, err, w.Body)
				}
				p = res.Quotes
			} else if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil {
				t.Fatalf("%s %s: %v: %s", path, tt.query, err, w.Body)
			}
			var ids []string
			for _, q := range p.Items {
				ids = append(ids, q.QuoteID)
			}
			if strings.Join(ids, " ") != tt.ids || (p.Next != "") != tt.next {
				t.Errorf("%s %s: got %v next %q, want %s next %v", path, tt.query, ids, p.Next, tt.ids, tt.next)
			}
		}
	}
	for _, bad := range []string{"page=0", "per_page=100000", "page=x", "from=yesterday"} {
		if w := get(t, s, "GET", "/api/quotes?"+bad, nil); w.Code != nethttp.StatusBadRequest {
			t.Errorf("%s: status %d", bad, w.Code)
		}
	}
}

func TestSearchPage(t *testing.T) {
	s := &Server{Articles: &store{ArticlesFn: func(context.Context, newsgraph.Filter) ([]newsgraph.ArticleHit, error) {
		return []newsgraph.ArticleHit{{ID: "a/1", Title: "<script>x</script>"}}, nil
	}}, Queries: &store{
		QuotesFn: quotes(1),
		EntitiesFn: func(_ context.Context, f newsgraph.Filter) ([]newsgraph.EntityHit, error) {
			if f.Entity != "water" {
				t.Errorf("entities searched for %q", f.Entity)
			}
			return []newsgraph.EntityHit{{ID: "person:ann-lee", Name: "Ann Lee", Type: "person"}}, nil
		},
	}}
	doc := parse(t, get(t, s, "GET", "/?q=water", nil))
	if qs := find(doc, "li", "quotehit"); len(qs) != 1 || !strings.Contains(text(qs[0]), "said water") {
		t.Errorf("quotes: %d", len(qs))
	}
	if es := find(doc, "a", "entity"); len(es) != 1 || attr(es[0], "href") != "/entities/person:ann-lee" {
		t.Errorf("entities: %v", es)
	}
	as := find(doc, "a", "article")
	if len(as) != 1 || attr(as[0], "href") != "/articles/a%2F1" || text(as[0]) != "<script>x</script>" {
		t.Errorf("articles: %v", as)
	}
}

func TestDyadPage(t *testing.T) {
	events := []newsgraph.EventHit{
		{ID: "ev1", Type: "CONSULT", QuadClass: 1, Date: "2026-01-05", Actors: []string{"A"}, Targets: []string{"B"}, Articles: []string{"a1"}},
		{ID: "ev2", Type: "SANCTION", QuadClass: 4, Date: "2026-02-07", Actors: []string{"B"}, Targets: []string{"A"}, Articles: []string{"a2"}},
		{ID: "ev3", Type: "ACCUSE", QuadClass: 3, Date: "2026-02-09", Actors: []string{"A"}, Targets: []string{"B"}, Articles: []string{"a3"}},
	}
	s := &Server{Articles: &store{}, Queries: &store{
		EventsFn: func(_ context.Context, f newsgraph.Filter) ([]newsgraph.EventHit, error) {
			if !f.Dyad || f.Actor != "A" || f.Target != "B" {
				t.Errorf("events filter %+v", f)
			}
			return events, nil
		},
		QuotesFn: func(_ context.Context, f newsgraph.Filter) ([]newsgraph.QuoteHit, error) {
			return []newsgraph.QuoteHit{{ArticleID: "a1", QuoteID: "Q1", Text: f.Speaker + " on " + f.Text}}, nil
		},
	}}
	doc := parse(t, get(t, s, "GET", "/dyad?a=A&b=B", nil))
	dots := find(doc, "circle", "")
	if len(dots) != 3 || attr(dots[1], "class") != "quad4" {
		t.Errorf("timeline dots: %d", len(dots))
	}
	if n := len(find(doc, "rect", "coop")) + len(find(doc, "rect", "conflict")); n != 4 {
		t.Errorf("%d bars, want two months of two", n)
	}
	if q := find(find(doc, "section", "")[0].Parent, "li", "quotehit"); len(q) != 2 || !strings.Contains(text(q[0]), "A on B") {
		t.Errorf("statements about each other: %d", len(q))
	}
	var d Dyad
	w := get(t, s, "GET", "/api/dyad?a=A&b=B", nil)
	if err := json.Unmarshal(w.Body.Bytes(), &d); err != nil || len(d.Months) != 2 || d.Months[1].Conflict != 2 {
		t.Errorf("api dyad: %v %+v", err, d.Months)
	}
	if w := get(t, s, "GET", "/dyad?a=A", nil); w.Code != nethttp.StatusBadRequest {
		t.Errorf("one actor: status %d", w.Code)
	}
}

func TestSubmit(t *testing.T) {
	var got ArticleInput
	s := &Server{Articles: &store{}, Queries: &store{}, MaxBody: 200,
		Submit: func(_ context.Context, a ArticleInput) (newsgraph.PutResult, error) {
			got = a
			return newsgraph.PutResult{ArticleID: "x", Status: newsgraph.PutNew, Revision: 1}, nil
		}}
	body := func(s string) *strings.Reader { return strings.NewReader(s) }
	ok := `{"id":"x","text":"He said so."}`
	if w := get(t, s, "POST", "/api/articles", body(ok)); w.Code != nethttp.StatusForbidden {
		t.Errorf("no token configured: %d", w.Code)
	}
	s.Token = "tok"
	tests := []struct {
		auth, body string
		status     int
	}{
		{"", ok, nethttp.StatusUnauthorized},
		{"Bearer nope", ok, nethttp.StatusUnauthorized},
		{"Bearer tok", ok, nethttp.StatusCreated},
		{"Bearer tok", `{"text":""}`, nethttp.StatusBadRequest},
		{"Bearer tok", `{"text":"x","extra":1}`, nethttp.StatusBadRequest},
		{"Bearer tok", `{"text":"` + strings.Repeat("x", 300) + `"}`, nethttp.StatusRequestEntityTooLarge},
	}
	for _, tt := range tests {
		w := get(t, s, "POST", "/api/articles", body(tt.body), "Authorization", tt.auth)
		if w.Code != tt.status {
			t.Errorf("%q %.30s: status %d, want %d: %s", tt.auth, tt.body, w.Code, tt.status, w.Body)
		}
	}
	if got.Text != "He said so." {
		t.Errorf("submitted %+v", got)
	}
}

func TestOpenAPI(t *testing.T) {
	w := get(t, &Server{}, "GET", "/api/openapi.json", nil)
	var doc struct {
		Paths map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/api/search", "/api/articles", "/api/articles/{id}", "/api/entities", "/api/entities/{id}",
		"/api/quotes", "/api/statements", "/api/events", "/api/timeline", "/api/dyad"} {
		if doc.Paths[p] == nil {
			t.Errorf("openapi.json lacks %s", p)
		}
	}
}

func TestHighlight(t *testing.T) {
	tests := []struct {
		text  string
		marks []mark
		want  string
	}{
		{"abc", nil, "abc"},
		{"aé–c", []mark{{1, 3, "quote", "Q1", ""}}, "a[quote:é–]c"},
		{"abcd", []mark{{0, 3, "quote", "Q1", ""}, {2, 4, "time", "T1", ""}}, "[quote:ab][quote time:c][time:d]"},
		// Fixed bugs: marks past the text are clipped, not a panic.
		{"ab", []mark{{1, 9, "cue", "Q1", ""}, {-3, 1, "time", "T1", ""}}, "[time:a][cue:b]"},
	}
	for _, tt := range tests {
		var b strings.Builder
		for _, s := range highlight(tt.text, tt.marks) {
			if s.Class == "" {
				b.WriteString(s.Text)
			} else {
				b.WriteString("[" + s.Class + ":" + s.Text + "]")
			}
		}
		if b.String() != tt.want {
			t.Errorf("highlight(%q) = %s, want %s", tt.text, b.String(), tt.want)
		}
	}
}
