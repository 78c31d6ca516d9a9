// Package gazetteer holds newsgraph's built-in lists of names: countries,
// capitals, cities and US states, international organisations, government
// bodies and parties, media outlets, named events, person titles, given
// names and honorifics.
//
// The lists are TSV files of our own under data/, embedded in the binary and
// parsed once on first use. It creates: Entry and Title values. It needs:
// the text package's tokenizer, so that its forms split into words as an
// article does.
package gazetteer

import newsgraph "github.com/newsgraph/newsgraph"

// Entry is what a gazetteer form names.
type Entry struct {
	// Name is the canonical name: "Russia", "NATO", "RIA Novosti".
	Name string
	Type newsgraph.EntityType
	// Code is the ISO 3166 alpha-3 code of a country, the code of an
	// international organisation, the ISO 3166-2 code of a US state; "" if
	// none.
	Code string
	// Country is the alpha-3 code of the country a capital, city, body or
	// outlet belongs to, and a country's own code; "" if none.
	Country string
	// Sector is the CAMEO-style sector of an organisation or outlet: GOV,
	// MIL, LEG, JUD, PTY, MED, IGO ...; "" if none.
	Sector string
	// Capital marks a capital city, which can stand for its country's
	// government ("Moscow said").
	Capital bool
	// Demonym reports that the form looked up was a demonym or adjective
	// ("Russian") rather than a name of the country.
	Demonym bool
}

// Lookup finds the entry for a surface form. Words of four or more letters
// match case-insensitively; all-caps words and forms of fewer than four
// letters match case-sensitively, so "US", "UN" and "AP" do not match "us",
// "un" and "ap". A leading "the" is ignored; forms the gazetteer writes with
// "the" ("the Alliance") need it and match the rest case-sensitively. The
// last word may carry a possessive ending ("Russia's").
func Lookup(form string) (Entry, bool) {
	t := load()
	p, ok := t.ents.lookup(form)
	if !ok {
		return Entry{}, false
	}
	return t.entries[p], true
}

// LongestMatch reports the longest gazetteer form starting at word i of
// words (token texts, as text splits them) and how many words it spans; n is
// 0 if none. The word before i supplies the "the" that some forms need; the
// match itself never includes it. Case rules are those of Lookup.
func LongestMatch(words []string, i int) (e Entry, n int) {
	t := load()
	p, n := t.ents.match(words, i, 0, afterThe(words, i))
	if n == 0 {
		return Entry{}, 0
	}
	return t.entries[p], n
}

// Country returns the country entry with the given ISO alpha-3 code.
func Country(code string) (Entry, bool) {
	t := load()
	for _, e := range t.entries {
		if e.Type == newsgraph.Country && e.Code == code && !e.Demonym {
			return e, true
		}
	}
	return Entry{}, false
}
