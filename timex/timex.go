package timex

import (
	"sync"

	"github.com/newsgraph/newsgraph/text"
)

// Expr is one temporal expression; Start/End are byte offsets into
// doc.Source, end exclusive.
type Expr struct {
	Start, End int
	Type       string // "date", "time", "duration", "set"
	Value      string // a TIMEX3 value: 2017-02-17, 2016-04, P2Y, PAST_REF, XXXX-02-17
	Mod        string // a TIMEX3 mod (START, END, MID, APPROX, LESS_THAN, ...), or ""
}

// TIMEX3 types as Expr.Type writes them.
const (
	Date     = "date"
	Time     = "time"
	Duration = "duration"
	Set      = "set"
)

// Find returns the temporal expressions of doc in text order, resolved
// against ref ("YYYY-MM-DD"; a longer ISO value is cut to its date). When
// ref is "" or not a date, values that depend on it keep X placeholders
// (XXXX-02-17, XXXX-WXX-5) and deictic ones ("yesterday", "last year")
// are XXXX-XX-XX or XXXX.
func Find(doc *text.Doc, ref string) []Expr {
	f := pool.Get().(*finder)
	defer f.release()
	f.reset(doc, ref)
	f.run()
	if len(f.out) == 0 {
		return nil
	}
	out := make([]Expr, len(f.out))
	copy(out, f.out)
	return out
}

var pool = sync.Pool{New: func() any { return new(finder) }}

// release returns f to the pool without the source it points into.
func (f *finder) release() {
	f.src = ""
	pool.Put(f)
}

// finder holds the state of one Find call.
type finder struct {
	src    string
	lx     []lex
	ref    point
	hasRef bool
	// last is the last date mentioned, which anaphoric expressions ("the
	// same day", "a year earlier", "that year") refer to; lastAt is the
	// sentence it was in.
	last    point
	hasLast bool
	lastAt  int32
	out     []Expr
	// keep makes emit keep every match in kept, for Published.
	keep bool
	kept []match
	// inRange is set while the end of a range is read.
	inRange bool
	// slashOrder caches dayFirst: 0 unknown, 1 month first, 2 day first.
	slashOrder int8
}

func (f *finder) reset(doc *text.Doc, ref string) {
	f.src = doc.Source
	f.lx = lexemes(doc, f.lx[:0])
	f.ref, f.hasRef = parseRef(ref)
	if !f.hasRef {
		f.ref = point{g: gDay, y: -1}
	}
	f.last, f.hasLast, f.lastAt = point{}, false, -1
	f.out = f.out[:0]
	f.kept = f.kept[:0]
	f.inRange = false
	f.slashOrder = 0
}

// match is a recognized expression over lexemes [i, j).
type match struct {
	i, j       int
	start, end int // byte offsets when they differ from the lexemes' (a range inside one token)
	typ        string
	p          point  // the value of a date or time
	val        string // the value when it is not a point: durations, sets, PAST_REF
	mod        string
	anchor     bool // p may be referred to by later anaphora
}

func (f *finder) run() {
	for i := 0; i < len(f.lx); {
		if !f.candidate(i) {
			i++
			continue
		}
		ms, ok := f.parse(i)
		if !ok {
			i++
			continue
		}
		f.emit(ms.a)
		i = ms.a.j
		if ms.two {
			f.emit(ms.b)
			i = ms.b.j
		}
	}
}

// matches is one or two matches: a range gives two.
type matches struct {
	a, b match
	two  bool
}

func one(m match, ok bool) (matches, bool) { return matches{a: m}, ok }

func (f *finder) emit(m match) {
	start, end := int(f.lx[m.i].start), int(f.lx[m.j-1].end)
	if m.start != 0 || m.end != 0 {
		start, end = m.start, m.end
	}
	v := m.val
	if v == "" {
		v = m.p.value()
	}
	if f.keep {
		f.kept = append(f.kept, m)
	}
	if m.anchor && m.p.known() {
		f.last, f.hasLast, f.lastAt = m.p, true, f.lx[m.i].sent
	}
	f.out = append(f.out, Expr{Start: start, End: end, Type: m.typ, Value: v, Mod: m.mod})
}

// candidate reports whether an expression may start at lexeme i: a
// keyword or a number.
func (f *finder) candidate(i int) bool {
	l := &f.lx[i]
	switch l.kind {
	case lPunct, lDash:
		return false
	case lQuote:
		// '80s, '82
		return i+1 < len(f.lx) && (f.lx[i+1].kind == lDecade || f.lx[i+1].kind == lNum) && !f.lx[i+1].has(fSpace)
	case lWord:
		switch l.w.kw {
		case kwThe, kwA, kwAn, kwThis, kwThat, kwLast, kwNext, kwPast, kwEarly, kwLate, kwAbout, kwAround,
			kwMore, kwLess, kwOver, kwUnder, kwWithin, kwAt, kwUp, kwNo, kwSome, kwNearly, kwAlmost:
			// a function word starts an expression only before another
			// keyword or a number
			return i+1 < len(f.lx) && f.lx[i+1].kind != lPunct && (f.lx[i+1].kind != lWord || f.lx[i+1].w != word{})
		}
		return l.w != word{}
	}
	return true
}

// Lexeme helpers. Out-of-range indexes read as an empty lexeme.

var noLex = lex{kind: lPunct, num: -1}

func (f *finder) at(i int) *lex {
	if i < 0 || i >= len(f.lx) {
		return &noLex
	}
	return &f.lx[i]
}

// is reports whether lexeme i is the keyword k.
func (f *finder) is(i int, k kw) bool { return f.at(i).kind == lWord && f.at(i).w.kw == k }

// isAny reports whether lexeme i is one of the keywords ks.
func (f *finder) isAny(i int, ks ...kw) bool {
	l := f.at(i)
	if l.kind != lWord || l.w.kw == kwNone {
		return false
	}
	for _, k := range ks {
		if l.w.kw == k {
			return true
		}
	}
	return false
}

// punct reports whether lexeme i is the punctuation r.
func (f *finder) punct(i int, r rune) bool { l := f.at(i); return l.kind == lPunct && l.num == r }

// glued reports whether lexeme i follows lexeme i-1 without space.
func (f *finder) glued(i int) bool { return !f.at(i).has(fSpace | fHyphen) }

// sameSent reports whether lexemes i and j are in one sentence.
func (f *finder) sameSent(i, j int) bool { return f.at(i).sent == f.at(j).sent }

// text returns the source of lexeme i.
func (f *finder) text(i int) string { l := f.at(i); return f.src[l.start:l.end] }

// dot skips a period glued to an abbreviation at lexeme i (Jan., Sept.).
func (f *finder) dot(i int) int {
	if f.punct(i, '.') && f.glued(i) {
		return i + 1
	}
	return i
}

// eq reports whether the text of lexeme k is s (lower-case ASCII),
// ignoring case.
func (f *finder) eq(k int, s string) bool { return eqFold(f.text(k), s) }

// lower returns the lower-cased text of lexeme k when it is short ASCII,
// else "". Only a word with upper-case letters costs an allocation.
func (f *finder) lower(k int) string {
	s := f.text(k)
	if len(s) > 16 {
		return ""
	}
	upper := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			upper = true
			break
		}
	}
	if !upper {
		return s
	}
	var b [16]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b[:len(s)])
}

// itoa formats a small non-negative number.
func itoa(n int) string {
	var b [12]byte
	return string(pad(b[:0], n, 1))
}
