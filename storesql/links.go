package storesql

import (
	"encoding/json"

	newsgraph "github.com/newsgraph/newsgraph"
)

// Locals maps the local ids of an article's entities and times to what
// they are stored as, so that its quotes and events can be linked to them.
type Locals struct {
	Entities map[string]string // entity local id -> merged id
	Names    map[string]string // entity local id -> name
	Times    map[string]string // time local id -> value
}

// NewLocals returns empty Locals, to fill while storing an article's
// entities and times.
func NewLocals() *Locals {
	return &Locals{Entities: map[string]string{}, Names: map[string]string{}, Times: map[string]string{}}
}

// QuoteLinks are the columns of a stored quote that link it to the rest
// of its article and to reports of the same statement.
type QuoteLinks struct {
	Speaker, SpeakerName *string // its speaker's merged id and name; nil when unknown
	Via                  string  // the names of those it was relayed through, a JSON array
	Time                 *string // its time's value; nil when none
	Statement            *string // its statement key (newsgraph.StatementKey); nil when none
}

// Quote returns the links of quote q.
func (l *Locals) Quote(q *newsgraph.Quote) QuoteLinks {
	var out QuoteLinks
	if q.Speaker != nil {
		if g, ok := l.Entities[*q.Speaker]; ok {
			n := l.Names[*q.Speaker]
			out.Speaker, out.SpeakerName = &g, &n
		}
	}
	via := []string{}
	for _, v := range q.Via {
		if n, ok := l.Names[v]; ok {
			via = append(via, n)
		}
	}
	vj, _ := json.Marshal(via)
	out.Via = string(vj)
	if q.Time != nil {
		if v, ok := l.Times[*q.Time]; ok {
			out.Time = &v
		}
	}
	if k := newsgraph.StatementKey(q.Text); k != "" {
		out.Statement = &k
	}
	return out
}

// EventLinks are the columns of a stored event that link it to the rest
// of its article and to reports of the same event in other articles.
type EventLinks struct {
	Key      string // shared by the reports of one event (newsgraph.EventKey)
	Date     string // EventDate
	Place    string // the name of its place
	Evidence string // the text of its first evidence
}

// Event returns the links of event v of record r.
func (l *Locals) Event(r *newsgraph.Record, v *newsgraph.Event) EventLinks {
	var actors, targets []string
	for _, a := range v.Actors {
		if g, ok := l.Entities[a]; ok {
			actors = append(actors, g)
		}
	}
	for _, t := range v.Targets {
		if g, ok := l.Entities[t]; ok {
			targets = append(targets, g)
		}
	}
	out := EventLinks{Date: EventDate(r, v, l.Times)}
	if v.Place != nil {
		out.Place = l.Names[*v.Place]
	}
	if len(v.Evidence) > 0 {
		out.Evidence = v.Evidence[0].Text
	}
	out.Key = newsgraph.EventKey(v.Type, actors, targets, out.Date)
	return out
}

// EventDate is the day an event took place: its time's value when that is
// a day, else the article's publication date.
func EventDate(r *newsgraph.Record, v *newsgraph.Event, times map[string]string) string {
	if v.Time != nil {
		if t := times[*v.Time]; len(t) >= 10 && t[4] == '-' && t[7] == '-' && t[:4] != "XXXX" {
			return t[:10]
		}
	}
	if p := r.Article.Published; p != nil && len(*p) >= 10 {
		return (*p)[:10]
	}
	return ""
}
