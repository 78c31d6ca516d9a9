package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/entity/gazetteer"
	"github.com/newsgraph/newsgraph/text"
)

// organization finds a body named after its country at token i:
//
//	[the] DEMONYM|COUNTRY [word]{0,2} HEAD   (the Russian foreign Ministry)
//
// and names it in title case ("Russian Foreign Ministry").
func (f *finder) organization(i, end int) int {
	k := i
	if strings.EqualFold(f.words[k], "the") {
		k++
	}
	if k >= end {
		return 0
	}
	e, n := gazetteer.LongestMatch(f.words[:end], k)
	if n == 0 || (e.Type != newsgraph.Country && !e.Demonym) {
		return 0
	}
	for h := k + n; h < end && h <= k+n+2; h++ {
		if f.doc.Tokens[h].Kind != text.Word {
			return 0
		}
		if gazetteer.IsOrgHead(f.words[h]) {
			parts := make([]string, 0, h-k+1)
			for x := k; x <= h; x++ {
				parts = append(parts, titleCase(f.words[x]))
			}
			id := f.entityFor(strings.Join(parts, " "), newsgraph.Organization)
			f.set.Entities[id].Country = e.Code
			if e.Country != "" {
				f.set.Entities[id].Country = e.Country
			}
			f.set.Entities[id].Sector = "GOV"
			f.add(i, h+1, id, Name)
			return h + 1 - i
		}
	}
	return 0
}

// eventNouns head the names of gatherings.
var eventNouns = toSet(`conference forum summit congress assembly games olympics festival expo meeting`)

// namedEvent finds a gathering named by its place at token i:
//
//	[the] PLACE [word]{0,2} NOUN        (the Munich security conference)
//	the [word]{0,2} NOUN in PLACE       (the security conference in Munich)
//
// Mentions of gatherings in the same place are one entity, named in title
// case with the place first ("Munich Security Conference").
func (f *finder) namedEvent(i, end int) int {
	if !strings.EqualFold(f.words[i], "the") || i+2 >= end {
		return 0
	}
	k := i + 1
	if e, n := gazetteer.LongestMatch(f.words[:end], k); n > 0 && isPlace(e) {
		for h := k + n; h < end && h <= k+n+2; h++ {
			if eventNouns[strings.ToLower(f.words[h])] && f.words[h] != "meeting" {
				f.gazetteerMention(k, k+n, e)
				f.eventMention(i, h+1, e.Name, f.words[k+n:h+1])
				return h + 1 - i
			}
			if !isLowerWord(f.words[h]) {
				break
			}
		}
		return 0
	}
	for h := k; h < end && h <= k+2; h++ {
		if !isLowerWord(f.words[h]) {
			return 0
		}
		if eventNouns[f.words[h]] && h+2 < end && f.words[h+1] == "in" {
			if e, n := gazetteer.LongestMatch(f.words[:end], h+2); n > 0 && isPlace(e) {
				f.eventMention(i, h+1, e.Name, f.words[k:h+1])
				f.gazetteerMention(h+2, h+2+n, e)
				return h + 2 + n - i
			}
		}
	}
	return 0
}

// eventMention records tokens [i, j) as a mention of the gathering held in
// place, named place + words.
func (f *finder) eventMention(i, j int, place string, words []string) {
	parts := []string{place}
	for _, w := range words {
		parts = append(parts, titleCase(w))
	}
	name := strings.Join(parts, " ")
	key := "event:" + place
	id, ok := f.byKey[key]
	if e, known := gazetteer.Lookup(name); !ok && known && e.Type == newsgraph.NamedEvent {
		id, ok = f.gazetteerEntity(e), true
		f.byKey[key] = id
	}
	if !ok {
		id = f.set.NewEntity(name, newsgraph.NamedEvent)
		f.byKey[key] = id
	} else if len(name) > len(f.set.Entities[id].Name) {
		f.set.Entities[id].Name = name
	}
	f.add(i, j, id, Alias)
}

func isPlace(e gazetteer.Entry) bool { return e.Type == newsgraph.Place && !e.Demonym }

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func titleCase(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}
