package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/entity/gazetteer"
)

// entityOf returns the entity of a participant, making one for a country
// named only by a demonym or a capital and for a group named by a common
// noun.
func (f *finder) entityOf(p part) int {
	switch {
	case p.ent >= 0:
		return p.ent
	case p.country != "":
		for i, e := range f.ents.Entities {
			if e.Type == newsgraph.Country && e.Code == p.country {
				return i
			}
		}
		g, _ := gazetteer.Country(p.country)
		id := f.ents.NewEntity(g.Name, newsgraph.Country)
		f.ents.Entities[id].Code, f.ents.Entities[id].Country = p.country, p.country
		f.ents.AddMention(p.start, p.end, id, entity.Alias)
		return id
	}
	name := p.name
	if r, n := utf8.DecodeRuneInString(name); unicode.IsUpper(r) && f.sentenceStart(p.start) {
		name = string(unicode.ToLower(r)) + name[n:]
	}
	key := strings.ToLower(name)
	if id, ok := f.nominal[key]; ok {
		f.ents.AddMention(p.start, p.end, id, entity.Nominal)
		return id
	}
	typ := newsgraph.Other
	if p.body {
		typ = newsgraph.Organization
	}
	id := f.ents.NewEntity(name, typ)
	f.ents.Entities[id].Sector = p.sector
	f.ents.AddMention(p.start, p.end, id, entity.Nominal)
	f.nominal[key] = id
	return id
}

// sentenceStart reports whether byte offset off starts a sentence.
func (f *finder) sentenceStart(off int) bool {
	si := f.doc.SentenceAt(off)
	return si >= 0 && f.doc.Sentences[si].Start == off
}

// actorCode returns the CAMEO-style code of entity e acting with the
// given sector: a country's alpha-3 and sector ("RUSMIL"), "IGO" and an
// international organisation's code ("IGONAT"), a person's code through
// the first role the text gives them ("the Minister of Foreign Affairs of
// Russia": RUSGOV), a group's sector alone ("CVL"). Dictionaries fill in
// codes the text does not give.
func (f *finder) actorCode(e int, sector string) string {
	if code := f.ownCode(e, sector, 0); code != "" {
		return code
	}
	if f.dict != nil {
		ent := &f.ents.Entities[e]
		if code := f.dict.actor(ent.Name); code != "" {
			return code
		}
		for _, mi := range ent.Mentions {
			m := f.ents.Mentions[mi]
			if code := f.dict.actor(f.doc.Source[m.Start:m.End]); code != "" {
				return code
			}
		}
	}
	return ""
}

func (f *finder) ownCode(e int, sector string, depth int) string {
	ent := &f.ents.Entities[e]
	switch ent.Type {
	case newsgraph.Country:
		return ent.Code + sector
	case newsgraph.Organization, newsgraph.Media, newsgraph.Other:
		switch {
		case ent.Sector == "IGO" && ent.Code != "":
			return "IGO" + ent.Code
		case ent.Country != "":
			return ent.Country + firstOf(sector, ent.Sector)
		case ent.Code != "":
			return ent.Code
		}
		return firstOf(sector, ent.Sector)
	case newsgraph.Person:
		if depth > 0 {
			return ""
		}
		for _, r := range ent.Roles {
			if r.Of < 0 || r.Of == e {
				continue
			}
			t, _ := gazetteer.LookupTitle(r.Title)
			of := &f.ents.Entities[r.Of]
			switch {
			case of.Type == newsgraph.Country:
				return of.Code + firstOf(t.Sector, "GOV")
			case of.Sector == "IGO" && of.Code != "":
				return "IGO" + of.Code
			case of.Country != "":
				return of.Country + firstOf(of.Sector, t.Sector)
			}
		}
		if ent.Country != "" {
			return ent.Country + ent.Sector
		}
	}
	return ""
}
