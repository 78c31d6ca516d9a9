// Package extract runs newsgraph's pipeline over one article — text,
// times, entities, quotes, events — and builds the article record with code-point
// offsets.
//
// It creates: newsgraph.Record. It needs: the article's bytes and what
// metadata the caller has (id, title, publication date).
package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/event"
	"github.com/newsgraph/newsgraph/quote"
	"github.com/newsgraph/newsgraph/syntax"
	"github.com/newsgraph/newsgraph/text"
	"github.com/newsgraph/newsgraph/timex"
)

// Input is one article and its metadata.
type Input struct {
	ID        string
	URL       string
	Outlet    string
	Title     string
	Published string // YYYY-MM-DD, or "" when unknown
	Text      []byte // raw bytes in any supported encoding
	// Dictionaries, if set, are PETRARCH/Phoenix actor and verb
	// dictionaries that add to the event stage's own lexicon.
	Dictionaries *event.Dictionaries
	// Patterns, if set, finds statements and events from patterns alone,
	// without the dependency parser: several times faster, less exact
	// about where a reported clause ends and how far a subject reaches,
	// and blind to an event's actor past a phrase set off by commas.
	Patterns bool
}

// chunkSize bounds the text the entity and quote stages see at once. News
// articles are far smaller; a larger input (a concatenated dump) is cut at
// paragraph breaks so that the cost stays linear. Entities are not merged
// across chunks.
const chunkSize = 512 << 10

// Article extracts the record of one article. It fails only on input that
// is not text at all; odd text yields a record with diagnostics.
func Article(in Input) (*newsgraph.Record, error) {
	if in.Published != "" && !validDate(in.Published) {
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "published date %q is not YYYY-MM-DD", in.Published)
	}
	src, diags, err := text.Decode(in.Text)
	if err != nil {
		return nil, err
	}
	b := newBuilder(src, in.Published)
	b.opt = event.Options{Dictionaries: in.Dictionaries}
	if !in.Patterns {
		m, err := syntax.Load()
		if err != nil {
			return nil, newsgraph.Errorf(newsgraph.EINTERNAL, "loading the parser: %v", err)
		}
		b.syn, b.opt.Syntax = m, m
	}
	for _, d := range diags {
		b.diag("text", d.Offset, d.Message)
	}
	for _, c := range chunks(src, chunkSize) {
		b.chunk(c)
	}
	r := b.record()
	r.Article = newsgraph.Article{
		ID:       in.ID,
		Language: "en",
		Title:    in.Title,
		Byline:   []string{},
		Text:     src,
	}
	if r.Article.ID == "" {
		sum := sha256.Sum256([]byte(src))
		r.Article.ID = hex.EncodeToString(sum[:8])
	}
	if in.URL != "" {
		r.Article.URL = &in.URL
	}
	if in.Outlet != "" {
		r.Article.Outlet = &in.Outlet
	}
	if r.Article.Title == "" {
		r.Article.Title = b.headline
	}
	if b.published != "" {
		p, basis := b.published, b.basis
		r.Article.Published, r.Article.PublishedBasis = &p, &basis
	}
	return r, nil
}

// validDate reports whether s has the form YYYY-MM-DD.
func validDate(s string) bool {
	var y, m, d int
	n, err := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &d)
	return err == nil && n == 3 && len(s) == 10 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// chunk is a stretch of the source starting at byte offset base.
type chunk struct {
	base int
	text string
}

// chunks cuts src at paragraph breaks into pieces of about size bytes.
func chunks(src string, size int) []chunk {
	var out []chunk
	for base := 0; base < len(src); {
		end := len(src)
		if end-base > size {
			end = base + size
			if k := strings.LastIndex(src[base:end], "\n\n"); k > 0 {
				end = base + k + 2
			} else if k := strings.LastIndexByte(src[base:end], '\n'); k > 0 {
				end = base + k + 1
			} else {
				// One enormous line: cut after a space, else on any rune
				// boundary.
				if k := strings.LastIndexByte(src[base:end], ' '); k > 0 {
					end = base + k + 1
				}
				for end > base+1 && !utf8.RuneStart(src[end]) {
					end--
				}
			}
		}
		out = append(out, chunk{base: base, text: src[base:end]})
		base = end
	}
	return out
}

// stages is what the pipeline finds in one chunk.
type stages struct {
	doc    *text.Doc
	ents   *entity.Set
	times  []timex.Expr
	quotes []quote.Quote
	events []event.Event
	diags  []quote.Diagnostic
}

// run runs the pipeline over one chunk. published is the article's date,
// or "" to infer it from this chunk; run returns the date it used and
// whether it inferred it.
func run(src, published string, opt event.Options, syn syntax.Sentences) (st stages, ref string, inferred bool) {
	st.doc = text.New(src)
	ref = published
	if ref == "" {
		ref = timex.Published(st.doc)
		inferred = ref != ""
	}
	st.times = timex.Find(st.doc, ref)
	st.ents = entity.Find(st.doc)
	dates := dateSpans(st.times)
	if syn != nil && opt.Syntax == syn {
		shared := newSentences(syn, st.doc)
		syn, opt.Syntax = shared, shared
	}
	st.quotes, st.diags = quote.Find(st.doc, st.ents, dates, syn)
	st.events = event.Find(st.doc, st.ents, toEventSpans(dates), opt)
	return st, ref, inferred
}

// dating reports whether an expression can date a statement: a date or
// time on the calendar. Durations, sets and vague references ("current",
// PRESENT_REF) date nothing.
func dating(e timex.Expr) bool {
	return (e.Type == timex.Date || e.Type == timex.Time) && !strings.HasSuffix(e.Value, "_REF")
}

// dateSpans returns the spans of the dating expressions, in text order.
func dateSpans(exprs []timex.Expr) []quote.Span {
	out := make([]quote.Span, 0, len(exprs))
	for _, e := range exprs {
		if dating(e) {
			out = append(out, quote.Span{Start: e.Start, End: e.End})
		}
	}
	return out
}

func toEventSpans(dates []quote.Span) []event.Span {
	out := make([]event.Span, len(dates))
	for i, d := range dates {
		out[i] = event.Span{Start: d.Start, End: d.End}
	}
	return out
}
