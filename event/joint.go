package event

import (
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/entity/gazetteer"
	"github.com/newsgraph/newsgraph/text"
)

// jointHeads name bodies that two parties form.
var jointHeads = set(`Council Commission Committee Forum`)

// jointBodies finds bodies named after the two parties that form them
// where the entity layer misses them, as translations write them:
//
//	[the] Council X — Y      (the Council Russia — NATO)
//	[the] X — Y Council
//
// with X and Y countries or international organisations. The body is
// named as the gazetteer knows it ("NATO-Russia Council"), else
// organisation first; a mention the entity layer made of part of the
// phrase ("Council Russia") becomes the body's.
func (f *finder) jointBodies() {
	toks := f.doc.Tokens
	for i := range toks {
		if toks[i].Kind != text.Word || !jointHeads[f.doc.TokenText(i)] {
			continue
		}
		if a, b, end, ok := f.partiesAt(i + 1); ok { // Council X — Y
			f.joint(i, end, a, b, i)
			continue
		}
		// X — Y Council: find X — Y ending right before the head.
		for start := max(0, i-7); start < i; start++ {
			if a, b, end, ok := f.partiesAt(start); ok && end == i {
				f.joint(start, i, a, b, i)
				break
			}
		}
	}
}

// partiesAt matches "X — Y" (or "X - Y", "X and Y") at token i and
// returns the two parties' gazetteer entries and the token after Y.
func (f *finder) partiesAt(i int) (a, b gazetteer.Entry, end int, ok bool) {
	w := f.words()
	a, n := gazetteer.LongestMatch(w, i)
	if n == 0 || !jointParty(a) {
		return a, b, 0, false
	}
	j := i + n
	if j >= len(w) || !(f.doc.Tokens[j].Kind == text.Dash || w[j] == "-" || w[j] == "and") {
		return a, b, 0, false
	}
	b, m := gazetteer.LongestMatch(w, j+1)
	if m == 0 || !jointParty(b) || a.Name == b.Name {
		return a, b, 0, false
	}
	return a, b, j + 1 + m, true
}

func jointParty(e gazetteer.Entry) bool {
	return !e.Demonym && (e.Type == newsgraph.Country || e.Type == newsgraph.Organization && e.Sector == "IGO")
}

// joint records tokens [i, j) as a mention of the body of parties a and b
// headed by token head.
func (f *finder) joint(i, j int, a, b gazetteer.Entry, head int) {
	if a.Type != newsgraph.Organization && b.Type == newsgraph.Organization {
		a, b = b, a
	}
	hw := f.doc.TokenText(head)
	name, code := a.Name+"-"+b.Name+" "+hw, ""
	for _, form := range []string{name, b.Name + "-" + a.Name + " " + hw} {
		if g, ok := gazetteer.Lookup(form); ok && g.Type == newsgraph.Organization {
			name, code = g.Name, g.Code
			break
		}
	}
	start, end := f.doc.Tokens[i].Start, f.doc.Tokens[j-1].End
	for e := range f.ents.Entities {
		if f.ents.Entities[e].Name == name {
			f.ents.AddMention(start, end, e, entity.Name)
			return
		}
	}
	// A mention of part of the phrase made by the entity layer, starting
	// where the phrase starts, becomes the body's.
	for mi := range f.ents.Mentions {
		m := &f.ents.Mentions[mi]
		e := &f.ents.Entities[m.Entity]
		if m.Start == start && m.End < end && e.Type == newsgraph.Organization && len(e.Mentions) == 1 &&
			!strings.EqualFold(e.Name, a.Name) && !strings.EqualFold(e.Name, b.Name) {
			m.End = end
			e.Name, e.Code, e.Sector, e.Country = name, code, "IGO", ""
			return
		}
	}
	id := f.ents.NewEntity(name, newsgraph.Organization)
	f.ents.Entities[id].Code, f.ents.Entities[id].Sector = code, "IGO"
	f.ents.AddMention(start, end, id, entity.Name)
}
