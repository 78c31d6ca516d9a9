package extract

import (
	"fmt"
	"math"
	"testing"
	"unicode/utf8"

	newsgraph "github.com/newsgraph/newsgraph"
)

// maxCheckErrors is how many violations checkRecord reports before it
// stops the test; a 50 MB record could otherwise print millions.
const maxCheckErrors = 20

// checkRecord reports every way r breaks the record contract of
// ../shared/spec/record.md: the schema is set; article.text is UTF-8;
// every span lies in article.text and its text is that slice by code
// points; every entity id a quote, role or event names exists; ids are
// unique; quote kinds are known; confidences are in [0, 1].
func checkRecord(t testing.TB, r *newsgraph.Record) {
	t.Helper()
	if r == nil {
		t.Fatal("record is nil")
	}
	c := &checker{t: t}
	defer c.done()
	if r.Schema != newsgraph.Schema {
		c.errorf("schema = %q, want %q", r.Schema, newsgraph.Schema)
	}
	c.idx = newCPIndex(r.Article.Text)
	if !c.idx.valid {
		c.errorf("article.text is not valid UTF-8")
	}

	ids := map[string]string{}
	id := func(kind, id string) {
		if id == "" {
			c.errorf("%s with an empty id", kind)
		} else if prev, ok := ids[id]; ok {
			c.errorf("id %s of a %s is also the id of a %s", id, kind, prev)
		}
		ids[id] = kind
	}
	entities := map[string]bool{}
	for _, e := range r.Entities {
		id("entity", e.ID)
		entities[e.ID] = true
	}
	times := map[string]bool{}
	for _, tm := range r.Times {
		id("time", tm.ID)
		times[tm.ID] = true
	}
	for _, q := range r.Quotes {
		id("quote", q.ID)
	}
	for _, v := range r.Events {
		id("event", v.ID)
	}
	entityRef := func(where string, id *string) {
		if id != nil && !entities[*id] {
			c.errorf("%s names entity %q, which does not exist", where, *id)
		}
	}
	timeRef := func(where string, id *string) {
		if id != nil && !times[*id] {
			c.errorf("%s names time %q, which does not exist", where, *id)
		}
	}
	confidence := func(where string, x float64) {
		if math.IsNaN(x) || x < 0 || x > 1 {
			c.errorf("%s: confidence %v not in [0, 1]", where, x)
		}
	}

	for _, e := range r.Entities {
		for i, m := range e.Mentions {
			c.span(fmt.Sprintf("entity %s mention %d", e.ID, i), m)
		}
		for i, role := range e.Roles {
			entityRef(fmt.Sprintf("entity %s role %d (%q)", e.ID, i, role.Title), role.Of)
		}
	}
	for _, q := range r.Quotes {
		switch q.Kind {
		case newsgraph.Direct, newsgraph.Partial, newsgraph.Indirect:
		default:
			c.errorf("quote %s: kind %q", q.ID, q.Kind)
		}
		c.span("quote "+q.ID+" span", q.Span)
		if q.Text != q.Span.Text {
			c.errorf("quote %s: text %q differs from its span's %q", q.ID, q.Text, q.Span.Text)
		}
		for i, f := range q.Fragments {
			c.span(fmt.Sprintf("quote %s fragment %d", q.ID, i), f)
		}
		if len(q.Fragments) > 0 && q.Fragments[0] != q.Span {
			c.errorf("quote %s: span %+v is not its first fragment %+v", q.ID, q.Span, q.Fragments[0])
		}
		if q.SpeakerMention != nil {
			c.span("quote "+q.ID+" speaker_mention", *q.SpeakerMention)
		}
		if q.Cue != nil {
			c.span("quote "+q.ID+" cue", *q.Cue)
		}
		entityRef("quote "+q.ID+" speaker", q.Speaker)
		for i := range q.Via {
			entityRef(fmt.Sprintf("quote %s via %d", q.ID, i), &q.Via[i])
		}
		entityRef("quote "+q.ID+" place", q.Place)
		timeRef("quote "+q.ID+" time", q.Time)
		confidence("quote "+q.ID, q.Confidence)
	}
	for _, tm := range r.Times {
		c.span("time "+tm.ID+" span", tm.Span)
	}
	for _, v := range r.Events {
		for i, sp := range v.Evidence {
			c.span(fmt.Sprintf("event %s evidence %d", v.ID, i), sp)
		}
		for i := range v.Actors {
			entityRef(fmt.Sprintf("event %s actor %d", v.ID, i), &v.Actors[i])
		}
		for i := range v.Targets {
			entityRef(fmt.Sprintf("event %s target %d", v.ID, i), &v.Targets[i])
		}
		entityRef("event "+v.ID+" place", v.Place)
		timeRef("event "+v.ID+" time", v.Time)
		confidence("event "+v.ID, v.Confidence)
	}
	for i, d := range r.Diagnostics {
		if d.Offset < -1 || d.Offset > c.idx.n {
			c.errorf("diagnostic %d (%s: %s): offset %d not -1 or in [0, %d]", i, d.Stage, d.Message, d.Offset, c.idx.n)
		}
	}
}

// checker counts the violations checkRecord reports.
type checker struct {
	t   testing.TB
	idx *cpIndex
	n   int
}

func (c *checker) errorf(format string, args ...any) {
	c.t.Helper()
	c.n++
	if c.n <= maxCheckErrors {
		c.t.Errorf(format, args...)
	}
}

func (c *checker) done() {
	c.t.Helper()
	if c.n > maxCheckErrors {
		c.t.Errorf("... and %d more violations", c.n-maxCheckErrors)
	}
}

// span checks that s lies in the article text and that its text is that
// slice by code points.
func (c *checker) span(where string, s newsgraph.Span) {
	c.t.Helper()
	if s.Start < 0 || s.Start > s.End || s.End > c.idx.n {
		c.errorf("%s: [%d, %d) not within [0, %d] (text %q)", where, s.Start, s.End, c.idx.n, s.Text)
		return
	}
	if got := c.idx.slice(s.Start, s.End); got != s.Text {
		c.errorf("%s: [%d, %d) text %q, but the article has %q there", where, s.Start, s.End, s.Text, got)
	}
}

// cpIndex slices a string by code-point offsets, as []rune(s)[i:j] does,
// without holding four bytes per character: it keeps the byte offset of
// every cpStride-th code point.
type cpIndex struct {
	s     string
	valid bool  // s is valid UTF-8
	n     int   // code points in s
	every []int // byte offset of code point k*cpStride
}

const cpStride = 64

func newCPIndex(s string) *cpIndex {
	x := &cpIndex{s: s, valid: utf8.ValidString(s)}
	for i := range s {
		if x.n%cpStride == 0 {
			x.every = append(x.every, i)
		}
		x.n++
	}
	return x
}

// offset returns the byte offset of code point k, 0 <= k <= x.n.
func (x *cpIndex) offset(k int) int {
	if k == x.n {
		return len(x.s)
	}
	i := x.every[k/cpStride]
	for range k % cpStride {
		_, size := utf8.DecodeRuneInString(x.s[i:])
		i += size
	}
	return i
}

// slice returns string([]rune(x.s)[i:j]).
func (x *cpIndex) slice(i, j int) string {
	a, b := x.offset(i), x.offset(j)
	if !x.valid {
		return string([]rune(x.s[a:b]))
	}
	return x.s[a:b]
}
