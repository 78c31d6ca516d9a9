package eval

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// GoldScore holds the counts of one gold article, or of a corpus once summed
// with Add (which drops ID and Misses).
type GoldScore struct {
	ID       string      `json:"id,omitempty"`
	Quotes   QuoteScore  `json:"quotes"`
	Entities EntityScore `json:"entities"`
	Times    TimeScore   `json:"times"`
	Events   EventScore  `json:"events"`
	// Misses lists, for one article, the gold items not found and the
	// attributes found wrong.
	Misses []string `json:"misses,omitempty"`
}

// QuoteScore counts gold quotes found and, among them, those whose
// attributes are right.
type QuoteScore struct {
	Match   PRF `json:"match"`
	Speaker int `json:"speaker"`
	Cue     int `json:"cue"`
	Kind    int `json:"kind"`
	Via     int `json:"via"`
	Date    int `json:"date"`
	Place   int `json:"place"`
}

// EntityScore counts gold entities found by name and their aliases found
// among the mentions of the entity found.
type EntityScore struct {
	Gold         int `json:"gold"`
	Predicted    int `json:"predicted"`
	Found        int `json:"found"`
	Aliases      int `json:"aliases"`
	AliasesFound int `json:"aliases_found"`
}

// TimeScore counts gold times found by text and, among them, those with the
// right value.
type TimeScore struct {
	Match PRF `json:"match"`
	Value int `json:"value"`
}

// EventScore counts events matched by type and participants, and by type,
// participants and date.
type EventScore struct {
	Match    PRF `json:"match"`
	WithDate PRF `json:"with_date"`
}

// Add returns the sum of the counts of s and t.
func (s GoldScore) Add(t GoldScore) GoldScore {
	return GoldScore{
		Quotes: QuoteScore{
			Match:   s.Quotes.Match.Add(t.Quotes.Match),
			Speaker: s.Quotes.Speaker + t.Quotes.Speaker,
			Cue:     s.Quotes.Cue + t.Quotes.Cue,
			Kind:    s.Quotes.Kind + t.Quotes.Kind,
			Via:     s.Quotes.Via + t.Quotes.Via,
			Date:    s.Quotes.Date + t.Quotes.Date,
			Place:   s.Quotes.Place + t.Quotes.Place,
		},
		Entities: EntityScore{
			Gold:         s.Entities.Gold + t.Entities.Gold,
			Predicted:    s.Entities.Predicted + t.Entities.Predicted,
			Found:        s.Entities.Found + t.Entities.Found,
			Aliases:      s.Entities.Aliases + t.Entities.Aliases,
			AliasesFound: s.Entities.AliasesFound + t.Entities.AliasesFound,
		},
		Times:  TimeScore{Match: s.Times.Match.Add(t.Times.Match), Value: s.Times.Value + t.Times.Value},
		Events: EventScore{Match: s.Events.Match.Add(t.Events.Match), WithDate: s.Events.WithDate.Add(t.Events.WithDate)},
	}
}

// ScoreGoldArticle scores rec against the gold article g. A nil rec is an
// empty prediction.
//
// Quotes: a gold quote and a predicted quote match when their texts are
// equal once white space is squashed and surrounding quotation marks and
// punctuation are stripped, or when the predicted content (fragments, else
// span) covers at least 50% of the characters of the gold text where it
// occurs in the article (as a whole, else as the fragments of a quote split
// around its attribution, joined with one space; of several occurrences,
// the one covered best).
// Pairs are matched one to one, greedily: equal texts first, then by
// overlap over union of the two spans, then in gold and record order.
// Among the matches, a quote has
//   - the right speaker when the predicted speaker entity's name is the gold
//     speaker (case folded; a null gold speaker wants no speaker),
//   - the right cue when the cue texts are equal (case folded; a null gold
//     cue wants no cue),
//   - the right kind when the kinds are equal,
//   - the right via when every gold via name is the name of one of the
//     predicted via entities (so an empty gold via is always right),
//   - the right date when quote.time resolves through record.times to the
//     gold value, and the right place when quote.place resolves to an entity
//     of the gold name (null wants none).
//
// Entities: a gold entity is found when a predicted entity has its name
// (case folded, white space squashed); its aliases, pronouns left out, are
// found when they are mention texts of that entity (of several entities
// with the name, the one with most aliases). Times: a gold time is found by
// a predicted time whose span text is equal, one to one, preferring one
// with the gold value. Events: a gold event matches a predicted event of the
// same type whose actor names and target names are the same sets (for
// CONSULT, the union of both), one to one in gold order; WithDate also
// requires the predicted event's time to resolve to the gold date (null
// wants none).
func ScoreGoldArticle(g *GoldArticle, rec *newsgraph.Record) GoldScore {
	if rec == nil {
		rec = &newsgraph.Record{}
	}
	s := GoldScore{ID: g.ID}
	s.scoreQuotes(g, rec)
	s.scoreEntities(g, rec)
	s.scoreTimes(g, rec)
	s.scoreEvents(g, rec)
	return s
}

func (s *GoldScore) miss(format string, args ...any) {
	s.Misses = append(s.Misses, fmt.Sprintf(format, args...))
}

// pronouns are aliases not expected as mention texts of an entity.
var pronouns = map[string]bool{
	"he": true, "him": true, "his": true, "she": true, "her": true, "hers": true,
	"it": true, "its": true, "they": true, "them": true, "their": true,
	"we": true, "us": true, "our": true, "i": true, "me": true, "my": true,
}

func (s *GoldScore) scoreEntities(g *GoldArticle, rec *newsgraph.Record) {
	s.Entities.Gold, s.Entities.Predicted = len(g.Entities), len(rec.Entities)
	for _, ge := range g.Entities {
		var aliases []string
		for _, a := range ge.Aliases {
			if !pronouns[normName(a)] {
				aliases = append(aliases, normName(a))
			}
		}
		s.Entities.Aliases += len(aliases)
		best, found := 0, false
		for _, e := range rec.Entities {
			if normName(e.Name) != normName(ge.Name) {
				continue
			}
			found = true
			n := 0
			for _, a := range aliases {
				if slices.ContainsFunc(e.Mentions, func(m newsgraph.Span) bool { return normName(m.Text) == a }) {
					n++
				}
			}
			best = max(best, n)
		}
		if !found {
			s.miss("entity not found: %q", ge.Name)
			continue
		}
		s.Entities.Found++
		s.Entities.AliasesFound += best
		if best < len(aliases) {
			s.miss("entity %q: %d of %d aliases found", ge.Name, best, len(aliases))
		}
	}
}

func (s *GoldScore) scoreTimes(g *GoldArticle, rec *newsgraph.Record) {
	used := make([]bool, len(rec.Times))
	found := 0
	for _, gt := range g.Times {
		k := -1
		for i, t := range rec.Times {
			if used[i] || squash(t.Span.Text) != squash(gt.Text) {
				continue
			}
			if k < 0 || (t.Value == gt.Value && rec.Times[k].Value != gt.Value) {
				k = i
			}
		}
		if k < 0 {
			s.miss("time not found: %q", gt.Text)
			continue
		}
		used[k] = true
		found++
		if rec.Times[k].Value == gt.Value {
			s.Times.Value++
		} else {
			s.miss("time %q: value %q, want %q", gt.Text, rec.Times[k].Value, gt.Value)
		}
	}
	s.Times.Match = NewPRF(len(rec.Times), len(g.Times), found)
}

func (s *GoldScore) scoreEvents(g *GoldArticle, rec *newsgraph.Record) {
	// match pairs gold and predicted events one to one, in gold order,
	// preferring a candidate with the right date.
	match := func(withDate bool) (int, []bool) {
		used, found := make([]bool, len(rec.Events)), make([]bool, len(g.Events))
		n := 0
		for gi, ge := range g.Events {
			k := -1
			for i := range rec.Events {
				e := &rec.Events[i]
				if used[i] || !sameEvent(ge, e, rec) {
					continue
				}
				dated := timeValue(rec, e.Time) == deref(ge.Date)
				if withDate && !dated {
					continue
				}
				if k < 0 || (dated && timeValue(rec, rec.Events[k].Time) != deref(ge.Date)) {
					k = i
				}
			}
			if k >= 0 {
				used[k], found[gi] = true, true
				n++
			}
		}
		return n, found
	}
	n, found := match(false)
	s.Events.Match = NewPRF(len(rec.Events), len(g.Events), n)
	nd, foundDated := match(true)
	s.Events.WithDate = NewPRF(len(rec.Events), len(g.Events), nd)
	for gi, ge := range g.Events {
		desc := fmt.Sprintf("%s %s -> %s", ge.Type, strings.Join(ge.Actors, ", "), strings.Join(ge.Targets, ", "))
		if !found[gi] {
			s.miss("event not found: %s", desc)
		} else if !foundDated[gi] {
			s.miss("event %s: wrong date, want %q", desc, deref(ge.Date))
		}
	}
}

// sameEvent reports whether e has the type and participants of ge.
func sameEvent(ge GoldEvent, e *newsgraph.Event, rec *newsgraph.Record) bool {
	if !strings.EqualFold(ge.Type, e.Type) {
		return false
	}
	names := func(ids []string) []string {
		var out []string
		for _, id := range ids {
			out = append(out, entityName(rec, &id))
		}
		return out
	}
	if strings.EqualFold(ge.Type, "CONSULT") {
		return sameNames(append(slices.Clone(ge.Actors), ge.Targets...), append(names(e.Actors), names(e.Targets)...))
	}
	return sameNames(ge.Actors, names(e.Actors)) && sameNames(ge.Targets, names(e.Targets))
}

// sameNames reports whether a and b hold the same set of names, case folded.
func sameNames(a, b []string) bool {
	set := func(names []string) []string {
		var out []string
		for _, n := range names {
			out = append(out, normName(n))
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	return slices.Equal(set(a), set(b))
}

// sameName reports whether got is the gold name want, case folded; a null
// gold name wants an empty one.
func sameName(want *string, got string) bool {
	return normName(deref(want)) == normName(got)
}

// entityName returns the name of the entity with id *id, the id itself when
// rec has no such entity, or "" for a nil id.
func entityName(rec *newsgraph.Record, id *string) string {
	if id == nil {
		return ""
	}
	if e := rec.EntityByID(*id); e != nil {
		return e.Name
	}
	return *id
}

// timeValue returns the value of the time with id *id, or "" when id is nil
// or rec has no such time.
func timeValue(rec *newsgraph.Record, id *string) string {
	if id == nil {
		return ""
	}
	for _, t := range rec.Times {
		if t.ID == *id {
			return t.Value
		}
	}
	return ""
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
