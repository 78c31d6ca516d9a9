package gazetteer

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	newsgraph "github.com/newsgraph/newsgraph"
)

//go:embed data/*.tsv
var data embed.FS

// tables is the parsed gazetteer.
type tables struct {
	entries []Entry
	ents    *index

	titles    []Title
	titleIdx  *index
	prefixes  []Title
	prefixIdx *index

	given     map[string]bool
	honorific map[string]bool
	orgHead   map[string]bool

	// rows counts the rows read per kind, for tests and reports.
	rows map[string]int
	// errs lists rows that did not parse; they are skipped.
	errs []error
	// collisions lists forms that two different entries or titles claim;
	// the first claimant keeps the form.
	collisions []collision
}

// collision is a form claimed twice: the first claimant keeps it.
type collision struct {
	Form, Kept, Dropped string
}

var (
	once   sync.Once
	parsed *tables
)

// load parses the embedded files on first use.
func load() *tables {
	once.Do(func() { parsed = parse(data) })
	return parsed
}

// Sectors a row may name.
var sectors = map[string]bool{
	"GOV": true, "MIL": true, "LEG": true, "JUD": true, "PTY": true,
	"MED": true, "BUS": true, "EDU": true, "COP": true, "SPY": true,
	"REB": true, "IGO": true, "NGO": true, "HLH": true, "LAB": true,
	"CVL": true, "REL": true, "ELI": true, "OPP": true, "ATH": true,
}

// parse reads every file in the order that decides who keeps a contested
// form: countries, capitals, demonyms, international organisations, bodies,
// media, events, places.
func parse(fsys fs.FS) *tables {
	t := &tables{
		ents:      newIndex(),
		titleIdx:  newIndex(),
		prefixIdx: newIndex(),
		given:     make(map[string]bool),
		honorific: make(map[string]bool),
		orgHead:   make(map[string]bool),
		rows:      make(map[string]int),
	}
	read := func(name string, cols int) []row {
		rows, errs := readTSV(fsys, name, cols)
		t.errs = append(t.errs, errs...)
		return rows
	}
	t.countries(read("countries.tsv", 5))
	t.organisations(read("igos.tsv", 5), newsgraph.Organization, "igos")
	t.organisations(read("bodies.tsv", 5), newsgraph.Organization, "bodies")
	t.organisations(read("media.tsv", 5), newsgraph.Media, "media")
	t.organisations(read("events.tsv", 5), newsgraph.NamedEvent, "events")
	t.places(read("places.tsv", 4))
	t.words(read("titles.tsv", 4))
	for _, r := range read("given.tsv", 1) {
		t.given[strings.ToLower(r.cols[0])] = true
		t.rows["given"]++
	}
	t.checkCountries()
	t.ents.finish()
	t.titleIdx.finish()
	t.prefixIdx.finish()
	return t
}

// countries reads countries.tsv: name, alpha-3, capital, demonyms, aliases.
// Names and aliases are indexed first, then capitals, then demonyms, so a
// name wins over a demonym of another country.
func (t *tables) countries(rows []row) {
	type later struct {
		r       row
		country int
	}
	var rest []later
	for _, r := range rows {
		code := r.cols[1]
		if !isAlpha3(code) {
			t.errs = append(t.errs, r.errorf("alpha-3 code %q is not three capital letters", code))
			continue
		}
		e := Entry{Name: nameOf(r.cols[0]), Type: newsgraph.Country, Code: code, Country: code}
		p := t.entry(e)
		t.forms(r, p, append([]string{r.cols[0]}, list(r.cols[4])...))
		rest = append(rest, later{r, p})
		t.rows["countries"]++
	}
	for _, l := range rest {
		capitals := list(l.r.cols[2])
		if len(capitals) == 0 {
			continue
		}
		p := t.entry(Entry{Name: nameOf(capitals[0]), Type: newsgraph.Place, Country: t.entries[l.country].Code, Capital: true})
		t.forms(l.r, p, capitals)
		t.rows["capitals"]++
	}
	for _, l := range rest {
		e := t.entries[l.country]
		e.Demonym = true
		p := t.entry(e)
		var forms []string
		for _, d := range list(l.r.cols[3]) {
			forms = append(forms, d)
			if pl, ok := plural(d); ok {
				forms = append(forms, pl)
			}
		}
		t.forms(l.r, p, forms)
	}
}

// plural forms the plural of a demonym that takes "s": Russians, Iraqis,
// Greeks; not British, French, Chinese, Swiss, Icelandic, Malagasy or
// Filipino (whose plural its row lists).
func plural(d string) (string, bool) {
	d = strings.TrimPrefix(d, "=")
	for _, suf := range []string{"sh", "ch", "ese", "ic", "s", "x", "y", "z", "o"} {
		if strings.HasSuffix(d, suf) {
			return "", false
		}
	}
	if strings.Contains(d, " ") || strings.HasPrefix(d, "the ") {
		return "", false
	}
	return d + "s", true
}

// organisations reads a file of name, code, country, sector and aliases:
// international organisations, government bodies and parties, media,
// named events.
func (t *tables) organisations(rows []row, typ newsgraph.EntityType, kind string) {
	for _, r := range rows {
		e := Entry{Name: nameOf(r.cols[0]), Type: typ, Code: r.cols[1], Country: r.cols[2], Sector: r.cols[3]}
		if !t.sectorOK(r, e.Sector) {
			continue
		}
		if e.Country != "" && !isAlpha3(e.Country) {
			t.errs = append(t.errs, r.errorf("country %q is not an alpha-3 code", e.Country))
			continue
		}
		t.forms(r, t.entry(e), append([]string{r.cols[0]}, list(r.cols[4])...))
		t.rows[kind]++
	}
}

// places reads places.tsv: name, code, country, aliases. Every row is a
// place: a city, a US state, a region or a body of water.
func (t *tables) places(rows []row) {
	for _, r := range rows {
		e := Entry{Name: nameOf(r.cols[0]), Type: newsgraph.Place, Code: r.cols[1], Country: r.cols[2]}
		if e.Country != "" && !isAlpha3(e.Country) {
			t.errs = append(t.errs, r.errorf("country %q is not an alpha-3 code", e.Country))
			continue
		}
		t.forms(r, t.entry(e), append([]string{r.cols[0]}, list(r.cols[3])...))
		switch {
		case strings.HasPrefix(e.Code, "US-"):
			t.rows["states"]++
		default:
			t.rows["places"]++
		}
	}
}

// entry appends e and returns its payload.
func (t *tables) entry(e Entry) int {
	t.entries = append(t.entries, e)
	return len(t.entries) - 1
}

// forms indexes forms for payload p and records the forms another entry
// already holds.
func (t *tables) forms(r row, p int, forms []string) {
	for _, f := range forms {
		if strings.TrimSpace(strings.TrimPrefix(f, "=")) == "" {
			t.errs = append(t.errs, r.errorf("empty form"))
			continue
		}
		q := t.ents.add(f, p)
		if q < 0 {
			continue
		}
		kept, dropped := t.entries[q], t.entries[p]
		kept.Demonym, dropped.Demonym = false, false
		if kept != dropped {
			t.collisions = append(t.collisions, collision{f, describe(kept), describe(dropped)})
		}
	}
}

// describe names an entry in a collision report: "Washington (place, USA,
// capital)".
func describe(e Entry) string {
	s := e.Name + " (" + string(e.Type)
	if e.Code != "" && e.Code != e.Country {
		s += ", " + e.Code
	}
	if e.Country != "" {
		s += ", " + e.Country
	}
	if e.Capital {
		s += ", capital"
	}
	return s + ")"
}

func (t *tables) sectorOK(r row, s string) bool {
	if s != "" && !sectors[s] {
		t.errs = append(t.errs, r.errorf("unknown sector %q", s))
		return false
	}
	return true
}

// checkCountries reports country codes that no country row defines.
func (t *tables) checkCountries() {
	known := make(map[string]bool)
	for _, e := range t.entries {
		if e.Type == newsgraph.Country {
			known[e.Code] = true
		}
	}
	for _, e := range t.entries {
		if e.Country != "" && !known[e.Country] {
			t.errs = append(t.errs, fmt.Errorf("gazetteer: %s: unknown country %q", e.Name, e.Country))
		}
	}
}

func isAlpha3(s string) bool {
	return len(s) == 3 && strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}
