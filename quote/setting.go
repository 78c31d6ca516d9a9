package quote

import (
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
)

// settingNouns name the occasions on which statements are made, longest
// first within each head.
var settingNouns = [][]string{
	{"press", "conference"}, {"news", "conference"}, {"press", "briefing"}, {"news", "briefing"},
	{"joint", "press", "conference"}, {"briefing"}, {"interview"}, {"meeting"}, {"speech"},
	{"statement"}, {"rally"}, {"hearing"}, {"debate"}, {"summit"}, {"session"}, {"forum"},
	{"town", "hall"}, {"event"}, {"address"}, {"tweet"}, {"post"},
}

// shiftOpeners begin sentences about another time, which end the place of
// what came before.
var shiftOpeners = set(`previously earlier formerly before once`)

// context is the place and setting in force at some point of the text.
type context struct {
	place   int
	time    int // index into finder.dates, or -1
	setting string
	para    int // paragraph the setting was named in
}

// settings gives each quote the setting named in its paragraph up to its
// cue sentence, and the place and date last named before it ("in
// Brussels", the city of a named gathering, "on Friday"), which hold
// across paragraphs until another is named or a sentence turns to another
// time ("Previously, ...").
func (f *finder) settings() {
	per := make([]context, len(f.doc.Sentences))
	cur := context{place: -1, time: -1, para: -1}
	next := 0 // the first date not before the sentence
	for si, s := range f.doc.Sentences {
		if s.First < s.Last && shiftOpeners[f.lower(s.First)] {
			cur = context{place: -1, time: -1, para: -1}
		}
		for next < len(f.dates) && f.dates[next].Start < s.Start {
			next++
		}
		for k := next; k < len(f.dates) && f.dates[k].End <= s.End; k++ {
			if f.region(f.doc.TokenAt(f.dates[k].Start)) == nil {
				cur.time = k // the sentence's own date, outside quotations
				break
			}
		}
		if s.Paragraph != cur.para {
			cur.setting = ""
		}
		if set := f.settingIn(si); set != "" {
			cur.setting, cur.para = set, s.Paragraph
		}
		if p := f.placeIn(si); p >= 0 {
			cur.place = p
		}
		per[si] = cur
	}
	for i := range f.quotes {
		q := &f.quotes[i]
		c := per[q.Sentence]
		q.Place, q.Time = c.place, c.time
		if c.para == f.doc.Sentences[q.Sentence].Paragraph {
			q.Setting = c.setting
		}
	}
}

// settingIn returns the setting a sentence names outside quotations: "at a
// press briefing" gives "press briefing", "at a meeting with X" gives
// "meeting with X".
func (f *finder) settingIn(si int) string {
	s := f.doc.Sentences[si]
	for i := s.First; i+2 < s.Last; i++ {
		w := f.lower(i)
		if (w != "at" && w != "in" && w != "during") || f.region(i) != nil {
			continue
		}
		k := i + 1
		if d := f.lower(k); d == "a" || d == "an" || d == "the" || d == "his" || d == "her" || d == "their" {
			k++
		}
		for _, ns := range settingNouns {
			if !f.wordsAt(k, s.Last, ns) {
				continue
			}
			set := strings.Join(ns, " ")
			j := k + len(ns)
			if ns[len(ns)-1] == "meeting" && j+1 < s.Last && f.lower(j) == "with" {
				if name := f.entityAfter(j+1, s.Last); name != "" {
					set += " with " + name
				}
			}
			return set
		}
	}
	return ""
}

// wordsAt reports whether the words ns stand at token k.
func (f *finder) wordsAt(k, last int, ns []string) bool {
	if k+len(ns) > last {
		return false
	}
	for n, w := range ns {
		if f.lower(k+n) != w {
			return false
		}
	}
	return true
}

// entityAfter returns the name of the person, or failing that any entity,
// mentioned in the noun phrase starting at token k.
func (f *finder) entityAfter(k, last int) string {
	end := f.npRight(k, last)
	if end < 0 {
		return ""
	}
	sp := f.tokSpan(k, end)
	if m, ok := f.ents.At(sp.Start, sp.End); ok {
		return f.ents.Entities[f.ents.Mentions[m].Entity].Name
	}
	return ""
}

// placeIn returns the place a sentence names as where things happen: a
// place after "in", or the city of a named gathering; -1 if none.
func (f *finder) placeIn(si int) int {
	s := f.doc.Sentences[si]
	lo, hi := f.doc.Tokens[s.First].Start, f.doc.Tokens[s.Last-1].End
	var gathering []span
	within := f.ents.Within(lo, hi)
	for _, m := range within {
		if m.End <= hi && f.ents.Entities[m.Entity].Type == newsgraph.NamedEvent {
			gathering = append(gathering, span{m.Start, m.End})
		}
	}
	for _, m := range within {
		if m.End > hi || f.ents.Entities[m.Entity].Type != newsgraph.Place {
			continue
		}
		t := f.doc.TokenAt(m.Start)
		if f.region(t) != nil {
			continue
		}
		if t > s.First && f.lower(t-1) == "in" {
			return m.Entity
		}
		for _, g := range gathering {
			if g.Start <= m.Start && m.End <= g.End {
				return m.Entity
			}
		}
	}
	return -1
}
