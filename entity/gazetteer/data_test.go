package gazetteer

import (
	"strings"
	"testing"

	newsgraph "github.com/newsgraph/newsgraph"
)

// contested lists every form that two different entries claim, with the
// entry that keeps it and why. A new collision fails TestData until it is
// resolved in the data or documented here.
var contested = map[string]string{
	// The country, in international news; the state is "Georgia state",
	// "State of Georgia" or "Ga.".
	"Georgia": "Georgia (country, GEO)",
	// The city; the state is "New York State" or "N.Y.".
	"New York": "New York City (place, USA)",
	// The capital; the state is "Washington State".
	"Washington": "Washington (place, USA, capital)",
}

func TestData(t *testing.T) {
	tb := load()
	for _, err := range tb.errs {
		t.Error(err)
	}
	seen := make(map[string]bool)
	for _, c := range tb.collisions {
		seen[c.Form] = true
		kept, ok := contested[c.Form]
		switch {
		case !ok:
			t.Errorf("form %q: kept by %s, also claimed by %s; resolve it or document it in contested", c.Form, c.Kept, c.Dropped)
		case kept != c.Kept:
			t.Errorf("form %q: kept by %s, documented as kept by %s", c.Form, c.Kept, kept)
		}
	}
	for f := range contested {
		if !seen[f] {
			t.Errorf("contested form %q no longer collides; remove it from contested", f)
		}
	}
}

func TestCounts(t *testing.T) {
	min := map[string]int{
		"countries": 195, "capitals": 190, "places": 300, "states": 51,
		"igos": 60, "bodies": 100, "media": 200, "events": 30,
		"title": 150, "modifier": 5, "honorific": 10, "orghead": 40, "given": 500,
	}
	rows := load().rows
	for kind, n := range min {
		if rows[kind] < n {
			t.Errorf("%s: %d rows, want at least %d", kind, rows[kind], n)
		}
	}
	t.Logf("rows: %v", rows)
}

// TestCanonical checks that every canonical name finds its own entry, and
// every normalised title itself.
func TestCanonical(t *testing.T) {
	tb := load()
	for _, e := range tb.entries {
		if e.Demonym {
			continue
		}
		got, ok := Lookup(e.Name)
		if _, c := contested[e.Name]; c {
			continue
		}
		want := e
		if !ok || got != want {
			t.Errorf("Lookup(%q) = %+v, %v; want %+v", e.Name, got, ok, want)
		}
	}
	for _, ti := range tb.titles {
		if got, ok := LookupTitle(ti.Title); !ok || got.Title != ti.Title {
			t.Errorf("LookupTitle(%q) = %+v, %v", ti.Title, got, ok)
		}
	}
}

// TestCodes checks that codes name one entry each and countries refer to
// country rows.
func TestCodes(t *testing.T) {
	codes := make(map[string]string)
	for _, e := range load().entries {
		if e.Code == "" || e.Demonym {
			continue
		}
		if prev, ok := codes[e.Code]; ok {
			t.Errorf("code %s: %s and %s", e.Code, prev, e.Name)
		}
		codes[e.Code] = e.Name
		switch {
		case e.Type == newsgraph.Country && !isAlpha3(e.Code):
			t.Errorf("%s: code %q is not alpha-3", e.Name, e.Code)
		case e.Type == newsgraph.Organization && e.Sector == "IGO" && !isAlpha3(e.Code):
			t.Errorf("%s: IGO code %q is not three capital letters", e.Name, e.Code)
		case e.Type == newsgraph.Place && e.Code != "" && !strings.HasPrefix(e.Code, "US-"):
			t.Errorf("%s: place code %q is not a US state", e.Name, e.Code)
		}
	}
}

func TestReadTSV(t *testing.T) {
	rows, errs := readTSV(data, "countries.tsv", 5)
	if len(errs) != 0 || len(rows) == 0 {
		t.Fatalf("countries.tsv: %d rows, errors %v", len(rows), errs)
	}
	if _, errs := readTSV(data, "countries.tsv", 4); len(errs) == 0 {
		t.Error("countries.tsv read with 4 columns: no error")
	}
	if _, errs := readTSV(data, "missing.tsv", 1); len(errs) != 1 {
		t.Errorf("missing.tsv: errors %v, want one", errs)
	}
}

// TestSplitWords checks that every indexed form splits as the tokenizer
// splits an article.
func TestSplitWords(t *testing.T) {
	tb := load()
	for _, x := range []*index{tb.ents, tb.titleIdx, tb.prefixIdx} {
		for _, cs := range x.first {
			for _, c := range cs {
				f, _ := cutThe(strings.TrimPrefix(c.form, "="))
				if got := words(f); strings.Join(got, "\x00") != strings.Join(c.words, "\x00") {
					t.Errorf("form %q: indexed as %q, tokenized as %q", c.form, c.words, got)
				}
			}
		}
	}
}
