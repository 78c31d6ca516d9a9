package event

import (
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/entity/gazetteer"
	"github.com/newsgraph/newsgraph/text"
)

// part is one participant of an event before it is made an entity.
type part struct {
	ent     int    // entity index, or -1
	country string // alpha-3 of a country named by a demonym, capital or place
	place   bool   // the country stands for a place in it ("aid to Gaza")
	name    string // a group named by a common noun ("opposition activists")
	body    bool   // the group is an institution (police), not people
	head    bool   // the name ends its phrase: "hosted Assad", not "a Clinton event"
	sector  string // sector from the noun that names it ("troops": MIL)
	start   int    // bytes of the words that name it
	end     int
}

// key identifies the referent of a part before it is an entity.
func (p part) key() string {
	switch {
	case p.ent >= 0:
		return "e" + itoa(p.ent)
	case p.country != "":
		return "c" + p.country
	}
	return "n" + strings.ToLower(p.name)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// phrases parses noun phrases joined by "and" or commas from token i, not
// beyond lim, and returns their participants and the token after them.
func (f *finder) phrases(i, lim int) ([]part, int) {
	parts, end := f.phrase(i, lim)
	for len(parts) > 0 && end+1 < lim {
		w := f.low[end]
		if w != "and" && w != "," && w != "or" {
			break
		}
		n := end + 1
		if w == "," && f.low[n] == "and" {
			n++
		} else if w == "," && !f.listEnds(n, lim) {
			break // "to Taiwan, officials said": no list
		}
		if n >= lim || !f.opensPhrase(n) {
			break
		}
		p2, e2 := f.phrase(n, lim)
		if len(p2) == 0 {
			break
		}
		parts, end = append(parts, p2...), e2
	}
	return parts, end
}

// listEnds reports whether "and" or "or" follows token i within the
// clause, as a list of names separated by commas needs.
func (f *finder) listEnds(i, lim int) bool {
	for k := i; k < lim && k < i+10; k++ {
		w := f.low[k]
		if f.boundary(k) || preps[w] || f.pastVerb(k) || auxiliaries[w] || speechVerbs[w] {
			return false
		}
		if w == "and" || w == "or" {
			return true
		}
	}
	return false
}

// opensPhrase reports whether a noun phrase can start at token i: a name,
// a determiner, a number, a demonym or a group noun.
func (f *finder) opensPhrase(i int) bool {
	w := f.low[i]
	return f.ment[i] != 0 || determiners[w] || numberWords[w] || f.doc.Tokens[i].Kind == text.Number ||
		f.capitalised(i) || f.agent(w).ok
}

// phrase parses one noun phrase at token i: determiners and quantities,
// then words up to a preposition (one "of" phrase is kept: "the
// resignation of X"), a verb or a clause boundary.
func (f *finder) phrase(i, lim int) ([]part, int) {
	j := i
	for j < lim {
		w := f.low[j]
		t := f.doc.Tokens[j]
		switch {
		case determiners[w], numberWords[w], t.Kind == text.Number, w == "$", w == "€", w == "£":
		case w == "of" && j > i && (numberWords[f.low[j-1]] || f.low[j-1] == "some" || f.low[j-1] == "all"):
		case (w == "more" || w == "less" || w == "fewer") && j+1 < lim && f.low[j+1] == "than":
			j++
		case (w == "at" || w == "up") && j+1 < lim && (f.low[j+1] == "least" || f.low[j+1] == "to"):
			j++
		case (w == "about" || w == "nearly" || w == "almost" || w == "around" || w == "roughly" || w == "over") &&
			j+1 < lim && f.number(j+1):
		default:
			goto body
		}
		j++
	}
body:
	start := j
	k := j
	of := false
	for k < lim && k-start < 10 {
		if f.ment[k] != 0 {
			_, b := f.mentionTokens(k)
			k = max(b, k+1)
			continue
		}
		t := f.doc.Tokens[k]
		w := f.low[k]
		if t.Kind == text.Number || t.Kind == text.Punct && (w == "-" || w == "$" || w == "%") {
			k++
			continue
		}
		if t.Kind != text.Word {
			break
		}
		if (w == "of" || w == "with" && (f.low[k-1] == "border" || f.low[k-1] == "frontier")) && !of && k > start {
			of = true // "the resignation of X", "the border with X"
			k++
			continue
		}
		if (w == "known" || w == "called" || w == "named") && k+1 < lim && (f.low[k+1] == "as" || f.capitalised(k+1)) {
			// "a hacker group known as Black Lantern": the name
			n := k + 1
			if f.low[n] == "as" {
				n++
			}
			if n < lim && f.ment[n] != 0 {
				a, b := f.mentionTokens(n)
				return f.participantsIn(a, b), b
			}
		}
		if (w == "next" || w == "last" || w == "this") && k+1 < lim && timeNouns[f.low[k+1]] || timeNouns[w] ||
			f.capitalisedDate(k) {
			break // "visit Washington next month"
		}
		if preps[w] || clauseWords[w] || auxiliaries[w] || speechVerbs[w] || negations[w] || w == "and" || w == "or" ||
			w == "as" || w == "such" ||
			w == "to" || f.pastVerb(k) || k > start && len(w) > 5 && w[len(w)-3:] == "ing" && !f.capitalised(k) {
			break // "his tweets shaming X": a participle ends the phrase
		}
		k++
	}
	if k == start {
		return nil, k
	}
	return f.participantsIn(start, k), k
}

func (f *finder) number(i int) bool {
	return f.doc.Tokens[i].Kind == text.Number || numberWords[f.low[i]]
}

// pastVerb reports whether token i is a past form of a verb the lexicon
// knows, which ends a noun phrase ("attacked Y and killed Z").
func (f *finder) pastVerb(i int) bool {
	for _, r := range f.lex.forms[f.low[i]] {
		if r.kind == formPast || r.kind == formPart {
			return true
		}
	}
	return false
}

// participantsIn returns who the words [i, j) name: a person named in
// them, else the first entity that can act, else a country named by a
// demonym, else a group named by its head noun. The head noun gives the
// sector ("U.S. negotiators": the United States, GOV).
func (f *finder) participantsIn(i, j int) []part {
	head := f.headNoun(i, j)
	sector, body := "", false
	if head >= 0 {
		a := f.agent(f.low[head])
		sector, body = a.sector, a.body
	}
	best := -1
	for k := i; k < j; k++ {
		m, ok := f.mentionAt(k)
		if !ok {
			continue
		}
		a, b := f.tokRange(m.Start, m.End)
		k = max(k, b-1)
		ent := &f.ents.Entities[m.Entity]
		if !f.participantType(m.Entity) || b < j && !f.possessive(b-1) && f.capital(m) {
			continue // a capital naming its state only at the head: not "the Paris accord"
		}
		switch {
		case best < 0:
		case ent.Type == newsgraph.Person && f.ents.Entities[f.ents.Mentions[best].Entity].Type != newsgraph.Person:
		case a > i && f.isWord(a-1) && !f.capitalised(a-1) && !determiners[f.low[a-1]] && f.low[a-1] != "of" &&
			f.ents.Entities[f.ents.Mentions[best].Entity].Type != newsgraph.Person:
			// "NATO member Estonia": the name after the noun
		default:
			continue
		}
		best = int(f.ment[k] - 1)
	}
	if best >= 0 {
		ps := f.mentionParts(best, sector)
		m := f.ents.Mentions[best]
		if _, b := f.tokRange(m.Start, m.End); b >= j || f.low[b] == "of" || f.mentionEndsAt(b, j) || !f.thingHead(i, j) {
			for n := range ps {
				ps[n].head = true
			}
		}
		return ps
	}
	for k := i; k < j && head < 0; k++ {
		if m, ok := f.mentionAt(k); ok && f.ents.Entities[m.Entity].Type == newsgraph.Place && f.ents.Entities[m.Entity].Country != "" &&
			f.afterMention(k) == j {
			return []part{{ent: -1, country: f.ents.Entities[m.Entity].Country, place: true, sector: sector, start: m.Start, end: m.End}}
		}
	}
	for k := i; k < j; k++ {
		if c, n := f.demonym(k); n > 0 {
			return []part{{ent: -1, country: c, sector: sector, head: !f.thingHead(i, j), start: f.doc.Tokens[k].Start, end: f.doc.Tokens[k+n-1].End}}
		}
	}
	if head < 0 {
		return nil
	}
	first := i
	for first < head && (quantifiers[f.low[first]] || determiners[f.low[first]] || f.number(first) || f.low[first] == "of") {
		first++
	}
	name := f.doc.Source[f.doc.Tokens[first].Start:f.doc.Tokens[head].End]
	return []part{{ent: -1, name: name, body: body, sector: sector, start: f.doc.Tokens[first].Start, end: f.doc.Tokens[head].End}}
}

// thingHead reports whether the phrase [i, j) ends in a common noun that
// names a thing rather than a person or body: "a Clinton event", not "his
// Qatari counterpart" or "Bashar al-Assad".
func (f *finder) thingHead(i, j int) bool {
	last := j - 1
	for last > i && f.low[last] == "of" {
		last--
	}
	for k := i; k < j; k++ {
		if f.low[k] == "of" {
			last = k - 1
			break
		}
	}
	if last < i || f.ment[last] != 0 || !f.isWord(last) || f.capitalised(last) {
		return false
	}
	w := f.low[last]
	if titleWords[w] || f.agent(w).ok || nameParticles[w] {
		return false
	}
	if h := strings.IndexByte(w, '-'); h > 0 && nameParticles[w[:h]] {
		return false // "al-Assad"
	}
	return true
}

// mentionEndsAt reports whether the tokens [b, j) are mentions of one
// entity right after another: "Syrian President" then "Bashar al-Assad".
func (f *finder) mentionEndsAt(b, j int) bool {
	for b < j {
		if f.ment[b] == 0 {
			return false
		}
		_, e := f.mentionTokens(b)
		b = e
	}
	return true
}

// headNoun returns the last group noun of the words [i, j) before an "of"
// phrase, or -1.
func (f *finder) headNoun(i, j int) int {
	last := -1
	for k := i; k < j; k++ {
		if f.low[k] == "of" && (k == i || !f.number(k-1) && !quantifiers[f.low[k-1]]) {
			break // "the leaders of Egypt", not "thousands of farmers"
		}
		last = k
	}
	if last >= 0 && f.isWord(last) && f.ment[last] == 0 && f.agent(f.low[last]).ok {
		return last // not "refugee" in "the Jenin refugee camp"
	}
	return -1
}

// mentionParts turns a mention into participants: a capital into its
// country, and a body the entity layer named after two countries
// ("Armenian and Azerbaijani forces") into both.
func (f *finder) mentionParts(mi int, sector string) []part {
	m := f.ents.Mentions[mi]
	e := &f.ents.Entities[m.Entity]
	if e.Type == newsgraph.Place {
		return []part{{ent: -1, country: f.capitalOf(m.Entity), sector: sector, start: m.Start, end: m.End}}
	}
	if e.Type == newsgraph.Organization {
		a, b := f.tokRange(m.Start, m.End)
		if k := a + 2; k+1 < b && (f.low[a+1] == "and" || f.low[a+1] == ",") {
			c1, n1 := f.demonym(a)
			c2, n2 := f.demonym(k)
			if n1 == 1 && n2 == 1 {
				if s := f.agent(f.low[b-1]); s.ok {
					sector = s.sector
				}
				return []part{
					{ent: -1, country: c1, sector: sector, start: f.doc.Tokens[a].Start, end: f.doc.Tokens[a].End},
					{ent: -1, country: c2, sector: sector, start: f.doc.Tokens[k].Start, end: f.doc.Tokens[k].End},
				}
			}
		}
	}
	return []part{{ent: m.Entity, sector: sector, start: m.Start, end: m.End}}
}

// demonym reports the country a demonym or country name at token i names
// ("Russian", "U.S."), with the number of tokens it spans.
func (f *finder) demonym(i int) (string, int) {
	if !f.capitalised(i) {
		return "", 0
	}
	e, n := gazetteer.LongestMatch(f.words(), i)
	if n == 0 || e.Type != newsgraph.Country {
		return "", 0
	}
	return e.Code, n
}

// words returns the token texts, made once.
func (f *finder) words() []string {
	if f.texts == nil {
		f.texts = make([]string, len(f.doc.Tokens))
		for i := range f.doc.Tokens {
			f.texts[i] = f.doc.TokenText(i)
		}
	}
	return f.texts
}

// capital reports whether a mention is a capital's name: "Moscow" for
// Russia, "Paris" in "the Paris accord".
func (f *finder) capital(m entity.Mention) bool {
	g, ok := gazetteer.Lookup(f.doc.Source[m.Start:m.End])
	return ok && g.Capital
}

// capitalOf returns the alpha-3 code of the country whose capital entity
// e is, or "".
func (f *finder) capitalOf(e int) string {
	ent := &f.ents.Entities[e]
	if ent.Type != newsgraph.Place {
		return ""
	}
	g, ok := gazetteer.Lookup(ent.Name)
	if !ok || !g.Capital {
		return ""
	}
	return g.Country
}
