package http

import (
	nethttp "net/http"

	newsgraph "github.com/newsgraph/newsgraph"
)

// articleView is the article page: the text with every quote, speaker,
// time and event highlighted, and the lists of them.
type articleView struct {
	Article  *newsgraph.StoredArticle
	Segments []segment
	Quotes   []quoteRow
	Times    []newsgraph.Time
	Events   []eventRow
	Entities []entityRow
	Copies   []newsgraph.ArticleHit
}

type quoteRow struct {
	newsgraph.Quote
	SpeakerName string
	SpeakerURL  string
	Via         []string // relay names
	TimeValue   string
}

type eventRow struct {
	newsgraph.Event
	Actors, Targets []entityRow
	TimeValue       string
}

type entityRow struct {
	ID, Name, Type, URL string
	Roles               []string
	Mentions            int
}

// entityURL links an article's own entity to its merged entity's page:
// the id the store gives an entity named as its name key, with the name
// and type to look it up by should it have merged under another name.
func entityURL(articleID string, e *newsgraph.Entity) string {
	key := newsgraph.NameKey(e.Name)
	id := newsgraph.EntityID(e.Type, key)
	aliases := newsgraph.EntityAliases(e)
	own := false
	for _, a := range aliases {
		own = own || a == key
	}
	if !own {
		id += "@" + articleID
	}
	return "/entities/" + pathEscape(id) + "?name=" + queryEscape(e.Name) + "&type=" + queryEscape(string(e.Type))
}

func entityRowOf(rec *newsgraph.Record, e *newsgraph.Entity) entityRow {
	r := entityRow{ID: e.ID, Name: e.Name, Type: string(e.Type), URL: entityURL(rec.Article.ID, e), Mentions: len(e.Mentions)}
	for _, ro := range e.Roles {
		t := ro.Title
		if ro.Of != nil {
			of := *ro.Of
			if o := rec.EntityByID(of); o != nil {
				of = o.Name
			}
			t += " of " + of
		}
		r.Roles = append(r.Roles, t)
	}
	return r
}

// GET /articles/{id}
func (s *Server) articlePage(w nethttp.ResponseWriter, r *nethttp.Request) {
	a, err := s.Articles.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		pageError(w, r, err)
		return
	}
	rec := a.Record
	v := articleView{Article: a, Segments: highlight(rec.Article.Text, marks(rec)), Times: rec.Times}
	id := rec.Article.ID
	ent := func(eid string) entityRow {
		if e := rec.EntityByID(eid); e != nil {
			return entityRowOf(rec, e)
		}
		return entityRow{ID: eid, Name: eid}
	}
	timeValue := func(tid *string) string {
		if tid == nil {
			return ""
		}
		for _, t := range rec.Times {
			if t.ID == *tid {
				return t.Value
			}
		}
		return *tid
	}
	for _, q := range rec.Quotes {
		row := quoteRow{Quote: q, TimeValue: timeValue(q.Time)}
		if q.Speaker != nil {
			e := ent(*q.Speaker)
			row.SpeakerName, row.SpeakerURL = e.Name, e.URL
		}
		for _, via := range q.Via {
			row.Via = append(row.Via, ent(via).Name)
		}
		v.Quotes = append(v.Quotes, row)
	}
	for _, e := range rec.Events {
		row := eventRow{Event: e, TimeValue: timeValue(e.Time)}
		for _, x := range e.Actors {
			row.Actors = append(row.Actors, ent(x))
		}
		for _, x := range e.Targets {
			row.Targets = append(row.Targets, ent(x))
		}
		v.Events = append(v.Events, row)
	}
	for i := range rec.Entities {
		v.Entities = append(v.Entities, entityRowOf(rec, &rec.Entities[i]))
	}
	if a.Group != "" {
		if cs, err := s.Articles.Copies(r.Context(), id); err == nil && len(cs) > 1 {
			v.Copies = cs
		}
	}
	render(w, r, nethttp.StatusOK, "article", view{Title: rec.Article.Title, Data: v})
}
