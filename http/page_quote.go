package http

import (
	nethttp "net/http"
	"sort"

	newsgraph "github.com/newsgraph/newsgraph"
)

// quoteView is the quote page: the statement, every outlet that carried
// it, the first report and each report's relay chain.
type quoteView struct {
	Article *newsgraph.StoredArticle
	Quote   quoteRow
	Reports []reportRow
	First   *reportRow
}

// reportRow is one article's report of the statement; Chain runs from
// the speaker through the relays to the outlet that published it.
type reportRow struct {
	newsgraph.QuoteHit
	Chain []string
}

// GET /quotes/{article}/{quote}
func (s *Server) quotePage(w nethttp.ResponseWriter, r *nethttp.Request) {
	ctx := r.Context()
	a, err := s.Articles.Article(ctx, r.PathValue("article"))
	if err != nil {
		pageError(w, r, err)
		return
	}
	rec := a.Record
	var q *newsgraph.Quote
	for i := range rec.Quotes {
		if rec.Quotes[i].ID == r.PathValue("quote") {
			q = &rec.Quotes[i]
		}
	}
	if q == nil {
		pageError(w, r, newsgraph.Errorf(newsgraph.ENOTFOUND, "article %s has no quote %s", rec.Article.ID, r.PathValue("quote")))
		return
	}
	v := quoteView{Article: a, Quote: quoteRow{Quote: *q}}
	self := newsgraph.QuoteHit{ArticleID: rec.Article.ID, QuoteID: q.ID, Kind: q.Kind, Text: q.Text, Via: []string{},
		Outlet: deref(rec.Article.Outlet), Published: deref(rec.Article.Published), URL: deref(rec.Article.URL)}
	if q.Speaker != nil {
		if e := rec.EntityByID(*q.Speaker); e != nil {
			v.Quote.SpeakerName, v.Quote.SpeakerURL = e.Name, entityURL(rec.Article.ID, e)
			self.Speaker = e.Name
		}
	}
	for _, id := range q.Via {
		if e := rec.EntityByID(id); e != nil {
			self.Via = append(self.Via, e.Name)
		}
	}
	reports := []newsgraph.QuoteHit{}
	if key := newsgraph.StatementKey(q.Text); key != "" {
		// Reports of the same statement share its words; the store finds
		// them by text and the key picks them out.
		hits, err := s.Queries.Quotes(ctx, newsgraph.Filter{Text: q.Text, Limit: maxPerPage})
		if err != nil {
			pageError(w, r, err)
			return
		}
		for _, h := range hits {
			if h.Statement == key {
				reports = append(reports, h)
			}
		}
	}
	found := false
	for _, h := range reports {
		found = found || h.ArticleID == self.ArticleID && h.QuoteID == self.QuoteID
	}
	if !found {
		reports = append(reports, self)
	}
	sort.SliceStable(reports, func(i, j int) bool { return reports[i].Published < reports[j].Published })
	for _, h := range reports {
		chain := []string{h.Speaker}
		if chain[0] == "" {
			chain[0] = "unnamed speaker"
		}
		for i := len(h.Via) - 1; i >= 0; i-- {
			chain = append(chain, h.Via[i])
		}
		chain = append(chain, orText(h.Outlet, h.ArticleID))
		v.Reports = append(v.Reports, reportRow{QuoteHit: h, Chain: chain})
	}
	v.First = &v.Reports[0]
	render(w, r, nethttp.StatusOK, "quote", view{Title: "Quote " + q.ID + " · " + rec.Article.Title, Data: v})
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func orText(a, b string) string {
	if a == "" {
		return b
	}
	return a
}
