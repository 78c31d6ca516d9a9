package entity

import (
	"strings"
	"unicode"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/entity/gazetteer"
	"github.com/newsgraph/newsgraph/text"
)

// capitalisedFunctionWords start sentences and headline words without
// being names.
var capitalisedFunctionWords = toSet(`A An The This That These Those But And Or Nor So Yet
	He She It They We I You His Her Its Their Our My Your Him Them Us Me
	In On At By For From To With Without Of As Into Over Under After Before During Since Until
	While When Where What Who Why How If Though Although Because However Meanwhile Previously
	Also Still Then Now Here There Today Yesterday Tomorrow Last Next Some Many Most All Every
	Both Each Either Neither No Not Only Even Just More Less Such Other Another Was Were Is Are
	Be Been Has Have Had Will Would Can Could Should May Might Must Do Does Did Said Says Say
	According Mr Mrs Ms Dr Sources Officials Critics Experts Analysts
	January February March April May June July August September October November December
	Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
	Monday Tuesday Wednesday Thursday Friday Saturday Sunday`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// name finds a proper name of capitalised words starting at token i.
func (f *finder) name(i int, s text.Sentence) int {
	if !f.capitalised(i) || capitalisedFunctionWords[f.words[i]] {
		return 0
	}
	j := i
	for j < s.Last && f.capitalised(j) && (j == i || !capitalisedFunctionWords[f.words[j]]) {
		if _, n := gazetteer.LongestMatch(f.words[:s.Last], j); n > 0 && j > i && !f.hasOrgHead(i, j) {
			break
		}
		j++
		if strings.HasSuffix(f.words[j-1], "’s") || strings.HasSuffix(f.words[j-1], "'s") {
			break // a possessive ends the name
		}
		// "Federal Ministry of Food and Agriculture": an organisation's
		// name runs on over "of", "for" and "and".
		if j+1 < s.Last && (f.words[j] == "of" || f.words[j] == "for" || f.words[j] == "and") && f.capitalised(j+1) && f.hasOrgHead(i, j) {
			j++
		}
	}
	if s.Headline && !gazetteer.IsGivenName(f.words[i]) && f.known(i, j) < 0 {
		return j - i // a title-case headline says nothing about names
	}
	if id := f.nameMention(i, j, f.sentenceInitial(i, s)); id >= 0 && i > 0 {
		h := i - 1
		if f.words[h] == "." && h > 0 {
			h--
		}
		f.setGender(id, f.words[h]) // Mr., Mrs.
	}
	return j - i
}

// known returns the entity that tokens [i, j) name, by full name or
// surname, or -1.
func (f *finder) known(i, j int) int {
	if id, ok := f.byKey[keyOf(trimPossessive(f.span(i, j)))]; ok {
		return id
	}
	if id, ok := f.byKey["surname:"+keyOf(trimPossessive(f.span(i, j)))]; ok {
		return id
	}
	return -1
}

// nameMention records tokens [i, j) as a name, deciding its entity and
// type. It returns the entity, or -1 when the words are not taken as a
// name.
func (f *finder) nameMention(i, j int, initial bool) int {
	name := trimPossessive(f.span(i, j))
	end := f.doc.Tokens[i].Start + len(name)
	if id := f.known(i, j); id >= 0 {
		kind := Name
		if !strings.EqualFold(name, f.set.Entities[id].Name) {
			kind = Surname
		}
		f.set.Mentions = append(f.set.Mentions, Mention{Start: f.doc.Tokens[i].Start, End: end, Entity: id, Kind: kind})
		return id
	}
	typ := newsgraph.Other
	hasHead := false
	for k := i; k < j; k++ {
		if gazetteer.IsOrgHead(f.words[k]) {
			hasHead = true
		}
	}
	switch {
	case j-i == 1 && hasHead:
		return -1 // "Agency", "Council": a common noun written with a capital
	case hasHead:
		typ = newsgraph.Organization
	case gazetteer.IsGivenName(f.words[i]) && j-i >= 2:
		typ = newsgraph.Person
	case i > 0 && gazetteer.IsHonorific(strings.TrimSuffix(f.words[i-1], ".")):
		typ = newsgraph.Person
	case j-i == 1 && initial:
		return -1 // a lone capitalised word opening a sentence
	case j-i == 1 && i > 0 && locatives[f.words[i-1]]:
		typ = newsgraph.Place // "near Dalanzadgad"
	case j-i == 1 && j < len(f.words) && strings.EqualFold(f.words[j], "agency"):
		typ = newsgraph.Media // "the Moldpres agency"
	case j-i == 1 && f.occurrences(f.words[i]) < 2:
		return -1 // a lone unknown word used once: "Palais", "Negotiators"
	}
	id := f.entityFor(name, typ)
	f.set.Mentions = append(f.set.Mentions, Mention{Start: f.doc.Tokens[i].Start, End: end, Entity: id, Kind: Name})
	if typ != newsgraph.Organization && j-i >= 2 && j-i <= 4 {
		// A later "Stoltenberg" names the same person; the first person
		// met with a surname keeps it.
		key := "surname:" + keyOf(strings.TrimSuffix(lastWord(name), "."))
		if _, taken := f.byKey[key]; !taken {
			f.byKey[key] = id
		}
		// A first word that is no given name may be the family name, as
		// in "Yoon Seo-yeon".
		if first := f.words[i]; j-i == 2 && !gazetteer.IsGivenName(first) {
			if _, taken := f.byKey["surname:"+keyOf(first)]; !taken {
				f.byKey["surname:"+keyOf(first)] = id
			}
		}
	}
	return id
}

// MakePerson marks entity e as a person (the quote stage does this for
// speakers of unknown type) and registers its surname.
func (s *Set) MakePerson(e int) {
	if s.Entities[e].Type == newsgraph.Other {
		s.Entities[e].Type = newsgraph.Person
	}
}

func lastWord(s string) string {
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		return s[k+1:]
	}
	return s
}

func trimPossessive(s string) string {
	for _, suf := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(s, suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// connectors join the capitalised words of a long name: Alliance to
// Reclaim Our Schools.
var connectors = toSet(`of to for and the on in de`)

// acronymName finds a name spelled out before its acronym at token i,
//
//	Alliance to Reclaim Our Schools (AROS)
//
// records both as mentions of one entity, and makes later uses of the
// acronym name it too. It returns the tokens covered, or 0.
func (f *finder) acronymName(i, end int) int {
	if !f.capitalised(i) || capitalisedFunctionWords[f.words[i]] {
		return 0
	}
	j := i
	for j < end && j < i+12 && (f.capitalised(j) || connectors[f.words[j]]) {
		j++
	}
	if j+2 >= end || f.words[j] != "(" || f.words[j+2] != ")" || connectors[f.words[j-1]] {
		return 0
	}
	acr := f.words[j+1]
	name := f.span(i, j)
	if len(acr) < 2 || strings.ToUpper(acr) != acr || acr != initials(name) {
		return 0
	}
	typ := newsgraph.Organization
	if e, ok := gazetteer.Lookup(name); ok {
		typ = e.Type
		name = e.Name
	}
	id := f.entityFor(name, typ)
	f.byKey[keyOf(acr)] = id
	f.add(i, j, id, Name)
	f.add(j+1, j+2, id, Alias)
	return j + 3 - i
}

// initials returns the first letters of the capitalised words of name:
// "Alliance to Reclaim Our Schools" gives "AROS".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r := firstRune(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// occurrences returns how often word w stands in the document, counting
// all words once on first use.
func (f *finder) occurrences(w string) int {
	if f.counts == nil {
		f.counts = make(map[string]int, len(f.words)/4)
		for i, x := range f.words {
			if f.capitalised(i) {
				f.counts[trimPossessive(x)]++
			}
		}
	}
	return f.counts[trimPossessive(w)]
}
