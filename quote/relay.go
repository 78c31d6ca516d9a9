package quote

import (
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/entity"
)

// relay is an outlet or body through which statements reached the paper,
// introduced at a byte offset: "According to TASS", "As reported by RIA
// Novosti".
type relay struct {
	off, para, entity int
}

// according handles "according to X" and "as reported by X" in sentence
// si. When X relays what a speaker named in the same sentence said (an
// outlet, or any source beside another cue), X becomes a relay for the
// paragraph; otherwise X is the speaker of the clause it attributes.
func (f *finder) according(si int) {
	s := f.doc.Sentences[si]
	for i := s.First; i+2 < s.Last; i++ {
		if f.region(i) != nil {
			continue
		}
		w := f.lower(i)
		switch {
		case w == "according" && f.lower(i+1) == "to":
			end := f.npRight(i+2, s.Last)
			if end < 0 {
				continue
			}
			src := f.tokSpan(i+2, end)
			cue := f.tokSpan(i, i+2)
			if f.isOutlet(src) || f.hasCue(s.First, s.Last, i) {
				f.addRelay(src, si)
				continue
			}
			if i == s.First || (i == s.First+1 && f.lower(s.First) == "but") {
				// According to X, CLAUSE.
				if end < s.Last && f.words[end] == "," {
					f.indirect(si, i, i+2, end+1, cue, src)
				}
			} else if i > s.First && f.words[i-1] == "," {
				f.clauseBefore(si, i-1, cue, src)
			}
		case w == "as" && (f.lower(i+1) == "reported" || f.lower(i+1) == "quoted"):
			// As reported [by|on ...] X, ...: the first outlet named.
		outlet:
			for j := i + 2; j < s.Last && j < i+14; j++ {
				for _, m := range f.ents.Within(f.doc.Tokens[j].Start, f.doc.Tokens[j].Start+1) {
					if f.ents.Entities[m.Entity].Type == newsgraph.Media {
						f.addRelay(span{m.Start, m.End}, si)
						break outlet
					}
				}
			}
		}
	}
}

// hasCue reports whether a speech verb stands in tokens [first, last)
// other than at skip.
func (f *finder) hasCue(first, last, skip int) bool {
	s := f.doc.Sentences[f.doc.SentenceAt(f.doc.Tokens[first].Start)]
	for j := first; j < last; j++ {
		if j != skip && f.cueAt(j, s) >= 0 {
			return true
		}
	}
	return false
}

// isOutlet reports whether a phrase names a media outlet.
func (f *finder) isOutlet(sp span) bool {
	if m, ok := f.ents.At(sp.Start, sp.End); ok {
		return f.ents.Entities[f.ents.Mentions[m].Entity].Type == newsgraph.Media
	}
	return false
}

// addRelay records the entity named by sp as a relay from sentence si on.
func (f *finder) addRelay(sp span, si int) {
	e := -1
	if m, ok := f.ents.At(sp.Start, sp.End); ok {
		e = f.ents.Mentions[m].Entity
	} else {
		e = f.ents.NewEntity(f.doc.Source[sp.Start:sp.End], newsgraph.Organization)
		f.ents.AddMention(sp.Start, sp.End, e, entity.Name)
	}
	if low := strings.ToLower(f.doc.Source[sp.Start:sp.End]); strings.Contains(low, "agency") || strings.Contains(low, "newspaper") {
		// "the Moldpres agency": the phrase says what it is.
		f.ents.Entities[e].Type = newsgraph.Media
		f.ents.AddMention(sp.Start, sp.End, e, entity.Alias)
	}
	f.relays = append(f.relays, relay{off: sp.Start, para: f.doc.Sentences[si].Paragraph, entity: e})
}

// scopes gives each quote its relays, place and setting. A relay named in
// a paragraph covers that paragraph's quotes from the end of its cue
// sentence on, and carries into each following paragraph that mentions the
// relay again ("quotes news Agency"); a relay named later takes over.
func (f *finder) scopes() {
	mentioned := f.paragraphMentions()
	for qi := range f.quotes {
		q := &f.quotes[qi]
		s := f.doc.Sentences[q.Sentence]
		for k := len(f.relays) - 1; k >= 0; k-- {
			r := f.relays[k]
			if r.para > s.Paragraph || contains(q.Via, r.entity) || r.entity == q.Speaker {
				continue
			}
			if r.para < s.Paragraph && (len(q.Via) > 0 || !carried(mentioned, r, s.Paragraph)) {
				continue
			}
			q.Via = append(q.Via, r.entity)
		}
	}
	f.settings()
}

// paragraphMentions returns, per paragraph, the set of entities it
// mentions.
func (f *finder) paragraphMentions() []map[int]bool {
	out := make([]map[int]bool, len(f.doc.Paragraphs))
	for i := range out {
		out[i] = map[int]bool{}
	}
	for _, m := range f.ents.Mentions {
		if si := f.doc.SentenceAt(m.Start); si >= 0 {
			out[f.doc.Sentences[si].Paragraph][m.Entity] = true
		}
	}
	return out
}

// carried reports whether every paragraph after the relay's, up to para,
// mentions the relay again.
func carried(mentioned []map[int]bool, r relay, para int) bool {
	for p := r.para + 1; p <= para; p++ {
		if !mentioned[p][r.entity] {
			return false
		}
	}
	return true
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
