package entity

import (
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/entity/gazetteer"
	"github.com/newsgraph/newsgraph/text"
)

// fieldTitles are titles that take a field before them.
var fieldTitles = map[string]bool{"Minister": true, "Secretary": true, "Commissioner": true, "Director": true, "Spokesperson": true}

// matchTitle returns the normalised title starting at token i and how many
// tokens it covers.
func (f *finder) matchTitle(i, end int) (gazetteer.Title, int) {
	if f.doc.Tokens[i].Kind != text.Word {
		return gazetteer.Title{}, 0
	}
	if t, n := gazetteer.LongestTitle(f.words[:end], i); n > 0 {
		return t, n
	}
	// "Industry Minister", "Energy Secretary": a capitalised field before
	// a ministerial title.
	if i+1 < end && f.capitalised(i) && !capitalisedFunctionWords[f.words[i]] {
		if t, n := gazetteer.LongestTitle(f.words[:end], i+1); n == 1 && fieldTitles[t.Title] {
			t.Title = f.words[i] + " " + t.Title
			return t, n + 1
		}
	}
	return gazetteer.Title{}, 0
}

// title finds a title phrase at token i:
//
//	[the|a] [ORG] TITLE [of|for [the] ORG|COUNTRY] [NAME]
//
// "the Secretary General of the Alliance Jens Stoltenberg" gives the person
// a role and records the title phrase as a mention of them; "The Secretary
// General" alone refers to the person who holds that title.
func (f *finder) title(i, end int) int {
	k := i
	det := strings.ToLower(f.words[i])
	if det == "the" || det == "a" || det == "an" {
		k++
	} else {
		det = ""
	}
	if k >= end {
		return 0
	}
	of := -1
	if e, n := gazetteer.LongestMatch(f.words[:end], k); n > 0 && k+n < end {
		if t, m := f.matchTitle(k+n, end); m > 0 {
			of = f.gazetteerMention(k, k+n, e)
			return f.titleRest(i, k+n, k+n+m, end, t, of, det)
		}
	}
	t, m := f.matchTitle(k, end)
	if m == 0 {
		return 0
	}
	return f.titleRest(i, k, k+m, end, t, of, det)
}

// titleRest continues a title match whose title words end at token j.
func (f *finder) titleRest(i, k, j, end int, t gazetteer.Title, of int, det string) int {
	if j < end && f.capitalised(j) && f.hasOrgHead(j, min(end, j+4)) {
		return 0 // "The General Police Inspectorate": a name, not a title
	}
	if j+1 < end && (f.words[j] == "of" || f.words[j] == "for") {
		p := j + 1
		if strings.EqualFold(f.words[p], "the") && p+1 < end {
			p++
		}
		if e, n := gazetteer.LongestMatch(f.words[:end], p); n > 0 && !e.Demonym {
			of = f.gazetteerMention(p, p+n, e)
			j = p + n
		} else if n := f.organization(p, end); n > 0 {
			of = f.set.Mentions[len(f.set.Mentions)-1].Entity
			j = p + n
		}
	}
	// "Minister of Industry, Batbold Ganzorig, said": the name set off
	// by commas holds the title.
	if j+2 < end && f.words[j] == "," && f.capitalised(j+1) && !capitalisedFunctionWords[f.words[j+1]] {
		n := j + 1
		for n < end && f.capitalised(n) {
			n++
		}
		if n < end && f.words[n] == "," && n-j-1 >= 2 && n-j-1 <= 4 && !f.hasOrgHead(j+1, n) {
			if _, g := gazetteer.LongestMatch(f.words[:end], j+1); g == 0 {
				if id := f.nameMention(j+1, n, false); id >= 0 {
					f.set.MakePerson(id)
					f.addRole(id, t.Title, of)
					f.add(i, j, id, Title)
					return n - i
				}
			}
		}
	}
	// A name right after the title: its holder.
	if j < end && f.capitalised(j) && !capitalisedFunctionWords[f.words[j]] {
		n := j
		for n < end && f.capitalised(n) && !capitalisedFunctionWords[f.words[n]] {
			n++
			if strings.HasSuffix(f.words[n-1], "’s") || strings.HasSuffix(f.words[n-1], "'s") {
				break
			}
		}
		if _, g := gazetteer.LongestMatch(f.words[:end], j); g == 0 && !f.hasOrgHead(j, n) {
			id := f.nameMention(j, n, false)
			if id >= 0 {
				f.set.MakePerson(id)
				f.addRole(id, t.Title, of)
				f.setGender(id, f.span(i, j))
				if det != "" || of >= 0 {
					f.add(i, j, id, Title)
				}
				return n - i
			}
		}
	}
	// An apposition, with or without an article: "Hugh Hill, a spokesman
	// for the ministry,", "Aibek Toktogulov, Kyrgyzstan's deputy minister".
	if i >= 2 && f.words[i-1] == "," {
		if e := f.entityEndingAt(i - 2); e >= 0 && (f.set.Entities[e].Type == newsgraph.Person || f.set.Entities[e].Type == newsgraph.Other) {
			f.set.MakePerson(e)
			f.addRole(e, t.Title, of)
			f.setGender(e, f.span(i, j))
			return j - i
		}
	}
	if det == "a" || det == "an" {
		return j - i // "a spokesman" refers to no one in particular
	}
	if det == "" && of < 0 {
		return 0 // a bare title word ("president") names no one
	}
	f.pending = append(f.pending, pendingTitle{start: f.doc.Tokens[i].Start, end: f.doc.Tokens[j-1].End, title: t.Title, of: of})
	return j - i
}

// pendingTitle is a title mention waiting for its holder, resolved after
// the scan so that a headline's "NATO Secretary General" finds the
// Stoltenberg named below it.
type pendingTitle struct {
	start, end int
	title      string
	of         int
}

// resolveTitles attaches each pending title to the person holding it: the
// nearest holder before it, else the first after it; a title nobody holds
// becomes a person of its own.
func (f *finder) resolveTitles() {
	for _, p := range f.pending {
		holder, dist := -1, 1<<62
		for _, m := range f.set.Mentions {
			e := &f.set.Entities[m.Entity]
			if e.Type != newsgraph.Person || !e.hasRole(p.title, p.of) {
				continue
			}
			d := p.start - m.Start
			if d < 0 {
				d = -d + 1<<40 // prefer holders named before the title
			}
			if d < dist {
				holder, dist = m.Entity, d
			}
		}
		if holder < 0 {
			holder = f.entityFor(f.doc.Source[p.start:p.end], newsgraph.Person)
			f.addRole(holder, p.title, p.of)
		}
		f.set.Mentions = append(f.set.Mentions, Mention{Start: p.start, End: p.end, Entity: holder, Kind: Title})
	}
}

// hasRole reports whether e holds the title, or a longer title with the
// same head ("the minister" for a "Deputy Minister"), of the given entity
// if one is named.
func (e *Entity) hasRole(title string, of int) bool {
	for _, r := range e.Roles {
		if (r.Title == title || sameHead(r.Title, title)) && (of < 0 || r.Of < 0 || r.Of == of) {
			return true
		}
	}
	return false
}

// sameHead reports whether the one-word title short is a word of long.
func sameHead(long, short string) bool {
	if strings.Contains(short, " ") {
		return false
	}
	for _, w := range strings.Fields(long) {
		if strings.EqualFold(w, short) {
			return true
		}
	}
	return false
}

// hasOrgHead reports whether tokens [i, j) contain a word that heads
// organisation names.
func (f *finder) hasOrgHead(i, j int) bool {
	for k := i; k < j; k++ {
		if gazetteer.IsOrgHead(f.words[k]) {
			return true
		}
	}
	return false
}

func (f *finder) addRole(id int, title string, of int) {
	e := &f.set.Entities[id]
	for i, r := range e.Roles {
		if r.Title == title {
			if r.Of < 0 {
				e.Roles[i].Of = of
			}
			return
		}
	}
	e.Roles = append(e.Roles, Role{Title: title, Of: of})
}

// gazetteerEntity returns the entity of a gazetteer entry without adding a
// mention.
func (f *finder) gazetteerEntity(e gazetteer.Entry) int {
	key := "g:" + e.Name
	if id, ok := f.byKey[key]; ok {
		return id
	}
	id := f.set.NewEntity(e.Name, e.Type)
	f.set.Entities[id].Code, f.set.Entities[id].Country, f.set.Entities[id].Sector = e.Code, e.Country, e.Sector
	f.byKey[key] = id
	return id
}

// genderOf returns the gender a word or title shows: spokeswoman, Mrs.,
// chairman, Mr.; 0 if none.
func genderOf(s string) byte {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.TrimSuffix(w, ".")
		switch {
		case w == "mrs" || w == "ms" || w == "miss" || w == "madam" || strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "women"):
			return 'f'
		case w == "mr" || w == "sir" || len(w) > 4 && strings.HasSuffix(w, "man"):
			return 'm'
		}
	}
	return 0
}

// setGender records the gender that the words surface show for entity id,
// unless it is known already.
func (f *finder) setGender(id int, surface string) {
	if e := &f.set.Entities[id]; e.Gender == 0 {
		e.Gender = genderOf(surface)
	}
}

// entityEndingAt returns the entity of the mention ending with token k, or
// -1.
func (f *finder) entityEndingAt(k int) int {
	end := f.doc.Tokens[k].End
	for x := len(f.set.Mentions) - 1; x >= 0 && x >= len(f.set.Mentions)-8; x-- {
		if m := f.set.Mentions[x]; m.End == end || m.End < end && m.End >= end-len("’s") {
			return m.Entity
		}
	}
	return -1
}
