package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode/utf8"

	newsgraph "github.com/newsgraph/newsgraph"
)

// doc builds records over a text, with spans found by searching the text.
type doc struct {
	r *newsgraph.Record
}

// article starts a record with the given id, outlet, publication date and
// text.
func article(id, outlet, published, text string) *doc {
	r := &newsgraph.Record{
		Schema:    newsgraph.Schema,
		Extractor: newsgraph.Extractor{Name: "storetest", Version: newsgraph.Version},
		Article: newsgraph.Article{
			ID: id, Language: "en", Title: "Title of " + id, Byline: []string{}, Text: text,
		},
		Entities: []newsgraph.Entity{}, Quotes: []newsgraph.Quote{}, Times: []newsgraph.Time{}, Events: []newsgraph.Event{},
	}
	if outlet != "" {
		r.Article.Outlet = &outlet
	}
	if published != "" {
		b := newsgraph.BasisGiven
		r.Article.Published, r.Article.PublishedBasis = &published, &b
	}
	return &doc{r: r}
}

// span returns the span of the first occurrence of s in the text, with
// code-point offsets; it panics when s is absent, a fixture bug.
func (d *doc) span(s string) newsgraph.Span {
	i := strings.Index(d.r.Article.Text, s)
	if i < 0 {
		panic("storetest: fixture text lacks " + s)
	}
	start := utf8.RuneCountInString(d.r.Article.Text[:i])
	return newsgraph.Span{Start: start, End: start + utf8.RuneCountInString(s), Text: s}
}

// entity adds an entity mentioned by each of the given strings.
func (d *doc) entity(id, name string, typ newsgraph.EntityType, mentions ...string) *doc {
	e := newsgraph.Entity{ID: id, Name: name, Type: typ, Roles: []newsgraph.Role{}}
	for _, m := range mentions {
		e.Mentions = append(e.Mentions, d.span(m))
	}
	d.r.Entities = append(d.r.Entities, e)
	return d
}

// role gives the last entity added a role title.
func (d *doc) role(title string) *doc {
	e := &d.r.Entities[len(d.r.Entities)-1]
	e.Roles = append(e.Roles, newsgraph.Role{Title: title})
	return d
}

// quote adds a direct quote of text by speaker (an entity id or ""),
// relayed through via.
func (d *doc) quote(id, text, speaker string, via ...string) *doc {
	q := newsgraph.Quote{ID: id, Kind: newsgraph.Direct, Text: text, Span: d.span(text), Via: via, Confidence: 0.9}
	if via == nil {
		q.Via = []string{}
	}
	if speaker != "" {
		q.Speaker = &speaker
	}
	d.r.Quotes = append(d.r.Quotes, q)
	return d
}

// time adds a temporal expression.
func (d *doc) time(id, value, text string) *doc {
	d.r.Times = append(d.r.Times, newsgraph.Time{ID: id, Type: "date", Value: value, Span: d.span(text)})
	return d
}

// event adds an event of a PLOVER type between actors and targets.
func (d *doc) event(id, typ, cameo, evidence, time string, actors, targets []string) *doc {
	v := newsgraph.Event{ID: id, Type: typ, Mode: "", Context: "", Cameo: cameo, Goldstein: 1, QuadClass: 1,
		Actors: actors, Targets: targets, Evidence: []newsgraph.Span{d.span(evidence)}, Confidence: 0.8}
	if time != "" {
		v.Time = &time
	}
	d.r.Events = append(d.r.Events, v)
	return d
}

// sub returns the record as a submission.
func (d *doc) sub() *newsgraph.Submission {
	sum := sha256.Sum256([]byte(d.r.Article.ID + "\x00" + d.r.Article.Title + d.r.Article.Text))
	return newsgraph.NewSubmission(d.r, "storetest:"+d.r.Article.ID, hex.EncodeToString(sum[:]), true)
}

// longText is a text long enough for a SimHash, of our own writing.
const longText = `The valley council met on Tuesday to discuss the reservoir. Farmers from the lower villages said the
water had fallen to its lowest level in twelve years, and asked the council to limit what the bottling plant may
draw. The plant's manager said the company had already cut its use by a fifth and would publish its meter readings
every month. A hydrologist from the regional university told the meeting that rainfall over the winter had been half
the average and that the spring melt would come early. The council agreed to meet again in two weeks, after an
inspection of the dam, and to invite the plant's owners and the farmers' union to the same table.`
